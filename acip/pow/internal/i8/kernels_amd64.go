package i8

import "golang.org/x/sys/cpu"

// Best is the level the kernels use by default: the fastest of AVX2 and
// AVX-512 VNNI this CPU runs (AVX-512 VNNI needs AVX-512 F, BW, VL and
// VNNI; x/sys/cpu also checks that the OS saves zmm state). AMXInt8 is
// opt-in (Available lists it when the CPU and OS allow it).
var Best = func() Level {
	switch x := cpu.X86; {
	case x.HasAVX512F && x.HasAVX512BW && x.HasAVX512VL && x.HasAVX512VNNI:
		return VNNI512
	case x.HasAVX2:
		return AVX2
	}
	return Portable
}()

//go:noescape
func gemmVNNI(a *gemmRaw)

//go:noescape
func attendVNNI(a *attendRaw)

//go:noescape
func embedVNNI(a *embedRaw)

//go:noescape
func poolVNNI(a *poolRaw)

//go:noescape
func gemmAMX(a *gemmRaw)

//go:noescape
func gemmAVX2(a *gemmRaw)

//go:noescape
func attendAVX2(a *attendRaw)

//go:noescape
func peakVNNI512(iters int)

//go:noescape
func peakVNNI256(iters int)

func peak512(n int) { peakVNNI512(n) }
func peak256(n int) { peakVNNI256(n) }
