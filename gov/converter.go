// Package gov provides clients for a DIP guild's governance: the converter
// that burns LAT into governance weight, the ERC20Votes guild token, and the
// Governor whose passed proposals the timelock executes.
package gov

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/converter"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/lat"
)

var (
	// ErrInsufficientLAT is returned when the signer holds fewer LAT of the tier than it wants to convert.
	ErrInsufficientLAT = errors.New("gov: LAT balance below the amount to convert")
	// ErrNoConvertedEvent is returned when a convert receipt lacks its Converted event.
	ErrNoConvertedEvent = errors.New("gov: convert receipt has no Converted event")
)

var converterBinding = converter.NewGovernanceConverter()

// Converter is a client for a guild's GovernanceConverter.
type Converter struct {
	addr common.Address
	b    chain.Backend
}

// AttachConverter returns a client for the converter at addr.
func AttachConverter(addr common.Address, b chain.Backend) *Converter {
	return &Converter{addr: addr, b: b}
}

// Address returns the converter's address.
func (c *Converter) Address() common.Address { return c.addr }

// Params reads g, heatScale and the half-life.
func (c *Converter) Params(ctx context.Context) (acip.ConversionParams, error) {
	g, err := call(ctx, c.b, c.addr, converterBinding.PackTierGrowth(), converterBinding.UnpackTierGrowth)
	if err != nil {
		return acip.ConversionParams{}, err
	}
	h, err := call(ctx, c.b, c.addr, converterBinding.PackHeatScale(), converterBinding.UnpackHeatScale)
	if err != nil {
		return acip.ConversionParams{}, err
	}
	tau, err := call(ctx, c.b, c.addr, converterBinding.PackHalfLife(), converterBinding.UnpackHalfLife)
	if err != nil {
		return acip.ConversionParams{}, err
	}
	return acip.ConversionParams{TierGrowth: g, HeatScale: h, HalfLife: tau}, nil
}

// TierWeight reads weight(tier); an invalid tier is a decoded Converter_InvalidTier.
func (c *Converter) TierWeight(ctx context.Context, tier uint8) (*big.Int, error) {
	return call(ctx, c.b, c.addr, converterBinding.PackTierWeight(tier), converterBinding.UnpackTierWeight)
}

// HeatOf reads account's heat decayed to the latest block.
func (c *Converter) HeatOf(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, c.b, c.addr, converterBinding.PackHeatOf(account), converterBinding.UnpackHeatOf)
}

// HeatRecord reads account's stored heat record.
func (c *Converter) HeatRecord(ctx context.Context, account common.Address) (acip.Heat, error) {
	h, err := call(ctx, c.b, c.addr, converterBinding.PackHeatRecord(account), converterBinding.UnpackHeatRecord)
	if err != nil {
		return acip.Heat{}, err
	}
	return acip.Heat{Heat: h.Heat, UpdatedAt: h.UpdatedAt}, nil
}

// Preview returns the value and governance units account would get for
// converting amount LAT of tier at the latest block.
func (c *Converter) Preview(ctx context.Context, account common.Address, tier uint8, amount *big.Int) (value, minted *big.Int, err error) {
	out, err := call(ctx, c.b, c.addr, converterBinding.PackPreviewConvert(account, tier, amount), converterBinding.UnpackPreviewConvert)
	if err != nil {
		return nil, nil, err
	}
	return out.Value, out.Minted, nil
}

// Ladder returns the guild's ladder the converter reads LAT addresses from.
func (c *Converter) Ladder(ctx context.Context) (common.Address, error) {
	return call(ctx, c.b, c.addr, converterBinding.PackLadder(), converterBinding.UnpackLadder)
}

// GuildToken returns the governance token the converter mints.
func (c *Converter) GuildToken(ctx context.Context) (common.Address, error) {
	return call(ctx, c.b, c.addr, converterBinding.PackGuildToken(), converterBinding.UnpackGuildToken)
}

