package pow

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/dip-market/dip/zk/quant"
)

// DerivationVersion numbers the way weights and the target are derived from
// the seed. Version 2 (this one) replaced version 1's MiMC counter mode
// (quant.Stream, two's-complement bytes) by a Poseidon2 counter mode with
// offset-binary bytes, which a circuit regenerates about 20 times cheaper.
// The version is hashed into the stream keys, so the two never collide.
const DerivationVersion = 2

// Poseidon2 instance of the weight stream: gnark-crypto's BN254 Poseidon2
// permutation of width 16 with the Horizen Labs round constants (8 full and
// 57 partial rounds), the same as gnark's std/permutation/poseidon2 with
// NewPoseidon2FromParameters(api, 16, 8, 57).
const (
	StreamWidth         = 16
	StreamFullRounds    = 8
	StreamPartialRounds = 57
)

// BytesPerElement is how many weights one field element of the stream
// carries: its 31 low bytes (the top 6 bits are dropped).
const BytesPerElement = 31

var streamPerm = poseidon2.NewPermutation(StreamWidth, StreamFullRounds, StreamPartialRounds)

// StreamKey returns the key of a derivation stream:
// MiMC(tag, seed, spec.Word(), DerivationVersion).
func StreamKey(tag int64, seed fr.Element, spec Spec) fr.Element {
	return quant.Hash(quant.Elem(tag), seed, spec.Word(), quant.Elem(DerivationVersion))
}

// StreamBlock returns block ctr of the stream keyed by key: the Poseidon2
// permutation of the state [key, ctr, 0, ..., 0], all StreamWidth elements
// of the result. No secrecy is needed (the seed is public); what matters is
// that every weight is a fixed, unstructured function of the seed.
func StreamBlock(key fr.Element, ctr uint64) []fr.Element {
	st := make([]fr.Element, StreamWidth)
	st[0] = key
	st[1].SetUint64(ctr)
	if err := streamPerm.Permutation(st); err != nil {
		panic(err) // the width is fixed above
	}
	return st
}

// ElementInt8s returns the BytesPerElement int8 values an element carries:
// its canonical little-endian bytes 0..30, each read in offset binary
// (value = byte - 128), which is linear in a circuit.
func ElementInt8s(e fr.Element) []int8 {
	be := e.Bytes() // canonical, big endian
	out := make([]int8, BytesPerElement)
	for i := range out {
		out[i] = int8(int(be[31-i]) - 128)
	}
	return out
}

// WeightStream is the counter-mode stream of derivation version 2: blocks
// StreamBlock(key, 0), StreamBlock(key, 1), ..., each element read as
// ElementInt8s, consumed continuously.
type WeightStream struct {
	key  fr.Element
	ctr  uint64
	els  []fr.Element
	buf  []int8
	used int // elements decomposed so far
}

// NewWeightStream returns the stream of key at counter 0.
func NewWeightStream(key fr.Element) *WeightStream { return &WeightStream{key: key} }

// Int8s returns the next n values.
func (s *WeightStream) Int8s(n int) []int8 {
	out := make([]int8, 0, n)
	for len(out) < n {
		if len(s.buf) == 0 {
			if len(s.els) == 0 {
				s.els = StreamBlock(s.key, s.ctr)
				s.ctr++
			}
			s.buf = ElementInt8s(s.els[0])
			s.els = s.els[1:]
			s.used++
		}
		k := min(n-len(out), len(s.buf))
		out = append(out, s.buf[:k]...)
		s.buf = s.buf[k:]
	}
	return out
}

// Elements returns how many stream elements have been decomposed so far.
func (s *WeightStream) Elements() int { return s.used }

// layer draws a layer's weights from the stream.
func (s *WeightStream) layer(shape quant.Shape) quant.Layer {
	return quant.Layer{In: shape.In, Out: shape.Out, Shift: shape.Shift, ReLU: shape.ReLU, W: s.Int8s(shape.In * shape.Out)}
}

// WeightCount is the number of int8 weights of the spec (embeddings included).
func (s Spec) WeightCount() int {
	d, f := s.Width, s.FFN
	return Vocab*d + s.SeqLen*d + s.Layers*(4*d*d+2*d*f)
}
