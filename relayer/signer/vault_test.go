package signer

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/vaultfake"
)

const transitKeyName = "dip-relayer"

// relayerPolicy is the policy docs/relayer-signers.md recommends for a
// running relayer (transit variant plus KV read).
var relayerPolicy = vaultfake.Policy{
	"transit/decrypt/" + transitKeyName: {"update"},
	"secret/data/dip/*":                 {"read"},
}

// keygenPolicy adds what key generation needs.
var keygenPolicy = vaultfake.Policy{
	"transit/encrypt/" + transitKeyName: {"update"},
	"transit/decrypt/" + transitKeyName: {"update"},
	"secret/data/dip/*":                 {"create", "read"},
}

type vaultFixture struct {
	srv *vaultfake.Server
	dir string
	env envMap
	log *logBuffer
}

func newVaultFixture(t *testing.T, opts ...vaultfake.Option) *vaultFixture {
	t.Helper()
	srv := vaultfake.Start(t, opts...)
	srv.CreateTransitKey("transit", transitKeyName, "aes256-gcm96")
	return &vaultFixture{srv: srv, dir: t.TempDir(), env: envMap{}, log: &logBuffer{}}
}

func (f *vaultFixture) opts(extra ...Option) []Option {
	return append([]Option{WithLookupEnv(f.env.lookup), WithHTTPClient(f.srv.Client()), WithLogger(f.log.logger()),
		WithVaultRetries(2, 5*time.Millisecond)}, extra...)
}

// tokenEnv stores a token in the fixture's environment under a fresh name.
func (f *vaultFixture) tokenEnv(name, tok string) string {
	f.env[name] = tok
	return name
}

func (f *vaultFixture) transitConfig(tokenEnv string) Config {
	return Config{Kind: KindVaultTransit, ChainID: chainID, Vault: VaultConfig{
		Address: f.srv.URL, Auth: AuthToken, TokenEnv: tokenEnv,
		TransitKey: transitKeyName, CiphertextFile: filepath.Join(f.dir, "relayer.wrapped.json"),
	}}
}

func (f *vaultFixture) kvConfig(tokenEnv, path string) Config {
	return Config{Kind: KindVaultKV, ChainID: chainID, Vault: VaultConfig{
		Address: f.srv.URL, Auth: AuthToken, TokenEnv: tokenEnv, KVPath: path,
	}}
}

// generate runs key generation with a keygen token.
func (f *vaultFixture) generate(t *testing.T, cfg Config) common.Address {
	t.Helper()
	keygen := f.srv.CreateToken(vaultfake.TokenOptions{Policy: keygenPolicy, TTL: time.Hour})
	cfg.Vault.TokenEnv, cfg.Vault.TokenFile, cfg.Vault.Auth = f.tokenEnv("KEYGEN_TOKEN", keygen), "", AuthToken
	addr, err := Generate(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return addr
}

// secrets are the values that must never show up in errors or logs.
func (f *vaultFixture) secrets() [][]byte {
	out := [][]byte{[]byte(f.srv.RootToken())}
	for _, v := range f.env {
		out = append(out, []byte(v))
	}
	return out
}

func (f *vaultFixture) assertClean(t *testing.T, err error, keys ...[]byte) {
	t.Helper()
	secrets := append(f.secrets(), keys...)
	if err != nil {
		assertNoSecrets(t, "error", err.Error(), secrets...)
	}
	assertNoSecrets(t, "log", f.log.String(), secrets...)
}

func TestVaultTransitSigner(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	addr := f.generate(t, cfg)

	wrapped, err := ReadWrappedKeyFile(cfg.Vault.CiphertextFile)
	if err != nil {
		t.Fatalf("read wrapped key: %v", err)
	}
	if wrapped.Address != addr || wrapped.TransitKey != transitKeyName || !strings.HasPrefix(wrapped.Ciphertext, "vault:v1:") {
		t.Fatalf("wrapped key = %+v, want address %s under transit key %s", wrapped, addr, transitKeyName)
	}

	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour, Renewable: true})
	cfg.Vault.TokenEnv = f.tokenEnv("VAULT_TOKEN_RELAYER", tok)
	cfg.Address = addr
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("signer address %s, generated %s", s.Address(), addr)
	}
	if got := f.srv.Calls("transit/decrypt"); got != 1 {
		t.Fatalf("transit decrypt calls = %d, want 1 (key decrypted once, held in memory)", got)
	}
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready: %v", err)
	}
	requireAcceptedOnChain(t, s)
	if got := f.srv.Calls("transit/decrypt"); got != 1 {
		t.Fatalf("signing called Vault: transit decrypt calls = %d, want 1", got)
	}
	f.assertClean(t, nil)
}

