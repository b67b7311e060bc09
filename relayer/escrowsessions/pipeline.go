// Package escrowsessions is the relayer pipeline that acts as a guild's
// orchestrator for escrow evaluations: it follows OrderDelivered on the
// guild's TripartiteEscrow (with confirmations, checkpointed), and for each
// delivered order signs a deliberation session manifest (target = the
// escrow, subject = the order id, participants = the order's experts and the
// guild's evaluators) and hands it to a deliberation relayer, once per
// order. The deliberation pipeline then settles the session on the guild's
// Settlement with the escrow as target, and the finalization's callback
// records the evaluation on the escrow (docs/escrow-sessions.md).
package escrowsessions

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// PipelineName is the pipeline's name; its routes live under /v1/escrow-sessions/.
const PipelineName = "escrow-sessions"

// RoutePrefix is where the pipeline's read-only API lives.
const RoutePrefix = "/v1/" + PipelineName

// ErrInvalidConfig is returned by Config.Check.
var ErrInvalidConfig = errors.New("invalid escrow-sessions config")

// Config holds the pipeline's settings.
type Config struct {
	// DBPath is the pipeline's own SQLite file.
	DBPath string
	// Escrow is the guild's TripartiteEscrow.
	Escrow common.Address
	// Settlement, when set, must be the escrow's Settlement (checked at
	// start); otherwise it is read from the escrow.
	Settlement common.Address
	// Evaluators are the guild's evaluators, participants of every session.
	Evaluators []common.Address
	// Schedule shapes the sessions.
	Schedule Schedule
	// Submitter hands manifests to the deliberation relayer.
	Submitter Submitter
	// Announcer, when set, publishes each accepted session as a job (NATS).
	Announcer Announcer
	// Confirmations, when set, overrides the relayer's watcher depth.
	Confirmations *uint64
	// StartBlock, when non-zero, overrides the relayer's watcher start block.
	StartBlock uint64
	// RetryInterval is how often pending manifests are posted again.
	RetryInterval time.Duration
	// SettleMargin is the time allowed, beyond the last deadline and the
	// challenge window, to claim and finalize before the review window ends.
	SettleMargin time.Duration
}

// Check validates the config.
func (c Config) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...))
	}
	switch {
	case c.DBPath == "":
		return bad("a database path is required")
	case c.Escrow == (common.Address{}):
		return bad("the escrow address is required")
	case len(c.Evaluators) == 0:
		return bad("at least one evaluator is required: nobody would vote")
	case c.Submitter == nil:
		return bad("a submitter (deliberation relayer) is required")
	case c.RetryInterval <= 0:
		return bad("retry interval must be positive")
	case c.SettleMargin < 0:
		return bad("settle margin must not be negative")
	}
	seen := map[common.Address]bool{}
	for _, e := range c.Evaluators {
		if e == (common.Address{}) || seen[e] {
			return bad("evaluator %s is zero or listed twice", e.Hex())
		}
		seen[e] = true
	}
	if err := c.Schedule.Check(); err != nil {
		return bad("%v", err)
	}
	return nil
}

// Metrics counts orders by outcome.
type Metrics struct{ orders *prometheus.CounterVec }

// NewMetrics registers dip_relayer_escrow_sessions_orders_total{result} on reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{orders: prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: "dip_relayer", Subsystem: "escrow_sessions", Name: "orders_total",
		Help: "Delivered escrow orders by outcome (submitted, existed, ignored, refused, undecodable, retry).",
	}, []string{"result"})}
	if reg != nil {
		if err := reg.Register(m.orders); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *Metrics) order(result string) {
	if m != nil && m.orders != nil {
		m.orders.WithLabelValues(result).Inc()
	}
}

// Pipeline runs the orchestrator in the relayer service.
type Pipeline struct {
	cfg Config
	now func() time.Time

	mu     sync.Mutex
	store  *Store
	orch   *Orchestrator
	kick   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
	// submitted, when set (tests), receives after every submission pass.
	submitted chan error
}

var _ service.Pipeline = (*Pipeline)(nil)

// NewPipeline returns the pipeline; now is the clock session deadlines are
// computed with (nil: time.Now), the deliberation relayer's ingest clock.
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

// Backend is what the pipeline reads from the chain.
type Backend interface {
	chain.Backend
	HeadReader
}

// wiring is what the pipeline needs from the service, narrowed so tests can
// run it on the embedded chain.
type wiring struct {
	log     *slog.Logger
	backend Backend
	signer  interface {
		Address() common.Address
		dipmsg.TypedDataSigner
	}
	mux        *http.ServeMux
	registry   prometheus.Registerer
	newWatcher func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error)
}

