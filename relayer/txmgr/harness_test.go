package txmgr

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
)

const testChainID = 1337

// recMetrics counts what the manager reports.
type recMetrics struct {
	mu          sync.Mutex
	counts      map[string]int
	maxInFlight int
	final       map[store.State]int
}

func newRecMetrics() *recMetrics {
	return &recMetrics{counts: map[string]int{}, final: map[store.State]int{}}
}

func (r *recMetrics) inc(name string) { r.mu.Lock(); r.counts[name]++; r.mu.Unlock() }
func (r *recMetrics) get(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.counts[name]
}

func (r *recMetrics) RecordIntentSubmitted() { r.inc("submitted") }
func (r *recMetrics) RecordQueueDepth(int)   {}
func (r *recMetrics) RecordInFlight(n int) {
	r.mu.Lock()
	if n > r.maxInFlight {
		r.maxInFlight = n
	}
	r.mu.Unlock()
}
func (r *recMetrics) RecordNonce(uint64)             {}
func (r *recMetrics) RecordPublished()               { r.inc("published") }
func (r *recMetrics) RecordPublishError(kind string) { r.inc("publish_error_" + kind) }
func (r *recMetrics) RecordFeeBump()                 { r.inc("bump") }
func (r *recMetrics) RecordCancel()                  { r.inc("cancel") }
func (r *recMetrics) RecordRequeue()                 { r.inc("requeue") }
func (r *recMetrics) RecordReorg()                   { r.inc("reorg") }
func (r *recMetrics) RecordFees(*big.Int, *big.Int)  {}
func (r *recMetrics) RecordRPCError()                { r.inc("rpc_error") }
func (r *recMetrics) RecordLoopError()               { r.inc("loop_error") }
func (r *recMetrics) RecordFinal(s store.State, _ time.Duration) {
	r.mu.Lock()
	r.final[s]++
	r.mu.Unlock()
}

// harness runs a manager step by step against a fake chain and a fake clock.
type harness struct {
	t       *testing.T
	ctx     context.Context
	chain   *fakeChain
	clock   *fakeClock
	store   *store.Store
	key     *ecdsa.PrivateKey
	signer  *txtest.KeySigner
	metrics *recMetrics
	cfg     Config
	mgr     *Manager
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.ChainID = testChainID
	cfg.ConfirmationDepth = 1
	cfg.MaxInFlight = 4
	cfg.ResubmissionTimeout = 10 * time.Second
	cfg.PollInterval = time.Second
	cfg.MaxBackoff = 8 * time.Second
	cfg.MinTipCapGwei = 1
	cfg.MaxFeeCapGwei = 100
	return cfg
}

func newHarness(t *testing.T, mod func(*Config)) *harness {
	t.Helper()
	cfg := testConfig()
	if mod != nil {
		mod(&cfg)
	}
	clock := newFakeClock()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "txmgr.db"), store.WithSyncMode(store.SyncNormal), store.WithClock(clock.Now))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	key := devchain.DevKey(0)
	h := &harness{
		t: t, ctx: context.Background(), chain: newFakeChain(testChainID), clock: clock, store: st, key: key,
		signer: txtest.NewKeySigner(key, big.NewInt(testChainID)), metrics: newRecMetrics(), cfg: cfg,
	}
	h.chain.autoMine = true
	h.mgr = h.newManager()
	return h
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func (h *harness) newManager() *Manager {
	h.t.Helper()
	m, err := New(h.ctx, h.cfg, h.chain, h.signer, h.store, WithClock(h.clock), WithMetrics(h.metrics), WithLogger(quietLogger()))
	if err != nil {
		h.t.Fatalf("new manager: %v", err)
	}
	return m
}

// restart replaces the manager with a fresh one on the same store, as after
// a crash: nothing of the old one's memory survives.
func (h *harness) restart() { h.mgr = h.newManager() }

func (h *harness) step() bool {
	h.t.Helper()
	progress, err := h.mgr.step(h.ctx)
	if err != nil {
		h.t.Fatalf("step: %v", err)
	}
	return progress
}

// steps runs n steps, advancing the clock by the poll interval before each.
func (h *harness) steps(n int) {
	h.t.Helper()
	for i := 0; i < n; i++ {
		h.clock.Advance(h.cfg.PollInterval)
		h.step()
	}
}

func recipient(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte{byte(i >> 8), byte(i)})[12:])
}

func candidate(i int) TxCandidate {
	to := recipient(i)
	return TxCandidate{To: &to, TxData: []byte{byte(i)}, Value: big.NewInt(1), GasLimit: 30_000}
}

func (h *harness) submit(key string, c TxCandidate) store.Intent {
	h.t.Helper()
	in, err := h.mgr.Submit(h.ctx, key, c)
	if err != nil {
		h.t.Fatalf("submit %q: %v", key, err)
	}
	return in
}

func (h *harness) intent(key string) store.Intent {
	h.t.Helper()
	in, err := h.store.Intent(h.ctx, key)
	if err != nil {
		h.t.Fatalf("intent %q: %v", key, err)
	}
	return in
}

func (h *harness) attempts(key string) []store.Attempt {
	h.t.Helper()
	atts, err := h.store.Attempts(h.ctx, h.intent(key).ID)
	if err != nil {
		h.t.Fatalf("attempts of %q: %v", key, err)
	}
	return atts
}

func (h *harness) wantState(key string, want store.State) store.Intent {
	h.t.Helper()
	in := h.intent(key)
	if in.State != want {
		h.t.Fatalf("intent %q is %s (last error %q), want %s", key, in.State, in.LastError, want)
	}
	return in
}

// executions counts mined transactions (of any sender) whose recipient is to
// and whose calldata is data: how often a payload ran on chain.
func (h *harness) executions(c TxCandidate) int {
	n := 0
	for _, tx := range h.chain.minedTxs() {
		if tx.To() != nil && c.To != nil && *tx.To() == *c.To && string(tx.Data()) == string(c.TxData) {
			n++
		}
	}
	return n
}

func (h *harness) chainNonce() uint64 {
	n, _ := h.chain.NonceAt(h.ctx, h.signer.Address(), nil)
	return n
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }
