package acip_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/converter"
	"github.com/dip-market/dip/bindings/guildtoken"
	ladderbind "github.com/dip-market/dip/bindings/ladder"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/gov"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// The Go mirror and the contracts agree on random parameters: each error the
// Go checks predict is the contract's revert, and every cost, Sybil cost,
// weight, decayed heat and minted amount is equal to the unit.

// revertOf maps the Go sentinels to the contracts' custom errors.
var revertOf = map[error]string{
	acip.ErrInvalidGrowth:          "Ladder_InvalidGrowth",
	acip.ErrZeroBase:               "Ladder_ZeroBase",
	acip.ErrInvalidReferenceWindow: "Ladder_InvalidReferenceWindow",
	acip.ErrInvalidWindowBounds:    "Ladder_InvalidWindowBounds",
	acip.ErrCostOverflow:           "Ladder_CostOverflow",
	acip.ErrInvalidRank:            "Ladder_InvalidRank",
	acip.ErrInvalidWindow:          "Ladder_InvalidWindow",
	acip.ErrInvalidTierGrowth:      "Converter_InvalidTierGrowth",
	acip.ErrInvalidHeatScale:       "Converter_InvalidHeatScale",
	acip.ErrInvalidHalfLife:        "Converter_InvalidHalfLife",
	acip.ErrInvalidTier:            "Converter_InvalidTier",
}

// sameOutcome fails unless Go's error and the chain's revert name the same failure.
func sameOutcome(t *testing.T, what string, goErr, chainErr error) {
	t.Helper()
	switch {
	case goErr == nil && chainErr == nil:
	case goErr == nil:
		t.Fatalf("%s: Go accepts, the contract reverts: %v", what, chainErr)
	case chainErr == nil:
		t.Fatalf("%s: the contract accepts, Go rejects: %v", what, goErr)
	default:
		re, ok := chain.AsRevert(chainErr)
		for sentinel, name := range revertOf {
			if errors.Is(goErr, sentinel) {
				if !ok || re.Name != name {
					t.Fatalf("%s: Go says %v, the contract %v", what, goErr, chainErr)
				}
				return
			}
		}
		t.Fatalf("%s: Go error %v has no contract counterpart", what, goErr)
	}
}

func deployClone(t *testing.T, c *devchain.Chain, bin string) common.Address {
	t.Helper()
	ctx := context.Background()
	impl, _, err := chain.Deploy(ctx, c.Client(), c.Transactor(deployer), common.FromHex(bin))
	if err != nil {
		t.Fatal(err)
	}
	clone, _, err := chain.Deploy(ctx, c.Client(), c.Transactor(deployer), chain.CloneInitCode(impl))
	if err != nil {
		t.Fatal(err)
	}
	return clone
}

func ladderBindingParams(p acip.LadderParams) ladderbind.ICapabilityLadderParams {
	return ladderbind.ICapabilityLadderParams{
		PaymentToken: p.PaymentToken, Treasury: p.Treasury, Base: p.Base, K: p.K, T0: p.T0, TMin: p.TMin, TMax: p.TMax,
		RevealPeriod: p.RevealPeriod, ResolutionPeriod: p.ResolutionPeriod, BurnBps: p.BurnBps, RankMax: p.RankMax,
	}
}

// standaloneLadder clones a ladder whose governance is the deployer, so the
// test sets parameters directly; lats are the given addresses.
func standaloneLadder(t *testing.T, c *devchain.Chain, p acip.LadderParams, lats []common.Address) *acip.Ladder {
	t.Helper()
	addr := deployClone(t, c, ladderbind.CapabilityLadderMetaData.Bin)
	data := ladderbind.NewCapabilityLadder().PackInitialize(ladderBindingParams(p), lats, c.Address(deployer), common.Address{})
	if _, err := chain.Transact(context.Background(), c.Client(), c.Transactor(deployer), addr, data, acip.ErrorABIs()...); err != nil {
		t.Fatalf("initialize ladder: %v", err)
	}
	return acip.AttachLadder(addr, c.Client())
}

// randBig returns a uniform number below 2^bits, bits itself uniform in [1, maxBits].
func randBig(rng *rand.Rand, maxBits int) *big.Int {
	bits := 1 + rng.Intn(maxBits)
	return new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
}

func randDuration(rng *rand.Rand) uint64 {
	switch rng.Intn(4) {
	case 0:
		return 1 + uint64(rng.Intn(100))
	case 1:
		return acip.MaxDuration - uint64(rng.Intn(3))
	default:
		return 1 + uint64(rng.Int63n(acip.MaxDuration))
	}
}

