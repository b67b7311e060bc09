package deliberation

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
)

// reschedule re-signs the fixture's manifest with another schedule (the
// session id does not depend on it).
func (f *fixture) reschedule(opens uint64, rounds ...Round) {
	f.t.Helper()
	f.man.Opens, f.man.Rounds = opens, rounds
	var err error
	if f.sm, err = SignManifest(context.Background(), dipmsg.KeySigner{Key: f.orch.key}, f.domain, f.man); err != nil {
		f.t.Fatal(err)
	}
}

// pollUntil calls cond until it reports true or the deadline passes.
func pollUntil(t *testing.T, what string, d time.Duration, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not reached within %s", what, d)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestNATSStreamTimeDeadlines checks that NATS messages are judged by the
// stream timestamp: a ballot published on time while the consumer was
// stopped is stored after a restart past the deadline (by the relayer's
// clock), and a ballot published after its round closed is refused although
// the relayer's clock says the round is open. HTTP (Accept) keeps judging by
// the relayer's clock.
func TestNATSStreamTimeDeadlines(t *testing.T) {
	e := newNATSEnv(t)
	e.streamTime = true
	f := e.f
	now := uint64(time.Now().Unix())
	// Round 0 is over in real time; round 1 takes votes for 100 s more.
	f.reschedule(now-100, Round{now - 90, now - 80}, Round{now - 70, now + 100})
	if _, err := e.in.AddSession(e.ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(int64(now - 95))
	for i := 0; i < 2; i++ {
		if _, err := e.in.Accept(e.ctx, f.proposal(i, 0)); err != nil {
			t.Fatalf("round 0 proposal %d: %v", i, err)
		}
	}
	f.clock.Set(int64(now - 75))
	for i := 0; i < 2; i++ {
		if _, err := e.in.Accept(e.ctx, f.proposal(i, 1)); err != nil {
			t.Fatalf("round 1 proposal %d: %v", i, err)
		}
	}
	srv := startServer(t)
	cfg := NATSConfig{URL: srv.ClientURL(), ResultInterval: time.Hour}
	n := e.consumer(cfg)
	n.Stop()

	// Published on time while the relayer is down; consumed after round 1
	// closed by the relayer's clock.
	pub := e.publisher(srv.ClientURL())
	onTime := f.ballot(2, 1, 1, 1)
	e.publish(pub, onTime)
	f.clock.Set(int64(now + 200))
	if _, err := e.in.Accept(e.ctx, f.ballot(0, 1, 2, 0)); !errors.Is(err, ErrDeadlinePassed) {
		t.Fatalf("HTTP ballot after the close: %v, want ErrDeadlinePassed (relayer clock)", err)
	}
	e.consumer(cfg)
	e.expect(outcome{RoundSubject(f.man.ID(), 1, "ballot"), nil})
	if !e.stored(onTime) {
		t.Fatal("ballot published on time while the consumer was down was not stored")
	}

	// Round 0 is open for votes by the relayer's clock but closed by the
	// stream's: the ballot is refused; the same rule over HTTP admits one.
	f.clock.Set(int64(now - 85))
	late := f.ballot(2, 0, 0, 3)
	e.publish(pub, late)
	e.expect(outcome{RoundSubject(f.man.ID(), 0, "ballot"), ErrDeadlinePassed})
	if e.stored(late) {
		t.Fatal("ballot published after the close was stored")
	}
	if _, err := e.in.Accept(e.ctx, f.ballot(1, 0, 3, 0)); err != nil {
		t.Fatalf("HTTP ballot inside round 0's vote phase (relayer clock): %v", err)
	}
}

// TestSettlerWaitsForNATSCatchUp checks that the settler does not record or
// claim a closed session while the NATS consumer still holds a message the
// stream stored before the close, and claims the tally including it once
// the consumer has stored it.
func TestSettlerWaitsForNATSCatchUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	st, in := f.ingest(ctx)
	now := uint64(time.Now().Unix())
	closes := now + 3 // real time: the ballot is published before it
	f.reschedule(now-100, Round{now - 90, now - 80}, Round{now - 70, closes})
	if _, err := in.AddSession(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(int64(now - 75))
	for i := 0; i < 3; i++ {
		if _, err := in.Accept(ctx, f.proposal(i, 1)); err != nil {
			t.Fatalf("proposal %d: %v", i, err)
		}
	}
	srv := startServer(t)
	n, err := NewNATSIngest(NATSConfig{URL: srv.ClientURL(), ResultInterval: time.Hour}, in, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	held, release, handled := make(chan string, 1), make(chan struct{}), make(chan error, 1)
	n.before = func(subject string) { held <- subject; <-release }
	n.observe = func(_ string, err error) { handled <- err }
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	released := false
	defer func() {
		if !released {
			close(release)
		}
		n.Stop()
	}()
	s := NewSettler(in, e.mgr, e.st, e.c.Client(), slog.New(slog.DiscardHandler))
	s.WaitForCatchUp(n)

	ne := &natsEnv{t: t, ctx: ctx}
	pub := ne.publisher(srv.ClientURL())
	ballot := f.ballot(3, 1, 1, 2, 3)
	ne.publish(pub, ballot)
	select {
	case <-held:
	case <-ctx.Done():
		t.Fatal("ballot not delivered")
	}
	if uint64(time.Now().Unix()) >= closes {
		t.Fatalf("the machine is too slow: the ballot was published at or after the close %d", closes)
	}
	// The round closes (relayer clock and, polled, the server's clock)
	// while the consumer holds the ballot.
	f.clock.Set(int64(closes + 10))
	js, err := pub.JS.Stream(ctx, DefaultStream)
	if err != nil {
		t.Fatal(err)
	}
	pollUntil(t, "the nats server's clock to pass the close", 10*time.Second, func() (bool, error) {
		info, err := js.Info(ctx)
		return err == nil && info.TimeStamp.Unix() >= int64(closes), err
	})
	if ok, err := n.CaughtUp(ctx, closes); err != nil || ok {
		t.Fatalf("CaughtUp with the ballot in hand = %v (%v), want false", ok, err)
	}
	if err := s.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if rec, err := st.GetRecord(ctx, f.man.ID()); err != nil || rec != nil {
		t.Fatalf("record %+v (%v) before the consumer caught up, want none", rec, err)
	}
	if in.Engine.Sealed(f.man.ID()) {
		t.Fatal("session sealed before the consumer caught up")
	}
	in.CatchUp = n // as the pipeline wires it for GET …/tally
	if _, err := in.Tally(ctx, f.man.ID(), 1); !errors.Is(err, ErrNotClosed) {
		t.Fatalf("Ingest.Tally before the catch-up: %v, want ErrNotClosed", err)
	}
	if err := n.publishResults(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countResults(ctx, t, pub.JS); got != 0 {
		t.Fatalf("%d results published before the catch-up, want 0", got)
	}

	released = true
	close(release)
	select {
	case err := <-handled:
		if err != nil {
			t.Fatalf("ballot consumed after the close: %v, want stored (published on time)", err)
		}
	case <-ctx.Done():
		t.Fatal("ballot not handled")
	}
	pollUntil(t, "the settler to claim", 20*time.Second, func() (bool, error) {
		if err := s.Step(ctx); err != nil {
			return false, err
		}
		rec, err := st.GetRecord(ctx, f.man.ID())
		return rec != nil, err
	})
	rec, err := st.GetRecord(ctx, f.man.ID())
	if err != nil || rec.State != StateClaimed {
		t.Fatalf("record %+v (%v), want claimed", rec, err)
	}
	d, err := in.Engine.Tally(f.man.ID(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if d.Tally.BallotCount != 1 || rec.Root != d.Root {
		t.Fatalf("claimed root %s over %d ballots, want %s over the 1 ballot from nats", rec.Root.Hex(), d.Tally.BallotCount, d.Root.Hex())
	}
	if !in.Engine.Sealed(f.man.ID()) {
		t.Fatal("session not sealed once its tally was recorded")
	}
	if got, err := in.Tally(ctx, f.man.ID(), 1); err != nil || got.Root != d.Root {
		t.Fatalf("Ingest.Tally after the catch-up: %v, want root %s", err, d.Root.Hex())
	}
	if err := n.publishResults(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countResults(ctx, t, pub.JS); got != 1 {
		t.Fatalf("%d results published after the catch-up, want 1 (round 1)", got)
	}
	// Sealed: even a message stamped on time is refused now.
	if _, err := in.AcceptVerifiedAt(ctx, f.ballot(0, 1, 1, 0, 0), time.Unix(int64(closes-1), 0)); !errors.Is(err, ErrDeadlinePassed) {
		t.Fatalf("ballot for a sealed session: %v, want ErrDeadlinePassed", err)
	}
}

// countResults counts the result messages in the stream.
func countResults(ctx context.Context, t *testing.T, js jetstream.JetStream) int {
	t.Helper()
	oc, err := js.OrderedConsumer(ctx, DefaultStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{SubjectRoot + ".*.*.result"}})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := oc.FetchNoWait(10)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range batch.Messages() {
		n++
	}
	return n
}

type fixedCatchUp struct {
	ok  bool
	err error
}

func (c fixedCatchUp) CaughtUp(context.Context, uint64) (bool, error) { return c.ok, c.err }

// TestIngestTallyWaitsForCatchUp checks that GET …/tally's Ingest.Tally
// answers not_closed while the NATS consumer has not caught up with the
// round's close, and the tally once it has.
func TestIngestTallyWaitsForCatchUp(t *testing.T) {
	e := newNATSEnv(t)
	f := e.f
	if _, err := e.in.AddSession(e.ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	if _, err := e.in.Accept(e.ctx, f.proposal(0, 0)); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	tests := []struct {
		name    string
		catchUp CatchUp
		wantErr error
	}{
		{"no nats", nil, nil},
		{"caught up", fixedCatchUp{ok: true}, nil},
		{"catching up", fixedCatchUp{}, ErrNotClosed},
		{"consumer stopped", fixedCatchUp{err: ErrNATSStopped}, ErrNotClosed},
	}
	for _, tt := range tests {
		e.in.CatchUp = tt.catchUp
		d, err := e.in.Tally(e.ctx, f.man.ID(), 0)
		if !errors.Is(err, tt.wantErr) || (err == nil && d.Tally.BallotCount != 0) {
			t.Errorf("%s: Tally = %v, %v; want error %v", tt.name, d, err, tt.wantErr)
		}
	}
}
