package service

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/watcher"
)

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func hashes(ns ...byte) []common.Hash {
	out := make([]common.Hash, len(ns))
	for i, n := range ns {
		out[i] = common.Hash{n}
	}
	return out
}

func TestCheckpoints_RoundTrip(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cps := NewCheckpoints(openStore(t, filepath.Join(t.TempDir(), "r.db")))
	if _, err := cps.Load(ctx, "a"); !errors.Is(err, watcher.ErrNoCheckpoint) {
		t.Fatalf("Load before Save: err = %v, want ErrNoCheckpoint", err)
	}
	steps := []watcher.Checkpoint{
		{Number: 12, Hash: common.Hash{12}, Recent: hashes(10, 11, 12)},
		{Number: 14, Hash: common.Hash{14}, Recent: hashes(11, 12, 13, 14)},
		// A rollback to a shorter history replaces everything above it.
		{Number: 11, Hash: common.Hash{0xb}, Recent: hashes(10, 0xb)},
		{Number: 0, Hash: common.Hash{0}, Recent: hashes(0)},
	}
	for i, want := range steps {
		if err := cps.Save(ctx, "a", want); err != nil {
			t.Fatalf("step %d: Save: %v", i, err)
		}
		got, err := cps.Load(ctx, "a")
		if err != nil {
			t.Fatalf("step %d: Load: %v", i, err)
		}
		if got.Number != want.Number || got.Hash != want.Hash || len(got.Recent) != len(want.Recent) {
			t.Fatalf("step %d: Load = %+v, want %+v", i, got, want)
		}
		for j := range want.Recent {
			if got.Recent[j] != want.Recent[j] {
				t.Fatalf("step %d: Recent[%d] = %s, want %s", i, j, got.Recent[j], want.Recent[j])
			}
		}
	}
	if _, err := cps.Load(ctx, "b"); !errors.Is(err, watcher.ErrNoCheckpoint) {
		t.Errorf("names are independent: Load(b) err = %v, want ErrNoCheckpoint", err)
	}
	bad := watcher.Checkpoint{Number: 5, Hash: common.Hash{5}, Recent: hashes(4)}
	if err := cps.Save(ctx, "a", bad); !errors.Is(err, watcher.ErrBadCheckpoint) {
		t.Errorf("Save of an inconsistent checkpoint: err = %v, want ErrBadCheckpoint", err)
	}
}

// TestCheckpoints_WatcherResumes runs a watcher on the embedded chain with
// store-backed checkpoints, then a new watcher on a reopened store: it must
// continue after the last delivered block, without gaps or repeats.
func TestCheckpoints_WatcherResumes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	chain := devchain.New()
	t.Cleanup(func() { chain.Close() })
	for i := 0; i < 5; i++ {
		chain.Commit()
	}
	path := filepath.Join(t.TempDir(), "w.db")
	var delivered []uint64
	h := watcher.HandlerFuncs{Batch: func(_ context.Context, b watcher.Batch) error {
		for n := b.From; n <= b.To; n++ {
			delivered = append(delivered, n)
		}
		return nil
	}}
	st1, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	w1, err := watcher.New(chain.Client(), NewCheckpoints(st1), h, watcher.WithStartBlock(1), watcher.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w1.Poll(ctx); err != nil {
		t.Fatalf("first poll: %v", err)
	}
	st1.Close()
	for i := 0; i < 3; i++ {
		chain.Commit()
	}
	w2, err := watcher.New(chain.Client(), NewCheckpoints(openStore(t, path)), h, watcher.WithStartBlock(1), watcher.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	p, err := w2.Poll(ctx)
	if err != nil {
		t.Fatalf("poll after reopening: %v", err)
	}
	head, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Checkpoint.Number != head {
		t.Errorf("checkpoint at %d, head %d", p.Checkpoint.Number, head)
	}
	for i, n := range delivered {
		if n != uint64(i+1) {
			t.Fatalf("delivered blocks %v: want 1..%d once each", delivered, head)
		}
	}
	if uint64(len(delivered)) != head {
		t.Errorf("delivered %d blocks, want %d", len(delivered), head)
	}
}
