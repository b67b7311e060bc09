package acip

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"

	authoritybind "github.com/dip-market/dip/bindings/authority"
	"github.com/dip-market/dip/bindings/converter"
	escrowbind "github.com/dip-market/dip/bindings/escrow"
	"github.com/dip-market/dip/bindings/governor"
	"github.com/dip-market/dip/bindings/guildfactory"
	"github.com/dip-market/dip/bindings/guildtoken"
	ladderbind "github.com/dip-market/dip/bindings/ladder"
	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/bindings/mockerc20"
	settlementbind "github.com/dip-market/dip/bindings/settlement"
	"github.com/dip-market/dip/bindings/tallyverifier"
	"github.com/dip-market/dip/bindings/timelock"
	"github.com/dip-market/dip/internal/chain"
)

// Record names of the contracts dip deploys (keys in deployments/<chainId>.json).
const (
	// FactoryName is the GuildFactory's record name.
	FactoryName = "GuildFactory"
	// MockPaymentName is the record name of the development payment token.
	MockPaymentName = "MockERC20"
)

var (
	factoryBinding = guildfactory.NewGuildFactory()
	ladderBinding  = ladderbind.NewCapabilityLadder()
	erc20Binding   = mockerc20.NewMockERC20()

	// FactoryABI, LadderABI and the others are the parsed ABIs of the guild
	// contracts, for decoding their custom errors.
	FactoryABI   = chain.MustABI(&guildfactory.GuildFactoryMetaData)
	LadderABI    = chain.MustABI(&ladderbind.CapabilityLadderMetaData)
	LATABI       = chain.MustABI(&latbind.LiquidAccessTokenMetaData)
	ConverterABI = chain.MustABI(&converter.GovernanceConverterMetaData)
	TokenABI     = chain.MustABI(&guildtoken.GuildTokenMetaData)
	GovernorABI  = chain.MustABI(&governor.GuildGovernorMetaData)
	TimelockABI  = chain.MustABI(&timelock.GuildTimelockMetaData)
	// EscrowABI, SettlementABI and AuthorityABI carry the errors of the
	// suite's escrow, Settlement and authority registry (Escrow_BadConfig,
	// Settlement_BadConfig, ... bubble up through createGuild).
	EscrowABI     = chain.MustABI(&escrowbind.TripartiteEscrowMetaData)
	SettlementABI = chain.MustABI(&settlementbind.SettlementMetaData)
	AuthorityABI  = chain.MustABI(&authoritybind.AuthorityRegistryMetaData)
	// ERC20ABI carries OpenZeppelin's ERC-20 errors (insufficient balance or allowance).
	ERC20ABI = chain.MustABI(&mockerc20.MockERC20MetaData)
)

// ErrorABIs lists every ABI whose custom errors a guild transaction can revert
// with (component errors bubble up through the factory and the governor), so
// chain.DecodeRevert can name any of them.
func ErrorABIs() []*abi.ABI {
	return []*abi.ABI{FactoryABI, LadderABI, LATABI, ConverterABI, TokenABI, GovernorABI, TimelockABI,
		EscrowABI, SettlementABI, AuthorityABI, ERC20ABI}
}

// Implementation is one contract the factory clones, or (TallyVerifier) the
// shared contract it hands to every guild's Settlement.
type Implementation struct {
	// Name is the contract's name and its key in the deployment record.
	Name string
	// Field is the field of IGuildFactory.Implementations it fills.
	Field string
	// Meta holds its ABI and creation code.
	Meta *bind.MetaData
}

