package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is where an intent is in its life. The transitions are
//
//	queued -> sent        AssignNonce: nonce chosen, first transaction signed and stored
//	sent   -> sent        AddAttempt: a fee bump or a cancellation signed and stored
//	sent   -> mined       MarkMined: a receipt for one of its transactions was seen
//	mined  -> sent        Unmine: that receipt vanished in a reorg
//	mined  -> confirmed   Confirm: receipt at confirmation depth, status 1
//	mined  -> reverted    Confirm: receipt at confirmation depth, status 0
//	mined  -> failed      Confirm: the mined transaction was the cancellation
//	sent   -> queued      Requeue: its nonce was taken by a transaction not in this store
//	queued -> failed      Fail: never sent (gas estimation reverted, cancelled)
type State string

const (
	// StateQueued: written, no nonce yet, nothing signed or sent.
	StateQueued State = "queued"
	// StateSent: nonce assigned and at least one signed transaction stored;
	// broadcast may or may not have happened.
	StateSent State = "sent"
	// StateMined: one of its transactions has a receipt, below confirmation depth.
	StateMined State = "mined"
	// StateConfirmed: terminal; its transaction succeeded at confirmation depth.
	StateConfirmed State = "confirmed"
	// StateReverted: terminal; its transaction was included at confirmation depth but reverted.
	StateReverted State = "reverted"
	// StateFailed: terminal; its payload never executed (see LastError).
	StateFailed State = "failed"
)

// Terminal reports whether no further state change can happen.
func (s State) Terminal() bool {
	return s == StateConfirmed || s == StateReverted || s == StateFailed
}

// NewIntent is what a caller asks to have executed on chain.
type NewIntent struct {
	// Key is the caller's idempotency key: creating an intent with a key that
	// exists returns the existing intent.
	Key     string
	Account common.Address
	// To is nil for contract creation.
	To   *common.Address
	Data []byte
	// Value in wei; nil means zero.
	Value *big.Int
	// GasLimit, or 0 to estimate before the nonce is assigned.
	GasLimit uint64
}

