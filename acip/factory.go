package acip

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/bindings/guildfactory"
	"github.com/dip-market/dip/internal/chain"
)

// ErrNoGuildEvent is returned when a createGuild receipt lacks its GuildCreated event.
var ErrNoGuildEvent = errors.New("acip: createGuild receipt has no GuildCreated event")

// GovernanceParams are a new guild's governance settings (IGuildFactory.GovernanceParams).
type GovernanceParams struct {
	// VotingDelay is in blocks from proposal creation to the vote snapshot and start.
	VotingDelay uint64
	// VotingPeriod is in blocks; non-zero.
	VotingPeriod uint32
	// ProposalThreshold is in governance token units (36 decimals).
	ProposalThreshold *big.Int
	// QuorumPercent is the quorum in percent (0..100) of the supply at the snapshot.
	QuorumPercent uint64
	// TimelockDelay is the timelock's minimum delay in seconds.
	TimelockDelay uint64
	// Conversion are the converter's parameters.
	Conversion ConversionParams
}

// GuildParams is everything needed to create a guild.
type GuildParams struct {
	Name   string
	Symbol string
	// Resolver initially holds the ladder's RESOLVER_ROLE; zero for none yet.
	Resolver common.Address
	// Ladder parameters; a zero Treasury means the guild's timelock.
	Ladder     LadderParams
	Governance GovernanceParams
}

// DefaultGuildParams are the parameters of docs/economics.md's tables and of
// the contract tests' fixture: base 100 tokens (18 decimals), k = 2, t0 = 1 day,
// windows 1 hour..7 days, reveal 1 day, resolution 2 days, 10% burn, five
// ranks; voting delay 1 block, period 50 blocks, no proposal threshold, 4%
// quorum, 1 day timelock; g = 2, heat scale 1e25 (ten tier-1 LAT), half-life 7 days.
func DefaultGuildParams(name, symbol string, paymentToken common.Address) GuildParams {
	return GuildParams{
		Name: name, Symbol: symbol,
		Ladder: LadderParams{
			PaymentToken: paymentToken,
			Base:         new(big.Int).Mul(big.NewInt(100), WAD),
			K:            new(big.Int).Mul(big.NewInt(2), WAD),
			T0:           day, TMin: 3600, TMax: 7 * day,
			RevealPeriod: day, ResolutionPeriod: 2 * day,
			BurnBps: 1000, RankMax: 5,
		},
		Governance: GovernanceParams{
			VotingDelay: 1, VotingPeriod: 50, ProposalThreshold: new(big.Int),
			QuorumPercent: 4, TimelockDelay: day,
			Conversion: ConversionParams{
				TierGrowth: big.NewInt(2_000_000),
				HeatScale:  new(big.Int).Mul(big.NewInt(10), new(big.Int).Mul(WAD, WeightScale)),
				HalfLife:   7 * day,
			},
		},
	}
}

const day = 24 * 60 * 60

// Check validates the parameters the way the factory and the components will,
// so a caller can refuse bad input before paying for a reverted transaction.
func (p GuildParams) Check() error {
	if p.Name == "" || p.Symbol == "" {
		return errors.New("acip: guild name and symbol must not be empty")
	}
	if p.Ladder.PaymentToken == (common.Address{}) {
		return errors.New("acip: payment token address must not be zero")
	}
	if err := p.Ladder.Check(); err != nil {
		return err
	}
	if err := p.Governance.Conversion.Check(); err != nil {
		return err
	}
	if p.Governance.VotingPeriod == 0 {
		return errors.New("acip: voting period must be at least one block")
	}
	if p.Governance.QuorumPercent > 100 {
		return fmt.Errorf("acip: quorum %d%% is above 100%%", p.Governance.QuorumPercent)
	}
	if p.Governance.VotingDelay >= 1<<48 {
		return fmt.Errorf("acip: voting delay %d does not fit in 48 bits", p.Governance.VotingDelay)
	}
	return nil
}

