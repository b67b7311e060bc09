package acip

import (
	"errors"
	"math"
	"math/big"
)

// SybilRow is one rank of the Sybil table: what it costs, and how long it
// takes at least, to climb from rank 0 to Rank by winning one competition per
// rank, at the cheapest window (TMax) and at the fastest (TMin).
type SybilRow struct {
	Rank uint8
	// EntryTMin, EntryT0 and EntryTMax are the entry costs of the competition
	// that promotes to Rank (its rank is Rank-1) at windows TMin, t0 and TMax;
	// nil for rank 0. EntryT0 is base * kPow(Rank-1) / 1e18 whether or not t0
	// lies within the window bounds.
	EntryTMin, EntryT0, EntryTMax *big.Int
	// SybilCost is the ladder's sybilCost(Rank): the climb at window TMax.
	SybilCost *big.Int
	// FastCost is the climb at window TMin.
	FastCost *big.Int
	// SequentialTime is the duration in seconds of the climb at TMax windows
	// when each competition opens as the previous one resolves:
	// Rank * (TMax + revealPeriod + 1), the +1 because the resolver may only
	// report after the reveal deadline.
	SequentialTime uint64
	// PipelinedTime and FastTime are the shortest climbs at TMax and TMin
	// windows: anyone may open competitions, and an entrant may commit at the
	// last second of a window, so with competitions opened revealPeriod + 1
	// apart the window is waited out once: window + Rank * (revealPeriod + 1).
	// Both leave out the resolver's own latency (a Settlement challenge window).
	PipelinedTime, FastTime uint64
}

