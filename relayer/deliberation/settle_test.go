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
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/internal/settlementtest"
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
	env := settlementtest.Deploy(t, c.Client(), admin, settlement.DefaultConfig())
	st, recv := env.Settlement, env.Receiver
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

// sibling returns a fixture for another session (subject) with the same
// orchestrator, participants, clock and schedule.
func (f *fixture) sibling(subject int64) *fixture {
	f.t.Helper()
	g := *f
	m := *f.man
	m.SubjectID = big.NewInt(subject)
	g.man = &m
	var err error
	if g.sm, err = SignManifest(context.Background(), dipmsg.KeySigner{Key: f.orch.key}, f.domain, g.man); err != nil {
		f.t.Fatal(err)
	}
	return &g
}

// vote adds f's session to in and has three proposals and the four ballots
// of votes in its last round.
func (f *fixture) vote(ctx context.Context, in *Ingest, votes [][]int64) {
	f.t.Helper()
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		f.t.Fatal(err)
	}
	f.clock.Set(tP1 - 10) // round 1's proposal phase
	for i := 0; i < 3; i++ {
		if _, err := in.Accept(ctx, f.proposal(i, 1)); err != nil {
			f.t.Fatalf("proposal %d: %v", i, err)
		}
	}
	f.clock.Set(tP1)
	for i, v := range votes {
		if _, err := in.Accept(ctx, f.ballot(i, 1, v...)); err != nil {
			f.t.Fatalf("ballot %d: %v", i, err)
		}
	}
}

// TestSettleOnChain runs a session through ingest, claims its last round in
// a batch through txmgr, opens it when its tally is requested, answers a
// leaf request, finalizes the batch after the window and checks the
// receiver got the outcome the Go tally computed, and that a restarted
// settler resumes.
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
	f.vote(ctx, in, [][]int64{{1, 3, -2}, {0, 9, 1}, {-5, 2, 0}, {4, 4, 4}})
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
	if err != nil || rec == nil || rec.State != StateClaimed || rec.BatchID == "" || rec.Index != 0 {
		t.Fatalf("record %+v (%v), want claimed as session 0 of a batch", rec, err)
	}
	want, err := in.Engine.Tally(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	bid, _ := new(big.Int).SetString(rec.BatchID, 10)
	sub, err := e.st.BatchSubmission(ctx, bid, 0)
	if err != nil {
		t.Fatal(err)
	}
	header := settlement.Header(f.man.Target, f.man.SubjectID, want)
	if len(sub.Headers) != 1 || settlement.HeadersHash(sub.Headers) != settlement.HeadersHash([]settlement.SessionHeader{header}) || rec.Root != want.Root {
		t.Fatalf("claimed headers %+v, record root %s; Go tally header %+v", sub.Headers, rec.Root.Hex(), header)
	}
	if f := settlement.Audit(f.man.Settlement(f.domain, 1), want); f != nil {
		t.Fatalf("audit of our own claim found %v", f)
	}
	// A crash after the batch confirmed but before its records were stored
	// replays the submit step: the intent key finds the confirmed intent, no
	// second batch is sent.
	before, err := e.st.BatchCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	replay := &Record{Session: f.man.ID(), State: StateSubmitting, Root: rec.Root, QueuedAt: rec.QueuedAt, BatchKey: rec.BatchKey, Index: rec.Index}
	if err := st.PutRecord(ctx, replay); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatalf("replayed submit: %v", err)
	}
	after, err := e.st.BatchCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rec2, _ := st.GetRecord(ctx, f.man.ID()); rec2.State != StateClaimed || rec2.BatchID != rec.BatchID || after.Cmp(before) != 0 {
		t.Fatalf("replayed submit: record %+v, batches %s -> %s; want the same batch and no new one", rec2, before, after)
	}
	// Inside the window nothing happens.
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ = st.GetRecord(ctx, f.man.ID()); rec.State != StateClaimed {
		t.Fatalf("state %s inside the window, want claimed", rec.State)
	}
	// Someone demands the session's tally: the settler opens the session,
	// or the batch would be rejected.
	cfg := settlement.DefaultConfig()
	if _, err := e.st.RequestTally(ctx, e.c.Transactor(adminIdx), bid, 0, cfg.RequestBond); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatalf("answer the tally request: %v", err)
	}
	rec, _ = st.GetRecord(ctx, f.man.ID())
	id, ok := new(big.Int).SetString(rec.ClaimID, 10)
	if !ok {
		t.Fatalf("record %+v after the tally request, want the opened claim", rec)
	}
	if b, err := e.st.Batch(ctx, bid); err != nil || b.OpenRequests != 0 || !b.Opened(0) || b.Status != settlement.StatusPending {
		t.Fatalf("after the opening: batch %+v (%v); want session 0 opened, no request, pending", b, err)
	}
	// Then someone demands leaf 2 of the opened claim: the settler reveals it.
	if _, err := e.st.RequestLeaf(ctx, e.c.Transactor(adminIdx), id, 2, cfg.RequestBond); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatalf("answer the leaf request: %v", err)
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
	if c, err := e.st.Claim(ctx, id); err != nil || c.Status != settlement.StatusFinalized {
		t.Fatalf("opened claim %+v (%v) after the batch finalized, want finalized", c, err)
	}
	if n := deliveries(ctx, t, e, f.man.SubjectID); n != 1 {
		t.Fatalf("receiver deliveries = %d, want 1", n)
	}
	// Steps after the end change nothing.
	if err := s2.Step(ctx); err != nil {
		t.Fatal(err)
	}
}

