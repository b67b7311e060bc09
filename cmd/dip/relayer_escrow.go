package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/escrowsessions"
	"github.com/dip-market/dip/relayer/service"
)

// escrowSessionsFlags configures the escrow-sessions pipeline: the relayer
// as the guild's orchestrator of escrow evaluations.
func escrowSessionsFlags() []cli.Flag {
	const cat = "Pipeline: escrow sessions"
	return []cli.Flag{
		&cli.StringFlag{Name: "escrow-sessions-escrow", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_ESCROW"},
			Usage: "run the escrow-sessions pipeline: open a deliberation session for each order delivered on this TripartiteEscrow"},
		&cli.StringFlag{Name: "escrow-sessions-settlement", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_SETTLEMENT"},
			Usage: "refuse to start unless the escrow's Settlement is this address (default: whatever the escrow reports)"},
		&cli.StringSliceFlag{Name: "escrow-sessions-evaluator", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_EVALUATOR"},
			Usage: "address of a guild evaluator, a participant of every session (repeatable)"},
		&cli.StringFlag{Name: "escrow-sessions-evaluators-file", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_EVALUATORS_FILE"},
			Usage: "file of evaluator addresses, one per line ('#' starts a comment); adds to --escrow-sessions-evaluator"},
		&cli.StringFlag{Name: "escrow-sessions-ingest-url", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_INGEST_URL"},
			Usage: "deliberation relayer the manifests are posted to (default: this relayer's own --http-addr)"},
		&cli.StringFlag{Name: "escrow-sessions-nats-url", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_NATS_URL"},
			Usage: "also announce each accepted session as a job on dip.delib.<session>.manifest of this NATS server (e.g. nats://127.0.0.1:4222, the deliberation pipeline's)"},
		&cli.IntFlag{Name: "escrow-sessions-rounds", Category: cat, Value: 1, EnvVars: []string{"DIP_ESCROW_SESSIONS_ROUNDS"},
			Usage: "rounds per session (the last one is settled)"},
		&cli.DurationFlag{Name: "escrow-sessions-propose", Category: cat, Value: 2 * time.Minute, EnvVars: []string{"DIP_ESCROW_SESSIONS_PROPOSE"},
			Usage: "proposal phase of a round (whole seconds)"},
		&cli.DurationFlag{Name: "escrow-sessions-vote", Category: cat, Value: 5 * time.Minute, EnvVars: []string{"DIP_ESCROW_SESSIONS_VOTE"},
			Usage: "evaluation and ballot phase of a round (whole seconds)"},
		&cli.DurationFlag{Name: "escrow-sessions-lead", Category: cat, Value: 30 * time.Second, EnvVars: []string{"DIP_ESCROW_SESSIONS_LEAD"},
			Usage: "time from seeing a delivery to the session opening"},
		&cli.Uint64Flag{Name: "escrow-sessions-credits", Category: cat, Value: 100, EnvVars: []string{"DIP_ESCROW_SESSIONS_CREDITS"},
			Usage: "quadratic voting credits per ballot"},
		&cli.IntFlag{Name: "escrow-sessions-confirmations", Category: cat, Value: -1, EnvVars: []string{"DIP_ESCROW_SESSIONS_CONFIRMATIONS"},
			Usage: "blocks on top of a delivery before it is acted on (-1: the relayer's --confirmations)"},
		&cli.Uint64Flag{Name: "escrow-sessions-start-block", Category: cat, EnvVars: []string{"DIP_ESCROW_SESSIONS_START_BLOCK"},
			Usage: "first block read when the watcher has no checkpoint (0: the relayer's --start-block)"},
		&cli.DurationFlag{Name: "escrow-sessions-retry", Category: cat, Value: 10 * time.Second, EnvVars: []string{"DIP_ESCROW_SESSIONS_RETRY"},
			Usage: "how often manifests the deliberation relayer has not accepted yet are posted again"},
		&cli.DurationFlag{Name: "escrow-sessions-settle-margin", Category: cat, Value: time.Hour, EnvVars: []string{"DIP_ESCROW_SESSIONS_SETTLE_MARGIN"},
			Usage: "time to claim and finalize, beyond the session and the challenge window, that must fit in the order's review window (keep it above --deliberation-batch-wait)"},
	}
}

