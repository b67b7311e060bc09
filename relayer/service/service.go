// Package service provides the relayer daemon: it composes the store, the
// signer, the RPC client, the transaction manager, watchers and registered
// pipelines, and serves health, readiness, metrics and admin routes over HTTP.
//
// Setup is a series of ordered initX steps in New, each failing with one
// line that says what to fix; Start starts the goroutines; Stop stops taking
// new work, stops pipelines, watchers and the transaction manager (whose
// state is already in the store), and closes everything, joining the errors.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
)

// MetricsNamespace prefixes every metric the relayer exports.
const MetricsNamespace = "dip_relayer"

// ContractsWatcher is the name of the service's own watcher over
// WatchConfig.Contracts.
const ContractsWatcher = "contracts"

// Option configures New.
type Option func(*options)

type options struct {
	signerOpts []signer.Option
	txmgrOpts  []txmgr.Option
	version    string
	pipelines  []Pipeline
}

// WithSignerOptions passes options to signer.New (an HTTP client trusting
// Vault's CA, an environment lookup in tests).
func WithSignerOptions(o ...signer.Option) Option {
	return func(op *options) { op.signerOpts = append(op.signerOpts, o...) }
}

// WithTxMgrOptions passes options to txmgr.New (a clock in tests).
func WithTxMgrOptions(o ...txmgr.Option) Option {
	return func(op *options) { op.txmgrOpts = append(op.txmgrOpts, o...) }
}

// WithVersion sets the version reported by the dip_relayer_info metric.
func WithVersion(v string) Option { return func(op *options) { op.version = v } }

// WithPipelines registers pipelines, as Register does.
func WithPipelines(p ...Pipeline) Option {
	return func(op *options) { op.pipelines = append(op.pipelines, p...) }
}

// Service is the relayer daemon. Create it with New, then Start and Stop.
type Service struct {
	cfg  CLIConfig
	log  *slog.Logger
	opts options

	store   *store.Store
	client  *ethclient.Client
	chainID *big.Int
	signer  signer.Signer
	txmgr   *txmgr.Manager

	registry *prometheus.Registry
	metrics  *metrics

	adminToken []byte
	mux        *http.ServeMux
	listener   net.Listener
	srv        *http.Server
	serveDone  chan struct{}

	mu        sync.Mutex
	pipelines []Pipeline
	running   []Pipeline // started, in start order
	watchers  []*managedWatcher
	runCtx    context.Context
	cancel    context.CancelFunc
	started   bool
	stopping  bool

	draining atomic.Bool
	stopped  atomic.Bool
}

// New checks cfg and builds the service step by step: the store, the
// signer, the RPC client (with the chain id check), metrics, the transaction
// manager (which checks fees and the signer against the chain), the HTTP
// listener and the service's own watcher. Any failure closes what was
// opened and returns one line saying what to fix.
func New(ctx context.Context, cfg CLIConfig, log *slog.Logger, opts ...Option) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Service{cfg: cfg, log: log}
	for _, o := range opts {
		o(&s.opts)
	}
	s.pipelines = append(s.pipelines, s.opts.pipelines...)
	s.runCtx, s.cancel = context.WithCancel(context.Background())
	steps := []struct {
		name string
		fn   func(context.Context) error
	}{
		{"store", s.initStore},
		{"signer", s.initSigner},
		{"chain", s.initChain},
		{"metrics", s.initMetrics},
		{"txmgr", s.initTxMgr},
		{"http", s.initHTTP},
		{"watchers", s.initWatchers},
	}
	for _, step := range steps {
		if err := step.fn(ctx); err != nil {
			_ = s.Stop(context.Background())
			return nil, err
		}
	}
	if err := s.checkPipelines(s.pipelines); err != nil {
		_ = s.Stop(context.Background())
		return nil, err
	}
	return s, nil
}

func (s *Service) initStore(ctx context.Context) error {
	path := s.cfg.Database()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create the data directory for %s: %w: fix --data-dir or --db", path, err)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("%w: check --data-dir or --db", err)
	}
	s.store = st
	return nil
}

