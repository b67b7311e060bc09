package keyshare

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/lat"
)

// ErrBuyerKeyUnavailable is returned when the buyer's public key cannot be
// recovered from the redemption (it was sent by a contract or a relayer);
// the buyer must then ask with a ReleaseRequest carrying its key.
var ErrBuyerKeyUnavailable = errors.New("keyshare: buyer public key not recoverable from the redemption")

// BuyerPublicKey recovers the grant holder's public key from the signature
// of the redemption transaction, so a holder watching AccessGranted can
// release to the buyer before being asked. signer must match the chain
// (types.LatestSignerForChainID).
func BuyerPublicKey(ctx context.Context, txs ethereum.TransactionReader, signer types.Signer, g *lat.Grant) (*ecdsa.PublicKey, error) {
	tx, pending, err := txs.TransactionByHash(ctx, g.TxHash)
	if err != nil {
		return nil, fmt.Errorf("keyshare: read redemption %s: %w", g.TxHash.Hex(), err)
	}
	if pending {
		return nil, fmt.Errorf("%w: redemption %s is pending", ErrGrantUnconfirmed, g.TxHash.Hex())
	}
	sender, err := types.Sender(signer, tx)
	if err != nil {
		return nil, fmt.Errorf("keyshare: redemption %s sender: %w", g.TxHash.Hex(), err)
	}
	if sender != g.Holder {
		return nil, fmt.Errorf("%w: redemption %s was sent by %s, the grant holder is %s", ErrBuyerKeyUnavailable, g.TxHash.Hex(), sender.Hex(), g.Holder.Hex())
	}
	_, r, s := tx.RawSignatureValues()
	h := signer.Hash(tx)
	sig := make([]byte, crypto.SignatureLength)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	for v := byte(0); v < 2; v++ {
		sig[64] = v
		pub, err := crypto.SigToPub(h[:], sig)
		if err == nil && crypto.PubkeyToAddress(*pub) == sender {
			return pub, nil
		}
	}
	return nil, fmt.Errorf("%w: cannot recover the key of %s", ErrBuyerKeyUnavailable, sender.Hex())
}
