package deliberation

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
)

type outcome struct {
	subject string
	err     error
}

// natsEnv is an ingest over a fresh store, and a publisher connection.
type natsEnv struct {
	t   *testing.T
	ctx context.Context
	f   *fixture
	in  *Ingest
	out chan outcome
	// streamTime judges deadlines by the stream timestamps; otherwise
	// (the tests on the fixture's fake clock) a message arrives at the
	// fake clock's time.
	streamTime bool
}

func newNATSEnv(t *testing.T) *natsEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	t.Cleanup(cancel)
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 3)
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	return &natsEnv{t: t, ctx: ctx, f: f, in: in, out: make(chan outcome, 64)}
}

// consumer starts a NATSIngest with cfg that reports every outcome.
func (e *natsEnv) consumer(cfg NATSConfig) *NATSIngest {
	e.t.Helper()
	n, err := NewNATSIngest(cfg, e.in, slog.New(slog.DiscardHandler))
	if err != nil {
		e.t.Fatal(err)
	}
	n.observe = func(s string, err error) { e.out <- outcome{s, err} }
	if !e.streamTime {
		n.arrivalClock = e.f.clock.Now
	}
	if err := n.Start(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(n.Stop)
	return n
}

func (e *natsEnv) publisher(url string) Publisher {
	e.t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		e.t.Fatal(err)
	}
	return Publisher{JS: js}
}

// next returns the next handled delivery.
func (e *natsEnv) next() outcome {
	e.t.Helper()
	select {
	case o := <-e.out:
		return o
	case <-e.ctx.Done():
		e.t.Fatal("no delivery handled before the deadline")
	}
	return outcome{}
}

// expect asserts the next deliveries, in order: the subject and the rule
// (nil for an accepted message).
func (e *natsEnv) expect(want ...outcome) {
	e.t.Helper()
	for i, w := range want {
		o := e.next()
		if o.subject != w.subject {
			e.t.Fatalf("delivery %d: subject %q, want %q", i, o.subject, w.subject)
		}
		if (w.err == nil) != (o.err == nil) || (w.err != nil && !errors.Is(o.err, w.err)) {
			e.t.Fatalf("delivery %d on %s: err %v, want %v", i, o.subject, o.err, w.err)
		}
	}
}

func (e *natsEnv) stored(env *dipmsg.Envelope) bool {
	e.t.Helper()
	ok, err := e.in.Store.HasDigest(e.ctx, env)
	if err != nil {
		e.t.Fatal(err)
	}
	return ok
}

func (e *natsEnv) publish(p Publisher, env *dipmsg.Envelope) (dup bool) {
	e.t.Helper()
	dup, err := p.PublishMessage(e.ctx, env)
	if err != nil {
		e.t.Fatal(err)
	}
	return dup
}

// startServer starts a JetStream server in-process, as an external cluster.
func startServer(t *testing.T) *server.Server {
	t.Helper()
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s
}

