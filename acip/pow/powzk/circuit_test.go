package powzk

import (
	"context"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow"
)

var field = ecc.BN254.ScalarField()

// microSpec keeps the circuit small enough for the test engine: the token
// embedding table alone is 256 x Width weights.
var microSpec = pow.Spec{Width: 4, Layers: 1, Heads: 2, SeqLen: 4, FFN: 8}

func microParams(t *testing.T) pow.Params {
	t.Helper()
	var seed common.Hash
	seed[31] = 9
	p := pow.Params{Epoch: 2, Seed: seed, Spec: microSpec, Difficulty: 4}
	c, err := pow.Calibrate(context.Background(), p, 400)
	if err != nil {
		t.Fatal(err)
	}
	p.Threshold = c.Threshold
	return p
}

// Property: for many nonces, the circuit accepts exactly the Go model's
// distance (bit-exact) and rejects the distance off by one; valid nonces
// satisfy the threshold, invalid ones cannot be proven at any claimed distance.
func TestNonceCircuitMatchesModel(t *testing.T) {
	t.Parallel()
	p := microParams(t)
	m, err := p.Model()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.NewScratch()
	miner := common.HexToAddress("0x00000000000000000000000000000000c0ffee01")
	valid, invalid := 0, 0
	for ctr := uint32(0); ctr < 40 && (valid < 3 || invalid < 3); ctr++ {
		nonce := pow.EpochNonce(p.Epoch, ctr)
		d := m.NonceDistance(miner, nonce, sc)
		// Prove the true distance against a threshold it meets: must solve (bit-exactness).
		loose := p
		loose.Threshold = max(d, p.Threshold)
		if err := test.IsSolved(New(p.Spec), Assign(loose, miner, nonce, d), field); err != nil {
			t.Fatalf("nonce %d: true distance %d not accepted: %v", nonce, d, err)
		}
		if err := test.IsSolved(New(p.Spec), Assign(loose, miner, nonce, d+1), field); err == nil {
			t.Fatalf("nonce %d: distance %d+1 accepted", nonce, d)
		}
		if p.Valid(d) {
			valid++
			continue
		}
		invalid++
		// An invalid nonce fails under the epoch's threshold, with its true or the threshold distance.
		for _, claim := range []uint32{d, p.Threshold} {
			if err := test.IsSolved(New(p.Spec), Assign(p, miner, nonce, claim), field); err == nil {
				t.Fatalf("invalid nonce %d (distance %d > %d) proven with claim %d", nonce, d, p.Threshold, claim)
			}
		}
	}
	if valid == 0 || invalid == 0 {
		t.Fatalf("sampled %d valid and %d invalid nonces; want both", valid, invalid)
	}
}

// The circuit compiles to R1CS (Groth16) and reports its size.
func TestNonceCircuitCompiles(t *testing.T) {
	t.Parallel()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, New(microSpec))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	t.Logf("spec %s: %d constraints", microSpec, ccs.GetNbConstraints())
}
