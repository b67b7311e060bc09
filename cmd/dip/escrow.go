package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/escrow"
)

func escrowCommand() *cli.Command {
	return &cli.Command{
		Name:  "escrow",
		Usage: "open, staff, deliver, dispute, rule and settle tripartite escrow orders",
		Description: "Orders live in the guild's TripartiteEscrow (docs/escrow.md). The escrow is --escrow ADDRESS,\n" +
			"or the \"escrow\" entry of the guild recorded under --guild (or the only recorded guild).\n" +
			"Every payout is credited and pulled with 'dip escrow withdraw'.",
		Subcommands: []*cli.Command{
			escrowOpenCommand(),
			escrowAcceptCommand(),
			escrowDeliverCommand(),
			escrowReleaseCommand(),
			escrowDisputeCommand(),
			escrowRuleCommand(),
			escrowTimeoutCommand(),
			escrowWithdrawCommand(),
			escrowShowCommand(),
		},
	}
}

// escrowFlags are the chain flags plus the escrow's address and the order id.
func escrowFlags(withOrder bool, extra ...cli.Flag) []cli.Flag {
	fs := append(chainFlags(),
		&cli.StringFlag{Name: "escrow", Usage: "escrow address (default: the recorded guild's escrow)", EnvVars: []string{"DIP_ESCROW"}},
		&cli.StringFlag{Name: "guild", Usage: "guild name in the deployment record (default: the only recorded guild)", EnvVars: []string{"DIP_GUILD"}},
	)
	if withOrder {
		fs = append(fs, &cli.StringFlag{Name: "order", Usage: "order id (or pass it as the argument)", EnvVars: []string{"DIP_ESCROW_ORDER"}})
	}
	return append(fs, extra...)
}

// recordedContract resolves a contract from its --flag, or from the guild
// record (--guild, or the only recorded guild) under one of keys.
func recordedContract(c *cli.Context, s *session, flag string, keys ...string) (common.Address, error) {
	if v := strings.TrimSpace(c.String(flag)); v != "" {
		return addressFlag(c, flag)
	}
	name := c.String("guild")
	if name == "" {
		if len(s.record.Guilds) != 1 {
			names := make([]string, 0, len(s.record.Guilds))
			for n := range s.record.Guilds {
				names = append(names, n)
			}
			sort.Strings(names)
			return common.Address{}, fmt.Errorf("%w: pass --%s ADDRESS, or --guild NAME (recorded guilds on chain %s: %s)", errUsage, flag, s.chainID, strings.Join(names, ", "))
		}
		for n := range s.record.Guilds {
			name = n
		}
	}
	addrs, ok := s.record.Guilds[name]
	if !ok {
		return common.Address{}, fmt.Errorf("guild %q is not recorded for chain %s in %s", name, s.chainID, s.dir)
	}
	for _, k := range keys {
		if a, ok := addrs[k]; ok && a != (common.Address{}) {
			return a, nil
		}
	}
	return common.Address{}, fmt.Errorf("guild %q has no %s recorded: pass --%s ADDRESS", name, keys[0], flag)
}

// escrowSession opens a session and attaches the escrow.
func escrowSession(c *cli.Context, needSigner bool) (context.Context, context.CancelFunc, *session, *escrow.Escrow, error) {
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
	s, err := openSession(ctx, c, needSigner)
	if err != nil {
		cancel()
		return nil, nil, nil, nil, err
	}
	addr, err := recordedContract(c, s, "escrow", "escrow", "tripartiteEscrow")
	if err != nil {
		s.Close()
		cancel()
		return nil, nil, nil, nil, err
	}
	if err := s.requireContract(ctx, addr, "escrow"); err != nil {
		s.Close()
		cancel()
		return nil, nil, nil, nil, err
	}
	return ctx, func() { s.Close(); cancel() }, s, escrow.Attach(addr, s.client), nil
}

