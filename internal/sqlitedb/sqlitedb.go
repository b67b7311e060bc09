// Package sqlitedb opens the relayer's SQLite databases the one way they are
// all opened: WAL journal, a chosen synchronous mode, write transactions that
// take the lock at BEGIN, foreign keys on, a single connection, and schema
// migrations counted by PRAGMA user_version.
package sqlitedb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// ErrSchemaTooNew means the database was migrated by a newer binary.
var ErrSchemaTooNew = errors.New("database schema is newer than this binary")

// Sync is SQLite's synchronous setting.
type Sync string

// The synchronous modes a relayer database may use. FULL fsyncs the WAL at
// every commit; NORMAL only at checkpoints (a power loss may drop the last
// commits, never corrupt).
const (
	SyncFull   Sync = "FULL"
	SyncNormal Sync = "NORMAL"
)

// Options tune Open. The zero value means FULL and a 5 s busy timeout.
type Options struct {
	Sync        Sync
	BusyTimeout time.Duration
}

// Open opens (creating if needed) the database at path and applies the
// migrations it has not seen, each in its own transaction together with the
// version bump. migrations[i] moves the schema from version i to i+1.
func Open(ctx context.Context, path string, migrations []string, o Options) (*sql.DB, error) {
	if o.Sync == "" {
		o.Sync = SyncFull
	}
	if o.Sync != SyncFull && o.Sync != SyncNormal {
		return nil, fmt.Errorf("sync mode %q: want FULL or NORMAL", o.Sync)
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = 5 * time.Second
	}
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", string(o.Sync))
	q.Set("_busy_timeout", fmt.Sprint(o.BusyTimeout.Milliseconds()))
	q.Set("_foreign_keys", "1")
	// Writers take the lock at BEGIN, so two processes never deadlock upgrading
	// a read transaction to a write one.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	// One connection: SQLite serializes writers anyway, and a single
	// connection keeps every transaction of this process strictly ordered.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	if err := initialize(ctx, db, migrations); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func initialize(ctx context.Context, db *sql.DB, migrations []string) error {
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("read journal mode: %w", err)
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, want wal (is the path on a filesystem that supports WAL?)", mode)
	}
	version, err := Version(ctx, db)
	if err != nil {
		return err
	}
	if version > len(migrations) {
		return fmt.Errorf("%w: database is at version %d, this binary knows %d: upgrade the binary", ErrSchemaTooNew, version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		if err := applyMigration(ctx, db, v, migrations[v]); err != nil {
			return err
		}
	}
	return nil
}

// Version returns the number of migrations applied to db.
func Version(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

func applyMigration(ctx context.Context, db *sql.DB, v int, stmt string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %d: begin: %w", v+1, err)
	}
	defer func() { _ = tx.Rollback() }()
	// Re-read inside the write lock: another process may have migrated meanwhile.
	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("migration %d: read version: %w", v+1, err)
	}
	if current > v {
		return nil
	}
	if _, err := tx.ExecContext(ctx, stmt); err != nil {
		return fmt.Errorf("migration %d: %w", v+1, err)
	}
	// PRAGMA does not take bound parameters; v+1 is an int.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return fmt.Errorf("migration %d: set version: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %d: commit: %w", v+1, err)
	}
	return nil
}
