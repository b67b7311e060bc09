package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/quant"
)

func init() {
	solver.RegisterHint(layerBatchHint)
}

// LayerBatchParams fix the shape of a LayerBatch or DirectLayer circuit.
type LayerBatchParams struct {
	Shape quant.Shape `json:"shape"`
	// K is the number of positions (input vectors) pushed through the layer.
	K int `json:"k"`
	// CheckWeights range-checks every committed weight as int8 inside the
	// circuit (one lookup per weight). Without it the circuit proves the
	// layer for whatever field elements the layer commitment holds, and the
	// int8-ness of the committed weights is the committer's claim (checkable
	// by anyone who has the weights, by recomputing the commitment).
	CheckWeights bool `json:"check_weights"`
	// CheckActivations range-checks the inputs and outputs as int8 inside
	// the circuit (one lookup each). Without it their int8-ness comes, like
	// the weights', from the commitment: whoever relies on a proof computes
	// the activation commitment from the int8 vectors it knows, and Pedersen
	// binding makes the committed wires exactly those values.
	CheckActivations bool `json:"check_activations"`
	// PlainRangeChecks (DirectLayer only) uses bit decomposition instead of lookups.
	PlainRangeChecks bool `json:"plain_range_checks"`
}

// Check validates the parameters.
func (p LayerBatchParams) Check() error {
	if err := p.Shape.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrParams, err)
	}
	if p.K < 1 || p.K > 1<<16 {
		return fmt.Errorf("%w: %d positions not in [1, 65536]", ErrParams, p.K)
	}
	if int(p.Shape.Shift) >= p.Shape.AccBits() {
		return fmt.Errorf("%w: shift %d must be below the accumulator width %d", ErrParams, p.Shape.Shift, p.Shape.AccBits())
	}
	if p.TableSize() > 1<<16 {
		return fmt.Errorf("%w: shift %d leaves a %d-entry activation table; use a larger shift", ErrParams, p.Shape.Shift, p.TableSize())
	}
	return nil
}

// TableSize is the size of the activation lookup table, 2^(AccBits-Shift).
func (p LayerBatchParams) TableSize() int { return 1 << (p.Shape.AccBits() - int(p.Shape.Shift)) }

// PackRows is how many rows of W one product of the Freivalds check covers:
// rows are combined with powers of radix = 2^(AccBits+10), and pack of them
// must fit below the field size (pack*(AccBits+10) <= 250 bits), so that a
// combination of accumulator differences vanishes only if each does.
func (p LayerBatchParams) PackRows() int { return 250 / (p.Shape.AccBits() + 10) }

// MACs is the number of multiply-accumulates the circuit proves.
func (p LayerBatchParams) MACs() int { return p.Shape.In * p.Shape.Out * p.K }

