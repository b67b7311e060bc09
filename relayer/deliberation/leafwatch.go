package deliberation

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/merkle"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// MaxLeafRequests is the largest claim (in ballots) whose leaves the
// watchtower requests, each for the claim's request bond, when the claim's
// tree differs from the local one.
const MaxLeafRequests = 16

// WatchChain is what the watchtower reads to audit revealed leaves: logs,
// request views, the head, and reveal transactions (for their proofs).
type WatchChain interface {
	ChainReader
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Watch is a claim whose leaves the watchtower requested.
type Watch struct {
	ClaimID   string      `json:"claimId"`
	Session   common.Hash `json:"session"`
	Result    []byte      `json:"result"`
	FromBlock uint64      `json:"fromBlock"`
	Done      bool        `json:"done"`
	Outcome   string      `json:"outcome,omitempty"`
}

// PutWatch stores a watch.
func (s *Store) PutWatch(ctx context.Context, w *Watch) error {
	data, err := json.Marshal(w)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO watches(claim, record, done) VALUES (?, ?, ?)
		ON CONFLICT(claim) DO UPDATE SET record = excluded.record, done = excluded.done`, w.ClaimID, data, w.Done)
	if err != nil {
		return fmt.Errorf("deliberation: store watch of claim %s: %w", w.ClaimID, err)
	}
	return nil
}

// OpenWatches returns the watches not done yet.
func (s *Store) OpenWatches(ctx context.Context) ([]*Watch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT record FROM watches WHERE done = 0 ORDER BY claim`)
	if err != nil {
		return nil, fmt.Errorf("deliberation: read watches: %w", err)
	}
	defer rows.Close()
	var out []*Watch
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		w := &Watch{}
		if err := json.Unmarshal(b, w); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// GetWatch returns the watch of a claim, or nil.
func (s *Store) GetWatch(ctx context.Context, claimID string) (*Watch, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT record FROM watches WHERE claim = ?`, claimID).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	w := &Watch{}
	return w, json.Unmarshal(b, w)
}

// RequestKey is the idempotency key of the watchtower's request for leaf i of a claim.
func RequestKey(session common.Hash, claimID fmt.Stringer, i uint32) string {
	return fmt.Sprintf("delib:%s:request:%s:%d", session.Hex(), claimID, i)
}

// CloseKey is the idempotency key of closing an unanswered request.
func CloseKey(session common.Hash, requestID fmt.Stringer) string {
	return fmt.Sprintf("delib:%s:close:%s", session.Hex(), requestID)
}

func (w *Watchtower) requestLeaves(ctx context.Context, sid common.Hash, sub *settlement.Submitted, t *settlement.Tally, log *slog.Logger) (Verdict, error) {
	key := sub.ClaimId.String()
	if existing, err := w.in.Store.GetWatch(ctx, key); err != nil || existing != nil {
		return VerdictRequested, err
	}
	c, err := w.claims.Claim(ctx, sub.ClaimId)
	if err != nil {
		return "", err
	}
	if c.Status != settlement.StatusPending {
		return VerdictUnprovable, nil
	}
	to := w.claims.Address()
	log.Warn("claim's tree differs from the local one: requesting its leaves", "ballots", t.BallotCount, "claimed_root", common.Hash(sub.Root).Hex())
	for i := uint32(0); i < t.BallotCount; i++ {
		k := RequestKey(sid, sub.ClaimId, i)
		if _, err := w.sender.Submit(ctx, k, txmgr.TxCandidate{To: &to, TxData: sbind.PackRequestLeaf(sub.ClaimId, i), Value: c.RequestBond}); err != nil {
			return "", fmt.Errorf("deliberation: request leaf %d of claim %s: %w", i, sub.ClaimId, err)
		}
		if res, err := w.sender.Wait(ctx, k); err != nil {
			// Past the claim's challenge end, or out of funds: audit what was requested.
			log.Warn("leaf request failed", "index", i, "reason", res.Reason, "err", err)
			break
		}
	}
	wa := &Watch{ClaimID: key, Session: sid, Result: sub.Result, FromBlock: sub.Raw.BlockNumber}
	return VerdictRequested, w.in.Store.PutWatch(ctx, wa)
}

// Step advances every open watch: it closes requests left unanswered past
// their deadline (rejecting the claim) and, once every leaf is revealed,
// audits them and challenges a fault with the proofs the revealer gave.
// It then advances the batch watches (tally requests, batchwatch.go).
func (w *Watchtower) Step(ctx context.Context) error {
	if w.chain == nil {
		return nil
	}
	watches, err := w.in.Store.OpenWatches(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, wa := range watches {
		if err := w.progress(ctx, wa); err != nil {
			errs = append(errs, fmt.Errorf("claim %s: %w", wa.ClaimID, err))
		}
	}
	errs = append(errs, w.stepBatches(ctx)) // batchwatch.go
	return errors.Join(errs...)
}

type revealed struct {
	leaf  merkle.BallotLeaf
	proof []common.Hash
}

func (w *Watchtower) progress(ctx context.Context, wa *Watch) error {
	id, _ := new(big.Int).SetString(wa.ClaimID, 10)
	log := w.log.With("session_id", wa.Session.Hex(), "claim_id", wa.ClaimID)
	finish := func(outcome string) error {
		wa.Done, wa.Outcome = true, outcome
		log.Info("leaf watch done", "outcome", outcome)
		return w.in.Store.PutWatch(ctx, wa)
	}
	c, err := w.claims.Claim(ctx, id)
	if err != nil {
		return err
	}
	if c.Status != settlement.StatusPending {
		return finish("claim " + c.Status.String())
	}
	t, err := settlement.DecodeTally(wa.Result)
	if err != nil {
		return finish("undecodable result")
	}
	addr := w.claims.Address()
	q := func(event string) ethereum.FilterQuery {
		return ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(wa.FromBlock), Addresses: []common.Address{addr},
			Topics: [][]common.Hash{{settlement.ABI.Events[event].ID}, {common.BigToHash(id)}}}
	}
	revLogs, err := w.chain.FilterLogs(ctx, q("LeafRevealed"))
	if err != nil {
		return err
	}
	byIndex := map[uint32]revealed{}
	reveal := settlement.ABI.Methods["revealLeaf"]
	for i := range revLogs {
		ev, err := sbind.UnpackLeafRevealedEvent(&revLogs[i])
		if err != nil {
			continue
		}
		tx, _, err := w.chain.TransactionByHash(ctx, revLogs[i].TxHash)
		if err != nil {
			return err
		}
		data := tx.Data()
		if len(data) < 4 || common.Bytes2Hex(data[:4]) != common.Bytes2Hex(reveal.ID) {
			continue // revealed through another contract: no proof to reuse
		}
		args, err := reveal.Inputs.Unpack(data[4:])
		if err != nil || len(args) != 3 {
			continue
		}
		raw, ok := args[2].([][32]byte)
		if !ok {
			continue
		}
		proof := make([]common.Hash, len(raw))
		for k := range raw {
			proof[k] = raw[k]
		}
		l := ev.Leaf
		byIndex[l.Index] = revealed{leaf: merkle.BallotLeaf{Index: l.Index, Voter: l.Voter, Votes: l.Votes, Cumulative: l.Cumulative, R: l.R, S: l.S, V: l.V}, proof: proof}
	}
	if uint32(len(byIndex)) < t.BallotCount {
		return w.closeExpired(ctx, wa, id, byIndex, log)
	}
	d := &settlement.Deliberation{Tally: t, Result: wa.Result}
	for i := uint32(0); i < t.BallotCount; i++ {
		d.Leaves = append(d.Leaves, byIndex[i].leaf)
	}
	v, err := w.in.Engine.Session(wa.Session)
	if err != nil {
		return err
	}
	sess := v.Manifest.Manifest.Settlement(w.in.Engine.Domain(), t.Round)
	f := settlement.Audit(sess, d)
	if f == nil || f.Evidence == settlement.EvidenceMissing {
		return finish("no provable fault in the revealed leaves")
	}
	sub := &settlement.Submitted{ClaimId: id, Result: wa.Result}
	data, err := challengeDataWith(sub, d, f, func(i int) ([]common.Hash, error) { return byIndex[uint32(i)].proof, nil })
	if err != nil {
		return err
	}
	if _, err := w.sendChallenge(ctx, wa.Session, sub, data, f, log); err != nil {
		return err
	}
	w.in.Metrics.RecordVerdict(VerdictChallenged)
	return finish("challenged: " + f.String())
}

// closeExpired closes this watchtower's requests that are open past their deadline.
func (w *Watchtower) closeExpired(ctx context.Context, wa *Watch, id *big.Int, got map[uint32]revealed, log *slog.Logger) error {
	addr := w.claims.Address()
	logs, err := w.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(wa.FromBlock), Addresses: []common.Address{addr},
		Topics: [][]common.Hash{{settlement.ABI.Events["LeafRequested"].ID}, {common.BigToHash(id)}}})
	if err != nil {
		return err
	}
	h, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	for i := range logs {
		ev, err := sbind.UnpackLeafRequestedEvent(&logs[i])
		if err != nil || ev.Requester != w.sender.Account() {
			continue
		}
		if _, ok := got[ev.Index]; ok || h.Time <= ev.Deadline {
			continue
		}
		key := CloseKey(wa.Session, ev.RequestId)
		if _, err := w.sender.Submit(ctx, key, txmgr.TxCandidate{To: &addr, TxData: sbind.PackCloseRequest(ev.RequestId)}); err != nil {
			return err
		}
		res, err := w.sender.Wait(ctx, key)
		if err != nil {
			return fmt.Errorf("deliberation: close request %s (%s): %w", ev.RequestId, res.Reason, err)
		}
		log.Warn("unanswered leaf request closed", "request_id", ev.RequestId.String(), "index", ev.Index, "tx_hash", res.TxHash.Hex())
		return nil // the claim is rejected now; the next step finishes the watch
	}
	return nil
}