func TestVaultTransitCiphertextInKV(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	cfg.Vault.CiphertextFile, cfg.Vault.KVPath = "", "dip/relayer-wrapped"
	addr := f.generate(t, cfg)
	data, ok := f.srv.KV("secret", "dip/relayer-wrapped")
	if !ok || !strings.HasPrefix(data["ciphertext"].(string), "vault:v1:") || data["address"] != addr.Hex() {
		t.Fatalf("KV secret after generate = %v, want ciphertext and address %s", data, addr)
	}
	cfg.Vault.TokenEnv = "KEYGEN_TOKEN"
	if _, err := Generate(context.Background(), cfg, f.opts()...); !errors.Is(err, ErrExists) {
		t.Fatalf("second Generate into the same KV path: err = %v, want ErrExists", err)
	}
	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	cfg.Vault.TokenEnv = f.tokenEnv("T", tok)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("signer address %s, generated %s", s.Address(), addr)
	}
	f.assertClean(t, nil)
}

func TestVaultKVSigner(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.kvConfig("", "dip/relayer-key")
	addr := f.generate(t, cfg)
	data, _ := f.srv.KV("secret", "dip/relayer-key")
	keyHex, _ := data[DefaultKVField].(string)
	if len(keyHex) != 64 {
		t.Fatalf("KV secret holds %d hex digits, want 64", len(keyHex))
	}
	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	cfg.Vault.TokenEnv = f.tokenEnv("T", tok)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("signer address %s, generated %s", s.Address(), addr)
	}
	requireAcceptedOnChain(t, s)
	raw, _ := hex.DecodeString(keyHex)
	f.assertClean(t, nil, raw, []byte(keyHex))
}

func TestVaultAppRole(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	addr := f.generate(t, cfg)
	f.srv.AddAppRole("approle", "role-relayer", "secret-id-5e1f9a", vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour, Renewable: true})
	cfg.Vault.Auth, cfg.Vault.TokenEnv = AuthAppRole, ""
	cfg.Vault.RoleID = "role-relayer"
	cfg.Vault.SecretIDFile = writeFile(t, f.dir, "secret-id", "secret-id-5e1f9a\n")
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	defer s.Close()
	if s.Address() != addr || f.srv.Calls("approle/login") != 1 {
		t.Fatalf("address %s (want %s), logins %d (want 1)", s.Address(), addr, f.srv.Calls("approle/login"))
	}
	f.assertClean(t, nil, []byte("secret-id-5e1f9a"))
}

