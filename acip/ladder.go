package acip

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/chain"
)

var (
	// ErrNoCompetitionEvent is returned when an openCompetition receipt lacks its CompetitionOpened event.
	ErrNoCompetitionEvent = errors.New("acip: openCompetition receipt has no CompetitionOpened event")
	// ErrInsufficientBalance is returned when an entrant holds less payment token than the entry fee.
	ErrInsufficientBalance = errors.New("acip: payment token balance below the entry fee")
)

// CompetitionState is a competition's lifecycle state.
type CompetitionState uint8

// Competition states, as in ICapabilityLadder.CompetitionState.
const (
	StateNone CompetitionState = iota
	StateOpen
	StateResolved
	StateClosed
)

func (s CompetitionState) String() string {
	switch s {
	case StateNone:
		return "none"
	case StateOpen:
		return "open"
	case StateResolved:
		return "resolved"
	case StateClosed:
		return "closed"
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Phase is where an open competition stands at a given time.
type Phase int

// Phases of an open competition; PhaseOver means it is resolved or closed.
const (
	PhaseCommit Phase = iota
	PhaseReveal
	PhaseResolve
	PhaseExpired
	PhaseOver
)

func (p Phase) String() string {
	return [...]string{"commit", "reveal", "resolve", "expired (close and refund)", "over"}[p]
}

// Competition is one competition of a ladder.
type Competition struct {
	ID              *big.Int
	Rank            uint8
	State           CompetitionState
	Window          uint64
	CommitDeadline  uint64
	RevealDeadline  uint64
	ResolveDeadline uint64
	Entrants        uint32
	Revealed        uint32
	Fee             *big.Int
	Pot             *big.Int
}

// PhaseAt returns the competition's phase at timestamp now (deadlines are inclusive).
func (c Competition) PhaseAt(now uint64) Phase {
	switch {
	case c.State != StateOpen:
		return PhaseOver
	case now <= c.CommitDeadline:
		return PhaseCommit
	case now <= c.RevealDeadline:
		return PhaseReveal
	case now <= c.ResolveDeadline:
		return PhaseResolve
	}
	return PhaseExpired
}

// EntryStatus is an entry's lifecycle state.
type EntryStatus uint8

// Entry states, as in ICapabilityLadder.EntryStatus.
const (
	EntryNone EntryStatus = iota
	EntryCommitted
	EntryRevealed
	EntryRefunded
)

func (s EntryStatus) String() string {
	switch s {
	case EntryNone:
		return "none"
	case EntryCommitted:
		return "committed"
	case EntryRevealed:
		return "revealed"
	case EntryRefunded:
		return "refunded"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Entry is one account's entry in a competition.
type Entry struct {
	Status     EntryStatus
	Won        bool
	Commitment common.Hash
	Payload    common.Hash
}

// Resolution is what the resolver's report did.
type Resolution struct {
	ID         *big.Int
	Winners    []common.Address
	Score      *big.Int
	ToTreasury *big.Int
	Burned     *big.Int
	// Promoted lists the winners that moved up a rank (and received one LAT).
	Promoted []common.Address
}

// Ladder is a client for a guild's CapabilityLadder.
type Ladder struct {
	addr common.Address
	b    chain.Backend
}

// AttachLadder returns a client for the ladder at addr.
func AttachLadder(addr common.Address, b chain.Backend) *Ladder { return &Ladder{addr: addr, b: b} }

// Address returns the ladder's address.
func (l *Ladder) Address() common.Address { return l.addr }

// Params reads the ladder's current parameters.
func (l *Ladder) Params(ctx context.Context) (LadderParams, error) {
	p, err := call(ctx, l.b, l.addr, ladderBinding.PackParams(), ladderBinding.UnpackParams)
	if err != nil {
		return LadderParams{}, err
	}
	return LadderParams{
		PaymentToken: p.PaymentToken, Treasury: p.Treasury, Base: p.Base, K: p.K,
		T0: p.T0, TMin: p.TMin, TMax: p.TMax, RevealPeriod: p.RevealPeriod, ResolutionPeriod: p.ResolutionPeriod,
		BurnBps: p.BurnBps, RankMax: p.RankMax,
	}, nil
}

// EntryCost is the ladder's entryCost(rank, window).
func (l *Ladder) EntryCost(ctx context.Context, rank uint8, window uint64) (*big.Int, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackEntryCost(rank, window), ladderBinding.UnpackEntryCost)
}

// SybilCost is the ladder's sybilCost(rank).
func (l *Ladder) SybilCost(ctx context.Context, rank uint8) (*big.Int, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackSybilCost(rank), ladderBinding.UnpackSybilCost)
}

// RankOf returns account's rank.
func (l *Ladder) RankOf(ctx context.Context, account common.Address) (uint8, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackRankOf(account), ladderBinding.UnpackRankOf)
}

// LatOf returns the LAT of tier.
func (l *Ladder) LatOf(ctx context.Context, tier uint8) (common.Address, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackLatOf(tier), ladderBinding.UnpackLatOf)
}

