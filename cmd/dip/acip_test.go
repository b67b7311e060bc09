package main

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseAmount(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals int
		want     string // "" means an error
	}{
		{"100", 18, "100000000000000000000"},
		{"2", 6, "2000000"},
		{"1.5", 18, "1500000000000000000"},
		{".5", 2, "50"},
		{"1e25", 0, "10000000000000000000000000"},
		{"2.5e3", 0, "2500"},
		{"1_000", 0, "1000"},
		{"0", 36, "0"},
		{"1e-18", 18, "1"},
		{"0.0000001", 6, ""},
		{"-1", 18, ""},
		{"", 18, ""},
		{"1.2.3", 18, ""},
		{"abc", 18, ""},
		{"1e", 18, ""},
		{"1e999", 0, ""},
	}
	for _, tc := range tests {
		got, err := parseAmount("--x", tc.in, tc.decimals)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("parseAmount(%q, %d) = %s, want an error", tc.in, tc.decimals, got)
		case tc.want != "" && (err != nil || got.String() != tc.want):
			t.Errorf("parseAmount(%q, %d) = %v, %v; want %s", tc.in, tc.decimals, got, err, tc.want)
		}
	}
}

func TestFormatAmountRoundTrips(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v        string
		decimals int
		want     string
	}{
		{"442857142857142857141", 18, "442.857142857142857141"},
		{"1000000000000000000", 18, "1"},
		{"5", 18, "0.000000000000000005"},
		{"0", 18, "0"},
		{"2000000", 6, "2"},
		{"-1500000", 6, "-1.5"},
		{"123", 0, "123"},
	}
	for _, tc := range tests {
		v, _ := new(big.Int).SetString(tc.v, 10)
		got := formatAmount(v, tc.decimals)
		if got != tc.want {
			t.Errorf("formatAmount(%s, %d) = %q, want %q", tc.v, tc.decimals, got, tc.want)
		}
		if v.Sign() >= 0 {
			if back, err := parseAmount("--x", got, tc.decimals); err != nil || back.Cmp(v) != 0 {
				t.Errorf("parseAmount(formatAmount(%s)) = %v, %v", tc.v, back, err)
			}
		}
	}
	if got := roundAmount(big.NewInt(123456789), 6, 2); got != "123.45" {
		t.Errorf("roundAmount = %q, want 123.45", got)
	}
}

func TestParseAndFormatSeconds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"90", 90, true}, {"90s", 90, true}, {"15m", 900, true}, {"12h", 43200, true},
		{"7d", 604800, true}, {"2w", 1209600, true}, {"1.5h", 5400, true}, {"1h30m", 5400, true},
		{"0", 0, true}, {"1.5s", 0, false}, {"-1h", 0, false}, {"soon", 0, false}, {"", 0, false},
	}
	for _, tc := range tests {
		got, err := parseSeconds("--x", tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSeconds(%q) = %d, %v; want %d (ok %t)", tc.in, got, err, tc.want, tc.ok)
		}
	}
	for sec, want := range map[uint64]string{0: "0s", 3600: "1h", 86400: "1d", 604800: "1w", 90061: "1d 1h 1m 1s"} {
		if got := formatSeconds(sec); got != want {
			t.Errorf("formatSeconds(%d) = %q, want %q", sec, got, want)
		}
	}
}

func TestACIPTableDefaults(t *testing.T) {
	t.Parallel()
	out := dipOK(t, "acip", "table")
	for _, want := range []string{
		"Parameters: base 100 tokens, k 2, t0 1d, windows 1h..1w, reveal 1d, ranks 0..5.",
		"| 0 | - | - | - | 0 | 0 | 0s | 0s | 0s |",
		// sybilCost(5) = 442.857142857142857141 (docs/economics.md test vector), rounded down.
		"| 5 | 38400 | 1600 | 228.5714 | 442.8571 | 74400 | 5w 5d 5s | 1w 5d 5s | 5d 1h 5s |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("acip table lacks %q:\n%s", want, out)
		}
	}
	out = dipOK(t, "acip", "table", "--k", "1.5", "--rank-max", "8", "--decimals", "6", "--base", "10", "--unit", "USDC")
	if !strings.Contains(out, "| 8 |") || !strings.Contains(out, "Amounts in USDC") {
		t.Errorf("acip table with parameters:\n%s", out)
	}
	code, _, errOut := runDip(t, "acip", "table", "--k", "17")
	if code != 1 || !strings.Contains(errOut, "k must be above 1 and at most 16") {
		t.Errorf("acip table --k 17: exit %d: %s", code, errOut)
	}
}
