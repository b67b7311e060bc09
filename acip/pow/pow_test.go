package pow

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/zk/quant"
)

var tinySpec = Spec{Width: 16, Layers: 1, Heads: 2, SeqLen: 8, FFN: 32}

func tinyParams(t testing.TB, difficulty uint64) Params {
	t.Helper()
	p := Params{Epoch: 3, Seed: seedFromUint64(42), Spec: tinySpec, Difficulty: difficulty}
	c, err := Calibrate(context.Background(), p, int(200*difficulty))
	if err != nil {
		t.Fatalf("calibrate: %v", err)
	}
	p.Threshold = c.Threshold
	return p
}

func TestSpecCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		spec Spec
		ok   bool
	}{
		{"default", DefaultSpec, true},
		{"tiny", tinySpec, true},
		{"zero width", Spec{Width: 0, Layers: 1, Heads: 1, SeqLen: 1, FFN: 1}, false},
		{"heads do not divide width", Spec{Width: 10, Layers: 1, Heads: 3, SeqLen: 1, FFN: 1}, false},
		{"too many layers", Spec{Width: 8, Layers: MaxLayers + 1, Heads: 1, SeqLen: 1, FFN: 1}, false},
		{"sequence too long", Spec{Width: 8, Layers: 1, Heads: 1, SeqLen: MaxSeqLen + 1, FFN: 1}, false},
		{"ffn too wide", Spec{Width: 8, Layers: 1, Heads: 1, SeqLen: 1, FFN: MaxFFN + 1}, false},
	}
	for _, tc := range tests {
		err := tc.spec.Check()
		if (err == nil) != tc.ok {
			t.Errorf("%s: Check() = %v, want ok=%v", tc.name, err, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrSpec) {
			t.Errorf("%s: error %v is not ErrSpec", tc.name, err)
		}
	}
}

// The largest accumulator any product of a maximal spec can reach must fit
// in int32 (the Go reference and the circuit both assume it).
func TestAccumulatorsFitInt32(t *testing.T) {
	t.Parallel()
	worst := int64(max(MaxWidth, MaxFFN, MaxSeqLen)) * 128 * 128
	if worst >= math.MaxInt32 {
		t.Fatalf("worst accumulator %d overflows int32", worst)
	}
}

