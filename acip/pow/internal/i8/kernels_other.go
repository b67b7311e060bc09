//go:build !amd64

package i8

// Fast is false: no assembly kernels for this architecture.
var Fast = false

func gemmFast(a *GemmArgs)     { GemmGo(a) }
func attendFast(a *AttendArgs) { AttendGo(a) }
func embedFast(a *EmbedArgs)   { EmbedGo(a) }

func peak512(int) {}
func peak256(int) {}
