package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/bindings/mockerc20"
	"github.com/dip-market/dip/gov"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/deployments"
)

func guildCommand() *cli.Command {
	return &cli.Command{
		Name:  "guild",
		Usage: "create a guild through the factory and show a guild's contracts and parameters",
		Description: "A guild is a suite of contracts (LAT per tier, capability ladder, governance token,\n" +
			"converter, timelock, governor, Settlement, escrow, authority registry) that the factory\n" +
			"deploys in one transaction; the Settlement resolves the ladder's competitions and\n" +
			"evaluates escrow deliveries. Its addresses are recorded under its name in\n" +
			"deployments/<chainId>.json, where every other command finds them (--guild NAME).",
		Subcommands: []*cli.Command{guildCreateCommand(), guildShowCommand()},
	}
}

// ladderParamFlags are the ladder's parameters, shared by `guild create` and
// `acip table`; defaults are acip.DefaultGuildParams.
func ladderParamFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "base", Value: "100", Usage: "entry cost at rank 0 and window t0, in payment tokens (decimal)", EnvVars: []string{"DIP_LADDER_BASE"}},
		&cli.StringFlag{Name: "k", Value: "2", Usage: "per-rank cost growth, in (1, 16]", EnvVars: []string{"DIP_LADDER_K"}},
		&cli.StringFlag{Name: "t0", Value: "1d", Usage: "reference window priced at base (e.g. 90m, 12h, 1d, 2w)", EnvVars: []string{"DIP_LADDER_T0"}},
		&cli.StringFlag{Name: "t-min", Value: "1h", Usage: "shortest competition window", EnvVars: []string{"DIP_LADDER_T_MIN"}},
		&cli.StringFlag{Name: "t-max", Value: "7d", Usage: "longest competition window (the Sybil cost uses it)", EnvVars: []string{"DIP_LADDER_T_MAX"}},
		&cli.StringFlag{Name: "reveal-period", Value: "1d", Usage: "length of the reveal phase", EnvVars: []string{"DIP_LADDER_REVEAL_PERIOD"}},
		&cli.StringFlag{Name: "resolution-period", Value: "2d", Usage: "time the resolver has to report after the reveal phase", EnvVars: []string{"DIP_LADDER_RESOLUTION_PERIOD"}},
		&cli.UintFlag{Name: "burn-bps", Value: 1000, Usage: "share of a resolved competition's fees burned, in basis points", EnvVars: []string{"DIP_LADDER_BURN_BPS"}},
		&cli.UintFlag{Name: "rank-max", Value: 5, Usage: "highest rank (one LAT tier per rank), 1..32", EnvVars: []string{"DIP_LADDER_RANK_MAX"}},
	}
}

// conversionFlags are the converter's parameters, shared by `guild create` and `gov curve`.
func conversionFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "tier-growth", Value: "2", Usage: "g: governance weight ratio between consecutive tiers, in [1, 4]", EnvVars: []string{"DIP_GOV_TIER_GROWTH"}},
		&cli.StringFlag{Name: "heat-scale", Value: "1e25", Usage: "heat (value units; one tier-1 LAT is 1e24) per halving of the yield; a multiple of 16", EnvVars: []string{"DIP_GOV_HEAT_SCALE"}},
		&cli.StringFlag{Name: "half-life", Value: "7d", Usage: "half-life of an account's heat", EnvVars: []string{"DIP_GOV_HALF_LIFE"}},
	}
}

