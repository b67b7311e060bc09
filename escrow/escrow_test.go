package escrow_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/settlement"
)

const (
	guildIdx = iota
	minterIdx
	expertAIdx
	expertBIdx
	buyerIdx
	arbiterIdx
	settlementIdx // an EOA standing in for the Settlement, to deliver evaluations
	treasuryIdx
	strangerIdx
	numAccounts
)

var (
	one    = lat.One
	amount = new(big.Int).Mul(big.NewInt(1000), lat.One)
)

// fixture is a deployed escrow with two LAT tiers, a payment token, a funded
// buyer and two experts holding LAT (A tier 1, B tier 2).
type fixture struct {
	b     chain.Backend
	opts  func(i int) *bind.TransactOpts
	addr  func(i int) common.Address
	e     *escrow.Escrow
	pay   common.Address
	lats  []common.Address
	clock func(d time.Duration) // advances chain time, nil on anvil
}

func setup(t *testing.T, b chain.Backend, opts func(int) *bind.TransactOpts, addr func(int) common.Address) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{b: b, opts: opts, addr: addr}
	var impl common.Address
	for tier := uint8(1); tier <= 2; tier++ {
		tok, d, err := lat.Deploy(ctx, b, opts(guildIdx), impl, lat.Params{
			Name: "Guild Tier", Symbol: "GT", Guild: addr(guildIdx), Tier: tier, Minter: addr(minterIdx),
		})
		if err != nil {
			t.Fatalf("deploy LAT tier %d: %v", tier, err)
		}
		impl = d.Implementation
		f.lats = append(f.lats, tok.Address())
	}
	for i, who := range []int{expertAIdx, expertBIdx} {
		if _, err := lat.Attach(f.lats[i], b).Mint(ctx, opts(minterIdx), addr(who), new(big.Int).Mul(one, big.NewInt(3))); err != nil {
			t.Fatal(err)
		}
	}
	erc := mockerc20.NewMockERC20()
	code := append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc.PackConstructor("Pay", "PAY", 18)...)
	pay, _, err := chain.Deploy(ctx, b, opts(guildIdx), code)
	if err != nil {
		t.Fatal(err)
	}
	f.pay = pay
	if _, err := chain.Transact(ctx, b, opts(buyerIdx), pay, erc.PackMint(addr(buyerIdx), new(big.Int).Mul(amount, big.NewInt(10)))); err != nil {
		t.Fatal(err)
	}
	e, d, err := escrow.Deploy(ctx, b, opts(guildIdx), common.Address{}, escrow.Params{
		Admin: addr(guildIdx), Treasury: addr(treasuryIdx), Settlement: addr(settlementIdx),
		LATs: f.lats, Arbiters: []common.Address{addr(arbiterIdx)}, Config: escrow.DefaultConfig(),
	})
	if err != nil {
		t.Fatalf("deploy escrow: %v", err)
	}
	if len(d.Receipts) != 3 {
		t.Fatalf("deployment receipts = %d, want implementation + clone + initialize", len(d.Receipts))
	}
	f.e = e
	return f
}

