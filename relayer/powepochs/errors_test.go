package powepochs

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/dipmsg"
)

func TestStatusOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err    error
		status int
		code   string
	}{
		{ErrMalformed, http.StatusBadRequest, "malformed"},
		{dipmsg.ErrBadJSON, http.StatusBadRequest, "malformed"},
		{pow.ErrMalformedBatch, http.StatusBadRequest, "malformed"},
		{ErrWrongDomain, http.StatusBadRequest, "wrong_domain"},
		{pow.ErrBadSignature, http.StatusUnauthorized, "bad_signature"},
		{ErrNotEntrant, http.StatusForbidden, "not_entrant"},
		{ErrUnknownEpoch, http.StatusNotFound, "unknown_epoch"},
		{ErrEpochNotOpen, http.StatusConflict, "epoch_closed"},
		{ErrMiningOver, http.StatusConflict, "epoch_closed"},
		{ErrEpochRefused, http.StatusConflict, "epoch_closed"},
		{pow.ErrWrongEpoch, http.StatusUnprocessableEntity, "wrong_epoch"},
		{pow.ErrNonceOutsideEpoch, http.StatusUnprocessableEntity, "wrong_epoch"},
		{pow.ErrDuplicateNonce, http.StatusConflict, "duplicate_nonce"},
		{pow.ErrAboveThreshold, http.StatusUnprocessableEntity, "fraud"},
		{pow.ErrImplausibleCount, http.StatusUnprocessableEntity, "fraud"},
		{pow.ErrDistanceMismatch, http.StatusUnprocessableEntity, "fraud"},
		{ErrUnavailable, http.StatusServiceUnavailable, "unavailable"},
		{ErrDraining, http.StatusServiceUnavailable, "unavailable"},
		{fmt.Errorf("rpc down"), http.StatusInternalServerError, "internal"},
	}
	for _, tc := range tests {
		status, code := statusOf(fmt.Errorf("wrapped: %w", tc.err))
		if status != tc.status || code != tc.code {
			t.Errorf("%v: %d %s, want %d %s", tc.err, status, code, tc.status, tc.code)
		}
	}
}

// The handler refuses oversized bodies (413), malformed ones (400) and
// everything while draining (503) before touching the chain.
func TestHandlerBounds(t *testing.T) {
	t.Parallel()
	draining := false
	mux := http.NewServeMux()
	(&handler{in: &Ingest{}, log: slog.New(slog.DiscardHandler), draining: func() bool { return draining }}).register(mux, nil)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	postBody := func(b []byte) int {
		resp, err := srv.Client().Post(srv.URL+RouteBatches, "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := postBody(bytes.Repeat([]byte{'x'}, MaxBatchBytes+1)); got != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d, want 413", got)
	}
	if got := postBody([]byte(`{"type":"PowBatch"}`)); got != http.StatusBadRequest {
		t.Errorf("malformed body: %d, want 400", got)
	}
	draining = true
	if got := postBody([]byte(`{}`)); got != http.StatusServiceUnavailable {
		t.Errorf("draining: %d, want 503", got)
	}
	resp, err := srv.Client().Get(srv.URL + "/v1/" + PipelineName + "/epochs/x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad epoch id: %d, want 400", resp.StatusCode)
	}
}

// FuzzDecodeBatch: any body either decodes to a PowBatch or fails with
// ErrMalformed; nothing panics.
func FuzzDecodeBatch(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"type":"PowBatch","chainId":"1","verifyingContract":"0x0000000000000000000000000000000000000001","message":{},"signature":"0x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		env, batch, err := decodeBatch(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not ErrMalformed", err)
			}
			return
		}
		if env == nil || batch == nil || batch.Check() != nil {
			t.Fatalf("decoded an invalid batch: %+v", batch)
		}
	})
}
