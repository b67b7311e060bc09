package deliberation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/settlement"
)

// MaxMessageBytes bounds a message envelope (dipmsg's limit).
const MaxMessageBytes = 256 << 10

// RoutePrefix is where the ingest routes live on the relayer's mux.
const RoutePrefix = "/v1/deliberation"

// RateLimit is a per-signer token bucket: Burst messages at once, refilled
// at PerSecond. The zero value disables limiting.
type RateLimit struct {
	PerSecond float64
	Burst     int
}

// limiter applies a RateLimit per key with an injected clock.
type limiter struct {
	cfg     RateLimit
	now     func() time.Time
	mu      sync.Mutex
	buckets map[common.Address]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func (l *limiter) allow(who common.Address) bool {
	if l.cfg.PerSecond <= 0 || l.cfg.Burst <= 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[who]
	if !ok {
		if len(l.buckets) > 100_000 {
			// Bound memory: forget everyone; at worst a signer gets a fresh burst.
			l.buckets = map[common.Address]*bucket{}
		}
		b = &bucket{tokens: float64(l.cfg.Burst), last: now}
		l.buckets[who] = b
	}
	b.tokens += now.Sub(b.last).Seconds() * l.cfg.PerSecond
	if b.tokens > float64(l.cfg.Burst) {
		b.tokens = float64(l.cfg.Burst)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// Handler serves the deliberation ingest (docs/deliberation-openapi.yaml).
type Handler struct {
	in    *Ingest
	lim   *limiter
	log   *slog.Logger
	mux   *http.ServeMux
	drain func() bool
}

// HandlerOption configures NewHandler.
type HandlerOption func(*Handler)

// WithRateLimit sets the per-signer rate limit; now is its clock.
func WithRateLimit(r RateLimit, now func() time.Time) HandlerOption {
	return func(h *Handler) { h.lim = &limiter{cfg: r, now: now, buckets: map[common.Address]*bucket{}} }
}

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) HandlerOption { return func(h *Handler) { h.log = l } }

// WithDraining makes POSTs answer 503 once draining returns true.
func WithDraining(draining func() bool) HandlerOption { return func(h *Handler) { h.drain = draining } }

// NewHandler returns the ingest handler. Register it on a mux with Register,
// or serve it directly.
func NewHandler(in *Ingest, opts ...HandlerOption) *Handler {
	h := &Handler{in: in, lim: &limiter{}, log: slog.Default()}
	for _, o := range opts {
		o(h)
	}
	h.mux = http.NewServeMux()
	h.Register(h.mux)
	return h
}

// Register adds the routes to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+RoutePrefix+"/sessions", h.postSession)
	mux.HandleFunc("POST "+RoutePrefix+"/messages", h.postMessage)
	mux.HandleFunc("GET "+RoutePrefix+"/sessions/{id}", h.getSession)
	mux.HandleFunc("GET "+RoutePrefix+"/sessions/{id}/tally", h.getTally)
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// errorBody is every error response: the rule code and a readable message.
type errorBody struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func (h *Handler) fail(w http.ResponseWriter, err error) {
	code, status := Code(err)
	msg := err.Error()
	if status == http.StatusInternalServerError {
		h.log.Error("deliberation ingest failed", "err", err)
		msg = "internal error; the message was not stored, retry later"
	}
	writeJSON(w, status, errorBody{Error: code, Message: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, fmt.Errorf("%w: limit %d bytes", ErrTooLarge, limit)
		}
		return nil, fmt.Errorf("%w: read body: %w", ErrMalformed, err)
	}
	return body, nil
}

func (h *Handler) draining(w http.ResponseWriter) bool {
	if h.drain != nil && h.drain() {
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "draining", Message: "the relayer is shutting down; retry on another relayer or later"})
		return true
	}
	return false
}

func (h *Handler) postSession(w http.ResponseWriter, r *http.Request) {
	if h.draining(w) {
		return
	}
	body, err := readBody(w, r, MaxManifestBytes)
	if err != nil {
		h.fail(w, err)
		return
	}
	sm, err := DecodeManifest(body)
	if err != nil {
		h.fail(w, err)
		return
	}
	existed, err := h.in.AddSession(r.Context(), sm)
	if err != nil {
		h.fail(w, err)
		return
	}
	status := http.StatusCreated
	if existed {
		status = http.StatusOK
	}
	h.log.Info("deliberation session stored", "session_id", sm.Manifest.ID().Hex(), "existed", existed)
	writeJSON(w, status, map[string]any{"session": sm.Manifest.ID().Hex(), "existed": existed})
}

func (h *Handler) postMessage(w http.ResponseWriter, r *http.Request) {
	if h.draining(w) {
		return
	}
	refuse := func(typ string, err error) {
		code, _ := Code(err)
		h.in.Metrics.RecordMessage(typ, code)
		h.fail(w, err)
	}
	body, err := readBody(w, r, MaxMessageBytes)
	if err != nil {
		refuse("unknown", err)
		return
	}
	env, err := DecodeMessage(body)
	if err != nil {
		refuse("unknown", err)
		return
	}
	typ := env.Message.TypeName()
	// The limit is charged after the signature check, so nobody can spend
	// another signer's budget with forged messages.
	if err := h.in.Engine.Verify(env); err != nil {
		refuse(typ, err)
		return
	}
	if !h.lim.allow(env.Message.Signer()) {
		refuse(typ, fmt.Errorf("%w: %s", ErrRateLimited, env.Message.Signer().Hex()))
		return
	}
	// AcceptVerified counts the outcome itself.
	dup, err := h.in.AcceptVerified(r.Context(), env)
	if err != nil {
		h.fail(w, err)
		return
	}
	status, state := http.StatusAccepted, "stored"
	if dup {
		status, state = http.StatusOK, "duplicate"
	}
	writeJSON(w, status, map[string]string{"status": state, "digest": Digest(env).Hex()})
}

