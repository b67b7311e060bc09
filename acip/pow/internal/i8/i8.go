// Package i8 provides the int8 matrix kernels of the proof-of-work forward
// pass: small GEMMs with int32 accumulation fused with shift requantization,
// ReLU, clamping and residual adds, and ReLU attention, all bit-exact with
// the scalar reference (Go's wrapping int32 arithmetic, arithmetic right
// shifts, clamps to int8).
//
// Three sets of kernels (Level) compute the same bits: AVX-512 VNNI
// assembly (VPDPBUSD on zmm registers, 64 multiply-adds per instruction),
// AVX2 assembly (VPMADDWD on ymm registers, 16 per instruction; the
// embedding and pooling run in Go) and pure Go, which is also what the
// tests compare the assembly against; Kernels selects the best one the CPU
// runs. A fourth, opt-in level runs the layer products on the AMX tile unit
// (TDPBSUD, 16,384 multiply-adds per instruction) and everything else as
// AVX-512 VNNI.
//
// # Layouts
//
// Activations of Tp = 16*blocks tokens ("lanes") and n features (n a
// multiple of 4) are "packed": the 4 features 4g..4g+3 of token t are the 4
// bytes at ((g*blocks + t/16)*16 + t%16)*4, so one 64-byte row holds a
// feature group of 16 tokens, one token per 32-bit lane. Offset packing
// stores x+128 as a uint8 (what VPDPBUSD's unsigned operand wants); signed
// packing stores x. Interleaved storage (attention values, the broadcast
// operand of a product that sums over tokens) is signed and puts 4
// consecutive tokens of one feature in a 32-bit word: x[t][c] at
// (c/4)*4*Tp + (t/4)*16 + (c%4)*4 + t%4.
//
// Because VPDPBUSD multiplies unsigned by signed bytes, a GEMM multiplies
// offset activations (x+128) by signed weights and starts each accumulator at
// -128 * (the weight row's sum): sum_j (x_j+128) w_j - 128 sum_j w_j equals
// sum_j x_j w_j exactly in int32.
package i8

import "fmt"

// Lanes is the number of tokens of one block: one zmm register of int32.
const Lanes = 16

// Level is a set of kernels.
type Level int

// Kernel levels, slowest first.
const (
	Portable Level = iota // pure Go
	AVX2                  // AVX2 assembly, VPMADDWD on ymm
	VNNI512               // AVX-512 VNNI assembly, VPDPBUSD on zmm
	AMXInt8               // VNNI512 with the layer products on AMX tiles (TDPBSUD) when In%64 == 0; opt-in
)

// Available lists the levels this process can run, slowest first: the
// levels up to Best, and AMXInt8 when the CPU has AVX-512 VNNI and AMX-INT8
// and the OS granted the tile state.
func Available() []Level {
	var ls []Level
	for l := Portable; l <= Best; l++ {
		ls = append(ls, l)
	}
	if Best == VNNI512 && AMX() {
		ls = append(ls, AMXInt8)
	}
	return ls
}

// String names the level.
func (l Level) String() string {
	switch l {
	case AVX2:
		return "avx2"
	case VNNI512:
		return "avx512-vnni"
	case AMXInt8:
		return "amx-int8"
	}
	return "go"
}

// Kernels is the level Gemm, Attend, Embed, Pool and Program use: Best unless a
// test lowers it (not concurrently with kernel calls).
var Kernels = Best

// Epilogue flags of Gemm.
const (
	// ReLU clamps negative requantized values to zero.
	ReLU = 1 << iota
	// Signed stores signed packed output instead of offset packed output.
	Signed
	// Residual adds the requantized value to the value already in the output
	// (in the output's format) with int8 saturation: out = clamp(out + v).
	Residual
	// Interleaved stores signed interleaved output (InterleavedIndex); it
	// cannot be combined with Residual, and Signed is implied.
	Interleaved
)