// settlementParamFlags are the guild Settlement's parameters; defaults are
// acip.DefaultSettlementConfig.
func settlementParamFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "pow-verifier", Usage: "proof verifier of PowEpoch samples (default: none; the kind is disabled until governance sets one)", EnvVars: []string{"DIP_SETTLEMENT_POW_VERIFIER"}},
		&cli.StringFlag{Name: "inference-verifier", Usage: "proof verifier of InferenceSample samples (default: none until governance sets one)", EnvVars: []string{"DIP_SETTLEMENT_INFERENCE_VERIFIER"}},
		&cli.StringFlag{Name: "claim-bond", Value: "1", Usage: "ETH a relayer locks per settlement claim (also its minimum bond)", EnvVars: []string{"DIP_SETTLEMENT_CLAIM_BOND"}},
		&cli.StringFlag{Name: "request-bond", Value: "0.05", Usage: "ETH a leaf request costs", EnvVars: []string{"DIP_SETTLEMENT_REQUEST_BOND"}},
		&cli.StringFlag{Name: "challenge-window", Value: "1d", Usage: "time a deliberation claim can be challenged; shorter than --resolution-period", EnvVars: []string{"DIP_SETTLEMENT_CHALLENGE_WINDOW"}},
		&cli.StringFlag{Name: "response-window", Value: "6h", Usage: "time to answer a leaf request", EnvVars: []string{"DIP_SETTLEMENT_RESPONSE_WINDOW"}},
		&cli.StringFlag{Name: "proof-window", Value: "12h", Usage: "time to prove every sample of a sampled claim", EnvVars: []string{"DIP_SETTLEMENT_PROOF_WINDOW"}},
		&cli.StringFlag{Name: "relayer-exit-delay", Value: "3d", Usage: "time between a relayer's exit request and its exit", EnvVars: []string{"DIP_SETTLEMENT_EXIT_DELAY"}},
		&cli.UintFlag{Name: "sample-delay", Value: 4, Usage: "blocks between a sampled claim and the block whose hash draws its samples (1..128)", EnvVars: []string{"DIP_SETTLEMENT_SAMPLE_DELAY"}},
		&cli.UintFlag{Name: "sample-count", Value: 3, Usage: "samples drawn per sampled claim (1..32)", EnvVars: []string{"DIP_SETTLEMENT_SAMPLE_COUNT"}},
		&cli.UintFlag{Name: "challenger-reward-bps", Value: 5000, Usage: "share of a slashed claim bond paid to the challenger, in basis points", EnvVars: []string{"DIP_SETTLEMENT_CHALLENGER_REWARD_BPS"}},
		&cli.UintFlag{Name: "callback-gas-limit", Value: 500_000, Usage: "gas forwarded to the ladder or escrow when a claim finalizes", EnvVars: []string{"DIP_SETTLEMENT_CALLBACK_GAS_LIMIT"}},
	}
}

// escrowParamFlags are the guild escrow's parameters; defaults are acip.DefaultEscrowConfig.
func escrowParamFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "arbiter", Usage: "escrow arbiter who may rule disputes next to governance (repeatable; default: none)", EnvVars: []string{"DIP_ESCROW_ARBITERS"}},
		&cli.UintFlag{Name: "escrow-fee-bps", Value: 500, Usage: "guild fee on released escrow payments, in basis points (at most 3000)", EnvVars: []string{"DIP_ESCROW_FEE_BPS"}},
		&cli.UintFlag{Name: "escrow-slash-burn-bps", Value: 5000, Usage: "share of a slashed expert bond burned, in basis points", EnvVars: []string{"DIP_ESCROW_SLASH_BURN_BPS"}},
		&cli.UintFlag{Name: "escrow-dispute-bond-bps", Value: 1000, Usage: "buyer's dispute bond as a share of the order amount, in basis points", EnvVars: []string{"DIP_ESCROW_DISPUTE_BOND_BPS"}},
		&cli.UintFlag{Name: "escrow-default-buyer-bps", Value: 5000, Usage: "buyer's share when a dispute is not ruled in time, in basis points", EnvVars: []string{"DIP_ESCROW_DEFAULT_BUYER_BPS"}},
		&cli.StringFlag{Name: "escrow-pass-score", Value: "0.5", Usage: "lowest settled evaluation score (-1..1) that passes a delivery", EnvVars: []string{"DIP_ESCROW_PASS_SCORE"}},
		&cli.StringFlag{Name: "escrow-dispute-window", Value: "2d", Usage: "time the buyer has to dispute an evaluated order", EnvVars: []string{"DIP_ESCROW_DISPUTE_WINDOW"}},
		&cli.StringFlag{Name: "escrow-ruling-window", Value: "7d", Usage: "time the guild has to rule a dispute", EnvVars: []string{"DIP_ESCROW_RULING_WINDOW"}},
		&cli.StringFlag{Name: "escrow-min-review-window", Value: "2d", Usage: "shortest review window a buyer may ask for", EnvVars: []string{"DIP_ESCROW_MIN_REVIEW_WINDOW"}},
		&cli.StringFlag{Name: "escrow-max-review-window", Value: "30d", Usage: "longest review window a buyer may ask for", EnvVars: []string{"DIP_ESCROW_MAX_REVIEW_WINDOW"}},
		&cli.StringFlag{Name: "escrow-max-duration", Value: "180d", Usage: "longest time from opening an order to its delivery deadline", EnvVars: []string{"DIP_ESCROW_MAX_DURATION"}},
		&cli.UintFlag{Name: "escrow-max-experts", Value: 4, Usage: "most experts sharing one order (1..16)", EnvVars: []string{"DIP_ESCROW_MAX_EXPERTS"}},
	}
}