func TestLadderMathAgreesWithContract(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(1))
	defer c.Close()
	ctx := context.Background()
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("seed %d", seed)
	opts := c.Transactor(deployer)
	accepted, rejected := 0, 0
	defer func() {
		// Both outcomes must have been compared, or the test proved nothing.
		if !t.Failed() && (accepted == 0 || rejected == 0) {
			t.Errorf("random cost parameters: %d accepted, %d rejected; want both", accepted, rejected)
		}
	}()

	for _, rankMax := range []uint8{1, 7, 32} {
		p := acip.LadderParams{
			PaymentToken: common.HexToAddress("0x1"), Treasury: common.HexToAddress("0x2"),
			Base: big.NewInt(1), K: new(big.Int).Add(acip.WAD, big.NewInt(1)), T0: 1, TMin: 1, TMax: 1,
			RevealPeriod: 1, ResolutionPeriod: 1, RankMax: rankMax,
		}
		lats := make([]common.Address, rankMax)
		for i := range lats {
			lats[i] = common.BigToAddress(big.NewInt(int64(100 + i)))
		}
		l := standaloneLadder(t, c, p, lats)
		for round := 0; round < 12; round++ {
			next := p
			next.Base = randBig(rng, 240)
			next.K = new(big.Int).Add(acip.WAD, randBig(rng, 64))
			if rng.Intn(8) == 0 {
				next.K = new(big.Int).Set(acip.KMax)
			}
			next.T0 = randDuration(rng)
			_, chainErr := l.Send(ctx, opts, acip.SetCostParamsCall(next.Base, next.K, next.T0))
			sameOutcome(t, fmt.Sprintf("setCostParams(%s, %s, %d) rankMax %d", next.Base, next.K, next.T0, rankMax), next.Check(), chainErr)
			if chainErr == nil {
				p = next
				accepted++
			} else {
				rejected++
			}
			next = p
			next.TMin, next.TMax = randDuration(rng), randDuration(rng)
			if next.TMin > next.TMax && rng.Intn(4) > 0 {
				next.TMin, next.TMax = next.TMax, next.TMin
			}
			_, chainErr = l.Send(ctx, opts, acip.SetWindowBoundsCall(next.TMin, next.TMax))
			sameOutcome(t, fmt.Sprintf("setWindowBounds(%d, %d)", next.TMin, next.TMax), next.Check(), chainErr)
			if chainErr == nil {
				p = next
			}
			onChain, err := l.Params(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if onChain.Base.Cmp(p.Base) != 0 || onChain.K.Cmp(p.K) != 0 || onChain.TMin != p.TMin || onChain.TMax != p.TMax {
				t.Fatalf("params on chain %+v, Go tracked %+v", onChain, p)
			}
			for r := 0; r <= int(rankMax)+1; r++ {
				want, goErr := p.SybilCost(uint8(r))
				got, chainErr := l.SybilCost(ctx, uint8(r))
				sameOutcome(t, fmt.Sprintf("sybilCost(%d)", r), goErr, chainErr)
				if goErr == nil && got.Cmp(want) != 0 {
					t.Fatalf("sybilCost(%d) with %+v: contract %s, Go %s", r, p, got, want)
				}
			}
			for i := 0; i < 6; i++ {
				rank := uint8(rng.Intn(int(rankMax) + 1))
				window := p.TMin + uint64(rng.Int63n(int64(p.TMax-p.TMin)+1))
				if i == 5 {
					window = p.TMax + 1
				}
				want, goErr := p.EntryCost(rank, window)
				got, chainErr := l.EntryCost(ctx, rank, window)
				sameOutcome(t, fmt.Sprintf("entryCost(%d, %d)", rank, window), goErr, chainErr)
				if goErr == nil && got.Cmp(want) != 0 {
					t.Fatalf("entryCost(%d, %d) with %+v: contract %s, Go %s", rank, window, p, got, want)
				}
			}
		}
	}
}

