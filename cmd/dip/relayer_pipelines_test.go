package main

import (
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/service"
)

func TestPipelinesFromFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		want    int
		wantErr string
	}{
		{"none by default", nil, 0, ""},
		{"deliberation", []string{"--deliberation-settlement", "0x00000000000000000000000000000000005e771e", "--deliberation-orchestrator", "0x0000000000000000000000000000000000000001"}, 1, ""},
		{"bad settlement", []string{"--deliberation-settlement", "nope"}, 0, "--deliberation-settlement"},
		{"bad orchestrator", []string{"--deliberation-settlement", "0x00000000000000000000000000000000005e771e", "--deliberation-orchestrator", "0x12"}, 0, "--deliberation-orchestrator"},
		{"no orchestrator", []string{"--deliberation-settlement", "0x00000000000000000000000000000000005e771e"}, 0, "orchestrator"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var (
				got []service.Pipeline
				err error
			)
			app := &cli.App{Flags: pipelineFlags(), Action: func(c *cli.Context) error {
				got, err = pipelinesFromFlags(c, service.CLIConfig{DataDir: t.TempDir()})
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
			if err != nil || len(got) != tc.want {
				t.Fatalf("pipelines = %d, %v; want %d", len(got), err, tc.want)
			}
		})
	}
}
