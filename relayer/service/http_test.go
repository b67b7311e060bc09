package service

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

const testAdminToken = "0123456789abcdef0123456789abcdef"

// newRoutesOnly builds a service with its HTTP routes and nothing behind
// them: enough for requests that are refused before reaching the store.
func newRoutesOnly(token string) *Service {
	s := &Service{cfg: DefaultCLIConfig(), log: slog.New(slog.DiscardHandler), registry: prometheus.NewRegistry()}
	if token != "" {
		s.adminToken = []byte(token)
	}
	s.metrics = newMetrics(s.registry)
	s.mux = http.NewServeMux()
	s.routes()
	return s
}

func serve(s *Service, method, path, auth, contentType, body string) (int, ErrorResponse) {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	s.mux.ServeHTTP(rec, req)
	var e ErrorResponse
	_ = json.Unmarshal(rec.Body.Bytes(), &e)
	return rec.Code, e
}

func TestAdminIntents_RejectsBadRequests(t *testing.T) {
	t.Parallel()
	s := newRoutesOnly(testAdminToken)
	const to = `"to":"0x000000000000000000000000000000000000dEaD"`
	tests := []struct {
		name      string
		body      string
		wantCode  int
		wantField string
		wantMsg   string
	}{
		{"empty body", ``, 400, "", "not a JSON object"},
		{"not json", `key=a`, 400, "", "not a JSON object"},
		{"array", `[]`, 400, "", "want a JSON"},
		{"two values", `{"key":"a",` + to + `}{}`, 400, "", "more than one JSON value"},
		{"unknown field", `{"key":"a",` + to + `,"nonce":1}`, 400, "nonce", "unknown field"},
		{"missing key", `{` + to + `}`, 400, "key", "required"},
		{"key with space", `{"key":"a b",` + to + `}`, 400, "key", "letters, digits"},
		{"key too long", `{"key":"` + strings.Repeat("k", MaxIntentKey+1) + `",` + to + `}`, 400, "key", "longer than"},
		{"key not a string", `{"key":7,` + to + `}`, 400, "key", "want a JSON string"},
		{"missing to", `{"key":"a"}`, 400, "to", "required"},
		{"short to", `{"key":"a","to":"0x1"}`, 400, "to", "20-byte"},
		{"to without 0x", `{"key":"a","to":"000000000000000000000000000000000000dEaD"}`, 400, "to", "0x-prefixed"},
		{"zero to", `{"key":"a","to":"0x0000000000000000000000000000000000000000"}`, 400, "to", "zero address"},
		{"odd data", `{"key":"a",` + to + `,"data":"0xabc"}`, 400, "data", "even number"},
		{"data without 0x", `{"key":"a",` + to + `,"data":"abcd"}`, 400, "data", "0x-prefixed"},
		{"negative value", `{"key":"a",` + to + `,"value":"-1"}`, 400, "value", "decimal or 0x-hex"},
		{"octal value", `{"key":"a",` + to + `,"value":"017"}`, 400, "", ""},
		{"value with underscore", `{"key":"a",` + to + `,"value":"1_000"}`, 400, "value", "decimal or 0x-hex"},
		{"value too big", `{"key":"a",` + to + `,"value":"0x1` + strings.Repeat("0", 64) + `"}`, 400, "value", "2^256-1"},
		{"value as number", `{"key":"a",` + to + `,"value":1}`, 400, "value", "want a JSON string"},
		{"negative gas", `{"key":"a",` + to + `,"gas":-1}`, 400, "gas", "want a JSON uint64"},
		{"gas below intrinsic", `{"key":"a",` + to + `,"gas":20999}`, 400, "gas", "between 21000"},
		{"gas too high", `{"key":"a",` + to + `,"gas":100000001}`, 400, "gas", "between 21000"},
		{"body too large", `{"key":"a",` + to + `,"data":"0x` + strings.Repeat("00", int(DefaultMaxBodyBytes)) + `"}`, 413, "", "larger than"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.name == "octal value" {
				// "017" is a valid decimal 17; it must not be read as octal 15.
				if key, c, err := ParseIntentRequest(IntentRequest{Key: "a", To: "0x000000000000000000000000000000000000dEaD", Value: "017"}); err != nil || key != "a" || c.Value.Int64() != 17 {
					t.Errorf("value 017 parsed as %v, %v; want decimal 17", c.Value, err)
				}
				return
			}
			code, e := serve(s, http.MethodPost, "/admin/intents", "Bearer "+testAdminToken, "application/json", tc.body)
			if code != tc.wantCode {
				t.Errorf("code = %d (%+v), want %d", code, e, tc.wantCode)
			}
			if e.Field != tc.wantField {
				t.Errorf("field = %q (%s), want %q", e.Field, e.Error, tc.wantField)
			}
			if !strings.Contains(e.Error, tc.wantMsg) {
				t.Errorf("error %q does not say %q", e.Error, tc.wantMsg)
			}
		})
	}
}

