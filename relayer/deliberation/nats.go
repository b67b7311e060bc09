package deliberation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
	relayjs "github.com/dip-market/dip/relayer/internal/jetstream"
)

// NATS subjects (docs/deliberation.md, "Ingest over NATS JetStream"). The
// session is its id as 0x-prefixed lowercase hex; the round is decimal.
const (
	// SubjectRoot prefixes every deliberation subject.
	SubjectRoot = "dip.delib"
	// DefaultStream is the JetStream stream holding the subjects.
	DefaultStream = "DIP_DELIB"
	// DefaultDurable is the relayer's durable pull consumer.
	DefaultDurable = "dip-relayer-deliberation"
	// DuplicateWindow is the stream's duplicate suppression window
	// (Nats-Msg-Id); later replays are still answered by the store as
	// duplicates.
	DuplicateWindow = 10 * time.Minute
)

var (
	// ErrBadSubject is returned when a NATS subject is not a deliberation
	// input subject or disagrees with the message it carries.
	ErrBadSubject = fmt.Errorf("%w: subject", ErrMalformed)
	// ErrNATSConfig is returned by NATSConfig.Check.
	ErrNATSConfig = errors.New("invalid deliberation nats config")
	// ErrNATSStopped is returned by CaughtUp when the consumer is not running.
	ErrNATSStopped = errors.New("deliberation: nats consumer not running")
)

// CatchUp tells whether an input transport has handed every message it
// received before a round's close to the ingest. *NATSIngest implements it;
// the settler and the result publisher wait for it before tallying.
type CatchUp interface {
	CaughtUp(ctx context.Context, closesAt uint64) (bool, error)
}

var _ CatchUp = (*NATSIngest)(nil)

// ManifestSubject returns the subject a session's manifest is published on.
func ManifestSubject(session common.Hash) string {
	return SubjectRoot + "." + session.Hex() + ".manifest"
}

// MessageSubject returns the subject env is published on, or ErrUnsupportedType.
func MessageSubject(env *dipmsg.Envelope) (string, error) {
	kind, round, err := kindOf(env.Message)
	if err != nil {
		return "", err
	}
	return RoundSubject(sessionOf(env.Message), round, kind), nil
}

// RoundSubject returns dip.delib.<session>.r<round>.<kind>; kind is
// proposal, evaluation, ballot or result.
func RoundSubject(session common.Hash, round uint32, kind string) string {
	return SubjectRoot + "." + session.Hex() + ".r" + strconv.FormatUint(uint64(round), 10) + "." + kind
}

func kindOf(m dipmsg.Message) (string, uint32, error) {
	switch m := m.(type) {
	case *dipmsg.Proposal:
		return "proposal", m.Round, nil
	case *dipmsg.Evaluation:
		return "evaluation", m.Round, nil
	case *dipmsg.Ballot:
		return "ballot", m.Round, nil
	}
	return "", 0, fmt.Errorf("%w: %s", ErrUnsupportedType, m.TypeName())
}

// MsgID returns the Nats-Msg-Id of a signed payload: the keccak256 hash of
// its 65-byte signature (r || s || v).
func MsgID(sig dipmsg.Signature) string { return relayjs.MsgID(sig) }

// natsInput is a decoded NATS payload: exactly one of manifest and env is set.
type natsInput struct {
	manifest *SignedManifest
	env      *dipmsg.Envelope
}

// decodeNATS decodes a payload by its subject with the HTTP decoders, and
// checks that the subject names the session, round and type of the payload.
func decodeNATS(subject string, data []byte) (natsInput, error) {
	parts := strings.Split(subject, ".")
	if len(parts) < 4 || parts[0] != "dip" || parts[1] != "delib" {
		return natsInput{}, fmt.Errorf("%w: %q is not under %s", ErrBadSubject, subject, SubjectRoot)
	}
	if len(parts) == 4 && parts[3] == "manifest" {
		sm, err := DecodeManifest(data)
		if err != nil {
			return natsInput{}, err
		}
		if want := ManifestSubject(sm.Manifest.ID()); want != subject {
			return natsInput{}, fmt.Errorf("%w: manifest of session %s published on %q", ErrBadSubject, sm.Manifest.ID().Hex(), subject)
		}
		return natsInput{manifest: sm}, nil
	}
	if len(parts) != 5 {
		return natsInput{}, fmt.Errorf("%w: %q is not an input subject", ErrBadSubject, subject)
	}
	env, err := DecodeMessage(data)
	if err != nil {
		return natsInput{}, err
	}
	want, err := MessageSubject(env)
	if err != nil {
		return natsInput{}, err
	}
	if want != subject {
		return natsInput{}, fmt.Errorf("%w: %s published on %q, want %q", ErrBadSubject, env.Message.TypeName(), subject, want)
	}
	return natsInput{env: env}, nil
}

