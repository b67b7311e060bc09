package zk

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/quant"
)

// CircuitVersion is bumped whenever a circuit's constraints change, so that
// keys made for older code are never loaded for newer code (it is part of
// every circuit id, hence of every key directory name).
const CircuitVersion = 3

// Kind names a circuit family.
type Kind string

// Circuit families (see package zk/circuits).
const (
	KindSample Kind = "sample" // circuits.InferenceSample
	KindBatch  Kind = "batch"  // circuits.InferenceBatch
	KindLayer  Kind = "layer"  // circuits.LayerBatch (Freivalds, Pedersen-bound)
	KindDirect Kind = "direct" // circuits.DirectLayer (benchmark baseline)
)

// ErrSpec is returned for an invalid or unknown circuit specification.
var ErrSpec = errors.New("zk: invalid circuit specification")

// Spec identifies one compiled circuit: a family and its parameters.
type Spec struct {
	Kind   Kind                       `json:"kind"`
	Sample *circuits.SampleParams     `json:"sample,omitempty"`
	Layer  *circuits.LayerBatchParams `json:"layer,omitempty"`
}

// SampleSpec returns the spec of an InferenceSample circuit.
func SampleSpec(shape quant.Shape, depth int, plain bool) Spec {
	return Spec{Kind: KindSample, Sample: &circuits.SampleParams{Shape: shape, Depth: depth, K: 1, PlainRangeChecks: plain}}
}

// BatchSpec returns the spec of an InferenceBatch circuit of k samples.
func BatchSpec(shape quant.Shape, depth, k int, plain bool) Spec {
	return Spec{Kind: KindBatch, Sample: &circuits.SampleParams{Shape: shape, Depth: depth, K: k, PlainRangeChecks: plain}}
}

// LayerSpec returns the spec of a LayerBatch (Freivalds) circuit of k
// positions, range-checking the committed weights and activations in the
// circuit or not (see circuits.LayerBatchParams).
func LayerSpec(shape quant.Shape, k int, checkWeights, checkActivations bool) Spec {
	return Spec{Kind: KindLayer, Layer: &circuits.LayerBatchParams{Shape: shape, K: k, CheckWeights: checkWeights, CheckActivations: checkActivations}}
}

// DirectSpec returns the spec of a DirectLayer (baseline) circuit of k positions.
func DirectSpec(shape quant.Shape, k int, plain bool) Spec {
	return Spec{Kind: KindDirect, Layer: &circuits.LayerBatchParams{Shape: shape, K: k, PlainRangeChecks: plain}}
}

// Check validates the spec.
func (s Spec) Check() error {
	switch s.Kind {
	case KindSample, KindBatch:
		if s.Sample == nil || s.Layer != nil {
			return fmt.Errorf("%w: %s needs sample parameters only", ErrSpec, s.Kind)
		}
		if s.Kind == KindSample && s.Sample.K != 1 {
			return fmt.Errorf("%w: a sample circuit proves one sample, not %d", ErrSpec, s.Sample.K)
		}
		if err := s.Sample.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrSpec, err)
		}
	case KindLayer, KindDirect:
		if s.Layer == nil || s.Sample != nil {
			return fmt.Errorf("%w: %s needs layer parameters only", ErrSpec, s.Kind)
		}
		if err := s.Layer.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrSpec, err)
		}
	default:
		return fmt.Errorf("%w: unknown circuit kind %q (want sample, batch, layer or direct)", ErrSpec, s.Kind)
	}
	return nil
}

// ID is the circuit id: family, version and every parameter, safe as a
// directory name, e.g. "sample-v3-16x16s6r-d4" or "layer-v3-256x256s11r-k32".
func (s Spec) ID() string {
	shape := func(sh quant.Shape) string {
		r := ""
		if sh.ReLU {
			r = "r"
		}
		return fmt.Sprintf("%dx%ds%d%s", sh.Out, sh.In, sh.Shift, r)
	}
	suffix := func(plain bool) string {
		if plain {
			return "-plain"
		}
		return ""
	}
	switch s.Kind {
	case KindSample:
		return fmt.Sprintf("sample-v%d-%s-d%d%s", CircuitVersion, shape(s.Sample.Shape), s.Sample.Depth, suffix(s.Sample.PlainRangeChecks))
	case KindBatch:
		return fmt.Sprintf("batch-v%d-%s-d%d-k%d%s", CircuitVersion, shape(s.Sample.Shape), s.Sample.Depth, s.Sample.K, suffix(s.Sample.PlainRangeChecks))
	case KindLayer:
		w := ""
		if s.Layer.CheckWeights {
			w += "-w8"
		}
		if s.Layer.CheckActivations {
			w += "-a8"
		}
		return fmt.Sprintf("layer-v%d-%s-k%d%s", CircuitVersion, shape(s.Layer.Shape), s.Layer.K, w)
	case KindDirect:
		return fmt.Sprintf("direct-v%d-%s-k%d%s", CircuitVersion, shape(s.Layer.Shape), s.Layer.K, suffix(s.Layer.PlainRangeChecks))
	}
	return "invalid"
}

// String returns the circuit id.
func (s Spec) String() string { return s.ID() }

// NewCircuit returns the empty circuit to compile.
func (s Spec) NewCircuit() frontend.Circuit {
	switch s.Kind {
	case KindSample:
		return circuits.NewInferenceSample(*s.Sample)
	case KindBatch:
		return circuits.NewInferenceBatch(*s.Sample)
	case KindLayer:
		return circuits.NewLayerBatch(*s.Layer)
	case KindDirect:
		return circuits.NewDirectLayer(*s.Layer)
	}
	return nil
}

// Equal reports whether two specs describe the same circuit.
func (s Spec) Equal(o Spec) bool {
	a, _ := json.Marshal(s)
	b, _ := json.Marshal(o)
	return string(a) == string(b)
}
