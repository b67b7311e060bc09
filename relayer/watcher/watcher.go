// Package watcher provides the relayer's contract log follower: it delivers
// the logs of given contracts once they are a confirmation depth deep,
// detects reorgs by parent-hash continuity over a window of recent block
// hashes, rolls consumers back and re-delivers, and resumes from a stored
// checkpoint without gaps.
//
// Delivery is at-least-once: a crash between a handler's success and the
// checkpoint's save re-delivers that batch after restart. Every event carries
// an ID that is stable across re-deliveries and changes when a reorg moves the
// log to another block, so consumers that upsert by ID see each event once.
package watcher

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is the part of a node the watcher reads. *ethclient.Client and the
// simulated backend's client satisfy it.
type Backend interface {
	BlockNumber(ctx context.Context) (uint64, error)
	// HeaderByNumber returns ethereum.NotFound (possibly wrapped) for a block
	// above the head.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// EventID identifies a delivered log: keccak256(blockHash || txHash ||
// logIndex as 8 big-endian bytes). It is the same on every re-delivery of the
// log from the same block and differs once a reorg moves it to another block.
type EventID [32]byte

// String returns the ID in 0x-prefixed hex.
func (id EventID) String() string { return common.Hash(id).Hex() }

// IDOf computes a log's EventID.
func IDOf(l types.Log) EventID {
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(l.Index))
	return EventID(crypto.Keccak256Hash(l.BlockHash[:], l.TxHash[:], idx[:]))
}

// Event is one delivered log.
type Event struct {
	ID  EventID
	Log types.Log
	// BlockTime is the timestamp of the log's block (seconds).
	BlockTime uint64
}

// Batch is the delivery of blocks From..To (inclusive). Consecutive batches
// are contiguous: each From is the previous To plus one, or the ancestor of
// the last Reorg plus one. Batches are delivered even when they hold no
// events, so consumers can track block progress and time.
type Batch struct {
	From, To uint64
	// Head is block To.
	Head BlockRef
	// HeadTime is block To's timestamp.
	HeadTime uint64
	// Events are the matching logs, ordered by block then log index.
	Events []Event
}

// Reorg tells consumers that delivered blocks were replaced: every event
// previously delivered from a block above Ancestor is void. Blocks after
// Ancestor are delivered again, from the new chain, in later batches.
type Reorg struct {
	// Ancestor is the newest delivered block still on the canonical chain,
	// or the block before the start block when every delivered block was
	// orphaned.
	Ancestor BlockRef
	// Removed lists the orphaned blocks that had been delivered, oldest first.
	Removed []BlockRef
}

// Handler consumes deliveries. A returned error stops the poll; the same
// batch or reorg is offered again on the next one. Handlers must be
// idempotent (key effects by EventID; a repeated reorg deletes nothing new)
// and must not call back into the watcher: they run inside Poll.
type Handler interface {
	HandleBatch(ctx context.Context, b Batch) error
	HandleReorg(ctx context.Context, r Reorg) error
}

// HandlerFuncs adapts two functions to Handler; a nil function accepts.
type HandlerFuncs struct {
	Batch func(ctx context.Context, b Batch) error
	Reorg func(ctx context.Context, r Reorg) error
}

var _ Handler = HandlerFuncs{}

// HandleBatch implements Handler.
func (h HandlerFuncs) HandleBatch(ctx context.Context, b Batch) error {
	if h.Batch == nil {
		return nil
	}
	return h.Batch(ctx, b)
}

// HandleReorg implements Handler.
func (h HandlerFuncs) HandleReorg(ctx context.Context, r Reorg) error {
	if h.Reorg == nil {
		return nil
	}
	return h.Reorg(ctx, r)
}

var (
	// ErrReorgTooDeep is returned when no block in the checkpoint's recent
	// hashes is still canonical: the reorg is deeper than the history kept.
	// The watcher cannot tell what to undo; an operator must move the
	// checkpoint back (consumers then receive re-deliveries). Run stops on it.
	ErrReorgTooDeep = errors.New("reorg deeper than the watcher's history")
	// ErrChainUnstable is returned when the node's answers kept contradicting
	// each other within one poll (the chain moved while it was being read);
	// the next poll tries again.
	ErrChainUnstable = errors.New("chain changed while reading")
	// ErrInvalidOption is returned by New for unusable options.
	ErrInvalidOption = errors.New("invalid watcher option")
)

