package service

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/relayer/internal/vaultfake"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/txmgr"
)

// TestNew_StartupFailures checks that every bad setting that can only be
// found by trying fails New with one line naming what to fix, and leaks no
// secret.
func TestNew_StartupFailures(t *testing.T) {
	t.Parallel()
	node := anviltest.Start(t) // automine: the base fee stays at 1 gwei
	key := newKeystore(t, anviltest.ChainID)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { busy.Close() })
	shortToken := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(shortToken, []byte("short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	vault := vaultfake.Start(t)
	weakToken := vault.CreateToken(vaultfake.TokenOptions{}) // default policy only: no read on the secret
	vaultTokenFile := filepath.Join(t.TempDir(), "vault-token")
	if err := os.WriteFile(vaultTokenFile, []byte(weakToken), 0o600); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		mutate func(*CLIConfig)
		is     error
		want   string
	}{
		{"unreachable rpc", func(c *CLIConfig) { c.RPCURL = "http://127.0.0.1:1" }, ErrUnreachable, "check --rpc-url"},
		{"wrong chain id", func(c *CLIConfig) { c.Signer.ChainID = 5 }, ErrWrongChain, "serves chain 31337 but --chain-id is 5"},
		{"missing passphrase file", func(c *CLIConfig) { c.Signer.Keystore.PassphraseFile = filepath.Join(t.TempDir(), "absent") }, signer.ErrMissingPassphrase, "does not exist"},
		{"wrong passphrase", func(c *CLIConfig) { c.Signer.Keystore.PassphraseFile = shortToken }, signer.ErrDecrypt, "wrong passphrase"},
		{"vault permission denied", func(c *CLIConfig) {
			c.Signer = signer.Config{Kind: signer.KindVaultKV, ChainID: anviltest.ChainID,
				Vault: signer.VaultConfig{Address: vault.URL, Auth: signer.AuthToken, TokenFile: vaultTokenFile, KVPath: "dip/relayer"}}
		}, signer.ErrVaultPermissionDenied, "permission denied"},
		{"fee cap below network minimum", func(c *CLIConfig) { c.TxMgr.MaxFeeCapGwei, c.TxMgr.MinTipCapGwei = 0.5, 0.1 }, txmgr.ErrFeeCapTooLow, "--txmgr-max-fee-cap-gwei"},
		{"admin token too short", func(c *CLIConfig) { c.AdminTokenFile = shortToken }, ErrInvalidConfig, "shorter than 16 characters"},
		{"admin token file missing", func(c *CLIConfig) { c.AdminTokenFile = filepath.Join(t.TempDir(), "absent") }, ErrInvalidConfig, "fix --admin-token-file"},
		{"http address in use", func(c *CLIConfig) { c.HTTPAddr = busy.Addr().String() }, ErrInvalidConfig, "choose another --http-addr"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var logs syncBuffer
			cfg := testConfig(node.URL, key, t.TempDir())
			tc.mutate(&cfg)
			svc, err := New(context.Background(), cfg, newTestLogger(&logs))
			if err == nil {
				_ = svc.Stop(context.Background())
				t.Fatalf("New succeeded; want an error saying %q", tc.want)
			}
			t.Logf("error: %s", err)
			if !errors.Is(err, tc.is) {
				t.Errorf("error %q does not wrap %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			assertNoSecrets(t, "error", err.Error(), key.passphrase, key.keyHex, weakToken)
			assertNoSecrets(t, "logs", logs.String(), key.passphrase, key.keyHex, weakToken)
		})
	}
}
