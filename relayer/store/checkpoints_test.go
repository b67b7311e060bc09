package store

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func ref(n uint64) BlockRef {
	return BlockRef{Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n*1000 + 1)), ParentHash: common.BigToHash(new(big.Int).SetUint64((n-1)*1000 + 1))}
}

func TestCheckpoint_SaveAndRead(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	if _, err := s.Checkpoint(ctx, "settlement"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing checkpoint: err = %v, want ErrNotFound", err)
	}
	if err := s.SaveCheckpoint(ctx, "", 1, common.Hash{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty name: err = %v, want ErrInvalid", err)
	}
	for _, n := range []uint64{5, 9, 7} { // last write wins, even backwards (a rewind)
		if err := s.SaveCheckpoint(ctx, "settlement", n, common.BigToHash(new(big.Int).SetUint64(n))); err != nil {
			t.Fatalf("save %d: %v", n, err)
		}
	}
	c, err := s.Checkpoint(ctx, "settlement")
	if err != nil || c.Number != 7 || c.Hash != common.BigToHash(new(big.Int).SetUint64(7)) || c.Name != "settlement" {
		t.Fatalf("checkpoint = %+v, %v; want block 7", c, err)
	}
	if _, err := s.Checkpoint(ctx, "escrow"); !errors.Is(err, ErrNotFound) {
		t.Fatal("checkpoints are not separated by name")
	}
}

func TestCheckpoint_AdvancePruneRewind(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	if err := s.AdvanceCheckpoint(ctx, "w", nil, 4); !errors.Is(err, ErrInvalid) {
		t.Fatalf("advance without blocks: err = %v, want ErrInvalid", err)
	}
	if err := s.AdvanceCheckpoint(ctx, "w", []BlockRef{ref(3), ref(1), ref(2)}, 4); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Checkpoint(ctx, "w"); c.Number != 3 || c.Hash != ref(3).Hash {
		t.Fatalf("checkpoint after advance = %+v, want block 3", c)
	}
	for n := uint64(4); n <= 10; n++ {
		if err := s.AdvanceCheckpoint(ctx, "w", []BlockRef{ref(n)}, 4); err != nil {
			t.Fatal(err)
		}
	}
	recent, err := s.RecentBlocks(ctx, "w", 100)
	if err != nil || len(recent) != 4 || recent[0] != ref(10) || recent[3] != ref(7) {
		t.Fatalf("recent after pruning to 4 = %+v, %v; want blocks 10..7", recent, err)
	}
	if _, err := s.BlockHash(ctx, "w", 6); !errors.Is(err, ErrNotFound) {
		t.Fatalf("pruned block 6: err = %v, want ErrNotFound", err)
	}
	if h, err := s.BlockHash(ctx, "w", 8); err != nil || h != ref(8).Hash {
		t.Fatalf("block 8 = %s, %v", h, err)
	}
	// Reorg: blocks 9 and 10 replaced; the follower rewinds to 8.
	if err := s.Rewind(ctx, "w", ref(8)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BlockHash(ctx, "w", 9); !errors.Is(err, ErrNotFound) {
		t.Fatalf("block 9 after rewind: err = %v, want ErrNotFound", err)
	}
	if c, _ := s.Checkpoint(ctx, "w"); c.Number != 8 {
		t.Fatalf("checkpoint after rewind = %d, want 8", c.Number)
	}
	// Advancing over a recorded height replaces its hash.
	replaced := ref(8)
	replaced.Hash = common.HexToHash("0xfeed")
	if err := s.AdvanceCheckpoint(ctx, "w", []BlockRef{replaced}, 4); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.BlockHash(ctx, "w", 8); h != replaced.Hash {
		t.Fatalf("block 8 hash = %s, want the replacement", h)
	}
	if other, _ := s.RecentBlocks(ctx, "other", 10); len(other) != 0 {
		t.Fatalf("another follower sees %d blocks", len(other))
	}
	// A checkpoint can move in the same transaction as other state.
	if err := s.Update(ctx, func(tx *Tx) error { return tx.SaveCheckpoint(ctx, "w", 11, ref(11).Hash) }); err != nil {
		t.Fatal(err)
	}
}

func TestCheckpoint_ReplaceAndHistory(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	if _, _, err := s.CheckpointHistory(ctx, "w"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("history without checkpoint: err = %v, want ErrNotFound", err)
	}
	h := func(n uint64) common.Hash { return ref(n).Hash }
	recent := []common.Hash{h(8), h(9), h(10)}
	if err := s.ReplaceCheckpoint(ctx, "w", 10, h(10), recent); err != nil {
		t.Fatal(err)
	}
	cp, got, err := s.CheckpointHistory(ctx, "w")
	if err != nil || cp.Number != 10 || cp.Hash != h(10) || len(got) != 3 || got[0] != h(8) || got[2] != h(10) {
		t.Fatalf("history = %+v %v, %v", cp, got, err)
	}
	// A rollback replaces everything, including hashes above the new checkpoint.
	other := common.HexToHash("0xabc")
	if err := s.ReplaceCheckpoint(ctx, "w", 9, other, []common.Hash{h(8), other}); err != nil {
		t.Fatal(err)
	}
	cp, got, _ = s.CheckpointHistory(ctx, "w")
	if cp.Number != 9 || len(got) != 2 || got[1] != other {
		t.Fatalf("after rollback: %+v %v", cp, got)
	}
	if _, err := s.BlockHash(ctx, "w", 10); !errors.Is(err, ErrNotFound) {
		t.Fatal("block 10 survived the replacement")
	}
	// Empty history, from genesis, and a gap in AdvanceCheckpoint's table.
	if err := s.ReplaceCheckpoint(ctx, "g", 0, h(0), []common.Hash{h(0)}); err != nil {
		t.Fatal(err)
	}
	if _, got, _ := s.CheckpointHistory(ctx, "g"); len(got) != 1 {
		t.Fatalf("genesis history %v", got)
	}
	if err := s.ReplaceCheckpoint(ctx, "e", 5, h(5), nil); err != nil {
		t.Fatal(err)
	}
	if _, got, _ := s.CheckpointHistory(ctx, "e"); len(got) != 0 {
		t.Fatalf("empty history %v", got)
	}
	if err := s.AdvanceCheckpoint(ctx, "gap", []BlockRef{ref(3), ref(5), ref(6)}, 10); err != nil {
		t.Fatal(err)
	}
	if _, got, _ := s.CheckpointHistory(ctx, "gap"); len(got) != 2 || got[0] != h(5) {
		t.Fatalf("history across a gap = %v, want blocks 5 and 6", got)
	}
	bad := []struct {
		name   string
		number uint64
		hash   common.Hash
		recent []common.Hash
	}{
		{"", 1, h(1), nil},
		{"w", 1, h(1), []common.Hash{h(0), h(1), h(2)}},
		{"w", 2, h(2), []common.Hash{h(1)}},
	}
	for _, b := range bad {
		if err := s.ReplaceCheckpoint(ctx, b.name, b.number, b.hash, b.recent); !errors.Is(err, ErrInvalid) {
			t.Errorf("replace %q %d: err = %v, want ErrInvalid", b.name, b.number, err)
		}
	}
}
