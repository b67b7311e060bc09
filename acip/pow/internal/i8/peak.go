package i8

import "time"

// Peak kernels: the best int8 multiply-accumulate rate of one core,
// measured with VPDPBUSD on registers only (see peak_amd64.s).
const (
	// PeakMACs512 is the multiply-adds of one iteration of the zmm loop.
	PeakMACs512 = 24 * 64
	// PeakMACs256 is the multiply-adds of one iteration of the ymm loop.
	PeakMACs256 = 24 * 32
)

// MeasurePeak runs the register-only VPDPBUSD zmm loop for about d on the
// calling goroutine and returns its rate in multiply-adds per second, the
// best of several rounds (0 without the AVX-512 VNNI kernels). Run it on an
// otherwise idle core: it measures wall time.
func MeasurePeak(d time.Duration) float64 {
	return measure(d, peak512, PeakMACs512)
}

// MeasurePeak256 is MeasurePeak with ymm registers.
func MeasurePeak256(d time.Duration) float64 {
	return measure(d, peak256, PeakMACs256)
}

// PeakRound runs one short round (about 20 us) of the zmm loop and returns
// its multiply-adds, so that callers can alternate it with the code they
// compare against the peak (BestRates).
func PeakRound() int {
	const iters = 1 << 12
	peak512(iters)
	return iters * PeakMACs512
}

// BestRates alternates rounds of a and b for about d and returns the best
// rate of each (units per second, each round returning its units done).
// Taking the best round filters out the time other processes take from a
// loaded machine; alternating exposes both to the same conditions.
func BestRates(d time.Duration, a, b func() int) (ra, rb float64) {
	for end := time.Now().Add(d); time.Now().Before(end); {
		for i, f := range []func() int{a, b} {
			start := time.Now()
			n := f()
			r := float64(n) / time.Since(start).Seconds()
			if i == 0 {
				ra = max(ra, r)
			} else {
				rb = max(rb, r)
			}
		}
	}
	return ra, rb
}

func measure(d time.Duration, loop func(int), macs int) float64 {
	if !Fast {
		return 0
	}
	const iters = 1 << 16 // ~0.1 ms per round at 1e12 MAC/s
	best := 0.0
	for end := time.Now().Add(d); time.Now().Before(end); {
		start := time.Now()
		loop(iters)
		if r := float64(iters*macs) / time.Since(start).Seconds(); r > best {
			best = r
		}
	}
	return best
}