// Defaults used by New.
const (
	DefaultName         = "watcher"
	DefaultBatchSize    = 500
	DefaultHistory      = 128
	DefaultPollInterval = 4 * time.Second
	// readAttempts bounds how often one poll re-reads a range that changed
	// under it before giving up with ErrChainUnstable.
	readAttempts = 4
)

// Option configures New.
type Option func(*Watcher)

// WithName sets the checkpoint name (default "watcher"); watchers sharing a
// Checkpoints store need distinct names.
func WithName(name string) Option { return func(w *Watcher) { w.name = name } }

// WithAddresses restricts logs to these contracts (default: any contract).
func WithAddresses(addrs ...common.Address) Option {
	return func(w *Watcher) { w.addresses = append([]common.Address(nil), addrs...) }
}

// WithTopics sets the topic filter, as in ethereum.FilterQuery: position i
// matches any of topics[i]; an empty position matches anything.
func WithTopics(topics [][]common.Hash) Option {
	return func(w *Watcher) {
		w.topics = make([][]common.Hash, len(topics))
		for i, t := range topics {
			w.topics[i] = append([]common.Hash(nil), t...)
		}
	}
}

// WithConfirmations delivers a block only once n blocks sit on top of it
// (default 0: follow the head).
func WithConfirmations(n uint64) Option { return func(w *Watcher) { w.confirmations = n } }

// WithStartBlock sets the first block to deliver when no checkpoint exists
// (default 0). Use the contracts' deployment block.
func WithStartBlock(n uint64) Option { return func(w *Watcher) { w.start = n } }

// WithBatchSize bounds the blocks per FilterLogs call and per Batch (default 500).
func WithBatchSize(n uint64) Option { return func(w *Watcher) { w.batchSize = n } }

// WithHistory sets how many recent block hashes the checkpoint keeps
// (default 128), which is the deepest reorg the watcher can undo.
func WithHistory(n int) Option { return func(w *Watcher) { w.history = n } }

// WithPollInterval sets Run's pause between polls (default 4s).
func WithPollInterval(d time.Duration) Option { return func(w *Watcher) { w.interval = d } }

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(w *Watcher) { w.log = l } }

// Watcher follows contract logs. Poll and Run are safe to call from several
// goroutines; polls are serialized.
type Watcher struct {
	name          string
	backend       Backend
	store         Checkpoints
	handler       Handler
	addresses     []common.Address
	topics        [][]common.Hash
	confirmations uint64
	start         uint64
	batchSize     uint64
	history       int
	interval      time.Duration
	log           *slog.Logger

	mu       sync.Mutex
	loaded   bool
	cp       *Checkpoint // nil: nothing delivered and no anchor yet
	anchored bool        // cp is the unsaved anchor before the start block
}

// New returns a watcher. It reads nothing until the first Poll.
func New(b Backend, store Checkpoints, h Handler, opts ...Option) (*Watcher, error) {
	w := &Watcher{
		name: DefaultName, backend: b, store: store, handler: h,
		batchSize: DefaultBatchSize, history: DefaultHistory, interval: DefaultPollInterval, log: slog.Default(),
	}
	for _, o := range opts {
		o(w)
	}
	switch {
	case b == nil || store == nil || h == nil:
		return nil, fmt.Errorf("%w: backend, checkpoints and handler are required", ErrInvalidOption)
	case w.name == "":
		return nil, fmt.Errorf("%w: empty name", ErrInvalidOption)
	case w.batchSize == 0:
		return nil, fmt.Errorf("%w: batch size must be positive", ErrInvalidOption)
	case w.history < 2:
		return nil, fmt.Errorf("%w: history must keep at least 2 block hashes", ErrInvalidOption)
	case w.interval <= 0:
		return nil, fmt.Errorf("%w: poll interval must be positive", ErrInvalidOption)
	}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	w.log = w.log.With("watcher", w.name)
	return w, nil
}

// Progress reports what one Poll did.
type Progress struct {
	// Blocks and Events count what was delivered.
	Blocks uint64
	Events int
	// Reorgs counts rollbacks.
	Reorgs int
	// Checkpoint is the last delivered block after the poll (zero if none).
	Checkpoint BlockRef
	// Target is the newest block the confirmation depth allowed.
	Target uint64
}

// Checkpoint returns the current checkpoint: the last delivered block (or
// the block before the start after a reorg voided everything). It reports
// false before anything was delivered or loaded.
func (w *Watcher) Checkpoint() (Checkpoint, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cp == nil || w.anchored {
		return Checkpoint{}, false
	}
	return w.cp.clone(), true
}

