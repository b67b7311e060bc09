package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// demoDataset is the small file the access act seals.
const demoDataset = "study,image,finding,confidence\n" +
	"RAD-001,chest-0001.dcm,no finding,0.97\n" +
	"RAD-001,chest-0002.dcm,nodule right upper lobe,0.88\n" +
	"RAD-001,chest-0003.dcm,pleural effusion,0.91\n"

// namedSource labels a share source with the authority's demo name.
type namedSource struct {
	name string
	keyshare.ShareSource
}

func (n namedSource) Name() string { return n.name }

// actAccess seals a dataset 2-of-3 to three authority nodes, sells the buyer
// a LAT that the buyer redeems for the asset, and has the authorities
// release their shares over HTTP against the on-chain grant (one of them is
// offline); the buyer rebuilds the key and decrypts. A stranger replaying
// the buyer's grant gets nothing.
func actAccess(ctx context.Context, e *demoEnv) error {
	e.section("Sealed data, released against a grant (2-of-3 key escrow)")
	tokAddr, ok := e.addrs["lat"]
	if !ok {
		return errors.New("the LAT act must run first")
	}
	tok := lat.Attach(tokAddr, e.chain.Client())
	chainID := devchain.ChainID.Uint64()

	authorities := []*ecdsa.PrivateKey{devchain.DevKey(roleAuthority), devchain.DevKey(10), devchain.DevKey(11)}
	e.stepf("three authority nodes publish their share keys (secp256k1, as registered in the AuthorityRegistry)")
	holders := make([]keyshare.HolderKey, len(authorities))
	for i, k := range authorities {
		holders[i] = keyshare.HolderKeyOf(&k.PublicKey)
		e.notef("authority-%d %s", i+1, holders[i].Address.Hex())
	}

	e.stepf("expert-1 seals a %d-byte dataset: AES-256-GCM under a fresh key, key split 2-of-3, tier 1 and up", len(demoDataset))
	var sealed bytes.Buffer
	m, err := keyshare.Seal(ctx, &sealed, bytes.NewReader([]byte(demoDataset)), keyshare.SealParams{
		ChainID: chainID, Tokens: []common.Address{tokAddr}, Tier: 1, Threshold: 2, Holders: holders,
	})
	if err != nil {
		return err
	}
	e.notef("asset id   %s", m.AssetID.Hex())
	e.notef("ciphertext %d bytes, sha256 %s", m.Cipher.Size, m.Cipher.SHA256.Hex())
	e.notef("each share is ECIES-encrypted to its authority and committed to (salted) in the manifest")

	e.stepf("expert-1 sells its last DEMO1 to the buyer")
	r, err := tok.Transfer(ctx, e.opts(roleExpert1), e.addr(roleBuyer), lat.One)
	if err != nil {
		return err
	}
	e.tx("transfer", r)

	e.stepf("the buyer redeems 1 DEMO1 for the asset")
	grant, r, err := tok.Redeem(ctx, e.opts(roleBuyer), m.AssetID)
	if err != nil {
		return err
	}
	e.tx("redeem", r)
	e.notef("AccessGranted: grant %s, tier %d", grant.ID.Hex(), grant.Tier)

	e.stepf("authorities serve POST %s on loopback, honouring grants after 2 confirmations; authority-1 is offline", keyshare.ReleasePath)
	store, err := keyshare.NewMemoryManifests(m)
	if err != nil {
		return err
	}
	grants := keyshare.NewChainGrants(e.chain.Client(), chainID, 2)
	quiet := slog.New(slog.DiscardHandler)
	client := &http.Client{Timeout: 10 * time.Second}
	var sources []keyshare.ShareSource
	for i, k := range authorities {
		h := keyshare.NewHolder(k, grants, keyshare.NewMemoryLog(), keyshare.WithLogger(quiet))
		url, stop, err := serveShares(keyshare.NewHandler(h, store, quiet), i == 0)
		if err != nil {
			return err
		}
		defer stop()
		sources = append(sources, namedSource{fmt.Sprintf("authority-%d", i+1), keyshare.NewHTTPSource(url, holders[i].Address, client)})
	}

	buyerKey := devchain.DevKey(roleBuyer)
	e.stepf("the buyer asks at once: the grant has 1 of 2 confirmations")
	if _, err := keyshare.Fetch(ctx, m, grant, sources, buyerKey); !errors.Is(err, keyshare.ErrGrantUnconfirmed) {
		return fmt.Errorf("fetch before confirmation: got %v, want an unconfirmed grant", err)
	} else {
		printShortfall(e, "the buyer", err)
	}
	e.chain.Commit()
	e.notef("one more block is mined")

	e.stepf("the buyer asks again and collects 2 shares")
	res, err := keyshare.Fetch(ctx, m, grant, sources, buyerKey)
	if err != nil {
		return err
	}
	defer clear(res.Key)
	for _, f := range res.Failures {
		e.notef("%s: %v", f.Source, f.Err)
	}
	slices.SortFunc(res.Releases, func(a, b *keyshare.Release) int { return int(a.Index) - int(b.Index) })
	for _, rel := range res.Releases {
		e.notef("authority-%d: share %d, signed for this grant and buyer, matches its commitment", rel.Index, rel.Index)
	}

	e.stepf("the buyer rebuilds the key (it matches the manifest's key commitment) and decrypts")
	var plain bytes.Buffer
	if err := keyshare.Open(m, &plain, bytes.NewReader(sealed.Bytes()), res.Key); err != nil {
		return err
	}
	if plain.String() != demoDataset {
		return errors.New("decrypted data differs from the sealed dataset")
	}
	sum := sha256.Sum256(plain.Bytes())
	e.notef("%d bytes, sha256 %x: identical to what expert-1 sealed", plain.Len(), sum)

	e.stepf("a stranger replays the buyer's grant id with its own key")
	strangerKey := devchain.DevKey(roleChallenger)
	replayed := *grant
	replayed.Holder = crypto.PubkeyToAddress(strangerKey.PublicKey)
	if _, err := keyshare.Fetch(ctx, m, &replayed, sources, strangerKey); !errors.Is(err, keyshare.ErrNotGrantHolder) {
		return fmt.Errorf("stranger replay: got %v, want a refusal", err)
	} else {
		printShortfall(e, "the stranger", err)
	}
	e.notef("the shares already released are encrypted to the buyer's key and signed for its grant: useless to anyone else")
	return nil
}

func printShortfall(e *demoEnv, who string, err error) {
	var se *keyshare.ShortfallError
	if !errors.As(err, &se) {
		e.notef("%v", err)
		return
	}
	e.notef("%d of %d shares; %s is told who failed and why:", se.Valid, se.Threshold, who)
	for _, f := range se.Failures {
		e.notef("  %s: %v", f.Source, f.Err)
	}
}

// serveShares serves h on a loopback port and returns its URL and a stop
// function. An offline server's port is closed before anyone connects.
func serveShares(h http.Handler, offline bool) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("listen on loopback: %w", err)
	}
	url := "http://" + ln.Addr().String()
	if offline {
		ln.Close()
		return url, func() {}, nil
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	return url, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		<-done
	}, nil
}
