package signer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// WrappedKeyVersion is the format version of wrapped key files.
const WrappedKeyVersion = 1

// maxWrappedKeySize bounds a wrapped key file; a real one is ~300 bytes.
const maxWrappedKeySize = 64 << 10

// WrappedKey is an Ethereum key encrypted by a Vault transit key. It is not
// secret (only Vault can decrypt it) but it is the key's only copy outside
// Vault's memory: back it up. Its JSON form is the wrapped key file:
//
//	{"version":1,"address":"0x…","transit_mount":"transit","transit_key":"dip-relayer","ciphertext":"vault:v1:…"}
type WrappedKey struct {
	Version      int            `json:"version"`
	Address      common.Address `json:"address"`
	TransitMount string         `json:"transit_mount"`
	TransitKey   string         `json:"transit_key"`
	Ciphertext   string         `json:"ciphertext"`
}

// ParseWrappedKey decodes and validates a wrapped key file.
func ParseWrappedKey(data []byte) (*WrappedKey, error) {
	if len(data) > maxWrappedKeySize {
		return nil, fmt.Errorf("signer: wrapped key: %d bytes is too large", len(data))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var raw struct {
		Version      int    `json:"version"`
		Address      string `json:"address"`
		TransitMount string `json:"transit_mount"`
		TransitKey   string `json:"transit_key"`
		Ciphertext   string `json:"ciphertext"`
	}
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("signer: wrapped key is not valid JSON: %w", ErrDecrypt)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("signer: wrapped key has trailing data: %w", ErrDecrypt)
	}
	if raw.Version != WrappedKeyVersion {
		return nil, fmt.Errorf("signer: wrapped key version %d is not supported (want %d)", raw.Version, WrappedKeyVersion)
	}
	if !common.IsHexAddress(raw.Address) {
		return nil, fmt.Errorf("signer: wrapped key address is not a hex address")
	}
	if raw.TransitKey == "" || strings.ContainsAny(raw.TransitKey+raw.TransitMount, "?#") {
		return nil, fmt.Errorf("signer: wrapped key names no valid transit key")
	}
	if err := checkCiphertext(raw.Ciphertext); err != nil {
		return nil, err
	}
	return &WrappedKey{
		Version:      raw.Version,
		Address:      common.HexToAddress(raw.Address),
		TransitMount: raw.TransitMount,
		TransitKey:   raw.TransitKey,
		Ciphertext:   raw.Ciphertext,
	}, nil
}

// checkCiphertext accepts Vault transit's "vault:v<N>:<base64>" form.
func checkCiphertext(ct string) error {
	rest, ok := strings.CutPrefix(ct, "vault:v")
	if !ok {
		return fmt.Errorf("signer: ciphertext is not a Vault transit ciphertext (vault:v<N>:...): %w", ErrDecrypt)
	}
	ver, body, ok := strings.Cut(rest, ":")
	if !ok || ver == "" || len(ver) > 9 || strings.Trim(ver, "0123456789") != "" || body == "" {
		return fmt.Errorf("signer: ciphertext is not a Vault transit ciphertext (vault:v<N>:...): %w", ErrDecrypt)
	}
	if _, err := base64.StdEncoding.DecodeString(body); err != nil {
		return fmt.Errorf("signer: ciphertext body is not base64: %w", ErrDecrypt)
	}
	return nil
}

