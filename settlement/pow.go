package settlement

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

	"github.com/dip-market/dip/merkle"
)

// ErrBadSampled is returned for a sampled claim that cannot be posted: no
// leaf, a nil score, or leaves whose count does not fit 32 bits.
var ErrBadSampled = errors.New("settlement: malformed sampled claim")

func init() {
	hints["Settlement_ProofRejected"] = "the sample's zk proof was rejected by the kind's verifier (the relayer may retry until the deadline)"
	hints["Settlement_NotDrawn"] = "the samples are not drawn yet: call drawSamples after sampleDelay blocks"
	hints["Settlement_AlreadyDrawn"] = "the samples are already drawn"
	hints["Settlement_AlreadyAnswered"] = "this sample slot is already answered"
	hints["Settlement_TooEarly"] = "too early: the seed block is not mined yet, or the deadline has not passed"
	hints["Settlement_NotFailable"] = "the claim cannot be failed: every sample is answered or the deadline is still open"
	hints["Settlement_SeedExpired"] = "the seed block's hash is no longer available (more than 256 blocks ago)"
}

var sampledResultArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "leafCount", Type: "uint32"},
		{Name: "winners", Type: "address[]"},
		{Name: "score", Type: "int256"},
	})
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: t}}
}()

// SampledResult is a PowEpoch or InferenceSample claim's posted result
// (ISettlement SampledResult): the number of leaves in the claim's tree and
// the outcome the target receives.
type SampledResult struct {
	LeafCount uint32
	Winners   []common.Address
	Score     *big.Int
}

// Encode returns abi.encode(SampledResult).
func (r SampledResult) Encode() ([]byte, error) {
	if r.LeafCount == 0 || r.Score == nil {
		return nil, fmt.Errorf("%w: %d leaves, score %v", ErrBadSampled, r.LeafCount, r.Score)
	}
	w := r.Winners
	if w == nil {
		w = []common.Address{}
	}
	b, err := sampledResultArgs.Pack(struct {
		LeafCount uint32           `abi:"leafCount"`
		Winners   []common.Address `abi:"winners"`
		Score     *big.Int         `abi:"score"`
	}{r.LeafCount, w, r.Score})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSampled, err)
	}
	return b, nil
}

// SampleItems is the Merkle tree of a sampled claim: leaf i commits
// (tag, i, Inputs[i]), the public inputs of item i's proof statement.
type SampleItems struct {
	Tag    uint8
	Inputs [][]*big.Int
	Tree   *merkle.Tree
}

// NewSampleItems hashes and commits the items' inputs under tag
// (merkle.TagPowEpoch or merkle.TagInference).
func NewSampleItems(tag uint8, inputs [][]*big.Int) (*SampleItems, error) {
	if len(inputs) == 0 || uint64(len(inputs)) > 1<<32-1 {
		return nil, fmt.Errorf("%w: %d leaves", ErrBadSampled, len(inputs))
	}
	leaves := make([]common.Hash, len(inputs))
	for i, in := range inputs {
		h, err := merkle.SampleLeafHash(tag, uint32(i), in)
		if err != nil {
			return nil, err
		}
		leaves[i] = h
	}
	t, err := merkle.New(leaves)
	if err != nil {
		return nil, err
	}
	return &SampleItems{Tag: tag, Inputs: inputs, Tree: t}, nil
}

// Root returns the tree's root (what submit posts).
func (s *SampleItems) Root() common.Hash { return s.Tree.Root() }

// Len returns the number of leaves.
func (s *SampleItems) Len() int { return len(s.Inputs) }

// Proof returns the Merkle proof of leaf i.
func (s *SampleItems) Proof(i int) ([]common.Hash, error) { return s.Tree.Proof(i) }