// Matrix is a weight matrix (Out x In, row-major in the source) laid out for
// Gemm: for each tile of 16 outputs and each group g of 4 inputs, 64 bytes
// holding W[o][4g..4g+3] for the tile's 16 outputs o. W2 is the AVX2 layout:
// for each tile of 8 outputs and group g, the 8 outputs' (W[o][4g],
// W[o][4g+2]) as int16 pairs, then their (W[o][4g+1], W[o][4g+3]). Rows is
// the row-major source (the AMX layout: tiles load 16 rows of 64 inputs).
// Bias is -128 times each row's sum (the offset correction).
type Matrix struct {
	In, Out int
	W       []int8
	W2      []int16
	Rows    []int8
	Bias    []int32
}

// Supported reports whether a matrix shape can be packed: In a multiple of
// 4, Out a multiple of 16, both positive.
func Supported(in, out int) bool { return in > 0 && out > 0 && in%4 == 0 && out%16 == 0 }

// Pack lays out the row-major Out x In weights w for Gemm.
func Pack(w []int8, in, out int) (Matrix, error) {
	if !Supported(in, out) || len(w) != in*out {
		return Matrix{}, fmt.Errorf("i8: cannot pack %d weights as %dx%d (in %% 4, out %% 16)", len(w), out, in)
	}
	m := Matrix{In: in, Out: out, W: make([]int8, in*out), W2: make([]int16, in*out), Rows: append([]int8(nil), w...),
		Bias: make([]int32, out)}
	groups := in / 4
	for o := 0; o < out; o++ {
		var sum int32
		for j := 0; j < in; j++ {
			v := w[o*in+j]
			sum += int32(v)
			tile, r, g, k := o/16, o%16, j/4, j%4
			m.W[((tile*groups+g)*16+r)*4+k] = v
			m.W2[(o/8*groups+g)*32+k%2*16+o%8*2+k/2] = int16(v)
		}
		m.Bias[o] = -128 * sum
	}
	return m, nil
}

// PackedIndex is the byte offset of token t, feature c in a packed buffer
// of blocks token blocks.
func PackedIndex(t, c, blocks int) int { return ((c/4*blocks+t/16)*16+t%16)*4 + c%4 }

// InterleavedIndex is the byte offset of token t, feature c in an
// interleaved buffer of blocks token blocks.
func InterleavedIndex(t, c, blocks int) int { return c/4*blocks*64 + t/4*16 + c%4*4 + t%4 }

// GemmArgs are the operands of one fused layer over blocks token blocks.
type GemmArgs struct {
	M      *Matrix
	In     []byte // offset packed, Tp x M.In
	Out    []byte // Tp x M.Out, packed (offset or signed by flags) or interleaved
	Blocks int
	Shift  uint
	Flags  int
}

func (a *GemmArgs) check() {
	tp := a.Blocks * Lanes
	if a.Blocks < 1 || len(a.In) < tp*a.M.In || len(a.Out) < tp*a.M.Out || a.Shift > 31 ||
		len(a.M.W) != a.M.In*a.M.Out || len(a.M.W2) != a.M.In*a.M.Out || len(a.M.Rows) != a.M.In*a.M.Out ||
		len(a.M.Bias) != a.M.Out ||
		!Supported(a.M.In, a.M.Out) || a.Flags&Interleaved != 0 && a.Flags&Residual != 0 {
		panic("i8: gemm operands do not match")
	}
}

// Gemm computes, for every token t < Tp and output o < Out,
//
//	v = act(sum_j x[t][j] * W[o][j], Shift, Flags&ReLU)   (int32 accumulation, >> Shift, clamp to int8)
//	out[t][o] = v, or clamp(out[t][o] + v) with Residual
//
// in the output format the flags choose. It panics on mismatched operands.
func Gemm(a *GemmArgs) {
	a.check()
	gemmAt(Kernels, a)
}

