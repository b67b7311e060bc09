package gov

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/governor"
	"github.com/dip-market/dip/bindings/guildtoken"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/bindings/timelock"
	"github.com/dip-market/dip/internal/chain"
)

var (
	governorBinding = governor.NewGuildGovernor()
	tokenBinding    = guildtoken.NewGuildToken()
	timelockBinding = timelock.NewGuildTimelock()
	latBinding      = latbind.NewLiquidAccessToken()
)

// ErrEmptyProposal is returned for a proposal without calls.
var ErrEmptyProposal = errors.New("gov: a proposal needs at least one call")

// ProposalState is OpenZeppelin's IGovernor.ProposalState.
type ProposalState uint8

// Proposal states in OpenZeppelin's order.
const (
	Pending ProposalState = iota
	Active
	Canceled
	Defeated
	Succeeded
	Queued
	Expired
	Executed
)

func (s ProposalState) String() string {
	names := [...]string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Support is a vote's direction in simple counting.
type Support uint8

// Vote directions.
const (
	Against Support = iota
	For
	Abstain
)

// Proposal is a batch of calls the timelock executes when the vote passes.
type Proposal struct {
	Targets     []common.Address
	Values      []*big.Int
	Calldatas   [][]byte
	Description string
}

// NewProposal returns a proposal of one call without value.
func NewProposal(target common.Address, calldata []byte, description string) Proposal {
	return Proposal{Targets: []common.Address{target}, Values: []*big.Int{new(big.Int)}, Calldatas: [][]byte{calldata}, Description: description}
}

// DescriptionHash is keccak256 of the description, what queue and execute take.
func (p Proposal) DescriptionHash() common.Hash { return crypto.Keccak256Hash([]byte(p.Description)) }

func (p Proposal) values() []*big.Int {
	if len(p.Values) == len(p.Targets) {
		return p.Values
	}
	v := make([]*big.Int, len(p.Targets))
	for i := range v {
		v[i] = new(big.Int)
	}
	return v
}

var proposalArgs = abi.Arguments{
	{Type: mustType("address[]")}, {Type: mustType("uint256[]")}, {Type: mustType("bytes[]")}, {Type: mustType("bytes32")},
}

func mustType(t string) abi.Type {
	ty, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return ty
}

// ID is the proposal id the Governor assigns:
// uint256(keccak256(abi.encode(targets, values, calldatas, descriptionHash))).
func (p Proposal) ID() *big.Int {
	enc, err := proposalArgs.Pack(p.Targets, p.values(), p.Calldatas, [32]byte(p.DescriptionHash()))
	if err != nil {
		panic(fmt.Sprintf("gov: encode proposal: %v", err)) // static types: cannot fail
	}
	return new(big.Int).SetBytes(crypto.Keccak256(enc))
}

// Governor is a client for a guild's Governor.
type Governor struct {
	addr common.Address
	b    chain.Backend
}

// AttachGovernor returns a client for the governor at addr.
func AttachGovernor(addr common.Address, b chain.Backend) *Governor {
	return &Governor{addr: addr, b: b}
}

// Address returns the governor's address.
func (g *Governor) Address() common.Address { return g.addr }

// Propose submits p and returns its id.
func (g *Governor) Propose(ctx context.Context, opts *bind.TransactOpts, p Proposal) (*big.Int, *types.Receipt, error) {
	if len(p.Targets) == 0 {
		return nil, nil, ErrEmptyProposal
	}
	r, err := g.transact(ctx, opts, governorBinding.PackPropose(p.Targets, p.values(), p.Calldatas, p.Description))
	if err != nil {
		return nil, r, fmt.Errorf("gov: propose %q: %w", p.Description, err)
	}
	return p.ID(), r, nil
}

// CastVote votes on proposal id with the signer's weight at the snapshot.
func (g *Governor) CastVote(ctx context.Context, opts *bind.TransactOpts, id *big.Int, support Support) (*types.Receipt, error) {
	r, err := g.transact(ctx, opts, governorBinding.PackCastVote(id, uint8(support)))
	if err != nil {
		return r, fmt.Errorf("gov: vote on %s: %w", id, err)
	}
	return r, nil
}

// Queue schedules a succeeded proposal in the timelock.
func (g *Governor) Queue(ctx context.Context, opts *bind.TransactOpts, p Proposal) (*types.Receipt, error) {
	r, err := g.transact(ctx, opts, governorBinding.PackQueue(p.Targets, p.values(), p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return r, fmt.Errorf("gov: queue %q: %w", p.Description, err)
	}
	return r, nil
}

// Execute runs a queued proposal whose timelock delay has passed.
func (g *Governor) Execute(ctx context.Context, opts *bind.TransactOpts, p Proposal) (*types.Receipt, error) {
	r, err := g.transact(ctx, opts, governorBinding.PackExecute(p.Targets, p.values(), p.Calldatas, p.DescriptionHash()))
	if err != nil {
		return r, fmt.Errorf("gov: execute %q: %w", p.Description, err)
	}
	return r, nil
}

// State reads proposal id's state.
func (g *Governor) State(ctx context.Context, id *big.Int) (ProposalState, error) {
	s, err := call(ctx, g.b, g.addr, governorBinding.PackState(id), governorBinding.UnpackState)
	return ProposalState(s), err
}

// Snapshot is the block whose voting weights count for proposal id.
func (g *Governor) Snapshot(ctx context.Context, id *big.Int) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackProposalSnapshot(id), governorBinding.UnpackProposalSnapshot)
}

