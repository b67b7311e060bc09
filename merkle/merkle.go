// Package merkle provides the Merkle tree DIP's Settlement checks: leaves
// double hashed (keccak256(keccak256(abi.encode(...)))), inner nodes
// keccak256 of the sorted pair (OpenZeppelin MerkleProof), each layer paired
// left to right with an odd last node promoted unchanged; proofs are the
// sibling hashes from leaf to root. It also encodes the two leaf kinds:
// ballot leaves of deliberations and sampled work items.
package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Leaf tags, the first word of every leaf preimage.
const (
	TagBallot    uint8 = 1
	TagPowEpoch  uint8 = 2
	TagInference uint8 = 3
)

var (
	// ErrEmpty is returned when building a tree of no leaves.
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrIndex is returned when asking for the proof of a leaf the tree does not have.
	ErrIndex = errors.New("merkle: leaf index out of range")
	// ErrRange is returned when a leaf value does not fit its ABI type.
	ErrRange = errors.New("merkle: value out of range")
)

var (
	maxInt256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	minInt256 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
)

// HashPair returns keccak256(min(a, b) || max(a, b)).
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is a built tree; layers[0] are the leaves, the last layer the root.
type Tree struct {
	layers [][]common.Hash
}

// New builds the tree over leaves (already hashed leaf values).
func New(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	layer := append([]common.Hash(nil), leaves...)
	t := &Tree{layers: [][]common.Hash{layer}}
	for len(layer) > 1 {
		next := make([]common.Hash, (len(layer)+1)/2)
		for i := range next {
			a := 2 * i
			if a+1 < len(layer) {
				next[i] = HashPair(layer[a], layer[a+1])
			} else {
				next[i] = layer[a]
			}
		}
		t.layers = append(t.layers, next)
		layer = next
	}
	return t, nil
}

// Root returns the root; a one-leaf tree's root is the leaf.
func (t *Tree) Root() common.Hash { return t.layers[len(t.layers)-1][0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.layers[0]) }

// Leaf returns leaf i.
func (t *Tree) Leaf(i int) common.Hash { return t.layers[0][i] }

// Proof returns the sibling hashes of leaf i from the bottom up (promoted
// nodes have no sibling and add nothing).
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.Len() {
		return nil, fmt.Errorf("%w: %d of %d", ErrIndex, i, t.Len())
	}
	var proof []common.Hash
	for _, layer := range t.layers[:len(t.layers)-1] {
		if sib := i ^ 1; sib < len(layer) {
			proof = append(proof, layer[sib])
		}
		i /= 2
	}
	return proof, nil
}

// ProcessProof returns the root that leaf and proof lead to.
func ProcessProof(proof []common.Hash, leaf common.Hash) common.Hash {
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h
}

// Verify reports whether proof shows leaf to be in the tree of root.
func Verify(proof []common.Hash, root, leaf common.Hash) bool {
	return ProcessProof(proof, leaf) == root
}

// ProofBytes converts a proof to the [][32]byte the bindings take.
func ProofBytes(proof []common.Hash) [][32]byte {
	out := make([][32]byte, len(proof))
	for i, p := range proof {
		out[i] = p
	}
	return out
}

// BallotLeaf is a ballot leaf of a deliberation tree: ballot Index with its
// voter's signature and the running per-proposal sums after it.
type BallotLeaf struct {
	Index      uint32
	Voter      common.Address
	Votes      []int64
	Cumulative []*big.Int
	R, S       [32]byte
	V          uint8
}

var (
	ballotLeafArgs = mustArgs("uint8", "uint32", "address", "int64[]", "int256[]", "bytes32", "bytes32", "uint8")
	sampleLeafArgs = mustArgs("uint8", "uint32", "uint256[]")
)

// Hash returns keccak256(keccak256(abi.encode(uint8(1), index, voter, votes,
// cumulative, r, s, v))). It fails when a cumulative sum is nil or does not
// fit int256.
func (l *BallotLeaf) Hash() (common.Hash, error) {
	for j, c := range l.Cumulative {
		if c == nil || c.Cmp(minInt256) < 0 || c.Cmp(maxInt256) > 0 {
			return common.Hash{}, fmt.Errorf("%w: ballot leaf %d cumulative[%d] is not an int256", ErrRange, l.Index, j)
		}
	}
	votes := l.Votes
	if votes == nil {
		votes = []int64{}
	}
	cum := l.Cumulative
	if cum == nil {
		cum = []*big.Int{}
	}
	enc, err := ballotLeafArgs.Pack(TagBallot, l.Index, l.Voter, votes, cum, l.R, l.S, l.V)
	if err != nil {
		return common.Hash{}, fmt.Errorf("merkle: encode ballot leaf %d: %w", l.Index, err)
	}
	return doubleHash(enc), nil
}

// SampleLeafHash returns keccak256(keccak256(abi.encode(tag, index, inputs))),
// the leaf of a sampled work item (tag TagPowEpoch or TagInference). Inputs
// must be unsigned 256-bit values.
func SampleLeafHash(tag uint8, index uint32, inputs []*big.Int) (common.Hash, error) {
	for j, in := range inputs {
		if in == nil || in.Sign() < 0 || in.BitLen() > 256 {
			return common.Hash{}, fmt.Errorf("%w: sample leaf %d inputs[%d] is not a uint256", ErrRange, index, j)
		}
	}
	if inputs == nil {
		inputs = []*big.Int{}
	}
	enc, err := sampleLeafArgs.Pack(tag, index, inputs)
	if err != nil {
		return common.Hash{}, fmt.Errorf("merkle: encode sample leaf %d: %w", index, err)
	}
	return doubleHash(enc), nil
}

func doubleHash(b []byte) common.Hash {
	return crypto.Keccak256Hash(crypto.Keccak256(b))
}

func mustArgs(types ...string) abi.Arguments {
	args := make(abi.Arguments, len(types))
	for i, s := range types {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(fmt.Sprintf("merkle: abi type %s: %v", s, err))
		}
		args[i] = abi.Argument{Type: t}
	}
	return args
}
