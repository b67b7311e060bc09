package keyshare

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"log/slog"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/dip-market/dip/lat"
)

const testChainID = 1337

var (
	testToken  = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	otherToken = common.HexToAddress("0x00000000000000000000000000000000000b0b00")
)

// fixture is a sealed asset with its holders, a buyer and a stranger.
type fixture struct {
	holderKeys []*ecdsa.PrivateKey
	buyerKey   *ecdsa.PrivateKey
	stranger   *ecdsa.PrivateKey
	plain      []byte
	sealed     []byte
	m          *Manifest
	grants     *fakeGrants
	grant      *lat.Grant
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newFixture(t testing.TB, n, th int) *fixture {
	t.Helper()
	f := &fixture{buyerKey: mustKey(t), stranger: mustKey(t), plain: make([]byte, 1000)}
	_, _ = rand.Read(f.plain)
	holders := make([]HolderKey, n)
	for i := range holders {
		k := mustKey(t)
		f.holderKeys = append(f.holderKeys, k)
		holders[i] = HolderKeyOf(&k.PublicKey)
	}
	var buf bytes.Buffer
	m, err := Seal(context.Background(), &buf, bytes.NewReader(f.plain), SealParams{
		ChainID: testChainID, Tokens: []common.Address{testToken}, Tier: 2, Threshold: th, Holders: holders, ChunkSize: 128,
	})
	if err != nil {
		t.Fatalf("seal: %v", err)
	}
	f.m, f.sealed = m, buf.Bytes()
	f.grants = newFakeGrants(testChainID)
	f.grant = f.grants.add(testToken, m.AssetID, crypto.PubkeyToAddress(f.buyerKey.PublicKey), 2)
	return f
}

// holder returns a holder for slot i (0-based) with a fresh memory log.
func (f *fixture) holder(i int) *Holder {
	return newTestHolder(f.holderKeys[i], f.grants, NewMemoryLog())
}

func (f *fixture) request(grant common.Hash, buyer *ecdsa.PublicKey) *ReleaseRequest {
	return &ReleaseRequest{GrantID: grant, AssetID: f.m.AssetID, BuyerPublicKey: crypto.FromECDSAPub(buyer)}
}

// dataKey recovers the data key by decrypting t shares with the holder keys
// (test-only shortcut around the release protocol).
func (f *fixture) dataKey(t testing.TB) []byte {
	t.Helper()
	var shares []Share
	for i := 0; i < f.m.Threshold; i++ {
		slot := &f.m.Holders[i]
		plain, err := ecies.ImportECDSA(f.holderKeys[i]).Decrypt(slot.EncryptedShare, eciesSealInfo, f.m.shareContext(slot.Index))
		if err != nil {
			t.Fatalf("decrypt share %d: %v", i+1, err)
		}
		p, err := parseSharePayload(plain)
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, Share{X: p.x, Y: bytes.Clone(p.y[:])})
	}
	key, err := Combine(shares)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func newTestHolder(key *ecdsa.PrivateKey, grants GrantChecker, log ReleaseLog, opts ...HolderOption) *Holder {
	return NewHolder(key, grants, log, append([]HolderOption{WithLogger(slog.New(slog.DiscardHandler))}, opts...)...)
}

// fakeGrants is a GrantChecker over a map, with switchable confirmation.
type fakeGrants struct {
	mu          sync.Mutex
	chainID     uint64
	grants      map[common.Address]map[common.Hash]*lat.Grant
	unconfirmed map[common.Hash]bool
	calls       int
	next        int
}

func newFakeGrants(chainID uint64) *fakeGrants {
	return &fakeGrants{chainID: chainID, grants: map[common.Address]map[common.Hash]*lat.Grant{}, unconfirmed: map[common.Hash]bool{}}
}

func (g *fakeGrants) add(token common.Address, asset common.Hash, holder common.Address, tier uint8) *lat.Grant {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.next++
	gr := &lat.Grant{
		ID: crypto.Keccak256Hash([]byte(fmt.Sprintf("grant %d", g.next))), AssetID: asset, Holder: holder, Tier: tier,
		BlockNumber: uint64(g.next), Token: token,
	}
	if g.grants[token] == nil {
		g.grants[token] = map[common.Hash]*lat.Grant{}
	}
	g.grants[token][gr.ID] = gr
	return gr
}

func (g *fakeGrants) ChainID() uint64 { return g.chainID }

func (g *fakeGrants) Grant(_ context.Context, token common.Address, id common.Hash) (*lat.Grant, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	gr, ok := g.grants[token][id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownGrant, id.Hex())
	}
	if g.unconfirmed[id] {
		return nil, fmt.Errorf("%w: %s", ErrGrantUnconfirmed, id.Hex())
	}
	c := *gr
	return &c, nil
}
