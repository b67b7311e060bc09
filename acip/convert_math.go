package acip

import (
	"errors"
	"fmt"
	"math/big"
)

// Converter constants, equal to GovernanceConverter's and HeatMath's.
const (
	// StepsPerHalving is the number of steps of the yield curve per halving of the slope.
	StepsPerHalving = 16
	// MaxHalvings is the number of halvings after which the slope is zero (at heat 13 * heatScale).
	MaxHalvings = 12
	// LastStep is the first step index with slope zero: 16 * (MaxHalvings + 1).
	LastStep = StepsPerHalving * (MaxHalvings + 1)
	// MaxHalfLife is the largest heat half-life in seconds (2^32 - 1).
	MaxHalfLife = 1<<32 - 1
	// maxDecayHalvings: whole half-lives after which decay returns zero.
	maxDecayHalvings = 255
	// expTerms is the number of Taylor terms of exp2NegFrac.
	expTerms = 20
)

var (
	// WeightScale is weight(1), the 1e6 fixed-point scale of tier weights and g.
	WeightScale = big.NewInt(1_000_000)
	// MaxTierGrowth is the largest g (4.0 in 1e6 fixed point).
	MaxTierGrowth = big.NewInt(4_000_000)
	// MaxHeatScale is the largest heatScale (2^200).
	MaxHeatScale = new(big.Int).Lsh(big.NewInt(1), 200)
	// SlopeOne is the slope at zero heat: governance units per value unit (5^12 * 2^12 = 1e12).
	SlopeOne = big.NewInt(1_000_000_000_000)
	// MantissaSum is the sum of the 16 mantissas.
	MantissaSum = big.NewInt(2_879_239_579)
	// GovOne is one whole governance token (36 decimals): what one tier-1 LAT mints at zero heat.
	GovOne = new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil)

	// mantissas[k] = floor(5^12 * 2^(-k/16)); prefixes[k] = sum of mantissas[:k].
	mantissas = [StepsPerHalving]int64{
		244140625, 233789863, 223877940, 214386250, 205296976, 196593058, 188258157, 180276629,
		172633491, 165314397, 158305609, 151593971, 145166884, 139012284, 133118619, 127474826,
	}
	prefixes [StepsPerHalving]int64

	one128 = new(big.Int).Lsh(big.NewInt(1), 128)
	// ln2x128 is floor(ln(2) * 2^128).
	ln2x128, _ = new(big.Int).SetString("235865763225513294137944142764154484399", 10)
)

func init() {
	for k := 1; k < StepsPerHalving; k++ {
		prefixes[k] = prefixes[k-1] + mantissas[k-1]
	}
}

var (
	// ErrInvalidTierGrowth is returned when g is outside [1e6, 4e6] (Converter_InvalidTierGrowth).
	ErrInvalidTierGrowth = errors.New("acip: tier growth g must be in [1, 4] (1e6 fixed point)")
	// ErrInvalidHeatScale is returned when heatScale is zero, not a multiple of 16, or above 2^200 (Converter_InvalidHeatScale).
	ErrInvalidHeatScale = errors.New("acip: heat scale must be a positive multiple of 16 not above 2^200")
	// ErrInvalidHalfLife is returned when the half-life is zero or above 2^32 - 1 seconds (Converter_InvalidHalfLife).
	ErrInvalidHalfLife = errors.New("acip: half-life must be in [1, 2^32 - 1] seconds")
	// ErrInvalidTier is returned for a LAT tier outside 1..rankMax (Converter_InvalidTier).
	ErrInvalidTier = errors.New("acip: tier out of range")
	// ErrZeroAmount is returned when converting zero LAT (Converter_ZeroAmount).
	ErrZeroAmount = errors.New("acip: amount must not be zero")
)

// ConversionParams are a converter's parameters: g (TierGrowth, 1e6 fixed
// point), heatScale (value units per halving of the yield) and the heat
// half-life in seconds.
type ConversionParams struct {
	TierGrowth *big.Int
	HeatScale  *big.Int
	HalfLife   uint64
}

// Check validates the parameters as the converter does.
func (c ConversionParams) Check() error {
	switch {
	case c.TierGrowth == nil || c.TierGrowth.Cmp(WeightScale) < 0 || c.TierGrowth.Cmp(MaxTierGrowth) > 0:
		return fmt.Errorf("%w (got %s)", ErrInvalidTierGrowth, c.TierGrowth)
	case c.HeatScale == nil || c.HeatScale.Sign() <= 0 || new(big.Int).Rem(c.HeatScale, big.NewInt(StepsPerHalving)).Sign() != 0 || c.HeatScale.Cmp(MaxHeatScale) > 0:
		return fmt.Errorf("%w (got %s)", ErrInvalidHeatScale, c.HeatScale)
	case c.HalfLife == 0 || c.HalfLife > MaxHalfLife:
		return fmt.Errorf("%w (got %d)", ErrInvalidHalfLife, c.HalfLife)
	}
	return nil
}

// StepWidth is w = heatScale / 16, the heat width of one step of the yield curve.
func (c ConversionParams) StepWidth() *big.Int {
	return new(big.Int).Quo(c.HeatScale, big.NewInt(StepsPerHalving))
}

// TierWeight is weight(tier): weight(1) = 1e6, weight(t+1) = floor(weight(t) * g / 1e6).
// Tiers below 1 return weight(1); the converter rejects them before weighting.
func TierWeight(g *big.Int, tier uint8) *big.Int {
	w := new(big.Int).Set(WeightScale)
	for i := uint8(1); i < tier; i++ {
		w.Mul(w, g)
		w.Quo(w, WeightScale)
	}
	return w
}

