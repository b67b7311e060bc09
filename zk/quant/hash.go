package quant

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
)

// Domain tags: the first element of every MiMC message, so that a vector
// hash, a layer leaf, a statement and a PRNG output can never be confused.
const (
	TagVector      = 0x647a7601 // hash of an int8 vector
	TagLayer       = 0x647a7602 // leaf of one layer in the model tree
	TagSample      = 0x647a7603 // statement of one sampled (layer, position)
	TagBatch       = 0x647a7604 // statement folding k sample statements
	TagPRNG        = 0x647a7605 // counter-mode PRNG block
	TagLayerCommit = 0x647a7606 // statement of a Freivalds layer batch
)

// PackWidth is how many int8 values one field element carries when vectors
// and weights are hashed: 31 bytes fit below the BN254 scalar modulus.
const PackWidth = 31

// Hash returns the MiMC (Miyaguchi-Preneel over BN254's scalar field, as in
// gnark-crypto and gnark's std/hash/mimc) digest of the elements.
func Hash(elems ...fr.Element) fr.Element {
	h := mimc.NewFieldHasher()
	return h.SumElements(elems)
}

// Elem returns v as a field element; negative values map to r - |v|.
func Elem(v int64) fr.Element {
	var e fr.Element
	e.SetInt64(v)
	return e
}

// Pack packs int8 values into field elements, PackWidth per element, little
// endian, each value offset by 128 into a byte: e = sum_i (v_i + 128) * 256^i.
func Pack(vals []int8) []fr.Element {
	out := make([]fr.Element, 0, (len(vals)+PackWidth-1)/PackWidth)
	for start := 0; start < len(vals); start += PackWidth {
		end := min(start+PackWidth, len(vals))
		var buf [32]byte // big endian
		for i, v := range vals[start:end] {
			buf[31-i] = byte(int(v) + 128)
		}
		var e fr.Element
		e.SetBytes(buf[:])
		out = append(out, e)
	}
	return out
}

// HashVector commits to an int8 vector: MiMC(TagVector, len, Pack(v)...).
func HashVector(v []int8) fr.Element {
	msg := []fr.Element{Elem(TagVector), Elem(int64(len(v)))}
	return Hash(append(msg, Pack(v)...)...)
}

// ShapeWord encodes a shape in one field element: In | Out<<20 | Shift<<40 | ReLU<<48.
func (s Shape) ShapeWord() fr.Element {
	w := uint64(s.In) | uint64(s.Out)<<20 | uint64(s.Shift)<<40
	if s.ReLU {
		w |= 1 << 48
	}
	var e fr.Element
	e.SetUint64(w)
	return e
}

// LayerLeaf commits to one layer: MiMC(TagLayer, ShapeWord, Pack(W)...).
func LayerLeaf(l *Layer) (fr.Element, error) {
	if err := l.Check(); err != nil {
		return fr.Element{}, err
	}
	msg := []fr.Element{Elem(TagLayer), l.Shape().ShapeWord()}
	return Hash(append(msg, Pack(l.W)...)...), nil
}

// Node hashes two children of the model tree: MiMC(left, right).
func Node(left, right fr.Element) fr.Element { return Hash(left, right) }

// TreeDepth returns the depth of the smallest binary tree with n leaves (at least 1).
func TreeDepth(n int) int {
	d := 0
	for 1<<d < n {
		d++
	}
	return max(d, 1)
}

// Tree is the model's Merkle tree: leaf i commits to layer i, missing leaves
// (up to 2^Depth) are zero, inner nodes are Node(left, right).
type Tree struct {
	Depth  int
	levels [][]fr.Element // levels[0] = leaves, levels[Depth] = [root]
}

// Commit builds the model tree with the smallest depth that fits the model.
func Commit(m *Model) (*Tree, error) { return CommitDepth(m, TreeDepth(len(m.Layers))) }

// CommitDepth builds the model tree with a fixed depth, so that one circuit
// (compiled for that depth) can open layers of models of different sizes.
func CommitDepth(m *Model, depth int) (*Tree, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if depth < 1 || depth > 32 || len(m.Layers) > 1<<depth {
		return nil, fmt.Errorf("%w: %d layers do not fit a tree of depth %d", ErrShape, len(m.Layers), depth)
	}
	leaves := make([]fr.Element, 1<<depth)
	for i := range m.Layers {
		leaf, err := LayerLeaf(&m.Layers[i])
		if err != nil {
			return nil, fmt.Errorf("layer %d: %w", i, err)
		}
		leaves[i] = leaf
	}
	t := &Tree{Depth: depth, levels: [][]fr.Element{leaves}}
	for lvl := leaves; len(lvl) > 1; {
		next := make([]fr.Element, len(lvl)/2)
		for i := range next {
			next[i] = Node(lvl[2*i], lvl[2*i+1])
		}
		t.levels = append(t.levels, next)
		lvl = next
	}
	return t, nil
}

// Root returns the model root.
func (t *Tree) Root() fr.Element { return t.levels[t.Depth][0] }

// Leaf returns leaf i.
func (t *Tree) Leaf(i int) fr.Element { return t.levels[0][i] }

// Path returns the sibling hashes from leaf i up to the root.
func (t *Tree) Path(i int) ([]fr.Element, error) {
	if i < 0 || i >= len(t.levels[0]) {
		return nil, fmt.Errorf("%w: leaf %d of a depth-%d tree", ErrLayerIndex, i, t.Depth)
	}
	path := make([]fr.Element, t.Depth)
	for lvl := 0; lvl < t.Depth; lvl++ {
		path[lvl] = t.levels[lvl][i^1]
		i >>= 1
	}
	return path, nil
}

// RootFromPath recomputes a root from a leaf, its index and its path.
func RootFromPath(leaf fr.Element, index int, path []fr.Element) fr.Element {
	h := leaf
	for _, sib := range path {
		if index&1 == 0 {
			h = Node(h, sib)
		} else {
			h = Node(sib, h)
		}
		index >>= 1
	}
	return h
}

// SampleStatement is the one public input of an InferenceSample proof:
// MiMC(TagSample, root, layer, position, HashVector(input), HashVector(output)).
func SampleStatement(root fr.Element, layer, position uint64, inHash, outHash fr.Element) fr.Element {
	var l, p fr.Element
	l.SetUint64(layer)
	p.SetUint64(position)
	return Hash(Elem(TagSample), root, l, p, inHash, outHash)
}

// BatchStatement folds sample statements: MiMC(TagBatch, k, s_1, ..., s_k).
func BatchStatement(samples []fr.Element) fr.Element {
	msg := []fr.Element{Elem(TagBatch), Elem(int64(len(samples)))}
	return Hash(append(msg, samples...)...)
}

// Element is a BN254 scalar field element.
type Element = fr.Element

// Big returns e as a big integer (the form gnark witnesses and Solidity take).
func Big(e fr.Element) *big.Int {
	var b big.Int
	return e.BigInt(&b)
}