// NATSConfig configures ingest over NATS JetStream.
type NATSConfig struct {
	// URL is an external NATS cluster; empty starts an embedded server.
	URL string
	// StoreDir is the embedded server's JetStream directory (required without URL).
	StoreDir string
	// Port is the embedded server's port on 127.0.0.1 (-1: any free port).
	Port int
	// Stream and Durable name the stream and the durable consumer
	// (DefaultStream, DefaultDurable when empty).
	Stream, Durable string
	// ResultInterval is how often closed rounds' results are published
	// (DefaultResultInterval when zero).
	ResultInterval time.Duration
}

// DefaultResultInterval is how often closed rounds are looked for.
const DefaultResultInterval = 2 * time.Second

// Check validates the config.
func (c NATSConfig) Check() error {
	if err := relayjs.CheckServer(c.URL, c.StoreDir, c.Port); err != nil {
		return fmt.Errorf("%w: %v", ErrNATSConfig, err)
	}
	if c.ResultInterval < 0 {
		return fmt.Errorf("%w: result interval must not be negative", ErrNATSConfig)
	}
	return nil
}

// NATSStats counts the consumer's outcomes.
type NATSStats struct {
	Stored, Duplicates, Terminated, Retried atomic.Int64
}

// NATSIngest consumes the deliberation subjects from a durable JetStream
// pull consumer and feeds them to the same Ingest as the HTTP API. A message
// is acknowledged only after Ingest stored it (or found it stored); a
// message breaking a rule is terminated (AckTerm) and never stored; any
// other failure is negatively acknowledged and redelivered.
type NATSIngest struct {
	cfg NATSConfig
	in  *Ingest
	log *slog.Logger
	// Stats counts outcomes since Start.
	Stats NATSStats

	conn *relayjs.Conn
	// mu guards stream, cons and marks (CaughtUp runs on the settler's
	// goroutine).
	mu     sync.Mutex
	stream jetstream.Stream
	cons   jetstream.Consumer
	// marks holds, per close time (unix seconds), the stream's last
	// sequence read once the server's clock had passed it.
	marks map[uint64]uint64
	// wg and quit run the result loop.
	wg   sync.WaitGroup
	quit chan struct{}
	// published holds the "<session>/<round>" results already published.
	published map[string]bool
	// observe, when set (tests), receives every handled message's outcome.
	observe func(subject string, err error)
	// before, when set (tests), runs before a delivery is handled.
	before func(subject string)
	// arrivalClock, when set (tests on a fake clock), replaces the stream
	// timestamp as a message's arrival time.
	arrivalClock func() time.Time
}

// NewNATSIngest returns the consumer; Start connects it.
func NewNATSIngest(cfg NATSConfig, in *Ingest, log *slog.Logger) (*NATSIngest, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Stream == "" {
		cfg.Stream = DefaultStream
	}
	if cfg.Durable == "" {
		cfg.Durable = DefaultDurable
	}
	if cfg.ResultInterval == 0 {
		cfg.ResultInterval = DefaultResultInterval
	}
	if log == nil {
		log = slog.Default()
	}
	return &NATSIngest{cfg: cfg, in: in, log: log}, nil
}

// Start starts the embedded server (without URL), connects, creates or
// updates the stream and the durable consumer, and starts consuming.
func (n *NATSIngest) Start(ctx context.Context) error {
	conn, err := relayjs.Open(ctx, relayjs.Config{
		URL: n.cfg.URL, ServerName: "dip-relayer", StoreDir: n.cfg.StoreDir, Port: n.cfg.Port,
		ClientName: "dip-relayer-deliberation",
		Stream: relayjs.StreamConfig{
			Name: n.cfg.Stream, Subjects: []string{SubjectRoot + ".>"},
			Duplicates: DuplicateWindow, MaxMsgSize: MaxManifestBytes + MaxMessageBytes,
		},
		Consumer: relayjs.ConsumerConfig{
			Durable: n.cfg.Durable, AckWait: 30 * time.Second,
			// Results go on the same stream; the consumer takes the inputs only.
			FilterSubjects: []string{
				SubjectRoot + ".*.manifest", SubjectRoot + ".*.*.proposal",
				SubjectRoot + ".*.*.evaluation", SubjectRoot + ".*.*.ballot",
			},
		},
	})
	if err != nil {
		return fmt.Errorf("deliberation: %w", err)
	}
	n.conn = conn
	n.mu.Lock()
	n.stream, n.cons = conn.Stream(), conn.Consumer()
	if n.marks == nil {
		n.marks = map[uint64]uint64{}
	}
	n.mu.Unlock()
	if err := conn.Consume(n.handle); err != nil {
		n.Stop()
		return fmt.Errorf("deliberation: %w", err)
	}
	n.quit, n.published = make(chan struct{}), map[string]bool{}
	n.wg.Add(1)
	go n.resultLoop(n.quit)
	n.log.Info("deliberation nats ingest started", "url", conn.URL(), "embedded", conn.Embedded(), "stream", n.cfg.Stream, "durable", n.cfg.Durable)
	return nil
}

