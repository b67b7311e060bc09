package i8

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// levels are the kernel levels this process runs.
func levels() []Level { return Available() }

// packRows lays out row-major Tp x n int8 values as packed (offset or
// signed) bytes.
func packRows(x []int8, tp, n int, signed bool) []byte {
	out := make([]byte, tp*n)
	for t := 0; t < tp; t++ {
		for c := 0; c < n; c++ {
			out[PackedIndex(t, c, tp/Lanes)] = pack(int32(x[t*n+c]), signed)
		}
	}
	return out
}

// activate is zk/quant.Activate, restated so that this package's tests
// do not depend on the code they check.
func activate(acc int32, shift uint, relu bool) int32 {
	v := acc >> shift
	if relu && v < 0 {
		v = 0
	}
	return min(max(v, -128), 127)
}

// refGemm is the scalar definition on row-major slices: out is Tp x Out.
func refGemm(w, x, old []int8, in, out, tp int, shift uint, flags int) []int8 {
	y := make([]int8, tp*out)
	for t := 0; t < tp; t++ {
		for o := 0; o < out; o++ {
			var acc int32
			for j := 0; j < in; j++ {
				acc += int32(w[o*in+j]) * int32(x[t*in+j])
			}
			v := activate(acc, shift, flags&ReLU != 0)
			if flags&Residual != 0 {
				v = min(max(v+int32(old[t*out+o]), -128), 127)
			}
			y[t*out+o] = int8(v)
		}
	}
	return y
}

// gemmOut reads Tp x Out values back from a Gemm output buffer.
func gemmOut(buf []byte, tp, out, flags int) []int8 {
	y := make([]int8, tp*out)
	for t := 0; t < tp; t++ {
		for o := 0; o < out; o++ {
			if flags&Interleaved != 0 {
				y[t*out+o] = int8(buf[InterleavedIndex(t, o, tp/Lanes)])
			} else {
				y[t*out+o] = int8(unpack(buf[PackedIndex(t, o, tp/Lanes)], flags&Signed != 0))
			}
		}
	}
	return y
}

// fill sets v from a generator: random, or one of the extremes.
func fill(v []int8, rng *rand.Rand, mode int) {
	for i := range v {
		switch mode {
		case 0:
			v[i] = int8(rng.UintN(256))
		case 1:
			v[i] = -128
		case 2:
			v[i] = 127
		default: // mostly extremes, some random
			v[i] = [4]int8{-128, 127, 0, int8(rng.UintN(256))}[rng.UintN(4)]
		}
	}
}

type gemmCase struct {
	in, out, blocks int
	shift           uint
	flags           int
	xMode, wMode    int
}

// runGemm checks both kernels against refGemm on one case.
func runGemm(t *testing.T, rng *rand.Rand, c gemmCase) {
	t.Helper()
	tp := c.blocks * Lanes
	w, x, old := make([]int8, c.in*c.out), make([]int8, tp*c.in), make([]int8, tp*c.out)
	fill(w, rng, c.wMode)
	fill(x, rng, c.xMode)
	fill(old, rng, 3)
	m, err := Pack(w, c.in, c.out)
	if err != nil {
		t.Fatal(err)
	}
	want := refGemm(w, x, old, c.in, c.out, tp, c.shift, c.flags)
	for _, l := range levels() {
		outBuf := make([]byte, tp*c.out)
		if c.flags&Residual != 0 {
			outBuf = packRows(old, tp, c.out, c.flags&Signed != 0)
		}
		a := &GemmArgs{M: &m, In: packRows(x, tp, c.in, false), Out: outBuf, Blocks: c.blocks, Shift: c.shift, Flags: c.flags}
		a.check()
		gemmAt(l, a)
		got := gemmOut(outBuf, tp, c.out, c.flags)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s %+v: token %d output %d = %d, want %d", l, c, i/c.out, i%c.out, got[i], want[i])
			}
		}
	}
}

func TestGemmMatchesScalar(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	flagSets := []int{0, ReLU, Signed, Residual, Residual | ReLU, Signed | Residual, Signed | Residual | ReLU, Interleaved, Interleaved | ReLU}
	shapes := [][3]int{
		{4, 16, 1}, {8, 16, 1}, {12, 32, 2}, {64, 64, 1}, {64, 128, 1}, {128, 64, 1}, {68, 48, 3}, {2048, 16, 1}, {512, 32, 2},
		{64, 48, 2}, {128, 80, 3}, // odd tile counts on the AMX level: pairs, then one tile
	}
	for _, sh := range shapes {
		for _, fl := range flagSets {
			for mode := 0; mode < 4; mode++ {
				for _, shift := range []uint{0, 7, 10, 31} {
					runGemm(t, rng, gemmCase{in: sh[0], out: sh[1], blocks: sh[2], shift: shift, flags: fl, xMode: mode, wMode: (mode * 3) % 4})
				}
			}
		}
	}
}

