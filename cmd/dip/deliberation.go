package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/relayer/deliberation/sim"
)

func deliberationCommand() *cli.Command {
	return &cli.Command{
		Name:  "deliberation",
		Usage: "work with deliberation sessions on a relayer",
		Subcommands: []*cli.Command{
			deliberationSimulateCommand(),
		},
	}
}

func deliberationSimulateFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "relayer-url", Usage: "base URL of the relayer's HTTP API", Value: "http://127.0.0.1:7300", EnvVars: []string{"DIP_RELAYER_URL"}},
		&cli.StringFlag{Name: "settlement", Usage: "Settlement contract address (the EIP-712 verifying contract)", EnvVars: []string{"DIP_SETTLEMENT"}},
		&cli.Uint64Flag{Name: "chain-id", Usage: "chain id of the Settlement contract", EnvVars: []string{"DIP_CHAIN_ID"}},
		&cli.StringFlag{Name: "target", Usage: "contract the session settles (default: the Settlement address)", EnvVars: []string{"DIP_TARGET"}},
		&cli.StringFlag{Name: "subject", Usage: "subject id of the session (decimal)", Value: "1", EnvVars: []string{"DIP_SUBJECT"}},
		&cli.StringFlag{Name: "session-nonce", Usage: "session nonce (decimal; default: the session's opening time)", EnvVars: []string{"DIP_SESSION_NONCE"}},
		&cli.IntFlag{Name: "agents", Usage: "number of synthetic agents", Value: 50, EnvVars: []string{"DIP_AGENTS"}},
		&cli.IntFlag{Name: "rounds", Usage: "number of rounds", Value: 3, EnvVars: []string{"DIP_ROUNDS"}},
		&cli.DurationFlag{Name: "round-duration", Usage: "length of a round, whole seconds: half for proposals, half for votes", Value: 20 * time.Second, EnvVars: []string{"DIP_ROUND_DURATION"}},
		&cli.Uint64Flag{Name: "credits", Usage: "quadratic voting credits per ballot", Value: 100, EnvVars: []string{"DIP_CREDITS"}},
		&cli.Uint64Flag{Name: "seed", Usage: "seed of the agents' keys and choices", Value: 1, EnvVars: []string{"DIP_SEED"}},
		&cli.IntFlag{Name: "concurrency", Usage: "messages in flight at once", Value: 8, EnvVars: []string{"DIP_CONCURRENCY"}},
		&cli.StringFlag{Name: "keystore", Usage: "encrypted keystore (v3) of the orchestrator key that signs the manifest", EnvVars: []string{"DIP_KEYSTORE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore passphrase (never pass it as a flag)", EnvVars: []string{"DIP_PASSWORD_FILE"}},
		&cli.IntFlag{Name: "dev-key", Usage: "sign the manifest with development key N (only on dev chains 1337/31337)", Value: -1, EnvVars: []string{"DIP_DEV_KEY"}},
	}
}

func deliberationSimulateCommand() *cli.Command {
	return &cli.Command{
		Name:  "simulate",
		Usage: "drive synthetic agents through a deliberation session on a relayer and print its tally",
		Description: "Signs a session manifest with the orchestrator key, then for every round posts one proposal per agent,\n" +
			"cross-evaluations (never of the agent's own proposal) and one quadratic ballot per agent, waits for the\n" +
			"round deadlines and prints the relayer's tally of the last round, checked against a local recount.",
		Flags:  deliberationSimulateFlags(),
		Action: deliberationSimulate,
	}
}

func parseBig(c *cli.Context, name string) (*big.Int, error) {
	s := c.String(name)
	if s == "" {
		return nil, nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("%w: --%s %q is not a non-negative decimal integer", errUsage, name, s)
	}
	return v, nil
}

func parseAddr(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: --%s %q is not an address", errUsage, name, s)
	}
	return common.HexToAddress(s), nil
}

func deliberationSimulate(c *cli.Context) error {
	if c.Uint64("chain-id") == 0 {
		return fmt.Errorf("%w: --chain-id is required", errUsage)
	}
	chainID := new(big.Int).SetUint64(c.Uint64("chain-id"))
	settle, err := parseAddr(c, "settlement")
	if err != nil {
		return err
	}
	if settle == (common.Address{}) {
		return fmt.Errorf("%w: --settlement is required", errUsage)
	}
	target, err := parseAddr(c, "target")
	if err != nil {
		return err
	}
	subject, err := parseBig(c, "subject")
	if err != nil {
		return err
	}
	nonce, err := parseBig(c, "session-nonce")
	if err != nil {
		return err
	}
	cfg := sim.Config{
		RelayerURL: c.String("relayer-url"), Domain: dipmsg.NewDomain(chainID, settle), Target: target,
		Subject: subject, Nonce: nonce, Agents: c.Int("agents"), Rounds: c.Int("rounds"),
		RoundDuration: c.Duration("round-duration"), Credits: c.Uint64("credits"), Seed: c.Uint64("seed"),
		Concurrency: c.Int("concurrency"),
	}
	if err := cfg.Check(); err != nil {
		return fmt.Errorf("%w: %s", errUsage, strings.TrimPrefix(err.Error(), sim.ErrBadConfig.Error()+": "))
	}
	key, err := loadKey(c, chainID)
	if err != nil {
		return err
	}
	w := c.App.Writer
	s, err := sim.New(cfg, dipmsg.KeySigner{Key: key}, func(st sim.Stats) {
		fmt.Fprintf(w, "round %d %-9s sent %d accepted %d rejected %d (%.1f msg/s)\n",
			st.Round, st.Phase, st.Sent, st.Accepted, st.Rejected, st.Rate())
		for _, e := range st.Errors {
			fmt.Fprintf(w, "  rejected: %s\n", e)
		}
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "simulating %d agents x %d rounds of %s against %s\n", cfg.Agents, cfg.Rounds, cfg.RoundDuration, cfg.RelayerURL)
	res, err := s.Run(c.Context)
	if res != nil && res.Tally != nil {
		fmt.Fprintf(w, "session %s: %d accepted, %d rejected\n", res.Session.Hex(), res.Accepted(), res.Rejected())
		t := res.Tally
		fmt.Fprintf(w, "tally of round %d: %d ballots, winner column %d, score %s, winners %s\n",
			t.Round, t.BallotCount, t.Winner, t.Score, strings.Join(t.Winners, ","))
		b, jerr := json.Marshal(t)
		if jerr != nil {
			return errors.Join(err, jerr)
		}
		fmt.Fprintf(w, "tally: %s\n", b)
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "recount: matches the relayer's tally")
	return nil
}
