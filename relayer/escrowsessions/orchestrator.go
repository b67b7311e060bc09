package escrowsessions

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/watcher"
)

// deliveredEvent is the escrow's OrderDelivered event.
var deliveredEvent = escrow.ABI.Events["OrderDelivered"]

// DeliveredTopic is OrderDelivered's topic 0, the only topic the pipeline's
// watcher follows.
func DeliveredTopic() common.Hash { return deliveredEvent.ID }

// Delivery is a decoded OrderDelivered log.
type Delivery struct {
	OrderID        *big.Int
	Expert         common.Address
	ContentHash    common.Hash
	ReviewDeadline uint64
}

// ErrNotDelivery is returned by DecodeDelivery for a log that is not a
// well-formed OrderDelivered.
var ErrNotDelivery = errors.New("escrowsessions: not an OrderDelivered log")

// DecodeDelivery decodes an OrderDelivered log.
func DecodeDelivery(l types.Log) (*Delivery, error) {
	if len(l.Topics) != 3 || l.Topics[0] != deliveredEvent.ID {
		return nil, fmt.Errorf("%w: %d topics", ErrNotDelivery, len(l.Topics))
	}
	vals, err := deliveredEvent.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil || len(vals) != 2 {
		return nil, fmt.Errorf("%w: data: %v", ErrNotDelivery, err)
	}
	content, ok1 := vals[0].([32]byte)
	deadline, ok2 := vals[1].(uint64)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%w: data types", ErrNotDelivery)
	}
	return &Delivery{
		OrderID: new(big.Int).SetBytes(l.Topics[1][:]), Expert: common.BytesToAddress(l.Topics[2][:]),
		ContentHash: content, ReviewDeadline: deadline,
	}, nil
}

