package settlement

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/merkle"
)

var (
	// ErrBadProposal is returned when a proposal is not signed by its author
	// under the session, or belongs to another session or round.
	ErrBadProposal = errors.New("settlement: bad proposal")
	// ErrBadBallot is returned when a ballot is not signed by its voter, belongs
	// to another session or round, or has the wrong number of votes.
	ErrBadBallot = errors.New("settlement: bad ballot")
	// ErrOverBudget is returned when a ballot spends more than the session's credits.
	ErrOverBudget = errors.New("settlement: ballot over the quadratic budget")
	// ErrDuplicateVoter is returned when two ballots come from one voter.
	ErrDuplicateVoter = errors.New("settlement: two ballots from one voter")
)

// Session identifies a deliberation round and its rules.
type Session struct {
	// Domain is the guild Settlement's EIP-712 domain.
	Domain dipmsg.Domain
	// Target is the receiver of the outcome (e.g. the guild's escrow), SubjectID
	// what it is about (e.g. an order id), Nonce distinguishes reruns.
	Target    common.Address
	SubjectID *big.Int
	Nonce     *big.Int
	Round     uint32
	// Credits is each voter's quadratic budget: sum(votes[j]^2) <= Credits.
	Credits uint64
}

// ID returns the session id the messages are signed over.
func (s Session) ID() common.Hash { return dipmsg.SessionID(s.Target, s.SubjectID, s.nonce()) }

func (s Session) nonce() *big.Int {
	if s.Nonce == nil {
		return new(big.Int)
	}
	return s.Nonce
}

// Deliberation is everything a relayer posts and keeps for one round: the
// tally, the ballot leaves in order, their tree, and the encoded result.
type Deliberation struct {
	Tally  *Tally
	Leaves []merkle.BallotLeaf
	// Tree is nil when there is no ballot; Root is then zero.
	Tree   *merkle.Tree
	Root   common.Hash
	Result []byte
}

// Build verifies every proposal and ballot of a round the way a fraud proof
// would (signatures, session and round, lengths, budgets, one ballot per
// voter), orders the ballots by ascending voter, computes the running sums and
// the tally (winner the lowest index among the largest sums), and builds the
// tree and the result. The proposals' order is the column order of the votes.
func Build(s Session, proposals []dipmsg.SignedProposal, ballots []dipmsg.SignedBallot) (*Deliberation, error) {
	p := len(proposals)
	if p == 0 || p > MaxProposals {
		return nil, fmt.Errorf("%w: %d proposals, want 1..%d", ErrBadResult, p, MaxProposals)
	}
	session := s.ID()
	records := make([]ProposalRecord, p)
	for j, sp := range proposals {
		m := sp.Message
		if m.Session != session || m.Round != s.Round {
			return nil, fmt.Errorf("%w: proposal %d is for session %s round %d, want %s round %d", ErrBadProposal, j, m.Session.Hex(), m.Round, session.Hex(), s.Round)
		}
		if err := sp.Verify(s.Domain); err != nil {
			return nil, fmt.Errorf("%w: proposal %d by %s: %w", ErrBadProposal, j, m.Author.Hex(), err)
		}
		records[j] = ProposalRecord{Author: m.Author, ContentHash: m.ContentHash, R: sp.Sig.R, S: sp.Sig.S, V: sp.Sig.V}
	}
	sorted := append([]dipmsg.SignedBallot(nil), ballots...)
	sort.Slice(sorted, func(a, b int) bool {
		return bytes.Compare(sorted[a].Message.Voter[:], sorted[b].Message.Voter[:]) < 0
	})
	credits := new(big.Int).SetUint64(s.Credits)
	for i, sb := range sorted {
		m := sb.Message
		if i > 0 && sorted[i-1].Message.Voter == m.Voter {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateVoter, m.Voter.Hex())
		}
		if m.Session != session || m.Round != s.Round {
			return nil, fmt.Errorf("%w: ballot of %s is for session %s round %d, want %s round %d", ErrBadBallot, m.Voter.Hex(), m.Session.Hex(), m.Round, session.Hex(), s.Round)
		}
		if len(m.Votes) != p {
			return nil, fmt.Errorf("%w: ballot of %s has %d votes for %d proposals", ErrBadBallot, m.Voter.Hex(), len(m.Votes), p)
		}
		if err := sb.Verify(s.Domain); err != nil {
			return nil, fmt.Errorf("%w: ballot of %s: %w", ErrBadBallot, m.Voter.Hex(), err)
		}
		if sq := m.Squares(); sq.Cmp(credits) > 0 {
			return nil, fmt.Errorf("%w: %s spends %s of %d credits", ErrOverBudget, m.Voter.Hex(), sq, s.Credits)
		}
	}
	if uint64(len(sorted)) > uint64(^uint32(0)) {
		return nil, fmt.Errorf("%w: %d ballots do not fit uint32", ErrBadResult, len(sorted))
	}
	leaves := make([]merkle.BallotLeaf, len(sorted))
	running := make([]*big.Int, p)
	for j := range running {
		running[j] = new(big.Int)
	}
	for i, sb := range sorted {
		cum := make([]*big.Int, p)
		for j, v := range sb.Message.Votes {
			running[j].Add(running[j], big.NewInt(v))
			cum[j] = new(big.Int).Set(running[j])
		}
		leaves[i] = merkle.BallotLeaf{
			Index: uint32(i), Voter: sb.Message.Voter, Votes: append([]int64(nil), sb.Message.Votes...),
			Cumulative: cum, R: sb.Sig.R, S: sb.Sig.S, V: sb.Sig.V,
		}
	}
	t := &Tally{
		SessionNonce: new(big.Int).Set(s.nonce()), Round: s.Round, BallotCount: uint32(len(leaves)),
		Credits: s.Credits, Proposals: records, Sums: running, Winner: Argmax(running),
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	return Assemble(t, leaves)
}

// Assemble builds the tree and the result from a tally and its leaves as
// given, without checking them: challengers rebuild what a relayer revealed
// with it, and tests assemble wrong claims with it. Leaf hashes fail only for
// running sums outside int256.
func Assemble(t *Tally, leaves []merkle.BallotLeaf) (*Deliberation, error) {
	result, err := t.encodeUnchecked()
	if err != nil {
		return nil, err
	}
	d := &Deliberation{Tally: t, Leaves: leaves, Result: result}
	if len(leaves) == 0 {
		return d, nil
	}
	hashes := make([]common.Hash, len(leaves))
	for i := range leaves {
		if hashes[i], err = leaves[i].Hash(); err != nil {
			return nil, err
		}
	}
	if d.Tree, err = merkle.New(hashes); err != nil {
		return nil, err
	}
	d.Root = d.Tree.Root()
	return d, nil
}

// Proof returns the Merkle proof of the leaf at position i of Leaves.
func (d *Deliberation) Proof(i int) ([]common.Hash, error) {
	if d.Tree == nil {
		return nil, fmt.Errorf("%w: the deliberation has no ballot", merkle.ErrIndex)
	}
	return d.Tree.Proof(i)
}

// Outcome returns the winners and conviction the target will receive.
func (d *Deliberation) Outcome() ([]common.Address, *big.Int) { return d.Tally.Outcome() }