// DecodeMessage decodes a message envelope (dipmsg.DecodeEnvelope) and maps
// its errors to ErrMalformed or ErrTooLarge.
func DecodeMessage(body []byte) (*dipmsg.Envelope, error) {
	if len(body) > MaxMessageBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(body), MaxMessageBytes)
	}
	env, err := dipmsg.DecodeEnvelope(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return env, nil
}

func (h *Handler) sessionID(r *http.Request) (common.Hash, error) {
	s := r.PathValue("id")
	if len(s) != 66 || s[:2] != "0x" {
		return common.Hash{}, fmt.Errorf("%w: session id must be 0x and 64 hex digits", ErrMalformed)
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: session id: %w", ErrMalformed, err)
	}
	return common.BytesToHash(b), nil
}

// roundJSON is a round in GET /sessions/{id}.
type roundJSON struct {
	Round        uint32            `json:"round"`
	Opens        string            `json:"opens"`
	ProposeUntil string            `json:"proposeUntil"`
	ClosesAt     string            `json:"closesAt"`
	Proposals    []json.RawMessage `json:"proposals"`
	Ballots      int               `json:"ballots"`
	Evaluations  int               `json:"evaluations"`
}

func (h *Handler) getSession(w http.ResponseWriter, r *http.Request) {
	id, err := h.sessionID(r)
	if err != nil {
		h.fail(w, err)
		return
	}
	v, err := h.in.Engine.Session(id)
	if err != nil {
		h.fail(w, err)
		return
	}
	out := struct {
		Session    string          `json:"session"`
		Manifest   *SignedManifest `json:"manifest"`
		Rounds     []roundJSON     `json:"rounds"`
		Settlement *Record         `json:"settlement"`
	}{Session: id.Hex(), Manifest: v.Manifest}
	for _, rv := range v.Rounds {
		rj := roundJSON{Round: rv.Round, Opens: u64s(rv.Opens), ProposeUntil: u64s(rv.ProposeUntil), ClosesAt: u64s(rv.ClosesAt),
			Proposals: []json.RawMessage{}, Ballots: len(rv.Ballots), Evaluations: len(rv.Evaluations)}
		for _, p := range rv.Proposals {
			b, err := json.Marshal(&dipmsg.Envelope{Domain: h.in.Engine.Domain(), Message: p.Message, Sig: p.Sig})
			if err != nil {
				h.fail(w, err)
				return
			}
			rj.Proposals = append(rj.Proposals, b)
		}
		out.Rounds = append(out.Rounds, rj)
	}
	if out.Settlement, err = h.in.Store.GetRecord(r.Context(), id); err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func u64s(v uint64) string { return strconv.FormatUint(v, 10) }

// TallyJSON is the body of GET /sessions/{id}/tally.
type TallyJSON struct {
	Session     string   `json:"session"`
	Round       uint32   `json:"round"`
	BallotCount uint32   `json:"ballotCount"`
	Authors     []string `json:"authors"`
	Sums        []string `json:"sums"`
	Winner      uint32   `json:"winner"`
	Winners     []string `json:"winners"`
	Score       string   `json:"score"`
	Root        string   `json:"root"`
}

func (h *Handler) getTally(w http.ResponseWriter, r *http.Request) {
	id, err := h.sessionID(r)
	if err != nil {
		h.fail(w, err)
		return
	}
	v, err := h.in.Engine.Session(id)
	if err != nil {
		h.fail(w, err)
		return
	}
	round := v.Manifest.Manifest.LastRound()
	if q := r.URL.Query().Get("round"); q != "" {
		n, err := strconv.ParseUint(q, 10, 32)
		if err != nil {
			h.fail(w, fmt.Errorf("%w: round %q", ErrMalformed, q))
			return
		}
		round = uint32(n)
	}
	d, err := h.in.Tally(r.Context(), id, round)
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, tallyJSON(id, d.Tally.Round, d))
}

func tallyJSON(id common.Hash, round uint32, del *settlement.Deliberation) *TallyJSON {
	t := del.Tally
	out := &TallyJSON{Session: id.Hex(), Round: round, BallotCount: t.BallotCount, Winner: t.Winner, Root: del.Root.Hex(),
		Authors: []string{}, Sums: []string{}, Winners: []string{}}
	for _, p := range t.Proposals {
		out.Authors = append(out.Authors, p.Author.Hex())
	}
	for _, s := range t.Sums {
		out.Sums = append(out.Sums, s.String())
	}
	winners, score := del.Outcome()
	for _, a := range winners {
		out.Winners = append(out.Winners, a.Hex())
	}
	out.Score = score.String()
	return out
}
