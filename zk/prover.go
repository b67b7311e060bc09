package zk

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/zk/circuits"
	"github.com/dip-market/dip/zk/lowmem"
	"github.com/dip-market/dip/zk/quant"
)

// ErrWrongCircuit is returned when a Prover is asked for a proof its keys' circuit cannot make.
var ErrWrongCircuit = errors.New("zk: wrong circuit for this prover")

// Prover makes Solidity-ready proofs with one circuit's keys. It is safe for
// concurrent use: the keys are read-only, and at most Concurrency proofs run
// at once (each holds its witness, solution and MSM buffers in memory).
type Prover struct {
	keys *Keys
	sem  chan struct{}

	mu           sync.Mutex
	layerCommits map[[32]byte]bn254.G1Affine // per-model cache of LayerCommitment
}

// ProverOption configures NewProver.
type ProverOption func(*Prover)

// WithConcurrency bounds the proofs running at once (default 1: one proof
// already uses every core, and concurrent proofs add their working memory).
func WithConcurrency(n int) ProverOption {
	return func(p *Prover) { p.sem = make(chan struct{}, max(n, 1)) }
}

// NewProver returns a prover for keys loaded with their proving key.
func NewProver(k *Keys, opts ...ProverOption) (*Prover, error) {
	if k == nil || k.PK == nil || k.CCS == nil {
		return nil, fmt.Errorf("zk: prover needs keys loaded with the proving key and circuit")
	}
	// The prover is the only user of the proving key's FFT tables; it drops
	// them (about 128 bytes per constraint) and computes twiddles as it goes.
	if err := lowmem.DropFFTTables(k.PK); err != nil {
		return nil, err
	}
	p := &Prover{keys: k, sem: make(chan struct{}, 1)}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// Keys returns the prover's keys.
func (p *Prover) Keys() *Keys { return p.keys }

// ProveSample proves one sampled (layer, position) of a committed model
// (keys of kind sample). The sample's output, hashes and statement are filled in.
func (p *Prover) ProveSample(ctx context.Context, m *quant.Model, tree *quant.Tree, s *circuits.Sample) (*Proof, error) {
	if err := p.want(KindSample); err != nil {
		return nil, err
	}
	start := time.Now()
	a, err := circuits.AssignSample(*p.keys.Spec.Sample, m, tree, s)
	if err != nil {
		return nil, err
	}
	return p.prove(ctx, start, a, []*big.Int{quant.Big(s.Statement)}, nil)
}

// ProveBatch proves k sampled (layer, position) pairs of one model in one
// proof (keys of kind batch). The samples' outputs and statements are filled in.
func (p *Prover) ProveBatch(ctx context.Context, m *quant.Model, tree *quant.Tree, samples []circuits.Sample) (*Proof, error) {
	if err := p.want(KindBatch); err != nil {
		return nil, err
	}
	start := time.Now()
	a, st, err := circuits.AssignBatch(*p.keys.Spec.Sample, m, tree, samples)
	if err != nil {
		return nil, err
	}
	return p.prove(ctx, start, a, []*big.Int{quant.Big(st)}, nil)
}

// ProveLayer proves k positions through one layer with the Freivalds
// circuit (keys of kind layer) and returns the proof, whose LayerStatement
// holds the layer and activation commitments, and the reference outputs.
func (p *Prover) ProveLayer(ctx context.Context, l *quant.Layer, inputs [][]int8) (*Proof, [][]int8, error) {
	if err := p.want(KindLayer); err != nil {
		return nil, nil, err
	}
	start := time.Now()
	a, outs, err := circuits.AssignLayerBatch(*p.keys.Spec.Layer, l, inputs)
	if err != nil {
		return nil, nil, err
	}
	wc, err := p.layerCommitment(l)
	if err != nil {
		return nil, nil, err
	}
	ac, err := ActivationCommitment(p.keys, inputs, outs)
	if err != nil {
		return nil, nil, err
	}
	st := &LayerStatement{Weights: pointToBig(&wc), Activations: pointToBig(&ac)}
	proof, err := p.prove(ctx, start, a, nil, st)
	if err != nil {
		return nil, nil, err
	}
	return proof, outs, nil
}

// ProveDirect proves k positions through one layer with the baseline
// circuit (keys of kind direct); used by benchmarks.
func (p *Prover) ProveDirect(ctx context.Context, l *quant.Layer, inputs [][]int8) (*Proof, error) {
	if err := p.want(KindDirect); err != nil {
		return nil, err
	}
	start := time.Now()
	a, err := circuits.AssignDirectLayer(*p.keys.Spec.Layer, l, inputs)
	if err != nil {
		return nil, err
	}
	return p.prove(ctx, start, a, nil, nil)
}

// layerCommitment returns LayerCommitment(l), computed once per layer
// (weights and shape) for the prover's lifetime: it is a property of the
// model, not of a proof.
func (p *Prover) layerCommitment(l *quant.Layer) (bn254.G1Affine, error) {
	h := sha256.New()
	sw := l.Shape().ShapeWord()
	h.Write(sw.Marshal())
	for _, w := range l.W {
		h.Write([]byte{byte(w)})
	}
	var key [32]byte
	copy(key[:], h.Sum(nil))
	p.mu.Lock()
	c, ok := p.layerCommits[key]
	p.mu.Unlock()
	if ok {
		return c, nil
	}
	c, err := LayerCommitment(p.keys, l)
	if err != nil {
		return c, err
	}
	p.mu.Lock()
	if p.layerCommits == nil {
		p.layerCommits = map[[32]byte]bn254.G1Affine{}
	}
	p.layerCommits[key] = c
	p.mu.Unlock()
	return c, nil
}

func (p *Prover) want(kind Kind) error {
	if p.keys.Spec.Kind != kind {
		return fmt.Errorf("%w: keys are for %s, this proof needs a %s circuit", ErrWrongCircuit, p.keys.Spec.ID(), kind)
	}
	return nil
}

func (p *Prover) prove(ctx context.Context, start time.Time, assignment frontend.Circuit, inputs []*big.Int, layer *LayerStatement) (*Proof, error) {
	select {
	case p.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.sem }()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	k := p.keys
	mon := StartMemMonitor(20 * time.Millisecond)
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		mon.Stop()
		return nil, fmt.Errorf("zk: witness: %w", err)
	}
	witnessDone := time.Now()
	opts := []backend.ProverOption{solidity.WithProverTargetSolidityVerifier(backend.GROTH16)}
	if layer != nil {
		// The layer commitment must be deterministic: gnark masks every
		// commitment with a random wire, which the prover sets to zero here
		// (the verifier's check D_0 == weights + activations forces it).
		id, err := randomizeHintID()
		if err != nil {
			mon.Stop()
			return nil, err
		}
		opts = append(opts, backend.WithSolverOptions(solver.OverrideHint(id, zeroHint)))
	}
	gp, err := lowmem.ProveContext(ctx, k.CCS, k.PK, w, opts...)
	peak, alloc := mon.Stop()
	if err != nil {
		return nil, fmt.Errorf("zk: prove %s: %w", k.Spec.ID(), err)
	}
	end := time.Now()
	sp, err := SolidityProof(gp)
	if err != nil {
		return nil, err
	}
	if inputs == nil {
		inputs = []*big.Int{}
	}
	return &Proof{
		CircuitID: k.Spec.ID(), KeyHash: hexutil.Encode(k.hash[:]), Proof: sp, Inputs: inputs, Layer: layer,
		Stats: Stats{
			Constraints: k.CCS.GetNbConstraints(), Witness: witnessDone.Sub(start), Prove: end.Sub(witnessDone),
			Total: end.Sub(start), PeakHeap: peak, Allocated: alloc,
		},
	}, nil
}

