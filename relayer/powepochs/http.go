package powepochs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
)

// MaxBatchBytes bounds a batch body: 4,096 nonces and distances in decimal
// plus the envelope fit well within it.
const MaxBatchBytes = 256 << 10

// Routes served on the relayer's listener.
const (
	RouteBatches = "/v1/" + PipelineName + "/batches"
	RouteEpoch   = "/v1/" + PipelineName + "/epochs/{id}"
)

type handler struct {
	in       *Ingest
	log      *slog.Logger
	draining func() bool
}

func (h *handler) register(mux *http.ServeMux, limit func(http.Handler) http.Handler) {
	var batches http.Handler = http.HandlerFunc(h.postBatch)
	if limit != nil {
		batches = limit(batches)
	}
	mux.Handle("POST "+RouteBatches, batches)
	mux.HandleFunc("GET "+RouteEpoch, h.getEpoch)
}

type errorBody struct {
	Code  string `json:"code"`
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *handler) fail(w http.ResponseWriter, err error) {
	status, code := statusOf(err)
	msg := err.Error()
	if status == http.StatusInternalServerError {
		h.log.Error("pow batch failed", "err", err)
		msg = "internal error"
	}
	writeJSON(w, status, errorBody{Code: code, Error: msg})
}

func (h *handler) postBatch(w http.ResponseWriter, r *http.Request) {
	if h.draining != nil && h.draining() {
		h.fail(w, ErrDraining)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBatchBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Code: "too_large", Error: fmt.Sprintf("body over %d bytes", mbe.Limit)})
			return
		}
		h.fail(w, fmt.Errorf("%w: read body: %w", ErrMalformed, err))
		return
	}
	rec, err := h.in.Accept(r.Context(), body)
	if err != nil {
		h.log.Info("pow batch rejected", "err", err)
		h.fail(w, err)
		return
	}
	h.log.Info("pow batch accepted", "epoch", rec.Epoch, "miner", rec.Miner.Hex(), "nonces", rec.Nonces, "verified", rec.Verified)
	writeJSON(w, http.StatusOK, rec)
}

func (h *handler) getEpoch(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{Code: "malformed", Error: "epoch id must be a decimal integer"})
		return
	}
	st, ok := h.in.Status(id)
	if !ok {
		writeJSON(w, http.StatusNotFound, errorBody{Code: "unknown_epoch", Error: fmt.Sprintf("no batch received for epoch %d", id)})
		return
	}
	writeJSON(w, http.StatusOK, st)
}
