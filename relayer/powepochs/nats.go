package powepochs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/relayer/internal/natsembed"
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
	switch {
	case c.URL == "" && c.StoreDir == "":
		return fmt.Errorf("%w: the embedded server needs a store directory", ErrNATSConfig)
	case c.URL == "" && (c.Port < -1 || c.Port > 65535):
		return fmt.Errorf("%w: port %d out of range", ErrNATSConfig, c.Port)
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

	srv  *server.Server
	nc   *nats.Conn
	cctx jetstream.ConsumeContext
	wg   sync.WaitGroup
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
	url := n.cfg.URL
	if url == "" {
		srv, err := natsembed.Start("dip-relayer-pow", n.cfg.Port, n.cfg.StoreDir)
		if err != nil {
			return fmt.Errorf("powepochs: %w", err)
		}
		n.srv, url = srv, srv.ClientURL()
	}
	if err := n.connect(ctx, url); err != nil {
		n.Stop()
		return err
	}
	n.log.Info("pow nats ingest started", "url", url, "embedded", n.srv != nil, "stream", n.cfg.Stream, "durable", n.cfg.Durable)
	return nil
}

// ClientURL returns the URL miners publish to.
func (n *NATSIngest) ClientURL() string {
	if n.srv != nil {
		return n.srv.ClientURL()
	}
	return n.cfg.URL
}

func (n *NATSIngest) connect(ctx context.Context, url string) error {
	nc, err := nats.Connect(url, nats.Name("dip-relayer-pow"), nats.MaxReconnects(-1))
	if err != nil {
		return fmt.Errorf("powepochs: connect to nats %s: %w", url, err)
	}
	n.nc = nc
	js, err := jetstream.New(nc)
	if err != nil {
		return fmt.Errorf("powepochs: jetstream: %w", err)
	}
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: n.cfg.Stream, Subjects: []string{SubjectRoot + ".*.batch"}, Storage: jetstream.FileStorage,
		Duplicates: DuplicateWindow, MaxMsgSize: MaxBatchBytes,
	})
	if err != nil {
		return fmt.Errorf("powepochs: stream %s: %w", n.cfg.Stream, err)
	}
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: n.cfg.Durable, AckPolicy: jetstream.AckExplicitPolicy, AckWait: 60 * time.Second,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("powepochs: consumer %s: %w", n.cfg.Durable, err)
	}
	n.wg.Add(1)
	cctx, err := cons.Consume(func(m jetstream.Msg) { n.handle(m) })
	if err != nil {
		n.wg.Done()
		return fmt.Errorf("powepochs: consume: %w", err)
	}
	n.cctx = cctx
	go func() { defer n.wg.Done(); <-cctx.Closed() }()
	return nil
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
	if n.cctx != nil {
		n.cctx.Drain()
		n.wg.Wait()
		n.cctx = nil
	}
	if n.nc != nil {
		n.nc.Close()
		n.nc = nil
	}
	if n.srv != nil {
		n.srv.Shutdown()
		n.srv.WaitForShutdown()
		n.srv = nil
	}
}

// PublishBatch publishes a signed batch envelope on its epoch's subject with
// Nats-Msg-Id set to its signature hash (a retried publish is suppressed);
// duplicate reports a suppressed publish.
func PublishBatch(ctx context.Context, js jetstream.JetStream, envelope []byte) (duplicate bool, err error) {
	env, b, err := decodeBatch(envelope)
	if err != nil {
		return false, err
	}
	id := crypto.Keccak256Hash(env.Sig.R[:], env.Sig.S[:], []byte{env.Sig.V}).Hex()
	ack, err := js.Publish(ctx, BatchSubject(b.Epoch), envelope, jetstream.WithMsgID(id))
	if err != nil {
		return false, fmt.Errorf("powepochs: publish %s: %w", BatchSubject(b.Epoch), err)
	}
	return ack.Duplicate, nil
}
