//go:build !(linux && amd64)

package i8

// AMX reports whether AMX-INT8 runs in this process: never on this
// platform (the peak loop is written for Linux on amd64).
func AMX() bool { return false }

// PeakRoundAMX returns 0: no AMX peak loop on this platform.
func PeakRoundAMX() int { return 0 }