// LayerBatch proves that k int8 input vectors X (position-major, k x In)
// through one layer with weights W (row-major, Out x In) give the int8
// outputs Y (position-major, k x Out), Y = Activate(W X) exactly as
// quant.Layer.Forward computes it, where:
//
//   - W, X and Y, each offset by 128 into [0, 256), are the private wires of
//     the proof's first Pedersen commitment (gnark's BSB22 commitment, in that
//     order: W, X, Y, then gnark's masking wire, which an honest prover sets
//     to zero). A verifier that knows the layer commitment
//     P_W = sum (W_i+128) B_i and the activation commitment
//     C_IO = sum (X_j+128) B_j + sum (Y_m+128) B_m (computed natively from the
//     proving key's commitment basis B) checks that the proof's first
//     commitment equals P_W + C_IO. That check, not a hash, binds the proof
//     to the committed layer and to the claimed inputs and outputs; the PoK
//     of the commitment keeps it in the span of the W, X, Y, mask basis.
//   - Every accumulator is written acc = qz*2^Shift + rem - 2^(AccBits-1)
//     with rem in [0, 2^Shift), every output y is an int8 (see CheckActivations),
//     and the pair is looked up as the single key qz + (y+128)*S in the table
//     {t + (T[t]+128)*S : 0 <= t < S}, S = 2^(AccBits-Shift),
//     T[t] = clamp(t - 2^(AccBits-1-Shift), lo, 127) (lo = 0 with ReLU, -128
//     without): requantization, ReLU and clamp in one lookup. A key that
//     matches entry t with y != T[t] forces qz = t + (T[t]-y)*S, which shifts
//     the accumulator by a nonzero multiple of 2^AccBits, out of its range,
//     so the product check below rejects it.
//     All lookups are gadgets.LookupSet (log-derivative) arguments: one
//     constraint per query.
//   - The product itself is checked with Freivalds' test. With a challenge
//     c derived from the second commitment (over qz, rem and the first
//     commitment's hash), G = ceil(Out/P) row groups of P = PackRows() rows,
//     r_o = c^(o/P) * R^(o%P) with R = 2^(AccBits+10), and s_l = c^(G*l):
//     sum_{l,o} s_l r_o acc[l][o] == sum_j (sum_o r_o W[o][j]) (sum_l s_l X[l][j]).
//     Each group's rows enter one product as the linear combination
//     sum_i R^i W[gP+i][j], so the check costs G*In + k*In + k*G products
//     instead of Out*In + k*In + k*Out. Soundness: X, Y and W are int8
//     (checked in the circuit with CheckActivations and CheckWeights, else
//     by the construction of the commitments), so every accumulator
//     difference d = acc - (W X) has |d| < 2^(AccBits+8) < R/2 and a group's sum_i R^i d_i vanishes only if
//     every d_i does (no wrap: P*(AccBits+10) <= 250 bits). A wrong
//     accumulator then makes the difference a nonzero polynomial in c of
//     degree < G*k (in the challenge gnark hands this callback, a small power
//     of the commitment hash), which vanishes with probability at most about
//     4*G*k/r (r ~ 2^254).
//
// Cost: G*In + k*In + k*G products for the product check (G = Out/PackRows),
// two lookups per output (remainder, activation) plus the tables (2^Shift + S
// entries); with CheckActivations one more lookup per input and per output
// (and a 256-entry table), with CheckWeights one more per weight.
type LayerBatch struct {
	// W holds the weights offset by 128 (w + 128 in [0, 256)), row-major.
	// Offset values keep every committed scalar below 2^8, which makes the
	// prover's multi-scalar multiplications over these wires almost free
	// (a negative int8 would be a full-size field element).
	W []frontend.Variable
	// X holds the k inputs offset by 128, position-major.
	X      []frontend.Variable
	params LayerBatchParams
}

// NewLayerBatch returns an empty circuit for compilation.
func NewLayerBatch(p LayerBatchParams) *LayerBatch {
	return &LayerBatch{W: make([]frontend.Variable, p.Shape.In*p.Shape.Out), X: make([]frontend.Variable, p.K*p.Shape.In), params: p}
}

// Params returns the circuit's parameters.
func (c *LayerBatch) Params() LayerBatchParams { return c.params }

