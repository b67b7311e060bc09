package escrowsessions

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/watcher"
)

// EmbeddedDeps is the part of service.Deps the pipeline uses, over any
// Backend rather than an RPC client: what an in-process relayer on the
// embedded chain (`dip demo`) can provide.
type EmbeddedDeps struct {
	Log     *slog.Logger
	Backend Backend
	// Signer is the orchestrator key that signs the session manifests.
	Signer interface {
		Address() common.Address
		dipmsg.TypedDataSigner
	}
	// Mux, when set, serves the read-only order API.
	Mux *http.ServeMux
	// Registry, when set, registers the pipeline's metrics.
	Registry prometheus.Registerer
	// NewWatcher creates the OrderDelivered watcher; the caller runs or polls it.
	NewWatcher func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error)
}

// StartEmbedded starts the pipeline as Start does, on d's backend. Stop it
// with Stop.
func (p *Pipeline) StartEmbedded(ctx context.Context, d EmbeddedDeps) error {
	if d.Backend == nil || d.Signer == nil || d.NewWatcher == nil {
		return fmt.Errorf("%w: an embedded start needs a backend, a signer and a watcher constructor", ErrInvalidConfig)
	}
	return p.start(ctx, wiring{log: d.Log, backend: d.Backend, signer: d.Signer, mux: d.Mux, registry: d.Registry, newWatcher: d.NewWatcher})
}
