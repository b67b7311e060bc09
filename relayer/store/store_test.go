package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func newIntent(key string) NewIntent {
	to := bob
	return NewIntent{Key: key, Account: alice, To: &to, Data: []byte("payload " + key), Value: big.NewInt(7), GasLimit: 50_000}
}

func attempt(nonce uint64, seq int, cancel bool) Attempt {
	h := crypto.Keccak256Hash([]byte(fmt.Sprintf("tx %d %d %v", nonce, seq, cancel)))
	return Attempt{TxHash: h, Nonce: nonce, GasTipCap: big.NewInt(int64(seq) * 100), GasFeeCap: big.NewInt(int64(seq) * 1000), Gas: 50_000, Cancel: cancel, Raw: h.Bytes()}
}

func create(t *testing.T, s *Store, key string) Intent {
	t.Helper()
	in, created, err := s.CreateIntent(context.Background(), newIntent(key))
	if err != nil || !created {
		t.Fatalf("create %q: created=%v err=%v", key, created, err)
	}
	return in
}

func update(t *testing.T, s *Store, fn func(ctx context.Context, tx *Tx) error) {
	t.Helper()
	ctx := context.Background()
	if err := s.Update(ctx, func(tx *Tx) error { return fn(ctx, tx) }); err != nil {
		t.Fatalf("update: %v", err)
	}
}

func TestOpen_MigratesWALAndReopens(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := Open(ctx, path, WithSyncMode(SyncNormal))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != len(migrations) {
		t.Fatalf("schema version = %d, %v; want %d", v, err, len(migrations))
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal mode = %q, %v; want wal", mode, err)
	}
	create(t, s, "k1")
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if _, err := s.Intent(ctx, "k1"); err != nil {
		t.Fatalf("intent written before reopen is missing: %v", err)
	}
}

func TestOpen_RejectsBadInput(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("open of a newer schema: err = %v, want ErrSchemaTooNew", err)
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "x.db"), WithSyncMode("OFF")); !errors.Is(err, ErrInvalid) {
		t.Fatalf("open with sync OFF: err = %v, want ErrInvalid", err)
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "missing-dir", "x.db")); err == nil {
		t.Fatal("open in a missing directory succeeded")
	}
}

func TestCreateIntent_Idempotency(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	first := create(t, s, "settle-1")
	if first.State != StateQueued || first.HasNonce || first.Attempts != 0 {
		t.Fatalf("new intent = %+v, want queued without nonce", first)
	}
	again, created, err := s.CreateIntent(ctx, newIntent("settle-1"))
	if err != nil || created || again.ID != first.ID {
		t.Fatalf("second create: id=%d created=%v err=%v; want id %d, not created", again.ID, created, err, first.ID)
	}
	open := newIntent("settle-1")
	open.GasLimit = 0
	if _, created, err := s.CreateIntent(ctx, open); err != nil || created {
		t.Fatalf("create with an open gas limit matched nothing: created=%v err=%v", created, err)
	}
	other := common.HexToAddress("0x1")
	tests := []struct {
		name string
		mod  func(*NewIntent)
	}{
		{"account", func(n *NewIntent) { n.Account = bob }},
		{"to", func(n *NewIntent) { n.To = &other }},
		{"contract creation", func(n *NewIntent) { n.To = nil }},
		{"data", func(n *NewIntent) { n.Data = []byte("other") }},
		{"value", func(n *NewIntent) { n.Value = big.NewInt(8) }},
		{"gas", func(n *NewIntent) { n.GasLimit = 1 }},
	}
	for _, tc := range tests {
		n := newIntent("settle-1")
		tc.mod(&n)
		if _, _, err := s.CreateIntent(ctx, n); !errors.Is(err, ErrKeyConflict) {
			t.Errorf("%s differs: err = %v, want ErrKeyConflict", tc.name, err)
		}
	}
	bad := []NewIntent{{Key: ""}, {Key: "neg", Value: big.NewInt(-1)}}
	for _, n := range bad {
		if _, _, err := s.CreateIntent(ctx, n); !errors.Is(err, ErrInvalid) {
			t.Errorf("create %+v: err = %v, want ErrInvalid", n, err)
		}
	}
	nilValue, _, err := s.CreateIntent(ctx, NewIntent{Key: "deploy", Account: alice})
	if err != nil || nilValue.Value.Sign() != 0 || nilValue.To != nil || len(nilValue.Data) != 0 {
		t.Fatalf("contract creation with nil value and data = %+v, %v", nilValue, err)
	}
	if _, err := s.Intent(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing key: err = %v, want ErrNotFound", err)
	}
	if _, err := s.IntentByID(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing id: err = %v, want ErrNotFound", err)
	}
}

