// Package pow provides DIP's transformer proof of work: a small integer
// transformer derived each epoch from an on-chain seed, the map from a
// (miner, nonce) to an input sequence and from the model's output to an
// integer distance to a target vector, the threshold that makes about one
// nonce in D valid, a multi-core miner that emits signed dipmsg.PowBatch
// messages, and a sampling verifier with a statistical fraud test.
//
// Everything on the nonce path is integer arithmetic with exactly the
// semantics of zk/quant (int8 weights and activations, int32 accumulation,
// requantization by an arithmetic right shift, ReLU, clamping); weights and
// the target come from a Poseidon2 counter-mode stream (derive.go) and inputs
// from zk/quant's MiMC counter-mode PRNG, so that a gnark circuit can
// regenerate them from the public seed and prove any sampled nonce
// bit-exactly. The design and its rationale are in docs/pow.md.
package pow

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/zk/quant"
)

// Domain tags of the proof of work's MiMC messages (distinct from zk/quant's).
const (
	TagWeights = 0x647a7610 // key of the weight stream: StreamKey(TagWeights, seed, spec)
	TagInput   = 0x647a7611 // seed of a nonce's token stream: MiMC(TagInput, seed, miner, nonce)
	TagTarget  = 0x647a7612 // key of the target stream: StreamKey(TagTarget, seed, spec)
)

// Vocab is the number of token ids; a token is one byte of the PRNG stream.
const Vocab = 256

// Limits on a Spec. They keep every accumulator far inside int32 and the
// spec packable in one field element.
const (
	MaxWidth  = 512
	MaxLayers = 16
	MaxHeads  = 16
	MaxSeqLen = 256
	MaxFFN    = 2048
)

var (
	// ErrSpec is returned when a model spec is outside the supported shapes.
	ErrSpec = errors.New("pow: invalid model spec")
	// ErrParams is returned when epoch parameters are inconsistent (no
	// difficulty, a zero threshold, a bad spec).
	ErrParams = errors.New("pow: invalid epoch parameters")
)

// Spec is the shape of an epoch's transformer; it is part of the epoch
// parameters. Shifts are not free parameters: Shifts derives them from the
// widths so that activations keep a useful spread through every layer.
type Spec struct {
	Width  int `json:"width"`   // model width d
	Layers int `json:"layers"`  // transformer blocks
	Heads  int `json:"heads"`   // attention heads; Width must be a multiple
	SeqLen int `json:"seq_len"` // tokens per input sequence
	FFN    int `json:"ffn"`     // hidden width of the feed-forward block
}

// DefaultSpec is sized for a 2-core CPU: about 1.1 million multiply-adds per
// nonce, i.e. on the order of a thousand nonces per second per core.
var DefaultSpec = Spec{Width: 64, Layers: 2, Heads: 4, SeqLen: 16, FFN: 128}

// Check reports whether the spec is supported.
func (s Spec) Check() error {
	switch {
	case s.Width < 1 || s.Width > MaxWidth:
		return fmt.Errorf("%w: width %d not in [1, %d]", ErrSpec, s.Width, MaxWidth)
	case s.Layers < 1 || s.Layers > MaxLayers:
		return fmt.Errorf("%w: %d layers not in [1, %d]", ErrSpec, s.Layers, MaxLayers)
	case s.Heads < 1 || s.Heads > MaxHeads || s.Width%s.Heads != 0:
		return fmt.Errorf("%w: %d heads must be in [1, %d] and divide width %d", ErrSpec, s.Heads, MaxHeads, s.Width)
	case s.SeqLen < 1 || s.SeqLen > MaxSeqLen:
		return fmt.Errorf("%w: sequence length %d not in [1, %d]", ErrSpec, s.SeqLen, MaxSeqLen)
	case s.FFN < 1 || s.FFN > MaxFFN:
		return fmt.Errorf("%w: ffn width %d not in [1, %d]", ErrSpec, s.FFN, MaxFFN)
	}
	return nil
}

// String renders the spec, e.g. "d64 L2 H4 T16 F128".
func (s Spec) String() string {
	return fmt.Sprintf("d%d L%d H%d T%d F%d", s.Width, s.Layers, s.Heads, s.SeqLen, s.FFN)
}

