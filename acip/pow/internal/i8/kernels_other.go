//go:build !amd64

package i8

// Best is Portable: no assembly kernels for this architecture.
var Best = Portable

func gemmVNNI(*gemmRaw)     { panic("i8: no assembly kernels") }
func attendVNNI(*attendRaw) { panic("i8: no assembly kernels") }
func embedVNNI(*embedRaw)   { panic("i8: no assembly kernels") }
func gemmAVX2(*gemmRaw)     { panic("i8: no assembly kernels") }
func gemmAMX(*gemmRaw)      { panic("i8: no assembly kernels") }
func poolVNNI(*poolRaw)     { panic("i8: no assembly kernels") }
func attendAVX2(*attendRaw) { panic("i8: no assembly kernels") }

func peak512(int) {}
func peak256(int) {}
