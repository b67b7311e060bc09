// Package jetstream sets up a relayer pipeline's NATS JetStream ingest: it
// connects (starting the embedded server when no cluster is configured),
// creates or updates the pipeline's stream and durable consumer, consumes
// it, and publishes with a Nats-Msg-Id.
//
// It is not part of natsembed because that package only starts a server:
// what is here works against an external cluster just as well, and both
// the deliberation and the pow-epochs pipelines use it either way. Its
// errors carry no pipeline prefix; callers add theirs. Callers import it
// under another name (relayjs) next to nats.go's jetstream package.
package jetstream

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/internal/natsembed"
)

// Config says which server to use and what to set up on it.
type Config struct {
	// URL is an external NATS cluster; empty starts an embedded server
	// named ServerName on 127.0.0.1:Port (-1: any free port) storing its
	// streams under StoreDir.
	URL        string
	ServerName string
	StoreDir   string
	Port       int
	// ClientName names the connection on the server.
	ClientName string
	// Stream is created, or updated to this config.
	Stream StreamConfig
	// Consumer is the durable consumer created, or updated, on Stream.
	Consumer ConsumerConfig
}

// StreamConfig is a file-stored stream with duplicate suppression.
type StreamConfig struct {
	Name     string
	Subjects []string
	// Duplicates is the Nats-Msg-Id suppression window.
	Duplicates time.Duration
	// MaxMsgSize bounds a message's payload in bytes.
	MaxMsgSize int32
}

// ConsumerConfig is a durable consumer that starts at the stream's first
// message and needs every message acknowledged explicitly.
type ConsumerConfig struct {
	Durable string
	// AckWait is how long a delivery may stay unacknowledged before it is
	// redelivered.
	AckWait time.Duration
	// FilterSubjects restricts the deliveries (all the stream's subjects
	// when empty).
	FilterSubjects []string
}

// CheckServer validates where an ingest connects: an external URL, or an
// embedded server with a store directory and a port in -1..65535. Callers
// wrap its error in their config error.
func CheckServer(url, storeDir string, port int) error {
	switch {
	case url == "" && storeDir == "":
		return errors.New("the embedded server needs a store directory")
	case url == "" && (port < -1 || port > 65535):
		return fmt.Errorf("port %d out of range", port)
	}
	return nil
}

// Conn is a connection whose stream and durable consumer are set up.
type Conn struct {
	srv    *server.Server
	nc     *nats.Conn
	url    string
	js     jetstream.JetStream
	stream jetstream.Stream
	cons   jetstream.Consumer
	cctx   jetstream.ConsumeContext
	// closed is closed once consuming stopped (cctx.Closed()).
	closed <-chan struct{}
}

// Open starts the embedded server when cfg.URL is empty, connects, and
// creates or updates the stream and the durable consumer. On error it
// closes whatever it started.
func Open(ctx context.Context, cfg Config) (*Conn, error) {
	c := &Conn{url: cfg.URL}
	if c.url == "" {
		srv, err := natsembed.Start(cfg.ServerName, cfg.Port, cfg.StoreDir)
		if err != nil {
			return nil, err
		}
		c.srv, c.url = srv, srv.ClientURL()
	}
	if err := c.setUp(ctx, cfg); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

func (c *Conn) setUp(ctx context.Context, cfg Config) error {
	nc, err := nats.Connect(c.url, nats.Name(cfg.ClientName), nats.MaxReconnects(-1))
	if err != nil {
		return fmt.Errorf("connect to nats %s: %w", c.url, err)
	}
	c.nc = nc
	js, err := jetstream.New(nc)
	if err != nil {
		return fmt.Errorf("jetstream: %w", err)
	}
	c.js = js
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: cfg.Stream.Name, Subjects: cfg.Stream.Subjects, Storage: jetstream.FileStorage,
		Duplicates: cfg.Stream.Duplicates, MaxMsgSize: cfg.Stream.MaxMsgSize,
	})
	if err != nil {
		return fmt.Errorf("stream %s: %w", cfg.Stream.Name, err)
	}
	c.stream = st
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: cfg.Consumer.Durable, AckPolicy: jetstream.AckExplicitPolicy, AckWait: cfg.Consumer.AckWait,
		DeliverPolicy: jetstream.DeliverAllPolicy, FilterSubjects: cfg.Consumer.FilterSubjects,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", cfg.Consumer.Durable, err)
	}
	c.cons = cons
	return nil
}

// URL returns the URL publishers use: the embedded server's, or the
// configured one.
func (c *Conn) URL() string { return c.url }

// Embedded reports whether Open started the server.
func (c *Conn) Embedded() bool { return c.srv != nil }

// JetStream returns the connection's JetStream context.
func (c *Conn) JetStream() jetstream.JetStream { return c.js }

// Stream returns the stream.
func (c *Conn) Stream() jetstream.Stream { return c.stream }

// Consumer returns the durable consumer.
func (c *Conn) Consumer() jetstream.Consumer { return c.cons }

// Consume hands the durable's deliveries to handle, one at a time in
// stream order, until StopConsuming. handle acknowledges each message
// itself (only once it is stored) or it is redelivered after AckWait.
func (c *Conn) Consume(handle func(jetstream.Msg)) error {
	cctx, err := c.cons.Consume(handle)
	if err != nil {
		return fmt.Errorf("consume: %w", err)
	}
	c.cctx, c.closed = cctx, cctx.Closed()
	return nil
}

// StopConsuming stops the deliveries and returns once the message in hand
// is handled. It is safe to call more than once, and without Consume.
func (c *Conn) StopConsuming() {
	if c == nil || c.cctx == nil {
		return
	}
	c.cctx.Drain()
	<-c.closed
	c.cctx, c.closed = nil, nil
}

// Close stops consuming, closes the connection and shuts the embedded
// server down. It is safe to call more than once and on nil.
func (c *Conn) Close() {
	if c == nil {
		return
	}
	c.StopConsuming()
	if c.nc != nil {
		c.nc.Close()
		c.nc = nil
	}
	if c.srv != nil {
		c.srv.Shutdown()
		c.srv.WaitForShutdown()
		c.srv = nil
	}
}

// Publish publishes data on subject with Nats-Msg-Id id; duplicate reports
// a publish the stream suppressed (the same id within its window).
func Publish(ctx context.Context, js jetstream.JetStream, subject, id string, data []byte) (duplicate bool, err error) {
	ack, err := js.Publish(ctx, subject, data, jetstream.WithMsgID(id))
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", subject, err)
	}
	return ack.Duplicate, nil
}

// MsgID returns the Nats-Msg-Id of a signed payload: the keccak256 hash of
// its 65-byte signature (r || s || v), so a retried publish of the same
// signed payload is suppressed.
func MsgID(sig dipmsg.Signature) string {
	return crypto.Keccak256Hash(sig.R[:], sig.S[:], []byte{sig.V}).Hex()
}