func TestLifecycle_ConfirmedOnce(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	in := create(t, s, "k")
	a1, a2 := attempt(5, 1, false), attempt(5, 2, false)
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.AssignNonce(ctx, in.ID, 60_000, a1) })
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.AddAttempt(ctx, in.ID, a2) })

	got, _ := s.Intent(ctx, "k")
	if got.State != StateSent || !got.HasNonce || got.Nonce != 5 || got.Attempts != 2 || got.GasLimit != 60_000 {
		t.Fatalf("after two attempts: %+v", got)
	}
	active, err := s.Active(ctx, alice)
	if err != nil || len(active) != 1 || active[0].ID != in.ID {
		t.Fatalf("active = %v, %v; want the one intent", active, err)
	}
	live, err := s.LiveAttempts(ctx, alice)
	if err != nil || len(live[in.ID]) != 2 || live[in.ID][1].TxHash != a2.TxHash || live[in.ID][1].GasFeeCap.Cmp(a2.GasFeeCap) != 0 {
		t.Fatalf("live attempts = %+v, %v", live, err)
	}
	if n, ok, err := s.MaxNonce(ctx, alice); err != nil || !ok || n != 5 {
		t.Fatalf("max nonce = %d, %v, %v; want 5", n, ok, err)
	}
	if _, ok, _ := s.MaxNonce(ctx, bob); ok {
		t.Fatal("bob has a max nonce without any attempt")
	}

	blockHash := common.HexToHash("0xb1")
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.MarkMined(ctx, in.ID, Mined{TxHash: a1.TxHash, BlockNumber: 10, BlockHash: blockHash, Status: 1})
	})
	// A reorg moves it to another block: mined -> mined.
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.MarkMined(ctx, in.ID, Mined{TxHash: a1.TxHash, BlockNumber: 11, BlockHash: blockHash, Status: 1})
	})
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.Unmine(ctx, in.ID) })
	if got, _ := s.Intent(ctx, "k"); got.State != StateSent || got.TxHash != (common.Hash{}) {
		t.Fatalf("after unmine: %+v", got)
	}
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.MarkMined(ctx, in.ID, Mined{TxHash: a2.TxHash, BlockNumber: 12, BlockHash: blockHash, Status: 1})
	})
	var final State
	update(t, s, func(ctx context.Context, tx *Tx) (err error) { final, err = tx.Confirm(ctx, in.ID); return err })
	got, _ = s.Intent(ctx, "k")
	if final != StateConfirmed || got.State != StateConfirmed || got.TxHash != a2.TxHash || got.BlockNumber != 12 || got.ReceiptStatus != 1 {
		t.Fatalf("confirmed intent = %+v (final %s)", got, final)
	}
	if active, _ := s.Active(ctx, alice); len(active) != 0 {
		t.Fatalf("confirmed intent still active: %v", active)
	}
	atts, err := s.Attempts(ctx, in.ID)
	if err != nil || len(atts) != 2 || atts[0].Seq != 1 || atts[1].Seq != 2 {
		t.Fatalf("attempts = %+v, %v", atts, err)
	}
}

