package circuits

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/dip-market/dip/zk/quant"
)

var field = ecc.BN254.ScalarField()

func compile(t testing.TB, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return ccs
}

func solve(t testing.TB, ccs constraint.ConstraintSystem, a frontend.Circuit) error {
	t.Helper()
	w, err := frontend.NewWitness(a, field)
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	_, err = ccs.Solve(w)
	return err
}

// TestSampleAcceptsExactlyTheReferenceOutput is the property test of the
// issue: for random shapes, models and inputs, the circuit accepts the
// statement naming the output the Go reference computes and rejects a
// statement naming any other output.
func TestSampleAcceptsExactlyTheReferenceOutput(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(21, 22))
	for trial := range 4 {
		shape := quant.Shape{In: 1 + r.IntN(9), Out: 1 + r.IntN(6), Shift: uint(r.IntN(12)), ReLU: trial%2 == 0}
		p := SampleParams{Shape: shape, Depth: 2, K: 1, PlainRangeChecks: trial == 3}
		ccs := compile(t, NewInferenceSample(p))
		for range 3 {
			m := quant.RandomModel(quant.SeedFromUint64(r.Uint64()), shape, shape, shape)
			tree, err := quant.CommitDepth(m, p.Depth)
			if err != nil {
				t.Fatal(err)
			}
			s := Sample{Layer: r.IntN(3), Position: r.Uint64N(1000), Input: quant.NewStream(quant.SeedFromUint64(r.Uint64())).Int8s(shape.In)}
			a, err := AssignSample(p, m, tree, &s)
			if err != nil {
				t.Fatal(err)
			}
			if err := solve(t, ccs, a); err != nil {
				t.Fatalf("shape %s: reference output rejected: %v", shape, err)
			}
			// Any other output: change one entry by a random nonzero amount.
			other := append([]int8(nil), s.Output...)
			i := r.IntN(len(other))
			other[i] += int8(1 + r.IntN(255))
			a.Statement = quant.Big(quant.SampleStatement(tree.Root(), uint64(s.Layer), s.Position, s.InputHash, quant.HashVector(other)))
			if err := solve(t, ccs, a); err == nil {
				t.Fatalf("shape %s: output %v accepted instead of %v", shape, other, s.Output)
			}
		}
	}
}

func TestSampleRejectsWrongModelPieces(t *testing.T) {
	t.Parallel()
	shape := quant.Shape{In: 4, Out: 3, Shift: 3, ReLU: true}
	p := SampleParams{Shape: shape, Depth: 2, K: 1}
	ccs := compile(t, NewInferenceSample(p))
	m := quant.RandomModel(quant.SeedFromUint64(5), shape, shape)
	tree, _ := quant.CommitDepth(m, 2)
	s := Sample{Layer: 1, Position: 7, Input: []int8{1, -2, 3, -4}}
	good, err := AssignSample(p, m, tree, &s)
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, ccs, good); err != nil {
		t.Fatalf("valid sample rejected: %v", err)
	}
	tests := map[string]func(a *InferenceSample){
		"weight changed":    func(a *InferenceSample) { a.Sample.W[0] = a.Sample.W[0].(int) ^ 1 },
		"input changed":     func(a *InferenceSample) { a.Sample.X[2] = 4 },
		"layer index":       func(a *InferenceSample) { a.Sample.Layer = 0 },
		"position":          func(a *InferenceSample) { a.Sample.Position = 8 },
		"root":              func(a *InferenceSample) { a.Root = quant.Big(quant.Elem(1)) },
		"path":              func(a *InferenceSample) { a.Sample.Path[1] = 0 },
		"weight not int8":   func(a *InferenceSample) { a.Sample.W[0] = 300 },
		"statement +1":      func(a *InferenceSample) { a.Statement = quant.Big(quant.Elem(1)) },
		"input not int8":    func(a *InferenceSample) { a.Sample.X[0] = -129 },
		"layer not in tree": func(a *InferenceSample) { a.Sample.Layer = 5 },
	}
	for name, mutate := range tests {
		bad, _ := AssignSample(p, m, tree, &s)
		mutate(bad)
		if err := solve(t, ccs, bad); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestAssignRejectsMismatchedModel(t *testing.T) {
	t.Parallel()
	shape := quant.Shape{In: 4, Out: 3, Shift: 3}
	p := SampleParams{Shape: shape, Depth: 2, K: 1}
	m := quant.RandomModel(quant.SeedFromUint64(5), shape, quant.Shape{In: 3, Out: 3, Shift: 1})
	tree, _ := quant.CommitDepth(m, 2)
	if _, err := AssignSample(p, m, tree, &Sample{Layer: 1, Input: []int8{1, 2, 3}}); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("layer of another shape: got %v, want ErrModelMismatch", err)
	}
	deep, _ := quant.CommitDepth(m, 3)
	if _, err := AssignSample(p, m, deep, &Sample{Layer: 0, Input: []int8{1, 2, 3, 4}}); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("tree of another depth: got %v, want ErrModelMismatch", err)
	}
	if _, err := AssignSample(p, m, tree, &Sample{Layer: 0, Input: []int8{1, 2}}); !errors.Is(err, quant.ErrShape) {
		t.Errorf("short input: got %v, want quant.ErrShape", err)
	}
	// A model that does not match the committed root.
	edited := quant.RandomModel(quant.SeedFromUint64(5), shape, quant.Shape{In: 3, Out: 3, Shift: 1})
	edited.Layers[0].W[3]++
	if _, err := AssignSample(p, edited, tree, &Sample{Layer: 0, Input: []int8{1, 2, 3, 4}}); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("edited weights under the old root: got %v, want ErrModelMismatch", err)
	}
	if _, err := AssignSample(p, m, tree, &Sample{Layer: 2, Input: []int8{1, 2, 3, 4}}); !errors.Is(err, quant.ErrLayerIndex) {
		t.Errorf("layer 2 of 2: got %v, want quant.ErrLayerIndex", err)
	}
}

func TestBatchFoldsSampleStatements(t *testing.T) {
	t.Parallel()
	shape := quant.Shape{In: 3, Out: 2, Shift: 2}
	p := SampleParams{Shape: shape, Depth: 1, K: 3}
	ccs := compile(t, NewInferenceBatch(p))
	m := quant.RandomModel(quant.SeedFromUint64(9), shape, shape)
	tree, _ := quant.CommitDepth(m, 1)
	samples := []Sample{{Layer: 0, Position: 1, Input: []int8{1, 2, 3}}, {Layer: 1, Position: 1, Input: []int8{-1, 5, 9}}, {Layer: 0, Position: 4, Input: []int8{127, -128, 0}}}
	a, st, err := AssignBatch(p, m, tree, samples)
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, ccs, a); err != nil {
		t.Fatalf("valid batch rejected: %v", err)
	}
	// The statement is the fold of the per-sample statements.
	stmts := []quant.Element{samples[0].Statement, samples[1].Statement, samples[2].Statement}
	if want := quant.BatchStatement(stmts); want != st {
		t.Error("batch statement is not the fold of the sample statements")
	}
	// Reordering samples changes the statement.
	swapped := []quant.Element{stmts[1], stmts[0], stmts[2]}
	a.Statement = quant.Big(quant.BatchStatement(swapped))
	if err := solve(t, ccs, a); err == nil {
		t.Error("batch accepted a statement with reordered samples")
	}
}

func witnessOf(t testing.TB, a frontend.Circuit) witness.Witness {
	t.Helper()
	w, err := frontend.NewWitness(a, field)
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return w
}
