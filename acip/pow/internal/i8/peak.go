package i8

import (
	"slices"
	"time"
)

// The peak: the best int8 multiply-accumulate rate of one core, measured
// with VPDPBUSD on registers only (peak_amd64.s): 24 independent
// accumulators, so neither latency nor memory limits it.
const (
	// PeakMACs512 is the multiply-adds of one iteration of the zmm loop.
	PeakMACs512 = 24 * 64
	// PeakMACs256 is the multiply-adds of one iteration of the ymm loop.
	PeakMACs256 = 24 * 32
)

// peakIters is the iterations of one round: about 20 us at 350 G MAC/s.
const peakIters = 1 << 12

// PeakRound runs one round of the zmm loop and returns its multiply-adds
// (0 without AVX-512 VNNI).
func PeakRound() int {
	if Best < VNNI512 {
		return 0
	}
	peak512(peakIters)
	return peakIters * PeakMACs512
}

// PeakRound256 is PeakRound with ymm registers.
func PeakRound256() int {
	if Best < VNNI512 {
		return 0
	}
	peak256(peakIters)
	return peakIters * PeakMACs256
}

// Rates are the per-round rates of two alternated workloads.
type Rates struct {
	BestA, BestB     float64 // units per second of the fastest round
	MedianA, MedianB float64 // units per second of the median round
}

// CompareRates alternates rounds of a and b (each returns the units it
// did) for about d. On a machine other processes load, a round's rate
// depends on how much of the core it got: the best round approaches the
// unloaded rate, and alternating gives both the same conditions, so the
// ratios BestA/BestB and MedianA/MedianB are both meaningful.
func CompareRates(d time.Duration, a, b func() int) Rates {
	var ra, rb []float64
	for end := time.Now().Add(d); time.Now().Before(end) || len(ra) == 0; {
		for _, x := range []struct {
			f   func() int
			out *[]float64
		}{{a, &ra}, {b, &rb}} {
			start := time.Now()
			n := x.f()
			*x.out = append(*x.out, float64(n)/time.Since(start).Seconds())
		}
	}
	slices.Sort(ra)
	slices.Sort(rb)
	return Rates{BestA: ra[len(ra)-1], BestB: rb[len(rb)-1], MedianA: ra[len(ra)/2], MedianB: rb[len(rb)/2]}
}

// MeasurePeak returns the best rate of the zmm loop over about d, in
// multiply-adds per second (0 without AVX-512 VNNI).
func MeasurePeak(d time.Duration) float64 {
	if Best < VNNI512 {
		return 0
	}
	return CompareRates(d, PeakRound, PeakRound).BestA
}