// Word encodes the spec in one field element (10 bits per field), so the
// weight and target streams are bound to the shape as well as the seed.
func (s Spec) Word() fr.Element {
	w := uint64(s.Width) | uint64(s.Layers)<<10 | uint64(s.Heads)<<20 | uint64(s.SeqLen)<<30 | uint64(s.FFN)<<40
	var e fr.Element
	e.SetUint64(w)
	return e
}

// MACs returns the multiply-adds of one forward pass.
func (s Spec) MACs() int {
	d, t, f := s.Width, s.SeqLen, s.FFN
	perLayer := 4*d*d*t + 2*t*t*d + 2*d*f*t
	return s.Layers*perLayer + t*d
}

// Shifts are the requantization shifts of every product in the model.
type Shifts struct {
	Proj  uint // Q, K, V and output projections (inputs of width d)
	Score uint // attention scores q.k over one head
	Mix   uint // score-weighted sum of values over the sequence
	Up    uint // first FFN layer (inputs of width d)
	Down  uint // second FFN layer (inputs of width FFN)
	Pool  uint // sum over positions into the output vector
}

// matShift is the shift that keeps a width-n product of uniform int8 weights
// (standard deviation ~74 = 2^6.2) and an int8 input at about the input's
// scale: log2(74 * sqrt(n)) ~ 6 + log2(n)/2.
func matShift(n int) uint { return uint(6 + (bits.Len(uint(n))+1)/2) }

// Shifts derives the shifts from the widths.
func (s Spec) Shifts() Shifts {
	dh := s.Width / s.Heads
	return Shifts{
		Proj:  matShift(s.Width),
		Score: uint(10 + (bits.Len(uint(dh))+1)/2), // q.k of two ~N(0, 40^2) head vectors, scaled to a few dozen
		Mix:   uint(5 + (bits.Len(uint(s.SeqLen))+1)/2),
		Up:    matShift(s.Width),
		Down:  matShift(s.FFN),
		Pool:  uint(bits.Len(uint(s.SeqLen)) - 1),
	}
}

// Block is one transformer block's weights, each a zk/quant layer (row-major
// Out x In) so that circuits can commit to and open them like any layer.
type Block struct {
	Q, K, V, O quant.Layer
	Up, Down   quant.Layer
}

// Model is an epoch's transformer with its target vector.
type Model struct {
	Spec   Spec
	Shifts Shifts
	Seed   fr.Element
	TokEmb []int8 // Vocab x Width
	PosEmb []int8 // SeqLen x Width
	Blocks []Block
	Target []int8 // Width
}

// SeedElement maps a 32-byte epoch seed to a field element (big endian,
// reduced modulo the BN254 scalar field order).
func SeedElement(seed [32]byte) fr.Element {
	var e fr.Element
	e.SetBytes(seed[:])
	return e
}

// NewModel derives the model of spec from seed (derivation version 2, see
// derive.go). The weight stream is NewWeightStream(StreamKey(TagWeights,
// seed, spec)) and is consumed in this order: token embeddings, position
// embeddings, then per block Q, K, V, O, Up, Down. The target is the first
// Width values of NewWeightStream(StreamKey(TagTarget, seed, spec)).
func NewModel(spec Spec, seed fr.Element) (*Model, error) {
	if err := spec.Check(); err != nil {
		return nil, err
	}
	d, sh := spec.Width, spec.Shifts()
	ws := NewWeightStream(StreamKey(TagWeights, seed, spec))
	m := &Model{Spec: spec, Shifts: sh, Seed: seed}
	m.TokEmb = ws.Int8s(Vocab * d)
	m.PosEmb = ws.Int8s(spec.SeqLen * d)
	m.Blocks = make([]Block, spec.Layers)
	for i := range m.Blocks {
		b := &m.Blocks[i]
		b.Q = ws.layer(quant.Shape{In: d, Out: d, Shift: sh.Proj})
		b.K = ws.layer(quant.Shape{In: d, Out: d, Shift: sh.Proj})
		b.V = ws.layer(quant.Shape{In: d, Out: d, Shift: sh.Proj})
		b.O = ws.layer(quant.Shape{In: d, Out: d, Shift: sh.Proj})
		b.Up = ws.layer(quant.Shape{In: d, Out: spec.FFN, Shift: sh.Up, ReLU: true})
		b.Down = ws.layer(quant.Shape{In: spec.FFN, Out: d, Shift: sh.Down})
	}
	m.Target = NewWeightStream(StreamKey(TagTarget, seed, spec)).Int8s(d)
	return m, nil
}