// authorityParamFlags are the guild authority registry's parameters.
func authorityParamFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "commit-token", Usage: "ERC-20 (with burnFrom) burned to claim a jurisdiction cell (default: none; cells are granted by governance)", EnvVars: []string{"DIP_AUTHORITY_COMMIT_TOKEN"}},
		&cli.StringFlag{Name: "commit-amount", Usage: "amount of --commit-token burned per cell, in whole tokens", EnvVars: []string{"DIP_AUTHORITY_COMMIT_AMOUNT"}},
	}
}

func guildCreateCommand() *cli.Command {
	flags := append(chainFlags(),
		&cli.StringFlag{Name: "name", Usage: "guild name (also its key in the deployment record)", Required: true, EnvVars: []string{"DIP_GUILD_NAME"}},
		&cli.StringFlag{Name: "symbol", Usage: "guild symbol; LATs become <symbol>-T<tier>, the governance token g<symbol>", Required: true, EnvVars: []string{"DIP_GUILD_SYMBOL"}},
		&cli.StringFlag{Name: "resolver", Usage: "account that may report competition outcomes next to the guild's Settlement (default: only the Settlement)", EnvVars: []string{"DIP_GUILD_RESOLVER"}},
		&cli.StringFlag{Name: "payment-token", Usage: "ERC-20 of entry fees (default: the recorded development token from 'dip deploy --mock-payment')", EnvVars: []string{"DIP_GUILD_PAYMENT_TOKEN"}},
		&cli.StringFlag{Name: "treasury", Usage: "receives competition fees, escrow fees and slashed relayer bonds (default: the guild's timelock)", EnvVars: []string{"DIP_GUILD_TREASURY"}},
		&cli.Uint64Flag{Name: "voting-delay", Value: 1, Usage: "blocks from a proposal to its vote snapshot", EnvVars: []string{"DIP_GOV_VOTING_DELAY"}},
		&cli.UintFlag{Name: "voting-period", Value: 50, Usage: "blocks of voting", EnvVars: []string{"DIP_GOV_VOTING_PERIOD"}},
		&cli.StringFlag{Name: "proposal-threshold", Value: "0", Usage: "governance tokens needed to propose", EnvVars: []string{"DIP_GOV_PROPOSAL_THRESHOLD"}},
		&cli.Uint64Flag{Name: "quorum", Value: 4, Usage: "quorum in percent of the governance supply at the snapshot", EnvVars: []string{"DIP_GOV_QUORUM"}},
		&cli.StringFlag{Name: "timelock-delay", Value: "1d", Usage: "minimum delay between a passed proposal and its execution", EnvVars: []string{"DIP_GOV_TIMELOCK_DELAY"}},
	)
	flags = append(flags, ladderParamFlags()...)
	flags = append(flags, conversionFlags()...)
	flags = append(flags, settlementParamFlags()...)
	flags = append(flags, escrowParamFlags()...)
	flags = append(flags, authorityParamFlags()...)
	return &cli.Command{
		Name:  "create",
		Usage: "deploy a guild's suite through the recorded factory and record its addresses",
		Description: "Needs 'dip deploy' on this chain first. Bad parameters come back as the contract's\n" +
			"custom error, e.g. Ladder_InvalidGrowth(k=...). Token amounts are decimals in whole\n" +
			"tokens; durations take s, m, h, d and w suffixes.",
		Flags: flags,
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, err := openSession(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			return createGuild(ctx, c, s)
		},
	}
}

