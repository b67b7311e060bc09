// Package vaultfake provides an in-process HTTP server that speaks the few
// Vault endpoints the relayer uses (transit encrypt/decrypt and key
// create/read, KV v2 read/write, AppRole login, token lookup-self and
// renew-self) with Vault's status codes, policies, token TTLs and
// permission-denied answers, so Vault clients can be tested without a Vault.
//
// It is a test double, not a Vault: no seal, no storage, no audit, and
// policies are exact paths or Vault globs (a trailing "*", "+" for one
// segment) mapped to capabilities.
package vaultfake

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Policy maps Vault path patterns to capabilities ("read", "create",
// "update", "delete", "list"), like an HCL policy's path blocks.
type Policy map[string][]string

// TokenOptions describes a token made by CreateToken or an AppRole login.
type TokenOptions struct {
	// Policy grants capabilities beyond the default policy (lookup-self, renew-self).
	Policy Policy
	// TTL is the token's lifetime (0: never expires, like a root token).
	TTL time.Duration
	// MaxTTL caps renewals, counted from creation (0: no cap).
	MaxTTL time.Duration
	// Renewable allows renew-self.
	Renewable bool
}

type token struct {
	id, accessor string
	opts         TokenOptions
	root         bool
	created      time.Time
	expires      time.Time // zero: never
	revoked      bool
}

type transitKey struct {
	typ      string
	versions [][]byte // AES keys, version i+1 at index i
}

type kvSecret struct {
	versions []map[string]any
	times    []time.Time
}

type appRole struct {
	mount, roleID, secretID string
	opts                    TokenOptions
}

// Server is a running fake Vault.
type Server struct {
	// URL is the server's base address (http://127.0.0.1:port).
	URL string

	srv *httptest.Server

	mu       sync.Mutex
	offset   time.Duration
	tokens   map[string]*token
	transit  map[string]*transitKey // "mount/name"
	kv       map[string]*kvSecret   // "mount/path"
	kvMounts map[string]bool
	trMounts map[string]bool
	roles    map[string]*appRole // role id
	calls    map[string]int
	fail     []int // statuses for the next requests
	root     string
	tls      bool
}

// Option configures New.
type Option func(*Server)

// New starts a fake Vault with a transit engine at transit/, a KV v2 engine
// at secret/ and AppRole auth at auth/approle/. Close it when done.
func New(opts ...Option) *Server {
	s := &Server{
		tokens:   map[string]*token{},
		transit:  map[string]*transitKey{},
		kv:       map[string]*kvSecret{},
		kvMounts: map[string]bool{"secret": true},
		trMounts: map[string]bool{"transit": true},
		roles:    map[string]*appRole{},
		calls:    map[string]int{},
	}
	for _, o := range opts {
		o(s)
	}
	s.root = s.newToken(TokenOptions{}, true)
	if s.tls {
		s.srv = httptest.NewTLSServer(http.HandlerFunc(s.serve))
	} else {
		s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	}
	s.URL = s.srv.URL
	return s
}

// WithTLS serves HTTPS with a self-signed certificate for 127.0.0.1; see CACertPEM.
func WithTLS() Option { return func(s *Server) { s.tls = true } }

// CACertPEM returns the PEM of the TLS server's certificate (WithTLS), to
// trust it through a CA file as a real deployment would.
func (s *Server) CACertPEM() []byte {
	if s.srv.Certificate() == nil {
		return nil
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: s.srv.Certificate().Raw})
}

// Start is New plus Close at the end of the test.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := New(opts...)
	t.Cleanup(s.Close)
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Client returns an HTTP client for the server.
func (s *Server) Client() *http.Client { return s.srv.Client() }

// RootToken returns a token that passes every policy check and never expires.
func (s *Server) RootToken() string { return s.root }

// CreateToken makes a token and returns it.
func (s *Server) CreateToken(o TokenOptions) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newToken(o, false)
}

// RevokeToken revokes a token; later requests with it get 403.
func (s *Server) RevokeToken(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.tokens[tok]; ok {
		t.revoked = true
	}
}

// Advance moves the server's clock forward, expiring tokens without waiting.
func (s *Server) Advance(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.offset += d
}

// MountKV adds a KV v2 engine at mount; MountTransit a transit engine.
func (s *Server) MountKV(mount string) { s.mu.Lock(); s.kvMounts[mount] = true; s.mu.Unlock() }

