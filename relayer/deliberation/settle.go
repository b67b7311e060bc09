package deliberation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	settlementbind "github.com/dip-market/dip/bindings/settlement"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// Sender sends intents with idempotency keys (txmgr.Sender; *txmgr.Manager
// satisfies it).
type Sender = txmgr.Sender

// Claims reads Settlement state; *settlement.Settlement satisfies it.
type Claims interface {
	Address() common.Address
	SubjectClaim(ctx context.Context, target common.Address, subjectID *big.Int) (*big.Int, error)
	Claim(ctx context.Context, id *big.Int) (*settlement.Claim, error)
	OutcomeOf(ctx context.Context, id *big.Int) ([]common.Address, *big.Int, error)
}

// HeadReader reads the chain head (its timestamp gates finalization).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ChainReader is what the settler reads from the chain: the head, the
// LeafRequested logs of its claims and the request views. An
// *ethclient.Client satisfies it.
type ChainReader interface {
	HeadReader
	ethereum.LogFilterer
	ethereum.ContractCaller
}

var (
	_ Sender = (*txmgr.Manager)(nil)
	_ Claims = (*settlement.Settlement)(nil)
)

// ErrClaimMismatch is returned when the claim holding a session's subject
// after our submit confirmed is not ours (another relayer's root or account).
var ErrClaimMismatch = errors.New("deliberation: the subject's claim is not the one this relayer submitted")

var sbind = settlementbind.NewSettlement()

// SubmitKey and FinalizeKey are the idempotency keys of a session's intents.
func SubmitKey(session common.Hash) string { return "delib:" + session.Hex() }

// FinalizeKey is the idempotency key of a session's finalize intent.
func FinalizeKey(session common.Hash) string { return "delib:" + session.Hex() + ":finalize" }

// Settler drives each session from its last round's close to a finalized
// claim: tally, claim (delib:<session>), finalize after the challenge
// window (delib:<session>:finalize), record the callback outcome. Every
// state is stored before the intent it leads to, and intents are
// idempotent, so a restart resumes where it stopped.
type Settler struct {
	in     *Ingest
	sender Sender
	claims Claims
	head   ChainReader
	log    *slog.Logger
	// catchUp, when set, must report the session's close caught up before
	// the tally is recorded (WaitForCatchUp).
	catchUp CatchUp
}

// NewSettler returns a settler for the sessions of in.
func NewSettler(in *Ingest, sender Sender, claims Claims, head ChainReader, log *slog.Logger) *Settler {
	if log == nil {
		log = slog.Default()
	}
	return &Settler{in: in, sender: sender, claims: claims, head: head, log: log}
}

// WaitForCatchUp makes the settler wait, after a session's last round
// closed, until c reports every message received before the close ingested
// (NATSIngest.CaughtUp) before it records and claims the tally. Call it
// before the first Step.
func (s *Settler) WaitForCatchUp(c CatchUp) { s.catchUp = c }

