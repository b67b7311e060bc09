package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
	"github.com/dip-market/dip/relayer/keyshares"
)

// groupProc is a dip process in its own process group, killed (group and
// all) when the test ends.
type groupProc struct {
	cmd    *exec.Cmd
	stdout *syncBuf
	done   chan struct{}
}

func startGroup(t *testing.T, bin string, env []string, args ...string) *groupProc {
	t.Helper()
	p := &groupProc{cmd: exec.Command(bin, args...), stdout: &syncBuf{}, done: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = p.stdout, p.stdout
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start dip: %v", err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(p.kill)
	return p
}

// kill ends the process group and waits for the process.
func (p *groupProc) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	<-p.done
}

// runBin runs a short dip command from the built binary.
func runBin(t *testing.T, ctx context.Context, bin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatalf("run dip %s: %v", args[0], err)
	}
	return code, out.String(), errOut.String()
}

// TestAccessEndToEndWithRelayerProcesses is issue #9 item 6 through the real
// binaries: three `dip relayer run` processes hold 2-of-3 shares on anvil;
// `dip asset seal` seals and registers the asset in the AuthorityRegistry;
// the buyer runs `dip access buy` and `dip access fetch` (which checks the
// manifest against the on-chain record) and decrypts; an asset that was
// never registered is refused by the holders, and so are a stranger
// presenting the buyer's grant and a grant reorged away; with one holder
// killed the fetch still works; with two killed it fails naming both.
func TestAccessEndToEndWithRelayerProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dip and runs three relayers against anvil")
	}
	t.Parallel()
	began := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	bin := buildDip(t)
	t.Logf("built dip in %s", time.Since(began).Round(time.Millisecond))
	node := anviltest.Start(t)
	chainID := big.NewInt(anviltest.ChainID)
	opts := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(i), chainID) }
	const adminIdx, minterIdx, buyerIdx, ownerIdx = 0, 1, 5, 6
	tok, _, err := lat.Deploy(ctx, node.Client, opts(adminIdx), common.Address{}, lat.Params{
		Name: "E2E Tier 2", Symbol: "E2", Guild: devchain.DevKeyAddress(adminIdx), Tier: 2, Minter: devchain.DevKeyAddress(minterIdx),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, opts(minterIdx), devchain.DevKeyAddress(buyerIdx), new(big.Int).Mul(lat.One, big.NewInt(3))); err != nil {
		t.Fatal(err)
	}
	reg, _, err := authority.Deploy(ctx, node.Client, opts(adminIdx), common.Address{}, authority.Params{Admin: devchain.DevKeyAddress(adminIdx)})
	if err != nil {
		t.Fatal(err)
	}

	// Three authorities: a cell each, the relayer key registered as share key.
	type holder struct {
		key  relayerKey
		pub  []byte
		url  string
		proc *groupProc
	}
	var holders []*holder
	for _, cell := range []string{"u4pru", "u4prv", "u4prw"} {
		k := newRelayerKey(t, node)
		if _, err := reg.GrantCell(ctx, opts(adminIdx), cell, k.address); err != nil {
			t.Fatal(err)
		}
		sk, err := keyshares.LoadKey(k.path, k.passFile)
		if err != nil {
			t.Fatal(err)
		}
		pub := crypto.FromECDSAPub(&sk.PublicKey)
		if _, err := reg.RegisterKeyHolder(ctx, bind.NewKeyedTransactor(sk, chainID), pub); err != nil {
			t.Fatal(err)
		}
		holders = append(holders, &holder{key: k, pub: pub})
	}

	// The owner seals to the holders by address (keys read from the
	// registry) and registers the asset.
	dir := t.TempDir()
	plain := bytes.Repeat([]byte("patient_id,finding\n1,benign\n2,malignant\n"), 50)
	in := filepath.Join(dir, "data.csv")
	if err := os.WriteFile(in, plain, 0o600); err != nil {
		t.Fatal(err)
	}
	sealedDir, manifests := filepath.Join(dir, "sealed"), filepath.Join(dir, "manifests")
	if err := os.MkdirAll(manifests, 0o700); err != nil {
		t.Fatal(err)
	}
	var addrs, specs []string
	for _, h := range holders {
		addrs = append(addrs, h.key.address.Hex())
		specs = append(specs, h.key.address.Hex()+"="+hexutil.Encode(h.pub))
	}
	chainArgs := []string{"--rpc-url", node.URL, "--registry", reg.Address().Hex()}
	seal := func(extra ...string) common.Hash {
		t.Helper()
		args := append([]string{"asset", "seal", in, "--token", tok.Address().Hex(), "--tier", "2", "--threshold", "2", "--out", sealedDir}, extra...)
		code, out, errOut := runBin(t, ctx, bin, args...)
		if code != 0 {
			t.Fatalf("asset seal: exit %d: %s", code, errOut)
		}
		m := regexp.MustCompile(`asset id    (0x[0-9a-f]{64})`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("seal output lacks the asset id:\n%s", out)
		}
		id := common.HexToHash(m[1])
		data, err := os.ReadFile(filepath.Join(sealedDir, id.Hex()+".manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(manifests, id.Hex()+".manifest.json"), data, 0o600); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "registered asset") && !strings.Contains(strings.Join(extra, " "), "--no-register") {
			t.Fatalf("seal did not register:\n%s", out)
		}
		return id
	}
	asset := seal(append([]string{"--holders", strings.Join(addrs, ","), "--dev-key", itoa(ownerIdx)}, chainArgs...)...)
	if rec, err := reg.Asset(ctx, asset); err != nil || rec.Owner != devchain.DevKeyAddress(ownerIdx) || rec.Threshold != 2 {
		t.Fatalf("on-chain record = %+v, %v", rec, err)
	}
	// Sealed but never registered: holders with a registry refuse it.
	unregistered := seal("--holders", strings.Join(specs, ","), "--chain-id", itoa(anviltest.ChainID), "--no-register")

	mPath := func(id common.Hash) string { return filepath.Join(sealedDir, id.Hex()+".manifest.json") }
	code, out, errOut := runDip(t, append([]string{"asset", "inspect", mPath(asset), "--on-chain"}, chainArgs...)...)
	if code != 0 || !strings.Contains(out, "record matches the manifest") {
		t.Fatalf("inspect --on-chain: exit %d: %s%s", code, out, errOut)
	}

	for i, h := range holders {
		addr := freeAddr(t)
		h.url = "http://" + addr
		h.proc = startGroup(t, bin, []string{"DIP_DATA_DIR=" + filepath.Join(dir, "node"+itoa(i))},
			"relayer", "run", "--rpc-url", node.URL, "--chain-id", "31337", "--signer", "keystore",
			"--signer-keystore", h.key.path, "--signer-keystore-passphrase-file", h.key.passFile,
			"--http-addr", addr, "--watch-poll-interval", "50ms",
			"--shares-key-file", h.key.path, "--shares-password-file", h.key.passFile, "--shares-manifest-dir", manifests,
			"--shares-push-token", tok.Address().Hex(), "--shares-confirmations", "2",
			"--shares-authority-registry", reg.Address().Hex())
	}
	for _, h := range holders {
		waitReady(t, ctx, h.url, h.proc)
	}

	bought := 0
	buy := func(id common.Hash) string {
		t.Helper()
		bought++
		grant := filepath.Join(dir, "grant"+itoa(bought)+".json")
		code, _, errOut := runBin(t, ctx, bin, "access", "buy", "--rpc-url", node.URL, "--dev-key", itoa(buyerIdx),
			"--token", tok.Address().Hex(), "--asset", id.Hex(), "--out", grant)
		if code != 0 {
			t.Fatalf("access buy: exit %d: %s", code, errOut)
		}
		return grant
	}
	fetch := func(id common.Hash, grant string, extra ...string) (int, string, string) {
		t.Helper()
		args := []string{"access", "fetch", "--rpc-url", node.URL, "--dev-key", itoa(buyerIdx),
			"--manifest", mPath(id), "--ciphertext", filepath.Join(sealedDir, id.Hex()+".sealed"),
			"--grant", grant, "--out", filepath.Join(dir, "plain.csv"), "--holder-timeout", "5s"}
		for _, h := range holders {
			args = append(args, "--holder", h.key.address.Hex()+"="+h.url)
		}
		return runBin(t, ctx, bin, append(args, extra...)...)
	}
	grant := buy(asset)
	if err := node.RPC.Call(nil, "anvil_mine", "0x2"); err != nil {
		t.Fatal(err)
	}
	fetchOK := func(what string) {
		t.Helper()
		_ = os.Remove(filepath.Join(dir, "plain.csv"))
		code, out, errOut := fetch(asset, grant, chainArgs[2:]...)
		if code != 0 || !strings.Contains(out, "record matches the manifest") {
			t.Fatalf("fetch %s: exit %d: %s%s", what, code, out, errOut)
		}
		got, err := os.ReadFile(filepath.Join(dir, "plain.csv"))
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("fetch %s: decrypted data differs (%v)", what, err)
		}
	}
	fetchOK("with three holders")

	code, _, errOut = fetch(unregistered, buy(unregistered))
	if code != 1 || !strings.Contains(errOut, "not registered on chain") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("fetch of an unregistered asset: exit %d, stderr %q; want exit 1 saying it is not registered", code, errOut)
	}
	if logs := holders[0].proc.stdout.String(); !strings.Contains(logs, "asset_not_registered") {
		t.Fatalf("holder log does not record the refusal:\n%s", tail(logs))
	}

	// A stranger presenting the buyer's grant as its own gets nothing.
	const strangerIdx = 7
	forged := filepath.Join(dir, "forged.grant.json")
	data, err := os.ReadFile(grant)
	if err != nil {
		t.Fatal(err)
	}
	buyerHex := strings.ToLower(devchain.DevKeyAddress(buyerIdx).Hex())
	if !bytes.Contains(data, []byte(buyerHex)) {
		t.Fatalf("grant file does not name the buyer %s:\n%s", buyerHex, data)
	}
	data = bytes.Replace(data, []byte(buyerHex), []byte(strings.ToLower(devchain.DevKeyAddress(strangerIdx).Hex())), 1)
	if err := os.WriteFile(forged, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runBin(t, ctx, bin, "access", "fetch", "--rpc-url", node.URL, "--dev-key", itoa(strangerIdx),
		"--manifest", mPath(asset), "--ciphertext", filepath.Join(sealedDir, asset.Hex()+".sealed"), "--grant", forged,
		"--out", filepath.Join(dir, "stolen.csv"), "--holder", holders[0].url, "--holder", holders[1].url)
	if code != 1 || !strings.Contains(errOut, "not the grant's holder") {
		t.Fatalf("stranger with the buyer's grant: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "stolen.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a refused fetch wrote plaintext")
	}

	// A grant reorged away before its confirmations releases nothing.
	var snap hexutil.Big
	if err := node.RPC.Call(&snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	ghost := buy(asset)
	var reverted bool
	if err := node.RPC.Call(&reverted, "evm_revert", &snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if err := node.RPC.Call(nil, "anvil_mine", "0x3"); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := fetch(asset, ghost); code != 1 || !strings.Contains(errOut, "unknown grant") {
		t.Fatalf("fetch with a reorged grant: exit %d, stderr %q", code, errOut)
	}

	holders[2].proc.kill()
	fetchOK("with one holder killed")

	holders[1].proc.kill()
	code, _, errOut = fetch(asset, grant)
	if code != 1 || !strings.Contains(errOut, "not enough valid shares") {
		t.Fatalf("fetch with two holders killed: exit %d, stderr %q", code, errOut)
	}
	for _, h := range holders[1:] {
		if !strings.Contains(errOut, h.key.address.Hex()) {
			t.Errorf("shortfall %q does not name the killed holder %s", errOut, h.key.address.Hex())
		}
	}
	if strings.Contains(errOut, holders[0].key.address.Hex()) {
		t.Errorf("shortfall %q names the holder that answered", errOut)
	}
	for _, h := range holders {
		assertNoLeak(t, "holder log", h.proc.stdout.String(), h.key.secrets...)
	}
	t.Logf("end to end with three relayer processes took %s", time.Since(began).Round(time.Millisecond))
}

// waitReady polls the relayer's /readyz until it answers 200.
func waitReady(t *testing.T, ctx context.Context, base string, p *groupProc) {
	t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case <-p.done:
			t.Fatalf("relayer at %s exited before it was ready:\n%s", base, tail(p.stdout.String()))
		case <-ctx.Done():
			t.Fatalf("relayer at %s not ready:\n%s", base, tail(p.stdout.String()))
		case <-tick.C:
		}
	}
}
