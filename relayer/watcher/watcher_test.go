package watcher

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

var ctx = context.Background()

func quiet() Option { return WithLogger(slog.New(slog.DiscardHandler)) }

func mustNew(t testing.TB, b Backend, cps Checkpoints, h Handler, opts ...Option) *Watcher {
	t.Helper()
	w, err := New(b, cps, h, append([]Option{quiet()}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func mustPoll(t testing.TB, w *Watcher) Progress {
	t.Helper()
	p, err := w.Poll(ctx)
	if err != nil {
		t.Fatalf("Poll: %v", err)
	}
	return p
}

func TestPollFollowsWithConfirmations(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(10, 2)
	r := newRecorder(t, 0)
	cps := NewMemoryCheckpoints()
	w := mustNew(t, c, cps, r, WithAddresses(fakeEmitter), WithConfirmations(3), WithBatchSize(4))

	p := mustPoll(t, w)
	if p.Target != 7 || p.Checkpoint.Number != 7 || p.Blocks != 8 || p.Events != 14 {
		t.Fatalf("progress %+v, want target 7, checkpoint 7, 8 blocks, 14 events", p)
	}
	r.requireState(t, c.canonicalIDs(0, 7, []common.Address{fakeEmitter}))
	if r.batches != 2 {
		t.Fatalf("%d batches for 8 blocks with batch size 4, want 2", r.batches)
	}
	if p := mustPoll(t, w); p.Blocks != 0 {
		t.Fatalf("second poll without new blocks delivered %d blocks", p.Blocks)
	}

	c.extend(3, 1)
	mustPoll(t, w)
	r.requireState(t, c.canonicalIDs(0, 10, []common.Address{fakeEmitter}))
	cp, err := cps.Load(ctx, DefaultName)
	if err != nil || cp.Number != 10 || cp.Hash != c.hashAt(10) {
		t.Fatalf("stored checkpoint %+v (%v), want block 10 %s", cp, err, c.hashAt(10))
	}
	if r.dupes != 0 {
		t.Fatalf("%d duplicate deliveries", r.dupes)
	}
}

func TestPollTopicFilter(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(5, 3)
	// Pick the topic of block 3's second log.
	want := c.blocks[3].logs[1]
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r, WithTopics([][]common.Hash{{want.Topics[0]}}))
	mustPoll(t, w)
	got := r.ids()
	if len(got) != 1 || !got[IDOf(want)] {
		t.Fatalf("topic filter delivered %d events, want exactly the one log with that topic", len(got))
	}
}

func TestPollReorgs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		confirmations uint64
		depth, newLen int
		wantReorgs    int
		wantRemoved   int
	}{
		{"head block replaced, no confirmations", 0, 1, 1, 1, 1},
		{"three blocks replaced by a longer branch", 0, 3, 5, 1, 3},
		{"branch shorter than the old chain", 0, 4, 2, 1, 4},
		{"reorg within the confirmation depth is never seen", 3, 3, 4, 0, 0},
		{"reorg one block past the confirmation depth", 2, 3, 3, 1, 1},
		{"deep reorg inside history", 2, 10, 12, 1, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := newFakeChain()
			c.extend(20, 2)
			r := newRecorder(t, 0)
			w := mustNew(t, c, NewMemoryCheckpoints(), r, WithAddresses(fakeEmitter), WithConfirmations(tt.confirmations), WithHistory(16))
			mustPoll(t, w)
			c.reorg(tt.depth, tt.newLen, 1)
			p := mustPoll(t, w)
			if p.Reorgs != tt.wantReorgs || len(r.reorgs) != tt.wantReorgs {
				t.Fatalf("reorgs: progress %d, handler %d; want %d (log %v)", p.Reorgs, len(r.reorgs), tt.wantReorgs, r.log)
			}
			if tt.wantReorgs > 0 {
				g := r.reorgs[0]
				if len(g.Removed) != tt.wantRemoved || g.Ancestor.Number != 20-uint64(tt.depth) || g.Ancestor.Hash != c.hashAt(g.Ancestor.Number) {
					t.Fatalf("reorg %+v: want ancestor %d (canonical hash) and %d removed", g, 20-tt.depth, tt.wantRemoved)
				}
			}
			target := c.head() - tt.confirmations
			r.requireState(t, c.canonicalIDs(0, target, []common.Address{fakeEmitter}))
			if r.dupes != 0 {
				t.Fatalf("%d duplicate deliveries", r.dupes)
			}
		})
	}
}

