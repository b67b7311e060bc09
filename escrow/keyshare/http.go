package keyshare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
)

// ReleasePath is the route of the share endpoint.
const ReleasePath = "/v1/shares/release"

// ManifestStore finds the manifest of an asset a holder has a share of.
type ManifestStore interface {
	// Manifest returns the validated manifest of assetID, or an error
	// wrapping ErrUnknownAsset.
	Manifest(ctx context.Context, assetID common.Hash) (*Manifest, error)
}

// MemoryManifests is a ManifestStore in memory.
type MemoryManifests struct {
	mu sync.RWMutex
	m  map[common.Hash]*Manifest
}

// NewMemoryManifests returns a store holding the given (validated) manifests.
func NewMemoryManifests(ms ...*Manifest) (*MemoryManifests, error) {
	s := &MemoryManifests{m: map[common.Hash]*Manifest{}}
	for _, m := range ms {
		if err := s.Add(m); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Add validates m and stores it.
func (s *MemoryManifests) Add(m *Manifest) error {
	if err := m.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[m.AssetID] = m
	return nil
}

// Manifest implements ManifestStore.
func (s *MemoryManifests) Manifest(_ context.Context, id common.Hash) (*Manifest, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if m, ok := s.m[id]; ok {
		return m, nil
	}
	return nil, fmt.Errorf("%w: %s", ErrUnknownAsset, id.Hex())
}

// ManifestDir is a ManifestStore reading <dir>/<assetId>.manifest.json, the
// files `dip asset seal` writes.
type ManifestDir string

// ManifestFile returns the file name of an asset's manifest.
func ManifestFile(id common.Hash) string { return id.Hex() + ".manifest.json" }

// Manifest implements ManifestStore.
func (d ManifestDir) Manifest(_ context.Context, id common.Hash) (*Manifest, error) {
	f, err := os.Open(filepath.Join(string(d), ManifestFile(id)))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrUnknownAsset, id.Hex())
	}
	if err != nil {
		return nil, fmt.Errorf("keyshare: open manifest: %w", err)
	}
	defer f.Close()
	m, err := DecodeManifest(f)
	if err != nil {
		return nil, err
	}
	if m.AssetID != id {
		return nil, fmt.Errorf("%w: file for %s holds asset %s", ErrBadManifest, id.Hex(), m.AssetID.Hex())
	}
	return m, nil
}

// apiError is the JSON body of every non-200 answer.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"error"`
}

// errorCodes maps sentinel errors to HTTP status and a stable code; the
// client maps the code back, so a buyer sees the same sentinel locally.
var errorCodes = []struct {
	err    error
	status int
	code   string
}{
	{ErrBadRequest, http.StatusBadRequest, "bad_request"},
	{ErrBadPublicKey, http.StatusBadRequest, "bad_public_key"},
	{ErrUnknownAsset, http.StatusNotFound, "unknown_asset"},
	{ErrNotAHolder, http.StatusNotFound, "not_a_holder"},
	{ErrUnknownGrant, http.StatusNotFound, "unknown_grant"},
	{ErrGrantUnconfirmed, http.StatusServiceUnavailable, "grant_unconfirmed"},
	{ErrTokenNotAccepted, http.StatusForbidden, "token_not_accepted"},
	{ErrGrantAssetMismatch, http.StatusForbidden, "grant_asset_mismatch"},
	{ErrNotGrantHolder, http.StatusForbidden, "not_grant_holder"},
	{ErrTierTooLow, http.StatusForbidden, "tier_too_low"},
	{ErrAssetNotRegistered, http.StatusNotFound, "asset_not_registered"},
	{ErrAssetRetired, http.StatusForbidden, "asset_retired"},
	{ErrAssetRecordMismatch, http.StatusForbidden, "asset_record_mismatch"},
	{ErrWrongChain, http.StatusInternalServerError, "wrong_chain"},
	{ErrBadManifest, http.StatusInternalServerError, "bad_manifest"},
	{ErrShareDecrypt, http.StatusInternalServerError, "share_unavailable"},
	{ErrCommitmentMismatch, http.StatusInternalServerError, "share_unavailable"},
}