// Deadline is the last block of voting on proposal id.
func (g *Governor) Deadline(ctx context.Context, id *big.Int) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackProposalDeadline(id), governorBinding.UnpackProposalDeadline)
}

// Eta is the timestamp from which a queued proposal can execute (0 if not queued).
func (g *Governor) Eta(ctx context.Context, id *big.Int) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackProposalEta(id), governorBinding.UnpackProposalEta)
}

// Tally is a proposal's vote count.
type Tally struct{ Against, For, Abstain *big.Int }

// Votes reads proposal id's tally.
func (g *Governor) Votes(ctx context.Context, id *big.Int) (Tally, error) {
	v, err := call(ctx, g.b, g.addr, governorBinding.PackProposalVotes(id), governorBinding.UnpackProposalVotes)
	return Tally{Against: v.AgainstVotes, For: v.ForVotes, Abstain: v.AbstainVotes}, err
}

// Quorum is the votes needed at block (a fraction of the token supply then).
func (g *Governor) Quorum(ctx context.Context, block *big.Int) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackQuorum(block), governorBinding.UnpackQuorum)
}

// Timelock returns the governor's timelock.
func (g *Governor) Timelock(ctx context.Context) (common.Address, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackTimelock(), governorBinding.UnpackTimelock)
}

// TimelockDelay reads the timelock's minimum delay in seconds.
func (g *Governor) TimelockDelay(ctx context.Context) (*big.Int, error) {
	tl, err := g.Timelock(ctx)
	if err != nil {
		return nil, err
	}
	return call(ctx, g.b, tl, timelockBinding.PackGetMinDelay(), timelockBinding.UnpackGetMinDelay)
}

// VotingDelay and VotingPeriod read the governor's settings in blocks.
func (g *Governor) VotingDelay(ctx context.Context) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackVotingDelay(), governorBinding.UnpackVotingDelay)
}

// VotingPeriod reads the number of blocks a vote lasts.
func (g *Governor) VotingPeriod(ctx context.Context) (*big.Int, error) {
	return call(ctx, g.b, g.addr, governorBinding.PackVotingPeriod(), governorBinding.UnpackVotingPeriod)
}

func (g *Governor) transact(ctx context.Context, opts *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	return chain.Transact(ctx, g.b, opts, g.addr, data, acip.ErrorABIs()...)
}

// Token is a client for a guild's governance token (ERC20Votes, 36 decimals).
type Token struct {
	addr common.Address
	b    chain.Backend
}

// AttachToken returns a client for the guild token at addr.
func AttachToken(addr common.Address, b chain.Backend) *Token { return &Token{addr: addr, b: b} }

// Address returns the token's address.
func (t *Token) Address() common.Address { return t.addr }

// Delegate gives the signer's voting weight to delegatee (itself to vote).
func (t *Token) Delegate(ctx context.Context, opts *bind.TransactOpts, delegatee common.Address) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, t.b, opts, t.addr, tokenBinding.PackDelegate(delegatee), acip.ErrorABIs()...)
	if err != nil {
		return r, fmt.Errorf("gov: delegate to %s: %w", delegatee.Hex(), err)
	}
	return r, nil
}

// Delegates returns whom account delegates to (zero: nobody, its balance does not vote).
func (t *Token) Delegates(ctx context.Context, account common.Address) (common.Address, error) {
	return call(ctx, t.b, t.addr, tokenBinding.PackDelegates(account), tokenBinding.UnpackDelegates)
}

// Votes returns account's current voting weight.
func (t *Token) Votes(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, t.b, t.addr, tokenBinding.PackGetVotes(account), tokenBinding.UnpackGetVotes)
}

// BalanceOf returns account's balance in token units.
func (t *Token) BalanceOf(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, t.b, t.addr, tokenBinding.PackBalanceOf(account), tokenBinding.UnpackBalanceOf)
}

// TotalSupply returns the token's total supply.
func (t *Token) TotalSupply(ctx context.Context) (*big.Int, error) {
	return call(ctx, t.b, t.addr, tokenBinding.PackTotalSupply(), tokenBinding.UnpackTotalSupply)
}
