package watcher

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// BlockRef names a block by number and hash.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Checkpoint is what a watcher persists after each delivery or rollback:
// the last delivered block and the hashes of the blocks before it, which
// let a restarted watcher detect a reorg that happened while it was down.
//
// Its JSON form ({"number":…,"hash":…,"recent":[…]}) is a stable encoding
// for stores that keep it as one value.
type Checkpoint struct {
	// Number is the last block whose events were delivered.
	Number uint64 `json:"number"`
	// Hash is that block's hash.
	Hash common.Hash `json:"hash"`
	// Recent holds the hashes of blocks Number-len(Recent)+1 .. Number,
	// oldest first; its last element equals Hash. Its length is bounded by
	// the watcher's history and bounds the deepest reorg it can undo.
	Recent []common.Hash `json:"recent"`
}

// Validate checks the checkpoint's internal consistency.
func (c Checkpoint) Validate() error {
	if len(c.Recent) == 0 {
		return fmt.Errorf("%w: no recent hashes", ErrBadCheckpoint)
	}
	if uint64(len(c.Recent)) > c.Number+1 {
		return fmt.Errorf("%w: %d recent hashes for block %d", ErrBadCheckpoint, len(c.Recent), c.Number)
	}
	if c.Recent[len(c.Recent)-1] != c.Hash {
		return fmt.Errorf("%w: last recent hash differs from the checkpoint hash", ErrBadCheckpoint)
	}
	return nil
}

// First is the oldest block number Recent covers.
func (c Checkpoint) First() uint64 { return c.Number + 1 - uint64(len(c.Recent)) }

// HashAt returns the recorded hash of block n, if Recent covers it.
func (c Checkpoint) HashAt(n uint64) (common.Hash, bool) {
	if len(c.Recent) == 0 || n > c.Number || n < c.First() {
		return common.Hash{}, false
	}
	return c.Recent[n-c.First()], true
}

// Ref returns the checkpoint's block.
func (c Checkpoint) Ref() BlockRef { return BlockRef{Number: c.Number, Hash: c.Hash} }

func (c Checkpoint) clone() Checkpoint {
	c.Recent = append([]common.Hash(nil), c.Recent...)
	return c
}

// Checkpoints stores one checkpoint per watcher name. The relayer's store
// provides a SQLite implementation; MemoryCheckpoints serves tests.
//
// Load returns an error wrapping ErrNoCheckpoint when nothing was saved under
// name. Save replaces the checkpoint atomically: after a crash, Load returns
// either the previous or the new checkpoint, never a mix. Implementations
// must be safe for concurrent use by different names.
type Checkpoints interface {
	Load(ctx context.Context, name string) (Checkpoint, error)
	Save(ctx context.Context, name string, cp Checkpoint) error
}

// MemoryCheckpoints is an in-memory Checkpoints for tests and the embedded
// demo; it forgets everything when the process exits.
type MemoryCheckpoints struct {
	mu  sync.Mutex
	cps map[string]Checkpoint
}

var _ Checkpoints = (*MemoryCheckpoints)(nil)

// NewMemoryCheckpoints returns an empty store.
func NewMemoryCheckpoints() *MemoryCheckpoints {
	return &MemoryCheckpoints{cps: map[string]Checkpoint{}}
}

// Load implements Checkpoints.
func (m *MemoryCheckpoints) Load(_ context.Context, name string) (Checkpoint, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cp, ok := m.cps[name]
	if !ok {
		return Checkpoint{}, fmt.Errorf("watcher %s: %w", name, ErrNoCheckpoint)
	}
	return cp.clone(), nil
}

// Save implements Checkpoints.
func (m *MemoryCheckpoints) Save(_ context.Context, name string, cp Checkpoint) error {
	if err := cp.Validate(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cps[name] = cp.clone()
	return nil
}

var (
	// ErrNoCheckpoint is returned (wrapped) by Checkpoints.Load when nothing
	// was saved under the name: the watcher then starts at its start block.
	ErrNoCheckpoint = errors.New("no checkpoint")
	// ErrBadCheckpoint is returned when a loaded or saved checkpoint is
	// internally inconsistent.
	ErrBadCheckpoint = errors.New("bad checkpoint")
)