// deliveries reads how many outcomes the mock receiver got about subject.
func deliveries(ctx context.Context, t *testing.T, e *chainEnv, subject *big.Int) int64 {
	t.Helper()
	mr := mrbind.NewSettlementMockReceiver()
	out, err := chain.Call(ctx, e.c.Client(), e.receiver, mr.PackDeliveries(subject))
	if err != nil {
		t.Fatal(err)
	}
	n, err := mr.UnpackDeliveries(out)
	if err != nil {
		t.Fatal(err)
	}
	return n.Int64()
}

// TestSettleBatchesSessions has three sessions close together: with batches
// of two they settle in two batches (the oldest sessions first), a batch
// waits for company up to the batch wait, and every receiver gets its own
// outcome.
func TestSettleBatchesSessions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, in := f.ingest(ctx)
	fs := []*fixture{f, f.sibling(43), f.sibling(44)}
	for i, g := range fs {
		g.vote(ctx, in, [][]int64{{int64(i), 1, 0}, {0, 2, 1}, {1, 0, 3}, {2, 2, 2}})
	}
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	if err := s.SetBatching(0, 0); err == nil {
		t.Fatal("batch size 0 accepted")
	}
	if err := s.SetBatching(settlement.MaxBatchSessions+1, 0); err == nil {
		t.Fatal("batch size over the contract's limit accepted")
	}
	if err := s.SetBatching(2, time.Minute); err != nil {
		t.Fatal(err)
	}
	// Only the first session closes: alone, it waits for company.
	f.clock.Set(tC1)
	if err := s.Advance(ctx, fs[0].man.ID()); err != nil {
		t.Fatal(err)
	}
	if rec, _ := st.GetRecord(ctx, fs[0].man.ID()); rec == nil || rec.State != StateQueued {
		t.Fatalf("lone session record %+v, want queued", rec)
	}
	// A second one queues: two make a batch.
	if err := s.Advance(ctx, fs[1].man.ID()); err != nil {
		t.Fatal(err)
	}
	r0, _ := st.GetRecord(ctx, fs[0].man.ID())
	r1, _ := st.GetRecord(ctx, fs[1].man.ID())
	if r0.State != StateClaimed || r1.State != StateClaimed || r0.BatchID != r1.BatchID || r0.Index == r1.Index {
		t.Fatalf("records %+v and %+v, want one batch of both", r0, r1)
	}
	// The third waits for the batch wait, then goes alone.
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, _ := st.GetRecord(ctx, fs[2].man.ID()); rec.State != StateQueued {
		t.Fatalf("third session %+v before the batch wait, want queued", rec)
	}
	f.clock.Set(tC1 + 61)
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	r2, _ := st.GetRecord(ctx, fs[2].man.ID())
	if r2.State != StateClaimed || r2.BatchID == r0.BatchID {
		t.Fatalf("third session %+v after the batch wait, want claimed in its own batch", r2)
	}
	if err := e.c.AdvanceTime(25 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	for i, g := range fs {
		rec, err := st.GetRecord(ctx, g.man.ID())
		if err != nil || rec.State != StateFinalized || !rec.Delivered {
			t.Fatalf("session %d: record %+v (%v), want finalized and delivered", i, rec, err)
		}
		want, err := in.Engine.Tally(g.man.ID(), 1)
		if err != nil {
			t.Fatal(err)
		}
		if _, score := want.Outcome(); rec.Score != score.String() {
			t.Fatalf("session %d: recorded score %s, Go tally %s", i, rec.Score, score)
		}
		if n := deliveries(ctx, t, e, g.man.SubjectID); n != 1 {
			t.Fatalf("session %d: receiver deliveries = %d, want 1", i, n)
		}
	}
}

// TestSettleCallbackFails records an undelivered callback when the receiver
// reverts: the claim still finalizes.
func TestSettleCallbackFails(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, in := f.ingest(ctx)
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
	st, in := f.ingest(ctx)
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
