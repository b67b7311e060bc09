// Package powzk provides the gnark circuits of proof-of-work nonces: from the
// public epoch seed, miner and nonce they regenerate the epoch's weights,
// target and input (pow derivation version 2), run the integer transformer of
// package acip/pow bit-exactly, and enforce that the nonce's distance is the
// claimed one and at most the threshold. NonceCircuit proves one nonce;
// BatchCircuit proves k nonces of one epoch with the weights regenerated once.
//
// Cost structure (docs/pow.md, "Circuit"):
//
//   - Weights and target: one Poseidon2 permutation of width 16 per 16 stream
//     elements, and per element (31 weights) 41 byte/small lookups and two
//     linear constraints that decompose it canonically (env.elementInt8s).
//   - Every requantization (shift, ReLU, clamp) is three log-derivative
//     lookups: remainder, (quotient, output) pair, output byte; a residual
//     clamp or an absolute value two.
//   - Matrix products are not multiplied out. Every product (the projections
//     with all positions of all nonces sharing one weight matrix, attention
//     scores and mixing per head) is checked with Freivalds' test, with a
//     challenge drawn from gnark's Pedersen (BSB22) commitment to every hint
//     output and lookup query: G*In + K*In + K*G + 2K products for K positions
//     through an Out x In matrix, G = ceil(Out / (250/(bits+10))).
//
// Soundness of the randomized parts. gnark derives the challenges of all
// commitment callbacks from one commitment D to the committed wires (every
// hint output and lookup query, so every value an identity depends on) as
// h, h^2, h^3, ... with h the hash of D (Fiat-Shamir, random-oracle model);
// at most n_cb ~ 20 callbacks. A false accumulator makes a product identity
// a nonzero polynomial in h of degree below n_cb*G*K (rows are packed with
// radix R = 2^(bits+10), which cannot wrap because every accumulator,
// claimed or true, is below 2^(bits+9) in absolute value and P*(bits+10) <=
// 250 bits), so it holds with probability at most n_cb*G*K/r < 2^-236 for
// the default spec with 8 nonces (G*K <= 24*128); a lookup with a value
// outside its table passes with probability at most n_cb*(queries+entries)/r
// < 2^-228. A prover grinding 2^t commitments multiplies these by 2^t.
package powzk

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/quant"
)

// Version numbers the circuits' constraint systems: 2 is the Freivalds and
// lookup circuit over pow derivation version 2 (version 1 multiplied every
// product out over the MiMC derivation). Key caches must be keyed by it (and
// the spec): keys of another version prove nothing about this model.
const Version = 2

// TagBatch is the domain tag of a batch statement (distinct from pow's and zk/quant's tags).
const TagBatch = 0x647a7620

// NonceCircuit proves that a nonce is valid for a miner in an epoch.
// Spec is compile-time; all other fields are public inputs, in the order
// [SeedElement(seed), miner, nonce, distance, threshold].
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

// Define enforces: with weights, target and tokens derived from (Seed,
// Miner, Nonce) exactly as pow.NewModel and pow.Model.Tokens derive them,
// the forward pass of pow.Model.Forward yields y with
// sum_c |y[c] - target[c]| == Distance and Distance <= Threshold < 2^32.
func (c *NonceCircuit) Define(api frontend.API) error {
	if err := c.Spec.Check(); err != nil {
		return err
	}
	e := newEnv(api, c.Spec)
	w := e.weights(c.Seed)
	e.nonce(w, c.Seed, c.Miner, c.Nonce, c.Distance, c.Threshold)
	e.range32(c.Threshold)
	e.finish()
	return nil
}

// BatchItem is one nonce of a batch proof.
type BatchItem struct {
	Miner    [20]byte
	Nonce    uint64
	Distance uint32
}

// BatchCircuit proves K nonces of one epoch (possibly of different miners)
// in one proof; the weights are regenerated once and every weight matrix's
// Freivalds check covers the positions of all K nonces. Its only public input
// is Statement = MiMC(TagBatch, K, seed, threshold, miner_1, nonce_1,
// distance_1, ..., miner_K, nonce_K, distance_K) (BatchStatement), so the
// verification cost does not grow with K.
type BatchCircuit struct {
	Spec pow.Spec `gnark:"-"`

	Statement frontend.Variable `gnark:",public"`

	Seed      frontend.Variable
	Threshold frontend.Variable
	Miners    []frontend.Variable
	Nonces    []frontend.Variable
	Distances []frontend.Variable
}