// Mantissa returns floor(5^12 * 2^(-k/16)) for k in 0..15.
func Mantissa(k int) *big.Int { return big.NewInt(mantissas[k]) }

// Slope is the yield per value unit at heat x for step width w (> 0):
// MANTISSA[k] << (12 - q) with j = x / w, q = j / 16, k = j % 16, and 0 from
// q > 12 on.
func Slope(x, w *big.Int) *big.Int {
	j := new(big.Int).Quo(x, w)
	if !j.IsInt64() || j.Int64() >= LastStep {
		return new(big.Int)
	}
	q, k := j.Int64()/StepsPerHalving, j.Int64()%StepsPerHalving
	return new(big.Int).Lsh(big.NewInt(mantissas[k]), uint(MaxHalvings-q))
}

// Cumulative is the closed form of sum_{x < h} slope(x) for step width w (> 0),
// exactly HeatMath.cumulative.
func Cumulative(h, w *big.Int) *big.Int {
	j := new(big.Int).Quo(h, w)
	if !j.IsInt64() || j.Int64() >= LastStep {
		out := new(big.Int).Mul(w, MantissaSum)
		return out.Mul(out, big.NewInt(1<<(MaxHalvings+1)-1))
	}
	q, k := j.Int64()/StepsPerHalving, j.Int64()%StepsPerHalving
	shift := uint(MaxHalvings - q)
	steps := new(big.Int).Lsh(MantissaSum, MaxHalvings+1)
	steps.Sub(steps, new(big.Int).Lsh(MantissaSum, shift+1))
	steps.Add(steps, new(big.Int).Lsh(big.NewInt(prefixes[k]), shift))
	out := steps.Mul(steps, w)
	rem := new(big.Int).Sub(h, new(big.Int).Mul(j, w))
	rem.Mul(rem, new(big.Int).Lsh(big.NewInt(mantissas[k]), shift))
	return out.Add(out, rem)
}

// YieldOf is what converting value v at heat h mints: Cumulative(h+v) - Cumulative(h).
func YieldOf(h, v, w *big.Int) *big.Int {
	return new(big.Int).Sub(Cumulative(new(big.Int).Add(h, v), w), Cumulative(h, w))
}

// Exp2NegFrac approximates 2^(-f / 2^64) in 128-bit fixed point for f < 2^64,
// exactly as HeatMath.exp2NegFrac: y = floor(f * ln2 * 2^128 / 2^64), then
// r = 2^128 - floor(floor(y * r / 2^128) / i) for i = 20..1 from r = 2^128.
func Exp2NegFrac(f *big.Int) *big.Int {
	y := new(big.Int).Mul(f, ln2x128)
	y.Rsh(y, 64)
	r := new(big.Int).Set(one128)
	t := new(big.Int)
	for i := int64(expTerms); i > 0; i-- {
		t.Mul(y, r)
		t.Rsh(t, 128)
		t.Quo(t, big.NewInt(i))
		r.Sub(one128, t)
	}
	return r
}

// Decay is heat h after elapsed seconds with the given half-life (> 0), exactly
// HeatMath.decay: floor(floor(h * E(f) / 2^128) / 2^n) with n = elapsed / halfLife
// and f = floor((elapsed % halfLife) * 2^64 / halfLife); zero after 256 half-lives.
func Decay(h *big.Int, elapsed, halfLife uint64) *big.Int {
	if h.Sign() == 0 || elapsed == 0 {
		return new(big.Int).Set(h)
	}
	n := elapsed / halfLife
	if n > maxDecayHalvings {
		return new(big.Int)
	}
	f := new(big.Int).Lsh(new(big.Int).SetUint64(elapsed%halfLife), 64)
	f.Quo(f, new(big.Int).SetUint64(halfLife))
	out := new(big.Int).Mul(h, Exp2NegFrac(f))
	out.Rsh(out, 128)
	return out.Rsh(out, uint(n))
}

// Heat is an account's stored heat record: heat in value units right after its
// last conversion, and that conversion's timestamp.
type Heat struct {
	Heat      *big.Int
	UpdatedAt uint64
}

// At is the heat decayed to time now (now >= UpdatedAt), the converter's heatOf.
func (c ConversionParams) At(h Heat, now uint64) *big.Int {
	if h.Heat == nil {
		return new(big.Int)
	}
	return Decay(h.Heat, now-h.UpdatedAt, c.HalfLife)
}

// Conversion is the outcome of converting LAT into governance weight.
type Conversion struct {
	// Value is amount * weight(tier), in value units.
	Value *big.Int
	// HeatBefore is the account's heat decayed to the conversion time.
	HeatBefore *big.Int
	// Minted is the governance units minted (36 decimals).
	Minted *big.Int
	// Next is the account's heat record after the conversion.
	Next Heat
}

// Convert computes what the converter does when an account with heat record h
// converts amount LAT of tier at time now: value, decayed heat, minted units,
// and the new record. It checks the tier against rankMax and a zero amount.
func (c ConversionParams) Convert(h Heat, now uint64, rankMax, tier uint8, amount *big.Int) (Conversion, error) {
	if amount == nil || amount.Sign() <= 0 {
		return Conversion{}, ErrZeroAmount
	}
	if tier == 0 || tier > rankMax {
		return Conversion{}, fmt.Errorf("%w: %d not in 1..%d", ErrInvalidTier, tier, rankMax)
	}
	value := new(big.Int).Mul(amount, TierWeight(c.TierGrowth, tier))
	before := c.At(h, now)
	minted := YieldOf(before, value, c.StepWidth())
	return Conversion{
		Value: value, HeatBefore: before, Minted: minted,
		Next: Heat{Heat: new(big.Int).Add(before, value), UpdatedAt: now},
	}, nil
}
