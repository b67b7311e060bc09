package deliberation

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/dipmsg"
)

func newTestHandler(t *testing.T, f *fixture, rl RateLimit) *Handler {
	t.Helper()
	ctx := context.Background()
	st, err := OpenStore(ctx, filepath.Join(t.TempDir(), "delib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in, err := NewIngest(ctx, f.engine(), st)
	if err != nil {
		t.Fatal(err)
	}
	return NewHandler(in, WithRateLimit(rl, f.clock.Now), WithLogger(slog.New(slog.DiscardHandler)))
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func do(h http.Handler, method, path string, body []byte) (int, map[string]any) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, bytes.NewReader(body)))
	var out map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &out)
	return rec.Code, out
}

func TestHTTPIngest(t *testing.T) {
	t.Parallel()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 3)
	h := newTestHandler(t, f, RateLimit{PerSecond: 1, Burst: 3})
	sess := RoutePrefix + "/sessions/" + f.man.ID().Hex()
	badSig := mustJSON(t, f.proposal(1, 0))
	badSig = bytes.Replace(badSig, []byte(`"signature":"0x`), []byte(`"signature":"0x00`), 1)
	badSig = append(badSig[:bytes.LastIndex(badSig, []byte(`"}`))-2], []byte(`"}`)...)
	steps := []struct {
		name   string
		at     int64
		method string
		path   string
		body   []byte
		status int
		code   string
	}{
		{"unknown session", tOpens, "GET", sess, nil, 404, "unknown_session"},
		{"bad session id", tOpens, "GET", RoutePrefix + "/sessions/0x12", nil, 400, "malformed"},
		{"message before manifest", tOpens, "POST", RoutePrefix + "/messages", mustJSON(t, f.proposal(0, 0)), 404, "unknown_session"},
		{"manifest garbage", tOpens, "POST", RoutePrefix + "/sessions", []byte(`{"chainId":1}`), 400, "malformed"},
		{"manifest too large", tOpens, "POST", RoutePrefix + "/sessions", bytes.Repeat([]byte(" "), MaxManifestBytes+1), 413, "too_large"},
		{"manifest", tOpens, "POST", RoutePrefix + "/sessions", mustJSON(t, f.sm), 201, ""},
		{"manifest again", tOpens, "POST", RoutePrefix + "/sessions", mustJSON(t, f.sm), 200, ""},
		{"proposal", tOpens, "POST", RoutePrefix + "/messages", mustJSON(t, f.proposal(0, 0)), 202, ""},
		{"proposal replayed", tOpens, "POST", RoutePrefix + "/messages", mustJSON(t, f.proposal(0, 0)), 200, ""},
		{"bad signature bytes", tOpens, "POST", RoutePrefix + "/messages", badSig, 403, "bad_signature"},
		{"message too large", tOpens, "POST", RoutePrefix + "/messages", bytes.Repeat([]byte(" "), MaxMessageBytes+1), 413, "too_large"},
		{"second proposal", tOpens + 1, "POST", RoutePrefix + "/messages", mustJSON(t, f.proposal(1, 0)), 202, ""},
		{"self evaluation", tP0, "POST", RoutePrefix + "/messages", mustJSON(t, f.evaluation(0, 0, 0, 1)), 422, "self_evaluation"},
		{"ballot", tP0, "POST", RoutePrefix + "/messages", mustJSON(t, f.ballot(0, 0, 2, 1)), 202, ""},
		{"second ballot", tP0, "POST", RoutePrefix + "/messages", mustJSON(t, f.ballot(0, 0, 1, 1)), 409, "duplicate_ballot"},
		// people[0] spent its burst of 3 at tP0: self evaluation, ballot, second ballot.
		{"rate limited", tP0, "POST", RoutePrefix + "/messages", mustJSON(t, f.evaluation(0, 0, 1, 1)), 429, "rate_limited"},
		{"after refill", tP0 + 5, "POST", RoutePrefix + "/messages", mustJSON(t, f.evaluation(0, 0, 1, 1)), 202, ""},
		{"tally while open", tP0 + 5, "GET", sess + "/tally?round=0", nil, 409, "not_closed"},
		{"session", tP0 + 5, "GET", sess, nil, 200, ""},
		{"tally", tC0, "GET", sess + "/tally?round=0", nil, 200, ""},
		{"tally bad round", tC0, "GET", sess + "/tally?round=x", nil, 400, "malformed"},
	}
	for _, s := range steps {
		f.clock.Set(s.at)
		status, body := do(h, s.method, s.path, s.body)
		if status != s.status {
			t.Fatalf("%s: status %d, want %d (%v)", s.name, status, s.status, body)
		}
		if s.code != "" && body["error"] != s.code {
			t.Fatalf("%s: error %v, want %s", s.name, body["error"], s.code)
		}
		if s.name == "tally" {
			if body["ballotCount"] != float64(1) || body["winner"] != float64(0) {
				t.Fatalf("tally %v: want 1 ballot and winner column 0", body)
			}
		}
		if s.name == "session" {
			rounds := body["rounds"].([]any)
			if n := len(rounds[0].(map[string]any)["proposals"].([]any)); n != 2 {
				t.Fatalf("session lists %d proposals in round 0, want 2", n)
			}
		}
	}
}

func TestHTTPDraining(t *testing.T) {
	t.Parallel()
	f := newFixture(t, common.HexToAddress("0xA1"), testDomain, 1)
	h := newTestHandler(t, f, RateLimit{})
	h2 := NewHandler(h.in, WithDraining(func() bool { return true }))
	if status, _ := do(h2, "POST", RoutePrefix+"/sessions", mustJSON(t, f.sm)); status != http.StatusServiceUnavailable {
		t.Fatalf("draining POST: status %d, want 503", status)
	}
}

func FuzzDecodeManifest(f *testing.F) {
	fx := newFixture(&testing.T{}, common.HexToAddress("0xA1"), testDomain, 2)
	seed, _ := json.Marshal(fx.sm)
	f.Add(seed)
	f.Add([]byte(`{"chainId":"1","verifyingContract":"0x00000000000000000000000000000000000000d1","manifest":{},"signature":"0x"}`))
	f.Add([]byte(strings.Replace(string(seed), `"credits":"100"`, `"credits":"0100"`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		sm, err := DecodeManifest(data)
		if err != nil {
			return
		}
		canon, err := json.Marshal(sm)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		back, err := DecodeManifest(canon)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, canon)
		}
		if back.Manifest.StructHash() != sm.Manifest.StructHash() || back.Sig != sm.Sig || back.Domain.Separator() != sm.Domain.Separator() {
			t.Fatalf("canonical round trip changed the manifest")
		}
	})
}

func FuzzDecodeMessage(f *testing.F) {
	fx := newFixture(&testing.T{}, common.HexToAddress("0xA1"), testDomain, 2)
	for _, env := range []*dipmsg.Envelope{fx.proposal(0, 0), fx.ballot(1, 0, 1, -2), fx.evaluation(1, 0, 0, 5)} {
		b, _ := json.Marshal(env)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		env, err := DecodeMessage(data)
		if err != nil {
			if code, _ := Code(err); code != "malformed" && code != "too_large" {
				t.Fatalf("decode error %v has code %s", err, code)
			}
			return
		}
		e := NewEngine(testDomain, nil, fx.clock.Now)
		if err := e.Verify(env); err != nil {
			if code, _ := Code(err); code == "internal" {
				t.Fatalf("verify error %v has no rule code", err)
			}
		}
	})
}
