package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/authority"
	authbind "github.com/dip-market/dip/bindings/authority"
	ladderbind "github.com/dip-market/dip/bindings/ladder"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/gov"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/powepochs"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk/onchain"
)

// demoGuild is what the guild act leaves for later acts: the suite, its
// payment token, the PoW epoch contracts and the cast the competitions made.
type demoGuild struct {
	suite  *acip.Suite
	params acip.GuildParams
	pay    common.Address
	// epochs publishes the ladder's mining epochs; keys are the tiny nonce circuit's.
	epochs *pow.Epochs
	keys   *powepochs.Keys
	// governor won the deliberated competition and converts LAT into votes;
	// holder won a tier-1 LAT by mining and bonds it in the escrow act, then
	// seals the dataset; seller mined one too and sells it to the buyer.
	governor, holder, seller int
}

// Ballots of the demo's voters, one vote per proposal in the experts' order.
var (
	demoVoters      = []int{roleBuyer, roleAuthority, roleMiner, roleChallenger}
	demoRank0Ballot = map[int][]int64{roleBuyer: {1, 3, -1}, roleAuthority: {0, 2, 2}, roleMiner: {-1, 3, 0}, roleChallenger: {2, 2, 0}}
)

// demoCredits is each voter's quadratic budget in the demo's deliberations.
const demoCredits = 16

// demoCells are the geohash cells governance grants the authority nodes.
var demoCells = []string{"u4pru", "u4prv", "u4prw"}

// demoAuthorities are the authority nodes of the access act.
var demoAuthorities = []int{roleAuthority, roleAuthority2, roleAuthority3}

// actGuild deploys the factory and, before the guild exists, the PoW epoch
// contracts for its predicted ladder (PowEpochs and PowEpochAdapter in front
// of the tiny nonce circuit's Groth16 verifier), then creates the guild with
// that adapter as its Settlement's PowEpoch verifier and no resolver but the
// Settlement.
func actGuild(ctx context.Context, e *demoEnv) error {
	e.section("1. Guild created by the factory")
	b := e.chain.Client()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}

	e.stepf("deploy the implementations, the guild factory and a development payment token (tPAY)")
	steps, err := acip.Deploy(ctx, b, e.opts(roleGuild), rec, acip.DeployOptions{MockPayment: true})
	if err != nil {
		return err
	}
	for _, s := range steps {
		e.tx(s.Name, s.Receipt)
	}
	factory, err := acip.Deployed(ctx, b, rec)
	if err != nil {
		return err
	}
	pay := rec.Contracts[acip.MockPaymentName].Address
	p := acip.DefaultGuildParams("Demo Guild", "DEMO", pay)
	p.Governance.VotingPeriod = 5

	keys, err := demoPowKeys(e)
	if err != nil {
		return err
	}
	count, err := factory.GuildCount(ctx)
	if err != nil {
		return err
	}
	predicted, err := factory.PredictSuite(ctx, new(big.Int).Add(count, big.NewInt(1)), p.Ladder.RankMax)
	if err != nil {
		return err
	}
	e.stepf("before the guild exists, deploy its mining contracts for the ladder's predicted address %s", predicted.Ladder.Hex())
	v, r, err := onchain.DeployVerifierWords(ctx, b, e.opts(roleGuild), keys.Words)
	if err != nil {
		return err
	}
	e.tx("Groth16Verifier (nonce)", r)
	epochs, r, err := pow.DeployEpochs(ctx, b, e.opts(roleGuild), predicted.Ladder, predicted.Timelock, e.addr(roleRelayer))
	if err != nil {
		return err
	}
	e.tx("PowEpochs", r)
	adapter, r, err := pow.DeployEpochAdapter(ctx, b, e.opts(roleGuild), epochs.Address(), v.Address(), demoPowSpec)
	if err != nil {
		return err
	}
	e.tx("PowEpochAdapter", r)
	e.notef("PowEpochs %s (admin: the guild's future timelock, publisher: the relayer)", epochs.Address().Hex())
	e.notef("PowEpochAdapter %s binds each nonce proof to its competition's published epoch", adapter.Hex())

	e.stepf("the guild creates its suite through the factory in one transaction")
	p.Settlement.PowVerifier = adapter
	if err := p.Check(); err != nil {
		return err
	}
	suite, r, err := factory.CreateGuild(ctx, e.opts(roleGuild), p)
	if err != nil {
		return err
	}
	e.tx("createGuild", r)
	if suite.Ladder != predicted.Ladder {
		return fmt.Errorf("the ladder is at %s, predicted %s", suite.Ladder.Hex(), predicted.Ladder.Hex())
	}
	e.notef("guild %s: ladder %s (as predicted), governor %s, timelock %s", suite.GuildID, suite.Ladder.Hex(), suite.Governor.Hex(), suite.Timelock.Hex())
	e.notef("converter %s, guild token %s", suite.Converter.Hex(), suite.GuildToken.Hex())
	e.notef("settlement %s (PowEpoch verifier: the adapter), escrow %s, authority registry %s", suite.Settlement.Hex(), suite.Escrow.Hex(), suite.Authority.Hex())
	e.notef("LAT tiers 1..%d, tier 1 at %s; no extra resolver: only the guild's Settlement resolves competitions", len(suite.Lats), suite.LAT(1).Hex())
	e.notef("settlement challenge window %s < ladder resolution period %s", formatSeconds(p.Settlement.Config.ChallengeWindow), formatSeconds(p.Ladder.ResolutionPeriod))
	for name, a := range map[string]common.Address{
		"factory": factory.Address(), "ladder": suite.Ladder, "converter": suite.Converter, "governor": suite.Governor, "payment": pay,
		"escrow": suite.Escrow, "settlement": suite.Settlement, "timelock": suite.Timelock, "authority": suite.Authority,
		"epochs": epochs.Address(), "adapter": adapter,
	} {
		e.addrs[name] = a
	}
	ladder := acip.AttachLadder(suite.Ladder, b)
	if ok, err := ladder.IsResolver(ctx, e.addr(roleRelayer)); err != nil || ok {
		return fmt.Errorf("the relayer is a ladder resolver (%v, %v), want only the Settlement", ok, err)
	}
	e.guild = &demoGuild{suite: suite, params: p, pay: pay, epochs: epochs, keys: keys}
	return nil
}