// The worst accumulators: -128 * -128 summed over the widest input (2^25),
// and 127 * -128 (the most negative), with no shift, so the clamps and the
// offset correction are exercised at their limits.
func TestGemmExtremes(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	for _, xm := range []int{1, 2} {
		for _, wm := range []int{1, 2} {
			for _, sh := range []uint{0, 14, 20, 25, 26} {
				for _, fl := range []int{0, ReLU, Residual, Interleaved} {
					runGemm(t, rng, gemmCase{in: 2048, out: 16, blocks: 1, shift: sh, flags: fl, xMode: xm, wMode: wm})
				}
			}
		}
	}
}

func FuzzGemm(f *testing.F) {
	f.Add(uint64(1), uint8(16), uint8(1), uint8(1), uint8(10), uint8(0))
	f.Add(uint64(2), uint8(1), uint8(4), uint8(2), uint8(0), uint8(5))
	f.Fuzz(func(t *testing.T, seed uint64, groups, tiles, blocks, shift, flags uint8) {
		c := gemmCase{
			in: 4 * (1 + int(groups)%128), out: 16 * (1 + int(tiles)%8), blocks: 1 + int(blocks)%4,
			shift: uint(shift) % 32, flags: int(flags) & (ReLU | Signed | Residual | Interleaved),
			xMode: int(seed % 4), wMode: int(seed/4) % 4,
		}
		if c.flags&Interleaved != 0 {
			c.flags &^= Residual
		}
		runGemm(t, rand.New(rand.NewPCG(seed, 7)), c)
	})
}

// refAttend is the scalar definition on row-major slices (Tp x d).
func refAttend(q, k, v []int8, tp, d, heads int, score, mix uint) []int8 {
	dh := d / heads
	a := make([]int8, tp*d)
	s := make([]int32, tp)
	for h := 0; h < heads; h++ {
		for i := 0; i < tp; i++ {
			for j := 0; j < tp; j++ {
				var acc int32
				for c := h * dh; c < (h+1)*dh; c++ {
					acc += int32(q[i*d+c]) * int32(k[j*d+c])
				}
				s[j] = activate(acc, score, true)
			}
			for c := h * dh; c < (h+1)*dh; c++ {
				var acc int32
				for j := 0; j < tp; j++ {
					acc += s[j] * int32(v[j*d+c])
				}
				a[i*d+c] = int8(activate(acc, mix, false))
			}
		}
	}
	return a
}

func TestAttendMatchesScalar(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 8))
	cases := []struct {
		d, heads, blocks int
		score, mix       uint
	}{
		{64, 4, 1, 13, 8}, {16, 2, 1, 12, 7}, {64, 4, 2, 13, 8}, {48, 3, 3, 12, 9}, {32, 8, 1, 0, 0},
		{128, 1, 1, 14, 8}, {64, 16, 4, 10, 10}, {512, 16, 1, 31, 31},
	}
	for _, c := range cases {
		for mode := 0; mode < 4; mode++ {
			name := fmt.Sprintf("d%d H%d B%d mode%d", c.d, c.heads, c.blocks, mode)
			tp := c.blocks * Lanes
			q, k, v := make([]int8, tp*c.d), make([]int8, tp*c.d), make([]int8, tp*c.d)
			fill(q, rng, mode)
			fill(k, rng, (mode+1)%4)
			fill(v, rng, (mode+2)%4)
			want := refAttend(q, k, v, tp, c.d, c.heads, c.score, c.mix)
			vt := make([]byte, tp*c.d+VTSlack(c.blocks))
			for j := 0; j < tp; j++ {
				for cc := 0; cc < c.d; cc++ {
					vt[InterleavedIndex(j, cc, c.blocks)] = byte(v[j*c.d+cc])
				}
			}
			for _, l := range levels() {
				a := &AttendArgs{
					Q: packRows(q, tp, c.d, false), K: packRows(k, tp, c.d, true), VT: vt,
					A: make([]byte, tp*c.d), S: make([]byte, AttendScratch(c.blocks, c.heads)),
					Blocks: c.blocks, Width: c.d, Heads: c.heads, Score: c.score, Mix: c.mix,
				}
				a.check()
				attendAt(l, a)
				got := gemmOut(a.A, tp, c.d, 0)
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%s %s: token %d feature %d = %d, want %d", l, name, i/c.d, i%c.d, got[i], want[i])
					}
				}
			}
		}
	}
}

func TestPackRejectsShapes(t *testing.T) {
	t.Parallel()
	for _, sh := range [][2]int{{3, 16}, {4, 15}, {0, 16}, {4, 0}} {
		if _, err := Pack(make([]int8, sh[0]*sh[1]), sh[0], sh[1]); err == nil {
			t.Errorf("Pack accepted in %d out %d", sh[0], sh[1])
		}
	}
	if _, err := Pack(make([]int8, 10), 4, 16); err == nil {
		t.Errorf("Pack accepted a short weight slice")
	}
}

