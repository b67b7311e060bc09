package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Status summarizes the intents of one account (or of all accounts); it is
// what `dip relayer status` prints, read straight from the database so it
// works while the relayer runs in another process.
type Status struct {
	// Queued intents wait for a nonce (the queue depth).
	Queued int
	// InFlight intents hold a nonce and are not yet mined.
	InFlight int
	// Mined intents have a receipt below the confirmation depth.
	Mined int
	// Confirmed, Reverted and Failed count terminal intents.
	Confirmed int
	Reverted  int
	Failed    int
	// LastConfirmedBlock is the highest block holding a confirmed or reverted
	// transaction (0 when none).
	LastConfirmedBlock uint64
	// OldestQueued is when the oldest queued intent was written (zero when none).
	OldestQueued time.Time
	// LastError is the error of the most recently updated failed or reverted intent.
	LastError string
}

// Failures is the number of intents that ended without their payload succeeding.
func (s Status) Failures() int { return s.Reverted + s.Failed }

// Status returns the summary for account, or for every account when account is nil.
func (s *Store) Status(ctx context.Context, account *common.Address) (Status, error) {
	where, args := "", []any{}
	if account != nil {
		where, args = " WHERE account = ?", []any{addrText(*account)}
	}
	var st Status
	rows, err := s.db.QueryContext(ctx, "SELECT state, COUNT(*) FROM intents"+where+" GROUP BY state", args...)
	if err != nil {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	for rows.Next() {
		var (
			state string
			n     int
		)
		if err := rows.Scan(&state, &n); err != nil {
			rows.Close()
			return Status{}, fmt.Errorf("store: status: %w", err)
		}
		switch State(state) {
		case StateQueued:
			st.Queued = n
		case StateSent:
			st.InFlight = n
		case StateMined:
			st.Mined = n
		case StateConfirmed:
			st.Confirmed = n
		case StateReverted:
			st.Reverted = n
		case StateFailed:
			st.Failed = n
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	and := " WHERE"
	if where != "" {
		and = where + " AND"
	}
	var last, oldest sql.NullInt64
	if err := s.db.QueryRowContext(ctx, "SELECT MAX(block_number) FROM intents"+and+" state IN (?, ?)",
		append(args, string(StateConfirmed), string(StateReverted))...).Scan(&last); err != nil {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	if err := s.db.QueryRowContext(ctx, "SELECT MIN(created_at) FROM intents"+and+" state = ?",
		append(args, string(StateQueued))...).Scan(&oldest); err != nil {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	st.LastConfirmedBlock = uint64(last.Int64)
	if oldest.Valid {
		st.OldestQueued = time.Unix(0, oldest.Int64)
	}
	var lastErr sql.NullString
	err = s.db.QueryRowContext(ctx, "SELECT last_error FROM intents"+and+" state IN (?, ?) ORDER BY updated_at DESC LIMIT 1",
		append(args, string(StateFailed), string(StateReverted))...).Scan(&lastErr)
	if err != nil && err != sql.ErrNoRows {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	st.LastError = lastErr.String
	return st, nil
}
