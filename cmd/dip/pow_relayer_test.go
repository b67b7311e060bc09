package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/powepochs"
)

// TestPowMineRelayerURL: `dip pow mine --relayer-url` posts every batch to
// the relayer's route; a refused batch is reported and fails the run, and
// every batch is still written to disk.
func TestPowMineRelayerURL(t *testing.T) {
	t.Parallel()
	var got atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != powepochs.RouteBatches {
			http.NotFound(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		env, err := dipmsg.DecodeEnvelope(body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b := env.Message.(*dipmsg.PowBatch)
		w.Header().Set("Content-Type", "application/json")
		if got.Add(1) > 1 {
			w.WriteHeader(http.StatusConflict)
			_ = json.NewEncoder(w).Encode(map[string]string{"code": "epoch_closed", "error": "mining over"})
			return
		}
		_ = json.NewEncoder(w).Encode(powepochs.Receipt{Epoch: b.Epoch, Miner: b.Miner, Nonces: len(b.Nonces), Verified: len(b.Nonces)})
	}))
	defer srv.Close()
	dir := t.TempDir()
	params := filepath.Join(dir, "params.json")
	code, _, stderr := runDip(t, "pow", "calibrate", "--epoch", "5", "--seed", "0x"+strings.Repeat("cd", 32), "--difficulty", "4",
		"--samples", "200", "--width", "4", "--layers", "1", "--heads", "2", "--seq-len", "4", "--ffn", "8", "--out", params)
	if code != 0 {
		t.Fatalf("calibrate exited %d: %s", code, stderr)
	}
	code, stdout, stderr := runDip(t, "pow", "mine", "--params", params, "--dev-key", "0", "--settlement", "0x00000000000000000000000000000000005e771e",
		"--max-nonces", "64", "--workers", "1", "--batch-size", "4", "--out-dir", filepath.Join(dir, "b"), "--relayer-url", srv.URL)
	if got.Load() < 2 {
		t.Fatalf("relayer got %d batches, want at least 2:\n%s", got.Load(), stdout)
	}
	if code != 1 || !strings.Contains(stdout, "relayer accepted") || !strings.Contains(stdout, "relayer refused") ||
		!strings.Contains(stdout, "epoch_closed") || !strings.Contains(stderr, "refused by "+srv.URL) {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
