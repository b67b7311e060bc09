//go:build powprove

package powzk

import (
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
)

// A real Groth16 proof for a valid nonce verifies with its public inputs;
// an invalid nonce cannot be proven. Behind the powprove build tag (setup and proving
// take about 30 s on 2 cores): go test -tags powprove ./acip/pow/powzk/
func TestNonceCircuitGroth16(t *testing.T) {
	t.Parallel()
	p := microParams(t)
	m, _ := p.Model()
	sc := m.NewScratch()
	miner := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	var validNonce, invalidNonce uint64
	var validDist, invalidDist uint32
	haveV, haveI := false, false
	for ctr := uint32(0); !haveV || !haveI; ctr++ {
		n := pow.EpochNonce(p.Epoch, ctr)
		d := m.NonceDistance(miner, n, sc)
		if p.Valid(d) && !haveV {
			validNonce, validDist, haveV = n, d, true
		} else if !p.Valid(d) && !haveI {
			invalidNonce, invalidDist, haveI = n, d, true
		}
	}
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, New(p.Spec))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(Assign(p, miner, validNonce, validDist), field)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatalf("prove valid nonce: %v", err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("verify valid nonce: %v", err)
	}
	// The proof does not verify for another nonce.
	other, _ := frontend.NewWitness(Assign(p, miner, invalidNonce, validDist), field, frontend.PublicOnly())
	if err := groth16.Verify(proof, vk, other); err == nil {
		t.Fatalf("proof of nonce %d verifies for nonce %d", validNonce, invalidNonce)
	}
	wi, err := frontend.NewWitness(Assign(p, miner, invalidNonce, invalidDist), field)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := groth16.Prove(ccs, pk, wi); err == nil {
		t.Fatalf("invalid nonce %d (distance %d > %d) proven", invalidNonce, invalidDist, p.Threshold)
	}
}

// A real Groth16 proof of a batch of two nonces verifies with its one public
// input (the statement) and not with the statement of other items.
func TestBatchCircuitGroth16(t *testing.T) {
	t.Parallel()
	p, items := batchItems(t, microSpec, 3)
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, NewBatch(p.Spec, 2))
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(AssignBatch(p, items[:2]), field)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatalf("prove batch: %v", err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("verify batch: %v", err)
	}
	other, _ := frontend.NewWitness(AssignBatch(p, items[1:]), field, frontend.PublicOnly())
	if err := groth16.Verify(proof, vk, other); err == nil {
		t.Fatal("batch proof verifies for other items")
	}
}