func createGuild(ctx context.Context, c *cli.Context, s *session) error {
	name := strings.TrimSpace(c.String("name"))
	if prev, ok := s.record.Guilds[name]; ok {
		if code, err := s.client.CodeAt(ctx, prev["ladder"], nil); err == nil && len(code) > 0 {
			return fmt.Errorf("guild %q is already recorded on chain %s (ladder %s): pick another --name", name, s.chainID, prev["ladder"].Hex())
		}
	}
	f, err := acip.Deployed(ctx, s.client, s.record)
	if err != nil {
		return err
	}
	pay, err := addressFlag(c, "payment-token")
	if err != nil {
		return err
	}
	if pay == (common.Address{}) {
		if pay, err = s.record.Address(acip.MockPaymentName); err != nil {
			return errors.New("no --payment-token given and no development payment token recorded: pass --payment-token or run 'dip deploy --mock-payment' on a dev chain")
		}
	}
	decimals, err := tokenDecimals(ctx, s, pay)
	if err != nil {
		return err
	}
	ladder, err := ladderParamsFromFlags(c, decimals)
	if err != nil {
		return err
	}
	ladder.PaymentToken = pay
	if ladder.Treasury, err = addressFlag(c, "treasury"); err != nil {
		return err
	}
	conv, err := conversionParamsFromFlags(c)
	if err != nil {
		return err
	}
	threshold, err := parseAmount("--proposal-threshold", c.String("proposal-threshold"), 36)
	if err != nil {
		return err
	}
	delay, err := parseSeconds("--timelock-delay", c.String("timelock-delay"))
	if err != nil {
		return err
	}
	resolver, err := addressFlag(c, "resolver")
	if err != nil {
		return err
	}
	st, err := settlementParamsFromFlags(c)
	if err != nil {
		return err
	}
	esc, err := escrowParamsFromFlags(c)
	if err != nil {
		return err
	}
	auth, err := authorityParamsFromFlags(ctx, c, s)
	if err != nil {
		return err
	}
	p := acip.GuildParams{
		Name: name, Symbol: c.String("symbol"), Resolver: resolver, Ladder: ladder,
		Governance: acip.GovernanceParams{
			VotingDelay: c.Uint64("voting-delay"), VotingPeriod: uint32(c.Uint("voting-period")),
			ProposalThreshold: threshold, QuorumPercent: c.Uint64("quorum"), TimelockDelay: delay, Conversion: conv,
		},
		Settlement: st, Escrow: esc, Authority: auth,
	}
	if c.Uint("voting-period") > 1<<32-1 {
		return fmt.Errorf("--voting-period %d does not fit in 32 bits", c.Uint("voting-period"))
	}
	suite, r, err := f.CreateGuild(ctx, s.opts(), p)
	if err != nil {
		return err
	}
	if s.record.Guilds == nil {
		s.record.Guilds = map[string]map[string]common.Address{}
	}
	addrs := suite.Addresses()
	addrs["factory"] = f.Address()
	s.record.Guilds[name] = addrs
	if err := s.record.Save(s.dir); err != nil {
		return fmt.Errorf("guild created (id %s) but the record was not saved: %w", suite.GuildID, err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "guild %q (id %s) created: tx %s, block %d, gas %s\n", name, suite.GuildID, r.TxHash.Hex(), r.BlockNumber.Uint64(), groupDigits(r.GasUsed))
	printSuite(w, *suite)
	fmt.Fprintf(w, "recorded in %s\n", deployments.Path(s.dir, s.chainID.Uint64()))
	return nil
}

func printSuite(w io.Writer, s acip.Suite) {
	m := s.Addresses()
	for _, n := range s.AddressNames() {
		fmt.Fprintf(w, "  %-11s %s\n", n, m[n].Hex())
	}
}

func guildShowCommand() *cli.Command {
	return &cli.Command{
		Name:  "show",
		Usage: "print a recorded guild's addresses and its ladder, converter and governor parameters",
		Flags: append(chainFlags(), guildFlag()),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, name, suite, err := openGuild(ctx, c, false)
			if err != nil {
				return err
			}
			defer s.Close()
			w := c.App.Writer
			fmt.Fprintf(w, "guild %q on chain %s\n", name, s.chainID)
			printSuite(w, suite)
			p, err := acip.AttachLadder(suite.Ladder, s.client).Params(ctx)
			if err != nil {
				return err
			}
			decimals, err := tokenDecimals(ctx, s, p.PaymentToken)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "ladder      base %s, k %s, t0 %s, windows %s..%s, reveal %s, resolution %s, burn %d bps, ranks 0..%d\n",
				formatAmount(p.Base, int(decimals)), formatAmount(p.K, 18), formatSeconds(p.T0), formatSeconds(p.TMin), formatSeconds(p.TMax),
				formatSeconds(p.RevealPeriod), formatSeconds(p.ResolutionPeriod), p.BurnBps, p.RankMax)
			fmt.Fprintf(w, "            payment token %s, treasury %s\n", p.PaymentToken.Hex(), p.Treasury.Hex())
			cp, err := gov.AttachConverter(suite.Converter, s.client).Params(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "converter   g %s, heat scale %s, half-life %s\n", formatAmount(cp.TierGrowth, 6), formatInt(cp.HeatScale), formatSeconds(cp.HalfLife))
			g := gov.AttachGovernor(suite.Governor, s.client)
			vd, err := g.VotingDelay(ctx)
			if err != nil {
				return err
			}
			vp, err := g.VotingPeriod(ctx)
			if err != nil {
				return err
			}
			td, err := g.TimelockDelay(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "governor    voting delay %s blocks, period %s blocks, timelock delay %s\n", vd, vp, formatSeconds(td.Uint64()))
			return nil
		},
	}
}