func TestConfirm_Outcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		cancel bool
		status uint64
		want   State
		reason string
	}{
		{"success", false, 1, StateConfirmed, ""},
		{"reverted", false, 0, StateReverted, "transaction reverted"},
		{"cancel mined", true, 1, StateFailed, "cancelled: the nonce was filled by a self-transfer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := openTest(t)
			in := create(t, s, "k")
			orig, mined := attempt(0, 1, false), attempt(0, 2, tc.cancel)
			update(t, s, func(ctx context.Context, tx *Tx) error {
				if err := tx.AssignNonce(ctx, in.ID, 21000, orig); err != nil {
					return err
				}
				if err := tx.AddAttempt(ctx, in.ID, mined); err != nil {
					return err
				}
				return tx.MarkMined(ctx, in.ID, Mined{TxHash: mined.TxHash, BlockNumber: 3, Status: tc.status})
			})
			var final State
			update(t, s, func(ctx context.Context, tx *Tx) (err error) { final, err = tx.Confirm(ctx, in.ID); return err })
			got, _ := s.Intent(context.Background(), "k")
			if final != tc.want || got.State != tc.want || got.LastError != tc.reason {
				t.Fatalf("final = %s, stored %s %q; want %s %q", final, got.State, got.LastError, tc.want, tc.reason)
			}
		})
	}
}

func TestTransitions_WrongStateConflicts(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	queued := create(t, s, "queued")
	sent := create(t, s, "sent")
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.AssignNonce(ctx, sent.ID, 21000, attempt(1, 1, false))
	})
	foreign := crypto.Keccak256Hash([]byte("not ours"))
	tests := []struct {
		name string
		fn   func(tx *Tx) error
	}{
		{"assign twice", func(tx *Tx) error { return tx.AssignNonce(ctx, sent.ID, 21000, attempt(2, 1, false)) }},
		{"attempt on queued", func(tx *Tx) error { return tx.AddAttempt(ctx, queued.ID, attempt(3, 1, false)) }},
		{"attempt with another nonce", func(tx *Tx) error { return tx.AddAttempt(ctx, sent.ID, attempt(9, 2, false)) }},
		{"mine queued", func(tx *Tx) error { return tx.MarkMined(ctx, queued.ID, Mined{TxHash: foreign}) }},
		{"mine a foreign hash", func(tx *Tx) error { return tx.MarkMined(ctx, sent.ID, Mined{TxHash: foreign}) }},
		{"unmine sent", func(tx *Tx) error { return tx.Unmine(ctx, sent.ID) }},
		{"confirm sent", func(tx *Tx) error { _, err := tx.Confirm(ctx, sent.ID); return err }},
		{"requeue queued", func(tx *Tx) error { return tx.Requeue(ctx, queued.ID, "x") }},
		{"fail sent", func(tx *Tx) error { return tx.Fail(ctx, sent.ID, "x") }},
		{"set error of missing", func(tx *Tx) error { return tx.SetLastError(ctx, 999, "x") }},
	}
	for _, tc := range tests {
		err := s.Update(ctx, tc.fn)
		if !errors.Is(err, ErrStateConflict) {
			t.Errorf("%s: err = %v, want ErrStateConflict", tc.name, err)
		}
	}
	// Nothing above changed anything.
	if got, _ := s.Intent(ctx, "sent"); got.State != StateSent || got.Nonce != 1 || got.Attempts != 1 {
		t.Fatalf("sent intent changed by rejected updates: %+v", got)
	}
	bad := attempt(4, 1, false)
	bad.Raw = nil
	if err := s.Update(ctx, func(tx *Tx) error { return tx.AssignNonce(ctx, queued.ID, 1, bad) }); !errors.Is(err, ErrInvalid) {
		t.Fatalf("attempt without raw tx: err = %v, want ErrInvalid", err)
	}
}