// Define enforces the relation in the type's documentation.
func (c *LayerBatch) Define(api frontend.API) error {
	p := c.params
	if err := p.Check(); err != nil {
		return err
	}
	sh := p.Shape
	in, out, k := sh.In, sh.Out, p.K
	accBits, shift := sh.AccBits(), int(sh.Shift)

	hintIn := make([]frontend.Variable, 0, 5+len(c.W)+len(c.X))
	hintIn = append(hintIn, accBits, shift, in, out, k)
	hintIn = append(hintIn, c.W...)
	hintIn = append(hintIn, c.X...)
	lo := int64(-128)
	if sh.ReLU {
		lo = 0
	}
	hintIn = append(hintIn, lo)
	dec, err := api.Compiler().NewHint(layerBatchHint, 3*k*out, hintIn...)
	if err != nil {
		return err
	}
	qz, rem, y := dec[:k*out], dec[k*out:2*k*out], dec[2*k*out:]

	// Lookup sets are created before the Freivalds callback so that their
	// deferred arguments join the same (second) commitment.
	bytes := gadgets.NewRangeSet(api, 8)
	if p.CheckActivations {
		for _, x := range c.X {
			bytes.Assert(x)
		}
	}
	if p.CheckWeights {
		for _, w := range c.W {
			bytes.Assert(w)
		}
	}
	if p.CheckActivations {
		for _, v := range y {
			bytes.Assert(v)
		}
	}
	if shift > 0 {
		rems := gadgets.NewRangeSet(api, shift)
		for _, r := range rem {
			rems.Assert(r)
		}
	} else {
		for _, r := range rem {
			api.AssertIsEqual(r, 0)
		}
	}
	// Activation: key = qz + (y+128)*S must be one of t + (T[t]+128)*S, where
	// T[t] = clamp(t - 2^(accBits-1-shift), lo, 127) and S = TableSize. With y
	// an int8 and rem < 2^shift, the Freivalds check below leaves no other
	// solution than qz = t, y = T[t] (see the type's documentation).
	size := int64(p.TableSize())
	off := int64(1) << (accBits - 1 - shift)
	entries := make([]*big.Int, size)
	for t := int64(0); t < size; t++ {
		entries[t] = big.NewInt(t + (min(max(t-off, lo), 127)+128)*size)
	}
	act := gadgets.NewLookupSet(api, entries)
	for i := range qz {
		act.Assert(api.Add(qz[i], api.Mul(y[i], size)))
	}

	committer, ok := api.(frontend.Committer)
	if !ok {
		return fmt.Errorf("circuits: LayerBatch needs a builder with commitments (Groth16 R1CS)")
	}
	first := make([]frontend.Variable, 0, len(c.W)+len(c.X)+len(y))
	first = append(first, c.W...)
	first = append(first, c.X...)
	first = append(first, y...)
	c1, err := committer.Commit(first...)
	if err != nil {
		return err
	}

	base := new(big.Int).Lsh(big.NewInt(1), uint(shift))
	bias := new(big.Int).Lsh(big.NewInt(1), uint(accBits-1))
	second := append(append([]frontend.Variable{c1}, qz...), rem...)
	pack := p.PackRows()
	groups := (out + pack - 1) / pack
	radix := new(big.Int).Lsh(big.NewInt(1), uint(accBits+10))
	// packed returns sum_{i<pack} radix^i v(g*pack+i): one linear expression
	// for a group of consecutive rows.
	packed := func(g int, v func(o int) frontend.Variable) frontend.Variable {
		terms := make([]frontend.Variable, 0, pack)
		coef := big.NewInt(1)
		for o := g * pack; o < min((g+1)*pack, out); o++ {
			terms = append(terms, api.Mul(v(o), new(big.Int).Set(coef)))
			coef.Mul(coef, radix)
		}
		return sum(api, terms)
	}
	multicommit.WithCommitment(api, func(api frontend.API, ch frontend.Variable) error {
		// r_o = rho^(o/pack) * radix^(o%pack), s_l = sigma^l with rho = ch, sigma = rho^groups.
		rho := powers(api, ch, groups)
		s := powers(api, api.Mul(rho[groups-1], ch), k)
		// Operand order matters for the prover: the second operand of a
		// product is the B side, whose wires cost a G2 point each in the
		// proof's MSMs. The challenge powers (and X, already a B wire of its
		// range-check lookup) go there; W never does.
		//
		// left = sum_l s_l sum_g rho^g (sum_i R^i acc[l][g*P+i])
		left := make([]frontend.Variable, k)
		terms := make([]frontend.Variable, groups)
		for l := 0; l < k; l++ {
			for g := 0; g < groups; g++ {
				terms[g] = api.Mul(packed(g, func(o int) frontend.Variable {
					i := l*out + o
					return api.Sub(api.Add(api.Mul(qz[i], base), rem[i]), bias)
				}), rho[g])
			}
			left[l] = api.Mul(sum(api, terms), s[l])
		}
		// right = sum_l s_l sum_j u_j X[l][j] with u = r^T W.
		u := make([]frontend.Variable, in)
		for j := 0; j < in; j++ {
			for g := 0; g < groups; g++ {
				terms[g] = api.Mul(packed(g, func(o int) frontend.Variable { return api.Sub(c.W[o*in+j], 128) }), rho[g])
			}
			u[j] = sum(api, terms)
		}
		right := make([]frontend.Variable, k)
		row := make([]frontend.Variable, in)
		for l := 0; l < k; l++ {
			for j := 0; j < in; j++ {
				row[j] = api.Mul(u[j], api.Sub(c.X[l*in+j], 128))
			}
			right[l] = api.Mul(sum(api, row), s[l])
		}
		api.AssertIsEqual(sum(api, left), sum(api, right))
		return nil
	}, second...)
	return nil
}

