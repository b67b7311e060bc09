package txmgr

import (
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/dip-market/dip/relayer/store"
)

// Metricer receives the manager's measurements. Implementations must be safe
// for concurrent use and cheap: they are called from the manager's loop.
type Metricer interface {
	// RecordIntentSubmitted counts a newly stored intent.
	RecordIntentSubmitted()
	// RecordQueueDepth reports intents waiting for a nonce.
	RecordQueueDepth(n int)
	// RecordInFlight reports transactions sent and not yet mined.
	RecordInFlight(n int)
	// RecordNonce reports the next nonce to assign.
	RecordNonce(nonce uint64)
	// RecordPublished counts a transaction accepted by the node (first send,
	// rebroadcast or replacement).
	RecordPublished()
	// RecordPublishError counts a refused send by kind (nonce_too_low, fee_too_low ...).
	RecordPublishError(kind string)
	// RecordFeeBump counts a replacement with higher fees.
	RecordFeeBump()
	// RecordCancel counts a cancellation signed.
	RecordCancel()
	// RecordRequeue counts an intent whose nonce was taken by a foreign transaction.
	RecordRequeue()
	// RecordReorg counts a reorg seen at the head.
	RecordReorg()
	// RecordFinal counts an intent reaching a terminal state, with the time
	// from submission to that state.
	RecordFinal(state store.State, latency time.Duration)
	// RecordFees reports the head's base fee and the current tip, in wei.
	RecordFees(baseFee, tip *big.Int)
	// RecordRPCError counts a failed RPC call.
	RecordRPCError()
	// RecordLoopError counts a manager iteration that ended in an error.
	RecordLoopError()
}

// NoopMetrics discards every measurement.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

func (NoopMetrics) RecordIntentSubmitted()                 {}
func (NoopMetrics) RecordQueueDepth(int)                   {}
func (NoopMetrics) RecordInFlight(int)                     {}
func (NoopMetrics) RecordNonce(uint64)                     {}
func (NoopMetrics) RecordPublished()                       {}
func (NoopMetrics) RecordPublishError(string)              {}
func (NoopMetrics) RecordFeeBump()                         {}
func (NoopMetrics) RecordCancel()                          {}
func (NoopMetrics) RecordRequeue()                         {}
func (NoopMetrics) RecordReorg()                           {}
func (NoopMetrics) RecordFinal(store.State, time.Duration) {}
func (NoopMetrics) RecordFees(*big.Int, *big.Int)          {}
func (NoopMetrics) RecordRPCError()                        {}
func (NoopMetrics) RecordLoopError()                       {}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	submitted     prometheus.Counter
	queueDepth    prometheus.Gauge
	inFlight      prometheus.Gauge
	nonce         prometheus.Gauge
	published     prometheus.Counter
	publishErrors *prometheus.CounterVec
	bumps         prometheus.Counter
	cancels       prometheus.Counter
	requeues      prometheus.Counter
	reorgs        prometheus.Counter
	final         *prometheus.CounterVec
	latency       prometheus.Histogram
	baseFee       prometheus.Gauge
	tip           prometheus.Gauge
	rpcErrors     prometheus.Counter
	loopErrors    prometheus.Counter
}

var _ Metricer = (*Metrics)(nil)

// NewMetrics creates the manager's Prometheus metrics under namespace
// (for example "dip_relayer") with subsystem "txmgr" and registers them.
func NewMetrics(reg prometheus.Registerer, namespace string) *Metrics {
	const sub = "txmgr"
	m := &Metrics{
		submitted:     prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "intents_submitted_total", Help: "Intents stored for sending."}),
		queueDepth:    prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub, Name: "queue_depth", Help: "Intents waiting for a nonce."}),
		inFlight:      prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub, Name: "in_flight", Help: "Transactions sent and not yet mined."}),
		nonce:         prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub, Name: "next_nonce", Help: "Next nonce to assign."}),
		published:     prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "published_total", Help: "Transactions accepted by the node."}),
		publishErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "publish_errors_total", Help: "Sends refused by the node, by kind."}, []string{"kind"}),
		bumps:         prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "fee_bumps_total", Help: "Replacements with higher fees."}),
		cancels:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "cancellations_total", Help: "Cancellations signed."}),
		requeues:      prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "requeues_total", Help: "Intents whose nonce was taken by a foreign transaction."}),
		reorgs:        prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "reorgs_total", Help: "Reorgs seen at the head."}),
		final:         prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "intents_final_total", Help: "Intents that reached a terminal state, by state."}, []string{"state"}),
		latency:       prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: namespace, Subsystem: sub, Name: "intent_latency_seconds", Help: "Time from submission to a terminal state.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}),
		baseFee:       prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub, Name: "base_fee_wei", Help: "Base fee of the head block."}),
		tip:           prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Subsystem: sub, Name: "tip_cap_wei", Help: "Tip offered to new transactions."}),
		rpcErrors:     prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "rpc_errors_total", Help: "Failed RPC calls."}),
		loopErrors:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Subsystem: sub, Name: "loop_errors_total", Help: "Manager iterations that ended in an error."}),
	}
	reg.MustRegister(m.submitted, m.queueDepth, m.inFlight, m.nonce, m.published, m.publishErrors, m.bumps, m.cancels,
		m.requeues, m.reorgs, m.final, m.latency, m.baseFee, m.tip, m.rpcErrors, m.loopErrors)
	return m
}

// The methods below implement Metricer; see its documentation.

// RecordIntentSubmitted implements Metricer.
func (m *Metrics) RecordIntentSubmitted()         { m.submitted.Inc() }
func (m *Metrics) RecordQueueDepth(n int)         { m.queueDepth.Set(float64(n)) }
func (m *Metrics) RecordInFlight(n int)           { m.inFlight.Set(float64(n)) }
func (m *Metrics) RecordNonce(nonce uint64)       { m.nonce.Set(float64(nonce)) }
func (m *Metrics) RecordPublished()               { m.published.Inc() }
func (m *Metrics) RecordPublishError(kind string) { m.publishErrors.WithLabelValues(kind).Inc() }
func (m *Metrics) RecordFeeBump()                 { m.bumps.Inc() }
func (m *Metrics) RecordCancel()                  { m.cancels.Inc() }
func (m *Metrics) RecordRequeue()                 { m.requeues.Inc() }
func (m *Metrics) RecordReorg()                   { m.reorgs.Inc() }
func (m *Metrics) RecordRPCError()                { m.rpcErrors.Inc() }
func (m *Metrics) RecordLoopError()               { m.loopErrors.Inc() }
func (m *Metrics) RecordFinal(s store.State, d time.Duration) {
	m.final.WithLabelValues(string(s)).Inc()
	m.latency.Observe(d.Seconds())
}

func (m *Metrics) RecordFees(baseFee, tip *big.Int) {
	if baseFee != nil {
		f, _ := new(big.Float).SetInt(baseFee).Float64()
		m.baseFee.Set(f)
	}
	if tip != nil {
		f, _ := new(big.Float).SetInt(tip).Float64()
		m.tip.Set(f)
	}
}
