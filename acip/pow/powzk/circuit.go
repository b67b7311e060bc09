// Package powzk provides the gnark circuit of one proof-of-work nonce: from
// the public epoch seed, miner and nonce it regenerates the epoch's weights,
// target and input with the MiMC counter-mode PRNG, runs the integer
// transformer of package acip/pow bit-exactly with zk/gadgets, and enforces
// that the nonce's distance is the claimed one and at most the threshold.
package powzk

import (
	"math/big"
	"math/bits"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/quant"
)

// NonceCircuit proves that a nonce is valid for a miner in an epoch.
// Spec is compile-time; all other fields are public inputs.
type NonceCircuit struct {
	Spec pow.Spec `gnark:"-"`

	Seed      frontend.Variable `gnark:",public"` // pow.SeedElement(params.Seed)
	Miner     frontend.Variable `gnark:",public"` // the miner address as a 160-bit integer
	Nonce     frontend.Variable `gnark:",public"`
	Distance  frontend.Variable `gnark:",public"` // the distance the batch claims
	Threshold frontend.Variable `gnark:",public"`
}

// New returns an empty circuit for spec (for compilation).
func New(spec pow.Spec) *NonceCircuit { return &NonceCircuit{Spec: spec} }

// Assign returns the assignment for a nonce of miner under params.
func Assign(p pow.Params, miner [20]byte, nonce uint64, distance uint32) *NonceCircuit {
	seed := pow.SeedElement(p.Seed)
	return &NonceCircuit{
		Spec: p.Spec, Seed: quant.Big(seed), Miner: new(big.Int).SetBytes(miner[:]),
		Nonce: new(big.Int).SetUint64(nonce), Distance: distance, Threshold: p.Threshold,
	}
}

// stream is the in-circuit twin of quant.Stream: blocks are generated on
// demand and consumed continuously across calls.
type stream struct {
	api  frontend.API
	seed frontend.Variable
	ctr  int
	buf  []frontend.Variable
}

func (s *stream) int8s(n int) []frontend.Variable {
	out := make([]frontend.Variable, 0, n)
	for len(out) < n {
		if len(s.buf) == 0 {
			s.buf = gadgets.BlockInt8s(s.api, gadgets.PRNGBlock(s.api, s.seed, s.ctr))
			s.ctr++
		}
		k := min(n-len(out), len(s.buf))
		out = append(out, s.buf[:k]...)
		s.buf = s.buf[k:]
	}
	return out
}

func (s *stream) matrix(out, in int) [][]frontend.Variable {
	flat := s.int8s(out * in)
	w := make([][]frontend.Variable, out)
	for o := range w {
		w[o] = flat[o*in : (o+1)*in]
	}
	return w
}

// accBits bounds a sum of n products of int8 (or [0,127]) by int8 values.
func accBits(n int) int { return quant.Shape{In: n, Out: 1}.AccBits() }

