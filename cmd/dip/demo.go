package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/escrow"
	"github.com/dip-market/dip/internal/devchain"
)

// demoAct is one chapter of the demo story; acts run in order and share the env.
type demoAct struct {
	name string
	run  func(ctx context.Context, e *demoEnv) error
}

// demoActs is the story `dip demo` tells, in order.
func demoActs() []demoAct {
	return []demoAct{
		{"guild created by the factory", actGuild},
		{"competition decided by a deliberation", actDeliberation},
		{"competition decided by a mining epoch", actMining},
		{"promotion", actPromotion},
		{"escrow order evaluated through the relayer pipelines", actEscrow},
		{"governance", actGovernance},
		{"access bought and data decrypted", actAccess},
		{"zk proof of sampled inference", actZK},
	}
}

// Demo cast: each role signs with its own development key.
const (
	roleGuild = iota
	roleLadder
	roleExpert1
	roleExpert2
	roleExpert3
	roleBuyer
	roleRelayer
	roleChallenger
	roleAuthority
	roleMiner
	roleAuthority2
	roleAuthority3
	numRoles
)

var roleNames = map[int]string{
	roleGuild: "guild", roleLadder: "ladder", roleExpert1: "expert-1", roleExpert2: "expert-2",
	roleExpert3: "expert-3", roleBuyer: "buyer", roleRelayer: "relayer", roleChallenger: "challenger",
	roleAuthority: "authority-1", roleMiner: "miner", roleAuthority2: "authority-2", roleAuthority3: "authority-3",
}

// demoEnv is the embedded chain plus a printer that numbers the steps and
// reports each transaction's hash and gas.
type demoEnv struct {
	chain    *devchain.Chain
	out      io.Writer
	step     int
	totalGas uint64
	txs      int
	// shared state between acts
	addrs map[string]common.Address
	// guild is the guild act's suite and cast, used by every later act.
	guild *demoGuild
	// facts are what the story established, checked by the demo's tests.
	facts demoFacts
	// chapters count each section's transactions and gas for the summary.
	chapters []demoChapter
}

// demoChapter is one section's share of the transactions and gas.
type demoChapter struct {
	title string
	txs   int
	gas   uint64
}

// demoFacts are the story's outcomes as read back from the chain.
type demoFacts struct {
	// DeliberationWinner was promoted by the settled deliberation; Miners by the mining epoch.
	DeliberationWinner common.Address
	Miners             []common.Address
	// Ranks and Tier1 are every expert's ladder rank and tier-1 LAT balance after the competitions.
	Ranks map[common.Address]uint8
	Tier1 map[common.Address]*big.Int
	// Order is the escrow order at the end of its act; SettledScore the score the settler recorded.
	Order        *escrow.Order
	SettledScore string
	// Decrypted is what the buyer decrypted; Dataset what was sealed.
	Decrypted, Dataset []byte
	// BaseCost is the ladder's base entry cost after the governance act.
	BaseCost *big.Int
	// KeyHolders are the guild's registered key holders.
	KeyHolders []common.Address
}

func (e *demoEnv) opts(role int) *bind.TransactOpts { return e.chain.Transactor(role) }
func (e *demoEnv) addr(role int) common.Address     { return e.chain.Address(role) }

func (e *demoEnv) section(title string) {
	fmt.Fprintf(e.out, "\n== %s\n", title)
}

// count adds one transaction's gas to the totals and its chapter's.
func (e *demoEnv) count(gas uint64) {
	e.txs++
	e.totalGas += gas
	if n := len(e.chapters); n > 0 {
		e.chapters[n-1].txs++
		e.chapters[n-1].gas += gas
	}
}

func (e *demoEnv) stepf(format string, args ...any) {
	e.step++
	fmt.Fprintf(e.out, "[%2d] %s\n", e.step, fmt.Sprintf(format, args...))
}

func (e *demoEnv) notef(format string, args ...any) {
	fmt.Fprintf(e.out, "     %s\n", fmt.Sprintf(format, args...))
}

func (e *demoEnv) tx(label string, r *types.Receipt) {
	if r == nil {
		return
	}
	e.count(r.GasUsed)
	fmt.Fprintf(e.out, "     %-28s tx %s  block %-4d gas %s\n", label, r.TxHash.Hex(), r.BlockNumber.Uint64(), groupDigits(r.GasUsed))
}

func groupDigits(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// tokens renders an 18-decimal amount as a decimal number of tokens.
func tokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18))
	return strings.TrimRight(strings.TrimRight(f.Text('f', 6), "0"), ".")
}

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "run the whole DIP story on the embedded chain and print what happened",
		Description: "Starts go-ethereum's in-process simulated chain with funded development accounts\n" +
			"and plays every act of the story, printing each transaction with its hash and gas.\n" +
			"Nothing outside the process is touched.",
		Flags: []cli.Flag{
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Minute, Usage: "give up after this long", EnvVars: []string{"DIP_DEMO_TIMEOUT"}},
		},
		Action: func(c *cli.Context) error {
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
			defer cancel()
			return runDemo(ctx, c.App.Writer)
		},
	}
}

func runDemo(ctx context.Context, out io.Writer) error {
	_, err := playDemo(ctx, out)
	return err
}

// playDemo plays every act on a fresh embedded chain and returns the env
// with the story's facts.
func playDemo(ctx context.Context, out io.Writer) (*demoEnv, error) {
	chain := devchain.New(devchain.WithAccounts(numRoles))
	defer chain.Close()
	e := &demoEnv{chain: chain, out: out, addrs: map[string]common.Address{}}
	fmt.Fprintf(out, "DIP demo on the embedded chain (go-ethereum simulated backend, chain id %s)\n", devchain.ChainID)
	for _, role := range []int{roleGuild, roleExpert1, roleExpert2, roleExpert3, roleBuyer, roleRelayer, roleAuthority, roleAuthority2, roleAuthority3} {
		fmt.Fprintf(out, "  %-11s %s\n", roleNames[role], e.addr(role).Hex())
	}
	start := time.Now()
	for _, act := range demoActs() {
		e.chapters = append(e.chapters, demoChapter{title: act.name})
		if err := act.run(ctx, e); err != nil {
			return e, fmt.Errorf("demo act %q: %w", act.name, err)
		}
	}
	fmt.Fprintf(out, "\nGas by chapter:\n")
	for i, c := range e.chapters {
		fmt.Fprintf(out, "  %d. %-52s %3d txs %12s gas\n", i+1, c.title, c.txs, groupDigits(c.gas))
	}
	fmt.Fprintf(out, "\nDone: %d transactions, %s gas in total, %s.\n", e.txs, groupDigits(e.totalGas), time.Since(start).Round(time.Millisecond))
	return e, nil
}