func TestAdminRoutes_Auth(t *testing.T) {
	t.Parallel()
	s := newRoutesOnly(testAdminToken)
	tests := []struct {
		name, auth string
		want       int
	}{
		{"no header", "", 401},
		{"wrong token", "Bearer " + strings.Repeat("x", len(testAdminToken)), 401},
		{"prefix of the token", "Bearer " + testAdminToken[:20], 401},
		{"token plus suffix", "Bearer " + testAdminToken + "x", 401},
		{"basic scheme", "Basic " + testAdminToken, 401},
		{"right token, bad body", "Bearer " + testAdminToken, 400},
	}
	for _, tc := range tests {
		code, e := serve(s, http.MethodPost, "/admin/intents", tc.auth, "application/json", `{}`)
		if code != tc.want {
			t.Errorf("%s: code %d (%s), want %d", tc.name, code, e.Error, tc.want)
		}
	}
	if code, _ := serve(s, http.MethodPost, "/admin/intents", "Bearer "+testAdminToken, "text/plain", `{}`); code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain body: code %d, want 415", code)
	}
	if code, _ := serve(s, http.MethodPut, "/admin/status", "Bearer "+testAdminToken, "", ""); code != http.StatusMethodNotAllowed {
		t.Errorf("PUT /admin/status: code %d, want 405", code)
	}

	disabled := newRoutesOnly("")
	if code, e := serve(disabled, http.MethodGet, "/admin/status", "Bearer anything", "", ""); code != http.StatusNotFound || !strings.Contains(e.Error, "--admin-token-file") {
		t.Errorf("admin routes without a token file: %d %q, want 404 naming --admin-token-file", code, e.Error)
	}

	s.draining.Store(true)
	if code, _ := serve(s, http.MethodPost, "/admin/intents", "Bearer "+testAdminToken, "application/json", `{}`); code != http.StatusServiceUnavailable {
		t.Errorf("draining: code %d, want 503", code)
	}
}

func FuzzParseIntentRequest(f *testing.F) {
	f.Add("k", "0x000000000000000000000000000000000000dEaD", "0x", "1", uint64(0))
	f.Add("a/b:c", "0x1", "0xzz", "-5", uint64(21000))
	f.Fuzz(func(t *testing.T, key, to, data, value string, gas uint64) {
		k, c, err := ParseIntentRequest(IntentRequest{Key: key, To: to, Data: data, Value: value, Gas: gas})
		if err != nil {
			return
		}
		if k != key || c.To == nil || c.Value == nil || c.Value.Sign() < 0 || c.Value.BitLen() > 256 || len(c.TxData) > MaxIntentData {
			t.Fatalf("accepted an invalid request: key %q to %v value %v data %d bytes", k, c.To, c.Value, len(c.TxData))
		}
		if c.GasLimit != 0 && (c.GasLimit < 21000 || c.GasLimit > MaxIntentGas) {
			t.Fatalf("accepted gas %d", c.GasLimit)
		}
	})
}