// Define enforces: with weights, target and tokens derived from (Seed,
// Miner, Nonce) exactly as pow.NewModel and pow.Model.Tokens derive them,
// the forward pass of pow.Model.Forward yields y with
// sum_c |y[c] - target[c]| == Distance and Distance <= Threshold < 2^32.
func (c *NonceCircuit) Define(api frontend.API) error {
	sp, sh := c.Spec, c.Spec.Shifts()
	T, d, H, F := sp.SeqLen, sp.Width, sp.Heads, sp.FFN
	dh := d / H
	rc := gadgets.NewRangeChecker(api)
	act := func(acc frontend.Variable, shift uint, relu bool, n int) frontend.Variable {
		return gadgets.Activate(api, rc, acc, shift, relu, accBits(n))
	}
	add := func(a, b frontend.Variable) frontend.Variable { return gadgets.ClampInt8(api, rc, api.Add(a, b), 10) }

	specWord := quant.Big(sp.Word())
	ws := &stream{api: api, seed: gadgets.Hash(api, pow.TagWeights, c.Seed, specWord)}
	tokEmb := ws.int8s(pow.Vocab * d)
	posEmb := ws.int8s(T * d)
	type block struct{ q, k, v, o, up, down [][]frontend.Variable }
	blocks := make([]block, sp.Layers)
	for i := range blocks {
		blocks[i] = block{q: ws.matrix(d, d), k: ws.matrix(d, d), v: ws.matrix(d, d), o: ws.matrix(d, d), up: ws.matrix(F, d), down: ws.matrix(d, F)}
	}
	target := (&stream{api: api, seed: gadgets.Hash(api, pow.TagTarget, c.Seed, specWord)}).int8s(d)
	tokens := (&stream{api: api, seed: gadgets.Hash(api, pow.TagInput, c.Seed, c.Miner, c.Nonce)}).int8s(T)

	// Token embeddings by lookup: row (v + 128), column c at index (v+128)*d + c.
	table := logderivlookup.New(api)
	for _, e := range tokEmb {
		table.Insert(e)
	}
	x := make([][]frontend.Variable, T)
	for i := range x {
		base := api.Mul(api.Add(tokens[i], 128), d)
		idx := make([]frontend.Variable, d)
		for ci := range idx {
			idx[ci] = api.Add(base, ci)
		}
		row := table.Lookup(idx...)
		x[i] = make([]frontend.Variable, d)
		for ci := range x[i] {
			x[i][ci] = add(row[ci], posEmb[i*d+ci])
		}
	}
	for _, b := range blocks {
		q, k, v := make([][]frontend.Variable, T), make([][]frontend.Variable, T), make([][]frontend.Variable, T)
		for i := range x {
			q[i], k[i], v[i] = make([]frontend.Variable, d), make([]frontend.Variable, d), make([]frontend.Variable, d)
			for o, acc := range gadgets.MatVec(api, b.q, x[i]) {
				q[i][o] = act(acc, sh.Proj, false, d)
			}
			for o, acc := range gadgets.MatVec(api, b.k, x[i]) {
				k[i][o] = act(acc, sh.Proj, false, d)
			}
			for o, acc := range gadgets.MatVec(api, b.v, x[i]) {
				v[i][o] = act(acc, sh.Proj, false, d)
			}
		}
		for i := range x {
			a := make([]frontend.Variable, d)
			for h := 0; h < H; h++ {
				s := make([]frontend.Variable, T)
				for j := range x {
					s[j] = act(gadgets.Dot(api, q[i][h*dh:(h+1)*dh], k[j][h*dh:(h+1)*dh]), sh.Score, true, dh)
				}
				for ci := h * dh; ci < (h+1)*dh; ci++ {
					col := make([]frontend.Variable, T)
					for j := range x {
						col[j] = v[j][ci]
					}
					a[ci] = act(gadgets.Dot(api, s, col), sh.Mix, false, T)
				}
			}
			for o, acc := range gadgets.MatVec(api, b.o, a) {
				x[i][o] = add(x[i][o], act(acc, sh.Proj, false, d))
			}
			hid := make([]frontend.Variable, F)
			for o, acc := range gadgets.MatVec(api, b.up, x[i]) {
				hid[o] = act(acc, sh.Up, true, d)
			}
			for o, acc := range gadgets.MatVec(api, b.down, hid) {
				x[i][o] = add(x[i][o], act(acc, sh.Down, false, F))
			}
		}
	}
	var dist frontend.Variable = 0
	poolBits := bits.Len(uint(128*T)) + 1
	for ci := 0; ci < d; ci++ {
		col := make([]frontend.Variable, T)
		for i := range x {
			col[i] = x[i][ci]
		}
		var sum frontend.Variable = col[0]
		if T > 1 {
			sum = api.Add(col[0], col[1], col[2:]...)
		}
		y := gadgets.Activate(api, rc, sum, sh.Pool, false, poolBits)
		diff := api.Sub(y, target[ci])
		dist = api.Add(dist, gadgets.ReLU(api, rc, diff, 10), gadgets.ReLU(api, rc, api.Neg(diff), 10))
	}
	api.AssertIsEqual(dist, c.Distance)
	rc.Check(c.Distance, 32)
	rc.Check(c.Threshold, 32)
	rc.Check(api.Sub(c.Threshold, c.Distance), 32)
	return nil
}
