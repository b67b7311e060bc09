package deliberation

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	settlementbind "github.com/dip-market/dip/bindings/settlement"
	batchbind "github.com/dip-market/dip/bindings/settlementbatches"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/settlement"
)

// Sender sends intents with idempotency keys (txmgr.Sender; *txmgr.Manager
// satisfies it).
type Sender = txmgr.Sender

// Claims reads Settlement state (claims, batches, their events); *settlement.Settlement
// satisfies it.
type Claims interface {
	Address() common.Address
	Claim(ctx context.Context, id *big.Int) (*settlement.Claim, error)
	Batch(ctx context.Context, id *big.Int) (*settlement.Batch, error)
	SessionClaim(ctx context.Context, id *big.Int, index uint8) (*big.Int, error)
	TallyRequestOf(ctx context.Context, id *big.Int, index uint8) (settlement.TallyRequest, error)
	FailedCallbacks(ctx context.Context, id *big.Int) (*big.Int, error)
	Config(ctx context.Context) (settlement.Config, error)
	Submission(ctx context.Context, id *big.Int, from uint64) (*settlement.Submitted, error)
}

// HeadReader reads the chain head (its timestamp gates finalization).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ChainReader is what the settler reads from the chain: the head, the logs
// of its batches and leaf requests, and the request views. An
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

var (
	sbind = settlementbind.NewSettlement()
	bbind = batchbind.NewSettlementBatches()
)

// Batching defaults: sessions closing within one step share a batch of up
// to DefaultBatchSize sessions.
const (
	DefaultBatchSize = 32
	DefaultBatchWait = 0
)

// BatchKey is the idempotency key of a batch's submit intent; the batch's
// other intents extend it (":open:<i>", ":finalize", ":retry:<i>:<n>").
func BatchKey(sessions []common.Hash) string {
	var b []byte
	for _, s := range sessions {
		b = append(b, s[:]...)
	}
	return "delib-batch:" + crypto.Keccak256Hash(b).Hex()
}

// Settler drives each session from its last round's close to a finalized
// batch claim: the tally is recorded (queued), queued sessions are grouped
// into a batch of up to BatchSize sessions (waiting at most BatchWait for
// company), the batch is claimed (key BatchKey), tally and leaf requests are
// answered, the batch is finalized after its challenge window and each
// session's callback outcome recorded. Every state is stored before the
// intent it leads to, a batch's members are stored together, and intents
// are idempotent, so a restart resumes where it stopped.
type Settler struct {
	in     *Ingest
	sender Sender
	claims Claims
	head   ChainReader
	log    *slog.Logger
	// catchUp, when set, must report the session's close caught up before
	// the tally is recorded (WaitForCatchUp).
	catchUp   CatchUp
	batchSize int
	batchWait time.Duration
	// built keeps the tally queue built for a session until its batch is
	// submitted, so a session closing alone is built once, not twice (at
	// 1,000 ballots a build takes a tenth of a second).
	built map[common.Hash]*settlement.Deliberation
}

// NewSettler returns a settler for the sessions of in.
func NewSettler(in *Ingest, sender Sender, claims Claims, head ChainReader, log *slog.Logger) *Settler {
	if log == nil {
		log = slog.Default()
	}
	return &Settler{in: in, sender: sender, claims: claims, head: head, log: log, batchSize: DefaultBatchSize, batchWait: DefaultBatchWait,
		built: map[common.Hash]*settlement.Deliberation{}}
}

// SetBatching sets the most sessions per batch (1..settlement.MaxBatchSessions)
// and how long the oldest queued session waits for others (by the ingest
// clock) before a smaller batch is sent. Call it before the first Step.
func (s *Settler) SetBatching(size int, wait time.Duration) error {
	if size < 1 || size > settlement.MaxBatchSessions || wait < 0 {
		return fmt.Errorf("deliberation: batch size %d must be 1..%d and the wait %s not negative", size, settlement.MaxBatchSessions, wait)
	}
	s.batchSize, s.batchWait = size, wait
	return nil
}

