package pow

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

// BenchmarkNonceDefault measures one core's nonce rate on the default model
// (tokens, forward pass, distance); nonces/s per core = 1e9 / ns/op.
func BenchmarkNonceDefault(b *testing.B) {
	m, err := NewModel(DefaultSpec, SeedElement(seedFromUint64(1)))
	if err != nil {
		b.Fatal(err)
	}
	sc := m.NewScratch()
	miner := common.HexToAddress("0x1234")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.NonceDistance(miner, uint64(i), sc)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "nonces/s")
}

// BenchmarkForwardDefault is the forward pass alone (no MiMC input derivation).
func BenchmarkForwardDefault(b *testing.B) {
	m, _ := NewModel(DefaultSpec, SeedElement(seedFromUint64(1)))
	sc := m.NewScratch()
	tok := m.Tokens(common.Address{}, 1)
	for b.Loop() {
		m.Forward(tok, sc)
	}
}

// BenchmarkVerify200 verifies a default-model batch of 200 valid nonces,
// all sampled (the reference system's sample size), signature included. The
// model is derived once per epoch, outside the timed loop.
func BenchmarkVerify200(b *testing.B) {
	k := newKit(b, 1) // D=1 with the largest threshold: every nonce valid
	k.params.Spec = DefaultSpec
	k.params.Threshold = ^uint32(0)
	var batch dipmsg.SignedPowBatch
	if _, err := Mine(context.Background(), MinerConfig{
		Params: k.params, Miner: k.miner, Signer: dipmsg.KeySigner{Key: k.key}, Domain: k.domain,
		BatchSize: 200, MaxNonces: 200,
		OnBatch: func(s dipmsg.SignedPowBatch) error { batch = s; return nil },
	}); err != nil {
		b.Fatal(err)
	}
	v, err := NewVerifier(k.params, k.domain)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		r, err := v.Verify(batch, [32]byte{1})
		if err != nil || len(r.Sampled) != 200 {
			b.Fatalf("verify: %v", err)
		}
	}
}

// BenchmarkModelDerive is the once-per-epoch cost of regenerating the
// default model's weights from the seed.
func BenchmarkModelDerive(b *testing.B) {
	for b.Loop() {
		if _, err := NewModel(DefaultSpec, SeedElement(seedFromUint64(1))); err != nil {
			b.Fatal(err)
		}
	}
}
