package deliberation

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/settlement"
)

// TestPipelineInService runs the pipeline inside the real relayer service
// against anvil: HTTP ingest on the service listener, claim and finalize
// through the service's txmgr, metrics on /metrics.
func TestPipelineInService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	admin := bind.NewKeyedTransactor(devchain.DevKey(0), chainID)
	env := settlementtest.Deploy(t, node.Client, admin, settlement.DefaultConfig())
	sc, recv := env.Settlement, env.Receiver
	domain, err := sc.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The relayer's keystore account, funded and bonded before the service owns its nonces.
	dir := t.TempDir()
	passFile := filepath.Join(dir, "passphrase")
	if err := os.WriteFile(passFile, []byte("deliberation-test\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	scfg := signer.Config{Kind: signer.KindKeystore, ChainID: anviltest.ChainID,
		Keystore: signer.KeystoreConfig{Path: filepath.Join(dir, "key.json"), PassphraseFile: passFile}}
	addr, err := signer.Generate(ctx, scfg, signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(scfg.Keystore.Path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(blob, "deliberation-test")
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
		t.Fatal(err)
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := sc.Bond(ctx, bind.NewKeyedTransactor(k.PrivateKey, chainID), new(big.Int).Mul(eth, big.NewInt(2))); err != nil {
		t.Fatal(err)
	}

	f := newFixture(t, recv, domain, 3)
	p, err := NewPipeline(Config{DBPath: filepath.Join(dir, "delib.db"), Settlement: sc.Address(),
		Orchestrators: []common.Address{f.orch.addr}, StepInterval: 10 * time.Millisecond, Watchtower: true}, f.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	p.stepped = make(chan error)
	cfg := service.DefaultCLIConfig()
	cfg.RPCURL, cfg.DataDir, cfg.HTTPAddr, cfg.Signer = node.URL, dir, "127.0.0.1:0", scfg
	cfg.TxMgr.ConfirmationDepth = 1
	cfg.TxMgr.PollInterval = 20 * time.Millisecond
	cfg.TxMgr.NetworkTimeout = 5 * time.Second
	cfg.Watch.Confirmations = 1
	cfg.Watch.PollInterval = 50 * time.Millisecond
	svc, err := service.New(ctx, cfg, slog.New(slog.DiscardHandler), service.WithPipelines(p))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	base := "http://" + svc.Addr().String()
	post := func(path string, v any, want int) {
		t.Helper()
		resp, err := http.Post(base+path, "application/json", bytes.NewReader(mustJSON(t, v)))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("POST %s: %d %s, want %d", path, resp.StatusCode, body, want)
		}
	}
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
	fresh := func() { t.Helper(); step(); step() }

	post(RoutePrefix+"/sessions", f.sm, http.StatusCreated)
	f.clock.Set(tC0)
	post(RoutePrefix+"/messages", f.proposal(0, 1), http.StatusAccepted)
	post(RoutePrefix+"/messages", f.proposal(1, 1), http.StatusAccepted)
	f.clock.Set(tP1)
	post(RoutePrefix+"/messages", f.ballot(2, 1, -1, 3), http.StatusAccepted)
	f.clock.Set(tC1)
	fresh()
	if rec, err := p.Ingest().Store.GetRecord(ctx, f.man.ID()); err != nil || rec == nil || rec.State != StateClaimed {
		t.Fatalf("record %+v (%v), want claimed", rec, err)
	}
	if err := node.RPC.Call(nil, "evm_increaseTime", 25*3600); err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	fresh()
	resp, err := http.Get(base + RoutePrefix + "/sessions/" + f.man.ID().Hex())
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Settlement *Record `json:"settlement"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if err != nil || out.Settlement == nil || out.Settlement.State != StateFinalized || !out.Settlement.Delivered {
		t.Fatalf("settlement %+v (%v), want finalized and delivered", out.Settlement, err)
	}
	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), `dip_relayer_deliberation_messages_total{result="stored",type="Ballot"} 1`) {
		t.Fatalf("/metrics lacks the deliberation message counter")
	}
}