// Run polls until ctx is canceled, then returns nil. Errors are logged and
// retried at the next interval, except ErrReorgTooDeep and ErrBadCheckpoint,
// which need an operator and are returned.
func (w *Watcher) Run(ctx context.Context) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		p, err := w.Poll(ctx)
		switch {
		case err == nil:
			if p.Blocks > 0 || p.Reorgs > 0 {
				w.log.Debug("watcher polled", "blocks", p.Blocks, "events", p.Events, "reorgs", p.Reorgs, "block_number", p.Checkpoint.Number)
			}
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrReorgTooDeep), errors.Is(err, ErrBadCheckpoint):
			w.log.Error("watcher stopped", "err", err)
			return err
		default:
			w.log.Warn("watcher poll failed; retrying", "err", err, "retry_in", w.interval.String())
		}
		t.Reset(w.interval)
	}
}

// Poll delivers everything that is confirmed and not yet delivered, handling
// any reorg first, and returns when caught up or on the first error.
func (w *Watcher) Poll(ctx context.Context) (Progress, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var p Progress
	if err := w.load(ctx); err != nil {
		return p, err
	}
	unstable := 0
	for {
		if err := ctx.Err(); err != nil {
			return w.progress(p), err
		}
		head, err := w.backend.BlockNumber(ctx)
		if err != nil {
			return w.progress(p), fmt.Errorf("watcher %s: block number: %w", w.name, err)
		}
		if w.cp == nil && w.start > 0 && w.start-1 <= head {
			if err := w.anchor(ctx); err != nil {
				return w.progress(p), err
			}
		}
		// Check the delivered tip first, even when nothing new is confirmed:
		// a reorg must reach consumers as soon as it is visible.
		if w.cp != nil {
			reorged, err := w.tipReorged(ctx, head)
			if err != nil {
				return w.progress(p), err
			}
			if reorged {
				if err := w.handleReorg(ctx, &p, &unstable); err != nil {
					return w.progress(p), err
				}
				continue
			}
		}
		if head < w.confirmations {
			return w.progress(p), nil
		}
		target := head - w.confirmations
		p.Target = target

		next := w.start
		if w.cp != nil {
			next = w.cp.Number + 1
		}
		if next > target {
			return w.progress(p), nil
		}
		to := min(target, next+w.batchSize-1)
		b, hashes, res, err := w.read(ctx, next, to)
		if err != nil {
			return w.progress(p), err
		}
		switch res {
		case readParentMismatch:
			if err := w.handleReorg(ctx, &p, &unstable); err != nil {
				return w.progress(p), err
			}
			continue
		case readUnstable:
			if unstable++; unstable >= readAttempts {
				return w.progress(p), fmt.Errorf("watcher %s: blocks %d..%d: %w", w.name, next, to, ErrChainUnstable)
			}
			continue
		}
		if err := w.deliver(ctx, b, hashes); err != nil {
			return w.progress(p), err
		}
		p.Blocks += b.To - b.From + 1
		p.Events += len(b.Events)
	}
}

// handleReorg rolls back and counts; a rollback that changes nothing means
// the node contradicted itself, which counts toward ErrChainUnstable.
func (w *Watcher) handleReorg(ctx context.Context, p *Progress, unstable *int) error {
	before := w.cp.Ref()
	reported, err := w.rollback(ctx)
	if err != nil {
		return err
	}
	if reported {
		p.Reorgs++
	}
	if w.cp != nil && w.cp.Ref() == before {
		if *unstable++; *unstable >= readAttempts {
			return fmt.Errorf("watcher %s: reorg at block %d not confirmed by the node: %w", w.name, before.Number, ErrChainUnstable)
		}
	}
	return nil
}

func (w *Watcher) progress(p Progress) Progress {
	if w.cp != nil && !w.anchored {
		p.Checkpoint = w.cp.Ref()
	}
	return p
}

// load reads the stored checkpoint once.
func (w *Watcher) load(ctx context.Context) error {
	if w.loaded {
		return nil
	}
	cp, err := w.store.Load(ctx, w.name)
	switch {
	case errors.Is(err, ErrNoCheckpoint):
		w.cp = nil
	case err != nil:
		return fmt.Errorf("watcher %s: load checkpoint: %w", w.name, err)
	default:
		if err := cp.Validate(); err != nil {
			return fmt.Errorf("watcher %s: stored checkpoint: %w", w.name, err)
		}
		w.cp = &cp
		w.log.Info("watcher resumed", "block_number", cp.Number, "block_hash", cp.Hash.Hex())
	}
	w.loaded = true
	return nil
}

