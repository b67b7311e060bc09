package deliberation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// PipelineName is the pipeline's name in the relayer service.
const PipelineName = "deliberation"

// ErrInvalidConfig is returned by Config.Check.
var ErrInvalidConfig = errors.New("invalid deliberation config")

// Config holds the pipeline's settings.
type Config struct {
	// DBPath is the session store's SQLite file (its own, next to the relayer's).
	DBPath string
	// Settlement is the guild Settlement clone the sessions settle on.
	Settlement common.Address
	// Orchestrators are the keys allowed to sign session manifests.
	Orchestrators []common.Address
	// RateLimit is the per-signer ingest limit.
	RateLimit RateLimit
	// StepInterval is how often the settler advances sessions.
	StepInterval time.Duration
	// BatchSize is the most sessions settled per batch claim (0: DefaultBatchSize).
	BatchSize int
	// BatchWait is how long a closed session waits for others to share its
	// batch before a smaller batch is sent (0: none; sessions closing within
	// one step still share one).
	BatchWait time.Duration
	// Watchtower turns on challenging other relayers' wrong claims.
	Watchtower bool
	// NATS, when set, also ingests over NATS JetStream (nats.go).
	NATS *NATSConfig
}

// Check validates the config.
func (c Config) Check() error {
	switch {
	case c.DBPath == "":
		return fmt.Errorf("%w: a session database path is required", ErrInvalidConfig)
	case c.Settlement == (common.Address{}):
		return fmt.Errorf("%w: the settlement address is required", ErrInvalidConfig)
	case len(c.Orchestrators) == 0:
		return fmt.Errorf("%w: at least one orchestrator address is required, or no manifest can be accepted", ErrInvalidConfig)
	case c.StepInterval <= 0:
		return fmt.Errorf("%w: step interval must be positive", ErrInvalidConfig)
	case c.BatchSize < 0 || c.BatchSize > settlement.MaxBatchSessions:
		return fmt.Errorf("%w: batch size %d is not within 1..%d (0: the default)", ErrInvalidConfig, c.BatchSize, settlement.MaxBatchSessions)
	case c.BatchWait < 0:
		return fmt.Errorf("%w: batch wait must not be negative", ErrInvalidConfig)
	case c.RateLimit.PerSecond < 0 || c.RateLimit.Burst < 0:
		return fmt.Errorf("%w: rate limit must not be negative", ErrInvalidConfig)
	case c.NATS != nil:
		if err := c.NATS.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
	}
	return nil
}

// Pipeline runs the deliberation ingest, settler and watchtower inside the
// relayer service.
type Pipeline struct {
	cfg Config
	now func() time.Time

	mu      sync.Mutex
	store   *Store
	ingest  *Ingest
	settler *Settler
	// watchtower is nil unless Config.Watchtower; its Step runs in the loop.
	watchtower *Watchtower
	nats       *NATSIngest
	cancel     context.CancelFunc
	done       chan struct{}
	// stepped, when set (tests), receives after every settler step.
	stepped chan error
}

var _ service.Pipeline = (*Pipeline)(nil)

// NewPipeline returns the pipeline; now is the ingest clock (nil: time.Now).
func NewPipeline(cfg Config, now func() time.Time) (*Pipeline, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	return &Pipeline{cfg: cfg, now: now}, nil
}

// Name implements service.Pipeline.
func (p *Pipeline) Name() string { return PipelineName }

// wiring is what the pipeline needs from the service, narrowed so tests can
// run it on the embedded chain.
type wiring struct {
	log     *slog.Logger
	backend interface {
		chain.Backend
		HeadReader
	}
	sender     Sender
	mux        *http.ServeMux
	draining   func() bool
	newWatcher func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error)
	registry   prometheus.Registerer
}

// Start implements service.Pipeline.
func (p *Pipeline) Start(ctx context.Context, deps service.Deps) error {
	return p.start(ctx, wiring{log: deps.Log, backend: deps.Chain, sender: deps.TxMgr, mux: deps.Mux, draining: deps.Draining,
		newWatcher: deps.NewWatcher, registry: deps.Registry})
}

