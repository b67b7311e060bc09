package main

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/service"
)

// The buyer's CLI against anvil and three HTTP share holders (2 of 3): buy
// prints and writes the grant, fetch decrypts with all holders and with one
// offline, fails naming both offline holders with two down, and refuses a
// key that does not hold the grant.
func TestAccessBuyAndFetchOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	const guild, minter, buyer, stranger = 0, 1, 5, 7
	holderIdx := []int{2, 3, 4}
	tok, _, err := lat.Deploy(ctx, node.Client, opts(guild), common.Address{}, lat.Params{
		Name: "Anvil Tier 2", Symbol: "AT2", Guild: devchain.DevKeyAddress(guild), Tier: 2, Minter: devchain.DevKeyAddress(minter),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(minter), devchain.DevKeyAddress(buyer), lat.One); err != nil {
		t.Fatal(err)
	}
	var holders []keyshare.HolderKey
	for _, i := range holderIdx {
		holders = append(holders, keyshare.HolderKeyOf(&devchain.DevKey(i).PublicKey))
	}
	plain := bytes.Repeat([]byte("row,value\n1,2\n"), 20)
	var sealed bytes.Buffer
	m, err := keyshare.Seal(ctx, &sealed, bytes.NewReader(plain), keyshare.SealParams{
		ChainID: anviltest.ChainID, Tokens: []common.Address{tok.Address()}, Tier: 2, Threshold: 2, Holders: holders,
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mPath, ctPath := filepath.Join(dir, keyshare.ManifestFile(m.AssetID)), filepath.Join(dir, "asset.sealed")
	enc, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mPath, enc, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ctPath, sealed.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := keyshare.NewMemoryManifests(m)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.DiscardHandler)
	grants := keyshare.NewChainGrants(node.Client, anviltest.ChainID, 1)
	var srvs []*httptest.Server
	var holderFlags []string
	for _, i := range holderIdx {
		h := keyshare.NewHolder(devchain.DevKey(i), grants, keyshare.NewMemoryLog(), keyshare.WithLogger(quiet))
		srv := httptest.NewServer(keyshare.NewHandler(h, store, quiet))
		t.Cleanup(srv.Close)
		srvs = append(srvs, srv)
		holderFlags = append(holderFlags, "--holder", devchain.DevKeyAddress(i).Hex()+"="+srv.URL)
	}

	grantPath := filepath.Join(dir, "grant.json")
	code, out, errOut := runDip(t, "access", "buy", "--rpc-url", node.URL, "--dev-key", itoa(buyer),
		"--token", tok.Address().Hex(), "--asset", m.AssetID.Hex(), "--out", grantPath)
	if code != 0 || !strings.Contains(out, "holder  "+devchain.DevKeyAddress(buyer).Hex()) || !strings.Contains(out, "asset   "+m.AssetID.Hex()) {
		t.Fatalf("buy: exit %d: %s\n%s", code, errOut, out)
	}
	fetch := func(key int, grant, outFile string, holders []string) (int, string, string) {
		args := append([]string{"access", "fetch", "--rpc-url", node.URL, "--dev-key", itoa(key), "--manifest", mPath,
			"--ciphertext", ctPath, "--grant", grant, "--out", outFile}, holders...)
		return runDip(t, args...)
	}
	check := func(name, outFile string) {
		t.Helper()
		got, err := os.ReadFile(outFile)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("%s: plaintext differs (%v)", name, err)
		}
	}
	out1 := filepath.Join(dir, "plain1.csv")
	if code, out, errOut := fetch(buyer, grantPath, out1, holderFlags); code != 0 || !strings.Contains(out, "decrypted asset "+m.AssetID.Hex()) {
		t.Fatalf("fetch: exit %d: %s\n%s", code, errOut, out)
	}
	check("three holders", out1)

	// A key without the grant is refused before any holder is asked.
	g, err := tok.Grant(ctx, grantIDFromFile(t, grantPath))
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := fetch(stranger, g.ID.Hex(), filepath.Join(dir, "stranger.csv"), holderFlags); code != 1 || !strings.Contains(errOut, "belongs to "+devchain.DevKeyAddress(buyer).Hex()) {
		t.Fatalf("stranger: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "stranger.csv")); !os.IsNotExist(err) {
		t.Fatal("stranger's fetch wrote a file")
	}

	srvs[0].Close()
	out2 := filepath.Join(dir, "plain2.csv")
	if code, out, errOut := fetch(buyer, g.ID.Hex(), out2, holderFlags); code != 0 {
		t.Fatalf("fetch with one holder offline (grant id from chain): exit %d: %s\n%s", code, errOut, out)
	}
	check("one holder offline", out2)

	srvs[1].Close()
	out3 := filepath.Join(dir, "plain3.csv")
	code, _, errOut = fetch(buyer, grantPath, out3, holderFlags)
	if code != 1 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "1 of 2 needed") {
		t.Fatalf("fetch with two holders offline: exit %d: %q", code, errOut)
	}
	for _, i := range holderIdx[:2] {
		if !strings.Contains(errOut, devchain.DevKeyAddress(i).Hex()) {
			t.Fatalf("shortfall %q does not name offline holder %s", errOut, devchain.DevKeyAddress(i).Hex())
		}
	}
	if _, err := os.Stat(out3); !os.IsNotExist(err) {
		t.Fatal("a failed fetch wrote the output file")
	}
}