// Conversion is one executed conversion, as the Converted event reports it.
type Conversion struct {
	Account common.Address
	Tier    uint8
	Amount  *big.Int
	Value   *big.Int
	// Heat is the account's decayed heat before the conversion.
	Heat   *big.Int
	Minted *big.Int
}

// Convert burns amount LAT of tier from the signer into governance tokens.
// It previews the conversion (so an invalid tier fails as
// Converter_InvalidTier before anything is sent), checks the LAT balance,
// approves the amount to the converter when the allowance is short, and
// converts with minMinted as slippage bound (nil: none). The receipts are the
// approval (if any) and the conversion.
func (c *Converter) Convert(ctx context.Context, opts *bind.TransactOpts, tier uint8, amount, minMinted *big.Int) (*Conversion, []*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, nil, acip.ErrZeroAmount
	}
	if minMinted == nil {
		minMinted = new(big.Int)
	}
	if _, _, err := c.Preview(ctx, opts.From, tier, amount); err != nil {
		return nil, nil, err
	}
	ladder, err := c.Ladder(ctx)
	if err != nil {
		return nil, nil, err
	}
	latAddr, err := acip.AttachLadder(ladder, c.b).LatOf(ctx, tier)
	if err != nil {
		return nil, nil, err
	}
	var receipts []*types.Receipt
	bal, err := call(ctx, c.b, latAddr, latBinding.PackBalanceOf(opts.From), latBinding.UnpackBalanceOf)
	if err != nil {
		return nil, nil, err
	}
	if bal.Cmp(amount) < 0 {
		return nil, nil, fmt.Errorf("%w: %s holds %s units of tier %d, wants to convert %s", ErrInsufficientLAT, opts.From.Hex(), bal, tier, amount)
	}
	allowance, err := call(ctx, c.b, latAddr, latBinding.PackAllowance(opts.From, c.addr), latBinding.UnpackAllowance)
	if err != nil {
		return nil, nil, err
	}
	if allowance.Cmp(amount) < 0 {
		r, err := lat.Attach(latAddr, c.b).Approve(ctx, opts, c.addr, amount)
		if err != nil {
			return nil, nil, err
		}
		receipts = append(receipts, r)
	}
	r, err := chain.Transact(ctx, c.b, opts, c.addr, converterBinding.PackConvert(tier, amount, minMinted), acip.ErrorABIs()...)
	if r != nil {
		receipts = append(receipts, r)
	}
	if err != nil {
		return nil, receipts, fmt.Errorf("gov: convert %s of tier %d: %w", amount, tier, err)
	}
	for _, l := range r.Logs {
		if l.Address != c.addr {
			continue
		}
		if ev, err := converterBinding.UnpackConvertedEvent(l); err == nil {
			return &Conversion{Account: ev.Account, Tier: ev.Tier, Amount: ev.Amount, Value: ev.Value, Heat: ev.Heat, Minted: ev.Minted}, receipts, nil
		}
	}
	return nil, receipts, ErrNoConvertedEvent
}

// SetParams sends setConversionParams directly, for a signer that is the
// converter's governance (factory guilds: the timelock, so use SetParamsCall
// in a proposal instead).
func (c *Converter) SetParams(ctx context.Context, opts *bind.TransactOpts, p acip.ConversionParams) (*types.Receipt, error) {
	return chain.Transact(ctx, c.b, opts, c.addr, SetParamsCall(p), acip.ErrorABIs()...)
}

// SetParamsCall is the calldata of setConversionParams, for proposals.
func SetParamsCall(p acip.ConversionParams) []byte {
	return converterBinding.PackSetConversionParams(p.TierGrowth, p.HeatScale, p.HalfLife)
}

// call runs a view call and decodes its result, decoding reverts against every guild ABI.
func call[T any](ctx context.Context, b chain.Backend, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, b, to, data, acip.ErrorABIs()...)
	if err != nil {
		return zero, fmt.Errorf("gov: call %s: %w", to.Hex(), err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("gov: decode result from %s: %w", to.Hex(), err)
	}
	return v, nil
}
