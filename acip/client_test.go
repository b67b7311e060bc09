package acip_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/lat"
)

// Dev accounts of the tests.
const (
	deployer = iota
	resolver
	expert1
	expert2
	expert3
	outsider
)

var erc20 = mockerc20.NewMockERC20()

// guildOnDevchain deploys everything and creates a guild with default
// parameters whose resolver is the `resolver` dev account.
func guildOnDevchain(t *testing.T, c *devchain.Chain, rec *deployments.Record) (*acip.Factory, *acip.Suite, common.Address) {
	t.Helper()
	ctx := context.Background()
	if _, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, acip.DeployOptions{MockPayment: true}); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	f, err := acip.Deployed(ctx, c.Client(), rec)
	if err != nil {
		t.Fatal(err)
	}
	pay := rec.Contracts[acip.MockPaymentName].Address
	p := acip.DefaultGuildParams("Oracle Guild", "ORC", pay)
	p.Resolver = c.Address(resolver)
	if err := p.Check(); err != nil {
		t.Fatalf("default params rejected: %v", err)
	}
	s, _, err := f.CreateGuild(ctx, c.Transactor(deployer), p)
	if err != nil {
		t.Fatalf("create guild: %v", err)
	}
	return f, s, pay
}

func mint(t *testing.T, c *devchain.Chain, token, to common.Address, amount *big.Int) {
	t.Helper()
	if _, err := chain.Transact(context.Background(), c.Client(), c.Transactor(deployer), token, erc20.PackMint(to, amount)); err != nil {
		t.Fatalf("mint payment: %v", err)
	}
}

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	re, ok := chain.AsRevert(err)
	if !ok || re.Name != name {
		t.Fatalf("error %v, want revert %s", err, name)
	}
}

func TestDeployIsIdempotent(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	saves := 0
	opts := acip.DeployOptions{MockPayment: true, Save: func(*deployments.Record) error { saves++; return nil }}

	first, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, opts)
	if err != nil {
		t.Fatalf("first deploy: %v", err)
	}
	want := len(acip.Implementations()) + 2
	if len(first) != want || saves != want {
		t.Fatalf("first deploy: %d steps, %d saves; want %d of each", len(first), saves, want)
	}
	for _, s := range first {
		if s.Skipped() {
			t.Errorf("first deploy skipped %s", s.Name)
		}
	}
	again, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, opts)
	if err != nil {
		t.Fatalf("second deploy: %v", err)
	}
	for i, s := range again {
		if !s.Skipped() || s.Address != first[i].Address {
			t.Errorf("second deploy redeployed %s (%s)", s.Name, s.Reason)
		}
	}
	if saves != want {
		t.Errorf("second deploy saved the record %d more times", saves-want)
	}

	// The factory clones exactly the recorded implementations.
	f, err := acip.Deployed(ctx, c.Client(), rec)
	if err != nil {
		t.Fatal(err)
	}
	impls, err := f.Implementations(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addrs := map[string]common.Address{}
	for _, impl := range acip.Implementations() {
		addrs[impl.Name] = rec.Contracts[impl.Name].Address
	}
	if fromRecord, err := acip.ImplementationsStruct(addrs); err != nil || fromRecord != impls {
		t.Fatalf("factory implementations %+v, record %+v (%v)", impls, fromRecord, err)
	}

	// A stale entry (no code there) is redeployed, and so is the factory that embeds it.
	stale := rec.Contracts["CapabilityLadder"]
	stale.Address = common.HexToAddress("0xdead")
	rec.Contracts["CapabilityLadder"] = stale
	third, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, opts)
	if err != nil {
		t.Fatalf("third deploy: %v", err)
	}
	redeployed := map[string]bool{}
	for _, s := range third {
		if !s.Skipped() {
			redeployed[s.Name] = true
		}
	}
	if len(redeployed) != 2 || !redeployed["CapabilityLadder"] || !redeployed[acip.FactoryName] {
		t.Fatalf("after a stale ladder entry, redeployed %v; want the ladder and the factory", redeployed)
	}
}

func TestImplementationsStructRejectsMissing(t *testing.T) {
	t.Parallel()
	if _, err := acip.ImplementationsStruct(map[string]common.Address{"LiquidAccessToken": common.HexToAddress("0x1")}); err == nil {
		t.Fatal("missing implementations accepted")
	}
}