// WaitForCatchUp makes the settler wait, after a session's last round
// closed, until c reports every message received before the close ingested
// (NATSIngest.CaughtUp) before it records and claims the tally. Call it
// before the first Step.
func (s *Settler) WaitForCatchUp(c CatchUp) { s.catchUp = c }

// Step queues every session whose last round closed, forms batches and
// advances every batch by at most one transaction each, blocking while an
// intent is in flight. Run it on a ticker; tests call it directly.
func (s *Settler) Step(ctx context.Context) error {
	var errs []error
	for _, id := range s.in.Engine.Sessions() {
		if err := s.queue(ctx, id); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(append(errs, s.advanceBatches(ctx))...)
}

// Advance queues one session if its last round closed, then forms and
// advances batches as Step does.
func (s *Settler) Advance(ctx context.Context, id common.Hash) error {
	if err := s.queue(ctx, id); err != nil {
		return err
	}
	return s.advanceBatches(ctx)
}

// queue records the tally of a session whose last round closed.
func (s *Settler) queue(ctx context.Context, id common.Hash) error {
	rec, err := s.in.Store.GetRecord(ctx, id)
	if err != nil || rec != nil {
		return err
	}
	v, err := s.in.Engine.Session(id)
	if err != nil {
		return err
	}
	m := v.Manifest.Manifest
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
	rec = &Record{Session: id, QueuedAt: s.in.Engine.Now().Unix()}
	d, err := s.in.Engine.Tally(id, m.LastRound())
	if err != nil {
		rec.State, rec.Reason = StateFailed, err.Error()
		s.log.Warn("deliberation cannot be claimed", "session_id", id.Hex(), "err", err)
		return s.put(ctx, rec)
	}
	rec.State, rec.Root, rec.ResultHash = StateQueued, d.Root, crypto.Keccak256Hash(d.Result)
	s.built[id] = d
	return s.put(ctx, rec)
}

// advanceBatches forms a batch from queued sessions when it is time, then
// advances every batch in flight.
func (s *Settler) advanceBatches(ctx context.Context) error {
	recs, err := s.records(ctx)
	if err != nil {
		return err
	}
	// form updates the records it batches in place (and stores them).
	if err := s.form(ctx, recs); err != nil {
		return err
	}
	groups := map[string][]*Record{}
	var keys []string
	done := map[string]bool{}
	for _, r := range recs {
		if r.BatchKey == "" {
			continue
		}
		if _, ok := groups[r.BatchKey]; !ok {
			keys = append(keys, r.BatchKey)
			done[r.BatchKey] = true
		}
		groups[r.BatchKey] = append(groups[r.BatchKey], r)
		done[r.BatchKey] = done[r.BatchKey] && r.Terminal()
	}
	sort.Strings(keys)
	var errs []error
	for _, k := range keys {
		if done[k] {
			continue
		}
		members := groups[k]
		sort.Slice(members, func(i, j int) bool { return members[i].Index < members[j].Index })
		if err := s.advanceBatch(ctx, members); err != nil {
			errs = append(errs, fmt.Errorf("deliberation: batch %s: %w", k, err))
		}
	}
	return errors.Join(errs...)
}

// records returns the settlement records of every known session.
func (s *Settler) records(ctx context.Context) ([]*Record, error) {
	var out []*Record
	for _, id := range s.in.Engine.Sessions() {
		r, err := s.in.Store.GetRecord(ctx, id)
		if err != nil {
			return nil, err
		}
		if r != nil {
			out = append(out, r)
		}
	}
	return out, nil
}

// form groups queued sessions into a batch once BatchSize are queued or the
// oldest waited BatchWait, and stores the members together.
func (s *Settler) form(ctx context.Context, recs []*Record) error {
	var queued []*Record
	for _, r := range recs {
		if r.State != StateQueued {
			continue
		}
		elsewhere, err := s.settledElsewhere(ctx, r)
		if err != nil {
			return err
		}
		if !elsewhere {
			queued = append(queued, r)
		}
	}
	if len(queued) == 0 {
		return nil
	}
	sort.Slice(queued, func(i, j int) bool {
		if queued[i].QueuedAt != queued[j].QueuedAt {
			return queued[i].QueuedAt < queued[j].QueuedAt
		}
		return queued[i].Session.Cmp(queued[j].Session) < 0
	})
	size, err := s.fitting(ctx)
	if err != nil {
		return err
	}
	oldest := time.Unix(queued[0].QueuedAt, 0)
	if len(queued) < size && s.in.Engine.Now().Before(oldest.Add(s.batchWait)) {
		return nil
	}
	members := queued[:min(len(queued), size)]
	sort.Slice(members, func(i, j int) bool { return members[i].Session.Cmp(members[j].Session) < 0 })
	ids := make([]common.Hash, len(members))
	for i, r := range members {
		ids[i] = r.Session
	}
	key := BatchKey(ids)
	for i, r := range members {
		r.State, r.BatchKey, r.Index = StateSubmitting, key, i
	}
	s.log.Info("deliberation batch formed", "intent_key", key, "sessions", len(members))
	return s.putAll(ctx, members)
}

// settledElsewhere reports whether a queued session is left to another
// relayer's batch that the watchtower saw carrying this relayer's own header
// of it (same root and tally): while that batch is pending the session waits;
// once it finalized the session is recorded failed ("settled by batch N of
// relayer X"), with no transaction; a rejected one is disregarded. Without the
// watchtower nothing is recorded and every relayer settles what it holds.
func (s *Settler) settledElsewhere(ctx context.Context, r *Record) (bool, error) {
	fbs, err := s.in.Store.ForeignBatches(ctx, r.Session)
	if err != nil || len(fbs) == 0 {
		return false, err
	}
	for _, fb := range fbs {
		if fb.Root != r.Root || fb.ResultHash != r.ResultHash {
			continue
		}
		b, err := s.claims.Batch(ctx, fb.BatchID)
		if err != nil {
			return false, err
		}
		switch b.Status {
		case settlement.StatusPending:
			s.log.Debug("deliberation claim waits: another relayer's batch carries the same tally", "session_id", r.Session.Hex(), "batch_id", fb.BatchID.String(), "relayer", fb.Relayer.Hex())
			return true, nil
		case settlement.StatusFinalized:
			r.State, r.Reason = StateFailed, fmt.Sprintf("settled by batch %s of relayer %s", fb.BatchID, fb.Relayer.Hex())
			delete(s.built, r.Session)
			s.log.Info("deliberation not claimed: another relayer's batch settled the same tally", "session_id", r.Session.Hex(), "batch_id", fb.BatchID.String(), "relayer", fb.Relayer.Hex())
			return true, s.put(ctx, r)
		}
	}
	return false, nil
}

// fitting is the batch size, lowered to what the Settlement accepts: the
// sessions' callbacks must fit one transaction (MaxBatchCallbackGas).
func (s *Settler) fitting(ctx context.Context) (int, error) {
	cfg, err := s.claims.Config(ctx)
	if err != nil {
		return 0, err
	}
	if cfg.CallbackGasLimit == 0 {
		return s.batchSize, nil
	}
	return max(1, min(s.batchSize, int(settlement.MaxBatchCallbackGas/uint64(cfg.CallbackGasLimit)))), nil
}

// member is a batch member with its tally rebuilt from the stored messages.
type member struct {
	rec    *Record
	d      *settlement.Deliberation
	header settlement.SessionHeader
}

// members rebuilds the tallies and headers of a batch's members, checking
// each against the root recorded when it was queued.
func (s *Settler) members(recs []*Record) ([]member, []settlement.SessionHeader, error) {
	out := make([]member, len(recs))
	headers := make([]settlement.SessionHeader, len(recs))
	for i, r := range recs {
		v, err := s.in.Engine.Session(r.Session)
		if err != nil {
			return nil, nil, err
		}
		m := v.Manifest.Manifest
		d := s.built[r.Session]
		if d == nil {
			if d, err = s.in.Engine.Tally(r.Session, m.LastRound()); err != nil {
				return nil, nil, err
			}
		}
		if d.Root != r.Root {
			return nil, nil, fmt.Errorf("deliberation: session %s tally root %s differs from the stored %s", r.Session.Hex(), d.Root.Hex(), r.Root.Hex())
		}
		out[i] = member{rec: r, d: d, header: settlement.Header(m.Target, m.SubjectID, d)}
		headers[i] = out[i].header
	}
	return out, headers, nil
}

func (s *Settler) advanceBatch(ctx context.Context, recs []*Record) error {
	switch recs[0].State {
	case StateSubmitting:
		return s.submit(ctx, recs)
	case StateClaimed:
		return s.watch(ctx, recs)
	case StateFinalizing:
		return s.finalize(ctx, recs)
	case StateFinalized:
		return s.retryCallbacks(ctx, recs)
	}
	return nil
}

func (s *Settler) submit(ctx context.Context, recs []*Record) error {
	ms, headers, err := s.members(recs)
	if err != nil {
		return err
	}
	to := s.claims.Address()
	key := recs[0].BatchKey
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: bbind.PackSubmitBatch(headers)}); err != nil {
		return fmt.Errorf("submit batch: %w", err)
	}
	res, err := s.sender.Wait(ctx, key)
	if txmgr.Failed(err) {
		for _, r := range recs {
			r.State, r.SubmitTx, r.Reason = StateFailed, res.TxHash, fmt.Sprintf("batch claim %s: %s", res.State, res.Reason)
			delete(s.built, r.Session)
		}
		s.log.Warn("deliberation batch claim failed", "intent_key", key, "tx_hash", res.TxHash.Hex(), "reason", res.Reason)
		return s.putAll(ctx, recs)
	}
	if err != nil {
		return err
	}
	ev, err := s.findBatch(ctx, res.BlockNumber, settlement.HeadersHash(headers))
	if err != nil {
		return err
	}
	for _, m := range ms {
		r := m.rec
		r.State, r.BatchID, r.Deadline, r.SubmitTx, r.SubmitBlock = StateClaimed, ev.BatchId.String(), ev.Deadline, res.TxHash, res.BlockNumber
		delete(s.built, r.Session)
	}
	s.log.Info("deliberation batch claimed", "intent_key", key, "batch_id", ev.BatchId.String(), "sessions", len(recs), "tx_hash", res.TxHash.Hex(), "deadline", ev.Deadline)
	return s.putAll(ctx, recs)
}

