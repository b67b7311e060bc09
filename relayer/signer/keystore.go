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
	"github.com/google/uuid"
)

// openKeystore decrypts a keystore v3 file into a local signer.
func openKeystore(cfg Config, o *options) (*keySigner, error) {
	path := cfg.Keystore.Path
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
	pass, err := o.readSecret("keystore passphrase", cfg.Keystore.PassphraseFile, cfg.Keystore.PassphraseEnv, ErrMissingPassphrase)
	if err != nil {
		return nil, fmt.Errorf("signer: %w", err)
	}
	key, err := keystore.DecryptKey(data, string(pass))
	zeroBytes(pass)
	if err != nil {
		// The keystore package's errors are about the file, not the secret,
		// but they are replaced anyway so no future change can leak through.
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("signer: keystore %s: %w (wrong passphrase?)", path, ErrDecrypt)
		}
		return nil, fmt.Errorf("signer: keystore %s: %w (corrupt or unsupported keystore file)", path, ErrDecrypt)
	}
	if header.Address != "" && common.HexToAddress(header.Address) != key.Address {
		zeroKey(key.PrivateKey)
		return nil, fmt.Errorf("signer: keystore %s records address %s but holds the key of %s: %w",
			path, common.HexToAddress(header.Address).Hex(), key.Address.Hex(), ErrAddressMismatch)
	}
	if err := checkAddress(cfg.Address, key.Address); err != nil {
		zeroKey(key.PrivateKey)
		return nil, err
	}
	return newKeySigner(key.PrivateKey, new(big.Int).SetUint64(cfg.ChainID)), nil
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
