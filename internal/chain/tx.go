package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrReverted is returned when a mined transaction has a failed status.
var ErrReverted = errors.New("transaction reverted")

// Backend is what clients need from a node: calls, transactions, logs and receipts.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Transact sends calldata to a contract, waits until it is mined, and returns
// the receipt. A revert at gas estimation or on chain is decoded against abis.
func Transact(ctx context.Context, b Backend, opts *bind.TransactOpts, to common.Address, data []byte, abis ...*abi.ABI) (*types.Receipt, error) {
	o := *opts
	o.Context = ctx
	contract := bind.NewBoundContract(to, abi.ABI{}, b, b, b)
	tx, err := contract.RawTransact(&o, data)
	if err != nil {
		return nil, DecodeRevert(err, abis...)
	}
	return wait(ctx, b, tx, &to, opts.From, data, abis)
}

// Deploy sends a contract creation transaction and waits for it.
func Deploy(ctx context.Context, b Backend, opts *bind.TransactOpts, bytecode []byte, abis ...*abi.ABI) (common.Address, *types.Receipt, error) {
	o := *opts
	o.Context = ctx
	addr, tx, err := bind.DeployContract(&o, bytecode, b, nil)
	if err != nil {
		return common.Address{}, nil, DecodeRevert(err, abis...)
	}
	r, err := wait(ctx, b, tx, nil, opts.From, bytecode, abis)
	if err != nil {
		return common.Address{}, r, err
	}
	return addr, r, nil
}

// Call runs a read-only call and returns its raw output, decoding reverts.
func Call(ctx context.Context, b bind.ContractCaller, to common.Address, data []byte, abis ...*abi.ABI) ([]byte, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, DecodeRevert(err, abis...)
	}
	return out, nil
}

func wait(ctx context.Context, b Backend, tx *types.Transaction, to *common.Address, from common.Address, data []byte, abis []*abi.ABI) (*types.Receipt, error) {
	r, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash().Hex(), err)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	// Replay at the failing block to recover the revert reason.
	msg := ethereum.CallMsg{From: from, To: to, Data: data, Gas: tx.Gas(), Value: tx.Value()}
	_, callErr := b.CallContract(ctx, msg, r.BlockNumber)
	if callErr != nil {
		if re := DecodeRevert(callErr, abis...); re != callErr {
			return r, fmt.Errorf("%w: tx %s: %w", ErrReverted, tx.Hash().Hex(), re)
		}
	}
	return r, fmt.Errorf("%w: tx %s (gas used %d of %d)", ErrReverted, tx.Hash().Hex(), r.GasUsed, tx.Gas())
}

// MustABI parses a generated binding's ABI or panics: the ABI is generated
// from compiled contracts, so a parse failure is a build defect.
func MustABI(md *bind.MetaData) *abi.ABI {
	a, err := md.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI %s does not parse: %v", md.ID, err))
	}
	return a
}
