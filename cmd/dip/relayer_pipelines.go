package main

import (
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/service"
)

// pipelineKind is one settlement pipeline `dip relayer run` can host: its
// flags, and a constructor that returns (nil, nil) when the flags do not ask
// for it. These settings are flags and env vars only (the JSON config file
// covers the core service).
type pipelineKind struct {
	flags func() []cli.Flag
	build func(c *cli.Context, cfg service.CLIConfig) (service.Pipeline, error)
}

// pipelineKinds lists the pipelines in the order they start.
var pipelineKinds = []pipelineKind{
	{deliberationFlags, deliberationPipelineFromFlags},
	{sharesFlags, sharesPipelineFromFlags},
	{escrowSessionsFlags, escrowSessionsPipelineFromFlags},
	{powFlags, powPipelineFromFlags},
}

// pipelineFlags returns the flags of every pipeline.
func pipelineFlags() []cli.Flag {
	var out []cli.Flag
	for _, k := range pipelineKinds {
		out = append(out, k.flags()...)
	}
	return out
}

// pipelinesFromFlags builds the pipelines the flags ask for.
func pipelinesFromFlags(c *cli.Context, cfg service.CLIConfig) ([]service.Pipeline, error) {
	var out []service.Pipeline
	for _, k := range pipelineKinds {
		p, err := k.build(c, cfg)
		if err != nil {
			return nil, err
		}
		if p != nil {
			out = append(out, p)
		}
	}
	return out, nil
}
