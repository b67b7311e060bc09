package gov_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/gov"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

const (
	deployer = iota
	resolver
	expert
	rival
)

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	re, ok := chain.AsRevert(err)
	if !ok || re.Name != name {
		t.Fatalf("error %v, want revert %s", err, name)
	}
}

// promotedExpert creates a guild and lets `expert` win a rank-0 competition,
// so it holds one tier-1 LAT.
func promotedExpert(t *testing.T, c *devchain.Chain) (*acip.Suite, acip.GuildParams) {
	t.Helper()
	ctx := context.Background()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	if _, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, acip.DeployOptions{MockPayment: true}); err != nil {
		t.Fatal(err)
	}
	f, err := acip.Deployed(ctx, c.Client(), rec)
	if err != nil {
		t.Fatal(err)
	}
	pay := rec.Contracts[acip.MockPaymentName].Address
	p := acip.DefaultGuildParams("Oracle Guild", "ORC", pay)
	p.Resolver = c.Address(resolver)
	p.Governance.VotingPeriod = 5
	s, _, err := f.CreateGuild(ctx, c.Transactor(deployer), p)
	if err != nil {
		t.Fatal(err)
	}
	l := acip.AttachLadder(s.Ladder, c.Client())
	comp, _, err := l.OpenCompetition(ctx, c.Transactor(deployer), 0, p.Ladder.TMax)
	if err != nil {
		t.Fatal(err)
	}
	salt := common.HexToHash("0x5a17")
	payload := common.HexToHash("0xc0de")
	mintData := mockerc20.NewMockERC20().PackMint(c.Address(expert), comp.Fee)
	if _, err := chain.Transact(ctx, c.Client(), c.Transactor(expert), pay, mintData); err != nil {
		t.Fatal(err)
	}
	if _, _, err := l.Enter(ctx, c.Transactor(expert), comp.ID, salt, payload); err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(time.Duration(p.Ladder.TMax+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Reveal(ctx, c.Transactor(expert), comp.ID, salt, payload); err != nil {
		t.Fatal(err)
	}
	if err := c.AdvanceTime(time.Duration(p.Ladder.RevealPeriod) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := l.Resolve(ctx, c.Transactor(resolver), comp.ID, []common.Address{c.Address(expert)}, nil); err != nil {
		t.Fatal(err)
	}
	return s, p
}

func TestConvertAndGovernLadderParameter(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(4))
	defer c.Close()
	ctx := context.Background()
	s, p := promotedExpert(t, c)
	conv := gov.AttachConverter(s.Converter, c.Client())
	token := gov.AttachToken(s.GuildToken, c.Client())
	gvn := gov.AttachGovernor(s.Governor, c.Client())

	half := new(big.Int).Div(acip.LATReward, big.NewInt(2))
	_, _, err := conv.Convert(ctx, c.Transactor(expert), 9, half, nil)
	wantRevert(t, err, "Converter_InvalidTier")
	if _, _, err := conv.Convert(ctx, c.Transactor(expert), 1, new(big.Int).Mul(acip.LATReward, big.NewInt(2)), nil); !errors.Is(err, gov.ErrInsufficientLAT) {
		t.Fatalf("converting two LAT while holding one: %v", err)
	}
	_, _, err = conv.Convert(ctx, c.Transactor(expert), 1, half, acip.GovOne)
	wantRevert(t, err, "Converter_InsufficientOutput")

	// The preview, the Go mirror and the executed conversion agree.
	value, preview, err := conv.Preview(ctx, c.Address(expert), 1, half)
	if err != nil {
		t.Fatal(err)
	}
	params, err := conv.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mirror, err := params.Convert(acip.Heat{Heat: new(big.Int)}, 0, p.Ladder.RankMax, 1, half)
	if err != nil {
		t.Fatal(err)
	}
	if value.Cmp(mirror.Value) != 0 || preview.Cmp(mirror.Minted) != 0 {
		t.Fatalf("preview (%s, %s), Go mirror (%s, %s)", value, preview, mirror.Value, mirror.Minted)
	}
	done, receipts, err := conv.Convert(ctx, c.Transactor(expert), 1, half, preview)
	if err != nil {
		t.Fatal(err)
	}
	// The reverted attempt above already approved half a LAT: no second approval.
	if len(receipts) != 1 || done.Minted.Cmp(preview) != 0 || done.Account != c.Address(expert) {
		t.Fatalf("conversion %+v with %d receipts; want %s minted by one convert", done, len(receipts), preview)
	}
	if left, err := lat.Attach(s.LAT(1), c.Client()).BalanceOf(ctx, c.Address(expert)); err != nil || left.Cmp(half) != 0 {
		t.Fatalf("LAT left %s (%v), want %s", left, err, half)
	}
	if _, err := token.Delegate(ctx, c.Transactor(expert), c.Address(expert)); err != nil {
		t.Fatal(err)
	}
	if votes, err := token.Votes(ctx, c.Address(expert)); err != nil || votes.Cmp(done.Minted) != 0 {
		t.Fatalf("votes %s (%v), want %s", votes, err, done.Minted)
	}

	// A proposal changes the ladder's cost parameters through the timelock.
	newBase := new(big.Int).Mul(p.Ladder.Base, big.NewInt(3))
	prop := gov.NewProposal(s.Ladder, acip.SetCostParamsCall(newBase, p.Ladder.K, p.Ladder.T0), "triple the base entry cost")
	id, _, err := gvn.Propose(ctx, c.Transactor(expert), prop)
	if err != nil {
		t.Fatal(err)
	}
	wantState := func(want gov.ProposalState) {
		t.Helper()
		if got, err := gvn.State(ctx, id); err != nil || got != want {
			t.Fatalf("proposal state %s (%v), want %s", got, err, want)
		}
	}
	wantState(gov.Pending)
	for i := uint64(0); i <= p.Governance.VotingDelay; i++ {
		c.Commit()
	}
	wantState(gov.Active)
	if _, err := gvn.CastVote(ctx, c.Transactor(expert), id, gov.For); err != nil {
		t.Fatal(err)
	}
	_, err = gvn.CastVote(ctx, c.Transactor(expert), id, gov.For)
	wantRevert(t, err, "GovernorAlreadyCastVote")
	for i := uint32(0); i < p.Governance.VotingPeriod; i++ {
		c.Commit()
	}
	wantState(gov.Succeeded)
	if tally, err := gvn.Votes(ctx, id); err != nil || tally.For.Cmp(done.Minted) != 0 {
		t.Fatalf("tally %+v (%v)", tally, err)
	}
	if _, err := gvn.Queue(ctx, c.Transactor(rival), prop); err != nil {
		t.Fatal(err)
	}
	wantState(gov.Queued)
	_, err = gvn.Execute(ctx, c.Transactor(rival), prop)
	wantRevert(t, err, "TimelockUnexpectedOperationState")
	delay, err := gvn.TimelockDelay(ctx)
	if err != nil || delay.Uint64() != p.Governance.TimelockDelay {
		t.Fatalf("timelock delay %s (%v)", delay, err)
	}
	if err := c.AdvanceTime(time.Duration(delay.Int64()) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := gvn.Execute(ctx, c.Transactor(rival), prop); err != nil {
		t.Fatal(err)
	}
	wantState(gov.Executed)
	after, err := acip.AttachLadder(s.Ladder, c.Client()).Params(ctx)
	if err != nil || after.Base.Cmp(newBase) != 0 {
		t.Fatalf("ladder base after execution %v (%v), want %s", after.Base, err, newBase)
	}
}

func TestProposalIDMatchesGovernor(t *testing.T) {
	t.Parallel()
	p := gov.NewProposal(common.HexToAddress("0x1234"), acip.SetBurnBpsCall(0), "no burn")
	q := p
	q.Description = "no burn!"
	if p.ID().Cmp(q.ID()) == 0 {
		t.Fatal("different descriptions give the same proposal id")
	}
	if _, _, err := gov.AttachGovernor(common.Address{}, nil).Propose(context.Background(), nil, gov.Proposal{}); !errors.Is(err, gov.ErrEmptyProposal) {
		t.Fatalf("empty proposal: %v", err)
	}
}
