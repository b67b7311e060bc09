package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/settlement"
)

// actEscrow runs one escrow order from opening to release: the buyer pays
// with a permit, an expert bonds a LAT and delivers, the guild's deliberation
// (proposals and ballots signed in Go) is tallied by a bonded relayer, survives
// its challenge window, and its finalization evaluates the order.
func actEscrow(ctx context.Context, e *demoEnv) error {
	e.section("Escrow order evaluated by a settled deliberation")
	b := e.chain.Client()

	latAddr, err := demoExpertLAT(ctx, e)
	if err != nil {
		return err
	}
	e.stepf("the guild deploys a payment token, its Settlement (with the shared TallyVerifier) and its escrow")
	erc := mockerc20.NewMockERC20()
	pay, r, err := chain.Deploy(ctx, b, e.opts(roleGuild), append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc.PackConstructor("Demo Dollar", "DUSD", 18)...))
	if err != nil {
		return fmt.Errorf("deploy payment token: %w", err)
	}
	e.tx("payment token (MockERC20)", r)
	tv, r, err := settlement.DeployTallyVerifier(ctx, b, e.opts(roleGuild))
	if err != nil {
		return err
	}
	e.tx("TallyVerifier", r)
	stCfg := settlement.DefaultConfig()
	st, d, err := settlement.Deploy(ctx, b, e.opts(roleGuild), common.Address{}, settlement.Params{
		Admin: e.addr(roleGuild), Treasury: e.addr(roleGuild), TallyVerifier: tv, Config: stCfg,
	})
	if err != nil {
		return err
	}
	for i, label := range []string{"Settlement implementation", "Settlement clone", "Settlement initialize"} {
		e.tx(label, d.Receipts[i])
	}
	esc, ed, err := escrow.Deploy(ctx, b, e.opts(roleGuild), common.Address{}, escrow.Params{
		Admin: e.addr(roleGuild), Treasury: e.addr(roleGuild), Settlement: st.Address(),
		LATs: []common.Address{latAddr}, Arbiters: []common.Address{e.addr(roleGuild)}, Config: escrow.DefaultConfig(),
	})
	if err != nil {
		return err
	}
	for i, label := range []string{"escrow implementation", "escrow clone", "escrow initialize"} {
		e.tx(label, ed.Receipts[i])
	}
	if r, err = st.SetTarget(ctx, e.opts(roleGuild), esc.Address(), true); err != nil {
		return err
	}
	e.tx("settlement.setTarget(escrow)", r)
	e.notef("escrow %s, settlement %s", esc.Address().Hex(), st.Address().Hex())
	e.addrs["escrow"], e.addrs["settlement"] = esc.Address(), st.Address()

	e.stepf("the buyer opens an order for 250 DUSD of tier-1 work, funded by an ERC-2612 permit (no approval tx)")
	if _, err = chain.Transact(ctx, b, e.opts(roleBuyer), pay, erc.PackMint(e.addr(roleBuyer), new(big.Int).Mul(lat.One, big.NewInt(1000)))); err != nil {
		return err
	}
	now, err := escrow.Now(ctx, b)
	if err != nil {
		return err
	}
	n := uint64(now.Unix())
	amount := new(big.Int).Mul(lat.One, big.NewInt(250))
	orderID, r, err := esc.OpenWithPermit(ctx, e.opts(roleBuyer), dipmsg.KeySigner{Key: e.chain.Key(roleBuyer)}, escrow.OrderParams{
		Token: pay, Amount: amount, Tier: 1, SpecHash: crypto.Keccak256Hash([]byte("annotate 500 chest X-rays")),
		AcceptDeadline: n + 86400, DeliveryDeadline: n + 7*86400, ReviewWindow: 3 * 86400,
	}, now.Add(time.Hour))
	if err != nil {
		return err
	}
	e.tx("openWithPermit", r)
	e.notef("order %s: 250 DUSD held by the escrow", orderID)

	e.stepf("expert-1 accepts the whole order, bonding one DEMO1")
	if r, err = esc.ApproveBond(ctx, e.opts(roleExpert1), 1); err != nil {
		return err
	}
	e.tx("approve bond", r)
	if r, err = esc.Accept(ctx, e.opts(roleExpert1), orderID, 1, 10_000); err != nil {
		return err
	}
	e.tx("accept", r)

	content := crypto.Keccak256Hash([]byte("500 annotated chest X-rays, v1"))
	e.stepf("expert-1 delivers content %s", content.Hex())
	if r, err = esc.Deliver(ctx, e.opts(roleExpert1), orderID, content); err != nil {
		return err
	}
	e.tx("deliver", r)

	sess, err := st.Session(ctx, esc.Address(), orderID, big.NewInt(0), 1, 16)
	if err != nil {
		return err
	}
	e.stepf("the guild deliberates off chain: 2 proposals, 4 quadratic ballots (16 credits each), all EIP-712 signed in Go")
	proposals := []struct {
		role    int
		content common.Hash
		label   string
	}{{roleExpert1, content, "accept the delivery (expert-1)"}, {roleBuyer, crypto.Keccak256Hash([]byte("reject: redo")), "reject it (buyer)"}}
	var signedProps []dipmsg.SignedProposal
	for _, p := range proposals {
		sp, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: e.chain.Key(p.role)}, sess.Domain, &dipmsg.Proposal{
			Session: sess.ID(), Round: sess.Round, Author: e.addr(p.role), ContentHash: p.content,
		})
		if err != nil {
			return err
		}
		signedProps = append(signedProps, sp)
		e.notef("proposal %d: %s", len(signedProps)-1, p.label)
	}
	votes := map[int][]int64{roleExpert2: {3, -1}, roleExpert3: {2, 0}, roleAuthority: {1, -2}, roleMiner: {3, 1}}
	var ballots []dipmsg.SignedBallot
	envBytes := 0
	for _, role := range []int{roleExpert2, roleExpert3, roleAuthority, roleMiner} {
		sb, err := dipmsg.SignMessage(ctx, dipmsg.KeySigner{Key: e.chain.Key(role)}, sess.Domain, &dipmsg.Ballot{
			Session: sess.ID(), Round: sess.Round, Voter: e.addr(role), Votes: votes[role],
		})
		if err != nil {
			return err
		}
		// The ballot travels to the relayer as a JSON envelope, which the relayer decodes and verifies.
		data, err := json.Marshal(&dipmsg.Envelope{Domain: sess.Domain, Message: sb.Message, Sig: sb.Sig})
		if err != nil {
			return err
		}
		envBytes += len(data)
		env, err := dipmsg.DecodeEnvelope(data)
		if err != nil {
			return err
		}
		if err := env.Expect(sess.Domain); err != nil {
			return err
		}
		ballots = append(ballots, dipmsg.SignedBallot{Message: env.Message.(*dipmsg.Ballot), Sig: env.Sig})
		e.notef("%-10s votes %v", roleNames[role], votes[role])
	}
	e.notef("4 ballot envelopes, %d bytes of JSON, decoded and signature-checked by the relayer", envBytes)

	e.stepf("the relayer bonds 1 ETH, tallies the round in Go and submits the claim")
	if r, err = st.Bond(ctx, e.opts(roleRelayer), stCfg.ClaimBond); err != nil {
		return err
	}
	e.tx("bond", r)
	delib, err := settlement.Build(sess, signedProps, ballots)
	if err != nil {
		return err
	}
	winners, score := delib.Outcome()
	e.notef("sums %v, winner proposal %d, conviction %s, Merkle root %s", delib.Tally.Sums, delib.Tally.Winner, formatAmount(score, 18), delib.Root.Hex())
	claimID, r, err := st.SubmitDeliberation(ctx, e.opts(roleRelayer), esc.Address(), orderID, delib)
	if err != nil {
		return err
	}
	e.tx("submit", r)

	e.stepf("a challenger recounts the published leaves in Go and tries a fraud proof anyway")
	if f := settlement.Audit(sess, delib); f != nil {
		return fmt.Errorf("the honest claim has a fault: %s", f)
	}
	e.notef("audit: every signature, budget, running sum and the voter order check out")
	proof, err := delib.Proof(0)
	if err != nil {
		return err
	}
	_, _, err = st.ChallengeBallot(ctx, e.opts(roleChallenger), claimID, delib.Result, &delib.Leaves[0], proof)
	if !errors.Is(err, settlement.ErrNoFraud) {
		return fmt.Errorf("challenge of an honest ballot: %v, want Settlement_NoFraud", err)
	}
	e.notef("challengeBallot(leaf 0) refused at gas estimation: Settlement_NoFraud (no transaction sent)")

	window := time.Duration(stCfg.ChallengeWindow)*time.Second + time.Minute
	e.stepf("the challenge window (%s) passes", formatSeconds(stCfg.ChallengeWindow))
	if err := e.chain.AdvanceTime(window); err != nil {
		return err
	}

	e.stepf("anyone finalizes the claim; Settlement calls the escrow back with the outcome")
	fin, r, err := st.Finalize(ctx, e.opts(roleRelayer), claimID)
	if err != nil {
		return err
	}
	e.tx("finalize", r)
	if !fin.Delivered || len(winners) != 1 || fin.Winners[0] != winners[0] {
		return fmt.Errorf("finalization %+v, want the callback delivered to the escrow", fin)
	}
	o, err := esc.Order(ctx, orderID)
	if err != nil {
		return err
	}
	if o.State != escrow.StateEvaluated {
		return fmt.Errorf("order %s is %s after the evaluation, want Evaluated", orderID, o.State)
	}
	e.notef("order %s: %s, score %s >= pass score %s", orderID, o.State, formatAmount(o.Score, 18), formatAmount(o.PassScore, 18))

	e.stepf("the buyer approves the evaluated delivery: the escrow releases the payment")
	if r, err = esc.ApproveDelivery(ctx, e.opts(roleBuyer), orderID); err != nil {
		return err
	}
	e.tx("approveDelivery", r)

	e.stepf("expert-1 and the guild treasury withdraw their credits")
	got, r, err := esc.Withdraw(ctx, e.opts(roleExpert1), pay)
	if err != nil {
		return err
	}
	e.tx("withdraw DUSD (expert-1)", r)
	bond, r, err := esc.Withdraw(ctx, e.opts(roleExpert1), latAddr)
	if err != nil {
		return err
	}
	e.tx("withdraw bond (expert-1)", r)
	fee, r, err := esc.Withdraw(ctx, e.opts(roleGuild), pay)
	if err != nil {
		return err
	}
	e.tx("withdraw fee (guild)", r)
	e.notef("expert-1 received %s DUSD and its %s DEMO1 bond back; the guild's 5%% fee is %s DUSD", tokens(got), tokens(bond), tokens(fee))
	rel, err := st.Relayer(ctx, e.addr(roleRelayer))
	if err != nil {
		return err
	}
	e.notef("relayer bond %s ETH, %s ETH locked", tokens(rel.Bond), tokens(rel.Locked))
	return nil
}