// NewBatch returns an empty batch circuit of k nonces for spec.
func NewBatch(spec pow.Spec, k int) *BatchCircuit {
	return &BatchCircuit{
		Spec: spec, Miners: make([]frontend.Variable, k), Nonces: make([]frontend.Variable, k), Distances: make([]frontend.Variable, k),
	}
}

// BatchStatement returns the public input of a batch proof of items under p.
func BatchStatement(p pow.Params, items []BatchItem) fr.Element {
	msg := []fr.Element{quant.Elem(TagBatch), quant.Elem(int64(len(items))), pow.SeedElement(p.Seed), quant.Elem(int64(p.Threshold))}
	for _, it := range items {
		var m, n, d fr.Element
		m.SetBytes(it.Miner[:])
		n.SetUint64(it.Nonce)
		d.SetUint64(uint64(it.Distance))
		msg = append(msg, m, n, d)
	}
	return quant.Hash(msg...)
}

// AssignBatch returns the assignment of a batch proof of items under p.
func AssignBatch(p pow.Params, items []BatchItem) *BatchCircuit {
	c := NewBatch(p.Spec, len(items))
	c.Statement = quant.Big(BatchStatement(p, items))
	c.Seed = quant.Big(pow.SeedElement(p.Seed))
	c.Threshold = p.Threshold
	for i, it := range items {
		c.Miners[i] = new(big.Int).SetBytes(it.Miner[:])
		c.Nonces[i] = new(big.Int).SetUint64(it.Nonce)
		c.Distances[i] = it.Distance
	}
	return c
}

// Define enforces the statement and, for every item, what NonceCircuit enforces.
func (c *BatchCircuit) Define(api frontend.API) error {
	if err := c.Spec.Check(); err != nil {
		return err
	}
	k := len(c.Nonces)
	if k < 1 || len(c.Miners) != k || len(c.Distances) != k {
		return fmt.Errorf("powzk: batch of %d miners, %d nonces, %d distances", len(c.Miners), k, len(c.Distances))
	}
	msg := []frontend.Variable{TagBatch, k, c.Seed, c.Threshold}
	for i := range c.Nonces {
		msg = append(msg, c.Miners[i], c.Nonces[i], c.Distances[i])
	}
	api.AssertIsEqual(c.Statement, gadgets.Hash(api, msg...))
	e := newEnv(api, c.Spec)
	w := e.weights(c.Seed)
	for i := range c.Nonces {
		e.nonce(w, c.Seed, c.Miners[i], c.Nonces[i], c.Distances[i], c.Threshold)
	}
	e.range32(c.Threshold)
	e.finish()
	return nil
}

// weightsOf is an epoch's regenerated model: embeddings, the weight
// matrices as product claims shared by every nonce of the proof, the target.
type weightsOf struct {
	tokEmb, posEmb []frontend.Variable
	blocks         []blockClaims
	target         []frontend.Variable
}

type blockClaims struct {
	qkv, o, up, down *claim // qkv stacks Q, K and V (3d x d): they share the input
}

// accBits bounds a sum of n products of int8 (or [0,127]) by int8 values.
func accBits(n int) int { return quant.Shape{In: n, Out: 1}.AccBits() }

// weights regenerates the weights and target from the seed, in pow.NewModel's order.
func (e *env) weights(seed frontend.Variable) *weightsOf {
	sp := e.spec
	d, f := sp.Width, sp.FFN
	ws := e.newStream(pow.TagWeights, seed)
	w := &weightsOf{tokEmb: ws.int8s(pow.Vocab * d), posEmb: ws.int8s(sp.SeqLen * d)}
	for range sp.Layers {
		q, k, v := ws.matrix(d, d), ws.matrix(d, d), ws.matrix(d, d)
		b := blockClaims{
			qkv:  &claim{w: append(append(q, k...), v...), bits: accBits(d)},
			o:    &claim{w: ws.matrix(d, d), bits: accBits(d)},
			up:   &claim{w: ws.matrix(f, d), bits: accBits(d)},
			down: &claim{w: ws.matrix(d, f), bits: accBits(f)},
		}
		e.claims = append(e.claims, b.qkv, b.o, b.up, b.down)
		w.blocks = append(w.blocks, b)
	}
	w.target = e.newStream(pow.TagTarget, seed).int8s(d)
	return w
}

