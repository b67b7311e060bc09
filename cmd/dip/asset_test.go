package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// devPubkey returns the public key `dip asset pubkey` prints for dev key i.
func devPubkey(t *testing.T, i int) string {
	t.Helper()
	code, out, errOut := runDip(t, "asset", "pubkey", "--dev-key", itoa(i))
	if code != 0 {
		t.Fatalf("pubkey: exit %d: %s", code, errOut)
	}
	m := regexp.MustCompile(`public key  (0x04[0-9a-f]{128})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("pubkey output %q has no public key", out)
	}
	if want := hexutil.Encode(crypto.FromECDSAPub(&devchain.DevKey(i).PublicKey)); m[1] != want {
		t.Fatalf("pubkey %s, want %s", m[1], want)
	}
	return m[1]
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// sealForTest runs `dip asset seal` and returns the manifest path and manifest.
func sealForTest(t *testing.T, dir string, plain []byte, args ...string) (string, *keyshare.Manifest) {
	t.Helper()
	in := filepath.Join(dir, "data.csv")
	if err := os.WriteFile(in, plain, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runDip(t, append([]string{"asset", "seal", in}, args...)...)
	if code != 0 {
		t.Fatalf("seal: exit %d: %s", code, errOut)
	}
	id := regexp.MustCompile(`asset id    (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if id == nil {
		t.Fatalf("seal output lacks the asset id:\n%s", out)
	}
	path := filepath.Join(dir, "out", id[1]+".manifest.json")
	m, err := readManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, m
}

// The whole CLI flow against a real anvil node: seal, redeem, two holders
// release (one twice: identical), a stranger is refused, the buyer opens.
func TestAssetCLIOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	const guild, ladder, buyer, stranger, h1, h2, h3 = 0, 1, 5, 7, 2, 3, 4
	tok, _, err := lat.Deploy(ctx, node.Client, opts(guild), common.Address{}, lat.Params{
		Name: "Anvil Tier 2", Symbol: "AT2", Guild: devchain.DevKeyAddress(guild), Tier: 2, Minter: devchain.DevKeyAddress(ladder),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(ladder), devchain.DevKeyAddress(buyer), lat.One); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	plain := bytes.Repeat([]byte("row,value\n1,2\n"), 10)
	holders := devPubkey(t, h1) + "," + devPubkey(t, h2) + "," + devPubkey(t, h3)
	mPath, m := sealForTest(t, dir, plain, "--tier", "2", "--threshold", "2", "--holders", holders,
		"--token", tok.Address().Hex(), "--chain-id", itoa(anviltest.ChainID), "--out", filepath.Join(dir, "out"), "--chunk-size", "16", "--no-register")
	if m.Threshold != 2 || m.Shares != 3 || m.Tier != 2 || m.Cipher.ChunkSize != 16 {
		t.Fatalf("manifest %+v", m)
	}
	code, out, errOut := runDip(t, "asset", "inspect", mPath)
	if code != 0 || !strings.Contains(out, m.AssetID.Hex()+" (matches the contents)") || !strings.Contains(out, "2 of 3") {
		t.Fatalf("inspect: exit %d %s\n%s", code, errOut, out)
	}

	grant, _, err := tok.Redeem(ctx, opts(buyer), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	buyerPub := hexutil.Encode(crypto.FromECDSAPub(&devchain.DevKey(buyer).PublicKey))
	release := func(holder int, pub, out string) (int, string) {
		code, _, errOut := runDip(t, "asset", "release", "--rpc-url", node.URL, "--dev-key", itoa(holder), "--manifest", mPath,
			"--grant", grant.ID.Hex(), "--buyer-pubkey", pub, "--confirmations", "1",
			"--release-log", filepath.Join(dir, "log-"+itoa(holder)+".jsonl"), "--out", out)
		return code, errOut
	}
	r1, r3 := filepath.Join(dir, "r1.json"), filepath.Join(dir, "r3.json")
	for _, tc := range []struct {
		holder int
		out    string
	}{{h1, r1}, {h3, r3}} {
		if code, errOut := release(tc.holder, buyerPub, tc.out); code != 0 {
			t.Fatalf("release by dev key %d: exit %d: %s", tc.holder, code, errOut)
		}
	}
	first, _ := os.ReadFile(r1)
	again := filepath.Join(dir, "r1-again.json")
	if code, errOut := release(h1, buyerPub, again); code != 0 {
		t.Fatalf("second release: exit %d: %s", code, errOut)
	}
	if second, _ := os.ReadFile(again); !bytes.Equal(first, second) {
		t.Fatal("a repeated release is not identical (release log not used)")
	}

	strangerPub := hexutil.Encode(crypto.FromECDSAPub(&devchain.DevKey(stranger).PublicKey))
	if code, errOut := release(h2, strangerPub, filepath.Join(dir, "stolen.json")); code != 1 || !strings.Contains(errOut, "not the grant's holder") {
		t.Fatalf("stranger: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "stolen.json")); err == nil {
		t.Fatal("a refused release wrote a file")
	}
	if code, errOut := release(9, buyerPub, filepath.Join(dir, "x.json")); code != 1 || !strings.Contains(errOut, "holds no share") {
		t.Fatalf("non-holder: exit %d: %s", code, errOut)
	}

	plainOut := filepath.Join(dir, "plain.csv")
	code, out, errOut = runDip(t, "asset", "open", "--dev-key", itoa(buyer), "--manifest", mPath, "--release", r3, "--release", r1, "--out", plainOut)
	if code != 0 {
		t.Fatalf("open: exit %d: %s", code, errOut)
	}
	if got, _ := os.ReadFile(plainOut); !bytes.Equal(got, plain) {
		t.Fatal("opened plaintext differs")
	}
	if !strings.Contains(out, "verified and written") {
		t.Errorf("open output: %s", out)
	}

	// Not enough shares: a clear error naming what failed, and no output file.
	var rel keyshare.Release
	if err := json.Unmarshal(first, &rel); err != nil {
		t.Fatal(err)
	}
	rel.Signature[3] ^= 1
	bad, _ := json.Marshal(&rel)
	badPath := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(badPath, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.csv")
	code, _, errOut = runDip(t, "asset", "open", "--dev-key", itoa(buyer), "--manifest", mPath, "--release", badPath, "--release", r3, "--out", short)
	if code != 1 || !strings.Contains(errOut, "1 of 2 needed") || !strings.Contains(errOut, "release 1") || !strings.Contains(errOut, "signature") {
		t.Fatalf("open with a tampered release: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(short); err == nil {
		t.Fatal("a failed open wrote the output file")
	}
	// The stranger cannot open with the buyer's releases.
	code, _, errOut = runDip(t, "asset", "open", "--dev-key", itoa(stranger), "--manifest", mPath, "--release", r1, "--release", r3, "--out", short)
	if code != 1 || !strings.Contains(errOut, "another grant or buyer") {
		t.Fatalf("stranger open: exit %d: %s", code, errOut)
	}
}

func TestAssetSealRejectsBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "f")
	if err := os.WriteFile(in, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	pk := devPubkey(t, 1)
	tok := "0x00000000000000000000000000000000000a11ce"
	out := filepath.Join(dir, "out")
	tests := []struct {
		name    string
		args    []string
		code    int
		message string
	}{
		{"no file", []string{"--threshold", "1", "--holders", pk, "--token", tok, "--chain-id", "1", "--no-register"}, 2, "exactly one FILE"},
		{"missing flags", []string{in, "--no-register"}, 2, "missing --threshold, --holders, --token, --chain-id"},
		{"threshold above holders", []string{in, "--threshold", "2", "--holders", pk, "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "threshold 2 out of range 1..1"},
		{"repeated holder", []string{in, "--threshold", "1", "--holders", pk + "," + pk, "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "repeated"},
		{"bad public key", []string{in, "--threshold", "1", "--holders", "0x04abcd", "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "--holders entry 1"},
		{"not hex", []string{in, "--threshold", "1", "--holders", "hello", "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "not 0x-prefixed hex"},
		{"bad token", []string{in, "--threshold", "1", "--holders", pk, "--token", "0x12", "--chain-id", "1", "--out", out, "--no-register"}, 1, "is not an address"},
		{"tier too high", []string{in, "--threshold", "1", "--holders", pk, "--token", tok, "--chain-id", "1", "--tier", "40", "--out", out, "--no-register"}, 1, "--tier 40"},
		{"zero chain", []string{in, "--threshold", "1", "--holders", pk, "--token", tok, "--chain-id", "0", "--out", out, "--no-register"}, 1, "chain id"},
		{"missing file", []string{filepath.Join(dir, "nope"), "--threshold", "1", "--holders", pk, "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "open input"},
		{"holder address offline", []string{in, "--threshold", "1", "--holders", tok, "--token", tok, "--chain-id", "1", "--out", out, "--no-register"}, 1, "offline (--no-register) give its public key"},
		{"unknown flag after file", []string{in, "--threshold", "1", "--bogus", "2"}, 2, "flag provided but not defined: -bogus"},
	}
	for _, tc := range tests {
		code, _, errOut := runDip(t, append([]string{"asset", "seal"}, tc.args...)...)
		if code != tc.code || !strings.Contains(errOut, tc.message) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d mentioning %q", tc.name, code, errOut, tc.code, tc.message)
		}
		if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%s: error is not one line: %q", tc.name, errOut)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Fatalf("rejected seals left %d files in the output directory", len(entries))
	}
}

// Flags may come before or after FILE, with the same result.
func TestAssetSealFlagsBeforeOrAfterFile(t *testing.T) {
	t.Parallel()
	for _, placement := range []string{"before", "after", "split"} {
		dir := t.TempDir()
		in := filepath.Join(dir, "f")
		if err := os.WriteFile(in, []byte("payload"), 0o600); err != nil {
			t.Fatal(err)
		}
		flags := []string{"--threshold=1", "--holders", devPubkey(t, 2), "--token", "0x00000000000000000000000000000000000a11ce", "--chain-id", "5", "--out", dir, "--tier", "3", "--no-register"}
		var args []string
		switch placement {
		case "before":
			args = append(append([]string{"asset", "seal"}, flags...), in)
		case "after":
			args = append([]string{"asset", "seal", in}, flags...)
		case "split": // flags on both sides of FILE must all be kept
			args = append(append(append([]string{"asset", "seal"}, flags[:5]...), in), flags[5:]...)
		}
		code, out, errOut := runDip(t, args...)
		if code != 0 || !strings.Contains(out, "1-of-1, tier 3") {
			t.Fatalf("flags %s FILE: exit %d: %s%s", placement, code, out, errOut)
		}
	}
}

func TestAssetInspectRejectsTamperedManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path, _ := sealForTest(t, dir, []byte("secret rows"), "--threshold", "1", "--holders", devPubkey(t, 3),
		"--token", "0x00000000000000000000000000000000000a11ce", "--chain-id", "1337", "--out", filepath.Join(dir, "out"), "--no-register")
	data, _ := os.ReadFile(path)
	tampered := bytes.Replace(data, []byte(`"tier": 1`), []byte(`"tier": 2`), 1)
	if bytes.Equal(tampered, data) {
		t.Fatal("test did not tamper")
	}
	if err := os.WriteFile(path, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runDip(t, "asset", "inspect", path)
	if code != 1 || !strings.Contains(errOut, "the manifest was altered") {
		t.Fatalf("inspect tampered: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runDip(t, "asset", "inspect"); code != 2 || !strings.Contains(errOut, "exactly one MANIFEST") {
		t.Fatalf("inspect without file: exit %d: %s", code, errOut)
	}
}

func TestAssetPubkeyFromKeystoreNeverPrintsSecrets(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	key := devchain.DevKey(6)
	const password = "correct horse battery staple"
	blob, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pw, wrong := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw"), filepath.Join(dir, "wrong")
	for p, data := range map[string][]byte{ks: blob, pw: []byte(password + "\n"), wrong: []byte("hunter2\n")} {
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runDip(t, "asset", "pubkey", "--keystore", ks, "--password-file", pw)
	if code != 0 || !strings.Contains(out, crypto.PubkeyToAddress(key.PublicKey).Hex()) {
		t.Fatalf("pubkey: exit %d: %s%s", code, out, errOut)
	}
	code, out, errOut = runDip(t, "asset", "pubkey", "--keystore", ks, "--password-file", wrong)
	if code != 1 || !strings.Contains(errOut, "cannot decrypt") {
		t.Fatalf("wrong password: exit %d: %s", code, errOut)
	}
	secret := hexutil.Encode(crypto.FromECDSA(key))[2:]
	for _, s := range []string{out, errOut} {
		if strings.Contains(s, "hunter2") || strings.Contains(s, password) || strings.Contains(s, secret) {
			t.Fatal("a secret appeared in the output")
		}
	}
	if code, _, errOut := runDip(t, "asset", "pubkey"); code != 1 || !strings.Contains(errOut, "--keystore") {
		t.Fatalf("no key: exit %d: %s", code, errOut)
	}
}

// An offline seal is registered later with `asset register`; `inspect
// --on-chain` checks the record; a holder whose registered key is not its
// slot's key is named before anything is sent; only the owner retires (after
// `asset transfer`, the new owner); a retired asset fails inspect.
func TestAssetRegisterAndInspectOnAnvil(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t)
	ctx := context.Background()
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	const admin, owner, h1, h2 = 0, 1, 2, 3
	reg, _, err := authority.Deploy(ctx, node.Client, opts(admin), common.Address{}, authority.Params{Admin: devchain.DevKeyAddress(admin)})
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range []int{h1, h2} {
		if _, err := reg.GrantCell(ctx, opts(admin), []string{"u4pru", "u4prv"}[i], devchain.DevKeyAddress(h)); err != nil {
			t.Fatal(err)
		}
	}
	// h2 registers another key than the one the asset is sealed to.
	if _, err := reg.RegisterKeyHolder(ctx, opts(h1), crypto.FromECDSAPub(&devchain.DevKey(h1).PublicKey)); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.RegisterKeyHolder(ctx, opts(h2), crypto.FromECDSAPub(&devchain.DevKey(9).PublicKey)); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path, m := sealForTest(t, dir, []byte("rows"), "--threshold", "1", "--holders", devPubkey(t, h1)+","+devPubkey(t, h2),
		"--token", "0x00000000000000000000000000000000000a11ce", "--chain-id", itoa(anviltest.ChainID), "--out", filepath.Join(dir, "out"), "--no-register")
	chainArgs := []string{"--rpc-url", node.URL, "--registry", reg.Address().Hex()}

	code, _, errOut := runDip(t, append([]string{"asset", "register", path, "--dev-key", itoa(owner)}, chainArgs...)...)
	if code != 1 || !strings.Contains(errOut, "holder 2 ("+devchain.DevKeyAddress(h2).Hex()+") registered another public key") {
		t.Fatalf("register with a mismatched holder key: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runDip(t, append([]string{"asset", "inspect", path, "--on-chain"}, chainArgs...)...)
	if code != 1 || !strings.Contains(errOut, "not registered on chain") {
		t.Fatalf("inspect of an unregistered asset: exit %d, stderr %q", code, errOut)
	}

	if _, err := reg.RegisterKeyHolder(ctx, opts(h2), crypto.FromECDSAPub(&devchain.DevKey(h2).PublicKey)); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runDip(t, append([]string{"asset", "register", path, "--dev-key", itoa(owner)}, chainArgs...)...)
	if code != 0 || !strings.Contains(out, "registered asset "+m.AssetID.Hex()) {
		t.Fatalf("register: exit %d: %s%s", code, out, errOut)
	}
	code, out, errOut = runDip(t, append([]string{"asset", "inspect", path, "--on-chain"}, chainArgs...)...)
	if code != 0 || !strings.Contains(out, "owner "+devchain.DevKeyAddress(owner).Hex()) || !strings.Contains(out, "record matches the manifest") {
		t.Fatalf("inspect --on-chain: exit %d: %s%s", code, out, errOut)
	}
	// Only the owner retires: hand the record to h1, then h1 retires it.
	code, _, errOut = runDip(t, append([]string{"asset", "retire", "--asset", m.AssetID.Hex(), "--dev-key", itoa(h2)}, chainArgs...)...)
	if code != 1 || !strings.Contains(errOut, "Authority_NotAssetOwner") {
		t.Fatalf("retire by a stranger: exit %d, stderr %q", code, errOut)
	}
	code, out, errOut = runDip(t, append([]string{"asset", "transfer", "--asset", m.AssetID.Hex(), "--to", devchain.DevKeyAddress(h1).Hex(), "--dev-key", itoa(owner)}, chainArgs...)...)
	if code != 0 || !strings.Contains(out, "now owned by "+devchain.DevKeyAddress(h1).Hex()) {
		t.Fatalf("transfer: exit %d: %s%s", code, out, errOut)
	}
	code, out, errOut = runDip(t, append([]string{"asset", "retire", "--asset", m.AssetID.Hex(), "--dev-key", itoa(h1)}, chainArgs...)...)
	if code != 0 || !strings.Contains(out, "retired asset") {
		t.Fatalf("retire by the new owner: exit %d: %s%s", code, out, errOut)
	}
	code, out, errOut = runDip(t, append([]string{"asset", "inspect", path, "--on-chain"}, chainArgs...)...)
	if code != 1 || !strings.Contains(out, "RETIRED") || !strings.Contains(errOut, "retired") {
		t.Fatalf("inspect of a retired asset: exit %d: %s%s", code, out, errOut)
	}
}
