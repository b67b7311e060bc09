package settlement_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	mrbind "github.com/dip-market/dip/bindings/mockreceiver"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/settlement"
)

// batchVotes are the rounds of the sessions batched below (three proposals each):
// sums (5, 3, -2) winner 0; sums (3, 6, -2) winner 1; all zero, no winner.
var batchVotes = [][][]int64{
	defaultVotes,
	{{1, 3, 0}, {0, 2, -3}, {2, 1, 1}},
	{{0, 0, 0}, {0, 0, 0}},
}

// batchSession is one honest session of a batch: its round and its header.
type batchSession struct {
	s settlement.Session
	d *settlement.Deliberation
}

// honestSessions builds one session per entry of votes about subjects
// first, first+1, ... at the given targets (the env's receiver if nil).
func (e *env) honestSessions(t *testing.T, first int64, targets []common.Address, votes ...[][]int64) ([]batchSession, []settlement.SessionHeader) {
	t.Helper()
	sessions := make([]batchSession, len(votes))
	headers := make([]settlement.SessionHeader, len(votes))
	for i, v := range votes {
		s := e.session(first + int64(i))
		if targets != nil {
			s.Target = targets[i]
		}
		props, ballots, _ := signRound(t, s, v)
		d, err := settlement.Build(s, props, ballots)
		if err != nil {
			t.Fatal(err)
		}
		sessions[i] = batchSession{s: s, d: d}
		headers[i] = settlement.Header(s.Target, s.SubjectID, d)
	}
	return sessions, headers
}

// deployReceivers deploys n more mock receivers and allows them as targets.
func (e *env) deployReceivers(t *testing.T, n int) []common.Address {
	t.Helper()
	ctx := context.Background()
	admin := e.c.Transactor(adminIdx)
	out := make([]common.Address, n)
	for i := range out {
		addr, _, err := chain.Deploy(ctx, e.c.Client(), admin, common.FromHex(mrbind.SettlementMockReceiverMetaData.Bin))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.st.SetTarget(ctx, admin, addr, true); err != nil {
			t.Fatal(err)
		}
		out[i] = addr
	}
	return out
}

// received reads what the mock receiver at addr got: how many outcomes for
// subject, and the last outcome and subject.
func (e *env) received(t *testing.T, addr common.Address, subject *big.Int) (deliveries *big.Int, last []byte, lastSubject *big.Int) {
	t.Helper()
	ctx := context.Background()
	mr := mrbind.NewSettlementMockReceiver()
	cl := e.c.Client()
	out, err := chain.Call(ctx, cl, addr, mr.PackDeliveries(subject))
	if err == nil {
		deliveries, err = mr.UnpackDeliveries(out)
	}
	if err == nil {
		out, err = chain.Call(ctx, cl, addr, mr.PackLastOutcome())
	}
	if err == nil {
		last, err = mr.UnpackLastOutcome(out)
	}
	if err == nil {
		out, err = chain.Call(ctx, cl, addr, mr.PackLastSubject())
	}
	if err == nil {
		lastSubject, err = mr.UnpackLastSubject(out)
	}
	if err != nil {
		t.Fatalf("read mock receiver %s: %v", addr.Hex(), err)
	}
	return deliveries, last, lastSubject
}

func (e *env) batch(t *testing.T, id *big.Int) *settlement.Batch {
	t.Helper()
	b, err := e.st.Batch(context.Background(), id)
	if err != nil {
		t.Fatalf("batch %s: %v", id, err)
	}
	return b
}

