package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
)

// relayerKey is a funded keystore key for one test and its secrets.
type relayerKey struct {
	path, passFile string
	address        common.Address
	secrets        []string // passphrase and private key hex
}

func newRelayerKey(t *testing.T, node *anviltest.Node) relayerKey {
	t.Helper()
	dir := t.TempDir()
	pass := "pass-" + hex.EncodeToString(crypto.Keccak256([]byte(t.Name())))[:20]
	k := relayerKey{path: filepath.Join(dir, "key.json"), passFile: filepath.Join(dir, "pass")}
	if err := os.WriteFile(k.passFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := signer.Config{Kind: signer.KindKeystore, ChainID: anviltest.ChainID,
		Keystore: signer.KeystoreConfig{Path: k.path, PassphraseFile: k.passFile}}
	addr, err := signer.Generate(context.Background(), cfg, signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatal(err)
	}
	blob, _ := os.ReadFile(k.path)
	key, err := keystore.DecryptKey(blob, pass)
	if err != nil {
		t.Fatal(err)
	}
	k.address = addr
	k.secrets = []string{pass, hex.EncodeToString(crypto.FromECDSA(key.PrivateKey))}
	if node != nil {
		if err := node.RPC.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70))); err != nil {
			t.Fatal(err)
		}
	}
	return k
}

func assertNoLeak(t *testing.T, where, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && (strings.Contains(text, s) || strings.Contains(strings.ToLower(text), strings.ToLower(s))) {
			t.Errorf("%s contains a secret (%d chars)", where, len(s))
		}
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// buildDip compiles this command into a temporary directory.
func buildDip(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dip")
	goBin, err := exec.LookPath("go") // go test puts its own toolchain first in PATH
	if err != nil {
		t.Fatalf("go toolchain not in PATH: %v", err)
	}
	if out, err := exec.Command(goBin, "build", "-o", bin, "github.com/dip-market/dip/cmd/dip").CombinedOutput(); err != nil {
		t.Fatalf("build dip: %v\n%s", err, out)
	}
	return bin
}

// syncBuf collects a subprocess's output.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// proc is a running `dip relayer run`.
type proc struct {
	cmd            *exec.Cmd
	stdout, stderr *syncBuf
	done           chan error
}

func startDip(t *testing.T, bin string, env []string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), stdout: &syncBuf{}, stderr: &syncBuf{}, done: make(chan error, 1)}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = p.stdout, p.stderr
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start dip: %v", err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// wait returns the exit code, failing the test after timeout.
func (p *proc) wait(t *testing.T, timeout time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
		return p.cmd.ProcessState.ExitCode()
	case <-time.After(timeout):
		t.Fatalf("dip did not exit within %s; stdout tail:\n%s", timeout, tail(p.stdout.String()))
		return -1
	}
}

func tail(s string) string {
	if len(s) > 4000 {
		return s[len(s)-4000:]
	}
	return s
}

// until polls cond every 50 ms until it holds, the process exits or the
// deadline passes.
func (p *proc) until(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(timeout)
	for !cond() {
		select {
		case err := <-p.done:
			p.done <- err
			t.Fatalf("dip exited (%v) while waiting for %s; stderr %q; stdout tail:\n%s", err, what, p.stderr.String(), tail(p.stdout.String()))
		case <-deadline:
			t.Fatalf("timed out after %s waiting for %s; stdout tail:\n%s", timeout, what, tail(p.stdout.String()))
		case <-tick.C:
		}
	}
}

type adminClient struct {
	base, token string
}

func (a adminClient) status() (service.Status, error) {
	req, _ := http.NewRequest(http.MethodGet, a.base+"/admin/status", nil)
	req.Header.Set("Authorization", "Bearer "+a.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return service.Status{}, err
	}
	defer resp.Body.Close()
	var st service.Status
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("status %s", resp.Status)
	}
	return st, json.NewDecoder(resp.Body).Decode(&st)
}

