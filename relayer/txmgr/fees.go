package txmgr

import "math/big"

// fees are the EIP-1559 prices of one transaction, in wei per gas.
type fees struct {
	tip    *big.Int
	feeCap *big.Int
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

// marketFees prices a new transaction: tip = max(suggested, minTip) and
// feeCap = tip + multiplier * baseFee, both held at or under ceiling.
func marketFees(suggestedTip, minTip, baseFee *big.Int, multiplier uint64, ceiling *big.Int) fees {
	tip := bigMin(bigMax(suggestedTip, minTip), ceiling)
	feeCap := new(big.Int).Mul(baseFee, new(big.Int).SetUint64(multiplier))
	feeCap.Add(feeCap, tip)
	feeCap = bigMin(feeCap, ceiling)
	return fees{tip: new(big.Int).Set(tip), feeCap: new(big.Int).Set(feeCap)}
}

// bumped returns the smallest value a replacement must offer over old:
// ceil(old * (100+percent) / 100), and at least old+1. Geth requires the new
// value to be strictly higher and at least floor(old*(100+percent)/100).
func bumped(old *big.Int, percent uint64) *big.Int {
	n := new(big.Int).Mul(old, new(big.Int).SetUint64(100+percent))
	n.Add(n, big.NewInt(99))
	n.Div(n, big.NewInt(100))
	return bigMax(n, new(big.Int).Add(old, big.NewInt(1)))
}

// replacementFees returns fees that replace prev under the geth rule (both
// tip and fee cap raised by at least percent) and are at least the market
// price, with the fee cap held at or under limit. ok is false when no such
// fees exist under limit: the caller keeps prev and rebroadcasts it.
func replacementFees(prev, market fees, percent uint64, limit *big.Int) (f fees, ok bool) {
	minTip, minCap := bumped(prev.tip, percent), bumped(prev.feeCap, percent)
	tip := bigMax(minTip, market.tip)
	feeCap := bigMin(bigMax(minCap, market.feeCap), limit)
	// The market fee cap can sit below the bumped tip; a cap must cover the tip.
	feeCap = bigMax(feeCap, bigMin(tip, limit))
	tip = bigMin(tip, feeCap)
	if feeCap.Cmp(minCap) < 0 || tip.Cmp(minTip) < 0 {
		return fees{}, false
	}
	return fees{tip: new(big.Int).Set(tip), feeCap: new(big.Int).Set(feeCap)}, true
}
