package deliberation

import (
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/relayer/watcher"
	"github.com/dip-market/dip/settlement"
)

// verdictLog records the verdicts the watchtower counts.
type verdictLog struct {
	NoopMetrics
	mu sync.Mutex
	vs []Verdict
}

func (m *verdictLog) RecordVerdict(v Verdict) { m.mu.Lock(); m.vs = append(m.vs, v); m.mu.Unlock() }

func (m *verdictLog) take() []Verdict {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := m.vs
	m.vs = nil
	return out
}

// batchEnv is a session held by this relayer (three ballots in its last
// round, closed), a bonded rogue relayer that batches it, and a watchtower.
type batchEnv struct {
	t      *testing.T
	ctx    context.Context
	e      *chainEnv
	f      *fixture
	path   string
	st     *Store
	in     *Ingest
	wt     *Watchtower
	honest *settlement.Deliberation
	rogue  *bind.TransactOpts
	m      *verdictLog
}

func newBatchEnv(t *testing.T, ctx context.Context) *batchEnv {
	t.Helper()
	e, f := newChainEnv(t)
	b := &batchEnv{t: t, ctx: ctx, e: e, f: f, path: filepath.Join(t.TempDir(), "delib.db"), rogue: e.c.Transactor(adminIdx)}
	b.open()
	if _, err := b.in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	for i := 0; i < 2; i++ {
		if _, err := b.in.Accept(ctx, f.proposal(i, 1)); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.Set(tP1)
	for i, v := range [][]int64{{3, 1}, {-2, 5}, {1, 1}} {
		if _, err := b.in.Accept(ctx, f.ballot(i, 1, v...)); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.Set(tC1)
	var err error
	if b.honest, err = b.in.Engine.Tally(f.man.ID(), f.man.LastRound()); err != nil {
		t.Fatal(err)
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if _, err := e.st.Bond(ctx, b.rogue, new(big.Int).Mul(eth, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}
	return b
}

// open opens (or reopens) the store and builds the ingest and watchtower on it.
func (b *batchEnv) open() {
	b.t.Helper()
	st, err := OpenStore(b.ctx, b.path)
	if err != nil {
		b.t.Fatal(err)
	}
	b.t.Cleanup(func() { st.Close() })
	in, err := NewIngest(b.ctx, b.f.engine(), st)
	if err != nil {
		b.t.Fatal(err)
	}
	b.m = &verdictLog{}
	in.Metrics = b.m
	b.st, b.in = st, in
	b.wt = NewWatchtower(in, b.e.mgr, b.e.st, b.e.c.Client(), slog.New(slog.DiscardHandler))
}

// headers is a batch of a session this relayer does not hold, then a header
// of d about the fixture's session.
func (b *batchEnv) headers(d *settlement.Deliberation) []settlement.SessionHeader {
	other := settlement.SessionHeader{
		Target: b.f.man.Target, SubjectId: big.NewInt(999), Root: crypto.Keccak256Hash([]byte("root")),
		ResultHash: crypto.Keccak256Hash([]byte("result")), BallotCount: 2, Winner: b.f.people[0].addr, Conviction: big.NewInt(4),
	}
	return []settlement.SessionHeader{other, settlement.Header(b.f.man.Target, b.f.man.SubjectID, d)}
}

// submit has the rogue post headers; it returns the batch id and the
// watcher delivery of its BatchSubmitted event.
func (b *batchEnv) submit(headers []settlement.SessionHeader) (*big.Int, *settlement.BatchSubmitted, watcher.Batch) {
	b.t.Helper()
	id, r, err := b.e.st.SubmitBatch(b.ctx, b.rogue, headers)
	if err != nil {
		b.t.Fatal(err)
	}
	ev, err := b.e.st.BatchSubmission(b.ctx, id, r.BlockNumber.Uint64())
	if err != nil {
		b.t.Fatal(err)
	}
	return id, ev, delivery(r)
}

func delivery(r *types.Receipt) watcher.Batch {
	var wb watcher.Batch
	for _, l := range r.Logs {
		wb.Events = append(wb.Events, watcher.Event{Log: *l})
	}
	return wb
}

func (b *batchEnv) nonce() uint64 {
	b.t.Helper()
	n, err := b.e.c.Client().NonceAt(b.ctx, b.e.c.Address(relayerIdx), nil)
	if err != nil {
		b.t.Fatal(err)
	}
	return n
}

func (b *batchEnv) batch(id *big.Int) *settlement.Batch {
	b.t.Helper()
	bt, err := b.e.st.Batch(b.ctx, id)
	if err != nil {
		b.t.Fatal(err)
	}
	return bt
}

func (b *batchEnv) rogueBond() *big.Int {
	b.t.Helper()
	r, err := b.e.st.Relayer(b.ctx, b.rogue.From)
	if err != nil {
		b.t.Fatal(err)
	}
	return r.Bond
}

// rejection reads the BatchRejected event of batch id.
func (b *batchEnv) rejection(id *big.Int) *settlement.BatchRejection {
	b.t.Helper()
	logs, err := b.e.c.Client().FilterLogs(b.ctx, filterBatchRejected(b.e.st.Address(), id))
	if err != nil {
		b.t.Fatal(err)
	}
	for i := range logs {
		if rej := b.e.st.BatchRejectionIn(&types.Receipt{Logs: []*types.Log{&logs[i]}}); rej != nil {
			return rej
		}
	}
	b.t.Fatalf("no BatchRejected event for batch %s", id)
	return nil
}

// wrongSums is the honest tally with the winner's sum inflated: the tree is
// the honest one, the result (and its hash) another.
func (b *batchEnv) wrongSums() *settlement.Deliberation {
	b.t.Helper()
	wrong := *b.honest.Tally
	wrong.Sums = append([]*big.Int(nil), b.honest.Tally.Sums...)
	wrong.Sums[wrong.Winner] = new(big.Int).Add(wrong.Sums[wrong.Winner], big.NewInt(7))
	d, err := settlement.Assemble(&wrong, b.honest.Leaves)
	if err != nil {
		b.t.Fatal(err)
	}
	return d
}

func filterBatchRejected(addr common.Address, id *big.Int) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{addr},
		Topics: [][]common.Hash{{settlement.BatchesABI.Events["BatchRejected"].ID}, {common.BigToHash(id)}}}
}

func wantVerdicts(t *testing.T, what string, got []Verdict, want ...Verdict) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Fatalf("%s: verdicts %v, want %v", what, got, want)
	}
}