// anchor records the block before the start block, so a reorg of the first
// delivered blocks is detected like any other.
func (w *Watcher) anchor(ctx context.Context) error {
	h, err := w.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(w.start-1))
	if err != nil {
		return fmt.Errorf("watcher %s: header %d: %w", w.name, w.start-1, err)
	}
	w.cp = &Checkpoint{Number: w.start - 1, Hash: h.Hash(), Recent: []common.Hash{h.Hash()}}
	w.anchored = true
	return nil
}

// tipReorged reports whether the checkpoint's block (or, when the chain is
// now shorter, the head) is no longer the block recorded. A shorter chain
// that agrees with the record is a lagging node, not a reorg: the watcher
// waits for it.
func (w *Watcher) tipReorged(ctx context.Context, head uint64) (bool, error) {
	n := min(w.cp.Number, head)
	want, ok := w.cp.HashAt(n)
	if !ok {
		return false, nil
	}
	h, err := w.header(ctx, n)
	if err != nil || h == nil {
		return false, err
	}
	return h.Hash() != want, nil
}

// header returns block n's header, or nil when the node has no block n.
func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := w.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("watcher %s: header %d: %w", w.name, n, err)
	}
	return h, nil
}

type readResult int

const (
	readOK readResult = iota
	readParentMismatch
	readUnstable
)

// read fetches blocks from..to and their logs and checks that everything
// comes from one chain that extends the checkpoint.
func (w *Watcher) read(ctx context.Context, from, to uint64) (Batch, []common.Hash, readResult, error) {
	headers := make([]*types.Header, 0, to-from+1)
	for n := from; n <= to; n++ {
		h, err := w.header(ctx, n)
		if err != nil {
			return Batch{}, nil, 0, err
		}
		if h == nil || h.Number == nil || h.Number.Uint64() != n {
			return Batch{}, nil, readUnstable, nil // head moved back while reading
		}
		if len(headers) == 0 {
			if w.cp != nil && h.ParentHash != w.cp.Hash {
				return Batch{}, nil, readParentMismatch, nil
			}
		} else if h.ParentHash != headers[len(headers)-1].Hash() {
			return Batch{}, nil, readUnstable, nil
		}
		headers = append(headers, h)
	}
	hashes := make([]common.Hash, len(headers))
	for i, h := range headers {
		hashes[i] = h.Hash()
	}
	logs, err := w.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: w.addresses, Topics: w.topics,
	})
	if err != nil {
		return Batch{}, nil, 0, fmt.Errorf("watcher %s: filter logs %d..%d: %w", w.name, from, to, err)
	}
	events := make([]Event, 0, len(logs))
	for _, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to || l.Removed || l.BlockHash != hashes[l.BlockNumber-from] {
			return Batch{}, nil, readUnstable, nil // logs from another chain than the headers
		}
		events = append(events, Event{ID: IDOf(l), Log: l, BlockTime: headers[l.BlockNumber-from].Time})
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i].Log, events[j].Log
		if a.BlockNumber != b.BlockNumber {
			return a.BlockNumber < b.BlockNumber
		}
		return a.Index < b.Index
	})
	// A block without matching logs could have changed after its header was
	// read; if any did, the last header changed too.
	last, err := w.header(ctx, to)
	if err != nil {
		return Batch{}, nil, 0, err
	}
	if last == nil || last.Hash() != hashes[len(hashes)-1] {
		return Batch{}, nil, readUnstable, nil
	}
	return Batch{
		From: from, To: to,
		Head:     BlockRef{Number: to, Hash: hashes[len(hashes)-1]},
		HeadTime: headers[len(headers)-1].Time,
		Events:   events,
	}, hashes, readOK, nil
}

