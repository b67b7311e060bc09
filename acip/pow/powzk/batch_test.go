package powzk

import (
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
)

// Property: a batch of nonces of two miners is accepted with the model's
// distances and the matching statement, and rejected when one distance is off
// by one, when the statement is for other items (reordered), and when an
// invalid nonce is included under the epoch's threshold.
func TestBatchCircuitMatchesModel(t *testing.T) {
	t.Parallel()
	p := microParams(t)
	m, err := p.Model()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.NewScratch()
	miners := []common.Address{
		common.HexToAddress("0x00000000000000000000000000000000c0ffee01"),
		common.HexToAddress("0x00000000000000000000000000000000c0ffee02"),
	}
	const k = 3
	var valid []BatchItem
	var invalid *BatchItem
	for ctr := uint32(0); ctr < 200 && (len(valid) < 2*k || invalid == nil); ctr++ {
		miner := miners[ctr%2]
		n := pow.EpochNonce(p.Epoch, ctr)
		it := BatchItem{Miner: miner, Nonce: n, Distance: m.NonceDistance(miner, n, sc)}
		if p.Valid(it.Distance) {
			valid = append(valid, it)
		} else if invalid == nil {
			invalid = &it
		}
	}
	if len(valid) < 2*k || invalid == nil {
		t.Fatalf("found %d valid nonces and invalid=%v; want %d and one", len(valid), invalid != nil, 2*k)
	}
	for round := 0; round < 2; round++ {
		items := append([]BatchItem(nil), valid[round*k:(round+1)*k]...)
		if err := test.IsSolved(NewBatch(p.Spec, k), AssignBatch(p, items), field); err != nil {
			t.Fatalf("round %d: valid batch rejected: %v", round, err)
		}
		for i := range items {
			bad := append([]BatchItem(nil), items...)
			bad[i].Distance++
			if err := test.IsSolved(NewBatch(p.Spec, k), AssignBatch(p, bad), field); err == nil {
				t.Fatalf("round %d: distance of item %d off by one accepted", round, i)
			}
		}
		// The statement binds the order: swap two items but keep the statement.
		a := AssignBatch(p, items)
		a.Nonces[0], a.Nonces[1] = a.Nonces[1], a.Nonces[0]
		a.Miners[0], a.Miners[1] = a.Miners[1], a.Miners[0]
		a.Distances[0], a.Distances[1] = a.Distances[1], a.Distances[0]
		if err := test.IsSolved(NewBatch(p.Spec, k), a, field); err == nil {
			t.Fatalf("round %d: reordered items accepted under the original statement", round)
		}
	}
	// An invalid nonce cannot be in a batch, with its true or the threshold distance.
	for _, claim := range []uint32{invalid.Distance, p.Threshold} {
		items := append([]BatchItem(nil), valid[:k]...)
		bad := *invalid
		bad.Distance = claim
		items[1] = bad
		if err := test.IsSolved(NewBatch(p.Spec, k), AssignBatch(p, items), field); err == nil {
			t.Fatalf("invalid nonce %d (distance %d > %d) proven in a batch with claim %d", bad.Nonce, invalid.Distance, p.Threshold, claim)
		}
	}
}

// TestBatchStatementMatchesCircuit: the native statement is what the circuit computes.
func TestBatchStatementMatchesCircuit(t *testing.T) {
	t.Parallel()
	p, items := batchItems(t, microSpec, 2)
	a := AssignBatch(p, items)
	a.Statement = new(big.Int).Add(a.Statement.(*big.Int), big.NewInt(1))
	if err := test.IsSolved(NewBatch(p.Spec, 2), a, field); err == nil {
		t.Fatal("wrong statement accepted")
	}
	var zero fr.Element
	if BatchStatement(p, items) == zero || BatchStatement(p, items) == BatchStatement(p, items[:1]) {
		t.Fatal("statement does not depend on the items")
	}
}

// compileMicro compiles the single-nonce circuit of the micro spec.
func compileMicro(t *testing.T) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, New(microSpec))
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// tamperNth wraps hint h so that its n-th call (counting from 0) has its
// outputs modified by tamper; it reports whether the tampering happened.
func tamperNth(h solver.Hint, n int64, tamper func(in, out []*big.Int) bool) (solver.Option, *atomic.Bool) {
	var calls atomic.Int64
	var done atomic.Bool
	f := func(field *big.Int, in, out []*big.Int) error {
		if err := h(field, in, out); err != nil {
			return err
		}
		if calls.Add(1)-1 == n && tamper(in, out) {
			done.Store(true)
		}
		return nil
	}
	return solver.OverrideHint(solver.GetHintID(h), f), &done
}

