package acip_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/acip"
)

func TestGuildParamsCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(*acip.GuildParams)
		ok     bool
	}{
		{"defaults", func(*acip.GuildParams) {}, true},
		{"arbiters and a commitment", func(p *acip.GuildParams) {
			p.Escrow.Arbiters = []common.Address{common.HexToAddress("0xa1")}
			p.Authority = acip.AuthorityParams{CommitToken: common.HexToAddress("0xc0"), CommitAmount: big.NewInt(5)}
		}, true},
		{"challenge window = resolution period", func(p *acip.GuildParams) { p.Settlement.Config.ChallengeWindow = p.Ladder.ResolutionPeriod }, false},
		{"nil claim bond", func(p *acip.GuildParams) { p.Settlement.Config.ClaimBond = nil }, false},
		{"zero sample count", func(p *acip.GuildParams) { p.Settlement.Config.SampleCount = 0 }, false},
		{"callback gas 20999", func(p *acip.GuildParams) { p.Settlement.Config.CallbackGasLimit = 20_999 }, false},
		{"reward above 100%", func(p *acip.GuildParams) { p.Settlement.Config.ChallengerRewardBps = 10_001 }, false},
		{"proof window 91 days", func(p *acip.GuildParams) { p.Settlement.Config.ProofWindow = 91 * 86400 }, false},
		{"escrow fee 30.01%", func(p *acip.GuildParams) { p.Escrow.Config.FeeBps = 3001 }, false},
		{"pass score above 1", func(p *acip.GuildParams) { p.Escrow.Config.PassScore = new(big.Int).Add(acip.WAD, big.NewInt(1)) }, false},
		{"pass score -1", func(p *acip.GuildParams) { p.Escrow.Config.PassScore = new(big.Int).Neg(acip.WAD) }, true},
		{"min review above max", func(p *acip.GuildParams) { p.Escrow.Config.MinReviewWindow = p.Escrow.Config.MaxReviewWindow + 1 }, false},
		{"17 experts", func(p *acip.GuildParams) { p.Escrow.Config.MaxExperts = 17 }, false},
		{"zero arbiter", func(p *acip.GuildParams) { p.Escrow.Arbiters = []common.Address{{}} }, false},
		{"commit token without amount", func(p *acip.GuildParams) { p.Authority.CommitToken = common.HexToAddress("0xc0") }, false},
		{"commit amount without token", func(p *acip.GuildParams) { p.Authority.CommitAmount = big.NewInt(1) }, false},
	}
	for _, tc := range tests {
		p := acip.DefaultGuildParams("G", "G", common.HexToAddress("0x1"))
		tc.mutate(&p)
		if err := p.Check(); (err == nil) != tc.ok {
			t.Errorf("%s: Check() = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

func TestGuildParamsBindingFillsNewComponents(t *testing.T) {
	t.Parallel()
	p := acip.DefaultGuildParams("G", "G", common.HexToAddress("0x1"))
	p.Settlement.PowVerifier = common.HexToAddress("0xb0")
	b := p.Binding()
	if b.Escrow.Arbiters == nil || len(b.Escrow.Arbiters) != 0 {
		t.Errorf("nil arbiters bind as %v, want an empty list", b.Escrow.Arbiters)
	}
	if b.Authority.CommitAmount == nil || b.Authority.CommitAmount.Sign() != 0 {
		t.Errorf("nil commit amount binds as %v, want 0", b.Authority.CommitAmount)
	}
	if b.Settlement.PowVerifier != p.Settlement.PowVerifier || b.Settlement.Config.ClaimBond.Cmp(acip.WAD) != 0 || b.Escrow.Config.MaxExperts != 4 {
		t.Errorf("binding %+v does not carry the settlement and escrow parameters", b)
	}
	var zero acip.GuildParams
	zb := zero.Binding()
	if zb.Settlement.Config.ClaimBond == nil || zb.Escrow.Config.PassScore == nil {
		t.Error("zero parameters bind nil big integers (abi packing would fail)")
	}
}