// tokens derives a nonce's tokens like pow.Model.Tokens (MiMC stream of
// InputSeed; int8 values v, token id v + 128).
func tokens(api frontend.API, seed, miner, nonce frontend.Variable, n int) []frontend.Variable {
	s := gadgets.Hash(api, pow.TagInput, seed, miner, nonce)
	out := make([]frontend.Variable, 0, n)
	for ctr := 0; len(out) < n; ctr++ {
		blk := gadgets.BlockInt8s(api, gadgets.PRNGBlock(api, s, ctr))
		out = append(out, blk[:min(len(blk), n-len(out))]...)
	}
	return out
}

// nonce proves one nonce's forward pass (pow.Model.Forward) and distance.
func (e *env) nonce(w *weightsOf, seed, miner, nonce, distance, threshold frontend.Variable) {
	api := e.api
	sp, sh := e.spec, e.sh
	T, d, H := sp.SeqLen, sp.Width, sp.Heads
	dh := d / H
	emb := e.embed(w.tokEmb, tokens(api, seed, miner, nonce, T))
	x := make([][]frontend.Variable, T)
	for i := range x {
		x[i] = make([]frontend.Variable, d)
		for c := range x[i] {
			x[i][c] = e.clampAdd(emb[i][c], w.posEmb[i*d+c])
		}
	}
	for _, b := range w.blocks {
		q, k, v := make([][]frontend.Variable, T), make([][]frontend.Variable, T), make([][]frontend.Variable, T)
		for i := range x {
			y := e.matvec(b.qkv, x[i], sh.Proj, false)
			q[i], k[i], v[i] = y[:d], y[d:2*d], y[2*d:]
		}
		a := make([][]frontend.Variable, T)
		for i := range a {
			a[i] = make([]frontend.Variable, d)
		}
		for h := 0; h < H; h++ {
			// Scores: rows of K^h times q_i^h; mixing: rows of (V^h)^T times s_i.
			kh := &claim{w: make([][]frontend.Variable, T), bits: accBits(dh)}
			for j := range kh.w {
				kh.w[j] = k[j][h*dh : (h+1)*dh]
			}
			vh := &claim{w: make([][]frontend.Variable, dh), bits: accBits(T)}
			for c := range vh.w {
				vh.w[c] = make([]frontend.Variable, T)
				for j := range vh.w[c] {
					vh.w[c][j] = v[j][h*dh+c]
				}
			}
			e.claims = append(e.claims, kh, vh)
			for i := range x {
				s := e.matvec(kh, q[i][h*dh:(h+1)*dh], sh.Score, true)
				copy(a[i][h*dh:(h+1)*dh], e.matvec(vh, s, sh.Mix, false))
			}
		}
		for i := range x {
			t := e.matvec(b.o, a[i], sh.Proj, false)
			for c := range x[i] {
				x[i][c] = e.clampAdd(x[i][c], t[c])
			}
			hid := e.matvec(b.up, x[i], sh.Up, true)
			t = e.matvec(b.down, hid, sh.Down, false)
			for c := range x[i] {
				x[i][c] = e.clampAdd(x[i][c], t[c])
			}
		}
	}
	poolBits := bits.Len(uint(128*T)) + 1 // |sum of T int8| <= 128T
	dist := make([]frontend.Variable, d)
	for c := 0; c < d; c++ {
		col := make([]frontend.Variable, T)
		for i := range x {
			col[i] = x[i][c]
		}
		y := e.activate(sum(api, col), poolBits, sh.Pool, false)
		dist[c] = e.absDiff(y, w.target[c])
	}
	api.AssertIsEqual(sum(api, dist), distance)
	e.range32(distance)
	e.range32(api.Sub(threshold, distance))
}