// TestBatchWatchAgrees: an honest batch from another relayer agrees, through
// the watcher's dispatch, and nothing is sent.
func TestBatchWatchAgrees(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b := newBatchEnv(t, ctx)
	id, ev, wb := b.submit(b.headers(b.honest))
	before := b.nonce()
	if err := b.wt.HandleBatch(ctx, wb); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "honest batch", b.m.take(), VerdictIgnored, VerdictAgrees)
	if n := b.nonce(); n != before {
		t.Fatalf("the watchtower sent %d transactions about an honest batch", n-before)
	}
	if bt := b.batch(id); bt.Status != settlement.StatusPending || bt.OpenRequests != 0 {
		t.Fatalf("honest batch %s with %d requests, want pending with none", bt.Status, bt.OpenRequests)
	}
	if ws, err := b.st.OpenBatchWatches(ctx); err != nil || len(ws) != 0 {
		t.Fatalf("batch watches %v (%v), want none", ws, err)
	}
	// This relayer's own batch (here: the same event as if it were) is not judged.
	own := *ev
	own.Relayer = b.e.c.Address(relayerIdx)
	own.Headers = b.headers(b.wrongSums())
	vs, err := b.wt.InspectBatch(ctx, &own)
	if err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "own batch", vs, VerdictIgnored, VerdictIgnored)
	if n := b.nonce(); n != before {
		t.Fatalf("the watchtower sent %d transactions about its own batch", n-before)
	}
}

