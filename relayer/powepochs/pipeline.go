// Package powepochs provides the relayer pipeline for proof-of-work epochs:
// it accepts miners' signed PowBatch envelopes over HTTP, verifies them
// (signature, epoch, entrant, duplicates, plausibility, sampled nonces
// recomputed) and logs the accepted ones durably; once an epoch's mining
// window ends it posts the epoch's PowEpoch claim on the guild's Settlement
// (target the ladder, subject the competition id), draws the sample,
// answers every sampled nonce with a Groth16 proof of the nonce circuit and
// finalizes in the ladder's resolution phase, which resolves the
// competition. Epochs are published by PowEpochs; the Settlement's PowEpoch
// verifier must be a PowEpochAdapter (docs/pow.md).
package powepochs

import (
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/bindings/powepochadapter"
	"github.com/dip-market/dip/bindings/powepochs"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/settlement"
	"github.com/dip-market/dip/zk/onchain"
)

// PipelineName is the pipeline's name in the relayer service.
const PipelineName = "pow-epochs"

// Files in the data directory.
const (
	BatchLogFile = "batches.jsonl"
	StateFile    = "epochs.json"
)

// Config holds the pipeline's settings.
type Config struct {
	// Settlement is the guild Settlement; its PowEpoch verifier must be a
	// PowEpochAdapter, which names the epoch publisher, the ladder and the spec.
	Settlement common.Address
	// DataDir holds the batch log and the epochs' settlement state.
	DataDir string
	// KeyRoot caches the nonce circuit's keys (one directory per spec).
	KeyRoot string
	// StepInterval is how often the settler advances epochs.
	StepInterval time.Duration
	// Samples is the nonces recomputed per batch (0: pow.DefaultSamples).
	Samples int
	// NATS, when set, also ingests batches over NATS JetStream.
	NATS *NATSConfig
}

// Check validates the config.
func (c Config) Check() error {
	switch {
	case c.Settlement == (common.Address{}):
		return fmt.Errorf("%w: the settlement address is required", ErrInvalidConfig)
	case c.DataDir == "":
		return fmt.Errorf("%w: a data directory is required", ErrInvalidConfig)
	case c.KeyRoot == "":
		return fmt.Errorf("%w: a key directory is required", ErrInvalidConfig)
	case c.StepInterval <= 0:
		return fmt.Errorf("%w: step interval must be positive", ErrInvalidConfig)
	case c.Samples < 0:
		return fmt.Errorf("%w: samples must not be negative", ErrInvalidConfig)
	case c.NATS != nil:
		if err := c.NATS.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
	}
	return nil
}

// Pipeline runs the PoW epoch ingest and settler inside the relayer service.
type Pipeline struct {
	cfg Config

	mu      sync.Mutex
	ingest  *Ingest
	settler *Settler
	nats    *NATSIngest
	cancel  context.CancelFunc
	done    chan struct{}
	keys    *Keys
	keysErr error
	// stepped, when set (tests), receives after every settler step.
	stepped chan error
}

var _ service.Pipeline = (*Pipeline)(nil)

// NewPipeline returns the pipeline.
func NewPipeline(cfg Config) (*Pipeline, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Pipeline{cfg: cfg}, nil
}

// Name implements service.Pipeline.
func (p *Pipeline) Name() string { return PipelineName }

// Wiring is what the pipeline needs from the service, narrowed so tests can
// run it on the embedded chain.
type Wiring struct {
	Log     *slog.Logger
	Backend interface {
		chain.Backend
		HeadReader
	}
	Sender   Sender
	Mux      *http.ServeMux
	Limit    func(http.Handler) http.Handler
	Draining func() bool
	Registry prometheus.Registerer
}

// Start implements service.Pipeline.
func (p *Pipeline) Start(ctx context.Context, deps service.Deps) error {
	return p.StartWith(ctx, Wiring{Log: deps.Log, Backend: deps.Chain, Sender: deps.TxMgr, Mux: deps.Mux, Limit: deps.LimitBody,
		Draining: deps.Draining, Registry: deps.Registry})
}