// findBatch finds our BatchSubmitted event with the given headers in block n.
func (s *Settler) findBatch(ctx context.Context, n uint64, headersHash common.Hash) (*settlement.BatchSubmitted, error) {
	block := new(big.Int).SetUint64(n)
	logs, err := s.head.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: block, ToBlock: block, Addresses: []common.Address{s.claims.Address()},
		Topics: [][]common.Hash{{settlement.BatchSubmittedTopic}, nil, {common.BytesToHash(s.sender.Account().Bytes())}},
	})
	if err != nil {
		return nil, fmt.Errorf("read the batch event of block %d: %w", n, err)
	}
	for i := range logs {
		ev, err := settlement.UnpackBatchSubmitted(&logs[i])
		if err == nil && settlement.HeadersHash(ev.Headers) == headersHash {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("%w: no BatchSubmitted of ours with these headers in block %d", settlement.ErrNoEvent, n)
}

func batchID(r *Record) *big.Int {
	id, _ := new(big.Int).SetString(r.BatchID, 10)
	return id
}

// watch follows a claimed batch: it records a rejection or someone else's
// finalization, opens sessions whose tally was requested, answers leaf
// requests on opened sessions, and finalizes once every window closed.
func (s *Settler) watch(ctx context.Context, recs []*Record) error {
	id := batchID(recs[0])
	b, err := s.claims.Batch(ctx, id)
	if err != nil {
		return err
	}
	switch b.Status {
	case settlement.StatusRejected:
		for _, r := range recs {
			r.State, r.Reason = StateRejected, "batch rejected on chain"
		}
		s.log.Warn("deliberation batch rejected", "batch_id", id.String(), "sessions", len(recs))
		return s.putAll(ctx, recs)
	case settlement.StatusFinalized:
		return s.record(ctx, recs, common.Hash{}, nil)
	}
	if b.OpenRequests > 0 {
		if err := s.answerTallyRequests(ctx, recs, b); err != nil {
			return err
		}
		// Opening moved the deadline; read it again next step.
		return nil
	}
	h, err := s.head.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	deadline := b.Deadline
	for _, r := range recs {
		if !b.Opened(r.Index) {
			continue
		}
		if r.ClaimID == "" {
			cid, err := s.claims.SessionClaim(ctx, id, uint8(r.Index))
			if err != nil {
				return err
			}
			r.ClaimID = cid.String()
		}
		c, err := s.claims.Claim(ctx, s.claimID(r))
		if err != nil {
			return err
		}
		if c.OpenRequests > 0 {
			return s.answerRequests(ctx, r)
		}
		deadline = max(deadline, c.Deadline)
	}
	for _, r := range recs {
		r.Deadline = deadline
	}
	if h.Time <= deadline {
		return nil
	}
	for _, r := range recs {
		r.State = StateFinalizing
	}
	if err := s.putAll(ctx, recs); err != nil {
		return err
	}
	return s.finalize(ctx, recs)
}

// answerTallyRequests opens every member whose tally was requested: an
// unanswered request would reject the batch and slash the bond.
func (s *Settler) answerTallyRequests(ctx context.Context, recs []*Record, b *settlement.Batch) error {
	id := batchID(recs[0])
	var (
		ms      []member
		headers []settlement.SessionHeader
	)
	for _, r := range recs {
		if b.Opened(r.Index) {
			continue
		}
		q, err := s.claims.TallyRequestOf(ctx, id, uint8(r.Index))
		if err != nil {
			return err
		}
		if q.Requester == (common.Address{}) {
			continue
		}
		if ms == nil {
			if ms, headers, err = s.members(recs); err != nil {
				return err
			}
		}
		to := s.claims.Address()
		key := fmt.Sprintf("%s:open:%d", r.BatchKey, r.Index)
		data := bbind.PackOpenSession(id, headers, uint8(r.Index), ms[r.Index].d.Result)
		if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: data}); err != nil {
			return fmt.Errorf("submit the opening of session %d: %w", r.Index, err)
		}
		res, err := s.sender.Wait(ctx, key)
		if err != nil {
			return fmt.Errorf("open session %d (%s): %w", r.Index, res.Reason, err)
		}
		cid, err := s.claims.SessionClaim(ctx, id, uint8(r.Index))
		if err != nil {
			return err
		}
		r.ClaimID = cid.String()
		s.log.Info("tally request answered: batch session opened", "session_id", r.Session.Hex(), "batch_id", id.String(), "index", r.Index, "claim_id", r.ClaimID, "tx_hash", res.TxHash.Hex())
		if err := s.put(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func (s *Settler) finalize(ctx context.Context, recs []*Record) error {
	_, headers, err := s.members(recs)
	if err != nil {
		return err
	}
	to := s.claims.Address()
	key := recs[0].BatchKey + ":finalize"
	if n := recs[0].FinalizeAttempts; n > 0 {
		// The batch stayed pending after an earlier finalize (a request
		// moved a deadline): that key is spent, use a fresh one.
		key = fmt.Sprintf("%s:%d", key, n)
	}
	if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: bbind.PackFinalizeBatch(batchID(recs[0]), headers)}); err != nil {
		return fmt.Errorf("submit finalize: %w", err)
	}
	res, err := s.sender.Wait(ctx, key)
	if err != nil && !txmgr.Failed(err) {
		return err
	}
	// Anyone may finalize: whatever happened to our transaction, the batch says.
	return s.record(ctx, recs, res.TxHash, headers)
}