// MountTransit adds a transit engine at mount.
func (s *Server) MountTransit(mount string) { s.mu.Lock(); s.trMounts[mount] = true; s.mu.Unlock() }

// CreateTransitKey creates a transit key of the given type (aes256-gcm96,
// aes128-gcm96, chacha20-poly1305 encrypt; ecdsa-p256, ed25519 and others
// exist but refuse encryption, like in Vault).
func (s *Server) CreateTransitKey(mount, name, typ string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.createTransitKey(mount, name, typ)
}

// RotateTransitKey adds a key version; new ciphertexts use it, old ones still decrypt.
func (s *Server) RotateTransitKey(mount, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := s.transit[mount+"/"+name]
	k.versions = append(k.versions, randomBytes(32))
}

// PutKV writes a KV v2 secret version directly.
func (s *Server) PutKV(mount, path string, data map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.putKV(mount, path, data)
}

// KV returns the latest version of a KV v2 secret.
func (s *Server) KV(mount, path string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sec, ok := s.kv[mount+"/"+path]
	if !ok {
		return nil, false
	}
	return sec.versions[len(sec.versions)-1], true
}

// AddAppRole registers a role at an AppRole mount; a login with roleID and
// secretID yields a token with o.
func (s *Server) AddAppRole(mount, roleID, secretID string, o TokenOptions) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.roles[roleID] = &appRole{mount: mount, roleID: roleID, secretID: secretID, opts: o}
}

// Calls counts requests per endpoint: "transit/encrypt", "transit/decrypt",
// "transit/keys", "kv/read", "kv/write", "approle/login",
// "token/lookup-self", "token/renew-self".
func (s *Server) Calls(endpoint string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[endpoint]
}

// FailNext makes the next len(statuses) requests answer with those HTTP
// statuses (for instance 503, to test retries).
func (s *Server) FailNext(statuses ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail = append(s.fail, statuses...)
}

func (s *Server) now() time.Time { return time.Now().Add(s.offset) }

func (s *Server) newToken(o TokenOptions, root bool) string {
	t := &token{id: "hvs." + hex.EncodeToString(randomBytes(12)), accessor: hex.EncodeToString(randomBytes(12)), opts: o, root: root, created: s.now()}
	if o.TTL > 0 {
		t.expires = t.created.Add(o.TTL)
	}
	s.tokens[t.id] = t
	return t.id
}

func (s *Server) createTransitKey(mount, name, typ string) *transitKey {
	k := &transitKey{typ: typ, versions: [][]byte{randomBytes(32)}}
	s.transit[mount+"/"+name] = k
	return k
}

func (s *Server) putKV(mount, path string, data map[string]any) int {
	key := mount + "/" + path
	sec, ok := s.kv[key]
	if !ok {
		sec = &kvSecret{}
		s.kv[key] = sec
	}
	cp := make(map[string]any, len(data))
	for k, v := range data {
		cp[k] = v
	}
	sec.versions = append(sec.versions, cp)
	sec.times = append(sec.times, s.now())
	return len(sec.versions)
}

// apiError is a Vault error answer.
type apiError struct {
	status int
	msgs   []string
}

func (e *apiError) Error() string { return fmt.Sprintf("%d: %v", e.status, e.msgs) }

func errorf(status int, format string, args ...any) *apiError {
	return &apiError{status: status, msgs: []string{fmt.Sprintf(format, args...)}}
}

var errDenied = &apiError{status: http.StatusForbidden, msgs: []string{"1 error occurred:\n\t* permission denied\n\n"}}

