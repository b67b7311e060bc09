// Package gadgets holds the gnark circuit pieces for quantized inference, each
// a function of frontend.API that can be tested alone: int8 range checks, the
// matrix-vector product with int32 accumulation, requantization by a right
// shift, ReLU, clamping, MiMC commitments to vectors, layers and the model
// tree, and the MiMC counter-mode PRNG. Their integer semantics are exactly
// those of package zk/quant (the plain-Go reference).
//
// Range checks go through a frontend.Rangechecker (NewRangeChecker): with the
// Groth16 builder it is gnark's log-derivative lookup argument, which adds one
// Pedersen commitment (BSB22) to the proof; WithPlainRangeChecks switches a
// circuit to bit decomposition, which needs no commitment (cheaper to verify
// on chain, about 8 times more constraints per check).
package gadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/rangecheck"
)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the hints the gadgets use; they are registered at init, and
// callers that build solvers by hand can pass them explicitly.
func Hints() []solver.Hint {
	return []solver.Hint{requantizeHint, signHint, clampHint}
}

// NewRangeChecker returns gnark's best range checker for the builder (the
// commitment-based log-derivative checker under Groth16).
func NewRangeChecker(api frontend.API) frontend.Rangechecker { return rangecheck.New(api) }

// PlainRangeChecker checks ranges by bit decomposition: no commitment in the
// proof, about one constraint per bit.
type PlainRangeChecker struct{ API frontend.API }

// Check asserts 0 <= v < 2^nbBits.
func (p PlainRangeChecker) Check(v frontend.Variable, nbBits int) {
	if nbBits == 0 {
		p.API.AssertIsEqual(v, 0)
		return
	}
	bits.ToBinary(p.API, v, bits.WithNbDigits(nbBits))
}

// AssertInt8 asserts -128 <= v <= 127.
func AssertInt8(api frontend.API, rc frontend.Rangechecker, v frontend.Variable) {
	rc.Check(api.Add(v, 128), 8)
}

// AssertSigned asserts -2^(nbBits-1) <= v < 2^(nbBits-1).
func AssertSigned(api frontend.API, rc frontend.Rangechecker, v frontend.Variable, nbBits int) {
	if nbBits < 1 {
		panic(fmt.Sprintf("gadgets: AssertSigned with %d bits", nbBits))
	}
	rc.Check(api.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(nbBits-1))), nbBits)
}

