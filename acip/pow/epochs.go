package pow

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dip-market/dip/bindings/groth16verifier"
	"github.com/dip-market/dip/bindings/ladder"
	"github.com/dip-market/dip/bindings/powepochadapter"
	"github.com/dip-market/dip/bindings/powepochs"
	"github.com/dip-market/dip/internal/chain"
)

var (
	// ErrEpochNotPublished is returned when an epoch's seed is not drawn or
	// its threshold not published yet.
	ErrEpochNotPublished = errors.New("pow: epoch not published yet")
	// ErrThresholdMismatch is returned when an epoch's published threshold is
	// not the deterministic calibration of its seed.
	ErrThresholdMismatch = errors.New("pow: published threshold is not the seed's calibration")
	// ErrNoEpochEvent is returned when a transaction's receipt lacks the expected PowEpochs event.
	ErrNoEpochEvent = errors.New("pow: expected PowEpochs event not in receipt")
)

var (
	epochsBinding  = powepochs.NewPowEpochs()
	adapterBinding = powepochadapter.NewPowEpochAdapter()
	epochsABIs     = []*abi.ABI{
		chain.MustABI(&powepochs.PowEpochsMetaData),
		chain.MustABI(&powepochadapter.PowEpochAdapterMetaData),
		chain.MustABI(&ladder.CapabilityLadderMetaData),
		chain.MustABI(&groth16verifier.Groth16VerifierMetaData),
	}
)

// EpochsABIs returns the ABIs whose errors PowEpochs and PowEpochAdapter
// calls may revert with (theirs and the ladder's), for decoding reverts.
func EpochsABIs() []*abi.ABI { return epochsABIs }

// SpecWord is s.Word() as the uint64 PowEpochs stores:
// d | L<<10 | H<<20 | T<<30 | F<<40.
func (s Spec) SpecWord() uint64 {
	return uint64(s.Width) | uint64(s.Layers)<<10 | uint64(s.Heads)<<20 | uint64(s.SeqLen)<<30 | uint64(s.FFN)<<40
}

// SpecFromWord inverts Spec.SpecWord and checks the result.
func SpecFromWord(w uint64) (Spec, error) {
	const m = 1<<10 - 1
	s := Spec{Width: int(w & m), Layers: int(w >> 10 & m), Heads: int(w >> 20 & m), SeqLen: int(w >> 30 & m), FFN: int(w >> 40 & m)}
	if s.SpecWord() != w {
		return Spec{}, fmt.Errorf("%w: spec word %#x has bits outside the five 10-bit fields", ErrSpec, w)
	}
	return s, s.Check()
}

// OnchainEpoch is a competition's epoch as PowEpochs stores it.
type OnchainEpoch struct {
	ID                 uint64 // competition id = epoch number
	SpecWord           uint64
	Difficulty         uint64
	CalibrationSamples uint32
	Threshold          uint32 // meaningful once Published
	MiningWindow       uint64 // seconds
	SeedBlock          uint64 // 0 until requested
	MiningEnd          uint64 // unix seconds; 0 until the seed is drawn
	Published          bool   // the threshold is published
	Seed               common.Hash
}

// Scheduled reports whether the epoch was scheduled.
func (e OnchainEpoch) Scheduled() bool { return e.SpecWord != 0 }

// Drawn reports whether the seed was drawn (mining started).
func (e OnchainEpoch) Drawn() bool { return e.Seed != common.Hash{} }

// SeedParams returns the epoch's parameters without the threshold (zero),
// what Calibrate needs; ErrEpochNotPublished until the seed is drawn.
func (e OnchainEpoch) SeedParams() (Params, error) {
	if !e.Drawn() {
		return Params{}, fmt.Errorf("%w: competition %d has no seed", ErrEpochNotPublished, e.ID)
	}
	spec, err := SpecFromWord(e.SpecWord)
	if err != nil {
		return Params{}, err
	}
	p := Params{Epoch: e.ID, Seed: e.Seed, Spec: spec, Difficulty: e.Difficulty}
	return p, p.Check()
}

// Params returns the epoch's off-chain parameters (what miners and
// verifiers use); ErrEpochNotPublished until the threshold is published.
func (e OnchainEpoch) Params() (Params, error) {
	if !e.Published {
		return Params{}, fmt.Errorf("%w: competition %d has no threshold", ErrEpochNotPublished, e.ID)
	}
	p, err := e.SeedParams()
	p.Threshold = e.Threshold
	return p, err
}

