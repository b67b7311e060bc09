package pow

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

// ErrMinerConfig is returned when a MinerConfig is unusable.
var ErrMinerConfig = errors.New("pow: invalid miner config")

// Progress is a snapshot of a mining run, reported periodically.
type Progress struct {
	Hashes    uint64        // nonces evaluated so far
	Valid     int           // valid nonces found so far
	Elapsed   time.Duration // since the start
	Rate      float64       // nonces per second since the start
	Remaining time.Duration // until the deadline (the epoch end)
	// ExpectedAtEnd is the expected number of valid nonces at the deadline
	// at the current rate (found so far plus rate * remaining / D).
	ExpectedAtEnd float64
}

// MinerConfig configures Mine.
type MinerConfig struct {
	Params   Params
	Miner    common.Address
	Signer   dipmsg.TypedDataSigner // signs batches; must sign for Miner
	Domain   dipmsg.Domain
	Workers  int       // goroutines; 0 means GOMAXPROCS
	Deadline time.Time // the epoch end; mining stops there (zero: only ctx stops it)
	// BatchSize is how many valid nonces make a batch (1..dipmsg.MaxBatchNonces).
	BatchSize int
	// StartCounter is the first nonce counter (to resume a run).
	StartCounter uint32
	// MaxNonces stops after this many nonces (0: no limit), for tests and benchmarks.
	MaxNonces uint64
	// ProgressEvery is the reporting interval (0: one second).
	ProgressEvery time.Duration
	OnProgress    func(Progress)                    // optional
	OnBatch       func(dipmsg.SignedPowBatch) error // receives every signed batch; an error stops mining
	Now           func() time.Time                  // clock; nil means time.Now
}

// Check validates the configuration.
func (c *MinerConfig) Check() error {
	if err := c.Params.Check(); err != nil {
		return err
	}
	switch {
	case c.Signer == nil:
		return fmt.Errorf("%w: no signer", ErrMinerConfig)
	case c.OnBatch == nil:
		return fmt.Errorf("%w: no batch callback", ErrMinerConfig)
	case c.BatchSize < 1 || c.BatchSize > dipmsg.MaxBatchNonces:
		return fmt.Errorf("%w: batch size %d not in [1, %d]", ErrMinerConfig, c.BatchSize, dipmsg.MaxBatchNonces)
	case c.Workers < 0:
		return fmt.Errorf("%w: %d workers", ErrMinerConfig, c.Workers)
	}
	return nil
}

// MineResult summarizes a finished run.
type MineResult struct {
	Hashes  uint64
	Valid   int
	Batches int
	Elapsed time.Duration
	// NextCounter is a counter at which a resumed run covers no nonce twice.
	NextCounter uint64
}

// counter is a worker's hash count on its own cache line, so workers never
// contend on a shared counter.
type counter struct {
	n atomic.Uint64
	_ [56]byte
}

type found struct {
	nonce uint64
	dist  uint32
}

// Mine searches nonces of cfg.Params.Epoch for cfg.Miner on every core until
// the deadline, ctx is done, or MaxNonces were tried. Worker w of W tries
// counters StartCounter+w, +W, +2W, ...; it shares nothing with the others in
// its loop except its own padded counter and a channel it writes to only on a
// valid nonce (about once in D). Every BatchSize valid nonces are signed into
// a dipmsg.PowBatch (nonces ascending) and handed to OnBatch; the remainder
// is flushed at the end. The context's error is not returned when the run
// stopped because of it: stopping is how a run ends.
func Mine(ctx context.Context, cfg MinerConfig) (*MineResult, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	m, err := cfg.Params.Model()
	if err != nil {
		return nil, err
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	workers := cfg.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	every := cfg.ProgressEvery
	if every <= 0 {
		every = time.Second
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	if !cfg.Deadline.IsZero() {
		var dcancel context.CancelFunc
		runCtx, dcancel = context.WithDeadline(runCtx, cfg.Deadline)
		defer dcancel()
	}

	start := now()
	counts := make([]counter, workers)
	hits := make(chan found, 64)
	limit := uint64(math.MaxUint32) + 1 - uint64(cfg.StartCounter) // counters are 32 bits
	if cfg.MaxNonces > 0 {
		limit = min(limit, cfg.MaxNonces)
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := m.NewScratch()
			c := &counts[w]
			var done uint64
			for i := uint64(w); i < limit; i += uint64(workers) {
				nonce := EpochNonce(cfg.Params.Epoch, uint32(uint64(cfg.StartCounter)+i))
				if d := m.NonceDistance(cfg.Miner, nonce, sc); d <= cfg.Params.Threshold {
					select {
					case hits <- found{nonce, d}:
					case <-runCtx.Done():
						return
					}
				}
				done++
				if done&31 == 0 {
					c.n.Store(done)
					if runCtx.Err() != nil {
						return
					}
				}
			}
			c.n.Store(done)
		}()
	}
	go func() { wg.Wait(); close(hits) }()

	total := func() uint64 {
		var s uint64
		for i := range counts {
			s += counts[i].n.Load()
		}
		return s
	}
	res := &MineResult{}
	var pending []found
	var batchErr error
	flush := func() {
		if len(pending) == 0 || batchErr != nil {
			return
		}
		slices.SortFunc(pending, func(a, b found) int { return cmpU64(a.nonce, b.nonce) })
		b := &dipmsg.PowBatch{Epoch: cfg.Params.Epoch, Miner: cfg.Miner}
		for _, f := range pending {
			b.Nonces = append(b.Nonces, f.nonce)
			b.Distances = append(b.Distances, f.dist)
		}
		pending = pending[:0]
		signed, err := dipmsg.SignMessage(ctx, cfg.Signer, cfg.Domain, b)
		if err == nil {
			err = cfg.OnBatch(signed)
		}
		if err != nil {
			batchErr = fmt.Errorf("pow: emit batch: %w", err)
			cancel()
			return
		}
		res.Batches++
	}
	report := func() {
		if cfg.OnProgress == nil {
			return
		}
		p := Progress{Hashes: total(), Valid: res.Valid, Elapsed: now().Sub(start)}
		if s := p.Elapsed.Seconds(); s > 0 {
			p.Rate = float64(p.Hashes) / s
		}
		p.ExpectedAtEnd = float64(p.Valid)
		if !cfg.Deadline.IsZero() {
			p.Remaining = max(cfg.Deadline.Sub(now()), 0)
			p.ExpectedAtEnd += p.Rate * p.Remaining.Seconds() / float64(cfg.Params.Difficulty)
		}
		cfg.OnProgress(p)
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
loop:
	for {
		select {
		case f, ok := <-hits:
			if !ok {
				break loop
			}
			res.Valid++
			pending = append(pending, f)
			if len(pending) >= cfg.BatchSize {
				flush()
			}
		case <-tick.C:
			report()
		}
	}
	flush()
	res.Hashes = total()
	res.Elapsed = now().Sub(start)
	for w := range counts {
		// Worker w's last counter was w + (n-1)*workers.
		res.NextCounter = max(res.NextCounter, uint64(cfg.StartCounter)+uint64(w)+counts[w].n.Load()*uint64(workers))
	}
	report()
	return res, batchErr
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