func TestPollReorgTooDeep(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(10, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r, WithHistory(4))
	mustPoll(t, w)
	before, _ := w.Checkpoint()
	state := r.ids()
	c.reorg(6, 7, 1)
	_, err := w.Poll(ctx)
	if !errors.Is(err, ErrReorgTooDeep) {
		t.Fatalf("Poll after a 6-block reorg with history 4: err = %v, want ErrReorgTooDeep", err)
	}
	after, _ := w.Checkpoint()
	if after.Number != before.Number || after.Hash != before.Hash {
		t.Fatalf("checkpoint moved from %d to %d on an undoable reorg", before.Number, after.Number)
	}
	if len(r.ids()) != len(state) || len(r.reorgs) != 0 {
		t.Fatalf("consumer was changed by an undoable reorg")
	}
}

func TestPollChainMovesDuringRead(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(6, 2)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r)
	mustPoll(t, w)
	c.extend(4, 2)
	// Between reading headers 7..10 and their logs, blocks 9 and 10 are replaced.
	c.beforeFilter = func() { c.reorg(2, 2, 3) }
	mustPoll(t, w)
	r.requireState(t, c.canonicalIDs(0, c.head(), nil))
	if len(r.reorgs) != 0 {
		t.Fatalf("a reorg of undelivered blocks was reported to the consumer: %+v", r.reorgs)
	}
}

func TestPollUnstableChainGivesUp(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(3, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r)
	var moves func()
	moves = func() { c.reorg(1, 1, 1); c.beforeFilter = moves }
	c.beforeFilter = moves
	if _, err := w.Poll(ctx); !errors.Is(err, ErrChainUnstable) {
		t.Fatalf("Poll on a chain that moves at every read: err = %v, want ErrChainUnstable", err)
	}
	c.beforeFilter = nil
	mustPoll(t, w)
	r.requireState(t, c.canonicalIDs(0, c.head(), nil))
}

func TestPollLaggingNodeIsNotAReorg(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(10, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r)
	mustPoll(t, w)
	c.headLag = 4 // e.g. a load balancer answering from a node behind
	p := mustPoll(t, w)
	if p.Reorgs != 0 || p.Blocks != 0 || p.Checkpoint.Number != 10 {
		t.Fatalf("lagging node: progress %+v, want no reorg, no delivery, checkpoint 10", p)
	}
	c.headLag = 0
	c.extend(1, 1)
	mustPoll(t, w)
	r.requireState(t, c.canonicalIDs(0, 11, nil))
}

func TestPollHandlerErrorRedeliversSameEvents(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(5, 2)
	r := newRecorder(t, 0)
	cps := NewMemoryCheckpoints()
	w := mustNew(t, c, cps, r)
	boom := errors.New("consumer down")
	r.failNext = boom
	if _, err := w.Poll(ctx); !errors.Is(err, boom) {
		t.Fatalf("Poll with a failing handler: err = %v, want the handler's error", err)
	}
	if _, err := cps.Load(ctx, DefaultName); !errors.Is(err, ErrNoCheckpoint) {
		t.Fatalf("checkpoint saved although the handler failed: %v", err)
	}
	mustPoll(t, w)
	r.requireState(t, c.canonicalIDs(0, 5, nil))
}

// flakyCheckpoints fails the next Save.
type flakyCheckpoints struct {
	*MemoryCheckpoints
	failSave bool
	saves    int
}

func (f *flakyCheckpoints) Save(ctx context.Context, name string, cp Checkpoint) error {
	f.saves++
	if f.failSave {
		f.failSave = false
		return errors.New("disk full")
	}
	return f.MemoryCheckpoints.Save(ctx, name, cp)
}