// record reads the batch's final state and stores every member's; headers
// are the members' (nil: rebuilt from the stored messages).
func (s *Settler) record(ctx context.Context, recs []*Record, tx common.Hash, headers []settlement.SessionHeader) error {
	id := batchID(recs[0])
	b, err := s.claims.Batch(ctx, id)
	if err != nil {
		return err
	}
	switch b.Status {
	case settlement.StatusFinalized:
		failed, err := s.claims.FailedCallbacks(ctx, id)
		if err != nil {
			return err
		}
		if headers == nil {
			if _, headers, err = s.members(recs); err != nil {
				return err
			}
		}
		for i, r := range recs {
			h := headers[i]
			r.State, r.FinalTx, r.Delivered = StateFinalized, tx, failed.Bit(r.Index) == 0
			r.Winners, r.Score = nil, h.Conviction.String()
			if h.Winner != (common.Address{}) {
				r.Winners = []common.Address{h.Winner}
			}
		}
		s.log.Info("deliberation batch finalized", "batch_id", id.String(), "sessions", len(recs), "failed_callbacks", failed.Text(2))
	case settlement.StatusRejected:
		for _, r := range recs {
			r.State, r.Reason = StateRejected, "batch rejected on chain"
		}
	default:
		// Still pending (a request extended a deadline): wait again.
		for _, r := range recs {
			r.State = StateClaimed
			r.FinalizeAttempts++
		}
	}
	return s.putAll(ctx, recs)
}