func (s *Service) initChain(ctx context.Context) error {
	rpcURL := redactURL(s.cfg.RPCURL)
	cctx, cancel := context.WithTimeout(ctx, s.cfg.TxMgr.NetworkTimeout)
	defer cancel()
	client, err := ethclient.DialContext(cctx, s.cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("%w: cannot connect to %s (%s): check --rpc-url and that the node is up", ErrUnreachable, rpcURL, cleanErr(err))
	}
	s.client = client
	id, err := client.ChainID(cctx)
	if err != nil {
		return fmt.Errorf("%w: %s does not answer (%s): check --rpc-url and that the node is up", ErrUnreachable, rpcURL, cleanErr(err))
	}
	if want := s.cfg.Signer.ChainID; id.Uint64() != want || !id.IsUint64() {
		return fmt.Errorf("%w: %s serves chain %s but --chain-id is %d: point --rpc-url at chain %d or fix --chain-id",
			ErrWrongChain, rpcURL, id, want, want)
	}
	s.chainID = id
	return nil
}

func (s *Service) initSigner(ctx context.Context) error {
	opts := append([]signer.Option{signer.WithLogger(s.log)}, s.opts.signerOpts...)
	sg, err := signer.New(ctx, s.cfg.Signer, opts...)
	if err != nil {
		return err
	}
	s.signer = sg
	return nil
}

func (s *Service) initMetrics(context.Context) error {
	s.registry = prometheus.NewRegistry()
	s.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{Namespace: MetricsNamespace}),
	)
	s.metrics = newMetrics(s.registry)
	version := s.opts.version
	if version == "" {
		version = "dev"
	}
	s.metrics.info.WithLabelValues(version, s.chainID.String(), s.signer.Address().Hex()).Set(1)
	return nil
}

func (s *Service) initTxMgr(ctx context.Context) error {
	cfg := s.cfg.TxMgr
	cfg.ChainID = s.cfg.Signer.ChainID
	opts := append([]txmgr.Option{
		txmgr.WithLogger(s.log.With("component", "txmgr")),
		txmgr.WithMetrics(txmgr.NewMetrics(s.registry, MetricsNamespace)),
	}, s.opts.txmgrOpts...)
	m, err := txmgr.New(ctx, cfg, s.client, s.signer, s.store, opts...)
	if err != nil {
		if errors.Is(err, txmgr.ErrFeeCapTooLow) {
			return fmt.Errorf("%w (--txmgr-max-fee-cap-gwei)", err)
		}
		return err
	}
	s.txmgr = m
	return nil
}

func (s *Service) initHTTP(context.Context) error {
	if f := s.cfg.AdminTokenFile; f != "" {
		tok, err := readToken(f)
		if err != nil {
			return err
		}
		if st, err := os.Stat(f); err == nil && st.Mode().Perm()&0o077 != 0 {
			s.log.Warn("admin token file is readable by group or others; chmod 600 it", "path", f, "mode", st.Mode().Perm().String())
		}
		s.adminToken = tok
	}
	s.mux = http.NewServeMux()
	s.routes()
	l, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("%w: listen on %s: %v: choose another --http-addr", ErrInvalidConfig, s.cfg.HTTPAddr, cleanErr(err))
	}
	s.listener = l
	s.srv = &http.Server{
		Handler:           s.mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	return nil
}

// readToken reads the admin token: the file's first line, trimmed.
func readToken(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: read the admin token file: %v: fix --admin-token-file", ErrInvalidConfig, cleanErr(err))
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	tok := strings.TrimSpace(line)
	if len(tok) < MinAdminTokenLength {
		return nil, fmt.Errorf("%w: the admin token in %s is shorter than %d characters: write a random token (openssl rand -hex 32)",
			ErrInvalidConfig, path, MinAdminTokenLength)
	}
	return []byte(tok), nil
}