func TestUpdate_RollsBackEverything(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	in := create(t, s, "k")
	boom := errors.New("boom")
	err := s.Update(ctx, func(tx *Tx) error {
		if err := tx.AssignNonce(ctx, in.ID, 21000, attempt(0, 1, false)); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	got, _ := s.Intent(ctx, "k")
	atts, _ := s.Attempts(ctx, in.ID)
	if got.State != StateQueued || got.HasNonce || len(atts) != 0 {
		t.Fatalf("rolled back change is visible: %+v, attempts %d", got, len(atts))
	}
}

func TestNonceUniquePerAccount(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	a, b := create(t, s, "a"), create(t, s, "b")
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.AssignNonce(ctx, a.ID, 21000, attempt(3, 1, false)) })
	if err := s.Update(ctx, func(tx *Tx) error { return tx.AssignNonce(ctx, b.ID, 21000, attempt(3, 7, false)) }); err == nil {
		t.Fatal("two intents of one account got the same nonce")
	}
	n := newIntent("c")
	n.Account = bob
	c, _, err := s.CreateIntent(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.AssignNonce(ctx, c.ID, 21000, attempt(3, 9, false)) })
}

func TestRequeue_StalesAttemptsKeepsNonceUsed(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	in := create(t, s, "k")
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.AssignNonce(ctx, in.ID, 21000, attempt(4, 1, false))
	})
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.Requeue(ctx, in.ID, "nonce 4 taken") })
	got, _ := s.Intent(ctx, "k")
	if got.State != StateQueued || got.HasNonce || got.LastError != "nonce 4 taken" || got.Attempts != 1 {
		t.Fatalf("requeued = %+v", got)
	}
	atts, _ := s.Attempts(ctx, in.ID)
	if len(atts) != 1 || !atts[0].Stale {
		t.Fatalf("attempts after requeue = %+v, want one stale", atts)
	}
	if n, ok, _ := s.MaxNonce(ctx, alice); !ok || n != 4 {
		t.Fatalf("max nonce = %d %v, want 4 (stale attempts still used the nonce)", n, ok)
	}
	// The next assignment uses a new nonce; the stale attempt is not live.
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.AssignNonce(ctx, in.ID, 21000, attempt(5, 2, false))
	})
	live, _ := s.LiveAttempts(ctx, alice)
	if len(live[in.ID]) != 1 || live[in.ID][0].Nonce != 5 {
		t.Fatalf("live attempts = %+v, want only nonce 5", live[in.ID])
	}
	if err := s.Update(ctx, func(tx *Tx) error {
		return tx.MarkMined(ctx, in.ID, Mined{TxHash: atts[0].TxHash})
	}); !errors.Is(err, ErrStateConflict) {
		t.Fatalf("marking a stale attempt mined: err = %v, want ErrStateConflict", err)
	}
}

func TestCancelAndFail(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := context.Background()
	in := create(t, s, "k")
	got, err := s.RequestCancel(ctx, "k")
	if err != nil || !got.CancelRequested {
		t.Fatalf("request cancel = %+v, %v", got, err)
	}
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.Fail(ctx, in.ID, "cancelled before sending") })
	got, err = s.RequestCancel(ctx, "k") // terminal: no-op
	if err != nil || got.State != StateFailed || got.LastError != "cancelled before sending" {
		t.Fatalf("cancel of a failed intent = %+v, %v", got, err)
	}
	if _, err := s.RequestCancel(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("cancel of a missing key: err = %v, want ErrNotFound", err)
	}
	other := create(t, s, "other")
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.RequestCancel(ctx, other.ID, "intrinsic gas too low")
	})
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.SetLastError(ctx, other.ID, "rpc down") })
	if got, _ := s.Intent(ctx, "other"); !got.CancelRequested || got.LastError != "rpc down" {
		t.Fatalf("other = %+v", got)
	}
}