// guildFlag selects a recorded guild.
func guildFlag() cli.Flag {
	return &cli.StringFlag{Name: "guild", Usage: "guild name in the deployment record (default: the only recorded guild)", EnvVars: []string{"DIP_GUILD"}}
}

// openGuild opens a chain session and resolves the guild --guild names (or the
// only recorded one). The caller closes the session.
func openGuild(ctx context.Context, c *cli.Context, needSigner bool) (*session, string, acip.Suite, error) {
	s, err := openSession(ctx, c, needSigner)
	if err != nil {
		return nil, "", acip.Suite{}, err
	}
	name, suite, err := recordedGuild(ctx, c, s)
	if err != nil {
		s.Close()
		return nil, "", acip.Suite{}, err
	}
	return s, name, suite, nil
}

// recordedGuild returns the guild --guild names, or the only recorded one.
func recordedGuild(ctx context.Context, c *cli.Context, s *session) (string, acip.Suite, error) {
	names := make([]string, 0, len(s.record.Guilds))
	for n := range s.record.Guilds {
		names = append(names, n)
	}
	sort.Strings(names)
	name := c.String("guild")
	if name == "" {
		switch len(names) {
		case 0:
			return "", acip.Suite{}, fmt.Errorf("no guild recorded for chain %s in %s: run 'dip guild create' first", s.chainID, s.dir)
		case 1:
			name = names[0]
		default:
			return "", acip.Suite{}, fmt.Errorf("%d guilds recorded (%s): choose one with --guild", len(names), strings.Join(names, ", "))
		}
	}
	addrs, ok := s.record.Guilds[name]
	if !ok {
		return "", acip.Suite{}, fmt.Errorf("guild %q is not recorded for chain %s (recorded: %s)", name, s.chainID, strings.Join(names, ", "))
	}
	suite := acip.SuiteFromAddresses(addrs)
	code, err := s.client.CodeAt(ctx, suite.Ladder, nil)
	if err != nil {
		return "", acip.Suite{}, fmt.Errorf("read code of the guild's ladder: %w", err)
	}
	if len(code) == 0 {
		return "", acip.Suite{}, fmt.Errorf("guild %q: no contract at its recorded ladder %s (reset chain?): create it again", name, suite.Ladder.Hex())
	}
	return name, suite, nil
}

