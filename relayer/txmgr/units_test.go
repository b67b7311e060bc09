package txmgr

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/dip-market/dip/relayer/store"
)

func TestConfig_Check(t *testing.T) {
	t.Parallel()
	if err := DefaultConfig().Check(); err != nil {
		t.Fatalf("defaults do not pass Check: %v", err)
	}
	tests := []struct {
		name string
		mod  func(*Config)
		hint string
	}{
		{"depth 0", func(c *Config) { c.ConfirmationDepth = 0 }, "confirmation depth must be at least 1"},
		{"depth huge", func(c *Config) { c.ConfirmationDepth = 5000 }, "over 1024"},
		{"in flight 0", func(c *Config) { c.MaxInFlight = 0 }, "max in-flight"},
		{"resubmission 0", func(c *Config) { c.ResubmissionTimeout = 0 }, "resubmission timeout"},
		{"poll 0", func(c *Config) { c.PollInterval = 0 }, "poll interval"},
		{"network 0", func(c *Config) { c.NetworkTimeout = 0 }, "network timeout"},
		{"backoff under poll", func(c *Config) { c.MaxBackoff = time.Millisecond }, "max backoff"},
		{"negative tip", func(c *Config) { c.MinTipCapGwei = -1 }, "min tip cap"},
		{"nan tip", func(c *Config) { c.MinTipCapGwei = math.NaN() }, "min tip cap"},
		{"zero cap", func(c *Config) { c.MaxFeeCapGwei = 0 }, "max fee cap must be a positive"},
		{"inf cap", func(c *Config) { c.MaxFeeCapGwei = math.Inf(1) }, "max fee cap must be a positive"},
		{"multiplier 0", func(c *Config) { c.BaseFeeMultiplier = 0 }, "base fee multiplier"},
		{"bump below geth", func(c *Config) { c.FeeBumpPercent = 5 }, "geth's replacement minimum"},
		{"tip above ceiling", func(c *Config) { c.MinTipCapGwei = 195 }, "above the fee ceiling"},
	}
	for _, tc := range tests {
		cfg := DefaultConfig()
		tc.mod(&cfg)
		err := cfg.Check()
		if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tc.hint) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line with %q", tc.name, err, tc.hint)
		}
	}
}

func TestGweiConversions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		gwei float64
		wei  string
	}{{0, "0"}, {1, "1000000000"}, {0.001, "1000000"}, {1.5, "1500000000"}, {200, "200000000000"}}
	for _, tc := range tests {
		if got := gweiToWei(tc.gwei).String(); got != tc.wei {
			t.Errorf("gweiToWei(%v) = %s, want %s", tc.gwei, got, tc.wei)
		}
	}
	if s := gweiString(big.NewInt(1_500_000_000)); s != "1.5" {
		t.Errorf("gweiString = %q, want 1.5", s)
	}
	if s := gweiString(nil); s != "<nil>" {
		t.Errorf("gweiString(nil) = %q", s)
	}
	r := DefaultConfig().resolve()
	// 200 gwei / 1.1 = 181.818181818 gwei.
	if r.ceiling.String() != "181818181818" {
		t.Errorf("ceiling = %s, want 181818181818", r.ceiling)
	}
}

func TestBumped(t *testing.T) {
	t.Parallel()
	tests := []struct{ old, pct, want int64 }{
		{0, 10, 1},     // strictly higher even from zero
		{1, 10, 2},     // ceil(1.1) = 2
		{9, 10, 10},    // ceil(9.9) = 10
		{10, 10, 11},   // exact
		{100, 10, 110}, // exact
		{101, 10, 112}, // ceil(111.1)
		{100, 25, 125},
	}
	for _, tc := range tests {
		if got := bumped(big.NewInt(tc.old), uint64(tc.pct)); got.Int64() != tc.want {
			t.Errorf("bumped(%d, %d%%) = %s, want %d", tc.old, tc.pct, got, tc.want)
		}
	}
}

