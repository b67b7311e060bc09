// Package dipmsg provides the EIP-712 typed messages DIP participants sign
// off chain (Ballot, Proposal, Evaluation, PowBatch): their struct hashes and
// digests under a guild Settlement's domain, signing with a private key or any
// signer of typed-data hashes, recovering and verifying signatures exactly as
// the Settlement contract does, and a strict JSON form for ingest.
//
// The bit-exact reference is docs/settlement.md; docs/messages.md documents the
// JSON form.
package dipmsg

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain name and version of the Settlement's EIP-712 domain.
const (
	DomainName    = "DIP Settlement"
	DomainVersion = "1"
)

// Limits on message contents. They bound what a relayer accepts; the contract
// enforces MaxProposals for ballots.
const (
	// MaxProposals is the most proposals a round may have (TallyVerifier.MAX_PROPOSALS),
	// so the most votes a ballot may carry.
	MaxProposals = 64
	// MaxBatchNonces is the most nonces one PowBatch may carry.
	MaxBatchNonces = 4096
)

// ScoreOne is 1 in the fixed point of Evaluation scores (1e18).
const ScoreOne int64 = 1_000_000_000_000_000_000

// Type strings (the type hash is keccak256 of the string).
const (
	BallotType     = "Ballot(bytes32 session,uint32 round,address voter,int64[] votes)"
	ProposalType   = "Proposal(bytes32 session,uint32 round,address author,bytes32 contentHash)"
	EvaluationType = "Evaluation(bytes32 session,uint32 round,address evaluator,bytes32 contentHash,int64 score)"
	PowBatchType   = "PowBatch(uint64 epoch,address miner,uint64[] nonces,uint32[] distances)"
	domainType     = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	// BallotTypeHash is keccak256(BallotType).
	BallotTypeHash = crypto.Keccak256Hash([]byte(BallotType))
	// ProposalTypeHash is keccak256(ProposalType).
	ProposalTypeHash = crypto.Keccak256Hash([]byte(ProposalType))
	// EvaluationTypeHash is keccak256(EvaluationType).
	EvaluationTypeHash = crypto.Keccak256Hash([]byte(EvaluationType))
	// PowBatchTypeHash is keccak256(PowBatchType).
	PowBatchTypeHash = crypto.Keccak256Hash([]byte(PowBatchType))
	domainTypeHash   = crypto.Keccak256Hash([]byte(domainType))
)

var (
	// ErrBadMessage is returned when a message breaks a rule of its type
	// (empty or oversized arrays, mismatched lengths, a score out of range).
	ErrBadMessage = errors.New("dipmsg: malformed message")
	// ErrBadSignature is returned when a signature does not recover to the
	// message's signer, or is not a canonical 65-byte (r, s, v) signature.
	ErrBadSignature = errors.New("dipmsg: bad signature")
	// ErrWrongSigner is returned when a signer produced a valid signature for
	// another address than the message names as its signer.
	ErrWrongSigner = errors.New("dipmsg: signer is not the message's signer")
)

// Domain is a guild Settlement's EIP-712 domain: the chain and the Settlement
// clone that verifies signatures. Messages signed under one domain never count
// under another.
type Domain struct {
	ChainID           *big.Int
	VerifyingContract common.Address
}

// NewDomain returns the domain of the Settlement at settlement on chainID.
func NewDomain(chainID *big.Int, settlement common.Address) Domain {
	return Domain{ChainID: new(big.Int).Set(chainID), VerifyingContract: settlement}
}

// Separator returns the EIP-712 domain separator (Settlement.domainSeparator()).
func (d Domain) Separator() common.Hash {
	id := d.ChainID
	if id == nil {
		id = new(big.Int)
	}
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		common.LeftPadBytes(id.Bytes(), 32),
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	)
}

// Digest returns keccak256(0x1901 || separator || structHash), the hash that is signed.
func (d Domain) Digest(m Message) common.Hash {
	return TypedDataHash(d.Separator(), m.StructHash())
}

// TypedDataHash returns keccak256(0x1901 || separator || structHash).
func TypedDataHash(separator, structHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], structHash[:])
}

// SessionID returns keccak256(abi.encode(target, subjectId, sessionNonce)), the
// session a deliberation round about (target, subjectID) is bound to.
func SessionID(target common.Address, subjectID, sessionNonce *big.Int) common.Hash {
	return crypto.Keccak256Hash(addrWord(target), uintWord(subjectID), uintWord(sessionNonce))
}

// Message is one of Ballot, Proposal, Evaluation, PowBatch.
type Message interface {
	// TypeName is the EIP-712 primary type ("Ballot", ...).
	TypeName() string
	// StructHash is the EIP-712 hashStruct of the message.
	StructHash() common.Hash
	// Signer is the address that must sign the message.
	Signer() common.Address
	// Check validates the message against its type's rules.
	Check() error
}

var (
	_ Message = (*Ballot)(nil)
	_ Message = (*Proposal)(nil)
	_ Message = (*Evaluation)(nil)
	_ Message = (*PowBatch)(nil)
)

// Ballot is a voter's quadratic ballot in a round: Votes[j] is the vote on
// proposal j (the contract checks sum(Votes[j]^2) <= credits).
type Ballot struct {
	Session common.Hash
	Round   uint32
	Voter   common.Address
	Votes   []int64
}

// TypeName implements Message.
func (*Ballot) TypeName() string { return "Ballot" }

