// Package escrow provides a client for a guild's TripartiteEscrow: deploying
// it, the buyer's flows (open, open with an ERC-2612 permit, cancel, approve a
// delivery, dispute, withdraw), the experts' flows (accept with a LAT bond,
// deliver, dispute, withdraw), the guild's ruling, timeouts and reads. The
// order life cycle is documented in docs/escrow.md.
package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	escrowbind "github.com/dip-market/dip/bindings/escrow"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/internal/chain"
)

var (
	binding = escrowbind.NewTripartiteEscrow()
	erc20   = mockerc20.NewMockERC20()
	// ABI is the escrow's parsed ABI.
	ABI = chain.MustABI(&escrowbind.TripartiteEscrowMetaData)
	// TokenABI declares the standard ERC-20, ERC-2612 and OpenZeppelin token
	// errors a payment token or LAT may bubble through the escrow.
	TokenABI = chain.MustABI(&mockerc20.MockERC20MetaData)
	latABI   = chain.MustABI(&latbind.LiquidAccessTokenMetaData)
	// ErrorABIs are the ABIs to decode any escrow revert with.
	ErrorABIs = []*abi.ABI{ABI, TokenABI, latABI}
)

var (
	// ErrBadParams is returned before sending when order parameters cannot pass
	// the contract's checks (Escrow_BadParams would follow).
	ErrBadParams = errors.New("escrow: bad order parameters")
	// ErrNoEvent is returned when a receipt lacks the event its call must emit.
	ErrNoEvent = errors.New("escrow: receipt lacks the expected event")
	// ErrNoOrder is returned when reading an order id that was never opened.
	ErrNoOrder = errors.New("escrow: no such order")
)

// State is an order's state (ITripartiteEscrow.State).
type State uint8

// Order states.
const (
	StateNone State = iota
	StateOpen
	StateAccepted
	StateDelivered
	StateEvaluated
	StateDisputed
	StateReleased
	StateRefunded
	StateResolved
)

var stateNames = [...]string{"None", "Open", "Accepted", "Delivered", "Evaluated", "Disputed", "Released", "Refunded", "Resolved"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Terminal reports whether no further transition is possible.
func (s State) Terminal() bool { return s == StateReleased || s == StateRefunded || s == StateResolved }

// Fault is whose bond a ruling slashes (ITripartiteEscrow.Fault).
type Fault uint8

// Faults.
const (
	FaultNone Fault = iota
	FaultExperts
	FaultBuyer
)

func (f Fault) String() string {
	return [...]string{"none", "experts", "buyer", "unknown"}[min(int(f), 3)]
}

// ParseFault parses "none", "experts" or "buyer".
func ParseFault(s string) (Fault, error) {
	switch s {
	case "none":
		return FaultNone, nil
	case "experts":
		return FaultExperts, nil
	case "buyer":
		return FaultBuyer, nil
	}
	return 0, fmt.Errorf("escrow: fault %q, want none, experts or buyer", s)
}

// Config is the escrow's governance configuration.
type Config = escrowbind.ITripartiteEscrowConfig

// OrderParams is what a buyer asks for.
type OrderParams = escrowbind.ITripartiteEscrowOrderParams

// Acceptance is an expert's acceptance of an order.
type Acceptance = escrowbind.ITripartiteEscrowAcceptance

// DefaultConfig returns the configuration of docs/escrow.md's tests: 5% fee,
// half of slashed bonds burned, 10% dispute bond, 50/50 default split, pass
// score 0.5, two-day dispute and seven-day ruling windows.
func DefaultConfig() Config {
	day := uint64(24 * 3600)
	return Config{
		FeeBps: 500, SlashBurnBps: 5000, DisputeBondBps: 1000, DefaultBuyerBps: 5000,
		PassScore:     big.NewInt(5e17),
		DisputeWindow: 2 * day, RulingWindow: 7 * day, MinReviewWindow: 2 * day, MaxReviewWindow: 30 * day,
		MaxDuration: 180 * day, MaxExperts: 4,
	}
}

// Params are an escrow clone's initialize arguments.
type Params struct {
	Admin      common.Address
	Treasury   common.Address
	Settlement common.Address
	// LATs[t-1] is the LAT of tier t.
	LATs     []common.Address
	Arbiters []common.Address
	Config   Config
}

// Check validates the parameters before anything is sent.
func (p Params) Check() error {
	switch {
	case p.Admin == (common.Address{}), p.Treasury == (common.Address{}), p.Settlement == (common.Address{}):
		return errors.New("escrow: admin, treasury and settlement must not be zero")
	case len(p.LATs) == 0 || len(p.LATs) > 255:
		return fmt.Errorf("escrow: %d LAT tiers, want 1..255", len(p.LATs))
	case p.Config.PassScore == nil:
		return errors.New("escrow: config pass score is unset")
	}
	return nil
}

// Deployment records the transactions that created an escrow.
type Deployment = chain.CloneDeployment

// DeployImplementation deploys the escrow implementation clones delegate to.
func DeployImplementation(ctx context.Context, b chain.Backend, opts *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	addr, r, err := chain.Deploy(ctx, b, opts, common.FromHex(escrowbind.TripartiteEscrowMetaData.Bin), ABI)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("escrow: deploy implementation: %w", err)
	}
	return addr, r, nil
}