// demoExpertLAT returns a tier-1 LAT expert-1 holds a whole token of: the
// LAT act's token when it ran, otherwise a new one minted by the ladder.
func demoExpertLAT(ctx context.Context, e *demoEnv) (common.Address, error) {
	b := e.chain.Client()
	if a, ok := e.addrs["lat"]; ok {
		bal, err := lat.Attach(a, b).BalanceOf(ctx, e.addr(roleExpert1))
		if err == nil && bal.Cmp(lat.One) >= 0 {
			e.notef("expert-1 holds %s DEMO1 (tier 1) from the LAT act", tokens(bal))
			return a, nil
		}
	}
	e.stepf("deploy a tier-1 LAT and mint one to expert-1")
	tok, d, err := lat.Deploy(ctx, b, e.opts(roleGuild), common.Address{}, lat.Params{
		Name: "Demo Guild Tier 1", Symbol: "DEMO1", Guild: e.addr(roleGuild), Tier: 1, Minter: e.addr(roleLadder),
	})
	if err != nil {
		return common.Address{}, err
	}
	for i, label := range []string{"LAT implementation", "LAT clone", "LAT initialize"} {
		e.tx(label, d.Receipts[i])
	}
	r, err := tok.Mint(ctx, e.opts(roleLadder), e.addr(roleExpert1), lat.One)
	if err != nil {
		return common.Address{}, err
	}
	e.tx("mint", r)
	return tok.Address(), nil
}