// Start implements service.Pipeline. The relayer's signer is the
// orchestrator key: the deliberation relayer must list its address as an
// orchestrator (--deliberation-orchestrator).
func (p *Pipeline) Start(ctx context.Context, deps service.Deps) error {
	if deps.Signer == nil {
		return fmt.Errorf("%w: the relayer has no signer", ErrInvalidConfig)
	}
	return p.start(ctx, wiring{log: deps.Log, backend: deps.Chain, signer: deps.Signer, mux: deps.Mux,
		registry: deps.Registry, newWatcher: deps.NewWatcher})
}

func (p *Pipeline) start(ctx context.Context, w wiring) error {
	log := w.log
	if log == nil {
		log = slog.Default()
	}
	esc := escrow.Attach(p.cfg.Escrow, w.backend)
	stAddr, err := esc.Settlement(ctx)
	if err != nil {
		return fmt.Errorf("escrowsessions: read the settlement of escrow %s: %w", p.cfg.Escrow.Hex(), err)
	}
	if p.cfg.Settlement != (common.Address{}) && p.cfg.Settlement != stAddr {
		return fmt.Errorf("%w: escrow %s reports settlement %s, configured %s", ErrInvalidConfig, p.cfg.Escrow.Hex(), stAddr.Hex(), p.cfg.Settlement.Hex())
	}
	sc := settlement.Attach(stAddr, w.backend)
	domain, err := sc.Domain(ctx)
	if err != nil {
		return fmt.Errorf("escrowsessions: read the domain of settlement %s: %w", stAddr.Hex(), err)
	}
	scfg, err := sc.Config(ctx)
	if err != nil {
		return fmt.Errorf("escrowsessions: read the config of settlement %s: %w", stAddr.Hex(), err)
	}
	metrics, err := NewMetrics(w.registry)
	if err != nil {
		return fmt.Errorf("escrowsessions: metrics: %w", err)
	}
	st, err := OpenStore(ctx, p.cfg.DBPath)
	if err != nil {
		return err
	}
	kick := make(chan struct{}, 1)
	orch := &Orchestrator{
		Escrow: esc, Head: w.backend, Store: st, Signer: w.signer, Domain: domain, Evaluators: p.cfg.Evaluators,
		Schedule: p.cfg.Schedule, ChallengeWindow: time.Duration(scfg.ChallengeWindow) * time.Second,
		SettleMargin: p.cfg.SettleMargin, Now: p.now, Log: log, Metrics: metrics,
		Kick: func() {
			select {
			case kick <- struct{}{}:
			default:
			}
		},
	}
	if w.mux != nil {
		(&api{store: st, log: log}).register(w.mux)
	}
	if w.newWatcher != nil {
		opts := []watcher.Option{watcher.WithAddresses(p.cfg.Escrow), watcher.WithTopics([][]common.Hash{{DeliveredTopic()}})}
		if p.cfg.Confirmations != nil {
			opts = append(opts, watcher.WithConfirmations(*p.cfg.Confirmations))
		}
		if p.cfg.StartBlock != 0 {
			opts = append(opts, watcher.WithStartBlock(p.cfg.StartBlock))
		}
		if _, err := w.newWatcher(PipelineName, orch, opts...); err != nil {
			st.Close()
			return fmt.Errorf("escrowsessions: watcher: %w", err)
		}
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	p.mu.Lock()
	p.store, p.orch, p.kick, p.cancel, p.done = st, orch, kick, cancel, make(chan struct{})
	p.mu.Unlock()
	go p.loop(runCtx, ctx.Done(), log, metrics)
	log.Info("escrow sessions pipeline started", "escrow", p.cfg.Escrow.Hex(), "settlement", stAddr.Hex(),
		"orchestrator", w.signer.Address().Hex(), "evaluators", len(p.cfg.Evaluators), "challenge_window_s", scfg.ChallengeWindow)
	return nil
}

func (p *Pipeline) loop(ctx context.Context, parentDone <-chan struct{}, log *slog.Logger, m *Metrics) {
	defer close(p.done)
	t := time.NewTicker(p.cfg.RetryInterval)
	defer t.Stop()
	for {
		err := p.submitPending(ctx, log, m)
		if err != nil && ctx.Err() == nil {
			log.Warn("escrow sessions: submission pass failed", "err", err)
		}
		if p.submitted != nil {
			select {
			case p.submitted <- err:
			case <-ctx.Done():
				return
			}
		}
		select {
		case <-t.C:
		case <-p.kick:
		case <-ctx.Done():
			return
		case <-parentDone:
			return
		}
	}
}

// submitPending posts every pending manifest once.
func (p *Pipeline) submitPending(ctx context.Context, log *slog.Logger, m *Metrics) error {
	recs, err := p.store.List(ctx, StatePending)
	if err != nil {
		return err
	}
	var errs []error
	for _, rec := range recs {
		sm, err := deliberation.DecodeManifest(rec.Manifest)
		if err != nil {
			// Our own encoding; only a corrupted database gets here.
			rec.State, rec.Reason = StateRefused, "stored manifest does not decode: "+err.Error()
			errs = append(errs, p.store.Update(ctx, rec))
			continue
		}
		existed, err := p.cfg.Submitter.Submit(ctx, sm)
		rec.Attempts++
		switch {
		case err == nil:
			rec.State, rec.Reason = StateSubmitted, ""
			if p.cfg.Announcer != nil {
				rec.Announcement = AnnouncePending
			}
			result := "submitted"
			if existed {
				result = "existed"
			}
			m.order(result)
			log.Info("escrow session opened", "order_id", rec.OrderID, "session_id", rec.Session, "existed", existed)
		case errors.Is(err, ErrRefused):
			rec.State, rec.Reason = StateRefused, err.Error()
			m.order("refused")
			log.Error("escrow session refused by the deliberation relayer", "order_id", rec.OrderID, "session_id", rec.Session, "err", err)
		default:
			m.order("retry")
			log.Warn("escrow session not submitted yet; retrying", "order_id", rec.OrderID, "session_id", rec.Session, "attempt", rec.Attempts, "err", err)
		}
		if uerr := p.store.Update(ctx, rec); uerr != nil {
			errs = append(errs, uerr)
		}
	}
	if p.cfg.Announcer != nil {
		errs = append(errs, p.announce(ctx, log))
	}
	return errors.Join(errs...)
}

// announce publishes the jobs of the submitted sessions not announced yet.
func (p *Pipeline) announce(ctx context.Context, log *slog.Logger) error {
	recs, err := p.store.ListUnannounced(ctx)
	if err != nil {
		return err
	}
	for _, rec := range recs {
		sm, err := deliberation.DecodeManifest(rec.Manifest)
		if err == nil {
			err = p.cfg.Announcer.Announce(ctx, sm)
		}
		if err != nil {
			// Announcing is a courtesy to agents: the session runs anyway.
			log.Warn("escrow session not announced yet; retrying", "order_id", rec.OrderID, "session_id", rec.Session, "err", err)
			return nil
		}
		rec.Announcement = AnnounceDone
		if err := p.store.Update(ctx, rec); err != nil {
			return err
		}
		log.Info("escrow session announced", "order_id", rec.OrderID, "session_id", rec.Session)
	}
	return nil
}

// Stop implements service.Pipeline.
func (p *Pipeline) Stop(ctx context.Context) error {
	p.mu.Lock()
	cancel, done, st := p.cancel, p.done, p.store
	p.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("escrowsessions: stop: %w", ctx.Err())
	}
	if p.cfg.Announcer != nil {
		p.cfg.Announcer.Close()
	}
	return st.Close()
}