func (a adminClient) ready() bool {
	resp, err := http.Get(a.base + "/readyz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

func (a adminClient) post(t *testing.T, req service.IntentRequest) {
	t.Helper()
	body, _ := json.Marshal(req)
	r, _ := http.NewRequest(http.MethodPost, a.base+"/admin/intents", bytes.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+a.token)
	r.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatalf("POST intent %s: %v", req.Key, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("POST intent %s: %s, want 202", req.Key, resp.Status)
	}
}

func intentKey(i int) string { return fmt.Sprintf("sigterm-%03d", i) }

// recipient of intent i: an address nobody else pays, so its balance counts
// how often the intent executed.
func recipient(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(intentKey(i)))[12:])
}

// TestRelayerRun_Subprocess builds dip and runs `dip relayer run` as a real
// process against anvil: start-up failures exit 1 with one stderr line; a
// SIGTERM while intents are in flight exits 0, and a restart finishes every
// intent exactly once.
func TestRelayerRun_Subprocess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dip and runs it against anvil")
	}
	t.Parallel()
	bin := buildDip(t)

	t.Run("startup failures", func(t *testing.T) {
		t.Parallel()
		node := anviltest.Start(t) // automine: the base fee stays at 1 gwei
		key := newRelayerKey(t, nil)
		base := []string{"relayer", "run", "--rpc-url", node.URL, "--chain-id", "31337", "--signer", "keystore",
			"--signer-keystore", key.path, "--signer-keystore-passphrase-file", key.passFile, "--http-addr", "127.0.0.1:0"}
		badConfig := filepath.Join(t.TempDir(), "bad.json")
		if err := os.WriteFile(badConfig, []byte(`{"rpc_url": "http://x"}`), 0o600); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name     string
			extra    []string
			wantCode int
			want     string
		}{
			{"unreachable rpc", []string{"--rpc-url", "http://127.0.0.1:1"}, 1, "does not answer"},
			{"wrong chain id", []string{"--chain-id", "5"}, 1, "serves chain 31337 but --chain-id is 5"},
			{"missing passphrase file", []string{"--signer-keystore-passphrase-file", filepath.Join(t.TempDir(), "absent")}, 1, "missing keystore passphrase"},
			{"fee cap below network minimum", []string{"--txmgr-max-fee-cap-gwei", "0.5", "--txmgr-min-tip-cap-gwei", "0.1"}, 1, "raise the max fee cap"},
			{"unknown config key", []string{"--config", badConfig}, 1, `unknown key "rpc_url"`},
			{"unparsable flag", []string{"--txmgr-confirmations", "many"}, 2, "invalid value"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				p := startDip(t, bin, []string{"DIP_DATA_DIR=" + t.TempDir()}, append(append([]string(nil), base...), tc.extra...)...)
				code := p.wait(t, 30*time.Second)
				stderr := p.stderr.String()
				if code != tc.wantCode {
					t.Errorf("exit code %d, want %d (stderr %q)", code, tc.wantCode, stderr)
				}
				if lines := strings.Count(stderr, "\n"); lines != 1 || !strings.HasSuffix(stderr, "\n") {
					t.Errorf("stderr has %d lines, want exactly one: %q", lines, stderr)
				}
				if !strings.Contains(stderr, tc.want) {
					t.Errorf("stderr %q does not say %q", stderr, tc.want)
				}
				assertNoLeak(t, "stderr", stderr, key.secrets...)
				assertNoLeak(t, "stdout", p.stdout.String(), key.secrets...)
			})
		}
	})

	t.Run("sigterm and restart", func(t *testing.T) {
		t.Parallel()
		const n = 30
		node := anviltest.Start(t, anviltest.WithBlockTime(200*time.Millisecond))
		key := newRelayerKey(t, node)
		dir := t.TempDir()
		token := hex.EncodeToString(crypto.Keccak256([]byte("token " + t.Name())))
		tokenFile := filepath.Join(dir, "token")
		if err := os.WriteFile(tokenFile, []byte(token+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		addr := freeAddr(t)
		// Most settings come from the config file, the data dir from the
		// environment, the rest from flags.
		configFile := filepath.Join(dir, "relayer.json")
		config := fmt.Sprintf(`{
			"rpc-url": %q, "chain-id": 31337, "signer": "keystore",
			"signer-keystore": %q, "signer-keystore-passphrase-file": %q,
			"http-addr": %q, "log-format": "json", "log-level": "debug",
			"txmgr-confirmations": 2, "txmgr-max-in-flight": 2,
			"txmgr-poll-interval": "20ms", "txmgr-max-backoff": "500ms", "txmgr-resubmission-timeout": "3s",
			"shutdown-timeout": "10s"
		}`, node.URL, key.path, key.passFile, addr)
		if err := os.WriteFile(configFile, []byte(config), 0o600); err != nil {
			t.Fatal(err)
		}
		env := []string{"DIP_DATA_DIR=" + filepath.Join(dir, "data")}
		args := []string{"relayer", "run", "--config", configFile, "--admin-token-file", tokenFile}
		admin := adminClient{base: "http://" + addr, token: token}

		first := startDip(t, bin, env, args...)
		first.until(t, "readiness", 20*time.Second, admin.ready)
		for i := 0; i < n; i++ {
			to := recipient(i)
			admin.post(t, service.IntentRequest{Key: intentKey(i), To: to.Hex(), Data: hexutil.Encode([]byte(intentKey(i))), Value: "1"})
		}
		st, err := admin.status()
		if err != nil {
			t.Fatal(err)
		}
		if st.QueueDepth+st.InFlight+st.Mined == 0 {
			t.Fatalf("nothing outstanding before SIGTERM (%+v): the test would not test a shutdown with work in flight", st)
		}
		if err := first.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := first.wait(t, 20*time.Second); code != 0 {
			t.Fatalf("after SIGTERM: exit code %d, want 0; stderr %q", code, first.stderr.String())
		}
		if s := first.stderr.String(); s != "" {
			t.Errorf("a clean stop wrote to stderr: %q", s)
		}
		for _, want := range []string{`"msg":"signal received; shutting down"`, `"msg":"relayer stopped","errors":0`} {
			if !strings.Contains(first.stdout.String(), want) {
				t.Errorf("first run's log lacks %s", want)
			}
		}
		t.Logf("at SIGTERM: %d queued, %d sent, %d mined, %d confirmed", st.QueueDepth, st.InFlight, st.Mined, st.Confirmed)

		second := startDip(t, bin, env, args...)
		second.until(t, "all intents confirmed after the restart", 40*time.Second, func() bool {
			st, err := admin.status()
			return err == nil && st.Confirmed == n
		})
		code, out, errOut := runDip(t, "relayer", "status", "--admin-url", admin.base, "--admin-token-file", tokenFile)
		if code != 0 || !strings.Contains(out, key.address.Hex()) || !strings.Contains(out, fmt.Sprintf("confirmed             %d", n)) {
			t.Errorf("status over the admin API: exit %d, stderr %q, output:\n%s", code, errOut, out)
		}
		if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := second.wait(t, 20*time.Second); code != 0 {
			t.Fatalf("second run: exit code %d, want 0; stderr %q", code, second.stderr.String())
		}

		// Exactly once: every recipient got 1 wei, the account sent n
		// transactions and nothing is pending, and the store agrees.
		ctx := context.Background()
		for i := 0; i < n; i++ {
			bal, err := node.Client.BalanceAt(ctx, recipient(i), nil)
			if err != nil {
				t.Fatal(err)
			}
			if bal.Cmp(big.NewInt(1)) != 0 {
				t.Errorf("intent %d executed %s times, want 1", i, bal)
			}
		}
		nonce, err := node.Client.NonceAt(ctx, key.address, nil)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := node.Client.PendingNonceAt(ctx, key.address)
		if err != nil {
			t.Fatal(err)
		}
		if nonce != n || pending != n {
			t.Errorf("account nonce %d (pending %d), want %d: a transaction was sent twice or is stuck", nonce, pending, n)
		}
		db := filepath.Join(dir, "data", "relayer.db")
		st2, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := st2.Status(ctx, nil)
		st2.Close()
		if err != nil {
			t.Fatal(err)
		}
		if sum.Confirmed != n || sum.Failures() != 0 || sum.Queued+sum.InFlight+sum.Mined != 0 {
			t.Errorf("store status %+v, want %d confirmed and nothing else", sum, n)
		}
		code, out, errOut = runDip(t, "relayer", "status", "--db", db)
		for _, want := range []string{"queue depth           0", "in flight             0 sent, 0 mined", fmt.Sprintf("confirmed             %d", n), "failures              0"} {
			if !strings.Contains(out, want) {
				t.Errorf("dip relayer status (exit %d, stderr %q) lacks %q:\n%s", code, errOut, want, out)
			}
		}
		for _, p := range []*proc{first, second} {
			assertNoLeak(t, "logs", p.stdout.String()+p.stderr.String(), append(key.secrets, token)...)
		}
	})
}

func TestRelayerKeygen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	passFile := filepath.Join(dir, "pass")
	if err := os.WriteFile(passFile, []byte("keygen passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	keyPath := filepath.Join(dir, "key.json")
	args := []string{"relayer", "keygen", "--signer", "keystore", "--signer-keystore", keyPath, "--signer-keystore-passphrase-file", passFile}
	code, out, errOut := runDip(t, args...)
	if code != 0 {
		t.Fatalf("keygen: exit %d, stderr %q", code, errOut)
	}
	fields := strings.Fields(out)
	if len(fields) != 2 || !common.IsHexAddress(fields[0]) || fields[1] != keyPath {
		t.Fatalf("keygen printed %q, want '<address> <path>'", out)
	}
	blob, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(blob, "keygen passphrase")
	if err != nil {
		t.Fatalf("the new keystore does not open with the passphrase: %v", err)
	}
	if k.Address != common.HexToAddress(fields[0]) {
		t.Errorf("keystore holds %s, keygen printed %s", k.Address.Hex(), fields[0])
	}
	assertNoLeak(t, "keygen output", out+errOut, "keygen passphrase", hex.EncodeToString(crypto.FromECDSA(k.PrivateKey)))

	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"never overwrites", args, 1, "key already exists"},
		{"passphrase file missing", []string{"relayer", "keygen", "--signer", "keystore", "--signer-keystore", filepath.Join(dir, "k2.json"),
			"--signer-keystore-passphrase-file", filepath.Join(dir, "absent")}, 1, "does not exist"},
		{"passphrase from env refused", []string{"relayer", "keygen", "--signer", "keystore", "--signer-keystore", filepath.Join(dir, "k3.json"),
			"--signer-keystore-passphrase-env", "PASS"}, 2, "flag provided but not defined"},
		{"remote cannot generate", []string{"relayer", "keygen", "--signer", "remote", "--signer-remote-url", "http://x"}, 2, "flag provided but not defined"},
	}
	for _, tc := range tests {
		code, _, errOut := runDip(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and one line saying %q", tc.name, code, errOut, tc.code, tc.want)
		}
	}
}

