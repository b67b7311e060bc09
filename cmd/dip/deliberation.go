package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/deliberation/sim"
)

func deliberationCommand() *cli.Command {
	return &cli.Command{
		Name:  "deliberation",
		Usage: "work with deliberation sessions on a relayer",
		Subcommands: []*cli.Command{
			deliberationSimulateCommand(),
			deliberationBatchCommand(),
		},
	}
}

func deliberationSimulateFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "relayer-url", Usage: "base URL of the relayer's HTTP API (with --nats-url: read back what the relayer stored; \"\" to skip)", Value: "http://127.0.0.1:7300", EnvVars: []string{"DIP_RELAYER_URL"}},
		&cli.StringFlag{Name: "nats-url", Usage: "publish the manifest and messages on the relayer's NATS JetStream subjects (nats://host:port, comma-separated for a cluster) instead of HTTP", EnvVars: []string{"DIP_NATS_URL"}},
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
		&cli.StringFlag{Name: "session", Category: "Joining sessions", Usage: "join this existing session (0x id) instead of opening one", EnvVars: []string{"DIP_SESSION"}},
		&cli.BoolFlag{Name: "follow", Category: "Joining sessions", Usage: "join every session of the relayer's escrow-sessions pipeline that names an agent", EnvVars: []string{"DIP_FOLLOW"}},
		&cli.StringFlag{Name: "follow-url", Category: "Joining sessions", Usage: "base URL of the escrow-sessions API (default: --relayer-url)", EnvVars: []string{"DIP_FOLLOW_URL"}},
		&cli.IntFlag{Name: "follow-max", Category: "Joining sessions", Usage: "with --follow, stop once this many sessions were joined and ended (0: until interrupted)", EnvVars: []string{"DIP_FOLLOW_MAX"}},
		&cli.DurationFlag{Name: "follow-poll", Category: "Joining sessions", Usage: "with --follow, how often the session list is read", Value: 2 * time.Second, EnvVars: []string{"DIP_FOLLOW_POLL"}},
		&cli.StringFlag{Name: "agent-dev-keys", Category: "Joining sessions", Usage: "agents are these development keys, e.g. 3,4,5 (dev chains 1337/31337 only; default: --agents keys from --seed)", EnvVars: []string{"DIP_AGENT_DEV_KEYS"}},
		&cli.StringFlag{Name: "agent-key-file", Category: "Joining sessions", Usage: "agents are the hex private keys in this file, one per line (test keys only)", EnvVars: []string{"DIP_AGENT_KEY_FILE"}},
		&cli.StringFlag{Name: "vote", Category: "Joining sessions", Usage: "how joining agents vote: approve, reject or random", Value: "random", EnvVars: []string{"DIP_VOTE"}},
		&cli.StringFlag{Name: "propose", Category: "Joining sessions", Usage: "with --session, the first agent proposes this content hash in every round (the others vote)", EnvVars: []string{"DIP_PROPOSE"}},
	}
}

