package service

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/relayer/signer"
)

// testKey is a keystore key made for one test, with everything a leak check needs.
type testKey struct {
	cfg        signer.Config
	address    common.Address
	passphrase string
	keyHex     string
}

// newKeystore writes a keystore file (light scrypt, so tests stay fast) and
// its passphrase file into a temporary directory.
func newKeystore(t *testing.T, chainID uint64) testKey {
	t.Helper()
	dir := t.TempDir()
	pass := "pass-" + hex.EncodeToString(crypto.Keccak256([]byte(t.Name())))[:24]
	passFile := filepath.Join(dir, "passphrase")
	if err := os.WriteFile(passFile, []byte(pass+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := signer.Config{Kind: signer.KindKeystore, ChainID: chainID,
		Keystore: signer.KeystoreConfig{Path: filepath.Join(dir, "key.json"), PassphraseFile: passFile}}
	addr, err := signer.Generate(context.Background(), cfg, signer.WithScrypt(keystore.LightScryptN, keystore.LightScryptP))
	if err != nil {
		t.Fatalf("generate keystore: %v", err)
	}
	blob, err := os.ReadFile(cfg.Keystore.Path)
	if err != nil {
		t.Fatal(err)
	}
	k, err := keystore.DecryptKey(blob, pass)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{cfg: cfg, address: addr, passphrase: pass, keyHex: hex.EncodeToString(crypto.FromECDSA(k.PrivateKey))}
}

// writeToken writes an admin token file and returns its path and the token.
func writeToken(t *testing.T) (string, string) {
	t.Helper()
	tok := hex.EncodeToString(crypto.Keccak256([]byte("admin token of " + t.Name())))
	path := filepath.Join(t.TempDir(), "admin-token")
	if err := os.WriteFile(path, []byte(tok+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, tok
}

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// assertNoSecrets fails when any secret (raw, lower or upper hex) appears in text.
func assertNoSecrets(t *testing.T, where, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s == "" {
			continue
		}
		for _, form := range []string{s, strings.ToLower(s), strings.ToUpper(s), hex.EncodeToString([]byte(s))} {
			if strings.Contains(text, form) {
				t.Errorf("%s contains a secret (%d chars)", where, len(s))
			}
		}
	}
}

// testConfig is a config for a local node: fast polling, shallow depths.
func testConfig(rpcURL string, key testKey, dir string) CLIConfig {
	cfg := DefaultCLIConfig()
	cfg.RPCURL = rpcURL
	cfg.DataDir = dir
	cfg.HTTPAddr = "127.0.0.1:0"
	cfg.Signer = key.cfg
	cfg.TxMgr.ConfirmationDepth = 2
	cfg.TxMgr.PollInterval = 20 * time.Millisecond
	cfg.TxMgr.MaxBackoff = 500 * time.Millisecond
	cfg.TxMgr.NetworkTimeout = 5 * time.Second
	cfg.TxMgr.ResubmissionTimeout = 3 * time.Second
	cfg.Watch.Confirmations = 1
	cfg.Watch.PollInterval = 50 * time.Millisecond
	return cfg
}

// newTestLogger logs everything, debug included, as JSON into w.
func newTestLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
