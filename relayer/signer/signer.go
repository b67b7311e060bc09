// Package signer provides the relayer's transaction and EIP-712 signers: a
// local encrypted keystore for development, Vault (a transit-wrapped key or a
// KV v2 secret) for production, and a remote JSON-RPC signer (clef or any
// eth_signTransaction endpoint).
//
// Every implementation binds a chain id at construction and never lets key
// material or passphrases reach logs, errors, formatted values or storage.
package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signer signs transactions and EIP-712 digests for one address on one chain.
//
// It satisfies the transaction manager's narrower interface (Address and
// SignTx); SignTypedDataHash serves off-chain messages and Ready serves
// readiness probes. Implementations are safe for concurrent use.
type Signer interface {
	// Address is the account the signer signs for.
	Address() common.Address
	// SignTx returns tx signed for the chain id bound at construction. A typed
	// transaction carrying a different chain id is refused with ErrChainIDMismatch.
	SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error)
	// SignTypedDataHash signs an EIP-712 digest (keccak256("\x19\x01" ||
	// domainSeparator || structHash)) and returns 65 bytes r || s || v with
	// v in {27, 28}, the form ecrecover and OpenZeppelin's ECDSA expect.
	SignTypedDataHash(ctx context.Context, hash [32]byte) ([]byte, error)
	// Ready reports whether the signer can sign now (nil) or why not.
	Ready(ctx context.Context) error
	// Close releases the signer: in-memory keys are zeroed and background
	// renewal stops. Signing after Close returns ErrClosed. Close is idempotent.
	Close() error
}

var (
	// ErrInvalidConfig is returned by Config.Check (and New) when the
	// configuration is incomplete or contradictory.
	ErrInvalidConfig = errors.New("invalid signer config")
	// ErrMissingPassphrase is returned when the keystore passphrase file or
	// environment variable is absent or empty.
	ErrMissingPassphrase = errors.New("missing keystore passphrase")
	// ErrMissingCredential is returned when a Vault token or AppRole secret id
	// (or a remote signer's bearer token) is absent or empty.
	ErrMissingCredential = errors.New("missing credential")
	// ErrDecrypt is returned when key material cannot be decrypted (wrong
	// passphrase, corrupt keystore, ciphertext not made by this transit key).
	ErrDecrypt = errors.New("decrypt failed")
	// ErrVaultPermissionDenied is returned when Vault answers 403: the token is
	// invalid, expired or revoked, or its policy lacks a capability.
	ErrVaultPermissionDenied = errors.New("vault permission denied")
	// ErrVaultUnavailable is returned when Vault cannot be reached or answers
	// with a server error.
	ErrVaultUnavailable = errors.New("vault unavailable")
	// ErrNotFound is returned when a keystore file, wrapped key file, Vault
	// secret or transit key does not exist.
	ErrNotFound = errors.New("key not found")
	// ErrWrongKeyType is returned when key material is not a secp256k1 private
	// key, or a Vault transit key cannot encrypt (for instance an ecdsa-p256
	// signing key was named instead of an aes256-gcm96 encryption key).
	ErrWrongKeyType = errors.New("wrong key type")
	// ErrAddressMismatch is returned when the loaded key's address differs from
	// the configured or recorded address, or a remote signer signed as someone else.
	ErrAddressMismatch = errors.New("address mismatch")
	// ErrChainIDMismatch is returned by SignTx for a typed transaction whose
	// chain id differs from the signer's.
	ErrChainIDMismatch = errors.New("chain id mismatch")
	// ErrSessionLost is returned after the Vault token could neither be renewed
	// nor re-obtained: the key has been wiped and the signer must be recreated.
	ErrSessionLost = errors.New("vault session lost")
	// ErrClosed is returned by a signer after Close.
	ErrClosed = errors.New("signer closed")
	// ErrUnsupported is returned for operations a signer kind cannot perform
	// (a remote signer cannot sign a bare EIP-712 digest, blob transactions).
	ErrUnsupported = errors.New("unsupported by this signer")
	// ErrRemote is returned when a remote signer fails or returns a
	// transaction that is not the one requested.
	ErrRemote = errors.New("remote signer failed")
	// ErrExists is returned by key generation when the destination already
	// holds a key; it never overwrites one.
	ErrExists = errors.New("key already exists")
)

// keySigner signs with a secp256k1 key held in process memory. The keystore
// and Vault signers all end up here once the key is decrypted.
type keySigner struct {
	addr    common.Address
	chainID *big.Int
	signer  types.Signer

	mu     sync.RWMutex
	key    *ecdsa.PrivateKey
	reason error // why key is nil: ErrClosed or ErrSessionLost
}

var _ Signer = (*keySigner)(nil)