// ClientURL returns the URL publishers use (the embedded server's, or the
// configured one).
func (n *NATSIngest) ClientURL() string {
	if n.conn != nil {
		return n.conn.URL()
	}
	return n.cfg.URL
}

func (n *NATSIngest) resultLoop(quit <-chan struct{}) {
	defer n.wg.Done()
	t := time.NewTicker(n.cfg.ResultInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), n.cfg.ResultInterval+5*time.Second)
			if err := n.publishResults(ctx); err != nil {
				n.log.Warn("deliberation nats result publish failed; retrying", "err", err)
			}
			cancel()
		case <-quit:
			return
		}
	}
}

// publishResults publishes the tally of every closed round not published
// yet on dip.delib.<session>.r<n>.result, as GET /sessions/{id}/tally
// answers it, with Nats-Msg-Id "result:<session>:<round>:<root>". Rounds
// without proposals have no result. Delivery is at least once: after a
// restart past the duplicate window a result may be published again.
func (n *NATSIngest) publishResults(ctx context.Context) error {
	var errs []error
	for _, id := range n.in.Engine.Sessions() {
		v, err := n.in.Engine.Session(id)
		if err != nil {
			continue
		}
		for r := range v.Rounds {
			key := id.Hex() + "/" + strconv.Itoa(r)
			if n.published[key] || n.in.Engine.Now().Unix() < int64(v.Rounds[r].ClosesAt) {
				continue
			}
			// A message stored in the stream before the close may still
			// be on its way to the store: publish once it is in.
			if ok, err := n.CaughtUp(ctx, v.Rounds[r].ClosesAt); err != nil || !ok {
				if err != nil {
					errs = append(errs, err)
				}
				continue
			}
			d, err := n.in.Engine.Tally(id, uint32(r))
			switch {
			case errors.Is(err, ErrNotClosed):
				continue
			case errors.Is(err, ErrNoProposals):
				n.published[key] = true
				continue
			case err != nil:
				errs = append(errs, err)
				continue
			}
			data, err := json.Marshal(tallyJSON(id, uint32(r), d))
			if err != nil {
				errs = append(errs, err)
				continue
			}
			msgID := "result:" + id.Hex() + ":" + strconv.Itoa(r) + ":" + d.Root.Hex()
			if _, err := (Publisher{JS: n.conn.JetStream()}).publish(ctx, RoundSubject(id, uint32(r), "result"), msgID, data); err != nil {
				errs = append(errs, err)
				continue
			}
			n.published[key] = true
			n.log.Info("deliberation result published", "session_id", id.Hex(), "round", r, "root", d.Root.Hex())
		}
	}
	return errors.Join(errs...)
}

// handle processes one delivery; Consume calls it sequentially, so
// messages are ingested in stream order (a manifest before its messages).
func (n *NATSIngest) handle(m jetstream.Msg) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	subject := m.Subject()
	if n.before != nil {
		n.before(subject)
	}
	// Deadlines are judged by when the stream stored the message (the
	// server's clock), not by when this consumer got to it: a message
	// published on time while the relayer was down is still on time.
	var arrival time.Time
	if n.arrivalClock != nil {
		arrival = n.arrivalClock()
	} else if meta, merr := m.Metadata(); merr == nil {
		arrival = meta.Timestamp
	} else {
		n.log.Warn("deliberation nats message without metadata; judging deadlines by the relayer clock", "subject", subject, "err", merr)
	}
	dup, typ, err := n.ingest(ctx, subject, m.Data(), arrival)
	code, _ := Code(err)
	switch {
	case err == nil:
		// Ack only now: the message is durable in the session store. A lost
		// ack redelivers it, and the store answers duplicate.
		if aerr := m.DoubleAck(ctx); aerr != nil {
			n.log.Warn("deliberation nats ack failed; the message will be redelivered", "subject", subject, "err", aerr)
		}
		if dup {
			n.Stats.Duplicates.Add(1)
		} else {
			n.Stats.Stored.Add(1)
		}
	case code != "internal":
		n.Stats.Terminated.Add(1)
		n.log.Warn("deliberation nats message refused", "subject", subject, "type", typ, "rule", code, "err", err)
		if aerr := m.Term(); aerr != nil {
			n.log.Warn("deliberation nats term failed", "subject", subject, "err", aerr)
		}
	default:
		n.Stats.Retried.Add(1)
		n.log.Error("deliberation nats ingest failed; redelivering", "subject", subject, "err", err)
		_ = m.NakWithDelay(time.Second)
	}
	if n.observe != nil {
		n.observe(subject, err)
	}
}

