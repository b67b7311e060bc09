package onchain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/bindings/gnarkcommitverifier"
	"github.com/dip-market/dip/bindings/gnarkplainverifier"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/fixture"
	"github.com/dip-market/dip/zk/onchain"
	"github.com/dip-market/dip/zk/quant"
)

// Gas targets of the issue, for a whole verification transaction.
const (
	maxGasPlain  = 230_000 // no commitment, one public input
	maxGasCommit = 350_000 // one commitment, one public input
)

var (
	keysOnce  sync.Once
	keys      *zk.Keys
	keysErr   error
	tinyShape = quant.Shape{In: 4, Out: 3, Shift: 4, ReLU: true}
)

// sampleKeys is a fresh single-party setup of a tiny sample circuit (one per test binary).
func sampleKeys(t *testing.T) *zk.Keys {
	t.Helper()
	keysOnce.Do(func() { keys, keysErr = zk.Setup(zk.SampleSpec(tinyShape, 1, false)) })
	if keysErr != nil {
		t.Fatal(keysErr)
	}
	return keys
}

func proveSample(t *testing.T, k *zk.Keys, layer int) *zk.Proof {
	t.Helper()
	m := quant.RandomModel(quant.SeedFromUint64(3), tinyShape, tinyShape)
	tree, err := quant.CommitDepth(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	p, err := zk.NewProver(k)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := p.ProveSample(context.Background(), m, tree, &circuits.Sample{Layer: layer, Position: 9, Input: []int8{1, 2, -3, 4}})
	if err != nil {
		t.Fatal(err)
	}
	return proof
}

func TestFreshKeyVerifiesOnChainFromGoAlone(t *testing.T) {
	t.Parallel()
	k := sampleKeys(t)
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	v, r, err := onchain.DeployVerifier(ctx, c.Client(), c.Transactor(0), k)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deploy verifier: %d gas", r.GasUsed)
	if err := v.CheckKeys(ctx, k); err != nil {
		t.Fatalf("check keys: %v", err)
	}
	proof := proveSample(t, k, 1)
	if err := v.Verify(ctx, proof); err != nil {
		t.Fatalf("valid proof rejected on chain: %v", err)
	}
	rcpt, err := v.VerifyTx(ctx, c.Transactor(1), proof)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verification transaction (1 commitment, 1 input): %d gas", rcpt.GasUsed)
	if rcpt.GasUsed > maxGasCommit {
		t.Errorf("verification costs %d gas, target %d", rcpt.GasUsed, maxGasCommit)
	}

	// Wrong statement, tampered bytes, wrong length: each rejected with a named error.
	wrong := *proof
	wrong.Inputs = []*big.Int{new(big.Int).Add(proof.Inputs[0], big.NewInt(1))}
	err = v.Verify(ctx, &wrong)
	if !errors.Is(err, zk.ErrInvalidProof) {
		t.Errorf("wrong statement: got %v, want ErrInvalidProof", err)
	}
	if re, ok := chain.AsRevert(err); !ok || re.Name != "Groth16Verifier_ProofInvalid" {
		t.Errorf("wrong statement: revert %v, want Groth16Verifier_ProofInvalid", err)
	}
	short := *proof
	short.Proof = proof.Proof[:256]
	if err := v.Verify(ctx, &short); !errors.Is(err, zk.ErrMalformedProof) {
		t.Errorf("short proof: got %v, want ErrMalformedProof", err)
	}
	if re, _ := chain.AsRevert(v.Verify(ctx, &short)); re == nil || re.Name != "Groth16Verifier_WrongProofLength" {
		t.Errorf("short proof: revert %v", re)
	}

	// A proof and a verifier from different setups.
	other, err := zk.Setup(k.Spec)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.CheckKeys(ctx, other); !errors.Is(err, onchain.ErrVerifierMismatch) || !errors.Is(err, zk.ErrKeyMismatch) {
		t.Errorf("verifier of another setup: got %v, want ErrVerifierMismatch", err)
	}
	otherProof := proveSample(t, other, 0)
	if err := v.Verify(ctx, otherProof); !errors.Is(err, zk.ErrInvalidProof) {
		t.Errorf("proof of another setup: got %v, want ErrInvalidProof", err)
	}

	// Through the Settlement adapter, with a subject id.
	a, _, err := onchain.DeploySampleAdapter(ctx, c.Client(), c.Transactor(0), v.Address())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Verify(ctx, big.NewInt(77), proof); err != nil {
		t.Fatalf("adapter rejected a valid proof: %v", err)
	}
	if err := a.Verify(ctx, big.NewInt(77), &wrong); !errors.Is(err, zk.ErrInvalidProof) {
		t.Errorf("adapter, wrong statement: got %v", err)
	}
	ar, err := a.VerifyTx(ctx, c.Transactor(1), big.NewInt(77), proof)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verification through the adapter: %d gas", ar.GasUsed)
}

// TestDifferentialAgainstGnarkExport runs the committed fixture proofs
// through gnark's exported verifiers and Groth16Verifier with the same keys:
// both accept the valid proofs, both reject tampered ones, and gas is compared.
func TestDifferentialAgainstGnarkExport(t *testing.T) {
	t.Parallel()
	fx, err := fixture.ReadProofs("../fixture/testdata/proofs.json")
	if err != nil {
		t.Fatal(err)
	}
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	opts := c.Transactor(0)
	plainAddr, _, err := chain.Deploy(ctx, c.Client(), opts, common.FromHex(gnarkplainverifier.GnarkSamplePlainVerifierMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	commitAddr, _, err := chain.Deploy(ctx, c.Client(), opts, common.FromHex(gnarkcommitverifier.GnarkSampleCommitVerifierMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	gnarkPlain := gnarkplainverifier.NewGnarkSamplePlainVerifier()
	gnarkCommit := gnarkcommitverifier.NewGnarkSampleCommitVerifier()
	pack := map[string]func(p []byte, in *big.Int) []byte{
		fixture.SamplePlain.ID():  func(p []byte, in *big.Int) []byte { return gnarkPlain.PackVerifyProof(p, [1]*big.Int{in}) },
		fixture.SampleCommit.ID(): func(p []byte, in *big.Int) []byte { return gnarkCommit.PackVerifyProof(p, [1]*big.Int{in}) },
	}
	gnarkAddr := map[string]common.Address{fixture.SamplePlain.ID(): plainAddr, fixture.SampleCommit.ID(): commitAddr}
	target := map[string]uint64{fixture.SamplePlain.ID(): maxGasPlain, fixture.SampleCommit.ID(): maxGasCommit}

	for _, set := range [][]*zk.Proof{fx.SamplePlain, fx.SampleCommit} {
		id := set[0].CircuitID
		mine, _, err := onchain.DeployVerifierWords(ctx, c.Client(), opts, fx.Keys[id])
		if err != nil {
			t.Fatal(err)
		}
		h, _ := mine.KeyHash(ctx)
		if hexutil.Encode(h[:]) != set[0].KeyHash {
			t.Fatalf("%s: deployed key hash %x, proofs were made under %s", id, h, set[0].KeyHash)
		}
		for i, proof := range set {
			r, err := mine.VerifyTx(ctx, c.Transactor(1), proof)
			if err != nil {
				t.Fatalf("%s proof %d: Groth16Verifier rejected it: %v", id, i, err)
			}
			gr, err := chain.Transact(ctx, c.Client(), c.Transactor(1), gnarkAddr[id], pack[id](proof.Proof, proof.Inputs[0]))
			if err != nil {
				t.Fatalf("%s proof %d: gnark's verifier rejected it: %v", id, i, err)
			}
			t.Logf("%s proof %d: whole transaction gas: Groth16Verifier %d, gnark export %d", id, i, r.GasUsed, gr.GasUsed)
			if r.GasUsed > target[id] {
				t.Errorf("%s: %d gas, target %d", id, r.GasUsed, target[id])
			}
			// Tampered variants: every one rejected by both.
			for _, tamper := range []struct {
				name string
				f    func(p []byte, in *big.Int) ([]byte, *big.Int)
			}{
				{"input+1", func(p []byte, in *big.Int) ([]byte, *big.Int) { return p, new(big.Int).Add(in, big.NewInt(1)) }},
				{"A.x bit", func(p []byte, in *big.Int) ([]byte, *big.Int) {
					q := append([]byte(nil), p...)
					q[31] ^= 1
					return q, in
				}},
				{"C.y bit", func(p []byte, in *big.Int) ([]byte, *big.Int) {
					q := append([]byte(nil), p...)
					q[255] ^= 2
					return q, in
				}},
				{"B swapped halves", func(p []byte, in *big.Int) ([]byte, *big.Int) {
					q := append([]byte(nil), p...)
					copy(q[64:96], p[96:128])
					copy(q[96:128], p[64:96])
					return q, in
				}},
				{"last byte", func(p []byte, in *big.Int) ([]byte, *big.Int) {
					q := append([]byte(nil), p...)
					q[len(q)-1] ^= 4
					return q, in
				}},
			} {
				bp, bin := tamper.f(proof.Proof, proof.Inputs[0])
				bad := *proof
				bad.Proof, bad.Inputs = bp, []*big.Int{bin}
				errMine := mine.Verify(ctx, &bad)
				_, errGnark := chain.Call(ctx, c.Client(), gnarkAddr[id], pack[id](bp, bin))
				if errMine == nil || errGnark == nil {
					t.Errorf("%s proof %d, %s: Groth16Verifier err %v, gnark err %v; both must reject", id, i, tamper.name, errMine, errGnark)
				}
			}
		}
	}

	// Two commitments (gnark cannot export this one): the layer fixture through its adapter.
	layerV, _, err := onchain.DeployVerifierWords(ctx, c.Client(), opts, fx.Keys[fixture.Layer.ID()])
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := onchain.DeployLayerAdapter(ctx, c.Client(), opts, layerV.Address())
	if err != nil {
		t.Fatal(err)
	}
	lp := fx.Layer[0]
	r, err := a.VerifyTx(ctx, c.Transactor(1), big.NewInt(1), lp)
	if err != nil {
		t.Fatalf("layer proof rejected: %v", err)
	}
	t.Logf("layer proof (2 commitments) through LayerCommitmentAdapter: %d gas", r.GasUsed)
	bad := *lp
	st := *lp.Layer
	st.Weights = [2]*big.Int{big.NewInt(1), big.NewInt(2)}
	bad.Layer = &st
	if err := a.Verify(ctx, big.NewInt(1), &bad); !errors.Is(err, zk.ErrCommitmentMismatch) {
		t.Errorf("layer proof with other weights: got %v, want ErrCommitmentMismatch", err)
	}
}
