package main

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/lat"
)

// actLAT deploys a Liquid Access Token, mints to an expert, who sells one
// token to a buyer, who redeems it for a dataset and receives an access grant.
func actLAT(ctx context.Context, e *demoEnv) error {
	e.section("Liquid Access Token: mint, trade, redeem for access")
	e.stepf("deploy the LAT implementation and a tier-1 clone for the guild")
	tok, d, err := lat.Deploy(ctx, e.chain.Client(), e.opts(roleGuild), [20]byte{}, lat.Params{
		Name: "Demo Guild Tier 1", Symbol: "DEMO1", Guild: e.addr(roleGuild), Tier: 1, Minter: e.addr(roleLadder),
	})
	if err != nil {
		return err
	}
	for i, label := range []string{"implementation", "EIP-1167 clone", "initialize"} {
		e.tx(label, d.Receipts[i])
	}
	e.notef("token %s (minter: the ladder %s)", tok.Address().Hex(), e.addr(roleLadder).Hex())

	e.stepf("the ladder mints 2 DEMO1 to expert-1 for winning a competition")
	r, err := tok.Mint(ctx, e.opts(roleLadder), e.addr(roleExpert1), new(big.Int).Mul(lat.One, big.NewInt(2)))
	if err != nil {
		return err
	}
	e.tx("mint", r)

	e.stepf("expert-1 sells 1 DEMO1 to the buyer (a plain ERC-20 transfer)")
	if r, err = tok.Transfer(ctx, e.opts(roleExpert1), e.addr(roleBuyer), lat.One); err != nil {
		return err
	}
	e.tx("transfer", r)

	asset := crypto.Keccak256Hash([]byte("demo dataset: annotated radiology images v1"))
	e.stepf("the buyer redeems 1 DEMO1 for asset %s", asset.Hex())
	g, r, err := tok.Redeem(ctx, e.opts(roleBuyer), asset)
	if err != nil {
		return err
	}
	e.tx("redeem", r)
	e.notef("AccessGranted: grant %s", g.ID.Hex())
	e.notef("               holder %s, tier %d, block %d", g.Holder.Hex(), g.Tier, g.BlockNumber)

	info, err := tok.Info(ctx)
	if err != nil {
		return err
	}
	expertBal, err := tok.BalanceOf(ctx, e.addr(roleExpert1))
	if err != nil {
		return err
	}
	buyerBal, err := tok.BalanceOf(ctx, e.addr(roleBuyer))
	if err != nil {
		return err
	}
	e.notef("supply %s DEMO1 (expert-1 %s, buyer %s), redemptions %s", tokens(info.TotalSupply), tokens(expertBal), tokens(buyerBal), info.Redemptions)
	e.addrs["lat"] = tok.Address()
	return nil
}
