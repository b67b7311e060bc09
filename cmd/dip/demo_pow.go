package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/relayer/powepochs"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk"
)

// demoPowSpec is a tiny transformer so one nonce proof takes seconds.
var demoPowSpec = pow.Spec{Width: 4, Layers: 1, Heads: 2, SeqLen: 4, FFN: 8}

// Mining epoch settings of the demo's competition.
const (
	demoDifficulty   = 4
	demoCalibration  = 400
	demoMiningWindow = 600
)

// demoPowKeys loads the tiny nonce circuit's Groth16 keys, set up once and
// cached in DIP_ZK_KEYS_DIR or the user cache directory, as the relayer's
// powepochs pipeline does.
func demoPowKeys(e *demoEnv) (*powepochs.Keys, error) {
	root := os.Getenv("DIP_ZK_KEYS_DIR")
	if root == "" {
		root = zk.DefaultKeyRoot()
	}
	e.stepf("the relayer loads the Groth16 keys of the nonce circuit for a tiny model (%s; generated once, cached in %s)", demoPowSpec, root)
	start := time.Now()
	k, err := powepochs.LoadOrSetupKeys(root, demoPowSpec, func(msg string) { e.notef("  %s", msg) })
	if err != nil {
		return nil, err
	}
	e.notef("%d constraints, 5 public inputs (seed, miner, nonce, distance, threshold), key hash %#x (%s)",
		k.CCS.GetNbConstraints(), k.KeyHash, time.Since(start).Round(time.Millisecond))
	return k, nil
}