// actDeliberation lets three experts compete at rank 0 and promotes the one
// a deliberation settled by the guild's Settlement picks.
func actDeliberation(ctx context.Context, e *demoEnv) error {
	e.section("2. Experts compete: a rank-0 competition decided by a settled deliberation")
	g := e.guild
	if g == nil {
		return errors.New("the deliberation act needs the guild act's suite")
	}
	winner, _, err := demoCompete(ctx, e, g, g.params, []int{roleExpert1, roleExpert2, roleExpert3}, demoRank0Ballot)
	if err != nil {
		return err
	}
	g.governor = winner
	e.facts.DeliberationWinner = e.addr(winner)
	return nil
}

// actPromotion reads every expert's rank and tier-1 LAT back from the chain.
func actPromotion(ctx context.Context, e *demoEnv) error {
	e.section("4. Promotion: ranks and LAT rewards")
	g := e.guild
	b := e.chain.Client()
	ladder := acip.AttachLadder(g.suite.Ladder, b)
	tier1 := lat.Attach(g.suite.LAT(1), b)
	e.facts.Ranks, e.facts.Tier1 = map[common.Address]uint8{}, map[common.Address]*big.Int{}
	e.stepf("the ladder minted one tier-1 LAT (DEMO-T1) per promotion; every expert now stands at")
	for _, x := range []int{roleExpert1, roleExpert2, roleExpert3} {
		rank, err := ladder.RankOf(ctx, e.addr(x))
		if err != nil {
			return err
		}
		held, err := tier1.BalanceOf(ctx, e.addr(x))
		if err != nil {
			return err
		}
		how := "by mining"
		if x == g.governor {
			how = "by deliberation"
		}
		e.facts.Ranks[e.addr(x)], e.facts.Tier1[e.addr(x)] = rank, held
		e.notef("%-9s rank %d, %s DEMO-T1 (promoted %s)", roleNames[x], rank, tokens(held), how)
	}
	info, err := tier1.Info(ctx)
	if err != nil {
		return err
	}
	count, err := ladder.CompetitionCount(ctx)
	if err != nil {
		return err
	}
	e.notef("DEMO-T1 supply %s after %s competitions; tier-1 holders may sell, bond, redeem or convert their tokens", tokens(info.TotalSupply), count)
	return nil
}

