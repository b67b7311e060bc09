package keyshare

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"
)

// refTables builds log/exp tables for generator 0x03 with a plain
// (branching) multiply, independent of gfMul.
func refTables() (exp [510]byte, log [256]byte) {
	x := byte(1)
	for i := 0; i < 255; i++ {
		exp[i], exp[i+255] = x, x
		log[x] = byte(i)
		// x *= 3, i.e. x*2 ^ x with the AES reduction
		x2 := x << 1
		if x&0x80 != 0 {
			x2 ^= 0x1b
		}
		x = x2 ^ x
	}
	return exp, log
}

func TestGFMulKnownVectors(t *testing.T) {
	t.Parallel()
	tests := []struct{ a, b, want byte }{
		{0x57, 0x83, 0xc1}, // FIPS-197 section 4.2
		{0x57, 0x13, 0xfe}, // FIPS-197 section 4.2.1
		{0x57, 0x02, 0xae}, // FIPS-197 xtime examples
		{0x57, 0x04, 0x47},
		{0x57, 0x08, 0x8e},
		{0x57, 0x10, 0x07},
		{0x53, 0xca, 0x01}, // {53} and {ca} are inverses (FIPS-197 S-box derivation)
		{0x00, 0xff, 0x00},
		{0x01, 0xab, 0xab},
	}
	for _, tc := range tests {
		if got := gfMul(tc.a, tc.b); got != tc.want {
			t.Errorf("gfMul(%#02x, %#02x) = %#02x, want %#02x", tc.a, tc.b, got, tc.want)
		}
		if got := gfMul(tc.b, tc.a); got != tc.want {
			t.Errorf("gfMul(%#02x, %#02x) = %#02x, want %#02x (commuted)", tc.b, tc.a, got, tc.want)
		}
	}
	if got := gfInv(0x53); got != 0xca {
		t.Errorf("gfInv(0x53) = %#02x, want 0xca", got)
	}
	if got := gfInv(0); got != 0 {
		t.Errorf("gfInv(0) = %#02x, want 0", got)
	}
}

func TestGFMatchesLogExpTables(t *testing.T) {
	t.Parallel()
	exp, log := refTables()
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			want := byte(0)
			if a != 0 && b != 0 {
				want = exp[int(log[a])+int(log[b])]
			}
			if got := gfMul(byte(a), byte(b)); got != want {
				t.Fatalf("gfMul(%#02x, %#02x) = %#02x, tables say %#02x", a, b, got, want)
			}
		}
		if a == 0 {
			continue
		}
		want := exp[(255-int(log[a]))%255]
		if got := gfInv(byte(a)); got != want {
			t.Fatalf("gfInv(%#02x) = %#02x, tables say %#02x", a, got, want)
		}
		if gfMul(byte(a), gfInv(byte(a))) != 1 {
			t.Fatalf("a * a^-1 != 1 for a = %#02x", a)
		}
	}
}

// The vectors below were computed by hand:
//
//	f(x) = 0x42 + 0x07 x:          0x07*2 = 0x0e, 0x07*3 = 0x0e^0x07 = 0x09
//	  f(1) = 0x42^0x07 = 0x45, f(2) = 0x42^0x0e = 0x4c, f(3) = 0x42^0x09 = 0x4b
//	g(x) = 0x42 + 0x07 x + 0x03 x^2: 2*2 = 0x04, 3*3 = (x+1)^2 = x^2+1 = 0x05,
//	  0x03*0x04 = 0x0c, 0x03*0x05 = (x+1)(x^2+1) = 0x0f
//	  g(1) = 0x42^0x07^0x03 = 0x46, g(2) = 0x42^0x0e^0x0c = 0x40,
//	  g(3) = 0x42^0x09^0x0f = 0x44
func TestShamirHandVectors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		coeffs []byte
		points [][2]byte // (x, f(x))
	}{
		{"degree 1", []byte{0x42, 0x07}, [][2]byte{{1, 0x45}, {2, 0x4c}, {3, 0x4b}}},
		{"degree 2", []byte{0x42, 0x07, 0x03}, [][2]byte{{1, 0x46}, {2, 0x40}, {3, 0x44}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, p := range tc.points {
				if got := evalPoly(tc.coeffs, p[0]); got != p[1] {
					t.Errorf("f(%d) = %#02x, hand computation says %#02x", p[0], got, p[1])
				}
			}
			// Any len(coeffs) of the points give back f(0) = 0x42.
			k := len(tc.coeffs)
			forEachSubset(len(tc.points), k, func(idx []int) {
				shares := make([]Share, k)
				for i, j := range idx {
					shares[i] = Share{X: tc.points[j][0], Y: []byte{tc.points[j][1]}}
				}
				got, err := Combine(shares)
				if err != nil || got[0] != 0x42 {
					t.Errorf("combine %v = %x, %v; want 42", idx, got, err)
				}
			})
		})
	}
}

