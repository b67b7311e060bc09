package main

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// Dev keys of the escrow CLI test.
const (
	escAdmin   = 0
	escExpert  = 2
	escOther   = 3
	escBuyer   = 5
	escSettle  = 6
	escArbiter = 7
)

// escrowFixture deploys a tier-1 LAT (expert holds 3), a payment token (the
// buyer holds 10,000) and an escrow on anvil.
func escrowFixture(t *testing.T) (node *anviltest.Node, escrowAddr, pay, latAddr common.Address) {
	t.Helper()
	node = anviltest.Start(t)
	ctx := context.Background()
	opts := func(i int) *bind.TransactOpts {
		return bind.NewKeyedTransactor(devchain.DevKey(i), big.NewInt(anviltest.ChainID))
	}
	b := node.Client
	tok, _, err := lat.Deploy(ctx, b, opts(escAdmin), common.Address{}, lat.Params{
		Name: "Guild Tier 1", Symbol: "GT1", Guild: devchain.DevKeyAddress(escAdmin), Tier: 1, Minter: devchain.DevKeyAddress(escAdmin),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(escAdmin), devchain.DevKeyAddress(escExpert), new(big.Int).Mul(lat.One, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}
	erc := mockerc20.NewMockERC20()
	pay, _, err = chain.Deploy(ctx, b, opts(escAdmin), append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc.PackConstructor("Pay", "PAY", 18)...))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chain.Transact(ctx, b, opts(escBuyer), pay, erc.PackMint(devchain.DevKeyAddress(escBuyer), new(big.Int).Mul(lat.One, big.NewInt(10_000)))); err != nil {
		t.Fatal(err)
	}
	e, _, err := escrow.Deploy(ctx, b, opts(escAdmin), common.Address{}, escrow.Params{
		Admin: devchain.DevKeyAddress(escAdmin), Treasury: devchain.DevKeyAddress(escAdmin), Settlement: devchain.DevKeyAddress(escSettle),
		LATs: []common.Address{tok.Address()}, Arbiters: []common.Address{devchain.DevKeyAddress(escArbiter)}, Config: escrow.DefaultConfig(),
	})
	if err != nil {
		t.Fatal(err)
	}
	return node, e.Address(), pay, tok.Address()
}

func cliOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runDip(t, args...)
	if code != 0 {
		t.Fatalf("dip %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func cliFails(t *testing.T, wantCode int, want string, args ...string) {
	t.Helper()
	code, _, errOut := runDip(t, args...)
	if code != wantCode || !strings.Contains(errOut, want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("dip %s: exit %d, stderr %q; want exit %d mentioning %q on one line", strings.Join(args, " "), code, errOut, wantCode, want)
	}
}

func wantOutput(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Fatalf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestEscrowCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node, esc, pay, latAddr := escrowFixture(t)
	base := []string{"--rpc-url", node.URL, "--deployments", t.TempDir(), "--escrow", esc.Hex()}
	as := func(key int, cmd string, args ...string) []string {
		return append(append([]string{"escrow", cmd, "--dev-key", itoa(key)}, base...), args...)
	}
	show := append([]string{"escrow", "show"}, base...)
	wantOutput(t, cliOK(t, show...), "escrow      "+esc.Hex(), "fee         5%", "passes at score 0.5")

	out := cliOK(t, as(escBuyer, "open", "--token", pay.Hex(), "--amount", "100", "--tier", "1", "--spec", "translate the corpus")...)
	wantOutput(t, out, "open      tx 0x", "order 1 opened: 100 of "+pay.Hex())
	cliFails(t, 2, "--tier 0 out of range", as(escBuyer, "open", "--token", pay.Hex(), "--amount", "1", "--tier", "0", "--spec", "x")...)
	cliFails(t, 1, "is not after the accept deadline", as(escBuyer, "open", "--token", pay.Hex(), "--amount", "1", "--spec", "x", "--deliver-within", "1h", "--accept-within", "2h")...)
	cliFails(t, 2, "give exactly one of --spec", as(escBuyer, "open", "--token", pay.Hex(), "--amount", "1")...)

	// Flags go before the order id; after it they are refused, not ignored.
	cliFails(t, 2, "put flags before it", append(as(escExpert, "accept", "1"), "--share-bps", "5000")...)
	out = cliOK(t, as(escExpert, "accept", "--share-bps", "10000", "1")...)
	wantOutput(t, out, "approve   tx 0x", "accept    tx 0x", "order 1: Accepted")
	cliFails(t, 1, "Escrow_BadState(orderId=1, state=2)", as(escOther, "accept", "--order", "1")...)
	cliFails(t, 1, "Escrow_Unauthorized(caller="+devchain.DevKeyAddress(escOther).Hex()+")", as(escOther, "deliver", "--content", "not mine", "1")...)
	wantOutput(t, cliOK(t, as(escExpert, "deliver", "--content", "the translation", "1")...), "order 1 delivered")
	wantOutput(t, cliOK(t, append(show, "1")...), "order 1     Delivered", "expert       "+devchain.DevKeyAddress(escExpert).Hex()+"  100% share, bond 1 of LAT "+latAddr.Hex())

	out = cliOK(t, as(escBuyer, "dispute", "1")...)
	wantOutput(t, out, "approve   tx 0x", "dispute   tx 0x", "order 1 disputed")
	cliFails(t, 1, "Escrow_Unauthorized", as(escOther, "rule", "--buyer-bps", "2000", "1")...)
	cliFails(t, 2, "--fault", as(escArbiter, "rule", "--buyer-bps", "2000", "--fault", "everyone", "1")...)
	wantOutput(t, cliOK(t, as(escArbiter, "rule", "--buyer-bps", "2000", "--fault", "none", "1")...), "order 1 is Resolved")

	// 80 PAY to the expert less the 5% fee, and the LAT bond back.
	out = cliOK(t, as(escExpert, "withdraw", "1")...)
	wantOutput(t, out, "withdrew 76 of "+pay.Hex(), "withdrew 1 of "+latAddr.Hex())
	wantOutput(t, cliOK(t, as(escBuyer, "withdraw", "--token", pay.Hex())...), "withdrew 30 of") // 20 + the 10 PAY bond
	cliFails(t, 1, "Escrow_NothingToWithdraw", as(escOther, "withdraw", "--token", pay.Hex())...)
	cliFails(t, 1, "no such order", append(show, "9")...)
	cliFails(t, 1, "no contract at escrow", "escrow", "show", "--rpc-url", node.URL, "--deployments", t.TempDir(), "--escrow", pay.Hex()[:40]+"11")
}
