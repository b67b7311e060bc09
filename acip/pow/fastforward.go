package pow

import (
	"github.com/dip-market/dip/acip/pow/internal/i8"
	"github.com/dip-market/dip/zk/quant"
)

// fastSpec reports whether the forward pass of spec runs on the i8 kernels:
// they need assembly kernels (AVX-512 VNNI or AVX2; without them the scalar
// loops run), widths that are multiples of 16 and heads of a multiple of 4
// features. Any sequence length works (it is
// padded to a multiple of 16 tokens). Other specs use the scalar loops.
func fastSpec(sp Spec) bool {
	return i8.Kernels > i8.Portable && sp.Width%16 == 0 && sp.FFN%16 == 0 && (sp.Width/sp.Heads)%4 == 0
}

// fastScratch holds the kernel-layout weights of one model (packed once,
// on the first forward pass with this scratch) and the packed activations.
type fastScratch struct {
	model *Model
	spec  Spec
	prog  i8.Program // every block's layers and attention
	nb    int        // token blocks of 16: the sequence padded
	pos   []byte     // position embeddings, signed packed, zero past the sequence
	x     []byte     // residual stream, offset packed, Tp x d
	q     []byte     // offset packed
	k     []byte     // signed packed
	vt    []byte     // interleaved
	a     []byte     // attention output, offset packed
	h     []byte     // FFN hidden, offset packed, Tp x FFN
	s     []byte     // attention scores of every head for one query block, and their corrections
}

func newFastScratch(sp Spec) *fastScratch {
	nb := (sp.SeqLen + i8.Lanes - 1) / i8.Lanes
	tp, d := nb*i8.Lanes, sp.Width
	buf := func(n int) []byte { return make([]byte, n) }
	return &fastScratch{spec: sp, nb: nb, pos: buf(tp * d), x: buf(tp * d), q: buf(tp * d), k: buf(tp * d),
		vt: buf(tp*d + i8.VTSlack(nb)), a: buf(tp * d), h: buf(tp * sp.FFN), s: buf(i8.AttendScratch(nb, sp.Heads))}
}

// load lays out m's weights for the kernels (about 0.5 ms for the default
// model on the loaded test machine) and builds the program of the blocks. The scratch keeps them until
// it is used with another model.
func (f *fastScratch) load(m *Model) {
	pack := func(l *quant.Layer) *i8.Matrix {
		p, err := i8.Pack(l.W, l.In, l.Out)
		if err != nil {
			panic(err) // fastSpec admitted the shape
		}
		return &p
	}
	sp, sh, nb := m.Spec, m.Shifts, f.nb
	T, d := sp.SeqLen, sp.Width
	for t := 0; t < T; t++ {
		for c := 0; c < d; c++ {
			f.pos[i8.PackedIndex(t, c, nb)] = byte(m.PosEmb[t*d+c])
		}
	}
	clear(f.vt)
	// Padding tokens must not be mixed in: their values are zero.
	zeroPad := func() {
		for t := T; t < nb*i8.Lanes; t++ {
			for c := 0; c < d; c++ {
				f.vt[i8.InterleavedIndex(t, c, nb)] = 0
			}
		}
	}
	f.prog = i8.Program{}
	p := &f.prog
	for i := range m.Blocks {
		b := &m.Blocks[i]
		p.Gemm(i8.GemmArgs{M: pack(&b.Q), In: f.x, Out: f.q, Blocks: nb, Shift: sh.Proj})
		p.Gemm(i8.GemmArgs{M: pack(&b.K), In: f.x, Out: f.k, Blocks: nb, Shift: sh.Proj, Flags: i8.Signed})
		p.Gemm(i8.GemmArgs{M: pack(&b.V), In: f.x, Out: f.vt, Blocks: nb, Shift: sh.Proj, Flags: i8.Interleaved})
		if T%i8.Lanes != 0 {
			p.Func(zeroPad)
		}
		p.Attend(i8.AttendArgs{Q: f.q, K: f.k, VT: f.vt, A: f.a, S: f.s, Blocks: nb, Width: d, Heads: sp.Heads,
			Score: sh.Score, Mix: sh.Mix})
		p.Gemm(i8.GemmArgs{M: pack(&b.O), In: f.a, Out: f.x, Blocks: nb, Shift: sh.Proj, Flags: i8.Residual})
		p.Gemm(i8.GemmArgs{M: pack(&b.Up), In: f.x, Out: f.h, Blocks: nb, Shift: sh.Up, Flags: i8.ReLU})
		p.Gemm(i8.GemmArgs{M: pack(&b.Down), In: f.h, Out: f.x, Blocks: nb, Shift: sh.Down, Flags: i8.Residual})
	}
	f.model = m
}

// forwardFast is Forward on the i8 kernels: the same values, bit for bit
// (TestForwardKernelsMatchScalar runs both paths against the reference).
func (m *Model) forwardFast(tokens []uint8, sc *Scratch) []int8 {
	f := sc.fast
	if f.model != m {
		if m.Spec != f.spec {
			panic("pow: scratch used with a model of another spec")
		}
		f.load(m)
	}
	sp, sh := m.Spec, m.Shifts
	T, d, nb := sp.SeqLen, sp.Width, f.nb
	i8.Embed(&i8.EmbedArgs{TokEmb: m.TokEmb, Pos: f.pos, Tokens: tokens[:T], Out: f.x, Width: d, Blocks: nb})
	f.prog.Run()
	i8.Pool(&i8.PoolArgs{X: f.x, Y: sc.y, Width: d, SeqLen: T, Blocks: nb, Shift: sh.Pool})
	return sc.y
}