// TestBatchWatchOpensWrongOutcome: the header carries the true tally's hash
// but another conviction; the watchtower opens the session with its tally and
// the contract rejects the batch (BadOutcome).
func TestBatchWatchOpensWrongOutcome(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b := newBatchEnv(t, ctx)
	hs := b.headers(b.honest)
	hs[1].Conviction = new(big.Int).Add(hs[1].Conviction, big.NewInt(1))
	id, ev, _ := b.submit(hs)
	bond := b.rogueBond()
	vs, err := b.wt.InspectBatch(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "lying header", vs, VerdictIgnored, VerdictChallenged)
	wantVerdicts(t, "recorded", b.m.take(), VerdictIgnored, VerdictChallenged)
	bt := b.batch(id)
	if bt.Status != settlement.StatusRejected {
		t.Fatalf("batch %s, want rejected", bt.Status)
	}
	if rej := b.rejection(id); rej.Fault != settlement.FaultBadOutcome || rej.By != b.e.c.Address(relayerIdx) {
		t.Fatalf("rejection %+v, want BadOutcome by the watchtower's relayer", rej)
	}
	if got := new(big.Int).Sub(bond, b.rogueBond()); got.Cmp(bt.Bond) != 0 {
		t.Fatalf("rogue lost %s of its bond, want the batch bond %s", got, bt.Bond)
	}
	// Redelivered: nothing new is sent.
	before := b.nonce()
	if _, err := b.wt.InspectBatch(ctx, ev); err != nil {
		t.Fatal(err)
	}
	if n := b.nonce(); n != before {
		t.Fatalf("redelivery sent %d transactions", n-before)
	}
}

// TestBatchWatchRequestsWrongTally: the batched tally has inflated sums (its
// hash is not the local tally's), so the watchtower requests it. The rogue
// opens the session with its tally; the opened claim's ClaimSubmitted goes
// through Inspect and is challenged, which rejects the batch.
func TestBatchWatchRequestsWrongTally(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b := newBatchEnv(t, ctx)
	bad := b.wrongSums()
	hs := b.headers(bad)
	id, ev, wb := b.submit(hs)
	bond := b.rogueBond()
	if err := b.wt.HandleBatch(ctx, wb); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "wrong tally", b.m.take(), VerdictIgnored, VerdictRequested)
	q, err := b.e.st.TallyRequestOf(ctx, id, 1)
	if err != nil || q.Requester != b.e.c.Address(relayerIdx) {
		t.Fatalf("tally request %+v (%v), want one by the watchtower's relayer", q, err)
	}
	cfg, err := b.e.st.Config(ctx)
	if err != nil || q.Bond.Cmp(cfg.RequestBond) != 0 {
		t.Fatalf("request bond %s (%v), want %s", q.Bond, err, cfg.RequestBond)
	}
	if w, err := b.st.GetBatchWatch(ctx, id.String(), 1); err != nil || w == nil || w.Done {
		t.Fatalf("batch watch %+v (%v), want open", w, err)
	}
	// Redelivered: no second request.
	before := b.nonce()
	if vs, err := b.wt.InspectBatch(ctx, ev); err != nil || !slices.Equal(vs, []Verdict{VerdictIgnored, VerdictRequested}) {
		t.Fatalf("InspectBatch(again) = %v, %v", vs, err)
	}
	if n := b.nonce(); n != before {
		t.Fatalf("redelivery sent %d transactions", n-before)
	}
	b.m.take()
	// Inside the response window Step waits.
	if err := b.wt.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if bt := b.batch(id); bt.Status != settlement.StatusPending {
		t.Fatalf("batch %s inside the response window, want pending", bt.Status)
	}

	op, r, err := b.e.st.OpenSession(ctx, b.rogue, id, hs, 1, bad.Result)
	if err != nil || op.ClaimID == nil {
		t.Fatalf("rogue opening: %+v, %v", op, err)
	}
	if err := b.wt.HandleBatch(ctx, delivery(r)); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "opened claim", b.m.take(), VerdictChallenged)
	bt := b.batch(id)
	if bt.Status != settlement.StatusRejected {
		t.Fatalf("batch %s after the challenge, want rejected", bt.Status)
	}
	if c, err := b.e.st.Claim(ctx, op.ClaimID); err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("opened claim %v (%v), want rejected", c.Status, err)
	}
	sess := b.f.man.Settlement(b.f.domain, b.f.man.LastRound())
	finding := settlement.Audit(sess, bad)
	if finding == nil {
		t.Fatal("the local audit finds no fault in the inflated tally")
	}
	if rej := b.rejection(id); rej.Fault != finding.Fault || rej.By != b.e.c.Address(relayerIdx) {
		t.Fatalf("rejection %+v, want %s by the watchtower's relayer", rej, finding.Fault)
	}
	if got := new(big.Int).Sub(bond, b.rogueBond()); got.Cmp(bt.Bond) != 0 {
		t.Fatalf("rogue lost %s of its bond, want the batch bond %s", got, bt.Bond)
	}
	if err := b.wt.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if w, err := b.st.GetBatchWatch(ctx, id.String(), 1); err != nil || w == nil || !w.Done || w.Outcome != "batch Rejected" {
		t.Fatalf("batch watch %+v (%v), want done on the rejected batch", w, err)
	}
}