func (s *Service) initWatchers(context.Context) error {
	if len(s.cfg.Watch.Contracts) == 0 {
		return nil
	}
	log := s.log.With("component", "watcher")
	h := watcher.HandlerFuncs{
		Batch: func(_ context.Context, b watcher.Batch) error {
			for _, e := range b.Events {
				var topic string
				if len(e.Log.Topics) > 0 {
					topic = e.Log.Topics[0].Hex()
				}
				log.Debug("contract event", "contract", e.Log.Address.Hex(), "block_number", e.Log.BlockNumber,
					"tx_hash", e.Log.TxHash.Hex(), "topic", topic, "event_id", e.ID.String())
			}
			return nil
		},
		Reorg: func(_ context.Context, r watcher.Reorg) error {
			log.Warn("reorg voided delivered blocks", "ancestor", r.Ancestor.Number, "removed", len(r.Removed))
			return nil
		},
	}
	_, err := s.newWatcher(ContractsWatcher, h)
	return err
}

// managedWatcher is a watcher the service runs.
type managedWatcher struct {
	name string
	w    *watcher.Watcher
	done chan struct{}
	err  atomic.Pointer[error]
}

// newWatcher creates a watcher with the configured defaults, and runs it at
// once when the service already started.
func (s *Service) newWatcher(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error) {
	if h == nil {
		return nil, fmt.Errorf("watcher %s: nil handler", name)
	}
	wc := s.cfg.Watch
	all := []watcher.Option{
		watcher.WithName(name),
		watcher.WithConfirmations(wc.Confirmations),
		watcher.WithStartBlock(wc.StartBlock),
		watcher.WithPollInterval(wc.PollInterval),
		watcher.WithBatchSize(wc.BatchSize),
		watcher.WithHistory(wc.History),
		watcher.WithLogger(s.log.With("component", "watcher")),
	}
	if len(wc.Contracts) > 0 {
		all = append(all, watcher.WithAddresses(wc.Contracts...))
	}
	all = append(all, opts...)
	w, err := watcher.New(s.client, NewCheckpoints(s.store), countingHandler{h: h, name: name, m: s.metrics}, all...)
	if err != nil {
		return nil, fmt.Errorf("watcher %s: %w", name, err)
	}
	mw := &managedWatcher{name: name, w: w, done: make(chan struct{})}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		return nil, fmt.Errorf("watcher %s: the service is stopping", name)
	}
	for _, other := range s.watchers {
		if other.name == name {
			return nil, fmt.Errorf("watcher %s: name already used", name)
		}
	}
	s.watchers = append(s.watchers, mw)
	if s.started {
		s.runWatcher(mw)
	}
	return w, nil
}

// runWatcher runs mw until the service stops. Watcher.Run retries
// transient errors itself and returns only on errors that need an operator;
// those are kept for /readyz and the service keeps running.
func (s *Service) runWatcher(mw *managedWatcher) {
	go func() {
		defer close(mw.done)
		if err := mw.w.Run(s.runCtx); err != nil {
			mw.err.Store(&err)
			s.log.Error("watcher stopped; the relayer is not ready until an operator fixes it", "watcher", mw.name, "err", err)
		}
	}()
}

// Register adds pipelines to start with the service. It fails after Start.
func (s *Service) Register(p ...Pipeline) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started || s.stopping {
		return ErrStarted
	}
	if err := s.checkPipelines(append(append([]Pipeline(nil), s.pipelines...), p...)); err != nil {
		return err
	}
	s.pipelines = append(s.pipelines, p...)
	return nil
}

func (s *Service) checkPipelines(ps []Pipeline) error {
	seen := map[string]bool{}
	for _, p := range ps {
		if p == nil || p.Name() == "" {
			return fmt.Errorf("%w: a pipeline without a name", ErrInvalidConfig)
		}
		if seen[p.Name()] {
			return fmt.Errorf("%w: pipeline %q registered twice", ErrInvalidConfig, p.Name())
		}
		seen[p.Name()] = true
	}
	return nil
}