// response is Vault's JSON envelope.
type response struct {
	RequestID     string         `json:"request_id"`
	LeaseID       string         `json:"lease_id"`
	Renewable     bool           `json:"renewable"`
	LeaseDuration int            `json:"lease_duration"`
	Data          map[string]any `json:"data"`
	WrapInfo      any            `json:"wrap_info"`
	Warnings      []string       `json:"warnings"`
	Auth          map[string]any `json:"auth"`
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.fail) > 0 {
		status := s.fail[0]
		s.fail = s.fail[1:]
		writeJSON(w, status, map[string]any{"errors": []string{http.StatusText(status)}})
		return
	}
	path, ok := strings.CutPrefix(r.URL.Path, "/v1/")
	if !ok {
		writeJSON(w, http.StatusNotFound, map[string]any{"errors": []string{}})
		return
	}
	var body map[string]any
	if r.Body != nil {
		raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err == nil && len(raw) > 0 {
			dec := json.NewDecoder(strings.NewReader(string(raw)))
			dec.UseNumber()
			if err := dec.Decode(&body); err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]any{"errors": []string{"failed to parse JSON input"}})
				return
			}
		}
	}
	resp, err := s.route(r.Method, path, r.Header.Get("X-Vault-Token"), body)
	if err != nil {
		var ae *apiError
		if !errors.As(err, &ae) {
			ae = errorf(http.StatusInternalServerError, "%v", err)
		}
		writeJSON(w, ae.status, map[string]any{"errors": ae.msgs})
		return
	}
	if resp == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	resp.RequestID = hex.EncodeToString(randomBytes(8))
	writeJSON(w, http.StatusOK, resp)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) route(method, path, tok string, body map[string]any) (*response, error) {
	write := method == http.MethodPost || method == http.MethodPut
	read := method == http.MethodGet
	seg := strings.Split(path, "/")
	switch {
	case len(seg) == 3 && seg[0] == "auth" && seg[2] == "login" && write:
		s.calls["approle/login"]++
		return s.appRoleLogin(seg[1], body)
	case path == "auth/token/lookup-self" && read:
		s.calls["token/lookup-self"]++
		t, err := s.authorize(tok, path, "read")
		if err != nil {
			return nil, err
		}
		return &response{Data: s.tokenData(t)}, nil
	case path == "auth/token/renew-self" && write:
		s.calls["token/renew-self"]++
		t, err := s.authorize(tok, path, "update")
		if err != nil {
			return nil, err
		}
		return s.renew(t, body)
	case len(seg) == 3 && s.trMounts[seg[0]] && (seg[1] == "encrypt" || seg[1] == "decrypt") && write:
		return s.transitOp(tok, seg[0], seg[1], seg[2], body)
	case len(seg) == 3 && s.trMounts[seg[0]] && seg[1] == "keys":
		return s.transitKeys(tok, method, seg[0], seg[2], body)
	case len(seg) >= 3 && s.kvMounts[seg[0]] && seg[1] == "data":
		return s.kvOp(tok, method, seg[0], strings.Join(seg[2:], "/"), body)
	}
	return nil, errorf(http.StatusNotFound, "no handler for route %q. route entry not found.", path)
}

// authorize resolves tok and checks capability on path.
func (s *Server) authorize(tok, path, capability string) (*token, error) {
	t, ok := s.tokens[tok]
	if !ok || t.revoked || (!t.expires.IsZero() && !s.now().Before(t.expires)) {
		return nil, errDenied
	}
	if t.root {
		return t, nil
	}
	if path == "auth/token/lookup-self" || path == "auth/token/renew-self" {
		return t, nil // Vault's default policy
	}
	for pattern, caps := range t.opts.Policy {
		if matchPath(pattern, path) && slices.Contains(caps, capability) {
			return t, nil
		}
	}
	return nil, errDenied
}

// matchPath implements Vault's policy globs: "+" matches one segment and a
// trailing "*" matches any suffix.
func matchPath(pattern, path string) bool {
	prefix := strings.HasSuffix(pattern, "*")
	pattern = strings.TrimSuffix(pattern, "*")
	ps, xs := strings.Split(pattern, "/"), strings.Split(path, "/")
	for i, p := range ps {
		if i >= len(xs) {
			return false
		}
		last := i == len(ps)-1
		switch {
		case p == "+":
		case last && prefix:
			return strings.HasPrefix(xs[i], p)
		case p != xs[i]:
			return false
		}
	}
	return prefix || len(xs) == len(ps)
}

func (s *Server) tokenData(t *token) map[string]any {
	ttl := 0
	var expire any
	if !t.expires.IsZero() {
		ttl = seconds(t.expires.Sub(s.now()))
		expire = t.expires.UTC().Format(time.RFC3339Nano)
	}
	policies := []string{"default"}
	if t.root {
		policies = []string{"root"}
	}
	return map[string]any{
		"accessor":         t.accessor,
		"creation_time":    t.created.Unix(),
		"creation_ttl":     int(t.opts.TTL.Seconds()),
		"display_name":     "token",
		"expire_time":      expire,
		"explicit_max_ttl": int(t.opts.MaxTTL.Seconds()),
		"id":               t.id,
		"policies":         policies,
		"renewable":        t.opts.Renewable && !t.root,
		"ttl":              ttl,
		"type":             "service",
	}
}

