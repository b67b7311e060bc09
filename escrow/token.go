package escrow

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
)

// permitTypeHash is EIP-2612's Permit type hash.
var permitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// PermitSigner signs EIP-712 digests for the token owner; dipmsg.KeySigner
// and the relayer's signers satisfy it.
type PermitSigner = dipmsg.TypedDataSigner

// SignPermit signs an ERC-2612 permit of value for spender from owner on
// token, reading the token's DOMAIN_SEPARATOR and the owner's nonce, and
// checks that the signature recovers to owner.
func SignPermit(ctx context.Context, b bind.ContractCaller, s PermitSigner, token, owner, spender common.Address, value, deadline *big.Int) (dipmsg.Signature, error) {
	sep, err := tokenCall(ctx, b, token, "DOMAIN_SEPARATOR", erc20.PackDOMAINSEPARATOR(), erc20.UnpackDOMAINSEPARATOR)
	if err != nil {
		return dipmsg.Signature{}, fmt.Errorf("%w (the token may not support ERC-2612 permits: approve instead)", err)
	}
	nonce, err := tokenCall(ctx, b, token, "nonces", erc20.PackNonces(owner), erc20.UnpackNonces)
	if err != nil {
		return dipmsg.Signature{}, err
	}
	structHash := crypto.Keccak256Hash(permitTypeHash[:], common.LeftPadBytes(owner[:], 32), common.LeftPadBytes(spender[:], 32),
		common.LeftPadBytes(value.Bytes(), 32), common.LeftPadBytes(nonce.Bytes(), 32), common.LeftPadBytes(deadline.Bytes(), 32))
	digest := dipmsg.TypedDataHash(sep, structHash)
	raw, err := s.SignTypedDataHash(ctx, digest)
	if err != nil {
		return dipmsg.Signature{}, fmt.Errorf("escrow: sign permit: %w", err)
	}
	sig, err := dipmsg.SignatureFromBytes(raw)
	if err != nil {
		return dipmsg.Signature{}, err
	}
	got, err := sig.Recover(digest)
	if err != nil {
		return dipmsg.Signature{}, err
	}
	if got != owner {
		return dipmsg.Signature{}, fmt.Errorf("%w: the permit signer is %s, the sender %s", dipmsg.ErrWrongSigner, got.Hex(), owner.Hex())
	}
	return sig, nil
}

func tokenCall[T any](ctx context.Context, b bind.ContractCaller, token common.Address, op string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := chain.Call(ctx, b, token, data, ErrorABIs...)
	if err != nil {
		return zero, fmt.Errorf("escrow: token %s %s: %w", token.Hex(), op, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("escrow: token %s %s: %w", token.Hex(), op, err)
	}
	return v, nil
}

// BalanceOf reads account's balance of an ERC-20 token.
func BalanceOf(ctx context.Context, b bind.ContractCaller, token, account common.Address) (*big.Int, error) {
	return tokenCall(ctx, b, token, "balanceOf", erc20.PackBalanceOf(account), erc20.UnpackBalanceOf)
}

// Allowance reads how much spender may move of owner's token.
func Allowance(ctx context.Context, b bind.ContractCaller, token, owner, spender common.Address) (*big.Int, error) {
	return tokenCall(ctx, b, token, "allowance", erc20.PackAllowance(owner, spender), erc20.UnpackAllowance)
}

// EnsureAllowance approves spender for amount of the signer's token when the
// current allowance is lower, and returns nil when nothing had to be sent.
func EnsureAllowance(ctx context.Context, b Backend, opts *bind.TransactOpts, token, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	have, err := Allowance(ctx, b, token, opts.From, spender)
	if err != nil {
		return nil, err
	}
	if have.Cmp(amount) >= 0 {
		return nil, nil
	}
	r, err := transactTo(ctx, b, opts, token, erc20.PackApprove(spender, amount))
	if err != nil {
		return r, fmt.Errorf("escrow: approve %s of %s for %s: %w", amount, token.Hex(), spender.Hex(), err)
	}
	return r, nil
}