func ladderParamsFromFlags(c *cli.Context, decimals uint8) (acip.LadderParams, error) {
	var p acip.LadderParams
	var err error
	if p.Base, err = parseAmount("--base", c.String("base"), int(decimals)); err != nil {
		return p, err
	}
	if p.K, err = parseAmount("--k", c.String("k"), 18); err != nil {
		return p, err
	}
	durations := []struct {
		flag string
		dst  *uint64
	}{{"t0", &p.T0}, {"t-min", &p.TMin}, {"t-max", &p.TMax}, {"reveal-period", &p.RevealPeriod}, {"resolution-period", &p.ResolutionPeriod}}
	for _, d := range durations {
		if *d.dst, err = parseSeconds("--"+d.flag, c.String(d.flag)); err != nil {
			return p, err
		}
	}
	if c.Uint("burn-bps") > acip.BPS {
		return p, fmt.Errorf("--burn-bps %d is above 10000 (100%%)", c.Uint("burn-bps"))
	}
	if c.Uint("rank-max") > 255 {
		return p, fmt.Errorf("--rank-max %d out of range 1..%d", c.Uint("rank-max"), acip.RankMaxLimit)
	}
	p.BurnBps, p.RankMax = uint16(c.Uint("burn-bps")), uint8(c.Uint("rank-max"))
	return p, nil
}

func conversionParamsFromFlags(c *cli.Context) (acip.ConversionParams, error) {
	var p acip.ConversionParams
	var err error
	if p.TierGrowth, err = parseAmount("--tier-growth", c.String("tier-growth"), 6); err != nil {
		return p, err
	}
	if p.HeatScale, err = parseAmount("--heat-scale", c.String("heat-scale"), 0); err != nil {
		return p, err
	}
	p.HalfLife, err = parseSeconds("--half-life", c.String("half-life"))
	return p, err
}

// uintFlag reads a UintFlag and refuses values above max.
func uintFlag(c *cli.Context, name string, max uint64) (uint64, error) {
	v := uint64(c.Uint(name))
	if v > max {
		return 0, fmt.Errorf("--%s %d is above %d", name, v, max)
	}
	return v, nil
}

func settlementParamsFromFlags(c *cli.Context) (acip.SettlementParams, error) {
	var p acip.SettlementParams
	var err error
	if p.PowVerifier, err = addressFlag(c, "pow-verifier"); err != nil {
		return p, err
	}
	if p.InferenceVerifier, err = addressFlag(c, "inference-verifier"); err != nil {
		return p, err
	}
	cfg := &p.Config
	if cfg.ClaimBond, err = parseAmount("--claim-bond", c.String("claim-bond"), 18); err != nil {
		return p, err
	}
	if cfg.RequestBond, err = parseAmount("--request-bond", c.String("request-bond"), 18); err != nil {
		return p, err
	}
	durations := []struct {
		flag string
		dst  *uint64
	}{{"challenge-window", &cfg.ChallengeWindow}, {"response-window", &cfg.ResponseWindow}, {"proof-window", &cfg.ProofWindow}, {"relayer-exit-delay", &cfg.ExitDelay}}
	for _, d := range durations {
		if *d.dst, err = parseSeconds("--"+d.flag, c.String(d.flag)); err != nil {
			return p, err
		}
	}
	delay, err := uintFlag(c, "sample-delay", 128)
	if err != nil {
		return p, err
	}
	count, err := uintFlag(c, "sample-count", 32)
	if err != nil {
		return p, err
	}
	reward, err := uintFlag(c, "challenger-reward-bps", acip.BPS)
	if err != nil {
		return p, err
	}
	gas, err := uintFlag(c, "callback-gas-limit", 10_000_000)
	if err != nil {
		return p, err
	}
	cfg.SampleDelay, cfg.SampleCount, cfg.ChallengerRewardBps, cfg.CallbackGasLimit = uint32(delay), uint8(count), uint16(reward), uint32(gas)
	return p, nil
}

