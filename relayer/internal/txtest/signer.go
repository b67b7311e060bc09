// Package txtest provides test helpers for the relayer's transaction
// manager: a signer holding a local development key.
package txtest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// KeySigner signs with an in-memory key. It is for tests and development
// chains only: the key is public knowledge (devchain keys).
type KeySigner struct {
	key    *ecdsa.PrivateKey
	addr   common.Address
	signer types.Signer
}

// NewKeySigner returns a signer for key on chain chainID.
func NewKeySigner(key *ecdsa.PrivateKey, chainID *big.Int) *KeySigner {
	return &KeySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), signer: types.LatestSignerForChainID(chainID)}
}

// Address is the key's address.
func (s *KeySigner) Address() common.Address { return s.addr }

// SignTx signs tx for the signer's chain.
func (s *KeySigner) SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	signed, err := types.SignTx(tx, s.signer, s.key)
	if err != nil {
		return nil, fmt.Errorf("txtest: sign: %w", err)
	}
	return signed, nil
}