// CompetitionCount returns the number of competitions opened (also the last id).
func (l *Ladder) CompetitionCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackCompetitionCount(), ladderBinding.UnpackCompetitionCount)
}

// Competition reads competition id; an unknown id is a decoded Ladder_UnknownCompetition.
func (l *Ladder) Competition(ctx context.Context, id *big.Int) (Competition, error) {
	c, err := call(ctx, l.b, l.addr, ladderBinding.PackCompetition(id), ladderBinding.UnpackCompetition)
	if err != nil {
		return Competition{}, err
	}
	return Competition{
		ID: new(big.Int).Set(id), Rank: c.Rank, State: CompetitionState(c.State), Window: c.Window,
		CommitDeadline: c.CommitDeadline, RevealDeadline: c.RevealDeadline, ResolveDeadline: c.ResolveDeadline,
		Entrants: c.Entrants, Revealed: c.Revealed, Fee: c.Fee, Pot: c.Pot,
	}, nil
}

// EntryOf reads account's entry in competition id.
func (l *Ladder) EntryOf(ctx context.Context, id *big.Int, account common.Address) (Entry, error) {
	e, err := call(ctx, l.b, l.addr, ladderBinding.PackEntryOf(id, account), ladderBinding.UnpackEntryOf)
	if err != nil {
		return Entry{}, err
	}
	return Entry{Status: EntryStatus(e.Status), Won: e.Won, Commitment: e.Commitment, Payload: e.Payload}, nil
}

// IsResolver reports whether account holds the ladder's RESOLVER_ROLE.
func (l *Ladder) IsResolver(ctx context.Context, account common.Address) (bool, error) {
	return call(ctx, l.b, l.addr, ladderBinding.PackHasRole(ResolverRole, account), ladderBinding.UnpackHasRole)
}

// ResolverRole and GovernanceRole are the ladder's role ids.
var (
	ResolverRole   = crypto.Keccak256Hash([]byte("RESOLVER_ROLE"))
	GovernanceRole = crypto.Keccak256Hash([]byte("GOVERNANCE_ROLE"))
)

var commitmentArgs = abi.Arguments{
	{Type: mustType("address")}, {Type: mustType("uint256")}, {Type: mustType("bytes32")},
	{Type: mustType("bytes32")}, {Type: mustType("address")}, {Type: mustType("uint256")},
}

var outcomeArgs = abi.Arguments{{Type: mustType("address[]")}, {Type: mustType("int256")}}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

// Commitment computes what an entrant commits to, as the ladder's commitmentOf:
// keccak256(abi.encode(entrant, id, salt, payload, ladder, chainID)).
func Commitment(entrant common.Address, id *big.Int, salt, payload common.Hash, ladder common.Address, chainID *big.Int) common.Hash {
	enc, err := commitmentArgs.Pack(entrant, id, [32]byte(salt), [32]byte(payload), ladder, chainID)
	if err != nil {
		panic(fmt.Sprintf("acip: encode commitment: %v", err)) // static types: cannot fail for valid inputs
	}
	return crypto.Keccak256Hash(enc)
}

// CommitmentOf asks the ladder for the commitment of (entrant, id, salt, payload).
func (l *Ladder) CommitmentOf(ctx context.Context, entrant common.Address, id *big.Int, salt, payload common.Hash) (common.Hash, error) {
	h, err := call(ctx, l.b, l.addr, ladderBinding.PackCommitmentOf(entrant, id, salt, payload), ladderBinding.UnpackCommitmentOf)
	return common.Hash(h), err
}