func TestPollSaveFailureRedeliversWithSameIDs(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(4, 2)
	r := newRecorder(t, 0)
	cps := &flakyCheckpoints{MemoryCheckpoints: NewMemoryCheckpoints(), failSave: true}
	w := mustNew(t, c, cps, r)
	if _, err := w.Poll(ctx); err == nil {
		t.Fatalf("Poll with a failing checkpoint store succeeded")
	}
	delivered := len(r.ids())
	r.lastTo = nil // the consumer sees the batch again from the start
	mustPoll(t, w)
	if r.dupes != delivered {
		t.Fatalf("re-delivery after a lost save: %d events seen twice, want all %d (same IDs)", r.dupes, delivered)
	}
	r.requireState(t, c.canonicalIDs(0, 4, nil))
}

func TestRestartResumesWithoutGapsOrDuplicates(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(12, 2)
	r := newRecorder(t, 0)
	cps := NewMemoryCheckpoints()
	opts := []Option{WithAddresses(fakeEmitter), WithConfirmations(1), WithBatchSize(5), WithName("escrow")}
	w1 := mustNew(t, c, cps, r, opts...)
	mustPoll(t, w1)

	// While the relayer is down: new blocks, then a reorg of delivered ones.
	c.extend(3, 2)
	c.reorg(5, 7, 1)
	w2 := mustNew(t, c, cps, r, opts...)
	p := mustPoll(t, w2)
	if p.Reorgs != 1 {
		t.Fatalf("restarted watcher saw %d reorgs, want 1 (log %v)", p.Reorgs, r.log)
	}
	r.requireState(t, c.canonicalIDs(0, c.head()-1, []common.Address{fakeEmitter}))
	if r.dupes != 0 {
		t.Fatalf("%d duplicate deliveries across restart", r.dupes)
	}

	// A clean restart without chain changes delivers nothing again.
	w3 := mustNew(t, c, cps, r, opts...)
	if p := mustPoll(t, w3); p.Blocks != 0 || p.Reorgs != 0 {
		t.Fatalf("clean restart re-delivered: %+v", p)
	}
}

func TestStartBlockAnchor(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(3, 1)
	r := newRecorder(t, 5)
	w := mustNew(t, c, NewMemoryCheckpoints(), r, WithStartBlock(5))
	if p := mustPoll(t, w); p.Blocks != 0 {
		t.Fatalf("delivered %d blocks before the start block exists", p.Blocks)
	}
	c.extend(2, 1) // head 5: anchor (4) exists
	mustPoll(t, w)
	// Replace the anchor and the delivered block: the watcher rolls back to block 3.
	c.reorg(2, 3, 2)
	p := mustPoll(t, w)
	if p.Reorgs != 1 {
		t.Fatalf("reorg across the start block: %d reorgs, want 1", p.Reorgs)
	}
	r.requireState(t, c.canonicalIDs(5, c.head(), nil))
	for id := range r.ids() {
		if r.events[id].Log.BlockNumber < 5 {
			t.Fatalf("delivered an event before the start block")
		}
	}
}

func TestNewValidatesOptions(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	h := HandlerFuncs{}
	cps := NewMemoryCheckpoints()
	tests := []struct {
		name string
		b    Backend
		cps  Checkpoints
		h    Handler
		opts []Option
	}{
		{"nil backend", nil, cps, h, nil},
		{"nil store", c, nil, h, nil},
		{"nil handler", c, cps, nil, nil},
		{"empty name", c, cps, h, []Option{WithName("")}},
		{"zero batch", c, cps, h, []Option{WithBatchSize(0)}},
		{"tiny history", c, cps, h, []Option{WithHistory(1)}},
		{"zero interval", c, cps, h, []Option{WithPollInterval(0)}},
	}
	for _, tt := range tests {
		if _, err := New(tt.b, tt.cps, tt.h, tt.opts...); !errors.Is(err, ErrInvalidOption) {
			t.Errorf("%s: err = %v, want ErrInvalidOption", tt.name, err)
		}
	}
}

