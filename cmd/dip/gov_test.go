package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGovCurve(t *testing.T) {
	t.Parallel()
	out := dipOK(t, "gov", "curve", "--horizons", "0,1w", "--budgets", "1,1000", "--targets", "10,30")
	for _, want := range []string{
		"Parameters: g 2, heat scale 1e25, half-life 1w; tier-1 LAT (weight 1), installments every 1d.",
		"| LAT burned | at once | 1w |",
		// One LAT at zero heat crosses the first of 16 steps per halving: just below one token.
		"| 1 | 0.984 | 0.994 |",
		// At once the yield saturates at heat 13 H: w * S * (2^13 - 1) = 14.7399... tokens.
		"| 1000 | 14.739 | 14.743 |",
		"| 30 | - | - |",
		"| max tokens | 14.739 | 16.979 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("gov curve lacks %q:\n%s", want, out)
		}
	}
	// Spreading the same budget over more time never mints less.
	if !strings.Contains(out, "| 10 | 16.366 | 14.081 |") {
		t.Errorf("gov curve: LAT needed for 10 tokens should fall with time:\n%s", out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"gov", "curve", "--heat-scale", "17"}, "heat scale must be a positive multiple of 16"},
		{[]string{"gov", "curve", "--tier", "0"}, "--tier 0 out of range"},
		{[]string{"gov", "curve", "--interval", "0"}, "--interval must be positive"},
		{[]string{"gov", "curve", "--horizons", "soon"}, `--horizons: "soon" is not a duration`},
	} {
		code, _, errOut := runDip(t, tc.args...)
		if code != 1 || !strings.Contains(errOut, tc.want) {
			t.Errorf("dip %v: exit %d, %q; want %q", tc.args, code, errOut, tc.want)
		}
	}
}

// docs/economics.md holds the default outputs of `dip acip table` and
// `dip gov curve` verbatim: regenerate them when the math or defaults change.
func TestEconomicsDocMatchesGenerators(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "economics.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"acip", "table"}, {"gov", "curve"}} {
		if out := dipOK(t, args...); !strings.Contains(string(doc), out) {
			t.Errorf("docs/economics.md does not contain the output of 'dip %s'; regenerate it:\n%s", strings.Join(args, " "), out)
		}
	}
}
