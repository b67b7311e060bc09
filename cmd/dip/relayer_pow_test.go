package main

import (
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/powepochs"
	"github.com/dip-market/dip/relayer/service"
)

func TestPowPipelineFromFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		want    bool
		wantErr string
	}{
		{"off by default", nil, false, ""},
		{"on", []string{"--pow-settlement", "0x00000000000000000000000000000000005e771e"}, true, ""},
		{"bad settlement", []string{"--pow-settlement", "nope"}, false, "--pow-settlement"},
		{"no samples", []string{"--pow-settlement", "0x00000000000000000000000000000000005e771e", "--pow-samples", "0"}, false, "--pow-samples"},
		{"bad step", []string{"--pow-settlement", "0x00000000000000000000000000000000005e771e", "--pow-step", "0s"}, false, "step interval"},
		{"bad nats port", []string{"--pow-settlement", "0x00000000000000000000000000000000005e771e", "--pow-nats-port", "70000"}, false, "port"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var (
				got service.Pipeline
				err error
			)
			app := &cli.App{Flags: powFlags(), Action: func(c *cli.Context) error {
				got, err = powPipelineFromFlags(c, service.CLIConfig{DataDir: t.TempDir()})
				return nil
			}}
			if runErr := app.Run(append([]string{"x"}, tc.args...)); runErr != nil {
				t.Fatal(runErr)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one naming %s", err, tc.wantErr)
				}
				return
			}
			if err != nil || (got != nil) != tc.want {
				t.Fatalf("pipeline = %v, %v; want present=%v", got, err, tc.want)
			}
			if got != nil && got.Name() != powepochs.PipelineName {
				t.Fatalf("pipeline name %q", got.Name())
			}
		})
	}
	// Every flag has an env var.
	for _, f := range powFlags() {
		ev, ok := f.(interface{ GetEnvVars() []string })
		if !ok || len(ev.GetEnvVars()) != 1 || !strings.HasPrefix(ev.GetEnvVars()[0], "DIP_RELAYER_POW_") {
			t.Fatalf("flag %v has no DIP_RELAYER_POW_ env var", f.Names())
		}
	}
}
