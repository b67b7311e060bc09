package keyshare

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSealOpenRoundTrip(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	m := f.m
	if m.Version != ManifestVersion || m.ChainID != testChainID || m.Tier != 2 || m.Threshold != 2 || m.Shares != 3 || len(m.Holders) != 3 {
		t.Fatalf("manifest parameters not as sealed: %+v", m)
	}
	if m.Cipher.Size != uint64(len(f.sealed)) || m.Cipher.SHA256 != common.Hash(sha256.Sum256(f.sealed)) {
		t.Fatalf("manifest cipher info %+v does not describe the %d sealed bytes", m.Cipher, len(f.sealed))
	}
	if size, err := m.PlaintextSize(); err != nil || size != uint64(len(f.plain)) {
		t.Fatalf("plaintext size = %d, %v; want %d", size, err, len(f.plain))
	}
	for i, h := range m.Holders {
		if h.Index != uint8(i+1) || h.Address != crypto.PubkeyToAddress(f.holderKeys[i].PublicKey) {
			t.Fatalf("slot %d = index %d address %s", i+1, h.Index, h.Address.Hex())
		}
	}
	key := f.dataKey(t)
	var out bytes.Buffer
	if err := Open(m, &out, bytes.NewReader(f.sealed), key); err != nil {
		t.Fatalf("open: %v", err)
	}
	if !bytes.Equal(out.Bytes(), f.plain) {
		t.Fatal("opened plaintext differs from the sealed one")
	}
}

func TestSealEmptyAndLargeFiles(t *testing.T) {
	t.Parallel()
	h := mustKey(t)
	for _, size := range []int{0, DefaultChunkSize + 1} {
		plain := bytes.Repeat([]byte{0xab}, size)
		var buf bytes.Buffer
		m, err := Seal(context.Background(), &buf, bytes.NewReader(plain), SealParams{
			ChainID: 1, Tokens: []common.Address{testToken}, Tier: 1, Threshold: 1, Holders: []HolderKey{HolderKeyOf(&h.PublicKey)},
		})
		if err != nil {
			t.Fatalf("seal %d bytes: %v", size, err)
		}
		if m.Cipher.ChunkSize != DefaultChunkSize || m.Cipher.Size != SealedSize(uint64(size), DefaultChunkSize) {
			t.Errorf("seal %d bytes: cipher info %+v", size, m.Cipher)
		}
	}
}