// InputSeed returns MiMC(TagInput, seed, miner, nonce): the seed of the
// nonce's token stream. The miner is bound so that nobody can claim another
// miner's work.
func InputSeed(seed fr.Element, miner common.Address, nonce uint64) fr.Element {
	var a, n fr.Element
	a.SetBytes(miner[:])
	n.SetUint64(nonce)
	return quant.Hash(quant.Elem(TagInput), seed, a, n)
}

// Tokens returns the nonce's input sequence: SeqLen int8 values v of the
// stream seeded by InputSeed, each mapped to the token id v + 128 (a linear
// map, free in a circuit).
func (m *Model) Tokens(miner common.Address, nonce uint64) []uint8 {
	out := make([]uint8, m.Spec.SeqLen)
	m.tokensInto(out, miner, nonce)
	return out
}

func (m *Model) tokensInto(out []uint8, miner common.Address, nonce uint64) {
	s := quant.NewStream(InputSeed(m.Seed, miner, nonce))
	for i, v := range s.Int8s(len(out)) {
		out[i] = uint8(int(v) + 128)
	}
}

// Scratch holds a forward pass's buffers so that mining allocates nothing
// per nonce. A Scratch belongs to one goroutine. On CPUs with AVX-512 VNNI
// it also caches the model's weights in the kernels' layout on first use
// (fastforward.go), so a model's weights must not change after it has run.
type Scratch struct {
	tok           []uint8
	x, q, k, v, a []int8 // SeqLen x Width
	h             []int8 // FFN
	t             []int8 // Width
	s             []int8 // SeqLen (one row of scores)
	y             []int8 // Width
	fast          *fastScratch
	in            inputDeriver
}

// NewScratch returns buffers sized for the model.
func (m *Model) NewScratch() *Scratch {
	t, d := m.Spec.SeqLen, m.Spec.Width
	sc := &Scratch{
		tok: make([]uint8, t),
		x:   make([]int8, t*d), q: make([]int8, t*d), k: make([]int8, t*d), v: make([]int8, t*d), a: make([]int8, t*d),
		h: make([]int8, m.Spec.FFN), t: make([]int8, d), s: make([]int8, t), y: make([]int8, d),
	}
	if fastSpec(m.Spec) {
		sc.fast = newFastScratch(m.Spec)
	}
	return sc
}

// matvec writes Activate(W x >> shift) of layer l into y.
func matvec(l *quant.Layer, x, y []int8) {
	in := l.In
	for o := range y[:l.Out] {
		row := l.W[o*in : (o+1)*in]
		var acc int32
		for j, w := range row {
			acc += int32(w) * int32(x[j])
		}
		y[o] = quant.Activate(acc, l.Shift, l.ReLU)
	}
}

