package keyshare

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// releaseFor makes a valid release of slot i of the fixture for its grant.
func (f *fixture) releaseFor(t testing.TB, i int) *Release {
	t.Helper()
	r, err := f.holder(i).Release(t.Context(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey))
	if err != nil {
		t.Fatalf("release slot %d: %v", i+1, err)
	}
	return r
}

// The digest is the EIP-712 hash that wallets and go-ethereum's signer compute.
func TestReleaseDigestIsEIP712(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	r := f.releaseFor(t, 0)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"ShareRelease": {{Name: "assetId", Type: "bytes32"}, {Name: "grantId", Type: "bytes32"}, {Name: "buyer", Type: "address"}, {Name: "index", Type: "uint8"}, {Name: "shareHash", Type: "bytes32"}},
		},
		PrimaryType: "ShareRelease",
		Domain: apitypes.TypedDataDomain{
			Name: EIP712Name, Version: EIP712Version, ChainId: math.NewHexOrDecimal256(int64(r.ChainID)), VerifyingContract: r.Token.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"assetId": r.AssetID.Hex(), "grantId": r.GrantID.Hex(), "buyer": r.Buyer.Hex(),
			"index": fmt.Sprint(r.Index), "shareHash": crypto.Keccak256Hash(r.EncryptedShare).Hex(),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Digest(); !bytes.Equal(got[:], want) {
		t.Fatalf("digest %s, EIP-712 says %x", got.Hex(), want)
	}
	signer, err := r.Signer()
	if err != nil || signer != crypto.PubkeyToAddress(f.holderKeys[0].PublicKey) {
		t.Fatalf("signer = %s, %v", signer.Hex(), err)
	}
	if r.Signature[64] != 27 && r.Signature[64] != 28 {
		t.Fatalf("v = %d, want 27 or 28", r.Signature[64])
	}
}

func TestReleaseSignerRejectsMalformedSignatures(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	r := f.releaseFor(t, 0)
	n := crypto.S256().Params().N
	highS := bytes.Clone(r.Signature)
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(highS[32:64])) // the malleable twin (n - s, flipped v)
	s.FillBytes(highS[32:64])
	highS[64] ^= 1
	tests := map[string][]byte{
		"v = 0":  func() []byte { b := bytes.Clone(r.Signature); b[64] -= 27; return b }(),
		"high s": highS,
		"short":  r.Signature[:64],
		"zero r": func() []byte { b := bytes.Clone(r.Signature); clear(b[:32]); return b }(),
	}
	for name, sig := range tests {
		c := *r
		c.Signature = sig
		if _, err := c.Signer(); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: err = %v, want ErrBadSignature", name, err)
		}
	}
}

