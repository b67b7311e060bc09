package service

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/relayer/watcher"
)

// metrics are the service's own Prometheus metrics; the transaction manager
// registers its own under the same namespace.
type metrics struct {
	info          *prometheus.GaugeVec
	httpRequests  *prometheus.CounterVec
	adminIntents  *prometheus.CounterVec
	ready         prometheus.Gauge
	watcherBlock  *prometheus.GaugeVec
	watcherEvents *prometheus.CounterVec
	watcherReorgs *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	ns := MetricsNamespace
	m := &metrics{
		info: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info",
			Help: "Always 1; labels name the version, chain and account."}, []string{"version", "chain_id", "account"}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "http", Name: "requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
		adminIntents: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "admin", Name: "intents_total",
			Help: "Intents posted to the admin API, by result (created, existing, rejected, conflict)."}, []string{"result"}),
		ready: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "ready",
			Help: "1 when the last readiness check passed."}),
		watcherBlock: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "watcher", Name: "block",
			Help: "Last block delivered by each watcher."}, []string{"watcher"}),
		watcherEvents: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "watcher", Name: "events_total",
			Help: "Events delivered by each watcher (re-deliveries after a reorg or restart included)."}, []string{"watcher"}),
		watcherReorgs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "watcher", Name: "reorgs_total",
			Help: "Reorgs reported by each watcher."}, []string{"watcher"}),
	}
	reg.MustRegister(m.info, m.httpRequests, m.adminIntents, m.ready, m.watcherBlock, m.watcherEvents, m.watcherReorgs)
	return m
}

// countingHandler records a watcher's progress in metrics after its
// handler accepted a delivery.
type countingHandler struct {
	h    watcher.Handler
	name string
	m    *metrics
}

func (c countingHandler) HandleBatch(ctx context.Context, b watcher.Batch) error {
	if err := c.h.HandleBatch(ctx, b); err != nil {
		return err
	}
	c.m.watcherBlock.WithLabelValues(c.name).Set(float64(b.To))
	c.m.watcherEvents.WithLabelValues(c.name).Add(float64(len(b.Events)))
	return nil
}

func (c countingHandler) HandleReorg(ctx context.Context, r watcher.Reorg) error {
	if err := c.h.HandleReorg(ctx, r); err != nil {
		return err
	}
	c.m.watcherReorgs.WithLabelValues(c.name).Inc()
	c.m.watcherBlock.WithLabelValues(c.name).Set(float64(r.Ancestor.Number))
	return nil
}
