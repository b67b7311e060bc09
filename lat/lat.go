// Package lat provides a client for Liquid Access Tokens (LAT): deploying or
// attaching to a token, minting, transferring, redeeming one token for an
// asset, reading the recorded access grants, and following AccessGranted
// events, which is what key holders check before releasing a data key.
package lat

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	latbind "github.com/dip-market/dip/bindings/lat"
	"github.com/dip-market/dip/internal/chain"
)

// One is one whole token (18 decimals): the amount a redemption burns.
var One = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

var (
	// ErrNoGrantEvent is returned when a redemption receipt lacks its AccessGranted event.
	ErrNoGrantEvent = errors.New("lat: redemption receipt has no AccessGranted event")
	// ErrZeroAsset is returned when redeeming for the zero asset id.
	ErrZeroAsset = errors.New("lat: asset id must not be zero")
)

var (
	binding = latbind.NewLiquidAccessToken()
	// ABI is the token's parsed ABI, for decoding its custom errors elsewhere.
	ABI = chain.MustABI(&latbind.LiquidAccessTokenMetaData)
)

// Grant is one redemption: who may receive the data key for which asset.
type Grant struct {
	ID          common.Hash
	AssetID     common.Hash
	Holder      common.Address
	Tier        uint8
	BlockNumber uint64
	TxHash      common.Hash
	// Token is the LAT contract that recorded the grant.
	Token common.Address
}

// Params are a token's fixed settings, set once at initialization.
type Params struct {
	Name   string
	Symbol string
	Guild  common.Address
	Tier   uint8
	Minter common.Address
}

// Check validates the parameters before anything is sent.
func (p Params) Check() error {
	switch {
	case p.Name == "" || p.Symbol == "":
		return errors.New("lat: name and symbol must not be empty")
	case p.Tier == 0 || p.Tier > 32:
		return fmt.Errorf("lat: tier %d out of range 1..32", p.Tier)
	case p.Guild == (common.Address{}):
		return errors.New("lat: guild address must not be zero")
	case p.Minter == (common.Address{}):
		return errors.New("lat: minter address must not be zero")
	}
	return nil
}

// Deployment records the transactions that created a token.
type Deployment = chain.CloneDeployment

// DeployImplementation deploys the LAT implementation contract, which clones delegate to.
func DeployImplementation(ctx context.Context, b chain.Backend, opts *bind.TransactOpts) (common.Address, *types.Receipt, error) {
	addr, r, err := chain.Deploy(ctx, b, opts, common.FromHex(latbind.LiquidAccessTokenMetaData.Bin), ABI)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("lat: deploy implementation: %w", err)
	}
	return addr, r, nil
}

// Deploy creates a standalone token: an EIP-1167 clone of impl (deployed first
// when impl is the zero address), then initialized with p. Guilds get their
// tokens from GuildFactory, which clones and initializes in one transaction;
// this path is for tests, demos and single-token setups, and it fails loudly if
// anyone initialized the clone between the two transactions.
func Deploy(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, impl common.Address, p Params) (*Token, *Deployment, error) {
	if err := p.Check(); err != nil {
		return nil, nil, err
	}
	data := binding.PackInitialize(p.Name, p.Symbol, p.Guild, p.Tier, p.Minter)
	d, err := chain.DeployClone(ctx, b, opts, impl, common.FromHex(latbind.LiquidAccessTokenMetaData.Bin), data, ABI)
	if err != nil {
		return nil, d, fmt.Errorf("lat: %w", err)
	}
	return Attach(d.Address, b), d, nil
}

// Token is a client for one deployed LAT.
type Token struct {
	addr common.Address
	b    chain.Backend
}

// Attach returns a client for the token at addr.
func Attach(addr common.Address, b chain.Backend) *Token { return &Token{addr: addr, b: b} }

// Address returns the token's address.
func (t *Token) Address() common.Address { return t.addr }

// Mint mints amount to `to`; only the token's minter may.
func (t *Token) Mint(ctx context.Context, opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, t.b, opts, t.addr, binding.PackMint(to, amount), ABI)
	if err != nil {
		return r, fmt.Errorf("lat: mint %s to %s: %w", amount, to.Hex(), err)
	}
	return r, nil
}

// Transfer moves amount from the signer to `to`.
func (t *Token) Transfer(ctx context.Context, opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, t.b, opts, t.addr, binding.PackTransfer(to, amount), ABI)
	if err != nil {
		return r, fmt.Errorf("lat: transfer %s to %s: %w", amount, to.Hex(), err)
	}
	return r, nil
}

// Approve lets spender move up to amount of the signer's tokens.
func (t *Token) Approve(ctx context.Context, opts *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, t.b, opts, t.addr, binding.PackApprove(spender, amount), ABI)
	if err != nil {
		return r, fmt.Errorf("lat: approve %s for %s: %w", amount, spender.Hex(), err)
	}
	return r, nil
}