func TestVaultErrors(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	f.srv.CreateTransitKey("transit", "signing-key", "ecdsa-p256")
	f.srv.CreateTransitKey("transit", "other", "aes256-gcm96")
	base := f.transitConfig("")
	addr := f.generate(t, base)
	wrapped, err := ReadWrappedKeyFile(base.Vault.CiphertextFile)
	if err != nil {
		t.Fatal(err)
	}
	good := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	f.env["GOOD"] = good
	allKeys := vaultfake.Policy{"transit/*": {"update"}, "secret/data/*": {"read"}}
	f.env["ALL"] = f.srv.CreateToken(vaultfake.TokenOptions{Policy: allKeys, TTL: time.Hour})
	f.env["ENCRYPT_ONLY"] = f.srv.CreateToken(vaultfake.TokenOptions{Policy: vaultfake.Policy{"transit/encrypt/*": {"update"}}, TTL: time.Hour})
	f.env["EXPIRED"] = f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Minute})
	revoked := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	f.srv.RevokeToken(revoked)
	f.env["REVOKED"] = revoked
	f.env["BOGUS"] = "hvs.not-a-real-token-8c1d"
	f.srv.AddAppRole("approle", "role-x", "right-secret-31f", vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	f.env["WRONG_SECRET_ID"] = "wrong-secret-9a2b"

	// Ciphertexts made with the root token for malformed keys.
	encrypt := func(key string, plaintext []byte) string {
		c, err := vault.NewClient(&vault.Config{Address: f.srv.URL, HttpClient: f.srv.Client()})
		if err != nil {
			t.Fatal(err)
		}
		c.SetToken(f.srv.RootToken())
		sec, err := c.Logical().Write("transit/encrypt/"+key, map[string]any{"plaintext": base64.StdEncoding.EncodeToString(plaintext)})
		if err != nil {
			t.Fatal(err)
		}
		return sec.Data["ciphertext"].(string)
	}
	writeWrapped := func(name string, w WrappedKey) string {
		w.Version = WrappedKeyVersion
		p := filepath.Join(f.dir, name)
		if err := w.WriteFile(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	otherKeyCT := writeWrapped("other.json", WrappedKey{Address: addr, TransitMount: "transit", TransitKey: transitKeyName, Ciphertext: encrypt("other", make([]byte, 32))})
	shortCT := writeWrapped("short.json", WrappedKey{Address: addr, TransitMount: "transit", TransitKey: transitKeyName, Ciphertext: encrypt(transitKeyName, []byte("hello"))})
	zeroCT := writeWrapped("zero.json", WrappedKey{Address: addr, TransitMount: "transit", TransitKey: transitKeyName, Ciphertext: encrypt(transitKeyName, make([]byte, 32))})
	signingCT := writeWrapped("signing.json", WrappedKey{Address: addr, TransitMount: "transit", TransitKey: "signing-key", Ciphertext: wrapped.Ciphertext})
	missingKeyCT := writeWrapped("missingkey.json", WrappedKey{Address: addr, TransitMount: "transit", TransitKey: "nope", Ciphertext: wrapped.Ciphertext})
	otherAddrCT := writeWrapped("otheraddr.json", WrappedKey{Address: devchain.DevKeyAddress(0), TransitMount: "transit", TransitKey: transitKeyName, Ciphertext: wrapped.Ciphertext})

	devKey := crypto.FromECDSA(devchain.DevKey(1))
	f.srv.PutKV("secret", "dip/not-hex", map[string]any{"private_key": "zz" + strings.Repeat("ab", 31)})
	f.srv.PutKV("secret", "dip/short", map[string]any{"private_key": "0x1234"})
	f.srv.PutKV("secret", "dip/wrong-addr", map[string]any{"private_key": hex.EncodeToString(devKey), "address": devchain.DevKeyAddress(2).Hex()})
	f.srv.PutKV("secret", "dip/no-field", map[string]any{"other": "x"})

	transit := func(tokenEnv string, mutate func(*Config)) Config {
		c := base
		c.Vault.TokenEnv = tokenEnv
		if mutate != nil {
			mutate(&c)
		}
		return c
	}
	tests := []struct {
		name    string
		cfg     Config
		wantErr error
		msg     string
	}{
		{"policy lacks decrypt", transit("ENCRYPT_ONLY", nil), ErrVaultPermissionDenied, "403"},
		{"token expired", transit("EXPIRED", nil), ErrVaultPermissionDenied, "expired"},
		{"token revoked", transit("REVOKED", nil), ErrVaultPermissionDenied, "revoked"},
		{"token unknown", transit("BOGUS", nil), ErrVaultPermissionDenied, "403"},
		{"token env unset", transit("UNSET", nil), ErrMissingCredential, "UNSET"},
		{"approle wrong secret id", transit("", func(c *Config) {
			c.Vault.Auth, c.Vault.RoleID, c.Vault.SecretIDEnv = AuthAppRole, "role-x", "WRONG_SECRET_ID"
		}), ErrVaultPermissionDenied, "approle login"},
		{"ciphertext of another transit key", transit("ALL", func(c *Config) { c.Vault.CiphertextFile = otherKeyCT }), ErrDecrypt, "decrypt failed"},
		{"plaintext not 32 bytes", transit("ALL", func(c *Config) { c.Vault.CiphertextFile = shortCT }), ErrWrongKeyType, "32-byte"},
		{"plaintext zero scalar", transit("ALL", func(c *Config) { c.Vault.CiphertextFile = zeroCT }), ErrWrongKeyType, "secp256k1"},
		{"transit key cannot decrypt", transit("ALL", func(c *Config) {
			c.Vault.CiphertextFile, c.Vault.TransitKey = signingCT, "signing-key"
		}), ErrWrongKeyType, "does not support decryption"},
		{"transit key missing", transit("ALL", func(c *Config) { c.Vault.TransitKey = "nope" }), ErrInvalidConfig, "config names"},
		{"transit key does not exist", transit("ALL", func(c *Config) {
			c.Vault.CiphertextFile, c.Vault.TransitKey = missingKeyCT, "nope"
		}), ErrNotFound, "encryption key not found"},
		{"wrapped file records other address", transit("ALL", func(c *Config) { c.Vault.CiphertextFile = otherAddrCT }), ErrAddressMismatch, "records address"},
		{"config expects other address", transit("GOOD", func(c *Config) { c.Address = devchain.DevKeyAddress(7) }), ErrAddressMismatch, "config expects"},
		{"wrapped file missing", transit("GOOD", func(c *Config) { c.Vault.CiphertextFile = filepath.Join(f.dir, "nope.json") }), ErrNotFound, "nope.json"},
		{"kv not hex", f.kvConfig("ALL", "dip/not-hex"), ErrWrongKeyType, "not hex"},
		{"kv short", f.kvConfig("ALL", "dip/short"), ErrWrongKeyType, "64 hex digits"},
		{"kv records other address", f.kvConfig("ALL", "dip/wrong-addr"), ErrAddressMismatch, "records address"},
		{"kv missing field", f.kvConfig("ALL", "dip/no-field"), ErrNotFound, "private_key"},
		{"kv missing secret", f.kvConfig("ALL", "dip/absent"), ErrNotFound, "dip/absent"},
		{"kv outside policy", f.kvConfig("GOOD", "other/x"), ErrVaultPermissionDenied, "403"},
	}
	f.srv.Advance(2 * time.Minute) // expires EXPIRED only
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(context.Background(), tt.cfg, f.opts()...)
			if err == nil {
				s.Close()
				t.Fatalf("New succeeded, want %v", tt.wantErr)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("New() = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("New() = %q, want it to mention %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not one line: %q", err)
			}
			f.assertClean(t, err, devKey, []byte(hex.EncodeToString(devKey)))
		})
	}
}

