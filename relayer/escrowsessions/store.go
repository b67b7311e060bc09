package escrowsessions

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dip-market/dip/internal/sqlitedb"
)

// State is where an order's session stands.
type State string

// Record states.
const (
	// StatePending: the manifest is signed and stored, not yet accepted by
	// the deliberation relayer (it is retried until it is).
	StatePending State = "pending"
	// StateSubmitted: the deliberation relayer accepted the manifest (or
	// already held it); the session runs there.
	StateSubmitted State = "submitted"
	// StateIgnored: the delivery does not get a session; Reason says why.
	StateIgnored State = "ignored"
	// StateRefused: the deliberation relayer refused the manifest for good
	// (for example another manifest holds the session id); Reason says why.
	StateRefused State = "refused"
)

// Record is what the pipeline keeps per delivered order. One record per
// order id: a re-delivered event (restart, lost checkpoint) finds it and
// opens nothing.
type Record struct {
	OrderID     string   `json:"orderId"`
	State       State    `json:"state"`
	Reason      string   `json:"reason,omitempty"`
	Session     string   `json:"session,omitempty"`
	Question    string   `json:"question,omitempty"`
	ContentHash string   `json:"contentHash"`
	Deliverer   string   `json:"deliverer"`
	Experts     []string `json:"experts,omitempty"`
	Evaluators  []string `json:"evaluators,omitempty"`
	// Opens and ClosesAt are the session's first opening and last deadline
	// (unix seconds, the deliberation relayer's clock).
	Opens    uint64 `json:"opens,omitempty"`
	ClosesAt uint64 `json:"closesAt,omitempty"`
	// ReviewDeadline is the order's review deadline (chain time).
	ReviewDeadline uint64 `json:"reviewDeadline"`
	Block          uint64 `json:"block"`
	Event          string `json:"event"`
	// Manifest is the signed manifest as posted (deliberation JSON form).
	Manifest json.RawMessage `json:"manifest,omitempty"`
	Attempts int             `json:"attempts,omitempty"`
	// Announcement is "" without an announcer, then "pending" until the
	// session was published as a job on NATS, then "done".
	Announcement string `json:"announcement,omitempty"`
	Created      int64  `json:"created"`
	Updated      int64  `json:"updated"`
}

var migrations = []string{
	`CREATE TABLE orders (
		order_id TEXT PRIMARY KEY,
		state    TEXT NOT NULL,
		block    INTEGER NOT NULL,
		record   BLOB NOT NULL,
		updated  INTEGER NOT NULL,
		announce INTEGER NOT NULL DEFAULT 0
	);
	CREATE INDEX orders_state ON orders(state);
	CREATE INDEX orders_announce ON orders(announce) WHERE announce = 1;`,
}

// Store keeps the records in the pipeline's own SQLite file (WAL,
// synchronous=FULL): a record is durable before its manifest is posted.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

// OpenStore opens (creating if needed) the database at path.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	db, err := sqlitedb.Open(ctx, path, migrations, sqlitedb.Options{Sync: sqlitedb.SyncFull})
	if err != nil {
		return nil, fmt.Errorf("escrowsessions: open store %s: %w", path, err)
	}
	return &Store{db: db, now: time.Now}, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	return s.db.Close()
}

// Insert stores r unless a record for its order exists; it reports whether
// it inserted.
func (s *Store) Insert(ctx context.Context, r *Record) (bool, error) {
	now := s.now().Unix()
	r.Created, r.Updated = now, now
	data, err := json.Marshal(r)
	if err != nil {
		return false, fmt.Errorf("escrowsessions: encode record: %w", err)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO orders(order_id, state, block, record, updated) VALUES(?, ?, ?, ?, ?)
		ON CONFLICT(order_id) DO NOTHING`, r.OrderID, string(r.State), int64(r.Block), data, now)
	if err != nil {
		return false, fmt.Errorf("escrowsessions: insert order %s: %w", r.OrderID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("escrowsessions: insert order %s: %w", r.OrderID, err)
	}
	return n == 1, nil
}

// Update replaces the stored record of r's order.
func (s *Store) Update(ctx context.Context, r *Record) error {
	r.Updated = s.now().Unix()
	data, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("escrowsessions: encode record: %w", err)
	}
	announce := 0
	if r.State == StateSubmitted && r.Announcement == AnnouncePending {
		announce = 1
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET state = ?, record = ?, updated = ?, announce = ? WHERE order_id = ?`,
		string(r.State), data, r.Updated, announce, r.OrderID); err != nil {
		return fmt.Errorf("escrowsessions: update order %s: %w", r.OrderID, err)
	}
	return nil
}

// Announcement states.
const (
	AnnouncePending = "pending"
	AnnounceDone    = "done"
)

// ListUnannounced returns the submitted records whose job is not published yet.
func (s *Store) ListUnannounced(ctx context.Context) ([]*Record, error) {
	return s.query(ctx, `SELECT record FROM orders WHERE announce = 1 ORDER BY block, order_id`)
}

// ErrNotFound is returned by Get for an order without a record.
var ErrNotFound = errors.New("escrowsessions: no record for the order")

// Get returns the record of order id (decimal).
func (s *Store) Get(ctx context.Context, orderID string) (*Record, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT record FROM orders WHERE order_id = ?`, orderID).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, orderID)
	}
	if err != nil {
		return nil, fmt.Errorf("escrowsessions: read order %s: %w", orderID, err)
	}
	return decode(data)
}

// List returns the records, in state (all when empty), oldest block first.
func (s *Store) List(ctx context.Context, state State) ([]*Record, error) {
	if state == "" {
		return s.query(ctx, `SELECT record FROM orders ORDER BY block, order_id`)
	}
	return s.query(ctx, `SELECT record FROM orders WHERE state = ? ORDER BY block, order_id`, string(state))
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]*Record, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("escrowsessions: list: %w", err)
	}
	defer rows.Close()
	var out []*Record
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("escrowsessions: list: %w", err)
		}
		r, err := decode(data)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("escrowsessions: list: %w", err)
	}
	return out, nil
}

// DeletePendingAbove removes the records of blocks above n that are not
// submitted yet (their delivery was reorged away) and returns their order ids.
func (s *Store) DeletePendingAbove(ctx context.Context, n uint64) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT order_id FROM orders WHERE block > ? AND state IN (?, ?)`, int64(n), string(StatePending), string(StateIgnored))
	if err != nil {
		return nil, fmt.Errorf("escrowsessions: reorg: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("escrowsessions: reorg: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM orders WHERE block > ? AND state IN (?, ?)`, int64(n), string(StatePending), string(StateIgnored)); err != nil {
		return nil, fmt.Errorf("escrowsessions: reorg: %w", err)
	}
	return ids, nil
}

func decode(data []byte) (*Record, error) {
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("escrowsessions: decode record: %w", err)
	}
	return &r, nil
}
