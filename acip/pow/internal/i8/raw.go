package i8

import "unsafe"

// gemmRaw is GemmArgs as the assembly reads it (the offsets are fixed).
type gemmRaw struct {
	w, bias, in, out unsafe.Pointer // 0, 8, 16, 24
	groups, tiles    int            // 32, 40
	blocks, shift    int            // 48, 56
	flags            int            // 64
	w2               unsafe.Pointer // 72
	rows             unsafe.Pointer // 80
}

// attendRaw is AttendArgs as the assembly reads it.
type attendRaw struct {
	q, k, vt, a, s unsafe.Pointer // 0, 8, 16, 24, 32
	blocks, heads  int            // 40, 48
	hg             int            // 56: 4-feature groups per head
	score, mix     int            // 64, 72
	_              int            // 80: the AVX2 kernel reads mix as 16 bytes
}

// embedRaw is EmbedArgs as the assembly reads it.
type embedRaw struct {
	tokEmb, pos, tokens, out unsafe.Pointer // 0, 8, 16, 24
	width, seqLen, blocks    int            // 32, 40, 48
}

// poolRaw is PoolArgs as the assembly reads it.
type poolRaw struct {
	x, y          unsafe.Pointer // 0, 8
	width, seqLen int            // 16, 24
	blocks, shift int            // 32, 40
}

func (a *PoolArgs) raw() poolRaw {
	return poolRaw{x: unsafe.Pointer(&a.X[0]), y: unsafe.Pointer(&a.Y[0]), width: a.Width, seqLen: a.SeqLen, blocks: a.Blocks, shift: int(a.Shift)}
}

func poolAt(l Level, a *PoolArgs) {
	if l >= VNNI512 {
		r := a.raw()
		poolVNNI(&r)
		return
	}
	PoolGo(a)
}

func (a *GemmArgs) raw() gemmRaw {
	return gemmRaw{
		w: unsafe.Pointer(&a.M.W[0]), bias: unsafe.Pointer(&a.M.Bias[0]),
		in: unsafe.Pointer(&a.In[0]), out: unsafe.Pointer(&a.Out[0]),
		groups: a.M.In / 4, tiles: a.M.Out / 16, blocks: a.Blocks, shift: int(a.Shift), flags: a.Flags,
		w2: unsafe.Pointer(&a.M.W2[0]), rows: unsafe.Pointer(&a.M.Rows[0]),
	}
}

func (a *AttendArgs) raw() attendRaw {
	return attendRaw{
		q: unsafe.Pointer(&a.Q[0]), k: unsafe.Pointer(&a.K[0]), vt: unsafe.Pointer(&a.VT[0]),
		a: unsafe.Pointer(&a.A[0]), s: unsafe.Pointer(&a.S[0]),
		blocks: a.Blocks, heads: a.Heads, hg: a.Width / a.Heads / 4, score: int(a.Score), mix: int(a.Mix),
	}
}

func (a *EmbedArgs) raw() embedRaw {
	return embedRaw{
		tokEmb: unsafe.Pointer(&a.TokEmb[0]), pos: unsafe.Pointer(&a.Pos[0]), tokens: unsafe.Pointer(&a.Tokens[0]),
		out: unsafe.Pointer(&a.Out[0]), width: a.Width, seqLen: len(a.Tokens), blocks: a.Blocks,
	}
}

// Program is a fixed sequence of kernel calls on fixed buffers, checked
// once when it is built, so that running it (once per nonce) costs no
// operand checks: they take about 20 ns per call, 10% of a 64x64 layer of
// 16 tokens. The buffers and weights must stay alive and unchanged while
// the program is used; a Program belongs to one goroutine at a time.
type Program struct {
	steps []step
}

type step struct {
	gemm   *GemmArgs
	attend *AttendArgs
	fn     func()
	graw   gemmRaw
	araw   attendRaw
}

// Gemm appends a Gemm call; it panics on mismatched operands.
func (p *Program) Gemm(a GemmArgs) {
	a.check()
	p.steps = append(p.steps, step{gemm: &a, graw: a.raw()})
}

// Attend appends an Attend call; it panics on mismatched operands.
func (p *Program) Attend(a AttendArgs) {
	a.check()
	p.steps = append(p.steps, step{attend: &a, araw: a.raw()})
}

// Func appends a call of f (glue between kernels).
func (p *Program) Func(f func()) { p.steps = append(p.steps, step{fn: f}) }

// Run executes the steps in order.
func (p *Program) Run() {
	for i := range p.steps {
		s := &p.steps[i]
		switch {
		case s.gemm != nil && Kernels == AMXInt8 && s.gemm.M.In%64 == 0:
			gemmAMX(&s.graw)
		case s.gemm != nil && Kernels >= VNNI512:
			gemmVNNI(&s.graw)
		case s.gemm != nil && Kernels == AVX2:
			gemmAVX2(&s.graw)
		case s.gemm != nil:
			GemmGo(s.gemm)
		case s.attend != nil && Kernels >= VNNI512:
			attendVNNI(&s.araw)
		case s.attend != nil && Kernels == AVX2:
			attendAVX2(&s.araw)
		case s.attend != nil:
			AttendGo(s.attend)
		default:
			s.fn()
		}
	}
}

// gemmAt runs Gemm on the kernels of level l (checked operands).
func gemmAt(l Level, a *GemmArgs) {
	switch r := a.raw(); {
	case l == AMXInt8 && a.M.In%64 == 0:
		gemmAMX(&r)
	case l >= VNNI512:
		gemmVNNI(&r)
	case l == AVX2:
		gemmAVX2(&r)
	default:
		GemmGo(a)
	}
}

func attendAt(l Level, a *AttendArgs) {
	switch r := a.raw(); {
	case l >= VNNI512:
		attendVNNI(&r)
	case l == AVX2:
		attendAVX2(&r)
	default:
		AttendGo(a)
	}
}

func embedAt(l Level, a *EmbedArgs) {
	if l >= VNNI512 {
		r := a.raw()
		embedVNNI(&r)
		return
	}
	EmbedGo(a)
}
