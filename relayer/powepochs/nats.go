package powepochs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/acip/pow"
	relayjs "github.com/dip-market/dip/relayer/internal/jetstream"
)

// NATS names (docs/pow.md, "Relayer pipeline"): a miner publishes each
// signed batch envelope on dip.pow.<epoch>.batch (epoch in decimal).
const (
	// SubjectRoot prefixes every PoW subject.
	SubjectRoot = "dip.pow"
	// DefaultStream is the JetStream stream holding the subjects.
	DefaultStream = "DIP_POW"
	// DefaultDurable is the relayer's durable pull consumer.
	DefaultDurable = "dip-relayer-pow"
	// DuplicateWindow is the stream's duplicate suppression window (Nats-Msg-Id).
	DuplicateWindow = 10 * time.Minute
)

var (
	// ErrBadSubject is returned when a NATS subject is not a batch subject
	// or names another epoch than its batch.
	ErrBadSubject = fmt.Errorf("%w: subject", ErrMalformed)
	// ErrNATSConfig is returned by NATSConfig.Check.
	ErrNATSConfig = errors.New("powepochs: invalid nats config")
)

// BatchSubject is the subject of epoch's batches.
func BatchSubject(epoch uint64) string {
	return SubjectRoot + "." + strconv.FormatUint(epoch, 10) + ".batch"
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
}

// Check validates the config.
func (c NATSConfig) Check() error {
	if err := relayjs.CheckServer(c.URL, c.StoreDir, c.Port); err != nil {
		return fmt.Errorf("%w: %v", ErrNATSConfig, err)
	}
	return nil
}

// NATSStats counts the consumer's outcomes.
type NATSStats struct {
	Stored, Duplicates, Terminated, Retried atomic.Int64
}

// NATSIngest consumes batch subjects from a durable JetStream pull consumer
// and feeds them to the same Ingest as the HTTP API. A message is
// acknowledged only after the batch is in the batch log (or already was: a
// redelivery after a lost ack is answered as duplicate nonces); a batch
// breaking a rule is terminated (AckTerm); other failures are redelivered.
type NATSIngest struct {
	cfg NATSConfig
	in  *Ingest
	log *slog.Logger
	// Stats counts outcomes since Start.
	Stats NATSStats

	conn *relayjs.Conn
	// observe, when set (tests), receives every handled message's outcome.
	observe func(subject string, err error)
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
	if log == nil {
		log = slog.Default()
	}
	return &NATSIngest{cfg: cfg, in: in, log: log}, nil
}

// Start starts the embedded server (without URL), connects, creates or
// updates the stream and the durable consumer, and starts consuming.
func (n *NATSIngest) Start(ctx context.Context) error {
	conn, err := relayjs.Open(ctx, relayjs.Config{
		URL: n.cfg.URL, ServerName: "dip-relayer-pow", StoreDir: n.cfg.StoreDir, Port: n.cfg.Port,
		ClientName: "dip-relayer-pow",
		Stream: relayjs.StreamConfig{
			Name: n.cfg.Stream, Subjects: []string{SubjectRoot + ".*.batch"},
			Duplicates: DuplicateWindow, MaxMsgSize: MaxBatchBytes,
		},
		Consumer: relayjs.ConsumerConfig{Durable: n.cfg.Durable, AckWait: 60 * time.Second},
	})
	if err != nil {
		return fmt.Errorf("powepochs: %w", err)
	}
	n.conn = conn
	if err := conn.Consume(n.handle); err != nil {
		n.Stop()
		return fmt.Errorf("powepochs: %w", err)
	}
	n.log.Info("pow nats ingest started", "url", conn.URL(), "embedded", conn.Embedded(), "stream", n.cfg.Stream, "durable", n.cfg.Durable)
	return nil
}

// ClientURL returns the URL miners publish to.
func (n *NATSIngest) ClientURL() string {
	if n.conn != nil {
		return n.conn.URL()
	}
	return n.cfg.URL
}

// handle processes one delivery (Consume calls it sequentially).
func (n *NATSIngest) handle(m jetstream.Msg) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	defer cancel()
	subject := m.Subject()
	err := n.ingest(ctx, subject, m.Data())
	status, code := statusOf(err)
	switch {
	case err == nil || errors.Is(err, pow.ErrDuplicateNonce):
		// Ack only now: the batch is in the fsynced log. A lost ack
		// redelivers it and the book answers duplicate nonces.
		if aerr := m.DoubleAck(ctx); aerr != nil {
			n.log.Warn("pow nats ack failed; the batch will be redelivered", "subject", subject, "err", aerr)
		}
		if err == nil {
			n.Stats.Stored.Add(1)
		} else {
			n.Stats.Duplicates.Add(1)
		}
	case status < 500:
		n.Stats.Terminated.Add(1)
		n.log.Warn("pow nats batch refused", "subject", subject, "rule", code, "err", err)
		if aerr := m.Term(); aerr != nil {
			n.log.Warn("pow nats term failed", "subject", subject, "err", aerr)
		}
	default:
		n.Stats.Retried.Add(1)
		n.log.Error("pow nats ingest failed; redelivering", "subject", subject, "err", err)
		_ = m.NakWithDelay(time.Second)
	}
	if n.observe != nil {
		n.observe(subject, err)
	}
}

func (n *NATSIngest) ingest(ctx context.Context, subject string, data []byte) error {
	parts := strings.Split(subject, ".")
	if len(parts) != 4 || parts[0] != "dip" || parts[1] != "pow" || parts[3] != "batch" {
		return fmt.Errorf("%w: %q is not %s.<epoch>.batch", ErrBadSubject, subject, SubjectRoot)
	}
	_, b, err := decodeBatch(data)
	if err != nil {
		return err
	}
	if want := BatchSubject(b.Epoch); want != subject {
		return fmt.Errorf("%w: a batch of epoch %d published on %q, want %q", ErrBadSubject, b.Epoch, subject, want)
	}
	_, err = n.in.Accept(ctx, data)
	return err
}

// Stop stops consuming (after the message in hand), closes the connection
// and shuts the embedded server down. It is safe to call more than once and
// on nil.
func (n *NATSIngest) Stop() {
	if n == nil {
		return
	}
	n.conn.Close()
	n.conn = nil
}

// PublishBatch publishes a signed batch envelope on its epoch's subject with
// Nats-Msg-Id set to its signature hash (a retried publish is suppressed);
// duplicate reports a suppressed publish.
func PublishBatch(ctx context.Context, js jetstream.JetStream, envelope []byte) (duplicate bool, err error) {
	env, b, err := decodeBatch(envelope)
	if err != nil {
		return false, err
	}
	duplicate, err = relayjs.Publish(ctx, js, BatchSubject(b.Epoch), relayjs.MsgID(env.Sig), envelope)
	if err != nil {
		return false, fmt.Errorf("powepochs: %w", err)
	}
	return duplicate, nil
}
