package signer

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Kind selects a signer implementation.
type Kind string

// Signer kinds accepted by Config.Kind.
const (
	// KindKeystore decrypts a go-ethereum keystore v3 file with a passphrase.
	KindKeystore Kind = "keystore"
	// KindVaultTransit decrypts a transit-wrapped key with Vault at start.
	KindVaultTransit Kind = "vault-transit"
	// KindVaultKV reads the key from a Vault KV v2 secret at start.
	KindVaultKV Kind = "vault-kv"
	// KindRemote sends every signing request to a JSON-RPC signer.
	KindRemote Kind = "remote"
)

// Vault authentication methods accepted by VaultConfig.Auth.
const (
	// AuthToken reads a Vault token from a file (for instance a Vault Agent
	// sink, re-read when the token expires) or an environment variable.
	AuthToken = "token"
	// AuthAppRole logs in with a role id and a secret id, and logs in again
	// when the token's lifetime ends.
	AuthAppRole = "approle"
)

// Remote signing methods accepted by RemoteConfig.Method.
const (
	// MethodClef calls clef's account_signTransaction.
	MethodClef = "account_signTransaction"
	// MethodEth calls eth_signTransaction (geth with unlocked accounts, web3signer).
	MethodEth = "eth_signTransaction"
)

// Defaults applied by New when a field is empty.
const (
	DefaultTransitMount = "transit"
	DefaultAppRoleMount = "approle"
	DefaultKVMount      = "secret"
	// DefaultKVField is the KV v2 field holding a hex private key (vault-kv).
	DefaultKVField = "private_key"
	// DefaultCiphertextField is the KV v2 field holding a transit ciphertext
	// (vault-transit with the ciphertext stored in KV).
	DefaultCiphertextField = "ciphertext"
	DefaultTimeout         = 10 * time.Second
)

// Config selects and configures a signer. It holds no secret values: secrets
// are named by file path or environment variable name and read by New, so a
// Config can be printed, logged and stored. The `flag` tags are the intended
// kebab-case flag names (each with a DIP_ env var) for the CLI.
type Config struct {
	// Kind is keystore, vault-transit, vault-kv or remote.
	Kind Kind `flag:"signer"`
	// ChainID is the chain the signer signs for; required.
	ChainID uint64 `flag:"chain-id"`
	// Address, when set, must equal the loaded key's address. Required for
	// remote signers, which cannot prove their address before signing.
	Address common.Address `flag:"signer-address"`

	Keystore KeystoreConfig
	Vault    VaultConfig
	Remote   RemoteConfig
}

// KeystoreConfig configures KindKeystore.
type KeystoreConfig struct {
	// Path is the keystore v3 JSON file.
	Path string `flag:"signer-keystore"`
	// PassphraseFile is a file whose first line is the passphrase (mode 0600).
	PassphraseFile string `flag:"signer-keystore-passphrase-file"`
	// PassphraseEnv is the NAME of an environment variable holding the
	// passphrase (never the passphrase itself). Exactly one of PassphraseFile
	// and PassphraseEnv is set.
	PassphraseEnv string `flag:"signer-keystore-passphrase-env"`
}

// VaultConfig configures KindVaultTransit and KindVaultKV.
type VaultConfig struct {
	// Address is Vault's URL, e.g. https://vault.internal:8200.
	Address string `flag:"vault-addr"`
	// Namespace is the Vault Enterprise namespace, if any.
	Namespace string `flag:"vault-namespace"`
	// CACertFile is a PEM file of CAs trusted for Vault's TLS certificate.
	CACertFile string `flag:"vault-ca-cert"`
	// TLSServerName overrides the server name checked in Vault's certificate.
	TLSServerName string `flag:"vault-tls-server-name"`
	// Timeout bounds each Vault request (default 10s).
	Timeout time.Duration `flag:"vault-timeout"`

	// Auth is token or approle.
	Auth string `flag:"vault-auth"`
	// TokenFile holds the token (for instance a Vault Agent sink file).
	TokenFile string `flag:"vault-token-file"`
	// TokenEnv is the NAME of an environment variable holding the token.
	TokenEnv string `flag:"vault-token-env"`
	// AppRoleMount is the AppRole auth mount (default approle).
	AppRoleMount string `flag:"vault-approle-mount"`
	// RoleID is the AppRole role id (an identifier, not a secret).
	RoleID string `flag:"vault-role-id"`
	// SecretIDFile holds the AppRole secret id.
	SecretIDFile string `flag:"vault-secret-id-file"`
	// SecretIDEnv is the NAME of an environment variable holding the secret id.
	SecretIDEnv string `flag:"vault-secret-id-env"`

	// TransitMount is the transit secrets engine mount (default transit).
	TransitMount string `flag:"vault-transit-mount"`
	// TransitKey names the transit encryption key (aes256-gcm96 or another
	// type that supports encryption) that wraps the Ethereum key.
	TransitKey string `flag:"vault-transit-key"`
	// CiphertextFile is the wrapped key file written by key generation. When
	// empty, vault-transit reads the ciphertext from KVPath instead.
	CiphertextFile string `flag:"vault-ciphertext-file"`

	// KVMount is the KV v2 secrets engine mount (default secret).
	KVMount string `flag:"vault-kv-mount"`
	// KVPath is the secret's path under KVMount.
	KVPath string `flag:"vault-kv-path"`
	// KVField is the field read from the secret (default private_key for
	// vault-kv, ciphertext for vault-transit).
	KVField string `flag:"vault-kv-field"`
}

