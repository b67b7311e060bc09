package settlement

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// MaxProposals is the most proposals a round may have (TallyVerifier.MAX_PROPOSALS).
const MaxProposals = 64

// One is 1e18, the fixed point unit of scores and conviction.
var One = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ErrBadResult is returned when a Tally breaks the rules the contract checks
// at submission (Settlement_BadResult), or when result bytes do not decode.
var ErrBadResult = errors.New("settlement: malformed tally")

// ProposalRecord is a proposal carried in a Tally with its author's signature.
type ProposalRecord struct {
	Author      common.Address
	ContentHash [32]byte
	R           [32]byte
	S           [32]byte
	V           uint8
}

// Tally is the result of a Deliberation claim (ISettlement.Tally).
type Tally struct {
	SessionNonce *big.Int
	Round        uint32
	BallotCount  uint32
	Credits      uint64
	Proposals    []ProposalRecord
	Sums         []*big.Int
	Winner       uint32
}

var tallyArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "sessionNonce", Type: "uint256"},
		{Name: "round", Type: "uint32"},
		{Name: "ballotCount", Type: "uint32"},
		{Name: "credits", Type: "uint64"},
		{Name: "proposals", Type: "tuple[]", Components: []abi.ArgumentMarshaling{
			{Name: "author", Type: "address"},
			{Name: "contentHash", Type: "bytes32"},
			{Name: "r", Type: "bytes32"},
			{Name: "s", Type: "bytes32"},
			{Name: "v", Type: "uint8"},
		}},
		{Name: "sums", Type: "int256[]"},
		{Name: "winner", Type: "uint32"},
	})
	if err != nil {
		panic(fmt.Sprintf("settlement: tally abi type: %v", err))
	}
	return abi.Arguments{{Type: t}}
}()

var outcomeArgs = func() abi.Arguments {
	a, err := abi.NewType("address[]", "", nil)
	if err != nil {
		panic(err)
	}
	i, err := abi.NewType("int256", "", nil)
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: a}, {Type: i}}
}()

// Encode returns abi.encode(tally), the `result` of a Deliberation claim.
func (t *Tally) Encode() ([]byte, error) {
	if err := t.Check(); err != nil {
		return nil, err
	}
	return t.encodeUnchecked()
}

func (t *Tally) encodeUnchecked() ([]byte, error) {
	nonce := t.SessionNonce
	if nonce == nil {
		nonce = new(big.Int)
	}
	props := t.Proposals
	if props == nil {
		props = []ProposalRecord{}
	}
	sums := t.Sums
	if sums == nil {
		sums = []*big.Int{}
	}
	out, err := tallyArgs.Pack(struct {
		SessionNonce *big.Int
		Round        uint32
		BallotCount  uint32
		Credits      uint64
		Proposals    []ProposalRecord
		Sums         []*big.Int
		Winner       uint32
	}{nonce, t.Round, t.BallotCount, t.Credits, props, sums, t.Winner})
	if err != nil {
		return nil, fmt.Errorf("%w: encode: %v", ErrBadResult, err)
	}
	return out, nil
}

// DecodeTally decodes result bytes (e.g. from a ClaimSubmitted event) and
// checks them as the contract would at submission.
func DecodeTally(result []byte) (*Tally, error) {
	vals, err := tallyArgs.Unpack(result)
	if err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrBadResult, err)
	}
	if len(vals) != 1 {
		return nil, fmt.Errorf("%w: decode: %d values", ErrBadResult, len(vals))
	}
	t, ok := abi.ConvertType(vals[0], new(Tally)).(*Tally)
	if !ok {
		return nil, fmt.Errorf("%w: decode: unexpected tuple layout", ErrBadResult)
	}
	if err := t.Check(); err != nil {
		return nil, err
	}
	return t, nil
}

// Check applies the contract's submission checks (TallyVerifier.checkTally):
// 1..64 proposals, one sum each, winner the argmax with the lowest index on
// ties, sums summing in absolute value to at most 2^256-1, all sums zero when
// there is no ballot.
func (t *Tally) Check() error {
	n := len(t.Proposals)
	if n == 0 || n > MaxProposals {
		return fmt.Errorf("%w: %d proposals, want 1..%d", ErrBadResult, n, MaxProposals)
	}
	if len(t.Sums) != n {
		return fmt.Errorf("%w: %d sums for %d proposals", ErrBadResult, len(t.Sums), n)
	}
	for j, s := range t.Sums {
		if s == nil || s.Cmp(minInt256) < 0 || s.Cmp(maxInt256) > 0 {
			return fmt.Errorf("%w: sums[%d] is not an int256", ErrBadResult, j)
		}
	}
	if int(t.Winner) >= n {
		return fmt.Errorf("%w: winner %d of %d proposals", ErrBadResult, t.Winner, n)
	}
	if w := Argmax(t.Sums); w != t.Winner {
		return fmt.Errorf("%w: winner %d, but the argmax (lowest index on ties) is %d", ErrBadResult, t.Winner, w)
	}
	abs := absSum(t.Sums)
	if abs.BitLen() > 256 {
		return fmt.Errorf("%w: sums too large", ErrBadResult)
	}
	for _, s := range t.Sums {
		if s.Cmp(minInt256) == 0 {
			// -type(int256).min overflows in the contract's checked negation.
			return fmt.Errorf("%w: a sum equals the int256 minimum", ErrBadResult)
		}
	}
	if t.BallotCount == 0 && abs.Sign() != 0 {
		return fmt.Errorf("%w: non-zero sums without ballots", ErrBadResult)
	}
	return nil
}

// Outcome returns what the target receives: no winner and score 0 when every
// sum is zero, otherwise the winning proposal's author and the conviction
// sums[winner] * 1e18 / sum(|sums|), truncated toward zero.
func (t *Tally) Outcome() (winners []common.Address, score *big.Int) {
	abs := absSum(t.Sums)
	if abs.Sign() == 0 {
		return []common.Address{}, new(big.Int)
	}
	num := new(big.Int).Mul(t.Sums[t.Winner], One)
	return []common.Address{t.Proposals[t.Winner].Author}, num.Quo(num, abs)
}

// EncodeOutcome returns abi.encode(address[] winners, int256 score).
func EncodeOutcome(winners []common.Address, score *big.Int) ([]byte, error) {
	if winners == nil {
		winners = []common.Address{}
	}
	return outcomeArgs.Pack(winners, score)
}

// DecodeOutcome decodes abi.encode(address[] winners, int256 score).
func DecodeOutcome(b []byte) (winners []common.Address, score *big.Int, err error) {
	vals, err := outcomeArgs.Unpack(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: outcome: %v", ErrBadResult, err)
	}
	return vals[0].([]common.Address), vals[1].(*big.Int), nil
}

// Argmax returns the index of the largest sum, the lowest index on ties.
func Argmax(sums []*big.Int) uint32 {
	var w uint32
	for j := 1; j < len(sums); j++ {
		if sums[j].Cmp(sums[w]) > 0 {
			w = uint32(j)
		}
	}
	return w
}

// Conviction returns sums[winner] * 1e18 / sum(|sums|), or 0 when all sums are zero.
func Conviction(sums []*big.Int, winner uint32) *big.Int {
	abs := absSum(sums)
	if abs.Sign() == 0 {
		return new(big.Int)
	}
	num := new(big.Int).Mul(sums[winner], One)
	return num.Quo(num, abs)
}

func absSum(sums []*big.Int) *big.Int {
	abs := new(big.Int)
	for _, s := range sums {
		abs.Add(abs, new(big.Int).Abs(s))
	}
	return abs
}

var (
	maxInt256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	minInt256 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
)
