package keyshare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func (f *fixture) servers(t *testing.T) []*httptest.Server {
	t.Helper()
	store, err := NewMemoryManifests(f.m)
	if err != nil {
		t.Fatal(err)
	}
	var srvs []*httptest.Server
	for i := range f.holderKeys {
		srv := httptest.NewServer(NewHandler(f.holder(i), store, slog.New(slog.DiscardHandler)))
		t.Cleanup(srv.Close)
		srvs = append(srvs, srv)
	}
	return srvs
}

func TestHTTPFetchEndToEnd(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	srvs := f.servers(t)
	srvs[0].Close() // one holder is offline
	var srcs []ShareSource
	for i, s := range srvs {
		srcs = append(srcs, NewHTTPSource(s.URL, f.m.Holders[i].Address, s.Client()))
	}
	res, err := Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Failures) != 1 || !errors.Is(res.Failures[0].Err, ErrHolderUnavailable) || !strings.Contains(res.Failures[0].Source, f.m.Holders[0].Address.Hex()) {
		t.Fatalf("failures %v", res.Failures)
	}
	var out bytes.Buffer
	if err := Open(f.m, &out, bytes.NewReader(f.sealed), res.Key); err != nil || !bytes.Equal(out.Bytes(), f.plain) {
		t.Fatalf("open: %v", err)
	}
	// A stranger replaying the buyer's grant gets a typed refusal from every holder.
	_, err = Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey)
	if err != nil {
		t.Fatalf("buyer retry: %v", err)
	}
	req := f.request(f.grant.ID, &f.stranger.PublicKey)
	if _, err := srcs[1].Release(context.Background(), req); !errors.Is(err, ErrNotGrantHolder) || !strings.Contains(err.Error(), "holder says") {
		t.Fatalf("stranger: err = %v, want ErrNotGrantHolder from the holder", err)
	}
}

func TestHTTPHandlerStatusCodes(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	srv := f.servers(t)[0]
	good, _ := json.Marshal(f.request(f.grant.ID, &f.buyerKey.PublicKey))
	unknownAsset, _ := json.Marshal(&ReleaseRequest{GrantID: f.grant.ID, AssetID: common.HexToHash("0x99"), BuyerPublicKey: f.request(f.grant.ID, &f.buyerKey.PublicKey).BuyerPublicKey})
	stranger, _ := json.Marshal(f.request(f.grant.ID, &f.stranger.PublicKey))
	unknownGrant, _ := json.Marshal(f.request(common.HexToHash("0x404"), &f.buyerKey.PublicKey))
	tests := []struct {
		name        string
		method      string
		contentType string
		body        []byte
		status      int
		code        string
	}{
		{"release", http.MethodPost, "application/json", good, http.StatusOK, ""},
		{"get", http.MethodGet, "", nil, http.StatusMethodNotAllowed, ""},
		{"bad json", http.MethodPost, "application/json", []byte("{"), http.StatusBadRequest, "bad_request"},
		{"wrong content type", http.MethodPost, "text/plain", good, http.StatusBadRequest, "bad_request"},
		{"too large", http.MethodPost, "application/json", bytes.Repeat([]byte(" "), MaxRequestSize+1), http.StatusRequestEntityTooLarge, "too_large"},
		{"unknown asset", http.MethodPost, "application/json", unknownAsset, http.StatusNotFound, "unknown_asset"},
		{"unknown grant", http.MethodPost, "application/json", unknownGrant, http.StatusNotFound, "unknown_grant"},
		{"stranger", http.MethodPost, "application/json", stranger, http.StatusForbidden, "not_grant_holder"},
	}
	for _, tc := range tests {
		req, err := http.NewRequest(tc.method, srv.URL+ReleasePath, bytes.NewReader(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		if tc.contentType != "" {
			req.Header.Set("Content-Type", tc.contentType)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var ae apiError
		_ = json.NewDecoder(resp.Body).Decode(&ae)
		resp.Body.Close()
		if resp.StatusCode != tc.status || ae.Code != tc.code {
			t.Errorf("%s: HTTP %d code %q, want %d %q", tc.name, resp.StatusCode, ae.Code, tc.status, tc.code)
		}
	}
}

func TestHTTPSourceRejectsBadAnswers(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	answers := map[string]http.HandlerFunc{
		"garbage 200": func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("{}")) },
		"huge 200": func(w http.ResponseWriter, _ *http.Request) {
			_, _ = w.Write(bytes.Repeat([]byte(" "), MaxReleaseSize+10))
		},
		"plain 502": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusBadGateway) },
		"control chars": func(w http.ResponseWriter, _ *http.Request) {
			writeJSON(w, 403, apiError{Code: "tier_too_low", Message: "x\x1b[31mred"})
		},
	}
	for name, h := range answers {
		srv := httptest.NewServer(h)
		_, err := NewHTTPSource(srv.URL, common.Address{}, srv.Client()).Release(context.Background(), f.request(f.grant.ID, &f.buyerKey.PublicKey))
		srv.Close()
		switch {
		case err == nil:
			t.Errorf("%s: accepted", name)
		case name == "control chars" && (!errors.Is(err, ErrTierTooLow) || strings.ContainsRune(err.Error(), 0x1b)):
			t.Errorf("%s: err = %q", name, err)
		}
	}
}

func TestManifestDir(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 2, 2)
	dir := t.TempDir()
	data, _ := f.m.Encode()
	if err := os.WriteFile(filepath.Join(dir, ManifestFile(f.m.AssetID)), data, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := ManifestDir(dir).Manifest(context.Background(), f.m.AssetID)
	if err != nil || m.AssetID != f.m.AssetID {
		t.Fatalf("load: %v", err)
	}
	if _, err := ManifestDir(dir).Manifest(context.Background(), common.HexToHash("0x1")); !errors.Is(err, ErrUnknownAsset) {
		t.Fatalf("missing: err = %v, want ErrUnknownAsset", err)
	}
	other := common.HexToHash("0x2")
	if err := os.WriteFile(filepath.Join(dir, ManifestFile(other)), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ManifestDir(dir).Manifest(context.Background(), other); !errors.Is(err, ErrBadManifest) {
		t.Fatalf("misfiled: err = %v, want ErrBadManifest", err)
	}
}