// VerifyRelease detects a release that was tampered with, moved to another
// grant, buyer, slot, token or asset, or signed by someone else.
func TestVerifyReleaseDetectsTamperingAndReplay(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	good := f.releaseFor(t, 1)
	want := Expect{GrantID: f.grant.ID, Token: testToken}
	share, err := VerifyRelease(f.m, good, want, f.buyerKey)
	if err != nil || share.X != 2 {
		t.Fatalf("good release: %v (x=%d)", err, share.X)
	}
	// A second grant of the same buyer for the same asset gets its own release.
	grant2 := f.grants.add(testToken, f.m.AssetID, crypto.PubkeyToAddress(f.buyerKey.PublicKey), 2)
	other, err := f.holder(1).Release(t.Context(), f.m, f.request(grant2.ID, &f.buyerKey.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	otherSlot := f.releaseFor(t, 2)
	payload, err := ecies.ImportECDSA(f.buyerKey).Decrypt(good.EncryptedShare, eciesReleaseInfo, good.context())
	if err != nil {
		t.Fatal(err)
	}
	imposter := mustKey(t)

	tests := []struct {
		name string
		edit func(*Release)
		want error
	}{
		{"share bit flipped", func(r *Release) { r.EncryptedShare[90] ^= 1 }, ErrBadSignature},
		{"grant id changed", func(r *Release) { r.GrantID = grant2.ID }, ErrReplayedRelease},
		{"release of another grant", func(r *Release) { *r = *other }, ErrReplayedRelease},
		{"buyer changed", func(r *Release) { r.Buyer = crypto.PubkeyToAddress(f.stranger.PublicKey) }, ErrReplayedRelease},
		{"asset changed", func(r *Release) { r.AssetID[0] ^= 1 }, ErrReplayedRelease},
		{"chain changed", func(r *Release) { r.ChainID++ }, ErrReplayedRelease},
		{"token changed", func(r *Release) { r.Token = otherToken }, ErrReplayedRelease},
		{"index moved to another slot", func(r *Release) { r.Index = 3; r.Holder = f.m.Holders[2].Address }, ErrBadSignature},
		{"holder field changed", func(r *Release) { r.Holder = f.m.Holders[2].Address }, ErrBadSignature},
		{"signed by an imposter", func(r *Release) { mustSign(t, r, imposter) }, ErrBadSignature},
		{"other slot's share, re-signed by this slot's holder", func(r *Release) {
			r.EncryptedShare = bytes.Clone(otherSlot.EncryptedShare)
			mustSign(t, r, f.holderKeys[1])
		}, ErrShareDecrypt},
		{"share encrypted to another buyer, re-signed", func(r *Release) {
			r.EncryptedShare = mustEncrypt(t, &f.stranger.PublicKey, payload, r.context())
			mustSign(t, r, f.holderKeys[1])
		}, ErrShareDecrypt},
		{"share bound to another grant, re-signed for this one", func(r *Release) {
			r.EncryptedShare = mustEncrypt(t, &f.buyerKey.PublicKey, payload, other.context())
			mustSign(t, r, f.holderKeys[1])
		}, ErrShareDecrypt},
		{"index out of range", func(r *Release) { r.Index = 9 }, ErrBadRelease},
		{"version", func(r *Release) { r.Version = 2 }, ErrBadRelease},
		{"short share", func(r *Release) { r.EncryptedShare = r.EncryptedShare[:10] }, ErrBadRelease},
	}
	for _, tc := range tests {
		r := cloneRelease(t, good)
		tc.edit(r)
		if _, err := VerifyRelease(f.m, r, want, f.buyerKey); !errors.Is(err, tc.want) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
	}
	// The stranger cannot use the buyer's release even with the buyer's grant.
	if _, err := VerifyRelease(f.m, cloneRelease(t, good), want, f.stranger); !errors.Is(err, ErrReplayedRelease) {
		t.Errorf("stranger verifying the buyer's release: err = %v, want ErrReplayedRelease", err)
	}
}

// A holder that sends a well-formed, properly encrypted and signed share
// whose value is wrong is caught by the commitment.
func TestVerifyReleaseDetectsWrongShareValue(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	r := f.releaseFor(t, 0)
	bad := &sharePayload{x: 1}
	bad.y[0] = 1
	var err error
	r.EncryptedShare, err = eciesEncryptTo(&f.buyerKey.PublicKey, bad.marshal(), r.context())
	if err != nil {
		t.Fatal(err)
	}
	mustSign(t, r, f.holderKeys[0])
	if _, err := VerifyRelease(f.m, r, Expect{GrantID: f.grant.ID}, f.buyerKey); !errors.Is(err, ErrCommitmentMismatch) {
		t.Fatalf("err = %v, want ErrCommitmentMismatch", err)
	}
}

func mustSign(t testing.TB, r *Release, key *ecdsa.PrivateKey) {
	t.Helper()
	if err := r.sign(context.Background(), KeySigner{key}); err != nil {
		t.Fatal(err)
	}
}

func eciesEncryptTo(pub *ecdsa.PublicKey, msg, context []byte) ([]byte, error) {
	return ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), msg, eciesReleaseInfo, context)
}

func mustEncrypt(t testing.TB, pub *ecdsa.PublicKey, msg, context []byte) []byte {
	t.Helper()
	ct, err := eciesEncryptTo(pub, msg, context)
	if err != nil {
		t.Fatal(err)
	}
	return ct
}