// escrowSessionsPipelineFromFlags builds the pipeline when
// --escrow-sessions-escrow is set.
func escrowSessionsPipelineFromFlags(c *cli.Context, cfg service.CLIConfig) (service.Pipeline, error) {
	s := c.String("escrow-sessions-escrow")
	if s == "" {
		return nil, nil
	}
	if !common.IsHexAddress(s) {
		return nil, fmt.Errorf("--escrow-sessions-escrow %q is not an address", s)
	}
	var settle common.Address
	if v := c.String("escrow-sessions-settlement"); v != "" {
		if !common.IsHexAddress(v) {
			return nil, fmt.Errorf("--escrow-sessions-settlement %q is not an address", v)
		}
		settle = common.HexToAddress(v)
	}
	var evaluators []common.Address
	seen := map[common.Address]bool{}
	add := func(where, v string) error {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("%s: evaluator %q is not an address", where, v)
		}
		if a := common.HexToAddress(v); !seen[a] {
			seen[a] = true
			evaluators = append(evaluators, a)
		}
		return nil
	}
	for _, v := range c.StringSlice("escrow-sessions-evaluator") {
		if err := add("--escrow-sessions-evaluator", v); err != nil {
			return nil, err
		}
	}
	if path := c.String("escrow-sessions-evaluators-file"); path != "" {
		lines, err := readAddressLines(path)
		if err != nil {
			return nil, fmt.Errorf("--escrow-sessions-evaluators-file: %w", err)
		}
		for _, l := range lines {
			if err := add(fmt.Sprintf("%s line %d", path, l.n), l.text); err != nil {
				return nil, err
			}
		}
	}
	if len(evaluators) == 0 {
		return nil, fmt.Errorf("--escrow-sessions-escrow needs evaluators: --escrow-sessions-evaluator or --escrow-sessions-evaluators-file")
	}
	var confirmations *uint64
	if n := c.Int("escrow-sessions-confirmations"); n >= 0 {
		v := uint64(n)
		confirmations = &v
	} else if n != -1 {
		return nil, fmt.Errorf("--escrow-sessions-confirmations %d: want -1 (the relayer's) or a block count", n)
	}
	ingest := c.String("escrow-sessions-ingest-url")
	if ingest == "" {
		ingest = selfURL(cfg.HTTPAddr)
	}
	var announcer escrowsessions.Announcer
	if u := c.String("escrow-sessions-nats-url"); u != "" {
		if !strings.HasPrefix(u, "nats://") && !strings.HasPrefix(u, "tls://") {
			return nil, fmt.Errorf("--escrow-sessions-nats-url %q: want nats:// or tls:// URLs", u)
		}
		announcer = escrowsessions.NewNATSAnnouncer(u)
	}
	return escrowsessions.NewPipeline(escrowsessions.Config{
		DBPath:     filepath.Join(cfg.DataDir, "escrow-sessions.db"),
		Escrow:     common.HexToAddress(s),
		Settlement: settle,
		Evaluators: evaluators,
		Schedule: escrowsessions.Schedule{
			Rounds: c.Int("escrow-sessions-rounds"), Propose: c.Duration("escrow-sessions-propose"), Vote: c.Duration("escrow-sessions-vote"),
			Lead: c.Duration("escrow-sessions-lead"), Credits: c.Uint64("escrow-sessions-credits"),
		},
		Submitter:     &escrowsessions.HTTPSubmitter{URL: ingest},
		Announcer:     announcer,
		Confirmations: confirmations,
		StartBlock:    c.Uint64("escrow-sessions-start-block"),
		RetryInterval: c.Duration("escrow-sessions-retry"),
		SettleMargin:  c.Duration("escrow-sessions-settle-margin"),
	}, nil)
}

// selfURL is the base URL of this relayer's own listener: a wildcard or
// empty host is reached on the loopback address.
func selfURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

type numberedLine struct {
	n    int
	text string
}

// readAddressLines reads the non-empty lines of path, without comments.
func readAddressLines(path string) ([]numberedLine, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []numberedLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, numberedLine{n, line})
		}
	}
	return out, sc.Err()
}
