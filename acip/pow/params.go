package pow

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Params are one epoch's proof-of-work parameters, fixed before the epoch
// starts: the on-chain seed, the model spec, the difficulty D and the
// distance threshold that makes about one nonce in D valid (from Calibrate).
type Params struct {
	Epoch      uint64      `json:"epoch"`
	Seed       common.Hash `json:"seed"`
	Spec       Spec        `json:"spec"`
	Difficulty uint64      `json:"difficulty"`
	// Threshold: a nonce is valid when its distance is at most Threshold.
	Threshold uint32 `json:"threshold"`
}

// Check validates the parameters.
func (p Params) Check() error {
	if err := p.Spec.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrParams, err)
	}
	if p.Difficulty < 1 {
		return fmt.Errorf("%w: difficulty must be at least 1", ErrParams)
	}
	return nil
}

// Model derives the epoch's model.
func (p Params) Model() (*Model, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	return NewModel(p.Spec, SeedElement(p.Seed))
}

// Valid reports whether a distance makes a nonce valid.
func (p Params) Valid(dist uint32) bool { return dist <= p.Threshold }

// CalibrationMiner is the address whose nonces Calibrate samples: nobody can
// sign for it, so calibration work can never be claimed as mining.
var CalibrationMiner = common.Address{}

// Calibration is the measured distance distribution of an epoch's model.
type Calibration struct {
	Samples   int     `json:"samples"`
	Min       uint32  `json:"min"`
	Max       uint32  `json:"max"`
	Mean      float64 `json:"mean"`
	StdDev    float64 `json:"std_dev"`
	P01       uint32  `json:"p01"` // 1st percentile
	P50       uint32  `json:"p50"`
	Threshold uint32  `json:"threshold"` // largest t with at most samples/D samples at or below it (at least Min)
	// ValidRate is the fraction of samples at or below Threshold (about 1/D).
	ValidRate float64 `json:"valid_rate"`
}

// Calibrate computes the distances of samples nonces of CalibrationMiner
// (counters 0..samples-1 of the epoch, spread over all cores) and picks the
// threshold as the empirical 1/D quantile. The result is deterministic for
// given params and samples; its relative error on the valid rate is about
// 1/sqrt(samples/D), so use at least 100*D samples for a published epoch.
func Calibrate(ctx context.Context, p Params, samples int) (*Calibration, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if samples < 1 || samples > math.MaxUint32 {
		return nil, fmt.Errorf("%w: %d calibration samples", ErrParams, samples)
	}
	m, err := p.Model()
	if err != nil {
		return nil, err
	}
	dists := make([]uint32, samples)
	workers := min(runtime.GOMAXPROCS(0), samples)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := m.NewScratch()
			for i := w; i < samples; i += workers {
				if i%256 == w && ctx.Err() != nil {
					return
				}
				dists[i] = m.NonceDistance(CalibrationMiner, EpochNonce(p.Epoch, uint32(i)), sc)
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("calibrate: %w", err)
	}
	return summarize(dists, p.Difficulty), nil
}

func summarize(dists []uint32, difficulty uint64) *Calibration {
	slices.Sort(dists)
	n := len(dists)
	var sum, sq float64
	for _, v := range dists {
		sum += float64(v)
	}
	mean := sum / float64(n)
	for _, v := range dists {
		sq += (float64(v) - mean) * (float64(v) - mean)
	}
	c := &Calibration{
		Samples: n, Min: dists[0], Max: dists[n-1], Mean: mean, StdDev: math.Sqrt(sq / float64(n)),
		P01: dists[n/100], P50: dists[n/2],
	}
	// The allowance is floor(n/D) samples at or below the threshold.
	allow := uint64(n) / difficulty
	thr := dists[0]
	if allow > 0 {
		thr = dists[allow-1]
		// Ties: step down while too many samples share the threshold.
		for thr > 0 && uint64(countAtMost(dists, thr)) > allow {
			thr--
		}
	}
	c.Threshold = thr
	c.ValidRate = float64(countAtMost(dists, thr)) / float64(n)
	return c
}

// countAtMost counts the values <= t in a sorted slice.
func countAtMost(sorted []uint32, t uint32) int {
	i, _ := slices.BinarySearch(sorted, t+1)
	if t == math.MaxUint32 {
		return len(sorted)
	}
	return i
}
