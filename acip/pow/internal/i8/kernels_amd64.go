package i8

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// Fast reports whether the AVX-512 VNNI kernels run on this CPU (AVX-512 F,
// BW and VNNI, and the OS saving the zmm state). Tests may clear it to force
// the pure-Go kernels.
var Fast = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI

// gemmRaw is GemmArgs as the assembly reads it (offsets are fixed).
type gemmRaw struct {
	w, bias, in, out unsafe.Pointer // 0, 8, 16, 24
	groups, tiles    int            // 32, 40
	blocks, shift    int            // 48, 56
	flags            int            // 64
}

// attendRaw is AttendArgs as the assembly reads it.
type attendRaw struct {
	q, k, vt, a, s unsafe.Pointer // 0, 8, 16, 24, 32
	blocks, heads  int            // 40, 48
	hg             int            // 56: 4-feature groups per head
	score, mix     int            // 64, 72
}

// embedRaw is EmbedArgs as the assembly reads it.
type embedRaw struct {
	tokEmb, pos, tokens, out unsafe.Pointer // 0, 8, 16, 24
	width, seqLen, blocks    int            // 32, 40, 48
}

//go:noescape
func embedVNNI(a *embedRaw)

func embedFast(a *EmbedArgs) {
	r := embedRaw{
		tokEmb: unsafe.Pointer(&a.TokEmb[0]), pos: unsafe.Pointer(&a.Pos[0]), tokens: unsafe.Pointer(&a.Tokens[0]),
		out: unsafe.Pointer(&a.Out[0]), width: a.Width, seqLen: len(a.Tokens), blocks: a.Blocks,
	}
	embedVNNI(&r)
}

//go:noescape
func gemmVNNI(a *gemmRaw)

//go:noescape
func attendVNNI(a *attendRaw)

func gemmFast(a *GemmArgs) {
	r := gemmRaw{
		w: unsafe.Pointer(&a.M.W[0]), bias: unsafe.Pointer(&a.M.Bias[0]),
		in: unsafe.Pointer(&a.In[0]), out: unsafe.Pointer(&a.Out[0]),
		groups: a.M.In / 4, tiles: a.M.Out / 16, blocks: a.Blocks, shift: int(a.Shift), flags: a.Flags,
	}
	gemmVNNI(&r)
}

func attendFast(a *AttendArgs) {
	r := attendRaw{
		q: unsafe.Pointer(&a.Q[0]), k: unsafe.Pointer(&a.K[0]), vt: unsafe.Pointer(&a.VT[0]),
		a: unsafe.Pointer(&a.A[0]), s: unsafe.Pointer(&a.S[0]),
		blocks: a.Blocks, heads: a.Heads, hg: a.Width / a.Heads / 4, score: int(a.Score), mix: int(a.Mix),
	}
	attendVNNI(&r)
}

//go:noescape
func peakVNNI512(iters int)

//go:noescape
func peakVNNI256(iters int)

func peak512(n int) { peakVNNI512(n) }
func peak256(n int) { peakVNNI256(n) }