func TestGuildCompetitionLifecycle(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(6))
	defer c.Close()
	ctx := context.Background()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	f, s, pay := guildOnDevchain(t, c, rec)

	// The event's suite is the factory's record and its prediction; the record round-trips.
	onChain, err := f.SuiteOf(ctx, s.GuildID)
	if err != nil {
		t.Fatal(err)
	}
	predicted, err := f.PredictSuite(ctx, s.GuildID, 5)
	if err != nil {
		t.Fatal(err)
	}
	back := acip.SuiteFromAddresses(s.Addresses())
	for name, got := range map[string]acip.Suite{"suiteOf": *onChain, "predictSuite": *predicted, "record round trip": back} {
		if got.Ladder != s.Ladder || got.Governor != s.Governor || len(got.Lats) != 5 || got.LAT(5) != s.LAT(5) {
			t.Errorf("%s = %+v, event says %+v", name, got.IGuildFactorySuite, s.IGuildFactorySuite)
		}
	}
	if names := s.AddressNames(); len(names) != 13 || names[0] != "ladder" || names[5] != "escrow" ||
		names[6] != "settlement" || names[7] != "authority" || names[12] != "lat5" {
		t.Errorf("address names %v", names)
	}
	if back.Settlement != s.Settlement || back.Escrow != s.Escrow || back.Authority != s.Authority ||
		onChain.Settlement != s.Settlement || predicted.Authority != s.Authority {
		t.Errorf("new components do not round-trip: record %+v, suiteOf %+v, event %+v", back.IGuildFactorySuite, onChain.IGuildFactorySuite, s.IGuildFactorySuite)
	}
	for name, a := range map[string]common.Address{"escrow": s.Escrow, "settlement": s.Settlement, "authority": s.Authority} {
		if code, err := c.Client().CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			t.Errorf("%s at %s has no code (%v)", name, a.Hex(), err)
		}
	}
	if _, err := f.SuiteOf(ctx, big.NewInt(9)); err == nil {
		t.Error("unknown guild accepted")
	} else {
		wantRevert(t, err, "Factory_UnknownGuild")
	}

	l := acip.AttachLadder(s.Ladder, c.Client())
	params, err := l.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if params.Treasury != s.Timelock || params.PaymentToken != pay || params.RankMax != 5 {
		t.Fatalf("ladder params %+v", params)
	}
	if ok, err := l.IsResolver(ctx, c.Address(resolver)); err != nil || !ok {
		t.Fatalf("resolver role: %v, %v", ok, err)
	}
	if ok, err := l.IsResolver(ctx, s.Settlement); err != nil || !ok {
		t.Fatalf("the guild's Settlement does not resolve the ladder: %v, %v", ok, err)
	}

	comp, r, err := l.OpenCompetition(ctx, c.Transactor(outsider), 0, params.TMin)
	if err != nil {
		t.Fatal(err)
	}
	wantFee, _ := params.EntryCost(0, params.TMin)
	if comp.ID.Int64() != 1 || comp.Fee.Cmp(wantFee) != 0 || r.Status != 1 {
		t.Fatalf("opened %+v, want id 1 and fee %s", comp, wantFee)
	}

	experts := []int{expert1, expert2, expert3}
	salts := map[int]common.Hash{}
	payloads := map[int]common.Hash{}
	for _, e := range experts {
		mint(t, c, pay, c.Address(e), wantFee)
		salts[e], _ = acip.NewSalt()
		payloads[e] = crypto.Keccak256Hash([]byte{byte(e)})
		commitment, receipts, err := l.Enter(ctx, c.Transactor(e), comp.ID, salts[e], payloads[e])
		if err != nil {
			t.Fatalf("expert %d enters: %v", e, err)
		}
		if len(receipts) != 2 {
			t.Errorf("enter: %d receipts, want approve + commit", len(receipts))
		}
		if local := acip.Commitment(c.Address(e), comp.ID, salts[e], payloads[e], l.Address(), devchain.ChainID); local != commitment {
			t.Errorf("local commitment %s, ladder's %s", local.Hex(), commitment.Hex())
		}
	}
	// Bad input is refused with the contract's custom error.
	_, _, err = l.Enter(ctx, c.Transactor(expert1), comp.ID, salts[expert1], payloads[expert1])
	if !errors.Is(err, acip.ErrInsufficientBalance) {
		t.Errorf("second entry without funds: %v", err)
	}
	mint(t, c, pay, c.Address(expert1), wantFee)
	_, _, err = l.Enter(ctx, c.Transactor(expert1), comp.ID, salts[expert1], payloads[expert1])
	wantRevert(t, err, "Ladder_AlreadyEntered")
	_, err = l.Reveal(ctx, c.Transactor(expert1), comp.ID, salts[expert1], payloads[expert1])
	wantRevert(t, err, "Ladder_NotInRevealPhase")

	if err := c.AdvanceTime(time.Duration(params.TMin+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = l.Reveal(ctx, c.Transactor(expert2), comp.ID, salts[expert1], payloads[expert2])
	wantRevert(t, err, "Ladder_CommitmentMismatch")
	for _, e := range experts {
		if _, err := l.Reveal(ctx, c.Transactor(e), comp.ID, salts[e], payloads[e]); err != nil {
			t.Fatalf("expert %d reveals: %v", e, err)
		}
	}
	_, _, err = l.Resolve(ctx, c.Transactor(resolver), comp.ID, []common.Address{c.Address(expert1)}, big.NewInt(1))
	wantRevert(t, err, "Ladder_NotInResolutionPhase")

	if err := c.AdvanceTime(time.Duration(params.RevealPeriod) * time.Second); err != nil {
		t.Fatal(err)
	}
	_, _, err = l.Resolve(ctx, c.Transactor(outsider), comp.ID, []common.Address{c.Address(expert1)}, big.NewInt(1))
	wantRevert(t, err, "Ladder_NotResolver")
	res, _, err := l.Resolve(ctx, c.Transactor(resolver), comp.ID, []common.Address{c.Address(expert1)}, big.NewInt(7e17))
	if err != nil {
		t.Fatalf("resolve: %v", err)
	}
	pot := new(big.Int).Mul(wantFee, big.NewInt(3))
	toTreasury, burned := acip.FeeSplit(pot, params.BurnBps)
	if len(res.Promoted) != 1 || res.Promoted[0] != c.Address(expert1) || res.ToTreasury.Cmp(toTreasury) != 0 || res.Burned.Cmp(burned) != 0 {
		t.Fatalf("resolution %+v; want expert-1 promoted, %s to the treasury, %s burned", res, toTreasury, burned)
	}
	for _, tc := range []struct {
		who  int
		rank uint8
		lat  *big.Int
	}{{expert1, 1, acip.LATReward}, {expert2, 0, new(big.Int)}} {
		rank, err := l.RankOf(ctx, c.Address(tc.who))
		if err != nil || rank != tc.rank {
			t.Errorf("rank of %d = %d (%v), want %d", tc.who, rank, err, tc.rank)
		}
		bal, err := lat.Attach(s.LAT(1), c.Client()).BalanceOf(ctx, c.Address(tc.who))
		if err != nil || bal.Cmp(tc.lat) != 0 {
			t.Errorf("tier-1 LAT of %d = %s (%v), want %s", tc.who, bal, err, tc.lat)
		}
	}
	after, err := l.Competition(ctx, comp.ID)
	if err != nil || after.State != acip.StateResolved || after.PhaseAt(0) != acip.PhaseOver || after.Revealed != 3 {
		t.Fatalf("competition after resolution %+v, %v", after, err)
	}
	entry, err := l.EntryOf(ctx, comp.ID, c.Address(expert1))
	if err != nil || !entry.Won || entry.Status != acip.EntryRevealed || entry.Payload != payloads[expert1] {
		t.Fatalf("winner's entry %+v, %v", entry, err)
	}
}

func TestCreateGuildDecodesComponentErrors(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	f, _, pay := guildOnDevchain(t, c, rec)
	tests := []struct {
		name   string
		mutate func(*acip.GuildParams)
		revert string
	}{
		{"k = 1", func(p *acip.GuildParams) { p.Ladder.K = acip.WAD }, "Ladder_InvalidGrowth"},
		{"rankMax 33", func(p *acip.GuildParams) { p.Ladder.RankMax = 33 }, "Factory_InvalidRankMax"},
		{"empty name", func(p *acip.GuildParams) { p.Name = "" }, "Factory_EmptyMetadata"},
		{"heat scale 17", func(p *acip.GuildParams) { p.Governance.Conversion.HeatScale = big.NewInt(17) }, "Converter_InvalidHeatScale"},
		{"zero voting period", func(p *acip.GuildParams) { p.Governance.VotingPeriod = 0 }, "GovernorInvalidVotingPeriod"},
		{"challenge window = resolution period", func(p *acip.GuildParams) { p.Settlement.Config.ChallengeWindow = p.Ladder.ResolutionPeriod }, "Factory_ChallengeWindowTooLong"},
		{"zero arbiter", func(p *acip.GuildParams) { p.Escrow.Arbiters = []common.Address{{}} }, "Factory_ZeroArbiter"},
		{"commit amount without token", func(p *acip.GuildParams) { p.Authority.CommitAmount = big.NewInt(1) }, "Factory_InvalidCommitment"},
		{"zero claim bond", func(p *acip.GuildParams) { p.Settlement.Config.ClaimBond = new(big.Int) }, "Settlement_BadConfig"},
		{"fee above 30%", func(p *acip.GuildParams) { p.Escrow.Config.FeeBps = 3001 }, "Escrow_BadConfig"},
	}
	for _, tc := range tests {
		p := acip.DefaultGuildParams("Bad", "BAD", pay)
		tc.mutate(&p)
		if p.Check() == nil {
			t.Errorf("%s: Check accepted it", tc.name)
		}
		_, _, err := f.CreateGuild(ctx, c.Transactor(deployer), p)
		re, ok := chain.AsRevert(err)
		if !ok || re.Name != tc.revert {
			t.Errorf("%s: error %v, want %s", tc.name, err, tc.revert)
		}
	}
	// Only the chain knows whether an address holds code.
	p := acip.DefaultGuildParams("Bad", "BAD", pay)
	p.Settlement.PowVerifier = c.Address(deployer)
	if err := p.Check(); err != nil {
		t.Fatalf("Check: %v", err)
	}
	_, _, err := f.CreateGuild(ctx, c.Transactor(deployer), p)
	wantRevert(t, err, "Factory_NotAContract")
}

// TestDeployChecksCodeAndCreatedContracts has the record point Settlement at
// another contract: the next deploy sees code other than this build's and
// deploys Settlement again. A correct Settlement is recognised together with
// the SettlementBatches its constructor created (an address its code
// embeds), which must hold this build's code too.
func TestDeployChecksCodeAndCreatedContracts(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(2))
	defer c.Close()
	ctx := context.Background()
	rec := &deployments.Record{ChainID: devchain.ChainID.Uint64(), Contracts: map[string]deployments.Entry{}}
	if _, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, acip.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	settlement := rec.Contracts["Settlement"]
	impl := acip.Implementations()
	var creation []byte
	for _, i := range impl {
		if i.Name == "Settlement" {
			creation = common.FromHex(i.Meta.Bin)
		}
	}
	want, err := acip.ExpectedCode(creation, settlement.Address)
	if err != nil {
		t.Fatal(err)
	}
	batches := crypto.CreateAddress(settlement.Address, 1)
	if len(want) != 2 || len(want[batches]) == 0 || !bytes.Contains(want[settlement.Address], batches[:]) {
		t.Fatalf("expected code of Settlement: %d contracts; want Settlement embedding its SettlementBatches at %s", len(want), batches.Hex())
	}
	for a, code := range want {
		have, err := c.Client().CodeAt(ctx, a, nil)
		if err != nil || !bytes.Equal(have, code) {
			t.Fatalf("code at %s differs from the expected (%v)", a.Hex(), err)
		}
	}

	wrong := rec.Contracts["TallyVerifier"]
	rec.Contracts["Settlement"] = deployments.Entry{Address: wrong.Address, CodeHash: wrong.CodeHash}
	steps, err := acip.Deploy(ctx, c.Client(), c.Transactor(deployer), rec, acip.DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if s.Name == "Settlement" && (s.Skipped() || s.Address == wrong.Address || !strings.Contains(s.Reason, "differs from this build")) {
			t.Fatalf("Settlement step %+v; want a redeploy because the recorded code differs", s)
		}
		if s.Name != "Settlement" && s.Name != acip.FactoryName && !s.Skipped() {
			t.Errorf("%s redeployed (%s)", s.Name, s.Reason)
		}
	}
}
