package quant

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Stream is a MiMC counter-mode PRNG over BN254's scalar field:
// block i = MiMC(TagPRNG, seed, i). It is cheap to recompute inside a circuit
// (one MiMC permutation per block with gnark's std/hash/mimc), which is what
// the transformer proof of work needs to regenerate weights from a public seed.
//
// Int8s takes the low 31 bytes of each block, least significant first, and
// reinterprets each byte as an int8 (two's complement). A circuit recovers them
// with one 254-bit decomposition per block (about 8 constraints per value).
type Stream struct {
	seed fr.Element
	ctr  uint64
	buf  []int8
}

// NewStream returns a stream at counter 0.
func NewStream(seed fr.Element) *Stream { return &Stream{seed: seed} }

// Block returns block i of the stream with the given seed.
func Block(seed fr.Element, i uint64) fr.Element {
	var c fr.Element
	c.SetUint64(i)
	return Hash(Elem(TagPRNG), seed, c)
}

// Next returns the next block.
func (s *Stream) Next() fr.Element {
	b := Block(s.seed, s.ctr)
	s.ctr++
	return b
}

// BlockInt8s returns the 31 int8 values carried by one block.
func BlockInt8s(b fr.Element) []int8 {
	be := b.Bytes() // big endian, 32 bytes
	out := make([]int8, PackWidth)
	for i := range out {
		out[i] = int8(be[31-i])
	}
	return out
}

// Int8s returns the next n int8 values.
func (s *Stream) Int8s(n int) []int8 {
	out := make([]int8, 0, n)
	for len(out) < n {
		if len(s.buf) == 0 {
			s.buf = BlockInt8s(s.Next())
		}
		k := min(n-len(out), len(s.buf))
		out = append(out, s.buf[:k]...)
		s.buf = s.buf[k:]
	}
	return out
}

// SeedFromUint64 returns a seed element for a small integer seed.
func SeedFromUint64(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// RandomLayer draws a layer's weights from the stream.
func RandomLayer(s *Stream, shape Shape) Layer {
	return Layer{In: shape.In, Out: shape.Out, Shift: shape.Shift, ReLU: shape.ReLU, W: s.Int8s(shape.In * shape.Out)}
}

// RandomModel draws a model with the given layer shapes from a seeded stream.
func RandomModel(seed fr.Element, shapes ...Shape) *Model {
	s := NewStream(seed)
	m := &Model{Layers: make([]Layer, len(shapes))}
	for i, sh := range shapes {
		m.Layers[i] = RandomLayer(s, sh)
	}
	return m
}
