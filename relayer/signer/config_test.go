package signer

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func validVault() VaultConfig {
	return VaultConfig{Address: "https://vault.example:8200", Auth: AuthToken, TokenFile: "/run/vault/token",
		TransitKey: "dip-relayer", CiphertextFile: "/etc/dip/relayer.wrapped.json"}
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	ks := KeystoreConfig{Path: "/k.json", PassphraseFile: "/p"}
	tests := []struct {
		name    string
		cfg     Config
		wantErr []error // all must match; nil means valid
		msg     string  // substring of the message
	}{
		{"keystore file", Config{Kind: KindKeystore, ChainID: 1, Keystore: ks}, nil, ""},
		{"keystore env", Config{Kind: KindKeystore, ChainID: 1, Keystore: KeystoreConfig{Path: "/k", PassphraseEnv: "PASS"}}, nil, ""},
		{"no kind", Config{ChainID: 1}, []error{ErrInvalidConfig}, "signer kind is required"},
		{"bad kind", Config{Kind: "hsm", ChainID: 1}, []error{ErrInvalidConfig}, `unknown signer kind "hsm"`},
		{"no chain", Config{Kind: KindKeystore, Keystore: ks}, []error{ErrInvalidConfig}, "chain id"},
		{"keystore no path", Config{Kind: KindKeystore, ChainID: 1, Keystore: KeystoreConfig{PassphraseFile: "/p"}}, []error{ErrInvalidConfig}, "keystore file path"},
		{"missing passphrase", Config{Kind: KindKeystore, ChainID: 1, Keystore: KeystoreConfig{Path: "/k"}}, []error{ErrInvalidConfig, ErrMissingPassphrase}, "missing keystore passphrase"},
		{"two passphrases", Config{Kind: KindKeystore, ChainID: 1, Keystore: KeystoreConfig{Path: "/k", PassphraseFile: "/p", PassphraseEnv: "P"}}, []error{ErrMissingPassphrase}, "not both"},
		{"transit file", Config{Kind: KindVaultTransit, ChainID: 1, Vault: validVault()}, nil, ""},
		{"transit kv", Config{Kind: KindVaultTransit, ChainID: 1, Vault: func() VaultConfig { v := validVault(); v.CiphertextFile = ""; v.KVPath = "dip/relayer"; return v }()}, nil, ""},
		{"transit both sources", Config{Kind: KindVaultTransit, ChainID: 1, Vault: func() VaultConfig { v := validVault(); v.KVPath = "x"; return v }()}, []error{ErrInvalidConfig}, "not both"},
		{"transit no key", Config{Kind: KindVaultTransit, ChainID: 1, Vault: func() VaultConfig { v := validVault(); v.TransitKey = ""; return v }()}, []error{ErrInvalidConfig}, "transit key name"},
		{"transit no ciphertext", Config{Kind: KindVaultTransit, ChainID: 1, Vault: func() VaultConfig { v := validVault(); v.CiphertextFile = ""; return v }()}, []error{ErrInvalidConfig}, "wrapped key"},
		{"vault no addr", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Auth: AuthToken, TokenEnv: "T", KVPath: "p"}}, []error{ErrInvalidConfig}, "vault address is required"},
		{"vault bad addr", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "vault:8200", Auth: AuthToken, TokenEnv: "T", KVPath: "p"}}, []error{ErrInvalidConfig}, "not an http(s) URL"},
		{"vault no auth", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", KVPath: "p"}}, []error{ErrInvalidConfig}, "auth method is required"},
		{"vault no token", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", Auth: AuthToken, KVPath: "p"}}, []error{ErrInvalidConfig, ErrMissingCredential}, "vault token"},
		{"approle no role", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", Auth: AuthAppRole, SecretIDFile: "/s", KVPath: "p"}}, []error{ErrInvalidConfig}, "role id"},
		{"approle no secret", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", Auth: AuthAppRole, RoleID: "r", KVPath: "p"}}, []error{ErrMissingCredential}, "secret id"},
		{"kv ok", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", Auth: AuthAppRole, RoleID: "r", SecretIDEnv: "S", KVPath: "p"}}, nil, ""},
		{"kv no path", Config{Kind: KindVaultKV, ChainID: 1, Vault: VaultConfig{Address: "http://v:8200", Auth: AuthToken, TokenEnv: "T"}}, []error{ErrInvalidConfig}, "KV secret path"},
		{"remote ok", Config{Kind: KindRemote, ChainID: 1, Address: addr, Remote: RemoteConfig{URL: "http://127.0.0.1:8550"}}, nil, ""},
		{"remote no address", Config{Kind: KindRemote, ChainID: 1, Remote: RemoteConfig{URL: "http://127.0.0.1:8550"}}, []error{ErrInvalidConfig}, "expected signer address"},
		{"remote no url", Config{Kind: KindRemote, ChainID: 1, Address: addr}, []error{ErrInvalidConfig}, "needs a URL"},
		{"remote bad method", Config{Kind: KindRemote, ChainID: 1, Address: addr, Remote: RemoteConfig{URL: "http://x", Method: "personal_sign"}}, []error{ErrInvalidConfig}, "personal_sign"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Check()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Check() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check() = nil, want %v", tt.wantErr)
			}
			for _, want := range tt.wantErr {
				if !errors.Is(err, want) {
					t.Fatalf("Check() = %v, want it to wrap %v", err, want)
				}
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Check() = %q, want it to mention %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("Check() error is not one line: %q", err)
			}
		})
	}
}

func TestConfigFormattingRedacts(t *testing.T) {
	t.Parallel()
	cfgs := []Config{
		{Kind: KindRemote, ChainID: 1, Address: common.Address{1}, Remote: RemoteConfig{URL: "https://alice:hunter2secret@signer.example/rpc?apikey=topsecretkey", AuthTokenFile: "/run/tok"}},
		{Kind: KindVaultTransit, ChainID: 1, Vault: VaultConfig{Address: "https://bob:hunter2secret@vault.example:8200?token=topsecretkey", Auth: AuthAppRole, RoleID: "role-1", SecretIDEnv: "SECRET_ID_VAR", TransitKey: "k", CiphertextFile: "/c"}},
		{Kind: KindKeystore, ChainID: 1, Keystore: KeystoreConfig{Path: "/k.json", PassphraseEnv: "PASS_VAR"}},
	}
	for _, cfg := range cfgs {
		var lb logBuffer
		lb.logger().Info("config", "signer", cfg, "vault", cfg.Vault, "remote", cfg.Remote)
		out := fmt.Sprintf("%v|%+v|%#v|%s|%v|%#v|%v|%#v", cfg, cfg, cfg, cfg, cfg.Vault, cfg.Vault, cfg.Remote, cfg.Remote) + lb.String()
		for _, secret := range []string{"hunter2secret", "topsecretkey"} {
			if strings.Contains(out, secret) {
				t.Fatalf("config formatting leaks %q: %s", secret, out)
			}
		}
		if !strings.Contains(out, string(cfg.Kind)) {
			t.Fatalf("config formatting lost the kind: %s", out)
		}
	}
}

func TestConfigFlagTags(t *testing.T) {
	t.Parallel()
	kebab := regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	seen := map[string]string{}
	var walk func(reflect.Type, string)
	walk = func(rt reflect.Type, prefix string) {
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if f.Type.Kind() == reflect.Struct && f.Tag.Get("flag") == "" && f.Type != reflect.TypeOf(common.Address{}) {
				walk(f.Type, prefix+f.Name+".")
				continue
			}
			tag := f.Tag.Get("flag")
			if tag == "" {
				t.Errorf("%s%s has no flag tag", prefix, f.Name)
				continue
			}
			if !kebab.MatchString(tag) {
				t.Errorf("%s%s flag %q is not kebab-case", prefix, f.Name, tag)
			}
			if other, dup := seen[tag]; dup {
				t.Errorf("flag %q used by %s and %s%s", tag, other, prefix, f.Name)
			}
			seen[tag] = prefix + f.Name
		}
	}
	walk(reflect.TypeOf(Config{}), "")
}