func zeroHint(_ *big.Int, _ []*big.Int, out []*big.Int) error {
	for _, o := range out {
		o.SetUint64(0)
	}
	return nil
}

var (
	randomizeOnce sync.Once
	randomizeID   solver.HintID
	randomizeErr  error
)

// randomizeHintID finds gnark's commitment-masking hint (internal/hints.Randomize) by name.
func randomizeHintID() (solver.HintID, error) {
	randomizeOnce.Do(func() {
		for _, h := range solver.GetRegisteredHints() {
			if strings.HasSuffix(solver.GetHintName(h), "/internal/hints.Randomize") {
				randomizeID = solver.GetHintID(h)
				return
			}
		}
		randomizeErr = errors.New("zk: gnark's commitment masking hint is not registered (gnark version change?)")
	})
	return randomizeID, randomizeErr
}

// layerBasis returns the commitment basis of a layer circuit's first
// commitment, split into weights, inputs and outputs (in that order, then
// gnark's masking wire, see circuits.LayerBatch).
func layerBasis(k *Keys) (w, x, y []bn254.G1Affine, err error) {
	if k.Spec.Kind != KindLayer {
		return nil, nil, nil, fmt.Errorf("%w: %s is not a layer circuit", ErrWrongCircuit, k.Spec.ID())
	}
	pk, ok := k.PK.(*groth16bn254.ProvingKey)
	if !ok || len(pk.CommitmentKeys) < 1 {
		return nil, nil, nil, fmt.Errorf("%w: layer commitments need the proving key", ErrKeyMismatch)
	}
	p := k.Spec.Layer
	nw, nx, ny := p.Shape.In*p.Shape.Out, p.K*p.Shape.In, p.K*p.Shape.Out
	b := pk.CommitmentKeys[0].Basis
	if len(b) != nw+nx+ny+1 {
		return nil, nil, nil, fmt.Errorf("%w: first commitment has %d wires, layer circuit commits %d", ErrKeyMismatch, len(b), nw+nx+ny+1)
	}
	return b[:nw], b[nw : nw+nx], b[nw+nx : nw+nx+ny], nil
}