// Step advances every session whose last round closed by at most one
// transaction each, blocking while an intent is in flight. Run it on a
// ticker; tests call it directly.
func (s *Settler) Step(ctx context.Context) error {
	var errs []error
	for _, id := range s.in.Engine.Sessions() {
		if err := s.Advance(ctx, id); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Advance moves one session's settlement forward and returns its record
// (nil while the session is still open).
func (s *Settler) Advance(ctx context.Context, id common.Hash) error {
	rec, err := s.in.Store.GetRecord(ctx, id)
	if err != nil {
		return err
	}
	v, err := s.in.Engine.Session(id)
	if err != nil {
		return err
	}
	m := v.Manifest.Manifest
	// tally is built once per step: recording the root and submitting use
	// the same one (at 1,000 ballots a build takes a fifth of a second).
	var tally *settlement.Deliberation
	if rec == nil {
		if s.in.Engine.Now().Before(m.ClosesAt()) {
			return nil
		}
		if s.catchUp != nil {
			closes := m.Rounds[m.LastRound()].ClosesAt
			ok, err := s.catchUp.CaughtUp(ctx, closes)
			if err != nil {
				return fmt.Errorf("deliberation: session %s waits for the nats consumer to catch up: %w", id.Hex(), err)
			}
			if !ok {
				s.log.Debug("deliberation claim waits: the nats consumer has messages from before the close", "session_id", id.Hex(), "closes_at", closes)
				return nil
			}
		}
		// Sealed before the tally: what is recorded is what is claimed.
		s.in.Engine.Seal(id)
		rec = &Record{Session: id}
		d, err := s.in.Engine.Tally(id, m.LastRound())
		if err != nil {
			rec.State, rec.Reason = StateFailed, err.Error()
			s.log.Warn("deliberation cannot be claimed", "session_id", id.Hex(), "err", err)
			return s.put(ctx, rec)
		}
		rec.State, rec.Root, tally = StateSubmitting, d.Root, d
		if err := s.put(ctx, rec); err != nil {
			return err
		}
	}
	switch rec.State {
	case StateSubmitting:
		return s.submit(ctx, m, rec, tally)
	case StateClaimed:
		return s.maybeFinalize(ctx, rec)
	case StateFinalizing:
		return s.finalize(ctx, rec)
	case StateFinalized:
		if !rec.Delivered && rec.CallbackRetries < MaxCallbackRetries {
			return s.retryCallback(ctx, rec)
		}
	}
	return nil
}

// submit claims the session's tally d (nil: built here).
func (s *Settler) submit(ctx context.Context, m *Manifest, rec *Record, d *settlement.Deliberation) error {
	// Another relayer's claim on the subject: while it is pending, wait (a
	// watchtower may still have it rejected, which frees the subject); once
	// it is final, ours would only revert.
	if holder, err := s.claims.SubjectClaim(ctx, m.Target, m.SubjectID); err != nil {
		return err
	} else if holder.Sign() != 0 {
		c, err := s.claims.Claim(ctx, holder)
		if err != nil {
			return err
		}
		if c.Relayer != s.sender.Account() {
			switch c.Status {
			case settlement.StatusPending:
				s.log.Debug("deliberation claim waits: another relayer's claim holds the subject", "session_id", rec.Session.Hex(), "claim_id", holder.String(), "relayer", c.Relayer.Hex())
				return nil
			case settlement.StatusFinalized:
				rec.State, rec.Reason = StateFailed, fmt.Sprintf("subject settled by claim %s of relayer %s", holder, c.Relayer.Hex())
				s.log.Warn("deliberation not claimed: another relayer settled the subject", "session_id", rec.Session.Hex(), "claim_id", holder.String(), "relayer", c.Relayer.Hex())
				return s.put(ctx, rec)
			}
		}
	}
	if d == nil {
		var err error
		if d, err = s.in.Engine.Tally(rec.Session, m.LastRound()); err != nil {
			return err
		}
	}
	if d.Root != rec.Root {
		return fmt.Errorf("deliberation: session %s tally root %s differs from the stored %s", rec.Session.Hex(), d.Root.Hex(), rec.Root.Hex())
	}
	to := s.claims.Address()
	data := sbind.PackSubmit(uint8(settlement.KindDeliberation), m.SubjectID, m.Target, d.Root, d.Result)
	key := SubmitKey(rec.Session)
	if rec.SubmitAttempts > 0 {
		// An earlier claim reverted on a subject another relayer's claim
		// took first: that key is spent, use a fresh one.
		key = fmt.Sprintf("%s:submit:%d", key, rec.SubmitAttempts)
	}
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: data}); err != nil {
		return fmt.Errorf("deliberation: submit claim of %s: %w", rec.Session.Hex(), err)
	}
	res, err := s.sender.Wait(ctx, key)
	if errors.Is(err, txmgr.ErrReverted) || errors.Is(err, txmgr.ErrFailed) {
		if pending, perr := s.othersPending(ctx, m); perr != nil {
			return perr
		} else if pending {
			// Another relayer's claim landed first: wait for it as if it
			// had been there before we sent (it may still be rejected).
			rec.SubmitAttempts++
			s.log.Warn("deliberation claim reverted: another relayer's claim landed first; waiting for it", "session_id", rec.Session.Hex(), "tx_hash", res.TxHash.Hex())
			return s.put(ctx, rec)
		}
		rec.State, rec.SubmitTx, rec.Reason = StateFailed, res.TxHash, fmt.Sprintf("claim %s: %s", res.State, res.Reason)
		s.log.Warn("deliberation claim failed", "session_id", rec.Session.Hex(), "tx_hash", res.TxHash.Hex(), "reason", res.Reason)
		return s.put(ctx, rec)
	}
	if err != nil {
		return err
	}
	id, err := s.claims.SubjectClaim(ctx, m.Target, m.SubjectID)
	if err != nil {
		return err
	}
	c, err := s.claims.Claim(ctx, id)
	if err != nil {
		return err
	}
	if c.Relayer != s.sender.Account() || common.Hash(c.Root) != rec.Root {
		return fmt.Errorf("%w: claim %s by %s with root %s", ErrClaimMismatch, id, c.Relayer.Hex(), common.Hash(c.Root).Hex())
	}
	rec.State, rec.ClaimID, rec.Deadline, rec.SubmitTx, rec.SubmitBlock = StateClaimed, id.String(), c.Deadline, res.TxHash, res.BlockNumber
	s.log.Info("deliberation claimed", "session_id", rec.Session.Hex(), "claim_id", id.String(), "tx_hash", res.TxHash.Hex(), "deadline", c.Deadline)
	return s.put(ctx, rec)
}

