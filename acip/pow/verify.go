package pow

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
)

// Verification errors, one per kind of bad batch. Each is wrapped with the
// offending index or value; test with errors.Is.
var (
	// ErrMalformedBatch is returned when a batch breaks dipmsg.PowBatch's
	// rules (no nonces, too many, lengths that differ).
	ErrMalformedBatch = errors.New("pow: malformed batch")
	// ErrBadSignature is returned when the batch is not signed by its miner
	// under the expected domain.
	ErrBadSignature = errors.New("pow: bad batch signature")
	// ErrWrongEpoch is returned when the batch names another epoch.
	ErrWrongEpoch = errors.New("pow: batch is for another epoch")
	// ErrNonceOutsideEpoch is returned when a nonce's high 32 bits are not the epoch's.
	ErrNonceOutsideEpoch = errors.New("pow: nonce outside the epoch")
	// ErrDuplicateNonce is returned when a nonce appears twice in a batch.
	ErrDuplicateNonce = errors.New("pow: duplicate nonce")
	// ErrAboveThreshold is returned when a batch claims a distance above the
	// threshold, i.e. a nonce that is not valid even by its own account.
	ErrAboveThreshold = errors.New("pow: claimed distance above the threshold")
	// ErrImplausibleCount is returned when a batch claims more valid nonces
	// than the counter span it covers makes plausible at difficulty D.
	ErrImplausibleCount = errors.New("pow: implausibly many valid nonces")
	// ErrDistanceMismatch is returned when a sampled nonce's recomputed
	// distance differs from the claimed one: fraud.
	ErrDistanceMismatch = errors.New("pow: sampled nonce does not match its claimed distance")
)

// DefaultSamples is how many nonces the verifier recomputes per batch.
const DefaultSamples = 200

// DefaultFalseAlarm is the probability that an honest batch fails the
// plausibility test (ErrImplausibleCount).
const DefaultFalseAlarm = 1e-9

// CalibrationSlack widens the valid rate 1/D that the plausibility test
// assumes, to cover the error of a calibrated threshold (about
// 1/sqrt(samples/D); 100*D samples give 10%).
const CalibrationSlack = 1.5

// Verifier checks signed batches against one epoch's parameters.
type Verifier struct {
	Params  Params
	Domain  dipmsg.Domain
	Samples int // nonces recomputed per batch (0: DefaultSamples)
	// FalseAlarm is the plausibility test's false-alarm rate (0: DefaultFalseAlarm).
	FalseAlarm float64
	model      *Model
}

// NewVerifier derives the epoch's model once.
func NewVerifier(p Params, d dipmsg.Domain) (*Verifier, error) {
	m, err := p.Model()
	if err != nil {
		return nil, err
	}
	return &Verifier{Params: p, Domain: d, model: m}, nil
}

// Model returns the epoch's model.
func (v *Verifier) Model() *Model { return v.model }

// Report is what a verified batch established.
type Report struct {
	Nonces  int   // valid nonces in the batch
	Sampled []int // indices recomputed, ascending
	Span    uint64
}