func newSim(t *testing.T) *fixture {
	t.Helper()
	c := devchain.New(devchain.WithAccounts(numAccounts))
	t.Cleanup(func() { _ = c.Close() })
	f := setup(t, c.Client(), c.Transactor, c.Address)
	f.clock = func(d time.Duration) {
		if err := c.AdvanceTime(d); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *fixture) params(t *testing.T, tier uint8) escrow.OrderParams {
	t.Helper()
	now, err := escrow.Now(context.Background(), f.b)
	if err != nil {
		t.Fatal(err)
	}
	n := uint64(now.Unix())
	return escrow.OrderParams{
		Token: f.pay, Amount: amount, Tier: tier, SpecHash: crypto.Keccak256Hash([]byte("spec")),
		AcceptDeadline: n + 86400, DeliveryDeadline: n + 10*86400, ReviewWindow: 3 * 86400,
	}
}

// openPermit opens an order funded by the buyer's permit, without an approval.
func (f *fixture) openPermit(t *testing.T) *big.Int {
	t.Helper()
	ctx := context.Background()
	now, _ := escrow.Now(ctx, f.b)
	id, _, err := f.e.OpenWithPermit(ctx, f.opts(buyerIdx), dipmsg.KeySigner{Key: devchain.DevKey(buyerIdx)}, f.params(t, 1), now.Add(time.Hour))
	if err != nil {
		t.Fatalf("open with permit: %v", err)
	}
	return id
}

// staff has A (tier 1, 60%) and B (tier 2, 40%) accept, and A deliver.
func (f *fixture) staffAndDeliver(t *testing.T, id *big.Int) common.Hash {
	t.Helper()
	ctx := context.Background()
	for _, x := range []struct {
		who   int
		tier  uint8
		share uint16
	}{{expertAIdx, 1, 6000}, {expertBIdx, 2, 4000}} {
		if _, err := f.e.ApproveBond(ctx, f.opts(x.who), x.tier); err != nil {
			t.Fatalf("approve bond: %v", err)
		}
		if _, err := f.e.Accept(ctx, f.opts(x.who), id, x.tier, x.share); err != nil {
			t.Fatalf("accept: %v", err)
		}
	}
	f.wantState(t, id, escrow.StateAccepted)
	content := crypto.Keccak256Hash([]byte("the work"))
	if _, err := f.e.Deliver(ctx, f.opts(expertAIdx), id, content); err != nil {
		t.Fatalf("deliver: %v", err)
	}
	f.wantState(t, id, escrow.StateDelivered)
	return content
}

func (f *fixture) wantState(t *testing.T, id *big.Int, want escrow.State) *escrow.Order {
	t.Helper()
	o, err := f.e.Order(context.Background(), id)
	if err != nil {
		t.Fatalf("read order %s: %v", id, err)
	}
	if o.State != want {
		t.Fatalf("order %s is %s, want %s", id, o.State, want)
	}
	return o
}

func (f *fixture) withdraw(t *testing.T, who int, token common.Address) *big.Int {
	t.Helper()
	got, _, err := f.e.Withdraw(context.Background(), f.opts(who), token)
	if err != nil {
		t.Fatalf("withdraw by %d: %v", who, err)
	}
	return got
}

func (f *fixture) wantOwedEqualsBalance(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	for _, tok := range append([]common.Address{f.pay}, f.lats...) {
		owed, err := f.e.Owed(ctx, tok)
		if err != nil {
			t.Fatal(err)
		}
		bal, err := escrow.BalanceOf(ctx, f.b, tok, f.e.Address())
		if err != nil {
			t.Fatal(err)
		}
		if owed.Cmp(bal) != 0 {
			t.Fatalf("token %s: escrow owes %s but holds %s", tok.Hex(), owed, bal)
		}
	}
}

// fullOrder runs open (permit) -> accept -> deliver -> approve -> withdraw and
// checks every payout.
func fullOrder(t *testing.T, f *fixture) {
	ctx := context.Background()
	id := f.openPermit(t)
	o := f.wantState(t, id, escrow.StateOpen)
	if o.Amount.Cmp(amount) != 0 || o.Buyer != f.addr(buyerIdx) {
		t.Fatalf("opened order %+v", o.ITripartiteEscrowOrder)
	}
	content := f.staffAndDeliver(t, id)
	if _, err := f.e.ApproveDelivery(ctx, f.opts(buyerIdx), id); err != nil {
		t.Fatalf("approve delivery: %v", err)
	}
	o = f.wantState(t, id, escrow.StateReleased)
	if common.Hash(o.ContentHash) != content {
		t.Fatalf("content hash %x, want %s", o.ContentHash, content.Hex())
	}
	fee := new(big.Int).Div(new(big.Int).Mul(amount, big.NewInt(500)), big.NewInt(10_000))
	net := new(big.Int).Sub(amount, fee)
	wantA := new(big.Int).Div(new(big.Int).Mul(net, big.NewInt(6000)), big.NewInt(10_000))
	wantB := new(big.Int).Sub(net, wantA)
	for _, tc := range []struct {
		who  int
		want *big.Int
	}{{expertAIdx, wantA}, {expertBIdx, wantB}, {treasuryIdx, fee}} {
		if got := f.withdraw(t, tc.who, f.pay); got.Cmp(tc.want) != 0 {
			t.Fatalf("account %d withdrew %s, want %s", tc.who, got, tc.want)
		}
	}
	if got := f.withdraw(t, expertAIdx, f.lats[0]); got.Cmp(one) != 0 {
		t.Fatalf("expert A's bond returned %s, want one LAT", got)
	}
	f.wantOwedEqualsBalance(t)
}

func TestFullOrderOnSimulatedChain(t *testing.T) {
	t.Parallel()
	fullOrder(t, newSim(t))
}

// TestFullOrderOnAnvil runs the same order against a real node.
func TestFullOrderOnAnvil(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts anvil")
	}
	n := anviltest.Start(t)
	if err := n.FundDevAccounts(numAccounts); err != nil {
		t.Fatal(err)
	}
	id := big.NewInt(anviltest.ChainID)
	f := setup(t, n.Client, func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), id) }, devchain.DevKeyAddress)
	fullOrder(t, f)
}

