package service

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
)

// Limits of POST /admin/intents.
const (
	// MaxIntentData is the largest calldata accepted (geth's pool refuses
	// transactions over 128 KiB).
	MaxIntentData = 120 << 10
	// MaxIntentGas bounds an explicit gas limit.
	MaxIntentGas = 100_000_000
	// MaxIntentKey bounds an idempotency key's length.
	MaxIntentKey = 200
	// readyTimeout bounds each readiness check.
	readyTimeout = 3 * time.Second
	// readyProbe is the store row /readyz writes to prove the store is writable.
	readyProbe = "service/readyz"
)

var keyPattern = regexp.MustCompile(`^[A-Za-z0-9._:/@+=-]+$`)

func (s *Service) routes() {
	s.mux.Handle("GET /healthz", s.instrument("healthz", http.HandlerFunc(s.handleHealth)))
	s.mux.Handle("GET /readyz", s.instrument("readyz", http.HandlerFunc(s.handleReady)))
	s.mux.Handle("GET /metrics", s.instrument("metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{})))
	s.mux.Handle("GET /admin/status", s.instrument("admin_status", s.requireAdmin(http.HandlerFunc(s.handleStatus))))
	s.mux.Handle("POST /admin/intents", s.instrument("admin_intents", s.requireAdmin(s.limitBody(http.HandlerFunc(s.handleSubmit)))))
	s.mux.Handle("GET /admin/intents/{key...}", s.instrument("admin_intent", s.requireAdmin(http.HandlerFunc(s.handleIntent))))
}

// statusRecorder remembers the status code for the request counter.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *Service) instrument(route string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(rec, r)
		s.metrics.httpRequests.WithLabelValues(route, strconv.Itoa(rec.code)).Inc()
		// Never log headers: the Authorization header carries the admin token.
		s.log.Debug("http request", "route", route, "method", r.Method, "code", rec.code, "remote", r.RemoteAddr)
	})
}

// requireAdmin checks the bearer token. Hashing both sides first makes the
// comparison constant-time in the token's length too.
func (s *Service) requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.adminToken == nil {
			writeError(w, http.StatusNotFound, "admin routes are disabled: start the relayer with --admin-token-file")
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		want := sha256.Sum256(s.adminToken)
		have := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !ok || subtle.ConstantTimeCompare(want[:], have[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="dip-relayer"`)
			writeError(w, http.StatusUnauthorized, "missing or wrong admin token: send Authorization: Bearer <token from --admin-token-file>")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Service) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// ErrorResponse is the body of every 4xx and 5xx answer.
type ErrorResponse struct {
	Error string `json:"error"`
	// Field names the request field that was wrong, when one was.
	Field string `json:"field,omitempty"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, ErrorResponse{Error: msg})
}

func (s *Service) handleHealth(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok\n")
}

// Check is one readiness check's outcome.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail,omitempty"`
}

// Readiness is the body of /readyz.
type Readiness struct {
	Ready    bool    `json:"ready"`
	Draining bool    `json:"draining,omitempty"`
	Checks   []Check `json:"checks"`
}

// Ready runs the readiness checks: the chain returns its head (its chain id
// was checked at start), the store takes a write, the signer can sign, and
// no watcher stopped on an error that needs an operator.
func (s *Service) Ready(ctx context.Context) Readiness {
	var rd Readiness
	add := func(name string, err error, detail string) {
		c := Check{Name: name, OK: err == nil, Detail: detail}
		if err != nil {
			c.Detail = err.Error()
		}
		rd.Checks = append(rd.Checks, c)
	}
	cctx, cancel := context.WithTimeout(ctx, readyTimeout)
	head, err := s.client.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		add("chain", fmt.Errorf("%w: %s", ErrUnreachable, cleanErr(err)), "")
	} else {
		add("chain", nil, fmt.Sprintf("chain %s head %s", s.chainID, head.Number))
	}
	cctx, cancel = context.WithTimeout(ctx, readyTimeout)
	// A relaxed write (no fsync) still has to take SQLite's write lock and
	// append to the WAL, which is what "writable" means here.
	err = s.store.UpdateRelaxed(cctx, func(tx *store.Tx) error {
		var n uint64
		var h common.Hash
		if head != nil {
			n, h = head.Number.Uint64(), head.Hash()
		}
		return tx.SaveCheckpoint(cctx, readyProbe, n, h)
	})
	cancel()
	add("store", err, "")
	cctx, cancel = context.WithTimeout(ctx, readyTimeout)
	add("signer", s.signer.Ready(cctx), "")
	cancel()
	s.mu.Lock()
	watchers := append([]*managedWatcher(nil), s.watchers...)
	s.mu.Unlock()
	for _, mw := range watchers {
		var werr error
		if p := mw.err.Load(); p != nil {
			werr = *p
		}
		detail := ""
		if cp, ok := mw.w.Checkpoint(); ok {
			detail = fmt.Sprintf("block %d", cp.Number)
		}
		add("watcher/"+mw.name, werr, detail)
	}
	rd.Ready = true
	for _, c := range rd.Checks {
		rd.Ready = rd.Ready && c.OK
	}
	if s.draining.Load() {
		rd.Draining, rd.Ready = true, false
	}
	return rd
}