// FromPrivateKey returns a Signer for an in-memory key, bound to chainID. It
// exists for the embedded chain's public development keys and for tests;
// production keys come from New. The signer keeps its own copy of the key.
func FromPrivateKey(key *ecdsa.PrivateKey, chainID *big.Int) (Signer, error) {
	if key == nil {
		return nil, fmt.Errorf("signer: %w: nil key", ErrWrongKeyType)
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("signer: %w: chain id must be positive", ErrInvalidConfig)
	}
	raw := crypto.FromECDSA(key)
	cp, err := crypto.ToECDSA(raw)
	zeroBytes(raw)
	if err != nil {
		return nil, fmt.Errorf("signer: %w", ErrWrongKeyType)
	}
	return newKeySigner(cp, chainID), nil
}

// newKeySigner takes ownership of key.
func newKeySigner(key *ecdsa.PrivateKey, chainID *big.Int) *keySigner {
	id := new(big.Int).Set(chainID)
	return &keySigner{
		addr:    crypto.PubkeyToAddress(key.PublicKey),
		chainID: id,
		signer:  types.LatestSignerForChainID(id),
		key:     key,
	}
}

func (s *keySigner) Address() common.Address { return s.addr }

func (s *keySigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkTxChainID(tx, s.chainID); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.key == nil {
		return nil, fmt.Errorf("signer: sign tx: %w", s.reason)
	}
	signed, err := types.SignTx(tx, s.signer, s.key)
	if err != nil {
		return nil, fmt.Errorf("signer: sign tx: %w", err)
	}
	return signed, nil
}

func (s *keySigner) SignTypedDataHash(ctx context.Context, hash [32]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.key == nil {
		return nil, fmt.Errorf("signer: sign typed data: %w", s.reason)
	}
	sig, err := crypto.Sign(hash[:], s.key)
	if err != nil {
		return nil, fmt.Errorf("signer: sign typed data: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

func (s *keySigner) Ready(context.Context) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.key == nil {
		return fmt.Errorf("signer: %w", s.reason)
	}
	return nil
}

func (s *keySigner) Close() error {
	s.wipe(ErrClosed)
	return nil
}

// wipe zeroes the key and records why. The first reason sticks, so a lost
// session reads as such even after Close. Go may have copied the scalar during
// signing (big.Int arithmetic); zeroing narrows the window, it cannot promise
// that no copy survives in freed memory.
func (s *keySigner) wipe(reason error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key == nil {
		return
	}
	zeroKey(s.key)
	s.key = nil
	s.reason = reason
}

// String, GoString and LogValue keep the key out of every formatting path.
func (s *keySigner) String() string   { return fmt.Sprintf("signer.local(%s)", s.addr.Hex()) }
func (s *keySigner) GoString() string { return s.String() }

// LogValue implements slog.LogValuer.
func (s *keySigner) LogValue() slog.Value {
	return slog.GroupValue(slog.String("kind", "local"), slog.String("address", s.addr.Hex()))
}

// checkTxChainID refuses a typed transaction built for another chain. Legacy
// transactions carry no chain id before signing and get the signer's.
func checkTxChainID(tx *types.Transaction, chainID *big.Int) error {
	if tx == nil {
		return fmt.Errorf("signer: nil transaction")
	}
	if tx.Type() == types.LegacyTxType {
		return nil
	}
	if tx.ChainId().Cmp(chainID) != 0 {
		return fmt.Errorf("signer: %w: transaction for chain %s, signer bound to chain %s", ErrChainIDMismatch, tx.ChainId(), chainID)
	}
	return nil
}

// zeroKey overwrites the private scalar in place.
func zeroKey(k *ecdsa.PrivateKey) {
	if k == nil || k.D == nil {
		return
	}
	b := k.D.Bits()
	for i := range b {
		b[i] = 0
	}
	k.D.SetInt64(0)
}

// zeroBytes overwrites b.
func zeroBytes(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// parseKeyBytes turns 32 raw bytes into a private key, mapping every failure
// to ErrWrongKeyType without echoing the bytes.
func parseKeyBytes(b []byte) (*ecdsa.PrivateKey, error) {
	if len(b) != 32 {
		return nil, fmt.Errorf("%w: key material is %d bytes, want a 32-byte secp256k1 private key", ErrWrongKeyType, len(b))
	}
	k, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("%w: key material is not a valid secp256k1 private key", ErrWrongKeyType)
	}
	return k, nil
}

// New builds the signer cfg describes: it checks cfg, reads the named secrets,
// decrypts or fetches the key (keystore, Vault) or dials the remote signer,
// and verifies the address. ctx bounds start-up only; background Vault token
// renewal lives until Close.
func New(ctx context.Context, cfg Config, opts ...Option) (Signer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	o := buildOptions(opts)
	switch cfg.Kind {
	case KindKeystore:
		s, err := openKeystore(cfg, o)
		if err != nil {
			return nil, err
		}
		o.log.Info("keystore signer ready", "address", s.addr.Hex(), "path", cfg.Keystore.Path)
		return s, nil
	case KindVaultTransit, KindVaultKV:
		return openVault(ctx, cfg, o)
	case KindRemote:
		return openRemote(ctx, cfg, o)
	}
	return nil, fmt.Errorf("%w: unknown kind %q", ErrInvalidConfig, cfg.Kind)
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
