package gadgets

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/dip-market/dip/zk/quant"
)

var field = ecc.BN254.ScalarField()

// check runs gnark's circuit checks (test engine, then the R1CS solver) on valid and invalid assignments.
func check(t *testing.T, circuit frontend.Circuit, valid []frontend.Circuit, invalid []frontend.Circuit) {
	t.Helper()
	assert := test.NewAssert(t)
	opts := []test.TestingOption{test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoFuzzing(), test.NoSerializationChecks()}
	for _, v := range valid {
		opts = append(opts, test.WithValidAssignment(v))
	}
	for _, v := range invalid {
		opts = append(opts, test.WithInvalidAssignment(v))
	}
	assert.CheckCircuit(circuit, opts...)
}

// solveWith compiles circuit to R1CS and solves assignment with solver options
// (used to replace a gadget's hint with a dishonest one).
func solveWith(t *testing.T, circuit, assignment frontend.Circuit, opts ...solver.Option) error {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, circuit)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	w, err := frontend.NewWitness(assignment, field)
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	_, err = ccs.Solve(w, opts...)
	return err
}

// override returns a solver option replacing hint h by f.
func override(h solver.Hint, f solver.Hint) solver.Option {
	return solver.OverrideHint(solver.GetHintID(h), f)
}

type int8Circuit struct{ V frontend.Variable }

func (c *int8Circuit) Define(api frontend.API) error {
	AssertInt8(api, NewRangeChecker(api), c.V)
	return nil
}

type int8PlainCircuit struct{ V frontend.Variable }

func (c *int8PlainCircuit) Define(api frontend.API) error {
	AssertInt8(api, PlainRangeChecker{api}, c.V)
	return nil
}

func TestAssertInt8(t *testing.T) {
	t.Parallel()
	var valid, invalid []frontend.Circuit
	for _, v := range []int{-128, -1, 0, 1, 127} {
		valid = append(valid, &int8Circuit{V: v})
	}
	for _, v := range []int{-129, 128, 255, 1 << 20, -(1 << 20)} {
		invalid = append(invalid, &int8Circuit{V: v})
	}
	check(t, &int8Circuit{}, valid, invalid)
	var pv, pi []frontend.Circuit
	for _, c := range valid {
		pv = append(pv, &int8PlainCircuit{V: c.(*int8Circuit).V})
	}
	for _, c := range invalid {
		pi = append(pi, &int8PlainCircuit{V: c.(*int8Circuit).V})
	}
	check(t, &int8PlainCircuit{}, pv, pi)
}

type matVecCircuit struct {
	W   [][]frontend.Variable
	X   []frontend.Variable
	Acc []frontend.Variable `gnark:",public"`
}

func (c *matVecCircuit) Define(api frontend.API) error {
	rc := NewRangeChecker(api)
	for _, row := range c.W {
		for _, w := range row {
			AssertInt8(api, rc, w)
		}
	}
	for _, x := range c.X {
		AssertInt8(api, rc, x)
	}
	acc := MatVec(api, c.W, c.X)
	for i := range acc {
		api.AssertIsEqual(acc[i], c.Acc[i])
	}
	return nil
}

func newMatVec(out, in int) *matVecCircuit {
	c := &matVecCircuit{W: make([][]frontend.Variable, out), X: make([]frontend.Variable, in), Acc: make([]frontend.Variable, out)}
	for o := range c.W {
		c.W[o] = make([]frontend.Variable, in)
	}
	return c
}

func assignMatVec(l *quant.Layer, x []int8, acc []int32) *matVecCircuit {
	c := newMatVec(l.Out, l.In)
	for o := 0; o < l.Out; o++ {
		for j := 0; j < l.In; j++ {
			c.W[o][j] = int(l.Weight(o, j))
		}
		c.Acc[o] = int(acc[o])
	}
	for j := range x {
		c.X[j] = int(x[j])
	}
	return c
}