func TestVaultUnavailable(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig(f.tokenEnv("T", f.srv.RootToken()))
	f.generate(t, cfg)

	// Transient server errors are retried by the client.
	f.srv.FailNext(http.StatusServiceUnavailable, http.StatusServiceUnavailable)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatalf("New after two 503s: %v", err)
	}
	s.Close()

	f.srv.FailNext(503, 503, 503, 503, 503, 503)
	if _, err := New(context.Background(), cfg, f.opts()...); !errors.Is(err, ErrVaultUnavailable) {
		t.Fatalf("New while Vault answers 503: err = %v, want ErrVaultUnavailable", err)
	}

	down := f.transitConfig("T")
	down.Vault.Address = "http://127.0.0.1:1"
	if _, err := New(context.Background(), down, f.opts()...); !errors.Is(err, ErrVaultUnavailable) {
		t.Fatalf("New with Vault down: err = %v, want ErrVaultUnavailable", err)
	}
}

func TestVaultTLSWithCAFile(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t, vaultfake.WithTLS())
	cfg := f.kvConfig(f.tokenEnv("T", f.srv.RootToken()), "dip/tls")
	f.generate(t, cfg)

	// No WithHTTPClient: trust comes from the CA file, as in production.
	opts := []Option{WithLookupEnv(f.env.lookup), WithLogger(f.log.logger()), WithVaultRetries(0, 0)}
	if _, err := New(context.Background(), cfg, opts...); !errors.Is(err, ErrVaultUnavailable) {
		t.Fatalf("New without trusting the test CA: err = %v, want ErrVaultUnavailable (TLS failure)", err)
	}
	cfg.Vault.CACertFile = writeFile(t, f.dir, "ca.pem", string(f.srv.CACertPEM()))
	s, err := New(context.Background(), cfg, opts...)
	if err != nil {
		t.Fatalf("New with CA file: %v", err)
	}
	s.Close()
}

