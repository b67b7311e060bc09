package keyshare_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/authority"
	"github.com/dip-market/dip/escrow/keyshare"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
)

// The registry recomputes a sealed manifest's asset id on chain (Go and
// Solidity hash alike), registers it once, and holders reading the record
// release only while it matches and is not retired.
func TestRegisterManifestOnDevchain(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(7))
	defer c.Close()
	ctx := context.Background()
	reg, _, err := authority.Deploy(ctx, c.Client(), c.Transactor(guildIdx), common.Address{}, authority.Params{Admin: c.Address(guildIdx)})
	if err != nil {
		t.Fatal(err)
	}
	var holders []keyshare.HolderKey
	for i, idx := range []int{holder1Idx, holder2Idx, holder3Idx} {
		if _, err := reg.GrantCell(ctx, c.Transactor(guildIdx), []string{"u4pru", "u4prv", "u4prw"}[i], c.Address(idx)); err != nil {
			t.Fatal(err)
		}
		holders = append(holders, keyshare.HolderKeyOf(&c.Key(idx).PublicKey))
	}
	tokenAddr := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	m, err := keyshare.Seal(ctx, new(bytes.Buffer), bytes.NewReader([]byte("rows")), keyshare.SealParams{
		ChainID: devchain.ChainID.Uint64(), Tokens: []common.Address{tokenAddr}, Tier: 3, Threshold: 2, Holders: holders,
	})
	if err != nil {
		t.Fatal(err)
	}

	// Holder 2 has not registered its key yet: named before anything is sent.
	for _, idx := range []int{holder1Idx, holder3Idx} {
		if _, err := reg.RegisterKeyHolder(ctx, c.Transactor(idx), crypto.FromECDSAPub(&c.Key(idx).PublicKey)); err != nil {
			t.Fatal(err)
		}
	}
	owner := c.Transactor(buyerIdx)
	if _, err := keyshare.RegisterManifest(ctx, reg, owner, m); !errors.Is(err, keyshare.ErrHolderKeyMismatch) || !bytes.Contains([]byte(err.Error()), []byte(c.Address(holder2Idx).Hex())) {
		t.Fatalf("register with an unregistered holder: err = %v, want ErrHolderKeyMismatch naming holder 2", err)
	}
	if _, err := reg.RegisterKeyHolder(ctx, c.Transactor(holder2Idx), crypto.FromECDSAPub(&c.Key(holder2Idx).PublicKey)); err != nil {
		t.Fatal(err)
	}
	onChain, err := reg.ComputeAssetID(ctx, m.AssetSeal())
	if err != nil || onChain != m.AssetID {
		t.Fatalf("registry computes asset id %s (%v), Go computes %s", onChain.Hex(), err, m.AssetID.Hex())
	}
	rc, err := keyshare.RegisterManifest(ctx, reg, owner, m)
	if err != nil {
		t.Fatalf("register: %v", err)
	}
	t.Logf("registerAsset with 3 holders and 1 token: %d gas", rc.GasUsed)
	_, err = keyshare.RegisterManifest(ctx, reg, c.Transactor(strangerIdx), m)
	if re, ok := chain.AsRevert(err); !ok || re.Name != "Authority_AssetExists" {
		t.Fatalf("second registration: err = %v, want Authority_AssetExists", err)
	}

	assets := keyshare.NewChainAssets(c.Client(), reg.Address())
	rec, err := assets.AssetRecord(ctx, m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Owner != c.Address(buyerIdx) || rec.Tier != 3 || rec.Threshold != 2 || len(rec.Holders) != 3 || rec.Holders[2] != c.Address(holder3Idx) {
		t.Fatalf("record = %+v", rec)
	}
	if err := rec.Check(m); err != nil {
		t.Fatalf("record does not match its manifest: %v", err)
	}
	if _, err := assets.AssetRecord(ctx, common.HexToHash("0x1234")); !errors.Is(err, keyshare.ErrAssetNotRegistered) {
		t.Fatalf("unregistered asset: err = %v, want ErrAssetNotRegistered", err)
	}
	if _, err := reg.RetireAsset(ctx, owner, m.AssetID); err != nil {
		t.Fatal(err)
	}
	rec, err = assets.AssetRecord(ctx, m.AssetID)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.Check(m); !errors.Is(err, keyshare.ErrAssetRetired) {
		t.Fatalf("retired record: err = %v, want ErrAssetRetired", err)
	}
}