// Calibrate computes the threshold the epoch's publisher must publish:
// Calibrate(SeedParams, CalibrationSamples).Threshold (deterministic).
func (e OnchainEpoch) Calibrate(ctx context.Context) (uint32, error) {
	p, err := e.SeedParams()
	if err != nil {
		return 0, err
	}
	c, err := Calibrate(ctx, p, int(e.CalibrationSamples))
	if err != nil {
		return 0, err
	}
	return c.Threshold, nil
}

// CheckedParams returns Params after checking that the published threshold
// is the seed's calibration (ErrThresholdMismatch otherwise): what a relayer
// or miner does before taking part in an epoch.
func (e OnchainEpoch) CheckedParams(ctx context.Context) (Params, error) {
	p, err := e.Params()
	if err != nil {
		return p, err
	}
	want, err := e.Calibrate(ctx)
	if err != nil {
		return p, err
	}
	if want != p.Threshold {
		return p, fmt.Errorf("%w: competition %d publishes %d, calibration over %d samples gives %d", ErrThresholdMismatch, e.ID, p.Threshold, e.CalibrationSamples, want)
	}
	return p, nil
}

// Epochs is a client of a deployed PowEpochs contract.
type Epochs struct {
	addr common.Address
	b    chain.Backend
}

// DeployEpochs deploys PowEpochs for ladder (which may be a predicted clone
// address without code yet), with admin holding DEFAULT_ADMIN_ROLE and
// publisher PUBLISHER_ROLE (zero for none).
func DeployEpochs(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, ladderAddr, admin, publisher common.Address) (*Epochs, *types.Receipt, error) {
	code := append(common.FromHex(powepochs.PowEpochsMetaData.Bin), epochsBinding.PackConstructor(ladderAddr, admin, publisher)...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, epochsABIs...)
	if err != nil {
		return nil, r, fmt.Errorf("pow: deploy PowEpochs: %w", err)
	}
	return &Epochs{addr: addr, b: b}, r, nil
}

// AttachEpochs returns a client of the PowEpochs at addr.
func AttachEpochs(addr common.Address, b chain.Backend) *Epochs { return &Epochs{addr: addr, b: b} }

// Address returns the contract's address.
func (e *Epochs) Address() common.Address { return e.addr }

// Epoch reads competition id's epoch.
func (e *Epochs) Epoch(ctx context.Context, id uint64) (OnchainEpoch, error) {
	out, err := chain.Call(ctx, e.b, e.addr, epochsBinding.PackEpochOf(new(big.Int).SetUint64(id)), epochsABIs...)
	if err != nil {
		return OnchainEpoch{}, fmt.Errorf("pow: epoch of competition %d: %w", id, err)
	}
	v, err := epochsBinding.UnpackEpochOf(out)
	if err != nil {
		return OnchainEpoch{}, fmt.Errorf("pow: decode epoch of competition %d: %w", id, err)
	}
	return OnchainEpoch{
		ID: id, SpecWord: v.SpecWord, Difficulty: v.Difficulty, CalibrationSamples: v.CalibrationSamples,
		Threshold: v.Threshold, MiningWindow: v.MiningWindow, SeedBlock: v.SeedBlock, MiningEnd: v.MiningEnd,
		Published: v.Published, Seed: v.Seed,
	}, nil
}

// Schedule fixes competition id's epoch (PUBLISHER_ROLE, while entries are
// open): the spec, the difficulty, the calibration samples and the mining
// window (seconds from the seed draw).
func (e *Epochs) Schedule(ctx context.Context, opts *bind.TransactOpts, id uint64, spec Spec, difficulty uint64, samples uint32, miningWindow uint64) (*types.Receipt, error) {
	if err := spec.Check(); err != nil {
		return nil, err
	}
	data := epochsBinding.PackScheduleEpoch(new(big.Int).SetUint64(id), spec.SpecWord(), difficulty, samples, miningWindow)
	r, err := chain.Transact(ctx, e.b, opts, e.addr, data, epochsABIs...)
	if err != nil {
		return r, fmt.Errorf("pow: schedule the epoch of competition %d: %w", id, err)
	}
	return r, nil
}

// RequestSeed fixes the seed block of competition id's epoch (anyone, once entries are closed).
func (e *Epochs) RequestSeed(ctx context.Context, opts *bind.TransactOpts, id uint64) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, e.b, opts, e.addr, epochsBinding.PackRequestSeed(new(big.Int).SetUint64(id)), epochsABIs...)
	if err != nil {
		return r, fmt.Errorf("pow: request the seed of competition %d: %w", id, err)
	}
	return r, nil
}

