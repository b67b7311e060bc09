package lat_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

const (
	guildIdx = iota
	minterIdx
	expertIdx
	buyerIdx
)

func deployToken(t *testing.T, c *devchain.Chain) *lat.Token {
	t.Helper()
	tok, d, err := lat.Deploy(context.Background(), c.Client(), c.Transactor(guildIdx), common.Address{}, lat.Params{
		Name: "Test Guild Tier 1", Symbol: "TG1", Guild: c.Address(guildIdx), Tier: 1, Minter: c.Address(minterIdx),
	})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if len(d.Receipts) != 3 {
		t.Fatalf("deployment receipts = %d, want implementation + clone + initialize", len(d.Receipts))
	}
	return tok
}

func TestTokenLifecycle(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(4))
	defer c.Close()
	ctx := context.Background()
	tok := deployToken(t, c)

	info, err := tok.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != "Test Guild Tier 1" || info.Symbol != "TG1" || info.Tier != 1 || info.Guild != c.Address(guildIdx) || info.Minter != c.Address(minterIdx) {
		t.Fatalf("unexpected info %+v", info)
	}

	two := new(big.Int).Mul(lat.One, big.NewInt(2))
	if _, err := tok.Mint(ctx, c.Transactor(minterIdx), c.Address(expertIdx), two); err != nil {
		t.Fatalf("mint: %v", err)
	}
	if _, err := tok.Transfer(ctx, c.Transactor(expertIdx), c.Address(buyerIdx), lat.One); err != nil {
		t.Fatalf("transfer: %v", err)
	}
	asset := crypto.Keccak256Hash([]byte("dataset-42"))
	grant, receipt, err := tok.Redeem(ctx, c.Transactor(buyerIdx), asset)
	if err != nil {
		t.Fatalf("redeem: %v", err)
	}
	if grant.Holder != c.Address(buyerIdx) || grant.AssetID != asset || grant.Tier != 1 || grant.TxHash != receipt.TxHash {
		t.Fatalf("unexpected grant %+v", grant)
	}
	onChain, err := tok.Grant(ctx, grant.ID)
	if err != nil {
		t.Fatalf("read grant: %v", err)
	}
	if onChain.Holder != grant.Holder || onChain.AssetID != asset || onChain.BlockNumber != receipt.BlockNumber.Uint64() {
		t.Fatalf("recorded grant %+v does not match event %+v", onChain, grant)
	}
	for _, tc := range []struct {
		who  int
		want *big.Int
	}{{expertIdx, lat.One}, {buyerIdx, big.NewInt(0)}} {
		bal, err := tok.BalanceOf(ctx, c.Address(tc.who))
		if err != nil || bal.Cmp(tc.want) != 0 {
			t.Fatalf("balance of account %d = %v, %v; want %s", tc.who, bal, err, tc.want)
		}
	}
	supply, err := tok.TotalSupply(ctx)
	if err != nil || supply.Cmp(lat.One) != 0 {
		t.Fatalf("supply = %v, %v; want one token", supply, err)
	}
	grants, err := tok.FilterGrants(ctx, 0, nil)
	if err != nil || len(grants) != 1 || grants[0].ID != grant.ID {
		t.Fatalf("FilterGrants = %+v, %v; want the one grant", grants, err)
	}
}

func TestRevertsDecodeToCustomErrors(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(4))
	defer c.Close()
	ctx := context.Background()
	tok := deployToken(t, c)

	tests := []struct {
		name     string
		run      func() error
		wantName string
		wantArg  any
	}{
		{
			name: "mint by non-minter",
			run: func() error {
				_, err := tok.Mint(ctx, c.Transactor(expertIdx), c.Address(expertIdx), lat.One)
				return err
			},
			wantName: "LAT_NotMinter", wantArg: c.Address(expertIdx),
		},
		{
			name: "redeem without a token",
			run: func() error {
				_, _, err := tok.Redeem(ctx, c.Transactor(buyerIdx), common.HexToHash("0x01"))
				return err
			},
			wantName: "ERC20InsufficientBalance", wantArg: c.Address(buyerIdx),
		},
		{
			name: "unknown grant",
			run: func() error {
				_, err := tok.Grant(ctx, common.HexToHash("0xbeef"))
				return err
			},
			wantName: "LAT_UnknownGrant", wantArg: [32]byte(common.HexToHash("0xbeef")),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			re, ok := chain.AsRevert(err)
			if !ok {
				t.Fatalf("error %v carries no decoded revert", err)
			}
			if re.Name != tc.wantName {
				t.Fatalf("revert %s, want %s", re.Name, tc.wantName)
			}
			if !errors.Is(err, &chain.RevertError{Name: tc.wantName}) {
				t.Fatalf("errors.Is does not match %s", tc.wantName)
			}
			if len(re.Args) == 0 || re.Args[0].Value != tc.wantArg {
				t.Fatalf("first argument %v, want %v", re.Args, tc.wantArg)
			}
		})
	}
}