func (s *Settler) claimID(rec *Record) *big.Int {
	id, _ := new(big.Int).SetString(rec.ClaimID, 10)
	return id
}

// RevealKey is the idempotency key of the answer to a leaf request.
func RevealKey(session common.Hash, requestID *big.Int) string {
	return fmt.Sprintf("delib:%s:reveal:%s", session.Hex(), requestID)
}

// answerRequests reveals every open leaf request on the claim a batch
// session was opened as: an unanswered request would reject the batch.
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

// putAll stores a batch's records in one transaction and counts their states.
func (s *Settler) putAll(ctx context.Context, recs []*Record) error {
	if err := s.in.Store.PutRecords(ctx, recs); err != nil {
		return err
	}
	for _, r := range recs {
		s.in.Metrics.RecordSettlement(r.State)
	}
	return nil
}

// MaxCallbackRetries bounds the settler's callback retries for a session of
// a finalized batch whose receiver callback failed (one per step); after
// that the record stays undelivered for the operator or anyone to retry.
const MaxCallbackRetries = 3

// RetryKey is the idempotency key of the n-th callback retry (from 1) of
// session index of a batch.
func RetryKey(batchKey string, index, n int) string {
	return fmt.Sprintf("%s:retry:%d:%d", batchKey, index, n)
}