// actGovernance converts part of the deliberation winner's tier-1 LAT into
// votes and passes, through the timelock, a proposal that halves the
// ladder's base cost and grants the three authority nodes their cells in
// the guild's AuthorityRegistry.
func actGovernance(ctx context.Context, e *demoEnv) error {
	e.section("6. Governance: LAT converted into votes, a proposal through the timelock")
	g := e.guild
	b := e.chain.Client()
	p, suite, winner := g.params, g.suite, g.governor
	ladder := acip.AttachLadder(suite.Ladder, b)
	held, err := lat.Attach(suite.LAT(1), b).BalanceOf(ctx, e.addr(winner))
	if err != nil {
		return err
	}
	half := new(big.Int).Div(held, big.NewInt(2))
	e.stepf("%s converts %s DEMO-T1 into governance weight and delegates to itself", roleNames[winner], tokens(half))
	conv := gov.AttachConverter(suite.Converter, b)
	done, receipts, err := conv.Convert(ctx, e.opts(winner), 1, half, nil)
	if err != nil {
		return err
	}
	e.tx("approve", receipts[0])
	e.tx("convert", receipts[len(receipts)-1])
	token := gov.AttachToken(suite.GuildToken, b)
	r, err := token.Delegate(ctx, e.opts(winner), e.addr(winner))
	if err != nil {
		return err
	}
	e.tx("delegate", r)
	e.notef("minted %s gDEMO (value %s at heat 0; a hot account would get less)", formatAmount(done.Minted, 36), done.Value)

	newBase := new(big.Int).Div(p.Ladder.Base, big.NewInt(2))
	prop := gov.Proposal{
		Targets:     []common.Address{suite.Ladder},
		Calldatas:   [][]byte{acip.SetCostParamsCall(newBase, p.Ladder.K, p.Ladder.T0)},
		Description: "halve the base entry cost; admit three authority nodes",
	}
	for i, a := range demoAuthorities {
		prop.Targets = append(prop.Targets, suite.Authority)
		prop.Calldatas = append(prop.Calldatas, authbind.NewAuthorityRegistry().PackGrantCell(demoCells[i], e.addr(a)))
	}
	e.stepf("%s proposes: halve the ladder's base cost (%s -> %s tPAY) and grant cells %v to %d authority nodes", roleNames[winner], tokens(p.Ladder.Base), tokens(newBase), demoCells, len(demoAuthorities))
	gvn := gov.AttachGovernor(suite.Governor, b)
	id, r, err := gvn.Propose(ctx, e.opts(winner), prop)
	if err != nil {
		return err
	}
	e.tx("propose", r)
	e.mine(int(p.Governance.VotingDelay) + 1)
	e.stepf("voting opens after %d block(s); %s votes for", p.Governance.VotingDelay, roleNames[winner])
	if r, err = gvn.CastVote(ctx, e.opts(winner), id, gov.For); err != nil {
		return err
	}
	e.tx("castVote", r)
	e.mine(int(p.Governance.VotingPeriod))
	state, err := gvn.State(ctx, id)
	if err != nil {
		return err
	}
	e.stepf("after %d blocks of voting the proposal is %s; anyone queues it in the timelock", p.Governance.VotingPeriod, state)
	if r, err = gvn.Queue(ctx, e.opts(roleBuyer), prop); err != nil {
		return err
	}
	e.tx("queue", r)
	if err := e.advance(time.Duration(p.Governance.TimelockDelay) * time.Second); err != nil {
		return err
	}
	e.stepf("the timelock delay (%s) has passed; anyone executes", formatSeconds(p.Governance.TimelockDelay))
	if r, err = gvn.Execute(ctx, e.opts(roleBuyer), prop); err != nil {
		return err
	}
	e.tx("execute", r)
	fee, err := ladder.EntryCost(ctx, 0, p.Ladder.T0)
	if err != nil {
		return err
	}
	e.facts.BaseCost = fee
	e.notef("a rank-0 entry with a %s window now costs %s tPAY (was %s)", formatSeconds(p.Ladder.T0), tokens(fee), tokens(p.Ladder.Base))
	reg := authority.Attach(suite.Authority, b)
	for i, a := range demoAuthorities {
		c, err := reg.Cell(ctx, demoCells[i])
		if err != nil {
			return err
		}
		if c.Holder != e.addr(a) {
			return fmt.Errorf("cell %s is held by %s, want %s", demoCells[i], c.Holder.Hex(), roleNames[a])
		}
		e.notef("cell %s granted to %s %s", demoCells[i], roleNames[a], e.addr(a).Hex())
	}
	return nil
}