// Start starts the transaction manager, the watchers, the pipelines (in
// registration order) and the HTTP server. When a pipeline fails to start,
// Start returns its error; call Stop.
func (s *Service) Start(ctx context.Context) error {
	s.mu.Lock()
	if s.started || s.stopping {
		s.mu.Unlock()
		return ErrStarted
	}
	s.started = true
	for _, mw := range s.watchers {
		s.runWatcher(mw)
	}
	pipelines := append([]Pipeline(nil), s.pipelines...)
	s.mu.Unlock()

	if err := s.txmgr.Start(); err != nil {
		return fmt.Errorf("start txmgr: %w", err)
	}
	for _, p := range pipelines {
		if err := p.Start(s.runCtx, s.deps(p)); err != nil {
			return fmt.Errorf("start pipeline %s: %w", p.Name(), err)
		}
		s.mu.Lock()
		s.running = append(s.running, p)
		s.mu.Unlock()
		s.log.Info("pipeline started", "pipeline", p.Name())
	}
	s.serveDone = make(chan struct{})
	go func() {
		defer close(s.serveDone)
		if err := s.srv.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http server stopped", "err", err)
		}
	}()
	s.log.Info("relayer started", "account", s.signer.Address().Hex(), "chain_id", s.chainID.Uint64(),
		"http_addr", s.listener.Addr().String(), "db", s.cfg.Database(), "admin_routes", s.adminToken != nil,
		"watchers", len(s.watchers), "pipelines", len(pipelines))
	return nil
}

func (s *Service) deps(p Pipeline) Deps {
	return Deps{
		Log:          s.log.With("pipeline", p.Name()),
		Chain:        s.client,
		ChainID:      new(big.Int).Set(s.chainID),
		TxMgr:        s.txmgr,
		Store:        s.store,
		Signer:       s.signer,
		Registry:     s.registry,
		Mux:          s.mux,
		RequireAdmin: s.requireAdmin,
		LimitBody:    s.limitBody,
		Draining:     s.draining.Load,
		NewWatcher:   s.newWatcher,
	}
}

// Stop stops taking new work (admin and pipeline routes answer 503, /readyz
// turns red), stops the pipelines in reverse order, the watchers and the
// transaction manager, shuts the HTTP server down and closes the signer
// (zeroing its key), the store and the RPC client. Every intent already
// accepted is in the store and resumes at the next start. Stop is safe on a
// nil, unstarted, partly built or stopped service; it returns every error
// it met, joined.
func (s *Service) Stop(ctx context.Context) error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return nil
	}
	s.stopping = true
	running := s.running
	watchers := s.watchers
	started := s.started
	s.mu.Unlock()
	s.draining.Store(true)
	if started {
		s.log.Info("relayer stopping: no new work accepted")
	}

	var errs []error
	for i := len(running) - 1; i >= 0; i-- {
		if err := running[i].Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop pipeline %s: %w", running[i].Name(), err))
		}
	}
	if s.cancel != nil {
		s.cancel()
	}
	if started {
		for _, mw := range watchers {
			select {
			case <-mw.done:
			case <-ctx.Done():
				errs = append(errs, fmt.Errorf("stop watcher %s: %w", mw.name, ctx.Err()))
			}
		}
	}
	if err := s.txmgr.Stop(ctx); err != nil {
		errs = append(errs, err)
	}
	if s.srv != nil && s.serveDone != nil {
		if err := s.srv.Shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop http server: %w", err))
		}
		<-s.serveDone
	} else if s.listener != nil {
		_ = s.listener.Close()
	}
	if s.signer != nil {
		if err := s.signer.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close signer: %w", err))
		}
	}
	if s.store != nil {
		if err := s.store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close store: %w", err))
		}
	}
	if s.client != nil {
		s.client.Close()
	}
	s.stopped.Store(true)
	if started {
		s.log.Info("relayer stopped", "errors", len(errs))
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop has finished.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// Addr is the address the HTTP server listens on (useful with port 0).
func (s *Service) Addr() net.Addr { return s.listener.Addr() }

// TxMgr is the service's transaction manager.
func (s *Service) TxMgr() *txmgr.Manager { return s.txmgr }

// Store is the service's database.
func (s *Service) Store() *store.Store { return s.store }

// Registry is the service's Prometheus registry.
func (s *Service) Registry() *prometheus.Registry { return s.registry }

// cleanErr renders an error without the URL a *url.Error carries (RPC and
// Vault URLs may hold API keys) and on one line.
func cleanErr(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