func TestModelDeterministicAndSeedBound(t *testing.T) {
	t.Parallel()
	a, err := NewModel(tinySpec, SeedElement(seedFromUint64(1)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewModel(tinySpec, SeedElement(seedFromUint64(1)))
	c, _ := NewModel(tinySpec, SeedElement(seedFromUint64(2)))
	miner := common.HexToAddress("0x1234")
	for n := uint64(0); n < 20; n++ {
		ya, yb := a.Output(miner, n), b.Output(miner, n)
		if string(int8Bytes(ya)) != string(int8Bytes(yb)) {
			t.Fatalf("nonce %d: same seed gave different outputs", n)
		}
	}
	if string(int8Bytes(a.Target)) == string(int8Bytes(c.Target)) {
		t.Errorf("different seeds gave the same target")
	}
	// Inputs depend on the miner: another miner's nonce is another input.
	if string(a.Tokens(miner, 5)) == string(a.Tokens(common.HexToAddress("0x5678"), 5)) {
		t.Errorf("tokens do not depend on the miner")
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// refForward recomputes the forward pass with zk/quant's allocating
// reference (Layer.Forward, Activate) and plain slices, independently of the
// scratch-buffer implementation.
func refForward(t *testing.T, m *Model, tok []uint8) []int8 {
	t.Helper()
	T, d, H := m.Spec.SeqLen, m.Spec.Width, m.Spec.Heads
	dh := d / H
	x := make([][]int8, T)
	for i := range x {
		x[i] = make([]int8, d)
		for c := range x[i] {
			x[i][c] = quant.ClampInt8(int32(m.TokEmb[int(tok[i])*d+c]) + int32(m.PosEmb[i*d+c]))
		}
	}
	fwd := func(l *quant.Layer, in []int8) []int8 {
		y, err := l.Forward(in)
		if err != nil {
			t.Fatal(err)
		}
		return y
	}
	for bi := range m.Blocks {
		b := &m.Blocks[bi]
		q, k, v := make([][]int8, T), make([][]int8, T), make([][]int8, T)
		for i := range x {
			q[i], k[i], v[i] = fwd(&b.Q, x[i]), fwd(&b.K, x[i]), fwd(&b.V, x[i])
		}
		for i := range x {
			a := make([]int8, d)
			for h := 0; h < H; h++ {
				s := make([]int32, T)
				for j := range x {
					var acc int32
					for c := h * dh; c < (h+1)*dh; c++ {
						acc += int32(q[i][c]) * int32(k[j][c])
					}
					s[j] = int32(quant.Activate(acc, m.Shifts.Score, true))
				}
				for c := h * dh; c < (h+1)*dh; c++ {
					var acc int32
					for j := range x {
						acc += s[j] * int32(v[j][c])
					}
					a[c] = quant.Activate(acc, m.Shifts.Mix, false)
				}
			}
			o := fwd(&b.O, a)
			for c := range o {
				x[i][c] = quant.ClampInt8(int32(x[i][c]) + int32(o[c]))
			}
			f := fwd(&b.Down, fwd(&b.Up, x[i]))
			for c := range f {
				x[i][c] = quant.ClampInt8(int32(x[i][c]) + int32(f[c]))
			}
		}
	}
	y := make([]int8, d)
	for c := range y {
		var acc int32
		for i := range x {
			acc += int32(x[i][c])
		}
		y[c] = quant.Activate(acc, m.Shifts.Pool, false)
	}
	return y
}

// Property: the optimized forward pass equals the zk/quant reference on
// random tokens, for several specs and seeds.
func TestForwardMatchesQuantReference(t *testing.T) {
	t.Parallel()
	specs := []Spec{tinySpec, {Width: 12, Layers: 2, Heads: 3, SeqLen: 5, FFN: 7}, DefaultSpec}
	rng := rand.New(rand.NewPCG(1, 2))
	for si, sp := range specs {
		m, err := NewModel(sp, SeedElement(seedFromUint64(uint64(si)+10)))
		if err != nil {
			t.Fatal(err)
		}
		sc := m.NewScratch()
		for trial := 0; trial < 20; trial++ {
			tok := make([]uint8, sp.SeqLen)
			for i := range tok {
				tok[i] = uint8(rng.UintN(256))
			}
			got := m.Forward(tok, sc)
			want := refForward(t, m, tok)
			if string(int8Bytes(got)) != string(int8Bytes(want)) {
				t.Fatalf("spec %v trial %d: forward %v, reference %v", sp, trial, got, want)
			}
		}
	}
}

// The default model's outputs must not be degenerate: distances spread out,
// so a threshold can select about 1/D of the nonces.
func TestDefaultDistancesSpread(t *testing.T) {
	t.Parallel()
	p := Params{Epoch: 1, Seed: seedFromUint64(7), Spec: DefaultSpec, Difficulty: 20}
	c, err := Calibrate(context.Background(), p, 400)
	if err != nil {
		t.Fatal(err)
	}
	if c.StdDev < 20 || c.Max-c.Min < 100 {
		t.Fatalf("distances barely spread: %+v", c)
	}
	if c.ValidRate <= 0 || c.ValidRate > 1.0/20 {
		t.Fatalf("valid rate %g for D=20", c.ValidRate)
	}
}

func TestCalibrateThreshold(t *testing.T) {
	t.Parallel()
	for _, d := range []uint64{1, 4, 16} {
		p := Params{Epoch: 3, Seed: seedFromUint64(42), Spec: tinySpec, Difficulty: d}
		c, err := Calibrate(context.Background(), p, 1600)
		if err != nil {
			t.Fatal(err)
		}
		if want := 1.0 / float64(d); c.ValidRate > want || c.ValidRate < want/2 {
			t.Errorf("D=%d: valid rate %g, want in [%g, %g]", d, c.ValidRate, want/2, want)
		}
		// Fresh nonces (another miner) hit about 1/D too.
		m, _ := p.Model()
		p.Threshold = c.Threshold
		sc := m.NewScratch()
		hits, n := 0, 3200
		for i := 0; i < n; i++ {
			if p.Valid(m.NonceDistance(common.HexToAddress("0xbeef"), EpochNonce(3, uint32(i)), sc)) {
				hits++
			}
		}
		if rate := float64(hits) / float64(n); rate > 1.6/float64(d) || rate < 0.4/float64(d) {
			t.Errorf("D=%d: fresh valid rate %g", d, rate)
		}
	}
	if _, err := Calibrate(context.Background(), Params{Spec: tinySpec}, 10); !errors.Is(err, ErrParams) {
		t.Errorf("difficulty 0: err %v, want ErrParams", err)
	}
}

func TestSampleIndices(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		n, k := 1+rng.IntN(500), 1+rng.IntN(300)
		var seed, dig [32]byte
		seed[0], dig[0] = byte(trial), byte(trial>>8)
		idx := SampleIndices(seed, dig, n, k)
		if len(idx) != min(n, k) {
			t.Fatalf("n=%d k=%d: %d indices", n, k, len(idx))
		}
		for i, v := range idx {
			if v < 0 || v >= n || (i > 0 && v <= idx[i-1]) {
				t.Fatalf("n=%d k=%d: indices not distinct ascending in range: %v", n, k, idx)
			}
		}
	}
	// Every index is picked about equally often.
	counts := make([]int, 10)
	for s := 0; s < 2000; s++ {
		var seed [32]byte
		seed[0], seed[1] = byte(s), byte(s>>8)
		for _, i := range SampleIndices(seed, [32]byte{}, 10, 3) {
			counts[i]++
		}
	}
	for i, c := range counts {
		if c < 450 || c > 750 { // expected 600
			t.Errorf("index %d picked %d times of 2000x3/10", i, c)
		}
	}
}

// Property: MaxPlausible is a valid tail bound: honest binomial counts
// exceed it (far) less often than alpha allows, and it grows with span.
func TestMaxPlausible(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(5, 6))
	const d = 50
	p := 1.0 / d
	for _, span := range []uint64{10, 100, 1000, 5000} {
		limit := MaxPlausible(span, d, 1e-3)
		exceed := 0
		for trial := 0; trial < 2000; trial++ {
			var x uint64
			for i := uint64(0); i < span; i++ {
				if rng.Float64() < p {
					x++
				}
			}
			if x > limit {
				exceed++
			}
		}
		if exceed > 2 { // alpha * trials = 2
			t.Errorf("span %d: honest counts above the limit %d in %d of 2000 trials", span, limit, exceed)
		}
		if limit < uint64(float64(span)*p) {
			t.Errorf("span %d: limit %d below the mean", span, limit)
		}
	}
	prev := uint64(0)
	for span := uint64(1); span < 20000; span = span*3 + 1 {
		l := MaxPlausible(span, 1000, DefaultFalseAlarm)
		if l < prev || l > span {
			t.Fatalf("span %d: limit %d (previous %d)", span, l, prev)
		}
		prev = l
	}
	// Claiming a valid nonce at nearly every counter is implausible at D=1000.
	if l := MaxPlausible(1000, 1000, DefaultFalseAlarm); l > 30 {
		t.Errorf("span 1000 at D=1000: limit %d", l)
	}
}

type minerKit struct {
	params Params
	key    *ecdsa.PrivateKey
	miner  common.Address
	domain dipmsg.Domain
}

func newKit(t testing.TB, difficulty uint64) minerKit {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return minerKit{
		params: tinyParams(t, difficulty),
		key:    key,
		miner:  crypto.PubkeyToAddress(key.PublicKey),
		domain: dipmsg.NewDomain(big.NewInt(1337), common.HexToAddress("0x5e771e")),
	}
}

func (k minerKit) mine(t testing.TB, nonces uint64, batch int) ([]dipmsg.SignedPowBatch, *MineResult, []Progress) {
	t.Helper()
	var mu sync.Mutex
	var batches []dipmsg.SignedPowBatch
	var progress []Progress
	res, err := Mine(context.Background(), MinerConfig{
		Params: k.params, Miner: k.miner, Signer: dipmsg.KeySigner{Key: k.key}, Domain: k.domain,
		Workers: 2, BatchSize: batch, MaxNonces: nonces, ProgressEvery: time.Millisecond,
		Deadline:   time.Now().Add(time.Hour),
		OnProgress: func(p Progress) { mu.Lock(); progress = append(progress, p); mu.Unlock() },
		OnBatch:    func(b dipmsg.SignedPowBatch) error { batches = append(batches, b); return nil },
	})
	if err != nil {
		t.Fatalf("mine: %v", err)
	}
	return batches, res, progress
}

func TestMineEmitsVerifiableBatches(t *testing.T) {
	t.Parallel()
	k := newKit(t, 8)
	batches, res, progress := k.mine(t, 2000, 50)
	if res.Hashes != 2000 {
		t.Fatalf("hashed %d nonces, want 2000", res.Hashes)
	}
	if res.Valid < 2000/8/2 || res.Valid > 2000*2/8 {
		t.Fatalf("%d valid of 2000 at D=8", res.Valid)
	}
	if len(progress) == 0 || progress[len(progress)-1].Hashes != 2000 || progress[len(progress)-1].Valid != res.Valid {
		t.Fatalf("final progress %+v does not match result %+v", progress[len(progress)-1], res)
	}
	v, err := NewVerifier(k.params, k.domain)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for i, b := range batches {
		if len(b.Message.Nonces) > 50 {
			t.Fatalf("batch %d has %d nonces", i, len(b.Message.Nonces))
		}
		r, err := v.Verify(b, [32]byte{byte(i)})
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		total += r.Nonces
	}
	if total != res.Valid || res.Batches != len(batches) {
		t.Fatalf("batches carry %d nonces in %d batches, result says %d in %d", total, len(batches), res.Valid, res.Batches)
	}
	// Every nonce of the run was tried exactly once: recount the valid ones.
	m, _ := k.params.Model()
	sc := m.NewScratch()
	want := 0
	for c := uint32(0); c < 2000; c++ {
		if k.params.Valid(m.NonceDistance(k.miner, EpochNonce(k.params.Epoch, c), sc)) {
			want++
		}
	}
	if want != res.Valid {
		t.Fatalf("sequential recount finds %d valid nonces, miner found %d", want, res.Valid)
	}
}

func TestMineStopsOnContext(t *testing.T) {
	t.Parallel()
	k := newKit(t, 8)
	ctx, cancel := context.WithCancel(context.Background())
	var once sync.Once
	res, err := Mine(ctx, MinerConfig{
		Params: k.params, Miner: k.miner, Signer: dipmsg.KeySigner{Key: k.key}, Domain: k.domain,
		BatchSize: 10, ProgressEvery: time.Millisecond,
		OnProgress: func(p Progress) {
			if p.Hashes > 100 {
				once.Do(cancel)
			}
		},
		OnBatch: func(dipmsg.SignedPowBatch) error { return nil },
	})
	if err != nil {
		t.Fatalf("mine: %v", err)
	}
	if res.Hashes < 100 || res.Hashes == math.MaxUint32+1 {
		t.Fatalf("hashed %d nonces", res.Hashes)
	}
}

func TestMineStopsAtDeadline(t *testing.T) {
	t.Parallel()
	k := newKit(t, 8)
	res, err := Mine(context.Background(), MinerConfig{
		Params: k.params, Miner: k.miner, Signer: dipmsg.KeySigner{Key: k.key}, Domain: k.domain,
		BatchSize: 10, Deadline: time.Now().Add(-time.Second),
		OnBatch: func(dipmsg.SignedPowBatch) error { return nil },
	})
	if err != nil {
		t.Fatalf("mine: %v", err)
	}
	if res.Hashes > 64 { // each worker checks the deadline every 32 nonces
		t.Fatalf("hashed %d nonces after the deadline", res.Hashes)
	}
}

func TestMinerConfigCheck(t *testing.T) {
	t.Parallel()
	k := newKit(t, 8)
	base := MinerConfig{Params: k.params, Miner: k.miner, Signer: dipmsg.KeySigner{Key: k.key}, BatchSize: 1,
		OnBatch: func(dipmsg.SignedPowBatch) error { return nil }}
	tests := []struct {
		name string
		mod  func(*MinerConfig)
		want error
	}{
		{"no signer", func(c *MinerConfig) { c.Signer = nil }, ErrMinerConfig},
		{"no callback", func(c *MinerConfig) { c.OnBatch = nil }, ErrMinerConfig},
		{"batch too large", func(c *MinerConfig) { c.BatchSize = dipmsg.MaxBatchNonces + 1 }, ErrMinerConfig},
		{"bad spec", func(c *MinerConfig) { c.Params.Spec.Heads = 5 }, ErrParams},
	}
	for _, tc := range tests {
		c := base
		tc.mod(&c)
		if _, err := Mine(context.Background(), c); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
	// A signer for another address never gets a batch out.
	other, _ := crypto.GenerateKey()
	c := base
	c.Signer = dipmsg.KeySigner{Key: other}
	c.MaxNonces = 200
	if _, err := Mine(context.Background(), c); !errors.Is(err, dipmsg.ErrWrongSigner) {
		t.Errorf("wrong signer: err %v, want dipmsg.ErrWrongSigner", err)
	}
}
