//go:build !amd64

package i8

// Fast is false: no assembly kernels for this architecture.
var Fast = false

func gemmFast(a *GemmArgs)     { GemmGo(a) }
func attendFast(a *AttendArgs) { AttendGo(a) }
func embedFast(a *EmbedArgs)   { EmbedGo(a) }

func gemmVNNI(*gemmRaw)     { panic("i8: no assembly kernels") }
func attendVNNI(*attendRaw) { panic("i8: no assembly kernels") }

func peak512(int) {}
func peak256(int) {}
