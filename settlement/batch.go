package settlement

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	batchbind "github.com/dip-market/dip/bindings/settlementbatches"
	"github.com/dip-market/dip/internal/chain"
)

// Batched deliberation claims (ISettlementBatches): one claim, one bond and
// two transactions settle up to MaxBatchSessions sessions. A Settlement
// serves these calls at its own address (its fallback delegates them).

// MaxBatchSessions is the most sessions one batch may carry
// (SettlementBatches.MAX_BATCH_SESSIONS).
const MaxBatchSessions = 128

// MaxBatchCallbackGas is the most callback gas a batch may reserve, sessions
// x callbackGasLimit (SettlementBatches.MAX_BATCH_CALLBACK_GAS).
const MaxBatchCallbackGas = 15_000_000

var (
	batchBinding = batchbind.NewSettlementBatches()
	// BatchesABI is SettlementBatches' parsed ABI: the batch functions, events
	// and errors a Settlement serves through its fallback.
	BatchesABI = chain.MustABI(&batchbind.SettlementBatchesMetaData)
)

// SessionHeader is what a batch commits about one session
// (ISettlementBatches.SessionHeader).
type SessionHeader = batchbind.ISettlementBatchesSessionHeader

// Header returns the header committing deliberation d about (target,
// subjectID): its ballot root, the hash of its result, its ballot count and
// the outcome its receiver gets.
func Header(target common.Address, subjectID *big.Int, d *Deliberation) SessionHeader {
	winners, conviction := d.Outcome()
	h := SessionHeader{
		Target: target, SubjectId: new(big.Int).Set(subjectID), Root: d.Root,
		ResultHash: crypto.Keccak256Hash(d.Result), BallotCount: d.Tally.BallotCount, Conviction: conviction,
	}
	if len(winners) > 0 {
		h.Winner = winners[0]
	}
	return h
}

// HeadersHash is keccak256(abi.encode(headers)), the batch's commitment.
func HeadersHash(headers []SessionHeader) common.Hash {
	return crypto.Keccak256Hash(batchBinding.PackSubmitBatch(headers)[4:])
}

// Batch is a batch as stored, with its id and typed status.
type Batch struct {
	batchbind.ISettlementBatchesBatch
	ID     *big.Int
	Status ClaimStatus
}

// Opened reports whether session index was opened.
func (b *Batch) Opened(index int) bool {
	return b.ISettlementBatchesBatch.Opened != nil && b.ISettlementBatchesBatch.Opened.Bit(index) == 1
}

func (s *Settlement) batchTransact(ctx context.Context, opts *bind.TransactOpts, op string, data []byte) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, s.b, opts, s.addr, data, BatchesABI, ABI)
	if err != nil {
		return r, fmt.Errorf("settlement: %s: %w", op, explain(err))
	}
	return r, nil
}

func batchCall[T any](ctx context.Context, s *Settlement, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, s.b, s.addr, data, BatchesABI, ABI)
	if err != nil {
		return zero, fmt.Errorf("settlement: %s: %w", op, explain(err))
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("settlement: decode %s: %w", op, err)
	}
	return v, nil
}

// CheckHeaders validates a batch before it is sent: 1..MaxBatchSessions
// headers, none with a zero target or a nil subject or conviction.
func CheckHeaders(headers []SessionHeader) error {
	if len(headers) == 0 || len(headers) > MaxBatchSessions {
		return fmt.Errorf("settlement: a batch carries 1 to %d sessions, not %d", MaxBatchSessions, len(headers))
	}
	for i, h := range headers {
		if h.Target == (common.Address{}) || h.SubjectId == nil || h.Conviction == nil {
			return fmt.Errorf("settlement: session %d of the batch has a zero target, subject or conviction", i)
		}
	}
	return nil
}