// Deploy creates an escrow as an EIP-1167 clone of impl (deployed first when
// zero) initialized with p. Guilds get theirs from GuildFactory; this path
// serves tests, demos and standalone setups.
func Deploy(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, impl common.Address, p Params) (*Escrow, *Deployment, error) {
	if err := p.Check(); err != nil {
		return nil, nil, err
	}
	arbiters := p.Arbiters
	if arbiters == nil {
		arbiters = []common.Address{}
	}
	data := binding.PackInitialize(p.Admin, p.Treasury, p.Settlement, p.LATs, arbiters, p.Config)
	d, err := chain.DeployClone(ctx, b, opts, impl, common.FromHex(escrowbind.TripartiteEscrowMetaData.Bin), data, ErrorABIs...)
	if err != nil {
		return nil, d, fmt.Errorf("escrow: %w", err)
	}
	return Attach(d.Address, b), d, nil
}

// Escrow is a client for one guild's escrow.
type Escrow struct {
	addr common.Address
	b    chain.Backend
}

// Attach returns a client for the escrow at addr.
func Attach(addr common.Address, b chain.Backend) *Escrow { return &Escrow{addr: addr, b: b} }

// Address returns the escrow's address.
func (e *Escrow) Address() common.Address { return e.addr }

func (e *Escrow) transact(ctx context.Context, opts *bind.TransactOpts, op string, data []byte) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, e.b, opts, e.addr, data, ErrorABIs...)
	if err != nil {
		return r, fmt.Errorf("escrow: %s: %w", op, err)
	}
	return r, nil
}

func call[T any](ctx context.Context, b chain.Backend, to common.Address, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, b, to, data, ErrorABIs...)
	if err != nil {
		return zero, fmt.Errorf("escrow: %s: %w", op, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("escrow: decode %s: %w", op, err)
	}
	return v, nil
}

