package deliberation

import (
	"os"
	"strings"
	"testing"
)

// TestDocsListEveryRule keeps the OpenAPI error enum and the rule table of
// docs/deliberation.md in step with the sentinels.
func TestDocsListEveryRule(t *testing.T) {
	t.Parallel()
	api, err := os.ReadFile("../../docs/deliberation-openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	guide, err := os.ReadFile("../../docs/deliberation.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		found := false
		for _, form := range []string{" " + r.code + ",", "[" + r.code + ",", " " + r.code + "]"} {
			found = found || strings.Contains(string(api), form)
		}
		if !found {
			t.Errorf("docs/deliberation-openapi.yaml: error enum lacks %q", r.code)
		}
		if r.err == ErrNotClosed || r.err == ErrBadManifest || r.err == ErrSessionExists || r.err == ErrUnauthorizedOrchestrator {
			continue // manifest and tally errors are described in prose
		}
		if !strings.Contains(string(guide), "`"+r.code+"`") {
			t.Errorf("docs/deliberation.md: rule table lacks `%s`", r.code)
		}
	}
}
