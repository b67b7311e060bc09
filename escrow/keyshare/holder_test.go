package keyshare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestHolderReleaseChecksTheGrant(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	buyer := crypto.PubkeyToAddress(f.buyerKey.PublicKey)
	lowTier := f.grants.add(testToken, f.m.AssetID, buyer, 1)
	otherAsset := f.grants.add(testToken, common.HexToHash("0xbeef"), buyer, 5)
	strangers := f.grants.add(testToken, f.m.AssetID, crypto.PubkeyToAddress(f.stranger.PublicKey), 2)
	foreignToken := f.grants.add(otherToken, f.m.AssetID, buyer, 9)
	unconfirmed := f.grants.add(testToken, f.m.AssetID, buyer, 2)
	f.grants.unconfirmed[unconfirmed.ID] = true
	higherTier := f.grants.add(testToken, f.m.AssetID, buyer, 7)
	tok := otherToken

	tests := []struct {
		name string
		req  func() *ReleaseRequest
		want error
	}{
		{"valid grant", func() *ReleaseRequest { return f.request(f.grant.ID, &f.buyerKey.PublicKey) }, nil},
		{"higher tier than needed", func() *ReleaseRequest { return f.request(higherTier.ID, &f.buyerKey.PublicKey) }, nil},
		{"unknown grant", func() *ReleaseRequest { return f.request(common.HexToHash("0x404"), &f.buyerKey.PublicKey) }, ErrUnknownGrant},
		{"tier too low", func() *ReleaseRequest { return f.request(lowTier.ID, &f.buyerKey.PublicKey) }, ErrTierTooLow},
		{"grant for another asset", func() *ReleaseRequest { return f.request(otherAsset.ID, &f.buyerKey.PublicKey) }, ErrGrantAssetMismatch},
		{"stranger replays the buyer's grant", func() *ReleaseRequest { return f.request(higherTier.ID, &f.stranger.PublicKey) }, ErrNotGrantHolder},
		{"buyer asks with a stranger's grant", func() *ReleaseRequest { return f.request(strangers.ID, &f.buyerKey.PublicKey) }, ErrNotGrantHolder},
		{"grant from a token the asset does not accept", func() *ReleaseRequest { return f.request(foreignToken.ID, &f.buyerKey.PublicKey) }, ErrUnknownGrant},
		{"request names a token the asset does not accept", func() *ReleaseRequest {
			r := f.request(foreignToken.ID, &f.buyerKey.PublicKey)
			r.Token = &tok
			return r
		}, ErrTokenNotAccepted},
		{"unconfirmed grant", func() *ReleaseRequest { return f.request(unconfirmed.ID, &f.buyerKey.PublicKey) }, ErrGrantUnconfirmed},
		{"request for another asset", func() *ReleaseRequest {
			r := f.request(f.grant.ID, &f.buyerKey.PublicKey)
			r.AssetID = common.HexToHash("0xbeef")
			return r
		}, ErrGrantAssetMismatch},
		{"bad buyer key", func() *ReleaseRequest {
			r := f.request(f.grant.ID, &f.buyerKey.PublicKey)
			r.BuyerPublicKey = r.BuyerPublicKey[:33]
			return r
		}, ErrBadPublicKey},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := f.holder(0)
			r, err := h.Release(context.Background(), f.m, tc.req())
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want == nil && (r.Index != 1 || r.Holder != h.Address()) {
				t.Fatalf("release for slot %d by %s", r.Index, r.Holder.Hex())
			}
			if tc.want != nil && h.log.(*MemoryLog).Len() != 0 {
				t.Fatal("a refused request was logged as a release")
			}
		})
	}
}

func TestHolderRefusesWhatItDoesNotHold(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	outsider := newTestHolder(mustKey(t), f.grants, NewMemoryLog())
	if _, err := outsider.Release(context.Background(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey)); !errors.Is(err, ErrNotAHolder) {
		t.Errorf("key without a slot: err = %v, want ErrNotAHolder", err)
	}
	wrongChain := newTestHolder(f.holderKeys[0], newFakeGrants(1), NewMemoryLog())
	if _, err := wrongChain.Release(context.Background(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey)); !errors.Is(err, ErrWrongChain) {
		t.Errorf("grants from another chain: err = %v, want ErrWrongChain", err)
	}
	separate := newTestHolder(f.holderKeys[0], f.grants, NewMemoryLog(), WithSigner(KeySigner{mustKey(t)}))
	if _, err := separate.Release(context.Background(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey)); !errors.Is(err, ErrNotAHolder) {
		t.Errorf("signing key not the slot's address: err = %v, want ErrNotAHolder", err)
	}
	m := cloneManifest(t, f.m)
	m.Tier = 1 // a tampered manifest no longer matches its id
	if _, err := f.holder(0).Release(context.Background(), m, f.request(f.grant.ID, &f.buyerKey.PublicKey)); !errors.Is(err, ErrBadManifest) {
		t.Errorf("tampered manifest: err = %v, want ErrBadManifest", err)
	}
}