func escrowParamsFromFlags(c *cli.Context) (acip.EscrowParams, error) {
	var p acip.EscrowParams
	for _, v := range c.StringSlice("arbiter") {
		v = strings.TrimSpace(v)
		if !common.IsHexAddress(v) {
			return p, fmt.Errorf("--arbiter: %q is not an address", v)
		}
		p.Arbiters = append(p.Arbiters, common.HexToAddress(v))
	}
	cfg := &p.Config
	bps := []struct {
		flag string
		dst  *uint16
	}{{"escrow-fee-bps", &cfg.FeeBps}, {"escrow-slash-burn-bps", &cfg.SlashBurnBps}, {"escrow-dispute-bond-bps", &cfg.DisputeBondBps}, {"escrow-default-buyer-bps", &cfg.DefaultBuyerBps}}
	for _, b := range bps {
		v, err := uintFlag(c, b.flag, acip.BPS)
		if err != nil {
			return p, err
		}
		*b.dst = uint16(v)
	}
	score, err := parseSignedWad("--escrow-pass-score", c.String("escrow-pass-score"))
	if err != nil {
		return p, err
	}
	cfg.PassScore = score
	durations := []struct {
		flag string
		dst  *uint64
	}{{"escrow-dispute-window", &cfg.DisputeWindow}, {"escrow-ruling-window", &cfg.RulingWindow}, {"escrow-min-review-window", &cfg.MinReviewWindow}, {"escrow-max-review-window", &cfg.MaxReviewWindow}, {"escrow-max-duration", &cfg.MaxDuration}}
	for _, d := range durations {
		if *d.dst, err = parseSeconds("--"+d.flag, c.String(d.flag)); err != nil {
			return p, err
		}
	}
	experts, err := uintFlag(c, "escrow-max-experts", 255)
	if err != nil {
		return p, err
	}
	cfg.MaxExperts = uint8(experts)
	return p, nil
}

