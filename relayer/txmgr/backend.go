package txmgr

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is the part of an Ethereum JSON-RPC client the manager uses;
// *ethclient.Client satisfies it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	// HeaderByNumber returns the canonical header at number, or the head for nil.
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	// NonceAt returns the account's nonce after block number (the head for nil).
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	// TransactionReceipt returns ethereum.NotFound for a transaction not in
	// the canonical chain.
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Signer signs transactions for one account on one chain.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, tx *types.Transaction) (*types.Transaction, error)
}

// Clock tells the time; tests inject a fake one to drive resubmission timeouts.
type Clock interface {
	Now() time.Time
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }
