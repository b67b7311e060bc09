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

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/settlement"
)

// actEscrow runs one escrow order of the guild act's suite from opening to
// release: the buyer pays with a permit, the expert the guild act left holding
// a tier-1 LAT bonds it and delivers, the guild's deliberation (proposals and
// ballots signed in Go) is tallied by a bonded relayer, survives the guild
// Settlement's challenge window, and its finalization evaluates the order.
func actEscrow(ctx context.Context, e *demoEnv) error {
	e.section("Escrow order evaluated by a settled deliberation")
	b := e.chain.Client()
	g := e.guild
	if g == nil {
		return errors.New("the escrow act needs the guild act's suite: run the guild act first")
	}
	expert := g.holder
	esc, st, pay, latAddr := escrow.Attach(g.suite.Escrow, b), settlement.Attach(g.suite.Settlement, b), g.pay, g.suite.LAT(1)
	stCfg, err := st.Config(ctx)
	if err != nil {
		return err
	}
	wired, err := esc.Settlement(ctx)
	if err != nil {
		return err
	}
	target, err := st.IsTarget(ctx, esc.Address())
	if err != nil {
		return err
	}
	if wired != st.Address() || !target {
		return fmt.Errorf("the guild's escrow reports settlement %s (target %v), want %s", wired.Hex(), target, st.Address().Hex())
	}
	treasury, err := esc.Treasury(ctx)
	if err != nil {
		return err
	}
	held, err := lat.Attach(latAddr, b).BalanceOf(ctx, e.addr(expert))
	if err != nil {
		return err
	}
	e.stepf("the guild's own escrow and Settlement, created with the suite, take the order")
	e.notef("escrow %s, settlement %s (the escrow is one of its callback targets), treasury %s (the timelock)", esc.Address().Hex(), st.Address().Hex(), treasury.Hex())
	e.notef("%s holds %s DEMO-T1 (tier-1 LAT %s) from the guild act's second competition", roleNames[expert], tokens(held), latAddr.Hex())

	e.stepf("the buyer opens an order for 250 tPAY of tier-1 work, funded by an ERC-2612 permit (no approval tx)")
	r, err := chain.Transact(ctx, b, e.opts(roleBuyer), pay, erc20.PackMint(e.addr(roleBuyer), new(big.Int).Mul(lat.One, big.NewInt(1000))))
	if err != nil {
		return err
	}
	e.tx("buyer faucet", r)
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
	e.notef("order %s: 250 tPAY held by the escrow", orderID)

	e.stepf("%s accepts the whole order, bonding one DEMO-T1", roleNames[expert])
	if r, err = esc.ApproveBond(ctx, e.opts(expert), 1); err != nil {
		return err
	}
	e.tx("approve bond", r)
	if r, err = esc.Accept(ctx, e.opts(expert), orderID, 1, 10_000); err != nil {
		return err
	}
	e.tx("accept", r)

	content := crypto.Keccak256Hash([]byte("500 annotated chest X-rays, v1"))
	e.stepf("%s delivers content %s", roleNames[expert], content.Hex())
	if r, err = esc.Deliver(ctx, e.opts(expert), orderID, content); err != nil {
		return err
	}
	e.tx("deliver", r)

	sess, err := st.Session(ctx, esc.Address(), orderID, big.NewInt(0), 1, demoCredits)
	if err != nil {
		return err
	}
	e.stepf("the guild deliberates off chain: 2 proposals, 4 quadratic ballots (16 credits each), all EIP-712 signed in Go")
	proposals := []struct {
		role    int
		content common.Hash
		label   string
	}{{expert, content, "accept the delivery (" + roleNames[expert] + ")"}, {roleBuyer, crypto.Keccak256Hash([]byte("reject: redo")), "reject it (buyer)"}}
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
	// The voters are the other two experts, the authority and the miner.
	var voters []int
	for _, x := range []int{roleExpert1, roleExpert2, roleExpert3} {
		if x != expert {
			voters = append(voters, x)
		}
	}
	voters = append(voters, roleAuthority, roleMiner)
	votes := map[int][]int64{}
	for i, v := range [][]int64{{3, -1}, {2, 0}, {1, -2}, {3, 1}} {
		votes[voters[i]] = v
	}
	var ballots []dipmsg.SignedBallot
	envBytes := 0
	for _, role := range voters {
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

	if err := demoEnsureBond(ctx, e, st, stCfg.ClaimBond); err != nil {
		return err
	}
	e.stepf("the relayer tallies the round in Go and submits the claim to the guild's Settlement")
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
	if err := e.advance(window); err != nil {
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

	e.stepf("%s withdraws its payment and its bond", roleNames[expert])
	got, r, err := esc.Withdraw(ctx, e.opts(expert), pay)
	if err != nil {
		return err
	}
	e.tx("withdraw tPAY ("+roleNames[expert]+")", r)
	bond, r, err := esc.Withdraw(ctx, e.opts(expert), latAddr)
	if err != nil {
		return err
	}
	e.tx("withdraw bond ("+roleNames[expert]+")", r)
	fee, err := esc.Credit(ctx, pay, treasury)
	if err != nil {
		return err
	}
	e.notef("%s received %s tPAY and its %s DEMO-T1 bond back; the guild's 5%% fee, %s tPAY, waits in the escrow for the treasury (a governance withdrawal)",
		roleNames[expert], tokens(got), tokens(bond), tokens(fee))
	rel, err := st.Relayer(ctx, e.addr(roleRelayer))
	if err != nil {
		return err
	}
	e.notef("relayer bond %s ETH, %s ETH locked", tokens(rel.Bond), tokens(rel.Locked))
	return nil
}
