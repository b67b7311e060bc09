// Package store provides the relayer's durable state: transaction intents
// with every transaction signed for them, and chain checkpoints with a short
// history of block hashes for reorg detection, kept in SQLite (WAL mode).
//
// Every intent is written before anything is sent for it, and every state
// change is one SQLite transaction, so a crash at any point leaves a state
// from which the transaction manager can resume without losing an intent or
// sending one twice. Private keys are never stored: only signed transactions,
// which are public once broadcast.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/dip-market/dip/internal/sqlitedb"
)

var (
	// ErrNotFound is returned when an intent, checkpoint or block hash does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrKeyConflict is returned by CreateIntent when the idempotency key is
	// already used by an intent with a different account or payload.
	ErrKeyConflict = errors.New("store: idempotency key already used for a different intent")
	// ErrStateConflict is returned when a state change does not apply to the
	// intent's current state (for example confirming an intent that was never mined).
	ErrStateConflict = errors.New("store: intent is not in the state this change requires")
	// ErrSchemaTooNew is returned by Open when the database was written by a
	// newer version of this package.
	ErrSchemaTooNew = sqlitedb.ErrSchemaTooNew
	// ErrInvalid is returned for arguments that cannot be stored (empty key, nil value).
	ErrInvalid = errors.New("store: invalid argument")
)

// SyncMode is SQLite's synchronous setting: how often commits reach the disk.
type SyncMode string

const (
	// SyncFull fsyncs the write-ahead log on every commit: a committed state
	// change survives a process crash and a power loss. The default.
	SyncFull SyncMode = "FULL"
	// SyncNormal fsyncs only at checkpoints: a committed state change survives
	// a process crash (SIGKILL) but the last commits may be lost on power loss.
	SyncNormal SyncMode = "NORMAL"
)

// Store is an open relayer database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	now  func() time.Time
	sync SyncMode
}

// Option configures Open.
type Option func(*options)

type options struct {
	sync        SyncMode
	busyTimeout time.Duration
	now         func() time.Time
}

// WithSyncMode sets SQLite's synchronous mode (default SyncFull).
func WithSyncMode(m SyncMode) Option { return func(o *options) { o.sync = m } }

// WithBusyTimeout sets how long a write waits for another process holding
// the database lock (default 5s).
func WithBusyTimeout(d time.Duration) Option { return func(o *options) { o.busyTimeout = d } }

// WithClock sets the clock used for created/updated timestamps (tests).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// Open opens (creating if needed) the database at path, switches it to WAL
// mode and applies pending schema migrations.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{sync: SyncFull, busyTimeout: 5 * time.Second, now: time.Now}
	for _, opt := range opts {
		opt(&o)
	}
	if o.sync != SyncFull && o.sync != SyncNormal {
		return nil, fmt.Errorf("%w: sync mode %q (want FULL or NORMAL)", ErrInvalid, o.sync)
	}
	db, err := sqlitedb.Open(ctx, path, migrations, sqlitedb.Options{Sync: sqlitedb.Sync(o.sync), BusyTimeout: o.busyTimeout})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &Store{db: db, now: o.now, sync: o.sync}, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	return s.db.Close()
}

// SchemaVersion returns the number of migrations applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	v, err := sqlitedb.Version(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return v, nil
}

// Update runs fn inside one SQLite transaction: either every change fn makes
// through tx is committed, or none is. The commit is durable under the
// store's SyncMode (with SyncFull it survives a power loss). fn must not
// keep tx after returning.
func (s *Store) Update(ctx context.Context, fn func(tx *Tx) error) error {
	return s.update(ctx, s.sync, fn)
}

// UpdateRelaxed is Update without the fsync of SyncFull: the commit survives
// a process crash but may be lost, with every later relaxed commit, on a
// power loss. Use it only for changes that restate what the chain already
// shows (a receipt, a confirmation), which a restarted manager derives again;
// a change that must hold before anything is sent needs Update. Commits stay
// ordered: a later Update makes every earlier commit durable too.
func (s *Store) UpdateRelaxed(ctx context.Context, fn func(tx *Tx) error) error {
	return s.update(ctx, SyncNormal, fn)
}

func (s *Store) update(ctx context.Context, mode SyncMode, fn func(tx *Tx) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: connect: %w", err)
	}
	defer conn.Close()
	// synchronous is a connection setting; set it for every transaction so a
	// relaxed one never leaves the connection relaxed for a durable one.
	// mode is one of two constants, never caller input.
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = "+string(mode)); err != nil {
		return fmt.Errorf("store: set synchronous: %w", err)
	}
	sqlTx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	tx := &Tx{tx: sqlTx, now: s.now().UnixNano()}
	if err := fn(tx); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Tx is a write transaction opened by Store.Update.
type Tx struct {
	tx  *sql.Tx
	now int64
}