// othersPending reports whether another relayer's pending claim holds the
// session's subject.
func (s *Settler) othersPending(ctx context.Context, m *Manifest) (bool, error) {
	holder, err := s.claims.SubjectClaim(ctx, m.Target, m.SubjectID)
	if err != nil || holder.Sign() == 0 {
		return false, err
	}
	c, err := s.claims.Claim(ctx, holder)
	if err != nil {
		return false, err
	}
	return c.Relayer != s.sender.Account() && c.Status == settlement.StatusPending, nil
}

func (s *Settler) claimID(rec *Record) *big.Int {
	id, _ := new(big.Int).SetString(rec.ClaimID, 10)
	return id
}

func (s *Settler) maybeFinalize(ctx context.Context, rec *Record) error {
	c, err := s.claims.Claim(ctx, s.claimID(rec))
	if err != nil {
		return err
	}
	switch c.Status {
	case settlement.StatusRejected:
		rec.State, rec.Reason = StateRejected, "claim rejected on chain"
		s.log.Warn("deliberation claim rejected", "session_id", rec.Session.Hex(), "claim_id", rec.ClaimID)
		return s.put(ctx, rec)
	case settlement.StatusFinalized:
		return s.record(ctx, rec, common.Hash{})
	}
	h, err := s.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("deliberation: read head: %w", err)
	}
	rec.Deadline = c.Deadline
	if c.OpenRequests > 0 {
		return s.answerRequests(ctx, rec)
	}
	if h.Time <= c.Deadline {
		return nil
	}
	rec.State = StateFinalizing
	if err := s.put(ctx, rec); err != nil {
		return err
	}
	return s.finalize(ctx, rec)
}

func (s *Settler) finalize(ctx context.Context, rec *Record) error {
	to := s.claims.Address()
	key := FinalizeKey(rec.Session)
	if rec.FinalizeAttempts > 0 {
		// The claim stayed pending after an earlier finalize (a leaf reveal
		// moved its deadline): that key is spent, use a fresh one.
		key = fmt.Sprintf("%s:%d", key, rec.FinalizeAttempts)
	}
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: sbind.PackFinalize(s.claimID(rec))}); err != nil {
		return fmt.Errorf("deliberation: submit finalize of %s: %w", rec.Session.Hex(), err)
	}
	res, err := s.sender.Wait(ctx, key)
	if err != nil && !errors.Is(err, txmgr.ErrReverted) && !errors.Is(err, txmgr.ErrFailed) {
		return err
	}
	// Anyone may finalize: whatever happened to our transaction, the claim says.
	return s.record(ctx, rec, res.TxHash)
}

// record reads the claim's final state and stores it.
func (s *Settler) record(ctx context.Context, rec *Record, tx common.Hash) error {
	id := s.claimID(rec)
	c, err := s.claims.Claim(ctx, id)
	if err != nil {
		return err
	}
	switch c.Status {
	case settlement.StatusFinalized:
		winners, score, err := s.claims.OutcomeOf(ctx, id)
		if err != nil {
			return err
		}
		rec.State, rec.FinalTx, rec.Winners, rec.Score = StateFinalized, tx, winners, score.String()
		rec.Delivered = c.Callback == settlement.CallbackDelivered
		s.log.Info("deliberation finalized", "session_id", rec.Session.Hex(), "claim_id", rec.ClaimID, "delivered", rec.Delivered, "score", rec.Score)
	case settlement.StatusRejected:
		rec.State, rec.Reason = StateRejected, "claim rejected on chain"
	default:
		// Still pending (a leaf request extended the deadline): wait again.
		rec.State = StateClaimed
		rec.FinalizeAttempts++
	}
	return s.put(ctx, rec)
}

// RevealKey is the idempotency key of the answer to a leaf request.
func RevealKey(session common.Hash, requestID *big.Int) string {
	return fmt.Sprintf("delib:%s:reveal:%s", session.Hex(), requestID)
}

