// Package quant is the plain-Go reference for the integer inference that DIP's
// circuits prove: int8 weights and activations, int32 accumulation,
// requantization by an arithmetic right shift, optional ReLU, and clamping to
// int8. It also computes the MiMC commitments (vector hashes, layer leaves,
// the model root, sample statements) and a MiMC counter-mode PRNG, all
// natively with gnark-crypto and without any circuit code, so that circuits
// in package zk/circuits can be tested against it.
//
// Integer semantics, exactly as Go evaluates them:
//
//	acc[o] = sum_j int32(W[o][j]) * int32(x[j])     (never overflows: In <= MaxIn)
//	q[o]   = acc[o] >> Shift                          (arithmetic shift = floor division by 2^Shift,
//	                                                   so -5 >> 1 == -3, not -2 as -5 / 2 would give)
//	q[o]   = max(q[o], 0)                             (only when the layer has ReLU)
//	y[o]   = int8(min(max(q[o], -128), 127))
package quant

import (
	"errors"
	"fmt"
)

// Limits of the layers the reference and the circuits accept.
const (
	// MaxIn bounds a layer's input width so that an int32 accumulator never
	// overflows: |w*x| <= 2^14 for int8 operands, and 2^14 * 2^16 = 2^30 < 2^31.
	MaxIn = 1 << 16
	// MaxOut bounds a layer's output width (keeps shapes packable in one word).
	MaxOut = 1 << 16
	// MaxShift bounds the requantization shift; int32 accumulators never need more.
	MaxShift = 31
)

var (
	// ErrShape is returned when a layer, model or vector has an invalid shape.
	ErrShape = errors.New("quant: invalid shape")
	// ErrLayerIndex is returned when a layer index is outside the model.
	ErrLayerIndex = errors.New("quant: layer index out of range")
)

// Layer is one fully connected int8 layer: y = clamp(relu?(W x >> Shift)).
type Layer struct {
	In    int  `json:"in"`
	Out   int  `json:"out"`
	Shift uint `json:"shift"`
	ReLU  bool `json:"relu"`
	// W holds the weights row-major: W[o*In+j] multiplies input j for output o.
	W []int8 `json:"weights"`
}

// Shape is a layer without its weights: what a circuit is compiled for.
type Shape struct {
	In    int  `json:"in"`
	Out   int  `json:"out"`
	Shift uint `json:"shift"`
	ReLU  bool `json:"relu"`
}

// Shape returns the layer's shape.
func (l *Layer) Shape() Shape { return Shape{In: l.In, Out: l.Out, Shift: l.Shift, ReLU: l.ReLU} }

// Check reports whether the shape is one the reference and circuits support.
func (s Shape) Check() error {
	switch {
	case s.In <= 0 || s.In > MaxIn:
		return fmt.Errorf("%w: input width %d not in [1, %d]", ErrShape, s.In, MaxIn)
	case s.Out <= 0 || s.Out > MaxOut:
		return fmt.Errorf("%w: output width %d not in [1, %d]", ErrShape, s.Out, MaxOut)
	case s.Shift > MaxShift:
		return fmt.Errorf("%w: shift %d above %d", ErrShape, s.Shift, MaxShift)
	}
	return nil
}

// String renders the shape compactly, e.g. "16x16>>6+relu".
func (s Shape) String() string {
	r := ""
	if s.ReLU {
		r = "+relu"
	}
	return fmt.Sprintf("%dx%d>>%d%s", s.Out, s.In, s.Shift, r)
}

// AccBits returns the number of bits b such that every accumulator of the
// shape lies in [-2^(b-1), 2^(b-1)).
func (s Shape) AccBits() int {
	// |acc| <= In * 128 * 128 = In * 2^14.
	bound := uint64(s.In) << 14
	b := 1
	for (uint64(1) << (b - 1)) <= bound {
		b++
	}
	return b
}

// Check reports whether the layer's shape and weight count are consistent.
func (l *Layer) Check() error {
	if err := l.Shape().Check(); err != nil {
		return err
	}
	if len(l.W) != l.In*l.Out {
		return fmt.Errorf("%w: %d weights for a %dx%d layer", ErrShape, len(l.W), l.Out, l.In)
	}
	return nil
}

// Weight returns W[o][j].
func (l *Layer) Weight(o, j int) int8 { return l.W[o*l.In+j] }

// Accumulate returns the int32 accumulators W x.
func (l *Layer) Accumulate(x []int8) ([]int32, error) {
	if err := l.Check(); err != nil {
		return nil, err
	}
	if len(x) != l.In {
		return nil, fmt.Errorf("%w: input has %d values, layer takes %d", ErrShape, len(x), l.In)
	}
	acc := make([]int32, l.Out)
	for o := range acc {
		row := l.W[o*l.In : (o+1)*l.In]
		var a int32
		for j, w := range row {
			a += int32(w) * int32(x[j])
		}
		acc[o] = a
	}
	return acc, nil
}

// Forward applies the layer to x.
func (l *Layer) Forward(x []int8) ([]int8, error) {
	acc, err := l.Accumulate(x)
	if err != nil {
		return nil, err
	}
	y := make([]int8, len(acc))
	for i, a := range acc {
		y[i] = Activate(a, l.Shift, l.ReLU)
	}
	return y, nil
}

// Activate maps one accumulator to its int8 output: shift, optional ReLU, clamp.
func Activate(acc int32, shift uint, relu bool) int8 {
	q := Requantize(acc, shift)
	if relu {
		q = ReLU(q)
	}
	return ClampInt8(q)
}

// Requantize is acc >> shift: an arithmetic shift, i.e. floor(acc / 2^shift).
// For negative accumulators this rounds toward minus infinity (-5 >> 1 == -3).
// The remainder acc - (acc>>shift)<<shift is always in [0, 2^shift).
func Requantize(acc int32, shift uint) int32 { return acc >> shift }

// ReLU returns max(v, 0).
func ReLU(v int32) int32 { return max(v, 0) }

// ClampInt8 saturates v to [-128, 127].
func ClampInt8(v int32) int8 { return int8(min(max(v, -128), 127)) }

// Model is a sequence of layers; layer i's output feeds layer i+1 when the
// widths match, but the commitment does not require it.
type Model struct {
	Layers []Layer `json:"layers"`
}

// Check validates every layer.
func (m *Model) Check() error {
	if len(m.Layers) == 0 {
		return fmt.Errorf("%w: model has no layers", ErrShape)
	}
	for i := range m.Layers {
		if err := m.Layers[i].Check(); err != nil {
			return fmt.Errorf("layer %d: %w", i, err)
		}
	}
	return nil
}

// Layer returns layer i.
func (m *Model) Layer(i int) (*Layer, error) {
	if i < 0 || i >= len(m.Layers) {
		return nil, fmt.Errorf("%w: layer %d of a %d-layer model", ErrLayerIndex, i, len(m.Layers))
	}
	return &m.Layers[i], nil
}