func TestEvaluationThenTimeoutReleases(t *testing.T) {
	t.Parallel()
	f := newSim(t)
	ctx := context.Background()
	id := f.openPermit(t)
	f.staffAndDeliver(t, id)
	outcome, err := settlement.EncodeOutcome([]common.Address{f.addr(expertAIdx)}, big.NewInt(8e17))
	if err != nil {
		t.Fatal(err)
	}
	data := mustPack(t, "onClaimFinalized", id, outcome)
	if _, err := chain.Transact(ctx, f.b, f.opts(settlementIdx), f.e.Address(), data, escrow.ErrorABIs...); err != nil {
		t.Fatalf("evaluation callback: %v", err)
	}
	o := f.wantState(t, id, escrow.StateEvaluated)
	if o.Score.Cmp(big.NewInt(8e17)) != 0 {
		t.Fatalf("score %s, want 0.8e18", o.Score)
	}
	if _, err := f.e.SettleTimeout(ctx, f.opts(strangerIdx), id); !errors.Is(err, &chain.RevertError{Name: "Escrow_NotDue"}) {
		t.Fatalf("early timeout: %v, want Escrow_NotDue", err)
	}
	f.clock(2*24*time.Hour + time.Minute)
	if _, err := f.e.SettleTimeout(ctx, f.opts(strangerIdx), id); err != nil {
		t.Fatalf("settle timeout: %v", err)
	}
	f.wantState(t, id, escrow.StateReleased)
	f.wantOwedEqualsBalance(t)
}