// Redeem burns one whole token of the signer for assetID and returns the grant.
func (t *Token) Redeem(ctx context.Context, opts *bind.TransactOpts, assetID common.Hash) (*Grant, *types.Receipt, error) {
	if assetID == (common.Hash{}) {
		return nil, nil, ErrZeroAsset
	}
	r, err := chain.Transact(ctx, t.b, opts, t.addr, binding.PackRedeem(assetID), ABI)
	if err != nil {
		return nil, r, fmt.Errorf("lat: redeem for asset %s: %w", assetID.Hex(), err)
	}
	for _, l := range r.Logs {
		if g, err := t.parseGrant(l); err == nil {
			return g, r, nil
		}
	}
	return nil, r, ErrNoGrantEvent
}

// BalanceOf returns the balance of account.
func (t *Token) BalanceOf(ctx context.Context, account common.Address) (*big.Int, error) {
	return call(ctx, t, binding.PackBalanceOf(account), binding.UnpackBalanceOf)
}

// TotalSupply returns the token's total supply.
func (t *Token) TotalSupply(ctx context.Context) (*big.Int, error) {
	return call(ctx, t, binding.PackTotalSupply(), binding.UnpackTotalSupply)
}

// Info is a token's metadata.
type Info struct {
	Address     common.Address
	Name        string
	Symbol      string
	Tier        uint8
	Guild       common.Address
	Minter      common.Address
	TotalSupply *big.Int
	Redemptions *big.Int
}

// Info reads the token's metadata in a handful of calls.
func (t *Token) Info(ctx context.Context) (Info, error) {
	in := Info{Address: t.addr}
	var err error
	if in.Name, err = call(ctx, t, binding.PackName(), binding.UnpackName); err != nil {
		return in, err
	}
	if in.Symbol, err = call(ctx, t, binding.PackSymbol(), binding.UnpackSymbol); err != nil {
		return in, err
	}
	if in.Tier, err = call(ctx, t, binding.PackTier(), binding.UnpackTier); err != nil {
		return in, err
	}
	if in.Guild, err = call(ctx, t, binding.PackGuild(), binding.UnpackGuild); err != nil {
		return in, err
	}
	if in.Minter, err = call(ctx, t, binding.PackMinter(), binding.UnpackMinter); err != nil {
		return in, err
	}
	if in.TotalSupply, err = t.TotalSupply(ctx); err != nil {
		return in, err
	}
	in.Redemptions, err = call(ctx, t, binding.PackRedemptions(), binding.UnpackRedemptions)
	return in, err
}

// Grant reads the grant recorded under id; an unknown id returns a decoded
// LAT_UnknownGrant revert.
func (t *Token) Grant(ctx context.Context, id common.Hash) (*Grant, error) {
	g, err := call(ctx, t, binding.PackGrant(id), binding.UnpackGrant)
	if err != nil {
		return nil, err
	}
	return &Grant{ID: id, AssetID: g.AssetId, Holder: g.Holder, Tier: g.Tier, BlockNumber: g.BlockNumber, Token: t.addr}, nil
}

// FilterGrants returns the AccessGranted events in blocks [from, to]; a nil
// `to` means the latest block.
func (t *Token) FilterGrants(ctx context.Context, from uint64, to *uint64) ([]Grant, error) {
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{t.addr},
		Topics:    [][]common.Hash{{ABI.Events["AccessGranted"].ID}},
	}
	if to != nil {
		q.ToBlock = new(big.Int).SetUint64(*to)
	}
	logs, err := t.b.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("lat: filter AccessGranted from block %d: %w", from, err)
	}
	out := make([]Grant, 0, len(logs))
	for i := range logs {
		g, err := t.parseGrant(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *g)
	}
	return out, nil
}

func (t *Token) parseGrant(l *types.Log) (*Grant, error) {
	if l.Address != t.addr {
		return nil, bind.ErrEventSignatureMismatch
	}
	ev, err := binding.UnpackAccessGrantedEvent(l)
	if err != nil {
		return nil, err
	}
	return &Grant{
		ID: ev.GrantId, AssetID: ev.AssetId, Holder: ev.Holder, Tier: ev.Tier,
		BlockNumber: l.BlockNumber, TxHash: l.TxHash, Token: t.addr,
	}, nil
}

func call[T any](ctx context.Context, t *Token, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, t.b, t.addr, data, ABI)
	if err != nil {
		return zero, fmt.Errorf("lat: call %s: %w", t.addr.Hex(), err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("lat: decode result from %s: %w", t.addr.Hex(), err)
	}
	return v, nil
}

// WatchGrants delivers every AccessGranted event from block `from` on to sink,
// in chain order, polling for new blocks every interval, until ctx ends. It
// reads confirmed history first, so a watcher that restarts from its last
// processed block misses nothing. Reorg handling belongs to the caller (the
// relayer's watcher applies a confirmation depth); this is the plain follower.
func (t *Token) WatchGrants(ctx context.Context, from uint64, interval time.Duration, sink chan<- Grant) error {
	next := from
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		head, err := t.b.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("lat: watch: read head: %w", err)
		}
		if n := head.Number.Uint64(); n >= next {
			grants, err := t.FilterGrants(ctx, next, &n)
			if err != nil {
				return err
			}
			for _, g := range grants {
				select {
				case sink <- g:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			next = n + 1
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}
