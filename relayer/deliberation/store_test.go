package deliberation

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

// TestStoreReplay stores a session, restarts on the same file and checks that
// the engine holds exactly what was acknowledged, with the same rules.
func TestStoreReplay(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 3)
	path := filepath.Join(t.TempDir(), "delib.db")
	st, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	if existed, err := in.AddSession(ctx, f.sm); err != nil || existed {
		t.Fatalf("AddSession = %v, %v", existed, err)
	}
	if existed, err := in.AddSession(ctx, f.sm); err != nil || !existed {
		t.Fatalf("AddSession(again) = %v, %v; want existed", existed, err)
	}
	p0, p1 := f.proposal(0, 0), f.proposal(1, 0)
	if _, err := in.Accept(ctx, p0); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Accept(ctx, p1); err != nil {
		t.Fatal(err)
	}
	if dup, err := in.Accept(ctx, p0); err != nil || !dup {
		t.Fatalf("replayed proposal: duplicate = %v, err = %v; want an idempotent ack", dup, err)
	}
	f.clock.Set(tP0)
	b := f.ballot(2, 0, 1, -2)
	if _, err := in.Accept(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Accept(ctx, f.evaluation(2, 0, 0, 5)); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st2, err := OpenStore(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	in2, err := NewIngest(ctx, f.engine(), st2)
	if err != nil {
		t.Fatalf("replay: %v", err)
	}
	v, err := in2.Engine.Session(f.man.ID())
	if err != nil {
		t.Fatal(err)
	}
	r := v.Rounds[0]
	if len(r.Proposals) != 2 || len(r.Ballots) != 1 || len(r.Evaluations) != 1 {
		t.Fatalf("after replay: %d proposals, %d ballots, %d evaluations; want 2, 1, 1", len(r.Proposals), len(r.Ballots), len(r.Evaluations))
	}
	if _, err := in2.Accept(ctx, f.ballot(2, 0, 0, 1)); !errors.Is(err, ErrDuplicateBallot) {
		t.Fatalf("second ballot after restart: %v, want ErrDuplicateBallot", err)
	}
	if dup, err := in2.Accept(ctx, b); err != nil || !dup {
		t.Fatalf("replayed ballot after restart: %v, %v; want duplicate ack", dup, err)
	}
	if v, err := st2.migrateVersion(ctx); err != nil || v != len(migrations) {
		t.Fatalf("schema version %d (%v), want %d", v, err, len(migrations))
	}
}

// TestStoreGroupCommit writes messages from many goroutines, each message
// twice: every message is stored exactly once, the second write of each
// fails alone with ErrSlotTaken, whatever group commit it landed in.
func TestStoreGroupCommit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 8)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	var envs []*dipmsg.Envelope
	for i := range f.people {
		envs = append(envs, f.proposal(i, 0), f.proposal(i, 0))
	}
	errs := make(chan error, len(envs))
	var wg sync.WaitGroup
	for _, env := range envs {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- st.AddMessage(ctx, env) }()
	}
	wg.Wait()
	close(errs)
	ok, taken := 0, 0
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, ErrSlotTaken):
			taken++
		default:
			t.Fatalf("AddMessage: %v", err)
		}
	}
	if ok != len(f.people) || taken != len(f.people) {
		t.Fatalf("%d stored and %d refused, want %d each", ok, taken, len(f.people))
	}
	n := 0
	if err := st.Replay(ctx, func(*SignedManifest) error { return nil }, func(*dipmsg.Envelope) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != len(f.people) {
		t.Fatalf("replayed %d messages, want %d", n, len(f.people))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.AddMessage(ctx, envs[0]); !errors.Is(err, ErrStoreClosed) {
		t.Fatalf("AddMessage after Close = %v, want ErrStoreClosed", err)
	}
}