// Signer implements Message.
func (b *Ballot) Signer() common.Address { return b.Voter }

// StructHash implements Message.
func (b *Ballot) StructHash() common.Hash {
	votes := make([][]byte, len(b.Votes))
	for i, v := range b.Votes {
		votes[i] = intWord(v)
	}
	return crypto.Keccak256Hash(BallotTypeHash[:], b.Session[:], uintWord64(uint64(b.Round)), addrWord(b.Voter), crypto.Keccak256(votes...))
}

// Check implements Message: one to MaxProposals votes.
func (b *Ballot) Check() error {
	if len(b.Votes) == 0 || len(b.Votes) > MaxProposals {
		return fmt.Errorf("%w: ballot has %d votes, want 1..%d", ErrBadMessage, len(b.Votes), MaxProposals)
	}
	return nil
}

// Squares returns sum(Votes[j]^2), the credits the ballot spends. It cannot
// overflow: each square is below 2^126 and there are at most 64 of them, but
// the sum is returned as a big.Int to stay exact for any length.
func (b *Ballot) Squares() *big.Int {
	sum := new(big.Int)
	for _, v := range b.Votes {
		x := big.NewInt(v)
		sum.Add(sum, x.Mul(x, x))
	}
	return sum
}

// Proposal is a proposal of a round, signed by its author.
type Proposal struct {
	Session     common.Hash
	Round       uint32
	Author      common.Address
	ContentHash common.Hash
}

// TypeName implements Message.
func (*Proposal) TypeName() string { return "Proposal" }

// Signer implements Message.
func (p *Proposal) Signer() common.Address { return p.Author }

// StructHash implements Message.
func (p *Proposal) StructHash() common.Hash {
	return crypto.Keccak256Hash(ProposalTypeHash[:], p.Session[:], uintWord64(uint64(p.Round)), addrWord(p.Author), p.ContentHash[:])
}

// Check implements Message: the content hash must not be zero.
func (p *Proposal) Check() error {
	if p.ContentHash == (common.Hash{}) {
		return fmt.Errorf("%w: proposal content hash is zero", ErrBadMessage)
	}
	return nil
}

// Evaluation is an evaluator's score of a proposal's content, fixed point with
// ScoreOne = 1, in [-ScoreOne, ScoreOne]. Evaluations are verified off chain.
type Evaluation struct {
	Session     common.Hash
	Round       uint32
	Evaluator   common.Address
	ContentHash common.Hash
	Score       int64
}

// TypeName implements Message.
func (*Evaluation) TypeName() string { return "Evaluation" }

// Signer implements Message.
func (e *Evaluation) Signer() common.Address { return e.Evaluator }

// StructHash implements Message.
func (e *Evaluation) StructHash() common.Hash {
	return crypto.Keccak256Hash(EvaluationTypeHash[:], e.Session[:], uintWord64(uint64(e.Round)), addrWord(e.Evaluator), e.ContentHash[:], intWord(e.Score))
}

// Check implements Message: score within [-1e18, 1e18], content hash set.
func (e *Evaluation) Check() error {
	if e.Score < -ScoreOne || e.Score > ScoreOne {
		return fmt.Errorf("%w: evaluation score %d outside [-1e18, 1e18]", ErrBadMessage, e.Score)
	}
	if e.ContentHash == (common.Hash{}) {
		return fmt.Errorf("%w: evaluation content hash is zero", ErrBadMessage)
	}
	return nil
}

// PowBatch is a miner's batch of valid nonces for an epoch with their distances.
type PowBatch struct {
	Epoch     uint64
	Miner     common.Address
	Nonces    []uint64
	Distances []uint32
}

// TypeName implements Message.
func (*PowBatch) TypeName() string { return "PowBatch" }

// Signer implements Message.
func (p *PowBatch) Signer() common.Address { return p.Miner }

// StructHash implements Message.
func (p *PowBatch) StructHash() common.Hash {
	nonces := make([][]byte, len(p.Nonces))
	for i, n := range p.Nonces {
		nonces[i] = uintWord64(n)
	}
	dists := make([][]byte, len(p.Distances))
	for i, d := range p.Distances {
		dists[i] = uintWord64(uint64(d))
	}
	return crypto.Keccak256Hash(PowBatchTypeHash[:], uintWord64(p.Epoch), addrWord(p.Miner), crypto.Keccak256(nonces...), crypto.Keccak256(dists...))
}

// Check implements Message: 1..MaxBatchNonces nonces, one distance each.
func (p *PowBatch) Check() error {
	if len(p.Nonces) == 0 || len(p.Nonces) > MaxBatchNonces {
		return fmt.Errorf("%w: batch has %d nonces, want 1..%d", ErrBadMessage, len(p.Nonces), MaxBatchNonces)
	}
	if len(p.Distances) != len(p.Nonces) {
		return fmt.Errorf("%w: batch has %d nonces but %d distances", ErrBadMessage, len(p.Nonces), len(p.Distances))
	}
	return nil
}

func addrWord(a common.Address) []byte { return common.LeftPadBytes(a[:], 32) }

func uintWord64(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func uintWord(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

// intWord sign-extends v to a 32-byte two's complement word.
func intWord(v int64) []byte {
	w := make([]byte, 32)
	if v < 0 {
		for i := range w {
			w[i] = 0xff
		}
	}
	u := uint64(v)
	for i := 0; i < 8; i++ {
		w[31-i] = byte(u >> (8 * i))
	}
	return w
}
