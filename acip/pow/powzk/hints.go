package powzk

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/dip-market/dip/acip/pow"
)

// ErrUnprovableEpoch is returned by the prover's hints when a stream element
// falls in the case the circuit's canonicity check cannot accept (top bits
// h = 48 and the next 64 bits equal to those of r mod 2^248; probability
// below 2^-69 per element).
var ErrUnprovableEpoch = errors.New("powzk: stream element outside the provable range")

// signedOf interprets a field element as a signed integer.
func signedOf(field, v *big.Int) *big.Int {
	if v.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		return new(big.Int).Sub(v, field)
	}
	return new(big.Int).Set(v)
}

func setSigned(field *big.Int, out *big.Int, v int64) {
	out.SetInt64(v)
	out.Mod(out, field)
}

// elementHint: input a stream element v; outputs its 31 low bytes
// (little endian), h = v >> 248 and the 9 bytes of
// Y = C - 1 - X + (48 - h)*2^64 (see env.elementInt8s).
func elementHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != pow.BytesPerElement+1+9 {
		return fmt.Errorf("element hint: %d inputs, %d outputs", len(in), len(out))
	}
	v := in[0]
	mask := big.NewInt(255)
	for i := 0; i < pow.BytesPerElement; i++ {
		out[i].And(new(big.Int).Rsh(v, uint(8*i)), mask)
	}
	h := new(big.Int).Rsh(v, 248)
	out[pow.BytesPerElement].Set(h)
	x := new(big.Int).Rsh(v, 184)
	x.And(x, new(big.Int).Sub(two64, big.NewInt(1)))
	y := new(big.Int).Sub(topC, big.NewInt(1))
	y.Sub(y, x)
	y.Add(y, new(big.Int).Mul(new(big.Int).Sub(big.NewInt(hMax), h), two64))
	if y.Sign() < 0 {
		return ErrUnprovableEpoch
	}
	for i := 0; i < 9; i++ {
		out[pow.BytesPerElement+1+i].And(new(big.Int).Rsh(y, uint(8*i)), mask)
	}
	return nil
}

// actHint: inputs bits, shift, lo, out, in, W (out*in, row-major), x (in);
// outputs qz (out), rem (out), y (out) with acc = W x,
// acc + 2^(bits-1) = qz*2^shift + rem, y = clamp(qz - 2^(bits-1-shift), lo, 127).
func actHint(field *big.Int, in, out []*big.Int) error {
	if len(in) < 5 {
		return fmt.Errorf("activation hint: %d inputs", len(in))
	}
	bits, shift := in[0].Int64(), in[1].Int64()
	lo := signedOf(field, in[2]).Int64()
	no, ni := int(in[3].Int64()), int(in[4].Int64())
	if len(in) != 5+no*ni+ni || len(out) != 3*no {
		return fmt.Errorf("activation hint: %d inputs, %d outputs for %dx%d", len(in), len(out), no, ni)
	}
	x := make([]int64, ni)
	for j := range x {
		x[j] = signedOf(field, in[5+no*ni+j]).Int64()
	}
	bias := int64(1) << (bits - 1)
	off := int64(1) << (bits - 1 - shift)
	mask := int64(1)<<shift - 1
	for o := 0; o < no; o++ {
		var acc int64
		for j := 0; j < ni; j++ {
			acc += signedOf(field, in[5+o*ni+j]).Int64() * x[j]
		}
		z := acc + bias
		if z < 0 || z >= 2*bias {
			return fmt.Errorf("activation hint: accumulator %d outside %d bits", acc, bits)
		}
		setSigned(field, out[o], z>>shift)
		setSigned(field, out[no+o], z&mask)
		setSigned(field, out[2*no+o], min(max(z>>shift-off, lo), 127))
	}
	return nil
}

// clampHint: v -> clamp(v, -128, 127).
func clampHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("clamp hint: %d inputs, %d outputs", len(in), len(out))
	}
	v := signedOf(field, in[0]).Int64()
	setSigned(field, out[0], min(max(v, -128), 127))
	return nil
}

// absHint: v -> |v|.
func absHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("abs hint: %d inputs, %d outputs", len(in), len(out))
	}
	out[0].Abs(signedOf(field, in[0]))
	return nil
}

// bytesHint: v -> its len(out) low bytes, little endian.
func bytesHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 {
		return fmt.Errorf("bytes hint: %d inputs", len(in))
	}
	mask := big.NewInt(255)
	for i := range out {
		out[i].And(new(big.Int).Rsh(in[0], uint(8*i)), mask)
	}
	return nil
}

// embedHint: inputs d, n, table (n int8), tokens (int8); outputs the rows
// table[(tok+128)*d : (tok+129)*d] of every token.
func embedHint(field *big.Int, in, out []*big.Int) error {
	if len(in) < 2 {
		return fmt.Errorf("embed hint: %d inputs", len(in))
	}
	d, n := int(in[0].Int64()), int(in[1].Int64())
	toks := in[2+n:]
	if len(in) < 2+n || len(out) != len(toks)*d {
		return fmt.Errorf("embed hint: %d inputs, %d outputs", len(in), len(out))
	}
	for i, t := range toks {
		row := int(signedOf(field, t).Int64()+128) * d
		if row < 0 || row+d > n {
			return fmt.Errorf("embed hint: token %s outside the table", t)
		}
		for c := 0; c < d; c++ {
			out[i*d+c].Set(in[2+row+c])
		}
	}
	return nil
}

// countHint: inputs n, entries (n), queries; outputs how often each entry is queried.
func countHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 1 {
		return fmt.Errorf("count hint: no inputs")
	}
	n := int(in[0].Int64())
	if n != len(out) || len(in) < 1+n {
		return fmt.Errorf("count hint: %d entries, %d outputs, %d inputs", n, len(out), len(in))
	}
	index := make(map[string]int, n)
	for i := 0; i < n; i++ {
		index[string(in[1+i].Bytes())] = i
		out[i].SetUint64(0)
	}
	for _, q := range in[1+n:] {
		i, ok := index[string(q.Bytes())]
		if !ok {
			return fmt.Errorf("count hint: value %s not in the table", q)
		}
		out[i].Add(out[i], big.NewInt(1))
	}
	return nil
}
