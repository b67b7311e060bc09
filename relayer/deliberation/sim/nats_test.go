package sim

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation"
)

// natsRelayer is a real ingest on the wall clock fed by a NATS consumer on
// an embedded JetStream server, with its HTTP API served for read-back.
type natsRelayer struct {
	in      *deliberation.Ingest
	natsURL string
	httpURL string
}

func newNATSRelayer(t *testing.T, orch common.Address) *natsRelayer {
	t.Helper()
	ctx := context.Background()
	st, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := deliberation.NewIngest(ctx, deliberation.NewEngine(testDomain, []common.Address{orch}, time.Now), st)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	n, err := deliberation.NewNATSIngest(deliberation.NATSConfig{StoreDir: t.TempDir(), Port: -1, ResultInterval: time.Hour}, in, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)
	srv := httptest.NewServer(deliberation.NewHandler(in, deliberation.WithLogger(log)))
	t.Cleanup(srv.Close)
	return &natsRelayer{in: in, natsURL: n.ClientURL(), httpURL: srv.URL}
}

// TestRunNATS publishes a session over NATS to a relayer ingesting from its
// embedded server, in real time (2 rounds of 2 s): with the relayer's URL
// the stored counts are read back and the tally recounted; without it the
// run reports stream acknowledgements only, and the store holds them.
func TestRunNATS(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		readBack bool
	}{{"with read-back", true}, {"stream only", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			orch := AgentKey(98, 0)
			rl := newNATSRelayer(t, crypto.PubkeyToAddress(orch.PublicKey))
			cfg := testConfig("")
			cfg.NATSURL, cfg.Rounds, cfg.RoundDuration = rl.natsURL, 2, 2*time.Second
			if tt.readBack {
				cfg.RelayerURL = rl.httpURL
			}
			var progress []Stats
			s, err := New(cfg, dipmsg.KeySigner{Key: orch}, func(st Stats) { progress = append(progress, st) })
			if err != nil {
				t.Fatal(err)
			}
			res, err := s.Run(ctx)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			// Per round: 5 proposals, 5 x 3 evaluations, 5 ballots.
			if res.Transport != TransportNATS || res.Accepted() != 50 || res.Rejected() != 0 || len(res.Phases) != 4 {
				t.Fatalf("transport %s, %d stream-acked, %d failed, %d phases; want nats, 50, 0, 4", res.Transport, res.Accepted(), res.Rejected(), len(res.Phases))
			}
			stored, known := res.Stored()
			if !tt.readBack {
				if known || res.Unverified == "" || res.Tally != nil {
					t.Fatalf("without a relayer URL: stored known %v, unverified %q, tally %v; want unknown, a reason, none", known, res.Unverified, res.Tally)
				}
				if len(progress) != 4 {
					t.Fatalf("%d progress reports, want one per phase", len(progress))
				}
				// The relayer stored them all, as its engine shows.
				deadline := time.Now().Add(10 * time.Second)
				for {
					v, err := rl.in.Engine.Session(res.Session)
					n := 0
					if err == nil {
						for _, r := range v.Rounds {
							n += len(r.Proposals) + len(r.Ballots) + len(r.Evaluations)
						}
					}
					if n == 50 {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("relayer holds %d messages (%v), want 50", n, err)
					}
					time.Sleep(50 * time.Millisecond)
				}
				return
			}
			if !known || stored != 50 || res.Unverified != "" {
				t.Fatalf("stored %d (known %v), unverified %q; want 50 read back", stored, known, res.Unverified)
			}
			if res.Tally == nil || res.Recount == nil || res.Tally.Round != 1 || res.Tally.BallotCount != 5 {
				t.Fatalf("tally %+v, recount %v: want round 1 with 5 ballots, recounted", res.Tally, res.Recount)
			}
			if len(progress) != 8 {
				t.Fatalf("%d progress reports, want two per phase (stream acks, then stored)", len(progress))
			}
		})
	}
}

// TestSendNATSDuplicate checks that a republished message is acknowledged
// by the stream as a duplicate (Nats-Msg-Id) and counted as such.
func TestSendNATSDuplicate(t *testing.T) {
	t.Parallel()
	orch := AgentKey(97, 0)
	rl := newNATSRelayer(t, crypto.PubkeyToAddress(orch.PublicKey))
	nc, err := nats.Connect(rl.natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig("")
	cfg.NATSURL, cfg.Concurrency = rl.natsURL, 1
	s, err := New(cfg, dipmsg.KeySigner{Key: orch}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.pub = &deliberation.Publisher{JS: js}
	env := s.proposals(s.Manifest(uint64(time.Now().Unix())), 0)[0]
	st, ok := s.send(context.Background(), 0, "proposals", []*dipmsg.Envelope{env, env})
	if st.Accepted != 2 || st.Duplicates != 1 || st.Rejected != 0 || !ok[0] || !ok[1] || st.Transport != TransportNATS {
		t.Fatalf("stats %+v, ok %v: want 2 stream-acked, 1 duplicate, over nats", st, ok)
	}
}