// Dishonest provers: every way of changing an accumulator, an output or a
// weight decomposition that keeps each lookup satisfied is caught by the
// Freivalds check or the canonicity check.
func TestNonceCircuitRejectsDishonestHints(t *testing.T) {
	t.Parallel()
	p, items := batchItems(t, microSpec, 1)
	it := items[0]
	ccs := compileMicro(t)
	w, err := frontend.NewWitness(Assign(p, it.Miner, it.Nonce, it.Distance), field)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ccs.Solve(w); err != nil {
		t.Fatalf("honest witness rejected: %v", err)
	}
	// actHint outputs (qz, rem, y) per row. Moving an accumulator by 2^shift
	// (qz+1) with the matching table output keeps every lookup satisfied:
	// only the product check sees it.
	accShift := func(in, out []*big.Int) bool {
		bits, shift := in[0].Int64(), in[1].Int64()
		lo := signedOf(field, in[2]).Int64()
		n := len(out) / 3
		size := int64(1) << (bits - shift)
		off := int64(1) << (bits - 1 - shift)
		qz := out[0].Int64() + 1
		if qz >= size {
			return false
		}
		out[0].SetInt64(qz)
		setSigned(field, out[2*n], min(max(qz-off, lo), 127))
		return true
	}
	remPlusOne := func(in, out []*big.Int) bool {
		shift := in[1].Int64()
		n := len(out) / 3
		r := out[n].Int64() + 1
		if shift == 0 || r >= 1<<shift {
			return false
		}
		out[n].SetInt64(r)
		return true
	}
	tampered := 0
	for _, call := range []int64{0, 5, 17, 40, 60} {
		for name, tamper := range map[string]func(in, out []*big.Int) bool{"accumulator +2^shift": accShift, "accumulator +1": remPlusOne} {
			opt, done := tamperNth(actHint, call, tamper)
			_, err := ccs.Solve(w, opt)
			if !done.Load() {
				continue
			}
			tampered++
			if err == nil {
				t.Errorf("%s at activation call %d accepted", name, call)
			}
		}
	}
	if tampered == 0 {
		t.Error("no activation was tampered with; test proves nothing")
	}
}

// elemCircuit decomposes one public element like the weight stream does.
type elemCircuit struct {
	V frontend.Variable `gnark:",public"`
}

func (c *elemCircuit) Define(api frontend.API) error {
	e := newEnv(api, microSpec)
	e.elementInt8s(c.V)
	e.finish()
	return nil
}

// The canonical decomposition: honest elements at both ends of the range
// decompose (including h = 48 just below r), and the alias v + r of a small
// element (h = 48, low = v + r - 48*2^248), which satisfies the field
// equation and every byte lookup, fails the canonicity check.
func TestElementDecompositionCanonical(t *testing.T) {
	t.Parallel()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, &elemCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	r := fr.Modulus()
	solve := func(v *big.Int, opts ...solver.Option) error {
		w, err := frontend.NewWitness(&elemCircuit{V: v}, field)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ccs.Solve(w, opts...)
		return err
	}
	// h = 48 with the top 64 bits of low just below C's.
	below := new(big.Int).Lsh(big.NewInt(hMax), 248)
	below.Add(below, new(big.Int).Lsh(new(big.Int).Sub(topC, big.NewInt(1)), 184))
	below.Add(below, big.NewInt(12345))
	for _, v := range []*big.Int{big.NewInt(5), new(big.Int).Lsh(big.NewInt(1), 247), below} {
		if err := solve(v); err != nil {
			t.Fatalf("honest element %x rejected: %v", v, err)
		}
	}
	// The documented incompleteness: h = 48 and X = C (v = r - 2^40) cannot be proven.
	if err := solve(new(big.Int).Sub(r, big.NewInt(1<<40))); !errors.Is(err, ErrUnprovableEpoch) {
		t.Fatalf("element r - 2^40: got %v, want %v", err, ErrUnprovableEpoch)
	}
	alias := func(_ *big.Int, in, out []*big.Int) error {
		v := new(big.Int).Add(in[0], r)
		if new(big.Int).Rsh(v, 248).Int64() != hMax {
			return nil
		}
		for i := 0; i < pow.BytesPerElement; i++ {
			out[i].And(new(big.Int).Rsh(v, uint(8*i)), big.NewInt(255))
		}
		out[pow.BytesPerElement].SetInt64(hMax)
		// Y = C - 1 - X is negative: the best a prover can do is its value mod 2^72.
		x := new(big.Int).And(new(big.Int).Rsh(v, 184), new(big.Int).Sub(two64, big.NewInt(1)))
		y := new(big.Int).Sub(new(big.Int).Sub(topC, big.NewInt(1)), x)
		y.Mod(y, new(big.Int).Lsh(big.NewInt(1), 72))
		for i := 0; i < 9; i++ {
			out[pow.BytesPerElement+1+i].And(new(big.Int).Rsh(y, uint(8*i)), big.NewInt(255))
		}
		return nil
	}
	if err := solve(big.NewInt(5), solver.OverrideHint(solver.GetHintID(elementHint), alias)); err == nil {
		t.Fatal("non-canonical decomposition v + r accepted")
	}
	// Dropping the canonicity bytes (Y = 0) does not help either.
	zeroY := func(field *big.Int, in, out []*big.Int) error {
		if err := alias(field, in, out); err != nil {
			return err
		}
		for i := 0; i < 9; i++ {
			out[pow.BytesPerElement+1+i].SetInt64(0)
		}
		return nil
	}
	if err := solve(big.NewInt(5), solver.OverrideHint(solver.GetHintID(elementHint), zeroY)); err == nil {
		t.Fatal("non-canonical decomposition with Y = 0 accepted")
	}
}