func TestMarketFees(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                         string
		suggested, minTip, base, cap int64
		wantTip, wantCap             int64
	}{
		{"suggested above min", 5, 2, 10, 1000, 5, 25},
		{"min tip floor", 1, 2, 10, 1000, 2, 22},
		{"fee cap at ceiling", 5, 2, 1000, 100, 5, 100},
		{"tip at ceiling", 500, 2, 10, 100, 100, 100},
	}
	for _, tc := range tests {
		f := marketFees(big.NewInt(tc.suggested), big.NewInt(tc.minTip), big.NewInt(tc.base), 2, big.NewInt(tc.cap))
		if f.tip.Int64() != tc.wantTip || f.feeCap.Int64() != tc.wantCap {
			t.Errorf("%s: tip %s cap %s, want %d %d", tc.name, f.tip, f.feeCap, tc.wantTip, tc.wantCap)
		}
	}
}

func TestReplacementFees(t *testing.T) {
	t.Parallel()
	fe := func(tip, cap int64) fees { return fees{big.NewInt(tip), big.NewInt(cap)} }
	tests := []struct {
		name        string
		prev, mkt   fees
		limit       int64
		ok          bool
		tip, feeCap int64
	}{
		{"plain bump", fe(10, 100), fe(5, 50), 1000, true, 11, 110},
		{"market above bump", fe(10, 100), fe(20, 300), 1000, true, 20, 300},
		{"clamped but still 10%", fe(10, 100), fe(20, 300), 115, true, 20, 115},
		{"limit below bump", fe(10, 100), fe(5, 50), 109, false, 0, 0},
		{"tip clamped to cap", fe(90, 100), fe(200, 300), 110, true, 110, 110},
		{"tip cannot bump", fe(100, 100), fe(1, 1), 105, false, 0, 0},
	}
	for _, tc := range tests {
		f, ok := replacementFees(tc.prev, tc.mkt, 10, big.NewInt(tc.limit))
		if ok != tc.ok || (ok && (f.tip.Int64() != tc.tip || f.feeCap.Int64() != tc.feeCap)) {
			t.Errorf("%s: got %v %v ok=%v, want %d %d ok=%v", tc.name, f.tip, f.feeCap, ok, tc.tip, tc.feeCap, tc.ok)
		}
		if ok && f.tip.Cmp(f.feeCap) > 0 {
			t.Errorf("%s: tip %s above fee cap %s", tc.name, f.tip, f.feeCap)
		}
	}
}

// The fee policy's no-deadlock property: whatever an ordinary transaction
// was priced at (never above the ceiling), a cancellation that satisfies the
// replacement rule fits under the hard cap.
func TestFuzzCancelAlwaysFitsUnderHardCap(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20_000; i++ {
		cfg := DefaultConfig()
		cfg.FeeBumpPercent = 10 + uint64(rng.Intn(50))
		cfg.MaxFeeCapGwei = 0.000001 + rng.Float64()*1000
		r := cfg.resolve()
		if r.ceiling.Sign() == 0 {
			continue
		}
		feeCap := new(big.Int).Rand(rng, r.ceiling)
		feeCap.Add(feeCap, big.NewInt(1)) // in [1, ceiling]
		tip := new(big.Int).Rand(rng, feeCap)
		prev := fees{tip: tip, feeCap: feeCap}
		market := marketFees(big.NewInt(rng.Int63n(1e12)), big.NewInt(0), big.NewInt(rng.Int63n(1e13)), 2, r.ceiling)
		f, ok := replacementFees(prev, market, cfg.FeeBumpPercent, r.maxFeeCap)
		if !ok {
			t.Fatalf("no cancellation fits: prev %v/%v, bump %d%%, hard cap %s", tip, feeCap, cfg.FeeBumpPercent, r.maxFeeCap)
		}
		if f.feeCap.Cmp(r.maxFeeCap) > 0 || f.feeCap.Cmp(bumped(feeCap, cfg.FeeBumpPercent)) < 0 || f.tip.Cmp(bumped(tip, cfg.FeeBumpPercent)) < 0 {
			t.Fatalf("cancellation %v/%v breaks the rule over %v/%v under %s", f.tip, f.feeCap, tip, feeCap, r.maxFeeCap)
		}
	}
}