func grantIDFromFile(t *testing.T, path string) common.Hash {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(b), `"grantId": "`)
	if i < 0 {
		t.Fatalf("grant file %s has no grantId", b)
	}
	return common.HexToHash(string(b)[i+len(`"grantId": "`) : i+len(`"grantId": "`)+66])
}

// The share holder pipeline is built from `dip relayer run` flags.
func TestSharesPipelineFromFlags(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	keyFile, passFile := filepath.Join(dir, "share.json"), filepath.Join(dir, "pass")
	if err := os.WriteFile(passFile, []byte("share-pass\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.NewAccount("share-pass")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(acct.URL.Path, keyFile); err != nil {
		t.Fatal(err)
	}
	base := []string{"--shares-key-file", keyFile, "--shares-password-file", passFile, "--shares-manifest-dir", dir}
	tests := []struct {
		name    string
		args    []string
		want    int
		wantErr string
	}{
		{"none by default", nil, 0, ""},
		{"holder", base, 1, ""},
		{"holder pushing", append(base, "--shares-push-token", "0x00000000000000000000000000000000000000aa"), 1, ""},
		{"bad token", append(base, "--shares-push-token", "0x12"), 0, "--shares-push-token"},
		{"with registry", append(base, "--shares-authority-registry", "0x00000000000000000000000000000000000000bb"), 1, ""},
		{"bad registry", append(base, "--shares-authority-registry", "registry"), 0, "--shares-authority-registry"},
		{"no passphrase", []string{"--shares-key-file", keyFile, "--shares-manifest-dir", dir}, 0, "--shares-password-file"},
		{"no manifests", []string{"--shares-key-file", keyFile, "--shares-password-file", passFile}, 0, "--shares-manifest-dir"},
		{"wrong passphrase", []string{"--shares-key-file", keyFile, "--shares-password-file", keyFile, "--shares-manifest-dir", dir}, 0, "cannot load share key"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var (
				got []service.Pipeline
				err error
			)
			app := &cli.App{Flags: pipelineFlags(), Action: func(c *cli.Context) error {
				got, err = pipelinesFromFlags(c, service.CLIConfig{DataDir: t.TempDir()})
				return nil
			}}
			if runErr := app.Run(append([]string{"x"}, tc.args...)); runErr != nil {
				t.Fatal(runErr)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one naming %s", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "share-pass") {
					t.Fatalf("error %q leaks the passphrase", err)
				}
				return
			}
			if err != nil || len(got) != tc.want {
				t.Fatalf("pipelines = %d, %v; want %d", len(got), err, tc.want)
			}
		})
	}
}