func TestRedeemZeroAssetRejectedBeforeSending(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(4))
	defer c.Close()
	tok := deployToken(t, c)
	if _, _, err := tok.Redeem(context.Background(), c.Transactor(buyerIdx), common.Hash{}); !errors.Is(err, lat.ErrZeroAsset) {
		t.Fatalf("err = %v, want ErrZeroAsset", err)
	}
}

func TestParamsCheck(t *testing.T) {
	t.Parallel()
	ok := lat.Params{Name: "n", Symbol: "s", Guild: common.HexToAddress("0x1"), Tier: 1, Minter: common.HexToAddress("0x2")}
	if err := ok.Check(); err != nil {
		t.Fatalf("valid params rejected: %v", err)
	}
	bad := []func(p *lat.Params){
		func(p *lat.Params) { p.Name = "" },
		func(p *lat.Params) { p.Symbol = "" },
		func(p *lat.Params) { p.Tier = 0 },
		func(p *lat.Params) { p.Tier = 33 },
		func(p *lat.Params) { p.Guild = common.Address{} },
		func(p *lat.Params) { p.Minter = common.Address{} },
	}
	for i, mutate := range bad {
		p := ok
		mutate(&p)
		if err := p.Check(); err == nil {
			t.Errorf("case %d: invalid params %+v accepted", i, p)
		}
	}
}

func TestWatchGrantsDeliversPastAndNewGrants(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(4))
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	tok := deployToken(t, c)
	three := new(big.Int).Mul(lat.One, big.NewInt(3))
	if _, err := tok.Mint(ctx, c.Transactor(minterIdx), c.Address(buyerIdx), three); err != nil {
		t.Fatal(err)
	}
	first, _, err := tok.Redeem(ctx, c.Transactor(buyerIdx), common.HexToHash("0xa1"))
	if err != nil {
		t.Fatal(err)
	}
	sink := make(chan lat.Grant, 4)
	done := make(chan error, 1)
	go func() { done <- tok.WatchGrants(ctx, 0, 10*time.Millisecond, sink) }()
	if g := <-sink; g.ID != first.ID {
		t.Fatalf("first delivered grant %s, want %s", g.ID, first.ID)
	}
	second, _, err := tok.Redeem(ctx, c.Transactor(buyerIdx), common.HexToHash("0xa2"))
	if err != nil {
		t.Fatal(err)
	}
	if g := <-sink; g.ID != second.ID {
		t.Fatalf("second delivered grant %s, want %s", g.ID, second.ID)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("watch ended with %v, want context.Canceled", err)
	}
}

// TestAnvilRedeem runs the token against a real anvil node started from node_modules.
func TestAnvilRedeem(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	tok, _, err := lat.Deploy(ctx, node.Client, opts(guildIdx), common.Address{}, lat.Params{
		Name: "Anvil Tier 2", Symbol: "AT2", Guild: devchain.DevKeyAddress(guildIdx), Tier: 2, Minter: devchain.DevKeyAddress(minterIdx),
	})
	if err != nil {
		t.Fatalf("deploy on anvil: %v", err)
	}
	if _, err := tok.Mint(ctx, opts(minterIdx), devchain.DevKeyAddress(buyerIdx), lat.One); err != nil {
		t.Fatalf("mint on anvil: %v", err)
	}
	asset := crypto.Keccak256Hash([]byte("anvil-asset"))
	grant, _, err := tok.Redeem(ctx, opts(buyerIdx), asset)
	if err != nil {
		t.Fatalf("redeem on anvil: %v", err)
	}
	grants, err := tok.FilterGrants(ctx, 0, nil)
	if err != nil || len(grants) != 1 || grants[0].ID != grant.ID || grants[0].Tier != 2 || grants[0].AssetID != asset {
		t.Fatalf("events on anvil = %+v, %v; want the grant %+v", grants, err, grant)
	}
	if _, err := tok.Mint(ctx, opts(buyerIdx), devchain.DevKeyAddress(buyerIdx), lat.One); !errors.Is(err, &chain.RevertError{Name: "LAT_NotMinter"}) {
		t.Fatalf("unauthorized mint on anvil: err = %v, want LAT_NotMinter", err)
	}
}