// fixedReader returns the bytes it holds, then errors.
type fixedReader struct{ b []byte }

func (f *fixedReader) Read(p []byte) (int, error) {
	if len(f.b) == 0 {
		return 0, errors.New("fixed reader exhausted")
	}
	n := copy(p, f.b)
	f.b = f.b[n:]
	return n, nil
}

func TestSplitUsesRandomnessAsDocumented(t *testing.T) {
	t.Parallel()
	// Secret 0x42 0x10, t = 2: coefficient bytes are read as [c0 c1] per secret
	// byte with c0 overwritten by the secret, so byte 0 gets 0x42 + 0x07x and
	// byte 1 gets 0x10 + 0x01x.
	shares, err := Split([]byte{0x42, 0x10}, 3, 2, &fixedReader{b: []byte{0xee, 0x07, 0xee, 0x01}})
	if err != nil {
		t.Fatal(err)
	}
	want := []Share{{1, []byte{0x45, 0x11}}, {2, []byte{0x4c, 0x12}}, {3, []byte{0x4b, 0x13}}}
	for i := range want {
		if shares[i].X != want[i].X || !bytes.Equal(shares[i].Y, want[i].Y) {
			t.Errorf("share %d = %+v, want %+v", i, shares[i], want[i])
		}
	}
}

// forEachSubset calls f with every k-subset of 0..n-1, in lexicographic order.
func forEachSubset(n, k int, f func([]int)) {
	idx := make([]int, k)
	var rec func(pos, start int)
	rec = func(pos, start int) {
		if pos == k {
			f(append([]int(nil), idx...))
			return
		}
		for i := start; i <= n-(k-pos); i++ {
			idx[pos] = i
			rec(pos+1, i+1)
		}
	}
	rec(0, 0)
}

func TestSplitCombineEveryThresholdSubset(t *testing.T) {
	t.Parallel()
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct{ n, t int }{{1, 1}, {2, 1}, {2, 2}, {3, 2}, {5, 3}, {6, 6}, {7, 4}} {
		shares, err := Split(secret, p.n, p.t, nil)
		if err != nil {
			t.Fatalf("split %d-of-%d: %v", p.t, p.n, err)
		}
		for k := p.t; k <= p.n; k++ {
			forEachSubset(p.n, k, func(idx []int) {
				sub := make([]Share, len(idx))
				for i, j := range idx {
					sub[i] = shares[j]
				}
				got, err := Combine(sub)
				if err != nil || !bytes.Equal(got, secret) {
					t.Errorf("%d-of-%d: subset %v reconstructs %x, %v", p.t, p.n, idx, got, err)
				}
			})
		}
		if p.t > 1 {
			// t-1 shares give (with overwhelming probability) a wrong value.
			got, err := Combine(shares[:p.t-1])
			if err != nil {
				t.Fatalf("combine t-1: %v", err)
			}
			if bytes.Equal(got, secret) {
				t.Errorf("%d-of-%d: t-1 shares reconstructed the secret", p.t, p.n)
			}
		}
	}
}