func TestStatus_CountsAndLastBlock(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_700_000_000, 0)
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "r.db"), WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	empty, err := s.Status(ctx, nil)
	if err != nil || empty != (Status{}) {
		t.Fatalf("empty status = %+v, %v", empty, err)
	}
	ids := make([]int64, 6)
	for i := range ids {
		ids[i] = create(t, s, fmt.Sprint("k", i)).ID
	}
	mine := func(id int64, nonce uint64, block uint64, status uint64) {
		a := attempt(nonce, 1, false)
		update(t, s, func(ctx context.Context, tx *Tx) error {
			if err := tx.AssignNonce(ctx, id, 21000, a); err != nil {
				return err
			}
			return tx.MarkMined(ctx, id, Mined{TxHash: a.TxHash, BlockNumber: block, Status: status})
		})
	}
	mine(ids[0], 0, 20, 1)
	mine(ids[1], 1, 21, 0)
	mine(ids[2], 2, 22, 1)
	update(t, s, func(ctx context.Context, tx *Tx) error {
		if _, err := tx.Confirm(ctx, ids[0]); err != nil {
			return err
		}
		_, err := tx.Confirm(ctx, ids[1])
		return err
	})
	update(t, s, func(ctx context.Context, tx *Tx) error {
		return tx.AssignNonce(ctx, ids[3], 21000, attempt(3, 1, false))
	})
	update(t, s, func(ctx context.Context, tx *Tx) error { return tx.Fail(ctx, ids[4], "estimate reverted") })
	st, err := s.Status(ctx, &alice)
	if err != nil {
		t.Fatal(err)
	}
	want := Status{Queued: 1, InFlight: 1, Mined: 1, Confirmed: 1, Reverted: 1, Failed: 1, LastConfirmedBlock: 21, OldestQueued: now, LastError: st.LastError}
	if st != want || st.Failures() != 2 {
		t.Fatalf("status = %+v, want %+v", st, want)
	}
	if st.LastError != "estimate reverted" && st.LastError != "transaction reverted" {
		t.Fatalf("last error = %q", st.LastError)
	}
	if n, err := s.QueuedCount(ctx, alice); err != nil || n != 1 {
		t.Fatalf("queued count = %d, %v; want 1", n, err)
	}
	if other, _ := s.Status(ctx, &bob); other != (Status{}) {
		t.Fatalf("bob's status = %+v, want empty", other)
	}
	list, err := s.List(ctx, ListFilter{Account: &alice, States: []State{StateConfirmed, StateFailed}})
	if err != nil || len(list) != 2 || list[0].ID != ids[4] || list[1].ID != ids[0] {
		t.Fatalf("list = %+v, %v", list, err)
	}
	all, _ := s.List(ctx, ListFilter{Limit: 2})
	if len(all) != 2 {
		t.Fatalf("list with limit 2 returned %d", len(all))
	}
}

// Two handles on one file (the relayer and `dip relayer status`, or two
// processes) write concurrently without losing anything.
func TestConcurrentHandles(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s1, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s1.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i, s := range []*Store{s1, s2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if _, _, err := s.CreateIntent(ctx, newIntent(fmt.Sprintf("h%d-%d", i, j))); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent create: %v", err)
	}
	st, err := s1.Status(ctx, nil)
	if err != nil || st.Queued != 100 {
		t.Fatalf("status after 100 concurrent creates = %+v, %v", st, err)
	}
}

func TestNoSecretsInSchema(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	rows, err := s.db.Query("SELECT name FROM pragma_table_list WHERE schema = 'main'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		_ = rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	for _, tbl := range tables {
		cols, err := s.db.Query("SELECT name FROM pragma_table_info(?)", tbl)
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var c string
			_ = cols.Scan(&c)
			for _, bad := range []string{"private", "secret", "mnemonic", "password", "seed"} {
				if strings.Contains(strings.ToLower(c), bad) {
					t.Errorf("table %s has a column %q that looks like key material", tbl, c)
				}
			}
		}
		cols.Close()
	}
}