func (p *Pipeline) start(ctx context.Context, w wiring) error {
	log := w.log
	if log == nil {
		log = slog.Default()
	}
	sc := settlement.Attach(p.cfg.Settlement, w.backend)
	domain, err := sc.Domain(ctx)
	if err != nil {
		return fmt.Errorf("deliberation: read the domain of settlement %s: %w", p.cfg.Settlement.Hex(), err)
	}
	st, err := OpenStore(ctx, p.cfg.DBPath)
	if err != nil {
		return err
	}
	in, err := NewIngest(ctx, NewEngine(domain, p.cfg.Orchestrators, p.now), st)
	if err != nil {
		st.Close()
		return err
	}
	if w.registry != nil {
		m, err := NewPromMetrics(w.registry)
		if err != nil {
			st.Close()
			return fmt.Errorf("deliberation: metrics: %w", err)
		}
		in.Metrics = m
	}
	// The consumer is created (not started) before the HTTP routes, so
	// that GET …/tally waits for its catch-up from the first request.
	var ni *NATSIngest
	if p.cfg.NATS != nil {
		if ni, err = NewNATSIngest(*p.cfg.NATS, in, log); err != nil {
			st.Close()
			return err
		}
		in.CatchUp = ni
	}
	opts := []HandlerOption{WithLogger(log), WithRateLimit(p.cfg.RateLimit, p.now)}
	if w.draining != nil {
		opts = append(opts, WithDraining(w.draining))
	}
	if w.mux != nil {
		NewHandler(in, opts...).Register(w.mux)
	}
	var wt *Watchtower
	if p.cfg.Watchtower {
		wt = NewWatchtower(in, w.sender, sc, w.backend, log)
	}
	if wt != nil && w.newWatcher != nil {
		ev := claimSubmittedTopic()
		if _, err := w.newWatcher(PipelineName+"-watchtower", wt,
			watcher.WithAddresses(p.cfg.Settlement), watcher.WithTopics([][]common.Hash{{ev, settlement.BatchSubmittedTopic}})); err != nil {
			st.Close()
			return fmt.Errorf("deliberation: watchtower: %w", err)
		}
	}
	settler := NewSettler(in, w.sender, sc, w.backend, log)
	size := p.cfg.BatchSize
	if size == 0 {
		size = DefaultBatchSize
	}
	if err := settler.SetBatching(size, p.cfg.BatchWait); err != nil {
		st.Close()
		return err
	}
	if ni != nil {
		if err := ni.Start(ctx); err != nil {
			st.Close()
			return err
		}
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	p.mu.Lock()
	p.store, p.ingest, p.cancel, p.done = st, in, cancel, make(chan struct{})
	p.nats = ni
	p.settler = settler
	if ni != nil {
		p.settler.WaitForCatchUp(ni)
	}
	p.watchtower = wt
	p.mu.Unlock()
	go p.loop(runCtx, ctx.Done(), log)
	log.Info("deliberation pipeline started", "settlement", p.cfg.Settlement.Hex(), "sessions", len(in.Engine.Sessions()))
	return nil
}

func (p *Pipeline) loop(ctx context.Context, parentDone <-chan struct{}, log *slog.Logger) {
	defer close(p.done)
	service.StepLoop(ctx, parentDone, p.cfg.StepInterval, log, "deliberation settler", p.stepped, func(ctx context.Context) error {
		err := p.settler.Step(ctx)
		if p.watchtower != nil {
			err = errors.Join(err, p.watchtower.Step(ctx))
		}
		return err
	})
}

// Stop implements service.Pipeline: it ends the settler loop (an intent in
// flight stays with the transaction manager and resumes on restart) and
// closes the session store.
func (p *Pipeline) Stop(ctx context.Context) error {
	p.mu.Lock()
	cancel, done, st, ni := p.cancel, p.done, p.store, p.nats
	p.mu.Unlock()
	if cancel == nil {
		return nil
	}
	// The NATS consumer stops first: what it has in hand is stored and
	// acknowledged before the store closes.
	ni.Stop()
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("deliberation: stop: %w", ctx.Err())
	}
	return st.Close()
}

// Ingest returns the running ingest (nil before Start).
func (p *Pipeline) Ingest() *Ingest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ingest
}

// claimSubmittedTopic returns the ClaimSubmitted event's topic.
func claimSubmittedTopic() common.Hash { return settlement.ABI.Events["ClaimSubmitted"].ID }