// demoCompete runs one rank-0 competition among experts to its promotion:
// commits, reveals, then a deliberation over the revealed work (each expert
// proposes its payload, demoVoters cast the given quadratic ballots) that the
// relayer tallies in Go and submits to the guild's Settlement, which after the
// challenge window calls the ladder back with the winner.
func demoCompete(ctx context.Context, e *demoEnv, g *demoGuild, p acip.GuildParams, experts []int, votes map[int][]int64) (int, acip.Competition, error) {
	b := e.chain.Client()
	ladder := acip.AttachLadder(g.suite.Ladder, b)
	st := settlement.Attach(g.suite.Settlement, b)
	window := p.Ladder.T0
	e.stepf("anyone opens a rank-0 competition with a %s window", formatSeconds(window))
	comp, r, err := ladder.OpenCompetition(ctx, e.opts(roleGuild), 0, window)
	if err != nil {
		return 0, comp, err
	}
	e.tx("openCompetition", r)
	e.notef("competition %s: entry fee %s tPAY (base * k^0 * t0 / T)", comp.ID, tokens(comp.Fee))

	type entry struct{ salt, payload common.Hash }
	entries := map[int]entry{}
	e.stepf("%d experts take tPAY from the faucet and commit to their hidden work", len(experts))
	for _, x := range experts {
		r, err := chain.Transact(ctx, b, e.opts(x), g.pay, erc20.PackMint(e.addr(x), comp.Fee), acip.ErrorABIs()...)
		if err != nil {
			return 0, comp, err
		}
		e.tx(roleNames[x]+" faucet", r)
		salt, err := acip.NewSalt()
		if err != nil {
			return 0, comp, err
		}
		en := entry{salt: salt, payload: crypto.Keccak256Hash([]byte(fmt.Sprintf("demo work of %s for competition %s", roleNames[x], comp.ID)))}
		entries[x] = en
		_, receipts, err := ladder.Enter(ctx, e.opts(x), comp.ID, en.salt, en.payload)
		if err != nil {
			return 0, comp, err
		}
		e.tx(roleNames[x]+" approve", receipts[0])
		e.tx(roleNames[x]+" commit", receipts[len(receipts)-1])
	}

	if err := e.advance(time.Duration(window+1) * time.Second); err != nil {
		return 0, comp, err
	}
	e.stepf("the commit window closed; the experts reveal salt and payload")
	for _, x := range experts {
		r, err := ladder.Reveal(ctx, e.opts(x), comp.ID, entries[x].salt, entries[x].payload)
		if err != nil {
			return 0, comp, err
		}
		e.tx(roleNames[x]+" reveal", r)
	}
	if err := e.advance(time.Duration(p.Ladder.RevealPeriod) * time.Second); err != nil {
		return 0, comp, err
	}

	sess, err := st.Session(ctx, g.suite.Ladder, comp.ID, big.NewInt(0), 1, demoCredits)
	if err != nil {
		return 0, comp, err
	}
	e.stepf("the guild deliberates on the revealed work: %d proposals, %d quadratic ballots (%d credits each), EIP-712 signed in Go", len(experts), len(demoVoters), demoCredits)
	var props []dipmsg.SignedProposal
	for _, x := range experts {
		sp, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: e.chain.Key(x)}, sess.Domain, &dipmsg.Proposal{
			Session: sess.ID(), Round: sess.Round, Author: e.addr(x), ContentHash: entries[x].payload,
		})
		if err != nil {
			return 0, comp, err
		}
		props = append(props, sp)
		e.notef("proposal %d: %s's revealed payload %s", len(props)-1, roleNames[x], entries[x].payload.Hex())
	}
	var ballots []dipmsg.SignedBallot
	for _, v := range demoVoters {
		sb, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: e.chain.Key(v)}, sess.Domain, &dipmsg.Ballot{
			Session: sess.ID(), Round: sess.Round, Voter: e.addr(v), Votes: votes[v],
		})
		if err != nil {
			return 0, comp, err
		}
		ballots = append(ballots, sb)
		e.notef("%-10s votes %v", roleNames[v], votes[v])
	}

	cfg, err := st.Config(ctx)
	if err != nil {
		return 0, comp, err
	}
	if err := demoEnsureBond(ctx, e, st, cfg.ClaimBond); err != nil {
		return 0, comp, err
	}
	delib, err := settlement.Build(sess, props, ballots)
	if err != nil {
		return 0, comp, err
	}
	winners, score := delib.Outcome()
	if len(winners) != 1 {
		return 0, comp, fmt.Errorf("deliberation on competition %s has %d winners, want 1", comp.ID, len(winners))
	}
	winner := experts[delib.Tally.Winner]
	e.stepf("the relayer tallies the round in Go and submits the claim to the guild's Settlement")
	e.notef("sums %v, winner proposal %d (%s), conviction %s", delib.Tally.Sums, delib.Tally.Winner, roleNames[winner], formatAmount(score, 18))
	claimID, r, err := st.SubmitDeliberation(ctx, e.opts(roleRelayer), g.suite.Ladder, comp.ID, delib)
	if err != nil {
		return 0, comp, err
	}
	e.tx("submit", r)
	if f := settlement.Audit(sess, delib); f != nil {
		return 0, comp, fmt.Errorf("the honest claim has a fault: %s", f)
	}

	if err := e.advance(time.Duration(cfg.ChallengeWindow+60) * time.Second); err != nil {
		return 0, comp, err
	}
	e.stepf("the challenge window passed unchallenged; anyone finalizes claim %s and the Settlement calls the ladder back", claimID)
	fin, r, err := st.Finalize(ctx, e.opts(roleBuyer), claimID)
	if err != nil {
		return 0, comp, err
	}
	e.tx("finalize (onClaimFinalized)", r)
	if !fin.Delivered {
		return 0, comp, fmt.Errorf("the ladder refused the outcome of claim %s", claimID)
	}
	res, err := demoResolution(r, g.suite.Ladder)
	if err != nil {
		return 0, comp, err
	}
	if len(res.Promoted) != 1 || res.Promoted[0] != e.addr(winner) {
		return 0, comp, fmt.Errorf("competition %s promoted %v, want %s", comp.ID, res.Promoted, roleNames[winner])
	}
	rank, err := ladder.RankOf(ctx, e.addr(winner))
	if err != nil {
		return 0, comp, err
	}
	held, err := lat.Attach(g.suite.LAT(1), b).BalanceOf(ctx, e.addr(winner))
	if err != nil {
		return 0, comp, err
	}
	e.notef("Promoted: %s to rank %d, holds %s DEMO-T1; fees: %s tPAY to the treasury, %s burned",
		roleNames[winner], rank, tokens(held), tokens(res.ToTreasury), tokens(res.Burned))
	return winner, comp, nil
}