// powers returns [1, x, x^2, ..., x^(n-1)].
func powers(api frontend.API, x frontend.Variable, n int) []frontend.Variable {
	p := make([]frontend.Variable, n)
	p[0] = 1
	for i := 1; i < n; i++ {
		if i == 1 {
			p[i] = x
		} else {
			p[i] = api.Mul(p[i-1], x)
		}
	}
	return p
}

func sum(api frontend.API, v []frontend.Variable) frontend.Variable {
	switch len(v) {
	case 0:
		return 0
	case 1:
		return v[0]
	default:
		return api.Add(v[0], v[1], v[2:]...)
	}
}

// layerBatchHint computes every accumulator natively and splits
// acc + 2^(accBits-1) into qz*2^shift + rem.
// Inputs: accBits, shift, in, out, k, W (out*in), X (k*in), lo, with W and X
// offset by 128; outputs: qz (k*out), rem (k*out), y (k*out) with
// y = clamp(qz - 2^(accBits-1-shift), lo, 127) + 128 (offset too).
func layerBatchHint(field *big.Int, inputs []*big.Int, outputs []*big.Int) error {
	if len(inputs) < 5 {
		return fmt.Errorf("layer batch hint: %d inputs", len(inputs))
	}
	accBits, shift := inputs[0].Uint64(), inputs[1].Uint64()
	in, out, k := int(inputs[2].Int64()), int(inputs[3].Int64()), int(inputs[4].Int64())
	if len(inputs) != 6+in*out+k*in || len(outputs) != 3*k*out {
		return fmt.Errorf("layer batch hint: %d inputs, %d outputs for %dx%d, k=%d", len(inputs), len(outputs), out, in, k)
	}
	half := new(big.Int).Rsh(field, 1)
	signed := func(v *big.Int) int64 {
		if v.Cmp(half) > 0 {
			return new(big.Int).Sub(v, field).Int64()
		}
		return v.Int64()
	}
	// W and X arrive offset by 128 (see LayerBatch).
	w := make([]int64, in*out)
	for i := range w {
		w[i] = signed(inputs[5+i]) - 128
	}
	x := make([]int64, k*in)
	for i := range x {
		x[i] = signed(inputs[5+in*out+i]) - 128
	}
	lo := signed(inputs[5+in*out+k*in])
	bias := int64(1) << (accBits - 1)
	off := int64(1) << (accBits - 1 - shift)
	mask := int64(1)<<shift - 1
	for l := 0; l < k; l++ {
		xl := x[l*in : (l+1)*in]
		for o := 0; o < out; o++ {
			row := w[o*in : (o+1)*in]
			var acc int64
			for j, wv := range row {
				acc += wv * xl[j]
			}
			z := acc + bias
			outputs[l*out+o].SetInt64(z >> shift)
			outputs[k*out+l*out+o].SetInt64(z & mask)
			outputs[2*k*out+l*out+o].SetInt64(min(max(z>>shift-off, lo), 127) + 128)
		}
	}
	return nil
}

