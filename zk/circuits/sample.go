// Package circuits defines DIP's gnark circuits for sampled quantized
// inference, built from package zk/gadgets, with assignment builders that
// take the plain-Go model of package zk/quant:
//
//   - InferenceSample: one sampled (layer, position) of a model committed by a
//     MiMC Merkle root; one public input.
//   - InferenceBatch: k sampled (layer, position) pairs of one model in one
//     proof; one public input.
//   - LayerBatch: k positions through one layer, the matrix product checked
//     with Freivalds' randomized test, weights and activations bound by
//     gnark's built-in Pedersen (BSB22) commitment instead of a hash.
//   - DirectLayer: the benchmark baseline, k positions through one layer with
//     one constraint per multiply-accumulate and no commitment.
package circuits

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/dip-market/dip/zk/gadgets"
	"github.com/dip-market/dip/zk/quant"
)

var (
	// ErrModelMismatch is returned when a model does not match the root, shape
	// or depth a circuit or proof is about.
	ErrModelMismatch = errors.New("model does not match")
	// ErrParams is returned for circuit parameters out of range.
	ErrParams = errors.New("invalid circuit parameters")
)

// SampleParams fix the shape of an InferenceSample or InferenceBatch circuit.
type SampleParams struct {
	// Shape is the shape of the layers the circuit can open (every opened
	// layer must have exactly this shape; it is part of the layer leaf).
	Shape quant.Shape `json:"shape"`
	// Depth is the depth of the model tree: models of up to 2^Depth layers.
	Depth int `json:"depth"`
	// K is the number of samples of a batch (1 for InferenceSample).
	K int `json:"k"`
	// PlainRangeChecks selects bit-decomposition range checks: more
	// constraints, but no commitment in the proof, so cheaper on-chain verification.
	PlainRangeChecks bool `json:"plain_range_checks"`
}

// Check validates the parameters.
func (p SampleParams) Check() error {
	if err := p.Shape.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrParams, err)
	}
	if p.Depth < 1 || p.Depth > 32 {
		return fmt.Errorf("%w: tree depth %d not in [1, 32]", ErrParams, p.Depth)
	}
	if p.K < 1 || p.K > 1024 {
		return fmt.Errorf("%w: batch size %d not in [1, 1024]", ErrParams, p.K)
	}
	return nil
}

// SampleWitness is the private part of one sample.
type SampleWitness struct {
	Layer    frontend.Variable   // index of the layer in the model tree
	Position frontend.Variable   // position (token or row) the input belongs to; only hashed
	Path     []frontend.Variable // sibling hashes from the layer leaf to the root
	W        []frontend.Variable // the layer's weights, row-major Out x In
	X        []frontend.Variable // the layer's input at Position
}

func newSampleWitness(p SampleParams) SampleWitness {
	return SampleWitness{
		Path: make([]frontend.Variable, p.Depth),
		W:    make([]frontend.Variable, p.Shape.In*p.Shape.Out),
		X:    make([]frontend.Variable, p.Shape.In),
	}
}

// InferenceSample proves, for its one public input Statement, knowledge of a
// model root, a layer index L, a position, the layer's int8 weights W, an
// int8 input x and the Merkle path such that
//
//	LayerLeaf(shape, W) opens at index L to root,
//	y = Activate(W x) exactly as quant.Layer.Forward computes it, and
//	Statement = quant.SampleStatement(root, L, position, HashVector(x), HashVector(y)).
//
// The output y is not a witness: it is computed in the circuit, so the
// statement can only name the one output the reference computes.
type InferenceSample struct {
	Statement frontend.Variable `gnark:",public"`
	Root      frontend.Variable
	Sample    SampleWitness
	params    SampleParams
}

// NewInferenceSample returns an empty circuit for compilation.
func NewInferenceSample(p SampleParams) *InferenceSample {
	p.K = 1
	return &InferenceSample{Sample: newSampleWitness(p), params: p}
}

// Params returns the circuit's parameters.
func (c *InferenceSample) Params() SampleParams { return c.params }

// Define enforces the relation in the type's documentation.
func (c *InferenceSample) Define(api frontend.API) error {
	rc := rangeChecker(api, c.params.PlainRangeChecks)
	api.AssertIsEqual(defineSample(api, rc, c.params, c.Root, &c.Sample), c.Statement)
	return nil
}

// InferenceBatch proves K samples of one model (each with its own layer,
// position, input and Merkle opening) in one proof; its public input is
// quant.BatchStatement of the K sample statements.
type InferenceBatch struct {
	Statement frontend.Variable `gnark:",public"`
	Root      frontend.Variable
	Samples   []SampleWitness
	params    SampleParams
}

// NewInferenceBatch returns an empty circuit for compilation.
func NewInferenceBatch(p SampleParams) *InferenceBatch {
	c := &InferenceBatch{Samples: make([]SampleWitness, p.K), params: p}
	for i := range c.Samples {
		c.Samples[i] = newSampleWitness(p)
	}
	return c
}

// Params returns the circuit's parameters.
func (c *InferenceBatch) Params() SampleParams { return c.params }

// Define enforces K sample relations sharing one root, and the fold of their statements.
func (c *InferenceBatch) Define(api frontend.API) error {
	rc := rangeChecker(api, c.params.PlainRangeChecks)
	stmts := make([]frontend.Variable, len(c.Samples))
	for i := range c.Samples {
		stmts[i] = defineSample(api, rc, c.params, c.Root, &c.Samples[i])
	}
	api.AssertIsEqual(gadgets.BatchStatement(api, stmts), c.Statement)
	return nil
}