// NewSalt returns 32 random bytes to hide a committed payload. Keep it: the
// reveal needs it.
func NewSalt() (common.Hash, error) {
	var s common.Hash
	if _, err := rand.Read(s[:]); err != nil {
		return s, fmt.Errorf("acip: read random salt: %w", err)
	}
	return s, nil
}

// OpenCompetition opens a competition for rank with the given window (seconds).
func (l *Ladder) OpenCompetition(ctx context.Context, opts *bind.TransactOpts, rank uint8, window uint64) (Competition, *types.Receipt, error) {
	r, err := l.transact(ctx, opts, ladderBinding.PackOpenCompetition(rank, window))
	if err != nil {
		return Competition{}, r, fmt.Errorf("acip: open competition for rank %d, window %ds: %w", rank, window, err)
	}
	for _, lg := range r.Logs {
		if lg.Address != l.addr {
			continue
		}
		if ev, err := ladderBinding.UnpackCompetitionOpenedEvent(lg); err == nil {
			return Competition{
				ID: ev.Id, Rank: ev.Rank, State: StateOpen, Window: ev.Window, Fee: ev.Fee, Pot: new(big.Int),
				CommitDeadline: ev.CommitDeadline, RevealDeadline: ev.RevealDeadline, ResolveDeadline: ev.ResolveDeadline,
			}, r, nil
		}
	}
	return Competition{}, r, ErrNoCompetitionEvent
}

// Enter commits the signer to payload in competition id: it asks the ladder
// for the commitment, approves the entry fee to the ladder when the current
// allowance is short, and commits. The receipts are the approval (if any) and
// the commit. Keep salt and payload for Reveal.
func (l *Ladder) Enter(ctx context.Context, opts *bind.TransactOpts, id *big.Int, salt, payload common.Hash) (common.Hash, []*types.Receipt, error) {
	c, err := l.Competition(ctx, id)
	if err != nil {
		return common.Hash{}, nil, err
	}
	params, err := l.Params(ctx)
	if err != nil {
		return common.Hash{}, nil, err
	}
	commitment, err := l.CommitmentOf(ctx, opts.From, id, salt, payload)
	if err != nil {
		return common.Hash{}, nil, err
	}
	var receipts []*types.Receipt
	if c.Fee.Sign() > 0 {
		token := params.PaymentToken
		bal, err := call(ctx, l.b, token, erc20Binding.PackBalanceOf(opts.From), erc20Binding.UnpackBalanceOf)
		if err != nil {
			return commitment, nil, err
		}
		if bal.Cmp(c.Fee) < 0 {
			return commitment, nil, fmt.Errorf("%w: %s holds %s of token %s, the fee is %s", ErrInsufficientBalance, opts.From.Hex(), bal, token.Hex(), c.Fee)
		}
		allowance, err := call(ctx, l.b, token, erc20Binding.PackAllowance(opts.From, l.addr), erc20Binding.UnpackAllowance)
		if err != nil {
			return commitment, nil, err
		}
		if allowance.Cmp(c.Fee) < 0 {
			r, err := chain.Transact(ctx, l.b, opts, token, erc20Binding.PackApprove(l.addr, c.Fee), ErrorABIs()...)
			if err != nil {
				return commitment, nil, fmt.Errorf("acip: approve the entry fee: %w", err)
			}
			receipts = append(receipts, r)
		}
	}
	r, err := l.Commit(ctx, opts, id, commitment)
	if r != nil {
		receipts = append(receipts, r)
	}
	return commitment, receipts, err
}

// Commit enters competition id with a precomputed commitment (the fee must be approved).
func (l *Ladder) Commit(ctx context.Context, opts *bind.TransactOpts, id *big.Int, commitment common.Hash) (*types.Receipt, error) {
	r, err := l.transact(ctx, opts, ladderBinding.PackCommit(id, commitment))
	if err != nil {
		return r, fmt.Errorf("acip: commit to competition %s: %w", id, err)
	}
	return r, nil
}