func TestVaultReadyReflectsToken(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour, Renewable: true})
	cfg.Vault.TokenEnv = f.tokenEnv("T", tok)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready with a live token: %v", err)
	}
	f.srv.RevokeToken(tok)
	if err := s.Ready(context.Background()); !errors.Is(err, ErrVaultPermissionDenied) {
		t.Fatalf("Ready after revocation: err = %v, want ErrVaultPermissionDenied", err)
	}
	s.Close()
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{}); !errors.Is(err, ErrClosed) {
		t.Fatalf("sign after Close: err = %v, want ErrClosed", err)
	}
}

// waitFor polls cond until it holds or the bound passes: token lifetimes in
// these tests are one or two seconds of real time, the LifetimeWatcher's clock.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestVaultTokenRenewed(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: 2 * time.Second, MaxTTL: time.Hour, Renewable: true})
	cfg.Vault.TokenEnv = f.tokenEnv("T", tok)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	waitFor(t, "two token renewals", func() bool { return f.srv.Calls("token/renew-self") >= 2 })
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready after renewals: %v", err)
	}
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{1}); err != nil {
		t.Fatalf("sign after renewals: %v", err)
	}
	f.assertClean(t, nil)
}

func TestVaultAppRoleLogsInAgainWhenTokenEnds(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	f.srv.AddAppRole("approle", "role-short", "sid-77aa", vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Second})
	cfg.Vault.Auth, cfg.Vault.TokenEnv, cfg.Vault.RoleID = AuthAppRole, "", "role-short"
	cfg.Vault.SecretIDEnv = f.tokenEnv("SID", "sid-77aa")
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	waitFor(t, "a second approle login", func() bool { return f.srv.Calls("approle/login") >= 2 })
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready after re-login: %v", err)
	}
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{1}); err != nil {
		t.Fatalf("sign after re-login: %v", err)
	}
	f.assertClean(t, nil)
}

func TestVaultTokenEndsWithoutReplacementWipesKey(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	tok := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Second})
	cfg.Vault.TokenEnv = f.tokenEnv("T", tok)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	waitFor(t, "the session to be lost", func() bool {
		_, err := s.SignTypedDataHash(context.Background(), [32]byte{})
		return errors.Is(err, ErrSessionLost)
	})
	if _, err := s.SignTx(context.Background(), dynamicTxNoChain(s.Address())); !errors.Is(err, ErrSessionLost) {
		t.Fatalf("SignTx after session loss: err = %v, want ErrSessionLost", err)
	}
	if err := s.Ready(context.Background()); !errors.Is(err, ErrSessionLost) {
		t.Fatalf("Ready after session loss: err = %v, want ErrSessionLost", err)
	}
	f.assertClean(t, nil)
}

