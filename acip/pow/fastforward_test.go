package pow

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip/pow/internal/i8"
)

// Property: the kernel forward pass (when this CPU runs it) and the scalar
// loops both equal the zk/quant reference, on specs that exercise padding
// (sequence lengths that are not multiples of 16), several token blocks,
// several head widths and extreme tokens.
func TestForwardKernelsMatchScalar(t *testing.T) {
	t.Parallel()
	forwardKernelsMatchScalar(t)
}

// The same at every other assembly level this process runs (AVX2 on an
// AVX-512 machine, the opt-in AMX level). Not parallel: it sets i8.Kernels.
func TestForwardOtherKernelsMatchScalar(t *testing.T) {
	defer func() { i8.Kernels = i8.Best }()
	for _, l := range i8.Available() {
		if l == i8.Portable || l == i8.Best {
			continue
		}
		i8.Kernels = l
		forwardKernelsMatchScalar(t)
	}
}

func forwardKernelsMatchScalar(t *testing.T) {
	t.Helper()
	if i8.Kernels == i8.Portable {
		t.Log("no assembly kernels: only the scalar path runs")
	}
	specs := []Spec{
		DefaultSpec,
		{Width: 16, Layers: 1, Heads: 4, SeqLen: 1, FFN: 16},
		{Width: 32, Layers: 2, Heads: 2, SeqLen: 20, FFN: 48},
		{Width: 64, Layers: 1, Heads: 16, SeqLen: 33, FFN: 128},
		{Width: 128, Layers: 1, Heads: 2, SeqLen: 16, FFN: 64},
		{Width: 48, Layers: 3, Heads: 3, SeqLen: 16, FFN: 32},
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for si, sp := range specs {
		m, err := NewModel(sp, SeedElement(seedFromUint64(uint64(si)+100)))
		if err != nil {
			t.Fatal(err)
		}
		if fastSpec(sp) != (i8.Kernels > i8.Portable) {
			t.Fatalf("spec %v: kernels not selected", sp)
		}
		fast, scalar := m.NewScratch(), m.NewScratch()
		scalar.fast = nil
		for trial := 0; trial < 12; trial++ {
			tok := make([]uint8, sp.SeqLen)
			for i := range tok {
				switch trial {
				case 0:
					tok[i] = 0
				case 1:
					tok[i] = 255
				default:
					tok[i] = uint8(rng.UintN(256))
				}
			}
			want := string(int8Bytes(refForward(t, m, tok)))
			if got := string(int8Bytes(m.Forward(tok, fast))); got != want {
				t.Fatalf("spec %v trial %d: %s forward differs from the reference", sp, trial, i8.Kernels)
			}
			if got := string(int8Bytes(m.Forward(tok, scalar))); got != want {
				t.Fatalf("spec %v trial %d: scalar forward differs from the reference", sp, trial)
			}
		}
	}
}

// A scratch follows the model it is used with: weights of another model of
// the same spec are re-laid out, not reused.
func TestScratchFollowsModel(t *testing.T) {
	t.Parallel()
	a, _ := NewModel(tinySpec, SeedElement(seedFromUint64(1)))
	b, _ := NewModel(tinySpec, SeedElement(seedFromUint64(2)))
	sc := a.NewScratch()
	tok := a.Tokens(CalibrationMiner, 3)
	a.Forward(tok, sc)
	got := string(int8Bytes(b.Forward(tok, sc)))
	if want := string(int8Bytes(refForward(t, b, tok))); got != want {
		t.Fatalf("forward with a scratch of another model differs from the reference")
	}
}

// The midstate-caching input derivation equals tokensInto for every
// sequence length class (one and several PRNG blocks), miner and seed.
func TestInputDeriverMatchesTokens(t *testing.T) {
	t.Parallel()
	for _, sp := range []Spec{DefaultSpec, {Width: 16, Layers: 1, Heads: 1, SeqLen: 31, FFN: 16}, {Width: 16, Layers: 1, Heads: 1, SeqLen: 70, FFN: 16}} {
		var d inputDeriver
		for seed := uint64(1); seed <= 2; seed++ {
			m, err := NewModel(sp, SeedElement(seedFromUint64(seed)))
			if err != nil {
				t.Fatal(err)
			}
			for _, miner := range []common.Address{{}, common.HexToAddress("0x1234"), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")} {
				for _, nonce := range []uint64{0, 1, 1 << 32, ^uint64(0)} {
					want, got := make([]uint8, sp.SeqLen), make([]uint8, sp.SeqLen)
					m.tokensInto(want, miner, nonce)
					d.tokens(m, got, miner, nonce)
					if string(got) != string(want) {
						t.Fatalf("spec %v seed %d miner %x nonce %d: tokens %v, want %v", sp, seed, miner, nonce, got, want)
					}
				}
			}
		}
	}
}

// Shapes the kernels cannot run stay on the scalar loops.
func TestFastSpecRejectsShapes(t *testing.T) {
	t.Parallel()
	for _, sp := range []Spec{
		{Width: 12, Layers: 1, Heads: 3, SeqLen: 5, FFN: 16}, // width not a multiple of 16
		{Width: 16, Layers: 1, Heads: 1, SeqLen: 5, FFN: 24}, // ffn not a multiple of 16
		{Width: 16, Layers: 1, Heads: 8, SeqLen: 5, FFN: 16}, // 2 features per head
	} {
		if fastSpec(sp) {
			t.Errorf("spec %v selected for the kernels", sp)
		}
		m, err := NewModel(sp, SeedElement(seedFromUint64(3)))
		if err != nil {
			t.Fatal(err)
		}
		if m.NewScratch().fast != nil {
			t.Errorf("spec %v: scratch has kernel buffers", sp)
		}
	}
}