// With t-1 shares fixed, every secret byte is equally consistent: for each
// candidate secret there is exactly one polynomial of degree t-1 through it
// and the shares. Checked exhaustively for t = 2 and t = 3: for each secret,
// the map from the t-1 random coefficients to the t-1 share values is a
// bijection, so the shares are uniformly distributed whatever the secret.
func TestThresholdMinusOneSharesRevealNothing(t *testing.T) {
	t.Parallel()
	// t = 2, share at x = 5: a1 -> s + a1*5 hits every value once, for every s.
	for s := 0; s < 256; s++ {
		var hits [256]int
		for a1 := 0; a1 < 256; a1++ {
			hits[evalPoly([]byte{byte(s), byte(a1)}, 5)]++
		}
		for y, h := range hits {
			if h != 1 {
				t.Fatalf("t=2, secret %#02x: share value %#02x reached %d times, want 1", s, y, h)
			}
		}
	}
	// t = 3, shares at x = 2 and x = 7: (a1, a2) -> (f(2), f(7)) is a bijection.
	secrets := []int{0x00, 0x01, 0x42, 0xfe, 0xff}
	if !testing.Short() {
		secrets = secrets[:0]
		for s := 0; s < 256; s += 17 {
			secrets = append(secrets, s)
		}
	}
	for _, s := range secrets {
		hits := make([]uint8, 1<<16)
		for a1 := 0; a1 < 256; a1++ {
			for a2 := 0; a2 < 256; a2++ {
				c := []byte{byte(s), byte(a1), byte(a2)}
				hits[int(evalPoly(c, 2))<<8|int(evalPoly(c, 7))]++
			}
		}
		for v, h := range hits {
			if h != 1 {
				t.Fatalf("t=3, secret %#02x: share pair %#04x reached %d times, want 1", s, v, h)
			}
		}
	}
	// And constructively: from two real shares of a 3-of-n split, every
	// candidate secret v is completed by interpolation through (0, v) to a
	// degree-2 polynomial that reproduces both shares.
	shares, err := Split([]byte{0x99}, 4, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, b := shares[1], shares[3]
	for v := 0; v < 256; v++ {
		xs := []byte{0, a.X, b.X}
		ys := []byte{byte(v), a.Y[0], b.Y[0]}
		coeffs := polyFromPoints(xs, ys)
		if coeffs[0] != byte(v) || evalPoly(coeffs, a.X) != a.Y[0] || evalPoly(coeffs, b.X) != b.Y[0] {
			t.Fatalf("secret %#02x is not consistent with the two shares", v)
		}
	}
}

// polyFromPoints returns the coefficients of the polynomial of degree <
// len(xs) through the points, by summing Lagrange basis polynomials.
func polyFromPoints(xs, ys []byte) []byte {
	n := len(xs)
	out := make([]byte, n)
	for i := range xs {
		basis := []byte{1} // prod_{j != i} (x - xs[j]) / (xs[i] - xs[j])
		den := byte(1)
		for j := range xs {
			if j == i {
				continue
			}
			next := make([]byte, len(basis)+1)
			for k, c := range basis { // multiply by (x + xs[j])
				next[k+1] ^= c
				next[k] ^= gfMul(c, xs[j])
			}
			basis = next
			den = gfMul(den, xs[i]^xs[j])
		}
		scale := gfDiv(ys[i], den)
		for k, c := range basis {
			out[k] ^= gfMul(c, scale)
		}
	}
	return out
}

func TestSplitCombineRejectBadInput(t *testing.T) {
	t.Parallel()
	splits := []struct {
		name   string
		secret []byte
		n, t   int
	}{
		{"empty secret", nil, 3, 2},
		{"zero shares", []byte{1}, 0, 0},
		{"threshold above n", []byte{1}, 2, 3},
		{"threshold zero", []byte{1}, 2, 0},
		{"too many shares", []byte{1}, 256, 2},
	}
	for _, tc := range splits {
		if _, err := Split(tc.secret, tc.n, tc.t, nil); !errors.Is(err, ErrBadParams) {
			t.Errorf("split %s: err = %v, want ErrBadParams", tc.name, err)
		}
	}
	combines := []struct {
		name   string
		shares []Share
	}{
		{"none", nil},
		{"empty", []Share{{X: 1}}},
		{"zero x", []Share{{X: 0, Y: []byte{1}}}},
		{"repeated x", []Share{{X: 1, Y: []byte{1}}, {X: 1, Y: []byte{2}}}},
		{"mixed lengths", []Share{{X: 1, Y: []byte{1}}, {X: 2, Y: []byte{2, 3}}}},
	}
	for _, tc := range combines {
		if _, err := Combine(tc.shares); !errors.Is(err, ErrBadShares) {
			t.Errorf("combine %s: err = %v, want ErrBadShares", tc.name, err)
		}
	}
	if _, err := Split([]byte{1}, 3, 2, &fixedReader{}); err == nil {
		t.Error("split with failing randomness succeeded")
	}
}

func FuzzSplitCombine(f *testing.F) {
	f.Add([]byte("secret"), uint8(3), uint8(2), uint16(0b101))
	f.Fuzz(func(t *testing.T, secret []byte, n, th uint8, pick uint16) {
		if len(secret) == 0 || len(secret) > 64 || n == 0 || n > 16 || th == 0 || th > n {
			return
		}
		shares, err := Split(secret, int(n), int(th), nil)
		if err != nil {
			t.Fatal(err)
		}
		// Pick a subset by the bits of pick, topped up to th shares.
		var sub []Share
		for i := 0; i < int(n); i++ {
			if pick&(1<<i) != 0 {
				sub = append(sub, shares[i])
			}
		}
		for i := 0; len(sub) < int(th); i++ {
			if pick&(1<<i) == 0 {
				sub = append(sub, shares[i])
			}
		}
		got, err := Combine(sub)
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("%d-of-%d with %d shares: %x, %v", th, n, len(sub), got, err)
		}
	})
}