// orderID reads the order id from --order or the first argument.
func orderID(c *cli.Context) (*big.Int, error) {
	v := c.String("order")
	if c.NArg() > 0 {
		if v != "" && v != c.Args().First() {
			return nil, fmt.Errorf("%w: order given both as --order %s and as argument %s", errUsage, v, c.Args().First())
		}
		v = c.Args().First()
	}
	if c.NArg() > 1 {
		return nil, fmt.Errorf("%w: unexpected arguments %v after the order id: put flags before it, or use --order", errUsage, c.Args().Tail())
	}
	if v == "" {
		return nil, fmt.Errorf("%w: missing the order id (argument or --order)", errUsage)
	}
	id, ok := new(big.Int).SetString(v, 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("%w: order id %q is not a positive integer", errUsage, v)
	}
	return id, nil
}

// hashFromFlags returns the hash given as --<name>-hash, or keccak256 of the
// file given as --<name>-file, or of the text given as --<name>.
func hashFromFlags(c *cli.Context, name string) (common.Hash, error) {
	set := 0
	for _, f := range []string{name, name + "-hash", name + "-file"} {
		if c.IsSet(f) {
			set++
		}
	}
	if set != 1 {
		return common.Hash{}, fmt.Errorf("%w: give exactly one of --%s TEXT, --%s-hash 0x..., --%s-file PATH", errUsage, name, name, name)
	}
	switch {
	case c.IsSet(name + "-hash"):
		h, err := parseHash("--"+name+"-hash", c.String(name+"-hash"))
		if err == nil && h == (common.Hash{}) {
			err = fmt.Errorf("--%s-hash must not be zero", name)
		}
		return h, err
	case c.IsSet(name + "-file"):
		data, err := os.ReadFile(c.String(name + "-file"))
		if err != nil {
			return common.Hash{}, fmt.Errorf("--%s-file: %w", name, err)
		}
		return crypto.Keccak256Hash(data), nil
	}
	return crypto.Keccak256Hash([]byte(c.String(name))), nil
}

func hashFlags(name, what string) []cli.Flag {
	env := "DIP_ESCROW_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	return []cli.Flag{
		&cli.StringFlag{Name: name, Usage: what + " as text (its keccak256 is recorded)", EnvVars: []string{env}},
		&cli.StringFlag{Name: name + "-hash", Usage: what + " hash, 32 bytes of 0x hex", EnvVars: []string{env + "_HASH"}},
		&cli.StringFlag{Name: name + "-file", Usage: what + " file (its keccak256 is recorded)", EnvVars: []string{env + "_FILE"}},
	}
}