// Marshal returns the wrapped key file content.
func (w *WrappedKey) Marshal() ([]byte, error) {
	out, err := json.MarshalIndent(struct {
		Version      int    `json:"version"`
		Address      string `json:"address"`
		TransitMount string `json:"transit_mount"`
		TransitKey   string `json:"transit_key"`
		Ciphertext   string `json:"ciphertext"`
	}{w.Version, w.Address.Hex(), w.TransitMount, w.TransitKey, w.Ciphertext}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// WriteFile writes the wrapped key file with mode 0600; it fails with
// ErrExists rather than overwrite a key.
func (w *WrappedKey) WriteFile(path string) error {
	data, err := w.Marshal()
	if err != nil {
		return fmt.Errorf("signer: marshal wrapped key: %w", err)
	}
	return writeNewFile(path, data)
}

// ReadWrappedKeyFile reads and validates a wrapped key file.
func ReadWrappedKeyFile(path string) (*WrappedKey, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("signer: wrapped key file %s: %w", path, ErrNotFound)
		}
		return nil, fmt.Errorf("signer: open wrapped key file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxWrappedKeySize+1))
	if err != nil {
		return nil, fmt.Errorf("signer: read wrapped key file: %w", err)
	}
	w, err := ParseWrappedKey(data)
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return w, nil
}

// parsePrivateKeyHex decodes a hex private key from a KV secret. Errors say
// what is wrong with the shape, never echo the content.
func parsePrivateKeyHex(s string) (*ecdsa.PrivateKey, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return nil, fmt.Errorf("%w: expected 64 hex digits (a 32-byte secp256k1 key), got %d characters", ErrWrongKeyType, len(s))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: key is not hex", ErrWrongKeyType)
	}
	defer zeroBytes(b)
	return parseKeyBytes(b)
}

// vaultSigner is a local key signer whose key came from Vault, plus the
// session that keeps the Vault token alive.
type vaultSigner struct {
	*keySigner
	kind    Kind
	session *vaultSession
}

var _ Signer = (*vaultSigner)(nil)

func (s *vaultSigner) Ready(ctx context.Context) error {
	if err := s.keySigner.Ready(ctx); err != nil {
		return err
	}
	return s.session.ready(ctx)
}

func (s *vaultSigner) Close() error {
	s.session.close()
	s.keySigner.wipe(ErrClosed)
	return nil
}

func (s *vaultSigner) String() string {
	return fmt.Sprintf("signer.%s(%s)", s.kind, s.addr.Hex())
}

// GoString keeps %#v from printing the embedded key.
func (s *vaultSigner) GoString() string { return s.String() }

// LogValue implements slog.LogValuer.
func (s *vaultSigner) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", string(s.kind)), slog.String("address", s.addr.Hex()))
}

// openVault logs in, loads the key (transit decrypt or KV read) and starts
// token renewal.
func openVault(ctx context.Context, cfg Config, o *options) (Signer, error) {
	v := withVaultDefaults(cfg.Kind, cfg.Vault)
	session, auth, err := newVaultSession(ctx, v, o)
	if err != nil {
		return nil, err
	}
	var key *ecdsa.PrivateKey
	switch cfg.Kind {
	case KindVaultTransit:
		key, err = loadTransitKey(ctx, session.client, v)
	default:
		key, err = loadKVKey(ctx, session.client, v)
	}
	if err != nil {
		session.close()
		return nil, err
	}
	if err := checkAddress(cfg.Address, addressOf(key)); err != nil {
		zeroKey(key)
		session.close()
		return nil, err
	}
	ks := newKeySigner(key, new(big.Int).SetUint64(cfg.ChainID))
	s := &vaultSigner{keySigner: ks, kind: cfg.Kind, session: session}
	session.start(auth, ks.wipe)
	o.log.Info("vault signer ready", "kind", string(cfg.Kind), "address", ks.addr.Hex(), "auth", v.Auth, "token_ttl_seconds", int(auth.ttl.Seconds()))
	return s, nil
}

func withVaultDefaults(kind Kind, v VaultConfig) VaultConfig {
	if v.TransitMount == "" {
		v.TransitMount = DefaultTransitMount
	}
	if v.KVMount == "" {
		v.KVMount = DefaultKVMount
	}
	if v.AppRoleMount == "" {
		v.AppRoleMount = DefaultAppRoleMount
	}
	if v.KVField == "" {
		v.KVField = DefaultKVField
		if kind == KindVaultTransit {
			v.KVField = DefaultCiphertextField
		}
	}
	return v
}

