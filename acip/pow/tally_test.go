package pow

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

func TestTallyAcrossBatches(t *testing.T) {
	t.Parallel()
	p := Params{Epoch: 5, Difficulty: 100}
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	nonces := func(from, to, step uint32) []uint64 {
		var out []uint64
		for c := from; c < to; c += step {
			out = append(out, EpochNonce(5, c))
		}
		return out
	}
	tests := []struct {
		name   string
		miner  common.Address
		nonces []uint64
		want   error
	}{
		{"first batch", a, nonces(0, 10000, 100), nil},                 // 100 in 10k at D=100
		{"second batch further on", a, nonces(10050, 20000, 100), nil}, // 200 in 20k
		{"same nonce again", a, nonces(0, 1, 1), ErrDuplicateNonce},    // counted already
		{"another miner may use the same counters", b, nonces(0, 10000, 100), nil},
		{"many more within the same span", a, nonces(1, 20000, 40), ErrImplausibleCount}, // 700 in 20k
		{"nothing recorded from the rejected batch", a, nonces(1, 2, 1), nil},
	}
	tally := &Tally{Params: p}
	for _, tc := range tests {
		if err := tally.Add(tc.miner, tc.nonces); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
	if got := tally.Count(a); got != 100+100+1 {
		t.Errorf("miner a counted %d nonces, want 201", got)
	}
}

// FuzzVerify mutates a signed honest batch's nonces and distances (re-signed
// by the miner) and checks that Verify never panics and only accepts a batch
// whose every sampled nonce matches.
func FuzzVerify(f *testing.F) {
	k := newKit(f, 4)
	batches, _, _ := k.mine(f, 200, dipmsg.MaxBatchNonces)
	honest := batches[0].Message
	v, err := NewVerifier(k.params, k.domain)
	if err != nil {
		f.Fatal(err)
	}
	m := v.Model()
	f.Add(uint16(0), uint64(0), uint32(0), false)
	f.Add(uint16(1), uint64(1), uint32(1), true)
	f.Add(uint16(3), uint64(1)<<40, uint32(7), false)
	f.Fuzz(func(t *testing.T, idx uint16, nonce uint64, dist uint32, appendIt bool) {
		b := cloneBatch(honest)
		i := int(idx) % len(b.Nonces)
		if appendIt {
			b.Nonces = append(b.Nonces, nonce)
			b.Distances = append(b.Distances, dist)
			i = len(b.Nonces) - 1
		} else {
			b.Nonces[i], b.Distances[i] = nonce, dist
		}
		s, err := dipmsg.SignWithKey(k.key, k.domain, b)
		if err != nil {
			t.Skip()
		}
		if _, err := v.Verify(dipmsg.SignedPowBatch{Message: b, Sig: s}, [32]byte{1}); err == nil {
			// Accepted: the changed nonce is sampled (batches under 200 are
			// checked entirely), so it must be genuinely valid with that distance.
			if got := m.NonceDistance(k.miner, b.Nonces[i], m.NewScratch()); got != b.Distances[i] || !k.params.Valid(got) {
				t.Fatalf("accepted nonce %d with distance %d, true distance %d", b.Nonces[i], b.Distances[i], got)
			}
		}
	})
}
