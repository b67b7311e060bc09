package main

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
)

// `dip deploy` twice against anvil: the first run deploys and records
// everything, the second keeps everything and sends nothing.
func TestDeployCLIIsIdempotentOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	dir := t.TempDir()
	args := []string{"deploy", "--rpc-url", node.URL, "--dev-key", "0", "--deployments", dir, "--mock-payment"}

	code, out, errOut := runDip(t, args...)
	if code != 0 {
		t.Fatalf("first deploy: exit %d: %s", code, errOut)
	}
	want := len(acip.Implementations()) + 2
	if n := strings.Count(out, "deployed  "); n != want {
		t.Fatalf("first deploy deployed %d contracts, want %d:\n%s", n, want, out)
	}
	rec, err := deployments.Load(dir, anviltest.ChainID)
	if err != nil || len(rec.Contracts) != want {
		t.Fatalf("record after the first deploy: %+v, %v", rec, err)
	}
	nonce, err := node.Client.NonceAt(context.Background(), devchain.DevKeyAddress(0), nil)
	if err != nil {
		t.Fatal(err)
	}

	code, out, errOut = runDip(t, args...)
	if code != 0 {
		t.Fatalf("second deploy: exit %d: %s", code, errOut)
	}
	if n := strings.Count(out, "kept      "); n != want || strings.Contains(out, "deployed  ") {
		t.Fatalf("second deploy did not keep all %d contracts:\n%s", want, out)
	}
	if again, _ := node.Client.NonceAt(context.Background(), devchain.DevKeyAddress(0), nil); again != nonce {
		t.Fatalf("second deploy sent %d transactions", again-nonce)
	}
	back, err := deployments.Load(dir, anviltest.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	for name, e := range rec.Contracts {
		if back.Contracts[name] != e {
			t.Errorf("%s: record changed from %+v to %+v", name, e, back.Contracts[name])
		}
	}

	// Without a key nothing is sent and the error says what to pass.
	code, _, errOut = runDip(t, "deploy", "--rpc-url", node.URL, "--deployments", dir)
	if code != 1 || !strings.Contains(errOut, "no signing key") {
		t.Fatalf("deploy without a key: exit %d: %s", code, errOut)
	}
}

// The Foundry script deploys the same contracts: a record built from its
// output is kept as is by acip.Deploy (same code at every address), and the
// factory it deployed creates guilds.
func TestForgeDeployScriptOnAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("runs forge (compiles the contracts if out/ is stale)")
	}
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	forge := filepath.Join(root, "node_modules", ".bin", "forge")
	if _, err := os.Stat(forge); err != nil {
		t.Fatalf("forge not installed at %s: run 'make setup'", forge)
	}
	node := anviltest.Start(t)
	key := hexutil.Encode(crypto.FromECDSA(devchain.DevKey(0)))
	cmd := exec.Command(forge, "script", "contracts/script/Deploy.s.sol", "--root", root,
		"--rpc-url", node.URL, "--broadcast", "--private-key", key)
	cmd.Dir = root
	cmd.Env = append(os.Environ(),
		"FOUNDRY_SOLC="+filepath.Join(root, "tools", "solc"),
		"PATH="+filepath.Join(root, "node_modules", ".bin")+string(os.PathListSeparator)+os.Getenv("PATH"),
		"FOUNDRY_BROADCAST="+t.TempDir(), // keep broadcast logs out of the repository
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("forge script: %v\n%s", err, out)
	}
	addrOf := func(label string) common.Address {
		m := regexp.MustCompile(regexp.QuoteMeta(label) + ` (0x[0-9a-fA-F]{40})`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("forge output lacks %q:\n%s", label, out)
		}
		return common.HexToAddress(string(m[1]))
	}

	ctx := context.Background()
	rec := &deployments.Record{ChainID: anviltest.ChainID, Contracts: map[string]deployments.Entry{}}
	for _, impl := range acip.Implementations() {
		rec.Contracts[impl.Name] = deployments.Entry{Address: addrOf("impl " + impl.Name)}
	}
	rec.Contracts[acip.FactoryName] = deployments.Entry{Address: addrOf("GuildFactory")}
	opts := bind.NewKeyedTransactor(devchain.DevKey(1), big.NewInt(anviltest.ChainID))
	steps, err := acip.Deploy(ctx, node.Client, opts, rec, acip.DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if !s.Skipped() {
			t.Errorf("%s deployed by forge differs from dip's (%s)", s.Name, s.Reason)
		}
	}

	// The forge-deployed factory creates a working guild.
	pay, _, err := chain.Deploy(ctx, node.Client, opts, append(common.FromHex(mockerc20.MockERC20MetaData.Bin), erc20.PackConstructor("Pay", "PAY", 18)...))
	if err != nil {
		t.Fatal(err)
	}
	f, err := acip.Deployed(ctx, node.Client, rec)
	if err != nil {
		t.Fatalf("the completed record does not name a usable factory: %v", err)
	}
	suite, _, err := f.CreateGuild(ctx, opts, acip.DefaultGuildParams("Forge Guild", "FRG", pay))
	if err != nil {
		t.Fatalf("create a guild with the forge-deployed factory: %v", err)
	}
	p, err := acip.AttachLadder(suite.Ladder, node.Client).Params(ctx)
	if err != nil || p.PaymentToken != pay || p.Treasury != suite.Timelock {
		t.Fatalf("ladder of the forge factory's guild: %+v, %v", p, err)
	}
	if cost, err := acip.AttachLadder(suite.Ladder, node.Client).SybilCost(ctx, 5); err != nil || cost.String() != "442857142857142857141" {
		t.Fatalf("sybilCost(5) = %v, %v; want the documented vector", cost, err)
	}
}
