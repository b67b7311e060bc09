package service

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/txmgr"
)

func validConfig() CLIConfig {
	cfg := DefaultCLIConfig()
	cfg.RPCURL = "http://127.0.0.1:8545"
	cfg.Signer = signer.Config{Kind: signer.KindKeystore, ChainID: 31337,
		Keystore: signer.KeystoreConfig{Path: "key.json", PassphraseFile: "pass"}}
	return cfg
}

func TestCLIConfigCheck(t *testing.T) {
	t.Parallel()
	if err := validConfig().Check(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(*CLIConfig)
		is     error
		want   string
	}{
		{"no rpc url", func(c *CLIConfig) { c.RPCURL = "" }, ErrInvalidConfig, "set --rpc-url"},
		{"rpc url without scheme", func(c *CLIConfig) { c.RPCURL = "127.0.0.1:8545" }, ErrInvalidConfig, "fix --rpc-url"},
		{"rpc url ftp", func(c *CLIConfig) { c.RPCURL = "ftp://node" }, ErrInvalidConfig, "fix --rpc-url"},
		{"no database", func(c *CLIConfig) { c.DataDir, c.DBPath = "", "" }, ErrInvalidConfig, "set --data-dir or --db"},
		{"bad http addr", func(c *CLIConfig) { c.HTTPAddr = "7300" }, ErrInvalidConfig, "fix --http-addr"},
		{"tiny body limit", func(c *CLIConfig) { c.MaxBodyBytes = 10 }, ErrInvalidConfig, "--http-max-body"},
		{"bad log level", func(c *CLIConfig) { c.LogLevel = "loud" }, ErrInvalidConfig, "fix --log-level"},
		{"bad log format", func(c *CLIConfig) { c.LogFormat = "xml" }, ErrInvalidConfig, "fix --log-format"},
		{"zero shutdown timeout", func(c *CLIConfig) { c.ShutdownTimeout = 0 }, ErrInvalidConfig, "shutdown timeout"},
		{"no chain id", func(c *CLIConfig) { c.Signer.ChainID = 0 }, signer.ErrInvalidConfig, "chain id is required"},
		{"no signer kind", func(c *CLIConfig) { c.Signer.Kind = "" }, signer.ErrInvalidConfig, "signer kind is required"},
		{"missing passphrase", func(c *CLIConfig) { c.Signer.Keystore.PassphraseFile = "" }, signer.ErrMissingPassphrase, "passphrase"},
		{"vault without token", func(c *CLIConfig) {
			c.Signer.Kind = signer.KindVaultKV
			c.Signer.Vault = signer.VaultConfig{Address: "http://vault:8200", Auth: signer.AuthToken, KVPath: "dip/relayer"}
		}, signer.ErrMissingCredential, "vault token"},
		{"txmgr chain id differs", func(c *CLIConfig) { c.TxMgr.ChainID = 1 }, ErrInvalidConfig, "set one --chain-id"},
		{"fee cap below tip", func(c *CLIConfig) { c.TxMgr.MaxFeeCapGwei = 0.5 }, txmgr.ErrInvalidConfig, "raise the max fee cap"},
		{"zero confirmations", func(c *CLIConfig) { c.TxMgr.ConfirmationDepth = 0 }, txmgr.ErrInvalidConfig, "confirmation depth"},
		{"watch history too short", func(c *CLIConfig) { c.Watch.History = 1 }, ErrInvalidConfig, "watch history"},
		{"watch poll zero", func(c *CLIConfig) { c.Watch.PollInterval = 0 }, ErrInvalidConfig, "watch poll interval"},
		{"watch zero contract", func(c *CLIConfig) { c.Watch.Contracts = []common.Address{{}} }, ErrInvalidConfig, "zero address"},
		{"watch duplicate contract", func(c *CLIConfig) {
			a := common.HexToAddress("0x00000000000000000000000000000000000000aa")
			c.Watch.Contracts = []common.Address{a, a}
		}, ErrInvalidConfig, "listed twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := validConfig()
			tc.mutate(&cfg)
			err := cfg.Check()
			if err == nil {
				t.Fatalf("Check accepted the config; want an error mentioning %q", tc.want)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("error %q does not wrap %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestCLIConfigCheck_RedactsRPCURL(t *testing.T) {
	t.Parallel()
	cfg := validConfig()
	cfg.RPCURL = "ftp://user:secretpw@node/v3/apikey123?key=zzz"
	err := cfg.Check()
	if err == nil {
		t.Fatal("Check accepted an ftp RPC URL")
	}
	for _, s := range []string{"secretpw", "apikey123", "zzz"} {
		if strings.Contains(err.Error(), s) {
			t.Errorf("error %q leaks %q from the RPC URL", err, s)
		}
	}
}

func TestDatabasePath(t *testing.T) {
	t.Parallel()
	if got := (CLIConfig{DataDir: "/var/lib/dip"}).Database(); got != "/var/lib/dip/relayer.db" {
		t.Errorf("Database() = %q, want /var/lib/dip/relayer.db", got)
	}
	if got := (CLIConfig{DataDir: "/var/lib/dip", DBPath: "/tmp/x.db"}).Database(); got != "/tmp/x.db" {
		t.Errorf("Database() with DBPath = %q, want /tmp/x.db", got)
	}
}

func TestNewLogger(t *testing.T) {
	t.Parallel()
	var buf syncBuffer
	log, err := NewLogger(&buf, "warn", "json")
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hidden")
	log.Warn("shown", "tx_hash", "0x1")
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"tx_hash":"0x1"`) {
		t.Errorf("warn-level json logger wrote %q", out)
	}
	if _, err := NewLogger(&buf, "info", "yaml"); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("yaml format: err = %v, want ErrInvalidConfig", err)
	}
}
