package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/acip"
	"github.com/dip-market/dip/internal/atomicfile"
	"github.com/dip-market/dip/internal/chain"
)

func acipCommand() *cli.Command {
	return &cli.Command{
		Name:  "acip",
		Usage: "the capability ladder: entry and Sybil costs, competitions, commit and reveal",
		Description: "Experts climb a guild's ladder rank by rank by winning competitions. A competition for\n" +
			"rank R with window T costs base * k^R * t0 / T to enter; entries are committed (a hash\n" +
			"of a secret salt and the payload) during the window and revealed afterwards; the guild's\n" +
			"resolver reports the winners, who move to R+1 and receive one LAT of tier R+1.\n" +
			"See docs/economics.md for the exact formulas.",
		Subcommands: []*cli.Command{
			acipCostCommand(), acipTableCommand(), acipOpenCommand(), acipEnterCommand(), acipRevealCommand(), acipShowCommand(),
		},
	}
}

func acipCostCommand() *cli.Command {
	return &cli.Command{
		Name:  "cost",
		Usage: "print a guild's entry cost for a rank and window, and the Sybil cost of reaching that rank",
		Flags: append(chainFlags(), guildFlag(),
			&cli.UintFlag{Name: "rank", Usage: "rank R: entry cost of a competition for R, Sybil cost of reaching R", Required: true, EnvVars: []string{"DIP_ACIP_RANK"}},
			&cli.StringFlag{Name: "window", Usage: "competition window (default: the longest, tMax)", EnvVars: []string{"DIP_ACIP_WINDOW"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, name, suite, err := openGuild(ctx, c, false)
			if err != nil {
				return err
			}
			defer s.Close()
			l := acip.AttachLadder(suite.Ladder, s.client)
			p, err := l.Params(ctx)
			if err != nil {
				return err
			}
			if c.Uint("rank") > uint(p.RankMax) {
				return fmt.Errorf("--rank %d: guild %q has ranks 0..%d", c.Uint("rank"), name, p.RankMax)
			}
			rank := uint8(c.Uint("rank"))
			window := p.TMax
			if c.IsSet("window") {
				if window, err = parseSeconds("--window", c.String("window")); err != nil {
					return err
				}
			}
			sym, decimals, err := tokenLabel(ctx, s, p.PaymentToken)
			if err != nil {
				return err
			}
			w := c.App.Writer
			fmt.Fprintf(w, "guild %q, ladder %s: base %s %s, k %s, t0 %s, windows %s..%s\n", name, suite.Ladder.Hex(),
				formatAmount(p.Base, int(decimals)), sym, formatAmount(p.K, 18), formatSeconds(p.T0), formatSeconds(p.TMin), formatSeconds(p.TMax))
			if rank < p.RankMax {
				onChain, err := l.EntryCost(ctx, rank, window)
				if err != nil {
					return err
				}
				if err := mirrorAgrees("entry cost", onChain)(p.EntryCost(rank, window)); err != nil {
					return err
				}
				fmt.Fprintf(w, "entry cost    rank %d, window %s: %s %s\n", rank, formatSeconds(window), formatAmount(onChain, int(decimals)), sym)
			} else {
				fmt.Fprintf(w, "entry cost    none: rank %d is the top rank\n", rank)
			}
			sybil, err := l.SybilCost(ctx, rank)
			if err != nil {
				return err
			}
			if err := mirrorAgrees("Sybil cost", sybil)(p.SybilCost(rank)); err != nil {
				return err
			}
			fast, err := p.ClimbCost(rank, p.TMin)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "Sybil cost    rank 0 to %d, one win per rank at %s windows: %s %s\n", rank, formatSeconds(p.TMax), formatAmount(sybil, int(decimals)), sym)
			fmt.Fprintf(w, "fastest climb rank 0 to %d at %s windows: %s %s (entry fees only; losing entries and gas come on top)\n", rank, formatSeconds(p.TMin), formatAmount(fast, int(decimals)), sym)
			return nil
		},
	}
}

// mirrorAgrees checks the Go mirror's value against the contract's.
func mirrorAgrees(what string, onChain *big.Int) func(*big.Int, error) error {
	return func(mirror *big.Int, err error) error {
		if err != nil {
			return fmt.Errorf("Go mirror of the %s: %w", what, err)
		}
		if mirror.Cmp(onChain) != 0 {
			return fmt.Errorf("the contract's %s %s differs from the Go mirror's %s: this dip does not match the deployed ladder", what, onChain, mirror)
		}
		return nil
	}
}

func acipTableCommand() *cli.Command {
	return &cli.Command{
		Name:  "table",
		Usage: "print the Sybil-cost table (Markdown) for the given ladder parameters, offline",
		Description: "One row per rank R: the entry cost of the competition that promotes to R at the\n" +
			"shortest, reference and longest windows, the Sybil cost (the cheapest climb from rank 0,\n" +
			"one win per rank at tMax, the ladder's sybilCost) and the fastest climb (tMin), with\n" +
			"their durations: one competition after another, or pipelined (competitions opened in\n" +
			"advance, entered at the end of their window). docs/economics.md uses the defaults.",
		Flags: append(ladderParamFlags(),
			&cli.UintFlag{Name: "decimals", Value: 18, Usage: "decimals of the payment token", EnvVars: []string{"DIP_ACIP_DECIMALS"}},
			&cli.StringFlag{Name: "unit", Value: "tokens", Usage: "name of the payment token in the header", EnvVars: []string{"DIP_ACIP_UNIT"}},
		),
		Action: func(c *cli.Context) error {
			if c.Uint("decimals") > 77 {
				return fmt.Errorf("--decimals %d is too large", c.Uint("decimals"))
			}
			p, err := ladderParamsFromFlags(c, uint8(c.Uint("decimals")))
			if err != nil {
				return err
			}
			rows, err := p.SybilTable()
			if err != nil {
				return err
			}
			printSybilTable(c.App.Writer, p, rows, int(c.Uint("decimals")), c.String("unit"))
			return nil
		},
	}
}

func printSybilTable(w io.Writer, p acip.LadderParams, rows []acip.SybilRow, decimals int, unit string) {
	fmt.Fprintf(w, "Parameters: base %s %s, k %s, t0 %s, windows %s..%s, reveal %s, ranks 0..%d. Amounts in %s, rounded down to 4 decimals.\n\n",
		formatAmount(p.Base, decimals), unit, formatAmount(p.K, 18), formatSeconds(p.T0), formatSeconds(p.TMin), formatSeconds(p.TMax),
		formatSeconds(p.RevealPeriod), p.RankMax, unit)
	fmt.Fprintf(w, "| rank R | entry to R at %s | at %s | at %s | Sybil cost to R (%s windows) | fastest climb to R (%s windows) | climb time at %s, one after another | at %s, pipelined | at %s, pipelined |\n",
		formatSeconds(p.TMin), formatSeconds(p.T0), formatSeconds(p.TMax), formatSeconds(p.TMax), formatSeconds(p.TMin), formatSeconds(p.TMax), formatSeconds(p.TMax), formatSeconds(p.TMin))
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	short := func(v *big.Int) string {
		if v == nil {
			return "-"
		}
		return roundAmount(v, decimals, 4)
	}
	for _, r := range rows {
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", r.Rank, short(r.EntryTMin), short(r.EntryT0), short(r.EntryTMax),
			short(r.SybilCost), short(r.FastCost), formatSeconds(r.SequentialTime), formatSeconds(r.PipelinedTime), formatSeconds(r.FastTime))
	}
}

