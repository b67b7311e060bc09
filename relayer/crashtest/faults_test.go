package crashtest

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/rpcproxy"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/internal/workload"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
)

// counts is a Metricer that counts the events the fault tests look for.
type counts struct {
	txmgr.NoopMetrics
	mu     sync.Mutex
	events map[string]int
}

func (c *counts) inc(k string) { c.mu.Lock(); c.events[k]++; c.mu.Unlock() }
func (c *counts) get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.events[k]
}
func (c *counts) RecordPublishError(kind string) { c.inc("publish_error_" + kind) }
func (c *counts) RecordFeeBump()                 { c.inc("bump") }
func (c *counts) RecordReorg()                   { c.inc("reorg") }
func (c *counts) RecordRPCError()                { c.inc("rpc_error") }
func (c *counts) RecordLoopError()               { c.inc("loop_error") }

// syncBuffer is a log sink safe for the manager's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// rig is an in-process manager against an anvil node.
type rig struct {
	t       *testing.T
	node    *anviltest.Node
	st      *store.Store
	mgr     *txmgr.Manager
	metrics *counts
	ctx     context.Context
}

func faultConfig() txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.ChainID = anviltest.ChainID
	cfg.ConfirmationDepth = 1
	cfg.ResubmissionTimeout = time.Second
	cfg.PollInterval = 20 * time.Millisecond
	cfg.MaxBackoff = 200 * time.Millisecond
	cfg.NetworkTimeout = 2 * time.Second
	cfg.MaxFeeCapGwei = 20
	return cfg
}

func newRig(t *testing.T, node *anviltest.Node, rpcURL string, cfg txmgr.Config) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	client, err := ethclient.Dial(rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	r := &rig{t: t, node: node, st: st, metrics: &counts{events: map[string]int{}}, ctx: ctx}
	signer := txtest.NewKeySigner(devchain.DevKey(0), big.NewInt(anviltest.ChainID))
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	t.Cleanup(func() {
		if t.Failed() {
			out := logs.String()
			if len(out) > 12000 {
				out = out[len(out)-12000:]
			}
			t.Logf("manager log tail:\n%s", out)
		}
	})
	r.mgr, err = txmgr.New(ctx, cfg, client, signer, st, txmgr.WithMetrics(r.metrics), txmgr.WithLogger(log))
	if err != nil {
		t.Fatalf("new manager: %v", err)
	}
	if err := r.mgr.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.mgr.Stop(context.Background()) })
	return r
}

func (r *rig) submit(prefix string, n int, estimate bool) {
	r.t.Helper()
	for i := 0; i < n; i++ {
		if _, err := r.mgr.Submit(r.ctx, workload.Key(prefix, i), workload.Candidate(prefix, i, estimate)); err != nil {
			r.t.Fatal(err)
		}
	}
}

func (r *rig) waitAll(prefix string, n int) {
	r.t.Helper()
	for i := 0; i < n; i++ {
		if res, err := r.mgr.Wait(r.ctx, workload.Key(prefix, i)); err != nil {
			r.t.Fatalf("intent %d: %+v, %v", i, res, err)
		}
	}
}

func (r *rig) verify(prefix string, n int) {
	r.t.Helper()
	if err := workload.Verify(context.Background(), r.node.Client, r.st, devchain.DevKeyAddress(0), prefix, n); err != nil {
		r.t.Fatal(err)
	}
}

func (r *rig) rpc(method string, args ...any) {
	r.t.Helper()
	if err := r.node.RPC.Call(nil, method, args...); err != nil {
		r.t.Fatalf("%s: %v", method, err)
	}
}

// eventually polls cond until it holds; the node runs in another process, so
// the test can only observe it.
func (r *rig) eventually(what string, cond func() bool) {
	r.t.Helper()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-r.ctx.Done():
			r.t.Fatalf("timed out waiting for %s", what)
		case <-tick.C:
		}
	}
}

func (r *rig) poolPending() int {
	var st map[string]hexutil.Uint64
	if err := r.node.RPC.Call(&st, "txpool_status"); err != nil {
		r.t.Fatalf("txpool_status: %v", err)
	}
	return int(st["pending"])
}

func (r *rig) status() store.Status {
	s, err := r.mgr.Status(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

// TestFaults_LossyRPC sends through a proxy that drops requests before and
// after forwarding, answers HTTP and JSON-RPC errors and delays, on every
// method the manager uses.
func TestFaults_LossyRPC(t *testing.T) {
	if testing.Short() {
		t.Skip("runs against anvil")
	}
	const n = 60
	node := anviltest.Start(t, anviltest.WithBlockTime(100*time.Millisecond))
	proxy, err := rpcproxy.Start(node.URL, 7)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxy.Close() })
	cfg := faultConfig()
	cfg.ConfirmationDepth = 2
	r := newRig(t, node, proxy.URL, cfg)
	proxy.SetFaults(rpcproxy.Faults{DropBefore: 0.05, DropAfter: 0.05, HTTPError: 0.05, RPCError: 0.05, Delay: 0.3, MaxDelay: 40 * time.Millisecond})
	r.submit("lossy", n, true)
	r.waitAll("lossy", n)
	proxy.SetFaults(rpcproxy.Faults{})
	r.verify("lossy", n)
	s := proxy.Stats()
	t.Logf("proxy: %+v; manager rpc errors %d, loop errors %d", s, r.metrics.get("rpc_error"), r.metrics.get("loop_error"))
	if s.DroppedBefore == 0 || s.DroppedAfter == 0 || s.HTTPErrors == 0 || s.RPCErrors == 0 || s.Delayed == 0 {
		t.Fatalf("not every fault happened: %+v", s)
	}
}

