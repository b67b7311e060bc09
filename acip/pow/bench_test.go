package pow

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow/internal/i8"
	"github.com/dip-market/dip/dipmsg"
)

// BenchmarkNonceDefault measures one core's nonce rate on the default model
// (tokens, forward pass, distance); nonces/s per core = 1e9 / ns/op. It
// also reports the best of short rounds (bestRound), which approaches the
// unloaded rate on a machine other processes load.
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
	n := uint64(0)
	b.ReportMetric(bestRound(b, func() { m.NonceDistance(miner, n, sc); n++ }), "best-nonces/s")
}

// BenchmarkTokensDefault is a nonce's input derivation alone as the miner
// runs it (MiMC with cached prefixes: 3 permutations).
func BenchmarkTokensDefault(b *testing.B) {
	benchTokens(b, func(m *Model, sc *Scratch, miner common.Address, n uint64) { sc.in.tokens(m, sc.tok, miner, n) })
}

// BenchmarkTokensDefaultUncached is the same through tokensInto (7
// permutations), the definition.
func BenchmarkTokensDefaultUncached(b *testing.B) {
	benchTokens(b, func(m *Model, sc *Scratch, miner common.Address, n uint64) { m.tokensInto(sc.tok, miner, n) })
}

func benchTokens(b *testing.B, derive func(*Model, *Scratch, common.Address, uint64)) {
	m, err := NewModel(DefaultSpec, SeedElement(seedFromUint64(1)))
	if err != nil {
		b.Fatal(err)
	}
	sc := m.NewScratch()
	miner := common.HexToAddress("0x1234")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		derive(m, sc, miner, uint64(i))
	}
	n := uint64(0)
	b.ReportMetric(1e9/bestRound(b, func() { derive(m, sc, miner, n); n++ }), "best-ns/op")
}

// bestRound returns the best rate, in calls per second, of rounds of about
// 200 us of f over half a second (outside the timed loop).
func bestRound(b *testing.B, f func()) float64 {
	b.StopTimer()
	defer b.StartTimer()
	round := func() int {
		n := 0
		for start := time.Now(); time.Since(start) < 200*time.Microsecond; n++ {
			f()
		}
		return n
	}
	return i8.CompareRates(500*time.Millisecond, round, round).BestA
}

// BenchmarkForwardDefault is the forward pass alone (no MiMC input
// derivation) on the int8 kernels when the CPU has them. It reports the
// mean multiply-add rate and forward passes per second, and with AVX-512
// VNNI the best-round rate next to the core's peak int8 rate (the
// register-only VPDPBUSD zmm loop, i8.PeakRound) and its share of it.
func BenchmarkForwardDefault(b *testing.B) {
	benchForward(b, false)
}

// BenchmarkForwardDefaultScalar is the forward pass on the scalar loops.
func BenchmarkForwardDefaultScalar(b *testing.B) {
	benchForward(b, true)
}

// BenchmarkForwardDefaultAMX is the forward pass on the opt-in AMX level
// (layer products on AMX tiles, the rest AVX-512 VNNI).
func BenchmarkForwardDefaultAMX(b *testing.B) {
	if !slices.Contains(i8.Available(), i8.AMXInt8) {
		b.Skip("no AMX-INT8")
	}
	defer func() { i8.Kernels = i8.Best }()
	i8.Kernels = i8.AMXInt8
	benchForward(b, false)
}

// BenchmarkForwardDefaultAVX2 is the forward pass on the AVX2 kernels.
func BenchmarkForwardDefaultAVX2(b *testing.B) {
	if i8.Best < i8.AVX2 {
		b.Skip("no AVX2")
	}
	defer func() { i8.Kernels = i8.Best }()
	i8.Kernels = i8.AVX2
	benchForward(b, false)
}

func benchForward(b *testing.B, scalar bool) {
	m, err := NewModel(DefaultSpec, SeedElement(seedFromUint64(1)))
	if err != nil {
		b.Fatal(err)
	}
	sc := m.NewScratch()
	if scalar {
		sc.fast = nil
	}
	tok := m.Tokens(common.Address{}, 1)
	m.Forward(tok, sc) // lays out the weights (once per epoch)
	macs := DefaultSpec.MACs()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Forward(tok, sc)
	}
	rate := float64(b.N) * float64(macs) / b.Elapsed().Seconds()
	b.ReportMetric(rate/1e9, "GMAC/s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "forwards/s")
	if scalar {
		b.Log("kernels: scalar loops")
	} else {
		b.Logf("kernels: %s", i8.Kernels)
	}
	if scalar || i8.Best < i8.VNNI512 {
		return
	}
	// On a loaded machine the mean rate depends on how much of the core the
	// benchmark got; short rounds alternated with rounds of the peak loop
	// compare the two under the same conditions (best and median round).
	b.StopTimer()
	round := func() int {
		n := 0
		for start := time.Now(); time.Since(start) < 20*time.Microsecond; n += macs {
			m.Forward(tok, sc)
		}
		return n
	}
	r := i8.CompareRates(time.Second, round, i8.PeakRound)
	b.ReportMetric(r.BestB/1e9, "peak-GMAC/s")
	b.ReportMetric(r.BestA/1e9, "best-GMAC/s")
	b.ReportMetric(100*r.BestA/r.BestB, "best-%peak")
	b.ReportMetric(100*r.MedianA/r.MedianB, "median-%peak")
	b.ReportMetric(r.BestA/float64(macs), "best-forwards/s")
	if i8.AMX() {
		// AMX tile products are the CPU's fastest int8 technique; the
		// forward pass does not use them (docs/pow.md says why).
		ra := i8.CompareRates(500*time.Millisecond, round, i8.PeakRoundAMX)
		b.ReportMetric(ra.BestB/1e9, "amx-peak-GMAC/s")
		b.ReportMetric(100*ra.BestA/ra.BestB, "best-%amx-peak")
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
