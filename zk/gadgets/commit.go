package gadgets

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/mimc"
	"github.com/consensys/gnark/std/math/bits"

	"github.com/dip-market/dip/zk/quant"
)

// Hash returns MiMC(elems...) exactly as quant.Hash computes it natively.
// Cost: about 330 constraints per element (110 rounds of x^5).
func Hash(api frontend.API, elems ...frontend.Variable) frontend.Variable {
	h, err := mimc.NewMiMC(api)
	if err != nil {
		panic(err)
	}
	h.Write(elems...)
	return h.Sum()
}

// Pack packs int8 variables like quant.Pack: PackWidth values per element,
// e = sum_i (v_i + 128) * 256^i. It is a linear combination (no constraint),
// and it is injective only if every value was checked with AssertInt8.
func Pack(api frontend.API, vals []frontend.Variable) []frontend.Variable {
	out := make([]frontend.Variable, 0, (len(vals)+quant.PackWidth-1)/quant.PackWidth)
	for start := 0; start < len(vals); start += quant.PackWidth {
		end := min(start+quant.PackWidth, len(vals))
		var acc frontend.Variable = 0
		coef := big.NewInt(1)
		var offset big.Int
		for _, v := range vals[start:end] {
			acc = api.Add(acc, api.Mul(v, new(big.Int).Set(coef)))
			offset.Add(&offset, new(big.Int).Mul(big.NewInt(128), coef))
			coef.Lsh(coef, 8)
		}
		out = append(out, api.Add(acc, &offset))
	}
	return out
}

// HashVector commits to an int8 vector like quant.HashVector. The values must
// be range-checked with AssertInt8 by the caller.
func HashVector(api frontend.API, vals []frontend.Variable) frontend.Variable {
	msg := []frontend.Variable{quant.TagVector, len(vals)}
	return Hash(api, append(msg, Pack(api, vals)...)...)
}

// LayerLeaf commits to a layer's weights (row-major, int8-checked by the
// caller) like quant.LayerLeaf; the shape is a circuit constant.
func LayerLeaf(api frontend.API, shape quant.Shape, w []frontend.Variable) frontend.Variable {
	sw := shape.ShapeWord()
	msg := []frontend.Variable{quant.TagLayer, quant.Big(sw)}
	return Hash(api, append(msg, Pack(api, w)...)...)
}

// MerkleRoot recomputes the model root from a leaf, the leaf's index (as a
// variable, decomposed into depth bits, so indices >= 2^depth are rejected)
// and the sibling hashes, like quant.RootFromPath.
func MerkleRoot(api frontend.API, leaf, index frontend.Variable, path []frontend.Variable) frontend.Variable {
	dirs := bits.ToBinary(api, index, bits.WithNbDigits(len(path)))
	h := leaf
	for i, sib := range path {
		left := api.Select(dirs[i], sib, h)
		right := api.Select(dirs[i], h, sib)
		h = Hash(api, left, right)
	}
	return h
}

// SampleStatement folds one sample into its public statement like quant.SampleStatement.
func SampleStatement(api frontend.API, root, layer, position, inHash, outHash frontend.Variable) frontend.Variable {
	return Hash(api, quant.TagSample, root, layer, position, inHash, outHash)
}

// BatchStatement folds sample statements like quant.BatchStatement.
func BatchStatement(api frontend.API, samples []frontend.Variable) frontend.Variable {
	msg := []frontend.Variable{quant.TagBatch, len(samples)}
	return Hash(api, append(msg, samples...)...)
}

// PRNGBlock returns block i of the MiMC counter-mode stream, like quant.Block.
func PRNGBlock(api frontend.API, seed, i frontend.Variable) frontend.Variable {
	return Hash(api, quant.TagPRNG, seed, i)
}

// BlockInt8s returns the 31 int8 values a PRNG block carries, like
// quant.BlockInt8s (low 31 bytes, least significant first, two's complement).
// Cost: one full decomposition of the block (about 254 constraints + booleans).
func BlockInt8s(api frontend.API, block frontend.Variable) []frontend.Variable {
	b := bits.ToBinary(api, block) // canonical decomposition (unique)
	out := make([]frontend.Variable, quant.PackWidth)
	for i := range out {
		byteBits := b[8*i : 8*i+8]
		// value = sum_{k<7} b_k 2^k - 128 b_7
		var v frontend.Variable = 0
		for k := 0; k < 7; k++ {
			v = api.Add(v, api.Mul(byteBits[k], 1<<k))
		}
		out[i] = api.Sub(v, api.Mul(byteBits[7], 128))
	}
	return out
}
