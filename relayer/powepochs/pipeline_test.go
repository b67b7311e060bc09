package powepochs

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/zk/onchain"
)

const (
	adminIdx = iota
	relayerIdx
	publisherIdx
	minerAIdx
	minerBIdx
	outsiderIdx
	nAccounts
)

// tinySpec keeps a nonce proof at a few seconds.
var tinySpec = pow.Spec{Width: 4, Layers: 1, Heads: 2, SeqLen: 4, FFN: 8}

type env struct {
	c       *devchain.Chain
	suite   *acip.Suite
	ladder  *acip.Ladder
	epochs  *pow.Epochs
	mgr     *txmgr.Manager
	keyRoot string
	domain  dipmsg.Domain
}

// newEnv creates a guild whose Settlement verifies PowEpoch samples with
// PowEpochAdapter in front of a Groth16Verifier of keys cached in keyRoot
// (the pipeline loads the same keys), and a txmgr for the relayer.
func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	keyRoot := t.TempDir()
	keys, err := LoadOrSetupKeys(keyRoot, tinySpec, func(m string) { t.Log(m) })
	if err != nil {
		t.Fatal(err)
	}
	c := devchain.New(devchain.WithAccounts(nAccounts))
	t.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	if _, err := acip.Deploy(ctx, c.Client(), admin, rec, acip.DeployOptions{MockPayment: true}); err != nil {
		t.Fatal(err)
	}
	f, err := acip.Deployed(ctx, c.Client(), rec)
	if err != nil {
		t.Fatal(err)
	}
	pay := rec.Contracts[acip.MockPaymentName].Address
	gp := acip.DefaultGuildParams("Miners Guild", "MIN", pay)
	predicted, err := f.PredictSuite(ctx, big.NewInt(1), gp.Ladder.RankMax)
	if err != nil {
		t.Fatal(err)
	}
	v, _, err := onchain.DeployVerifierWords(ctx, c.Client(), admin, keys.Words)
	if err != nil {
		t.Fatal(err)
	}
	epochs, _, err := pow.DeployEpochs(ctx, c.Client(), admin, predicted.Ladder, c.Address(adminIdx), c.Address(publisherIdx))
	if err != nil {
		t.Fatal(err)
	}
	adapter, _, err := pow.DeployEpochAdapter(ctx, c.Client(), admin, epochs.Address(), v.Address(), tinySpec)
	if err != nil {
		t.Fatal(err)
	}
	gp.Settlement.PowVerifier = adapter
	suite, _, err := f.CreateGuild(ctx, admin, gp)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{c: c, suite: suite, ladder: acip.AttachLadder(suite.Ladder, c.Client()), epochs: epochs, keyRoot: keyRoot}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	st := settlementOf(e)
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(5))); err != nil {
		t.Fatal(err)
	}
	if e.domain, err = st.Domain(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range []int{minerAIdx, minerBIdx, outsiderIdx} {
		data := mockerc20.NewMockERC20().PackMint(c.Address(m), new(big.Int).Mul(eth, big.NewInt(1_000_000)))
		if _, err := chain.Transact(ctx, c.Client(), admin, pay, data); err != nil {
			t.Fatal(err)
		}
	}
	txs, err := store.Open(ctx, filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { txs.Close() })
	cfg := txmgr.DefaultConfig()
	cfg.ChainID = devchain.ChainID.Uint64()
	cfg.ConfirmationDepth = 1
	cfg.PollInterval = 20 * time.Millisecond
	e.mgr, err = txmgr.New(ctx, cfg, c.Client(), txtest.NewKeySigner(c.Key(relayerIdx), devchain.ChainID), txs,
		txmgr.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.mgr.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.mgr.Stop(context.Background()) })
	return e
}

