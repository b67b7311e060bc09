package keyshare

import (
	"crypto/rand"
	"fmt"
	"io"
)

// MaxShares is the largest n for Shamir sharing over GF(2^8): x coordinates
// are the non-zero field elements.
const MaxShares = 255

// Share is one Shamir share of a byte string: the point x and, for every
// byte of the secret, the value at x of that byte's polynomial.
type Share struct {
	X byte
	Y []byte
}

// Split splits secret into n shares, any t of which reconstruct it and any
// t-1 of which are independent of it. Share i (0-based) has x = i+1. Every
// byte of the secret gets its own polynomial of degree t-1 with that byte as
// constant term and t-1 coefficients read from rnd (crypto/rand when nil).
func Split(secret []byte, n, t int, rnd io.Reader) ([]Share, error) {
	switch {
	case len(secret) == 0:
		return nil, fmt.Errorf("%w: empty secret", ErrBadParams)
	case n < 1 || n > MaxShares:
		return nil, fmt.Errorf("%w: share count %d out of range 1..%d", ErrBadParams, n, MaxShares)
	case t < 1 || t > n:
		return nil, fmt.Errorf("%w: threshold %d out of range 1..%d", ErrBadParams, t, n)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	coeffs := make([]byte, t*len(secret)) // coeffs[b*t : b*t+t] is byte b's polynomial
	defer clear(coeffs)
	if _, err := io.ReadFull(rnd, coeffs); err != nil {
		return nil, fmt.Errorf("keyshare: read randomness: %w", err)
	}
	for b, s := range secret {
		coeffs[b*t] = s
	}
	shares := make([]Share, n)
	for i := range shares {
		x := byte(i + 1)
		y := make([]byte, len(secret))
		for b := range secret {
			y[b] = evalPoly(coeffs[b*t:b*t+t], x)
		}
		shares[i] = Share{X: x, Y: y}
	}
	return shares, nil
}

// Combine reconstructs the secret from shares. It needs at least the
// threshold used in Split; with fewer it returns a wrong value without
// noticing (callers check the result against a commitment).
func Combine(shares []Share) ([]byte, error) {
	if len(shares) == 0 {
		return nil, fmt.Errorf("%w: no shares", ErrBadShares)
	}
	size := len(shares[0].Y)
	if size == 0 {
		return nil, fmt.Errorf("%w: empty share", ErrBadShares)
	}
	xs := make([]byte, len(shares))
	var seen [256]bool
	for i, s := range shares {
		if len(s.Y) != size {
			return nil, fmt.Errorf("%w: share lengths differ (%d and %d)", ErrBadShares, size, len(s.Y))
		}
		if s.X == 0 || seen[s.X] {
			return nil, fmt.Errorf("%w: x coordinate %d is zero or repeated", ErrBadShares, s.X)
		}
		seen[s.X] = true
		xs[i] = s.X
	}
	secret := make([]byte, size)
	ys := make([]byte, len(shares))
	defer clear(ys)
	for b := range secret {
		for i, s := range shares {
			ys[i] = s.Y[b]
		}
		secret[b] = interpolateAt0(xs, ys)
	}
	return secret, nil
}