// questionArgs is abi.encode(address escrow, uint256 orderId, bytes32 specHash, bytes32 contentHash).
var questionArgs = func() abi.Arguments {
	addr, _ := abi.NewType("address", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	return abi.Arguments{{Type: addr}, {Type: u256}, {Type: b32}, {Type: b32}}
}()

// QuestionHash is what an escrow session decides: keccak256(abi.encode(
// escrow, orderId, specHash, contentHash)). It is the session nonce, so the
// session id (Settlement's sessionId(escrow, orderId, nonce)) names the very
// delivery being evaluated: anyone can recompute it from the chain.
func QuestionHash(esc common.Address, orderID *big.Int, spec, content common.Hash) common.Hash {
	data, err := questionArgs.Pack(esc, orderID, spec, content)
	if err != nil {
		// Packing fixed-size values of the right Go types cannot fail.
		panic(fmt.Sprintf("escrowsessions: pack question: %v", err))
	}
	return crypto.Keccak256Hash(data)
}

// Schedule is a session's shape: rounds of a proposal phase then a voting
// phase, starting Lead after the delivery is processed.
type Schedule struct {
	Rounds  int
	Propose time.Duration
	Vote    time.Duration
	Lead    time.Duration
	Credits uint64
}

// Check validates the schedule.
func (s Schedule) Check() error {
	switch {
	case s.Rounds < 1 || s.Rounds > deliberation.MaxRounds:
		return fmt.Errorf("%d rounds, want 1..%d", s.Rounds, deliberation.MaxRounds)
	case s.Propose < time.Second || s.Vote < time.Second || s.Propose%time.Second != 0 || s.Vote%time.Second != 0:
		return fmt.Errorf("phases of %s and %s: want whole seconds, at least 1s each", s.Propose, s.Vote)
	case s.Lead < 0:
		return errors.New("lead must not be negative")
	case s.Credits == 0:
		return errors.New("credits must be positive")
	}
	return nil
}

// Manifest builds the session manifest of a delivery, opening at opens.
func (s Schedule) Manifest(esc common.Address, orderID *big.Int, question common.Hash, participants []common.Address, opens uint64) *deliberation.Manifest {
	m := &deliberation.Manifest{
		Target: esc, SubjectID: new(big.Int).Set(orderID), Nonce: new(big.Int).SetBytes(question[:]),
		Credits: s.Credits, Opens: opens, Participants: participants,
	}
	at := opens
	for range s.Rounds {
		p := at + uint64(s.Propose/time.Second)
		at = p + uint64(s.Vote/time.Second)
		m.Rounds = append(m.Rounds, deliberation.Round{ProposeUntil: p, ClosesAt: at})
	}
	return m
}

// EscrowReader reads orders; *escrow.Escrow satisfies it.
type EscrowReader interface {
	Address() common.Address
	Order(ctx context.Context, id *big.Int) (*escrow.Order, error)
	Acceptances(ctx context.Context, id *big.Int) ([]escrow.Acceptance, error)
}

// HeadReader reads the chain head (its time bounds the review window).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Orchestrator turns escrow deliveries into signed session manifests. It is
// the watcher's handler: each OrderDelivered becomes one stored record,
// pending (a manifest to post) or ignored (with the reason, logged).
type Orchestrator struct {
	Escrow     EscrowReader
	Head       HeadReader
	Store      *Store
	Signer     dipmsg.TypedDataSigner
	Domain     dipmsg.Domain
	Evaluators []common.Address
	Schedule   Schedule
	// ChallengeWindow is the Settlement's challenge window; SettleMargin is
	// the extra time allowed for claiming and finalizing. A delivery whose
	// review window ends before the session could settle is ignored: the
	// escrow would ignore the late evaluation.
	ChallengeWindow time.Duration
	SettleMargin    time.Duration
	Now             func() time.Time
	Log             *slog.Logger
	// Kick, when set, is signalled after a pending record is stored.
	Kick    func()
	Metrics *Metrics
}

var _ watcher.Handler = (*Orchestrator)(nil)

// HandleBatch implements watcher.Handler. A transient failure (RPC, store,
// signer) returns an error and the watcher offers the batch again; every
// other outcome is stored, so a re-delivery changes nothing.
func (o *Orchestrator) HandleBatch(ctx context.Context, b watcher.Batch) error {
	added := false
	for _, ev := range b.Events {
		inserted, err := o.handle(ctx, ev)
		if err != nil {
			return err
		}
		added = added || inserted
	}
	// One kick per batch: the submission pass then sees every new record.
	if added && o.Kick != nil {
		o.Kick()
	}
	return nil
}

// HandleReorg implements watcher.Handler: records of orphaned blocks that
// were not submitted are dropped, so the new chain's events are judged
// afresh. A submitted session cannot be withdrawn; it is logged.
func (o *Orchestrator) HandleReorg(ctx context.Context, r watcher.Reorg) error {
	ids, err := o.Store.DeletePendingAbove(ctx, r.Ancestor.Number)
	if err != nil {
		return err
	}
	if len(ids) > 0 {
		o.Log.Warn("escrow deliveries reorged away before their sessions were submitted", "orders", ids, "ancestor", r.Ancestor.Number)
	}
	subs, err := o.Store.List(ctx, StateSubmitted)
	if err != nil {
		return err
	}
	for _, rec := range subs {
		if rec.Block > r.Ancestor.Number {
			o.Log.Warn("escrow delivery reorged after its session was submitted; the session stays, the escrow ignores an evaluation of an order that is not Delivered",
				"order_id", rec.OrderID, "session_id", rec.Session, "block_number", rec.Block)
		}
	}
	return nil
}

// handle records one event; it reports whether it stored a pending record.
func (o *Orchestrator) handle(ctx context.Context, ev watcher.Event) (bool, error) {
	if ev.Log.Address != o.Escrow.Address() {
		o.Log.Warn("escrow session: log of another contract ignored", "address", ev.Log.Address.Hex(), "event_id", ev.ID.String())
		return false, nil
	}
	d, err := DecodeDelivery(ev.Log)
	if err != nil {
		o.Log.Warn("escrow session: undecodable OrderDelivered ignored", "event_id", ev.ID.String(), "err", err)
		o.Metrics.order("undecodable")
		return false, nil
	}
	id := d.OrderID.String()
	if rec, err := o.Store.Get(ctx, id); err == nil {
		o.Log.Debug("escrow session: delivery already recorded", "order_id", id, "state", rec.State, "session_id", rec.Session)
		return false, nil
	} else if !errors.Is(err, ErrNotFound) {
		return false, err
	}
	rec := &Record{OrderID: id, ContentHash: d.ContentHash.Hex(), Deliverer: d.Expert.Hex(), ReviewDeadline: d.ReviewDeadline,
		Block: ev.Log.BlockNumber, Event: ev.ID.String()}
	reason, err := o.build(ctx, d, rec)
	if err != nil {
		return false, err
	}
	if reason != "" {
		rec.State, rec.Reason = StateIgnored, reason
		if _, err := o.Store.Insert(ctx, rec); err != nil {
			return false, err
		}
		o.Log.Warn("escrow delivery ignored: no session opened", "order_id", id, "reason", reason, "event_id", ev.ID.String())
		o.Metrics.order("ignored")
		return false, nil
	}
	rec.State = StatePending
	inserted, err := o.Store.Insert(ctx, rec)
	if err != nil {
		return false, err
	}
	if inserted {
		o.Log.Info("escrow session signed", "order_id", id, "session_id", rec.Session, "participants", len(rec.Experts)+len(rec.Evaluators),
			"opens", rec.Opens, "closes_at", rec.ClosesAt)
	}
	return inserted, nil
}

// build checks the delivery against the escrow and fills rec with the
// signed manifest. It returns a reason when the delivery gets no session,
// and an error only for transient failures.
func (o *Orchestrator) build(ctx context.Context, d *Delivery, rec *Record) (string, error) {
	ord, err := o.Escrow.Order(ctx, d.OrderID)
	if errors.Is(err, escrow.ErrNoOrder) {
		return fmt.Sprintf("unknown order %s", d.OrderID), nil
	}
	if err != nil {
		return "", fmt.Errorf("escrowsessions: read order %s: %w", d.OrderID, err)
	}
	if ord.State != escrow.StateDelivered {
		return fmt.Sprintf("order is %s, not Delivered: the escrow would ignore an evaluation", ord.State), nil
	}
	if common.Hash(ord.ContentHash) != d.ContentHash {
		return fmt.Sprintf("order's content hash %s differs from the event's %s", common.Hash(ord.ContentHash).Hex(), d.ContentHash.Hex()), nil
	}
	acc, err := o.Escrow.Acceptances(ctx, d.OrderID)
	if err != nil {
		return "", fmt.Errorf("escrowsessions: read acceptances of order %s: %w", d.OrderID, err)
	}
	expert := map[common.Address]bool{}
	for _, a := range acc {
		if !expert[a.Expert] {
			expert[a.Expert] = true
			rec.Experts = append(rec.Experts, a.Expert.Hex())
		}
	}
	if !expert[d.Expert] {
		return fmt.Sprintf("deliverer %s is not an expert of the order", d.Expert.Hex()), nil
	}
	// The deliverer proposes the delivery; the other experts stay out: a
	// second expert proposal would split the votes and lower the winner's
	// conviction (the score), and a party should not vote on its own work.
	participants := []common.Address{d.Expert}
	var skipped []string
	for _, e := range o.Evaluators {
		if expert[e] || e == ord.Buyer {
			skipped = append(skipped, e.Hex())
			continue
		}
		participants = append(participants, e)
		rec.Evaluators = append(rec.Evaluators, e.Hex())
	}
	if len(skipped) > 0 {
		o.Log.Info("escrow session: evaluators who are a party of the order left out", "order_id", rec.OrderID, "evaluators", skipped)
	}
	if len(rec.Evaluators) == 0 {
		return "no evaluator left once the order's buyer and experts are left out", nil
	}
	if len(participants) > deliberation.MaxParticipants {
		return fmt.Sprintf("%d participants, a session holds at most %d", len(participants), deliberation.MaxParticipants), nil
	}
	now := o.Now()
	opens := uint64(now.Add(o.Schedule.Lead).Add(time.Second - 1).Unix())
	question := QuestionHash(o.Escrow.Address(), d.OrderID, ord.SpecHash, d.ContentHash)
	m := o.Schedule.Manifest(o.Escrow.Address(), d.OrderID, question, participants, opens)
	closes := m.Rounds[len(m.Rounds)-1].ClosesAt
	head, err := o.Head.HeaderByNumber(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("escrowsessions: read head: %w", err)
	}
	// The session's deadlines are on the relayer's clock, the review
	// deadline on the chain's: compare durations from now.
	untilClose := time.Duration(int64(closes)-now.Unix()) * time.Second
	settleAt := head.Time + uint64((untilClose+o.ChallengeWindow+o.SettleMargin)/time.Second)
	if settleAt > d.ReviewDeadline {
		return fmt.Sprintf("review window ends at %d, the session could settle at about %d (closes in %s, challenge window %s, margin %s)",
			d.ReviewDeadline, settleAt, untilClose, o.ChallengeWindow, o.SettleMargin), nil
	}
	sm, err := deliberation.SignManifest(ctx, o.Signer, o.Domain, m)
	if err != nil {
		if errors.Is(err, deliberation.ErrBadManifest) {
			return err.Error(), nil
		}
		return "", fmt.Errorf("escrowsessions: sign manifest of order %s: %w", d.OrderID, err)
	}
	raw, err := json.Marshal(sm)
	if err != nil {
		return "", fmt.Errorf("escrowsessions: encode manifest: %w", err)
	}
	rec.Session, rec.Question, rec.Manifest = m.ID().Hex(), question.Hex(), raw
	rec.Opens, rec.ClosesAt = opens, closes
	return "", nil
}
