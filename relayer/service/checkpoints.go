package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/watcher"
)

// checkpointPrefix keeps watcher checkpoints apart from other followers'
// rows in the store's checkpoint table.
const checkpointPrefix = "watcher/"

// Checkpoints keeps watcher checkpoints in the relayer store: the checkpoint
// row plus its recent-hash history, replaced in one SQLite transaction, so a
// crash leaves either the old or the new checkpoint.
type Checkpoints struct {
	st *store.Store
}

var _ watcher.Checkpoints = (*Checkpoints)(nil)

// NewCheckpoints returns watcher checkpoints stored in st.
func NewCheckpoints(st *store.Store) *Checkpoints { return &Checkpoints{st: st} }

// CheckpointName is the store name under which watcher name's checkpoint is kept.
func CheckpointName(name string) string { return checkpointPrefix + name }

// Load implements watcher.Checkpoints.
func (c *Checkpoints) Load(ctx context.Context, name string) (watcher.Checkpoint, error) {
	cp, recent, err := c.st.CheckpointHistory(ctx, CheckpointName(name))
	if errors.Is(err, store.ErrNotFound) {
		return watcher.Checkpoint{}, fmt.Errorf("watcher %s: %w", name, watcher.ErrNoCheckpoint)
	}
	if err != nil {
		return watcher.Checkpoint{}, fmt.Errorf("load checkpoint of watcher %s: %w", name, err)
	}
	return watcher.Checkpoint{Number: cp.Number, Hash: cp.Hash, Recent: recent}, nil
}

// Save implements watcher.Checkpoints.
func (c *Checkpoints) Save(ctx context.Context, name string, cp watcher.Checkpoint) error {
	if err := cp.Validate(); err != nil {
		return fmt.Errorf("save checkpoint of watcher %s: %w", name, err)
	}
	if err := c.st.ReplaceCheckpoint(ctx, CheckpointName(name), cp.Number, cp.Hash, cp.Recent); err != nil {
		return fmt.Errorf("save checkpoint of watcher %s: %w", name, err)
	}
	return nil
}