// loadTransitKey reads the wrapped key and has Vault transit decrypt it.
func loadTransitKey(ctx context.Context, c *vault.Client, v VaultConfig) (*ecdsa.PrivateKey, error) {
	var w *WrappedKey
	if v.CiphertextFile != "" {
		var err error
		if w, err = ReadWrappedKeyFile(v.CiphertextFile); err != nil {
			return nil, err
		}
		if w.TransitKey != v.TransitKey || (w.TransitMount != "" && w.TransitMount != v.TransitMount) {
			return nil, fmt.Errorf("signer: %w: wrapped key was made with transit key %s/%s, config names %s/%s",
				ErrInvalidConfig, w.TransitMount, w.TransitKey, v.TransitMount, v.TransitKey)
		}
	} else {
		sec, err := c.KVv2(v.KVMount).Get(ctx, v.KVPath)
		if err != nil {
			return nil, vaultError("kv read "+v.KVMount+"/"+v.KVPath, err)
		}
		ct, _ := sec.Data[v.KVField].(string)
		if ct == "" {
			return nil, fmt.Errorf("signer: vault kv %s/%s has no string field %q: %w", v.KVMount, v.KVPath, v.KVField, ErrNotFound)
		}
		if err := checkCiphertext(ct); err != nil {
			return nil, err
		}
		w = &WrappedKey{Version: WrappedKeyVersion, TransitMount: v.TransitMount, TransitKey: v.TransitKey, Ciphertext: ct}
		if a, ok := sec.Data["address"].(string); ok && common.IsHexAddress(a) {
			w.Address = common.HexToAddress(a)
		}
	}
	sec, err := c.Logical().WriteWithContext(ctx, v.TransitMount+"/decrypt/"+v.TransitKey, map[string]any{"ciphertext": w.Ciphertext})
	if err != nil {
		return nil, vaultErrorAs("transit decrypt", err, ErrDecrypt)
	}
	var b64 string
	if sec != nil {
		b64, _ = sec.Data["plaintext"].(string)
	}
	if b64 == "" {
		return nil, fmt.Errorf("signer: vault transit decrypt returned no plaintext: %w", ErrDecrypt)
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return nil, fmt.Errorf("signer: vault transit plaintext is not base64: %w", ErrWrongKeyType)
	}
	defer zeroBytes(raw)
	key, err := parseKeyBytes(raw)
	if err != nil {
		return nil, fmt.Errorf("signer: transit-wrapped key: %w", err)
	}
	if w.Address != (common.Address{}) && w.Address != addressOf(key) {
		zeroKey(key)
		return nil, fmt.Errorf("signer: wrapped key records address %s but decrypts to the key of %s: %w",
			w.Address.Hex(), addressOf(key).Hex(), ErrAddressMismatch)
	}
	return key, nil
}

// loadKVKey reads a hex private key from a KV v2 secret.
func loadKVKey(ctx context.Context, c *vault.Client, v VaultConfig) (*ecdsa.PrivateKey, error) {
	sec, err := c.KVv2(v.KVMount).Get(ctx, v.KVPath)
	if err != nil {
		return nil, vaultError("kv read "+v.KVMount+"/"+v.KVPath, err)
	}
	val, ok := sec.Data[v.KVField].(string)
	if !ok || val == "" {
		return nil, fmt.Errorf("signer: vault kv %s/%s has no string field %q: %w", v.KVMount, v.KVPath, v.KVField, ErrNotFound)
	}
	key, err := parsePrivateKeyHex(val)
	if err != nil {
		return nil, fmt.Errorf("signer: vault kv %s/%s field %q: %w", v.KVMount, v.KVPath, v.KVField, err)
	}
	if a, ok := sec.Data["address"].(string); ok && common.IsHexAddress(a) && common.HexToAddress(a) != addressOf(key) {
		zeroKey(key)
		return nil, fmt.Errorf("signer: vault kv %s/%s records address %s but holds the key of %s: %w",
			v.KVMount, v.KVPath, common.HexToAddress(a).Hex(), addressOf(key).Hex(), ErrAddressMismatch)
	}
	return key, nil
}

// GenerateWrappedKey creates a new secp256k1 key in memory and has Vault
// transit encrypt it under cfg.Vault.TransitKey. The plaintext key is sent to
// Vault over the configured (TLS) connection, zeroed afterwards, and never
// written anywhere; only the returned ciphertext is. cfg.Kind must be
// vault-transit; the wrapped key is not stored (see Generate).
func GenerateWrappedKey(ctx context.Context, cfg Config, opts ...Option) (*WrappedKey, error) {
	if cfg.Kind != KindVaultTransit {
		return nil, fmt.Errorf("%w: wrapped keys need kind %s", ErrInvalidConfig, KindVaultTransit)
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	o := buildOptions(opts)
	v := withVaultDefaults(cfg.Kind, cfg.Vault)
	session, _, err := newVaultSession(ctx, v, o)
	if err != nil {
		return nil, err
	}
	defer session.close()
	return wrapNewKey(ctx, session.client, v)
}

func wrapNewKey(ctx context.Context, c *vault.Client, v VaultConfig) (*WrappedKey, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("signer: generate key: %w", err)
	}
	defer zeroKey(key)
	raw := crypto.FromECDSA(key)
	defer zeroBytes(raw)
	// encoding/json sends a []byte as base64, the form transit expects,
	// without making an immutable string copy of the key here.
	sec, err := c.Logical().WriteWithContext(ctx, v.TransitMount+"/encrypt/"+v.TransitKey, map[string]any{"plaintext": raw})
	if err != nil {
		return nil, vaultError("transit encrypt", err)
	}
	var ct string
	if sec != nil {
		ct, _ = sec.Data["ciphertext"].(string)
	}
	if err := checkCiphertext(ct); err != nil {
		return nil, fmt.Errorf("signer: vault transit encrypt: %w", err)
	}
	return &WrappedKey{
		Version:      WrappedKeyVersion,
		Address:      addressOf(key),
		TransitMount: v.TransitMount,
		TransitKey:   v.TransitKey,
		Ciphertext:   ct,
	}, nil
}