// An attacker copies a victim's encrypted share into a manifest of its own
// (low tier, its own token, a fresh asset id) and buys access to that: the
// share is bound to the victim's parameters and does not decrypt.
func TestHolderRefusesSharesMovedToAnotherManifest(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	m := cloneManifest(t, f.m)
	m.Tier = 1
	m.Tokens = []common.Address{otherToken}
	m.AssetID = m.ComputeAssetID()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	g := f.grants.add(otherToken, m.AssetID, crypto.PubkeyToAddress(f.stranger.PublicKey), 1)
	req := f.request(g.ID, &f.stranger.PublicKey)
	req.AssetID = m.AssetID
	_, err := f.holder(0).Release(context.Background(), m, req)
	if !errors.Is(err, ErrShareDecrypt) {
		t.Fatalf("err = %v, want ErrShareDecrypt", err)
	}
}

func TestHolderReleaseIsIdempotent(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	log := NewMemoryLog()
	h := newTestHolder(f.holderKeys[1], f.grants, log)
	req := f.request(f.grant.ID, &f.buyerKey.PublicKey)
	first, err := h.Release(context.Background(), f.m, req)
	if err != nil {
		t.Fatal(err)
	}
	callsAfterFirst := f.grants.calls
	again, err := h.Release(context.Background(), f.m, req)
	if err != nil {
		t.Fatal(err)
	}
	if again != first || log.Len() != 1 {
		t.Fatalf("second release is a new one (%d logged)", log.Len())
	}
	if f.grants.calls != callsAfterFirst {
		t.Error("a logged release was checked on chain again")
	}
	// The stranger presenting the same grant is refused even though a release exists.
	if _, err := h.Release(context.Background(), f.m, f.request(f.grant.ID, &f.stranger.PublicKey)); !errors.Is(err, ErrNotGrantHolder) {
		t.Fatalf("stranger after release: err = %v, want ErrNotGrantHolder", err)
	}
}

func TestHolderConcurrentRequestsReleaseOnce(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	log := NewMemoryLog()
	h := newTestHolder(f.holderKeys[2], f.grants, log)
	req := f.request(f.grant.ID, &f.buyerKey.PublicKey)
	const n = 16
	got := make([]*Release, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := h.Release(context.Background(), f.m, req)
			if err != nil {
				t.Error(err)
			}
			got[i] = r
		}()
	}
	wg.Wait()
	for i := range got {
		if got[i] != got[0] {
			t.Fatalf("request %d got a different release", i)
		}
	}
	if log.Len() != 1 {
		t.Fatalf("%d releases logged, want 1", log.Len())
	}
}

func TestFileLogSurvivesRestart(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	path := filepath.Join(t.TempDir(), "releases.jsonl")
	log, err := OpenFileLog(path)
	if err != nil {
		t.Fatal(err)
	}
	h := newTestHolder(f.holderKeys[0], f.grants, log)
	req := f.request(f.grant.ID, &f.buyerKey.PublicKey)
	first, err := h.Release(context.Background(), f.m, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("log file mode %v, %v; want 0600", st.Mode().Perm(), err)
	}

	// Restart: the same request gets the same bytes, and nothing new is appended.
	log2, err := OpenFileLog(path)
	if err != nil {
		t.Fatal(err)
	}
	h2 := newTestHolder(f.holderKeys[0], f.grants, log2)
	again, err := h2.Release(context.Background(), f.m, req)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(first)
	b, _ := json.Marshal(again)
	if !bytes.Equal(a, b) || log2.Len() != 1 {
		t.Fatalf("release after restart differs or was re-made (%d logged)", log2.Len())
	}
	// A second grant appends one line.
	g2 := f.grants.add(testToken, f.m.AssetID, crypto.PubkeyToAddress(f.buyerKey.PublicKey), 2)
	if _, err := h2.Release(context.Background(), f.m, f.request(g2.ID, &f.buyerKey.PublicKey)); err != nil {
		t.Fatal(err)
	}
	log2.Close()
	data, _ := os.ReadFile(path)
	if n := bytes.Count(data, []byte("\n")); n != 2 {
		t.Fatalf("log has %d lines, want 2", n)
	}
	if bytes.Contains(data, f.dataKey(t)) {
		t.Fatal("the data key is in the release log")
	}
}

