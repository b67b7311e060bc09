package main

import (
	"bytes"
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/gov"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// actGuild deploys the factory, creates a guild, lets three experts compete
// at rank 0, promotes the winner the demo's resolver picks, converts part of
// its tier-1 LAT into votes, and changes a ladder parameter by a proposal that
// passes through the timelock.
func actGuild(ctx context.Context, e *demoEnv) error {
	e.section("Guild: factory, rank-0 competition, promotion, governance")
	b := e.chain.Client()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}

	e.stepf("deploy the implementations, the guild factory and a development payment token")
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

	e.stepf("the guild creates its suite through the factory in one transaction")
	p := acip.DefaultGuildParams("Demo Guild", "DEMO", pay)
	p.Resolver = e.addr(roleRelayer)
	p.Governance.VotingPeriod = 5
	suite, r, err := factory.CreateGuild(ctx, e.opts(roleGuild), p)
	if err != nil {
		return err
	}
	e.tx("createGuild", r)
	e.notef("guild %s: ladder %s, governor %s, timelock %s", suite.GuildID, suite.Ladder.Hex(), suite.Governor.Hex(), suite.Timelock.Hex())
	e.notef("LAT tiers 1..%d, e.g. tier 1 at %s; resolver (standing in for Settlement): relayer", len(suite.Lats), suite.LAT(1).Hex())
	for name, a := range map[string]common.Address{"factory": factory.Address(), "ladder": suite.Ladder, "converter": suite.Converter, "governor": suite.Governor, "payment": pay} {
		e.addrs[name] = a
	}

	ladder := acip.AttachLadder(suite.Ladder, b)
	window := p.Ladder.T0
	e.stepf("anyone opens a rank-0 competition with a %s window", formatSeconds(window))
	comp, r, err := ladder.OpenCompetition(ctx, e.opts(roleGuild), 0, window)
	if err != nil {
		return err
	}
	e.tx("openCompetition", r)
	e.notef("competition %s: entry fee %s tPAY (base * k^0 * t0 / T)", comp.ID, tokens(comp.Fee))

	experts := []int{roleExpert1, roleExpert2, roleExpert3}
	type entry struct{ salt, payload common.Hash }
	entries := map[int]entry{}
	e.stepf("three experts take tPAY from the faucet and commit to their hidden work")
	for _, x := range experts {
		r, err := chain.Transact(ctx, b, e.opts(x), pay, erc20.PackMint(e.addr(x), comp.Fee), acip.ErrorABIs()...)
		if err != nil {
			return err
		}
		e.tx(roleNames[x]+" faucet", r)
		salt, err := acip.NewSalt()
		if err != nil {
			return err
		}
		en := entry{salt: salt, payload: crypto.Keccak256Hash([]byte("demo work of " + roleNames[x]))}
		entries[x] = en
		_, receipts, err := ladder.Enter(ctx, e.opts(x), comp.ID, en.salt, en.payload)
		if err != nil {
			return err
		}
		e.tx(roleNames[x]+" approve", receipts[0])
		e.tx(roleNames[x]+" commit", receipts[len(receipts)-1])
	}

	if err := e.advance(time.Duration(window+1) * time.Second); err != nil {
		return err
	}
	e.stepf("the commit window closed; the experts reveal salt and payload")
	for _, x := range experts {
		r, err := ladder.Reveal(ctx, e.opts(x), comp.ID, entries[x].salt, entries[x].payload)
		if err != nil {
			return err
		}
		e.tx(roleNames[x]+" reveal", r)
	}

	if err := e.advance(time.Duration(p.Ladder.RevealPeriod) * time.Second); err != nil {
		return err
	}
	// The demo's resolver: the revealed payload with the lowest hash together
	// with the competition id wins (a stand-in for a settled deliberation).
	winner := experts[0]
	best := crypto.Keccak256(entries[winner].payload.Bytes(), comp.ID.Bytes())
	for _, x := range experts[1:] {
		if h := crypto.Keccak256(entries[x].payload.Bytes(), comp.ID.Bytes()); bytes.Compare(h, best) < 0 {
			winner, best = x, h
		}
	}
	e.stepf("the resolver reports %s as the winner (lowest keccak(payload, id), standing in for a deliberation)", roleNames[winner])
	res, r, err := ladder.Resolve(ctx, e.opts(roleRelayer), comp.ID, []common.Address{e.addr(winner)}, big.NewInt(1e18))
	if err != nil {
		return err
	}
	e.tx("onClaimFinalized", r)
	rank, err := ladder.RankOf(ctx, e.addr(winner))
	if err != nil {
		return err
	}
	tier1 := lat.Attach(suite.LAT(1), b)
	held, err := tier1.BalanceOf(ctx, e.addr(winner))
	if err != nil {
		return err
	}
	e.notef("Promoted: %s to rank %d, holds %s DEMO-T1; fees: %s tPAY to the treasury, %s burned",
		roleNames[winner], rank, tokens(held), tokens(res.ToTreasury), tokens(res.Burned))

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
	if r, err = token.Delegate(ctx, e.opts(winner), e.addr(winner)); err != nil {
		return err
	}
	e.tx("delegate", r)
	e.notef("minted %s gDEMO (value %s at heat 0; a hot account would get less)", formatAmount(done.Minted, 36), done.Value)

	newBase := new(big.Int).Div(p.Ladder.Base, big.NewInt(2))
	prop := gov.NewProposal(suite.Ladder, acip.SetCostParamsCall(newBase, p.Ladder.K, p.Ladder.T0), "halve the base entry cost")
	e.stepf("%s proposes to halve the ladder's base cost (%s -> %s tPAY)", roleNames[winner], tokens(p.Ladder.Base), tokens(newBase))
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
	fee, err := ladder.EntryCost(ctx, 0, window)
	if err != nil {
		return err
	}
	e.notef("a rank-0 entry with a %s window now costs %s tPAY (was %s)", formatSeconds(window), tokens(fee), tokens(comp.Fee))
	return nil
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