// Generate creates a new key where cfg says the signer will find it and
// returns its address; it never overwrites an existing key (ErrExists).
//   - keystore: a keystore v3 file at Keystore.Path, encrypted with the passphrase.
//   - vault-transit: a wrapped key in Vault.CiphertextFile, or in the KV v2
//     secret Vault.KVPath (fields ciphertext and address, check-and-set 0).
//   - vault-kv: a hex key in the KV v2 secret (fields Vault.KVField and
//     address, check-and-set 0).
//
// Remote signers manage their own keys (ErrUnsupported).
func Generate(ctx context.Context, cfg Config, opts ...Option) (common.Address, error) {
	if err := cfg.Check(); err != nil {
		return common.Address{}, err
	}
	o := buildOptions(opts)
	switch cfg.Kind {
	case KindKeystore:
		if _, err := os.Stat(cfg.Keystore.Path); err == nil {
			return common.Address{}, fmt.Errorf("signer: %s: %w", cfg.Keystore.Path, ErrExists)
		}
		key, err := crypto.GenerateKey()
		if err != nil {
			return common.Address{}, fmt.Errorf("signer: generate key: %w", err)
		}
		defer zeroKey(key)
		if err := writeKeystore(cfg, key, o); err != nil {
			return common.Address{}, err
		}
		return addressOf(key), nil
	case KindVaultTransit, KindVaultKV:
		return generateVault(ctx, cfg, o)
	default:
		return common.Address{}, fmt.Errorf("signer: generate for kind %s: %w", cfg.Kind, ErrUnsupported)
	}
}

func generateVault(ctx context.Context, cfg Config, o *options) (common.Address, error) {
	v := withVaultDefaults(cfg.Kind, cfg.Vault)
	if v.CiphertextFile != "" {
		if _, err := os.Stat(v.CiphertextFile); err == nil {
			return common.Address{}, fmt.Errorf("signer: %s: %w", v.CiphertextFile, ErrExists)
		}
	}
	session, _, err := newVaultSession(ctx, v, o)
	if err != nil {
		return common.Address{}, err
	}
	defer session.close()
	if cfg.Kind == KindVaultTransit {
		w, err := wrapNewKey(ctx, session.client, v)
		if err != nil {
			return common.Address{}, err
		}
		if v.CiphertextFile != "" {
			return w.Address, w.WriteFile(v.CiphertextFile)
		}
		return w.Address, putKVOnce(ctx, session.client, v, map[string]any{v.KVField: w.Ciphertext, "address": w.Address.Hex()})
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("signer: generate key: %w", err)
	}
	defer zeroKey(key)
	raw := crypto.FromECDSA(key)
	defer zeroBytes(raw)
	addr := addressOf(key)
	// A KV value is a JSON string: the hex copy is unavoidable here.
	return addr, putKVOnce(ctx, session.client, v, map[string]any{v.KVField: hex.EncodeToString(raw), "address": addr.Hex()})
}

// putKVOnce writes a new KV v2 secret with check-and-set 0, so an existing
// secret is never replaced.
func putKVOnce(ctx context.Context, c *vault.Client, v VaultConfig, data map[string]any) error {
	_, err := c.KVv2(v.KVMount).Put(ctx, v.KVPath, data, vault.WithCheckAndSet(0))
	if err == nil {
		return nil
	}
	var re *vault.ResponseError
	if errors.As(err, &re) && re.StatusCode == http.StatusBadRequest && strings.Contains(strings.Join(re.Errors, " "), "check-and-set") {
		return fmt.Errorf("signer: vault kv %s/%s: %w", v.KVMount, v.KVPath, ErrExists)
	}
	if errors.As(err, &re) && re.StatusCode == http.StatusForbidden {
		// A keygen policy with create but not update cannot overwrite, and
		// Vault says 403 rather than "exists"; tell the two apart by reading.
		if _, rerr := c.KVv2(v.KVMount).Get(ctx, v.KVPath); rerr == nil {
			return fmt.Errorf("signer: vault kv %s/%s: %w", v.KVMount, v.KVPath, ErrExists)
		}
	}
	return vaultError("kv write "+v.KVMount+"/"+v.KVPath, err)
}