func cloneRelease(t testing.TB, r *Release) *Release {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	c, err := DecodeRelease(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode encoded release: %v", err)
	}
	return c
}

func TestDecodeReleaseRequest(t *testing.T) {
	t.Parallel()
	k := mustKey(t)
	pub := common.Bytes2Hex(crypto.FromECDSAPub(&k.PublicKey))
	comp := common.Bytes2Hex(crypto.CompressPubkey(&k.PublicKey))
	g, a := common.HexToHash("0x01").Hex(), common.HexToHash("0x02").Hex()
	tests := []struct {
		name string
		body string
		ok   bool
	}{
		{"uncompressed key", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x` + pub + `"}`, true},
		{"compressed key", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x` + comp + `"}`, true},
		{"with token", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x` + pub + `","token":"` + testToken.Hex() + `"}`, true},
		{"zero grant", `{"grantId":"` + common.Hash{}.Hex() + `","assetId":"` + a + `","buyerPubKey":"0x` + pub + `"}`, false},
		{"key off curve", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x04` + pub[2:len(pub)-2] + `00"}`, false},
		{"short key", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x04"}`, false},
		{"unknown field", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x` + pub + `","x":1}`, false},
		{"two values", `{"grantId":"` + g + `","assetId":"` + a + `","buyerPubKey":"0x` + pub + `"}{}`, false},
		{"not json", `grant please`, false},
	}
	for _, tc := range tests {
		_, err := DecodeReleaseRequest(bytes.NewReader([]byte(tc.body)))
		if tc.ok && err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if !tc.ok && !errors.Is(err, ErrBadRequest) {
			t.Errorf("%s: err = %v, want ErrBadRequest", tc.name, err)
		}
	}
}

func FuzzDecodeRelease(f *testing.F) {
	fx := newFixture(f, 2, 2)
	r := fx.releaseFor(f, 0)
	good, _ := json.Marshal(r)
	f.Add(good)
	f.Add([]byte(`{"version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rel, err := DecodeRelease(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrBadRelease) {
				t.Fatalf("error %v does not wrap ErrBadRelease", err)
			}
			return
		}
		// Verification of anything decodable returns an error or the real share, never panics.
		share, err := VerifyRelease(fx.m, rel, Expect{}, fx.buyerKey)
		if err == nil && (share.X != rel.Index || len(share.Y) != KeySize) {
			t.Fatalf("verified release gave share x=%d len %d", share.X, len(share.Y))
		}
	})
}

func FuzzDecodeReleaseRequest(f *testing.F) {
	k := mustKey(f)
	req, _ := json.Marshal(&ReleaseRequest{GrantID: common.HexToHash("0x1"), AssetID: common.HexToHash("0x2"), BuyerPublicKey: crypto.FromECDSAPub(&k.PublicKey)})
	f.Add(req)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeReleaseRequest(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrBadRequest) {
				t.Fatalf("error %v does not wrap ErrBadRequest", err)
			}
			return
		}
		if _, err := r.Buyer(); err != nil {
			t.Fatalf("accepted request has a bad key: %v", err)
		}
	})
}

// Whatever bytes arrive as an encrypted share, decryption fails cleanly.
func FuzzDecryptShare(f *testing.F) {
	fx := newFixture(f, 2, 2)
	r := fx.releaseFor(f, 0)
	f.Add([]byte(r.EncryptedShare))
	f.Add(bytes.Repeat([]byte{4}, EncryptedShareSize))
	f.Add([]byte{2})
	f.Fuzz(func(t *testing.T, ct []byte) {
		c := *r
		c.EncryptedShare = ct
		if err := c.sign(context.Background(), KeySigner{fx.holderKeys[0]}); err != nil {
			t.Fatal(err)
		}
		// Only the holder's real share (behind its commitment) can verify;
		// forging another ciphertext of it would break ECIES or the commitment.
		if _, err := VerifyRelease(fx.m, &c, Expect{}, fx.buyerKey); err == nil && !bytes.Equal(ct, r.EncryptedShare) {
			t.Fatal("accepted a share ciphertext the holder never made")
		}
	})
}
