package keyshare

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeAssets is an AssetRecords over a map.
type fakeAssets map[common.Hash]*AssetRecord

func (f fakeAssets) AssetRecord(_ context.Context, id common.Hash) (*AssetRecord, error) {
	if r, ok := f[id]; ok {
		return r, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrAssetNotRegistered, id.Hex())
}

// recordOf is the record a registry would hold for m.
func recordOf(m *Manifest) *AssetRecord {
	r := &AssetRecord{AssetID: m.AssetID, Owner: common.HexToAddress("0x0wner"), Tier: m.Tier, Threshold: uint8(m.Threshold),
		ParamsHash: m.ParamsHash(), SharesHash: m.SharesHash(), Tokens: append([]common.Address(nil), m.Tokens...)}
	for _, h := range m.Holders {
		r.Holders = append(r.Holders, h.Address)
	}
	return r
}

func TestHolderChecksTheOnChainRecord(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	tests := []struct {
		name   string
		record func() *AssetRecord // nil: not registered
		want   error
	}{
		{"matching record", func() *AssetRecord { return recordOf(f.m) }, nil},
		{"not registered", func() *AssetRecord { return nil }, ErrAssetNotRegistered},
		{"retired", func() *AssetRecord { r := recordOf(f.m); r.Retired = true; return r }, ErrAssetRetired},
		{"other commitment", func() *AssetRecord { r := recordOf(f.m); r.SharesHash[0] ^= 1; return r }, ErrAssetRecordMismatch},
		{"other tier", func() *AssetRecord { r := recordOf(f.m); r.Tier = 1; return r }, ErrAssetRecordMismatch},
		{"other threshold", func() *AssetRecord { r := recordOf(f.m); r.Threshold = 3; return r }, ErrAssetRecordMismatch},
		{"other token", func() *AssetRecord { r := recordOf(f.m); r.Tokens = []common.Address{otherToken}; return r }, ErrAssetRecordMismatch},
		{"holder not listed", func() *AssetRecord {
			r := recordOf(f.m)
			r.Holders[0] = common.HexToAddress("0xdead")
			return r
		}, ErrAssetRecordMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assets := fakeAssets{}
			if r := tt.record(); r != nil {
				assets[f.m.AssetID] = r
			}
			h := newTestHolder(f.holderKeys[0], f.grants, NewMemoryLog(), WithAssetRecords(assets))
			rel, err := h.Release(context.Background(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey))
			if tt.want == nil {
				if err != nil || rel == nil {
					t.Fatalf("release with a matching record: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// A release already logged is not served once the owner retires the asset.
func TestHolderRefusesLoggedReleaseOfRetiredAsset(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	rec := recordOf(f.m)
	h := newTestHolder(f.holderKeys[1], f.grants, NewMemoryLog(), WithAssetRecords(fakeAssets{f.m.AssetID: rec}))
	req := f.request(f.grant.ID, &f.buyerKey.PublicKey)
	if _, err := h.Release(context.Background(), f.m, req); err != nil {
		t.Fatal(err)
	}
	rec.Retired = true
	if _, err := h.Release(context.Background(), f.m, req); !errors.Is(err, ErrAssetRetired) {
		t.Fatalf("release after retirement: err = %v, want ErrAssetRetired", err)
	}
}

func TestAssetSealMirrorsTheManifest(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	s := f.m.AssetSeal()
	if len(s.Holders) != 3 || s.Holders[1] != f.m.Holders[1].Address || s.ShareCommitments[2] != f.m.Holders[2].Commitment {
		t.Fatalf("holders or commitments not in slot order: %+v", s)
	}
	if s.Tier != 2 || s.Threshold != 2 || s.Tokens[0] != testToken || s.SharesHash != f.m.SharesHash() {
		t.Fatalf("seal = %+v", s)
	}
	if s.SuiteHash != crypto.Keccak256Hash([]byte(SuiteAESGCMStream)) || s.CiphertextSha256 != f.m.Cipher.SHA256 {
		t.Fatal("cipher fields differ")
	}
	if got := crypto.Keccak256Hash(tagAsset[:], f.m.ParamsHash().Bytes(), s.SharesHash[:]); got != f.m.AssetID {
		t.Fatalf("asset id from params and shares hash = %s, want %s", got.Hex(), f.m.AssetID.Hex())
	}
}