// GemmGo is the pure-Go Gemm.
func GemmGo(a *GemmArgs) {
	a.check()
	m, nb := a.M, a.Blocks
	tp, groups := nb*Lanes, m.In/4
	for t := 0; t < tp; t++ {
		for o := 0; o < m.Out; o++ {
			acc := m.Bias[o]
			tile, r := o/16, o%16
			for g := 0; g < groups; g++ {
				x := a.In[PackedIndex(t, 4*g, nb):]
				w := m.W[((tile*groups+g)*16+r)*4:]
				for k := 0; k < 4; k++ {
					acc += int32(x[k]) * int32(w[k])
				}
			}
			v := acc >> a.Shift
			if a.Flags&ReLU != 0 {
				v = max(v, 0)
			}
			v = clamp(v)
			switch {
			case a.Flags&Interleaved != 0:
				a.Out[InterleavedIndex(t, o, nb)] = byte(int8(v))
			default:
				i := PackedIndex(t, o, nb)
				if a.Flags&Residual != 0 {
					v = clamp(v + unpack(a.Out[i], a.Flags&Signed != 0))
				}
				a.Out[i] = pack(v, a.Flags&Signed != 0)
			}
		}
	}
}

// AttendArgs are the operands of ReLU attention over all heads.
type AttendArgs struct {
	Q      []byte // offset packed, Tp x d
	K      []byte // signed packed, Tp x d
	VT     []byte // interleaved, Tp x d, then VTSlack(Blocks) bytes; tokens past the real sequence must be 0
	A      []byte // output, offset packed, Tp x d
	S      []byte // scratch, at least AttendScratch(Blocks, Heads) bytes
	Blocks int
	Width  int // d
	Heads  int // divides d, with d/Heads a multiple of 4
	Score  uint
	Mix    uint
}

func (a *AttendArgs) check() {
	tp, d := a.Blocks*Lanes, a.Width
	if a.Blocks < 1 || a.Heads < 1 || d%a.Heads != 0 || (d/a.Heads)%4 != 0 || a.Score > 31 || a.Mix > 31 ||
		len(a.Q) < tp*d || len(a.K) < tp*d || len(a.VT) < tp*d+VTSlack(a.Blocks) || len(a.A) < tp*d ||
		len(a.S) < AttendScratch(a.Blocks, a.Heads) {
		panic("i8: attention operands do not match")
	}
}

// VTSlack is the number of bytes Attend may read (and ignore) past the
// values: the mix works on 4 feature groups at a time.
func VTSlack(blocks int) int { return 3 * 64 * blocks }

// AttendScratch is the scratch Attend needs: every head's scores of a
// query block and their offset corrections.
func AttendScratch(blocks, heads int) int { return 20 * blocks * Lanes * heads }

// Attend computes, per head h and token i < Tp (c ranging over the head's
// features, j over all Tp tokens),
//
//	s_ij  = act(sum_c q[i][c] k[j][c], Score, relu)   in [0, 127]
//	a[i][c] = act(sum_j s_ij v[j][c], Mix)
//
// Padding tokens contribute nothing as long as their VT entries are zero.
func Attend(a *AttendArgs) {
	a.check()
	attendAt(Kernels, a)
}

// AttendGo is the pure-Go Attend.
func AttendGo(a *AttendArgs) {
	a.check()
	nb, d := a.Blocks, a.Width
	tp, dh := nb*Lanes, d/a.Heads
	s := make([]int32, tp)
	for h := 0; h < a.Heads; h++ {
		for i := 0; i < tp; i++ {
			for j := 0; j < tp; j++ {
				var acc int32
				for c := h * dh; c < (h+1)*dh; c++ {
					acc += unpack(a.Q[PackedIndex(i, c, nb)], false) * unpack(a.K[PackedIndex(j, c, nb)], true)
				}
				s[j] = clamp(max(acc>>a.Score, 0))
			}
			for c := h * dh; c < (h+1)*dh; c++ {
				var acc int32
				for j := 0; j < tp; j++ {
					acc += s[j] * int32(int8(a.VT[InterleavedIndex(j, c, nb)]))
				}
				a.A[PackedIndex(i, c, nb)] = pack(clamp(acc>>a.Mix), false)
			}
		}
	}
}