func TestCheckpointValidateAndJSON(t *testing.T) {
	t.Parallel()
	h1, h2 := common.Hash{1}, common.Hash{2}
	tests := []struct {
		name string
		cp   Checkpoint
		ok   bool
	}{
		{"valid", Checkpoint{Number: 7, Hash: h2, Recent: []common.Hash{h1, h2}}, true},
		{"genesis", Checkpoint{Number: 0, Hash: h1, Recent: []common.Hash{h1}}, true},
		{"no recent", Checkpoint{Number: 7, Hash: h2}, false},
		{"hash differs", Checkpoint{Number: 7, Hash: h1, Recent: []common.Hash{h1, h2}}, false},
		{"more hashes than blocks", Checkpoint{Number: 0, Hash: h2, Recent: []common.Hash{h1, h2}}, false},
	}
	for _, tt := range tests {
		err := tt.cp.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%s: Validate() = %v, want ok=%v", tt.name, err, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrBadCheckpoint) {
			t.Errorf("%s: error %v does not wrap ErrBadCheckpoint", tt.name, err)
		}
	}
	cp := tests[0].cp
	data, err := json.Marshal(cp)
	if err != nil {
		t.Fatal(err)
	}
	var back Checkpoint
	if err := json.Unmarshal(data, &back); err != nil || back.Number != cp.Number || back.Hash != cp.Hash || len(back.Recent) != 2 || back.Recent[0] != h1 {
		t.Fatalf("JSON round trip: %s -> %+v (%v)", data, back, err)
	}
	if h, ok := cp.HashAt(6); !ok || h != h1 {
		t.Fatalf("HashAt(6) = %s, %v; want %s", h, ok, h1)
	}
	if _, ok := cp.HashAt(5); ok {
		t.Fatalf("HashAt below the recent window reported a hash")
	}
}

func TestIDOf(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(3, 3)
	seen := map[EventID]bool{}
	for _, b := range c.blocks {
		for _, l := range b.logs {
			id := IDOf(l)
			if seen[id] {
				t.Fatalf("two logs share id %s", id)
			}
			seen[id] = true
			moved := l
			moved.BlockHash = common.Hash{0xee}
			if IDOf(moved) == id {
				t.Fatalf("id does not depend on the block hash")
			}
			if IDOf(l) != id {
				t.Fatalf("id is not deterministic")
			}
		}
	}
}

func TestRunDeliversAndStops(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(5, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r, WithPollInterval(time.Millisecond))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(runCtx) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if cp, ok := w.Checkpoint(); ok && cp.Number == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Run did not deliver the chain")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run after cancel = %v, want nil", err)
	}
	r.requireState(t, c.canonicalIDs(0, 5, nil))
}

func TestRunStopsOnReorgTooDeep(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(8, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r, WithPollInterval(time.Millisecond), WithHistory(3))
	mustPoll(t, w)
	c.reorg(6, 6, 1)
	runCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := w.Run(runCtx); !errors.Is(err, ErrReorgTooDeep) {
		t.Fatalf("Run = %v, want ErrReorgTooDeep", err)
	}
}

func TestTruncatedChainRolledBackWhenItRegrows(t *testing.T) {
	t.Parallel()
	c := newFakeChain()
	c.extend(8, 1)
	r := newRecorder(t, 0)
	w := mustNew(t, c, NewMemoryCheckpoints(), r)
	mustPoll(t, w)
	// evm_revert, or a fork choice that drops blocks without new ones yet:
	// the shorter chain agrees with what was delivered below its head.
	c.reorg(3, 0, 0)
	if p := mustPoll(t, w); p.Reorgs != 0 {
		t.Fatalf("bare truncation treated as a reorg before any conflicting block exists")
	}
	c.extend(1, 2) // a block at height 6 that conflicts with the delivered one
	p := mustPoll(t, w)
	if p.Reorgs != 1 || r.reorgs[0].Ancestor.Number != 5 || len(r.reorgs[0].Removed) != 3 {
		t.Fatalf("after regrowth: progress %+v, reorgs %+v; want one reorg to 5 removing 3 blocks", p, r.reorgs)
	}
	r.requireState(t, c.canonicalIDs(0, c.head(), nil))
}
