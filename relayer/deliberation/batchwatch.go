package deliberation

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// Batched claims (ISettlementBatches) commit one SessionHeader per session
// and keep the tallies off chain. The watchtower compares every header of
// another relayer's batch that names a session it holds with the header of
// its own tally of the session's last round:
//   - equal: the batch agrees;
//   - the local tally hashes to the header's result hash (so only the ballot
//     count or outcome lie): it opens the session with that tally, and the
//     contract rejects the batch (Fault BadOutcome);
//   - otherwise it requests the tally (paying the request bond) and keeps a
//     BatchWatch: once the relayer opens the session, the opened claim is
//     judged by Inspect like any claim; if the request's deadline passes
//     unanswered, Step closes it and the batch is rejected.
//
// Transactions go through the Sender with the keys of BatchOpenKey,
// BatchRequestKey and BatchCloseKey.

// BatchOpenKey is the idempotency key of opening session index of a batch.
func BatchOpenKey(batchID fmt.Stringer, index uint8) string {
	return fmt.Sprintf("delib-batch:%s:open:%d", batchID, index)
}

// BatchRequestKey is the idempotency key of requesting the tally of session index of a batch.
func BatchRequestKey(batchID fmt.Stringer, index uint8) string {
	return fmt.Sprintf("delib-batch:%s:request:%d", batchID, index)
}

// BatchCloseKey is the idempotency key of closing the unanswered tally request of session index.
func BatchCloseKey(batchID fmt.Stringer, index uint8) string {
	return fmt.Sprintf("delib-batch:%s:close:%d", batchID, index)
}

// BatchWatch is a batch session whose tally the watchtower requested.
type BatchWatch struct {
	BatchID   string         `json:"batchId"`
	Index     uint8          `json:"index"`
	Relayer   common.Address `json:"relayer"`
	Target    common.Address `json:"target"`
	SubjectID *big.Int       `json:"subjectId"`
	FromBlock uint64         `json:"fromBlock"`
	Done      bool           `json:"done"`
	Outcome   string         `json:"outcome,omitempty"`
}

// PutBatchWatch stores a batch watch.
func (s *Store) PutBatchWatch(ctx context.Context, w *BatchWatch) error {
	data, err := json.Marshal(w)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO batch_watches(batch, idx, record, done) VALUES (?, ?, ?, ?)
		ON CONFLICT(batch, idx) DO UPDATE SET record = excluded.record, done = excluded.done`, w.BatchID, w.Index, data, w.Done)
	if err != nil {
		return fmt.Errorf("deliberation: store watch of session %d of batch %s: %w", w.Index, w.BatchID, err)
	}
	return nil
}

// GetBatchWatch returns the watch of session index of a batch, or nil.
func (s *Store) GetBatchWatch(ctx context.Context, batchID string, index uint8) (*BatchWatch, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT record FROM batch_watches WHERE batch = ? AND idx = ?`, batchID, index).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("deliberation: read watch of session %d of batch %s: %w", index, batchID, err)
	}
	w := &BatchWatch{}
	return w, json.Unmarshal(b, w)
}

