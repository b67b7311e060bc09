package keyshare

// Arithmetic in GF(2^8) with the AES reduction polynomial
// x^8 + x^4 + x^3 + x + 1 (0x11b), the field HashiCorp Vault's Shamir uses.
//
// Addition is XOR. Multiplication is the shift-and-add loop with every branch
// replaced by a mask, so it runs in the same time and touches the same memory
// whatever the operands: a log/exp table lookup indexed by a secret byte
// (Vault's approach) can leak that byte through the cache. Inversion is
// a^254 by a fixed addition chain. The tests check both against log/exp
// tables built independently and against FIPS-197's worked examples.

// gfMul returns a*b in GF(2^8), in constant time.
func gfMul(a, b byte) byte {
	var p byte
	for i := 0; i < 8; i++ {
		p ^= a & -(b & 1) // add a when the low bit of b is set
		carry := a >> 7
		a = a<<1 ^ 0x1b&-carry // multiply a by x, reducing when x^8 appears
		b >>= 1
	}
	return p
}

// gfInv returns the multiplicative inverse of a (and 0 for 0), in constant
// time: a^254 = a^-1 because the multiplicative group has order 255.
func gfInv(a byte) byte {
	a2 := gfMul(a, a)
	a3 := gfMul(a2, a)
	a6 := gfMul(a3, a3)
	a7 := gfMul(a6, a)
	a14 := gfMul(a7, a7)
	a15 := gfMul(a14, a)
	a30 := gfMul(a15, a15)
	a31 := gfMul(a30, a)
	a62 := gfMul(a31, a31)
	a63 := gfMul(a62, a)
	a126 := gfMul(a63, a63)
	a127 := gfMul(a126, a)
	return gfMul(a127, a127)
}

// gfDiv returns a/b; b must not be zero (callers guarantee distinct x coordinates).
func gfDiv(a, b byte) byte { return gfMul(a, gfInv(b)) }

// evalPoly evaluates the polynomial with coefficients coeffs (constant term
// first) at x, by Horner's rule.
func evalPoly(coeffs []byte, x byte) byte {
	var y byte
	for i := len(coeffs) - 1; i >= 0; i-- {
		y = gfMul(y, x) ^ coeffs[i]
	}
	return y
}

// interpolateAt0 returns f(0) for the unique polynomial of degree < len(xs)
// through the points (xs[i], ys[i]), by Lagrange interpolation:
// f(0) = sum_i ys[i] * prod_{j != i} xs[j] / (xs[j] - xs[i]); in GF(2^8)
// subtraction is XOR. The xs must be distinct and non-zero.
func interpolateAt0(xs, ys []byte) byte {
	var acc byte
	for i := range xs {
		num, den := byte(1), byte(1)
		for j := range xs {
			if j == i {
				continue
			}
			num = gfMul(num, xs[j])
			den = gfMul(den, xs[j]^xs[i])
		}
		acc ^= gfMul(ys[i], gfDiv(num, den))
	}
	return acc
}