func (s *Service) handleReady(w http.ResponseWriter, r *http.Request) {
	rd := s.Ready(r.Context())
	code := http.StatusOK
	if !rd.Ready {
		code = http.StatusServiceUnavailable
		s.metrics.ready.Set(0)
	} else {
		s.metrics.ready.Set(1)
	}
	writeJSON(w, code, rd)
}

// Status is what `dip relayer status` prints and GET /admin/status returns.
type Status struct {
	ChainID uint64 `json:"chain_id,omitempty"`
	Account string `json:"account,omitempty"`
	// Draining is true while the service shuts down.
	Draining bool `json:"draining,omitempty"`
	// QueueDepth counts intents waiting for a nonce.
	QueueDepth int `json:"queue_depth"`
	// InFlight counts intents sent and not yet mined; Mined those mined
	// below the confirmation depth.
	InFlight  int `json:"in_flight"`
	Mined     int `json:"mined"`
	Confirmed int `json:"confirmed"`
	Reverted  int `json:"reverted"`
	Failed    int `json:"failed"`
	// Failures is Reverted + Failed.
	Failures           int        `json:"failures"`
	LastConfirmedBlock uint64     `json:"last_confirmed_block"`
	OldestQueued       *time.Time `json:"oldest_queued,omitempty"`
	LastError          string     `json:"last_error,omitempty"`
	// Watchers lists the watchers' checkpoints (admin API only).
	Watchers []WatcherStatus `json:"watchers,omitempty"`
}

// WatcherStatus is one watcher's position.
type WatcherStatus struct {
	Name  string `json:"name"`
	Block uint64 `json:"block"`
	Error string `json:"error,omitempty"`
}

// StatusOf converts the store's summary.
func StatusOf(st store.Status) Status {
	out := Status{
		QueueDepth: st.Queued, InFlight: st.InFlight, Mined: st.Mined,
		Confirmed: st.Confirmed, Reverted: st.Reverted, Failed: st.Failed, Failures: st.Failures(),
		LastConfirmedBlock: st.LastConfirmedBlock, LastError: st.LastError,
	}
	if !st.OldestQueued.IsZero() {
		t := st.OldestQueued.UTC()
		out.OldestQueued = &t
	}
	return out
}

// Status summarizes the intents of every account in the store, with the
// service's chain, account and watchers.
func (s *Service) Status(ctx context.Context) (Status, error) {
	st, err := s.store.Status(ctx, nil)
	if err != nil {
		return Status{}, err
	}
	out := StatusOf(st)
	out.ChainID, out.Account, out.Draining = s.chainID.Uint64(), s.signer.Address().Hex(), s.draining.Load()
	s.mu.Lock()
	watchers := append([]*managedWatcher(nil), s.watchers...)
	s.mu.Unlock()
	for _, mw := range watchers {
		ws := WatcherStatus{Name: mw.name}
		if cp, ok := mw.w.Checkpoint(); ok {
			ws.Block = cp.Number
		}
		if p := mw.err.Load(); p != nil {
			ws.Error = (*p).Error()
		}
		out.Watchers = append(out.Watchers, ws)
	}
	return out, nil
}

