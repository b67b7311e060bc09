package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/escrowsessions"
	"github.com/dip-market/dip/relayer/service"
)

func TestEscrowSessionsPipelineFromFlags(t *testing.T) {
	t.Parallel()
	const esc = "0x0000000000000000000000000000000000000E5C"
	const ev1, ev2 = "0x00000000000000000000000000000000000000A1", "0x00000000000000000000000000000000000000A2"
	dir := t.TempDir()
	good := filepath.Join(dir, "evaluators.txt")
	if err := os.WriteFile(good, []byte("# guild evaluators\n"+ev1+"  # alice\n\n"+ev2+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte(ev1+"\nnope\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		want    bool
		wantErr string
	}{
		{"off by default", nil, false, ""},
		{"flags", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-evaluator", ev2}, true, ""},
		{"file", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluators-file", good, "--escrow-sessions-confirmations", "0"}, true, ""},
		{"nats", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-nats-url", "nats://127.0.0.1:4222"}, true, ""},
		{"bad nats url", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-nats-url", "http://x"}, false, "--escrow-sessions-nats-url"},
		{"bad escrow", []string{"--escrow-sessions-escrow", "0x12", "--escrow-sessions-evaluator", ev1}, false, "--escrow-sessions-escrow"},
		{"bad settlement", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-settlement", "x"}, false, "--escrow-sessions-settlement"},
		{"no evaluators", []string{"--escrow-sessions-escrow", esc}, false, "needs evaluators"},
		{"bad evaluator", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", "0x1"}, false, "evaluator \"0x1\""},
		{"bad file line", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluators-file", bad}, false, "bad.txt line 2"},
		{"missing file", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluators-file", filepath.Join(dir, "none")}, false, "--escrow-sessions-evaluators-file"},
		{"bad confirmations", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-confirmations", "-2"}, false, "--escrow-sessions-confirmations"},
		{"fractional phase", []string{"--escrow-sessions-escrow", esc, "--escrow-sessions-evaluator", ev1, "--escrow-sessions-vote", "1500ms"}, false, "whole seconds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var (
				got service.Pipeline
				err error
			)
			app := &cli.App{Flags: escrowSessionsFlags(), Action: func(c *cli.Context) error {
				got, err = escrowSessionsPipelineFromFlags(c, service.CLIConfig{DataDir: t.TempDir(), HTTPAddr: "0.0.0.0:7300"})
				return nil
			}}
			if runErr := app.Run(append([]string{"x"}, tc.args...)); runErr != nil {
				t.Fatal(runErr)
			}
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || (got != nil) != tc.want {
				t.Fatalf("pipeline = %v, %v; want one: %v", got, err, tc.want)
			}
			if got != nil && got.Name() != escrowsessions.PipelineName {
				t.Fatalf("pipeline %q, want %q", got.Name(), escrowsessions.PipelineName)
			}
		})
	}
}

func TestEscrowSessionsInPipelineKinds(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for _, f := range pipelineFlags() {
		names[f.Names()[0]] = true
	}
	if !names["escrow-sessions-escrow"] {
		t.Fatal("dip relayer run lacks --escrow-sessions-escrow: the pipeline is not in pipelineKinds")
	}
}

func TestSelfURL(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"127.0.0.1:7300": "http://127.0.0.1:7300",
		"0.0.0.0:7300":   "http://127.0.0.1:7300",
		":7300":          "http://127.0.0.1:7300",
		"[::]:8080":      "http://127.0.0.1:8080",
		"relayer:9000":   "http://relayer:9000",
		"[::1]:7300":     "http://[::1]:7300",
	}
	for in, want := range tests {
		if got := selfURL(in); got != want {
			t.Errorf("selfURL(%q) = %q, want %q", in, got, want)
		}
	}
}