// TestNATSIngestExternal ingests valid and invalid messages from an
// external server, restarts the consumer with messages published while it
// was down, and checks that the durable resumes with no loss and no
// redelivery, and that the stream suppresses republished messages.
func TestNATSIngestExternal(t *testing.T) {
	e := newNATSEnv(t)
	f := e.f
	srv := startServer(t)
	cfg := NATSConfig{URL: srv.ClientURL(), ResultInterval: time.Hour}
	n := e.consumer(cfg)
	pub := e.publisher(srv.ClientURL())

	if dup, err := pub.PublishManifest(e.ctx, f.sm); err != nil || dup {
		t.Fatalf("publish manifest: dup %v err %v", dup, err)
	}
	p0 := f.proposal(0, 0)
	if e.publish(pub, p0) {
		t.Fatal("first publish of a proposal reported duplicate")
	}
	// Invalid: a non-participant (the orchestrator) proposes.
	outsider := f.sign(f.orch.key, &dipmsg.Proposal{Session: f.man.ID(), Round: 0, Author: f.orch.addr, ContentHash: content(9)})
	e.publish(pub, outsider)
	// Invalid: a valid proposal on another round's subject.
	p1 := f.proposal(1, 0)
	wrongSubject := RoundSubject(f.man.ID(), 1, "proposal")
	if _, err := pub.JS.Publish(e.ctx, wrongSubject, mustJSON(t, p1)); err != nil {
		t.Fatal(err)
	}
	// Invalid: garbage on an input subject.
	badSubject := RoundSubject(f.man.ID(), 0, "ballot")
	if _, err := pub.JS.Publish(e.ctx, badSubject, []byte(`{"not":"a message"}`)); err != nil {
		t.Fatal(err)
	}
	// A retried publish of p0 is suppressed by the stream (Nats-Msg-Id).
	if !e.publish(pub, p0) {
		t.Fatal("republished proposal not reported duplicate by the stream")
	}
	propSubject := RoundSubject(f.man.ID(), 0, "proposal")
	e.expect(
		outcome{ManifestSubject(f.man.ID()), nil},
		outcome{propSubject, nil},
		outcome{propSubject, ErrNotParticipant},
		outcome{wrongSubject, ErrBadSubject},
		outcome{badSubject, ErrMalformed},
	)
	if !e.stored(p0) {
		t.Fatal("accepted proposal not in the store")
	}
	if e.stored(outsider) || e.stored(p1) {
		t.Fatal("a refused message was stored")
	}
	if got := n.Stats.Terminated.Load(); got != 3 {
		t.Fatalf("terminated = %d, want 3", got)
	}
	if got := n.Stats.Stored.Load(); got != 2 {
		t.Fatalf("stored = %d, want 2 (manifest and proposal)", got)
	}

	// Restart: messages published while the consumer is down are delivered
	// once it is back, and nothing acknowledged or terminated comes again.
	n.Stop()
	p2 := f.proposal(2, 0)
	e.publish(pub, p2)
	e.publish(pub, p1)
	if !e.publish(pub, p0) {
		t.Fatal("republished proposal not suppressed while the consumer was down")
	}
	n2 := e.consumer(cfg)
	e.expect(outcome{propSubject, nil}, outcome{propSubject, nil})
	if !e.stored(p2) || !e.stored(p1) {
		t.Fatal("messages published while the consumer was down were not stored")
	}
	if got := n2.Stats.Stored.Load(); got != 2 {
		t.Fatalf("after restart stored = %d, want 2", got)
	}
	// A message delivered beyond the suppression window (here: published
	// without the header) is answered by the store as a duplicate and acked.
	if _, err := pub.JS.Publish(e.ctx, propSubject, mustJSON(t, p0)); err != nil {
		t.Fatal(err)
	}
	e.expect(outcome{propSubject, nil})
	if got := n2.Stats.Duplicates.Load(); got != 1 {
		t.Fatalf("duplicates = %d, want 1", got)
	}
	select {
	case o := <-e.out:
		t.Fatalf("unexpected delivery %s (%v)", o.subject, o.err)
	default:
	}

	// Results: nothing while round 0 is open; its tally once it closed, once.
	if err := n2.publishResults(e.ctx); err != nil {
		t.Fatal(err)
	}
	f.clock.Set(tC0)
	for i := 0; i < 2; i++ {
		if err := n2.publishResults(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	oc, err := pub.JS.OrderedConsumer(e.ctx, DefaultStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{SubjectRoot + ".*.*.result"}})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := oc.FetchNoWait(10)
	if err != nil {
		t.Fatal(err)
	}
	var results []jetstream.Msg
	for m := range batch.Messages() {
		results = append(results, m)
	}
	if len(results) != 1 {
		t.Fatalf("results published = %d, want 1 (round 0 only, once)", len(results))
	}
	if want := RoundSubject(f.man.ID(), 0, "result"); results[0].Subject() != want {
		t.Fatalf("result subject %q, want %q", results[0].Subject(), want)
	}
	var tj TallyJSON
	if err := json.Unmarshal(results[0].Data(), &tj); err != nil {
		t.Fatal(err)
	}
	if tj.Session != f.man.ID().Hex() || tj.Round != 0 || len(tj.Authors) != 3 {
		t.Fatalf("result = %+v, want session %s round 0 with 3 proposals", tj, f.man.ID().Hex())
	}
}

// TestNATSIngestEmbedded runs the embedded server, restarts it on the same
// store directory, and checks that the stream and the durable survive.
func TestNATSIngestEmbedded(t *testing.T) {
	e := newNATSEnv(t)
	f := e.f
	cfg := NATSConfig{StoreDir: t.TempDir(), Port: -1}
	n := e.consumer(cfg)
	pub := e.publisher(n.ClientURL())
	if _, err := pub.PublishManifest(e.ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	p0 := f.proposal(0, 0)
	e.publish(pub, p0)
	e.expect(outcome{ManifestSubject(f.man.ID()), nil}, outcome{RoundSubject(f.man.ID(), 0, "proposal"), nil})
	n.Stop()

	n2 := e.consumer(cfg)
	pub2 := e.publisher(n2.ClientURL())
	if !e.publish(pub2, p0) {
		t.Fatal("duplicate window lost across an embedded server restart")
	}
	p1 := f.proposal(1, 0)
	e.publish(pub2, p1)
	e.expect(outcome{RoundSubject(f.man.ID(), 0, "proposal"), nil})
	if !e.stored(p1) {
		t.Fatal("proposal not stored after the restart")
	}
	if got := n2.Stats.Stored.Load(); got != 1 {
		t.Fatalf("after restart stored = %d, want 1 (no redelivery)", got)
	}
}

func TestNATSConfigCheck(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		cfg NATSConfig
		ok  bool
	}{
		"external":          {NATSConfig{URL: "nats://127.0.0.1:4222"}, true},
		"embedded":          {NATSConfig{StoreDir: "/tmp/x", Port: 4222}, true},
		"embedded no dir":   {NATSConfig{Port: 4222}, false},
		"embedded bad port": {NATSConfig{StoreDir: "/tmp/x", Port: 70000}, false},
	} {
		if err := tc.cfg.Check(); (err == nil) != tc.ok || (err != nil && !errors.Is(err, ErrNATSConfig)) {
			t.Errorf("%s: Check() = %v, want ok %v", name, err, tc.ok)
		}
	}
}

// FuzzDecodeNATS checks that the subject-checked decoder never panics and
// that whatever it accepts is published on exactly its own subject.
func FuzzDecodeNATS(f *testing.F) {
	pp := parties(60, 1)[0]
	orch := parties(50, 1)[0]
	man := &Manifest{Target: common.HexToAddress("0xA1"), SubjectID: big.NewInt(1), Nonce: big.NewInt(1), Credits: 100, Opens: tOpens,
		Rounds: []Round{{tP0, tC0}}, Participants: []common.Address{pp.addr}}
	sm, err := SignManifest(context.Background(), dipmsg.KeySigner{Key: orch.key}, testDomain, man)
	if err != nil {
		f.Fatal(err)
	}
	m := &dipmsg.Proposal{Session: man.ID(), Round: 0, Author: pp.addr, ContentHash: content(0)}
	sig, err := dipmsg.SignWithKey(pp.key, testDomain, m)
	if err != nil {
		f.Fatal(err)
	}
	p := &dipmsg.Envelope{Domain: testDomain, Message: m, Sig: sig}
	data, _ := json.Marshal(p)
	sub, _ := MessageSubject(p)
	f.Add(sub, data)
	f.Add(RoundSubject(man.ID(), 1, "proposal"), data)
	mdata, _ := json.Marshal(sm)
	f.Add(ManifestSubject(man.ID()), mdata)
	f.Add("dip.delib.x.r1.ballot", []byte(`{}`))
	f.Add("dip.delib..manifest", []byte(`null`))
	f.Fuzz(func(t *testing.T, subject string, payload []byte) {
		dec, err := decodeNATS(subject, payload)
		if err != nil {
			if code, _ := Code(err); code == "internal" {
				t.Fatalf("decode error wraps no rule: %v", err)
			}
			return
		}
		var want string
		switch {
		case dec.manifest != nil:
			want = ManifestSubject(dec.manifest.Manifest.ID())
		case dec.env != nil:
			if want, err = MessageSubject(dec.env); err != nil {
				t.Fatalf("accepted an envelope with no subject: %v", err)
			}
		default:
			t.Fatal("decoded nothing without an error")
		}
		if want != subject {
			t.Fatalf("accepted a payload for %q on %q", want, subject)
		}
	})
}

func TestPipelineConfigCheckNATS(t *testing.T) {
	t.Parallel()
	c := Config{DBPath: "x.db", Settlement: common.HexToAddress("0xD1"), Orchestrators: []common.Address{common.HexToAddress("0x0E")},
		StepInterval: time.Second, NATS: &NATSConfig{}}
	if err := c.Check(); !errors.Is(err, ErrInvalidConfig) || !errors.Is(err, ErrNATSConfig) {
		t.Fatalf("embedded nats without a store dir: Check() = %v, want ErrInvalidConfig and ErrNATSConfig", err)
	}
	c.NATS.StoreDir = t.TempDir()
	if err := c.Check(); err != nil {
		t.Fatalf("valid nats config: %v", err)
	}
}

// TestPipelineNATS starts the pipeline with the embedded server, as
// `dip relayer run` does, and ingests a manifest published over NATS.
func TestPipelineNATS(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	e, f := newChainEnv(t)
	p, err := NewPipeline(Config{
		DBPath: filepath.Join(t.TempDir(), "delib.db"), Settlement: e.st.Address(),
		Orchestrators: []common.Address{f.orch.addr}, StepInterval: time.Hour,
		NATS: &NATSConfig{StoreDir: t.TempDir(), Port: -1},
	}, f.clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.start(ctx, wiring{log: slog.New(slog.DiscardHandler), backend: e.c.Client(), sender: e.mgr}); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(context.Background())
	got := make(chan error, 1)
	p.nats.observe = func(_ string, err error) { got <- err }
	ne := &natsEnv{t: t, ctx: ctx}
	pub := ne.publisher(p.nats.ClientURL())
	if _, err := pub.PublishManifest(ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-got:
		if err != nil {
			t.Fatalf("manifest over nats: %v", err)
		}
	case <-ctx.Done():
		t.Fatal("manifest not handled")
	}
	if _, err := p.Ingest().Engine.Session(f.man.ID()); err != nil {
		t.Fatalf("session not ingested: %v", err)
	}
	if err := p.Stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
}

// TestNATSIngestAckAfterCommit checks that a message the store could not
// commit is not acknowledged: a relayer restarted on the same database gets
// it again and stores it.
func TestNATSIngestAckAfterCommit(t *testing.T) {
	e := newNATSEnv(t)
	f := e.f
	srv := startServer(t)
	cfg := NATSConfig{URL: srv.ClientURL(), ResultInterval: time.Hour}
	dbPath := filepath.Join(t.TempDir(), "delib.db")
	open := func() *Ingest {
		st, err := OpenStore(e.ctx, dbPath)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		in, err := NewIngest(e.ctx, f.engine(), st)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	e.in = open()
	n := e.consumer(cfg)
	pub := e.publisher(srv.ClientURL())
	if _, err := pub.PublishManifest(e.ctx, f.sm); err != nil {
		t.Fatal(err)
	}
	e.expect(outcome{ManifestSubject(f.man.ID()), nil})
	// The disk goes away: the store refuses, the message must stay unacked.
	e.in.Store.Close()
	p0 := f.proposal(0, 0)
	e.publish(pub, p0)
	e.expect(outcome{RoundSubject(f.man.ID(), 0, "proposal"), ErrStoreClosed})
	if got := n.Stats.Retried.Load(); got < 1 {
		t.Fatalf("retried = %d, want at least 1", got)
	}
	n.Stop()
	// Drop redeliveries observed before the stop.
	for len(e.out) > 0 {
		<-e.out
	}
	e.in = open()
	n2 := e.consumer(cfg)
	e.expect(outcome{RoundSubject(f.man.ID(), 0, "proposal"), nil})
	if !e.stored(p0) {
		t.Fatal("message refused by a closed store was lost")
	}
	if got := n2.Stats.Stored.Load(); got != 1 {
		t.Fatalf("stored after restart = %d, want 1", got)
	}
}