// LayerCommitment returns the Pedersen commitment to a layer's weights
// under a layer circuit's keys: sum_i (W_i+128) B_i over the first
// commitment's basis. Computed once per (model, setup); the verifier compares it with
// the proof's commitment.
func LayerCommitment(k *Keys, l *quant.Layer) (bn254.G1Affine, error) {
	bw, _, _, err := layerBasis(k)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	if l.Shape() != k.Spec.Layer.Shape {
		return bn254.G1Affine{}, fmt.Errorf("%w: layer has shape %s, keys are for %s", circuits.ErrModelMismatch, l.Shape(), k.Spec.Layer.Shape)
	}
	return msm(bw, l.W)
}

// ActivationCommitment returns the Pedersen commitment to k inputs and k
// outputs under a layer circuit's keys.
func ActivationCommitment(k *Keys, inputs, outputs [][]int8) (bn254.G1Affine, error) {
	_, bx, by, err := layerBasis(k)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	p := k.Spec.Layer
	flat := func(rows [][]int8, n int) ([]int8, error) {
		if len(rows) != p.K {
			return nil, fmt.Errorf("%w: %d positions, keys are for %d", circuits.ErrParams, len(rows), p.K)
		}
		out := make([]int8, 0, p.K*n)
		for _, r := range rows {
			if len(r) != n {
				return nil, fmt.Errorf("%w: vector of %d values, want %d", quant.ErrShape, len(r), n)
			}
			out = append(out, r...)
		}
		return out, nil
	}
	xs, err := flat(inputs, p.Shape.In)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	ys, err := flat(outputs, p.Shape.Out)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	cx, err := msm(bx, xs)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	cy, err := msm(by, ys)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	cx.Add(&cx, &cy)
	return cx, nil
}

// msm commits to int8 values offset by 128 (how circuits.LayerBatch holds them).
func msm(basis []bn254.G1Affine, vals []int8) (bn254.G1Affine, error) {
	scalars := make([]fr.Element, len(vals))
	for i, v := range vals {
		scalars[i].SetInt64(int64(v) + 128)
	}
	var p bn254.G1Affine
	if _, err := p.MultiExp(basis, scalars, ecc.MultiExpConfig{}); err != nil {
		return p, fmt.Errorf("zk: commitment: %w", err)
	}
	return p, nil
}

// MemMonitor samples the Go heap (live and not yet collected objects,
// process-wide) at a fixed interval until stopped; the Prover runs one per
// proof, the benchmarks their own.
type MemMonitor struct {
	done       chan struct{}
	wg         sync.WaitGroup
	mu         sync.Mutex
	peak       uint64
	startAlloc uint64
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}

func readHeap() (inUse, allocs uint64) {
	s := make([]metrics.Sample, len(heapSample))
	copy(s, heapSample)
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// HeapBytes returns the heap's object bytes now, the quantity MemMonitor samples.
func HeapBytes() uint64 {
	in, _ := readHeap()
	return in
}

// StartMemMonitor starts sampling the heap every interval.
func StartMemMonitor(interval time.Duration) *MemMonitor {
	m := &MemMonitor{done: make(chan struct{})}
	in, alloc := readHeap()
	m.peak, m.startAlloc = in, alloc
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-m.done:
				return
			case <-t.C:
				in, _ := readHeap()
				m.mu.Lock()
				m.peak = max(m.peak, in)
				m.mu.Unlock()
			}
		}
	}()
	return m
}

// Stop ends the sampling and returns the peak heap (including a last sample)
// and the bytes allocated since the start.
func (m *MemMonitor) Stop() (peak, allocated uint64) {
	close(m.done)
	m.wg.Wait()
	in, alloc := readHeap()
	m.mu.Lock()
	defer m.mu.Unlock()
	return max(m.peak, in), alloc - m.startAlloc
}