// RemoteConfig configures KindRemote.
type RemoteConfig struct {
	// URL is the signer's JSON-RPC endpoint (http, https, ws, wss or an IPC path).
	URL string `flag:"signer-remote-url"`
	// Method is account_signTransaction (clef, default) or eth_signTransaction.
	Method string `flag:"signer-remote-method"`
	// AuthTokenFile optionally holds a bearer token sent as Authorization.
	AuthTokenFile string `flag:"signer-remote-auth-token-file"`
	// AuthTokenEnv optionally names an environment variable holding it.
	AuthTokenEnv string `flag:"signer-remote-auth-token-env"`
	// Timeout bounds each request (default 10s; clef may wait for a human,
	// so raise it when rules do not auto-approve).
	Timeout time.Duration `flag:"signer-remote-timeout"`
}

// Check reports the first static problem in the configuration as a one-line
// error wrapping ErrInvalidConfig. It reads no files and contacts nothing;
// New does that.
func (c Config) Check() error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if c.ChainID == 0 {
		return fail("chain id is required")
	}
	switch c.Kind {
	case KindKeystore:
		k := c.Keystore
		if k.Path == "" {
			return fail("keystore signer needs the keystore file path")
		}
		if err := oneSource("passphrase", k.PassphraseFile, k.PassphraseEnv); err != nil {
			return fmt.Errorf("%w: %w: %v", ErrInvalidConfig, ErrMissingPassphrase, err)
		}
	case KindVaultTransit, KindVaultKV:
		if err := c.Vault.check(c.Kind); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
	case KindRemote:
		r := c.Remote
		if r.URL == "" {
			return fail("remote signer needs a URL")
		}
		if c.Address == (common.Address{}) {
			return fail("remote signer needs the expected signer address")
		}
		switch r.Method {
		case "", MethodClef, MethodEth:
		default:
			return fail("remote method %q is not %s or %s", r.Method, MethodClef, MethodEth)
		}
		if r.AuthTokenFile != "" && r.AuthTokenEnv != "" {
			return fail("remote auth token: set a file or an env var name, not both")
		}
		if r.Timeout < 0 {
			return fail("remote timeout must not be negative")
		}
	case "":
		return fail("signer kind is required (keystore, vault-transit, vault-kv or remote)")
	default:
		return fail("unknown signer kind %q (want keystore, vault-transit, vault-kv or remote)", c.Kind)
	}
	return nil
}

func (v VaultConfig) check(kind Kind) error {
	if v.Address == "" {
		return errors.New("vault address is required")
	}
	u, err := url.Parse(v.Address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "unix") || (u.Scheme != "unix" && u.Host == "") {
		return fmt.Errorf("vault address %s is not an http(s) URL", redactURL(v.Address))
	}
	if v.Timeout < 0 {
		return errors.New("vault timeout must not be negative")
	}
	switch v.Auth {
	case AuthToken:
		if err := oneSource("vault token", v.TokenFile, v.TokenEnv); err != nil {
			return fmt.Errorf("%w: %v", ErrMissingCredential, err)
		}
	case AuthAppRole:
		if v.RoleID == "" {
			return errors.New("approle auth needs a role id")
		}
		if err := oneSource("approle secret id", v.SecretIDFile, v.SecretIDEnv); err != nil {
			return fmt.Errorf("%w: %v", ErrMissingCredential, err)
		}
	case "":
		return errors.New("vault auth method is required (token or approle)")
	default:
		return fmt.Errorf("unknown vault auth method %q (want token or approle)", v.Auth)
	}
	switch kind {
	case KindVaultTransit:
		if v.TransitKey == "" {
			return errors.New("vault-transit needs the transit key name")
		}
		if v.CiphertextFile == "" && v.KVPath == "" {
			return errors.New("vault-transit needs the wrapped key: a ciphertext file or a KV path")
		}
		if v.CiphertextFile != "" && v.KVPath != "" {
			return errors.New("vault-transit: set a ciphertext file or a KV path, not both")
		}
	case KindVaultKV:
		if v.KVPath == "" {
			return errors.New("vault-kv needs the KV secret path")
		}
	}
	return nil
}