// Dot returns sum_j a[j]*b[j]: one constraint per product, the sum is free.
func Dot(api frontend.API, a, b []frontend.Variable) frontend.Variable {
	if len(a) != len(b) {
		panic(fmt.Sprintf("gadgets: Dot of lengths %d and %d", len(a), len(b)))
	}
	if len(a) == 0 {
		return 0
	}
	terms := make([]frontend.Variable, len(a))
	for j := range a {
		terms[j] = api.Mul(a[j], b[j])
	}
	if len(terms) == 1 {
		return terms[0]
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}

// MatVec returns the accumulators acc[o] = sum_j W[o][j]*x[j]. With int8
// operands (checked by the caller) and len(x) <= quant.MaxIn every
// accumulator is an int32 and the field sum equals the integer sum: no
// reduction modulo the field ever happens. Cost: one constraint per MAC.
func MatVec(api frontend.API, w [][]frontend.Variable, x []frontend.Variable) []frontend.Variable {
	acc := make([]frontend.Variable, len(w))
	for o, row := range w {
		acc[o] = Dot(api, row, x)
	}
	return acc
}

// Requantize returns q = acc >> shift (floor division by 2^shift, Go's
// arithmetic shift on signed integers: -5 >> 1 == -3) and the remainder
// rem = acc - q*2^shift, with rem range-checked to [0, 2^shift) and q to
// accBits-shift signed bits. acc must lie in [-2^(accBits-1), 2^(accBits-1));
// then q*2^shift + rem spans far less than the field, so the decomposition is
// unique and equals the integer one.
func Requantize(api frontend.API, rc frontend.Rangechecker, acc frontend.Variable, shift uint, accBits int) (q, rem frontend.Variable) {
	out, err := api.Compiler().NewHint(requantizeHint, 2, acc, shift)
	if err != nil {
		panic(err)
	}
	q, rem = out[0], out[1]
	rc.Check(rem, int(shift))
	AssertSigned(api, rc, q, max(accBits-int(shift), 1))
	api.AssertIsEqual(acc, api.Add(api.Mul(q, new(big.Int).Lsh(big.NewInt(1), shift)), rem))
	return q, rem
}

// ReLU returns max(v, 0) for v in [-2^(nbBits-1), 2^(nbBits-1)).
// Cost: a sign bit, one product and one (nbBits-1)-bit range check.
func ReLU(api frontend.API, rc frontend.Rangechecker, v frontend.Variable, nbBits int) frontend.Variable {
	out, err := api.Compiler().NewHint(signHint, 1, v)
	if err != nil {
		panic(err)
	}
	neg := out[0]
	api.AssertIsBoolean(neg)
	m := api.Mul(neg, v)
	// neg=0: v >= 0; neg=1: -v-1 >= 0.
	rc.Check(api.Sub(v, api.Mul(m, 2), neg), max(nbBits-1, 1))
	return api.Sub(v, m)
}

// Clamp returns min(max(v, lo), hi) for v in [-2^(nbBits-1), 2^(nbBits-1)).
// hi-lo+1 must be a power of two (the output is range-checked in that many
// values). Cost: two flag bits, two products, two range checks.
func Clamp(api frontend.API, rc frontend.Rangechecker, v frontend.Variable, nbBits int, lo, hi int64) frontend.Variable {
	width := hi - lo + 1
	if width <= 0 || width&(width-1) != 0 {
		panic(fmt.Sprintf("gadgets: Clamp to [%d, %d]: width must be a power of two", lo, hi))
	}
	outBits := 0
	for int64(1)<<outBits < width {
		outBits++
	}
	flags, err := api.Compiler().NewHint(clampHint, 2, v, lo, hi)
	if err != nil {
		panic(err)
	}
	below, above := flags[0], flags[1]
	api.AssertIsBoolean(below)
	api.AssertIsBoolean(above)
	bv, av := api.Mul(below, v), api.Mul(above, v)
	// out = v + below*(lo - v) + above*(hi - v)
	out := api.Add(api.Sub(v, bv, av), api.Mul(below, lo), api.Mul(above, hi))
	// slack = below*(lo-1-v) + above*(v-hi-1) must be >= 0; it is 0 when no flag
	// is set, and negative (so rejected) when both are.
	slack := api.Add(api.Sub(api.Mul(below, lo-1), bv), api.Sub(av, api.Mul(above, hi+1)))
	rc.Check(slack, nbBits+1)
	rc.Check(api.Sub(out, lo), outBits)
	return out
}

// ClampInt8 returns v saturated to [-128, 127].
func ClampInt8(api frontend.API, rc frontend.Rangechecker, v frontend.Variable, nbBits int) frontend.Variable {
	return Clamp(api, rc, v, nbBits, -128, 127)
}

// Activate maps an accumulator to its int8 output exactly like
// quant.Activate: shift, optional ReLU, clamp (ReLU and clamp fuse into one
// clamp to [0, 127]).
func Activate(api frontend.API, rc frontend.Rangechecker, acc frontend.Variable, shift uint, relu bool, accBits int) frontend.Variable {
	q, _ := Requantize(api, rc, acc, shift, accBits)
	qBits := max(accBits-int(shift), 1)
	if relu {
		return Clamp(api, rc, q, qBits, 0, 127)
	}
	return ClampInt8(api, rc, q, qBits)
}

// signed interprets a field element as a signed integer (values above p/2 are negative).
func signed(field *big.Int, v *big.Int) *big.Int {
	half := new(big.Int).Rsh(field, 1)
	if v.Cmp(half) > 0 {
		return new(big.Int).Sub(v, field)
	}
	return new(big.Int).Set(v)
}

// toField maps a signed integer back to the field.
func toField(field *big.Int, v *big.Int, out *big.Int) {
	out.Mod(v, field)
}

func requantizeHint(field *big.Int, in []*big.Int, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("requantize hint: %d inputs, %d outputs", len(in), len(out))
	}
	acc := signed(field, in[0])
	shift := uint(in[1].Uint64())
	q := new(big.Int).Rsh(acc, shift) // big.Int Rsh floors negatives, like Go's >> on ints
	rem := new(big.Int).Sub(acc, new(big.Int).Lsh(q, shift))
	toField(field, q, out[0])
	toField(field, rem, out[1])
	return nil
}

func signHint(field *big.Int, in []*big.Int, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("sign hint: %d inputs, %d outputs", len(in), len(out))
	}
	if signed(field, in[0]).Sign() < 0 {
		out[0].SetUint64(1)
	} else {
		out[0].SetUint64(0)
	}
	return nil
}

func clampHint(field *big.Int, in []*big.Int, out []*big.Int) error {
	if len(in) != 3 || len(out) != 2 {
		return fmt.Errorf("clamp hint: %d inputs, %d outputs", len(in), len(out))
	}
	v := signed(field, in[0])
	lo, hi := signed(field, in[1]), signed(field, in[2])
	out[0].SetUint64(0)
	out[1].SetUint64(0)
	if v.Cmp(lo) < 0 {
		out[0].SetUint64(1)
	}
	if v.Cmp(hi) > 0 {
		out[1].SetUint64(1)
	}
	return nil
}
