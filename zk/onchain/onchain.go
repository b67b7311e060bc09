// Package onchain deploys and calls DIP's Groth16 verifier contracts from Go
// alone: Groth16Verifier takes its verifying key at deployment, so the one
// bytecode compiled into the generated bindings serves every key, and the
// relayer or `dip demo` never need solc. Adapters expose proofs to
// Settlement through IProofVerifier.
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/bindings/groth16adapter"
	"github.com/dip-market/dip/bindings/groth16verifier"
	"github.com/dip-market/dip/bindings/layeradapter"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/zk"
)

// ErrVerifierMismatch is returned when a deployed verifier was made for
// another verifying key than the local one (it wraps zk.ErrKeyMismatch).
var ErrVerifierMismatch = fmt.Errorf("%w: deployed verifier has another verifying key", zk.ErrKeyMismatch)

var (
	verifierBinding = groth16verifier.NewGroth16Verifier()
	adapterBinding  = groth16adapter.NewGroth16ProofAdapter()
	layerBinding    = layeradapter.NewLayerCommitmentAdapter()
	// ABIs used to decode reverts.
	verifierABI = chain.MustABI(&groth16verifier.Groth16VerifierMetaData)
	adapterABI  = chain.MustABI(&groth16adapter.Groth16ProofAdapterMetaData)
	layerABI    = chain.MustABI(&layeradapter.LayerCommitmentAdapterMetaData)
	allABIs     = []*abi.ABI{verifierABI, adapterABI, layerABI}
)

// Verifier is a deployed Groth16Verifier.
type Verifier struct {
	addr common.Address
	b    chain.Backend
}

// DeployVerifier deploys a Groth16Verifier for the keys' verifying key.
func DeployVerifier(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, k *zk.Keys) (*Verifier, *types.Receipt, error) {
	code := append(common.FromHex(groth16verifier.Groth16VerifierMetaData.Bin), verifierBinding.PackConstructor(k.VerifierWords())...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, verifierABI)
	if err != nil {
		return nil, r, fmt.Errorf("onchain: deploy verifier for %s: %w", k.Spec.ID(), err)
	}
	return &Verifier{addr: addr, b: b}, r, nil
}

// DeployVerifierWords deploys a Groth16Verifier from raw key words.
func DeployVerifierWords(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, words []*big.Int) (*Verifier, *types.Receipt, error) {
	code := append(common.FromHex(groth16verifier.Groth16VerifierMetaData.Bin), verifierBinding.PackConstructor(words)...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, verifierABI)
	if err != nil {
		return nil, r, fmt.Errorf("onchain: deploy verifier: %w", err)
	}
	return &Verifier{addr: addr, b: b}, r, nil
}

// AttachVerifier returns a client for the verifier at addr.
func AttachVerifier(addr common.Address, b chain.Backend) *Verifier {
	return &Verifier{addr: addr, b: b}
}

// Address returns the verifier's address.
func (v *Verifier) Address() common.Address { return v.addr }

// KeyHash returns the deployed verifier's verifyingKeyHash().
func (v *Verifier) KeyHash(ctx context.Context) ([32]byte, error) {
	out, err := chain.Call(ctx, v.b, v.addr, verifierBinding.PackVerifyingKeyHash(), verifierABI)
	if err != nil {
		return [32]byte{}, fmt.Errorf("onchain: verifier %s: %w", v.addr.Hex(), err)
	}
	return verifierBinding.UnpackVerifyingKeyHash(out)
}

// CheckKeys refuses a verifier deployed for another setup than k.
func (v *Verifier) CheckKeys(ctx context.Context, k *zk.Keys) error {
	h, err := v.KeyHash(ctx)
	if err != nil {
		return err
	}
	if h != k.KeyHash() {
		want := k.KeyHash()
		return fmt.Errorf("%w: verifier %s has key %s, local keys for %s are %s", ErrVerifierMismatch, v.addr.Hex(), hexutil.Encode(h[:]), k.Spec.ID(), hexutil.Encode(want[:]))
	}
	return nil
}

// Verify checks a proof with an eth_call; a revert comes back as an error
// wrapping zk.ErrInvalidProof (or zk.ErrMalformedProof) and naming the
// contract's custom error.
func (v *Verifier) Verify(ctx context.Context, p *zk.Proof) error {
	_, err := chain.Call(ctx, v.b, v.addr, verifierBinding.PackVerifyProof(p.Proof, p.Inputs), allABIs...)
	return classify(err)
}

