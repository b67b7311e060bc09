package sim

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation"
)

var testDomain = dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))

// fakeClock is shared by the engine and the simulator: sleeping jumps it.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *fakeClock) SleepUntil(_ context.Context, t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.t) {
		c.t = t
	}
	return nil
}

func testConfig(url string) Config {
	return Config{RelayerURL: url, Domain: testDomain, Subject: big.NewInt(9), Agents: 5, Rounds: 3,
		RoundDuration: 10 * time.Second, Credits: 30, Seed: 3, Concurrency: 2}
}

// newRelayer serves a real ingest on a fake clock, wrapped by wrap.
func newRelayer(t *testing.T, clock *fakeClock, orch common.Address, wrap func(http.Handler) http.Handler) string {
	t.Helper()
	ctx := context.Background()
	st, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := deliberation.NewIngest(ctx, deliberation.NewEngine(testDomain, []common.Address{orch}, clock.Now), st)
	if err != nil {
		t.Fatal(err)
	}
	var h http.Handler = deliberation.NewHandler(in, deliberation.WithLogger(slog.New(slog.DiscardHandler)))
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestRun(t *testing.T) {
	t.Parallel()
	orch := AgentKey(99, 0)
	refuseEvaluations := func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages") {
				body, _ := io.ReadAll(r.Body)
				if bytes.Contains(body, []byte(`"Evaluation"`)) {
					http.Error(w, `{"error":"rate_limited"}`, http.StatusTooManyRequests)
					return
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
			}
			h.ServeHTTP(w, r)
		})
	}
	forgeTally := func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/tally") {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, r)
				w.WriteHeader(rec.Code)
				_, _ = w.Write(bytes.Replace(rec.Body.Bytes(), []byte(`"ballotCount":5`), []byte(`"ballotCount":4`), 1))
				return
			}
			h.ServeHTTP(w, r)
		})
	}
	tests := []struct {
		name         string
		wrap         func(http.Handler) http.Handler
		wantAccepted int
		wantRejected int
		wantErr      error
	}{
		// Per round: 5 proposals, 5 x 3 evaluations, 5 ballots.
		{"all accepted", nil, 75, 0, nil},
		{"evaluations refused", refuseEvaluations, 30, 45, nil},
		{"forged tally", forgeTally, 75, 0, ErrTallyMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
			url := newRelayer(t, clock, crypto.PubkeyToAddress(orch.PublicKey), tt.wrap)
			s, err := New(testConfig(url), dipmsg.KeySigner{Key: orch}, nil)
			if err != nil {
				t.Fatal(err)
			}
			s.now, s.sleep = clock.Now, clock.SleepUntil
			res, err := s.Run(context.Background())
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Run: error %v, want %v", err, tt.wantErr)
			}
			if res == nil {
				t.Fatal("Run returned no result")
			}
			if res.Accepted() != tt.wantAccepted || res.Rejected() != tt.wantRejected {
				t.Fatalf("accepted %d rejected %d, want %d and %d (%+v)", res.Accepted(), res.Rejected(), tt.wantAccepted, tt.wantRejected, res.Phases)
			}
			if len(res.Phases) != 6 {
				t.Fatalf("%d phases, want 6", len(res.Phases))
			}
			if tt.wantRejected > 0 && len(res.Phases[1].Errors) == 0 {
				t.Fatalf("votes phase rejected messages without reasons")
			}
			if tt.wantErr == nil && (res.Tally.Round != 2 || res.Tally.BallotCount != 5 || res.Recount == nil) {
				t.Fatalf("tally %+v: want round 2 with 5 ballots and a recount", res.Tally)
			}
		})
	}
}

func TestQuadraticVotesWithinCredits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n       int
		credits uint64
	}{{1, 1}, {2, 3}, {10, 100}, {64, 1}, {64, 1 << 40}, {5, 17}}
	for _, tt := range tests {
		for seed := range uint64(200) {
			rng := rand.New(rand.NewPCG(seed, 1))
			votes := QuadraticVotes(rng, tt.n, tt.credits)
			b := &dipmsg.Ballot{Votes: votes}
			if len(votes) != tt.n {
				t.Fatalf("n=%d: %d votes", tt.n, len(votes))
			}
			if sq := b.Squares(); !sq.IsUint64() || sq.Uint64() > tt.credits {
				t.Fatalf("n=%d credits=%d seed=%d: votes %v spend %s", tt.n, tt.credits, seed, votes, sq)
			}
		}
	}
}

func TestAgentKeyDeterministic(t *testing.T) {
	t.Parallel()
	seen := map[common.Address]bool{}
	for i := range 50 {
		a := crypto.PubkeyToAddress(AgentKey(1, i).PublicKey)
		if a != crypto.PubkeyToAddress(AgentKey(1, i).PublicKey) {
			t.Fatalf("agent %d: key differs between calls", i)
		}
		if seen[a] {
			t.Fatalf("agent %d: address %s repeated", i, a.Hex())
		}
		seen[a] = true
	}
	if AgentKey(1, 0).D.Cmp(AgentKey(2, 0).D) == 0 {
		t.Fatal("seeds 1 and 2 give the same key")
	}
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(*Config)
		ok     bool
	}{
		{"valid", func(*Config) {}, true},
		{"no url", func(c *Config) { c.RelayerURL = "" }, false},
		{"nats only", func(c *Config) { c.RelayerURL, c.NATSURL = "", "nats://127.0.0.1:4222" }, true},
		{"no chain", func(c *Config) { c.Domain = dipmsg.NewDomain(big.NewInt(0), testDomain.VerifyingContract) }, false},
		{"no settlement", func(c *Config) { c.Domain = dipmsg.NewDomain(big.NewInt(1), common.Address{}) }, false},
		{"one agent", func(c *Config) { c.Agents = 1 }, false},
		{"too many rounds", func(c *Config) { c.Rounds = deliberation.MaxRounds + 1 }, false},
		{"fractional duration", func(c *Config) { c.RoundDuration = 2500 * time.Millisecond }, false},
		{"no credits", func(c *Config) { c.Credits = 0 }, false},
		{"no workers", func(c *Config) { c.Concurrency = 0 }, false},
	}
	for _, tt := range tests {
		c := testConfig("http://x")
		tt.mutate(&c)
		if err := c.Check(); (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrBadConfig)) {
			t.Errorf("%s: Check() = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

func TestManifestSchedule(t *testing.T) {
	t.Parallel()
	s, err := New(testConfig("http://x"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := s.Manifest(1000)
	if err := m.Check(); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	want := []deliberation.Round{{ProposeUntil: 1005, ClosesAt: 1010}, {ProposeUntil: 1015, ClosesAt: 1020}, {ProposeUntil: 1025, ClosesAt: 1030}}
	for i, r := range m.Rounds {
		if r != want[i] {
			t.Errorf("round %d: %+v, want %+v", i, r, want[i])
		}
	}
	if m.Target != testDomain.VerifyingContract || m.Nonce.Uint64() != 1000 {
		t.Errorf("target %s nonce %s: want the settlement and the opening time", m.Target.Hex(), m.Nonce)
	}
}
