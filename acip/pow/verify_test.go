package pow

import (
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
)

// honestBatch returns an honestly mined batch of the kit's miner.
func honestBatch(t *testing.T, k minerKit) *dipmsg.PowBatch {
	t.Helper()
	batches, _, _ := k.mine(t, 800, dipmsg.MaxBatchNonces)
	if len(batches) != 1 || len(batches[0].Message.Nonces) < 20 {
		t.Fatalf("expected one batch of at least 20 nonces, got %d batches", len(batches))
	}
	return batches[0].Message
}

func cloneBatch(b *dipmsg.PowBatch) *dipmsg.PowBatch {
	return &dipmsg.PowBatch{Epoch: b.Epoch, Miner: b.Miner, Nonces: slices.Clone(b.Nonces), Distances: slices.Clone(b.Distances)}
}

// TestVerifyFraud tampers with an honest batch in one way per error kind and
// checks that the verifier names that kind. Tampered batches are re-signed by
// the miner (a cheating miner signs its own lies) unless the signature is
// what is being tested.
func TestVerifyFraud(t *testing.T) {
	t.Parallel()
	k := newKit(t, 8)
	honest := honestBatch(t, k)
	v, err := NewVerifier(k.params, k.domain)
	if err != nil {
		t.Fatal(err)
	}
	v.Samples = len(honest.Nonces) // check all: a single lie must be caught
	m := v.Model()
	sc := m.NewScratch()
	// An invalid nonce of the miner, beyond the batch's counters.
	var invalid uint64
	var invalidDist uint32
	for c := uint32(5000); ; c++ {
		n := EpochNonce(k.params.Epoch, c)
		if d := m.NonceDistance(k.miner, n, sc); !k.params.Valid(d) {
			invalid, invalidDist = n, d
			break
		}
	}
	sign := func(b *dipmsg.PowBatch) dipmsg.SignedPowBatch {
		// Sign without dipmsg.Sign's Check so malformed batches can be built.
		sig, err := crypto.Sign(k.domain.Digest(b).Bytes(), k.key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		s, err := dipmsg.SignatureFromBytes(sig)
		if err != nil {
			t.Fatal(err)
		}
		return dipmsg.SignedPowBatch{Message: b, Sig: s}
	}
	other, _ := crypto.GenerateKey()
	tests := []struct {
		name string
		make func() dipmsg.SignedPowBatch
		want error
	}{
		{"honest", func() dipmsg.SignedPowBatch { return sign(cloneBatch(honest)) }, nil},
		{"no nonces", func() dipmsg.SignedPowBatch {
			return sign(&dipmsg.PowBatch{Epoch: honest.Epoch, Miner: k.miner})
		}, ErrMalformedBatch},
		{"missing distance", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Distances = b.Distances[1:]
			return sign(b)
		}, ErrMalformedBatch},
		{"nil message", func() dipmsg.SignedPowBatch { return dipmsg.SignedPowBatch{} }, ErrMalformedBatch},
		{"signed by another key", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			s, _ := dipmsg.SignWithKey(other, k.domain, &dipmsg.PowBatch{Epoch: b.Epoch, Miner: crypto.PubkeyToAddress(other.PublicKey), Nonces: b.Nonces, Distances: b.Distances})
			return dipmsg.SignedPowBatch{Message: b, Sig: s}
		}, ErrBadSignature},
		{"signature under another domain", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			s, _ := dipmsg.SignWithKey(k.key, dipmsg.NewDomain(k.domain.ChainID, common.HexToAddress("0xdead")), b)
			return dipmsg.SignedPowBatch{Message: b, Sig: s}
		}, ErrBadSignature},
		{"claimed by another miner", func() dipmsg.SignedPowBatch {
			// Someone else's valid nonces are not valid for this signer.
			b := cloneBatch(honest)
			b.Miner = crypto.PubkeyToAddress(other.PublicKey)
			s, _ := dipmsg.SignWithKey(other, k.domain, b)
			return dipmsg.SignedPowBatch{Message: b, Sig: s}
		}, ErrDistanceMismatch},
		{"wrong epoch", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Epoch++
			return sign(b)
		}, ErrWrongEpoch},
		{"nonce outside the epoch", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Nonces[3] = EpochNonce(k.params.Epoch+1, 3)
			return sign(b)
		}, ErrNonceOutsideEpoch},
		{"duplicate nonce", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Nonces = append(b.Nonces, b.Nonces[0])
			b.Distances = append(b.Distances, b.Distances[0])
			return sign(b)
		}, ErrDuplicateNonce},
		{"distance above threshold", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Nonces = append(b.Nonces, invalid)
			b.Distances = append(b.Distances, invalidDist)
			return sign(b)
		}, ErrAboveThreshold},
		{"invalid nonce claimed valid", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Nonces = append(b.Nonces, invalid)
			b.Distances = append(b.Distances, k.params.Threshold)
			return sign(b)
		}, ErrDistanceMismatch},
		{"distance off by one", func() dipmsg.SignedPowBatch {
			b := cloneBatch(honest)
			b.Distances[len(b.Distances)/2]--
			return sign(b)
		}, ErrDistanceMismatch},
		{"too many valid nonces for the span", func() dipmsg.SignedPowBatch {
			// Every counter 0..199 claimed valid at D=8: expected 25.
			b := &dipmsg.PowBatch{Epoch: honest.Epoch, Miner: k.miner}
			for c := uint32(0); c < 200; c++ {
				b.Nonces = append(b.Nonces, EpochNonce(k.params.Epoch, c))
				b.Distances = append(b.Distances, 0)
			}
			return sign(b)
		}, ErrImplausibleCount},
	}
	for _, tc := range tests {
		_, err := v.Verify(tc.make(), [32]byte{7})
		if tc.want == nil {
			if err != nil {
				t.Errorf("%s: %v", tc.name, err)
			}
			continue
		}
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
}

// With the default 200 samples, a batch larger than the sample where one
// nonce in ten is forged is caught for any sample seed tried.
func TestVerifySamplingCatchesForgedFraction(t *testing.T) {
	t.Parallel()
	k := newKit(t, 2)
	batches, _, _ := k.mine(t, 1200, dipmsg.MaxBatchNonces)
	b := cloneBatch(batches[0].Message)
	if len(b.Nonces) <= DefaultSamples {
		t.Fatalf("batch of %d nonces is not larger than the sample", len(b.Nonces))
	}
	for i := 0; i < len(b.Distances); i += 10 {
		b.Distances[i] = max(b.Distances[i], 1) - 1
	}
	s, err := dipmsg.SignWithKey(k.key, k.domain, b)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := NewVerifier(k.params, k.domain)
	for seed := byte(0); seed < 5; seed++ {
		r, err := v.Verify(dipmsg.SignedPowBatch{Message: b, Sig: s}, [32]byte{seed})
		if !errors.Is(err, ErrDistanceMismatch) {
			t.Fatalf("seed %d: err %v (report %+v), want ErrDistanceMismatch", seed, err, r)
		}
	}
}