// answerRequests reveals every open leaf request on the session's claim:
// an unanswered request would reject an honest claim and slash the bond.
func (s *Settler) answerRequests(ctx context.Context, rec *Record) error {
	v, err := s.in.Engine.Session(rec.Session)
	if err != nil {
		return err
	}
	d, err := s.in.Engine.Tally(rec.Session, v.Manifest.Manifest.LastRound())
	if err != nil {
		return err
	}
	if d.Root != rec.Root {
		return fmt.Errorf("deliberation: session %s tally root %s differs from the claimed %s", rec.Session.Hex(), d.Root.Hex(), rec.Root.Hex())
	}
	addr := s.claims.Address()
	id := s.claimID(rec)
	logs, err := s.head.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(rec.SubmitBlock), Addresses: []common.Address{addr},
		Topics: [][]common.Hash{{settlement.ABI.Events["LeafRequested"].ID}, {common.BigToHash(id)}},
	})
	if err != nil {
		return fmt.Errorf("deliberation: read leaf requests of claim %s: %w", id, err)
	}
	for i := range logs {
		ev, err := sbind.UnpackLeafRequestedEvent(&logs[i])
		if err != nil {
			continue
		}
		out, err := s.head.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: sbind.PackRequest(ev.RequestId)}, nil)
		if err != nil {
			return fmt.Errorf("deliberation: read request %s: %w", ev.RequestId, err)
		}
		req, err := sbind.UnpackRequest(out)
		if err != nil {
			return fmt.Errorf("deliberation: decode request %s: %w", ev.RequestId, err)
		}
		if !req.Open || int(ev.Index) >= len(d.Leaves) {
			continue
		}
		p, err := d.Proof(int(ev.Index))
		if err != nil {
			return err
		}
		proof := make([][32]byte, len(p))
		for k := range p {
			proof[k] = p[k]
		}
		key := RevealKey(rec.Session, ev.RequestId)
		data := sbind.PackRevealLeaf(ev.RequestId, settlement.BallotLeaf(&d.Leaves[ev.Index]), proof)
		if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &addr, TxData: data}); err != nil {
			return fmt.Errorf("deliberation: submit reveal of request %s: %w", ev.RequestId, err)
		}
		res, err := s.sender.Wait(ctx, key)
		if err != nil {
			return fmt.Errorf("deliberation: reveal of request %s (%s): %w", ev.RequestId, res.Reason, err)
		}
		s.log.Info("leaf request answered", "session_id", rec.Session.Hex(), "claim_id", rec.ClaimID, "request_id", ev.RequestId.String(), "index", ev.Index, "tx_hash", res.TxHash.Hex())
	}
	return s.put(ctx, rec)
}

// put stores rec and counts its state.
func (s *Settler) put(ctx context.Context, rec *Record) error {
	if err := s.in.Store.PutRecord(ctx, rec); err != nil {
		return err
	}
	s.in.Metrics.RecordSettlement(rec.State)
	return nil
}

// MaxCallbackRetries bounds the settler's retryCallback attempts for a
// finalized claim whose receiver callback failed (one per step); after
// that the record stays undelivered for the operator or anyone to retry.
const MaxCallbackRetries = 3

// RetryKey is the idempotency key of the n-th callback retry (from 1).
func RetryKey(session common.Hash, n int) string {
	return fmt.Sprintf("delib:%s:retry:%d", session.Hex(), n)
}

func (s *Settler) retryCallback(ctx context.Context, rec *Record) error {
	rec.CallbackRetries++
	// Stored first: a crash between here and the intent costs one attempt, never a double send.
	if err := s.put(ctx, rec); err != nil {
		return err
	}
	to := s.claims.Address()
	key := RetryKey(rec.Session, rec.CallbackRetries)
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: sbind.PackRetryCallback(s.claimID(rec))}); err != nil {
		return fmt.Errorf("deliberation: submit callback retry of %s: %w", rec.Session.Hex(), err)
	}
	if _, err := s.sender.Wait(ctx, key); err != nil && !errors.Is(err, txmgr.ErrReverted) && !errors.Is(err, txmgr.ErrFailed) {
		return err
	}
	c, err := s.claims.Claim(ctx, s.claimID(rec))
	if err != nil {
		return err
	}
	rec.Delivered = c.Callback == settlement.CallbackDelivered
	s.log.Info("deliberation callback retried", "session_id", rec.Session.Hex(), "claim_id", rec.ClaimID, "attempt", rec.CallbackRetries, "delivered", rec.Delivered)
	return s.put(ctx, rec)
}
