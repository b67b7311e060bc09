package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Checkpoint is how far a named chain follower (for example the watcher of
// one contract) has processed the chain.
type Checkpoint struct {
	Name      string
	Number    uint64
	Hash      common.Hash
	UpdatedAt time.Time
}

// BlockRef identifies a block. A follower keeps the refs of the blocks it
// processed recently to find where a reorg forked.
type BlockRef struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
}

// SaveCheckpoint sets the checkpoint called name to block (number, hash).
func (s *Store) SaveCheckpoint(ctx context.Context, name string, number uint64, hash common.Hash) error {
	if name == "" {
		return fmt.Errorf("%w: empty checkpoint name", ErrInvalid)
	}
	return s.Update(ctx, func(tx *Tx) error { return tx.SaveCheckpoint(ctx, name, number, hash) })
}

// SaveCheckpoint sets a checkpoint inside a transaction, so a follower can
// move its checkpoint in the same commit as the state its blocks produced.
func (tx *Tx) SaveCheckpoint(ctx context.Context, name string, number uint64, hash common.Hash) error {
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO checkpoints (name, number, hash, updated_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET number = excluded.number, hash = excluded.hash, updated_at = excluded.updated_at`,
		name, number, hashText(hash), tx.now)
	if err != nil {
		return fmt.Errorf("store: save checkpoint %q: %w", name, err)
	}
	return nil
}

// Checkpoint returns the checkpoint called name, or ErrNotFound when none was saved.
func (s *Store) Checkpoint(ctx context.Context, name string) (Checkpoint, error) {
	var (
		c       = Checkpoint{Name: name}
		hash    string
		updated int64
	)
	err := s.db.QueryRowContext(ctx, "SELECT number, hash, updated_at FROM checkpoints WHERE name = ?", name).Scan(&c.Number, &hash, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return Checkpoint{}, fmt.Errorf("%w: checkpoint %q", ErrNotFound, name)
	}
	if err != nil {
		return Checkpoint{}, fmt.Errorf("store: read checkpoint %q: %w", name, err)
	}
	c.Hash = common.HexToHash(hash)
	c.UpdatedAt = time.Unix(0, updated)
	return c, nil
}

// AdvanceCheckpoint records blocks (in any order) in the recent-hash table of
// follower name, moves its checkpoint to the highest of them, and forgets
// hashes more than keep blocks below it, all in one transaction.
func (s *Store) AdvanceCheckpoint(ctx context.Context, name string, blocks []BlockRef, keep uint64) error {
	if name == "" || len(blocks) == 0 {
		return fmt.Errorf("%w: advance checkpoint needs a name and at least one block", ErrInvalid)
	}
	return s.Update(ctx, func(tx *Tx) error { return tx.AdvanceCheckpoint(ctx, name, blocks, keep) })
}

// AdvanceCheckpoint is Store.AdvanceCheckpoint inside a transaction.
func (tx *Tx) AdvanceCheckpoint(ctx context.Context, name string, blocks []BlockRef, keep uint64) error {
	top := blocks[0]
	for _, b := range blocks {
		if _, err := tx.tx.ExecContext(ctx, `INSERT INTO block_hashes (name, number, hash, parent_hash) VALUES (?, ?, ?, ?)
			ON CONFLICT (name, number) DO UPDATE SET hash = excluded.hash, parent_hash = excluded.parent_hash`,
			name, b.Number, hashText(b.Hash), hashText(b.ParentHash)); err != nil {
			return fmt.Errorf("store: record block %d for %q: %w", b.Number, name, err)
		}
		if b.Number > top.Number {
			top = b
		}
	}
	if top.Number > keep {
		if _, err := tx.tx.ExecContext(ctx, "DELETE FROM block_hashes WHERE name = ? AND number <= ?", name, top.Number-keep); err != nil {
			return fmt.Errorf("store: prune block hashes of %q: %w", name, err)
		}
	}
	return tx.SaveCheckpoint(ctx, name, top.Number, top.Hash)
}

// Rewind handles a reorg for follower name: it forgets recorded hashes above
// to.Number and moves the checkpoint back to to, in one transaction.
func (s *Store) Rewind(ctx context.Context, name string, to BlockRef) error {
	return s.Update(ctx, func(tx *Tx) error {
		if _, err := tx.tx.ExecContext(ctx, "DELETE FROM block_hashes WHERE name = ? AND number > ?", name, to.Number); err != nil {
			return fmt.Errorf("store: rewind %q: %w", name, err)
		}
		return tx.SaveCheckpoint(ctx, name, to.Number, to.Hash)
	})
}

// BlockHash returns the recorded hash of block number for follower name, or ErrNotFound.
func (s *Store) BlockHash(ctx context.Context, name string, number uint64) (common.Hash, error) {
	var h string
	err := s.db.QueryRowContext(ctx, "SELECT hash FROM block_hashes WHERE name = ? AND number = ?", name, number).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return common.Hash{}, fmt.Errorf("%w: block %d of %q", ErrNotFound, number, name)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("store: read block %d of %q: %w", number, name, err)
	}
	return common.HexToHash(h), nil
}

// RecentBlocks returns up to limit recorded blocks of follower name, highest first.
func (s *Store) RecentBlocks(ctx context.Context, name string, limit int) ([]BlockRef, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT number, hash, parent_hash FROM block_hashes WHERE name = ? ORDER BY number DESC LIMIT ?", name, limit)
	if err != nil {
		return nil, fmt.Errorf("store: recent blocks of %q: %w", name, err)
	}
	defer rows.Close()
	var out []BlockRef
	for rows.Next() {
		var (
			b    BlockRef
			h, p string
		)
		if err := rows.Scan(&b.Number, &h, &p); err != nil {
			return nil, fmt.Errorf("store: recent blocks of %q: %w", name, err)
		}
		b.Hash, b.ParentHash = common.HexToHash(h), common.HexToHash(p)
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: recent blocks of %q: %w", name, err)
	}
	return out, nil
}

// ReplaceCheckpoint atomically replaces follower name's checkpoint and its
// whole recent-hash history. recent holds the hashes of blocks
// number-len(recent)+1 .. number, oldest first; it may be empty, and when it
// is not, its last hash must be hash. This is the one-call Save a watcher
// that keeps its own history window needs.
func (s *Store) ReplaceCheckpoint(ctx context.Context, name string, number uint64, hash common.Hash, recent []common.Hash) error {
	if name == "" {
		return fmt.Errorf("%w: empty checkpoint name", ErrInvalid)
	}
	if uint64(len(recent)) > number+1 {
		return fmt.Errorf("%w: %d recent hashes end at block %d", ErrInvalid, len(recent), number)
	}
	if len(recent) > 0 && recent[len(recent)-1] != hash {
		return fmt.Errorf("%w: the newest recent hash is not the checkpoint's", ErrInvalid)
	}
	return s.Update(ctx, func(tx *Tx) error {
		if _, err := tx.tx.ExecContext(ctx, "DELETE FROM block_hashes WHERE name = ?", name); err != nil {
			return fmt.Errorf("store: replace checkpoint %q: %w", name, err)
		}
		first := number + 1 - uint64(len(recent))
		for i, h := range recent {
			var parent common.Hash
			if i > 0 {
				parent = recent[i-1]
			}
			if _, err := tx.tx.ExecContext(ctx, "INSERT INTO block_hashes (name, number, hash, parent_hash) VALUES (?, ?, ?, ?)",
				name, first+uint64(i), hashText(h), hashText(parent)); err != nil {
				return fmt.Errorf("store: replace checkpoint %q: %w", name, err)
			}
		}
		return tx.SaveCheckpoint(ctx, name, number, hash)
	})
}

// CheckpointHistory returns follower name's checkpoint and the recorded
// hashes of the contiguous run of blocks ending at it, oldest first (what
// ReplaceCheckpoint stored, or what AdvanceCheckpoint kept). It returns
// ErrNotFound when no checkpoint was saved.
func (s *Store) CheckpointHistory(ctx context.Context, name string) (Checkpoint, []common.Hash, error) {
	cp, err := s.Checkpoint(ctx, name)
	if err != nil {
		return Checkpoint{}, nil, err
	}
	rows, err := s.db.QueryContext(ctx, "SELECT number, hash FROM block_hashes WHERE name = ? AND number <= ? ORDER BY number DESC", name, cp.Number)
	if err != nil {
		return Checkpoint{}, nil, fmt.Errorf("store: checkpoint history %q: %w", name, err)
	}
	defer rows.Close()
	var newestFirst []common.Hash
	want := cp.Number
	for rows.Next() {
		var (
			n uint64
			h string
		)
		if err := rows.Scan(&n, &h); err != nil {
			return Checkpoint{}, nil, fmt.Errorf("store: checkpoint history %q: %w", name, err)
		}
		if n != want {
			break
		}
		newestFirst = append(newestFirst, common.HexToHash(h))
		if want == 0 {
			break
		}
		want--
	}
	if err := rows.Err(); err != nil {
		return Checkpoint{}, nil, fmt.Errorf("store: checkpoint history %q: %w", name, err)
	}
	out := make([]common.Hash, len(newestFirst))
	for i, h := range newestFirst {
		out[len(out)-1-i] = h
	}
	return cp, out, nil
}
