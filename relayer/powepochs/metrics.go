package powepochs

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metricer records the pipeline's activity.
type Metricer interface {
	// BatchHandled counts an ingested batch by outcome (err nil: accepted).
	BatchHandled(err error)
	// SettleStep counts a settlement transition of an epoch into state.
	SettleStep(state State)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

// BatchHandled implements Metricer.
func (NoopMetrics) BatchHandled(error) {}

// SettleStep implements Metricer.
func (NoopMetrics) SettleStep(State) {}

// PromMetrics exports the pipeline's counters under dip_relayer_pow_*.
type PromMetrics struct {
	batches *prometheus.CounterVec
	steps   *prometheus.CounterVec
}

// NewPromMetrics registers the counters with reg.
func NewPromMetrics(reg prometheus.Registerer) (*PromMetrics, error) {
	m := &PromMetrics{
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "dip_relayer", Subsystem: "pow", Name: "batches_total",
			Help: "Miner batches handled, by result (accepted or the rejection code).",
		}, []string{"result"}),
		steps: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "dip_relayer", Subsystem: "pow", Name: "epoch_transitions_total",
			Help: "Epoch settlement transitions, by the state entered.",
		}, []string{"state"}),
	}
	for _, c := range []prometheus.Collector{m.batches, m.steps} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// BatchHandled implements Metricer.
func (m *PromMetrics) BatchHandled(err error) {
	if err == nil {
		m.batches.WithLabelValues("accepted").Inc()
		return
	}
	_, code := statusOf(err)
	m.batches.WithLabelValues(code).Inc()
}

// SettleStep implements Metricer.
func (m *PromMetrics) SettleStep(s State) { m.steps.WithLabelValues(string(s)).Inc() }