// oneSource checks that exactly one of a file and an env var name is set.
func oneSource(what, file, env string) error {
	switch {
	case file == "" && env == "":
		return fmt.Errorf("%s: set a file or the name of an environment variable", what)
	case file != "" && env != "":
		return fmt.Errorf("%s: set a file or an environment variable name, not both", what)
	}
	return nil
}

// String renders the configuration without secrets. Config holds only paths
// and variable names, but URLs may embed credentials, so they are redacted.
func (c Config) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "signer.Config{kind=%s chain_id=%d", c.Kind, c.ChainID)
	if c.Address != (common.Address{}) {
		fmt.Fprintf(&b, " address=%s", c.Address.Hex())
	}
	switch c.Kind {
	case KindKeystore:
		fmt.Fprintf(&b, " %s", c.Keystore)
	case KindVaultTransit, KindVaultKV:
		fmt.Fprintf(&b, " %s", c.Vault)
	case KindRemote:
		fmt.Fprintf(&b, " %s", c.Remote)
	}
	b.WriteString("}")
	return b.String()
}

// GoString keeps %#v as redacted as %v.
func (c Config) GoString() string { return c.String() }

// LogValue implements slog.LogValuer.
func (c Config) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("kind", string(c.Kind)), slog.Uint64("chain_id", c.ChainID)}
	if c.Address != (common.Address{}) {
		attrs = append(attrs, slog.String("address", c.Address.Hex()))
	}
	switch c.Kind {
	case KindKeystore:
		attrs = append(attrs, slog.Any("keystore", c.Keystore))
	case KindVaultTransit, KindVaultKV:
		attrs = append(attrs, slog.Any("vault", c.Vault))
	case KindRemote:
		attrs = append(attrs, slog.Any("remote", c.Remote))
	}
	return slog.GroupValue(attrs...)
}

func (k KeystoreConfig) String() string {
	return fmt.Sprintf("keystore{path=%s passphrase=%s}", k.Path, sourceString(k.PassphraseFile, k.PassphraseEnv))
}

// GoString keeps %#v as redacted as %v.
func (k KeystoreConfig) GoString() string { return k.String() }

// LogValue implements slog.LogValuer.
func (k KeystoreConfig) LogValue() slog.Value {
	return slog.GroupValue(slog.String("path", k.Path), slog.String("passphrase", sourceString(k.PassphraseFile, k.PassphraseEnv)))
}

func (v VaultConfig) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "vault{addr=%s auth=%s", redactURL(v.Address), v.Auth)
	if v.Namespace != "" {
		fmt.Fprintf(&b, " namespace=%s", v.Namespace)
	}
	switch v.Auth {
	case AuthToken:
		fmt.Fprintf(&b, " token=%s", sourceString(v.TokenFile, v.TokenEnv))
	case AuthAppRole:
		fmt.Fprintf(&b, " approle_mount=%s role_id=%s secret_id=%s", v.AppRoleMount, v.RoleID, sourceString(v.SecretIDFile, v.SecretIDEnv))
	}
	if v.TransitKey != "" {
		fmt.Fprintf(&b, " transit=%s/%s", v.TransitMount, v.TransitKey)
	}
	if v.CiphertextFile != "" {
		fmt.Fprintf(&b, " ciphertext_file=%s", v.CiphertextFile)
	}
	if v.KVPath != "" {
		fmt.Fprintf(&b, " kv=%s/%s#%s", v.KVMount, v.KVPath, v.KVField)
	}
	b.WriteString("}")
	return b.String()
}

// GoString keeps %#v as redacted as %v.
func (v VaultConfig) GoString() string { return v.String() }

// LogValue implements slog.LogValuer.
func (v VaultConfig) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("addr", redactURL(v.Address)), slog.String("auth", v.Auth)}
	if v.Namespace != "" {
		attrs = append(attrs, slog.String("namespace", v.Namespace))
	}
	switch v.Auth {
	case AuthToken:
		attrs = append(attrs, slog.String("token", sourceString(v.TokenFile, v.TokenEnv)))
	case AuthAppRole:
		attrs = append(attrs, slog.String("role_id", v.RoleID), slog.String("secret_id", sourceString(v.SecretIDFile, v.SecretIDEnv)))
	}
	if v.TransitKey != "" {
		attrs = append(attrs, slog.String("transit_key", v.TransitMount+"/"+v.TransitKey))
	}
	if v.CiphertextFile != "" {
		attrs = append(attrs, slog.String("ciphertext_file", v.CiphertextFile))
	}
	if v.KVPath != "" {
		attrs = append(attrs, slog.String("kv_path", v.KVMount+"/"+v.KVPath), slog.String("kv_field", v.KVField))
	}
	return slog.GroupValue(attrs...)
}