func TestMatVecInt32Accumulation(t *testing.T) {
	t.Parallel()
	// Extreme operands: every product is 2^14 or -128*127, accumulators reach 8*2^14.
	l := quant.Layer{In: 8, Out: 2, W: []int8{-128, -128, -128, -128, -128, -128, -128, -128, 127, 127, 127, 127, 127, 127, 127, 127}}
	x := []int8{-128, -128, -128, -128, -128, -128, -128, -128}
	acc, err := l.Accumulate(x)
	if err != nil {
		t.Fatal(err)
	}
	if acc[0] != 8*16384 || acc[1] != -8*127*128 {
		t.Fatalf("reference accumulators %v", acc)
	}
	good := assignMatVec(&l, x, acc)
	wrong := assignMatVec(&l, x, []int32{acc[0] + 1, acc[1]})
	// A weight outside int8 must be rejected even with the matching accumulator.
	bigW := assignMatVec(&l, x, acc)
	bigW.W[0][0] = 128
	bigW.Acc[0] = int(acc[0]) - 128 // product with 128 instead of -128 ... recomputed below
	bigW.Acc[0] = int(acc[0]) + (128+128)*(-128)
	check(t, newMatVec(2, 8), []frontend.Circuit{good}, []frontend.Circuit{wrong, bigW})
}

type requantCircuit struct {
	Acc, Q, Rem frontend.Variable
	shift       uint
	bits        int
}

func (c *requantCircuit) Define(api frontend.API) error {
	q, rem := Requantize(api, NewRangeChecker(api), c.Acc, c.shift, c.bits)
	api.AssertIsEqual(q, c.Q)
	api.AssertIsEqual(rem, c.Rem)
	return nil
}

func TestRequantizeMatchesGoShift(t *testing.T) {
	t.Parallel()
	const bits = 20
	for _, shift := range []uint{0, 1, 4, 7} {
		circuit := &requantCircuit{shift: shift, bits: bits}
		var valid, invalid []frontend.Circuit
		for _, acc := range []int32{0, 1, -1, 5, -5, 1000, -1000, 1<<19 - 1, -(1 << 19)} {
			q := quant.Requantize(acc, shift)
			rem := acc - q<<shift
			valid = append(valid, &requantCircuit{Acc: acc, Q: q, Rem: rem})
			// Truncation toward zero (Go's / operator) differs for negative non-multiples.
			if tq := acc / (1 << shift); tq != q {
				invalid = append(invalid, &requantCircuit{Acc: acc, Q: tq, Rem: acc - tq<<shift})
			}
			invalid = append(invalid, &requantCircuit{Acc: acc, Q: q + 1, Rem: rem})
		}
		check(t, circuit, valid, invalid)
	}
}

func TestRequantizeRejectsDishonestHint(t *testing.T) {
	t.Parallel()
	circuit := &requantCircuit{shift: 3, bits: 16}
	// acc = -13: floor gives q=-2, rem=3. A hint answering q=-1, rem=-5 (truncation)
	// or q=-3, rem=11 (remainder too large) satisfies acc = q*8 + rem but must fail.
	for name, pair := range map[string][2]int64{"truncate": {-1, -5}, "big remainder": {-3, 11}} {
		bad := func(field *big.Int, in, out []*big.Int) error {
			out[0].Mod(big.NewInt(pair[0]), field)
			out[1].Mod(big.NewInt(pair[1]), field)
			return nil
		}
		err := solveWith(t, circuit, &requantCircuit{Acc: -13, Q: pair[0], Rem: pair[1]}, override(requantizeHint, bad))
		if err == nil {
			t.Errorf("%s: dishonest requantization accepted", name)
		}
	}
	if err := solveWith(t, circuit, &requantCircuit{Acc: -13, Q: -2, Rem: 3}); err != nil {
		t.Errorf("honest requantization rejected: %v", err)
	}
}

type reluCircuit struct{ V, Out frontend.Variable }

func (c *reluCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(ReLU(api, NewRangeChecker(api), c.V, 16), c.Out)
	return nil
}