func TestClassifySend(t *testing.T) {
	t.Parallel()
	tests := []struct {
		msg  string
		want sendErrKind
	}{
		{"", sendOK},
		{"already known", sendKnown},
		{"transaction already imported", sendKnown}, // anvil
		{"nonce too low: next nonce 5, tx nonce 3", sendNonceTooLow},
		{"replacement transaction underpriced", sendReplacementUnderpriced},
		{"max fee per gas less than block base fee: address 0x.., maxFeePerGas: 1, baseFee: 2", sendFeeTooLow},
		{"transaction underpriced: tip needed 1, tip permitted 0", sendFeeTooLow},
		{"Insufficient funds for gas * price + value", sendInsufficientFunds}, // anvil's capital I
		{"intrinsic gas too low", sendPermanent},
		{"exceeds block gas limit", sendPermanent},
		{"oversized data", sendPermanent},
		{"max priority fee per gas higher than max fee per gas", sendPermanent},
		{"context deadline exceeded", sendTransient},
		{"txpool is full", sendTransient},
		{"502 Bad Gateway", sendTransient},
	}
	for _, tc := range tests {
		var err error
		if tc.msg != "" {
			err = errors.New(tc.msg)
		}
		if got := classifySend(err); got != tc.want {
			t.Errorf("classifySend(%q) = %s, want %s", tc.msg, got, tc.want)
		}
	}
}

func TestEstimateReverted(t *testing.T) {
	t.Parallel()
	for msg, want := range map[string]bool{
		"execution reverted: Settlement_Paused()":   true,
		"gas required exceeds allowance (30000000)": true,
		"invalid opcode: INVALID":                   true,
		"connection refused":                        false,
		"insufficient funds for transfer":           false,
		"429 Too Many Requests":                     false,
	} {
		if got := estimateReverted(errors.New(msg)); got != want {
			t.Errorf("estimateReverted(%q) = %v, want %v", msg, got, want)
		}
	}
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	base, max := time.Second, 10*time.Second
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second}
	for i, w := range want {
		if got := backoff(base, i+1, max); got != w {
			t.Errorf("backoff after %d failures = %s, want %s", i+1, got, w)
		}
	}
	if got := backoff(base, 1000, max); got != max {
		t.Errorf("backoff after 1000 failures = %s, want the cap", got)
	}
}

func TestPrometheusMetrics(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg, "dip_relayer")
	m.RecordIntentSubmitted()
	m.RecordQueueDepth(3)
	m.RecordInFlight(2)
	m.RecordNonce(7)
	m.RecordPublished()
	m.RecordPublishError("fee_too_low")
	m.RecordFeeBump()
	m.RecordCancel()
	m.RecordRequeue()
	m.RecordReorg()
	m.RecordFinal(store.StateConfirmed, time.Second)
	m.RecordFees(big.NewInt(7), big.NewInt(1))
	m.RecordFees(nil, nil)
	m.RecordRPCError()
	m.RecordLoopError()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*dto.MetricFamily{}
	for _, f := range fams {
		byName[f.GetName()] = f
	}
	value := func(name string) float64 {
		f := byName[name]
		if f == nil || len(f.Metric) == 0 {
			t.Fatalf("metric %s missing", name)
		}
		mt := f.Metric[0]
		switch {
		case mt.Gauge != nil:
			return mt.Gauge.GetValue()
		case mt.Counter != nil:
			return mt.Counter.GetValue()
		case mt.Histogram != nil:
			return float64(mt.Histogram.GetSampleCount())
		}
		return -1
	}
	for name, want := range map[string]float64{
		"dip_relayer_txmgr_queue_depth":            3,
		"dip_relayer_txmgr_in_flight":              2,
		"dip_relayer_txmgr_next_nonce":             7,
		"dip_relayer_txmgr_intents_final_total":    1,
		"dip_relayer_txmgr_intent_latency_seconds": 1,
		"dip_relayer_txmgr_base_fee_wei":           7,
		"dip_relayer_txmgr_publish_errors_total":   1,
	} {
		if got := value(name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if len(fams) != 16 {
		t.Errorf("gathered %d metric families, want 16", len(fams))
	}
	var noop Metricer = NoopMetrics{}
	noop.RecordFinal(store.StateFailed, 0) // must not panic
}
