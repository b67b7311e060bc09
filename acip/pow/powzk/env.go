package powzk

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/quant"
)

func init() {
	solver.RegisterHint(elementHint, actHint, clampHint, absHint, bytesHint, embedHint, countHint)
}

// env holds what the nonces of one proof share: the lookup tables, the
// regenerated weights, and the matrix products whose Freivalds checks run at
// the end, once every value they involve is committed.
type env struct {
	api   frontend.API
	spec  pow.Spec
	sh    pow.Shifts
	bytes *gadgets.LookupSet // [0, 256)
	hTop  *gadgets.LookupSet // [0, hMax]: top bits of a stream element
	clamp *gadgets.LookupSet // (v+256) + 512*(clamp(v)+128), v in [-256, 256)
	abs   *gadgets.LookupSet // (v+256) + 512*|v|, v in [-256, 256)
	rems  map[int]*gadgets.LookupSet
	acts  map[actCfg]*gadgets.LookupSet
	// Token embedding table: variable entries, looked up by (index, value).
	embEntries []frontend.Variable
	embQueries []frontend.Variable
	// claims are the products acc = W X to check with Freivalds' test.
	claims []*claim
	// hinted collects hint outputs the product checks depend on, committed
	// (with every lookup query) before the challenge is drawn.
	hinted []frontend.Variable
}

type actCfg struct {
	bits, shift int
	relu        bool
}

// claim is a batch of matrix-vector products sharing W (rows of linear
// expressions, Out x In): acc[l] = W x[l] for every position l.
type claim struct {
	w    [][]frontend.Variable
	x    [][]frontend.Variable
	acc  [][]frontend.Variable
	bits int // accumulator width: |acc| < 2^(bits-1)
}

func newEnv(api frontend.API, spec pow.Spec) *env {
	e := &env{api: api, spec: spec, sh: spec.Shifts(), rems: map[int]*gadgets.LookupSet{}, acts: map[actCfg]*gadgets.LookupSet{}}
	e.bytes = gadgets.NewRangeSet(api, 8)
	top := make([]*big.Int, hMax+1)
	for i := range top {
		top[i] = big.NewInt(int64(i))
	}
	e.hTop = gadgets.NewLookupSet(api, top)
	cl, ab := make([]*big.Int, 512), make([]*big.Int, 512)
	for t := int64(0); t < 512; t++ {
		v := t - 256
		cl[t] = big.NewInt(t + 512*(min(max(v, -128), 127)+128))
		ab[t] = big.NewInt(t + 512*max(v, -v))
	}
	e.clamp = gadgets.NewLookupSet(api, cl)
	e.abs = gadgets.NewLookupSet(api, ab)
	return e
}

// Top of a stream element: an element v < r is decomposed as
// low + 2^248*h with low = sum_i b_i 256^i (31 byte lookups) and h in
// [0, hMax] (one lookup), hMax = r >> 248 = 48. Every integer of that form is
// below 49*2^248 < 2r, so the only representations of v are v itself and
// v + r; the alias v + r has h = 48 and low >= c = r mod 2^248. Writing X for
// the top 64 bits of low and C = c >> 184, the circuit range-checks
// Y = C - 1 - X + (48 - h)*2^64 in [0, 2^72): for h < 48 it always holds,
// for h = 48 it forces X < C, which the alias violates (X >= C) and v
// itself satisfies unless X == C exactly (probability below 2^-69 per
// element, 2^-57 per epoch of the default spec; such an epoch is
// unprovable, and elementHint says so).
var (
	hMax  int64
	topC  *big.Int // C = (r mod 2^248) >> 184
	two64 = new(big.Int).Lsh(big.NewInt(1), 64)
)

func init() {
	r := fr.Modulus()
	hMax = new(big.Int).Rsh(r, 248).Int64()
	c := new(big.Int).Sub(r, new(big.Int).Lsh(big.NewInt(hMax), 248))
	topC = new(big.Int).Rsh(c, 184)
}

// elementInt8s decomposes one stream element into its 31 offset-binary
// int8 values, exactly as pow.ElementInt8s. Cost: 41 lookups, 2 constraints.
func (e *env) elementInt8s(v frontend.Variable) []frontend.Variable {
	api := e.api
	out, err := api.Compiler().NewHint(elementHint, pow.BytesPerElement+1+9, v)
	if err != nil {
		panic(err)
	}
	b, h, y := out[:pow.BytesPerElement], out[pow.BytesPerElement], out[pow.BytesPerElement+1:]
	e.hinted = append(e.hinted, out...)
	vals := make([]frontend.Variable, len(b))
	for i, bi := range b {
		e.bytes.Assert(bi)
		vals[i] = api.Sub(bi, 128)
	}
	e.hTop.Assert(h)
	for _, yi := range y {
		e.bytes.Assert(yi)
	}
	low := weighted(api, b)
	api.AssertIsEqual(v, api.Add(low, api.Mul(h, new(big.Int).Lsh(big.NewInt(1), 248))))
	x := weighted(api, b[23:])
	// Y = C - 1 - X + (48 - h)*2^64
	yv := api.Add(api.Sub(new(big.Int).Sub(topC, big.NewInt(1)), x), api.Mul(api.Sub(hMax, h), two64))
	api.AssertIsEqual(yv, weighted(api, y))
	return vals
}