func (s *Server) authData(t *token) map[string]any {
	ttl := 0
	if !t.expires.IsZero() {
		ttl = seconds(t.expires.Sub(s.now()))
	}
	return map[string]any{
		"client_token":   t.id,
		"accessor":       t.accessor,
		"policies":       []string{"default"},
		"token_policies": []string{"default"},
		"lease_duration": ttl,
		"renewable":      t.opts.Renewable,
		"token_type":     "service",
		"orphan":         true,
	}
}

func (s *Server) renew(t *token, body map[string]any) (*response, error) {
	if !t.opts.Renewable || t.root {
		return nil, errorf(http.StatusBadRequest, "lease is not renewable")
	}
	inc := t.opts.TTL
	if n, ok := body["increment"].(json.Number); ok {
		if v, err := n.Int64(); err == nil && v > 0 {
			inc = time.Duration(v) * time.Second
		}
	}
	exp := s.now().Add(inc)
	var warnings []string
	if t.opts.MaxTTL > 0 {
		if limit := t.created.Add(t.opts.MaxTTL); exp.After(limit) {
			exp = limit
			warnings = append(warnings, "TTL of \""+inc.String()+"\" exceeded the effective max_ttl; TTL value is capped accordingly")
		}
	}
	t.expires = exp
	return &response{Auth: s.authData(t), Warnings: warnings}, nil
}

func (s *Server) appRoleLogin(mount string, body map[string]any) (*response, error) {
	roleID, _ := body["role_id"].(string)
	secretID, _ := body["secret_id"].(string)
	role, ok := s.roles[roleID]
	if !ok || role.mount != mount {
		return nil, errorf(http.StatusBadRequest, "invalid role or secret ID")
	}
	if role.secretID != secretID {
		return nil, errorf(http.StatusBadRequest, "invalid role or secret ID")
	}
	t := s.tokens[s.newToken(role.opts, false)]
	return &response{Auth: s.authData(t)}, nil
}

func encrypts(typ string) bool {
	switch typ {
	case "aes128-gcm96", "aes256-gcm96", "chacha20-poly1305", "xchacha20-poly1305":
		return true
	}
	return false
}

func (s *Server) transitOp(tok, mount, op, name string, body map[string]any) (*response, error) {
	s.calls["transit/"+op]++
	path := mount + "/" + op + "/" + name
	k, exists := s.transit[mount+"/"+name]
	if !exists && op == "encrypt" {
		// Vault upserts a missing key on encrypt when the token may create.
		if _, err := s.authorize(tok, path, "create"); err != nil {
			if _, err2 := s.authorize(tok, path, "update"); err2 != nil {
				return nil, err
			}
			return nil, errorf(http.StatusBadRequest, "encryption key not found")
		}
		k = s.createTransitKey(mount, name, "aes256-gcm96")
	} else if _, err := s.authorize(tok, path, "update"); err != nil {
		return nil, err
	}
	if k == nil {
		return nil, errorf(http.StatusBadRequest, "encryption key not found")
	}
	if !encrypts(k.typ) {
		return nil, errorf(http.StatusBadRequest, "key type %s does not support %s", k.typ, map[string]string{"encrypt": "encryption", "decrypt": "decryption"}[op])
	}
	if op == "encrypt" {
		pt, _ := body["plaintext"].(string)
		raw, err := base64.StdEncoding.DecodeString(pt)
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "failed to base64-decode plaintext")
		}
		ver := len(k.versions)
		gcm := newGCM(k.versions[ver-1])
		nonce := randomBytes(gcm.NonceSize())
		ct := gcm.Seal(nonce, nonce, raw, nil)
		return &response{Data: map[string]any{"ciphertext": "vault:v" + strconv.Itoa(ver) + ":" + base64.StdEncoding.EncodeToString(ct), "key_version": ver}}, nil
	}
	ct, _ := body["ciphertext"].(string)
	rest, ok := strings.CutPrefix(ct, "vault:v")
	verStr, b64, ok2 := strings.Cut(rest, ":")
	ver, err := strconv.Atoi(verStr)
	if !ok || !ok2 || err != nil || ver < 1 {
		return nil, errorf(http.StatusBadRequest, "invalid ciphertext: no prefix")
	}
	if ver > len(k.versions) {
		return nil, errorf(http.StatusBadRequest, "invalid ciphertext: key version too new")
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	gcm := newGCM(k.versions[ver-1])
	if err != nil || len(raw) < gcm.NonceSize() {
		return nil, errorf(http.StatusBadRequest, "invalid ciphertext: could not decode")
	}
	pt, err := gcm.Open(nil, raw[:gcm.NonceSize()], raw[gcm.NonceSize():], nil)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "cipher: message authentication failed")
	}
	return &response{Data: map[string]any{"plaintext": base64.StdEncoding.EncodeToString(pt)}}, nil
}