// AssignLayerBatch runs the reference layer on k inputs and returns the
// circuit assignment and the reference outputs.
func AssignLayerBatch(p LayerBatchParams, l *quant.Layer, inputs [][]int8) (*LayerBatch, [][]int8, error) {
	if err := p.Check(); err != nil {
		return nil, nil, err
	}
	if l.Shape() != p.Shape {
		return nil, nil, fmt.Errorf("%w: layer has shape %s, circuit proves %s", ErrModelMismatch, l.Shape(), p.Shape)
	}
	if len(inputs) != p.K {
		return nil, nil, fmt.Errorf("%w: %d inputs for a batch of %d positions", ErrParams, len(inputs), p.K)
	}
	c := NewLayerBatch(p)
	for i, v := range l.W {
		c.W[i] = int(v) + 128
	}
	outs := make([][]int8, p.K)
	for pos, x := range inputs {
		y, err := l.Forward(x)
		if err != nil {
			return nil, nil, fmt.Errorf("position %d: %w", pos, err)
		}
		outs[pos] = y
		for j, v := range x {
			c.X[pos*p.Shape.In+j] = int(v) + 128
		}
	}
	return c, outs, nil
}

// DirectLayer is the benchmark baseline: k positions through one layer with
// private weights, one constraint per multiply-accumulate, requantization by
// a shift with a range-checked remainder, range-checked outputs, and no
// commitment to the model. Outputs Y are private inputs compared with the
// computed ones.
type DirectLayer struct {
	W      []frontend.Variable
	X      []frontend.Variable
	Y      []frontend.Variable
	params LayerBatchParams
}

// NewDirectLayer returns an empty circuit for compilation.
func NewDirectLayer(p LayerBatchParams) *DirectLayer {
	return &DirectLayer{W: make([]frontend.Variable, p.Shape.In*p.Shape.Out), X: make([]frontend.Variable, p.K*p.Shape.In), Y: make([]frontend.Variable, p.K*p.Shape.Out), params: p}
}

// Define enforces Y = Activate(W X) position by position.
func (c *DirectLayer) Define(api frontend.API) error {
	p := c.params
	sh := p.Shape
	rc := rangeChecker(api, p.PlainRangeChecks)
	rows := make([][]frontend.Variable, sh.Out)
	for o := range rows {
		rows[o] = c.W[o*sh.In : (o+1)*sh.In]
	}
	for l := 0; l < p.K; l++ {
		acc := gadgets.MatVec(api, rows, c.X[l*sh.In:(l+1)*sh.In])
		for o := range acc {
			api.AssertIsEqual(gadgets.Activate(api, rc, acc[o], sh.Shift, sh.ReLU, sh.AccBits()), c.Y[l*sh.Out+o])
		}
	}
	return nil
}

// AssignDirectLayer returns the DirectLayer assignment for k inputs.
func AssignDirectLayer(p LayerBatchParams, l *quant.Layer, inputs [][]int8) (*DirectLayer, error) {
	lb, outs, err := AssignLayerBatch(p, l, inputs)
	if err != nil {
		return nil, err
	}
	c := &DirectLayer{W: lb.W, X: lb.X, Y: make([]frontend.Variable, p.K*p.Shape.Out), params: p}
	for i := range c.W {
		c.W[i] = c.W[i].(int) - 128 // DirectLayer takes signed values
	}
	for i := range c.X {
		c.X[i] = c.X[i].(int) - 128
	}
	for pos, y := range outs {
		for o, v := range y {
			c.Y[pos*p.Shape.Out+o] = int(v)
		}
	}
	return c, nil
}