// Now returns the timestamp of the latest block: deadlines are judged against
// chain time, not the local clock.
func Now(ctx context.Context, b chain.Backend) (time.Time, error) {
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("escrow: read latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0), nil
}

// CheckParams applies the contract's opening checks that do not need chain
// state, plus the deadlines against now and the config's windows.
func CheckParams(p OrderParams, now time.Time, cfg Config, tiers int) error {
	n := uint64(now.Unix())
	switch {
	case p.Token == (common.Address{}):
		return fmt.Errorf("%w: token is the zero address", ErrBadParams)
	case p.Amount == nil || p.Amount.Sign() <= 0:
		return fmt.Errorf("%w: amount must be positive", ErrBadParams)
	case p.Tier == 0 || int(p.Tier) > tiers:
		return fmt.Errorf("%w: tier %d, the guild has tiers 1..%d", ErrBadParams, p.Tier, tiers)
	case p.AcceptDeadline <= n:
		return fmt.Errorf("%w: accept deadline %s is not after the chain's time %s", ErrBadParams, unix(p.AcceptDeadline), now.UTC().Format(time.RFC3339))
	case p.DeliveryDeadline <= p.AcceptDeadline:
		return fmt.Errorf("%w: delivery deadline %s is not after the accept deadline %s", ErrBadParams, unix(p.DeliveryDeadline), unix(p.AcceptDeadline))
	case p.DeliveryDeadline > n+cfg.MaxDuration:
		return fmt.Errorf("%w: delivery deadline is more than %s away (the guild's maximum)", ErrBadParams, time.Duration(cfg.MaxDuration)*time.Second)
	case p.ReviewWindow < cfg.MinReviewWindow || p.ReviewWindow > cfg.MaxReviewWindow:
		return fmt.Errorf("%w: review window %s outside the guild's %s..%s", ErrBadParams,
			time.Duration(p.ReviewWindow)*time.Second, time.Duration(cfg.MinReviewWindow)*time.Second, time.Duration(cfg.MaxReviewWindow)*time.Second)
	}
	return nil
}

func unix(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// checkOpen reads what CheckParams needs and applies it.
func (e *Escrow) checkOpen(ctx context.Context, p OrderParams) error {
	now, err := Now(ctx, e.b)
	if err != nil {
		return err
	}
	cfg, err := e.Config(ctx)
	if err != nil {
		return err
	}
	tiers, err := e.TierCount(ctx)
	if err != nil {
		return err
	}
	return CheckParams(p, now, cfg, int(tiers))
}

func (e *Escrow) orderOpened(r *types.Receipt) (*big.Int, error) {
	for _, l := range r.Logs {
		if l.Address != e.addr {
			continue
		}
		if ev, err := binding.UnpackOrderOpenedEvent(l); err == nil {
			return ev.OrderId, nil
		}
	}
	return nil, fmt.Errorf("%w: OrderOpened", ErrNoEvent)
}

// Open opens an order, pulling p.Amount of p.Token from the signer, who must
// have approved the escrow (see EnsureAllowance). It returns the order id.
func (e *Escrow) Open(ctx context.Context, opts *bind.TransactOpts, p OrderParams) (*big.Int, *types.Receipt, error) {
	if err := e.checkOpen(ctx, p); err != nil {
		return nil, nil, err
	}
	r, err := e.transact(ctx, opts, "open order", binding.PackOpen(p))
	if err != nil {
		return nil, r, err
	}
	id, err := e.orderOpened(r)
	return id, r, err
}

// OpenWithPermit opens an order funded by an ERC-2612 permit signed by
// signer (the buyer's key), so no approval transaction is needed.
func (e *Escrow) OpenWithPermit(ctx context.Context, opts *bind.TransactOpts, signer PermitSigner, p OrderParams, permitDeadline time.Time) (*big.Int, *types.Receipt, error) {
	if err := e.checkOpen(ctx, p); err != nil {
		return nil, nil, err
	}
	deadline := big.NewInt(permitDeadline.Unix())
	sig, err := SignPermit(ctx, e.b, signer, p.Token, opts.From, e.addr, p.Amount, deadline)
	if err != nil {
		return nil, nil, err
	}
	r, err := e.transact(ctx, opts, "open order with permit", binding.PackOpenWithPermit(p, deadline, sig.V, sig.R, sig.S))
	if err != nil {
		return nil, r, err
	}
	id, err := e.orderOpened(r)
	return id, r, err
}

// Cancel cancels an Open order nobody accepted; the amount is credited back.
func (e *Escrow) Cancel(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	return e.transact(ctx, opts, fmt.Sprintf("cancel order %s", id), binding.PackCancel(id))
}

// ApproveDelivery is the buyer's acceptance of a Delivered or Evaluated order: the experts are paid.
func (e *Escrow) ApproveDelivery(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	return e.transact(ctx, opts, fmt.Sprintf("approve delivery of order %s", id), binding.PackApproveDelivery(id))
}

// Accept bonds one whole LAT of tier (approval of the tier's LAT needed, see
// ApproveBond) and takes shareBps of the experts' payout.
func (e *Escrow) Accept(ctx context.Context, opts *bind.TransactOpts, id *big.Int, tier uint8, shareBps uint16) (*types.Receipt, error) {
	if shareBps == 0 || shareBps > 10_000 {
		return nil, fmt.Errorf("escrow: share %d bps, want 1..10000", shareBps)
	}
	return e.transact(ctx, opts, fmt.Sprintf("accept order %s at tier %d for %d bps", id, tier, shareBps), binding.PackAccept(id, tier, shareBps))
}

// ApproveBond lets the escrow take the one-LAT bond of tier from the signer
// when the allowance is short; it returns nil when nothing had to be sent.
func (e *Escrow) ApproveBond(ctx context.Context, opts *bind.TransactOpts, tier uint8) (*types.Receipt, error) {
	lat, err := e.LatOf(ctx, tier)
	if err != nil {
		return nil, err
	}
	dec, err := call(ctx, e.b, lat, "LAT decimals", erc20.PackDecimals(), erc20.UnpackDecimals)
	if err != nil {
		return nil, err
	}
	return EnsureAllowance(ctx, e.b, opts, lat, e.addr, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil))
}

// Deliver records the delivered content hash of an Accepted order.
func (e *Escrow) Deliver(ctx context.Context, opts *bind.TransactOpts, id *big.Int, contentHash common.Hash) (*types.Receipt, error) {
	if contentHash == (common.Hash{}) {
		return nil, errors.New("escrow: deliver: content hash must not be zero")
	}
	return e.transact(ctx, opts, fmt.Sprintf("deliver order %s", id), binding.PackDeliver(id, contentHash))
}

// Dispute disputes an order: an expert while Accepted, the buyer while
// Delivered or Evaluated (posting the dispute bond: see DisputeBond and
// EnsureAllowance).
func (e *Escrow) Dispute(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	return e.transact(ctx, opts, fmt.Sprintf("dispute order %s", id), binding.PackDispute(id))
}

// DisputeBond returns the bond a buyer posts to dispute order id.
func (e *Escrow) DisputeBond(ctx context.Context, id *big.Int) (*big.Int, error) {
	o, err := e.Order(ctx, id)
	if err != nil {
		return nil, err
	}
	b := new(big.Int).Mul(o.Amount, big.NewInt(int64(o.DisputeBondBps)))
	return b.Div(b, big.NewInt(10_000)), nil
}

// Rule resolves a Disputed order (arbiter or admin): the buyer gets buyerBps
// of the amount, the experts the rest minus the fee, and fault's bonds are slashed.
func (e *Escrow) Rule(ctx context.Context, opts *bind.TransactOpts, id *big.Int, buyerBps uint16, fault Fault) (*types.Receipt, error) {
	if buyerBps > 10_000 {
		return nil, fmt.Errorf("escrow: rule: buyer share %d bps above 10000", buyerBps)
	}
	return e.transact(ctx, opts, fmt.Sprintf("rule order %s (%d bps to the buyer, fault %s)", id, buyerBps, fault), binding.PackRule(id, buyerBps, uint8(fault)))
}

// SettleTimeout applies the timeout exit that is due (anyone may call).
func (e *Escrow) SettleTimeout(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	return e.transact(ctx, opts, fmt.Sprintf("settle timeout of order %s", id), binding.PackSettleTimeout(id))
}

// Withdraw sends the signer everything credited to it in token.
func (e *Escrow) Withdraw(ctx context.Context, opts *bind.TransactOpts, token common.Address) (*big.Int, *types.Receipt, error) {
	r, err := e.transact(ctx, opts, "withdraw "+token.Hex(), binding.PackWithdraw(token))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if l.Address != e.addr {
			continue
		}
		if ev, err := binding.UnpackWithdrawnEvent(l); err == nil {
			return ev.Amount, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: Withdrawn", ErrNoEvent)
}

// GrantArbiter gives account the arbiter role (admin only).
func (e *Escrow) GrantArbiter(ctx context.Context, opts *bind.TransactOpts, account common.Address) (*types.Receipt, error) {
	role, err := call(ctx, e.b, e.addr, "ARBITER_ROLE", binding.PackARBITERROLE(), binding.UnpackARBITERROLE)
	if err != nil {
		return nil, err
	}
	return e.transact(ctx, opts, "grant arbiter to "+account.Hex(), binding.PackGrantRole(role, account))
}

// Order is an order as stored, with its id and a typed state.
type Order struct {
	escrowbind.ITripartiteEscrowOrder
	ID    *big.Int
	State State
}

// Order reads order id; an id never opened returns ErrNoOrder.
func (e *Escrow) Order(ctx context.Context, id *big.Int) (*Order, error) {
	o, err := call(ctx, e.b, e.addr, fmt.Sprintf("order %s", id), binding.PackOrder(id), binding.UnpackOrder)
	if err != nil {
		return nil, err
	}
	if State(o.State) == StateNone {
		return nil, fmt.Errorf("%w: %s (orders so far are numbered from 1)", ErrNoOrder, id)
	}
	return &Order{ITripartiteEscrowOrder: o, ID: id, State: State(o.State)}, nil
}

// Acceptances reads the experts of order id.
func (e *Escrow) Acceptances(ctx context.Context, id *big.Int) ([]Acceptance, error) {
	return call(ctx, e.b, e.addr, fmt.Sprintf("acceptances of order %s", id), binding.PackAcceptances(id), binding.UnpackAcceptances)
}

// Credit reads what account may withdraw in token.
func (e *Escrow) Credit(ctx context.Context, token, account common.Address) (*big.Int, error) {
	return call(ctx, e.b, e.addr, "credit", binding.PackCredit(token, account), binding.UnpackCredit)
}

// Owed reads the escrow's obligations in token (equal to its balance).
func (e *Escrow) Owed(ctx context.Context, token common.Address) (*big.Int, error) {
	return call(ctx, e.b, e.addr, "owed", binding.PackOwed(token), binding.UnpackOwed)
}

// Config reads the current configuration.
func (e *Escrow) Config(ctx context.Context) (Config, error) {
	return call(ctx, e.b, e.addr, "config", binding.PackConfig(), binding.UnpackConfig)
}

// OrderCount reads the number of orders (ids 1..count).
func (e *Escrow) OrderCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, e.b, e.addr, "orderCount", binding.PackOrderCount(), binding.UnpackOrderCount)
}

// TierCount reads the number of LAT tiers.
func (e *Escrow) TierCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, e.b, e.addr, "tierCount", binding.PackTierCount(), binding.UnpackTierCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// LatOf reads the LAT of tier.
func (e *Escrow) LatOf(ctx context.Context, tier uint8) (common.Address, error) {
	return call(ctx, e.b, e.addr, fmt.Sprintf("LAT of tier %d", tier), binding.PackLatOf(tier), binding.UnpackLatOf)
}

// Settlement reads the Settlement allowed to deliver evaluations.
func (e *Escrow) Settlement(ctx context.Context) (common.Address, error) {
	return call(ctx, e.b, e.addr, "settlement", binding.PackSettlement(), binding.UnpackSettlement)
}

// Treasury reads the treasury.
func (e *Escrow) Treasury(ctx context.Context) (common.Address, error) {
	return call(ctx, e.b, e.addr, "treasury", binding.PackTreasury(), binding.UnpackTreasury)
}

// Backend is what the client needs from a node.
type Backend = chain.Backend

func transactTo(ctx context.Context, b Backend, opts *bind.TransactOpts, to common.Address, data []byte) (*types.Receipt, error) {
	return chain.Transact(ctx, b, opts, to, data, ErrorABIs...)
}