// TestFaults_BaseFeeSpike pushes the base fee past the max fee cap while
// transactions are pending (anvil evicts them), holds it there, and lets it
// decay back; the manager must neither exceed its cap nor give up.
func TestFaults_BaseFeeSpike(t *testing.T) {
	if testing.Short() {
		t.Skip("runs against anvil")
	}
	const n = 12
	node := anviltest.Start(t)
	r := newRig(t, node, node.URL, faultConfig()) // max fee cap 20 gwei
	r.rpc("evm_setAutomine", false)
	r.submit("spike", n, false)
	r.eventually("all transactions pending", func() bool { return r.poolPending() == n })

	spike := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.GWei))
	r.rpc("anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike))
	r.rpc("evm_mine")
	if got := r.poolPending(); got != 0 {
		t.Fatalf("%d transactions survived a 100 gwei base fee", got)
	}
	refusals := r.metrics.get("publish_error_fee_too_low")
	r.eventually("resends refused during the spike", func() bool { return r.metrics.get("publish_error_fee_too_low") >= refusals+5 })
	if nonce, _ := node.Client.NonceAt(r.ctx, devchain.DevKeyAddress(0), nil); nonce != 0 || r.status().InFlight != n {
		t.Fatalf("during the spike: nonce %d, status %+v", nonce, r.status())
	}
	// Twenty empty blocks decay the base fee (-12.5% each) to about 7 gwei.
	r.rpc("anvil_mine", hexutil.Uint64(20))
	r.rpc("evm_setAutomine", true)
	r.rpc("evm_mine")
	r.waitAll("spike", n)
	r.verify("spike", n)
	limit := new(big.Int).Mul(big.NewInt(20), big.NewInt(params.GWei))
	for i := 0; i < n; i++ {
		in, _ := r.st.Intent(r.ctx, workload.Key("spike", i))
		atts, _ := r.st.Attempts(r.ctx, in.ID)
		for _, a := range atts {
			if a.GasFeeCap.Cmp(limit) > 0 {
				t.Fatalf("intent %d attempt %d has fee cap %s over the 20 gwei limit", i, a.Seq, a.GasFeeCap)
			}
		}
	}
	t.Logf("fee_too_low refusals %d, bumps %d", r.metrics.get("publish_error_fee_too_low"), r.metrics.get("bump"))
}

// TestFaults_DroppedTransactions removes every pending transaction from
// anvil's pool; the manager replaces them after its resubmission timeout.
func TestFaults_DroppedTransactions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs against anvil")
	}
	const n = 12
	node := anviltest.Start(t)
	r := newRig(t, node, node.URL, faultConfig())
	r.rpc("evm_setAutomine", false)
	r.submit("drop", n, false)
	r.eventually("all transactions pending", func() bool { return r.poolPending() == n })
	for i := 0; i < n; i++ {
		in, _ := r.st.Intent(r.ctx, workload.Key("drop", i))
		atts, _ := r.st.Attempts(r.ctx, in.ID)
		for _, a := range atts {
			r.rpc("anvil_dropTransaction", a.TxHash)
		}
	}
	if got := r.poolPending(); got != 0 {
		t.Fatalf("%d transactions left after dropping all", got)
	}
	r.rpc("evm_setAutomine", true)
	r.waitAll("drop", n)
	r.verify("drop", n)
	if r.metrics.get("bump") < n {
		t.Fatalf("%d replacements for %d dropped transactions", r.metrics.get("bump"), n)
	}
}

// TestFaults_Reorg replaces the blocks holding mined, not yet confirmed
// transactions (anvil drops their transactions); the manager sees the head
// change, re-checks receipts and re-sends.
func TestFaults_Reorg(t *testing.T) {
	if testing.Short() {
		t.Skip("runs against anvil")
	}
	const n = 12
	node := anviltest.Start(t)
	cfg := faultConfig()
	cfg.ConfirmationDepth = 4
	r := newRig(t, node, node.URL, cfg)
	r.rpc("evm_setAutomine", false)
	r.submit("reorg", n, false)
	r.eventually("all transactions pending", func() bool { return r.poolPending() == n })
	r.rpc("evm_mine")
	r.eventually("all intents mined", func() bool { return r.status().Mined == n })
	before, _ := r.st.Intent(r.ctx, workload.Key("reorg", 0))
	r.rpc("anvil_reorg", 1, []any{})
	r.eventually("all transactions re-sent", func() bool { return r.poolPending() == n })
	if r.metrics.get("reorg") == 0 || r.status().InFlight != n {
		t.Fatalf("reorgs seen %d, status %+v", r.metrics.get("reorg"), r.status())
	}
	r.rpc("anvil_mine", hexutil.Uint64(4))
	r.waitAll("reorg", n)
	r.verify("reorg", n)
	after, _ := r.st.Intent(r.ctx, workload.Key("reorg", 0))
	if after.BlockHash == before.BlockHash {
		t.Fatalf("intent 0 still recorded in the reorged block %s", before.BlockHash)
	}
}