func (r RemoteConfig) String() string {
	return fmt.Sprintf("remote{url=%s method=%s auth_token=%s}", redactURL(r.URL), r.Method, sourceString(r.AuthTokenFile, r.AuthTokenEnv))
}

// GoString keeps %#v as redacted as %v.
func (r RemoteConfig) GoString() string { return r.String() }

// LogValue implements slog.LogValuer.
func (r RemoteConfig) LogValue() slog.Value {
	return slog.GroupValue(slog.String("url", redactURL(r.URL)), slog.String("method", r.Method),
		slog.String("auth_token", sourceString(r.AuthTokenFile, r.AuthTokenEnv)))
}

// sourceString describes where a secret comes from, never its value.
func sourceString(file, env string) string {
	switch {
	case file != "":
		return "file:" + file
	case env != "":
		return "env:" + env
	}
	return "none"
}

// redactURL drops user info, query and fragment, where URLs carry credentials.
func redactURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "<unparsable url>"
	}
	if u.User != nil {
		u.User = url.User("redacted")
	}
	if u.RawQuery != "" {
		u.RawQuery = "redacted"
	}
	u.Fragment = ""
	return u.String()
}

// Option configures New and the key generation functions.
type Option func(*options)

type options struct {
	log       *slog.Logger
	http      *http.Client
	lookupEnv func(string) (string, bool)
	scryptN   int
	scryptP   int
	reauth    []time.Duration
	retries   int
	retryWait time.Duration
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithHTTPClient sets the HTTP client used for Vault and remote signers (for
// instance one trusting a test CA).
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.http = c } }

// WithLookupEnv replaces os.LookupEnv for secrets named by environment
// variable, so tests need not mutate the process environment.
func WithLookupEnv(f func(string) (string, bool)) Option {
	return func(o *options) { o.lookupEnv = f }
}

// WithScrypt sets the scrypt cost of keystore files written by Generate
// (default keystore.StandardScryptN and StandardScryptP).
func WithScrypt(n, p int) Option { return func(o *options) { o.scryptN, o.scryptP = n, p } }

// WithReauthBackoff sets the waits between Vault re-login attempts after a
// token's lifetime ends and the first attempt failed for a transient reason
// (default 1s, 2s, 4s). Permission errors are never retried.
func WithReauthBackoff(waits ...time.Duration) Option {
	return func(o *options) { o.reauth = waits }
}

// WithVaultRetries sets how often a failed Vault request (transport error or
// 5xx) is retried and the first wait between tries (default 2 retries, 1s).
func WithVaultRetries(n int, wait time.Duration) Option {
	return func(o *options) { o.retries, o.retryWait = n, wait }
}

func buildOptions(opts []Option) *options {
	o := &options{
		log:       slog.Default(),
		lookupEnv: os.LookupEnv,
		reauth:    []time.Duration{time.Second, 2 * time.Second, 4 * time.Second},
		retries:   2,
		retryWait: time.Second,
	}
	for _, f := range opts {
		f(o)
	}
	if o.log == nil {
		o.log = slog.New(slog.DiscardHandler)
	}
	return o
}

// readSecret reads a secret from a file (first line, trailing CR/LF dropped)
// or an environment variable. Errors name the source, never the content.
// missing is the sentinel used when the source is absent or empty.
func (o *options) readSecret(what, file, env string, missing error) ([]byte, error) {
	if file != "" {
		raw, err := os.ReadFile(file)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("%w: %s file %s does not exist", missing, what, file)
			}
			return nil, fmt.Errorf("%w: read %s file: %v", missing, what, err)
		}
		if st, err := os.Stat(file); err == nil && st.Mode().Perm()&0o077 != 0 {
			o.log.Warn("secret file is readable by group or others; chmod 600 it", "what", what, "path", file, "mode", st.Mode().Perm().String())
		}
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line = raw[:i]
		}
		out := append([]byte(nil), bytes.TrimRight(line, "\r")...)
		zeroBytes(raw)
		if len(out) == 0 {
			return nil, fmt.Errorf("%w: %s file %s is empty", missing, what, file)
		}
		return out, nil
	}
	v, ok := o.lookupEnv(env)
	if !ok || v == "" {
		return nil, fmt.Errorf("%w: %s environment variable %s is unset or empty", missing, what, env)
	}
	return []byte(v), nil
}
