package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip"
	authoritybind "github.com/dip-market/dip/bindings/authority"
	escrowbind "github.com/dip-market/dip/bindings/escrow"
	settlementbind "github.com/dip-market/dip/bindings/settlement"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
)

// dipOK runs dip and fails the test unless it exits 0.
func dipOK(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runDip(t, args...)
	if code != 0 {
		t.Fatalf("dip %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// dipFails runs dip and fails the test unless it exits 1 with one line naming want.
func dipFails(t *testing.T, want string, args ...string) {
	t.Helper()
	code, _, errOut := runDip(t, args...)
	if code != 1 || !strings.Contains(errOut, want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("dip %s: exit %d, stderr %q; want exit 1 and one line with %q", strings.Join(args, " "), code, errOut, want)
	}
}

// The guild, acip and gov commands against a real anvil node: deploy, create
// a guild, show it, price entries, open a competition, three experts enter
// and reveal, a test resolver promotes one, who converts LAT into votes. Bad
// input comes back as one line naming the contract's custom error.
func TestGuildACIPGovCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	dir := t.TempDir()
	entries := filepath.Join(dir, "entries")
	chainArgs := func(key int, args ...string) []string {
		return append(args, "--rpc-url", node.URL, "--deployments", dir, "--dev-key", itoa(key))
	}
	const deployer, resolver, e1, e2, e3 = 0, 1, 2, 3, 4

	dipOK(t, chainArgs(deployer, "deploy", "--mock-payment")...)
	out := dipOK(t, chainArgs(deployer, "guild", "create", "--name", "Oracle Guild", "--symbol", "ORC",
		"--resolver", devchain.DevKeyAddress(resolver).Hex(), "--voting-period", "5")...)
	if !regexp.MustCompile(`guild "Oracle Guild" \(id 1\) created: tx 0x[0-9a-f]{64}`).MatchString(out) {
		t.Fatalf("guild create output:\n%s", out)
	}
	rec, err := deployments.Load(dir, anviltest.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	suite := acip.SuiteFromAddresses(rec.Guilds["Oracle Guild"])
	if suite.Ladder == (common.Address{}) || len(suite.Lats) != 5 || rec.Guilds["Oracle Guild"]["factory"] != rec.Contracts[acip.FactoryName].Address {
		t.Fatalf("recorded guild %+v", rec.Guilds)
	}
	if suite.Settlement == (common.Address{}) || suite.Escrow == (common.Address{}) || suite.Authority == (common.Address{}) {
		t.Fatalf("recorded guild lacks the settlement, escrow or authority registry: %+v", rec.Guilds["Oracle Guild"])
	}
	if ok, err := acip.AttachLadder(suite.Ladder, node.Client).IsResolver(ctx, suite.Settlement); err != nil || !ok {
		t.Fatalf("the guild's Settlement does not resolve its ladder: %v, %v", ok, err)
	}
	dipFails(t, "already recorded", chainArgs(deployer, "guild", "create", "--name", "Oracle Guild", "--symbol", "ORC")...)
	dipFails(t, "Factory_ChallengeWindowTooLong", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--challenge-window", "2d")...)
	dipFails(t, "Escrow_BadConfig", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--escrow-fee-bps", "3001")...)
	dipFails(t, "--commit-token and --commit-amount go together", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--commit-amount", "5")...)
	dipFails(t, "--arbiter: \"nobody\" is not an address", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--arbiter", "nobody")...)

	dipFails(t, "Ladder_InvalidGrowth(k=1000000000000000000)", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--k", "1")...)
	dipFails(t, "GovernorInvalidVotingPeriod", chainArgs(deployer, "guild", "create", "--name", "Bad", "--symbol", "BAD", "--voting-period", "0")...)

	out = dipOK(t, "guild", "show", "--rpc-url", node.URL, "--deployments", dir)
	for _, want := range []string{"ladder      base 100, k 2, t0 1d", "converter   g 2, heat scale 1e25, half-life 1w", "period 5 blocks, timelock delay 1d", "lat5"} {
		if !strings.Contains(out, want) {
			t.Errorf("guild show lacks %q:\n%s", want, out)
		}
	}

	out = dipOK(t, "acip", "cost", "--rank", "5", "--rpc-url", node.URL, "--deployments", dir)
	if !strings.Contains(out, "Sybil cost    rank 0 to 5, one win per rank at 1w windows: 442.857142857142857141 tPAY") || !strings.Contains(out, "rank 5 is the top rank") {
		t.Fatalf("acip cost --rank 5:\n%s", out)
	}
	out = dipOK(t, "acip", "cost", "--rank", "1", "--window", "3h", "--rpc-url", node.URL, "--deployments", dir)
	if !strings.Contains(out, "entry cost    rank 1, window 3h: 1600 tPAY") {
		t.Fatalf("acip cost --rank 1 --window 3h:\n%s", out)
	}
	dipFails(t, "Ladder_InvalidWindow(window=60)", "acip", "cost", "--rank", "0", "--window", "1m", "--rpc-url", node.URL, "--deployments", dir)

	out = dipOK(t, chainArgs(deployer, "acip", "open", "--rank", "0", "--window", "1d")...)
	if !strings.Contains(out, "competition 1 for rank 0: fee 100 tPAY") {
		t.Fatalf("acip open:\n%s", out)
	}
	fee := new(big.Int).Mul(big.NewInt(100), acip.WAD)
	pay := rec.Contracts[acip.MockPaymentName].Address
	opts := func(i int) *bind.TransactOpts {
		return bind.NewKeyedTransactor(devchain.DevKey(i), big.NewInt(anviltest.ChainID))
	}
	work := filepath.Join(dir, "work.txt")
	if err := os.WriteFile(work, []byte("expert 3's annotated dataset"), 0o600); err != nil {
		t.Fatal(err)
	}
	enter := func(key int, payload ...string) []string {
		return chainArgs(key, append([]string{"acip", "enter", "--id", "1", "--entries", entries}, payload...)...)
	}
	addr := devchain.DevKeyAddress
	payload1 := "0x" + strings.Repeat("11", 32)
	// No tPAY yet: refused before anything is sent.
	dipFails(t, "payment token balance below the entry fee", enter(e1, "--payload", payload1)...)
	for _, e := range []int{e1, e2, e3, 5} {
		if _, err := chain.Transact(ctx, node.Client, opts(e), pay, erc20.PackMint(addr(e), fee)); err != nil {
			t.Fatal(err)
		}
	}
	out = dipOK(t, enter(e1, "--payload", payload1)...)
	if !strings.Contains(out, "approve   tx 0x") || !strings.Contains(out, "commit    tx 0x") || !strings.Contains(out, "entered competition 1: commitment 0x") {
		t.Fatalf("acip enter:\n%s", out)
	}
	dipOK(t, enter(e2, "--payload", "0x"+strings.Repeat("22", 32), "--salt", "0x"+strings.Repeat("ab", 32))...)
	dipOK(t, enter(e3, "--work", work)...)
	info, err := os.Stat(entryPath(entries, anviltest.ChainID, suite.Ladder, big.NewInt(1), addr(e3)))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("entry file of expert 3: %v, %v; want mode 0600", info, err)
	}
	dipFails(t, "already entered competition 1", enter(e1, "--payload", payload1)...)
	if code, _, errOut := runDip(t, enter(e1)...); code != 2 || !strings.Contains(errOut, "exactly one of --payload and --work") {
		t.Fatalf("enter without a payload: exit %d: %s", code, errOut)
	}
	dipFails(t, "Ladder_NotInRevealPhase(id=1)", chainArgs(e1, "acip", "reveal", "--id", "1", "--entries", entries)...)

	increaseTime := func(seconds int) {
		t.Helper()
		if err := node.RPC.Call(nil, "evm_increaseTime", seconds); err != nil {
			t.Fatal(err)
		}
		if err := node.RPC.Call(nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	increaseTime(86400 + 1)
	dipFails(t, "Ladder_NotInCommitPhase(id=1)", enter(5, "--payload", payload1)...)
	for _, e := range []int{e1, e2, e3} {
		if out := dipOK(t, chainArgs(e, "acip", "reveal", "--id", "1", "--entries", entries)...); !strings.Contains(out, "revealed payload 0x") {
			t.Fatalf("reveal by %d:\n%s", e, out)
		}
	}
	dipFails(t, "no entry file", chainArgs(6, "acip", "reveal", "--id", "1", "--entries", entries)...)
	out = dipOK(t, "acip", "show", "--id", "1", "--account", addr(e3).Hex(), "--rpc-url", node.URL, "--deployments", dir)
	for _, want := range []string{"open, phase reveal", "pot 300 tPAY, 3 entered, 3 revealed", "entry revealed, won false, rank 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("acip show lacks %q:\n%s", want, out)
		}
	}
	l := acip.AttachLadder(suite.Ladder, node.Client)
	entry, err := l.EntryOf(ctx, big.NewInt(1), addr(e3))
	if err != nil || entry.Payload != crypto.Keccak256Hash([]byte("expert 3's annotated dataset")) {
		t.Fatalf("expert 3's revealed payload %s (%v), want keccak256 of the work file", entry.Payload.Hex(), err)
	}

	// The test resolver promotes expert 3, who converts half its LAT into votes.
	increaseTime(86400)
	if _, _, err := l.Resolve(ctx, opts(resolver), big.NewInt(1), []common.Address{addr(e3)}, nil); err != nil {
		t.Fatal(err)
	}
	dipFails(t, "Converter_InvalidTier(tier=9)", chainArgs(e3, "gov", "convert", "--tier", "9", "--amount", "0.5")...)
	dipFails(t, "LAT balance below the amount to convert", chainArgs(e2, "gov", "convert", "--amount", "1")...)
	out = dipOK(t, chainArgs(e3, "gov", "convert", "--amount", "0.5")...)
	for _, want := range []string{"converted 0.5 LAT of tier 1 into 0.5 gORC", "delegate  tx 0x", "votes     0.5 gORC of a supply of 0.5"} {
		if !strings.Contains(out, want) {
			t.Errorf("gov convert lacks %q:\n%s", want, out)
		}
	}
	dipFails(t, "Converter_InsufficientOutput(minted=", chainArgs(e3, "gov", "convert", "--amount", "0.5", "--min-minted", "1")...)

	// The new components' flags reach the chain.
	arbiter := devchain.DevKeyAddress(6)
	dipOK(t, chainArgs(deployer, "guild", "create", "--name", "Custom Guild", "--symbol", "CST", "--arbiter", arbiter.Hex(),
		"--escrow-fee-bps", "700", "--escrow-pass-score", "-0.25", "--claim-bond", "2", "--challenge-window", "12h",
		"--commit-token", rec.Contracts[acip.MockPaymentName].Address.Hex(), "--commit-amount", "5")...)
	if rec, err = deployments.Load(dir, anviltest.ChainID); err != nil {
		t.Fatal(err)
	}
	custom := acip.SuiteFromAddresses(rec.Guilds["Custom Guild"])
	escB, stB, authB := escrowbind.NewTripartiteEscrow(), settlementbind.NewSettlement(), authoritybind.NewAuthorityRegistry()
	ecfg, err := viewCall(ctx, node, custom.Escrow, escB.PackConfig(), escB.UnpackConfig)
	if err != nil || ecfg.FeeBps != 700 || ecfg.PassScore.String() != "-250000000000000000" {
		t.Errorf("custom escrow config %+v, %v", ecfg, err)
	}
	role, err := viewCall(ctx, node, custom.Escrow, escB.PackARBITERROLE(), escB.UnpackARBITERROLE)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := viewCall(ctx, node, custom.Escrow, escB.PackHasRole(role, arbiter), escB.UnpackHasRole); err != nil || !ok {
		t.Errorf("--arbiter is not the escrow's arbiter: %v, %v", ok, err)
	}
	scfg, err := viewCall(ctx, node, custom.Settlement, stB.PackConfig(), stB.UnpackConfig)
	if err != nil || scfg.ClaimBond.Cmp(new(big.Int).Mul(big.NewInt(2), acip.WAD)) != 0 || scfg.ChallengeWindow != 12*3600 {
		t.Errorf("custom settlement config %+v, %v", scfg, err)
	}
	if amount, err := viewCall(ctx, node, custom.Authority, authB.PackCommitAmount(), authB.UnpackCommitAmount); err != nil || amount.Cmp(new(big.Int).Mul(big.NewInt(5), acip.WAD)) != 0 {
		t.Errorf("custom authority commit amount %v, %v", amount, err)
	}
}

func viewCall[T any](ctx context.Context, node *anviltest.Node, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, node.Client, to, data)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// The flag defaults of `guild create` are acip's defaults, so the CLI and the
// library create the same guild unless told otherwise.
func TestGuildCreateFlagDefaultsMatchACIP(t *testing.T) {
	t.Parallel()
	fs := flag.NewFlagSet("create", flag.ContinueOnError)
	for _, f := range append(append(settlementParamFlags(), escrowParamFlags()...), authorityParamFlags()...) {
		if err := f.Apply(fs); err != nil {
			t.Fatal(err)
		}
	}
	c := cli.NewContext(cli.NewApp(), fs, nil)
	st, err := settlementParamsFromFlags(c)
	if err != nil {
		t.Fatal(err)
	}
	esc, err := escrowParamsFromFlags(c)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := authorityParamsFromFlags(context.Background(), c, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := acip.DefaultGuildParams("G", "G", common.Address{})
	if got, w := fmt.Sprintf("%+v", st), fmt.Sprintf("%+v", want.Settlement); got != w {
		t.Errorf("settlement flags default to %s, acip to %s", got, w)
	}
	if got, w := fmt.Sprintf("%+v", esc), fmt.Sprintf("%+v", want.Escrow); got != w {
		t.Errorf("escrow flags default to %s, acip to %s", got, w)
	}
	if auth.CommitToken != (common.Address{}) || auth.CommitAmount != nil {
		t.Errorf("authority flags default to %+v, want grants only", auth)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--sample-count", "33"}, "--sample-count 33 is above 32"},
		{[]string{"--escrow-max-experts", "256"}, "--escrow-max-experts 256 is above 255"},
		{[]string{"--escrow-pass-score", "half"}, "--escrow-pass-score"},
		{[]string{"--claim-bond", "-1"}, "--claim-bond"},
	} {
		fs := flag.NewFlagSet("create", flag.ContinueOnError)
		for _, f := range append(settlementParamFlags(), escrowParamFlags()...) {
			if err := f.Apply(fs); err != nil {
				t.Fatal(err)
			}
		}
		if err := fs.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		c := cli.NewContext(cli.NewApp(), fs, nil)
		_, err1 := settlementParamsFromFlags(c)
		_, err2 := escrowParamsFromFlags(c)
		if err := errors.Join(err1, err2); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: error %v, want one naming %q", tc.args, err, tc.want)
		}
	}
}