func escrowOpenCommand() *cli.Command {
	return &cli.Command{
		Name:  "open",
		Usage: "open an order paying --amount of --token for work by experts of --tier or above",
		Description: "Funds the order with an ERC-2612 permit signed by your key (one transaction), or with\n" +
			"an approval first when --permit=false or the token has no permit. Deadlines are counted\n" +
			"from the chain's latest block time.",
		Flags: escrowFlags(false, append([]cli.Flag{
			&cli.StringFlag{Name: "token", Usage: "payment token (ERC-20) address", EnvVars: []string{"DIP_ESCROW_TOKEN"}},
			&cli.StringFlag{Name: "amount", Usage: "amount in whole tokens, e.g. 250 or 12.5", EnvVars: []string{"DIP_ESCROW_AMOUNT"}},
			&cli.UintFlag{Name: "tier", Usage: "lowest LAT tier an expert must bond", Value: 1, EnvVars: []string{"DIP_ESCROW_TIER"}},
			&cli.StringFlag{Name: "accept-within", Usage: "experts may accept until now + this", Value: "1d", EnvVars: []string{"DIP_ESCROW_ACCEPT_WITHIN"}},
			&cli.StringFlag{Name: "deliver-within", Usage: "delivery deadline: now + this", Value: "7d", EnvVars: []string{"DIP_ESCROW_DELIVER_WITHIN"}},
			&cli.StringFlag{Name: "review-window", Usage: "time you have to review a delivery", Value: "3d", EnvVars: []string{"DIP_ESCROW_REVIEW_WINDOW"}},
			&cli.BoolFlag{Name: "permit", Usage: "fund with an ERC-2612 permit instead of an approval", Value: true, EnvVars: []string{"DIP_ESCROW_PERMIT"}},
		}, hashFlags("spec", "work specification")...)...),
		Action: func(c *cli.Context) error {
			if err := requireFlags(c, "token", "amount"); err != nil {
				return err
			}
			token, err := addressFlag(c, "token")
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			spec, err := hashFromFlags(c, "spec")
			if err != nil {
				return err
			}
			if c.Uint("tier") == 0 || c.Uint("tier") > 255 {
				return fmt.Errorf("%w: --tier %d out of range 1..255", errUsage, c.Uint("tier"))
			}
			var win [3]uint64
			for i, f := range []string{"accept-within", "deliver-within", "review-window"} {
				if win[i], err = parseSeconds("--"+f, c.String(f)); err != nil {
					return fmt.Errorf("%w: %v", errUsage, err)
				}
			}
			ctx, done, s, e, err := escrowSession(c, true)
			if err != nil {
				return err
			}
			defer done()
			dec, err := tokenDecimals(ctx, s, token)
			if err != nil {
				return err
			}
			amount, err := parseAmount("--amount", c.String("amount"), int(dec))
			if err != nil {
				return fmt.Errorf("%w: %v", errUsage, err)
			}
			now, err := escrow.Now(ctx, s.client)
			if err != nil {
				return err
			}
			n := uint64(now.Unix())
			p := escrow.OrderParams{
				Token: token, Amount: amount, Tier: uint8(c.Uint("tier")), SpecHash: spec,
				AcceptDeadline: n + win[0], DeliveryDeadline: n + win[1], ReviewWindow: win[2],
			}
			w := c.App.Writer
			var id *big.Int
			var r *types.Receipt
			if c.Bool("permit") {
				id, r, err = e.OpenWithPermit(ctx, s.opts(), dipmsg.KeySigner{Key: s.key}, p, now.Add(time.Hour))
			} else {
				var ar *types.Receipt
				if ar, err = escrow.EnsureAllowance(ctx, s.client, s.opts(), token, e.Address(), amount); err != nil {
					return err
				}
				if ar != nil {
					printTx(w, "approve", ar)
				}
				id, r, err = e.Open(ctx, s.opts(), p)
			}
			if err != nil {
				return err
			}
			printTx(w, "open", r)
			fmt.Fprintf(w, "order %s opened: %s of %s, tier %d, accept by %s, deliver by %s\n", id, formatAmount(amount, int(dec)), token.Hex(), p.Tier, unixUTC(p.AcceptDeadline), unixUTC(p.DeliveryDeadline))
			return nil
		},
	}
}

func unixUTC(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// orderAction is the shape of the per-order subcommands.
func orderAction(needSigner bool, run func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, err := orderID(c)
		if err != nil {
			return err
		}
		ctx, done, s, e, err := escrowSession(c, needSigner)
		if err != nil {
			return err
		}
		defer done()
		return run(c, ctx, s, e, id)
	}
}

func escrowAcceptCommand() *cli.Command {
	return &cli.Command{
		Name:      "accept",
		Usage:     "accept ORDER as an expert, bonding one LAT of --tier and taking --share-bps of the payout",
		ArgsUsage: "ORDER",
		Flags: escrowFlags(true,
			&cli.UintFlag{Name: "tier", Usage: "tier of the LAT you bond (default: the order's tier)", EnvVars: []string{"DIP_ESCROW_BOND_TIER"}},
			&cli.UintFlag{Name: "share-bps", Usage: "your share of the experts' payout in basis points", Value: 10_000, EnvVars: []string{"DIP_ESCROW_SHARE_BPS"}},
		),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			o, err := e.Order(ctx, id)
			if err != nil {
				return err
			}
			tier := o.Tier
			if c.IsSet("tier") {
				if c.Uint("tier") == 0 || c.Uint("tier") > 255 {
					return fmt.Errorf("%w: --tier %d out of range 1..255", errUsage, c.Uint("tier"))
				}
				tier = uint8(c.Uint("tier"))
			}
			if c.Uint("share-bps") == 0 || c.Uint("share-bps") > 10_000 {
				return fmt.Errorf("%w: --share-bps %d out of range 1..10000", errUsage, c.Uint("share-bps"))
			}
			w := c.App.Writer
			if r, err := e.ApproveBond(ctx, s.opts(), tier); err != nil {
				return err
			} else if r != nil {
				printTx(w, "approve", r)
			}
			r, err := e.Accept(ctx, s.opts(), id, tier, uint16(c.Uint("share-bps")))
			if err != nil {
				return err
			}
			printTx(w, "accept", r)
			if o, err = e.Order(ctx, id); err != nil {
				return err
			}
			fmt.Fprintf(w, "order %s: %s, shares %d/10000 taken\n", id, o.State, o.TotalShareBps)
			return nil
		}),
	}
}

