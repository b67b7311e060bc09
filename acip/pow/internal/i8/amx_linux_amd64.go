package i8

import (
	"sync"
	"syscall"

	"golang.org/x/sys/cpu"
)

// Linux arch_prctl codes and the XSAVE component of the AMX tile data.
const (
	archReqXcompPerm = 0x1023
	xfeatureTileData = 18
)

// AMX reports whether AMX-INT8 runs in this process: the CPU has it and
// Linux granted the tile state (arch_prctl ARCH_REQ_XCOMP_PERM, asked once;
// the grant is process-wide). The forward pass does not use AMX; only the
// peak comparison does.
var AMX = sync.OnceValue(func() bool {
	if !cpu.X86.HasAMXTile || !cpu.X86.HasAMXInt8 {
		return false
	}
	_, _, errno := syscall.Syscall(syscall.SYS_ARCH_PRCTL, archReqXcompPerm, xfeatureTileData, 0)
	return errno == 0
})

//go:noescape
func peakAMX(cfg *byte, iters int)

// amxConfig is the tile configuration of peakAMX: palette 1, tiles 0-7 of
// 16 rows of 64 bytes.
var amxConfig = func() *[64]byte {
	var c [64]byte
	c[0] = 1
	for t := 0; t < 8; t++ {
		c[16+2*t] = 64
		c[48+t] = 16
	}
	return &c
}()

// PeakRoundAMX runs one round (about 20 us) of 4 independent TDPBSSD tile
// products per iteration and returns its multiply-adds (0 without AMX).
func PeakRoundAMX() int {
	if !AMX() {
		return 0
	}
	const iters = 1 << 10
	peakAMX(&amxConfig[0], iters)
	return iters * 4 * 16 * 16 * 64
}
