package pow

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/mimc"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/zk/quant"
)

// inputDeriver computes the same tokens as tokensInto with fewer MiMC
// permutations. MiMC here is Miyaguchi-Preneel: one permutation per
// absorbed element, and the state after a prefix is all that later
// elements depend on. So the state after InputSeed's fixed prefix
// (TagInput, seed, miner) is computed once per miner and the state after
// TagPRNG once per process, and a nonce costs 1 + 2 permutations per token
// block instead of 4 + 3. On the default model that is most of a nonce's
// time: the forward pass on the i8 kernels is a few microseconds, one
// permutation several.
type inputDeriver struct {
	seed   fr.Element
	miner  common.Address
	ready  bool
	prefix []byte // MiMC state after (TagInput, seed, miner)
	h      mimc.FieldHasher
	msg    [2]fr.Element
}

// prngPrefix is the MiMC state after TagPRNG (the first element of every
// quant.Block).
var prngPrefix = sync.OnceValue(func() []byte {
	h := mimc.NewFieldHasher()
	h.WriteElement(quant.Elem(quant.TagPRNG))
	return h.State()
})

// tokens writes the tokens of (miner, nonce) for m into out, exactly as
// m.tokensInto does (TestInputDeriverMatchesTokens).
func (d *inputDeriver) tokens(m *Model, out []uint8, miner common.Address, nonce uint64) {
	if !d.ready || d.seed != m.Seed || d.miner != miner {
		h := mimc.NewFieldHasher()
		var a fr.Element
		a.SetBytes(miner[:])
		h.WriteElement(quant.Elem(TagInput))
		h.WriteElement(m.Seed)
		h.WriteElement(a)
		d.prefix, d.seed, d.miner, d.h, d.ready = h.State(), m.Seed, miner, h, true
	}
	h := d.h
	if err := h.SetState(d.prefix); err != nil {
		panic(err) // a state State returned
	}
	d.msg[0].SetUint64(nonce)
	seed := h.SumElements(d.msg[:1])
	for blk := 0; blk*quant.PackWidth < len(out); blk++ {
		if err := h.SetState(prngPrefix()); err != nil {
			panic(err)
		}
		d.msg[0] = seed
		d.msg[1].SetUint64(uint64(blk))
		blockElem := h.SumElements(d.msg[:])
		be := blockElem.Bytes() // big endian; value i is byte 31-i
		for i := 0; i < quant.PackWidth && blk*quant.PackWidth+i < len(out); i++ {
			out[blk*quant.PackWidth+i] = be[31-i] ^ 0x80 // int8 v -> token v + 128
		}
	}
}