// retryCallbacks retries, once per step, the failed callbacks of a
// finalized batch's sessions.
func (s *Settler) retryCallbacks(ctx context.Context, recs []*Record) error {
	var pending []*Record
	for _, r := range recs {
		if !r.Delivered && r.CallbackRetries < MaxCallbackRetries {
			pending = append(pending, r)
		}
	}
	if len(pending) == 0 {
		return nil
	}
	_, headers, err := s.members(recs)
	if err != nil {
		return err
	}
	id := batchID(recs[0])
	to := s.claims.Address()
	var errs []string
	for _, r := range pending {
		r.CallbackRetries++
		// Stored first: a crash between here and the intent costs one attempt, never a double send.
		if err := s.put(ctx, r); err != nil {
			return err
		}
		key := RetryKey(r.BatchKey, r.Index, r.CallbackRetries)
		if _, err := s.sender.Submit(ctx, key, txmgr.TxCandidate{To: &to, TxData: bbind.PackRetryBatchCallback(id, headers, uint8(r.Index))}); err != nil {
			return fmt.Errorf("submit callback retry of session %d: %w", r.Index, err)
		}
		if res, err := s.sender.Wait(ctx, key); err != nil && !txmgr.Failed(err) {
			return err
		} else if err != nil {
			errs = append(errs, fmt.Sprintf("session %d: %s", r.Index, res.Reason))
		}
		failed, err := s.claims.FailedCallbacks(ctx, id)
		if err != nil {
			return err
		}
		r.Delivered = failed.Bit(r.Index) == 0
		s.log.Info("deliberation callback retried", "session_id", r.Session.Hex(), "batch_id", r.BatchID, "index", r.Index, "attempt", r.CallbackRetries, "delivered", r.Delivered)
		if err := s.put(ctx, r); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		s.log.Warn("deliberation callback retries reverted", "batch_id", recs[0].BatchID, "reasons", strings.Join(errs, "; "))
	}
	return nil
}
