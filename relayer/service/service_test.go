package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/relayer/internal/workload"
	"github.com/dip-market/dip/relayer/watcher"
)

// client talks to a service's HTTP server.
type client struct {
	t     *testing.T
	base  string
	token string
}

func (c client) do(method, path string, body any) (int, []byte) {
	c.t.Helper()
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			c.t.Fatal(err)
		}
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, r)
	if err != nil {
		c.t.Fatal(err)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return resp.StatusCode, out
}

func (c client) getJSON(path string, v any) int {
	c.t.Helper()
	code, body := c.do(http.MethodGet, path, nil)
	if err := json.Unmarshal(body, v); err != nil {
		c.t.Fatalf("GET %s: %d %q is not JSON: %v", path, code, body, err)
	}
	return code
}

// fakePipeline records what the service does with it.
type fakePipeline struct {
	mu            sync.Mutex
	deps          Deps
	started       bool
	stopped       bool
	txmgrOnStop   bool // the transaction manager still ran when Stop was called
	drainedOnStop bool
	batches       int
}

func (p *fakePipeline) Name() string { return "fake" }

func (p *fakePipeline) Start(ctx context.Context, deps Deps) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.deps, p.started = deps, true
	deps.Mux.Handle("GET /v1/fake/ping", deps.RequireAdmin(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "pong")
	})))
	_, err := deps.NewWatcher("fake", watcher.HandlerFuncs{Batch: func(context.Context, watcher.Batch) error {
		p.mu.Lock()
		p.batches++
		p.mu.Unlock()
		return nil
	}})
	return err
}

func (p *fakePipeline) Stop(context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopped = true
	p.txmgrOnStop = !p.deps.TxMgr.Stopped()
	p.drainedOnStop = p.deps.Draining()
	return nil
}

