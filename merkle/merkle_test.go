package merkle_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	settlementbind "github.com/dip-market/dip/bindings/settlement"
	tvbind "github.com/dip-market/dip/bindings/tallyverifier"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/merkle"
)

func TestDocVectors(t *testing.T) {
	t.Parallel()
	leaf := &merkle.BallotLeaf{
		Index: 0, Voter: common.HexToAddress("0xB1"), Votes: []int64{3, -1, 0},
		Cumulative: []*big.Int{big.NewInt(3), big.NewInt(-1), big.NewInt(0)},
		R:          common.BigToHash(big.NewInt(1)), S: common.BigToHash(big.NewInt(2)), V: 27,
	}
	lh, err := leaf.Hash()
	if err != nil {
		t.Fatal(err)
	}
	pow, err := merkle.SampleLeafHash(merkle.TagPowEpoch, 5, []*big.Int{big.NewInt(42), big.NewInt(7)})
	if err != nil {
		t.Fatal(err)
	}
	tree, err := merkle.New([]common.Hash{
		crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b")), crypto.Keccak256Hash([]byte("c")),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		got  common.Hash
		want string
	}{
		{"ballot leaf", lh, "0xa757763f6992eaecce45499934c7070b15042320f90b24e85dbbee145333f93d"},
		{"pow leaf", pow, "0x5474548ff40b022f7a81857199edc1e9ae4987f138a53b784785a87be644278d"},
		{"root(a, b, c)", tree.Root(), "0x5842148bc6ebeb52af882a317c765fccd3ae80589b21a9b8cbf21abb630e46a7"},
	} {
		if tc.got != common.HexToHash(tc.want) {
			t.Errorf("%s = %s, want %s", tc.name, tc.got.Hex(), tc.want)
		}
	}
}

func TestProofsVerifyForEverySize(t *testing.T) {
	t.Parallel()
	for n := 1; n <= 33; n++ {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = crypto.Keccak256Hash([]byte{byte(n), byte(i)})
		}
		tree, err := merkle.New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i := range leaves {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatalf("n=%d proof %d: %v", n, i, err)
			}
			if !merkle.Verify(proof, tree.Root(), leaves[i]) {
				t.Fatalf("n=%d: proof of leaf %d does not verify", n, i)
			}
			if len(proof) > 0 {
				bad := append([]common.Hash(nil), proof...)
				bad[0][0] ^= 1
				if merkle.Verify(bad, tree.Root(), leaves[i]) {
					t.Fatalf("n=%d: corrupted proof of leaf %d verifies", n, i)
				}
			}
			if merkle.Verify(proof, tree.Root(), crypto.Keccak256Hash(leaves[i][:])) {
				t.Fatalf("n=%d: a foreign leaf verifies with leaf %d's proof", n, i)
			}
		}
		if n == 1 && tree.Root() != leaves[0] {
			t.Fatalf("one-leaf root %s, want the leaf", tree.Root().Hex())
		}
		if _, err := tree.Proof(n); !errors.Is(err, merkle.ErrIndex) {
			t.Fatalf("n=%d: proof past the end: %v, want ErrIndex", n, err)
		}
	}
	if _, err := merkle.New(nil); !errors.Is(err, merkle.ErrEmpty) {
		t.Fatalf("empty tree: %v, want ErrEmpty", err)
	}
}

func TestLeafRangeChecks(t *testing.T) {
	t.Parallel()
	big256 := new(big.Int).Lsh(big.NewInt(1), 255)
	tests := []struct {
		name string
		run  func() error
	}{
		{"cumulative 2^255", func() error {
			_, err := (&merkle.BallotLeaf{Votes: []int64{1}, Cumulative: []*big.Int{big256}}).Hash()
			return err
		}},
		{"nil cumulative", func() error {
			_, err := (&merkle.BallotLeaf{Votes: []int64{1}, Cumulative: []*big.Int{nil}}).Hash()
			return err
		}},
		{"negative input", func() error {
			_, err := merkle.SampleLeafHash(merkle.TagPowEpoch, 0, []*big.Int{big.NewInt(-1)})
			return err
		}},
	}
	for _, tc := range tests {
		if err := tc.run(); !errors.Is(err, merkle.ErrRange) {
			t.Errorf("%s: %v, want ErrRange", tc.name, err)
		}
	}
}

// TestLeavesMatchContract hashes random leaves in Go and with TallyVerifier /
// Settlement on the embedded chain.
func TestLeavesMatchContract(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(1))
	defer c.Close()
	ctx := context.Background()
	tvAddr, _, err := chain.Deploy(ctx, c.Client(), c.Transactor(0), common.FromHex(tvbind.TallyVerifierMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	stAddr, _, err := chain.Deploy(ctx, c.Client(), c.Transactor(0), common.FromHex(settlementbind.SettlementMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	tv := tvbind.NewTallyVerifier()
	st := settlementbind.NewSettlement()
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 8; k++ {
		p := 1 + rng.Intn(64)
		leaf := &merkle.BallotLeaf{Index: rng.Uint32(), V: uint8(27 + rng.Intn(2))}
		rng.Read(leaf.Voter[:])
		rng.Read(leaf.R[:])
		rng.Read(leaf.S[:])
		for j := 0; j < p; j++ {
			v := int64(rng.Uint64())
			if j == 0 {
				v = math.MinInt64
			}
			leaf.Votes = append(leaf.Votes, v)
			cum := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 254))
			if rng.Intn(2) == 0 {
				cum.Neg(cum)
			}
			leaf.Cumulative = append(leaf.Cumulative, cum)
		}
		got, err := leaf.Hash()
		if err != nil {
			t.Fatal(err)
		}
		out, err := chain.Call(ctx, c.Client(), tvAddr, tv.PackBallotLeafHash(tvbind.ISettlementBallotLeaf{
			Index: leaf.Index, Voter: leaf.Voter, Votes: leaf.Votes, Cumulative: leaf.Cumulative, R: leaf.R, S: leaf.S, V: leaf.V,
		}))
		if err != nil {
			t.Fatal(err)
		}
		if want := common.BytesToHash(out); got != want {
			t.Fatalf("ballot leaf %d (P=%d): Go %s, contract %s", k, p, got.Hex(), want.Hex())
		}

		inputs := make([]*big.Int, rng.Intn(6))
		for i := range inputs {
			inputs[i] = new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		for _, kind := range []struct {
			tag  uint8
			kind uint8
		}{{merkle.TagPowEpoch, 1}, {merkle.TagInference, 2}} {
			idx := rng.Uint32()
			got, err := merkle.SampleLeafHash(kind.tag, idx, inputs)
			if err != nil {
				t.Fatal(err)
			}
			out, err := chain.Call(ctx, c.Client(), stAddr, st.PackSampleLeafHash(kind.kind, idx, inputs))
			if err != nil {
				t.Fatal(err)
			}
			if want := common.BytesToHash(out); got != want {
				t.Fatalf("sample leaf tag %d: Go %s, contract %s", kind.tag, got.Hex(), want.Hex())
			}
		}
	}
}
