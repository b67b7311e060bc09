// Package acip provides the capability ladder (ACIP) of a DIP guild in Go: the
// exact integer math of entry costs, Sybil costs and the conversion of LAT into
// governance weight (bit for bit what the contracts compute, see
// docs/economics.md), typed clients for the guild factory and the ladder, and
// the idempotent deployment of the factory with its implementations.
package acip

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Ladder constants, equal to CapabilityLadder's.
const (
	// RankMaxLimit is the largest rankMax (one LAT tier per rank 1..rankMax).
	RankMaxLimit = 32
	// MaxDuration bounds every duration parameter, in seconds (365 days).
	MaxDuration = 365 * 24 * 60 * 60
	// BPS is the basis-point denominator of the burn share.
	BPS = 10_000
)

var (
	// WAD is the 1e18 fixed-point scale of k.
	WAD = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	// KMax is the largest per-rank growth k (16.0).
	KMax = new(big.Int).Mul(big.NewInt(16), WAD)
	// LATReward is what a promoted winner receives: one whole LAT of the next tier.
	LATReward = new(big.Int).Set(WAD)

	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

var (
	// ErrInvalidRankMax is returned when rankMax is outside 1..32 (Ladder_InvalidRankMax).
	ErrInvalidRankMax = errors.New("acip: rankMax must be in 1..32")
	// ErrInvalidGrowth is returned when k is outside (1e18, 16e18] (Ladder_InvalidGrowth).
	ErrInvalidGrowth = errors.New("acip: k must be above 1 and at most 16 (1e18 fixed point)")
	// ErrZeroBase is returned when base is zero (Ladder_ZeroBase).
	ErrZeroBase = errors.New("acip: base must not be zero")
	// ErrInvalidReferenceWindow is returned when t0 is zero or above 365 days (Ladder_InvalidReferenceWindow).
	ErrInvalidReferenceWindow = errors.New("acip: t0 must be in (0, 365 days]")
	// ErrInvalidWindowBounds is returned unless 0 < tMin <= tMax <= 365 days (Ladder_InvalidWindowBounds).
	ErrInvalidWindowBounds = errors.New("acip: window bounds must satisfy 0 < tMin <= tMax <= 365 days")
	// ErrInvalidPhasePeriods is returned when a phase period is zero or above 365 days (Ladder_InvalidPhasePeriods).
	ErrInvalidPhasePeriods = errors.New("acip: reveal and resolution periods must be in (0, 365 days]")
	// ErrInvalidBurnBps is returned when the burn share exceeds 10_000 bps (Ladder_InvalidBurnBps).
	ErrInvalidBurnBps = errors.New("acip: burn share must be at most 10000 bps")
	// ErrCostOverflow is returned when base * kPow(rankMax) * t0 does not fit in 256 bits (Ladder_CostOverflow).
	ErrCostOverflow = errors.New("acip: base * k^rankMax * t0 overflows 256 bits")
	// ErrInvalidRank is returned for a competition rank not below rankMax, or a Sybil rank above it (Ladder_InvalidRank).
	ErrInvalidRank = errors.New("acip: rank out of range")
	// ErrInvalidWindow is returned for a competition window outside [tMin, tMax] (Ladder_InvalidWindow).
	ErrInvalidWindow = errors.New("acip: window outside [tMin, tMax]")
)

// LadderParams are a ladder's parameters (ICapabilityLadder.Params). Durations
// are in seconds; Base is in payment-token units; K is 1e18 fixed point.
type LadderParams struct {
	PaymentToken     common.Address
	Treasury         common.Address
	Base             *big.Int
	K                *big.Int
	T0               uint64
	TMin             uint64
	TMax             uint64
	RevealPeriod     uint64
	ResolutionPeriod uint64
	BurnBps          uint16
	RankMax          uint8
}

// Check validates the numeric parameters exactly as the ladder's initializer
// and setters do (addresses are not checked: the factory substitutes the
// timelock for a zero treasury). The first violated bound is returned, in the
// contract's order.
func (p LadderParams) Check() error {
	switch {
	case p.RankMax == 0 || p.RankMax > RankMaxLimit:
		return fmt.Errorf("%w (got %d)", ErrInvalidRankMax, p.RankMax)
	case p.K == nil || p.K.Cmp(WAD) <= 0 || p.K.Cmp(KMax) > 0:
		return fmt.Errorf("%w (got %s)", ErrInvalidGrowth, p.K)
	case p.Base == nil || p.Base.Sign() <= 0:
		return ErrZeroBase
	case p.T0 == 0 || p.T0 > MaxDuration:
		return fmt.Errorf("%w (got %d)", ErrInvalidReferenceWindow, p.T0)
	case p.TMin == 0 || p.TMin > p.TMax || p.TMax > MaxDuration:
		return fmt.Errorf("%w (got tMin %d, tMax %d)", ErrInvalidWindowBounds, p.TMin, p.TMax)
	case p.RevealPeriod == 0 || p.RevealPeriod > MaxDuration || p.ResolutionPeriod == 0 || p.ResolutionPeriod > MaxDuration:
		return fmt.Errorf("%w (got %d, %d)", ErrInvalidPhasePeriods, p.RevealPeriod, p.ResolutionPeriod)
	case p.BurnBps > BPS:
		return fmt.Errorf("%w (got %d)", ErrInvalidBurnBps, p.BurnBps)
	}
	// Math.tryMul(base, kPow(rankMax)) then tryMul(n, t0): each product must fit.
	n := new(big.Int).Mul(p.Base, KPow(p.K, int(p.RankMax)))
	if n.Cmp(maxUint256) > 0 {
		return ErrCostOverflow
	}
	if n.Mul(n, new(big.Int).SetUint64(p.T0)).Cmp(maxUint256) > 0 {
		return ErrCostOverflow
	}
	return nil
}

// KPow returns kPow(n): kPow(0) = 1e18, kPow(i+1) = floor(kPow(i) * k / 1e18).
func KPow(k *big.Int, n int) *big.Int {
	p := new(big.Int).Set(WAD)
	for i := 0; i < n; i++ {
		p.Mul(p, k)
		p.Quo(p, WAD)
	}
	return p
}

// cost is floor(base * kPow * t0 / (window * 1e18)).
func (p LadderParams) cost(kPow *big.Int, window uint64) *big.Int {
	num := new(big.Int).Mul(p.Base, kPow)
	num.Mul(num, new(big.Int).SetUint64(p.T0))
	den := new(big.Int).Mul(new(big.Int).SetUint64(window), WAD)
	return num.Quo(num, den)
}

// EntryCost is the ladder's entryCost(rank, window): the fee of a competition
// for rank with the given window (seconds). It needs rank < RankMax and
// TMin <= window <= TMax.
func (p LadderParams) EntryCost(rank uint8, window uint64) (*big.Int, error) {
	if rank >= p.RankMax {
		return nil, fmt.Errorf("%w: competitions exist for ranks 0..%d, not %d", ErrInvalidRank, int(p.RankMax)-1, rank)
	}
	if window < p.TMin || window > p.TMax {
		return nil, fmt.Errorf("%w: %ds not in [%d, %d]", ErrInvalidWindow, window, p.TMin, p.TMax)
	}
	return p.cost(KPow(p.K, int(rank)), window), nil
}

// SybilCost is the ladder's sybilCost(rank): the entry fees of the cheapest
// climb from rank 0 to rank (one won competition per rank at window TMax),
// each term floored separately. It needs rank <= RankMax.
func (p LadderParams) SybilCost(rank uint8) (*big.Int, error) {
	return p.ClimbCost(rank, p.TMax)
}

// ClimbCost is the sum of entry costs of ranks 0..rank-1 at one window: with
// window TMax it equals SybilCost, with TMin it is the price of the fastest climb.
func (p LadderParams) ClimbCost(rank uint8, window uint64) (*big.Int, error) {
	if rank > p.RankMax {
		return nil, fmt.Errorf("%w: ranks go up to %d, not %d", ErrInvalidRank, p.RankMax, rank)
	}
	if window < p.TMin || window > p.TMax {
		return nil, fmt.Errorf("%w: %ds not in [%d, %d]", ErrInvalidWindow, window, p.TMin, p.TMax)
	}
	total := new(big.Int)
	kPow := new(big.Int).Set(WAD)
	for r := uint8(0); r < rank; r++ {
		total.Add(total, p.cost(kPow, window))
		kPow.Mul(kPow, p.K)
		kPow.Quo(kPow, WAD)
	}
	return total, nil
}

// FeeSplit splits a resolved competition's pot: burned = pot * burnBps / 10_000,
// the rest to the treasury.
func FeeSplit(pot *big.Int, burnBps uint16) (toTreasury, burned *big.Int) {
	burned = new(big.Int).Mul(pot, big.NewInt(int64(burnBps)))
	burned.Quo(burned, big.NewInt(BPS))
	return new(big.Int).Sub(pot, burned), burned
}