// roundAmount renders v with `decimals` decimals, rounded down to `places`.
func roundAmount(v *big.Int, decimals, places int) string {
	if decimals > places {
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-places)), nil)
		v = new(big.Int).Quo(v, unit)
		decimals = places
	}
	return formatAmount(v, decimals)
}

func acipOpenCommand() *cli.Command {
	return &cli.Command{
		Name:  "open",
		Usage: "open a competition for a rank with a window (anyone may)",
		Flags: append(chainFlags(), guildFlag(),
			&cli.UintFlag{Name: "rank", Usage: "rank entrants must hold; winners move one rank up", Required: true, EnvVars: []string{"DIP_ACIP_RANK"}},
			&cli.StringFlag{Name: "window", Usage: "commit window (default: the longest, tMax, the cheapest entry)", EnvVars: []string{"DIP_ACIP_WINDOW"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, _, suite, err := openGuild(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			l := acip.AttachLadder(suite.Ladder, s.client)
			p, err := l.Params(ctx)
			if err != nil {
				return err
			}
			window := p.TMax
			if c.IsSet("window") {
				if window, err = parseSeconds("--window", c.String("window")); err != nil {
					return err
				}
			}
			if c.Uint("rank") > 255 {
				return fmt.Errorf("--rank %d out of range", c.Uint("rank"))
			}
			comp, r, err := l.OpenCompetition(ctx, s.opts(), uint8(c.Uint("rank")), window)
			if err != nil {
				return err
			}
			sym, decimals, err := tokenLabel(ctx, s, p.PaymentToken)
			if err != nil {
				return err
			}
			w := c.App.Writer
			printTx(w, "open", r)
			fmt.Fprintf(w, "competition %s for rank %d: fee %s %s\n", comp.ID, comp.Rank, formatAmount(comp.Fee, int(decimals)), sym)
			printDeadlines(w, comp)
			return nil
		},
	}
}

func printDeadlines(w io.Writer, c acip.Competition) {
	at := func(ts uint64) string { return time.Unix(int64(ts), 0).UTC().Format(time.RFC3339) }
	fmt.Fprintf(w, "  commit until  %s\n  reveal until  %s\n  resolve until %s\n", at(c.CommitDeadline), at(c.RevealDeadline), at(c.ResolveDeadline))
}

func printTx(w io.Writer, label string, r *types.Receipt) {
	fmt.Fprintf(w, "%-9s tx %s  block %d  gas %s\n", label, r.TxHash.Hex(), r.BlockNumber.Uint64(), groupDigits(r.GasUsed))
}

// entryFile keeps what an entrant needs to reveal: written before the commit
// is sent, so no crash can lose the salt of a paid entry.
type entryFile struct {
	ChainID     uint64         `json:"chainId"`
	Ladder      common.Address `json:"ladder"`
	Competition *big.Int       `json:"competition"`
	Entrant     common.Address `json:"entrant"`
	Salt        common.Hash    `json:"salt"`
	Payload     common.Hash    `json:"payload"`
	Commitment  common.Hash    `json:"commitment"`
}

func entryPath(dir string, chainID uint64, ladder common.Address, id *big.Int, entrant common.Address) string {
	return filepath.Join(dir, fmt.Sprintf("%d-%s-%s-%s.json", chainID, strings.ToLower(ladder.Hex()), id, strings.ToLower(entrant.Hex())))
}

func entriesFlag() cli.Flag {
	return &cli.StringFlag{Name: "entries", Value: filepath.Join(".dip", "acip"), Usage: "directory of entry files (salts needed to reveal)", EnvVars: []string{"DIP_ACIP_ENTRIES"}}
}

func competitionIDFlag() cli.Flag {
	return &cli.Uint64Flag{Name: "id", Usage: "competition id", Required: true, EnvVars: []string{"DIP_ACIP_ID"}}
}

func acipEnterCommand() *cli.Command {
	return &cli.Command{
		Name:  "enter",
		Usage: "commit to a competition: pay its fee and commit to a hidden payload",
		Description: "The payload is --payload (32 bytes hex) or the keccak256 of --work FILE. A random salt\n" +
			"hides it until the reveal; salt and payload are written to an entry file (mode 0600)\n" +
			"under --entries before the commit is sent. Keep it: 'dip acip reveal' needs it.\n" +
			"The fee is approved to the ladder first when the allowance is short.",
		Flags: append(chainFlags(), guildFlag(), competitionIDFlag(), entriesFlag(),
			&cli.StringFlag{Name: "payload", Usage: "32-byte payload, 0x-prefixed hex (e.g. a content hash of the work)", EnvVars: []string{"DIP_ACIP_PAYLOAD"}},
			&cli.StringFlag{Name: "work", Usage: "file whose keccak256 is the payload", EnvVars: []string{"DIP_ACIP_WORK"}},
			&cli.StringFlag{Name: "salt", Usage: "32-byte salt, 0x-prefixed hex (default: random)", EnvVars: []string{"DIP_ACIP_SALT"}},
		),
		Action: func(c *cli.Context) error {
			payload, err := payloadFromFlags(c)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, _, suite, err := openGuild(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			return enterCompetition(ctx, c, s, suite.Ladder, payload)
		},
	}
}

func payloadFromFlags(c *cli.Context) (common.Hash, error) {
	switch {
	case c.IsSet("payload") == c.IsSet("work"):
		return common.Hash{}, fmt.Errorf("%w: give exactly one of --payload and --work", errUsage)
	case c.IsSet("work"):
		data, err := os.ReadFile(c.String("work"))
		if err != nil {
			return common.Hash{}, fmt.Errorf("read --work: %w", err)
		}
		return crypto.Keccak256Hash(data), nil
	}
	return parseHash("--payload", c.String("payload"))
}

func parseHash(flag, s string) (common.Hash, error) {
	b, err := hexutil.Decode(strings.TrimSpace(s))
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("%s must be 32 bytes of 0x-prefixed hex", flag)
	}
	return common.BytesToHash(b), nil
}

func enterCompetition(ctx context.Context, c *cli.Context, s *session, ladder common.Address, payload common.Hash) error {
	l := acip.AttachLadder(ladder, s.client)
	id := new(big.Int).SetUint64(c.Uint64("id"))
	me := s.from()
	entry, err := l.EntryOf(ctx, id, me)
	if err != nil {
		return err
	}
	if entry.Status != acip.EntryNone {
		return fmt.Errorf("%s already entered competition %s (entry %s): reveal with 'dip acip reveal --id %s'", me.Hex(), id, entry.Status, id)
	}
	salt, err := acip.NewSalt()
	if err != nil {
		return err
	}
	if c.IsSet("salt") {
		if salt, err = parseHash("--salt", c.String("salt")); err != nil {
			return err
		}
	}
	commitment, err := l.CommitmentOf(ctx, me, id, salt, payload)
	if err != nil {
		return err
	}
	ef := entryFile{ChainID: s.chainID.Uint64(), Ladder: ladder, Competition: id, Entrant: me, Salt: salt, Payload: payload, Commitment: commitment}
	data, err := json.MarshalIndent(ef, "", "  ")
	if err != nil {
		return err
	}
	path := entryPath(c.String("entries"), ef.ChainID, ladder, id, me)
	if err := atomicfile.Write(path, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("save the entry file before committing: %w", err)
	}
	_, receipts, err := l.Enter(ctx, s.opts(), id, salt, payload)
	w := c.App.Writer
	for i, r := range receipts {
		label := "commit"
		if i < len(receipts)-1 {
			label = "approve"
		}
		printTx(w, label, r)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "entered competition %s: commitment %s\n", id, commitment.Hex())
	fmt.Fprintf(w, "salt and payload saved in %s (needed by 'dip acip reveal --id %s')\n", path, id)
	return nil
}

func acipRevealCommand() *cli.Command {
	return &cli.Command{
		Name:  "reveal",
		Usage: "reveal the signer's committed payload in a competition (after its commit window)",
		Flags: append(chainFlags(), guildFlag(), competitionIDFlag(), entriesFlag()),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, _, suite, err := openGuild(ctx, c, true)
			if err != nil {
				return err
			}
			defer s.Close()
			id := new(big.Int).SetUint64(c.Uint64("id"))
			path := entryPath(c.String("entries"), s.chainID.Uint64(), suite.Ladder, id, s.from())
			data, err := os.ReadFile(path)
			if errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("no entry file %s: only the account that entered, with the --entries directory it used, can reveal", path)
			}
			if err != nil {
				return fmt.Errorf("read entry file: %w", err)
			}
			var ef entryFile
			if err := json.Unmarshal(data, &ef); err != nil {
				return fmt.Errorf("entry file %s is not valid JSON: %w", path, err)
			}
			if ef.Entrant != s.from() || ef.Ladder != suite.Ladder || ef.Competition == nil || ef.Competition.Cmp(id) != 0 {
				return fmt.Errorf("entry file %s is for another entrant, ladder or competition", path)
			}
			r, err := acip.AttachLadder(suite.Ladder, s.client).Reveal(ctx, s.opts(), id, ef.Salt, ef.Payload)
			if err != nil {
				return err
			}
			printTx(c.App.Writer, "reveal", r)
			fmt.Fprintf(c.App.Writer, "revealed payload %s in competition %s\n", ef.Payload.Hex(), id)
			return nil
		},
	}
}

func acipShowCommand() *cli.Command {
	return &cli.Command{
		Name:  "show",
		Usage: "print a competition's state, phase, deadlines and, with --account, that account's entry",
		Flags: append(chainFlags(), guildFlag(), competitionIDFlag(),
			&cli.StringFlag{Name: "account", Usage: "also show this account's entry and rank", EnvVars: []string{"DIP_ACIP_ACCOUNT"}},
		),
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("rpc-timeout"))
			defer cancel()
			s, _, suite, err := openGuild(ctx, c, false)
			if err != nil {
				return err
			}
			defer s.Close()
			account, err := addressFlag(c, "account")
			if err != nil {
				return err
			}
			l := acip.AttachLadder(suite.Ladder, s.client)
			id := new(big.Int).SetUint64(c.Uint64("id"))
			comp, err := l.Competition(ctx, id)
			if err != nil {
				return err
			}
			head, err := s.client.HeaderByNumber(ctx, nil)
			if err != nil {
				return fmt.Errorf("read the latest block: %w", err)
			}
			p, err := l.Params(ctx)
			if err != nil {
				return err
			}
			sym, decimals, err := tokenLabel(ctx, s, p.PaymentToken)
			if err != nil {
				return err
			}
			w := c.App.Writer
			fmt.Fprintf(w, "competition %s for rank %d: %s, phase %s (block %d)\n", id, comp.Rank, comp.State, comp.PhaseAt(head.Time), head.Number)
			fmt.Fprintf(w, "  window %s, fee %s %s, pot %s %s, %d entered, %d revealed\n", formatSeconds(comp.Window),
				formatAmount(comp.Fee, int(decimals)), sym, formatAmount(comp.Pot, int(decimals)), sym, comp.Entrants, comp.Revealed)
			printDeadlines(w, comp)
			if account != (common.Address{}) {
				e, err := l.EntryOf(ctx, id, account)
				if err != nil {
					return err
				}
				rank, err := l.RankOf(ctx, account)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "  %s: entry %s, won %t, rank %d\n", account.Hex(), e.Status, e.Won, rank)
			}
			return nil
		},
	}
}

// tokenLabel returns an ERC-20's symbol (or "tokens") and decimals.
func tokenLabel(ctx context.Context, s *session, token common.Address) (string, uint8, error) {
	d, err := tokenDecimals(ctx, s, token)
	if err != nil {
		return "", 0, err
	}
	sym := "tokens"
	if out, err := chain.Call(ctx, s.client, token, erc20.PackSymbol()); err == nil {
		if v, err := erc20.UnpackSymbol(out); err == nil && v != "" {
			sym = v
		}
	}
	return sym, d, nil
}
