// Package natsembed starts the NATS JetStream server a relayer pipeline
// embeds when no external cluster is configured: loopback only, file storage
// under the pipeline's data directory, no signal handlers, no logging.
package natsembed

import (
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ReadyTimeout bounds how long Start waits for the server to accept clients.
const ReadyTimeout = 10 * time.Second

// ErrNotReady is returned when the server did not accept clients in time.
var ErrNotReady = errors.New("embedded nats server not ready")

// Start runs a JetStream server named name on 127.0.0.1:port (-1: any free
// port) storing streams under storeDir, and returns it once it accepts
// clients (its URL is ClientURL). The caller shuts it down.
func Start(name string, port int, storeDir string) (*server.Server, error) {
	srv, err := server.NewServer(&server.Options{
		ServerName: name, Host: "127.0.0.1", Port: port,
		JetStream: true, StoreDir: storeDir, NoSigs: true, NoLog: true,
	})
	if err != nil {
		return nil, fmt.Errorf("embedded nats: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(ReadyTimeout) {
		srv.Shutdown()
		return nil, fmt.Errorf("%w after %v (port %d in use?)", ErrNotReady, ReadyTimeout, port)
	}
	return srv, nil
}