func deliberationSimulateCommand() *cli.Command {
	return &cli.Command{
		Name:  "simulate",
		Usage: "drive synthetic agents through a deliberation session on a relayer and print its tally",
		Description: "Signs a session manifest with the orchestrator key, then for every round posts one proposal per agent,\n" +
			"cross-evaluations (never of the agent's own proposal) and one quadratic ballot per agent, waits for the\n" +
			"round deadlines and prints the relayer's tally of the last round, checked against a local recount.\n\n" +
			"With --nats-url the manifest and messages are published on dip.delib.<session>... (JetStream, Nats-Msg-Id =\n" +
			"signature hash) instead: a publish ack means stored in the stream, not accepted by the relayer's rules; with\n" +
			"--relayer-url the relayer's HTTP API is then read to report what it stored and to recount its tally.\n\n" +
			"With --session or --follow the agents join sessions someone else opened (e.g. the relayer's escrow-sessions\n" +
			"pipeline) instead: agents named in the manifest take part, a proposer proposes its content hash, the others\n" +
			"evaluate and vote by --vote. --follow proposes, for each escrow order, the delivered content hash from the\n" +
			"deliverer's key when it is one of the agents.",
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
	if c.String("session") != "" || c.Bool("follow") {
		return deliberationJoin(c)
	}
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
	natsURL := c.String("nats-url")
	for _, u := range strings.Split(natsURL, ",") {
		if natsURL != "" && !strings.HasPrefix(u, "nats://") && !strings.HasPrefix(u, "tls://") {
			return fmt.Errorf("%w: --nats-url %q: want nats:// or tls:// URLs", errUsage, natsURL)
		}
	}
	cfg := sim.Config{
		RelayerURL: c.String("relayer-url"), NATSURL: natsURL, Domain: dipmsg.NewDomain(chainID, settle), Target: target,
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
		switch {
		case st.Transport == sim.TransportNATS && st.StoredKnown:
			fmt.Fprintf(w, "round %d %-9s relayer stored %d of %d\n", st.Round, st.Phase, st.Stored, st.Sent)
			return
		case st.Transport == sim.TransportNATS:
			fmt.Fprintf(w, "round %d %-9s sent %d stream-acked %d failed %d duplicates %d (%.1f msg/s)\n",
				st.Round, st.Phase, st.Sent, st.Accepted, st.Rejected, st.Duplicates, st.Rate())
		default:
			fmt.Fprintf(w, "round %d %-9s sent %d accepted %d rejected %d (%.1f msg/s)\n",
				st.Round, st.Phase, st.Sent, st.Accepted, st.Rejected, st.Rate())
		}
		for _, e := range st.Errors {
			fmt.Fprintf(w, "  rejected: %s\n", e)
		}
	})
	if err != nil {
		return err
	}
	if natsURL != "" {
		readBack := "reading back from " + cfg.RelayerURL
		if cfg.RelayerURL == "" {
			readBack = "no relayer URL: nothing read back"
		}
		fmt.Fprintf(w, "simulating %d agents x %d rounds of %s over NATS %s (%s)\n", cfg.Agents, cfg.Rounds, cfg.RoundDuration, natsURL, readBack)
		fmt.Fprintln(w, "stream-acked = JetStream publish ack: stored in the stream, not yet checked by the relayer's rules")
	} else {
		fmt.Fprintf(w, "simulating %d agents x %d rounds of %s against %s\n", cfg.Agents, cfg.Rounds, cfg.RoundDuration, cfg.RelayerURL)
	}
	res, err := s.Run(c.Context)
	if res != nil && res.Transport == sim.TransportNATS {
		fmt.Fprintf(w, "session %s: %d stream-acked, %d failed to publish\n", res.Session.Hex(), res.Accepted(), res.Rejected())
		if n, known := res.Stored(); known {
			fmt.Fprintf(w, "relayer stored %d of %d\n", n, res.Accepted())
		}
	}
	if res != nil && res.Tally != nil {
		if res.Transport != sim.TransportNATS {
			fmt.Fprintf(w, "session %s: %d accepted, %d rejected\n", res.Session.Hex(), res.Accepted(), res.Rejected())
		}
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
	if res.Unverified != "" {
		fmt.Fprintf(w, "recount: not done: %s\n", res.Unverified)
		return nil
	}
	fmt.Fprintln(w, "recount: matches the relayer's tally")
	return nil
}

// joinAgents returns the joining agents' keys: --agent-dev-keys,
// --agent-key-file, or else --agents keys derived from --seed.
func joinAgents(c *cli.Context) ([]*ecdsa.PrivateKey, error) {
	var keys []*ecdsa.PrivateKey
	if list := c.String("agent-dev-keys"); list != "" {
		if id := c.Uint64("chain-id"); id != 0 && !isDevChain(new(big.Int).SetUint64(id)) {
			return nil, fmt.Errorf("%w (chain id %d)", errDevKeyOnPublicChain, id)
		}
		for _, f := range strings.Split(list, ",") {
			i, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || i < 0 || i >= devchain.DefaultAccounts {
				return nil, fmt.Errorf("%w: --agent-dev-keys %q: want indexes 0..%d", errUsage, f, devchain.DefaultAccounts-1)
			}
			keys = append(keys, devchain.DevKey(i))
		}
	}
	if path := c.String("agent-key-file"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("--agent-key-file: %w", err)
		}
		for n, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			k, err := crypto.HexToECDSA(strings.TrimPrefix(line, "0x"))
			if err != nil {
				// Never echo the line: it is a key.
				return nil, fmt.Errorf("%w: --agent-key-file %s line %d is not a hex private key", errUsage, path, n+1)
			}
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		n := c.Int("agents")
		if n < 1 || n > deliberation.MaxParticipants {
			return nil, fmt.Errorf("%w: --agents %d, want 1..%d", errUsage, n, deliberation.MaxParticipants)
		}
		for i := range n {
			keys = append(keys, sim.AgentKey(c.Uint64("seed"), i))
		}
	}
	return keys, nil
}