func TestSealRejectsBadParams(t *testing.T) {
	t.Parallel()
	k1, k2 := mustKey(t), mustKey(t)
	good := func() SealParams {
		return SealParams{ChainID: 1, Tokens: []common.Address{testToken}, Tier: 1, Threshold: 2,
			Holders: []HolderKey{HolderKeyOf(&k1.PublicKey), HolderKeyOf(&k2.PublicKey)}}
	}
	tests := []struct {
		name string
		edit func(*SealParams)
	}{
		{"zero chain", func(p *SealParams) { p.ChainID = 0 }},
		{"no tokens", func(p *SealParams) { p.Tokens = nil }},
		{"zero token", func(p *SealParams) { p.Tokens = []common.Address{{}} }},
		{"repeated token", func(p *SealParams) { p.Tokens = []common.Address{testToken, testToken} }},
		{"tier 0", func(p *SealParams) { p.Tier = 0 }},
		{"tier 33", func(p *SealParams) { p.Tier = 33 }},
		{"threshold 0", func(p *SealParams) { p.Threshold = 0 }},
		{"threshold above n", func(p *SealParams) { p.Threshold = 3 }},
		{"no holders", func(p *SealParams) { p.Holders = nil; p.Threshold = 1 }},
		{"repeated holder", func(p *SealParams) { p.Holders[1] = p.Holders[0] }},
		{"repeated address", func(p *SealParams) { p.Holders[1].Address = p.Holders[0].Address }},
		{"zero address", func(p *SealParams) { p.Holders[1].Address = common.Address{} }},
		{"nil public key", func(p *SealParams) { p.Holders[1].PublicKey = nil }},
		{"chunk too large", func(p *SealParams) { p.ChunkSize = MaxChunkSize + 1 }},
	}
	for _, tc := range tests {
		p := good()
		tc.edit(&p)
		var buf bytes.Buffer
		if _, err := Seal(context.Background(), &buf, strings.NewReader("x"), p); !errors.Is(err, ErrBadParams) {
			t.Errorf("%s: err = %v, want ErrBadParams", tc.name, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes before rejecting", tc.name, buf.Len())
		}
	}
}

func TestSealStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	k := mustKey(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var buf bytes.Buffer
	_, err := Seal(ctx, &buf, strings.NewReader("data"), SealParams{ChainID: 1, Tokens: []common.Address{testToken}, Tier: 1, Threshold: 1, Holders: []HolderKey{HolderKeyOf(&k.PublicKey)}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestOpenRejectsWrongKeyAndForeignCiphertext(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	key := f.dataKey(t)
	var out bytes.Buffer
	if err := Open(f.m, &out, bytes.NewReader(f.sealed), testKey(t)); !errors.Is(err, ErrWrongKey) {
		t.Errorf("random key: err = %v, want ErrWrongKey", err)
	}
	if err := Open(f.m, &out, bytes.NewReader(flip(f.sealed, 100)), key); !errors.Is(err, ErrCiphertext) {
		t.Errorf("corrupted ciphertext: err = %v, want ErrCiphertext", err)
	}
	if err := Open(f.m, &out, bytes.NewReader(f.sealed[:len(f.sealed)-20]), key); !errors.Is(err, ErrCiphertext) {
		t.Errorf("truncated ciphertext: err = %v, want ErrCiphertext", err)
	}
	// Another plaintext sealed under the same key authenticates chunk by
	// chunk, but it is not the ciphertext the manifest names.
	other := sealBytes(t, key, []byte("a different file"), int(f.m.Cipher.ChunkSize))
	if err := Open(f.m, &out, bytes.NewReader(other), key); !errors.Is(err, ErrCiphertextHash) {
		t.Errorf("foreign ciphertext: err = %v, want ErrCiphertextHash", err)
	}
	otherChunk := sealBytes(t, key, f.plain, 64)
	if err := Open(f.m, &out, bytes.NewReader(otherChunk), key); !errors.Is(err, ErrCiphertextHash) {
		t.Errorf("other chunk size: err = %v, want ErrCiphertextHash", err)
	}
}

// Every field of the manifest is bound by the asset id.
func TestManifestValidateDetectsEveryChange(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	other := mustKey(t)
	tests := []struct {
		name string
		edit func(*Manifest)
	}{
		{"version", func(m *Manifest) { m.Version = 2 }},
		{"asset id", func(m *Manifest) { m.AssetID[0] ^= 1 }},
		{"chain id", func(m *Manifest) { m.ChainID++ }},
		{"token replaced", func(m *Manifest) { m.Tokens[0] = otherToken }},
		{"token added", func(m *Manifest) { m.Tokens = append(m.Tokens, otherToken) }},
		{"tier lowered", func(m *Manifest) { m.Tier = 1 }},
		{"threshold lowered", func(m *Manifest) { m.Threshold = 1 }},
		{"shares count", func(m *Manifest) { m.Shares = 2 }},
		{"suite", func(m *Manifest) { m.Cipher.Suite = "aes-128-ctr" }},
		{"chunk size", func(m *Manifest) { m.Cipher.ChunkSize = 64 }},
		{"size", func(m *Manifest) { m.Cipher.Size += uint64(m.Cipher.ChunkSize) + TagSize }},
		{"ciphertext hash", func(m *Manifest) { m.Cipher.SHA256[5] ^= 1 }},
		{"key commitment", func(m *Manifest) { m.KeyCommitment[5] ^= 1 }},
		{"holder address", func(m *Manifest) { m.Holders[1].Address = crypto.PubkeyToAddress(other.PublicKey) }},
		{"holder public key", func(m *Manifest) { m.Holders[1].PublicKey = crypto.FromECDSAPub(&other.PublicKey) }},
		{"holder commitment", func(m *Manifest) { m.Holders[1].Commitment[0] ^= 1 }},
		{"encrypted share", func(m *Manifest) { m.Holders[1].EncryptedShare[100] ^= 1 }},
		{"holders swapped", func(m *Manifest) { m.Holders[0], m.Holders[1] = m.Holders[1], m.Holders[0] }},
		{"holder dropped", func(m *Manifest) { m.Holders = m.Holders[:2] }},
		{"index renumbered", func(m *Manifest) { m.Holders[2].Index = 4 }},
		{"public key off curve", func(m *Manifest) { m.Holders[1].PublicKey[64] ^= 1 }},
	}
	for _, tc := range tests {
		m := cloneManifest(t, f.m)
		tc.edit(m)
		if err := m.Validate(); !errors.Is(err, ErrBadManifest) {
			t.Errorf("%s: Validate = %v, want ErrBadManifest", tc.name, err)
		}
	}
	if err := cloneManifest(t, f.m).Validate(); err != nil {
		t.Fatalf("unchanged clone: %v", err)
	}
}

func cloneManifest(t testing.TB, m *Manifest) *Manifest {
	t.Helper()
	b, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	c, err := DecodeManifest(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode encoded manifest: %v", err)
	}
	return c
}

// The hashes are exactly the abi.encode forms docs/keyshare.md states,
// checked with go-ethereum's ABI encoder as an independent implementation.
func TestManifestHashesMatchABIEncoding(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	m := f.m
	ty := func(s string) abi.Type {
		typ, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		return typ
	}
	pack := func(types []string, vals ...any) []byte {
		var args abi.Arguments
		for _, s := range types {
			args = append(args, abi.Argument{Type: ty(s)})
		}
		b, err := args.Pack(vals...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	h32 := func(h common.Hash) [32]byte { return h }
	kh := func(b []byte) [32]byte { return crypto.Keccak256Hash(b) }

	var leaves []byte
	for _, h := range m.Holders {
		leaves = append(leaves, crypto.Keccak256(pack([]string{"uint8", "address", "bytes32", "bytes32"}, h.Index, h.Address, kh(h.PublicKey), h32(h.Commitment)))...)
	}
	tokens := pack([]string{"address[]"}, m.Tokens)[64:] // abi.encodePacked(address[]) = the array body without offset and length
	params := crypto.Keccak256Hash(pack(
		[]string{"bytes32", "uint8", "uint256", "bytes32", "uint8", "uint8", "uint8", "bytes32", "uint32", "uint64", "bytes32", "bytes32", "bytes32"},
		kh([]byte("dip.keyshare.params.v1")), uint8(m.Version), new(big.Int).SetUint64(m.ChainID), kh(tokens), m.Tier,
		uint8(m.Threshold), uint8(m.Shares), kh([]byte(m.Cipher.Suite)), m.Cipher.ChunkSize, m.Cipher.Size,
		h32(m.Cipher.SHA256), h32(m.KeyCommitment), kh(leaves),
	))
	if params != m.ParamsHash() {
		t.Fatalf("ParamsHash = %s, abi.encode gives %s", m.ParamsHash().Hex(), params.Hex())
	}
	var shares []byte
	for _, h := range m.Holders {
		shares = append(shares, crypto.Keccak256(h.EncryptedShare)...)
	}
	asset := crypto.Keccak256Hash(pack([]string{"bytes32", "bytes32", "bytes32"}, kh([]byte("dip.keyshare.asset.v1")), h32(params), kh(shares)))
	if asset != m.AssetID {
		t.Fatalf("asset id = %s, abi.encode gives %s", m.AssetID.Hex(), asset.Hex())
	}
	// Commitments: keccak256(abi.encode(tag, uint8 index, bytes32 salt, bytes32 y)).
	salt, y := common.HexToHash("0x5a17"), common.HexToHash("0x77")
	want := crypto.Keccak256Hash(pack([]string{"bytes32", "uint8", "bytes32", "bytes32"}, kh([]byte("dip.keyshare.commitment.v1")), uint8(3), h32(salt), h32(y)))
	if got := commitShare(3, salt[:], y[:]); got != want {
		t.Fatalf("commitShare = %s, abi.encode gives %s", got.Hex(), want.Hex())
	}
}

func TestDecodeManifestRejectsMalformedJSON(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	good, err := f.m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"unknown field":  bytes.Replace(good, []byte(`"version"`), []byte(`"extra": 1, "version"`), 1),
		"trailing value": append(bytes.Clone(good), []byte(`{}`)...),
		"not json":       []byte("manifest"),
		"empty":          nil,
		"short hash":     bytes.Replace(good, []byte(`"assetId": "0x`), []byte(`"assetId": "0x00`), 1),
		"oversized":      append(bytes.Clone(good), bytes.Repeat([]byte(" "), MaxManifestSize)...),
	}
	for name, data := range tests {
		if _, err := DecodeManifest(bytes.NewReader(data)); !errors.Is(err, ErrBadManifest) {
			t.Errorf("%s: err = %v, want ErrBadManifest", name, err)
		}
	}
	if _, err := DecodeManifest(bytes.NewReader(append(good, "\n\n"...))); err != nil {
		t.Errorf("trailing whitespace rejected: %v", err)
	}
}

func FuzzDecodeManifest(f *testing.F) {
	fx := newFixture(f, 3, 2)
	good, err := fx.m.Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"holders":[{"index":1}],"shares":1,"threshold":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeManifest(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrBadManifest) {
				t.Fatalf("error %v does not wrap ErrBadManifest", err)
			}
			return
		}
		// Whatever decodes re-encodes to a manifest with the same id.
		again := cloneManifest(t, m)
		if again.AssetID != m.AssetID || again.ComputeAssetID() != m.AssetID {
			t.Fatal("decoded manifest does not round-trip")
		}
	})
}