// DrawSeed draws competition id's seed (anyone, once the seed block is
// mined) and returns the epoch.
func (e *Epochs) DrawSeed(ctx context.Context, opts *bind.TransactOpts, id uint64) (OnchainEpoch, *types.Receipt, error) {
	r, err := chain.Transact(ctx, e.b, opts, e.addr, epochsBinding.PackDrawSeed(new(big.Int).SetUint64(id)), epochsABIs...)
	if err != nil {
		return OnchainEpoch{}, r, fmt.Errorf("pow: draw the seed of competition %d: %w", id, err)
	}
	found := false
	for _, l := range r.Logs {
		if _, err := epochsBinding.UnpackSeedDrawnEvent(l); err == nil && l.Address == e.addr {
			found = true
		}
	}
	if !found {
		return OnchainEpoch{}, r, fmt.Errorf("%w: SeedDrawn", ErrNoEpochEvent)
	}
	ep, err := e.Epoch(ctx, id)
	return ep, r, err
}

// PublishThreshold publishes competition id's threshold (PUBLISHER_ROLE,
// after the draw, before the mining end).
func (e *Epochs) PublishThreshold(ctx context.Context, opts *bind.TransactOpts, id uint64, threshold uint32) (*types.Receipt, error) {
	r, err := chain.Transact(ctx, e.b, opts, e.addr, epochsBinding.PackPublishThreshold(new(big.Int).SetUint64(id), threshold), epochsABIs...)
	if err != nil {
		return r, fmt.Errorf("pow: publish the threshold of competition %d: %w", id, err)
	}
	return r, nil
}

// Publish calibrates the drawn epoch of competition id and publishes its
// threshold: the publisher's step after DrawSeed.
func (e *Epochs) Publish(ctx context.Context, opts *bind.TransactOpts, id uint64) (OnchainEpoch, error) {
	ep, err := e.Epoch(ctx, id)
	if err != nil {
		return ep, err
	}
	thr, err := ep.Calibrate(ctx)
	if err != nil {
		return ep, err
	}
	if _, err := e.PublishThreshold(ctx, opts, id, thr); err != nil {
		return ep, err
	}
	return e.Epoch(ctx, id)
}

// CheckStatement calls checkStatement(id, inputs): nil when the nonce
// statement is bound to competition id's published epoch, else the decoded
// revert (e.g. PowEpochs_WrongSeed, PowEpochs_NotEntrant).
func (e *Epochs) CheckStatement(ctx context.Context, id uint64, inputs []*big.Int) error {
	_, err := chain.Call(ctx, e.b, e.addr, epochsBinding.PackCheckStatement(new(big.Int).SetUint64(id), inputs), epochsABIs...)
	return err
}

// DeployEpochAdapter deploys PowEpochAdapter: the PowEpoch verifier of a
// guild's Settlement, binding nonce proofs to epochs and forwarding them to
// verifier (the Groth16Verifier of spec's nonce circuit).
func DeployEpochAdapter(ctx context.Context, b chain.Backend, opts *bind.TransactOpts, epochs, verifier common.Address, spec Spec) (common.Address, *types.Receipt, error) {
	code := append(common.FromHex(powepochadapter.PowEpochAdapterMetaData.Bin), adapterBinding.PackConstructor(epochs, verifier, spec.SpecWord())...)
	addr, r, err := chain.Deploy(ctx, b, opts, code, epochsABIs...)
	if err != nil {
		return common.Address{}, r, fmt.Errorf("pow: deploy PowEpochAdapter: %w", err)
	}
	return addr, r, nil
}

// VerifyWithAdapter calls adapter.verifyProof(proof, [subjectID, inputs...])
// as Settlement would, returning the decoded revert (nil when accepted): the
// adapter's and PowEpochs' errors are visible here, whereas Settlement
// reports every rejection as Settlement_ProofRejected.
func VerifyWithAdapter(ctx context.Context, b bind.ContractCaller, adapter common.Address, subjectID *big.Int, inputs []*big.Int, proof []byte) error {
	pub := append([]*big.Int{subjectID}, inputs...)
	_, err := chain.Call(ctx, b, adapter, adapterBinding.PackVerifyProof(proof, pub), epochsABIs...)
	return err
}
