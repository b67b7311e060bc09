package circuits

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark/constraint/solver"

	"github.com/dip-market/dip/zk/quant"
)

func randomInputs(seed uint64, k, n int) [][]int8 {
	s := quant.NewStream(quant.SeedFromUint64(seed))
	out := make([][]int8, k)
	for i := range out {
		out[i] = s.Int8s(n)
	}
	return out
}

func TestLayerBatchAcceptsReferenceAndRejectsWrongProducts(t *testing.T) {
	t.Parallel()
	for _, sh := range []quant.Shape{{In: 5, Out: 3, Shift: 8, ReLU: true}, {In: 4, Out: 6, Shift: 10}} {
		p := LayerBatchParams{Shape: sh, K: 3, CheckWeights: true, CheckActivations: true}
		ccs := compile(t, NewLayerBatch(p))
		l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), sh)
		a, outs, err := AssignLayerBatch(p, &l, randomInputs(2, p.K, sh.In))
		if err != nil {
			t.Fatal(err)
		}
		if err := solve(t, ccs, a); err != nil {
			t.Fatalf("%s: reference batch rejected: %v", sh, err)
		}
		if len(outs) != 3 || len(outs[0]) != sh.Out {
			t.Fatalf("outputs shape %dx%d", len(outs), len(outs[0]))
		}

		// A dishonest decomposition hint: each case changes one accumulator or output.
		size := int64(p.TableSize())
		for name, tamper := range map[string]func(qz, rem, y []*big.Int){
			"accumulator +2^shift": func(qz, rem, y []*big.Int) { qz[4].Add(qz[4], big.NewInt(1)) },
			"accumulator +1": func(qz, rem, y []*big.Int) {
				rem[1].Add(rem[1], big.NewInt(1))
				rem[1].And(rem[1], big.NewInt(1<<sh.Shift-1))
			},
			"remainder too large": func(qz, rem, y []*big.Int) {
				qz[0].Sub(qz[0], big.NewInt(1))
				rem[0].Add(rem[0], big.NewInt(1<<sh.Shift))
			},
			"output +1": func(qz, rem, y []*big.Int) { y[2].Add(y[2], big.NewInt(1)) },
			// Keep the lookup key of entry qz while changing y: qz absorbs (y-y')*S.
			"output moved into qz": func(qz, rem, y []*big.Int) {
				qz[3].Add(qz[3], big.NewInt(size))
				y[3].Sub(y[3], big.NewInt(1))
			},
			"output out of int8": func(qz, rem, y []*big.Int) {
				qz[5].Add(qz[5], big.NewInt(256*size))
				y[5].Sub(y[5], big.NewInt(256))
			},
		} {
			bad := func(field *big.Int, in, out []*big.Int) error {
				if err := layerBatchHint(field, in, out); err != nil {
					return err
				}
				n := len(out) / 3
				tamper(out[:n], out[n:2*n], out[2*n:])
				return nil
			}
			w := witnessOf(t, a)
			if _, err := ccs.Solve(w, solver.OverrideHint(solver.GetHintID(layerBatchHint), bad)); err == nil {
				t.Errorf("%s: %s accepted", sh, name)
			}
		}

		// Weights outside int8 are rejected with CheckWeights.
		a.W[0] = 300 // W holds w+128: 300 is no int8
		if err := solve(t, ccs, a); err == nil {
			t.Errorf("%s: offset weight 300 accepted with CheckWeights", sh)
		}
	}
}