// Handler serves POST /v1/shares/release for one holder: the body is a
// ReleaseRequest (at most MaxRequestSize bytes), the answer a Release or an
// error {code, error}. Mount it on the holder's HTTP server.
type Handler struct {
	holder    *Holder
	manifests ManifestStore
	logger    *slog.Logger
	mux       *http.ServeMux
}

// NewHandler returns the share endpoint of holder for the assets in manifests.
func NewHandler(holder *Holder, manifests ManifestStore, logger *slog.Logger) *Handler {
	if logger == nil {
		logger = slog.Default()
	}
	h := &Handler{holder: holder, manifests: manifests, logger: logger, mux: http.NewServeMux()}
	h.mux.HandleFunc("POST "+ReleasePath, h.release)
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

func (h *Handler) release(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		h.fail(w, r, fmt.Errorf("%w: content type must be application/json", ErrBadRequest))
		return
	}
	req, err := DecodeReleaseRequest(http.MaxBytesReader(w, r.Body, MaxRequestSize))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	m, err := h.manifests.Manifest(r.Context(), req.AssetID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	rel, err := h.holder.Release(r.Context(), m, req)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rel)
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, code := http.StatusInternalServerError, "internal"
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			status, code = c.status, c.code
			break
		}
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		status, code = http.StatusRequestEntityTooLarge, "too_large"
	}
	msg := err.Error()
	if status == http.StatusInternalServerError {
		// Details stay in the holder's log; the buyer learns only the class.
		h.logger.Error("share release failed", "err", err, "remote", r.RemoteAddr)
		msg = "the holder could not release its share (" + code + ")"
	} else {
		h.logger.Info("share release refused", "code", code, "err", err, "remote", r.RemoteAddr)
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "12")
	}
	writeJSON(w, status, apiError{Code: code, Message: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// HTTPSource asks one holder's share endpoint for releases.
type HTTPSource struct {
	base   string
	holder common.Address
	client *http.Client
}

var _ ShareSource = (*HTTPSource)(nil)

// NewHTTPSource returns a source for the holder at baseURL (scheme, host and
// optional path prefix; ReleasePath is appended). holder names the holder in
// errors and may be zero. A nil client means http.DefaultClient; give one
// with a timeout.
func NewHTTPSource(baseURL string, holder common.Address, client *http.Client) *HTTPSource {
	if client == nil {
		client = http.DefaultClient
	}
	return &HTTPSource{base: strings.TrimRight(baseURL, "/"), holder: holder, client: client}
}

// Name implements ShareSource.
func (s *HTTPSource) Name() string {
	if s.holder == (common.Address{}) {
		return s.base
	}
	return "holder " + s.holder.Hex() + " at " + s.base
}

// Release implements ShareSource.
func (s *HTTPSource) Release(ctx context.Context, req *ReleaseRequest) (*Release, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("keyshare: encode request: %w", err)
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+ReleasePath, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%w: bad holder URL %q: %w", ErrHolderUnavailable, s.base, err)
	}
	hr.Header.Set("Content-Type", "application/json")
	resp, err := s.client.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrHolderUnavailable, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		rel, err := DecodeRelease(resp.Body)
		if err != nil {
			return nil, err
		}
		return rel, nil
	}
	var ae apiError
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if json.Unmarshal(raw, &ae) != nil || ae.Code == "" {
		return nil, fmt.Errorf("%w: HTTP %d", ErrHolderUnavailable, resp.StatusCode)
	}
	sentinel := ErrHolderUnavailable
	for _, c := range errorCodes {
		if c.code == ae.Code {
			sentinel = c.err
			break
		}
	}
	msg := strings.TrimPrefix(ae.Message, sentinel.Error()+": ")
	return nil, fmt.Errorf("%w (holder says: %s)", sentinel, sanitize(msg))
}

// sanitize keeps a remote message printable and short.
func sanitize(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return ' '
	}, s)
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}
