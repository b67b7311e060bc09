package settlement

import (
	"fmt"
	"math/big"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/merkle"
)

// Fault is why a claim was rejected (ISettlement.Fault).
type Fault uint8

// Faults, in the contract's order.
const (
	FaultBadProposalSignature Fault = iota
	FaultBadBallotSignature
	FaultBadLength
	FaultOverBudget
	FaultIndexOutOfRange
	FaultBadFirstSum
	FaultBadFinalSum
	FaultBadStep
	FaultVoterOrder
	FaultDuplicateIndex
	FaultUnansweredRequest
	FaultUnansweredSample
	FaultSeedExpired
	// FaultBadOutcome: an opened batch session's tally is malformed or
	// does not give the header's ballot count and outcome.
	FaultBadOutcome
)

var faultNames = [...]string{
	"BadProposalSignature", "BadBallotSignature", "BadLength", "OverBudget", "IndexOutOfRange",
	"BadFirstSum", "BadFinalSum", "BadStep", "VoterOrder", "DuplicateIndex", "UnansweredRequest",
	"UnansweredSample", "SeedExpired", "BadOutcome",
}

// String returns the contract's name of the fault.
func (f Fault) String() string {
	if int(f) < len(faultNames) {
		return faultNames[f]
	}
	return fmt.Sprintf("Fault(%d)", uint8(f))
}

// Evidence says which challenge proves a fault in a deliberation claim.
type Evidence int

// Kinds of evidence.
const (
	// EvidenceProposal: ChallengeProposal(Proposal).
	EvidenceProposal Evidence = iota + 1
	// EvidenceBallot: ChallengeBallot with Leaves[A].
	EvidenceBallot
	// EvidenceStep: ChallengeStep with Leaves[A] (prev) and Leaves[B] (cur).
	EvidenceStep
	// EvidenceDuplicate: ChallengeDuplicate with Leaves[A] and Leaves[B].
	EvidenceDuplicate
	// EvidenceMissing: no leaf carries index Index; only RequestLeaf can force it out.
	EvidenceMissing
)

// Finding is a fault Audit found and the evidence that proves it.
type Finding struct {
	Evidence Evidence
	// Fault is what the contract will report (undefined for EvidenceMissing).
	Fault    Fault
	Proposal uint32
	// A and B are positions in Deliberation.Leaves (and the tree).
	A, B int
	// Index is the missing index for EvidenceMissing.
	Index uint32
}

func (f *Finding) String() string {
	switch f.Evidence {
	case EvidenceProposal:
		return fmt.Sprintf("%s: proposal %d", f.Fault, f.Proposal)
	case EvidenceBallot:
		return fmt.Sprintf("%s: leaf at position %d", f.Fault, f.A)
	case EvidenceStep:
		return fmt.Sprintf("%s: leaves at positions %d and %d", f.Fault, f.A, f.B)
	case EvidenceDuplicate:
		return fmt.Sprintf("%s: leaves at positions %d and %d share an index", f.Fault, f.A, f.B)
	case EvidenceMissing:
		return fmt.Sprintf("no leaf with index %d (request it)", f.Index)
	}
	return "unknown finding"
}

// Audit recounts a deliberation claim in Go exactly as the contract's fraud
// proofs would judge it, and returns the first provable fault, or nil when no
// challenge can succeed. s names the session (the claim's target, subject and
// domain; Round, Credits and Nonce are taken from the tally); d holds the
// leaves as published, in tree order.
func Audit(s Session, d *Deliberation) *Finding {
	t := d.Tally
	s.Nonce, s.Round, s.Credits = t.SessionNonce, t.Round, t.Credits
	session := s.ID()
	for j, pr := range t.Proposals {
		m := &dipmsg.Proposal{Session: session, Round: t.Round, Author: pr.Author, ContentHash: pr.ContentHash}
		got, err := dipmsg.Signature{R: pr.R, S: pr.S, V: pr.V}.Recover(s.Domain.Digest(m))
		if err != nil || got != pr.Author {
			return &Finding{Evidence: EvidenceProposal, Fault: FaultBadProposalSignature, Proposal: uint32(j)}
		}
	}
	n := len(t.Sums)
	byIndex := map[uint32]int{}
	for k := range d.Leaves {
		l := &d.Leaves[k]
		if prev, dup := byIndex[l.Index]; dup {
			return &Finding{Evidence: EvidenceDuplicate, Fault: FaultDuplicateIndex, A: prev, B: k}
		}
		byIndex[l.Index] = k
		if f := ballotFault(s, t, l, session, n); f != nil {
			f.A = k
			return f
		}
	}
	for i := uint32(1); i < t.BallotCount; i++ {
		a, okA := byIndex[i-1]
		b, okB := byIndex[i]
		if !okA {
			return &Finding{Evidence: EvidenceMissing, Index: i - 1}
		}
		if !okB {
			return &Finding{Evidence: EvidenceMissing, Index: i}
		}
		if f, ok := stepFault(n, &d.Leaves[a], &d.Leaves[b]); ok {
			return &Finding{Evidence: EvidenceStep, Fault: f, A: a, B: b}
		}
	}
	if t.BallotCount > 0 {
		if _, ok := byIndex[0]; !ok {
			return &Finding{Evidence: EvidenceMissing, Index: 0}
		}
	}
	return nil
}

func ballotFault(s Session, t *Tally, l *merkle.BallotLeaf, session [32]byte, n int) *Finding {
	bad := func(f Fault) *Finding { return &Finding{Evidence: EvidenceBallot, Fault: f} }
	if l.Index >= t.BallotCount {
		return bad(FaultIndexOutOfRange)
	}
	if len(l.Votes) != n || len(l.Cumulative) != n {
		return bad(FaultBadLength)
	}
	m := &dipmsg.Ballot{Session: session, Round: t.Round, Voter: l.Voter, Votes: l.Votes}
	got, err := dipmsg.Signature{R: l.R, S: l.S, V: l.V}.Recover(s.Domain.Digest(m))
	if err != nil || got != l.Voter {
		return bad(FaultBadBallotSignature)
	}
	if m.Squares().Cmp(new(big.Int).SetUint64(t.Credits)) > 0 {
		return bad(FaultOverBudget)
	}
	if l.Index == 0 {
		for j, v := range l.Votes {
			if l.Cumulative[j].Cmp(big.NewInt(v)) != 0 {
				return bad(FaultBadFirstSum)
			}
		}
	}
	if l.Index == t.BallotCount-1 {
		for j := range l.Cumulative {
			if l.Cumulative[j].Cmp(t.Sums[j]) != 0 {
				return bad(FaultBadFinalSum)
			}
		}
	}
	return nil
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

func stepFault(n int, prev, cur *merkle.BallotLeaf) (Fault, bool) {
	if new(big.Int).SetBytes(cur.Voter[:]).Cmp(new(big.Int).SetBytes(prev.Voter[:])) <= 0 {
		return FaultVoterOrder, true
	}
	if len(prev.Votes) != n || len(prev.Cumulative) != n || len(cur.Votes) != n || len(cur.Cumulative) != n {
		return FaultBadLength, true
	}
	for j := 0; j < n; j++ {
		// Modulo 2^256, as the contract's unchecked addition.
		want := new(big.Int).Add(prev.Cumulative[j], big.NewInt(cur.Votes[j]))
		diff := new(big.Int).Sub(want, cur.Cumulative[j])
		if diff.Mod(diff, two256).Sign() != 0 {
			return FaultBadStep, true
		}
	}
	return 0, false
}