// OpenBatchWatches returns the batch watches not done yet, by batch and index.
func (s *Store) OpenBatchWatches(ctx context.Context) ([]*BatchWatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT record FROM batch_watches WHERE done = 0 ORDER BY length(batch), batch, idx`)
	if err != nil {
		return nil, fmt.Errorf("deliberation: read batch watches: %w", err)
	}
	defer rows.Close()
	var out []*BatchWatch
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		w := &BatchWatch{}
		if err := json.Unmarshal(b, w); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// localTally is this relayer's tally of one session and the header it gives.
type localTally struct {
	session common.Hash
	d       *settlement.Deliberation
	header  settlement.SessionHeader
}

type subjectKey struct {
	target  common.Address
	subject string
}

// localSessions indexes the sessions held by (target, subject id): several
// nonces may share one subject.
func (w *Watchtower) localSessions() (map[subjectKey][]common.Hash, error) {
	out := map[subjectKey][]common.Hash{}
	for _, id := range w.in.Engine.Sessions() {
		v, err := w.in.Engine.Session(id)
		if errors.Is(err, ErrUnknownSession) {
			continue
		}
		if err != nil {
			return nil, err
		}
		m := v.Manifest.Manifest
		k := subjectKey{m.Target, m.SubjectID.String()}
		out[k] = append(out[k], id)
	}
	return out, nil
}

// localTallies tallies the last round of each session (as Inspect does: with
// the messages stored so far) and builds its header. Sessions without a
// tally yet (no proposals) are left out.
func (w *Watchtower) localTallies(h settlement.SessionHeader, sessions []common.Hash, log *slog.Logger) []localTally {
	var out []localTally
	for _, sid := range sessions {
		v, err := w.in.Engine.Session(sid)
		if err != nil {
			continue
		}
		d, err := w.in.Engine.TallySoFar(sid, v.Manifest.Manifest.LastRound())
		if err != nil {
			log.Debug("no local tally of the batched session", "session_id", sid.Hex(), "err", err)
			continue
		}
		out = append(out, localTally{session: sid, d: d, header: settlement.Header(h.Target, h.SubjectId, d)})
	}
	return out
}

func sameHeader(a, b settlement.SessionHeader) bool {
	return a.Target == b.Target && bigEq(a.SubjectId, b.SubjectId) && a.Root == b.Root && a.ResultHash == b.ResultHash &&
		a.BallotCount == b.BallotCount && a.Winner == b.Winner && bigEq(a.Conviction, b.Conviction)
}

func bigEq(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Cmp(b) == 0
}

// batchAction is what the watchtower does about one session of a batch.
type batchAction int

const (
	actNone    batchAction = iota // not ours, or agrees
	actOpen                       // our tally hashes to the header's: open it
	actRequest                    // another tally: request it
)

// InspectBatch judges every session of a BatchSubmitted event and returns a
// verdict per header, in order: ignored (not a session held here, or this
// relayer's own batch), agrees, challenged (the session was opened with the
// local tally and the batch rejected, or the batch was rejected because of
// another of its sessions), requested (its tally was requested; Step follows
// up), or unprovable. Redelivering the event sends nothing new.
func (w *Watchtower) InspectBatch(ctx context.Context, ev *settlement.BatchSubmitted) ([]Verdict, error) {
	vs, err := w.inspectBatch(ctx, ev)
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		w.in.Metrics.RecordVerdict(v)
	}
	return vs, nil
}

func (w *Watchtower) inspectBatch(ctx context.Context, ev *settlement.BatchSubmitted) ([]Verdict, error) {
	vs := make([]Verdict, len(ev.Headers))
	for i := range vs {
		vs[i] = VerdictIgnored
	}
	if ev.Relayer == w.sender.Account() || len(ev.Headers) == 0 {
		return vs, nil
	}
	log := w.log.With("batch_id", ev.BatchId.String(), "relayer", ev.Relayer.Hex())
	bc := w.claims
	held, err := w.localSessions()
	if err != nil {
		return nil, err
	}
	acts := make([]batchAction, len(ev.Headers))
	results := make([][]byte, len(ev.Headers))
	differ := false
	for i, h := range ev.Headers {
		if h.SubjectId == nil {
			continue
		}
		sessions := held[subjectKey{h.Target, h.SubjectId.String()}]
		if len(sessions) == 0 {
			continue
		}
		locals := w.localTallies(h, sessions, log)
		if len(locals) == 0 {
			log.Warn("batched session held here has no local tally", "index", i, "subject_id", h.SubjectId.String())
			vs[i] = VerdictUnprovable
			continue
		}
		vs[i] = VerdictAgrees
		for _, l := range locals {
			if sameHeader(l.header, h) {
				acts[i], results[i] = actNone, nil
				// The settler leaves the session to this batch while it is pending.
				if err := w.in.Store.PutForeignBatch(ctx, ForeignBatch{Session: l.session, BatchID: ev.BatchId, Relayer: ev.Relayer,
					Root: h.Root, ResultHash: h.ResultHash}); err != nil {
					return nil, err
				}
				break
			}
			if crypto.Keccak256Hash(l.d.Result) == common.Hash(h.ResultHash) {
				acts[i], results[i] = actOpen, l.d.Result
			} else if acts[i] == actNone {
				acts[i] = actRequest
			}
		}
		if acts[i] != actNone {
			differ = true
			log.Warn("batched session differs from the local tally", "index", i, "subject_id", h.SubjectId.String(),
				"claimed_result_hash", common.Hash(h.ResultHash).Hex(), "local_result_hash", crypto.Keccak256Hash(locals[0].d.Result).Hex(),
				"claimed_ballots", h.BallotCount, "local_ballots", locals[0].header.BallotCount)
		}
	}
	if !differ {
		return vs, nil
	}
	b, err := bc.Batch(ctx, ev.BatchId)
	if err != nil {
		return nil, err
	}
	if b.Status != settlement.StatusPending {
		// Rejected already (a redelivered event, or another watchtower), or
		// final: nothing to send.
		for i, a := range acts {
			if a != actNone {
				vs[i] = VerdictIgnored
				if b.Status == settlement.StatusFinalized {
					vs[i] = VerdictUnprovable
				}
			}
		}
		log.Info("batch with wrong sessions is no longer pending", "status", b.Status.String())
		return vs, nil
	}
	// Opening with the local tally rejects the batch in one transaction:
	// try that before paying for any request.
	for i, a := range acts {
		if a != actOpen {
			continue
		}
		v, rejected, err := w.openBatchSession(ctx, bc, ev, uint8(i), results[i], log)
		if err != nil {
			return nil, err
		}
		vs[i] = v
		if rejected {
			for j, a := range acts {
				if a != actNone && j != i {
					vs[j] = VerdictChallenged
				}
			}
			return vs, nil
		}
	}
	if w.chain == nil {
		// Without a chain reader Step cannot follow requests up.
		for i, a := range acts {
			if a == actRequest {
				vs[i] = VerdictUnprovable
			}
		}
		return vs, nil
	}
	var bond *big.Int
	for i, a := range acts {
		if a != actRequest {
			continue
		}
		if bond == nil {
			cfg, err := bc.Config(ctx)
			if err != nil {
				return nil, err
			}
			bond = cfg.RequestBond
		}
		v, err := w.requestBatchTally(ctx, bc, ev, uint8(i), bond, log)
		if err != nil {
			return nil, err
		}
		vs[i] = v
	}
	return vs, nil
}

// openBatchSession opens session index with the local tally, whose hash is
// the header's. A header whose ballot count or outcome contradict it has the
// batch rejected (challenged); otherwise the session became a claim, judged
// at once by inspect.
func (w *Watchtower) openBatchSession(ctx context.Context, bc Claims, ev *settlement.BatchSubmitted, index uint8, result []byte, log *slog.Logger) (Verdict, bool, error) {
	to := w.claims.Address()
	key := BatchOpenKey(ev.BatchId, index)
	log = log.With("index", index, "intent_key", key)
	log.Warn("opening a batched session with the local tally")
	data := bbind.PackOpenSession(ev.BatchId, ev.Headers, index, result)
	if _, err := w.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: data}); err != nil {
		return "", false, fmt.Errorf("deliberation: submit opening of session %d of batch %s: %w", index, ev.BatchId, err)
	}
	res, werr := w.sender.Wait(ctx, key)
	if werr != nil && !txmgr.Failed(werr) {
		return "", false, fmt.Errorf("deliberation: opening of session %d of batch %s: %w", index, ev.BatchId, werr)
	}
	if werr != nil {
		log.Warn("opening the batched session failed", "reason", res.Reason, "err", werr)
	}
	b, err := bc.Batch(ctx, ev.BatchId)
	if err != nil {
		return "", false, err
	}
	switch {
	case b.Status == settlement.StatusRejected && werr == nil:
		log.Info("batch with a wrong outcome rejected", "tx_hash", res.TxHash.Hex())
		return VerdictChallenged, true, nil
	case b.Status == settlement.StatusRejected:
		return VerdictIgnored, true, nil
	case b.Opened(int(index)):
		// Opened (by us or someone else): a claim now, judged as any claim.
		return w.inspectOpened(ctx, bc, ev.BatchId, index, eventBlock(ev))
	}
	return VerdictUnprovable, false, nil
}

// inspectOpened judges the claim session index of a batch was opened as.
func (w *Watchtower) inspectOpened(ctx context.Context, bc Claims, batchID *big.Int, index uint8, from uint64) (Verdict, bool, error) {
	claimID, err := bc.SessionClaim(ctx, batchID, index)
	if err != nil {
		return "", false, err
	}
	sub, err := bc.Submission(ctx, claimID, from)
	if err != nil {
		return "", false, err
	}
	v, err := w.inspect(ctx, sub)
	if err != nil {
		return "", false, err
	}
	b, err := bc.Batch(ctx, batchID)
	if err != nil {
		return "", false, err
	}
	return v, b.Status == settlement.StatusRejected, nil
}

// requestBatchTally requests the tally of session index (unless a request is
// open already) and stores a watch for Step.
func (w *Watchtower) requestBatchTally(ctx context.Context, bc Claims, ev *settlement.BatchSubmitted, index uint8, bond *big.Int, log *slog.Logger) (Verdict, error) {
	id := ev.BatchId.String()
	if existing, err := w.in.Store.GetBatchWatch(ctx, id, index); err != nil || existing != nil {
		return VerdictRequested, err
	}
	key := BatchRequestKey(ev.BatchId, index)
	log = log.With("index", index, "intent_key", key)
	q, err := bc.TallyRequestOf(ctx, ev.BatchId, index)
	if err != nil {
		return "", err
	}
	me := w.sender.Account()
	if q.Requester != (common.Address{}) && q.Requester != me {
		log.Info("tally already requested by another account: following it", "requester", q.Requester.Hex())
	} else {
		to := w.claims.Address()
		log.Warn("requesting the tally of a batched session", "bond", bond.String())
		if _, err := w.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: bbind.PackRequestTally(ev.BatchId, index), Value: bond}); err != nil {
			return "", fmt.Errorf("deliberation: submit tally request of session %d of batch %s: %w", index, ev.BatchId, err)
		}
		res, err := w.sender.Wait(ctx, key)
		if err != nil && !txmgr.Failed(err) {
			return "", fmt.Errorf("deliberation: tally request of session %d of batch %s: %w", index, ev.BatchId, err)
		}
		if err != nil {
			// Past the batch's deadline, opened meanwhile, or out of funds.
			b, berr := bc.Batch(ctx, ev.BatchId)
			if berr != nil {
				return "", berr
			}
			if !b.Opened(int(index)) {
				log.Warn("tally request failed", "reason", res.Reason, "err", err)
				return VerdictUnprovable, nil
			}
			// Opened before our request landed: Step judges the claim.
		}
	}
	wa := &BatchWatch{BatchID: id, Index: index, Relayer: ev.Relayer, Target: ev.Headers[index].Target,
		SubjectID: ev.Headers[index].SubjectId, FromBlock: eventBlock(ev)}
	return VerdictRequested, w.in.Store.PutBatchWatch(ctx, wa)
}

// stepBatches advances every open batch watch (from Step).
func (w *Watchtower) stepBatches(ctx context.Context) error {
	bc := w.claims
	if w.chain == nil {
		return nil
	}
	watches, err := w.in.Store.OpenBatchWatches(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, wa := range watches {
		if err := w.progressBatch(ctx, bc, wa); err != nil {
			errs = append(errs, fmt.Errorf("session %d of batch %s: %w", wa.Index, wa.BatchID, err))
		}
	}
	return errors.Join(errs...)
}

// progressBatch finishes a watch once the batch is no longer pending, judges
// the session's claim once it was opened, and closes the request once its
// deadline passed unanswered (rejecting the batch).
func (w *Watchtower) progressBatch(ctx context.Context, bc Claims, wa *BatchWatch) error {
	id, ok := new(big.Int).SetString(wa.BatchID, 10)
	if !ok {
		return fmt.Errorf("deliberation: bad batch id %q in the store", wa.BatchID)
	}
	log := w.log.With("batch_id", wa.BatchID, "index", wa.Index, "relayer", wa.Relayer.Hex())
	finish := func(outcome string) error {
		wa.Done, wa.Outcome = true, outcome
		log.Info("batch watch done", "outcome", outcome)
		return w.in.Store.PutBatchWatch(ctx, wa)
	}
	b, err := bc.Batch(ctx, id)
	if err != nil {
		return err
	}
	if b.Status != settlement.StatusPending {
		return finish("batch " + b.Status.String())
	}
	if b.Opened(int(wa.Index)) {
		// The ClaimSubmitted event reaches Inspect too, which counts the
		// verdict; both are idempotent, so this one is not counted again.
		v, _, err := w.inspectOpened(ctx, bc, id, wa.Index, wa.FromBlock)
		if err != nil {
			return err
		}
		return finish("opened: " + string(v))
	}
	q, err := bc.TallyRequestOf(ctx, id, wa.Index)
	if err != nil {
		return err
	}
	if q.Requester == (common.Address{}) {
		return finish("no tally request open")
	}
	h, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if h.Time <= q.Deadline {
		return nil
	}
	to := w.claims.Address()
	key := BatchCloseKey(id, wa.Index)
	if _, err := w.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: bbind.PackCloseTallyRequest(id, wa.Index)}); err != nil {
		return fmt.Errorf("deliberation: submit closing of the tally request: %w", err)
	}
	res, err := w.sender.Wait(ctx, key)
	if err != nil {
		return fmt.Errorf("deliberation: close the tally request (%s): %w", res.Reason, err)
	}
	log.Warn("unanswered tally request closed", "tx_hash", res.TxHash.Hex(), "intent_key", key)
	if b, err = bc.Batch(ctx, id); err != nil {
		return err
	}
	if b.Status != settlement.StatusPending {
		return finish("unanswered: batch " + b.Status.String())
	}
	return nil
}

// eventBlock is the block of the event's log (0 if unknown: logs are then
// searched from the genesis).
func eventBlock(ev *settlement.BatchSubmitted) uint64 {
	if ev.Raw == nil {
		return 0
	}
	return ev.Raw.BlockNumber
}