// VerifyTx verifies a proof in a transaction (to measure the gas of a whole
// verification transaction) and returns the receipt.
func (v *Verifier) VerifyTx(ctx context.Context, opts *bind.TransactOpts, p *zk.Proof) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, v.b, opts, v.addr, verifierBinding.PackVerifyProof(p.Proof, p.Inputs), allABIs...)
	return r, classify(err)
}

// Adapter is a deployed IProofVerifier adapter (Groth16ProofAdapter or
// LayerCommitmentAdapter) in front of a verifier.
type Adapter struct {
	addr  common.Address
	b     chain.Backend
	layer bool
}

// DeploySampleAdapter deploys a Groth16ProofAdapter (for sample and batch
// proofs) in front of verifier.
func DeploySampleAdapter(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, verifier common.Address) (*Adapter, *types.Receipt, error) {
	code := append(common.FromHex(groth16adapter.Groth16ProofAdapterMetaData.Bin), adapterBinding.PackConstructor(verifier)...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, adapterABI)
	if err != nil {
		return nil, r, fmt.Errorf("onchain: deploy sample adapter: %w", err)
	}
	return &Adapter{addr: addr, b: b}, r, nil
}

// DeployLayerAdapter deploys a LayerCommitmentAdapter (for layer proofs) in front of verifier.
func DeployLayerAdapter(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, verifier common.Address) (*Adapter, *types.Receipt, error) {
	code := append(common.FromHex(layeradapter.LayerCommitmentAdapterMetaData.Bin), layerBinding.PackConstructor(verifier)...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, layerABI)
	if err != nil {
		return nil, r, fmt.Errorf("onchain: deploy layer adapter: %w", err)
	}
	return &Adapter{addr: addr, b: b, layer: true}, r, nil
}

// Address returns the adapter's address (what Settlement is configured with).
func (a *Adapter) Address() common.Address { return a.addr }

// ErrNoLayerStatement is returned when a layer adapter is given a proof without its layer statement.
var ErrNoLayerStatement = errors.New("onchain: layer proof without its layer statement")

// ItemInputs returns the inputs Settlement passes after the subject id for
// this proof: the sample statement(s), or [Wx, Wy, Ax, Ay] for a layer
// proof. They are what a relayer commits in the claim's Merkle leaf.
func ItemInputs(p *zk.Proof) ([]*big.Int, error) {
	if p.Layer == nil {
		return p.Inputs, nil
	}
	if len(p.Inputs) != 0 {
		return nil, fmt.Errorf("%w: layer proofs have no public input", zk.ErrInvalidProof)
	}
	st := p.Layer
	return []*big.Int{st.Weights[0], st.Weights[1], st.Activations[0], st.Activations[1]}, nil
}

func (a *Adapter) calldata(subject *big.Int, p *zk.Proof) ([]byte, error) {
	if a.layer && p.Layer == nil {
		return nil, ErrNoLayerStatement
	}
	items, err := ItemInputs(p)
	if err != nil {
		return nil, err
	}
	pub := append([]*big.Int{subject}, items...)
	return adapterBinding.PackVerifyProof(p.Proof, pub), nil // same selector and arguments for both adapters
}

// Verify checks a proof through the adapter with an eth_call, exactly as
// Settlement does: verifyProof(proof, [subject, items...]).
func (a *Adapter) Verify(ctx context.Context, subject *big.Int, p *zk.Proof) error {
	data, err := a.calldata(subject, p)
	if err != nil {
		return err
	}
	_, err = chain.Call(ctx, a.b, a.addr, data, allABIs...)
	return classify(err)
}

// VerifyTx is Verify in a transaction, to measure gas.
func (a *Adapter) VerifyTx(ctx context.Context, opts *bind.TransactOpts, subject *big.Int, p *zk.Proof) (*types.Receipt, error) {
	data, err := a.calldata(subject, p)
	if err != nil {
		return nil, err
	}
	r, err := chain.Transact(ctx, a.b, opts, a.addr, data, allABIs...)
	return r, classify(err)
}

// classify wraps a verifier revert into the zk error it means.
func classify(err error) error {
	if err == nil {
		return nil
	}
	re, ok := chain.AsRevert(err)
	if !ok {
		return err
	}
	switch re.Name {
	case "Groth16Verifier_WrongProofLength", "LayerCommitmentAdapter_BadPoint", "LayerCommitmentAdapter_WrongInputCount", "Groth16ProofAdapter_MissingSubject":
		return fmt.Errorf("%w: on chain: %w", zk.ErrMalformedProof, err)
	case "LayerCommitmentAdapter_CommitmentMismatch":
		return fmt.Errorf("%w: on chain: %w", zk.ErrCommitmentMismatch, err)
	default:
		return fmt.Errorf("%w: on chain: %w", zk.ErrInvalidProof, err)
	}
}
