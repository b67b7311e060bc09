package main

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// The whole story on one guild: the facts it establishes are read back from
// the chain (not only printed), and the output tells them in order.
func TestDemoStory(t *testing.T) {
	if testing.Short() {
		t.Skip("plays the whole demo (Groth16 setup on the first run, then cached)")
	}
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out bytes.Buffer
	e, err := playDemo(ctx, &out)
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	f := e.facts
	addr := devchain.DevKeyAddress

	t.Run("competitions promoted their winners", func(t *testing.T) {
		if f.DeliberationWinner != addr(roleExpert2) {
			t.Errorf("deliberation winner %s, want expert-2 (sums [2 10 1])", f.DeliberationWinner.Hex())
		}
		miners := map[common.Address]bool{}
		for _, m := range f.Miners {
			miners[m] = true
		}
		if len(f.Miners) != 2 || !miners[addr(roleExpert1)] || !miners[addr(roleExpert3)] {
			t.Errorf("mining epoch promoted %v, want expert-1 and expert-3", f.Miners)
		}
		for _, x := range []int{roleExpert1, roleExpert2, roleExpert3} {
			if f.Ranks[addr(x)] != 1 || f.Tier1[addr(x)].Cmp(lat.One) != 0 {
				t.Errorf("%s: rank %d with %s tier-1 LAT after the competitions, want rank 1 and one LAT", roleNames[x], f.Ranks[addr(x)], f.Tier1[addr(x)])
			}
		}
	})
	t.Run("escrow order released with the settled score", func(t *testing.T) {
		one := big.NewInt(1e18)
		if f.Order == nil || f.Order.State != escrow.StateReleased {
			t.Fatalf("order %+v, want Released", f.Order)
		}
		if f.Order.Score.Cmp(one) != 0 || f.SettledScore != one.String() {
			t.Errorf("order score %s, settler recorded %s; want both 1e18 (one proposal, positive vote sum)", f.Order.Score, f.SettledScore)
		}
	})
	t.Run("governance executed its proposal", func(t *testing.T) {
		if f.BaseCost == nil || f.BaseCost.Cmp(new(big.Int).Mul(lat.One, big.NewInt(50))) != 0 {
			t.Errorf("rank-0 entry cost %s after the proposal, want 50 tPAY", f.BaseCost)
		}
		if len(f.KeyHolders) != len(demoAuthorities) {
			t.Errorf("key holders %v, want the %d authorities governance admitted", f.KeyHolders, len(demoAuthorities))
		}
	})
	t.Run("buyer decrypted the dataset", func(t *testing.T) {
		if len(f.Decrypted) == 0 || !bytes.Equal(f.Decrypted, f.Dataset) || string(f.Dataset) != demoDataset {
			t.Errorf("decrypted %q, want the sealed dataset", f.Decrypted)
		}
	})
	t.Run("output tells the story in order", func(t *testing.T) {
		s := out.String()
		at := 0
		for _, want := range []string{
			"== 1. Guild created by the factory", "PowEpochAdapter              tx 0x", "createGuild                  tx 0x", "(as predicted)",
			"== 2. Experts compete: a rank-0 competition decided by a settled deliberation", "sums [2 10 1], winner proposal 1 (expert-2)",
			"Promoted: expert-2 to rank 1, holds 1 DEMO-T1",
			"== 3. Experts compete: a rank-0 competition decided by a mining epoch", "publishThreshold             tx 0x",
			"answerSample gas", "finalize (onClaimFinalized)  tx 0x", "to rank 1 by their verified counts",
			"== 4. Promotion: ranks and LAT rewards", "expert-2  rank 1, 1 DEMO-T1 (promoted by deliberation)",
			"== 5. A buyer's escrow order, evaluated through the relayer pipelines", "openWithPermit               tx 0x",
			"escrow-sessions: OrderDelivered confirmed", "submit (txmgr)               tx 0x", "finalize (txmgr)             tx 0x",
			"settled: winners [expert-1], score 1000000000000000000; order 1: Evaluated", "order 1: Released",
			"expert-1 received 237.5 tPAY and its 1 DEMO-T1 bond back",
			"== 6. Governance: LAT converted into votes, a proposal through the timelock", "execute                      tx 0x",
			"now costs 50 tPAY (was 100)", "cell u4prw granted to authority-3",
			"== 7. Access bought with the guild's tier-1 LAT", "registerAsset                tx 0x", "matches the manifest",
			"has 1 of 2 confirmations", "authority-1: keyshare: holder unavailable", "identical to what expert-1 sealed",
			"requester is not the grant's holder", "retireAsset                  tx 0x", "asset retired on chain",
			"== 8. Zero-knowledge proof of sampled inference", "Groth16Verifier_ProofInvalid",
			"Gas by chapter:", "5. escrow order evaluated through the relayer pipelines  10 txs", "\nDone: ",
		} {
			i := strings.Index(s[at:], want)
			if i < 0 {
				t.Fatalf("output lacks %q after offset %d:\n%s", want, at, s)
			}
			at += i + len(want)
		}
		if e.txs < 70 || e.totalGas == 0 {
			t.Errorf("%d transactions, %d gas counted, want the whole story's", e.txs, e.totalGas)
		}
		var txs int
		var gas uint64
		for _, c := range e.chapters {
			txs, gas = txs+c.txs, gas+c.gas
		}
		if len(e.chapters) != len(demoActs()) || txs != e.txs || gas != e.totalGas {
			t.Errorf("%d chapters with %d txs and %d gas, want %d chapters adding up to %d and %d", len(e.chapters), txs, gas, len(demoActs()), e.txs, e.totalGas)
		}
	})
}

// Acts after the first need the guild act's suite and say so.
func TestDemoActsNeedTheGuild(t *testing.T) {
	t.Parallel()
	c := devchain.New()
	defer c.Close()
	var out strings.Builder
	e := &demoEnv{chain: c, out: &out, addrs: map[string]common.Address{}}
	for name, act := range map[string]func(context.Context, *demoEnv) error{"deliberation": actDeliberation, "escrow": actEscrow} {
		if err := act(context.Background(), e); err == nil {
			t.Errorf("the %s act ran without the guild act's suite", name)
		}
	}
}
