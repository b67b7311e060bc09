package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// CloneInitCode returns the creation code of an EIP-1167 minimal proxy that
// delegates every call to impl (the same bytes OpenZeppelin's Clones deploys).
func CloneInitCode(impl common.Address) []byte {
	code := common.FromHex("3d602d80600a3d3981f3363d3d373d3d3d363d73")
	code = append(code, impl.Bytes()...)
	return append(code, common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
}

// CloneDeployment records the transactions that created an initialized clone.
type CloneDeployment struct {
	// Implementation is the contract the clone delegates to.
	Implementation common.Address
	// Address is the clone's address (zero if its creation failed).
	Address common.Address
	// Receipts holds, in order: the implementation's deployment (when it was
	// deployed here), the clone's creation, and its initialization.
	Receipts []*types.Receipt
}

// DeployClone creates an EIP-1167 clone of impl and initializes it with
// initData. When impl is the zero address, implCode is deployed first and the
// clone delegates to it. Reverts are decoded against abis. This two-step path
// (create, then initialize) serves tests, demos and standalone setups; a guild
// gets its clones from GuildFactory, which creates and initializes atomically.
func DeployClone(ctx context.Context, b Backend, opts *bind.TransactOpts, impl common.Address, implCode, initData []byte, abis ...*abi.ABI) (*CloneDeployment, error) {
	d := &CloneDeployment{Implementation: impl}
	if impl == (common.Address{}) {
		addr, r, err := Deploy(ctx, b, opts, implCode, abis...)
		if err != nil {
			return d, fmt.Errorf("deploy implementation: %w", err)
		}
		d.Implementation = addr
		d.Receipts = append(d.Receipts, r)
	}
	addr, r, err := Deploy(ctx, b, opts, CloneInitCode(d.Implementation))
	if err != nil {
		return d, fmt.Errorf("deploy clone of %s: %w", d.Implementation.Hex(), err)
	}
	d.Receipts = append(d.Receipts, r)
	if r, err = Transact(ctx, b, opts, addr, initData, abis...); err != nil {
		return d, fmt.Errorf("initialize clone %s: %w", addr.Hex(), err)
	}
	d.Address = addr
	d.Receipts = append(d.Receipts, r)
	return d, nil
}