func TestConversionMathAgreesWithContract(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(3))
	defer c.Close()
	ctx := context.Background()
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("seed %d", seed)
	const rankMax = 6
	minter, holder := deployer, 1
	opts := c.Transactor(deployer)

	// LATs minted by the deployer, a ladder listing them, a guild token minted
	// by the converter, and the converter governed by the deployer.
	lats := make([]common.Address, rankMax)
	for i := range lats {
		lats[i] = deployClone(t, c, latbind.LiquidAccessTokenMetaData.Bin)
		data := latbind.NewLiquidAccessToken().PackInitialize(fmt.Sprintf("T%d", i+1), fmt.Sprintf("T%d", i+1), c.Address(deployer), uint8(i+1), c.Address(minter))
		if _, err := chain.Transact(ctx, c.Client(), opts, lats[i], data, acip.ErrorABIs()...); err != nil {
			t.Fatal(err)
		}
	}
	lp := acip.DefaultGuildParams("x", "x", common.HexToAddress("0x1")).Ladder
	lp.Treasury, lp.RankMax = common.HexToAddress("0x2"), rankMax
	l := standaloneLadder(t, c, lp, lats)
	convAddr := deployClone(t, c, converter.GovernanceConverterMetaData.Bin)
	tokenAddr := deployClone(t, c, guildtoken.GuildTokenMetaData.Bin)
	if _, err := chain.Transact(ctx, c.Client(), opts, tokenAddr, guildtoken.NewGuildToken().PackInitialize("G", "G", convAddr), acip.ErrorABIs()...); err != nil {
		t.Fatal(err)
	}
	cp := acip.ConversionParams{TierGrowth: big.NewInt(2_000_000), HeatScale: big.NewInt(1 << 20), HalfLife: 3600}
	init := converter.NewGovernanceConverter().PackInitialize(l.Address(), tokenAddr, c.Address(deployer), cp.TierGrowth, cp.HeatScale, cp.HalfLife)
	if _, err := chain.Transact(ctx, c.Client(), opts, convAddr, init, acip.ErrorABIs()...); err != nil {
		t.Fatal(err)
	}
	conv := gov.AttachConverter(convAddr, c.Client())
	huge := new(big.Int).Lsh(big.NewInt(1), 100)
	for tier := 1; tier <= rankMax; tier++ {
		if _, err := lat.Attach(lats[tier-1], c.Client()).Mint(ctx, opts, c.Address(holder), huge); err != nil {
			t.Fatal(err)
		}
	}

	heat := acip.Heat{Heat: new(big.Int)}
	changed := 0
	defer func() {
		if !t.Failed() && changed == 0 {
			t.Error("no random conversion parameter set was accepted")
		}
	}()
	for round := 0; round < 8; round++ {
		next := acip.ConversionParams{
			TierGrowth: new(big.Int).Add(big.NewInt(900_000), big.NewInt(rng.Int63n(3_200_000))),
			HeatScale:  new(big.Int).Mul(randBig(rng, 90), big.NewInt(int64(1+rng.Intn(2)*15))),
			HalfLife:   1 + uint64(rng.Int63n(30*24*3600)),
		}
		if rng.Intn(6) == 0 {
			next.HalfLife = 0
		}
		if round%2 == 0 {
			// Every other round is valid, so conversions run under several parameter sets.
			next.TierGrowth = new(big.Int).Add(acip.WeightScale, big.NewInt(rng.Int63n(3_000_001)))
			next.HeatScale = new(big.Int).Mul(new(big.Int).Add(randBig(rng, 90), big.NewInt(1)), big.NewInt(16))
			next.HalfLife = 1 + uint64(rng.Int63n(30*24*3600))
		}
		_, chainErr := conv.SetParams(ctx, opts, next)
		sameOutcome(t, fmt.Sprintf("setConversionParams(%s, %s, %d)", next.TierGrowth, next.HeatScale, next.HalfLife), next.Check(), chainErr)
		if chainErr == nil {
			cp = next
			changed++
		}
		for tier := uint8(0); tier <= rankMax+1; tier++ {
			want := acip.TierWeight(cp.TierGrowth, tier)
			got, chainErr := conv.TierWeight(ctx, tier)
			var goErr error
			if tier == 0 || tier > rankMax {
				goErr = acip.ErrInvalidTier
			}
			sameOutcome(t, fmt.Sprintf("tierWeight(%d)", tier), goErr, chainErr)
			if goErr == nil && got.Cmp(want) != 0 {
				t.Fatalf("tierWeight(%d), g = %s: contract %s, Go %s", tier, cp.TierGrowth, got, want)
			}
		}
		for i := 0; i < 5; i++ {
			// Wait a random time: within a half-life, several half-lives, or beyond 255.
			var wait uint64
			switch rng.Intn(4) {
			case 0:
				wait = uint64(rng.Int63n(int64(cp.HalfLife) + 1))
			case 1:
				wait = cp.HalfLife * uint64(1+rng.Intn(20))
			case 2:
				wait = 256 * cp.HalfLife
			}
			if wait > 0 {
				if err := c.AdvanceTime(time.Duration(wait) * time.Second); err != nil {
					t.Fatal(err)
				}
			}
			head, err := c.Client().HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := conv.HeatOf(ctx, c.Address(holder))
			if err != nil {
				t.Fatal(err)
			}
			if want := cp.At(heat, head.Time); got.Cmp(want) != 0 {
				t.Fatalf("heatOf after %ds (half-life %d, record %+v): contract %s, Go %s", head.Time-heat.UpdatedAt, cp.HalfLife, heat, got, want)
			}
			tier := uint8(1 + rng.Intn(rankMax))
			amount := new(big.Int).Add(randBig(rng, 80), big.NewInt(1))
			conversion, receipts, err := conv.Convert(ctx, c.Transactor(holder), tier, amount, nil)
			if err != nil {
				t.Fatalf("convert: %v", err)
			}
			r := receipts[len(receipts)-1]
			block, err := c.Client().HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			want, err := cp.Convert(heat, block.Time, rankMax, tier, amount)
			if err != nil {
				t.Fatal(err)
			}
			if conversion.Minted.Cmp(want.Minted) != 0 || conversion.Heat.Cmp(want.HeatBefore) != 0 || conversion.Value.Cmp(want.Value) != 0 {
				t.Fatalf("convert %s of tier %d at heat %s (params %+v): contract minted %s at heat %s, Go %s at %s",
					amount, tier, heat.Heat, cp, conversion.Minted, conversion.Heat, want.Minted, want.HeatBefore)
			}
			heat = want.Next
			if rec, err := conv.HeatRecord(ctx, c.Address(holder)); err != nil || rec.Heat.Cmp(heat.Heat) != 0 || rec.UpdatedAt != heat.UpdatedAt {
				t.Fatalf("heat record %+v (%v), Go %+v", rec, err, heat)
			}
		}
	}
}
