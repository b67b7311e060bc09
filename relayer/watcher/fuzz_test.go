package watcher

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzWatcherReorgs drives a fake chain through arbitrary sequences of new
// blocks, reorgs (within the history), lagging heads, mid-read reorgs and
// restarts, polling in between. Invariant: after every successful poll the
// consumer holds exactly the canonical events of blocks start..head-confirmations,
// deliveries are contiguous (checked by the recorder), and nothing live is
// delivered twice.
func FuzzWatcherReorgs(f *testing.F) {
	f.Add([]byte{0, 3, 1, 2, 0, 5, 3, 1})
	f.Add([]byte{2, 4, 4, 1, 7, 3, 0, 2, 5, 1})
	f.Add([]byte{1, 0, 9, 0, 9, 1, 6, 2, 6, 4, 2})
	f.Add([]byte{3, 5, 0, 1, 1, 1, 1, 1, 1, 1})
	// Regressions found by fuzzing: a chain truncated below an anchor; a
	// reorg visible while the head is below the confirmation depth.
	f.Add([]byte("0X1,901*00"))
	f.Add([]byte("0A0119"))
	f.Add([]byte("70011910"))
	f.Add([]byte("2X1\"190000"))
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) < 2 || len(ops) > 64 {
			return
		}
		const history = 8
		confirmations := uint64(ops[0] % 4)
		start := uint64(ops[1] % 6)
		c := newFakeChain()
		c.extend(2, 1)
		r := newRecorder(t, start)
		cps := NewMemoryCheckpoints()
		opts := []Option{WithConfirmations(confirmations), WithStartBlock(start), WithHistory(history), WithBatchSize(3), WithAddresses(fakeEmitter)}
		w := mustNew(t, c, cps, r, opts...)
		// maxDepth keeps a reorg's fork point inside the window the checkpoint
		// remembers: the documented limit of what the watcher can undo.
		maxDepth := func(want int) int {
			head := int(c.head())
			limit := head // genesis stays
			if cp, ok := w.Checkpoint(); ok {
				limit = min(limit, head-int(cp.First()))
			}
			return max(0, min(want, limit))
		}
		for i := 2; i+1 < len(ops); i += 2 {
			arg := int(ops[i+1])
			switch ops[i] % 6 {
			case 0:
				c.extend(1+arg%4, arg%3)
			case 1:
				// Keep the reorg shallower than what the checkpoint remembers,
				// and give the new branch at least one block: a bare
				// truncation is indistinguishable from a lagging node until
				// the chain grows again (TestTruncatedChainRolledBackWhenItRegrows).
				if depth := maxDepth(1 + arg%(history-1)); depth > 0 {
					c.reorg(depth, max(1, depth+arg%3-1), 1+arg%2)
				}
			case 2:
				c.headLag = uint64(arg % 3)
			case 3:
				if depth := maxDepth(1 + arg%2); depth > 0 {
					c.beforeFilter = func() { c.reorg(depth, 2, 1) }
				}
			case 4:
				w = mustNew(t, c, cps, r, opts...) // restart
			}
			if _, err := w.Poll(ctx); err != nil {
				if errors.Is(err, ErrChainUnstable) {
					continue
				}
				t.Fatalf("op %d: Poll: %v (log %v)", i/2, err, r.log)
			}
			c.beforeFilter = nil
			c.headLag = 0
			if _, err := w.Poll(ctx); err != nil {
				t.Fatalf("op %d: settle Poll: %v", i/2, err)
			}
			// The consumer must hold exactly the canonical events from the
			// start up to the checkpoint, the checkpoint must be canonical,
			// and it must have caught up with the confirmation target (it may
			// sit above it when the chain got shorter under blocks that are
			// still canonical).
			head := c.head()
			upTo := start - 1 // nothing delivered
			if cp, ok := w.Checkpoint(); ok {
				upTo = cp.Number
				if cp.Number > head {
					// The chain is now shorter than what was delivered. If the
					// checkpoint remembers the new head's height, the new head
					// conflicts with it and the reorg must have been handled;
					// otherwise detection waits until the chain regrows into the
					// remembered window.
					if _, known := cp.HashAt(head); known {
						t.Fatalf("op %d: chain shrank to %d under checkpoint %d without a rollback", i/2, head, cp.Number)
					}
					continue
				}
				if c.hashAt(cp.Number) != cp.Hash {
					t.Fatalf("op %d: checkpoint %d %s is not canonical (head %d)", i/2, cp.Number, cp.Hash, head)
				}
			}
			if head >= confirmations && head-confirmations >= start && (upTo+1 < start+1 || upTo < head-confirmations) {
				t.Fatalf("op %d: checkpoint %d behind target %d", i/2, upTo, head-confirmations)
			}
			want := map[EventID]bool{}
			if upTo+1 > start {
				want = c.canonicalIDs(start, upTo, []common.Address{fakeEmitter})
			}
			r.requireState(t, want)
			if r.dupes != 0 {
				t.Fatalf("op %d: %d live events delivered twice", i/2, r.dupes)
			}
		}
	})
}
