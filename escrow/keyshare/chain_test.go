package keyshare_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

const (
	guildIdx = iota
	ladderIdx
	buyerIdx
	strangerIdx
	holder1Idx
	holder2Idx
	holder3Idx
)

// The whole flow on the embedded chain: seal to three holders, redeem a
// LAT for the asset, holders check the grant on chain (with confirmations)
// and release over HTTP, the buyer fetches 2 of 3 and decrypts.
func TestEndToEndOnDevchain(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(7))
	defer c.Close()
	ctx := context.Background()
	tok, _, err := lat.Deploy(ctx, c.Client(), c.Transactor(guildIdx), common.Address{}, lat.Params{
		Name: "Tier 2", Symbol: "T2", Guild: c.Address(guildIdx), Tier: 2, Minter: c.Address(ladderIdx),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(ctx, c.Transactor(ladderIdx), c.Address(buyerIdx), lat.One); err != nil {
		t.Fatal(err)
	}

	plain := []byte("patient_id,finding\n1,benign\n2,malignant\n")
	var holders []keyshare.HolderKey
	for _, i := range []int{holder1Idx, holder2Idx, holder3Idx} {
		holders = append(holders, keyshare.HolderKeyOf(&c.Key(i).PublicKey))
	}
	var sealed bytes.Buffer
	m, err := keyshare.Seal(ctx, &sealed, bytes.NewReader(plain), keyshare.SealParams{
		ChainID: devchain.ChainID.Uint64(), Tokens: []common.Address{tok.Address()}, Tier: 2, Threshold: 2, Holders: holders,
	})
	if err != nil {
		t.Fatal(err)
	}
	grant, _, err := tok.Redeem(ctx, c.Transactor(buyerIdx), m.AssetID)
	if err != nil {
		t.Fatal(err)
	}

	grants := keyshare.NewChainGrants(c.Client(), devchain.ChainID.Uint64(), 2)
	if _, err := grants.Grant(ctx, tok.Address(), grant.ID); !errors.Is(err, keyshare.ErrGrantUnconfirmed) {
		t.Fatalf("grant with 1 of 2 confirmations: err = %v, want ErrGrantUnconfirmed", err)
	}
	if _, err := grants.Grant(ctx, tok.Address(), common.HexToHash("0x404")); !errors.Is(err, keyshare.ErrUnknownGrant) {
		t.Fatalf("unknown grant: err = %v, want ErrUnknownGrant", err)
	}

	store, err := keyshare.NewMemoryManifests(m)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.DiscardHandler)
	var srcs []keyshare.ShareSource
	for n, i := range []int{holder1Idx, holder2Idx, holder3Idx} {
		h := keyshare.NewHolder(c.Key(i), grants, keyshare.NewMemoryLog(), keyshare.WithLogger(quiet))
		srv := httptest.NewServer(keyshare.NewHandler(h, store, quiet))
		defer srv.Close()
		if n == 0 {
			srv.Close() // offline
		}
		srcs = append(srcs, keyshare.NewHTTPSource(srv.URL, c.Address(i), srv.Client()))
	}
	buyerKey := c.Key(buyerIdx)
	_, err = keyshare.Fetch(ctx, m, grant, srcs, buyerKey)
	if !errors.Is(err, keyshare.ErrGrantUnconfirmed) || !errors.Is(err, keyshare.ErrNotEnoughShares) {
		t.Fatalf("fetch before confirmation: err = %v", err)
	}
	c.Commit() // one more block confirms the grant
	res, err := keyshare.Fetch(ctx, m, grant, srcs, buyerKey)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := keyshare.Open(m, &out, bytes.NewReader(sealed.Bytes()), res.Key); err != nil || !bytes.Equal(out.Bytes(), plain) {
		t.Fatalf("open: %v", err)
	}

	// A stranger replaying the buyer's grant is refused by every holder.
	forged := *grant
	forged.Holder = c.Address(strangerIdx)
	_, err = keyshare.Fetch(ctx, m, &forged, srcs, c.Key(strangerIdx))
	if !errors.Is(err, keyshare.ErrNotGrantHolder) || !errors.Is(err, keyshare.ErrNotEnoughShares) {
		t.Fatalf("stranger: err = %v", err)
	}

	// A watcher can recover the buyer's key from the redemption transaction.
	pub, err := keyshare.BuyerPublicKey(ctx, c.Client(), types.LatestSignerForChainID(devchain.ChainID), grant)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(*pub) != c.Address(buyerIdx) || !bytes.Equal(crypto.FromECDSAPub(pub), crypto.FromECDSAPub(&buyerKey.PublicKey)) {
		t.Fatal("recovered key is not the buyer's")
	}
	notSender := *grant
	notSender.Holder = c.Address(strangerIdx)
	if _, err := keyshare.BuyerPublicKey(ctx, c.Client(), types.LatestSignerForChainID(devchain.ChainID), &notSender); !errors.Is(err, keyshare.ErrBuyerKeyUnavailable) {
		t.Fatalf("grant holder not the sender: err = %v", err)
	}
}