// SybilTable returns one row per rank 0..RankMax. The parameters must pass Check.
func (p LadderParams) SybilTable() ([]SybilRow, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	rows := make([]SybilRow, 0, int(p.RankMax)+1)
	for r := 0; r <= int(p.RankMax); r++ {
		row := SybilRow{Rank: uint8(r)}
		var err error
		if row.SybilCost, err = p.SybilCost(uint8(r)); err != nil {
			return nil, err
		}
		if row.FastCost, err = p.ClimbCost(uint8(r), p.TMin); err != nil {
			return nil, err
		}
		if r > 0 {
			kPow := KPow(p.K, r-1)
			row.EntryTMin = p.cost(kPow, p.TMin)
			row.EntryT0 = p.cost(kPow, p.T0)
			row.EntryTMax = p.cost(kPow, p.TMax)
		}
		if r > 0 {
			row.SequentialTime = uint64(r) * (p.TMax + p.RevealPeriod + 1)
			row.PipelinedTime = p.TMax + uint64(r)*(p.RevealPeriod+1)
			row.FastTime = p.TMin + uint64(r)*(p.RevealPeriod+1)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// Spread is a schedule of conversions: Installments() equal parts, the first
// at time 0 and the last at Horizon seconds, about Interval seconds apart. A
// zero Horizon is one conversion.
type Spread struct {
	Horizon  uint64
	Interval uint64
}

// Installments is the number of conversions: 1 for a zero horizon, otherwise
// Horizon/Interval + 1 and at least 2.
func (s Spread) Installments() uint64 {
	if s.Horizon == 0 {
		return 1
	}
	n := uint64(2)
	if s.Interval > 0 && s.Horizon/s.Interval+1 > n {
		n = s.Horizon/s.Interval + 1
	}
	return n
}

// SpreadMint is what one fresh account mints by converting amount LAT of tier
// in equal installments on schedule s (the remainder of the split goes to the
// last installment, so exactly amount is burned), by the converter's integer
// math.
func (c ConversionParams) SpreadMint(tier uint8, amount *big.Int, s Spread) *big.Int {
	n := s.Installments()
	part, rem := new(big.Int).QuoRem(amount, new(big.Int).SetUint64(n), new(big.Int))
	weight := TierWeight(c.TierGrowth, tier)
	w := c.StepWidth()
	heat, at := new(big.Int), uint64(0)
	total := new(big.Int)
	for i := uint64(0); i < n; i++ {
		now := uint64(0)
		if n > 1 {
			now = s.Horizon * i / (n - 1)
		}
		a := part
		if i == n-1 {
			a = new(big.Int).Add(part, rem)
		}
		h := Decay(heat, now-at, c.HalfLife)
		v := new(big.Int).Mul(a, weight)
		total.Add(total, YieldOf(h, v, w))
		heat, at = h.Add(h, v), now
	}
	return total
}

// ErrUnreachable is returned when no budget up to the search limit mints the
// target weight on the given schedule (the yield saturates: see MaxWeight).
var ErrUnreachable = errors.New("acip: target weight unreachable on this schedule")

// Budget search range in LAT units: 1e-3 .. 1e12 whole tokens.
var (
	minBudget = new(big.Int).Exp(big.NewInt(10), big.NewInt(15), nil)
	maxBudget = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)
)

// budgetGrid returns budgets from minBudget to maxBudget, each sqrt(2) times the last.
func budgetGrid() []*big.Int {
	var out []*big.Int
	lo, _ := new(big.Float).SetInt(minBudget).Float64()
	hi, _ := new(big.Float).SetInt(maxBudget).Float64()
	for x := lo; x <= hi*1.0000001; x *= math.Sqrt2 {
		v, _ := big.NewFloat(x).Int(nil)
		out = append(out, v)
	}
	return out
}

// CostOfWeight returns the smallest budget of tier-`tier` LAT (in LAT units, to
// within 1e-6 relative) whose SpreadMint on schedule s reaches target
// governance units, or ErrUnreachable. It scans budgets geometrically for the
// first that reaches the target and bisects below it, so the answer is the
// smallest crossing even where minting more LAT at once mints less in total.
func (c ConversionParams) CostOfWeight(tier uint8, target *big.Int, s Spread) (*big.Int, error) {
	lo := new(big.Int)
	for _, x := range budgetGrid() {
		if c.SpreadMint(tier, x, s).Cmp(target) >= 0 {
			return c.bisect(tier, target, s, lo, x), nil
		}
		lo = x
	}
	return nil, ErrUnreachable
}

// bisect narrows (lo, hi], where hi reaches the target and lo does not.
func (c ConversionParams) bisect(tier uint8, target *big.Int, s Spread, lo, hi *big.Int) *big.Int {
	lo, hi = new(big.Int).Set(lo), new(big.Int).Set(hi)
	tol := new(big.Int).Quo(hi, big.NewInt(1_000_000))
	for new(big.Int).Sub(hi, lo).Cmp(tol) > 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if c.SpreadMint(tier, mid, s).Cmp(target) >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// MaxWeight returns the most governance units one account can mint on
// schedule s, whatever its budget, and a budget that achieves it (the best
// budget on a sqrt(2) grid, refined by a golden-section search around it).
func (c ConversionParams) MaxWeight(tier uint8, s Spread) (minted, budget *big.Int) {
	grid := budgetGrid()
	best := 0
	bestV := new(big.Int)
	for i, x := range grid {
		if v := c.SpreadMint(tier, x, s); v.Cmp(bestV) > 0 {
			best, bestV = i, v
		}
	}
	lo := grid[max(best-1, 0)]
	hi := grid[min(best+1, len(grid)-1)]
	f := func(x *big.Int) *big.Int { return c.SpreadMint(tier, x, s) }
	budget = grid[best]
	a, b := new(big.Float).SetInt(lo), new(big.Float).SetInt(hi)
	phi := big.NewFloat((math.Sqrt(5) - 1) / 2)
	for i := 0; i < 40; i++ {
		d := new(big.Float).Mul(new(big.Float).Sub(b, a), phi)
		x1, _ := new(big.Float).Sub(b, d).Int(nil)
		x2, _ := new(big.Float).Add(a, d).Int(nil)
		v1, v2 := f(x1), f(x2)
		if v1.Cmp(bestV) > 0 {
			bestV, budget = v1, x1
		}
		if v2.Cmp(bestV) > 0 {
			bestV, budget = v2, x2
		}
		if v1.Cmp(v2) >= 0 {
			b = new(big.Float).SetInt(x2)
		} else {
			a = new(big.Float).SetInt(x1)
		}
	}
	return bestV, budget
}