func rangeChecker(api frontend.API, plain bool) frontend.Rangechecker {
	if plain {
		return gadgets.PlainRangeChecker{API: api}
	}
	return gadgets.NewRangeChecker(api)
}

// defineSample constrains one sample and returns its statement.
func defineSample(api frontend.API, rc frontend.Rangechecker, p SampleParams, root frontend.Variable, s *SampleWitness) frontend.Variable {
	sh := p.Shape
	for _, w := range s.W {
		gadgets.AssertInt8(api, rc, w)
	}
	for _, x := range s.X {
		gadgets.AssertInt8(api, rc, x)
	}
	leaf := gadgets.LayerLeaf(api, sh, s.W)
	api.AssertIsEqual(gadgets.MerkleRoot(api, leaf, s.Layer, s.Path), root)

	rows := make([][]frontend.Variable, sh.Out)
	for o := range rows {
		rows[o] = s.W[o*sh.In : (o+1)*sh.In]
	}
	acc := gadgets.MatVec(api, rows, s.X)
	y := make([]frontend.Variable, sh.Out)
	for o := range acc {
		y[o] = gadgets.Activate(api, rc, acc[o], sh.Shift, sh.ReLU, sh.AccBits())
	}
	return gadgets.SampleStatement(api, root, s.Layer, s.Position, gadgets.HashVector(api, s.X), gadgets.HashVector(api, y))
}

// Sample is one sampled (layer, position) of a committed model, with
// everything a prover or verifier needs to know about it.
type Sample struct {
	Layer    int    `json:"layer"`
	Position uint64 `json:"position"`
	Input    []int8 `json:"input"`
	// Output is the reference output (filled in by Evaluate).
	Output []int8 `json:"output"`
	// InputHash, OutputHash and Statement are the MiMC commitments (filled in by Evaluate).
	InputHash  fr.Element `json:"-"`
	OutputHash fr.Element `json:"-"`
	Statement  fr.Element `json:"-"`
}

// Evaluate runs the reference inference for the sample and fills in its
// output, hashes and statement under the model tree.
func (s *Sample) Evaluate(m *quant.Model, tree *quant.Tree) error {
	l, err := m.Layer(s.Layer)
	if err != nil {
		return err
	}
	y, err := l.Forward(s.Input)
	if err != nil {
		return fmt.Errorf("layer %d: %w", s.Layer, err)
	}
	s.Output = y
	s.InputHash = quant.HashVector(s.Input)
	s.OutputHash = quant.HashVector(y)
	s.Statement = quant.SampleStatement(tree.Root(), uint64(s.Layer), s.Position, s.InputHash, s.OutputHash)
	return nil
}

func (p SampleParams) assignSample(m *quant.Model, tree *quant.Tree, s *Sample) (SampleWitness, error) {
	if tree.Depth != p.Depth {
		return SampleWitness{}, fmt.Errorf("%w: model tree has depth %d, circuit opens depth %d", ErrModelMismatch, tree.Depth, p.Depth)
	}
	if err := s.Evaluate(m, tree); err != nil {
		return SampleWitness{}, err
	}
	l := &m.Layers[s.Layer]
	if l.Shape() != p.Shape {
		return SampleWitness{}, fmt.Errorf("%w: layer %d has shape %s, circuit proves %s", ErrModelMismatch, s.Layer, l.Shape(), p.Shape)
	}
	leaf, err := quant.LayerLeaf(l)
	if err != nil {
		return SampleWitness{}, err
	}
	if committed := tree.Leaf(s.Layer); leaf != committed {
		return SampleWitness{}, fmt.Errorf("%w: layer %d of the model is not the layer the root %#x commits to", ErrModelMismatch, s.Layer, quant.Big(tree.Root()))
	}
	path, err := tree.Path(s.Layer)
	if err != nil {
		return SampleWitness{}, err
	}
	w := newSampleWitness(p)
	w.Layer, w.Position = s.Layer, s.Position
	for i := range path {
		w.Path[i] = quant.Big(path[i])
	}
	for i, v := range l.W {
		w.W[i] = int(v)
	}
	for i, v := range s.Input {
		w.X[i] = int(v)
	}
	return w, nil
}

// AssignSample evaluates the sample on the model and returns the full
// assignment of an InferenceSample circuit.
func AssignSample(p SampleParams, m *quant.Model, tree *quant.Tree, s *Sample) (*InferenceSample, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	w, err := p.assignSample(m, tree, s)
	if err != nil {
		return nil, err
	}
	p.K = 1
	return &InferenceSample{Statement: quant.Big(s.Statement), Root: quant.Big(tree.Root()), Sample: w, params: p}, nil
}

// AssignBatch evaluates K samples on the model and returns the full
// assignment of an InferenceBatch circuit and the batch statement.
func AssignBatch(p SampleParams, m *quant.Model, tree *quant.Tree, samples []Sample) (*InferenceBatch, fr.Element, error) {
	if err := p.Check(); err != nil {
		return nil, fr.Element{}, err
	}
	if len(samples) != p.K {
		return nil, fr.Element{}, fmt.Errorf("%w: %d samples for a batch of %d", ErrParams, len(samples), p.K)
	}
	c := &InferenceBatch{Root: quant.Big(tree.Root()), Samples: make([]SampleWitness, p.K), params: p}
	stmts := make([]fr.Element, p.K)
	for i := range samples {
		w, err := p.assignSample(m, tree, &samples[i])
		if err != nil {
			return nil, fr.Element{}, fmt.Errorf("sample %d: %w", i, err)
		}
		c.Samples[i] = w
		stmts[i] = samples[i].Statement
	}
	st := quant.BatchStatement(stmts)
	c.Statement = quant.Big(st)
	return c, st, nil
}
