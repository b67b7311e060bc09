package vaultfake

import "testing"

func TestMatchPath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"transit/decrypt/k", "transit/decrypt/k", true},
		{"transit/decrypt/k", "transit/decrypt/k2", false},
		{"transit/decrypt/k", "transit/decrypt", false},
		{"transit/*", "transit/decrypt/k", true},
		{"transit/de*", "transit/decrypt/k", true},
		{"transit/en*", "transit/decrypt/k", false},
		{"secret/data/dip/*", "secret/data/dip/relayer", true},
		{"secret/data/dip/*", "secret/data/other", false},
		{"secret/data/+/key", "secret/data/dip/key", true},
		{"secret/data/+/key", "secret/data/dip/x/key", false},
		{"+/decrypt/k", "transit/decrypt/k", true},
	}
	for _, tt := range tests {
		if got := matchPath(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchPath(%q, %q) = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}
