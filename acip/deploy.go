package acip

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/bindings/guildfactory"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
)

// ErrCodeMismatch is returned when freshly deployed code differs from the
// code computed locally from the same creation code (a chain whose EVM
// behaves differently): re-running would redeploy forever, so deploy stops.
var ErrCodeMismatch = errors.New("acip: deployed code differs from the locally computed code")

// Mock payment token settings: a faucet token for development chains.
const (
	MockPaymentTokenName   = "DIP Test Payment"
	MockPaymentTokenSymbol = "tPAY"
)

// DeployOptions configure Deploy.
type DeployOptions struct {
	// MockPayment also deploys a MockERC20 payment token (anyone may mint it):
	// for development chains only.
	MockPayment bool
	// Save is called with the record after every new deployment, so an
	// interrupted run keeps what it paid for. Nil means the caller saves.
	Save func(*deployments.Record) error
}

// DeployStep reports one contract of a deployment.
type DeployStep struct {
	Name    string
	Address common.Address
	// Receipt is the deployment's receipt; nil when the contract was already there.
	Receipt *types.Receipt
	// Reason says why the contract was (re)deployed or skipped.
	Reason string
}

// Skipped reports whether the step found the contract already deployed.
func (s DeployStep) Skipped() bool { return s.Receipt == nil }

// Deploy puts the factory's implementations, then the GuildFactory (and with
// MockPayment a MockERC20), on the chain behind b, recording each in rec. A
// contract the record already has is skipped when the code at its recorded
// address is exactly the code this build would deploy; anything missing or
// different (a reset chain, a changed contract) is deployed anew, and a new
// implementation makes the factory new too (its code embeds their addresses).
func Deploy(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, rec *deployments.Record, o DeployOptions) ([]DeployStep, error) {
	var steps []DeployStep
	addrs := map[string]common.Address{}
	for _, impl := range implementations {
		creation := common.FromHex(impl.Meta.Bin)
		step, err := ensure(ctx, b, opts, rec, o, impl.Name, creation, creation)
		if err != nil {
			return steps, err
		}
		steps = append(steps, step)
		addrs[impl.Name] = step.Address
	}
	impls, err := ImplementationsStruct(addrs)
	if err != nil {
		return steps, err
	}
	creation := append(common.FromHex(guildfactory.GuildFactoryMetaData.Bin), factoryBinding.PackConstructor(impls)...)
	step, err := ensure(ctx, b, opts, rec, o, FactoryName, creation, creation)
	if err != nil {
		return steps, err
	}
	steps = append(steps, step)
	if o.MockPayment {
		creation := append(common.FromHex(mockerc20.MockERC20MetaData.Bin),
			erc20Binding.PackConstructor(MockPaymentTokenName, MockPaymentTokenSymbol, 18)...)
		// MockERC20 embeds its own address and chain id (ERC-2612 domain), so
		// its code cannot be computed locally: the recorded hash is the check.
		step, err := ensure(ctx, b, opts, rec, o, MockPaymentName, creation, nil)
		if err != nil {
			return steps, err
		}
		steps = append(steps, step)
	}
	return steps, nil
}

// codeMatches reports whether addr (and every contract its constructor
// created) holds the code a deployment of creation there leaves (ExpectedCode).
func codeMatches(ctx context.Context, b chain.Backend, creation []byte, addr common.Address) (bool, error) {
	want, err := ExpectedCode(creation, addr)
	if err != nil {
		return false, err
	}
	for a, code := range want {
		have, err := b.CodeAt(ctx, a, nil)
		if err != nil {
			return false, fmt.Errorf("acip: read code at %s: %w", a.Hex(), err)
		}
		if !bytes.Equal(have, code) {
			return false, nil
		}
	}
	return true, nil
}

// ensure deploys creation as name unless the record's address already holds
// the expected code. With local == nil the expected code is the recorded hash.
func ensure(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, rec *deployments.Record, o DeployOptions, name string, creation, local []byte) (DeployStep, error) {
	reason := "not in the record"
	if e, ok := rec.Contracts[name]; ok {
		code, err := b.CodeAt(ctx, e.Address, nil)
		if err != nil {
			return DeployStep{Name: name}, fmt.Errorf("acip: read code of %s at %s: %w", name, e.Address.Hex(), err)
		}
		have := crypto.Keccak256Hash(code)
		matches := true
		if local != nil && len(code) != 0 {
			if matches, err = codeMatches(ctx, b, local, e.Address); err != nil {
				return DeployStep{Name: name}, err
			}
		}
		switch {
		case len(code) == 0:
			reason = "no code at the recorded address (chain reset?)"
		case !matches:
			reason = "code at the recorded address differs from this build's"
		case local == nil && have != e.CodeHash:
			reason = "code at the recorded address differs from the recorded hash"
		default:
			if e.CodeHash != have {
				// An entry written by hand or from the forge script: complete it.
				e.CodeHash = have
				rec.Contracts[name] = e
				if o.Save != nil {
					if err := o.Save(rec); err != nil {
						return DeployStep{Name: name, Address: e.Address}, err
					}
				}
			}
			return DeployStep{Name: name, Address: e.Address, Reason: "already deployed, code matches"}, nil
		}
	}
	addr, r, err := chain.Deploy(ctx, b, opts, creation, ErrorABIs()...)
	if err != nil {
		return DeployStep{Name: name}, fmt.Errorf("acip: deploy %s: %w", name, err)
	}
	code, err := b.CodeAt(ctx, addr, r.BlockNumber)
	if err != nil {
		return DeployStep{Name: name}, fmt.Errorf("acip: read code of new %s at %s: %w", name, addr.Hex(), err)
	}
	have := crypto.Keccak256Hash(code)
	if local != nil {
		ok, err := codeMatches(ctx, b, local, addr)
		if err != nil {
			return DeployStep{Name: name}, err
		}
		if !ok {
			return DeployStep{Name: name}, fmt.Errorf("%w: %s at %s", ErrCodeMismatch, name, addr.Hex())
		}
	}
	rec.Contracts[name] = deployments.Entry{Address: addr, CodeHash: have, TxHash: r.TxHash, Block: r.BlockNumber.Uint64()}
	if o.Save != nil {
		if err := o.Save(rec); err != nil {
			return DeployStep{Name: name, Address: addr, Receipt: r, Reason: reason}, err
		}
	}
	return DeployStep{Name: name, Address: addr, Receipt: r, Reason: reason}, nil
}

// Deployed returns the factory recorded in rec after checking that its
// address holds code, so a stale record (a reset dev chain) fails with advice
// instead of a confusing call error.
func Deployed(ctx context.Context, b chain.Backend, rec *deployments.Record) (*Factory, error) {
	addr, err := rec.Address(FactoryName)
	if err != nil {
		return nil, err
	}
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("acip: read code at %s: %w", addr.Hex(), err)
	}
	if len(code) == 0 || crypto.Keccak256Hash(code) != rec.Contracts[FactoryName].CodeHash {
		return nil, fmt.Errorf("acip: the recorded %s at %s has no or other code on chain %d (reset chain?): run 'dip deploy' again", FactoryName, addr.Hex(), rec.ChainID)
	}
	return AttachFactory(addr, b), nil
}