// weighted returns sum_i v[i] * 256^i (a linear expression).
func weighted(api frontend.API, v []frontend.Variable) frontend.Variable {
	terms := make([]frontend.Variable, len(v))
	coef := big.NewInt(1)
	for i, x := range v {
		terms[i] = api.Mul(x, new(big.Int).Set(coef))
		coef.Lsh(coef, 8)
	}
	return sum(api, terms)
}

// wstream is the in-circuit twin of pow.WeightStream.
type wstream struct {
	e    *env
	perm *poseidon2.Permutation
	key  frontend.Variable
	ctr  int
	els  []frontend.Variable
	buf  []frontend.Variable
}

func (e *env) newStream(tag int64, seed frontend.Variable) *wstream {
	perm, err := poseidon2.NewPoseidon2FromParameters(e.api, pow.StreamWidth, pow.StreamFullRounds, pow.StreamPartialRounds)
	if err != nil {
		panic(err)
	}
	key := gadgets.Hash(e.api, tag, seed, quant.Big(e.spec.Word()), pow.DerivationVersion)
	return &wstream{e: e, perm: perm, key: key}
}

func (s *wstream) int8s(n int) []frontend.Variable {
	out := make([]frontend.Variable, 0, n)
	for len(out) < n {
		if len(s.buf) == 0 {
			if len(s.els) == 0 {
				st := make([]frontend.Variable, pow.StreamWidth)
				st[0], st[1] = s.key, s.ctr
				for i := 2; i < len(st); i++ {
					st[i] = 0
				}
				if err := s.perm.Permutation(st); err != nil {
					panic(err)
				}
				s.els = st
				s.ctr++
			}
			s.buf = s.e.elementInt8s(s.els[0])
			s.els = s.els[1:]
		}
		k := min(n-len(out), len(s.buf))
		out = append(out, s.buf[:k]...)
		s.buf = s.buf[k:]
	}
	return out
}

func (s *wstream) matrix(out, in int) [][]frontend.Variable {
	flat := s.int8s(out * in)
	w := make([][]frontend.Variable, out)
	for o := range w {
		w[o] = flat[o*in : (o+1)*in]
	}
	return w
}

// remSet returns the lookup set [0, 2^shift).
func (e *env) remSet(shift int) *gadgets.LookupSet {
	s, ok := e.rems[shift]
	if !ok {
		s = gadgets.NewRangeSet(e.api, shift)
		e.rems[shift] = s
	}
	return s
}

// actSet returns the requantization table of cfg: entries
// t + S*(T[t]+128) for t in [0, S), S = 2^(bits-shift),
// T[t] = clamp(t - 2^(bits-1-shift), lo, 127) (lo = 0 with ReLU, else -128).
func (e *env) actSet(cfg actCfg) *gadgets.LookupSet {
	s, ok := e.acts[cfg]
	if ok {
		return s
	}
	if cfg.shift > cfg.bits-1 {
		panic(fmt.Sprintf("powzk: shift %d too large for %d-bit accumulators", cfg.shift, cfg.bits))
	}
	size := int64(1) << (cfg.bits - cfg.shift)
	off := int64(1) << (cfg.bits - 1 - cfg.shift)
	lo := int64(-128)
	if cfg.relu {
		lo = 0
	}
	entries := make([]*big.Int, size)
	for t := int64(0); t < size; t++ {
		entries[t] = big.NewInt(t + (min(max(t-off, lo), 127)+128)*size)
	}
	s = gadgets.NewLookupSet(e.api, entries)
	e.acts[cfg] = s
	return s
}

// requantize constrains the outputs of actHint: rem in [0, 2^shift), y an
// int8 and qz + S*(y+128) in the table of cfg; it returns the accumulator
// qz*2^shift + rem - 2^(bits-1) as a linear expression. A y other than
// T[qz] forces qz off by a nonzero multiple of S, i.e. an accumulator off
// by a multiple of 2^bits, which the caller's check rejects.
func (e *env) requantize(cfg actCfg, qz, rem, y frontend.Variable) frontend.Variable {
	api := e.api
	size := int64(1) << (cfg.bits - cfg.shift)
	e.remSet(cfg.shift).Assert(rem)
	e.actSet(cfg).Assert(api.Add(qz, api.Mul(api.Add(y, 128), size)))
	e.bytes.Assert(api.Add(y, 128))
	e.hinted = append(e.hinted, qz, rem, y)
	bias := new(big.Int).Lsh(big.NewInt(1), uint(cfg.bits-1))
	return api.Sub(api.Add(api.Mul(qz, new(big.Int).Lsh(big.NewInt(1), uint(cfg.shift))), rem), bias)
}