// ingest decodes and ingests one payload. Refusals before AcceptVerified
// are counted here, as the HTTP handler does; AcceptVerified counts its own.
func (n *NATSIngest) ingest(ctx context.Context, subject string, data []byte, arrival time.Time) (dup bool, typ string, err error) {
	refuse := func(typ string, err error) (bool, string, error) {
		code, _ := Code(err)
		n.in.Metrics.RecordMessage(typ, code)
		return false, typ, err
	}
	dec, err := decodeNATS(subject, data)
	if err != nil {
		return refuse("unknown", err)
	}
	if dec.manifest != nil {
		existed, err := n.in.AddSession(ctx, dec.manifest)
		return existed, "manifest", err
	}
	typ = dec.env.Message.TypeName()
	if err := n.in.Engine.Verify(dec.env); err != nil {
		return refuse(typ, err)
	}
	dup, err = n.in.AcceptVerifiedAt(ctx, dec.env, arrival)
	return dup, typ, err
}

// CaughtUp reports whether the consumer has handled (stored, or refused and
// terminated) every input message the stream stored before closesAt (unix
// seconds). Since deadlines are judged by the stream timestamp, only such
// messages can still be admitted for a round closing then; once CaughtUp
// is true, nothing more can change the round's tally.
//
// It reads the stream's last sequence once the server's own clock (the
// stream info's timestamp) is at or past closesAt, so every message stamped
// before the close has a sequence at or below it, and then answers true
// when the consumer's ack floor reached that sequence, or nothing matching
// is left to deliver or to acknowledge. While the server's clock is behind
// closesAt it answers false.
func (n *NATSIngest) CaughtUp(ctx context.Context, closesAt uint64) (bool, error) {
	n.mu.Lock()
	st, cons := n.stream, n.cons
	mark, marked := n.marks[closesAt]
	n.mu.Unlock()
	if cons == nil {
		return false, ErrNATSStopped
	}
	if !marked {
		info, err := st.Info(ctx)
		if err != nil {
			return false, fmt.Errorf("deliberation: nats stream info: %w", err)
		}
		if info.TimeStamp.IsZero() || info.TimeStamp.Unix() < int64(closesAt) {
			return false, nil
		}
		mark = info.State.LastSeq
		n.mu.Lock()
		if n.marks != nil {
			n.marks[closesAt] = mark
		}
		n.mu.Unlock()
	}
	ci, err := cons.Info(ctx)
	if err != nil {
		return false, fmt.Errorf("deliberation: nats consumer info: %w", err)
	}
	return ci.AckFloor.Stream >= mark || (ci.NumPending == 0 && ci.NumAckPending == 0), nil
}

// Stop stops consuming (after the message in hand), drains the connection
// and shuts the embedded server down. It is safe to call more than once.
func (n *NATSIngest) Stop() {
	if n == nil {
		return
	}
	if n.quit != nil {
		close(n.quit)
		n.quit = nil
	}
	n.conn.StopConsuming()
	n.wg.Wait()
	n.mu.Lock()
	n.stream, n.cons = nil, nil
	n.mu.Unlock()
	n.conn.Close()
	n.conn = nil
}

// Publisher publishes signed manifests and messages on their subjects with
// Nats-Msg-Id set to their signature hash, so a retried publish is
// suppressed by the stream.
type Publisher struct{ JS jetstream.JetStream }

// PublishManifest publishes a signed manifest; duplicate reports a publish
// the stream suppressed.
func (p Publisher) PublishManifest(ctx context.Context, sm *SignedManifest) (duplicate bool, err error) {
	data, err := json.Marshal(sm)
	if err != nil {
		return false, err
	}
	return p.publish(ctx, ManifestSubject(sm.Manifest.ID()), MsgID(sm.Sig), data)
}

// PublishMessage publishes a signed message on its round subject.
func (p Publisher) PublishMessage(ctx context.Context, env *dipmsg.Envelope) (duplicate bool, err error) {
	subject, err := MessageSubject(env)
	if err != nil {
		return false, err
	}
	data, err := json.Marshal(env)
	if err != nil {
		return false, err
	}
	return p.publish(ctx, subject, MsgID(env.Sig), data)
}

func (p Publisher) publish(ctx context.Context, subject, id string, data []byte) (bool, error) {
	dup, err := relayjs.Publish(ctx, p.JS, subject, id, data)
	if err != nil {
		return false, fmt.Errorf("deliberation: %w", err)
	}
	return dup, nil
}
