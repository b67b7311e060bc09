package deliberation

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/sqlitedb"
)

// ErrSlotTaken is returned by Store.AddMessage when another message already
// holds the slot; the engine refuses such messages first, so it means two
// processes share one database.
var ErrSlotTaken = errors.New("deliberation: message slot already stored")

// migrations are applied in order; PRAGMA user_version counts the applied ones.
var migrations = []string{
	`CREATE TABLE sessions (
		id       TEXT PRIMARY KEY,
		manifest BLOB NOT NULL,
		created  INTEGER NOT NULL
	);
	CREATE TABLE messages (
		seq      INTEGER PRIMARY KEY AUTOINCREMENT,
		session  TEXT NOT NULL REFERENCES sessions(id),
		slot     TEXT NOT NULL UNIQUE,
		digest   TEXT NOT NULL UNIQUE,
		type     TEXT NOT NULL,
		signer   TEXT NOT NULL,
		envelope BLOB NOT NULL,
		received INTEGER NOT NULL
	);
	CREATE INDEX messages_session ON messages(session, seq);
	CREATE TABLE settlements (
		session   TEXT PRIMARY KEY REFERENCES sessions(id),
		record    BLOB NOT NULL,
		updated   INTEGER NOT NULL
	);`,
	`CREATE TABLE watches (
		claim  TEXT PRIMARY KEY,
		record BLOB NOT NULL,
		done   INTEGER NOT NULL
	);`,
	`CREATE TABLE batch_watches (
		batch  TEXT NOT NULL,
		idx    INTEGER NOT NULL,
		record BLOB NOT NULL,
		done   INTEGER NOT NULL,
		PRIMARY KEY (batch, idx)
	);`,
	`CREATE TABLE foreign_batches (
		session     TEXT NOT NULL,
		batch       TEXT NOT NULL,
		relayer     TEXT NOT NULL,
		root        TEXT NOT NULL,
		result_hash TEXT NOT NULL,
		PRIMARY KEY (session, batch)
	);`,
}

