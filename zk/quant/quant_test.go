package quant

import (
	"errors"
	"math/rand/v2"
	"testing"
)

func TestRequantizeFloorsNegatives(t *testing.T) {
	t.Parallel()
	tests := []struct {
		acc   int32
		shift uint
		want  int32
	}{
		{5, 1, 2}, {-5, 1, -3}, {-1, 4, -1}, {-16, 4, -1}, {-17, 4, -2}, {0, 7, 0},
		{1 << 30, 30, 1}, {-(1 << 30), 30, -1}, {127, 0, 127},
	}
	for _, tc := range tests {
		got := Requantize(tc.acc, tc.shift)
		if got != tc.want {
			t.Errorf("Requantize(%d, %d) = %d, want %d", tc.acc, tc.shift, got, tc.want)
		}
		rem := tc.acc - got<<tc.shift
		if rem < 0 || int64(rem) >= int64(1)<<tc.shift {
			t.Errorf("Requantize(%d, %d): remainder %d outside [0, 2^%d)", tc.acc, tc.shift, rem, tc.shift)
		}
	}
}

func TestActivate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		acc   int32
		shift uint
		relu  bool
		want  int8
	}{
		{1000, 2, false, 127}, {-1000, 2, false, -128}, {-1000, 2, true, 0},
		{-7, 1, false, -4}, {-7, 1, true, 0}, {254, 1, true, 127}, {253, 1, true, 126},
	}
	for _, tc := range tests {
		if got := Activate(tc.acc, tc.shift, tc.relu); got != tc.want {
			t.Errorf("Activate(%d, %d, %v) = %d, want %d", tc.acc, tc.shift, tc.relu, got, tc.want)
		}
	}
}

func TestForwardMatchesNaiveBigArithmetic(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		sh := Shape{In: 1 + r.IntN(40), Out: 1 + r.IntN(20), Shift: uint(r.IntN(16)), ReLU: r.IntN(2) == 0}
		l := RandomLayer(NewStream(SeedFromUint64(r.Uint64())), sh)
		x := NewStream(SeedFromUint64(r.Uint64())).Int8s(sh.In)
		y, err := l.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		for o := range y {
			var acc int64
			for j := range x {
				acc += int64(l.Weight(o, j)) * int64(x[j])
			}
			// floor division by 2^shift on int64
			q := acc >> sh.Shift
			if sh.ReLU && q < 0 {
				q = 0
			}
			q = min(max(q, -128), 127)
			if int64(y[o]) != q {
				t.Fatalf("shape %v output %d: got %d, want %d", sh, o, y[o], q)
			}
		}
	}
}

func TestAccBitsBoundsEveryAccumulator(t *testing.T) {
	t.Parallel()
	for _, in := range []int{1, 2, 3, 64, 256, 1000, MaxIn} {
		s := Shape{In: in, Out: 1}
		b := s.AccBits()
		lo, hi := -(int64(1) << (b - 1)), int64(1)<<(b-1)
		maxAcc, minAcc := int64(in)*128*128, -int64(in)*128*127
		if maxAcc >= hi || minAcc < lo {
			t.Errorf("In=%d: AccBits %d does not bound [%d, %d]", in, b, minAcc, maxAcc)
		}
		if b > 32 {
			t.Errorf("In=%d: AccBits %d exceeds int32", in, b)
		}
	}
}

func TestShapeAndInputErrors(t *testing.T) {
	t.Parallel()
	l := Layer{In: 2, Out: 2, W: []int8{1, 2, 3}}
	if _, err := l.Forward([]int8{1, 2}); !errors.Is(err, ErrShape) {
		t.Errorf("3 weights for 2x2: got %v, want ErrShape", err)
	}
	l.W = append(l.W, 4)
	if _, err := l.Forward([]int8{1}); !errors.Is(err, ErrShape) {
		t.Errorf("short input: got %v, want ErrShape", err)
	}
	if err := (Shape{In: MaxIn + 1, Out: 1}).Check(); !errors.Is(err, ErrShape) {
		t.Errorf("too wide: got %v, want ErrShape", err)
	}
	m := &Model{Layers: []Layer{l}}
	if _, err := m.Layer(1); !errors.Is(err, ErrLayerIndex) {
		t.Errorf("layer 1 of 1: got %v, want ErrLayerIndex", err)
	}
}

func TestTreePathsOpenToRoot(t *testing.T) {
	t.Parallel()
	shapes := []Shape{{In: 4, Out: 3, Shift: 2}, {In: 3, Out: 3, Shift: 1, ReLU: true}, {In: 3, Out: 2, Shift: 3}}
	m := RandomModel(SeedFromUint64(7), shapes...)
	tree, err := CommitDepth(m, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.Layers {
		leaf, err := LayerLeaf(&m.Layers[i])
		if err != nil {
			t.Fatal(err)
		}
		path, err := tree.Path(i)
		if err != nil {
			t.Fatal(err)
		}
		root := tree.Root()
		if got := RootFromPath(leaf, i, path); !got.Equal(&root) {
			t.Errorf("layer %d: path does not open to the root", i)
		}
		if got := RootFromPath(leaf, i^1, path); got.Equal(&root) {
			t.Errorf("layer %d: path opens at the wrong index too", i)
		}
	}
	// Changing one weight changes the root.
	m.Layers[1].W[0]++
	tree2, _ := CommitDepth(m, 3)
	if tree2.Root() == tree.Root() {
		t.Error("root did not change with a weight")
	}
}

func TestStreamIsDeterministicAndSpreads(t *testing.T) {
	t.Parallel()
	a := NewStream(SeedFromUint64(42)).Int8s(100)
	b := NewStream(SeedFromUint64(42)).Int8s(100)
	c := NewStream(SeedFromUint64(43)).Int8s(100)
	same, diff := 0, 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
		if a[i] != c[i] {
			diff++
		}
	}
	if same != 100 {
		t.Errorf("same seed gave %d/100 equal values", same)
	}
	if diff < 90 {
		t.Errorf("different seeds agree on %d/100 values", 100-diff)
	}
	// Values come from BlockInt8s of consecutive blocks.
	s := NewStream(SeedFromUint64(42))
	first := BlockInt8s(s.Next())
	for i := range first {
		if first[i] != a[i] {
			t.Fatalf("value %d: stream %d, block %d", i, a[i], first[i])
		}
	}
}

func TestPackRoundTrip(t *testing.T) {
	t.Parallel()
	v := NewStream(SeedFromUint64(3)).Int8s(70)
	packed := Pack(v)
	if len(packed) != 3 {
		t.Fatalf("70 values packed into %d elements, want 3", len(packed))
	}
	for i, e := range packed {
		b := Big(e)
		for k := 0; k < PackWidth && i*PackWidth+k < len(v); k++ {
			got := int8(int(b.Uint64()&0xff) - 128)
			if got != v[i*PackWidth+k] {
				t.Fatalf("element %d byte %d: %d, want %d", i, k, got, v[i*PackWidth+k])
			}
			b.Rsh(b, 8)
		}
	}
}
