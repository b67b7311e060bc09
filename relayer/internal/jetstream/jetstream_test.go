package jetstream

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/internal/natsembed"
)

// testConfig is an embedded server storing under dir with one stream and a
// durable taking t.in only (t.out is stored but not delivered).
func testConfig(dir string) Config {
	return Config{
		ServerName: "jetstream-test", StoreDir: dir, Port: -1, ClientName: "jetstream-test",
		Stream:   StreamConfig{Name: "TEST", Subjects: []string{"t.>"}, Duplicates: time.Minute, MaxMsgSize: 1024},
		Consumer: ConsumerConfig{Durable: "test-durable", AckWait: 30 * time.Second, FilterSubjects: []string{"t.in"}},
	}
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func open(t *testing.T, ctx context.Context, cfg Config) *Conn {
	t.Helper()
	c, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func publish(t *testing.T, ctx context.Context, c *Conn, subject, id, data string) (duplicate bool) {
	t.Helper()
	dup, err := Publish(ctx, c.JetStream(), subject, id, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return dup
}

// consume acknowledges every delivery, then passes its payload on.
func consume(t *testing.T, c *Conn) <-chan string {
	t.Helper()
	got := make(chan string, 16)
	if err := c.Consume(func(m jetstream.Msg) {
		if err := m.DoubleAck(context.Background()); err != nil {
			t.Errorf("ack %s: %v", m.Subject(), err)
		}
		got <- string(m.Data())
	}); err != nil {
		t.Fatal(err)
	}
	return got
}

func receive(t *testing.T, ctx context.Context, got <-chan string, want string) {
	t.Helper()
	select {
	case data := <-got:
		if data != want {
			t.Fatalf("delivered %q, want %q", data, want)
		}
	case <-ctx.Done():
		t.Fatalf("%q not delivered", want)
	}
}

func TestOpen_embedded_setsUpStreamAndDurable(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	c := open(t, ctx, testConfig(t.TempDir()))
	if !c.Embedded() || !strings.HasPrefix(c.URL(), "nats://127.0.0.1:") {
		t.Fatalf("embedded %v at %q, want an embedded server on loopback", c.Embedded(), c.URL())
	}
	si, err := c.Stream().Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sc := si.Config
	if sc.Name != "TEST" || !slices.Equal(sc.Subjects, []string{"t.>"}) || sc.Storage != jetstream.FileStorage ||
		sc.Duplicates != time.Minute || sc.MaxMsgSize != 1024 {
		t.Fatalf("stream config %+v", sc)
	}
	ci, err := c.Consumer().Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cc := ci.Config
	if cc.Durable != "test-durable" || cc.AckPolicy != jetstream.AckExplicitPolicy || cc.AckWait != 30*time.Second ||
		cc.DeliverPolicy != jetstream.DeliverAllPolicy || !slices.Equal(cc.FilterSubjects, []string{"t.in"}) {
		t.Fatalf("consumer config %+v", cc)
	}
}

// The stream, its duplicate window and the durable's position survive a
// restart of the embedded server on the same store directory; the durable
// takes its filtered subjects only.
func TestOpen_embeddedRestart_resumesDurable(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	cfg := testConfig(t.TempDir())
	c := open(t, ctx, cfg)
	if publish(t, ctx, c, "t.in", "1", "one") {
		t.Fatal("first publish reported duplicate")
	}
	if !publish(t, ctx, c, "t.in", "1", "one") {
		t.Fatal("republish with the same id not suppressed")
	}
	publish(t, ctx, c, "t.out", "2", "two")
	got := consume(t, c)
	receive(t, ctx, got, "one")
	c.StopConsuming()
	c.StopConsuming()
	c.Close()
	c.Close()

	c2 := open(t, ctx, cfg)
	if !publish(t, ctx, c2, "t.in", "1", "one") {
		t.Fatal("duplicate window lost across a restart")
	}
	publish(t, ctx, c2, "t.in", "3", "three")
	got2 := consume(t, c2)
	receive(t, ctx, got2, "three")
	select {
	case data := <-got2:
		t.Fatalf("unexpected delivery %q (acknowledged, suppressed or filtered out)", data)
	case <-time.After(200 * time.Millisecond):
	}
	si, err := c2.Stream().Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if si.State.Msgs != 3 {
		t.Fatalf("stream holds %d messages, want 3", si.State.Msgs)
	}
}

// Against an external server Close leaves the server running, and a stream
// that cannot be created is reported with its name.
func TestOpen_external(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	srv, err := natsembed.Start("jetstream-external", -1, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	cfg := testConfig("")
	cfg.URL = srv.ClientURL()
	c, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Embedded() || c.URL() != srv.ClientURL() {
		t.Fatalf("embedded %v at %q, want the external %s", c.Embedded(), c.URL(), srv.ClientURL())
	}
	c.Close()
	if !srv.Running() {
		t.Fatal("Close shut the external server down")
	}

	other := cfg
	other.Stream.Name = "OTHER" // its subjects overlap TEST's
	if _, err := Open(ctx, other); err == nil || !strings.HasPrefix(err.Error(), "stream OTHER: ") {
		t.Fatalf("overlapping stream: %v, want a stream OTHER error", err)
	}
}

func TestOpen_unreachable_fails(t *testing.T) {
	t.Parallel()
	cfg := testConfig("")
	cfg.URL = "nats://127.0.0.1:1"
	if _, err := Open(context.Background(), cfg); err == nil || !strings.HasPrefix(err.Error(), "connect to nats nats://127.0.0.1:1: ") {
		t.Fatalf("Open = %v, want a connect error", err)
	}
}

func TestClose_nil_succeeds(t *testing.T) {
	t.Parallel()
	var c *Conn
	c.StopConsuming()
	c.Close()
}

func TestCheckServer(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		url, dir string
		port     int
		ok       bool
	}{
		"external":              {url: "nats://127.0.0.1:4222", ok: true},
		"external ignores port": {url: "nats://127.0.0.1:4222", port: 70000, ok: true},
		"embedded":              {dir: "x", port: 4222, ok: true},
		"embedded any port":     {dir: "x", port: -1, ok: true},
		"embedded no dir":       {port: 4222},
		"embedded port high":    {dir: "x", port: 65536},
		"embedded port low":     {dir: "x", port: -2},
	} {
		if err := CheckServer(tc.url, tc.dir, tc.port); (err == nil) != tc.ok {
			t.Errorf("%s: CheckServer = %v, want ok %v", name, err, tc.ok)
		}
	}
}

// MsgID hashes the 65-byte wire form r || s || v, so signatures differing
// in v alone get different ids.
func TestMsgID(t *testing.T) {
	t.Parallel()
	var sig dipmsg.Signature
	for i := range sig.R {
		sig.R[i], sig.S[i] = byte(i), byte(255-i)
	}
	sig.V = 27
	wire := append(append(append([]byte{}, sig.R[:]...), sig.S[:]...), sig.V)
	if got, want := MsgID(sig), crypto.Keccak256Hash(wire).Hex(); got != want {
		t.Fatalf("MsgID = %s, want keccak256(r||s||v) = %s", got, want)
	}
	other := sig
	other.V = 28
	if MsgID(other) == MsgID(sig) {
		t.Fatal("signatures differing in v share an id")
	}
}