// Store is the durable session store: manifests, accepted messages (with
// their signatures, as canonical envelopes) and settlement records, in its
// own SQLite database in WAL mode with synchronous=FULL, so an acknowledged
// message survives a crash or a power loss.
type Store struct {
	db  *sql.DB
	now func() time.Time

	// Messages are written by one committer goroutine in group commits:
	// every message queued while a commit runs goes into the next one, so
	// concurrent writers share an fsync and each still returns only after
	// its own message is durable.
	queue chan *writeReq
	quit  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// maxGroup bounds the messages of one group commit.
const maxGroup = 256

type writeReq struct {
	env  *dipmsg.Envelope
	data []byte
	done chan error
}

// OpenStore opens (creating if needed) the database at path and applies
// pending migrations.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	db, err := sqlitedb.Open(ctx, path, migrations, sqlitedb.Options{Sync: sqlitedb.SyncFull})
	if err != nil {
		return nil, fmt.Errorf("deliberation: open store %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now, queue: make(chan *writeReq, maxGroup), quit: make(chan struct{}), done: make(chan struct{})}
	go s.committer()
	return s, nil
}

// Close stops the committer (after the commit in progress) and closes the database.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	s.once.Do(func() { close(s.quit) })
	<-s.done
	return s.db.Close()
}

// ErrStoreClosed is returned by AddMessage after Close.
var ErrStoreClosed = errors.New("deliberation: session store closed")

func (s *Store) committer() {
	defer close(s.done)
	for {
		var batch []*writeReq
		select {
		case r := <-s.queue:
			batch = append(batch, r)
		case <-s.quit:
			for {
				select {
				case r := <-s.queue:
					r.done <- ErrStoreClosed
				default:
					return
				}
			}
		}
	drain:
		for len(batch) < maxGroup {
			select {
			case r := <-s.queue:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		s.commitGroup(batch)
	}
}

// commitGroup writes batch in one transaction; if that fails (one message
// breaks a constraint), each message is written alone so only it fails.
func (s *Store) commitGroup(batch []*writeReq) {
	ctx := context.Background()
	if len(batch) > 1 {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			for _, r := range batch {
				if err := s.insert(ctx, tx, r); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			for _, r := range batch {
				r.done <- nil
			}
			return
		}
	}
	for _, r := range batch {
		r.done <- s.tx(ctx, func(tx *sql.Tx) error { return s.insert(ctx, tx, r) })
	}
}

func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("deliberation: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("deliberation: commit: %w", err)
	}
	return nil
}

func (s *Store) insert(ctx context.Context, tx *sql.Tx, r *writeReq) error {
	env := r.env
	_, err := tx.ExecContext(ctx, `INSERT INTO messages(session, slot, digest, type, signer, envelope, received) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		sessionOf(env.Message).Hex(), Slot(env.Message), Digest(env).Hex(), env.Message.TypeName(), env.Message.Signer().Hex(), r.data, s.now().UnixNano())
	if err != nil {
		if isUnique(err) {
			return fmt.Errorf("%w: %s", ErrSlotTaken, Slot(env.Message))
		}
		return fmt.Errorf("deliberation: store message: %w", err)
	}
	return nil
}

// AddSession stores a signed manifest; storing the same session again is a no-op.
func (s *Store) AddSession(ctx context.Context, sm *SignedManifest) error {
	data, err := json.Marshal(sm)
	if err != nil {
		return fmt.Errorf("deliberation: encode manifest: %w", err)
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO sessions(id, manifest, created) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING`,
		sm.Manifest.ID().Hex(), data, s.now().Unix())
	if err != nil {
		return fmt.Errorf("deliberation: store session %s: %w", sm.Manifest.ID().Hex(), err)
	}
	return nil
}

// sessionOf returns the session id a deliberation message belongs to.
func sessionOf(m dipmsg.Message) common.Hash {
	switch m := m.(type) {
	case *dipmsg.Proposal:
		return m.Session
	case *dipmsg.Ballot:
		return m.Session
	case *dipmsg.Evaluation:
		return m.Session
	}
	return common.Hash{}
}

// Digest returns the id of an accepted message: its EIP-712 digest.
func Digest(env *dipmsg.Envelope) common.Hash { return env.Domain.Digest(env.Message) }

// AddMessage durably stores an accepted envelope; it returns once the
// group commit holding it is done.
func (s *Store) AddMessage(ctx context.Context, env *dipmsg.Envelope) error {
	data, err := json.Marshal(env)
	if err != nil {
		return fmt.Errorf("deliberation: encode message: %w", err)
	}
	r := &writeReq{env: env, data: data, done: make(chan error, 1)}
	select {
	case s.queue <- r:
	case <-s.quit:
		return ErrStoreClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Wait for the outcome even if ctx ends: the write may already be in
	// the commit, and the caller must know whether it is durable.
	select {
	case err := <-r.done:
		return err
	case <-s.done:
		select {
		case err := <-r.done:
			return err
		default:
			return ErrStoreClosed
		}
	}
}

// HasDigest reports whether a message with this digest and signature is stored.
func (s *Store) HasDigest(ctx context.Context, env *dipmsg.Envelope) (bool, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT envelope FROM messages WHERE digest = ?`, Digest(env).Hex()).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("deliberation: look up message: %w", err)
	}
	stored, err := dipmsg.DecodeEnvelope(data)
	if err != nil {
		return false, fmt.Errorf("deliberation: decode stored message: %w", err)
	}
	return stored.Sig == env.Sig, nil
}

// Replay feeds every stored manifest, then every stored message in arrival
// order, to the callbacks.
func (s *Store) Replay(ctx context.Context, session func(*SignedManifest) error, message func(*dipmsg.Envelope) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT manifest FROM sessions ORDER BY created, id`)
	if err != nil {
		return fmt.Errorf("deliberation: replay sessions: %w", err)
	}
	var manifests [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return err
		}
		manifests = append(manifests, b)
	}
	rows.Close()
	for _, b := range manifests {
		sm, err := DecodeManifest(b)
		if err != nil {
			return fmt.Errorf("deliberation: replay manifest: %w", err)
		}
		if err := session(sm); err != nil {
			return err
		}
	}
	rows, err = s.db.QueryContext(ctx, `SELECT seq, envelope FROM messages ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("deliberation: replay messages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var b []byte
		if err := rows.Scan(&seq, &b); err != nil {
			return err
		}
		env, err := dipmsg.DecodeEnvelope(b)
		if err != nil {
			return fmt.Errorf("deliberation: replay message %d: %w", seq, err)
		}
		if err := message(env); err != nil {
			return fmt.Errorf("deliberation: replay message %d: %w", seq, err)
		}
	}
	return rows.Err()
}

// SettlementState is where a session's on-chain settlement stands.
type SettlementState string

// Settlement states, in order.
const (
	// StateQueued: the last round closed and its tally is recorded; the
	// session waits to join a batch.
	StateQueued SettlementState = "queued"
	// StateSubmitting: the session is a member of a batch whose claim intent
	// is stored under its BatchKey.
	StateSubmitting SettlementState = "submitting"
	// StateClaimed: the batch is on chain, pending its challenge window.
	StateClaimed SettlementState = "claimed"
	// StateFinalizing: the batch's finalize intent is stored under <BatchKey>:finalize.
	StateFinalizing SettlementState = "finalizing"
	// StateFinalized: finalized; Delivered says whether the callback succeeded.
	StateFinalized SettlementState = "finalized"
	// StateRejected: the batch was rejected by a fraud proof (or a closed request).
	StateRejected SettlementState = "rejected"
	// StateFailed: the session could not be claimed (no proposals, or the
	// batch's submit reverted).
	StateFailed SettlementState = "failed"
)

// Record is a session's settlement record.
type Record struct {
	Session common.Hash     `json:"session"`
	State   SettlementState `json:"state"`
	Root    common.Hash     `json:"root"`
	// ResultHash is keccak256 of the tally's encoding (the header's resultHash).
	ResultHash common.Hash `json:"resultHash"`
	// QueuedAt is when the tally was recorded (ingest clock, Unix seconds).
	QueuedAt int64 `json:"queuedAt,omitempty"`
	// BatchKey names the session's batch (its submit intent key); Index is
	// the session's position in it; BatchID is the batch's on-chain id.
	BatchKey string `json:"batchKey,omitempty"`
	Index    int    `json:"index"`
	BatchID  string `json:"batchId,omitempty"`
	// ClaimID is the claim the session was opened as, if anyone opened it.
	ClaimID string `json:"claimId,omitempty"`
	// Deadline is when the batch (and its opened sessions) can finalize.
	Deadline uint64      `json:"deadline,omitempty"`
	SubmitTx common.Hash `json:"submitTx"`
	// SubmitBlock is the block of the claim (where leaf requests are searched from).
	SubmitBlock uint64           `json:"submitBlock,omitempty"`
	FinalTx     common.Hash      `json:"finalizeTx"`
	Winners     []common.Address `json:"winners,omitempty"`
	Score       string           `json:"score,omitempty"`
	Delivered   bool             `json:"delivered"`
	// CallbackRetries counts retryCallback intents after a failed callback.
	CallbackRetries int `json:"callbackRetries,omitempty"`
	// FinalizeAttempts counts finalize intents that left the claim pending.
	FinalizeAttempts int    `json:"finalizeAttempts,omitempty"`
	Reason           string `json:"reason,omitempty"`
}

// Terminal reports whether nothing more happens to the record.
func (r *Record) Terminal() bool {
	if r.State == StateFinalized {
		return r.Delivered || r.CallbackRetries >= MaxCallbackRetries
	}
	return r.State == StateRejected || r.State == StateFailed
}

// PutRecord stores a settlement record durably.
func (s *Store) PutRecord(ctx context.Context, r *Record) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO settlements(session, record, updated) VALUES (?, ?, ?)
		ON CONFLICT(session) DO UPDATE SET record = excluded.record, updated = excluded.updated`, r.Session.Hex(), data, s.now().Unix())
	if err != nil {
		return fmt.Errorf("deliberation: store settlement of %s: %w", r.Session.Hex(), err)
	}
	return nil
}

// ForeignBatch is another relayer's batch whose header of a session agreed
// with this relayer's tally when the watchtower saw it.
type ForeignBatch struct {
	Session    common.Hash
	BatchID    *big.Int
	Relayer    common.Address
	Root       common.Hash
	ResultHash common.Hash
}

// PutForeignBatch records that batch fb carries an agreeing header of fb.Session.
func (s *Store) PutForeignBatch(ctx context.Context, fb ForeignBatch) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO foreign_batches(session, batch, relayer, root, result_hash) VALUES (?, ?, ?, ?, ?)`,
		fb.Session.Hex(), fb.BatchID.String(), fb.Relayer.Hex(), fb.Root.Hex(), fb.ResultHash.Hex())
	if err != nil {
		return fmt.Errorf("deliberation: store foreign batch %s of %s: %w", fb.BatchID, fb.Session.Hex(), err)
	}
	return nil
}

// ForeignBatches returns the other relayers' batches recorded for session.
func (s *Store) ForeignBatches(ctx context.Context, session common.Hash) ([]ForeignBatch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT batch, relayer, root, result_hash FROM foreign_batches WHERE session = ? ORDER BY length(batch), batch`, session.Hex())
	if err != nil {
		return nil, fmt.Errorf("deliberation: read foreign batches of %s: %w", session.Hex(), err)
	}
	defer rows.Close()
	var out []ForeignBatch
	for rows.Next() {
		var id, relayer, root, rh string
		if err := rows.Scan(&id, &relayer, &root, &rh); err != nil {
			return nil, err
		}
		n, ok := new(big.Int).SetString(id, 10)
		if !ok {
			return nil, fmt.Errorf("deliberation: bad foreign batch id %q", id)
		}
		out = append(out, ForeignBatch{Session: session, BatchID: n, Relayer: common.HexToAddress(relayer), Root: common.HexToHash(root), ResultHash: common.HexToHash(rh)})
	}
	return out, rows.Err()
}

// PutRecords stores several settlement records in one transaction: a
// batch's members change state together or not at all.
func (s *Store) PutRecords(ctx context.Context, recs []*Record) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		now := s.now().Unix()
		for _, r := range recs {
			data, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO settlements(session, record, updated) VALUES (?, ?, ?)
				ON CONFLICT(session) DO UPDATE SET record = excluded.record, updated = excluded.updated`, r.Session.Hex(), data, now); err != nil {
				return fmt.Errorf("deliberation: store settlement of %s: %w", r.Session.Hex(), err)
			}
		}
		return nil
	})
}

// GetRecord returns a session's settlement record, or nil when there is none.
func (s *Store) GetRecord(ctx context.Context, session common.Hash) (*Record, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT record FROM settlements WHERE session = ?`, session.Hex()).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("deliberation: read settlement of %s: %w", session.Hex(), err)
	}
	r := &Record{}
	if err := json.Unmarshal(data, r); err != nil {
		return nil, fmt.Errorf("deliberation: decode settlement of %s: %w", session.Hex(), err)
	}
	return r, nil
}

func (s *Store) migrateVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}
