package gadgets

import (
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/dip-market/dip/zk/quant"
)

type vectorHashCircuit struct {
	V    []frontend.Variable
	Hash frontend.Variable `gnark:",public"`
}

func (c *vectorHashCircuit) Define(api frontend.API) error {
	rc := NewRangeChecker(api)
	for _, v := range c.V {
		AssertInt8(api, rc, v)
	}
	api.AssertIsEqual(HashVector(api, c.V), c.Hash)
	return nil
}

func int8Vars(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i := range v {
		out[i] = int(v[i])
	}
	return out
}

func TestHashVectorMatchesNative(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 31, 32, 70} {
		v := quant.NewStream(quant.SeedFromUint64(uint64(n))).Int8s(n)
		h := quant.HashVector(v)
		other := append([]int8(nil), v...)
		other[n-1]++
		// Same packed value with an out-of-range entry: 1 + 256*0 == 257 - 256*1.
		// The int8 range check is what makes packing injective.
		valid := &vectorHashCircuit{V: int8Vars(v), Hash: quant.Big(h)}
		wrong := &vectorHashCircuit{V: int8Vars(other), Hash: quant.Big(h)}
		check(t, &vectorHashCircuit{V: make([]frontend.Variable, n)}, []frontend.Circuit{valid}, []frontend.Circuit{wrong})
	}
}

type packCircuit struct {
	V    []frontend.Variable
	Hash frontend.Variable `gnark:",public"`
}

// packCircuit hashes without range checks, to show they are needed.
func (c *packCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(HashVector(api, c.V), c.Hash)
	return nil
}

func TestPackingNeedsRangeChecks(t *testing.T) {
	t.Parallel()
	v := []int8{1, 0}
	h := quant.HashVector(v)
	// (v0+128) + 256*(v1+128): v0 = 257, v1 = -1 packs to the same element.
	forged := &vectorHashCircuit{V: []frontend.Variable{257, -1}, Hash: quant.Big(h)}
	if err := solveWith(t, &packCircuit{V: make([]frontend.Variable, 2)}, &packCircuit{V: forged.V, Hash: forged.Hash}); err != nil {
		t.Fatalf("without range checks the forged vector should collide: %v", err)
	}
	check(t, &vectorHashCircuit{V: make([]frontend.Variable, 2)}, []frontend.Circuit{&vectorHashCircuit{V: int8Vars(v), Hash: quant.Big(h)}}, []frontend.Circuit{forged})
}

type openLayerCircuit struct {
	W     []frontend.Variable
	Index frontend.Variable
	Path  []frontend.Variable
	Root  frontend.Variable `gnark:",public"`
	shape quant.Shape
}

func (c *openLayerCircuit) Define(api frontend.API) error {
	rc := NewRangeChecker(api)
	for _, w := range c.W {
		AssertInt8(api, rc, w)
	}
	leaf := LayerLeaf(api, c.shape, c.W)
	api.AssertIsEqual(MerkleRoot(api, leaf, c.Index, c.Path), c.Root)
	return nil
}

func TestOpenLayerAgainstModelRoot(t *testing.T) {
	t.Parallel()
	shape := quant.Shape{In: 3, Out: 2, Shift: 2, ReLU: true}
	m := quant.RandomModel(quant.SeedFromUint64(11), shape, quant.Shape{In: 2, Out: 3, Shift: 1}, shape)
	tree, err := quant.CommitDepth(m, 2)
	if err != nil {
		t.Fatal(err)
	}
	assign := func(layer int, w []int8, index int) *openLayerCircuit {
		path, err := tree.Path(layer)
		if err != nil {
			t.Fatal(err)
		}
		p := make([]frontend.Variable, len(path))
		for i := range path {
			p[i] = quant.Big(path[i])
		}
		return &openLayerCircuit{W: int8Vars(w), Index: index, Path: p, Root: quant.Big(tree.Root())}
	}
	circuit := &openLayerCircuit{W: make([]frontend.Variable, 6), Path: make([]frontend.Variable, 2), shape: shape}
	valid := []frontend.Circuit{assign(0, m.Layers[0].W, 0), assign(2, m.Layers[2].W, 2)}
	tampered := append([]int8(nil), m.Layers[0].W...)
	tampered[3] ^= 1
	invalid := []frontend.Circuit{
		assign(0, tampered, 0),        // weights that are not the committed ones
		assign(0, m.Layers[0].W, 1),   // right weights, wrong index
		assign(0, m.Layers[0].W, 0+4), // index beyond the tree (bit decomposition rejects it)
		assign(2, m.Layers[0].W, 2),   // another layer's weights at layer 2's place
	}
	check(t, circuit, valid, invalid)
	// Layer 1 has a different shape: opening it with this circuit fails even with its own weights.
	other := &openLayerCircuit{W: int8Vars(m.Layers[1].W), Index: 1, Path: assign(1, m.Layers[1].W, 1).Path, Root: quant.Big(tree.Root())}
	check(t, circuit, nil, []frontend.Circuit{other})
}

type prngCircuit struct {
	Seed, Counter frontend.Variable
	Want          []frontend.Variable
}

func (c *prngCircuit) Define(api frontend.API) error {
	got := BlockInt8s(api, PRNGBlock(api, c.Seed, c.Counter))
	for i := range got {
		api.AssertIsEqual(got[i], c.Want[i])
	}
	return nil
}

func TestPRNGMatchesNative(t *testing.T) {
	t.Parallel()
	seed := quant.SeedFromUint64(99)
	want := quant.BlockInt8s(quant.Block(seed, 3))
	bad := append([]int8(nil), want...)
	bad[30]++
	check(t, &prngCircuit{Want: make([]frontend.Variable, quant.PackWidth)},
		[]frontend.Circuit{&prngCircuit{Seed: 99, Counter: 3, Want: int8Vars(want)}},
		[]frontend.Circuit{&prngCircuit{Seed: 99, Counter: 3, Want: int8Vars(bad)}, &prngCircuit{Seed: 99, Counter: 4, Want: int8Vars(want)}})
}