// StartWith starts the pipeline on w (Start with the service's deps).
func (p *Pipeline) StartWith(ctx context.Context, w Wiring) error {
	log := w.Log
	if log == nil {
		log = slog.Default()
	}
	sc := settlement.Attach(p.cfg.Settlement, w.Backend)
	domain, err := sc.Domain(ctx)
	if err != nil {
		return fmt.Errorf("powepochs: read the domain of settlement %s: %w", p.cfg.Settlement.Hex(), err)
	}
	adapter, err := sc.VerifierOf(ctx, settlement.KindPowEpoch)
	if err != nil {
		return err
	}
	if adapter == (common.Address{}) {
		return fmt.Errorf("%w: settlement %s has no PowEpoch verifier", ErrInvalidConfig, p.cfg.Settlement.Hex())
	}
	wiring, err := readAdapter(ctx, w.Backend, adapter)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(p.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("powepochs: data directory: %w", err)
	}
	state, err := openStateFile(filepath.Join(p.cfg.DataDir, StateFile))
	if err != nil {
		return err
	}
	ladder := acip.AttachLadder(wiring.ladder, w.Backend)
	var metrics Metricer = NoopMetrics{}
	if w.Registry != nil {
		m, err := NewPromMetrics(w.Registry)
		if err != nil {
			return fmt.Errorf("powepochs: metrics: %w", err)
		}
		metrics = m
	}
	in := &Ingest{
		domain: domain, epochs: pow.AttachEpochs(wiring.epochs, w.Backend), entries: ladder, head: w.Backend,
		spec: wiring.spec, samples: p.cfg.Samples, state: state, metrics: metrics, runs: map[uint64]*epochRun{},
	}
	replayed := 0
	bl, err := openBatchLog(filepath.Join(p.cfg.DataDir, BatchLogFile), func(rec batchRecord) error {
		replayed++
		return in.replay(ctx, rec)
	})
	if err != nil {
		return err
	}
	in.log = bl
	if w.Mux != nil {
		(&handler{in: in, log: log, draining: w.Draining}).register(w.Mux, w.Limit)
	}
	var ni *NATSIngest
	if p.cfg.NATS != nil {
		if ni, err = NewNATSIngest(*p.cfg.NATS, in, log); err == nil {
			err = ni.Start(ctx)
		}
		if err != nil {
			_ = bl.close()
			return err
		}
	}
	st := &Settler{
		in: in, sender: w.Sender, claims: sc, ladder: ladder, target: wiring.ladder, head: w.Backend, log: log,
		metrics: metrics, built: map[uint64]*pow.EpochClaim{}, proofs: map[uint64]map[uint32][]byte{},
	}
	st.keys = p.loadedKeys
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	p.mu.Lock()
	p.ingest, p.settler, p.nats, p.cancel, p.done = in, st, ni, cancel, make(chan struct{})
	p.mu.Unlock()
	go p.loop(runCtx, ctx.Done(), log, wiring)
	log.Info("pow epochs pipeline started", "settlement", p.cfg.Settlement.Hex(), "epochs", wiring.epochs.Hex(),
		"ladder", wiring.ladder.Hex(), "spec", wiring.spec.String(), "replayed_batches", replayed)
	return nil
}

// adapterWiring is what the Settlement's PowEpochAdapter names.
type adapterWiring struct {
	epochs, ladder, verifier common.Address
	spec                     pow.Spec
	keyHash                  [32]byte
}

func readAdapter(ctx context.Context, b chain.Backend, adapter common.Address) (adapterWiring, error) {
	ab := powepochadapter.NewPowEpochAdapter()
	eb := powepochs.NewPowEpochs()
	var w adapterWiring
	out, err := chain.Call(ctx, b, adapter, ab.PackEpochs())
	if err == nil {
		w.epochs, err = ab.UnpackEpochs(out)
	}
	if err == nil {
		out, err = chain.Call(ctx, b, adapter, ab.PackVerifier())
	}
	if err == nil {
		w.verifier, err = ab.UnpackVerifier(out)
	}
	var word uint64
	if err == nil {
		out, err = chain.Call(ctx, b, adapter, ab.PackSpecWord())
	}
	if err == nil {
		word, err = ab.UnpackSpecWord(out)
	}
	if err == nil {
		out, err = chain.Call(ctx, b, w.epochs, eb.PackLadder())
	}
	if err == nil {
		w.ladder, err = eb.UnpackLadder(out)
	}
	if err != nil {
		return w, fmt.Errorf("%w: the PowEpoch verifier %s is not a PowEpochAdapter: %w", ErrInvalidConfig, adapter.Hex(), err)
	}
	if w.spec, err = pow.SpecFromWord(word); err != nil {
		return w, err
	}
	if w.keyHash, err = onchain.AttachVerifier(w.verifier, b).KeyHash(ctx); err != nil {
		return w, err
	}
	return w, nil
}

// loadedKeys returns the keys once the loop loaded and checked them.
func (p *Pipeline) loadedKeys() (*Keys, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.keys == nil && p.keysErr == nil {
		return nil, fmt.Errorf("%w: still loading", ErrKeys)
	}
	return p.keys, p.keysErr
}

func (p *Pipeline) loop(ctx context.Context, parentDone <-chan struct{}, log *slog.Logger, w adapterWiring) {
	defer close(p.done)
	k, err := LoadOrSetupKeys(p.cfg.KeyRoot, w.spec, func(msg string) { log.Info("pow keys: " + msg) })
	if err == nil && k.KeyHash != w.keyHash {
		err = fmt.Errorf("%w: local keys %s (in %s) are not the on-chain verifier's %s: deploy a verifier for these keys or copy the matching keys there",
			ErrKeys, hex.EncodeToString(k.KeyHash[:]), KeyDir(p.cfg.KeyRoot, w.spec), hex.EncodeToString(w.keyHash[:]))
	}
	if err != nil {
		log.Error("pow keys unusable: epochs will not be answered", "err", err)
	}
	p.mu.Lock()
	p.keys, p.keysErr = k, err
	p.mu.Unlock()
	service.StepLoop(ctx, parentDone, p.cfg.StepInterval, log, "pow settler", p.stepped, p.settler.Step)
}

// Stop implements service.Pipeline.
func (p *Pipeline) Stop(ctx context.Context) error {
	p.mu.Lock()
	cancel, done, in, ni := p.cancel, p.done, p.ingest, p.nats
	p.mu.Unlock()
	if cancel == nil {
		return nil
	}
	// The NATS consumer stops first: the batch in hand is logged and acked
	// before the log closes.
	ni.Stop()
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("powepochs: stop: %w", ctx.Err())
	}
	return in.log.close()
}

// Ingest returns the running ingest (nil before Start).
func (p *Pipeline) Ingest() *Ingest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ingest
}

// NATS returns the running NATS ingest (nil without one or before Start).
func (p *Pipeline) NATS() *NATSIngest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.nats
}

// Record returns an epoch's settlement record.
func (p *Pipeline) Record(epoch uint64) (EpochRecord, bool) {
	p.mu.Lock()
	in := p.ingest
	p.mu.Unlock()
	if in == nil {
		return EpochRecord{}, false
	}
	return in.state.get(epoch)
}
