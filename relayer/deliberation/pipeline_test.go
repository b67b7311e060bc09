package deliberation

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func TestPipelineConfigCheck(t *testing.T) {
	t.Parallel()
	good := Config{DBPath: "x.db", Settlement: common.HexToAddress("0xD1"), Orchestrators: []common.Address{common.HexToAddress("0x0E")}, StepInterval: time.Second}
	if err := good.Check(); err != nil {
		t.Fatalf("valid config: %v", err)
	}
	for name, mutate := range map[string]func(*Config){
		"no db":            func(c *Config) { c.DBPath = "" },
		"no settlement":    func(c *Config) { c.Settlement = common.Address{} },
		"no orchestrators": func(c *Config) { c.Orchestrators = nil },
		"zero interval":    func(c *Config) { c.StepInterval = 0 },
		"negative rate":    func(c *Config) { c.RateLimit.PerSecond = -1 },
	} {
		c := good
		mutate(&c)
		if err := c.Check(); !errors.Is(err, ErrInvalidConfig) {
			t.Errorf("%s: Check() = %v, want ErrInvalidConfig", name, err)
		}
	}
}

// TestPipelineRun wires the pipeline as the service would (on the embedded
// chain), ingests a session over HTTP and lets its loop claim and finalize it.
func TestPipelineRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	p, err := NewPipeline(Config{
		DBPath: filepath.Join(t.TempDir(), "delib.db"), Settlement: e.st.Address(),
		Orchestrators: []common.Address{f.orch.addr}, StepInterval: time.Millisecond,
	}, f.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	p.stepped = make(chan error)
	mux := http.NewServeMux()
	reg := prometheus.NewRegistry()
	if err := p.start(ctx, wiring{log: slog.New(slog.DiscardHandler), backend: e.c.Client(), sender: e.mgr, mux: mux, registry: reg}); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(context.Background())
	step := func() {
		t.Helper()
		select {
		case err := <-p.stepped:
			if err != nil {
				t.Fatalf("step: %v", err)
			}
		case <-ctx.Done():
			t.Fatal("no settler step")
		}
	}
	// fresh waits for a step that began after the call: the loop may hold
	// one computed earlier, blocked on the channel.
	fresh := func() { t.Helper(); step(); step() }
	step()
	if status, body := do(mux, "POST", RoutePrefix+"/sessions", mustJSON(t, f.sm)); status != http.StatusCreated {
		t.Fatalf("POST manifest: %d %v", status, body)
	}
	f.clock.Set(tC0)
	for i := 0; i < 2; i++ {
		if status, body := do(mux, "POST", RoutePrefix+"/messages", mustJSON(t, f.proposal(i, 1))); status != http.StatusAccepted {
			t.Fatalf("POST proposal: %d %v", status, body)
		}
	}
	f.clock.Set(tP1)
	if status, body := do(mux, "POST", RoutePrefix+"/messages", mustJSON(t, f.ballot(2, 1, 2, -1))); status != http.StatusAccepted {
		t.Fatalf("POST ballot: %d %v", status, body)
	}
	f.clock.Set(tC1)
	fresh() // claims
	rec, err := p.Ingest().Store.GetRecord(ctx, f.man.ID())
	if err != nil || rec == nil || rec.State != StateClaimed {
		t.Fatalf("after the close: %+v (%v), want claimed", rec, err)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	fresh() // finalizes
	status, body := do(mux, "GET", RoutePrefix+"/sessions/"+f.man.ID().Hex(), nil)
	if status != http.StatusOK {
		t.Fatalf("GET session: %d %v", status, body)
	}
	settled, _ := body["settlement"].(map[string]any)
	if settled["state"] != string(StateFinalized) || settled["delivered"] != true {
		t.Fatalf("settlement %v, want finalized and delivered", settled)
	}
	m := p.Ingest().Metrics.(*PromMetrics)
	if n := counterValue(t, m.messages.WithLabelValues("Proposal", "stored")); n != 2 {
		t.Fatalf("stored proposals metric = %v, want 2", n)
	}
	if n := counterValue(t, m.settlements.WithLabelValues(string(StateFinalized))); n != 1 {
		t.Fatalf("finalized settlements metric = %v, want 1", n)
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
