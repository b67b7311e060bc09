package i8

import "golang.org/x/sys/cpu"

// Fast reports whether the AVX-512 VNNI kernels run on this CPU (AVX-512 F,
// BW, VL and VNNI, and the OS saving the zmm state). Tests may clear it to
// force the pure-Go kernels.
var Fast = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI

//go:noescape
func gemmVNNI(a *gemmRaw)

//go:noescape
func attendVNNI(a *attendRaw)

//go:noescape
func embedVNNI(a *embedRaw)

//go:noescape
func peakVNNI512(iters int)

//go:noescape
func peakVNNI256(iters int)

func gemmFast(a *GemmArgs) {
	r := a.raw()
	gemmVNNI(&r)
}

func attendFast(a *AttendArgs) {
	r := a.raw()
	attendVNNI(&r)
}

func embedFast(a *EmbedArgs) {
	r := a.raw()
	embedVNNI(&r)
}

func peak512(n int) { peakVNNI512(n) }
func peak256(n int) { peakVNNI256(n) }
