package service

import (
	"context"
	"log/slog"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
)

// Pipeline is a unit of relayer work (deliberation settlement, proof-of-work
// batches, key-share release) that the service starts after its own
// components and stops before them. Register pipelines before Start.
type Pipeline interface {
	// Name identifies the pipeline in logs, metrics and watcher names; it
	// must be unique within a service and kebab-case.
	Name() string
	// Start wires the pipeline to deps and starts its goroutines; it must not
	// block. ctx ends when the service stops. An error aborts the service's
	// start.
	Start(ctx context.Context, deps Deps) error
	// Stop ends the pipeline's goroutines, waiting for them until ctx ends.
	// It runs while the transaction manager, store and signer still work,
	// and after the service stopped accepting new work.
	Stop(ctx context.Context) error
}

// Deps is what a pipeline may use. Every field is shared with the service
// and the other pipelines: a pipeline never closes any of them.
type Deps struct {
	// Log is the service logger with a "pipeline" attribute.
	Log *slog.Logger
	// Chain is the RPC client (reads, calls, log queries); ChainID its chain.
	Chain   *ethclient.Client
	ChainID *big.Int
	// TxMgr sends intents from the relayer's account; use a key prefix
	// such as "<pipeline>/..." for idempotency keys.
	TxMgr *txmgr.Manager
	// Store is the relayer database.
	Store *store.Store
	// Signer signs EIP-712 messages and transactions for the relayer account
	// (sending goes through TxMgr, which owns the nonces).
	Signer signer.Signer
	// Registry registers the pipeline's Prometheus metrics (namespace dip_relayer).
	Registry prometheus.Registerer
	// Mux serves the pipeline's HTTP routes on the service's listener; use
	// patterns under "/v1/<pipeline name>/". Wrap operator-only handlers
	// with RequireAdmin and bound bodies with LimitBody.
	Mux *http.ServeMux
	// RequireAdmin wraps a handler with the admin bearer-token check.
	RequireAdmin func(http.Handler) http.Handler
	// LimitBody wraps a handler with the configured request body limit.
	LimitBody func(http.Handler) http.Handler
	// Draining reports whether the service is shutting down: handlers should
	// refuse new work (HTTP 503) once it returns true.
	Draining func() bool
	// NewWatcher creates a watcher over the service's RPC client with
	// checkpoints in the store (under "watcher/<name>"), the configured
	// confirmations, start block, contracts, poll interval, batch size and
	// history; opts override those. The service runs it until it stops; a
	// watcher that stops on an error needing an operator turns /readyz red.
	NewWatcher func(name string, h watcher.Handler, opts ...watcher.Option) (*watcher.Watcher, error)
}