func escrowDeliverCommand() *cli.Command {
	return &cli.Command{
		Name:      "deliver",
		Usage:     "deliver ORDER as one of its experts, recording the content hash",
		ArgsUsage: "ORDER",
		Flags:     escrowFlags(true, hashFlags("content", "delivered content")...),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			h, err := hashFromFlags(c, "content")
			if err != nil {
				return err
			}
			r, err := e.Deliver(ctx, s.opts(), id, h)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "deliver", r)
			o, err := e.Order(ctx, id)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "order %s delivered (%s); the buyer may review until %s\n", id, h.Hex(), unixUTC(o.Deadline))
			return nil
		}),
	}
}

func escrowReleaseCommand() *cli.Command {
	return &cli.Command{
		Name:      "release",
		Usage:     "approve the delivery of ORDER as its buyer: the experts are paid",
		ArgsUsage: "ORDER",
		Flags:     escrowFlags(true),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			r, err := e.ApproveDelivery(ctx, s.opts(), id)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "release", r)
			return printOrderState(ctx, c.App.Writer, e, id)
		}),
	}
}

func escrowDisputeCommand() *cli.Command {
	return &cli.Command{
		Name:  "dispute",
		Usage: "dispute ORDER (an expert while Accepted; the buyer while Delivered or Evaluated, posting a bond)",
		Description: "A disputing buyer posts the order's dispute bond in the payment token; it is approved first\n" +
			"when needed. The guild's arbiters then rule with 'dip escrow rule'.",
		ArgsUsage: "ORDER",
		Flags:     escrowFlags(true),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			o, err := e.Order(ctx, id)
			if err != nil {
				return err
			}
			w := c.App.Writer
			if o.Buyer == s.from() {
				bond, err := e.DisputeBond(ctx, id)
				if err != nil {
					return err
				}
				if bond.Sign() > 0 {
					r, err := escrow.EnsureAllowance(ctx, s.client, s.opts(), o.Token, e.Address(), bond)
					if err != nil {
						return err
					}
					if r != nil {
						printTx(w, "approve", r)
					}
				}
			}
			r, err := e.Dispute(ctx, s.opts(), id)
			if err != nil {
				return err
			}
			printTx(w, "dispute", r)
			if o, err = e.Order(ctx, id); err != nil {
				return err
			}
			fmt.Fprintf(w, "order %s disputed; the guild may rule until %s\n", id, unixUTC(o.Deadline))
			return nil
		}),
	}
}