func TestFileLogDropsTornTailAndRejectsDamage(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	dir := t.TempDir()
	path := filepath.Join(dir, "releases.jsonl")
	log, err := OpenFileLog(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newTestHolder(f.holderKeys[0], f.grants, log).Release(context.Background(), f.m, f.request(f.grant.ID, &f.buyerKey.PublicKey)); err != nil {
		t.Fatal(err)
	}
	log.Close()
	good, _ := os.ReadFile(path)

	// A crash in the middle of an append leaves a line without its newline.
	if err := os.WriteFile(path, append(bytes.Clone(good), good[:40]...), 0o600); err != nil {
		t.Fatal(err)
	}
	log, err = OpenFileLog(path)
	if err != nil {
		t.Fatalf("torn tail: %v", err)
	}
	if log.Len() != 1 {
		t.Fatalf("torn tail: %d releases, want 1", log.Len())
	}
	log.Close()
	if data, _ := os.ReadFile(path); !bytes.Equal(data, good) {
		t.Fatal("torn tail was not trimmed")
	}

	for name, data := range map[string][]byte{
		"garbage line":    append([]byte("not json\n"), good...),
		"invalid release": append([]byte(`{"recordedAt":"2026-01-01T00:00:00Z","release":{"version":9}}`+"\n"), good...),
		"missing release": append([]byte(`{"recordedAt":"2026-01-01T00:00:00Z"}`+"\n"), good...),
	} {
		p := filepath.Join(dir, "damaged.jsonl")
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if l, err := OpenFileLog(p); err == nil {
			l.Close()
			t.Errorf("%s: damaged log opened", name)
		}
	}
}

// badSigner claims one address and signs with another key.
type badSigner struct{ KeySigner }

func (badSigner) Address() common.Address { return common.HexToAddress("0x1234") }

func TestHolderWithSeparateSigner(t *testing.T) {
	t.Parallel()
	shareKey, signKey, buyerKey := mustKey(t), mustKey(t), mustKey(t)
	var buf bytes.Buffer
	m, err := Seal(context.Background(), &buf, bytes.NewReader([]byte("data")), SealParams{
		ChainID: testChainID, Tokens: []common.Address{testToken}, Tier: 1, Threshold: 1,
		Holders: []HolderKey{{Address: crypto.PubkeyToAddress(signKey.PublicKey), PublicKey: &shareKey.PublicKey}},
	})
	if err != nil {
		t.Fatal(err)
	}
	grants := newFakeGrants(testChainID)
	g := grants.add(testToken, m.AssetID, crypto.PubkeyToAddress(buyerKey.PublicKey), 1)
	req := &ReleaseRequest{GrantID: g.ID, AssetID: m.AssetID, BuyerPublicKey: crypto.FromECDSAPub(&buyerKey.PublicKey)}

	h := newTestHolder(shareKey, grants, NewMemoryLog(), WithSigner(KeySigner{signKey}))
	r, err := h.Release(context.Background(), m, req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyRelease(m, r, Expect{GrantID: g.ID}, buyerKey); err != nil {
		t.Fatalf("release signed by the separate key does not verify: %v", err)
	}
	// A signer whose signatures do not match its address is caught before release.
	m2, err := Seal(context.Background(), &buf, bytes.NewReader([]byte("data")), SealParams{
		ChainID: testChainID, Tokens: []common.Address{testToken}, Tier: 1, Threshold: 1,
		Holders: []HolderKey{{Address: common.HexToAddress("0x1234"), PublicKey: &shareKey.PublicKey}},
	})
	if err != nil {
		t.Fatal(err)
	}
	g2 := grants.add(testToken, m2.AssetID, crypto.PubkeyToAddress(buyerKey.PublicKey), 1)
	log := NewMemoryLog()
	bad := newTestHolder(shareKey, grants, log, WithSigner(badSigner{KeySigner{signKey}}))
	req2 := &ReleaseRequest{GrantID: g2.ID, AssetID: m2.AssetID, BuyerPublicKey: req.BuyerPublicKey}
	if _, err := bad.Release(context.Background(), m2, req2); err == nil || !strings.Contains(err.Error(), "produced a signature of") {
		t.Fatalf("mismatched signer: err = %v", err)
	}
	if log.Len() != 0 {
		t.Fatal("a release with a bad signature was logged")
	}
}