// SubmitBatch posts headers as one batch and returns its id.
func (s *Settlement) SubmitBatch(ctx context.Context, opts *bind.TransactOpts, headers []SessionHeader) (*big.Int, *types.Receipt, error) {
	if err := CheckHeaders(headers); err != nil {
		return nil, nil, err
	}
	r, err := s.batchTransact(ctx, opts, fmt.Sprintf("submit a batch of %d sessions", len(headers)), batchBinding.PackSubmitBatch(headers))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := batchBinding.UnpackBatchSubmittedEvent(l); err == nil && l.Address == s.addr {
			return ev.BatchId, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: BatchSubmitted", ErrNoEvent)
}

// BatchSubmitted is a BatchSubmitted event.
type BatchSubmitted = batchbind.SettlementBatchesBatchSubmitted

// UnpackBatchSubmitted decodes a BatchSubmitted log.
func UnpackBatchSubmitted(l *types.Log) (*BatchSubmitted, error) {
	return batchBinding.UnpackBatchSubmittedEvent(l)
}

// BatchSubmittedTopic is the BatchSubmitted event's topic 0.
var BatchSubmittedTopic = BatchesABI.Events["BatchSubmitted"].ID

// BatchSubmission reads the BatchSubmitted event of batch id (its headers),
// searching blocks from `from` on.
func (s *Settlement) BatchSubmission(ctx context.Context, id *big.Int, from uint64) (*BatchSubmitted, error) {
	return firstEvent(ctx, s, "BatchSubmitted of batch", BatchSubmittedTopic, id, from, batchBinding.UnpackBatchSubmittedEvent)
}

// Opening is what openSession did: the session's claim, or the batch's
// rejection when the tally contradicts the header.
type Opening struct {
	// ClaimID is the session's new claim; nil when the batch was rejected.
	ClaimID *big.Int
	// Rejection is set when the batch was rejected (Fault BadOutcome).
	Rejection *BatchRejection
}

// BatchRejection is a BatchRejected event.
type BatchRejection struct {
	BatchID *big.Int
	Fault   Fault
	By      common.Address
	Reward  *big.Int
}

// batchRejection finds the BatchRejected event in r (nil if none).
func (s *Settlement) batchRejection(r *types.Receipt) *BatchRejection {
	for _, l := range r.Logs {
		if l.Address != s.addr {
			continue
		}
		if ev, err := batchBinding.UnpackBatchRejectedEvent(l); err == nil {
			return &BatchRejection{BatchID: ev.BatchId, Fault: Fault(ev.Fault), By: ev.By, Reward: ev.Reward}
		}
	}
	return nil
}

// BatchRejectionIn returns the BatchRejected event in r, if any: a challenge
// against a claim opened from a batch rejects the batch.
func (s *Settlement) BatchRejectionIn(r *types.Receipt) *BatchRejection { return s.batchRejection(r) }

// OpenSession publishes session index's tally (result) and turns the session
// into a claim that ordinary challenges and leaf requests work on; a tally
// contradicting its header rejects the batch instead.
func (s *Settlement) OpenSession(ctx context.Context, opts *bind.TransactOpts, batchID *big.Int, headers []SessionHeader, index uint8, result []byte) (*Opening, *types.Receipt, error) {
	r, err := s.batchTransact(ctx, opts, fmt.Sprintf("open session %d of batch %s", index, batchID), batchBinding.PackOpenSession(batchID, headers, index, result))
	if err != nil {
		return nil, r, err
	}
	if rej := s.batchRejection(r); rej != nil {
		return &Opening{Rejection: rej}, r, nil
	}
	for _, l := range r.Logs {
		if ev, err := batchBinding.UnpackSessionOpenedEvent(l); err == nil && l.Address == s.addr {
			return &Opening{ClaimID: ev.ClaimId}, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: SessionOpened", ErrNoEvent)
}

// RequestTally pays the request bond to force the relayer to open session index.
func (s *Settlement) RequestTally(ctx context.Context, opts *bind.TransactOpts, batchID *big.Int, index uint8, bond *big.Int) (*types.Receipt, error) {
	o := *opts
	o.Value = bond
	return s.batchTransact(ctx, &o, fmt.Sprintf("request the tally of session %d of batch %s", index, batchID), batchBinding.PackRequestTally(batchID, index))
}

// CloseTallyRequest closes an unanswered tally request; a pending batch is
// then rejected.
func (s *Settlement) CloseTallyRequest(ctx context.Context, opts *bind.TransactOpts, batchID *big.Int, index uint8) (*BatchRejection, *types.Receipt, error) {
	r, err := s.batchTransact(ctx, opts, fmt.Sprintf("close the tally request of session %d of batch %s", index, batchID), batchBinding.PackCloseTallyRequest(batchID, index))
	if err != nil {
		return nil, r, err
	}
	return s.batchRejection(r), r, nil
}

// BatchFinalization is what finalizeBatch did: bit i of Failed is set if
// session i's callback failed.
type BatchFinalization struct {
	BatchID *big.Int
	Failed  *big.Int
}

// Delivered reports whether session i's callback succeeded.
func (f *BatchFinalization) Delivered(i int) bool { return f.Failed.Bit(i) == 0 }

// FinalizeBatch finalizes batch id with its headers and delivers every
// session's outcome.
func (s *Settlement) FinalizeBatch(ctx context.Context, opts *bind.TransactOpts, id *big.Int, headers []SessionHeader) (*BatchFinalization, *types.Receipt, error) {
	r, err := s.batchTransact(ctx, opts, fmt.Sprintf("finalize batch %s", id), batchBinding.PackFinalizeBatch(id, headers))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := batchBinding.UnpackBatchFinalizedEvent(l); err == nil && l.Address == s.addr {
			return &BatchFinalization{BatchID: ev.BatchId, Failed: ev.Failed}, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: BatchFinalized", ErrNoEvent)
}

// RetryBatchCallback retries the failed callback of session index and
// reports whether it succeeded.
func (s *Settlement) RetryBatchCallback(ctx context.Context, opts *bind.TransactOpts, id *big.Int, headers []SessionHeader, index uint8) (bool, *types.Receipt, error) {
	r, err := s.batchTransact(ctx, opts, fmt.Sprintf("retry the callback of session %d of batch %s", index, id), batchBinding.PackRetryBatchCallback(id, headers, index))
	if err != nil {
		return false, r, err
	}
	for _, l := range r.Logs {
		if ev, err := batchBinding.UnpackBatchCallbackRetriedEvent(l); err == nil && l.Address == s.addr {
			return ev.Success, r, nil
		}
	}
	return false, r, fmt.Errorf("%w: BatchCallbackRetried", ErrNoEvent)
}

// Batch reads batch id; one that does not exist has StatusNone.
func (s *Settlement) Batch(ctx context.Context, id *big.Int) (*Batch, error) {
	b, err := batchCall(ctx, s, fmt.Sprintf("batch %s", id), batchBinding.PackBatch(id), batchBinding.UnpackBatch)
	if err != nil {
		return nil, err
	}
	return &Batch{ISettlementBatchesBatch: b, ID: id, Status: ClaimStatus(b.Status)}, nil
}

// BatchCount reads the number of batches so far.
func (s *Settlement) BatchCount(ctx context.Context) (*big.Int, error) {
	return batchCall(ctx, s, "batchCount", batchBinding.PackBatchCount(), batchBinding.UnpackBatchCount)
}

// SessionClaim reads the claim session index of batch id was opened as (0 if none).
func (s *Settlement) SessionClaim(ctx context.Context, id *big.Int, index uint8) (*big.Int, error) {
	return batchCall(ctx, s, "sessionClaim", batchBinding.PackSessionClaim(id, index), batchBinding.UnpackSessionClaim)
}

// BatchOf reads the batch claim id was opened from (0 for a claim of its own).
func (s *Settlement) BatchOf(ctx context.Context, claimID *big.Int) (*big.Int, error) {
	return batchCall(ctx, s, "batchOf", batchBinding.PackBatchOf(claimID), batchBinding.UnpackBatchOf)
}

// FailedCallbacks reads the failed-callback bitmap of batch id.
func (s *Settlement) FailedCallbacks(ctx context.Context, id *big.Int) (*big.Int, error) {
	return batchCall(ctx, s, "failedCallbacks", batchBinding.PackFailedCallbacks(id), batchBinding.UnpackFailedCallbacks)
}

// TallyRequest is an open tally request (requester zero if none).
type TallyRequest = batchbind.ISettlementBatchesTallyRequest

// TallyRequestOf reads the open tally request of session index of batch id.
func (s *Settlement) TallyRequestOf(ctx context.Context, id *big.Int, index uint8) (TallyRequest, error) {
	return batchCall(ctx, s, "tallyRequest", batchBinding.PackTallyRequest(id, index), batchBinding.UnpackTallyRequest)
}