func TestRelayerStatus_NoDatabase(t *testing.T) {
	t.Parallel()
	code, _, errOut := runDip(t, "relayer", "status", "--data-dir", filepath.Join(t.TempDir(), "absent"))
	if code != 1 || !strings.Contains(errOut, "no relayer database") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("status without a database: exit %d, stderr %q", code, errOut)
	}
}

func TestPrintStatus(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	oldest := now.Add(-90 * time.Second)
	var buf bytes.Buffer
	st := service.Status{ChainID: 1, Account: "0xabc", QueueDepth: 3, InFlight: 2, Mined: 1, Confirmed: 40, Reverted: 1, Failed: 2,
		Failures: 3, LastConfirmedBlock: 1234, OldestQueued: &oldest, LastError: "gas estimation reverted:\nexecution reverted",
		Watchers: []service.WatcherStatus{{Name: "contracts", Block: 1200}}}
	if err := printStatus(&buf, st, now); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"account               0xabc (chain 1)",
		"queue depth           3",
		"in flight             2 sent, 1 mined below confirmation depth",
		"last confirmed block  1234",
		"failures              3 (1 reverted, 2 failed)",
		"oldest queued         2026-12-01T11:58:30Z (1m30s ago)",
		"last error            gas estimation reverted: execution reverted",
		"watcher contracts     block 1200",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("status output lacks %q:\n%s", want, buf.String())
		}
	}
}
