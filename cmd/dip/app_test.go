package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

func runDip(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"dip"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsageErrorsAreOneLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"--bogus"}, 2, "flag provided but not defined: -bogus"},
		{[]string{"nope"}, 2, `unknown command "nope"`},
		{[]string{"demo", "--timeout", "soon"}, 2, `invalid value "soon" for flag -timeout`},
	}
	for _, tc := range tests {
		code, _, stderr := runDip(t, tc.args...)
		if code != tc.wantCode {
			t.Errorf("dip %v: exit %d, want %d", tc.args, code, tc.wantCode)
		}
		if !strings.Contains(stderr, tc.wantErr) {
			t.Errorf("dip %v: stderr %q does not mention %q", tc.args, stderr, tc.wantErr)
		}
		if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
			t.Errorf("dip %v: stderr has %d extra lines: %q", tc.args, n, stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	t.Parallel()
	code, stdout, _ := runDip(t, "version")
	if code != 0 || stdout != "dip "+version+"\n" {
		t.Fatalf("dip version: exit %d, output %q", code, stdout)
	}
}

func TestHelpListsEveryCommandWithUsage(t *testing.T) {
	t.Parallel()
	code, stdout, _ := runDip(t, "--help")
	if code != 0 {
		t.Fatalf("dip --help exited %d", code)
	}
	for _, c := range commands() {
		if c.Usage == "" {
			t.Errorf("command %q has no one-line usage", c.Name)
		}
		if !strings.Contains(stdout, c.Name) {
			t.Errorf("help does not list %q", c.Name)
		}
	}
}

func TestEveryFlagHasADIPEnvVar(t *testing.T) {
	t.Parallel()
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				ev, ok := f.(interface{ GetEnvVars() []string })
				name := f.Names()[0]
				if !ok || len(ev.GetEnvVars()) == 0 || !strings.HasPrefix(ev.GetEnvVars()[0], "DIP_") {
					t.Errorf("%s %s: flag --%s has no DIP_ env var", path, c.Name, name)
				}
				if strings.ToLower(name) != name || strings.Contains(name, "_") {
					t.Errorf("%s %s: flag --%s is not kebab-case", path, c.Name, name)
				}
			}
			walk(path+" "+c.Name, c.Subcommands)
		}
	}
	walk("dip", commands())
}
