package i8

import (
	"testing"
	"time"
)

// BenchmarkPeakVNNI512 is the core's peak int8 multiply-accumulate rate:
// VPDPBUSD zmm, 24 independent accumulators, register operands only.
func BenchmarkPeakVNNI512(b *testing.B) {
	benchPeak(b, peak512, PeakMACs512)
}

// BenchmarkPeakVNNI256 is the same with ymm registers.
func BenchmarkPeakVNNI256(b *testing.B) {
	benchPeak(b, peak256, PeakMACs256)
}

func benchPeak(b *testing.B, loop func(int), macs int) {
	if !Fast {
		b.Skip("no AVX-512 VNNI")
	}
	const iters = 1 << 12
	for b.Loop() {
		loop(iters)
	}
	b.ReportMetric(float64(b.N)*iters*float64(macs)/b.Elapsed().Seconds()/1e9, "GMAC/s")
}

func TestMeasurePeak(t *testing.T) {
	t.Parallel()
	if !Fast {
		t.Skip("no AVX-512 VNNI")
	}
	// Any AVX-512 VNNI core does at least one 64-MAC instruction per
	// nanosecond-ish; 10 G MAC/s rules out a broken loop, not a slow machine.
	if r := MeasurePeak(20 * time.Millisecond); r < 1e10 {
		t.Errorf("peak %.3g MAC/s, want at least 1e10", r)
	}
}