func (s *Server) transitKeys(tok, method, mount, name string, body map[string]any) (*response, error) {
	s.calls["transit/keys"]++
	path := mount + "/keys/" + name
	switch method {
	case http.MethodGet:
		if _, err := s.authorize(tok, path, "read"); err != nil {
			return nil, err
		}
		k, ok := s.transit[mount+"/"+name]
		if !ok {
			return nil, errorf(http.StatusNotFound, "")
		}
		return &response{Data: map[string]any{"name": name, "type": k.typ, "latest_version": len(k.versions),
			"supports_encryption": encrypts(k.typ), "supports_decryption": encrypts(k.typ)}}, nil
	case http.MethodPost, http.MethodPut:
		if _, err := s.authorize(tok, path, "update"); err != nil {
			return nil, err
		}
		typ, _ := body["type"].(string)
		if typ == "" {
			typ = "aes256-gcm96"
		}
		if _, ok := s.transit[mount+"/"+name]; !ok {
			s.createTransitKey(mount, name, typ)
		}
		return nil, nil
	}
	return nil, errorf(http.StatusMethodNotAllowed, "unsupported operation")
}

func (s *Server) kvOp(tok, method, mount, sub string, body map[string]any) (*response, error) {
	path := mount + "/data/" + sub
	sec, exists := s.kv[mount+"/"+sub]
	switch method {
	case http.MethodGet:
		s.calls["kv/read"]++
		if _, err := s.authorize(tok, path, "read"); err != nil {
			return nil, err
		}
		if !exists {
			return nil, &apiError{status: http.StatusNotFound, msgs: []string{}}
		}
		v := len(sec.versions)
		return &response{Data: map[string]any{
			"data": sec.versions[v-1],
			"metadata": map[string]any{
				"created_time": sec.times[v-1].UTC().Format(time.RFC3339Nano), "custom_metadata": nil,
				"deletion_time": "", "destroyed": false, "version": v,
			},
		}}, nil
	case http.MethodPost, http.MethodPut:
		s.calls["kv/write"]++
		capability := "update"
		if !exists {
			capability = "create"
		}
		if _, err := s.authorize(tok, path, capability); err != nil {
			return nil, err
		}
		data, ok := body["data"].(map[string]any)
		if !ok {
			return nil, errorf(http.StatusBadRequest, "no data provided")
		}
		if opts, ok := body["options"].(map[string]any); ok {
			if n, ok := opts["cas"].(json.Number); ok {
				cas, _ := n.Int64()
				cur := 0
				if exists {
					cur = len(sec.versions)
				}
				if int(cas) != cur {
					return nil, errorf(http.StatusBadRequest, "check-and-set parameter did not match the current version")
				}
			}
		}
		v := s.putKV(mount, sub, data)
		return &response{Data: map[string]any{
			"created_time": s.now().UTC().Format(time.RFC3339Nano), "custom_metadata": nil,
			"deletion_time": "", "destroyed": false, "version": v,
		}}, nil
	}
	return nil, errorf(http.StatusMethodNotAllowed, "unsupported operation")
}

// seconds rounds a remaining lifetime to whole seconds as Vault reports it.
func seconds(d time.Duration) int {
	if d < 0 {
		return 0
	}
	return int(d.Round(time.Second) / time.Second)
}

func newGCM(key []byte) cipher.AEAD {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return gcm
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}