// matvec returns Activate(W x) for the claim's W and records the product
// for the Freivalds check. Cost: 3 lookups per output (plus the product
// check's share, see freivalds).
func (e *env) matvec(cl *claim, x []frontend.Variable, shift uint, relu bool) []frontend.Variable {
	out, in := len(cl.w), len(x)
	lo := -128
	if relu {
		lo = 0
	}
	args := make([]frontend.Variable, 0, 5+out*in+in)
	args = append(args, cl.bits, int(shift), lo, out, in)
	for _, row := range cl.w {
		if len(row) != in {
			panic(fmt.Sprintf("powzk: %d-wide row for a %d-wide input", len(row), in))
		}
		args = append(args, row...)
	}
	args = append(args, x...)
	res, err := e.api.Compiler().NewHint(actHint, 3*out, args...)
	if err != nil {
		panic(err)
	}
	cfg := actCfg{bits: cl.bits, shift: int(shift), relu: relu}
	acc := make([]frontend.Variable, out)
	for o := range acc {
		acc[o] = e.requantize(cfg, res[o], res[out+o], res[2*out+o])
	}
	cl.x = append(cl.x, append([]frontend.Variable(nil), x...)) // the caller may overwrite x
	cl.acc = append(cl.acc, acc)
	return res[2*out:]
}

// activate returns Activate(acc) for an accumulator known as a linear
// expression with |acc| < 2^(bits-1).
func (e *env) activate(acc frontend.Variable, bits int, shift uint, relu bool) frontend.Variable {
	lo := -128
	if relu {
		lo = 0
	}
	res, err := e.api.Compiler().NewHint(actHint, 3, bits, int(shift), lo, 1, 1, 1, acc)
	if err != nil {
		panic(err)
	}
	got := e.requantize(actCfg{bits: bits, shift: int(shift), relu: relu}, res[0], res[1], res[2])
	e.api.AssertIsEqual(acc, got)
	return res[2]
}

// clampAdd returns clamp(a + b) to int8 for int8 a and b: two lookups.
func (e *env) clampAdd(a, b frontend.Variable) frontend.Variable {
	api := e.api
	v := api.Add(a, b)
	res, err := api.Compiler().NewHint(clampHint, 1, v)
	if err != nil {
		panic(err)
	}
	y := res[0]
	e.hinted = append(e.hinted, y)
	e.clamp.Assert(api.Add(v, 256, api.Mul(api.Add(y, 128), 512)))
	e.bytes.Assert(api.Add(y, 128))
	return y
}

// absDiff returns |a - b| for int8 a and b: two lookups.
func (e *env) absDiff(a, b frontend.Variable) frontend.Variable {
	api := e.api
	v := api.Sub(a, b)
	res, err := api.Compiler().NewHint(absHint, 1, v)
	if err != nil {
		panic(err)
	}
	e.hinted = append(e.hinted, res[0])
	e.abs.Assert(api.Add(v, 256, api.Mul(res[0], 512)))
	e.bytes.Assert(res[0])
	return res[0]
}

// range32 asserts 0 <= v < 2^32: four byte lookups.
func (e *env) range32(v frontend.Variable) {
	b, err := e.api.Compiler().NewHint(bytesHint, 4, v)
	if err != nil {
		panic(err)
	}
	e.hinted = append(e.hinted, b...)
	for _, bi := range b {
		e.bytes.Assert(bi)
	}
	e.api.AssertIsEqual(v, weighted(e.api, b))
}

// embed returns the rows TokEmb[tok_i + 128] (T x d), looked up in the
// variable table with entries t + N*(E_t+128) by queries idx + N*(x+128),
// idx = (tok+128)*d + c: with x an int8 and idx, t in [0, N) a query equals
// an entry only if x = E_idx. Cost: 2 lookups per value, 1 constraint per
// table entry.
func (e *env) embed(tokEmb []frontend.Variable, tokens []frontend.Variable) [][]frontend.Variable {
	api := e.api
	d, n := e.spec.Width, len(tokEmb)
	if e.embEntries == nil {
		e.embEntries = make([]frontend.Variable, n)
		for t, v := range tokEmb {
			e.embEntries[t] = api.Add(t, api.Mul(api.Add(v, 128), n))
		}
	}
	args := append(append([]frontend.Variable{d, n}, tokEmb...), tokens...)
	vals, err := api.Compiler().NewHint(embedHint, len(tokens)*d, args...)
	if err != nil {
		panic(err)
	}
	e.hinted = append(e.hinted, vals...)
	rows := make([][]frontend.Variable, len(tokens))
	for i, tok := range tokens {
		base := api.Mul(api.Add(tok, 128), d)
		rows[i] = vals[i*d : (i+1)*d]
		for c, x := range rows[i] {
			e.bytes.Assert(api.Add(x, 128))
			e.embQueries = append(e.embQueries, api.Add(base, c, api.Mul(api.Add(x, 128), n)))
		}
	}
	return rows
}