func TestVaultTokenFileReplacedBeforeExpiry(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	short := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Second})
	cfg.Vault.TokenEnv = ""
	cfg.Vault.TokenFile = writeFile(t, f.dir, "agent-sink", short)
	s, err := New(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// A Vault Agent would rewrite its sink file like this.
	long := f.srv.CreateToken(vaultfake.TokenOptions{Policy: relayerPolicy, TTL: time.Hour})
	f.env["LONG"] = long // only so assertClean checks it
	if err := os.WriteFile(cfg.Vault.TokenFile+".tmp", []byte(long+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(cfg.Vault.TokenFile+".tmp", cfg.Vault.TokenFile); err != nil {
		t.Fatal(err)
	}
	lookups := f.srv.Calls("token/lookup-self")
	waitFor(t, "the new token to be read", func() bool { return f.srv.Calls("token/lookup-self") > lookups })
	f.srv.RevokeToken(short)
	if err := s.Ready(context.Background()); err != nil {
		t.Fatalf("Ready with the replacement token: %v", err)
	}
	if _, err := s.SignTypedDataHash(context.Background(), [32]byte{1}); err != nil {
		t.Fatalf("sign with the replacement token: %v", err)
	}
	f.assertClean(t, nil, []byte(short))
}

func TestGenerateRefusesOverwrite(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	cfg := f.transitConfig("")
	f.generate(t, cfg)
	before, _ := os.ReadFile(cfg.Vault.CiphertextFile)
	cfg.Vault.TokenEnv = "KEYGEN_TOKEN"
	if _, err := Generate(context.Background(), cfg, f.opts()...); !errors.Is(err, ErrExists) {
		t.Fatalf("Generate over an existing wrapped key: err = %v, want ErrExists", err)
	}
	after, _ := os.ReadFile(cfg.Vault.CiphertextFile)
	if string(before) != string(after) {
		t.Fatalf("wrapped key file changed")
	}
	kv := f.kvConfig("KEYGEN_TOKEN", "dip/once")
	if _, err := Generate(context.Background(), kv, f.opts()...); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(context.Background(), kv, f.opts()...); !errors.Is(err, ErrExists) {
		t.Fatalf("Generate over an existing KV key: err = %v, want ErrExists", err)
	}
	remote := Config{Kind: KindRemote, ChainID: 1, Address: common.Address{1}, Remote: RemoteConfig{URL: "http://127.0.0.1:1"}}
	if _, err := Generate(context.Background(), remote); !errors.Is(err, ErrUnsupported) {
		t.Fatalf("Generate for a remote signer: err = %v, want ErrUnsupported", err)
	}
}

func TestGenerateWrappedKeyNeedsEncryptingKey(t *testing.T) {
	t.Parallel()
	f := newVaultFixture(t)
	f.srv.CreateTransitKey("transit", "ed", "ed25519")
	cfg := f.transitConfig(f.tokenEnv("T", f.srv.RootToken()))
	cfg.Vault.TransitKey = "ed"
	if _, err := GenerateWrappedKey(context.Background(), cfg, f.opts()...); !errors.Is(err, ErrWrongKeyType) {
		t.Fatalf("wrapping with an ed25519 transit key: err = %v, want ErrWrongKeyType", err)
	}
	cfg.Vault.TransitKey = transitKeyName
	w, err := GenerateWrappedKey(context.Background(), cfg, f.opts()...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(cfg.Vault.CiphertextFile); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("GenerateWrappedKey wrote a file; it should only return the wrapped key")
	}
	data, err := w.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseWrappedKey(data)
	if err != nil || *back != *w {
		t.Fatalf("wrapped key round trip: %+v, %v; want %+v", back, err, w)
	}
}
