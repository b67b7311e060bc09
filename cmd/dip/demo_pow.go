package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/acip/pow/powzk"
	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/onchain"
)

// demoPowSpec is a tiny transformer so one nonce proof takes seconds.
var demoPowSpec = pow.Spec{Width: 4, Layers: 1, Heads: 2, SeqLen: 4, FFN: 8}

// nonceProver proves an epoch leaf with the nonce circuit for Groth16Verifier.
type nonceProver struct {
	p   pow.Params
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
}

func (n nonceProver) ProveNonce(_ context.Context, _ *big.Int, l pow.EpochLeaf, _ []*big.Int) ([]byte, error) {
	w, err := frontend.NewWitness(powzk.Assign(n.p, l.Miner, l.Nonce, l.Distance), ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	proof, err := groth16.Prove(n.ccs, n.pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, err
	}
	return zk.SolidityProof(proof)
}

// actPow mines a short proof-of-work epoch with two miners, has the relayer
// verify their signed batches, and settles the epoch as a PowEpoch claim on a
// standalone Settlement whose PowEpoch verifier is the Groth16 verifier of
// the nonce circuit: the sampled nonces are answered with Merkle proofs and
// real proofs, and finalize delivers the miners and their count.
func actPow(ctx context.Context, e *demoEnv) error {
	e.section("Proof-of-work epoch settled by sampled nonce proofs")
	b := e.chain.Client()
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	p := pow.Params{Epoch: 1, Seed: head.Hash(), Spec: demoPowSpec, Difficulty: 4}
	cal, err := pow.Calibrate(ctx, p, 400)
	if err != nil {
		return err
	}
	p.Threshold = cal.Threshold
	e.stepf("epoch %d: seed = head block hash %s, tiny model d%d L%d H%d T%d F%d, difficulty %d, threshold %d (calibrated)",
		p.Epoch, p.Seed.Hex(), p.Spec.Width, p.Spec.Layers, p.Spec.Heads, p.Spec.SeqLen, p.Spec.FFN, p.Difficulty, p.Threshold)

	e.stepf("the relayer compiles the nonce circuit and runs a Groth16 setup (single-party, demo only)")
	start := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, powzk.New(p.Spec))
	if err != nil {
		return err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return err
	}
	words, err := zk.EncodeVerifyingKey(vk)
	if err != nil {
		return err
	}
	e.notef("%d constraints, 5 public inputs (seed, miner, nonce, distance, threshold), setup %s", ccs.GetNbConstraints(), time.Since(start).Round(time.Millisecond))

	e.stepf("deploy the nonce circuit's Groth16Verifier, its Settlement adapter, a receiver and a standalone Settlement")
	v, r, err := onchain.DeployVerifierWords(ctx, b, e.opts(roleRelayer), words)
	if err != nil {
		return err
	}
	e.tx("Groth16Verifier", r)
	a, r, err := onchain.DeploySampleAdapter(ctx, b, e.opts(roleRelayer), v.Address())
	if err != nil {
		return err
	}
	e.tx("Groth16ProofAdapter", r)
	recv, r, err := chain.Deploy(ctx, b, e.opts(roleGuild), common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
	if err != nil {
		return err
	}
	e.tx("receiver (mock)", r)
	tv, r, err := settlement.DeployTallyVerifier(ctx, b, e.opts(roleGuild))
	if err != nil {
		return err
	}
	e.tx("TallyVerifier", r)
	cfg := settlement.DefaultConfig()
	st, _, err := settlement.Deploy(ctx, b, e.opts(roleGuild), common.Address{}, settlement.Params{
		Admin: e.addr(roleGuild), Treasury: e.addr(roleGuild), TallyVerifier: tv, PowVerifier: a.Address(),
		Targets: []common.Address{recv}, Config: cfg,
	})
	if err != nil {
		return err
	}
	e.notef("settlement %s: PowEpoch verifier %s, %d samples per claim, seed %d blocks after submission", st.Address().Hex(), a.Address().Hex(), cfg.SampleCount, cfg.SampleDelay)
	if r, err = st.Bond(ctx, e.opts(roleRelayer), cfg.ClaimBond); err != nil {
		return err
	}
	e.tx("relayer bond", r)
	domain, err := st.Domain(ctx)
	if err != nil {
		return err
	}

	verifier, err := pow.NewVerifier(p, domain)
	if err != nil {
		return err
	}
	book := pow.NewEpochBook(verifier)
	miners := []int{roleMiner, roleExpert3}
	e.stepf("two miners mine the epoch (32 and 48 nonces), signing batches of 4 valid nonces; the relayer verifies each batch")
	for i, role := range miners {
		var batches []dipmsg.SignedPowBatch
		res, err := pow.Mine(ctx, pow.MinerConfig{
			Params: p, Miner: e.addr(role), Signer: dipmsg.KeySigner{Key: e.chain.Key(role)}, Domain: domain,
			Workers: 1, BatchSize: 4, MaxNonces: uint64(32 + 16*i),
			OnBatch: func(sb dipmsg.SignedPowBatch) error { batches = append(batches, sb); return nil },
		})
		if err != nil {
			return err
		}
		for _, sb := range batches {
			if _, err := book.Add(sb, e.chain.Commit()); err != nil {
				return fmt.Errorf("relayer rejects a batch of %s: %w", roleNames[role], err)
			}
		}
		e.notef("%-10s %s: %d nonces tried, %d valid in %d batches, %d verified", roleNames[role], e.addr(role).Hex(), res.Hashes, res.Valid, res.Batches, book.Count(e.addr(role)))
	}
	claim, err := book.Claim()
	if err != nil {
		return err
	}

	subject := new(big.Int).SetUint64(p.Epoch)
	e.stepf("the relayer posts a PowEpoch claim: %d leaves (one per verified nonce, inputs = the circuit's public inputs)", len(claim.Leaves))
	id, r, err := st.SubmitPowEpoch(ctx, e.opts(roleRelayer), recv, subject, claim.Items, claim.Result())
	if err != nil {
		return err
	}
	e.tx("submit", r)
	e.notef("claim %s, root %s", id, claim.Items.Root().Hex())
	for range cfg.SampleDelay + 1 {
		e.chain.Commit()
	}
	e.stepf("after %d blocks anyone draws the samples from the seed block's hash", cfg.SampleDelay)
	d, r, err := st.DrawSamples(ctx, e.opts(roleChallenger), id)
	if err != nil {
		return err
	}
	e.tx("drawSamples", r)
	e.notef("seed %s, sampled leaves %v", d.Seed.Hex(), d.Indices)

	e.stepf("the relayer answers each slot with the leaf's Merkle proof and a Groth16 proof of that nonce")
	stats, err := claim.AnswerSamples(ctx, st, e.opts(roleRelayer), id, subject, d.Indices, nonceProver{p: p, ccs: ccs, pk: pk})
	if err != nil {
		return err
	}
	for _, s := range stats {
		proved := "proof reused"
		if s.ProveDur > 0 {
			proved = "proven in " + s.ProveDur.Round(time.Millisecond).String()
		}
		e.notef("slot %d: leaf %d, nonce %#x of %s, distance %d: %s, answerSample gas %s", s.Slot, s.Index, s.Leaf.Nonce, s.Leaf.Miner.Hex(), s.Leaf.Distance, proved, groupDigits(s.Gas))
		e.txs++
		e.totalGas += s.Gas
	}

	e.stepf("every sample is answered: finalize at once (no challenge window for sampled claims)")
	f, r, err := st.Finalize(ctx, e.opts(roleChallenger), id)
	if err != nil {
		return err
	}
	e.tx("finalize", r)
	for i, w := range f.Winners {
		e.notef("winner %d: %s with %d verified nonces", i, w.Hex(), claim.Counts[i].Count)
	}
	e.notef("score %s (total nonces), delivered to the receiver: %v", f.Score, f.Delivered)
	e.notef("the receiver is a mock: the ladder resolves competitions, not epochs, and has no PoW reward hook yet")
	return nil
}