func TestReLU(t *testing.T) {
	t.Parallel()
	var valid, invalid []frontend.Circuit
	for _, v := range []int32{-(1 << 15), -7, -1, 0, 1, 7, 1<<15 - 1} {
		valid = append(valid, &reluCircuit{V: v, Out: quant.ReLU(v)})
		invalid = append(invalid, &reluCircuit{V: v, Out: quant.ReLU(v) + 1})
	}
	invalid = append(invalid, &reluCircuit{V: -3, Out: -3})
	check(t, &reluCircuit{}, valid, invalid)
	// A sign hint that lies is caught by the range check.
	lie := func(_ *big.Int, in, out []*big.Int) error { out[0].SetUint64(0); return nil }
	if err := solveWith(t, &reluCircuit{}, &reluCircuit{V: -3, Out: -3}, override(signHint, lie)); err == nil {
		t.Error("ReLU accepted a negative value reported as non-negative")
	}
	lie = func(_ *big.Int, in, out []*big.Int) error { out[0].SetUint64(1); return nil }
	if err := solveWith(t, &reluCircuit{}, &reluCircuit{V: 3, Out: 0}, override(signHint, lie)); err == nil {
		t.Error("ReLU accepted a positive value reported as negative")
	}
}

type clampCircuit struct {
	V, Out frontend.Variable
	lo, hi int64
}

func (c *clampCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(Clamp(api, NewRangeChecker(api), c.V, 20, c.lo, c.hi), c.Out)
	return nil
}

func TestClampInt8(t *testing.T) {
	t.Parallel()
	for _, bounds := range [][2]int64{{-128, 127}, {0, 127}} {
		circuit := &clampCircuit{lo: bounds[0], hi: bounds[1]}
		var valid, invalid []frontend.Circuit
		for _, v := range []int64{-(1 << 19), -129, -128, -1, 0, 1, 126, 127, 128, 1<<19 - 1} {
			want := min(max(v, bounds[0]), bounds[1])
			valid = append(valid, &clampCircuit{V: v, Out: want})
			invalid = append(invalid, &clampCircuit{V: v, Out: want - 1})
		}
		check(t, circuit, valid, invalid)
		// Dishonest flags: claim "above" for 5 (output hi) or "below" for 5 (output lo), or both.
		for _, flags := range [][2]uint64{{0, 1}, {1, 0}, {1, 1}} {
			f := flags
			lie := func(_ *big.Int, in, out []*big.Int) error { out[0].SetUint64(f[0]); out[1].SetUint64(f[1]); return nil }
			var out int64 = 5
			if f[0] == 1 && f[1] == 0 {
				out = bounds[0]
			} else if f[1] == 1 && f[0] == 0 {
				out = bounds[1]
			} else {
				out = bounds[0] + bounds[1] - 5
			}
			if err := solveWith(t, circuit, &clampCircuit{V: 5, Out: out}, override(clampHint, lie)); err == nil {
				t.Errorf("clamp to %v accepted flags %v for 5", bounds, f)
			}
		}
	}
}

type activateCircuit struct {
	Acc, Out frontend.Variable
	shift    uint
	relu     bool
}

func (c *activateCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(Activate(api, NewRangeChecker(api), c.Acc, c.shift, c.relu, 24), c.Out)
	return nil
}

func TestActivateMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	for _, relu := range []bool{false, true} {
		for _, shift := range []uint{0, 3, 9} {
			circuit := &activateCircuit{shift: shift, relu: relu}
			var valid, invalid []frontend.Circuit
			for range 12 {
				acc := int32(r.IntN(1<<23)) - 1<<22
				if r.IntN(3) == 0 {
					acc = int32(r.IntN(600)) - 300
				}
				want := quant.Activate(acc, shift, relu)
				valid = append(valid, &activateCircuit{Acc: acc, Out: int(want)})
				invalid = append(invalid, &activateCircuit{Acc: acc, Out: int(want) + 1 + r.IntN(3)})
			}
			check(t, circuit, valid, invalid)
		}
	}
}

func TestHintsRejectBadArity(t *testing.T) {
	t.Parallel()
	one := []*big.Int{big.NewInt(1)}
	for name, h := range map[string]solver.Hint{"requantize": requantizeHint, "sign": signHint, "clamp": clampHint} {
		if err := h(field, one, []*big.Int{new(big.Int), new(big.Int), new(big.Int)}); err == nil {
			t.Errorf("%s hint accepted a wrong arity", name)
		}
	}
}