// parseSignedWad parses a decimal such as "0.5" or "-1" into 18-decimal fixed point.
func parseSignedWad(flag, s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-")
	v, err := parseAmount(flag, strings.TrimPrefix(s, "-"), 18)
	if err != nil {
		return nil, err
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

func authorityParamsFromFlags(ctx context.Context, c *cli.Context, s *session) (acip.AuthorityParams, error) {
	var p acip.AuthorityParams
	var err error
	if p.CommitToken, err = addressFlag(c, "commit-token"); err != nil {
		return p, err
	}
	amount := strings.TrimSpace(c.String("commit-amount"))
	switch {
	case p.CommitToken == (common.Address{}) && amount == "":
		return p, nil
	case p.CommitToken == (common.Address{}) || amount == "":
		return p, errors.New("--commit-token and --commit-amount go together: pass both to let authorities claim cells by burning tokens, or neither to grant cells through governance")
	}
	decimals, err := tokenDecimals(ctx, s, p.CommitToken)
	if err != nil {
		return p, err
	}
	p.CommitAmount, err = parseAmount("--commit-amount", amount, int(decimals))
	return p, err
}

// addressFlag parses an optional address flag (zero when unset).
func addressFlag(c *cli.Context, name string) (common.Address, error) {
	v := strings.TrimSpace(c.String(name))
	if v == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(v) {
		return common.Address{}, fmt.Errorf("--%s: %q is not an address", name, v)
	}
	return common.HexToAddress(v), nil
}

var erc20 = mockerc20.NewMockERC20()

// tokenDecimals reads an ERC-20's decimals.
func tokenDecimals(ctx context.Context, s *session, token common.Address) (uint8, error) {
	out, err := chain.Call(ctx, s.client, token, erc20.PackDecimals(), acip.ErrorABIs()...)
	if err != nil {
		return 0, fmt.Errorf("read decimals of token %s: %w", token.Hex(), err)
	}
	d, err := erc20.UnpackDecimals(out)
	if err != nil {
		return 0, fmt.Errorf("token %s does not answer decimals(): is it an ERC-20?", token.Hex())
	}
	return d, nil
}

// parseAmount parses a non-negative decimal ("12.5", "1e25", "2.5e3") into
// an integer of `decimals` fixed-point decimals, refusing anything that is not
// exact at that precision.
func parseAmount(flag, s string, decimals int) (*big.Int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(s[i+1:])
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not a number", flag, s)
		}
		mant, exp = s[:i], e
	}
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" && frac == "" || strings.Trim(whole+frac, "0123456789") != "" {
		return nil, fmt.Errorf("%s: %q is not a non-negative decimal number", flag, s)
	}
	digits := new(big.Int)
	digits.SetString("0"+whole+frac, 10)
	shift := decimals + exp - len(frac)
	if shift < 0 {
		div := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-shift)), nil)
		q, r := new(big.Int).QuoRem(digits, div, new(big.Int))
		if r.Sign() != 0 {
			return nil, fmt.Errorf("%s: %q has more than %d decimals", flag, s, decimals)
		}
		return q, nil
	}
	if shift > 400 {
		return nil, fmt.Errorf("%s: %q is too large", flag, s)
	}
	return digits.Mul(digits, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift)), nil)), nil
}

// formatAmount renders v with `decimals` fixed-point decimals, exactly, without trailing zeros.
func formatAmount(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= decimals {
			s = strings.Repeat("0", decimals-len(s)+1) + s
		}
		s = strings.TrimRight(s[:len(s)-decimals]+"."+s[len(s)-decimals:], "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// formatInt renders a large integer with many trailing zeros as "1e25" or
// "25e23", and anything else in full.
func formatInt(v *big.Int) string {
	s := v.String()
	trimmed := strings.TrimRight(s, "0")
	if zeros := len(s) - len(trimmed); zeros >= 6 && trimmed != "" && trimmed != "-" {
		return trimmed + "e" + strconv.Itoa(zeros)
	}
	return s
}

// parseSeconds parses a duration: plain seconds ("90"), a number with one of
// the units s, m, h, d, w ("7d", "1.5h"), or a Go duration ("1h30m").
func parseSeconds(flag, s string) (uint64, error) {
	s = strings.TrimSpace(s)
	units := map[byte]float64{'s': 1, 'm': 60, 'h': 3600, 'd': 86400, 'w': 7 * 86400}
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return n, nil
	}
	if len(s) > 1 {
		if u, ok := units[s[len(s)-1]]; ok {
			if f, err := strconv.ParseFloat(s[:len(s)-1], 64); err == nil && f >= 0 && f*u < 1<<63 {
				if f*u != float64(uint64(f*u)) {
					return 0, fmt.Errorf("%s: %q is not a whole number of seconds", flag, s)
				}
				return uint64(f * u), nil
			}
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 || d%time.Second != 0 {
		return 0, fmt.Errorf("%s: %q is not a duration (use e.g. 90, 15m, 12h, 7d, 2w)", flag, s)
	}
	return uint64(d / time.Second), nil
}

// formatSeconds renders seconds compactly: "7d", "1d 12h", "90s".
func formatSeconds(sec uint64) string {
	if sec == 0 {
		return "0s"
	}
	var parts []string
	for _, u := range []struct {
		n    uint64
		name string
	}{{7 * 86400, "w"}, {86400, "d"}, {3600, "h"}, {60, "m"}, {1, "s"}} {
		if sec >= u.n {
			parts = append(parts, fmt.Sprintf("%d%s", sec/u.n, u.name))
			sec %= u.n
		}
	}
	return strings.Join(parts, " ")
}