// Verify checks a signed batch: structure, signature, epoch, nonce range,
// duplicates, claimed distances, plausibility of the count, and finally k
// nonces sampled with sampleSeed, recomputed bit-exactly (a single mismatch
// is ErrDistanceMismatch). sampleSeed must be unknown to the miner when it
// signed (for instance a block hash after the batch was submitted); samples
// differ per batch because the batch digest is mixed in.
func (v *Verifier) Verify(b dipmsg.SignedPowBatch, sampleSeed [32]byte) (*Report, error) {
	if b.Message == nil {
		return nil, fmt.Errorf("%w: no message", ErrMalformedBatch)
	}
	msg := b.Message
	if err := msg.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedBatch, err)
	}
	if err := b.Verify(v.Domain); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if msg.Epoch != v.Params.Epoch {
		return nil, fmt.Errorf("%w: batch epoch %d, verifying epoch %d", ErrWrongEpoch, msg.Epoch, v.Params.Epoch)
	}
	seen := make(map[uint64]struct{}, len(msg.Nonces))
	var span uint64
	for i, n := range msg.Nonces {
		ep, ctr := NonceEpoch(n)
		if ep != uint32(v.Params.Epoch) {
			return nil, fmt.Errorf("%w: nonce %d (index %d) carries epoch bits %d", ErrNonceOutsideEpoch, n, i, ep)
		}
		if _, dup := seen[n]; dup {
			return nil, fmt.Errorf("%w: nonce %d (index %d)", ErrDuplicateNonce, n, i)
		}
		seen[n] = struct{}{}
		if d := msg.Distances[i]; d > v.Params.Threshold {
			return nil, fmt.Errorf("%w: nonce %d claims distance %d, threshold %d", ErrAboveThreshold, n, d, v.Params.Threshold)
		}
		span = max(span, uint64(ctr)+1)
	}
	alpha := v.FalseAlarm
	if alpha <= 0 {
		alpha = DefaultFalseAlarm
	}
	if limit := MaxPlausible(span, v.Params.Difficulty, alpha); uint64(len(msg.Nonces)) > limit {
		return nil, fmt.Errorf("%w: %d valid nonces within %d counters at difficulty %d (at most %d expected at false-alarm rate %g)",
			ErrImplausibleCount, len(msg.Nonces), span, v.Params.Difficulty, limit, alpha)
	}
	k := v.Samples
	if k <= 0 {
		k = DefaultSamples
	}
	idx := SampleIndices(sampleSeed, v.Domain.Digest(msg), len(msg.Nonces), k)
	sc := v.model.NewScratch()
	for _, i := range idx {
		got := v.model.NonceDistance(msg.Miner, msg.Nonces[i], sc)
		if got != msg.Distances[i] {
			return nil, fmt.Errorf("%w: nonce %d (index %d) claims distance %d, recomputed %d", ErrDistanceMismatch, msg.Nonces[i], i, msg.Distances[i], got)
		}
	}
	return &Report{Nonces: len(msg.Nonces), Sampled: idx, Span: span}, nil
}

// SampleIndices returns min(k, n) distinct indices in [0, n), ascending,
// drawn by a keccak counter-mode stream seeded with (seed, digest): a partial
// Fisher-Yates shuffle, so every k-subset is (up to the 2^-64 modulo bias)
// equally likely. Anyone can recompute it from the seed and the batch.
func SampleIndices(seed, digest [32]byte, n, k int) []int {
	if k >= n {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	perm := make(map[int]int, k)
	get := func(i int) int {
		if v, ok := perm[i]; ok {
			return v
		}
		return i
	}
	var ctr [8]byte
	out := make([]int, k)
	for i := 0; i < k; i++ {
		binary.BigEndian.PutUint64(ctr[:], uint64(i))
		h := crypto.Keccak256(seed[:], digest[:], ctr[:])
		j := i + int(binary.BigEndian.Uint64(h[:8])%uint64(n-i))
		vi, vj := get(i), get(j)
		perm[i], perm[j] = vj, vi
		out[i] = vj
	}
	sortInts(out)
	return out
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// MaxPlausible returns the largest count n of valid nonces among span tried
// counters that an honest miner exceeds with probability at most alpha, when
// each nonce is valid with probability p = CalibrationSlack/D. It uses the
// Chernoff bound P[X >= n] <= exp(-span * KL(n/span || p)) for X ~ Bin(span, p),
// so the real false-alarm rate is below alpha.
func MaxPlausible(span, difficulty uint64, alpha float64) uint64 {
	if span == 0 {
		return 0
	}
	p := min(CalibrationSlack/float64(difficulty), 1)
	if p >= 1 {
		return span
	}
	budget := math.Log(1 / alpha)
	s := float64(span)
	// tail(n) = span * KL(n/span || p) grows with n above the mean: find the
	// smallest n with tail(n) > budget by doubling then bisection.
	tail := func(n uint64) float64 {
		q := float64(n) / s
		if q <= p {
			return 0
		}
		if q >= 1 {
			return -s * math.Log(p)
		}
		return s * (q*math.Log(q/p) + (1-q)*math.Log((1-q)/(1-p)))
	}
	if tail(span) <= budget {
		return span
	}
	lo, hi := uint64(math.Ceil(p*s)), span // tail(lo) = 0 <= budget < tail(hi)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if tail(mid) > budget {
			hi = mid
		} else {
			lo = mid
		}
	}
	// lo is the largest n with tail(n) <= budget: counts up to lo pass.
	return lo
}