func TestDisputeRuledAgainstExperts(t *testing.T) {
	t.Parallel()
	f := newSim(t)
	ctx := context.Background()
	id := f.openPermit(t)
	f.staffAndDeliver(t, id)
	bond, err := f.e.DisputeBond(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := escrow.EnsureAllowance(ctx, f.b, f.opts(buyerIdx), f.pay, f.e.Address(), bond); err != nil {
		t.Fatal(err)
	}
	if _, err := f.e.Dispute(ctx, f.opts(buyerIdx), id); err != nil {
		t.Fatalf("dispute: %v", err)
	}
	o := f.wantState(t, id, escrow.StateDisputed)
	if o.BuyerBond.Cmp(bond) != 0 || o.Disputant != f.addr(buyerIdx) {
		t.Fatalf("disputed order bond %s disputant %s", o.BuyerBond, o.Disputant.Hex())
	}
	if _, err := f.e.Rule(ctx, f.opts(strangerIdx), id, 10_000, escrow.FaultExperts); !errors.Is(err, &chain.RevertError{Name: "Escrow_Unauthorized"}) {
		t.Fatalf("rule by a stranger: %v, want Escrow_Unauthorized", err)
	}
	if _, err := f.e.Rule(ctx, f.opts(arbiterIdx), id, 10_000, escrow.FaultExperts); err != nil {
		t.Fatalf("rule: %v", err)
	}
	f.wantState(t, id, escrow.StateResolved)
	// The buyer gets the amount and its bond back, plus half of each slashed LAT bond.
	want := new(big.Int).Add(amount, bond)
	if got := f.withdraw(t, buyerIdx, f.pay); got.Cmp(want) != 0 {
		t.Fatalf("buyer withdrew %s, want %s", got, want)
	}
	half := new(big.Int).Div(one, big.NewInt(2))
	if got := f.withdraw(t, buyerIdx, f.lats[0]); got.Cmp(half) != 0 {
		t.Fatalf("buyer's share of the tier-1 bond %s, want %s", got, half)
	}
	if _, _, err := f.e.Withdraw(ctx, f.opts(expertAIdx), f.pay); !errors.Is(err, &chain.RevertError{Name: "Escrow_NothingToWithdraw"}) {
		t.Fatalf("slashed expert withdraw: %v, want Escrow_NothingToWithdraw", err)
	}
	f.wantOwedEqualsBalance(t)
}

func TestUnstaffedOrderRefundsAfterTimeout(t *testing.T) {
	t.Parallel()
	f := newSim(t)
	ctx := context.Background()
	p := f.params(t, 2)
	if _, err := escrow.EnsureAllowance(ctx, f.b, f.opts(buyerIdx), f.pay, f.e.Address(), p.Amount); err != nil {
		t.Fatal(err)
	}
	id, _, err := f.e.Open(ctx, f.opts(buyerIdx), p)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	f.clock(25 * time.Hour)
	if _, err := f.e.SettleTimeout(ctx, f.opts(strangerIdx), id); err != nil {
		t.Fatalf("settle timeout: %v", err)
	}
	f.wantState(t, id, escrow.StateRefunded)
	if got := f.withdraw(t, buyerIdx, f.pay); got.Cmp(amount) != 0 {
		t.Fatalf("refund %s, want %s", got, amount)
	}
}

func TestBadInputsGiveClearErrors(t *testing.T) {
	t.Parallel()
	f := newSim(t)
	ctx := context.Background()
	id := f.openPermit(t)
	p := f.params(t, 1)
	badDeadline := p
	badDeadline.DeliveryDeadline = p.AcceptDeadline
	badTier := p
	badTier.Tier = 3
	tests := []struct {
		name string
		run  func() error
		want error
	}{
		{"deadlines out of order", func() error { _, _, err := f.e.Open(ctx, f.opts(buyerIdx), badDeadline); return err }, escrow.ErrBadParams},
		{"tier the guild lacks", func() error { _, _, err := f.e.Open(ctx, f.opts(buyerIdx), badTier); return err }, escrow.ErrBadParams},
		{"buyer accepts own order", func() error { _, err := f.e.Accept(ctx, f.opts(buyerIdx), id, 1, 5000); return err }, &chain.RevertError{Name: "Escrow_CannotAccept"}},
		{"accept without LAT approval", func() error { _, err := f.e.Accept(ctx, f.opts(expertAIdx), id, 1, 5000); return err }, &chain.RevertError{Name: "ERC20InsufficientAllowance"}},
		{"accept below the order's tier", func() error { _, err := f.e.Accept(ctx, f.opts(expertAIdx), id, 0, 5000); return err }, &chain.RevertError{Name: "Escrow_BadTier"}},
		{"deliver before staffing", func() error {
			_, err := f.e.Deliver(ctx, f.opts(expertAIdx), id, common.HexToHash("0x01"))
			return err
		}, &chain.RevertError{Name: "Escrow_BadState"}},
		{"rule an open order", func() error { _, err := f.e.Rule(ctx, f.opts(arbiterIdx), id, 0, escrow.FaultNone); return err }, &chain.RevertError{Name: "Escrow_BadState"}},
		{"unknown order", func() error { _, err := f.e.Order(ctx, big.NewInt(99)); return err }, escrow.ErrNoOrder},
		{"dispute an unknown order", func() error { _, err := f.e.Dispute(ctx, f.opts(buyerIdx), big.NewInt(99)); return err }, &chain.RevertError{Name: "Escrow_BadState"}},
		{"nothing to withdraw", func() error { _, _, err := f.e.Withdraw(ctx, f.opts(strangerIdx), f.pay); return err }, &chain.RevertError{Name: "Escrow_NothingToWithdraw"}},
		{"permit from another key", func() error {
			now, _ := escrow.Now(ctx, f.b)
			_, _, err := f.e.OpenWithPermit(ctx, f.opts(buyerIdx), dipmsg.KeySigner{Key: devchain.DevKey(strangerIdx)}, p, now.Add(time.Hour))
			return err
		}, dipmsg.ErrWrongSigner},
	}
	for _, tc := range tests {
		if err := tc.run(); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	// The decoded error names the state the order is in.
	_, err := f.e.Deliver(ctx, f.opts(expertAIdx), id, common.HexToHash("0x01"))
	if re, ok := chain.AsRevert(err); !ok || re.Error() != "Escrow_BadState(orderId=1, state=1)" {
		t.Fatalf("decoded revert %v", err)
	}
}

func mustPack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	data, err := escrow.ABI.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