func TestEmbedMatchesScalar(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(11, 12))
	for _, c := range []struct{ d, seq, vocab int }{{64, 16, 256}, {16, 8, 256}, {4, 1, 3}, {128, 33, 256}, {36, 20, 7}, {512, 256, 256}} {
		for mode := 0; mode < 4; mode++ {
			nb := (c.seq + Lanes - 1) / Lanes
			tp := nb * Lanes
			emb, pos := make([]int8, c.vocab*c.d), make([]int8, tp*c.d)
			fill(emb, rng, mode)
			fill(pos[:c.seq*c.d], rng, (mode+1)%4)
			tok := make([]uint8, c.seq)
			for i := range tok {
				tok[i] = uint8(rng.UintN(uint(c.vocab)))
			}
			want := make([]int8, tp*c.d)
			for i := 0; i < c.seq; i++ {
				for cc := 0; cc < c.d; cc++ {
					want[i*c.d+cc] = int8(min(max(int32(emb[int(tok[i])*c.d+cc])+int32(pos[i*c.d+cc]), -128), 127))
				}
			}
			for _, l := range levels() {
				a := &EmbedArgs{TokEmb: emb, Pos: packRows(pos, tp, c.d, true), Tokens: tok, Out: make([]byte, tp*c.d), Width: c.d, Blocks: nb}
				a.check()
				embedAt(l, a)
				got := gemmOut(a.Out, tp, c.d, 0)
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("%s d%d seq%d mode %d: token %d feature %d = %d, want %d", l, c.d, c.seq, mode, i/c.d, i%c.d, got[i], want[i])
					}
				}
			}
		}
	}
}

// A program runs the same kernels as direct calls at every level. Not
// parallel: it sets Kernels.
func TestProgramMatchesDirectCalls(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	const d, f, nb = 32, 64, 2
	tp := nb * Lanes
	x := make([]int8, tp*d)
	fill(x, rng, 0)
	w1, w2 := make([]int8, d*f), make([]int8, f*d)
	fill(w1, rng, 0)
	fill(w2, rng, 3)
	m1, _ := Pack(w1, d, f)
	m2, _ := Pack(w2, f, d)
	run := func(prog bool) []byte {
		xb, h := packRows(x, tp, d, false), make([]byte, tp*f)
		calls := []GemmArgs{
			{M: &m1, In: xb, Out: h, Blocks: nb, Shift: 9, Flags: ReLU},
			{M: &m2, In: h, Out: xb, Blocks: nb, Shift: 10, Flags: Residual},
		}
		var p Program
		for _, c := range calls {
			if prog {
				p.Gemm(c)
			} else {
				GemmGo(&c)
			}
		}
		p.Run()
		return xb
	}
	want := string(run(false))
	defer func() { Kernels = Best }()
	for _, Kernels = range levels() {
		if got := string(run(true)); got != want {
			t.Errorf("program (%s) differs from direct calls", Kernels)
		}
	}
}

func TestPoolMatchesScalar(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(15, 16))
	for _, c := range []struct{ d, seq int }{{64, 16}, {16, 8}, {4, 1}, {128, 33}, {36, 20}, {512, 256}, {64, 255}} {
		for mode := 0; mode < 4; mode++ {
			for _, shift := range []uint{0, 4, 8, 31} {
				nb := (c.seq + Lanes - 1) / Lanes
				tp := nb * Lanes
				x := make([]int8, tp*c.d)
				fill(x, rng, mode)
				want := make([]int8, c.d)
				for cc := range want {
					var acc int32
					for i := 0; i < c.seq; i++ {
						acc += int32(x[i*c.d+cc])
					}
					want[cc] = int8(activate(acc, shift, false))
				}
				for _, l := range levels() {
					a := &PoolArgs{X: packRows(x, tp, c.d, false), Y: make([]int8, c.d), Width: c.d, SeqLen: c.seq, Blocks: nb, Shift: shift}
					a.check()
					poolAt(l, a)
					for i := range want {
						if a.Y[i] != want[i] {
							t.Fatalf("%s d%d seq%d mode %d shift %d: feature %d = %d, want %d", l, c.d, c.seq, mode, shift, i, a.Y[i], want[i])
						}
					}
				}
			}
		}
	}
}

func TestGemmRejectsOperands(t *testing.T) {
	t.Parallel()
	m, err := Pack(make([]int8, 64*16), 64, 16)
	if err != nil {
		t.Fatal(err)
	}
	ok := GemmArgs{M: &m, In: make([]byte, 16*64), Out: make([]byte, 16*16), Blocks: 1, Shift: 10}
	tests := []struct {
		name string
		edit func(*GemmArgs)
	}{
		{"short input", func(a *GemmArgs) { a.In = a.In[:16*64-1] }},
		{"short output", func(a *GemmArgs) { a.Out = a.Out[:16*16-1] }},
		{"no blocks", func(a *GemmArgs) { a.Blocks = 0 }},
		{"two blocks of buffers for one", func(a *GemmArgs) { a.Blocks = 2 }},
		{"shift 32", func(a *GemmArgs) { a.Shift = 32 }},
		{"interleaved residual", func(a *GemmArgs) { a.Flags = Interleaved | Residual }},
	}
	for _, tt := range tests {
		a := ok
		tt.edit(&a)
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: Gemm accepted the operands", tt.name)
				}
			}()
			Gemm(&a)
		}()
	}
	Gemm(&ok) // the unedited operands run
}