// openEpoch opens a competition, schedules its epoch, has the miners enter
// (and reveal those in reveal), draws the seed and publishes the threshold.
func (e *env) openEpoch(t *testing.T, enter, reveal []int) acip.Competition {
	t.Helper()
	ctx := context.Background()
	comp, _, err := e.ladder.OpenCompetition(ctx, e.c.Transactor(adminIdx), 0, 3600)
	if err != nil {
		t.Fatal(err)
	}
	id := comp.ID.Uint64()
	if _, err := e.epochs.Schedule(ctx, e.c.Transactor(publisherIdx), id, tinySpec, 4, 400, 600); err != nil {
		t.Fatal(err)
	}
	payload := common.HexToHash("0x706f77")
	salts := map[int]common.Hash{}
	for _, m := range enter {
		salts[m] = common.BigToHash(big.NewInt(int64(m) + 1))
		if _, _, err := e.ladder.Enter(ctx, e.c.Transactor(m), comp.ID, salts[m], payload); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.c.AdvanceTime(3600 * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, m := range reveal {
		if _, err := e.ladder.Reveal(ctx, e.c.Transactor(m), comp.ID, salts[m], payload); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.epochs.RequestSeed(ctx, e.c.Transactor(publisherIdx), id); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		e.c.Commit()
	}
	if _, _, err := e.epochs.DrawSeed(ctx, e.c.Transactor(publisherIdx), id); err != nil {
		t.Fatal(err)
	}
	if _, err := e.epochs.Publish(ctx, e.c.Transactor(publisherIdx), id); err != nil {
		t.Fatal(err)
	}
	return comp
}

// mine has miner idx mine maxNonces counters of the epoch and returns its
// batches as envelopes.
func (e *env) mine(t *testing.T, idx int, epoch uint64, maxNonces uint64) [][]byte {
	t.Helper()
	ctx := context.Background()
	ep, err := e.epochs.Epoch(ctx, epoch)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ep.Params()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	if _, err := pow.Mine(ctx, pow.MinerConfig{
		Params: p, Miner: e.c.Address(idx), Signer: dipmsg.KeySigner{Key: e.c.Key(idx)}, Domain: e.domain,
		Workers: 1, BatchSize: 4, MaxNonces: maxNonces,
		OnBatch: func(b dipmsg.SignedPowBatch) error {
			raw, err := json.Marshal(&dipmsg.Envelope{Domain: e.domain, Message: b.Message, Sig: b.Sig})
			out = append(out, raw)
			return err
		},
	}); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("miner %d found no valid nonce in %d counters", idx, maxNonces)
	}
	return out
}

func (e *env) start(t *testing.T, dataDir string) (*Pipeline, *httptest.Server) {
	t.Helper()
	p, err := NewPipeline(Config{Settlement: e.suite.Settlement, DataDir: dataDir, KeyRoot: e.keyRoot, StepInterval: 5 * time.Millisecond,
		NATS: &NATSConfig{StoreDir: filepath.Join(dataDir, "nats"), Port: -1}})
	if err != nil {
		t.Fatal(err)
	}
	p.stepped = make(chan error)
	mux := http.NewServeMux()
	if err := p.StartWith(context.Background(), Wiring{Log: slog.New(slog.DiscardHandler), Backend: e.c.Client(), Sender: e.mgr, Mux: mux}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return p, srv
}

func stop(t *testing.T, p *Pipeline) {
	t.Helper()
	// Drain a pending step report so the loop can see the cancellation.
	go func() {
		for range p.stepped {
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := p.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

// stepUntil lets the settler step (committing a block after each step)
// until epoch reaches want.
func (e *env) stepUntil(t *testing.T, p *Pipeline, epoch uint64, want State) EpochRecord {
	t.Helper()
	for i := 0; i < 400; i++ {
		err := <-p.stepped
		rec, _ := p.Record(epoch)
		if rec.State == want {
			return rec
		}
		if rec.State == StateFailed {
			t.Fatalf("epoch %d failed: %s (step error %v)", epoch, rec.Reason, err)
		}
		e.c.Commit()
	}
	rec, _ := p.Record(epoch)
	t.Fatalf("epoch %d stuck in %s, want %s", epoch, rec.State, want)
	return rec
}

func post(t *testing.T, srv *httptest.Server, body []byte) (*Receipt, error) {
	t.Helper()
	return PostBatch(context.Background(), srv.Client(), srv.URL, body)
}

// TestPipelineSettlesEpoch: miners post batches over HTTP, bad input gets
// clear 4xx answers, a restart replays the log, and after the mining end
// the pipeline claims, answers the sample with real proofs and finalizes;
// the ladder promotes the revealed entrants (an unrevealed one is left out).
func TestPipelineSettlesEpoch(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup and proofs")
	}
	e := newEnv(t)
	comp := e.openEpoch(t, []int{minerAIdx, minerBIdx, outsiderIdx}, []int{minerAIdx, minerBIdx})
	id := comp.ID.Uint64()
	dataDir := t.TempDir()
	p, srv := e.start(t, dataDir)

	batchesA := e.mine(t, minerAIdx, id, 24)
	batchesB := e.mine(t, minerBIdx, id, 40)
	unrevealed := e.mine(t, outsiderIdx, id, 24)
	var counts = map[common.Address]int{}
	for _, b := range append(append(append([][]byte{}, batchesA...), batchesB...), unrevealed...) {
		r, err := post(t, srv, b)
		if err != nil {
			t.Fatalf("honest batch refused: %v", err)
		}
		counts[r.Miner] = r.Verified
	}

	// Bad input: each rejected with its code, nothing recorded.
	tampered := strings.Replace(string(batchesA[0]), `"distances":[`, `"distances":[1`, 1)
	env0, err := dipmsg.DecodeEnvelope(batchesA[0])
	if err != nil {
		t.Fatal(err)
	}
	env0.Domain.VerifyingContract = e.suite.Ladder
	wrongDomain, err := json.Marshal(env0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		body string
		code string
	}{
		{"duplicate", string(batchesA[0]), "duplicate_nonce"},
		{"tampered distance", tampered, "bad_signature"},
		{"not json", "{", "malformed"},
		{"not a batch", `{"type":"Nope"}`, "malformed"},
		{"wrong domain", string(wrongDomain), "wrong_domain"},
	} {
		_, err := post(t, srv, []byte(tc.body))
		if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), tc.code) {
			t.Errorf("%s: %v, want a rejection %q", tc.name, err, tc.code)
		}
	}
	// A miner that never entered the competition.
	stranger := e.mine(t, adminIdx, id, 24)
	if _, err := post(t, srv, stranger[0]); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "not_entrant") {
		t.Errorf("non-entrant: %v, want not_entrant", err)
	}
	st, ok := p.Ingest().Status(id)
	if !ok || st.Counts[e.c.Address(minerAIdx).Hex()] != counts[e.c.Address(minerAIdx)] {
		t.Fatalf("status %+v, counts %v", st, counts)
	}

	// Restart: the log is replayed into the same counts.
	stop(t, p)
	p, srv = e.start(t, dataDir)
	st2, ok := p.Ingest().Status(id)
	if !ok || len(st2.Counts) != 3 {
		t.Fatalf("after restart: %+v", st2)
	}
	for m, n := range st.Counts {
		if st2.Counts[m] != n {
			t.Fatalf("after restart %s has %d verified nonces, had %d", m, st2.Counts[m], n)
		}
	}

	// Mining ends: late batches are refused, the claim is posted and answered.
	if err := e.c.AdvanceTime(601 * time.Second); err != nil {
		t.Fatal(err)
	}
	late := e.mine(t, minerAIdx, id, 48)
	if _, err := post(t, srv, late[len(late)-1]); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), "epoch_closed") {
		t.Errorf("late batch: %v, want epoch_closed", err)
	}
	// No claim before the reveal deadline; then Claimed (the draw needs
	// sampleDelay more blocks): restart, so the claim is rebuilt from the log
	// and must reproduce the stored root.
	<-p.stepped
	if rec, ok := p.Record(id); ok && rec.State != StateMining {
		t.Fatalf("claim fixed before the reveal deadline: %+v", rec)
	}
	if err := e.c.AdvanceTime(24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	claimed := e.stepUntil(t, p, id, StateClaimed)
	stop(t, p)
	p, _ = e.start(t, dataDir)
	if rec, ok := p.Record(id); !ok || rec.State != StateClaimed || rec.Root != claimed.Root {
		t.Fatalf("after restart the record is %+v, want the claimed one %+v", rec, claimed)
	}
	// Draw, answers with real proofs, and finalize (already in the resolution phase).
	rec := e.stepUntil(t, p, id, StateFinalized)
	if len(rec.Miners) != 2 || rec.LeafCount != counts[e.c.Address(minerAIdx)]+counts[e.c.Address(minerBIdx)] {
		t.Fatalf("claim record %+v: want the two revealed miners' %d leaves", rec, counts[e.c.Address(minerAIdx)]+counts[e.c.Address(minerBIdx)])
	}
	if !rec.Delivered {
		t.Fatalf("finalized without delivery: %+v", rec)
	}
	ctx := context.Background()
	for idx, want := range map[int]uint8{minerAIdx: 1, minerBIdx: 1, outsiderIdx: 0} {
		if r, err := e.ladder.RankOf(ctx, e.c.Address(idx)); err != nil || r != want {
			t.Fatalf("account %d rank %d (%v), want %d", idx, r, err, want)
		}
	}
	stop(t, p)
}