// deliberationJoin is `dip deliberation simulate --session|--follow`.
func deliberationJoin(c *cli.Context) error {
	if c.String("session") != "" && c.Bool("follow") {
		return fmt.Errorf("%w: --session and --follow exclude each other", errUsage)
	}
	vote, err := sim.ParseVotePolicy(c.String("vote"))
	if err != nil {
		return fmt.Errorf("%w: --vote %q: want approve, reject or random", errUsage, c.String("vote"))
	}
	keys, err := joinAgents(c)
	if err != nil {
		return err
	}
	cfg := sim.JoinConfig{RelayerURL: c.String("relayer-url"), Agents: keys, Vote: vote, Seed: c.Uint64("seed"), Concurrency: c.Int("concurrency")}
	if id := c.Uint64("chain-id"); id != 0 {
		settle, err := parseAddr(c, "settlement")
		if err != nil {
			return err
		}
		if settle != (common.Address{}) {
			d := dipmsg.NewDomain(new(big.Int).SetUint64(id), settle)
			cfg.Domain = &d
		}
	}
	if err := cfg.Check(); err != nil {
		return fmt.Errorf("%w: %s", errUsage, strings.TrimPrefix(err.Error(), sim.ErrBadConfig.Error()+": "))
	}
	w := c.App.Writer
	var mu sync.Mutex
	j, err := sim.NewJoiner(cfg, func(st sim.Stats) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "round %d %-9s sent %d accepted %d rejected %d\n", st.Round, st.Phase, st.Sent, st.Accepted, st.Rejected)
		for _, e := range st.Errors {
			fmt.Fprintf(w, "  rejected: %s\n", e)
		}
	})
	if err != nil {
		return err
	}
	printResult := func(label string, res *sim.JoinResult) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s: session %s joined by %d agents\n", label, res.Session.Hex(), len(res.Joined))
		if t := res.Tally; t != nil {
			fmt.Fprintf(w, "%s: tally of round %d: %d ballots, sums %s, score %s, winners %s\n", label, t.Round, t.BallotCount,
				strings.Join(t.Sums, ","), t.Score, strings.Join(t.Winners, ","))
		} else {
			fmt.Fprintf(w, "%s: no tally (%s)\n", label, res.TallyError)
		}
	}
	if s := c.String("session"); s != "" {
		if len(s) != 66 || !strings.HasPrefix(s, "0x") {
			return fmt.Errorf("%w: --session %q is not 0x and 64 hex digits", errUsage, s)
		}
		var proposals map[common.Address]common.Hash
		if p := c.String("propose"); p != "" {
			if len(p) != 66 || !strings.HasPrefix(p, "0x") {
				return fmt.Errorf("%w: --propose %q is not 0x and 64 hex digits", errUsage, p)
			}
			proposals = map[common.Address]common.Hash{crypto.PubkeyToAddress(keys[0].PublicKey): common.HexToHash(p)}
		}
		fmt.Fprintf(w, "joining session %s on %s with %d agents (vote %s)\n", s, cfg.RelayerURL, len(keys), vote)
		res, err := j.Join(c.Context, common.HexToHash(s), proposals)
		if err != nil {
			return err
		}
		printResult("session", res)
		return nil
	}
	if c.String("propose") != "" {
		return fmt.Errorf("%w: --propose goes with --session (--follow proposes the delivered content)", errUsage)
	}
	url := c.String("follow-url")
	if url == "" {
		url = cfg.RelayerURL
	}
	fmt.Fprintf(w, "following escrow sessions on %s with %d agents (vote %s)\n", url, len(keys), vote)
	failed := 0
	err = j.Follow(c.Context, sim.EscrowSessionsLister(url, nil), c.Duration("follow-poll"), c.Int("follow-max"), func(inv sim.Invitation, res *sim.JoinResult, err error) {
		if err != nil {
			mu.Lock()
			defer mu.Unlock()
			if inv.Session == (common.Hash{}) {
				fmt.Fprintf(w, "reading the session list failed, retrying: %v\n", err)
				return
			}
			failed++
			fmt.Fprintf(w, "%s: %v\n", inv.Label, err)
			return
		}
		printResult(inv.Label, res)
	})
	if err != nil {
		return err
	}
	if failed > 0 && c.Int("follow-max") > 0 {
		return fmt.Errorf("%d of the followed sessions failed", failed)
	}
	return nil
}
