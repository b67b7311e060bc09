package escrowsessions

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/deliberation/sim"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
)

// waitFor polls cond every 50 ms until it holds or ctx ends.
func waitFor(ctx context.Context, t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		ok, err := cond()
		if ok {
			return
		}
		last = err
		select {
		case <-ctx.Done():
			t.Fatalf("%s: timed out (last error: %v)", what, last)
		case <-tick.C:
		}
	}
}

func getJSON(url string, v any) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, err
	}
	if v != nil && resp.StatusCode == http.StatusOK {
		return resp.StatusCode, json.Unmarshal(body, v)
	}
	return resp.StatusCode, nil
}

// TestPipelineInService runs the escrow-sessions and deliberation pipelines
// in one real relayer service against anvil (automine): the service's
// watcher (one confirmation) feeds deliveries to the orchestrator, the
// relayer's keystore signer signs the manifests, the deliberation pipeline
// takes them in process, evaluators join over the service's HTTP API, and
// the deliberation settler claims and finalizes on the escrow.
func TestPipelineInService(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	g := deployGuild(t, node.Client, opts, devchain.DevKeyAddress)
	good, bad := crypto.Keccak256Hash([]byte("good work")), crypto.Keccak256Hash([]byte("bad work"))
	passID := g.order(3*24*time.Hour, good)
	failID := g.order(3*24*time.Hour, bad)

	// The relayer's keystore account, funded and bonded before the service owns its nonces.
	dir := t.TempDir()
	passFile := filepath.Join(dir, "passphrase")
	if err := os.WriteFile(passFile, []byte("escrow-sessions-test\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	scfg := signer.Config{Kind: signer.KindKeystore, ChainID: anviltest.ChainID,
		Keystore: signer.KeystoreConfig{Path: filepath.Join(dir, "key.json"), PassphraseFile: passFile}}
	relayer, err := signer.Generate(ctx, scfg, signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(scfg.Keystore.Path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(blob, "escrow-sessions-test")
	if err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "anvil_setBalance", relayer, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
		t.Fatal(err)
	}
	if _, err := g.st.Bond(ctx, bind.NewKeyedTransactor(k.PrivateKey, chainID), new(big.Int).Mul(oneToken, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}

	delib, err := deliberation.NewPipeline(deliberation.Config{DBPath: filepath.Join(dir, "delib.db"), Settlement: g.st.Address(),
		Orchestrators: []common.Address{relayer}, StepInterval: 100 * time.Millisecond}, nil)
	if err != nil {
		t.Fatal(err)
	}
	esp, err := NewPipeline(Config{
		DBPath: filepath.Join(dir, "escrow-sessions.db"), Escrow: g.esc.Address(), Settlement: g.st.Address(),
		Evaluators: []common.Address{devchain.DevKeyAddress(evalAIdx), devchain.DevKeyAddress(evalBIdx), devchain.DevKeyAddress(evalCIdx)},
		Schedule:   Schedule{Rounds: 1, Propose: 2 * time.Second, Vote: 2 * time.Second, Lead: time.Second, Credits: 36},
		Submitter:  IngestSubmitter{Ingest: delib.Ingest}, RetryInterval: 100 * time.Millisecond, SettleMargin: time.Hour,
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := service.DefaultCLIConfig()
	cfg.RPCURL, cfg.DataDir, cfg.HTTPAddr, cfg.Signer = node.URL, dir, "127.0.0.1:0", scfg
	cfg.TxMgr.ConfirmationDepth = 1
	cfg.TxMgr.PollInterval = 20 * time.Millisecond
	cfg.TxMgr.NetworkTimeout = 5 * time.Second
	cfg.Watch.Confirmations = 1
	cfg.Watch.PollInterval = 50 * time.Millisecond
	svc, err := service.New(ctx, cfg, slog.New(slog.DiscardHandler), service.WithPipelines(delib, esp))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	base := "http://" + svc.Addr().String()

	var orders struct {
		Orders []*Record `json:"orders"`
	}
	waitFor(ctx, t, "two submitted sessions", func() (bool, error) {
		_, err := getJSON(base+RoutePrefix+"/orders?state=submitted", &orders)
		return len(orders.Orders) == 2, err
	})
	invs, err := sim.EscrowSessionsLister(base, nil)(ctx)
	if err != nil || len(invs) != 2 {
		t.Fatalf("invitations %+v (%v), want 2", invs, err)
	}
	agents := []*ecdsa.PrivateKey{devchain.DevKey(expertIdx), devchain.DevKey(evalAIdx), devchain.DevKey(evalBIdx), devchain.DevKey(evalCIdx)}
	var wg sync.WaitGroup
	errs := make([]error, len(invs))
	for i, inv := range invs {
		vote := sim.VoteApprove
		if inv.Label == "order "+failID.String() {
			vote = sim.VoteReject
		}
		j, err := sim.NewJoiner(sim.JoinConfig{RelayerURL: base, Agents: agents, Vote: vote, Concurrency: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := j.Join(ctx, inv.Session, inv.Proposals)
			if err == nil && (res.Tally == nil || res.Tally.BallotCount != 3) {
				err = fmt.Errorf("tally %+v (%s), want 3 ballots", res.Tally, res.TallyError)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", invs[i].Label, err)
		}
	}
	settled := func(state deliberation.SettlementState) func() (bool, error) {
		return func() (bool, error) {
			for _, inv := range invs {
				var v struct {
					Settlement *deliberation.Record `json:"settlement"`
				}
				if _, err := getJSON(base+deliberation.RoutePrefix+"/sessions/"+inv.Session.Hex(), &v); err != nil || v.Settlement == nil || v.Settlement.State != state {
					return false, err
				}
			}
			return true, nil
		}
	}
	waitFor(ctx, t, "both sessions claimed", settled(deliberation.StateClaimed))
	if err := node.RPC.Call(nil, "evm_increaseTime", 25*3600); err != nil {
		t.Fatal(err)
	}
	if err := node.RPC.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "both sessions finalized", settled(deliberation.StateFinalized))
	pass, err := g.esc.Order(ctx, passID)
	if err != nil {
		t.Fatal(err)
	}
	fail, err := g.esc.Order(ctx, failID)
	if err != nil {
		t.Fatal(err)
	}
	if pass.State != escrow.StateEvaluated || fail.State != escrow.StateDisputed || fail.Disputant != g.st.Address() {
		t.Fatalf("orders %s and %s (disputant %s), want Evaluated and Disputed by the Settlement", pass.State, fail.State, fail.Disputant.Hex())
	}
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), `dip_relayer_escrow_sessions_orders_total{result="submitted"} 2`) {
		t.Fatalf("/metrics lacks the escrow-sessions counter")
	}
}
