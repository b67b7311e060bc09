package deliberation

import (
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

const (
	adminIdx   = 0
	relayerIdx = 1
)

// chainEnv is a Settlement clone on the embedded chain with a mock receiver
// as its target and a bonded relayer whose transactions go through txmgr.
type chainEnv struct {
	c        *devchain.Chain
	st       *settlement.Settlement
	receiver common.Address
	mgr      *txmgr.Manager
}

func newChainEnv(t *testing.T) (*chainEnv, *fixture) {
	t.Helper()
	ctx := context.Background()
	c := devchain.New(devchain.WithAccounts(3))
	t.Cleanup(func() { _ = c.Close() })
	admin := c.Transactor(adminIdx)
	tv, _, err := settlement.DeployTallyVerifier(ctx, c.Client(), admin)
	if err != nil {
		t.Fatal(err)
	}
	recv, _, err := chain.Deploy(ctx, c.Client(), admin, common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := settlement.Deploy(ctx, c.Client(), admin, common.Address{}, settlement.Params{
		Admin: c.Address(adminIdx), Treasury: c.Address(adminIdx), TallyVerifier: tv,
		Targets: []common.Address{recv}, Config: settlement.DefaultConfig(),
	})
	if err != nil {
		t.Fatal(err)
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := st.Bond(ctx, c.Transactor(relayerIdx), new(big.Int).Mul(eth, big.NewInt(5))); err != nil {
		t.Fatal(err)
	}
	domain, err := st.Domain(ctx)
	if err != nil {
		t.Fatal(err)
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
	mgr, err := txmgr.New(ctx, cfg, c.Client(), txtest.NewKeySigner(c.Key(relayerIdx), devchain.ChainID), txs,
		txmgr.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if err := mgr.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = mgr.Stop(context.Background()) })
	f := newFixture(t, recv, domain, 4)
	return &chainEnv{c: c, st: st, receiver: recv, mgr: mgr}, f
}

// TestSettleOnChain runs a session through ingest, claims its last round
// through txmgr, finalizes it after the window and checks the receiver got
// the outcome the Go tally computed, and that a restarted settler resumes.
func TestSettleOnChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	path := filepath.Join(t.TempDir(), "delib.db")
	st, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tP1 - 10) // round 1's proposal phase
	for i := 0; i < 3; i++ {
		if _, err := in.Accept(ctx, f.proposal(i, 1)); err != nil {
			t.Fatalf("proposal %d: %v", i, err)
		}
	}
	f.clock.Set(tP1)
	votes := [][]int64{{1, 3, -2}, {0, 9, 1}, {-5, 2, 0}, {4, 4, 4}}
	for i, v := range votes {
		if _, err := in.Accept(ctx, f.ballot(i, 1, v...)); err != nil {
			t.Fatalf("ballot %d: %v", i, err)
		}
	}
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ := st.GetRecord(ctx, f.man.ID()); rec != nil {
		t.Fatalf("record %+v before the last round closed, want none", rec)
	}
	f.clock.Set(tC1)
	if err := s.Step(ctx); err != nil {
		t.Fatalf("claim: %v", err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec == nil || rec.State != StateClaimed {
		t.Fatalf("record %+v (%v), want claimed", rec, err)
	}
	want, err := in.Engine.Tally(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := new(big.Int).SetString(rec.ClaimID, 10)
	sub, err := e.st.Submission(ctx, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(sub.Root) != want.Root || rec.Root != want.Root {
		t.Fatalf("claimed root %x, record %s, Go tally %s", sub.Root, rec.Root.Hex(), want.Root.Hex())
	}
	if f := settlement.Audit(f.man.Settlement(f.domain, 1), want); f != nil {
		t.Fatalf("audit of our own claim found %v", f)
	}
	// A crash after the claim confirmed but before its record was stored
	// replays the submit step: the intent key finds the confirmed intent, no
	// second claim is sent.
	before, err := e.st.ClaimCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutRecord(ctx, &Record{Session: f.man.ID(), State: StateSubmitting, Root: rec.Root}); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatalf("replayed submit: %v", err)
	}
	after, err := e.st.ClaimCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rec2, _ := st.GetRecord(ctx, f.man.ID()); rec2.State != StateClaimed || rec2.ClaimID != rec.ClaimID || after.Cmp(before) != 0 {
		t.Fatalf("replayed submit: record %+v, claims %s -> %s; want the same claim and no new one", rec2, before, after)
	}
	// Inside the window nothing happens.
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ = st.GetRecord(ctx, f.man.ID()); rec.State != StateClaimed {
		t.Fatalf("state %s inside the window, want claimed", rec.State)
	}
	// Someone demands leaf 2: the settler reveals it, or the claim would be rejected.
	if _, err := e.st.RequestLeaf(ctx, e.c.Transactor(adminIdx), id, 2, settlement.DefaultConfig().RequestBond); err != nil {
		t.Fatal(err)
	}
	if c, err := e.st.Claim(ctx, id); err != nil || c.OpenRequests != 1 {
		t.Fatalf("open requests %d (%v), want 1", c.OpenRequests, err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatalf("answer request: %v", err)
	}
	if c, err := e.st.Claim(ctx, id); err != nil || c.OpenRequests != 0 || c.Status != settlement.StatusPending {
		t.Fatalf("after the reveal: %d open requests, status %s (%v); want 0, pending", c.OpenRequests, c.Status, err)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	// A restarted relayer (new ingest and settler on the same files) finishes the job.
	st.Close()
	st2, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	in2, err := NewIngest(ctx, f.engine(), st2)
	if err != nil {
		t.Fatal(err)
	}
	s2 := NewSettler(in2, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s2.Step(ctx); err != nil {
		t.Fatalf("finalize: %v", err)
	}
	rec, err = st2.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateFinalized || !rec.Delivered {
		t.Fatalf("record %+v (%v), want finalized and delivered", rec, err)
	}
	winners, score := want.Outcome()
	if len(rec.Winners) != 1 || rec.Winners[0] != winners[0] || rec.Score != score.String() {
		t.Fatalf("recorded outcome %v %s, Go tally %v %s", rec.Winners, rec.Score, winners, score)
	}
	mr := mrbind.NewSettlementMockReceiver()
	out, err := chain.Call(ctx, e.c.Client(), e.receiver, mr.PackDeliveries(f.man.SubjectID))
	if err != nil {
		t.Fatal(err)
	}
	n, err := mr.UnpackDeliveries(out)
	if err != nil || n.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("receiver deliveries = %v (%v), want 1", n, err)
	}
	// Steps after the end change nothing.
	if err := s2.Step(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestSettleCallbackFails records an undelivered callback when the receiver
// reverts: the claim still finalizes.
func TestSettleCallbackFails(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	if _, err := in.Accept(ctx, f.proposal(0, 1)); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tP1)
	if _, err := in.Accept(ctx, f.ballot(1, 1, 3)); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC1)
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	mr := mrbind.NewSettlementMockReceiver()
	if _, err := chain.Transact(ctx, e.c.Client(), e.c.Transactor(adminIdx), e.receiver, mr.PackSetMode(1)); err != nil {
		t.Fatal(err)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateFinalized || rec.Delivered || len(rec.Winners) != 1 || rec.Winners[0] != f.people[0].addr {
		t.Fatalf("record %+v (%v), want finalized, undelivered, won by the only author", rec, err)
	}
	// Still reverting: the settler retries once per step and gives up after the limit.
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ = st.GetRecord(ctx, f.man.ID()); rec.Delivered || rec.CallbackRetries != 1 || rec.Terminal() {
		t.Fatalf("after a failed retry: %+v, want 1 retry, undelivered, not terminal", rec)
	}
	// The receiver is fixed: the next retry delivers.
	if _, err := chain.Transact(ctx, e.c.Client(), e.c.Transactor(adminIdx), e.receiver, mr.PackSetMode(0)); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ = st.GetRecord(ctx, f.man.ID()); !rec.Delivered || rec.CallbackRetries != 2 || !rec.Terminal() {
		t.Fatalf("after the receiver was fixed: %+v, want delivered on retry 2", rec)
	}
}

// TestSettleNoProposals records a session whose last round had no proposal
// as failed, without sending anything.
func TestSettleNoProposals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 2)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC1)
	s := NewSettler(in, nil, nil, nil, slog.New(slog.DiscardHandler))
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateFailed || !strings.Contains(rec.Reason, "no proposals") {
		t.Fatalf("record %+v (%v), want failed for lack of proposals", rec, err)
	}
}