// Store returns the running store (nil before Start).
func (p *Pipeline) Store() *Store {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.store
}

// api serves the records read-only: GET /v1/escrow-sessions/orders and
// /v1/escrow-sessions/orders/{id}. Evaluator agents poll the list to join
// the sessions that name them (dip deliberation simulate --follow).
type api struct {
	store *Store
	log   *slog.Logger
}

func (a *api) register(mux *http.ServeMux) {
	mux.HandleFunc("GET "+RoutePrefix+"/orders", a.list)
	mux.HandleFunc("GET "+RoutePrefix+"/orders/{id}", a.get)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (a *api) list(w http.ResponseWriter, r *http.Request) {
	state := State(r.URL.Query().Get("state"))
	switch state {
	case "", StatePending, StateSubmitted, StateIgnored, StateRefused:
	default:
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "malformed", "message": fmt.Sprintf("unknown state %q", state)})
		return
	}
	recs, err := a.store.List(r.Context(), state)
	if err != nil {
		a.log.Error("escrow sessions: list", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal", "message": "cannot read the records"})
		return
	}
	if recs == nil {
		recs = []*Record{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"orders": recs})
}

func (a *api) get(w http.ResponseWriter, r *http.Request) {
	rec, err := a.store.Get(r.Context(), r.PathValue("id"))
	if errors.Is(err, ErrNotFound) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown_order", "message": err.Error()})
		return
	}
	if err != nil {
		a.log.Error("escrow sessions: get", "err", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal", "message": "cannot read the record"})
		return
	}
	writeJSON(w, http.StatusOK, rec)
}
