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

// Flags of the settlement pipelines `dip relayer run` can host. A pipeline
// runs when its required flag is set; these settings are flags and env vars
// only (the JSON config file covers the core service).
func pipelineFlags() []cli.Flag {
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
	}
}

// pipelinesFromFlags builds the pipelines the flags ask for.
func pipelinesFromFlags(c *cli.Context, cfg service.CLIConfig) ([]service.Pipeline, error) {
	var out []service.Pipeline
	if s := c.String("deliberation-settlement"); s != "" {
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
		p, err := deliberation.NewPipeline(deliberation.Config{
			DBPath:        filepath.Join(cfg.DataDir, "deliberation.db"),
			Settlement:    common.HexToAddress(s),
			Orchestrators: orchestrators,
			RateLimit:     deliberation.RateLimit{PerSecond: c.Float64("deliberation-rate"), Burst: c.Int("deliberation-burst")},
			StepInterval:  c.Duration("deliberation-step"),
			Watchtower:    c.Bool("deliberation-watchtower"),
		}, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
