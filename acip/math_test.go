package acip

import (
	"errors"
	"math/big"
	"math/rand"
	"testing"
)

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return v
}

func e18(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), WAD) }

func vectorParams() LadderParams {
	return LadderParams{
		Base: e18(100), K: e18(2), T0: day, TMin: 3600, TMax: 7 * day,
		RevealPeriod: day, ResolutionPeriod: 2 * day, BurnBps: 1000, RankMax: 5,
	}
}

// The test vectors of docs/economics.md (also asserted by contracts/test/factory/EconomicsVectors.t.sol).
func TestEconomicsVectors(t *testing.T) {
	t.Parallel()
	p := vectorParams()
	if err := p.Check(); err != nil {
		t.Fatalf("vector params rejected: %v", err)
	}
	k15 := p
	k15.K = bi("1500000000000000000")
	g2 := ConversionParams{TierGrowth: big.NewInt(2_000_000), HeatScale: bi("10000000000000000000000000"), HalfLife: 7 * day}

	got := func(v *big.Int, err error) *big.Int {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	first, err := g2.Convert(Heat{}, 1_000, 5, 2, e18(3))
	if err != nil {
		t.Fatal(err)
	}
	decayed := g2.At(first.Next, 1_000+2*day)
	second, err := g2.Convert(first.Next, 1_000+2*day, 5, 1, e18(5))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  *big.Int
		want string
	}{
		{"sybilCost(5), k = 2", got(p.SybilCost(5)), "442857142857142857141"},
		{"sybilCost(5), k = 1.5", got(k15.SybilCost(5)), "188392857142857142855"},
		{"kPow(4), k = 1.5", KPow(k15.K, 4), "5062500000000000000"},
		{"cost(4, 3 hours), k = 1.5", got(k15.EntryCost(4, 3*3600)), "4050000000000000000000"},
		{"weight(5), g = 1.5", TierWeight(big.NewInt(1_500_000), 5), "5062500"},
		{"value of 3e18 tier 2", first.Value, "6000000000000000000000000"},
		{"minted, first conversion", first.Minted, "5013610565632000000000000000000000000"},
		{"heat 2 days later", decayed, "4922012136045827587127392"},
		{"minted, second conversion", second.Minted, "3069974325059170356316299721573269504"},
		{"E(2^63)", Exp2NegFrac(new(big.Int).Lsh(big.NewInt(1), 63)), "240615969168004511545033772479045446554"},
		{"decay(1e25, 1 day, 7 days)", Decay(bi("10000000000000000000000000"), day, 7*day), "9057236642639066716038966"},
	}
	for _, tc := range tests {
		if tc.got.String() != tc.want {
			t.Errorf("%s = %s, want %s", tc.name, tc.got, tc.want)
		}
	}
}

// The mantissa and prefix tables equal the words packed into HeatMath.sol.
func TestMantissasMatchHeatMathConstants(t *testing.T) {
	t.Parallel()
	words := map[string]string{
		"MANTISSAS_LO": "0abecd950b38976d0bb7c5a20c3c95500cc7464a0d581b340def59a70e8d4a51",
		"MANTISSAS_HI": "07991c8a07ef3a9b084928bc08a71224090923f3096f8d4909da7f5d0a4a2d93",
		"PREFIX_LO":    "59c8f7d54e90606842d89ac6369c057629d4bf2c1c7ca3f80e8d4a5100000000",
		"PREFIX_HI":    "a40499119c155e7693cc35ba8b252396821bffa378ac725a6ed1f2fd6487c56a",
	}
	unpack := func(lo, hi string, k int) int64 {
		w := words[lo]
		if k >= 8 {
			w = words[hi]
		}
		v, _ := new(big.Int).SetString(w, 16)
		v.Rsh(v, uint(k%8)*32)
		return new(big.Int).And(v, big.NewInt(0xffffffff)).Int64()
	}
	var sum int64
	for k := 0; k < StepsPerHalving; k++ {
		if got := unpack("MANTISSAS_LO", "MANTISSAS_HI", k); got != mantissas[k] {
			t.Errorf("mantissa %d = %d, contract packs %d", k, mantissas[k], got)
		}
		if got := unpack("PREFIX_LO", "PREFIX_HI", k); got != prefixes[k] {
			t.Errorf("prefix %d = %d, contract packs %d", k, prefixes[k], got)
		}
		// floor(5^12 * 2^(-k/16)) within float64 precision (the values are < 2^28).
		sum += mantissas[k]
	}
	if sum != MantissaSum.Int64() {
		t.Errorf("mantissa sum %d, want %s", sum, MantissaSum)
	}
	if Mantissa(0).Int64()<<MaxHalvings != SlopeOne.Int64() {
		t.Errorf("slope(0) = %d, want 1e12", Mantissa(0).Int64()<<MaxHalvings)
	}
}

