package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/gov"
)

func govCommand() *cli.Command {
	return &cli.Command{
		Name:  "gov",
		Usage: "guild governance: convert LAT into voting weight, and the capture-cost curve",
		Description: "Burning LAT into the guild's governance token yields geometrically more per tier, and\n" +
			"exponentially less the faster one account converts (its heat decays with a half-life).\n" +
			"See docs/economics.md.",
		Subcommands: []*cli.Command{govConvertCommand(), govCurveCommand()},
	}
}

func govConvertCommand() *cli.Command {
	return &cli.Command{
		Name:  "convert",
		Usage: "burn LAT of a tier into governance tokens (and delegate the votes to yourself)",
		Description: "Previews the conversion (value, governance tokens, current heat), approves the LAT to the\n" +
			"converter if needed, converts, and unless --delegate=false delegates the signer's votes\n" +
			"to itself when it has not delegated yet (undelegated tokens do not vote).",
		Flags: append(chainFlags(), guildFlag(),
			&cli.UintFlag{Name: "tier", Value: 1, Usage: "LAT tier to burn", EnvVars: []string{"DIP_GOV_TIER"}},
			&cli.StringFlag{Name: "amount", Usage: "LAT to burn, in tokens (decimal)", Required: true, EnvVars: []string{"DIP_GOV_AMOUNT"}},
			&cli.StringFlag{Name: "min-minted", Value: "0", Usage: "revert unless at least this many governance tokens are minted", EnvVars: []string{"DIP_GOV_MIN_MINTED"}},
			&cli.BoolFlag{Name: "delegate", Value: true, Usage: "self-delegate the votes if the signer has no delegate", EnvVars: []string{"DIP_GOV_DELEGATE"}},
		),
		Action: func(c *cli.Context) error {
			amount, err := parseAmount("--amount", c.String("amount"), 18)
			if err != nil {
				return err
			}
			minMinted, err := parseAmount("--min-minted", c.String("min-minted"), 36)
			if err != nil {
				return err
			}
			if c.Uint("tier") == 0 || c.Uint("tier") > acip.RankMaxLimit {
				return fmt.Errorf("--tier %d out of range 1..%d", c.Uint("tier"), acip.RankMaxLimit)
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, _, suite, err := openGuild(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			return convertLAT(ctx, c.App.Writer, s, suite, uint8(c.Uint("tier")), amount, minMinted, c.Bool("delegate"))
		},
	}
}

func convertLAT(ctx context.Context, w io.Writer, s *session, suite acip.Suite, tier uint8, amount, minMinted *big.Int, delegate bool) error {
	conv := gov.AttachConverter(suite.Converter, s.client)
	token := gov.AttachToken(suite.GuildToken, s.client)
	me := s.from()
	value, preview, err := conv.Preview(ctx, me, tier, amount)
	if err != nil {
		return err
	}
	heat, err := conv.HeatOf(ctx, me)
	if err != nil {
		return err
	}
	gsym, _, err := tokenLabel(ctx, s, suite.GuildToken)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "preview   %s LAT of tier %d = value %s at heat %s: about %s %s\n", formatAmount(amount, 18), tier, value, heat, formatAmount(preview, 36), gsym)
	done, receipts, err := conv.Convert(ctx, s.opts(), tier, amount, minMinted)
	for i, r := range receipts {
		label := "convert"
		if i < len(receipts)-1 {
			label = "approve"
		}
		printTx(w, label, r)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "converted %s LAT of tier %d into %s %s (heat before %s, after %s)\n", formatAmount(done.Amount, 18), tier, formatAmount(done.Minted, 36), gsym, done.Heat, new(big.Int).Add(done.Heat, done.Value))
	if delegate {
		d, err := token.Delegates(ctx, me)
		if err != nil {
			return err
		}
		if d == (common.Address{}) {
			r, err := token.Delegate(ctx, s.opts(), me)
			if err != nil {
				return err
			}
			printTx(w, "delegate", r)
		}
	}
	votes, err := token.Votes(ctx, me)
	if err != nil {
		return err
	}
	supply, err := token.TotalSupply(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "votes     %s %s of a supply of %s\n", formatAmount(votes, 36), gsym, formatAmount(supply, 36))
	return nil
}

func govCurveCommand() *cli.Command {
	return &cli.Command{
		Name:  "curve",
		Usage: "print the capture-cost curve (Markdown): governance weight from LAT vs. time spent converting, offline",
		Description: "One fresh account converts LAT of --tier in equal installments about --interval apart over\n" +
			"each horizon (the first at once, the last at the horizon's end), by the converter's exact\n" +
			"integer math. Tables: tokens minted per budget; LAT needed per target weight; the most\n" +
			"weight any budget yields. docs/economics.md is generated with the defaults.",
		Flags: append(conversionFlags(),
			&cli.UintFlag{Name: "tier", Value: 1, Usage: "LAT tier converted", EnvVars: []string{"DIP_GOV_TIER"}},
			&cli.StringFlag{Name: "interval", Value: "1d", Usage: "time between installments", EnvVars: []string{"DIP_GOV_INTERVAL"}},
			&cli.StringSliceFlag{Name: "horizons", Value: cli.NewStringSlice("0", "1d", "1w", "4w", "13w", "52w"), Usage: "time spent converting, comma separated", EnvVars: []string{"DIP_GOV_HORIZONS"}},
			&cli.StringSliceFlag{Name: "budgets", Value: cli.NewStringSlice("1", "10", "100", "1000"), Usage: "LAT budgets, comma separated", EnvVars: []string{"DIP_GOV_BUDGETS"}},
			&cli.StringSliceFlag{Name: "targets", Value: cli.NewStringSlice("1", "10", "30", "100"), Usage: "governance weights to reach, in tokens, comma separated", EnvVars: []string{"DIP_GOV_TARGETS"}},
		),
		Action: func(c *cli.Context) error {
			p, err := conversionParamsFromFlags(c)
			if err != nil {
				return err
			}
			if err := p.Check(); err != nil {
				return err
			}
			if c.Uint("tier") == 0 || c.Uint("tier") > acip.RankMaxLimit {
				return fmt.Errorf("--tier %d out of range 1..%d", c.Uint("tier"), acip.RankMaxLimit)
			}
			interval, err := parseSeconds("--interval", c.String("interval"))
			if err != nil {
				return err
			}
			if interval == 0 {
				return errors.New("--interval must be positive")
			}
			horizons, err := parseList(c.StringSlice("horizons"), func(s string) (uint64, error) { return parseSeconds("--horizons", s) })
			if err != nil {
				return err
			}
			for _, h := range horizons {
				if h/interval > 10_000 {
					return fmt.Errorf("--horizons %s / --interval %s is over 10000 installments", formatSeconds(h), formatSeconds(interval))
				}
			}
			budgets, err := parseList(c.StringSlice("budgets"), func(s string) (*big.Int, error) { return parseAmount("--budgets", s, 18) })
			if err != nil {
				return err
			}
			targets, err := parseList(c.StringSlice("targets"), func(s string) (*big.Int, error) { return parseAmount("--targets", s, 36) })
			if err != nil {
				return err
			}
			printCurve(c.App.Writer, p, uint8(c.Uint("tier")), interval, horizons, budgets, targets)
			return nil
		},
	}
}

func parseList[T any](vals []string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, v := range vals {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		x, err := parse(v)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

func printCurve(w io.Writer, p acip.ConversionParams, tier uint8, interval uint64, horizons []uint64, budgets, targets []*big.Int) {
	horizonName := func(h uint64) string {
		if h == 0 {
			return "at once"
		}
		return formatSeconds(h)
	}
	header := func(first string) {
		fmt.Fprintf(w, "| %s |", first)
		for _, h := range horizons {
			fmt.Fprintf(w, " %s |", horizonName(h))
		}
		fmt.Fprintf(w, "\n|---|%s\n", strings.Repeat("---:|", len(horizons)))
	}
	fmt.Fprintf(w, "Parameters: g %s, heat scale %s, half-life %s; tier-%d LAT (weight %s), installments every %s.\n\n",
		formatAmount(p.TierGrowth, 6), formatInt(p.HeatScale), formatSeconds(p.HalfLife), tier, formatAmount(acip.TierWeight(p.TierGrowth, tier), 6), formatSeconds(interval))

	fmt.Fprintln(w, "Governance tokens minted from a LAT budget spread over the horizon:")
	fmt.Fprintln(w)
	header("LAT burned")
	for _, b := range budgets {
		fmt.Fprintf(w, "| %s |", formatAmount(b, 18))
		for _, h := range horizons {
			fmt.Fprintf(w, " %s |", roundAmount(p.SpreadMint(tier, b, acip.Spread{Horizon: h, Interval: interval}), 36, 3))
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "LAT needed to obtain a governance weight within the horizon (\"-\": no budget reaches it):")
	fmt.Fprintln(w)
	header("tokens wanted")
	for _, t := range targets {
		fmt.Fprintf(w, "| %s |", formatAmount(t, 36))
		for _, h := range horizons {
			need, err := p.CostOfWeight(tier, t, acip.Spread{Horizon: h, Interval: interval})
			if err != nil {
				fmt.Fprint(w, " - |")
				continue
			}
			fmt.Fprintf(w, " %s |", roundAmount(need, 18, 3))
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Most governance weight one account can obtain within the horizon, and the budget that yields it:")
	fmt.Fprintln(w)
	header("")
	maxRow, budgetRow := "| max tokens |", "| with LAT |"
	for _, h := range horizons {
		m, b := p.MaxWeight(tier, acip.Spread{Horizon: h, Interval: interval})
		maxRow += " " + roundAmount(m, 36, 3) + " |"
		budgetRow += " " + roundAmount(b, 18, 1) + " |"
	}
	fmt.Fprintln(w, maxRow)
	fmt.Fprintln(w, budgetRow)
}