// finish registers the checks that need the challenge: the token embedding
// lookup and every product claim. It must be called last in Define (lookup
// sets created later would miss the commitment).
func (e *env) finish() {
	api := e.api
	if len(e.embQueries) > 0 {
		args := make([]frontend.Variable, 0, 1+len(e.embEntries)+len(e.embQueries))
		args = append(args, len(e.embEntries))
		args = append(args, e.embEntries...)
		args = append(args, e.embQueries...)
		counts, err := api.Compiler().NewHint(countHint, len(e.embEntries), args...)
		if err != nil {
			panic(err)
		}
		committed := append(append(append([]frontend.Variable{}, e.embQueries...), e.embEntries...), counts...)
		multicommit.WithCommitment(api, func(api frontend.API, c frontend.Variable) error {
			lhs := make([]frontend.Variable, len(e.embQueries))
			for i, q := range e.embQueries {
				lhs[i] = api.Inverse(api.Sub(c, q))
			}
			rhs := make([]frontend.Variable, len(e.embEntries))
			for i, t := range e.embEntries {
				rhs[i] = api.DivUnchecked(counts[i], api.Sub(c, t))
			}
			api.AssertIsEqual(sum(api, lhs), sum(api, rhs))
			return nil
		}, committed...)
	}
	multicommit.WithCommitment(api, func(api frontend.API, ch frontend.Variable) error {
		for _, cl := range e.claims {
			freivalds(api, ch, cl)
		}
		return nil
	}, e.hinted...)
}

// freivalds asserts acc[l] = W x[l] for every position l of the claim with
// one randomized identity (see the package documentation): with
// P = 250/(bits+10) rows per group, G = ceil(Out/P) groups, R = 2^(bits+10),
// r_o = ch^(o/P) R^(o%P) and s_l = ch^(G*l),
//
//	sum_{l,o} s_l r_o acc[l][o] == sum_l s_l sum_j (sum_o r_o W[o][j]) x[l][j].
//
// Cost: G*In + K*In + K*G + 2K products for K positions.
func freivalds(api frontend.API, ch frontend.Variable, cl *claim) {
	k := len(cl.x)
	if k == 0 {
		return
	}
	out, in := len(cl.w), len(cl.w[0])
	pack := max(1, 250/(cl.bits+10))
	groups := (out + pack - 1) / pack
	radix := new(big.Int).Lsh(big.NewInt(1), uint(cl.bits+10))
	packed := func(g int, v func(o int) frontend.Variable) frontend.Variable {
		terms := make([]frontend.Variable, 0, pack)
		coef := big.NewInt(1)
		for o := g * pack; o < min((g+1)*pack, out); o++ {
			terms = append(terms, api.Mul(v(o), new(big.Int).Set(coef)))
			coef.Mul(coef, radix)
		}
		return sum(api, terms)
	}
	rho := powers(api, ch, groups)
	s := powers(api, api.Mul(rho[groups-1], ch), k)
	terms := make([]frontend.Variable, groups)
	left := make([]frontend.Variable, k)
	for l := 0; l < k; l++ {
		for g := 0; g < groups; g++ {
			terms[g] = api.Mul(packed(g, func(o int) frontend.Variable { return cl.acc[l][o] }), rho[g])
		}
		left[l] = api.Mul(sum(api, terms), s[l])
	}
	u := make([]frontend.Variable, in)
	for j := 0; j < in; j++ {
		for g := 0; g < groups; g++ {
			terms[g] = api.Mul(packed(g, func(o int) frontend.Variable { return cl.w[o][j] }), rho[g])
		}
		u[j] = sum(api, terms)
	}
	right := make([]frontend.Variable, k)
	row := make([]frontend.Variable, in)
	for l := 0; l < k; l++ {
		for j := 0; j < in; j++ {
			row[j] = api.Mul(u[j], cl.x[l][j])
		}
		right[l] = api.Mul(sum(api, row), s[l])
	}
	api.AssertIsEqual(sum(api, left), sum(api, right))
}

// powers returns [1, x, ..., x^(n-1)].
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