// Binding converts the parameters into the factory binding's struct. Fields
// the binding has and GuildParams does not (components added later) stay zero.
func (p GuildParams) Binding() guildfactory.IGuildFactoryGuildParams {
	l, g := p.Ladder, p.Governance
	threshold := g.ProposalThreshold
	if threshold == nil {
		threshold = new(big.Int)
	}
	return guildfactory.IGuildFactoryGuildParams{
		Name: p.Name, Symbol: p.Symbol, Resolver: p.Resolver,
		Ladder: guildfactory.ICapabilityLadderParams{
			PaymentToken: l.PaymentToken, Treasury: l.Treasury, Base: orZero(l.Base), K: orZero(l.K),
			T0: l.T0, TMin: l.TMin, TMax: l.TMax, RevealPeriod: l.RevealPeriod, ResolutionPeriod: l.ResolutionPeriod,
			BurnBps: l.BurnBps, RankMax: l.RankMax,
		},
		Governance: guildfactory.IGuildFactoryGovernanceParams{
			VotingDelay: new(big.Int).SetUint64(g.VotingDelay), VotingPeriod: g.VotingPeriod,
			ProposalThreshold: threshold, QuorumNumerator: new(big.Int).SetUint64(g.QuorumPercent),
			TimelockDelay: new(big.Int).SetUint64(g.TimelockDelay),
			TierGrowth:    orZero(g.Conversion.TierGrowth), HeatScale: orZero(g.Conversion.HeatScale), HalfLife: g.Conversion.HalfLife,
		},
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Suite is one guild's contracts: the factory binding's Suite (ladder, guild
// token, converter, timelock, governor, LATs, and whatever components the
// factory adds later) and the guild's id.
type Suite struct {
	GuildID *big.Int
	guildfactory.IGuildFactorySuite
}

// LAT returns the LAT address of tier (1..len(Lats)), or the zero address.
func (s Suite) LAT(tier uint8) common.Address {
	if tier == 0 || int(tier) > len(s.Lats) {
		return common.Address{}
	}
	return s.Lats[tier-1]
}

// Addresses flattens the suite into name -> address for the deployment
// record: each address field under its Solidity name ("ladder", "guildToken"),
// and LAT tier t as "lat<t>". It walks the binding struct, so fields added to
// IGuildFactory.Suite are recorded without changes here.
func (s Suite) Addresses() map[string]common.Address {
	out := map[string]common.Address{}
	v := reflect.ValueOf(s.IGuildFactorySuite)
	for i := 0; i < v.NumField(); i++ {
		name := lowerFirst(v.Type().Field(i).Name)
		switch f := v.Field(i).Interface().(type) {
		case common.Address:
			out[name] = f
		case []common.Address:
			prefix := strings.TrimSuffix(name, "s")
			for j, a := range f {
				out[prefix+strconv.Itoa(j+1)] = a
			}
		}
	}
	return out
}

// SuiteFromAddresses is the inverse of Addresses. Fields missing from m (a
// guild recorded before a component existed) stay zero.
func SuiteFromAddresses(m map[string]common.Address) Suite {
	var s Suite
	v := reflect.ValueOf(&s.IGuildFactorySuite).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := lowerFirst(v.Type().Field(i).Name)
		switch v.Field(i).Interface().(type) {
		case common.Address:
			v.Field(i).Set(reflect.ValueOf(m[name]))
		case []common.Address:
			prefix := strings.TrimSuffix(name, "s")
			var list []common.Address
			for j := 1; ; j++ {
				a, ok := m[prefix+strconv.Itoa(j)]
				if !ok {
					break
				}
				list = append(list, a)
			}
			v.Field(i).Set(reflect.ValueOf(list))
		}
	}
	return s
}

// AddressNames returns the keys of Addresses in a stable order for printing:
// components first in declaration order, then LATs by tier.
func (s Suite) AddressNames() []string {
	m := s.Addresses()
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	rank := func(n string) (int, int) {
		if strings.HasPrefix(n, "lat") {
			t, err := strconv.Atoi(n[3:])
			if err == nil {
				return 1, t
			}
		}
		t := reflect.TypeOf(s.IGuildFactorySuite)
		for i := 0; i < t.NumField(); i++ {
			if lowerFirst(t.Field(i).Name) == n {
				return 0, i
			}
		}
		return 2, 0
	}
	sort.Slice(names, func(i, j int) bool {
		gi, oi := rank(names[i])
		gj, oj := rank(names[j])
		if gi != gj {
			return gi < gj
		}
		if oi != oj {
			return oi < oj
		}
		return names[i] < names[j]
	})
	return names
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// Factory is a client for a deployed GuildFactory.
type Factory struct {
	addr common.Address
	b    chain.Backend
}

// AttachFactory returns a client for the factory at addr.
func AttachFactory(addr common.Address, b chain.Backend) *Factory { return &Factory{addr: addr, b: b} }

// Address returns the factory's address.
func (f *Factory) Address() common.Address { return f.addr }

// DeployFactory deploys a GuildFactory cloning the given implementations.
func DeployFactory(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, impls guildfactory.IGuildFactoryImplementations) (*Factory, *types.Receipt, error) {
	code := append(common.FromHex(guildfactory.GuildFactoryMetaData.Bin), factoryBinding.PackConstructor(impls)...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, ErrorABIs()...)
	if err != nil {
		return nil, r, fmt.Errorf("acip: deploy factory: %w", err)
	}
	return AttachFactory(addr, b), r, nil
}

// CreateGuild deploys a guild's suite in one transaction and returns its
// addresses as the factory's GuildCreated event reports them. A parameter a
// component rejects comes back as its decoded custom error (for example
// Ladder_InvalidGrowth(k=...)); GuildParams.Check catches the same earlier.
func (f *Factory) CreateGuild(ctx context.Context, opts *bind.TransactOpts, p GuildParams) (*Suite, *types.Receipt, error) {
	data, err := factoryBinding.TryPackCreateGuild(p.Binding())
	if err != nil {
		return nil, nil, fmt.Errorf("acip: encode guild parameters: %w", err)
	}
	r, err := chain.Transact(ctx, f.b, opts, f.addr, data, ErrorABIs()...)
	if err != nil {
		return nil, r, fmt.Errorf("acip: create guild %q: %w", p.Name, err)
	}
	for _, l := range r.Logs {
		if l.Address != f.addr {
			continue
		}
		ev, err := factoryBinding.UnpackGuildCreatedEvent(l)
		if err != nil {
			continue
		}
		return &Suite{GuildID: ev.GuildId, IGuildFactorySuite: ev.Suite}, r, nil
	}
	return nil, r, ErrNoGuildEvent
}

// SuiteOf reads guild id's suite; an unknown id is a decoded Factory_UnknownGuild.
func (f *Factory) SuiteOf(ctx context.Context, id *big.Int) (*Suite, error) {
	s, err := call(ctx, f.b, f.addr, factoryBinding.PackSuiteOf(id), factoryBinding.UnpackSuiteOf)
	if err != nil {
		return nil, err
	}
	return &Suite{GuildID: new(big.Int).Set(id), IGuildFactorySuite: s}, nil
}

// PredictSuite returns the addresses guild id gets (or got) with rankMax tiers.
func (f *Factory) PredictSuite(ctx context.Context, id *big.Int, rankMax uint8) (*Suite, error) {
	s, err := call(ctx, f.b, f.addr, factoryBinding.PackPredictSuite(id, rankMax), factoryBinding.UnpackPredictSuite)
	if err != nil {
		return nil, err
	}
	return &Suite{GuildID: new(big.Int).Set(id), IGuildFactorySuite: s}, nil
}

// GuildCount returns the number of guilds created (also the last id).
func (f *Factory) GuildCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, f.b, f.addr, factoryBinding.PackGuildCount(), factoryBinding.UnpackGuildCount)
}

// Implementations returns the implementations the factory clones.
func (f *Factory) Implementations(ctx context.Context) (guildfactory.IGuildFactoryImplementations, error) {
	return call(ctx, f.b, f.addr, factoryBinding.PackImplementations(), factoryBinding.UnpackImplementations)
}

// call runs a view call and decodes its result, decoding reverts against every guild ABI.
func call[T any](ctx context.Context, b chain.Backend, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, b, to, data, ErrorABIs()...)
	if err != nil {
		return zero, fmt.Errorf("acip: call %s: %w", to.Hex(), err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("acip: decode result from %s: %w", to.Hex(), err)
	}
	return v, nil
}