// deliver hands a batch to the handler, then saves the new checkpoint.
// hashes are the batch's block hashes, From first.
func (w *Watcher) deliver(ctx context.Context, b Batch, hashes []common.Hash) error {
	if err := w.handler.HandleBatch(ctx, b); err != nil {
		return fmt.Errorf("watcher %s: handle blocks %d..%d: %w", w.name, b.From, b.To, err)
	}
	next := Checkpoint{Number: b.To, Hash: b.Head.Hash}
	if w.cp != nil {
		next.Recent = append(next.Recent, w.cp.Recent...)
	}
	next.Recent = append(next.Recent, hashes...)
	if over := len(next.Recent) - w.history; over > 0 {
		next.Recent = next.Recent[over:]
	}
	if err := w.store.Save(ctx, w.name, next); err != nil {
		return fmt.Errorf("watcher %s: save checkpoint at %d: %w", w.name, b.To, err)
	}
	w.cp = &next
	w.anchored = false
	if len(b.Events) > 0 {
		w.log.Info("watcher delivered events", "from_block", b.From, "to_block", b.To, "events", len(b.Events))
	}
	return nil
}

// rollback finds the newest recorded block that is still canonical, tells the
// handler everything above it is void, and moves the checkpoint there.
func (w *Watcher) rollback(ctx context.Context) (bool, error) {
	if w.anchored {
		// Nothing was delivered yet: the block before the start moved. Anchor again.
		w.cp, w.anchored = nil, false
		return false, nil
	}
	cp := *w.cp
	for i := len(cp.Recent) - 1; i >= 0; i-- {
		n := cp.First() + uint64(i)
		h, err := w.header(ctx, n)
		if err != nil {
			return false, err
		}
		if h == nil || h.Hash() != cp.Recent[i] {
			continue
		}
		r := Reorg{Ancestor: BlockRef{Number: n, Hash: cp.Recent[i]}}
		for j := i + 1; j < len(cp.Recent); j++ {
			r.Removed = append(r.Removed, BlockRef{Number: cp.First() + uint64(j), Hash: cp.Recent[j]})
		}
		if len(r.Removed) == 0 {
			return false, nil // the tip is canonical after all
		}
		if err := w.handler.HandleReorg(ctx, r); err != nil {
			return false, fmt.Errorf("watcher %s: handle reorg to %d: %w", w.name, n, err)
		}
		next := Checkpoint{Number: n, Hash: cp.Recent[i], Recent: append([]common.Hash(nil), cp.Recent[:i+1]...)}
		if err := w.store.Save(ctx, w.name, next); err != nil {
			return false, fmt.Errorf("watcher %s: save checkpoint after reorg: %w", w.name, err)
		}
		w.cp = &next
		w.log.Warn("watcher rolled back a reorg", "ancestor_number", n, "ancestor_hash", r.Ancestor.Hash.Hex(),
			"depth", len(r.Removed), "old_head_hash", cp.Hash.Hex())
		return true, nil
	}
	if w.start > 0 && cp.First() == w.start-1 {
		// The window still reaches the anchor: everything delivered is
		// orphaned, and the block before the start is the new ancestor.
		return w.rollbackToStart(ctx, cp)
	}
	return false, fmt.Errorf("watcher %s: none of blocks %d..%d is canonical any more: %w", w.name, cp.First(), cp.Number, ErrReorgTooDeep)
}

// rollbackToStart voids every delivered block and anchors again before the
// start block.
func (w *Watcher) rollbackToStart(ctx context.Context, cp Checkpoint) (bool, error) {
	h, err := w.header(ctx, w.start-1)
	if err != nil {
		return false, err
	}
	if h == nil {
		return false, fmt.Errorf("watcher %s: block %d vanished during a reorg: %w", w.name, w.start-1, ErrChainUnstable)
	}
	r := Reorg{Ancestor: BlockRef{Number: w.start - 1, Hash: h.Hash()}}
	for j := 1; j < len(cp.Recent); j++ {
		r.Removed = append(r.Removed, BlockRef{Number: cp.First() + uint64(j), Hash: cp.Recent[j]})
	}
	if len(r.Removed) > 0 {
		if err := w.handler.HandleReorg(ctx, r); err != nil {
			return false, fmt.Errorf("watcher %s: handle reorg to %d: %w", w.name, r.Ancestor.Number, err)
		}
	}
	next := Checkpoint{Number: r.Ancestor.Number, Hash: r.Ancestor.Hash, Recent: []common.Hash{r.Ancestor.Hash}}
	if err := w.store.Save(ctx, w.name, next); err != nil {
		return false, fmt.Errorf("watcher %s: save checkpoint after reorg: %w", w.name, err)
	}
	w.cp = &next
	w.log.Warn("watcher rolled back every delivered block", "ancestor_number", r.Ancestor.Number, "depth", len(r.Removed))
	return len(r.Removed) > 0, nil
}