// SubmitSampled posts a PowEpoch or InferenceSample claim about (target,
// subjectID) with the items' root and abi.encode(res), and returns the claim
// id. res.LeafCount must be items.Len().
func (s *Settlement) SubmitSampled(ctx context.Context, opts *bind.TransactOpts, kind ClaimKind, target common.Address, subjectID *big.Int, items *SampleItems, res SampledResult) (*big.Int, *types.Receipt, error) {
	if kind != KindPowEpoch && kind != KindInferenceSample {
		return nil, nil, fmt.Errorf("%w: kind %d is not sampled", ErrBadSampled, kind)
	}
	if int(res.LeafCount) != items.Len() {
		return nil, nil, fmt.Errorf("%w: result counts %d leaves, tree has %d", ErrBadSampled, res.LeafCount, items.Len())
	}
	result, err := res.Encode()
	if err != nil {
		return nil, nil, err
	}
	data := binding.PackSubmit(uint8(kind), subjectID, target, items.Root(), result)
	r, err := s.transact(ctx, opts, fmt.Sprintf("submit sampled claim about %s #%s", target.Hex(), subjectID), data)
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := binding.UnpackClaimSubmittedEvent(l); err == nil && l.Address == s.addr {
			return ev.ClaimId, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: ClaimSubmitted", ErrNoEvent)
}

// SubmitPowEpoch posts a PowEpoch claim (SubmitSampled with KindPowEpoch).
func (s *Settlement) SubmitPowEpoch(ctx context.Context, opts *bind.TransactOpts, target common.Address, subjectID *big.Int, items *SampleItems, res SampledResult) (*big.Int, *types.Receipt, error) {
	return s.SubmitSampled(ctx, opts, KindPowEpoch, target, subjectID, items, res)
}

// Draw is a SamplesDrawn event: the seed, the sampled leaf index per slot and
// the answer deadline (unix seconds).
type Draw struct {
	ClaimID  *big.Int
	Seed     common.Hash
	Indices  []uint32
	Deadline uint64
}

// DrawSamples draws claim id's samples (once block.number > sampleBlock) and
// returns the drawn indices.
func (s *Settlement) DrawSamples(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*Draw, *types.Receipt, error) {
	r, err := s.transact(ctx, opts, fmt.Sprintf("draw samples of claim %s", id), binding.PackDrawSamples(id))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if l.Address != s.addr {
			continue
		}
		if ev, err := binding.UnpackSamplesDrawnEvent(l); err == nil {
			return &Draw{ClaimID: ev.ClaimId, Seed: ev.Seed, Indices: ev.Indices, Deadline: ev.Deadline}, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: SamplesDrawn", ErrNoEvent)
}

// SampleIndex reads the leaf index sampled for slot of claim id.
func (s *Settlement) SampleIndex(ctx context.Context, id *big.Int, slot uint8) (uint32, error) {
	return call(ctx, s, fmt.Sprintf("sample index %d of claim %s", slot, id), binding.PackSampleIndex(id, slot), binding.UnpackSampleIndex)
}

// AnswerSample answers slot of claim id with the sampled leaf's inputs, its
// Merkle proof and the zk proof the kind's verifier checks against
// [subjectId, inputs...].
func (s *Settlement) AnswerSample(ctx context.Context, opts *bind.TransactOpts, id *big.Int, slot uint8, inputs []*big.Int, proof []common.Hash, zkProof []byte) (*types.Receipt, error) {
	data := binding.PackAnswerSample(id, slot, inputs, merkle.ProofBytes(proof), zkProof)
	return s.transact(ctx, opts, fmt.Sprintf("answer sample %d of claim %s", slot, id), data)
}

// AnswerItem answers slot with leaf index of items (inputs and Merkle proof
// taken from the tree).
func (s *Settlement) AnswerItem(ctx context.Context, opts *bind.TransactOpts, id *big.Int, slot uint8, items *SampleItems, index uint32, zkProof []byte) (*types.Receipt, error) {
	if int(index) >= items.Len() {
		return nil, fmt.Errorf("%w: index %d of %d leaves", ErrBadSampled, index, items.Len())
	}
	proof, err := items.Proof(int(index))
	if err != nil {
		return nil, err
	}
	return s.AnswerSample(ctx, opts, id, slot, items.Inputs[index], proof, zkProof)
}

// FailClaim rejects a sampled claim whose samples are unanswered after the
// deadline (or whose seed expired undrawn); the caller gets the challenger
// reward of the slashed bond.
func (s *Settlement) FailClaim(ctx context.Context, opts *bind.TransactOpts, id *big.Int) (*Rejection, *types.Receipt, error) {
	return s.challenge(ctx, opts, id, fmt.Sprintf("fail claim %s", id), binding.PackFailClaim(id))
}

// MockVerifierProof returns the only proof SettlementMockVerifier (tests and
// demos) accepts for a sample of subjectID with inputs:
// keccak256 of the words [subjectID, inputs...] concatenated.
func MockVerifierProof(subjectID *big.Int, inputs []*big.Int) []byte {
	buf := make([]byte, 0, 32*(len(inputs)+1))
	buf = append(buf, common.BigToHash(subjectID).Bytes()...)
	for _, in := range inputs {
		buf = append(buf, common.BigToHash(in).Bytes()...)
	}
	return crypto.Keccak256(buf)
}

// VerifierOf reads the verifier of a claim kind (zero when the kind is disabled).
func (s *Settlement) VerifierOf(ctx context.Context, kind ClaimKind) (common.Address, error) {
	return call(ctx, s, fmt.Sprintf("verifier of kind %d", kind), binding.PackVerifierOf(uint8(kind)), binding.UnpackVerifierOf)
}