func (e *env) relayerRecord(t *testing.T) settlement.Relayer {
	t.Helper()
	r, err := e.st.Relayer(context.Background(), e.c.Address(relayerIdx))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (e *env) credit(t *testing.T, idx int) *big.Int {
	t.Helper()
	c, err := e.st.Credit(context.Background(), e.c.Address(idx))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (e *env) advance(t *testing.T, d time.Duration) {
	t.Helper()
	if err := e.c.AdvanceTime(d); err != nil {
		t.Fatal(err)
	}
}

// checkSlashed checks that the batch is rejected for fault by the
// challenger, and that its bond left the relayer's (bond before: bondBefore).
func (e *env) checkSlashed(t *testing.T, id *big.Int, rej *settlement.BatchRejection, fault settlement.Fault, bondBefore *big.Int) {
	t.Helper()
	cfg := settlement.DefaultConfig()
	wantReward := new(big.Int).Div(new(big.Int).Mul(cfg.ClaimBond, big.NewInt(int64(cfg.ChallengerRewardBps))), big.NewInt(10_000))
	if rej == nil || rej.BatchID.Cmp(id) != 0 || rej.Fault != fault || rej.By != e.c.Address(challengerIdx) || rej.Reward.Cmp(wantReward) != 0 {
		t.Fatalf("rejection %+v, want batch %s rejected for %s by the challenger with reward %s", rej, id, fault, wantReward)
	}
	if b := e.batch(t, id); b.Status != settlement.StatusRejected {
		t.Fatalf("batch status %s, want Rejected", b.Status)
	}
	r := e.relayerRecord(t)
	if r.Locked.Sign() != 0 || new(big.Int).Sub(bondBefore, r.Bond).Cmp(cfg.ClaimBond) != 0 {
		t.Fatalf("relayer after slash: bond %s (was %s), locked %s; want the claim bond %s slashed and nothing locked", r.Bond, bondBefore, r.Locked, cfg.ClaimBond)
	}
}

// TestBatchHonestSessionsFinalize submits three honest sessions for three
// receivers as one batch and finalizes it after the window: each receiver
// gets its session's outcome once, and the relayer's bond is unlocked.
func TestBatchHonestSessionsFinalize(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	relayer := e.c.Transactor(relayerIdx)
	targets := append([]common.Address{e.receiver}, e.deployReceivers(t, 2)...)
	sessions, headers := e.honestSessions(t, 11, targets, batchVotes...)
	if err := settlement.CheckHeaders(headers); err != nil {
		t.Fatalf("CheckHeaders of honest headers: %v", err)
	}
	if headers[2].Winner != (common.Address{}) || headers[2].Conviction.Sign() != 0 || headers[1].Winner != sessions[1].d.Tally.Proposals[1].Author {
		t.Fatalf("headers %+v: want proposal 1 winning session 1 and no winner in the all-zero session 2", headers)
	}

	id, sr, err := e.st.SubmitBatch(ctx, relayer, headers)
	if err != nil {
		t.Fatalf("submit batch: %v", err)
	}
	cfg := settlement.DefaultConfig()
	head, err := e.c.Client().HeaderByNumber(ctx, sr.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	b := e.batch(t, id)
	if id.Int64() != 1 || b.Status != settlement.StatusPending || b.Sessions != 3 || b.Relayer != e.c.Address(relayerIdx) ||
		b.HeadersHash != settlement.HeadersHash(headers) || b.Bond.Cmp(cfg.ClaimBond) != 0 || b.OpenRequests != 0 ||
		b.Deadline != head.Time+cfg.ChallengeWindow || b.Opened(0) || b.Opened(2) {
		t.Fatalf("batch %s after submit: %+v", id, b.ISettlementBatchesBatch)
	}
	if n, err := e.st.BatchCount(ctx); err != nil || n.Int64() != 1 {
		t.Fatalf("batchCount = %v, %v; want 1", n, err)
	}
	if r := e.relayerRecord(t); r.Locked.Cmp(cfg.ClaimBond) != 0 {
		t.Fatalf("relayer locked %s after submit, want the claim bond %s", r.Locked, cfg.ClaimBond)
	}
	sub, err := e.st.BatchSubmission(ctx, id, 0)
	if err != nil {
		t.Fatalf("BatchSubmission: %v", err)
	}
	if sub.Relayer != e.c.Address(relayerIdx) || sub.Deadline != b.Deadline || settlement.HeadersHash(sub.Headers) != b.HeadersHash {
		t.Fatalf("BatchSubmitted event %+v does not carry the batch's headers", sub)
	}
	if _, _, err := e.st.FinalizeBatch(ctx, relayer, id, headers); !errors.Is(err, &chain.RevertError{Name: "Settlement_NotFinalizable"}) {
		t.Fatalf("finalize in the window: %v, want Settlement_NotFinalizable", err)
	}

	e.advance(t, time.Duration(cfg.ChallengeWindow+1)*time.Second)
	fin, _, err := e.st.FinalizeBatch(ctx, e.c.Transactor(challengerIdx), id, headers)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if fin.BatchID.Cmp(id) != 0 || fin.Failed.Sign() != 0 {
		t.Fatalf("finalization %+v, want every callback delivered", fin)
	}
	for i, bs := range sessions {
		if !fin.Delivered(i) {
			t.Fatalf("session %d not delivered", i)
		}
		n, last, lastSubject := e.received(t, targets[i], bs.s.SubjectID)
		winners, conviction := bs.d.Outcome()
		want, err := settlement.EncodeOutcome(winners, conviction)
		if err != nil {
			t.Fatal(err)
		}
		if n.Int64() != 1 || lastSubject.Cmp(bs.s.SubjectID) != 0 || !bytes.Equal(last, want) {
			t.Fatalf("receiver of session %d: %s deliveries, last subject %s, outcome %x; want one delivery of subject %s with %x",
				i, n, lastSubject, last, bs.s.SubjectID, want)
		}
	}
	if b := e.batch(t, id); b.Status != settlement.StatusFinalized {
		t.Fatalf("batch status %s after finalize, want Finalized", b.Status)
	}
	if r := e.relayerRecord(t); r.Locked.Sign() != 0 || r.Bond.Cmp(new(big.Int).Mul(settlement.One, big.NewInt(10))) != 0 {
		t.Fatalf("relayer after finalize: %+v; want the whole 10 ETH bond, nothing locked", r)
	}
	if f, err := e.st.FailedCallbacks(ctx, id); err != nil || f.Sign() != 0 {
		t.Fatalf("failedCallbacks = %v, %v; want 0", f, err)
	}
	if _, _, err := e.st.FinalizeBatch(ctx, relayer, id, headers); !errors.Is(err, &chain.RevertError{Name: "Settlement_NotPending"}) {
		t.Fatalf("second finalize: %v, want Settlement_NotPending", err)
	}
	if _, _, err := e.st.RetryBatchCallback(ctx, relayer, id, headers, 0); !errors.Is(err, &chain.RevertError{Name: "Settlement_NoRetry"}) {
		t.Fatalf("retry of a delivered callback: %v, want Settlement_NoRetry", err)
	}
}

// TestBatchFailedCallbackRetried finalizes a batch whose second receiver
// reverts, then retries that session's callback once it accepts.
func TestBatchFailedCallbackRetried(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	targets := append([]common.Address{e.receiver}, e.deployReceivers(t, 1)...)
	sessions, headers := e.honestSessions(t, 21, targets, batchVotes[0], batchVotes[1])
	id, _, err := e.st.SubmitBatch(ctx, e.c.Transactor(relayerIdx), headers)
	if err != nil {
		t.Fatal(err)
	}
	mr := mrbind.NewSettlementMockReceiver()
	admin := e.c.Transactor(adminIdx)
	if _, err := chain.Transact(ctx, e.c.Client(), admin, targets[1], mr.PackSetMode(1)); err != nil {
		t.Fatal(err)
	}
	e.advance(t, 25*time.Hour)
	fin, _, err := e.st.FinalizeBatch(ctx, e.c.Transactor(challengerIdx), id, headers)
	if err != nil {
		t.Fatalf("finalize: %v", err)
	}
	if !fin.Delivered(0) || fin.Delivered(1) || fin.Failed.Cmp(big.NewInt(2)) != 0 {
		t.Fatalf("finalization failed bits %b, want session 1 only", fin.Failed)
	}
	if f, err := e.st.FailedCallbacks(ctx, id); err != nil || f.Cmp(big.NewInt(2)) != 0 {
		t.Fatalf("failedCallbacks = %v, %v; want 0b10", f, err)
	}
	if ok, _, err := e.st.RetryBatchCallback(ctx, e.c.Transactor(challengerIdx), id, headers, 1); err != nil || ok {
		t.Fatalf("retry while the receiver still reverts = %v, %v; want a failed attempt", ok, err)
	}
	if _, err := chain.Transact(ctx, e.c.Client(), admin, targets[1], mr.PackSetMode(0)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.st.RetryBatchCallback(ctx, e.c.Transactor(challengerIdx), id, headers[:1], 1); !errors.Is(err, &chain.RevertError{Name: "Settlement_HeadersMismatch"}) {
		t.Fatalf("retry with wrong headers: %v, want Settlement_HeadersMismatch", err)
	}
	if ok, _, err := e.st.RetryBatchCallback(ctx, e.c.Transactor(challengerIdx), id, headers, 1); err != nil || !ok {
		t.Fatalf("retry = %v, %v; want delivered", ok, err)
	}
	if n, _, subj := e.received(t, targets[1], sessions[1].s.SubjectID); n.Int64() != 1 || subj.Cmp(sessions[1].s.SubjectID) != 0 {
		t.Fatalf("receiver 1 got %s deliveries (last subject %s), want one of %s", n, subj, sessions[1].s.SubjectID)
	}
	if f, err := e.st.FailedCallbacks(ctx, id); err != nil || f.Sign() != 0 {
		t.Fatalf("failedCallbacks after retry = %v, %v; want 0", f, err)
	}
	if _, _, err := e.st.RetryBatchCallback(ctx, e.c.Transactor(challengerIdx), id, headers, 1); !errors.Is(err, &chain.RevertError{Name: "Settlement_NoRetry"}) {
		t.Fatalf("second retry: %v, want Settlement_NoRetry", err)
	}
}

// TestBatchLyingHeaderRejected opens a session whose header does not follow
// from its tally: the batch is rejected (BadOutcome), the session opened
// before it with it, and the relayer slashed.
func TestBatchLyingHeaderRejected(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		lie  func(h *settlement.SessionHeader, d *settlement.Deliberation)
	}{
		{"conviction", func(h *settlement.SessionHeader, _ *settlement.Deliberation) {
			h.Conviction = new(big.Int).Add(h.Conviction, big.NewInt(1))
		}},
		{"winner", func(h *settlement.SessionHeader, d *settlement.Deliberation) { h.Winner = d.Tally.Proposals[2].Author }},
		{"ballot count", func(h *settlement.SessionHeader, _ *settlement.Deliberation) { h.BallotCount++ }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			ctx := context.Background()
			challenger := e.c.Transactor(challengerIdx)
			sessions, headers := e.honestSessions(t, 31, nil, batchVotes...)
			tc.lie(&headers[1], sessions[1].d)
			id, _, err := e.st.SubmitBatch(ctx, e.c.Transactor(relayerIdx), headers)
			if err != nil {
				t.Fatal(err)
			}
			bondBefore := e.relayerRecord(t).Bond

			// An honest session opens into a pending claim of the batch.
			op, _, err := e.st.OpenSession(ctx, challenger, id, headers, 0, sessions[0].d.Result)
			if err != nil || op.Rejection != nil || op.ClaimID == nil {
				t.Fatalf("open honest session 0 = %+v, %v; want a claim", op, err)
			}
			honestClaim := op.ClaimID
			// Result bytes that are not the header's never reach the check.
			if _, _, err := e.st.OpenSession(ctx, challenger, id, headers, 1, sessions[0].d.Result); !errors.Is(err, &chain.RevertError{Name: "Settlement_ResultMismatch"}) {
				t.Fatalf("open session 1 with session 0's tally: %v, want Settlement_ResultMismatch", err)
			}

			op, _, err = e.st.OpenSession(ctx, challenger, id, headers, 1, sessions[1].d.Result)
			if err != nil {
				t.Fatalf("open the lying session: %v", err)
			}
			if op.ClaimID != nil {
				t.Fatalf("the lying session was opened as claim %s", op.ClaimID)
			}
			e.checkSlashed(t, id, op.Rejection, settlement.FaultBadOutcome, bondBefore)
			if c, err := e.st.SessionClaim(ctx, id, 1); err != nil || c.Sign() != 0 {
				t.Fatalf("sessionClaim of the lying session = %v, %v; want 0", c, err)
			}
			if c, err := e.st.Claim(ctx, honestClaim); err != nil || c.Status != settlement.StatusRejected {
				t.Fatalf("claim opened from the rejected batch: %+v, %v; want Rejected", c, err)
			}
			if got := e.credit(t, challengerIdx); got.Cmp(op.Rejection.Reward) != 0 {
				t.Fatalf("challenger credit %s, want the reward %s", got, op.Rejection.Reward)
			}
			if _, _, err := e.st.OpenSession(ctx, challenger, id, headers, 2, sessions[2].d.Result); !errors.Is(err, &chain.RevertError{Name: "Settlement_NotPending"}) {
				t.Fatalf("open after rejection: %v, want Settlement_NotPending", err)
			}
		})
	}
}

// TestBatchWrongBallotChallenged batches a session whose header follows from
// its tally but whose tally's final sums disagree with its last ballot leaf:
// opening succeeds, and the ordinary challenge against the opened claim
// rejects the whole batch.
func TestBatchWrongBallotChallenged(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	challenger := e.c.Transactor(challengerIdx)
	sessions, headers := e.honestSessions(t, 41, nil, batchVotes[0], batchVotes[1])
	bad := sessions[1]
	bad.d.Tally.Sums[0] = big.NewInt(4) // leaves say 3; still below the winner's 6
	d, err := settlement.Assemble(bad.d.Tally, bad.d.Leaves)
	if err != nil {
		t.Fatal(err)
	}
	f := settlement.Audit(bad.s, d)
	if f == nil || f.Fault != settlement.FaultBadFinalSum {
		t.Fatalf("audit found %v, want %s", f, settlement.FaultBadFinalSum)
	}
	headers[1] = settlement.Header(bad.s.Target, bad.s.SubjectID, d)
	id, _, err := e.st.SubmitBatch(ctx, e.c.Transactor(relayerIdx), headers)
	if err != nil {
		t.Fatal(err)
	}
	bondBefore := e.relayerRecord(t).Bond

	op, _, err := e.st.OpenSession(ctx, challenger, id, headers, 1, d.Result)
	if err != nil || op.Rejection != nil || op.ClaimID == nil {
		t.Fatalf("open the session = %+v, %v; want a claim (its header follows from its tally)", op, err)
	}
	claimID := op.ClaimID
	if got, err := e.st.SessionClaim(ctx, id, 1); err != nil || got.Cmp(claimID) != 0 {
		t.Fatalf("sessionClaim = %v, %v; want %s", got, err, claimID)
	}
	if got, err := e.st.BatchOf(ctx, claimID); err != nil || got.Cmp(id) != 0 {
		t.Fatalf("batchOf(%s) = %v, %v; want %s", claimID, got, err, id)
	}
	b := e.batch(t, id)
	if !b.Opened(1) || b.Opened(0) {
		t.Fatalf("opened bits %b, want session 1 only", b.ISettlementBatchesBatch.Opened)
	}
	c, err := e.st.Claim(ctx, claimID)
	if err != nil || c.Status != settlement.StatusPending || c.Kind != settlement.KindDeliberation || c.Root != d.Root ||
		c.SubjectId.Cmp(bad.s.SubjectID) != 0 || c.Relayer != e.c.Address(relayerIdx) || c.Deadline != b.Deadline {
		t.Fatalf("opened claim %+v, %v", c, err)
	}
	if sub, err := e.st.Submission(ctx, claimID, 0); err != nil || !bytes.Equal(sub.Result, d.Result) {
		t.Fatalf("ClaimSubmitted of the opened session: %v", err)
	}
	if _, _, err := e.st.OpenSession(ctx, challenger, id, headers, 1, d.Result); !errors.Is(err, &chain.RevertError{Name: "Settlement_AlreadyOpened"}) {
		t.Fatalf("second open: %v, want Settlement_AlreadyOpened", err)
	}

	// The challenge rejects the batch, not the claim alone: the receipt holds
	// BatchRejected, which Challenge reports with the batch's id.
	rej, r, err := e.st.Challenge(ctx, challenger, claimID, d, f)
	if err != nil {
		t.Fatalf("challenge %s: %v", f, err)
	}
	if rej.ClaimID.Cmp(claimID) != 0 || rej.BatchID == nil || rej.BatchID.Cmp(id) != 0 || rej.Fault != settlement.FaultBadFinalSum {
		t.Fatalf("challenge reported %+v, want the opened claim %s of batch %s rejected for %s", rej, claimID, id, settlement.FaultBadFinalSum)
	}
	e.checkSlashed(t, id, e.st.BatchRejectionIn(r), settlement.FaultBadFinalSum, bondBefore)
	if c, err := e.st.Claim(ctx, claimID); err != nil || c.Status != settlement.StatusRejected {
		t.Fatalf("opened claim after the challenge: %+v, %v; want Rejected", c, err)
	}
}

// TestBatchTallyRequests covers bonded tally requests: unanswered, the batch
// is rejected; answered by opening the session, the opener gets the request
// bond and challengers get a full response window.
func TestBatchTallyRequests(t *testing.T) {
	t.Parallel()
	cfg := settlement.DefaultConfig()
	window := time.Duration(cfg.ResponseWindow) * time.Second

	t.Run("unanswered", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		ctx := context.Background()
		challenger := e.c.Transactor(challengerIdx)
		_, headers := e.honestSessions(t, 51, nil, batchVotes[0], batchVotes[1])
		id, _, err := e.st.SubmitBatch(ctx, e.c.Transactor(relayerIdx), headers)
		if err != nil {
			t.Fatal(err)
		}
		bondBefore := e.relayerRecord(t).Bond
		if _, err := e.st.RequestTally(ctx, challenger, id, 1, new(big.Int).Add(cfg.RequestBond, big.NewInt(1))); !errors.Is(err, &chain.RevertError{Name: "Settlement_WrongValue"}) {
			t.Fatalf("request with the wrong bond: %v, want Settlement_WrongValue", err)
		}
		if _, err := e.st.RequestTally(ctx, challenger, id, 2, cfg.RequestBond); !errors.Is(err, &chain.RevertError{Name: "Settlement_BadIndex"}) {
			t.Fatalf("request of session 2 of 2: %v, want Settlement_BadIndex", err)
		}
		if _, err := e.st.RequestTally(ctx, challenger, id, 1, cfg.RequestBond); err != nil {
			t.Fatalf("request tally: %v", err)
		}
		q, err := e.st.TallyRequestOf(ctx, id, 1)
		if err != nil || q.Requester != e.c.Address(challengerIdx) || q.Bond.Cmp(cfg.RequestBond) != 0 {
			t.Fatalf("tally request %+v, %v", q, err)
		}
		if b := e.batch(t, id); b.OpenRequests != 1 {
			t.Fatalf("open requests %d, want 1", b.OpenRequests)
		}
		if _, err := e.st.RequestTally(ctx, challenger, id, 1, cfg.RequestBond); !errors.Is(err, &chain.RevertError{Name: "Settlement_RequestOpen"}) {
			t.Fatalf("second request: %v, want Settlement_RequestOpen", err)
		}
		if _, _, err := e.st.CloseTallyRequest(ctx, challenger, id, 1); !errors.Is(err, &chain.RevertError{Name: "Settlement_TooEarly"}) {
			t.Fatalf("close within the response window: %v, want Settlement_TooEarly", err)
		}
		if _, _, err := e.st.CloseTallyRequest(ctx, challenger, id, 0); !errors.Is(err, &chain.RevertError{Name: "Settlement_RequestClosed"}) {
			t.Fatalf("close of a session never requested: %v, want Settlement_RequestClosed", err)
		}
		e.advance(t, window+time.Second)
		rej, _, err := e.st.CloseTallyRequest(ctx, e.c.Transactor(adminIdx), id, 1)
		if err != nil {
			t.Fatalf("close: %v", err)
		}
		e.checkSlashed(t, id, rej, settlement.FaultUnansweredRequest, bondBefore)
		if got, want := e.credit(t, challengerIdx), new(big.Int).Add(cfg.RequestBond, rej.Reward); got.Cmp(want) != 0 {
			t.Fatalf("requester credit %s, want its bond back plus the reward: %s", got, want)
		}
		if q, err := e.st.TallyRequestOf(ctx, id, 1); err != nil || q.Requester != (common.Address{}) {
			t.Fatalf("request after close %+v, %v; want none", q, err)
		}
	})

	t.Run("answered", func(t *testing.T) {
		t.Parallel()
		e := newEnv(t)
		ctx := context.Background()
		relayer, challenger := e.c.Transactor(relayerIdx), e.c.Transactor(challengerIdx)
		sessions, headers := e.honestSessions(t, 61, nil, batchVotes[0], batchVotes[1])
		id, _, err := e.st.SubmitBatch(ctx, relayer, headers)
		if err != nil {
			t.Fatal(err)
		}
		submitted := e.batch(t, id).Deadline
		// Late in the window, so that answering must extend the batch's deadline.
		e.advance(t, time.Duration(cfg.ChallengeWindow)*time.Second-window/2)
		if _, err := e.st.RequestTally(ctx, challenger, id, 0, cfg.RequestBond); err != nil {
			t.Fatalf("request tally: %v", err)
		}
		creditBefore := e.credit(t, relayerIdx)
		op, r, err := e.st.OpenSession(ctx, relayer, id, headers, 0, sessions[0].d.Result)
		if err != nil || op.ClaimID == nil {
			t.Fatalf("answer by opening = %+v, %v", op, err)
		}
		if got := new(big.Int).Sub(e.credit(t, relayerIdx), creditBefore); got.Cmp(cfg.RequestBond) != 0 {
			t.Fatalf("opener credited %s, want the request bond %s", got, cfg.RequestBond)
		}
		head, err := e.c.Client().HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		b := e.batch(t, id)
		if b.OpenRequests != 0 || b.Deadline != head.Time+cfg.ResponseWindow || b.Deadline <= submitted || b.Status != settlement.StatusPending {
			t.Fatalf("batch after the answer: %+v; want no open request, deadline extended from %d to %d", b.ISettlementBatchesBatch, submitted, head.Time+cfg.ResponseWindow)
		}
		if q, err := e.st.TallyRequestOf(ctx, id, 0); err != nil || q.Requester != (common.Address{}) {
			t.Fatalf("request after the answer %+v, %v; want none", q, err)
		}
		if _, _, err := e.st.CloseTallyRequest(ctx, challenger, id, 0); !errors.Is(err, &chain.RevertError{Name: "Settlement_RequestClosed"}) {
			t.Fatalf("close of an answered request: %v, want Settlement_RequestClosed", err)
		}
		// Past the original deadline (in window/2), not the extended one (in window).
		e.advance(t, window/2+time.Hour)
		if _, _, err := e.st.FinalizeBatch(ctx, relayer, id, headers); !errors.Is(err, &chain.RevertError{Name: "Settlement_NotFinalizable"}) {
			t.Fatalf("finalize before the extended deadline: %v, want Settlement_NotFinalizable", err)
		}
		e.advance(t, window)
		fin, _, err := e.st.FinalizeBatch(ctx, relayer, id, headers)
		if err != nil || fin.Failed.Sign() != 0 {
			t.Fatalf("finalize = %+v, %v", fin, err)
		}
		if c, err := e.st.Claim(ctx, op.ClaimID); err != nil || c.Status != settlement.StatusFinalized {
			t.Fatalf("opened claim after finalize: %+v, %v; want Finalized", c, err)
		}
		if r := e.relayerRecord(t); r.Locked.Sign() != 0 {
			t.Fatalf("relayer locked %s after finalize, want 0", r.Locked)
		}
	})
}

// TestBatchErrors covers what is refused before sending and the reverts a
// client decodes with their hints.
func TestBatchErrors(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	relayer := e.c.Transactor(relayerIdx)
	_, headers := e.honestSessions(t, 71, nil, batchVotes[0], batchVotes[1])

	many := make([]settlement.SessionHeader, settlement.MaxBatchSessions+1)
	for i := range many {
		many[i] = headers[0]
		many[i].SubjectId = big.NewInt(int64(1000 + i))
	}
	if err := settlement.CheckHeaders(many[:settlement.MaxBatchSessions]); err != nil {
		t.Fatalf("CheckHeaders of %d headers: %v", settlement.MaxBatchSessions, err)
	}
	noTarget := append([]settlement.SessionHeader(nil), headers...)
	noTarget[1].Target = common.Address{}
	noConviction := append([]settlement.SessionHeader(nil), headers...)
	noConviction[0].Conviction = nil
	for name, hs := range map[string][]settlement.SessionHeader{
		"no header": nil, "129 headers": many, "zero target": noTarget, "nil conviction": noConviction,
	} {
		if err := settlement.CheckHeaders(hs); err == nil {
			t.Errorf("CheckHeaders(%s) = nil, want an error", name)
		}
		id, r, err := e.st.SubmitBatch(ctx, relayer, hs)
		if err == nil || id != nil || r != nil {
			t.Errorf("SubmitBatch(%s) = %v, %v, %v; want an error before sending", name, id, r, err)
		}
	}
	if n, err := e.st.BatchCount(ctx); err != nil || n.Sign() != 0 {
		t.Fatalf("batchCount = %v, %v; want nothing submitted", n, err)
	}
	stranger := append([]settlement.SessionHeader(nil), headers...)
	stranger[1].Target = common.HexToAddress("0xBEEF")
	if _, _, err := e.st.SubmitBatch(ctx, relayer, stranger); !errors.Is(err, &chain.RevertError{Name: "Settlement_TargetNotAllowed"}) {
		t.Fatalf("submit to a target not allowed: %v, want Settlement_TargetNotAllowed", err)
	}
	if b := e.batch(t, big.NewInt(1)); b.Status != settlement.StatusNone {
		t.Fatalf("batch 1 before any submit: %s, want None", b.Status)
	}

	id, _, err := e.st.SubmitBatch(ctx, relayer, headers)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = e.st.FinalizeBatch(ctx, relayer, id, headers)
	if !errors.Is(err, &chain.RevertError{Name: "Settlement_NotFinalizable"}) || !strings.Contains(err.Error(), "cannot finalize yet") {
		t.Fatalf("finalize too early: %v; want Settlement_NotFinalizable with its hint", err)
	}
	swapped := []settlement.SessionHeader{headers[1], headers[0]}
	changed := append([]settlement.SessionHeader(nil), headers...)
	changed[0].Conviction = new(big.Int).Add(changed[0].Conviction, big.NewInt(1))
	for name, hs := range map[string][]settlement.SessionHeader{"swapped": swapped, "changed": changed, "one missing": headers[:1]} {
		_, _, err := e.st.FinalizeBatch(ctx, relayer, id, hs)
		if !errors.Is(err, &chain.RevertError{Name: "Settlement_HeadersMismatch"}) || !strings.Contains(err.Error(), "not the batch's") {
			t.Errorf("finalize with %s headers: %v; want Settlement_HeadersMismatch with its hint", name, err)
		}
		if _, _, err := e.st.OpenSession(ctx, relayer, id, hs, 0, nil); !errors.Is(err, &chain.RevertError{Name: "Settlement_HeadersMismatch"}) {
			t.Errorf("open with %s headers: %v; want Settlement_HeadersMismatch", name, err)
		}
	}
	if _, _, err := e.st.OpenSession(ctx, relayer, id, headers, 2, nil); !errors.Is(err, &chain.RevertError{Name: "Settlement_BadIndex"}) {
		t.Fatalf("open session 2 of 2: %v, want Settlement_BadIndex", err)
	}
	e.advance(t, 25*time.Hour)
	if _, _, err := e.st.FinalizeBatch(ctx, relayer, id, swapped); !errors.Is(err, &chain.RevertError{Name: "Settlement_HeadersMismatch"}) {
		t.Fatalf("finalize with swapped headers after the window: %v, want Settlement_HeadersMismatch", err)
	}
	if _, err := e.st.RequestTally(ctx, e.c.Transactor(challengerIdx), id, 0, settlement.DefaultConfig().RequestBond); !errors.Is(err, &chain.RevertError{Name: "Settlement_WindowClosed"}) {
		t.Fatalf("request after the window: %v, want Settlement_WindowClosed", err)
	}
	if _, _, err := e.st.FinalizeBatch(ctx, relayer, id, headers); err != nil {
		t.Fatalf("finalize with the right headers: %v", err)
	}
}
