package main

import (
	"context"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/deliberation"
)

// TestDeliberationSimulateNATS runs `dip deliberation simulate --nats-url`
// (6 agents x 1 round of 4 s, in real time) against the real ingest fed by
// a NATS consumer on an embedded JetStream server, with and without the
// relayer's HTTP API for read-back, and checks what the store holds.
func TestDeliberationSimulateNATS(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		readBack bool
		want     []string
	}{
		{"with read-back", true, []string{
			"round 0 proposals sent 6 stream-acked 6 failed 0 duplicates 0",
			"round 0 proposals relayer stored 6 of 6",
			"round 0 votes     sent 24 stream-acked 24 failed 0 duplicates 0",
			"round 0 votes     relayer stored 24 of 24",
			"30 stream-acked, 0 failed to publish",
			"relayer stored 30 of 30",
			"recount: matches the relayer's tally",
		}},
		{"stream only", false, []string{
			"no relayer URL: nothing read back",
			"round 0 votes     sent 24 stream-acked 24 failed 0 duplicates 0",
			"30 stream-acked, 0 failed to publish",
			"recount: not done: no relayer URL",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			domain := dipmsg.NewDomain(big.NewInt(31337), common.HexToAddress("0x00000000000000000000000000000000000000D1"))
			st, err := deliberation.OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			in, err := deliberation.NewIngest(ctx, deliberation.NewEngine(domain, []common.Address{devchain.DevKeyAddress(0)}, time.Now), st)
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
			relayerURL := ""
			if tt.readBack {
				srv := httptest.NewServer(deliberation.NewHandler(in, deliberation.WithLogger(log)))
				t.Cleanup(srv.Close)
				relayerURL = srv.URL
			}
			code, out, errOut := runDip(t, "deliberation", "simulate", "--nats-url", n.ClientURL(), "--relayer-url", relayerURL,
				"--chain-id", "31337", "--settlement", domain.VerifyingContract.Hex(), "--dev-key", "0",
				"--agents", "6", "--rounds", "1", "--round-duration", "4s", "--credits", "50", "--seed", "8", "--subject", "43")
			if code != 0 {
				t.Fatalf("simulate: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
			}
			for _, want := range append(tt.want, "stream-acked = JetStream publish ack: stored in the stream, not yet checked by the relayer's rules") {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			// The store holds every message the stream acknowledged.
			deadline := time.Now().Add(10 * time.Second)
			for {
				msgs := 0
				err := st.Replay(ctx, func(*deliberation.SignedManifest) error { return nil }, func(*dipmsg.Envelope) error { msgs++; return nil })
				if err != nil {
					t.Fatal(err)
				}
				if msgs == 30 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("store holds %d messages, want 30", msgs)
				}
				time.Sleep(50 * time.Millisecond)
			}
		})
	}
}

func TestDeliberationSimulateNATSUsageErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"bad scheme", []string{"--nats-url", "http://127.0.0.1:4222"}, "want nats:// or tls://"},
		{"no url at all", []string{"--relayer-url", ""}, "--relayer-url (or --nats-url)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"deliberation", "simulate", "--chain-id", "31337", "--dev-key", "0",
				"--settlement", "0x00000000000000000000000000000000000000D1"}, tt.args...)
			code, _, errOut := runDip(t, args...)
			if code != 2 || !strings.Contains(errOut, tt.wantErr) {
				t.Fatalf("exit %d stderr %q, want 2 and %q", code, errOut, tt.wantErr)
			}
		})
	}
}