func TestLadderParamsCheck(t *testing.T) {
	t.Parallel()
	ok := vectorParams()
	mod := func(f func(*LadderParams)) LadderParams {
		p := ok
		f(&p)
		return p
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	tests := []struct {
		name string
		p    LadderParams
		want error
	}{
		{"defaults", ok, nil},
		{"rankMax 0", mod(func(p *LadderParams) { p.RankMax = 0 }), ErrInvalidRankMax},
		{"rankMax 33", mod(func(p *LadderParams) { p.RankMax = 33 }), ErrInvalidRankMax},
		{"k = 1", mod(func(p *LadderParams) { p.K = WAD }), ErrInvalidGrowth},
		{"k above 16", mod(func(p *LadderParams) { p.K = new(big.Int).Add(KMax, big.NewInt(1)) }), ErrInvalidGrowth},
		{"k = 16", mod(func(p *LadderParams) { p.K = KMax }), nil},
		{"zero base", mod(func(p *LadderParams) { p.Base = new(big.Int) }), ErrZeroBase},
		{"t0 zero", mod(func(p *LadderParams) { p.T0 = 0 }), ErrInvalidReferenceWindow},
		{"t0 above a year", mod(func(p *LadderParams) { p.T0 = MaxDuration + 1 }), ErrInvalidReferenceWindow},
		{"tMin above tMax", mod(func(p *LadderParams) { p.TMin = p.TMax + 1 }), ErrInvalidWindowBounds},
		{"tMin zero", mod(func(p *LadderParams) { p.TMin = 0 }), ErrInvalidWindowBounds},
		{"reveal zero", mod(func(p *LadderParams) { p.RevealPeriod = 0 }), ErrInvalidPhasePeriods},
		{"resolution above a year", mod(func(p *LadderParams) { p.ResolutionPeriod = MaxDuration + 1 }), ErrInvalidPhasePeriods},
		{"burn above 100%", mod(func(p *LadderParams) { p.BurnBps = BPS + 1 }), ErrInvalidBurnBps},
		{"overflow", mod(func(p *LadderParams) { p.Base = huge; p.RankMax = 32; p.K = KMax }), ErrCostOverflow},
	}
	for _, tc := range tests {
		err := tc.p.Check()
		if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: Check() = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestEntryCostBoundsAndMonotonicity(t *testing.T) {
	t.Parallel()
	p := vectorParams()
	if _, err := p.EntryCost(p.RankMax, p.TMax); !errors.Is(err, ErrInvalidRank) {
		t.Errorf("rank = rankMax: %v, want ErrInvalidRank", err)
	}
	if _, err := p.EntryCost(0, p.TMin-1); !errors.Is(err, ErrInvalidWindow) {
		t.Errorf("window below tMin: %v, want ErrInvalidWindow", err)
	}
	if _, err := p.SybilCost(p.RankMax + 1); !errors.Is(err, ErrInvalidRank) {
		t.Errorf("sybil rank above rankMax: %v, want ErrInvalidRank", err)
	}
	if c, err := p.SybilCost(0); err != nil || c.Sign() != 0 {
		t.Errorf("sybilCost(0) = %v, %v; want 0", c, err)
	}
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 200; i++ {
		r := uint8(rng.Intn(int(p.RankMax - 1)))
		w := p.TMin + uint64(rng.Int63n(int64(p.TMax-p.TMin)))
		c, _ := p.EntryCost(r, w)
		up, _ := p.EntryCost(r+1, w)
		longer, _ := p.EntryCost(r, w+1)
		if up.Cmp(c) < 0 {
			t.Fatalf("cost decreases in rank at %d, %d", r, w)
		}
		if longer.Cmp(c) > 0 {
			t.Fatalf("cost increases in window at %d, %d", r, w)
		}
	}
}

func TestConversionProperties(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewSource(11))
	c := ConversionParams{TierGrowth: big.NewInt(2_000_000), HeatScale: bi("10000000000000000000000000"), HalfLife: 7 * day}
	w := c.StepWidth()
	for i := 0; i < 300; i++ {
		h := new(big.Int).Rand(rng, new(big.Int).Mul(c.HeatScale, big.NewInt(15)))
		a := new(big.Int).Rand(rng, new(big.Int).Mul(c.HeatScale, big.NewInt(3)))
		b := new(big.Int).Rand(rng, new(big.Int).Mul(c.HeatScale, big.NewInt(3)))
		// Additive at one instant.
		split := new(big.Int).Add(YieldOf(h, a, w), YieldOf(new(big.Int).Add(h, a), b, w))
		if whole := YieldOf(h, new(big.Int).Add(a, b), w); split.Cmp(whole) != 0 {
			t.Fatalf("split %s != whole %s at h=%s", split, whole, h)
		}
		// Yield non-increasing in heat.
		if YieldOf(new(big.Int).Add(h, b), a, w).Cmp(YieldOf(h, a, w)) > 0 {
			t.Fatalf("yield increased with heat at h=%s", h)
		}
		// Decay monotone in h and dt.
		dt := uint64(rng.Int63n(60 * day))
		if Decay(new(big.Int).Add(h, a), dt, c.HalfLife).Cmp(Decay(h, dt, c.HalfLife)) < 0 {
			t.Fatalf("decay decreased in h")
		}
		if Decay(h, dt+1, c.HalfLife).Cmp(Decay(h, dt, c.HalfLife)) > 0 {
			t.Fatalf("decay increased in dt at %d", dt)
		}
	}
	if got := Decay(big.NewInt(12345), 256*c.HalfLife, c.HalfLife); got.Sign() != 0 {
		t.Errorf("heat after 256 half-lives = %s, want 0", got)
	}
	if got := Decay(big.NewInt(1<<40), 3*c.HalfLife, c.HalfLife); got.Int64() != 1<<37 {
		t.Errorf("whole half-lives halve exactly: got %s", got)
	}
	// Saturation: nothing more is minted from heat 13 H on.
	top := new(big.Int).Mul(c.HeatScale, big.NewInt(13))
	if y := YieldOf(top, c.HeatScale, w); y.Sign() != 0 {
		t.Errorf("yield above 13 H = %s, want 0", y)
	}
	if _, err := c.Convert(Heat{}, 0, 5, 6, big.NewInt(1)); !errors.Is(err, ErrInvalidTier) {
		t.Errorf("tier above rankMax: %v", err)
	}
	if _, err := c.Convert(Heat{}, 0, 5, 1, new(big.Int)); !errors.Is(err, ErrZeroAmount) {
		t.Errorf("zero amount: %v", err)
	}
}

func TestConversionParamsCheck(t *testing.T) {
	t.Parallel()
	ok := ConversionParams{TierGrowth: big.NewInt(2_000_000), HeatScale: big.NewInt(160), HalfLife: 60}
	tests := []struct {
		name string
		c    ConversionParams
		want error
	}{
		{"ok", ok, nil},
		{"g below 1", ConversionParams{big.NewInt(999_999), ok.HeatScale, 60}, ErrInvalidTierGrowth},
		{"g above 4", ConversionParams{big.NewInt(4_000_001), ok.HeatScale, 60}, ErrInvalidTierGrowth},
		{"H not multiple of 16", ConversionParams{ok.TierGrowth, big.NewInt(17), 60}, ErrInvalidHeatScale},
		{"H above 2^200", ConversionParams{ok.TierGrowth, new(big.Int).Add(MaxHeatScale, big.NewInt(16)), 60}, ErrInvalidHeatScale},
		{"zero half-life", ConversionParams{ok.TierGrowth, ok.HeatScale, 0}, ErrInvalidHalfLife},
		{"half-life above 2^32-1", ConversionParams{ok.TierGrowth, ok.HeatScale, MaxHalfLife + 1}, ErrInvalidHalfLife},
	}
	for _, tc := range tests {
		err := tc.c.Check()
		if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: Check() = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestSybilTable(t *testing.T) {
	t.Parallel()
	p := vectorParams()
	rows, err := p.SybilTable()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != int(p.RankMax)+1 {
		t.Fatalf("%d rows, want %d", len(rows), p.RankMax+1)
	}
	for _, r := range rows {
		want, _ := p.SybilCost(r.Rank)
		if r.SybilCost.Cmp(want) != 0 || r.FastCost.Cmp(r.SybilCost) < 0 {
			t.Errorf("rank %d: sybil %s (want %s), fast %s", r.Rank, r.SybilCost, want, r.FastCost)
		}
		if r.PipelinedTime > r.SequentialTime || r.FastTime > r.PipelinedTime {
			t.Errorf("rank %d: times sequential %d, pipelined %d, fast %d out of order", r.Rank, r.SequentialTime, r.PipelinedTime, r.FastTime)
		}
		if r.Rank > 0 {
			entry, _ := p.EntryCost(r.Rank-1, p.TMax)
			if r.EntryTMax.Cmp(entry) != 0 {
				t.Errorf("rank %d: entry at tMax %s, want %s", r.Rank, r.EntryTMax, entry)
			}
		}
	}
	bad := p
	bad.K = WAD
	if _, err := bad.SybilTable(); !errors.Is(err, ErrInvalidGrowth) {
		t.Errorf("table with k = 1: %v", err)
	}
}

func TestCaptureCurve(t *testing.T) {
	t.Parallel()
	c := ConversionParams{TierGrowth: big.NewInt(2_000_000), HeatScale: bi("10000000000000000000000000"), HalfLife: 7 * day}
	ten := e18(10)
	once := c.SpreadMint(1, ten, Spread{})
	if first, _ := c.Convert(Heat{}, 0, 1, 1, ten); once.Cmp(first.Minted) != 0 {
		t.Fatalf("one installment %s, one conversion %s", once, first.Minted)
	}
	prev := once
	for _, h := range []uint64{day, 7 * day, 28 * day, 91 * day} {
		got := c.SpreadMint(1, ten, Spread{Horizon: h, Interval: day})
		if got.Cmp(prev) < 0 {
			t.Fatalf("spreading 10 LAT over %ds minted less (%s) than over a shorter time (%s)", h, got, prev)
		}
		prev = got
	}
	target := new(big.Int).Mul(GovOne, big.NewInt(10))
	for _, s := range []Spread{{}, {Horizon: 7 * day, Interval: day}} {
		need, err := c.CostOfWeight(1, target, s)
		if err != nil {
			t.Fatal(err)
		}
		if c.SpreadMint(1, need, s).Cmp(target) < 0 {
			t.Errorf("%+v: budget %s does not reach the target", s, need)
		}
		less := new(big.Int).Sub(need, new(big.Int).Quo(need, big.NewInt(1000)))
		if c.SpreadMint(1, less, s).Cmp(target) >= 0 {
			t.Errorf("%+v: 0.1%% less than %s also reaches the target", s, need)
		}
	}
	// At once nothing mints more than the saturated integral w * S * (2^13 - 1).
	ceiling := new(big.Int).Mul(c.StepWidth(), MantissaSum)
	ceiling.Mul(ceiling, big.NewInt(1<<13-1))
	if max, _ := c.MaxWeight(1, Spread{}); max.Cmp(ceiling) != 0 {
		t.Errorf("max weight at once %s, want the ceiling %s", max, ceiling)
	}
	if _, err := c.CostOfWeight(1, new(big.Int).Add(ceiling, big.NewInt(1)), Spread{}); !errors.Is(err, ErrUnreachable) {
		t.Errorf("a target above the ceiling: %v, want ErrUnreachable", err)
	}
}
