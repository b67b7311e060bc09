package i8

import (
	"testing"
	"time"
)

// BenchmarkPeakVNNI512 is the core's peak int8 multiply-accumulate rate:
// VPDPBUSD zmm, 24 independent accumulators, register operands only.
func BenchmarkPeakVNNI512(b *testing.B) {
	benchPeak(b, PeakRound)
}

// BenchmarkPeakVNNI256 is the same with ymm registers (half the work per
// instruction; it shows whether 256-bit VNNI issues faster).
func BenchmarkPeakVNNI256(b *testing.B) {
	benchPeak(b, PeakRound256)
}

// BenchmarkPeakAMX is the core's AMX-INT8 peak: TDPBSSD tile products,
// 4 independent accumulator tiles, no memory traffic. The forward pass does
// not use AMX (see docs/pow.md).
func BenchmarkPeakAMX(b *testing.B) {
	if !AMX() {
		b.Skip("no AMX-INT8")
	}
	benchPeak(b, PeakRoundAMX)
}

func benchPeak(b *testing.B, round func() int) {
	if Best < VNNI512 {
		b.Skip("no AVX-512 VNNI")
	}
	macs := 0
	for b.Loop() {
		macs = round()
	}
	b.ReportMetric(float64(b.N)*float64(macs)/b.Elapsed().Seconds()/1e9, "GMAC/s")
	b.StopTimer()
	r := CompareRates(300*time.Millisecond, round, round)
	b.ReportMetric(r.BestA/1e9, "best-GMAC/s")
}

func TestMeasurePeak(t *testing.T) {
	t.Parallel()
	if Best < VNNI512 {
		t.Skip("no AVX-512 VNNI")
	}
	// Any AVX-512 VNNI core retires about one 64-MAC instruction per cycle
	// or more; 10 G MAC/s rules out a broken loop, not a slow machine.
	if r := MeasurePeak(20 * time.Millisecond); r < 1e10 {
		t.Errorf("peak %.3g MAC/s, want at least 1e10", r)
	}
}

func TestCompareRates(t *testing.T) {
	t.Parallel()
	r := CompareRates(time.Millisecond, func() int { return 1000 }, func() int { return 0 })
	if r.BestA <= 0 || r.MedianA <= 0 || r.MedianA > r.BestA || r.BestB != 0 {
		t.Errorf("rates %+v", r)
	}
}

func TestPeakRoundAMX(t *testing.T) {
	t.Parallel()
	if !AMX() {
		t.Skip("no AMX-INT8")
	}
	if n := PeakRoundAMX(); n != 1<<10*4*16*16*64 {
		t.Errorf("AMX round did %d multiply-adds", n)
	}
}
