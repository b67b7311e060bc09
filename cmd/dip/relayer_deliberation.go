package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/deliberation"
	"github.com/dip-market/dip/relayer/service"
)

// deliberationFlags configures the deliberation ingest and settlement pipeline.
func deliberationFlags() []cli.Flag {
	const cat = "Pipeline: deliberation"
	return []cli.Flag{
		&cli.StringFlag{Name: "deliberation-settlement", Category: cat, EnvVars: []string{"DIP_DELIBERATION_SETTLEMENT"},
			Usage: "run the deliberation pipeline, settling sessions on this guild Settlement"},
		&cli.StringSliceFlag{Name: "deliberation-orchestrator", Category: cat, EnvVars: []string{"DIP_DELIBERATION_ORCHESTRATOR"},
			Usage: "address allowed to sign session manifests (repeatable)"},
		&cli.BoolFlag{Name: "deliberation-watchtower", Category: cat, EnvVars: []string{"DIP_DELIBERATION_WATCHTOWER"},
			Usage: "also challenge other relayers' wrong tallies"},
		&cli.Float64Flag{Name: "deliberation-rate", Category: cat, Value: 50, EnvVars: []string{"DIP_DELIBERATION_RATE"},
			Usage: "messages per second accepted from one signer"},
		&cli.IntFlag{Name: "deliberation-burst", Category: cat, Value: 200, EnvVars: []string{"DIP_DELIBERATION_BURST"},
			Usage: "burst of messages accepted from one signer"},
		&cli.DurationFlag{Name: "deliberation-step", Category: cat, Value: 2 * time.Second, EnvVars: []string{"DIP_DELIBERATION_STEP"},
			Usage: "how often the settler advances sessions"},
		&cli.IntFlag{Name: "deliberation-batch-size", Category: cat, Value: deliberation.DefaultBatchSize, EnvVars: []string{"DIP_DELIBERATION_BATCH_SIZE"},
			Usage: "most sessions settled per batch claim (1 to 128); a batch shares one claim's gas"},
		&cli.DurationFlag{Name: "deliberation-batch-wait", Category: cat, EnvVars: []string{"DIP_DELIBERATION_BATCH_WAIT"},
			Usage: "how long a closed session waits for others to share its batch (0: sessions closing within one step share one)"},
		&cli.BoolFlag{Name: "deliberation-nats", Category: cat, Value: true, EnvVars: []string{"DIP_DELIBERATION_NATS"},
			Usage: "also ingest over NATS JetStream (an embedded server unless --deliberation-nats-url)"},
		&cli.StringFlag{Name: "deliberation-nats-url", Category: cat, EnvVars: []string{"DIP_DELIBERATION_NATS_URL"},
			Usage: "external NATS cluster URL(s), comma-separated; empty starts the embedded server"},
		&cli.IntFlag{Name: "deliberation-nats-port", Category: cat, Value: 4222, EnvVars: []string{"DIP_DELIBERATION_NATS_PORT"},
			Usage: "port of the embedded NATS server on 127.0.0.1 (-1: any free port)"},
		&cli.StringFlag{Name: "deliberation-nats-durable", Category: cat, Value: deliberation.DefaultDurable, EnvVars: []string{"DIP_DELIBERATION_NATS_DURABLE"},
			Usage: "durable consumer name; relayers sharing one stream need their own names, or they split the messages between them"},
	}
}

// deliberationPipelineFromFlags builds the deliberation pipeline when
// --deliberation-settlement is set.
func deliberationPipelineFromFlags(c *cli.Context, cfg service.CLIConfig) (service.Pipeline, error) {
	s := c.String("deliberation-settlement")
	if s == "" {
		return nil, nil
	}
	if !common.IsHexAddress(s) {
		return nil, fmt.Errorf("--deliberation-settlement %q is not an address", s)
	}
	var orchestrators []common.Address
	for _, o := range c.StringSlice("deliberation-orchestrator") {
		if !common.IsHexAddress(o) {
			return nil, fmt.Errorf("--deliberation-orchestrator %q is not an address", o)
		}
		orchestrators = append(orchestrators, common.HexToAddress(o))
	}
	var natsCfg *deliberation.NATSConfig
	if c.Bool("deliberation-nats") {
		natsCfg = &deliberation.NATSConfig{
			URL: c.String("deliberation-nats-url"), Port: c.Int("deliberation-nats-port"),
			StoreDir: filepath.Join(cfg.DataDir, "nats"), Durable: c.String("deliberation-nats-durable"),
		}
	}
	p, err := deliberation.NewPipeline(deliberation.Config{
		DBPath:        filepath.Join(cfg.DataDir, "deliberation.db"),
		Settlement:    common.HexToAddress(s),
		Orchestrators: orchestrators,
		RateLimit:     deliberation.RateLimit{PerSecond: c.Float64("deliberation-rate"), Burst: c.Int("deliberation-burst")},
		StepInterval:  c.Duration("deliberation-step"),
		BatchSize:     c.Int("deliberation-batch-size"),
		BatchWait:     c.Duration("deliberation-batch-wait"),
		Watchtower:    c.Bool("deliberation-watchtower"),
		NATS:          natsCfg,
	}, nil)
	if err != nil {
		return nil, err
	}
	return p, nil
}
