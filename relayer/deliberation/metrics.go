package deliberation

import "github.com/prometheus/client_golang/prometheus"

// Metricer records what the pipeline does.
type Metricer interface {
	// RecordMessage counts an ingested message by type and result (a rule
	// code, "stored" or "duplicate").
	RecordMessage(typ, result string)
	// RecordSettlement counts a settlement record reaching state.
	RecordSettlement(state SettlementState)
	// RecordVerdict counts a watchtower verdict.
	RecordVerdict(v Verdict)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// RecordMessage implements Metricer.
func (NoopMetrics) RecordMessage(string, string) {}

// RecordSettlement implements Metricer.
func (NoopMetrics) RecordSettlement(SettlementState) {}

// RecordVerdict implements Metricer.
func (NoopMetrics) RecordVerdict(Verdict) {}

// PromMetrics exports the counters under dip_relayer_deliberation_*.
type PromMetrics struct {
	messages    *prometheus.CounterVec
	settlements *prometheus.CounterVec
	verdicts    *prometheus.CounterVec
}

var _ Metricer = (*PromMetrics)(nil)

// NewPromMetrics registers the counters on reg.
func NewPromMetrics(reg prometheus.Registerer) (*PromMetrics, error) {
	const ns, sub = "dip_relayer", "deliberation"
	m := &PromMetrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "messages_total",
			Help: "Ingested messages by type and result (stored, duplicate or the rule code that refused them)."}, []string{"type", "result"}),
		settlements: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "settlements_total",
			Help: "Session settlement records reaching each state."}, []string{"state"}),
		verdicts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "watchtower_verdicts_total",
			Help: "Watchtower verdicts on other relayers' claims."}, []string{"verdict"}),
	}
	for _, c := range []prometheus.Collector{m.messages, m.settlements, m.verdicts} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// RecordMessage implements Metricer.
func (m *PromMetrics) RecordMessage(typ, result string) {
	m.messages.WithLabelValues(typ, result).Inc()
}

// RecordSettlement implements Metricer.
func (m *PromMetrics) RecordSettlement(state SettlementState) {
	m.settlements.WithLabelValues(string(state)).Inc()
}

// RecordVerdict implements Metricer.
func (m *PromMetrics) RecordVerdict(v Verdict) { m.verdicts.WithLabelValues(string(v)).Inc() }