// implementations lists, in deployment order, every address the factory's
// constructor takes (IGuildFactory.Implementations): the implementations it
// clones and the stateless TallyVerifier every guild's Settlement shares. A
// component added to the factory adds a line here.
var implementations = []Implementation{
	{Name: "LiquidAccessToken", Field: "Lat", Meta: &latbind.LiquidAccessTokenMetaData},
	{Name: "CapabilityLadder", Field: "Ladder", Meta: &ladderbind.CapabilityLadderMetaData},
	{Name: "GuildToken", Field: "GuildToken", Meta: &guildtoken.GuildTokenMetaData},
	{Name: "GovernanceConverter", Field: "Converter", Meta: &converter.GovernanceConverterMetaData},
	{Name: "GuildTimelock", Field: "Timelock", Meta: &timelock.GuildTimelockMetaData},
	{Name: "GuildGovernor", Field: "Governor", Meta: &governor.GuildGovernorMetaData},
	{Name: "TripartiteEscrow", Field: "Escrow", Meta: &escrowbind.TripartiteEscrowMetaData},
	{Name: "Settlement", Field: "Settlement", Meta: &settlementbind.SettlementMetaData},
	{Name: "AuthorityRegistry", Field: "Authority", Meta: &authoritybind.AuthorityRegistryMetaData},
	{Name: "TallyVerifier", Field: "TallyVerifier", Meta: &tallyverifier.TallyVerifierMetaData},
}

// Implementations returns the contracts dip deploys for the factory's constructor.
func Implementations() []Implementation { return append([]Implementation(nil), implementations...) }

// ErrUnknownImplementation is returned when the factory's constructor takes an
// implementation this package has no entry for (the factory grew a component).
var ErrUnknownImplementation = errors.New("acip: the factory takes an implementation dip does not know; add it to acip.implementations")

// ImplementationsStruct builds the factory's constructor argument from
// addresses keyed by record name, field by field, so a new component in the
// binding is an error here rather than a silent zero address.
func ImplementationsStruct(addrs map[string]common.Address) (guildfactory.IGuildFactoryImplementations, error) {
	var out guildfactory.IGuildFactoryImplementations
	v := reflect.ValueOf(&out).Elem()
	for i := 0; i < v.NumField(); i++ {
		field := v.Type().Field(i).Name
		var impl *Implementation
		for j := range implementations {
			if implementations[j].Field == field {
				impl = &implementations[j]
			}
		}
		if impl == nil {
			return out, fmt.Errorf("%w: field %s", ErrUnknownImplementation, field)
		}
		a, ok := addrs[impl.Name]
		if !ok || a == (common.Address{}) {
			return out, fmt.Errorf("acip: no address for implementation %s", impl.Name)
		}
		v.Field(i).Set(reflect.ValueOf(a))
	}
	return out, nil
}

// ExpectedCode runs creation code (with any constructor arguments appended)
// in a local EVM and returns what a correct deployment at addr leaves on
// chain: the code at addr and the code of every contract its constructor
// created (at CreateAddress(addr, 1), (addr, 2), ...), keyed by address.
// Addresses created during the local run are replaced by the ones the
// deployment at addr creates, so code embedding them (an immutable holding
// a contract the constructor deployed, or its own address) still matches;
// the chain id and other environment values are not handled.
func ExpectedCode(creation []byte, addr common.Address) (map[common.Address][]byte, error) {
	cfg := &runtime.Config{}
	code, local, _, err := runtime.Create(creation, cfg)
	if err != nil {
		return nil, fmt.Errorf("acip: run creation code locally: %w", err)
	}
	type created struct {
		local, deployed common.Address
		code            []byte
	}
	all := []created{{local, addr, code}}
	for n := uint64(1); ; n++ {
		child := crypto.CreateAddress(local, n)
		c := cfg.State.GetCode(child)
		if len(c) == 0 {
			break
		}
		all = append(all, created{child, crypto.CreateAddress(addr, n), c})
	}
	out := make(map[common.Address][]byte, len(all))
	for _, c := range all {
		code := bytes.Clone(c.code)
		for _, m := range all {
			code = bytes.ReplaceAll(code, m.local[:], m.deployed[:])
		}
		out[c.deployed] = code
	}
	return out, nil
}
