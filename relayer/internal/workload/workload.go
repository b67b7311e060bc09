// Package workload provides the intents the relayer's crash, fault and
// benchmark runs send, and the check that each ran exactly once: intent i
// pays 1 wei to its own address, so a recipient's balance counts how often
// the intent executed.
package workload

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
)

// Key is intent i's idempotency key within a run called prefix.
func Key(prefix string, i int) string { return fmt.Sprintf("%s-%05d", prefix, i) }

// Recipient is the address intent i of run prefix pays; it starts empty on any dev chain.
func Recipient(prefix string, i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(Key(prefix, i)))[12:])
}

// Candidate is intent i of run prefix: 1 wei to its recipient with its key
// as calldata; gas is estimated when estimate is true, else given.
func Candidate(prefix string, i int, estimate bool) txmgr.TxCandidate {
	to := Recipient(prefix, i)
	data := []byte(Key(prefix, i))
	c := txmgr.TxCandidate{To: &to, TxData: data, Value: big.NewInt(1)}
	if !estimate {
		// No zero bytes in a key; 40 gas a byte is the EIP-7623 calldata floor.
		c.GasLimit = 21_000 + 40*uint64(len(data))
	}
	return c
}

// Chain is what Verify reads from the node.
type Chain interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Verify checks a finished run of n intents from account: every intent is
// confirmed in the store; every recipient holds exactly 1 wei (executed
// once); the account's nonce equals the number of its transactions the
// store says were mined and nothing is left pending (no nonce gap); and the
// store agrees with the chain on each intent's transaction, nonce, block and
// status. It returns every disagreement it finds.
func Verify(ctx context.Context, c Chain, st *store.Store, account common.Address, prefix string, n int) error {
	var errs []error
	fail := func(format string, args ...any) {
		if len(errs) < 20 {
			errs = append(errs, fmt.Errorf(format, args...))
		}
	}
	nonces := make(map[uint64]string, n)
	for i := 0; i < n; i++ {
		key := Key(prefix, i)
		bal, err := c.BalanceAt(ctx, Recipient(prefix, i), nil)
		if err != nil {
			return fmt.Errorf("balance of intent %d recipient: %w", i, err)
		}
		if bal.Cmp(big.NewInt(1)) != 0 {
			fail("intent %s executed %s times on chain, want exactly 1", key, bal)
		}
		in, err := st.Intent(ctx, key)
		if err != nil {
			fail("intent %s: %v", key, err)
			continue
		}
		if in.State != store.StateConfirmed {
			fail("intent %s is %s in the store (%s), want confirmed", key, in.State, in.LastError)
			continue
		}
		if other, dup := nonces[in.Nonce]; dup {
			fail("intents %s and %s both hold nonce %d", other, key, in.Nonce)
		}
		nonces[in.Nonce] = key
		r, err := c.TransactionReceipt(ctx, in.TxHash)
		if err != nil {
			fail("intent %s: receipt of %s: %v", key, in.TxHash, err)
			continue
		}
		hdr, err := c.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return fmt.Errorf("header %s: %w", r.BlockNumber, err)
		}
		if r.BlockNumber.Uint64() != in.BlockNumber || r.BlockHash != in.BlockHash || hdr.Hash() != in.BlockHash || r.Status != types.ReceiptStatusSuccessful {
			fail("intent %s: store says block %d %s, chain says block %s %s (canonical %s) status %d",
				key, in.BlockNumber, in.BlockHash, r.BlockNumber, r.BlockHash, hdr.Hash(), r.Status)
		}
		tx, _, err := c.TransactionByHash(ctx, in.TxHash)
		if err != nil {
			fail("intent %s: transaction %s: %v", key, in.TxHash, err)
			continue
		}
		if tx.Nonce() != in.Nonce || tx.To() == nil || *tx.To() != Recipient(prefix, i) {
			fail("intent %s: transaction %s has nonce %d to %v, store says nonce %d to %s", key, in.TxHash, tx.Nonce(), tx.To(), in.Nonce, Recipient(prefix, i))
		}
	}
	latest, err := c.NonceAt(ctx, account, nil)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	pending, err := c.PendingNonceAt(ctx, account)
	if err != nil {
		return fmt.Errorf("pending nonce: %w", err)
	}
	if pending != latest {
		fail("account has pending nonce %d but latest %d: transactions stuck", pending, latest)
	}
	st2, err := st.Status(ctx, &account)
	if err != nil {
		return err
	}
	mined := uint64(st2.Confirmed + st2.Reverted + st2.Mined)
	// Failed intents may have consumed a nonce through a cancellation.
	cancelled, err := st.List(ctx, store.ListFilter{Account: &account, States: []store.State{store.StateFailed}, Limit: 1 << 20})
	if err != nil {
		return err
	}
	for _, in := range cancelled {
		if in.HasNonce && in.TxHash != (common.Hash{}) {
			mined++
		}
	}
	if latest != mined {
		fail("account nonce is %d on chain but the store accounts for %d mined transactions", latest, mined)
	}
	maxNonce, ok, err := st.MaxNonce(ctx, account)
	if err != nil {
		return err
	}
	if ok && maxNonce+1 != latest {
		fail("highest nonce signed is %d but the chain nonce is %d", maxNonce, latest)
	}
	return errors.Join(errs...)
}