// demoEnsureBond tops the relayer's free Settlement bond up to need.
func demoEnsureBond(ctx context.Context, e *demoEnv, st *settlement.Settlement, need *big.Int) error {
	rel, err := st.Relayer(ctx, e.addr(roleRelayer))
	if err != nil {
		return err
	}
	free := new(big.Int).Sub(rel.Bond, rel.Locked)
	if free.Cmp(need) >= 0 {
		e.notef("the relayer's free bond of %s ETH covers the claim", tokens(free))
		return nil
	}
	e.stepf("the relayer bonds %s ETH with the guild's Settlement", tokens(need))
	r, err := st.Bond(ctx, e.opts(roleRelayer), need)
	if err != nil {
		return err
	}
	e.tx("bond", r)
	return nil
}

// demoResolution reads the ladder's CompetitionResolved and Promoted events
// from a finalize receipt.
func demoResolution(r *types.Receipt, ladderAddr common.Address) (*acip.Resolution, error) {
	bnd := ladderbind.NewCapabilityLadder()
	res := &acip.Resolution{}
	found := false
	for _, lg := range r.Logs {
		if lg.Address != ladderAddr {
			continue
		}
		if ev, err := bnd.UnpackCompetitionResolvedEvent(lg); err == nil {
			res.ID, res.Winners, res.Score, res.ToTreasury, res.Burned = ev.Id, ev.Winners, ev.Score, ev.ToTreasury, ev.Burned
			found = true
		}
		if ev, err := bnd.UnpackPromotedEvent(lg); err == nil {
			res.Promoted = append(res.Promoted, ev.Account)
		}
	}
	if !found {
		return nil, errors.New("finalize receipt has no CompetitionResolved event from the ladder")
	}
	return res, nil
}

// advance moves the embedded chain's clock and says so.
func (e *demoEnv) advance(d time.Duration) error {
	if err := e.chain.AdvanceTime(d); err != nil {
		return err
	}
	e.notef("... %s pass on the chain", formatSeconds(uint64(d/time.Second)))
	return nil
}

// mine mines n empty blocks (the governor counts voting time in blocks).
func (e *demoEnv) mine(n int) {
	for i := 0; i < n; i++ {
		e.chain.Commit()
	}
	e.notef("... %d block(s) mined", n)
}