// EmbedArgs are the operands of the embedding layer.
type EmbedArgs struct {
	TokEmb []int8  // vocabulary x Width, row-major
	Pos    []byte  // position embeddings, signed packed, Tp x Width, zero past the sequence
	Tokens []uint8 // SeqLen token ids, each < len(TokEmb)/Width
	Out    []byte  // offset packed, Tp x Width
	Width  int     // a multiple of 4
	Blocks int     // ceil(SeqLen/16)
}

func (a *EmbedArgs) check() {
	tp, d := a.Blocks*Lanes, a.Width
	if d < 4 || d%4 != 0 || len(a.Tokens) < 1 || len(a.Tokens) > tp || len(a.Tokens) <= tp-Lanes ||
		len(a.Pos) < tp*d || len(a.Out) < tp*d || len(a.TokEmb) < d || len(a.TokEmb)/d > 1<<20 {
		panic("i8: embedding operands do not match")
	}
	for _, t := range a.Tokens {
		if int(t) >= len(a.TokEmb)/d {
			panic("i8: token outside the embedding table")
		}
	}
}

// Embed writes x[t][c] = clamp(TokEmb[Tokens[t]][c] + Pos[t][c]) for every
// token t < Tp; tokens past the sequence get clamp(0 + Pos[t][c]) = 0.
func Embed(a *EmbedArgs) {
	a.check()
	embedAt(Kernels, a)
}

// EmbedGo is the pure-Go Embed.
func EmbedGo(a *EmbedArgs) {
	a.check()
	d, nb := a.Width, a.Blocks
	for t := 0; t < nb*Lanes; t++ {
		for c := 0; c < d; c++ {
			var te int32
			if t < len(a.Tokens) {
				te = int32(a.TokEmb[int(a.Tokens[t])*d+c])
			}
			i := PackedIndex(t, c, nb)
			a.Out[i] = pack(clamp(te+unpack(a.Pos[i], true)), false)
		}
	}
}

// PoolArgs are the operands of the output pooling.
type PoolArgs struct {
	X      []byte // offset packed, Tp x Width
	Y      []int8 // Width outputs
	Width  int    // a multiple of 4
	SeqLen int    // real tokens, in (Tp-16, Tp]
	Blocks int
	Shift  uint
}

func (a *PoolArgs) check() {
	tp := a.Blocks * Lanes
	if a.Width < 4 || a.Width%4 != 0 || a.SeqLen < 1 || a.SeqLen > tp || a.SeqLen <= tp-Lanes ||
		len(a.X) < tp*a.Width || len(a.Y) < a.Width || a.Shift > 31 {
		panic("i8: pool operands do not match")
	}
}

// Pool writes y[c] = act(sum over t < SeqLen of x[t][c], Shift) (no ReLU).
func Pool(a *PoolArgs) {
	a.check()
	poolAt(Kernels, a)
}

// PoolGo is the pure-Go Pool.
func PoolGo(a *PoolArgs) {
	a.check()
	for c := 0; c < a.Width; c++ {
		var acc int32
		for t := 0; t < a.SeqLen; t++ {
			acc += unpack(a.X[PackedIndex(t, c, a.Blocks)], false)
		}
		a.Y[c] = int8(clamp(acc >> a.Shift))
	}
}

func clamp(v int32) int32 { return min(max(v, -128), 127) }

func pack(v int32, signed bool) byte {
	if signed {
		return byte(int8(v))
	}
	return byte(v + 128)
}

func unpack(b byte, signed bool) int32 {
	if signed {
		return int32(int8(b))
	}
	return int32(b) - 128
}
