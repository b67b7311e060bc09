package escrowsessions

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/dip-market/dip/relayer/deliberation"
)

// ErrRefused wraps a deliberation relayer's final refusal of a manifest:
// retrying the same manifest cannot succeed. Other submission errors
// (unreachable, draining, an orchestrator the relayer does not know yet)
// are retried.
var ErrRefused = errors.New("escrowsessions: manifest refused")

// Submitter hands a signed manifest to a deliberation relayer. existed
// reports that the relayer already held this very manifest (a retry).
type Submitter interface {
	Submit(ctx context.Context, sm *deliberation.SignedManifest) (existed bool, err error)
}

// finalCodes are the deliberation error codes no retry can fix.
var finalCodes = map[string]bool{"session_exists": true, "bad_manifest": true, "malformed": true, "too_large": true}

// HTTPSubmitter posts manifests to POST {URL}/v1/deliberation/sessions.
type HTTPSubmitter struct {
	// URL is the deliberation relayer's base URL, e.g. http://127.0.0.1:7300.
	URL    string
	Client *http.Client
}

// Submit implements Submitter.
func (h *HTTPSubmitter) Submit(ctx context.Context, sm *deliberation.SignedManifest) (bool, error) {
	body, err := json.Marshal(sm)
	if err != nil {
		return false, fmt.Errorf("escrowsessions: encode manifest: %w", err)
	}
	url := strings.TrimRight(h.URL, "/") + deliberation.RoutePrefix + "/sessions"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false, fmt.Errorf("escrowsessions: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	c := h.Client
	if c == nil {
		c = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return false, fmt.Errorf("escrowsessions: post manifest to %s: %w", url, err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	switch resp.StatusCode {
	case http.StatusCreated:
		return false, nil
	case http.StatusOK:
		return true, nil
	}
	var e struct {
		Error   string `json:"error"`
		Message string `json:"message"`
	}
	_ = json.Unmarshal(out, &e)
	if finalCodes[e.Error] {
		return false, fmt.Errorf("%w: %s: %s", ErrRefused, e.Error, e.Message)
	}
	return false, fmt.Errorf("escrowsessions: post manifest to %s: status %d: %s", url, resp.StatusCode, bytes.TrimSpace(out))
}

// IngestSubmitter stores manifests straight into an in-process deliberation
// ingest (the relayer's own deliberation pipeline, or a test's).
type IngestSubmitter struct {
	// Ingest returns the running ingest, nil until its pipeline started.
	Ingest func() *deliberation.Ingest
}

// Submit implements Submitter.
func (s IngestSubmitter) Submit(ctx context.Context, sm *deliberation.SignedManifest) (bool, error) {
	in := s.Ingest()
	if in == nil {
		return false, errors.New("escrowsessions: the deliberation pipeline is not running")
	}
	existed, err := in.AddSession(ctx, sm)
	if err != nil {
		if code, _ := deliberation.Code(err); finalCodes[code] {
			return false, fmt.Errorf("%w: %s: %w", ErrRefused, code, err)
		}
		return false, err
	}
	return existed, nil
}