// Forward runs the model on tokens and returns the output vector (Width
// values, aliasing sc). Semantics, with every product accumulated in int32
// and act(a, s, r) = quant.Activate (>> s, ReLU if r, clamp to int8):
//
//	x_i   = clamp(TokEmb[tok_i] + PosEmb[i])
//	per block:
//	  q_i, k_i, v_i = act(Wq x_i, Proj), act(Wk x_i, Proj), act(Wv x_i, Proj)
//	  per head h: s_ij = act(q_i^h . k_j^h, Score, relu)          (ReLU attention, in [0, 127])
//	              a_i^h = act(sum_j s_ij v_j^h, Mix)
//	  x_i = clamp(x_i + act(Wo a_i, Proj))
//	  x_i = clamp(x_i + act(Wdown act(Wup x_i, Up, relu), Down))
//	y[c] = act(sum_i x_i[c], Pool)                               (pooled over all positions)
//
// With AVX-512 VNNI and a spec the kernels support it runs on the int8
// kernels of acip/pow/internal/i8 (fastforward.go); otherwise on the scalar
// loops below. Both give the same bits.
func (m *Model) Forward(tokens []uint8, sc *Scratch) []int8 {
	if sc.fast != nil {
		return m.forwardFast(tokens, sc)
	}
	sp, sh := m.Spec, m.Shifts
	T, d := sp.SeqLen, sp.Width
	dh := d / sp.Heads
	x := sc.x
	for i := 0; i < T; i++ {
		te := m.TokEmb[int(tokens[i])*d : (int(tokens[i])+1)*d]
		pe := m.PosEmb[i*d : (i+1)*d]
		for c := 0; c < d; c++ {
			x[i*d+c] = quant.ClampInt8(int32(te[c]) + int32(pe[c]))
		}
	}
	for bi := range m.Blocks {
		b := &m.Blocks[bi]
		for i := 0; i < T; i++ {
			xi := x[i*d : (i+1)*d]
			matvec(&b.Q, xi, sc.q[i*d:(i+1)*d])
			matvec(&b.K, xi, sc.k[i*d:(i+1)*d])
			matvec(&b.V, xi, sc.v[i*d:(i+1)*d])
		}
		for hd := 0; hd < sp.Heads; hd++ {
			off := hd * dh
			for i := 0; i < T; i++ {
				qi := sc.q[i*d+off : i*d+off+dh]
				for j := 0; j < T; j++ {
					kj := sc.k[j*d+off : j*d+off+dh]
					var acc int32
					for c, qv := range qi {
						acc += int32(qv) * int32(kj[c])
					}
					sc.s[j] = quant.Activate(acc, sh.Score, true)
				}
				for c := 0; c < dh; c++ {
					var acc int32
					for j := 0; j < T; j++ {
						acc += int32(sc.s[j]) * int32(sc.v[j*d+off+c])
					}
					sc.a[i*d+off+c] = quant.Activate(acc, sh.Mix, false)
				}
			}
		}
		for i := 0; i < T; i++ {
			xi := x[i*d : (i+1)*d]
			matvec(&b.O, sc.a[i*d:(i+1)*d], sc.t)
			for c := range xi {
				xi[c] = quant.ClampInt8(int32(xi[c]) + int32(sc.t[c]))
			}
			matvec(&b.Up, xi, sc.h)
			matvec(&b.Down, sc.h, sc.t)
			for c := range xi {
				xi[c] = quant.ClampInt8(int32(xi[c]) + int32(sc.t[c]))
			}
		}
	}
	for c := 0; c < d; c++ {
		var acc int32
		for i := 0; i < T; i++ {
			acc += int32(x[i*d+c])
		}
		sc.y[c] = quant.Activate(acc, sh.Pool, false)
	}
	return sc.y
}

// Distance returns the L1 distance sum_c |y[c] - Target[c]| (at most 255 * Width).
func (m *Model) Distance(y []int8) uint32 {
	var dist uint32
	for c, v := range y {
		diff := int32(v) - int32(m.Target[c])
		if diff < 0 {
			diff = -diff
		}
		dist += uint32(diff)
	}
	return dist
}

// NonceDistance runs the full pipeline for one nonce: tokens, forward pass,
// distance. It is what miners search with and verifiers recompute.
func (m *Model) NonceDistance(miner common.Address, nonce uint64, sc *Scratch) uint32 {
	sc.in.tokens(m, sc.tok, miner, nonce) // = m.tokensInto, with cached MiMC prefixes (fastinput.go)
	return m.Distance(m.Forward(sc.tok, sc))
}

// Output returns the nonce's output vector (a fresh copy), for tests and circuits.
func (m *Model) Output(miner common.Address, nonce uint64) []int8 {
	sc := m.NewScratch()
	m.tokensInto(sc.tok, miner, nonce)
	return append([]int8(nil), m.Forward(sc.tok, sc)...)
}

// EpochNonce returns the nonce with counter ctr in epoch: the high 32 bits
// carry the epoch, so a nonce belongs to exactly one epoch.
func EpochNonce(epoch uint64, ctr uint32) uint64 { return uint64(uint32(epoch))<<32 | uint64(ctr) }

// NonceEpoch returns the epoch bits and the counter of a nonce.
func NonceEpoch(nonce uint64) (epoch uint32, ctr uint32) { return uint32(nonce >> 32), uint32(nonce) }

// seedFromUint64 is a helper for tests and calibration.
func seedFromUint64(v uint64) [32]byte {
	var s [32]byte
	binary.BigEndian.PutUint64(s[24:], v)
	return s
}
