package escrowsessions

import (
	"context"
	"fmt"
	"sync"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/dip-market/dip/relayer/deliberation"
)

// Announcer publishes a session the deliberation relayer accepted as a job
// for the agents (NSED's "jobs" topic).
type Announcer interface {
	Announce(ctx context.Context, sm *deliberation.SignedManifest) error
	Close()
}

// NATSAnnouncer publishes the signed manifest on the deliberation stream's
// manifest subject, dip.delib.<session>.manifest, with the message id the
// deliberation publishers use (keccak256 of the signature): agents
// subscribed to dip.delib.*.manifest learn of the session, and the
// deliberation NATS ingest, which already holds it, acknowledges it as a
// duplicate. It connects on first use, so an unreachable server delays
// announcements, never the sessions.
type NATSAnnouncer struct {
	url string
	mu  sync.Mutex
	nc  *nats.Conn
	js  jetstream.JetStream
}

// NewNATSAnnouncer returns an announcer for the NATS server(s) at url
// (comma-separated); the stream must exist (the deliberation pipeline's
// NATS ingest creates it).
func NewNATSAnnouncer(url string) *NATSAnnouncer { return &NATSAnnouncer{url: url} }

// Announce implements Announcer.
func (a *NATSAnnouncer) Announce(ctx context.Context, sm *deliberation.SignedManifest) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.js == nil {
		nc, err := nats.Connect(a.url, nats.Name("dip-relayer-escrow-sessions"), nats.MaxReconnects(-1))
		if err != nil {
			return fmt.Errorf("escrowsessions: connect to nats %s: %w", a.url, err)
		}
		js, err := jetstream.New(nc)
		if err != nil {
			nc.Close()
			return fmt.Errorf("escrowsessions: jetstream: %w", err)
		}
		a.nc, a.js = nc, js
	}
	if _, err := (deliberation.Publisher{JS: a.js}).PublishManifest(ctx, sm); err != nil {
		return fmt.Errorf("escrowsessions: announce session %s: %w", sm.Manifest.ID().Hex(), err)
	}
	return nil
}

// Close implements Announcer.
func (a *NATSAnnouncer) Close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.nc != nil {
		a.nc.Close()
		a.nc, a.js = nil, nil
	}
}