// actMining lets the two experts the deliberation did not promote compete at
// rank 0 by mining: the relayer (the guild's epoch publisher) schedules the
// competition's epoch, the seed is drawn after the reveals and the threshold
// published from it, the experts mine and sign batches the relayer verifies,
// and the relayer settles the epoch as a PowEpoch claim on the guild's
// Settlement with the ladder as target, answering the sampled nonces with
// Groth16 proofs. The ladder promotes the miners by their verified counts.
func actMining(ctx context.Context, e *demoEnv) error {
	e.section("3. Experts compete: a rank-0 competition decided by a mining epoch")
	g := e.guild
	b := e.chain.Client()
	var miners []int
	for _, x := range []int{roleExpert1, roleExpert2, roleExpert3} {
		if x != g.governor {
			miners = append(miners, x)
		}
	}
	ladder := acip.AttachLadder(g.suite.Ladder, b)
	st := settlement.Attach(g.suite.Settlement, b)
	window := g.params.Ladder.T0
	e.stepf("anyone opens a rank-0 competition with a %s window", formatSeconds(window))
	comp, r, err := ladder.OpenCompetition(ctx, e.opts(roleGuild), 0, window)
	if err != nil {
		return err
	}
	e.tx("openCompetition", r)
	e.notef("competition %s: entry fee %s tPAY", comp.ID, tokens(comp.Fee))
	id := comp.ID.Uint64()

	e.stepf("the relayer, the guild's epoch publisher, schedules the competition's epoch: difficulty %d, %d calibration samples, %s of mining after the seed", demoDifficulty, demoCalibration, formatSeconds(demoMiningWindow))
	if r, err = g.epochs.Schedule(ctx, e.opts(roleRelayer), id, demoPowSpec, demoDifficulty, demoCalibration, demoMiningWindow); err != nil {
		return err
	}
	e.tx("scheduleEpoch", r)

	payload := common.BytesToHash([]byte("pow")) // the entry is the mining itself
	e.stepf("%s and %s take tPAY from the faucet and enter (the payload is the mining itself)", roleNames[miners[0]], roleNames[miners[1]])
	salts := map[int]common.Hash{}
	for _, x := range miners {
		r, err := chain.Transact(ctx, b, e.opts(x), g.pay, erc20.PackMint(e.addr(x), comp.Fee), acip.ErrorABIs()...)
		if err != nil {
			return err
		}
		e.tx(roleNames[x]+" faucet", r)
		if salts[x], err = acip.NewSalt(); err != nil {
			return err
		}
		_, receipts, err := ladder.Enter(ctx, e.opts(x), comp.ID, salts[x], payload)
		if err != nil {
			return err
		}
		e.tx(roleNames[x]+" approve", receipts[0])
		e.tx(roleNames[x]+" commit", receipts[len(receipts)-1])
	}
	if err := e.advance(time.Duration(window) * time.Second); err != nil {
		return err
	}
	e.stepf("the commit window closed; the miners reveal, then anyone requests the seed")
	for _, x := range miners {
		if r, err = ladder.Reveal(ctx, e.opts(x), comp.ID, salts[x], payload); err != nil {
			return err
		}
		e.tx(roleNames[x]+" reveal", r)
	}
	if r, err = g.epochs.RequestSeed(ctx, e.opts(roleChallenger), id); err != nil {
		return err
	}
	e.tx("requestSeed", r)
	e.mine(3)
	e.stepf("anyone draws the seed from the seed block's hash; the publisher calibrates the threshold from it and publishes it")
	ep, r, err := g.epochs.DrawSeed(ctx, e.opts(roleChallenger), id)
	if err != nil {
		return err
	}
	e.tx("drawSeed", r)
	thr, err := ep.Calibrate(ctx)
	if err != nil {
		return err
	}
	if r, err = g.epochs.PublishThreshold(ctx, e.opts(roleRelayer), id, thr); err != nil {
		return err
	}
	e.tx("publishThreshold", r)
	if ep, err = g.epochs.Epoch(ctx, id); err != nil {
		return err
	}
	p, err := ep.CheckedParams(ctx)
	if err != nil {
		return err
	}
	e.notef("epoch %d: seed %s, threshold %d (anyone recomputes it from the seed: miners check it before mining)", p.Epoch, p.Seed.Hex(), p.Threshold)

	domain, err := st.Domain(ctx)
	if err != nil {
		return err
	}
	verifier, err := pow.NewVerifier(p, domain)
	if err != nil {
		return err
	}
	book := pow.NewEpochBook(verifier)
	e.stepf("the two experts mine (40 and 56 nonces), signing batches of 4 valid nonces; the relayer verifies each batch")
	var entrants []common.Address
	for i, x := range miners {
		var batches []dipmsg.SignedPowBatch
		res, err := pow.Mine(ctx, pow.MinerConfig{
			Params: p, Miner: e.addr(x), Signer: dipmsg.KeySigner{Key: e.chain.Key(x)}, Domain: domain,
			Workers: 1, BatchSize: 4, MaxNonces: uint64(40 + 16*i),
			OnBatch: func(sb dipmsg.SignedPowBatch) error { batches = append(batches, sb); return nil },
		})
		if err != nil {
			return err
		}
		for _, sb := range batches {
			if _, err := book.Add(sb, e.chain.Commit()); err != nil {
				return fmt.Errorf("relayer rejects a batch of %s: %w", roleNames[x], err)
			}
		}
		entrants = append(entrants, e.addr(x))
		e.notef("%-9s %d nonces tried, %d valid in %d batches, %d verified", roleNames[x], res.Hashes, res.Valid, res.Batches, book.Count(e.addr(x)))
	}
	if err := e.advance(demoMiningWindow * time.Second); err != nil {
		return err
	}
	e.notef("the mining window has closed: the relayer claims what it verified from the competition's entrants")
	claim, err := book.ClaimFor(entrants)
	if err != nil {
		return err
	}
	cfg, err := st.Config(ctx)
	if err != nil {
		return err
	}
	if err := demoEnsureBond(ctx, e, st, cfg.ClaimBond); err != nil {
		return err
	}
	e.stepf("the relayer posts a PowEpoch claim on the guild's Settlement, target the ladder: %d leaves (one per verified nonce)", len(claim.Leaves))
	claimID, r, err := st.SubmitPowEpoch(ctx, e.opts(roleRelayer), g.suite.Ladder, comp.ID, claim.Items, claim.Result())
	if err != nil {
		return err
	}
	e.tx("submit", r)
	e.notef("claim %s, root %s", claimID, claim.Items.Root().Hex())
	e.mine(int(cfg.SampleDelay) + 1)
	e.stepf("anyone draws %d samples from the hash of the block %d after the claim", cfg.SampleCount, cfg.SampleDelay)
	d, r, err := st.DrawSamples(ctx, e.opts(roleChallenger), claimID)
	if err != nil {
		return err
	}
	e.tx("drawSamples", r)
	e.notef("sampled leaves %v", d.Indices)

	e.stepf("the relayer answers each slot with the leaf's Merkle proof and a Groth16 proof of that nonce (checked through PowEpochAdapter)")
	stats, err := claim.AnswerSamples(ctx, st, e.opts(roleRelayer), claimID, comp.ID, d.Indices, powepochs.Prover{Keys: g.keys, Params: p})
	if err != nil {
		return err
	}
	for _, s := range stats {
		proved := "proof reused"
		if s.ProveDur > 0 {
			proved = "proven in " + s.ProveDur.Round(time.Millisecond).String()
		}
		e.notef("slot %d: leaf %d, nonce %#x, distance %d: %s, answerSample gas %s", s.Slot, s.Index, s.Leaf.Nonce, s.Leaf.Distance, proved, groupDigits(s.Gas))
		e.count(s.Gas)
	}
	if err := e.advance(time.Duration(comp.RevealDeadline-comp.CommitDeadline) * time.Second); err != nil {
		return err
	}
	e.stepf("every sample is answered and the competition is in its resolution phase: anyone finalizes, the Settlement calls the ladder back")
	fin, r, err := st.Finalize(ctx, e.opts(roleBuyer), claimID)
	if err != nil {
		return err
	}
	e.tx("finalize (onClaimFinalized)", r)
	if !fin.Delivered {
		return fmt.Errorf("the ladder refused the outcome of PowEpoch claim %s", claimID)
	}
	res, err := demoResolution(r, g.suite.Ladder)
	if err != nil {
		return err
	}
	for _, mc := range claim.Counts {
		e.notef("%s: %d verified nonces", demoName(e, mc.Miner), mc.Count)
	}
	var promoted []string
	for _, a := range res.Promoted {
		promoted = append(promoted, demoName(e, a))
	}
	if len(res.Promoted) != len(miners) {
		return fmt.Errorf("the mining competition promoted %v, want both miners", promoted)
	}
	e.notef("Promoted: %v to rank 1 by their verified counts (score %s nonces); fees: %s tPAY to the treasury, %s burned", promoted, res.Score, tokens(res.ToTreasury), tokens(res.Burned))
	e.facts.Miners = res.Promoted
	// The first miner bonds its LAT in the escrow act and seals the dataset; the second sells its LAT to the buyer.
	g.holder, g.seller = miners[0], miners[1]
	return nil
}

// demoName names a cast member by address.
func demoName(e *demoEnv, a common.Address) string {
	for role, name := range roleNames {
		if e.addr(role) == a {
			return name
		}
	}
	return a.Hex()
}