// TestBatchWatchClosesUnansweredRequest: the rogue never opens the requested
// session; once the response window passed, Step closes the request and the
// batch is rejected (UnansweredRequest).
func TestBatchWatchClosesUnansweredRequest(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b := newBatchEnv(t, ctx)
	id, ev, _ := b.submit(b.headers(b.wrongSums()))
	bond := b.rogueBond()
	if vs, err := b.wt.InspectBatch(ctx, ev); err != nil || !slices.Equal(vs, []Verdict{VerdictIgnored, VerdictRequested}) {
		t.Fatalf("InspectBatch = %v, %v; want [ignored requested]", vs, err)
	}
	b.expireAndClose(id, bond)
}

// expireAndClose passes the response window, steps the watchtower and checks
// the batch was rejected for the unanswered request and the watch finished.
func (b *batchEnv) expireAndClose(id, bond *big.Int) {
	t := b.t
	t.Helper()
	if err := b.wt.Step(b.ctx); err != nil {
		t.Fatal(err)
	}
	if bt := b.batch(id); bt.Status != settlement.StatusPending {
		t.Fatalf("batch %s inside the response window, want pending", bt.Status)
	}
	if err := b.e.c.AdvanceTime(7 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := b.wt.Step(b.ctx); err != nil {
		t.Fatalf("close step: %v", err)
	}
	bt := b.batch(id)
	if bt.Status != settlement.StatusRejected {
		t.Fatalf("unanswered batch %s, want rejected", bt.Status)
	}
	if rej := b.rejection(id); rej.Fault != settlement.FaultUnansweredRequest || rej.By != b.e.c.Address(relayerIdx) {
		t.Fatalf("rejection %+v, want UnansweredRequest by the watchtower's relayer", rej)
	}
	if got := new(big.Int).Sub(bond, b.rogueBond()); got.Cmp(bt.Bond) != 0 {
		t.Fatalf("rogue lost %s of its bond, want the batch bond %s", got, bt.Bond)
	}
	if q, err := b.e.st.TallyRequestOf(b.ctx, id, 1); err != nil || q.Requester != (common.Address{}) {
		t.Fatalf("tally request %+v (%v) after closing, want none", q, err)
	}
	w, err := b.st.GetBatchWatch(b.ctx, id.String(), 1)
	if err != nil || w == nil || !w.Done || !strings.Contains(w.Outcome, "Rejected") {
		t.Fatalf("batch watch %+v (%v), want done with the batch rejected", w, err)
	}
	if err := b.wt.Step(b.ctx); err != nil {
		t.Fatal(err)
	}
}

// TestBatchWatchResumesAfterRestart: the request was sent, then the relayer
// restarts; a new watchtower over the same store sends no second request on
// the redelivered event and closes the request once it expires.
func TestBatchWatchResumesAfterRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	b := newBatchEnv(t, ctx)
	id, _, wb := b.submit(b.headers(b.wrongSums()))
	bond := b.rogueBond()
	if err := b.wt.HandleBatch(ctx, wb); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "wrong tally", b.m.take(), VerdictIgnored, VerdictRequested)
	if err := b.st.Close(); err != nil {
		t.Fatal(err)
	}
	b.open()
	if ws, err := b.st.OpenBatchWatches(ctx); err != nil || len(ws) != 1 || ws[0].BatchID != id.String() || ws[0].Index != 1 {
		t.Fatalf("batch watches after the restart %+v (%v), want session 1 of batch %s", ws, err, id)
	}
	before := b.nonce()
	if err := b.wt.HandleBatch(ctx, wb); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, "redelivered after the restart", b.m.take(), VerdictIgnored, VerdictRequested)
	if n := b.nonce(); n != before {
		t.Fatalf("the restarted watchtower sent %d transactions on the redelivered event", n-before)
	}
	if bt := b.batch(id); bt.OpenRequests != 1 {
		t.Fatalf("batch has %d open requests, want 1", bt.OpenRequests)
	}
	b.expireAndClose(id, bond)
}

