package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/chain"
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

// actAccess has the authority nodes governance admitted register their share
// keys on the guild's AuthorityRegistry; the expert who delivered the escrow
// order seals the dataset 2-of-3 to them for holders of the guild's tier-1
// LAT and registers the asset; the buyer buys a DEMO-T1 from the other
// miner, checks the asset's on-chain record and redeems the token for the
// asset; the authorities, checking the record and the grant, release their
// shares over HTTP (one is offline) and the buyer decrypts. A stranger
// replaying the buyer's grant gets nothing.
func actAccess(ctx context.Context, e *demoEnv) error {
	e.section("7. Access bought with the guild's tier-1 LAT, sealed data released by authority nodes (2-of-3)")
	g := e.guild
	b := e.chain.Client()
	chainID := devchain.ChainID.Uint64()
	tok := lat.Attach(g.suite.LAT(1), b)
	reg := authority.Attach(g.suite.Authority, b)
	owner, seller := g.holder, g.seller

	e.stepf("the three authority nodes holding cells register their share keys (secp256k1) on the guild's AuthorityRegistry")
	holders := make([]keyshare.HolderKey, len(demoAuthorities))
	for i, a := range demoAuthorities {
		k := e.chain.Key(a)
		r, err := reg.RegisterKeyHolder(ctx, e.opts(a), crypto.FromECDSAPub(&k.PublicKey))
		if err != nil {
			return err
		}
		e.tx(roleNames[a]+" registerKey", r)
		holders[i] = keyshare.HolderKeyOf(&k.PublicKey)
	}
	keyHolders, err := reg.KeyHolders(ctx)
	if err != nil {
		return err
	}
	e.facts.KeyHolders = keyHolders
	e.notef("the registry lists %d key holders", len(keyHolders))

	e.stepf("%s seals a %d-byte dataset: AES-256-GCM under a fresh key, key split 2-of-3, for DEMO-T1 (tier 1) holders", roleNames[owner], len(demoDataset))
	var sealed bytes.Buffer
	m, err := keyshare.Seal(ctx, &sealed, bytes.NewReader([]byte(demoDataset)), keyshare.SealParams{
		ChainID: chainID, Tokens: []common.Address{tok.Address()}, Tier: 1, Threshold: 2, Holders: holders,
	})
	if err != nil {
		return err
	}
	e.notef("asset id   %s", m.AssetID.Hex())
	e.notef("ciphertext %d bytes, sha256 %s", m.Cipher.Size, m.Cipher.SHA256.Hex())
	e.notef("each share is ECIES-encrypted to its authority and committed to (salted) in the manifest")

	e.stepf("%s registers the asset: the registry recomputes its id from the seal and the holders' registered keys", roleNames[owner])
	r, err := keyshare.RegisterManifest(ctx, reg, e.opts(owner), m)
	if err != nil {
		return err
	}
	e.tx("registerAsset", r)

	price := new(big.Int).Mul(lat.One, big.NewInt(40))
	e.stepf("the buyer buys one DEMO-T1 from %s for %s tPAY", roleNames[seller], tokens(price))
	if r, err = chain.Transact(ctx, b, e.opts(roleBuyer), g.pay, erc20.PackTransfer(e.addr(seller), price), acip.ErrorABIs()...); err != nil {
		return err
	}
	e.tx("tPAY to "+roleNames[seller], r)
	if r, err = tok.Transfer(ctx, e.opts(seller), e.addr(roleBuyer), lat.One); err != nil {
		return err
	}
	e.tx("DEMO-T1 to the buyer", r)

	assets := keyshare.NewChainAssets(b, reg.Address())
	e.stepf("the buyer checks the asset's on-chain record against the manifest, then redeems 1 DEMO-T1 for the asset")
	rec, err := assets.AssetRecord(ctx, m.AssetID)
	if err != nil {
		return err
	}
	if err := rec.Check(m); err != nil {
		return err
	}
	e.notef("record: owner %s, tier %d, %d-of-%d, not retired: matches the manifest", demoName(e, rec.Owner), rec.Tier, rec.Threshold, len(rec.Holders))
	grant, r, err := tok.Redeem(ctx, e.opts(roleBuyer), m.AssetID)
	if err != nil {
		return err
	}
	e.tx("redeem", r)
	e.notef("AccessGranted: grant %s, tier %d, token %s", grant.ID.Hex(), grant.Tier, grant.Token.Hex())

	e.stepf("authorities serve POST %s on loopback; each checks the asset's on-chain record and the grant (2 confirmations); authority-1 is offline", keyshare.ReleasePath)
	store, err := keyshare.NewMemoryManifests(m)
	if err != nil {
		return err
	}
	grants := keyshare.NewChainGrants(b, chainID, 2)
	quiet := slog.New(slog.DiscardHandler)
	client := &http.Client{Timeout: 10 * time.Second}
	var sources []keyshare.ShareSource
	for i, a := range demoAuthorities {
		h := keyshare.NewHolder(e.chain.Key(a), grants, keyshare.NewMemoryLog(), keyshare.WithLogger(quiet), keyshare.WithAssetRecords(assets))
		url, stop, err := serveShares(keyshare.NewHandler(h, store, quiet), i == 0)
		if err != nil {
			return err
		}
		defer stop()
		sources = append(sources, namedSource{roleNames[a], keyshare.NewHTTPSource(url, holders[i].Address, client)})
	}

	buyerKey := e.chain.Key(roleBuyer)
	e.stepf("the buyer asks at once: the grant has 1 of 2 confirmations")
	if _, err := keyshare.Fetch(ctx, m, grant, sources, buyerKey); !errors.Is(err, keyshare.ErrGrantUnconfirmed) {
		return fmt.Errorf("fetch before confirmation: got %v, want an unconfirmed grant", err)
	} else {
		printShortfall(e, "the buyer", err)
	}
	e.mine(1)

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
	e.facts.Decrypted, e.facts.Dataset = plain.Bytes(), []byte(demoDataset)
	if plain.String() != demoDataset {
		return errors.New("decrypted data differs from the sealed dataset")
	}
	sum := sha256.Sum256(plain.Bytes())
	e.notef("%d bytes, sha256 %x: identical to what %s sealed (keccak256 %s, the content hash it delivered)", plain.Len(), sum, roleNames[owner], crypto.Keccak256Hash(plain.Bytes()).Hex())

	e.stepf("a stranger replays the buyer's grant id with its own key")
	strangerKey := e.chain.Key(roleChallenger)
	replayed := *grant
	replayed.Holder = crypto.PubkeyToAddress(strangerKey.PublicKey)
	if _, err := keyshare.Fetch(ctx, m, &replayed, sources, strangerKey); !errors.Is(err, keyshare.ErrNotGrantHolder) {
		return fmt.Errorf("stranger replay: got %v, want a refusal", err)
	} else {
		printShortfall(e, "the stranger", err)
	}
	e.notef("the shares already released are encrypted to the buyer's key and signed for its grant: useless to anyone else")

	e.stepf("%s retires the asset on the registry; the holders read the record on every request and release nothing more, not even to the buyer", roleNames[owner])
	if r, err = reg.RetireAsset(ctx, e.opts(owner), m.AssetID); err != nil {
		return err
	}
	e.tx("retireAsset", r)
	if _, err := keyshare.Fetch(ctx, m, grant, sources, buyerKey); !errors.Is(err, keyshare.ErrAssetRetired) {
		return fmt.Errorf("fetch of a retired asset: got %v, want a refusal", err)
	} else {
		printShortfall(e, "the buyer", err)
	}
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