// Reveal opens the signer's commitment in competition id.
func (l *Ladder) Reveal(ctx context.Context, opts *bind.TransactOpts, id *big.Int, salt, payload common.Hash) (*types.Receipt, error) {
	r, err := l.transact(ctx, opts, ladderBinding.PackReveal(id, salt, payload))
	if err != nil {
		return r, fmt.Errorf("acip: reveal in competition %s: %w", id, err)
	}
	return r, nil
}

// EncodeOutcome encodes a resolver's report: abi.encode(address[] winners, int256 score).
func EncodeOutcome(winners []common.Address, score *big.Int) ([]byte, error) {
	if score == nil {
		score = new(big.Int)
	}
	return outcomeArgs.Pack(winners, score)
}

// Resolve reports the winners of competition id as the ladder's resolver
// (RESOLVER_ROLE): the guild's Settlement in production, a designated account
// in tests and demos. Winners still at the competition's rank are promoted and
// receive one LAT of the next tier.
func (l *Ladder) Resolve(ctx context.Context, opts *bind.TransactOpts, id *big.Int, winners []common.Address, score *big.Int) (*Resolution, *types.Receipt, error) {
	outcome, err := EncodeOutcome(winners, score)
	if err != nil {
		return nil, nil, fmt.Errorf("acip: encode outcome: %w", err)
	}
	r, err := l.transact(ctx, opts, ladderBinding.PackOnClaimFinalized(id, outcome))
	if err != nil {
		return nil, r, fmt.Errorf("acip: resolve competition %s: %w", id, err)
	}
	res := &Resolution{ID: id}
	for _, lg := range r.Logs {
		if lg.Address != l.addr {
			continue
		}
		if ev, err := ladderBinding.UnpackCompetitionResolvedEvent(lg); err == nil {
			res.Winners, res.Score, res.ToTreasury, res.Burned = ev.Winners, ev.Score, ev.ToTreasury, ev.Burned
		}
		if ev, err := ladderBinding.UnpackPromotedEvent(lg); err == nil {
			res.Promoted = append(res.Promoted, ev.Account)
		}
	}
	return res, r, nil
}

// Close closes competition id after its resolution deadline passed unresolved.
func (l *Ladder) Close(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*types.Receipt, error) {
	r, err := l.transact(ctx, opts, ladderBinding.PackClose(id))
	if err != nil {
		return r, fmt.Errorf("acip: close competition %s: %w", id, err)
	}
	return r, nil
}

// Refund pays entrant's fee back from closed competition id.
func (l *Ladder) Refund(ctx context.Context, opts *bind.TransactOpts, id *big.Int, entrant common.Address) (*types.Receipt, error) {
	r, err := l.transact(ctx, opts, ladderBinding.PackRefund(id, entrant))
	if err != nil {
		return r, fmt.Errorf("acip: refund %s in competition %s: %w", entrant.Hex(), id, err)
	}
	return r, nil
}

// Send sends calldata built by one of the *Call functions (a parameter setter)
// directly, for a signer holding GOVERNANCE_ROLE; guilds made by the factory
// give that role to the timelock only, so there the call goes through a proposal.
func (l *Ladder) Send(ctx context.Context, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return l.transact(ctx, opts, data)
}

// SetCostParamsCall is the calldata of setCostParams(base, k, t0), for proposals.
func SetCostParamsCall(base, k *big.Int, t0 uint64) []byte {
	return ladderBinding.PackSetCostParams(base, k, t0)
}

// SetWindowBoundsCall is the calldata of setWindowBounds(tMin, tMax).
func SetWindowBoundsCall(tMin, tMax uint64) []byte {
	return ladderBinding.PackSetWindowBounds(tMin, tMax)
}

// SetPhasePeriodsCall is the calldata of setPhasePeriods(reveal, resolution).
func SetPhasePeriodsCall(reveal, resolution uint64) []byte {
	return ladderBinding.PackSetPhasePeriods(reveal, resolution)
}

// SetBurnBpsCall is the calldata of setBurnBps(bps).
func SetBurnBpsCall(bps uint16) []byte { return ladderBinding.PackSetBurnBps(bps) }

// SetTreasuryCall is the calldata of setTreasury(treasury).
func SetTreasuryCall(treasury common.Address) []byte { return ladderBinding.PackSetTreasury(treasury) }

func (l *Ladder) transact(ctx context.Context, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return chain.Transact(ctx, l.b, opts, l.addr, data, ErrorABIs()...)
}
