package signer

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// openKeystore decrypts a keystore v3 file into a local signer.
func openKeystore(cfg Config, o *options) (*keySigner, error) {
	key, err := decryptKeystore(cfg.Keystore.Path, func() ([]byte, error) {
		return o.readSecret("keystore passphrase", cfg.Keystore.PassphraseFile, cfg.Keystore.PassphraseEnv, ErrMissingPassphrase)
	})
	if err != nil {
		return nil, err
	}
	if err := checkAddress(cfg.Address, crypto.PubkeyToAddress(key.PublicKey)); err != nil {
		zeroKey(key)
		return nil, err
	}
	return newKeySigner(key, new(big.Int).SetUint64(cfg.ChainID)), nil
}

// LoadKeystore decrypts the keystore v3 file at path with the passphrase on
// the first line of passphraseFile. It is the one keystore loader of the
// command line and the pipelines; errors name the files, never the secret.
func LoadKeystore(path, passphraseFile string, opts ...Option) (*ecdsa.PrivateKey, error) {
	o := buildOptions(opts)
	if passphraseFile == "" {
		return nil, fmt.Errorf("signer: keystore %s: %w: no passphrase file given", path, ErrMissingPassphrase)
	}
	return decryptKeystore(path, func() ([]byte, error) {
		return o.readSecret("keystore passphrase", passphraseFile, "", ErrMissingPassphrase)
	})
}

// decryptKeystore reads and decrypts the keystore at path, checking that the
// address the file records is the key's.
func decryptKeystore(path string, passphrase func() ([]byte, error)) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("signer: keystore file %s: %w", path, ErrNotFound)
		}
		return nil, fmt.Errorf("signer: read keystore file: %w", err)
	}
	var header struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(data, &header); err != nil {
		return nil, fmt.Errorf("signer: keystore file %s is not keystore JSON: %w", path, ErrDecrypt)
	}
	pass, err := passphrase()
	if err != nil {
		return nil, fmt.Errorf("signer: %w", err)
	}
	key, err := keystore.DecryptKey(data, string(pass))
	zeroBytes(pass)
	if err != nil {
		// The keystore package's errors are about the file, not the secret,
		// but they are replaced anyway so no future change can leak through.
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("signer: keystore %s: cannot decrypt, wrong passphrase? (%w)", path, ErrDecrypt)
		}
		return nil, fmt.Errorf("signer: keystore %s: cannot decrypt, corrupt or unsupported keystore file (%w)", path, ErrDecrypt)
	}
	if header.Address != "" && common.HexToAddress(header.Address) != key.Address {
		zeroKey(key.PrivateKey)
		return nil, fmt.Errorf("signer: keystore %s records address %s but holds the key of %s: %w",
			path, common.HexToAddress(header.Address).Hex(), key.Address.Hex(), ErrAddressMismatch)
	}
	return key.PrivateKey, nil
}

// writeKeystore encrypts key under the configured passphrase and writes it to
// cfg.Keystore.Path, refusing to overwrite an existing file.
func writeKeystore(cfg Config, key *ecdsa.PrivateKey, o *options) error {
	pass, err := o.readSecret("keystore passphrase", cfg.Keystore.PassphraseFile, cfg.Keystore.PassphraseEnv, ErrMissingPassphrase)
	if err != nil {
		return fmt.Errorf("signer: %w", err)
	}
	defer zeroBytes(pass)
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("signer: keystore id: %w", err)
	}
	n, p := o.scryptN, o.scryptP
	if n == 0 {
		n, p = keystore.StandardScryptN, keystore.StandardScryptP
	}
	k := &keystore.Key{Id: id, Address: addressOf(key), PrivateKey: key}
	blob, err := keystore.EncryptKey(k, string(pass), n, p)
	if err != nil {
		return fmt.Errorf("signer: encrypt keystore: %w", err)
	}
	return writeNewFile(cfg.Keystore.Path, blob)
}

// writeNewFile creates path with mode 0600 and fails with ErrExists when it
// already exists, so a key is never overwritten.
func writeNewFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("signer: %s: %w", path, ErrExists)
		}
		return fmt.Errorf("signer: create %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("signer: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("signer: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("signer: close %s: %w", path, err)
	}
	return nil
}

// checkAddress compares a loaded key's address with the configured one, if any.
func checkAddress(want, got common.Address) error {
	if want != (common.Address{}) && want != got {
		return fmt.Errorf("signer: key belongs to %s, config expects %s: %w", got.Hex(), want.Hex(), ErrAddressMismatch)
	}
	return nil
}