// Intent is a stored intent.
type Intent struct {
	ID       int64
	Key      string
	Account  common.Address
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64
	State    State
	// Nonce is meaningful when HasNonce (states sent and mined, and terminal
	// states reached through them).
	Nonce           uint64
	HasNonce        bool
	Attempts        int
	CancelRequested bool
	LastError       string
	// TxHash, BlockNumber, BlockHash and ReceiptStatus describe the mined
	// transaction (states mined, confirmed, reverted, and failed by cancellation).
	TxHash        common.Hash
	BlockNumber   uint64
	BlockHash     common.Hash
	ReceiptStatus uint64
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// Attempt is one signed transaction for an intent.
type Attempt struct {
	IntentID  int64
	Seq       int
	TxHash    common.Hash
	Nonce     uint64
	GasTipCap *big.Int
	GasFeeCap *big.Int
	Gas       uint64
	// Cancel marks a same-nonce zero-value self-transfer that replaces the payload.
	Cancel bool
	// Stale marks attempts whose nonce was consumed by a transaction not in
	// this store: they can never be mined.
	Stale bool
	// Raw is the signed transaction in its binary encoding.
	Raw       []byte
	CreatedAt time.Time
}

// Mined describes a receipt seen for one of an intent's transactions.
type Mined struct {
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
	Status      uint64
}

const intentColumns = `id, idem_key, account, to_addr, data, value, gas_limit, state, nonce, attempts,
	cancel_requested, last_error, tx_hash, block_number, block_hash, receipt_status, created_at, updated_at`

type scanner interface{ Scan(dest ...any) error }

func scanIntent(row scanner) (Intent, error) {
	var (
		in                                Intent
		account, value, state             string
		to, txHash, blockHash             sql.NullString
		nonce, blockNumber, receiptStatus sql.NullInt64
		cancel                            int
		created, updated                  int64
	)
	err := row.Scan(&in.ID, &in.Key, &account, &to, &in.Data, &value, &in.GasLimit, &state, &nonce, &in.Attempts,
		&cancel, &in.LastError, &txHash, &blockNumber, &blockHash, &receiptStatus, &created, &updated)
	if err != nil {
		return Intent{}, err
	}
	in.Account = common.HexToAddress(account)
	if to.Valid {
		a := common.HexToAddress(to.String)
		in.To = &a
	}
	v, ok := new(big.Int).SetString(value, 10)
	if !ok {
		return Intent{}, fmt.Errorf("store: intent %d has a corrupt value %q", in.ID, value)
	}
	in.Value = v
	in.State = State(state)
	if nonce.Valid {
		in.Nonce, in.HasNonce = uint64(nonce.Int64), true
	}
	in.CancelRequested = cancel != 0
	if txHash.Valid {
		in.TxHash = common.HexToHash(txHash.String)
	}
	if blockNumber.Valid {
		in.BlockNumber = uint64(blockNumber.Int64)
	}
	if blockHash.Valid {
		in.BlockHash = common.HexToHash(blockHash.String)
	}
	if receiptStatus.Valid {
		in.ReceiptStatus = uint64(receiptStatus.Int64)
	}
	if in.Data == nil {
		in.Data = []byte{}
	}
	in.CreatedAt = time.Unix(0, created)
	in.UpdatedAt = time.Unix(0, updated)
	return in, nil
}

func addrText(a common.Address) string { return strings.ToLower(a.Hex()) }
func hashText(h common.Hash) string    { return h.Hex() }

func sameIntent(in Intent, n NewIntent) bool {
	if in.Account != n.Account || !bytes.Equal(in.Data, nonNil(n.Data)) || in.Value.Cmp(valueOrZero(n.Value)) != 0 {
		return false
	}
	if (in.To == nil) != (n.To == nil) || (in.To != nil && *in.To != *n.To) {
		return false
	}
	// A stored gas limit may have been filled in by estimation.
	return n.GasLimit == 0 || n.GasLimit == in.GasLimit
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func valueOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// CreateIntent stores a new queued intent, or returns the existing one with
// the same key (created is false). It fails with ErrKeyConflict when the key
// exists with a different account or payload.
func (s *Store) CreateIntent(ctx context.Context, n NewIntent) (in Intent, created bool, err error) {
	if n.Key == "" {
		return Intent{}, false, fmt.Errorf("%w: empty idempotency key", ErrInvalid)
	}
	if n.Value != nil && n.Value.Sign() < 0 {
		return Intent{}, false, fmt.Errorf("%w: negative value", ErrInvalid)
	}
	err = s.Update(ctx, func(tx *Tx) error {
		existing, err := scanIntent(tx.tx.QueryRowContext(ctx, "SELECT "+intentColumns+" FROM intents WHERE idem_key = ?", n.Key))
		switch {
		case err == nil:
			if !sameIntent(existing, n) {
				return fmt.Errorf("%w: key %q", ErrKeyConflict, n.Key)
			}
			in = existing
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("store: look up key %q: %w", n.Key, err)
		}
		var to any
		if n.To != nil {
			to = addrText(*n.To)
		}
		res, err := tx.tx.ExecContext(ctx, `INSERT INTO intents (idem_key, account, to_addr, data, value, gas_limit, state, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			n.Key, addrText(n.Account), to, nonNil(n.Data), valueOrZero(n.Value).String(), n.GasLimit, string(StateQueued), tx.now, tx.now)
		if err != nil {
			return fmt.Errorf("store: insert intent %q: %w", n.Key, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("store: insert intent %q: %w", n.Key, err)
		}
		in, err = scanIntent(tx.tx.QueryRowContext(ctx, "SELECT "+intentColumns+" FROM intents WHERE id = ?", id))
		if err != nil {
			return fmt.Errorf("store: read back intent %q: %w", n.Key, err)
		}
		created = true
		return nil
	})
	return in, created, err
}

// Intent returns the intent with the given idempotency key, or ErrNotFound.
func (s *Store) Intent(ctx context.Context, key string) (Intent, error) {
	in, err := scanIntent(s.db.QueryRowContext(ctx, "SELECT "+intentColumns+" FROM intents WHERE idem_key = ?", key))
	if errors.Is(err, sql.ErrNoRows) {
		return Intent{}, fmt.Errorf("%w: intent %q", ErrNotFound, key)
	}
	if err != nil {
		return Intent{}, fmt.Errorf("store: read intent %q: %w", key, err)
	}
	return in, nil
}

// IntentByID returns the intent with the given id, or ErrNotFound.
func (s *Store) IntentByID(ctx context.Context, id int64) (Intent, error) {
	in, err := scanIntent(s.db.QueryRowContext(ctx, "SELECT "+intentColumns+" FROM intents WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return Intent{}, fmt.Errorf("%w: intent id %d", ErrNotFound, id)
	}
	if err != nil {
		return Intent{}, fmt.Errorf("store: read intent id %d: %w", id, err)
	}
	return in, nil
}

// Queued returns up to limit queued intents of account, oldest first.
func (s *Store) Queued(ctx context.Context, account common.Address, limit int) ([]Intent, error) {
	return s.query(ctx, "SELECT "+intentColumns+" FROM intents WHERE account = ? AND state = ? ORDER BY id LIMIT ?",
		addrText(account), string(StateQueued), limit)
}

// QueuedCount returns how many intents of account are queued.
func (s *Store) QueuedCount(ctx context.Context, account common.Address) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM intents WHERE account = ? AND state = ?",
		addrText(account), string(StateQueued)).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count queued: %w", err)
	}
	return n, nil
}

// Active returns the intents of account that hold a nonce and are not
// terminal (states sent and mined), by nonce.
func (s *Store) Active(ctx context.Context, account common.Address) ([]Intent, error) {
	return s.query(ctx, "SELECT "+intentColumns+" FROM intents WHERE account = ? AND state IN (?, ?) ORDER BY nonce",
		addrText(account), string(StateSent), string(StateMined))
}

// ListFilter selects intents for List.
type ListFilter struct {
	// Account, when not nil, restricts to one sender.
	Account *common.Address
	// States, when not empty, restricts to these states.
	States []State
	// Limit caps the result (default 100); newest first.
	Limit int
}

// List returns intents matching f, newest first.
func (s *Store) List(ctx context.Context, f ListFilter) ([]Intent, error) {
	q := "SELECT " + intentColumns + " FROM intents WHERE 1=1"
	var args []any
	if f.Account != nil {
		q += " AND account = ?"
		args = append(args, addrText(*f.Account))
	}
	if len(f.States) > 0 {
		q += " AND state IN (?" + strings.Repeat(", ?", len(f.States)-1) + ")"
		for _, st := range f.States {
			args = append(args, string(st))
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	q += " ORDER BY id DESC LIMIT ?"
	args = append(args, limit)
	return s.query(ctx, q, args...)
}

func (s *Store) query(ctx context.Context, q string, args ...any) ([]Intent, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: query intents: %w", err)
	}
	defer rows.Close()
	var out []Intent
	for rows.Next() {
		in, err := scanIntent(rows)
		if err != nil {
			return nil, fmt.Errorf("store: scan intent: %w", err)
		}
		out = append(out, in)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: query intents: %w", err)
	}
	return out, nil
}

const attemptColumns = "intent_id, seq, tx_hash, nonce, gas_tip_cap, gas_fee_cap, gas, cancel, stale, raw, created_at"

func scanAttempt(row scanner) (Attempt, error) {
	var (
		a             Attempt
		hash, tip, fc string
		cancel, stale int
		created       int64
	)
	if err := row.Scan(&a.IntentID, &a.Seq, &hash, &a.Nonce, &tip, &fc, &a.Gas, &cancel, &stale, &a.Raw, &created); err != nil {
		return Attempt{}, err
	}
	a.TxHash = common.HexToHash(hash)
	var ok1, ok2 bool
	a.GasTipCap, ok1 = new(big.Int).SetString(tip, 10)
	a.GasFeeCap, ok2 = new(big.Int).SetString(fc, 10)
	if !ok1 || !ok2 {
		return Attempt{}, fmt.Errorf("store: attempt %s has corrupt fees", hash)
	}
	a.Cancel, a.Stale = cancel != 0, stale != 0
	a.CreatedAt = time.Unix(0, created)
	return a, nil
}

// Attempts returns every transaction signed for an intent, oldest first,
// including stale ones.
func (s *Store) Attempts(ctx context.Context, intentID int64) ([]Attempt, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+attemptColumns+" FROM attempts WHERE intent_id = ? ORDER BY seq", intentID)
	if err != nil {
		return nil, fmt.Errorf("store: query attempts of %d: %w", intentID, err)
	}
	return collectAttempts(rows)
}

// LiveAttempts returns the non-stale attempts of every active (sent or mined)
// intent of account, keyed by intent id, each list oldest first.
func (s *Store) LiveAttempts(ctx context.Context, account common.Address) (map[int64][]Attempt, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.intent_id, a.seq, a.tx_hash, a.nonce, a.gas_tip_cap, a.gas_fee_cap, a.gas, a.cancel, a.stale, a.raw, a.created_at
		FROM attempts a JOIN intents i ON i.id = a.intent_id
		WHERE i.account = ? AND i.state IN (?, ?) AND a.stale = 0 ORDER BY a.intent_id, a.seq`,
		addrText(account), string(StateSent), string(StateMined))
	if err != nil {
		return nil, fmt.Errorf("store: query live attempts: %w", err)
	}
	list, err := collectAttempts(rows)
	if err != nil {
		return nil, err
	}
	out := make(map[int64][]Attempt)
	for _, a := range list {
		out[a.IntentID] = append(out[a.IntentID], a)
	}
	return out, nil
}

func collectAttempts(rows *sql.Rows) ([]Attempt, error) {
	defer rows.Close()
	var out []Attempt
	for rows.Next() {
		a, err := scanAttempt(rows)
		if err != nil {
			return nil, fmt.Errorf("store: scan attempt: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: query attempts: %w", err)
	}
	return out, nil
}

// MaxNonce returns the highest nonce ever signed for account (ok is false
// when nothing was signed yet). Stale attempts count: their nonces are used.
func (s *Store) MaxNonce(ctx context.Context, account common.Address) (nonce uint64, ok bool, err error) {
	var n sql.NullInt64
	err = s.db.QueryRowContext(ctx, `SELECT MAX(a.nonce) FROM attempts a JOIN intents i ON i.id = a.intent_id WHERE i.account = ?`,
		addrText(account)).Scan(&n)
	if err != nil {
		return 0, false, fmt.Errorf("store: max nonce of %s: %w", account, err)
	}
	if !n.Valid {
		return 0, false, nil
	}
	return uint64(n.Int64), true, nil
}

// RequestCancel marks a non-terminal intent for cancellation and returns it.
// A queued intent then fails without being sent; a sent one is replaced by a
// same-nonce self-transfer. Cancelling a terminal intent is a no-op.
func (s *Store) RequestCancel(ctx context.Context, key string) (Intent, error) {
	var in Intent
	err := s.Update(ctx, func(tx *Tx) error {
		if _, err := tx.tx.ExecContext(ctx, `UPDATE intents SET cancel_requested = 1, updated_at = ?
			WHERE idem_key = ? AND state NOT IN (?, ?, ?)`, tx.now, key,
			string(StateConfirmed), string(StateReverted), string(StateFailed)); err != nil {
			return fmt.Errorf("store: cancel %q: %w", key, err)
		}
		var err error
		in, err = scanIntent(tx.tx.QueryRowContext(ctx, "SELECT "+intentColumns+" FROM intents WHERE idem_key = ?", key))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: intent %q", ErrNotFound, key)
		}
		if err != nil {
			return fmt.Errorf("store: cancel %q: %w", key, err)
		}
		return nil
	})
	return in, err
}

// exec runs a conditional UPDATE and turns "no row matched" into ErrStateConflict.
func (tx *Tx) exec(ctx context.Context, what string, id int64, q string, args ...any) error {
	res, err := tx.tx.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: %s intent %d: %w", what, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s intent %d: %w", what, id, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: %s intent %d", ErrStateConflict, what, id)
	}
	return nil
}

func (tx *Tx) insertAttempt(ctx context.Context, id int64, a Attempt) error {
	if a.GasTipCap == nil || a.GasFeeCap == nil || len(a.Raw) == 0 {
		return fmt.Errorf("%w: attempt for intent %d lacks fees or raw transaction", ErrInvalid, id)
	}
	_, err := tx.tx.ExecContext(ctx, `INSERT INTO attempts (intent_id, seq, tx_hash, nonce, gas_tip_cap, gas_fee_cap, gas, cancel, raw, created_at)
		VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM attempts WHERE intent_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, id, hashText(a.TxHash), a.Nonce, a.GasTipCap.String(), a.GasFeeCap.String(), a.Gas, boolInt(a.Cancel), a.Raw, tx.now)
	if err != nil {
		return fmt.Errorf("store: record transaction %s for intent %d: %w", a.TxHash, id, err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// AssignNonce moves a queued intent to sent: it records the nonce, the gas
// limit used and the first signed transaction, which must carry that nonce.
func (tx *Tx) AssignNonce(ctx context.Context, id int64, gasLimit uint64, a Attempt) error {
	if err := tx.exec(ctx, "assign nonce to", id, `UPDATE intents SET state = ?, nonce = ?, gas_limit = ?, attempts = attempts + 1, last_error = '', updated_at = ?
		WHERE id = ? AND state = ?`, string(StateSent), a.Nonce, gasLimit, tx.now, id, string(StateQueued)); err != nil {
		return err
	}
	return tx.insertAttempt(ctx, id, a)
}

// AddAttempt records another signed transaction (a fee bump or a
// cancellation) for a sent intent, with the intent's nonce.
func (tx *Tx) AddAttempt(ctx context.Context, id int64, a Attempt) error {
	if err := tx.exec(ctx, "add attempt to", id, `UPDATE intents SET attempts = attempts + 1, updated_at = ?
		WHERE id = ? AND state = ? AND nonce = ?`, tx.now, id, string(StateSent), a.Nonce); err != nil {
		return err
	}
	return tx.insertAttempt(ctx, id, a)
}

// MarkMined records the receipt of one of the intent's transactions. It
// applies to sent intents and to mined ones whose receipt moved to another block.
func (tx *Tx) MarkMined(ctx context.Context, id int64, m Mined) error {
	return tx.exec(ctx, "mark mined", id, `UPDATE intents SET state = ?, tx_hash = ?, block_number = ?, block_hash = ?, receipt_status = ?, updated_at = ?
		WHERE id = ? AND state IN (?, ?) AND EXISTS (SELECT 1 FROM attempts WHERE intent_id = ? AND tx_hash = ? AND stale = 0)`,
		string(StateMined), hashText(m.TxHash), m.BlockNumber, hashText(m.BlockHash), m.Status, tx.now,
		id, string(StateSent), string(StateMined), id, hashText(m.TxHash))
}

// Unmine moves a mined intent back to sent after its receipt vanished in a reorg.
func (tx *Tx) Unmine(ctx context.Context, id int64) error {
	return tx.exec(ctx, "unmine", id, `UPDATE intents SET state = ?, tx_hash = NULL, block_number = NULL, block_hash = NULL, receipt_status = NULL, updated_at = ?
		WHERE id = ? AND state = ?`, string(StateSent), tx.now, id, string(StateMined))
}

// Confirm ends a mined intent: confirmed when its payload succeeded, reverted
// when it reverted, failed when the mined transaction was its cancellation.
// It returns the terminal state reached.
func (tx *Tx) Confirm(ctx context.Context, id int64) (State, error) {
	var cancel, status sql.NullInt64
	err := tx.tx.QueryRowContext(ctx, `SELECT a.cancel, i.receipt_status FROM intents i JOIN attempts a ON a.intent_id = i.id AND a.tx_hash = i.tx_hash
		WHERE i.id = ? AND i.state = ?`, id, string(StateMined)).Scan(&cancel, &status)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("%w: confirm intent %d", ErrStateConflict, id)
	}
	if err != nil {
		return "", fmt.Errorf("store: confirm intent %d: %w", id, err)
	}
	final, reason := StateConfirmed, ""
	switch {
	case cancel.Int64 != 0:
		final, reason = StateFailed, "cancelled: the nonce was filled by a self-transfer"
	case status.Int64 == 0:
		final, reason = StateReverted, "transaction reverted"
	}
	err = tx.exec(ctx, "confirm", id, `UPDATE intents SET state = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = ?`,
		string(final), reason, tx.now, id, string(StateMined))
	return final, err
}

// Requeue returns a sent intent to the queue because its nonce was consumed
// by a transaction this store does not know: its attempts become stale (they
// can never be mined) and it will get a new nonce.
func (tx *Tx) Requeue(ctx context.Context, id int64, reason string) error {
	if err := tx.exec(ctx, "requeue", id, `UPDATE intents SET state = ?, nonce = NULL, last_error = ?, updated_at = ? WHERE id = ? AND state = ?`,
		string(StateQueued), reason, tx.now, id, string(StateSent)); err != nil {
		return err
	}
	if _, err := tx.tx.ExecContext(ctx, "UPDATE attempts SET stale = 1 WHERE intent_id = ?", id); err != nil {
		return fmt.Errorf("store: requeue intent %d: %w", id, err)
	}
	return nil
}

// Fail ends a queued intent that will never be sent.
func (tx *Tx) Fail(ctx context.Context, id int64, reason string) error {
	return tx.exec(ctx, "fail", id, `UPDATE intents SET state = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = ?`,
		string(StateFailed), reason, tx.now, id, string(StateQueued))
}

// RequestCancel marks a non-terminal intent for cancellation (see Store.RequestCancel).
func (tx *Tx) RequestCancel(ctx context.Context, id int64, reason string) error {
	return tx.exec(ctx, "cancel", id, `UPDATE intents SET cancel_requested = 1, last_error = ?, updated_at = ?
		WHERE id = ? AND state NOT IN (?, ?, ?)`, reason, tx.now, id,
		string(StateConfirmed), string(StateReverted), string(StateFailed))
}

// SetLastError records the latest error seen for an intent without changing its state.
func (tx *Tx) SetLastError(ctx context.Context, id int64, msg string) error {
	return tx.exec(ctx, "set error of", id, `UPDATE intents SET last_error = ?, updated_at = ? WHERE id = ?`, msg, tx.now, id)
}
