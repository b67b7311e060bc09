package lowmem_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/dip-market/dip/zk/lowmem"
)

// square: Y = X^(2^n), X private, Y public; no commitment.
type square struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
	n int
}

func (c *square) Define(api frontend.API) error {
	x := c.X
	for range c.n {
		x = api.Mul(x, x)
	}
	api.AssertIsEqual(x, c.Y)
	return nil
}

// committed: range checks through gnark's log-derivative lookup (one
// commitment) and, with two set, a second explicit commitment whose
// challenge is used in a constraint.
type committed struct {
	V   [16]frontend.Variable
	P   frontend.Variable `gnark:",public"`
	two bool
}

func (c *committed) Define(api frontend.API) error {
	rc := rangecheck.New(api)
	sum := frontend.Variable(0)
	for _, v := range c.V {
		rc.Check(v, 12)
		sum = api.Add(sum, api.Mul(v, v))
	}
	api.AssertIsEqual(sum, c.P)
	if c.two {
		ch, err := api.(frontend.Committer).Commit(c.V[0], c.V[1], c.P)
		if err != nil {
			return err
		}
		// (V0 - V1) * ch == V0*ch - V1*ch: a constraint using the challenge.
		api.AssertIsEqual(api.Mul(api.Sub(c.V[0], c.V[1]), ch), api.Sub(api.Mul(c.V[0], ch), api.Mul(c.V[1], ch)))
	}
	return nil
}

func committedAssignment(two bool, bump int) *committed {
	a := &committed{two: two}
	sum := 0
	for i := range a.V {
		v := (i*977 + 13) % 4096
		a.V[i] = v
		sum += v * v
	}
	a.P = sum + bump
	return a
}

type setup struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
}

func setupCircuit(t *testing.T, c frontend.Circuit) setup {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	return setup{ccs, pk, vk}
}

func (s setup) prove(t *testing.T, assignment frontend.Circuit, opts ...backend.ProverOption) (groth16.Proof, error) {
	t.Helper()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return lowmem.Prove(s.ccs, s.pk, w, opts...)
}

func (s setup) verify(t *testing.T, proof groth16.Proof, assignment frontend.Circuit, opts ...backend.VerifierOption) error {
	t.Helper()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	return groth16.Verify(proof, s.vk, w, opts...)
}

// Proofs from lowmem.Prove verify with gnark's verifier, with and without
// commitments, with gnark's default hash to field and with the Solidity one.
func TestProofsVerifyWithGnark(t *testing.T) {
	cases := []struct {
		name       string
		circuit    frontend.Circuit
		assignment frontend.Circuit
		wrongPub   frontend.Circuit
	}{
		{"no-commitment", &square{n: 300}, &square{X: 3, Y: pow2(3, 300)}, &square{X: 3, Y: 5}},
		{"one-commitment", &committed{}, committedAssignment(false, 0), &committed{P: 7}},
		{"two-commitments", &committed{two: true}, committedAssignment(true, 0), &committed{two: true, P: 7}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := setupCircuit(t, tc.circuit)
			if n := len(s.ccs.(*cs.R1CS).CommitmentInfo.(constraint.Groth16Commitments)); tc.name == "two-commitments" && n != 2 {
				t.Fatalf("circuit has %d commitments, want 2", n)
			}
			proof, err := s.prove(t, tc.assignment)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.verify(t, proof, tc.assignment); err != nil {
				t.Fatalf("gnark rejects the lowmem proof: %v", err)
			}
			if err := s.verify(t, proof, tc.wrongPub); err == nil {
				t.Fatal("gnark accepts the proof for another public input")
			}
			// Without the FFT tables the proof is still one gnark accepts.
			if err := lowmem.DropFFTTables(s.pk); err != nil {
				t.Fatal(err)
			}
			sol, err := s.prove(t, tc.assignment, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.verify(t, sol, tc.assignment, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
				t.Fatalf("gnark rejects the Solidity-target proof: %v", err)
			}
			if tc.name != "no-commitment" {
				// The hash to field is part of the statement: a proof made
				// for one is rejected under the other.
				if err := s.verify(t, sol, tc.assignment); err == nil {
					t.Fatal("a Solidity-target proof verifies under gnark's default hash")
				}
			}
		})
	}
}

// A witness that does not satisfy the circuit fails to prove, as with gnark.
func TestUnsatisfiedWitness(t *testing.T) {
	s := setupCircuit(t, &committed{})
	if _, err := s.prove(t, committedAssignment(false, 1)); err == nil {
		t.Fatal("proved a wrong sum")
	}
	bad := committedAssignment(false, 0)
	bad.V[3] = 5000 // out of the 12-bit range
	if _, err := s.prove(t, bad); err == nil {
		t.Fatal("proved a value out of range")
	}
}

// A key from another circuit is refused with ErrMismatch, not a panic.
func TestForeignKey(t *testing.T) {
	a := setupCircuit(t, &committed{})
	b := setupCircuit(t, &square{n: 10})
	w, err := frontend.NewWitness(committedAssignment(false, 0), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	_, err = lowmem.Prove(a.ccs, b.pk, w)
	if !errors.Is(err, lowmem.ErrMismatch) {
		t.Fatalf("err = %v, want ErrMismatch", err)
	}
}

func pow2(x, n int) frontend.Variable {
	v := newInt(x)
	for range n {
		v.Mul(v, v).Mod(v, ecc.BN254.ScalarField())
	}
	return v
}

func newInt(x int) *big.Int { return big.NewInt(int64(x)) }

// cancelling: its one hint cancels the context of the proof being made, so
// the proof is cancelled in the middle of solving.
type cancelling struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

var cancelProof context.CancelFunc

func cancelHint(_ *big.Int, in, out []*big.Int) error {
	cancelProof()
	out[0].Set(in[0])
	return nil
}

func (c *cancelling) Define(api frontend.API) error {
	h, err := api.Compiler().NewHint(cancelHint, 1, c.X)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.Mul(h[0], h[0]), c.Y)
	return nil
}

// ProveContext gives up with the context's error: before starting when it is
// already done, and at the next phase boundary when it ends mid-proof.
func TestProveContextCancelled(t *testing.T) {
	solver.RegisterHint(cancelHint)
	s := setupCircuit(t, &cancelling{})
	w, err := frontend.NewWitness(&cancelling{X: 3, Y: 9}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancelProof = cancel
	if _, err := lowmem.ProveContext(ctx, s.ccs, s.pk, w); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled while solving: err = %v, want context.Canceled", err)
	}
	if _, err := lowmem.ProveContext(ctx, s.ccs, s.pk, w); !errors.Is(err, context.Canceled) {
		t.Fatalf("already cancelled: err = %v, want context.Canceled", err)
	}
	cancelProof = func() {}
	proof, err := lowmem.ProveContext(context.Background(), s.ccs, s.pk, w)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.verify(t, proof, &cancelling{Y: 9}); err != nil {
		t.Fatal(err)
	}
}