// TestLayerBatchCommitmentBoundRanges runs the variant without in-circuit
// range checks of the weights and activations (their int8-ness comes from the
// commitments the verifier computes): honest batches pass, and any tampering
// that keeps every committed value a byte still fails.
func TestLayerBatchCommitmentBoundRanges(t *testing.T) {
	t.Parallel()
	sh := quant.Shape{In: 5, Out: 9, Shift: 9, ReLU: true}
	p := LayerBatchParams{Shape: sh, K: 2}
	ccs := compile(t, NewLayerBatch(p))
	l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(8)), sh)
	a, _, err := AssignLayerBatch(p, &l, randomInputs(9, p.K, sh.In))
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, ccs, a); err != nil {
		t.Fatalf("reference batch rejected: %v", err)
	}
	size := int64(p.TableSize())
	for name, tamper := range map[string]func(qz, rem, y []*big.Int){
		"accumulator +1": func(qz, rem, y []*big.Int) { rem[3].Xor(rem[3], big.NewInt(1)) },
		"output -1 with qz+S": func(qz, rem, y []*big.Int) {
			qz[7].Add(qz[7], big.NewInt(size))
			y[7].Sub(y[7], big.NewInt(1))
		},
		"two outputs swapped": func(qz, rem, y []*big.Int) {
			qz[0], qz[1] = qz[1], qz[0]
			rem[0], rem[1] = rem[1], rem[0]
			y[0], y[1] = y[1], y[0]
		},
	} {
		bad := func(field *big.Int, in, out []*big.Int) error {
			if err := layerBatchHint(field, in, out); err != nil {
				return err
			}
			n := len(out) / 3
			tamper(out[:n], out[n:2*n], out[2*n:])
			return nil
		}
		if _, err := ccs.Solve(witnessOf(t, a), solver.OverrideHint(solver.GetHintID(layerBatchHint), bad)); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
}

func TestLayerBatchParams(t *testing.T) {
	t.Parallel()
	bad := []LayerBatchParams{
		{Shape: quant.Shape{In: 4, Out: 4, Shift: 30}, K: 1}, // shift >= accumulator width
		{Shape: quant.Shape{In: 4, Out: 4, Shift: 0}, K: 1},  // 2^17-entry table
		{Shape: quant.Shape{In: 4, Out: 4, Shift: 8}, K: 0},  // no positions
		{Shape: quant.Shape{In: 0, Out: 4, Shift: 8}, K: 1},  // no inputs
	}
	for _, p := range bad {
		if err := p.Check(); !errors.Is(err, ErrParams) {
			t.Errorf("%+v: got %v, want ErrParams", p, err)
		}
	}
	p := LayerBatchParams{Shape: quant.Shape{In: 4, Out: 4, Shift: 8}, K: 2}
	l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(1)), quant.Shape{In: 4, Out: 4, Shift: 7})
	if _, _, err := AssignLayerBatch(p, &l, randomInputs(1, 2, 4)); !errors.Is(err, ErrModelMismatch) {
		t.Errorf("layer of another shift: got %v, want ErrModelMismatch", err)
	}
}

func TestDirectLayerMatchesReference(t *testing.T) {
	t.Parallel()
	sh := quant.Shape{In: 6, Out: 4, Shift: 7, ReLU: true}
	for _, plain := range []bool{false, true} {
		p := LayerBatchParams{Shape: sh, K: 2, PlainRangeChecks: plain}
		ccs := compile(t, NewDirectLayer(p))
		l := quant.RandomLayer(quant.NewStream(quant.SeedFromUint64(3)), sh)
		a, err := AssignDirectLayer(p, &l, randomInputs(4, 2, 6))
		if err != nil {
			t.Fatal(err)
		}
		if err := solve(t, ccs, a); err != nil {
			t.Fatalf("reference outputs rejected: %v", err)
		}
		a.Y[3] = a.Y[3].(int) + 1
		if err := solve(t, ccs, a); err == nil {
			t.Error("wrong output accepted")
		}
	}
}

func TestConstraintCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a 64x64 layer")
	}
	t.Parallel()
	sh := quant.Shape{In: 64, Out: 64, Shift: 8}
	direct := compile(t, NewDirectLayer(LayerBatchParams{Shape: sh, K: 8})).GetNbConstraints()
	fr := compile(t, NewLayerBatch(LayerBatchParams{Shape: sh, K: 8, CheckActivations: true})).GetNbConstraints()
	t.Logf("64x64, k=8: direct %d constraints (%.2f/MAC), freivalds %d (%.2f/MAC)", direct, float64(direct)/32768, fr, float64(fr)/32768)
	if direct < 32768 {
		t.Errorf("direct layer has %d constraints, fewer than its 32768 MACs", direct)
	}
}