// TestSettlerLeavesSessionToAgreeingBatch: another relayer's batch carries
// this relayer's own header of the session. The settler waits while it is
// pending and claims the session itself once that batch is rejected (here
// for another of its sessions); when such a batch finalizes instead, the
// session is recorded as settled elsewhere, with no transaction.
func TestSettlerLeavesSessionToAgreeingBatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	t.Run("rejected", func(t *testing.T) {
		b := newBatchEnv(t, ctx)
		id, _, wb := b.submit(b.headers(b.honest))
		if err := b.wt.HandleBatch(ctx, wb); err != nil {
			t.Fatal(err)
		}
		s := NewSettler(b.in, b.e.mgr, b.e.st, b.e.c.Client(), slog.New(slog.DiscardHandler))
		before := b.nonce()
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
		if rec, err := b.st.GetRecord(ctx, b.f.man.ID()); err != nil || rec == nil || rec.State != StateQueued || b.nonce() != before {
			t.Fatalf("record %+v (%v), %d transactions, while the agreeing batch is pending; want queued and none", rec, err, b.nonce()-before)
		}
		// The other session of that batch is never opened: the batch is rejected.
		cfg := settlement.DefaultConfig()
		if _, err := b.e.st.RequestTally(ctx, b.e.c.Transactor(2), id, 0, cfg.RequestBond); err != nil {
			t.Fatal(err)
		}
		if err := b.e.c.AdvanceTime(7 * time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, _, err := b.e.st.CloseTallyRequest(ctx, b.e.c.Transactor(2), id, 0); err != nil {
			t.Fatal(err)
		}
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
		rec, err := b.st.GetRecord(ctx, b.f.man.ID())
		if err != nil || rec.State != StateClaimed || rec.BatchID == id.String() {
			t.Fatalf("record %+v (%v) after the other batch was rejected, want claimed in its own batch", rec, err)
		}
	})
	t.Run("finalized", func(t *testing.T) {
		b := newBatchEnv(t, ctx)
		headers := b.headers(b.honest)
		id, _, wb := b.submit(headers)
		if err := b.wt.HandleBatch(ctx, wb); err != nil {
			t.Fatal(err)
		}
		s := NewSettler(b.in, b.e.mgr, b.e.st, b.e.c.Client(), slog.New(slog.DiscardHandler))
		before := b.nonce()
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
		if err := b.e.c.AdvanceTime(25 * time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, _, err := b.e.st.FinalizeBatch(ctx, b.rogue, id, headers); err != nil {
			t.Fatal(err)
		}
		if err := s.Step(ctx); err != nil {
			t.Fatal(err)
		}
		rec, err := b.st.GetRecord(ctx, b.f.man.ID())
		if err != nil || rec.State != StateFailed || !strings.Contains(rec.Reason, "settled by batch "+id.String()) || b.nonce() != before {
			t.Fatalf("record %+v (%v), %d transactions; want failed as settled by batch %s, and none sent", rec, err, b.nonce()-before, id)
		}
	})
}
