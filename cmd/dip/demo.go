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
		{"guild, competition and governance", actGuild},
		{"liquid access token", actLAT},
		{"sealed data, released against a grant", actAccess},
		{"zk proof of sampled inference", actZK},
		{"escrow order evaluated by a settled deliberation", actEscrow},
		{"proof-of-work epoch settled by sampled nonce proofs", actPow},
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
)

var roleNames = map[int]string{
	roleGuild: "guild", roleLadder: "ladder", roleExpert1: "expert-1", roleExpert2: "expert-2",
	roleExpert3: "expert-3", roleBuyer: "buyer", roleRelayer: "relayer", roleChallenger: "challenger",
	roleAuthority: "authority", roleMiner: "miner",
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
	// guild is the guild act's suite and cast, used by the escrow act.
	guild *demoGuild
}

func (e *demoEnv) opts(role int) *bind.TransactOpts { return e.chain.Transactor(role) }
func (e *demoEnv) addr(role int) common.Address     { return e.chain.Address(role) }

func (e *demoEnv) section(title string) {
	fmt.Fprintf(e.out, "\n== %s\n", title)
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
	e.txs++
	e.totalGas += r.GasUsed
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
	chain := devchain.New()
	defer chain.Close()
	e := &demoEnv{chain: chain, out: out, addrs: map[string]common.Address{}}
	fmt.Fprintf(out, "DIP demo on the embedded chain (go-ethereum simulated backend, chain id %s)\n", devchain.ChainID)
	for _, role := range []int{roleGuild, roleLadder, roleExpert1, roleExpert2, roleExpert3, roleBuyer} {
		fmt.Fprintf(out, "  %-10s %s\n", roleNames[role], e.addr(role).Hex())
	}
	start := time.Now()
	for _, act := range demoActs() {
		if err := act.run(ctx, e); err != nil {
			return fmt.Errorf("demo act %q: %w", act.name, err)
		}
	}
	fmt.Fprintf(out, "\nDone: %d transactions, %s gas in total, %s.\n", e.txs, groupDigits(e.totalGas), time.Since(start).Round(time.Millisecond))
	return nil
}