func (s *Service) handleStatus(w http.ResponseWriter, r *http.Request) {
	st, err := s.Status(r.Context())
	if err != nil {
		s.log.Error("status query failed", "err", err)
		writeError(w, http.StatusInternalServerError, "status query failed; see the relayer log")
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// IntentRequest is the body of POST /admin/intents: a raw transaction
// candidate sent from the relayer's account under an idempotency key.
type IntentRequest struct {
	// Key is the idempotency key: 1-200 characters of letters, digits and . _ : / @ + = -.
	Key string `json:"key"`
	// To is the recipient, 0x-prefixed (required; contract creation is not offered).
	To string `json:"to"`
	// Data is 0x-prefixed hex calldata (optional).
	Data string `json:"data,omitempty"`
	// Value is wei, in decimal or 0x-hex (optional, default 0).
	Value string `json:"value,omitempty"`
	// Gas is the gas limit; 0 or absent estimates it.
	Gas uint64 `json:"gas,omitempty"`
}

// IntentResponse answers POST and GET /admin/intents.
type IntentResponse struct {
	Key     string `json:"key"`
	ID      int64  `json:"id"`
	State   string `json:"state"`
	Created bool   `json:"created"`
	// Nonce, TxHash and BlockNumber appear once known.
	Nonce       *uint64 `json:"nonce,omitempty"`
	TxHash      string  `json:"tx_hash,omitempty"`
	BlockNumber uint64  `json:"block_number,omitempty"`
	Attempts    int     `json:"attempts"`
	LastError   string  `json:"last_error,omitempty"`
}

func intentResponse(in store.Intent, created bool) IntentResponse {
	r := IntentResponse{Key: in.Key, ID: in.ID, State: string(in.State), Created: created, Attempts: in.Attempts, LastError: in.LastError}
	if in.HasNonce {
		n := in.Nonce
		r.Nonce = &n
	}
	if in.TxHash != (common.Hash{}) {
		r.TxHash, r.BlockNumber = in.TxHash.Hex(), in.BlockNumber
	}
	return r
}

// fieldError is a request field that failed validation.
type fieldError struct{ field, msg string }

func (e *fieldError) Error() string { return e.field + ": " + e.msg }

// ParseIntentRequest validates a request and returns its idempotency key and
// candidate. Errors name the field.
func ParseIntentRequest(req IntentRequest) (string, txmgr.TxCandidate, error) {
	var c txmgr.TxCandidate
	switch {
	case req.Key == "":
		return "", c, &fieldError{"key", "required"}
	case len(req.Key) > MaxIntentKey:
		return "", c, &fieldError{"key", fmt.Sprintf("longer than %d characters", MaxIntentKey)}
	case !keyPattern.MatchString(req.Key):
		return "", c, &fieldError{"key", "use only letters, digits and . _ : / @ + = -"}
	}
	if req.To == "" {
		return "", c, &fieldError{"to", "required (a 0x-prefixed 20-byte address)"}
	}
	if !strings.HasPrefix(req.To, "0x") || !common.IsHexAddress(req.To) {
		return "", c, &fieldError{"to", "not a 0x-prefixed 20-byte hex address"}
	}
	to := common.HexToAddress(req.To)
	if to == (common.Address{}) {
		return "", c, &fieldError{"to", "the zero address burns funds; refusing"}
	}
	c.To = &to
	if req.Data != "" {
		if len(req.Data) > 2+2*MaxIntentData {
			return "", c, &fieldError{"data", fmt.Sprintf("longer than %d bytes", MaxIntentData)}
		}
		b, err := hexutil.Decode(req.Data)
		if err != nil {
			return "", c, &fieldError{"data", "not 0x-prefixed hex with an even number of digits"}
		}
		c.TxData = b
	}
	c.Value = new(big.Int)
	if req.Value != "" {
		v, ok := parseWei(req.Value)
		if !ok {
			return "", c, &fieldError{"value", "not a decimal or 0x-hex number of wei"}
		}
		if v.BitLen() > 256 {
			return "", c, &fieldError{"value", "larger than 2^256-1"}
		}
		c.Value = v
	}
	if req.Gas != 0 && (req.Gas < 21_000 || req.Gas > MaxIntentGas) {
		return "", c, &fieldError{"gas", fmt.Sprintf("must be 0 (estimate) or between 21000 and %d", MaxIntentGas)}
	}
	c.GasLimit = req.Gas
	return req.Key, c, nil
}

// parseWei accepts decimal digits or 0x-prefixed hex, nothing else (no
// sign, no octal, no underscores).
func parseWei(s string) (*big.Int, bool) {
	digits, base := s, 10
	if h, ok := strings.CutPrefix(s, "0x"); ok {
		digits, base = h, 16
	}
	if digits == "" {
		return nil, false
	}
	for _, r := range digits {
		if !(r >= '0' && r <= '9' || base == 16 && (r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F')) {
			return nil, false
		}
	}
	return new(big.Int).SetString(digits, base)
}

// decodeStrict decodes one JSON object into v, refusing unknown fields and
// trailing data; errors name the offending field when there is one.
func decodeStrict(r io.Reader, v any) (status int, _ *ErrorResponse) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if dec.More() {
			return http.StatusBadRequest, &ErrorResponse{Error: "body holds more than one JSON value"}
		}
		if _, err := dec.Token(); err != io.EOF {
			return http.StatusBadRequest, &ErrorResponse{Error: "body holds more than one JSON value"}
		}
		return 0, nil
	}
	var (
		maxErr  *http.MaxBytesError
		typeErr *json.UnmarshalTypeError
		synErr  *json.SyntaxError
	)
	switch {
	case errors.As(err, &maxErr):
		return http.StatusRequestEntityTooLarge, &ErrorResponse{Error: fmt.Sprintf("body larger than %d bytes", maxErr.Limit)}
	case errors.As(err, &typeErr):
		return http.StatusBadRequest, &ErrorResponse{Error: fmt.Sprintf("%s: want a JSON %s", typeErr.Field, typeErr.Type), Field: typeErr.Field}
	case errors.As(err, &synErr), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return http.StatusBadRequest, &ErrorResponse{Error: "body is not a JSON object"}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return http.StatusBadRequest, &ErrorResponse{Error: fmt.Sprintf("%s: unknown field", f), Field: f}
	}
	return http.StatusBadRequest, &ErrorResponse{Error: "body is not a valid request: " + err.Error()}
}

func (s *Service) handleSubmit(w http.ResponseWriter, r *http.Request) {
	if s.draining.Load() {
		writeError(w, http.StatusServiceUnavailable, "the relayer is shutting down; retry against the next instance")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		s.metrics.adminIntents.WithLabelValues("rejected").Inc()
		writeError(w, http.StatusUnsupportedMediaType, "send Content-Type: application/json")
		return
	}
	var req IntentRequest
	if code, e := decodeStrict(r.Body, &req); e != nil {
		s.metrics.adminIntents.WithLabelValues("rejected").Inc()
		writeJSON(w, code, e)
		return
	}
	key, cand, err := ParseIntentRequest(req)
	if err != nil {
		s.metrics.adminIntents.WithLabelValues("rejected").Inc()
		fe := &fieldError{}
		errors.As(err, &fe)
		writeJSON(w, http.StatusBadRequest, ErrorResponse{Error: err.Error(), Field: fe.field})
		return
	}
	// Submit does not report whether it created the intent; looking first
	// only decides between 202 (new) and 200 (existing), so a race between
	// two identical requests is harmless.
	_, lookErr := s.store.Intent(r.Context(), key)
	created := errors.Is(lookErr, store.ErrNotFound)
	in, err := s.txmgr.Submit(r.Context(), key, cand)
	if err != nil {
		if errors.Is(err, store.ErrKeyConflict) {
			s.metrics.adminIntents.WithLabelValues("conflict").Inc()
			writeJSON(w, http.StatusConflict, ErrorResponse{Error: fmt.Sprintf("key: %q is already used for a different intent", key), Field: "key"})
			return
		}
		s.log.Error("admin intent not stored", "intent_key", key, "err", err)
		writeError(w, http.StatusInternalServerError, "the intent could not be stored; see the relayer log")
		return
	}
	code := http.StatusOK
	if created {
		code = http.StatusAccepted
		s.metrics.adminIntents.WithLabelValues("created").Inc()
		s.log.Info("admin intent stored", "intent_key", key, "to", cand.To.Hex(), "value", cand.Value.String(), "data_bytes", len(cand.TxData))
	} else {
		s.metrics.adminIntents.WithLabelValues("existing").Inc()
	}
	writeJSON(w, code, intentResponse(in, created))
}

func (s *Service) handleIntent(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	in, err := s.store.Intent(r.Context(), key)
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, ErrorResponse{Error: fmt.Sprintf("key: no intent %q", key), Field: "key"})
		return
	}
	if err != nil {
		s.log.Error("intent query failed", "intent_key", key, "err", err)
		writeError(w, http.StatusInternalServerError, "intent query failed; see the relayer log")
		return
	}
	writeJSON(w, http.StatusOK, intentResponse(in, false))
}