func escrowRuleCommand() *cli.Command {
	return &cli.Command{
		Name:      "rule",
		Usage:     "rule a disputed ORDER as the guild's arbiter: --buyer-bps to the buyer, --fault slashes bonds",
		ArgsUsage: "ORDER",
		Flags: escrowFlags(true,
			&cli.UintFlag{Name: "buyer-bps", Usage: "buyer's share of the amount in basis points (0..10000)", EnvVars: []string{"DIP_ESCROW_BUYER_BPS"}},
			&cli.StringFlag{Name: "fault", Usage: "whose bonds are slashed: none, experts or buyer", Value: "none", EnvVars: []string{"DIP_ESCROW_FAULT"}},
		),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			if err := requireFlags(c, "buyer-bps"); err != nil {
				return err
			}
			if c.Uint("buyer-bps") > 10_000 {
				return fmt.Errorf("%w: --buyer-bps %d above 10000", errUsage, c.Uint("buyer-bps"))
			}
			fault, err := escrow.ParseFault(c.String("fault"))
			if err != nil {
				return fmt.Errorf("%w: --fault: %v", errUsage, err)
			}
			r, err := e.Rule(ctx, s.opts(), id, uint16(c.Uint("buyer-bps")), fault)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "rule", r)
			return printOrderState(ctx, c.App.Writer, e, id)
		}),
	}
}

func escrowTimeoutCommand() *cli.Command {
	return &cli.Command{
		Name:      "timeout",
		Usage:     "apply the timeout exit of ORDER once its deadline passed (anyone)",
		ArgsUsage: "ORDER",
		Flags:     escrowFlags(true),
		Action: orderAction(true, func(c *cli.Context, ctx context.Context, s *session, e *escrow.Escrow, id *big.Int) error {
			r, err := e.SettleTimeout(ctx, s.opts(), id)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "timeout", r)
			return printOrderState(ctx, c.App.Writer, e, id)
		}),
	}
}

func escrowWithdrawCommand() *cli.Command {
	return &cli.Command{
		Name:  "withdraw",
		Usage: "withdraw everything credited to you in --token (or in the tokens of --order)",
		Description: "With --order, withdraws your credit in the order's payment token and in every LAT bonded\n" +
			"to it, skipping tokens with nothing credited.",
		Flags: escrowFlags(true,
			&cli.StringSliceFlag{Name: "token", Usage: "token(s) to withdraw", EnvVars: []string{"DIP_ESCROW_WITHDRAW_TOKENS"}},
		),
		Action: func(c *cli.Context) error {
			if !c.IsSet("token") && !c.IsSet("order") && c.NArg() == 0 {
				return fmt.Errorf("%w: give --token ADDRESS or an order id", errUsage)
			}
			var tokens []common.Address
			if c.IsSet("token") {
				var err error
				if tokens, err = parseAddresses("--token", c.StringSlice("token")); err != nil {
					return fmt.Errorf("%w: %v", errUsage, err)
				}
			}
			ctx, done, s, e, err := escrowSession(c, true)
			if err != nil {
				return err
			}
			defer done()
			explicit := len(tokens) > 0
			if c.IsSet("order") || c.NArg() > 0 {
				id, err := orderID(c)
				if err != nil {
					return err
				}
				o, err := e.Order(ctx, id)
				if err != nil {
					return err
				}
				tokens = append(tokens, o.Token)
				acc, err := e.Acceptances(ctx, id)
				if err != nil {
					return err
				}
				for _, a := range acc {
					tokens = append(tokens, a.Lat)
				}
			}
			w := c.App.Writer
			seen := map[common.Address]bool{}
			withdrew := 0
			for _, tok := range tokens {
				if seen[tok] {
					continue
				}
				seen[tok] = true
				credit, err := e.Credit(ctx, tok, s.from())
				if err != nil {
					return err
				}
				if credit.Sign() == 0 && !explicit {
					continue
				}
				got, r, err := e.Withdraw(ctx, s.opts(), tok)
				if err != nil {
					return err
				}
				printTx(w, "withdraw", r)
				label, dec := tok.Hex(), 18
				if d, err := tokenDecimals(ctx, s, tok); err == nil {
					dec = int(d)
				}
				fmt.Fprintf(w, "withdrew %s of %s\n", formatAmount(got, dec), label)
				withdrew++
			}
			if withdrew == 0 {
				return errors.New("nothing is credited to you in the order's tokens")
			}
			return nil
		},
	}
}

func escrowShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "show ORDER (state, deadlines, experts, amounts), or the escrow's configuration without one",
		ArgsUsage: "[ORDER]",
		Flags:     escrowFlags(true),
		Action: func(c *cli.Context) error {
			ctx, done, _, e, err := escrowSession(c, false)
			if err != nil {
				return err
			}
			defer done()
			w := c.App.Writer
			if !c.IsSet("order") && c.NArg() == 0 {
				return printEscrow(ctx, w, e)
			}
			id, err := orderID(c)
			if err != nil {
				return err
			}
			return printOrder(ctx, w, e, id)
		},
	}
}

func printOrderState(ctx context.Context, w io.Writer, e *escrow.Escrow, id *big.Int) error {
	o, err := e.Order(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "order %s is %s\n", id, o.State)
	return nil
}

func printEscrow(ctx context.Context, w io.Writer, e *escrow.Escrow) error {
	cfg, err := e.Config(ctx)
	if err != nil {
		return err
	}
	n, err := e.OrderCount(ctx)
	if err != nil {
		return err
	}
	tiers, err := e.TierCount(ctx)
	if err != nil {
		return err
	}
	st, err := e.Settlement(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "escrow      %s (%s orders, %d LAT tiers, settlement %s)\n", e.Address().Hex(), n, tiers, st.Hex())
	fmt.Fprintf(w, "fee         %s%%, dispute bond %s%%, slashed bonds %s%% burned, default buyer share %s%%\n",
		bps(cfg.FeeBps), bps(cfg.DisputeBondBps), bps(cfg.SlashBurnBps), bps(cfg.DefaultBuyerBps))
	fmt.Fprintf(w, "evaluation  passes at score %s; dispute window %s, ruling window %s\n", formatAmount(cfg.PassScore, 18), formatSeconds(cfg.DisputeWindow), formatSeconds(cfg.RulingWindow))
	fmt.Fprintf(w, "orders      review window %s..%s, at most %s long, at most %d experts\n", formatSeconds(cfg.MinReviewWindow), formatSeconds(cfg.MaxReviewWindow), formatSeconds(cfg.MaxDuration), cfg.MaxExperts)
	return nil
}

func bps(v uint16) string { return strconv.FormatFloat(float64(v)/100, 'f', -1, 64) }

func printOrder(ctx context.Context, w io.Writer, e *escrow.Escrow, id *big.Int) error {
	o, err := e.Order(ctx, id)
	if err != nil {
		return err
	}
	acc, err := e.Acceptances(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "order %s     %s\n", id, o.State)
	fmt.Fprintf(w, "buyer        %s\n", o.Buyer.Hex())
	fmt.Fprintf(w, "payment      %s (base units) of %s, tier >= %d, fee %s%%\n", o.Amount, o.Token.Hex(), o.Tier, bps(o.FeeBps))
	fmt.Fprintf(w, "spec         %s\n", common.Hash(o.SpecHash).Hex())
	fmt.Fprintf(w, "deadlines    accept %s, deliver %s, review window %s\n", unixUTC(o.AcceptDeadline), unixUTC(o.DeliveryDeadline), formatSeconds(o.ReviewWindow))
	if o.ContentHash != ([32]byte{}) {
		fmt.Fprintf(w, "delivered    %s\n", common.Hash(o.ContentHash).Hex())
	}
	if o.State == escrow.StateEvaluated || o.Score.Sign() != 0 {
		fmt.Fprintf(w, "score        %s (passes at %s)\n", formatAmount(o.Score, 18), formatAmount(o.PassScore, 18))
	}
	if !o.State.Terminal() && o.Deadline != 0 {
		fmt.Fprintf(w, "next         %s timeout at %s\n", o.State, unixUTC(o.Deadline))
	}
	if o.State == escrow.StateDisputed {
		fmt.Fprintf(w, "dispute      by %s, buyer bond %s\n", o.Disputant.Hex(), o.BuyerBond)
	}
	for _, a := range acc {
		fmt.Fprintf(w, "expert       %s  %s%% share, bond %s of LAT %s\n", a.Expert.Hex(), bps(a.ShareBps), formatAmount(a.Bond, 18), a.Lat.Hex())
	}
	return nil
}