// TestService_Anvil runs the service in process against anvil: it becomes
// ready, takes 20 intents over the admin API, confirms each exactly once,
// reports the right status and metrics, runs a registered pipeline and its
// watcher, turns unready when the chain goes away, stops cleanly, and never
// logs the key, the passphrase or the admin token.
func TestService_Anvil(t *testing.T) {
	t.Parallel()
	const n, prefix = 20, "svc"
	node := anviltest.Start(t, anviltest.WithBlockTime(100*time.Millisecond))
	key := newKeystore(t, anviltest.ChainID)
	if err := node.RPC.Call(nil, "anvil_setBalance", key.address, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
		t.Fatal(err)
	}
	tokenFile, token := writeToken(t)
	cfg := testConfig(node.URL, key, t.TempDir())
	cfg.AdminTokenFile = tokenFile
	// Follow the first recipient: plain transfers emit no logs, so the
	// watcher only advances its checkpoint, which is what is checked.
	cfg.Watch.Contracts = []common.Address{workload.Recipient(prefix, 0)}
	var logs syncBuffer
	pipe := &fakePipeline{}
	ctx := context.Background()
	svc, err := New(ctx, cfg, newTestLogger(&logs), WithPipelines(pipe), WithVersion("test"))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	if err := svc.Register(pipe); err == nil {
		t.Error("registering the same pipeline name twice succeeded")
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := svc.Register(&fakePipeline{}); !errors.Is(err, ErrStarted) {
		t.Errorf("Register after Start: err = %v, want ErrStarted", err)
	}
	base := "http://" + svc.Addr().String()
	admin := client{t: t, base: base, token: token}
	anon := client{t: t, base: base}

	if code, body := anon.do(http.MethodGet, "/healthz", nil); code != http.StatusOK || string(body) != "ok\n" {
		t.Errorf("/healthz = %d %q, want 200 ok", code, body)
	}
	var rd Readiness
	if code := anon.getJSON("/readyz", &rd); code != http.StatusOK || !rd.Ready {
		t.Fatalf("/readyz = %d %+v, want ready", code, rd)
	}
	names := map[string]bool{}
	for _, c := range rd.Checks {
		names[c.Name] = c.OK
	}
	for _, want := range []string{"chain", "store", "signer", "watcher/contracts", "watcher/fake"} {
		if ok, found := names[want]; !found || !ok {
			t.Errorf("/readyz check %q: found %v ok %v (checks %+v)", want, found, ok, rd.Checks)
		}
	}
	if code, _ := anon.do(http.MethodGet, "/admin/status", nil); code != http.StatusUnauthorized {
		t.Errorf("/admin/status without token = %d, want 401", code)
	}
	if code, body := admin.do(http.MethodGet, "/v1/fake/ping", nil); code != http.StatusOK || string(body) != "pong" {
		t.Errorf("pipeline route = %d %q, want 200 pong", code, body)
	}

	for i := 0; i < n; i++ {
		c := workload.Candidate(prefix, i, i%2 == 0)
		req := IntentRequest{Key: workload.Key(prefix, i), To: c.To.Hex(), Data: hexutil.Encode(c.TxData), Value: c.Value.String(), Gas: c.GasLimit}
		code, body := admin.do(http.MethodPost, "/admin/intents", req)
		if code != http.StatusAccepted {
			t.Fatalf("POST intent %d = %d %s, want 202", i, code, body)
		}
		// The same request again is idempotent.
		if i == 0 {
			if code, body := admin.do(http.MethodPost, "/admin/intents", req); code != http.StatusOK {
				t.Errorf("repeated POST = %d %s, want 200", code, body)
			}
		}
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for i := 0; i < n; i++ {
		if _, err := svc.TxMgr().Wait(wctx, workload.Key(prefix, i)); err != nil {
			t.Fatalf("intent %d: %v", i, err)
		}
	}
	if err := workload.Verify(ctx, node.Client, svc.Store(), key.address, prefix, n); err != nil {
		t.Fatalf("verify: %v", err)
	}

	var st Status
	if code := admin.getJSON("/admin/status", &st); code != http.StatusOK {
		t.Fatalf("/admin/status = %d", code)
	}
	if st.Confirmed != n || st.QueueDepth != 0 || st.InFlight != 0 || st.Mined != 0 || st.Failures != 0 || st.LastConfirmedBlock == 0 {
		t.Errorf("status = %+v, want %d confirmed and nothing else", st, n)
	}
	if st.Account != key.address.Hex() || st.ChainID != anviltest.ChainID {
		t.Errorf("status names account %s chain %d, want %s %d", st.Account, st.ChainID, key.address.Hex(), anviltest.ChainID)
	}
	var ir IntentResponse
	if code := admin.getJSON("/admin/intents/"+workload.Key(prefix, 3), &ir); code != http.StatusOK || ir.State != "confirmed" || ir.TxHash == "" {
		t.Errorf("GET intent = %d %+v, want confirmed with a tx hash", code, ir)
	}

	// The watchers follow the chain and checkpoint in the store.
	cp, err := NewCheckpoints(svc.Store()).Load(ctx, ContractsWatcher)
	if err != nil || cp.Number == 0 {
		t.Errorf("contracts watcher checkpoint = %+v, %v; want one past block 0", cp, err)
	}

	code, metrics := anon.do(http.MethodGet, "/metrics", nil)
	if code != http.StatusOK {
		t.Fatalf("/metrics = %d", code)
	}
	for _, want := range []string{
		fmt.Sprintf(`dip_relayer_txmgr_intents_final_total{state="confirmed"} %d`, n),
		fmt.Sprintf(`dip_relayer_admin_intents_total{result="created"} %d`, n),
		`dip_relayer_admin_intents_total{result="existing"} 1`,
		fmt.Sprintf(`dip_relayer_info{account="%s",chain_id="31337",version="test"} 1`, key.address.Hex()),
		`dip_relayer_watcher_block{watcher="contracts"}`,
		`dip_relayer_http_requests_total{code="202",route="admin_intents"}`,
		"go_goroutines ",
		"dip_relayer_process_cpu_seconds_total ",
	} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	// Without the chain the relayer is alive but not ready.
	node.Stop()
	if code, _ := anon.do(http.MethodGet, "/healthz", nil); code != http.StatusOK {
		t.Errorf("/healthz without chain = %d, want 200", code)
	}
	rd = Readiness{}
	if code := anon.getJSON("/readyz", &rd); code != http.StatusServiceUnavailable || rd.Ready || rd.Checks[0].Name != "chain" || rd.Checks[0].OK {
		t.Errorf("/readyz without chain = %d %+v, want 503 with chain failing", code, rd)
	}

	sctx, scancel := context.WithTimeout(ctx, 10*time.Second)
	defer scancel()
	if err := svc.Stop(sctx); err != nil {
		t.Errorf("Stop: %v", err)
	}
	if !svc.Stopped() {
		t.Error("Stopped() = false after Stop")
	}
	if err := svc.Stop(sctx); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	pipe.mu.Lock()
	if !pipe.started || !pipe.stopped || !pipe.txmgrOnStop || !pipe.drainedOnStop {
		t.Errorf("pipeline started %v stopped %v, txmgr running at its stop %v, draining at its stop %v; want all true",
			pipe.started, pipe.stopped, pipe.txmgrOnStop, pipe.drainedOnStop)
	}
	if pipe.batches == 0 {
		t.Error("the pipeline's watcher delivered nothing")
	}
	pipe.mu.Unlock()
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("HTTP server still answers after Stop")
	}

	out := logs.String()
	for _, want := range []string{`"msg":"relayer started"`, `"msg":"admin intent stored"`, `"msg":"relayer stopped"`} {
		if !strings.Contains(out, want) {
			t.Errorf("logs lack %s", want)
		}
	}
	assertNoSecrets(t, "logs", out, key.passphrase, key.keyHex, token)
	assertNoSecrets(t, "metrics", string(metrics), key.passphrase, key.keyHex, token)
}

// TestStop_NilAndUnstarted checks Stop on nil and on a service that never started.
func TestStop_NilAndUnstarted(t *testing.T) {
	t.Parallel()
	var s *Service
	if err := s.Stop(context.Background()); err != nil {
		t.Errorf("nil Stop: %v", err)
	}
	if err := (&Service{}).Stop(context.Background()); err != nil {
		t.Errorf("empty Stop: %v", err)
	}
}
