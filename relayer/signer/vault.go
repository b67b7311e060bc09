package signer

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	vault "github.com/hashicorp/vault/api"
)

// newVaultClient builds a Vault client from cfg alone. The api package reads
// VAULT_* environment variables by default; every setting that matters
// (address, TLS trust, token, namespace, headers) is overwritten here so the
// signer's behaviour depends on its Config only.
func newVaultClient(v VaultConfig, o *options) (*vault.Client, error) {
	conf := vault.DefaultConfig()
	if conf.Error != nil {
		return nil, fmt.Errorf("signer: vault client defaults: %w", conf.Error)
	}
	conf.Address = v.Address
	conf.AgentAddress = ""
	conf.Limiter = nil
	conf.SRVLookup = false
	conf.MaxRetries = o.retries
	conf.MinRetryWait = o.retryWait
	conf.MaxRetryWait = o.retryWait * 3 / 2
	conf.Timeout = v.Timeout
	if conf.Timeout == 0 {
		conf.Timeout = DefaultTimeout
	}
	if o.http != nil {
		hc := *o.http
		conf.HttpClient = &hc
	} else {
		conf.HttpClient = cleanhttp.DefaultPooledClient()
		conf.HttpClient.Transport.(*http.Transport).TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		if err := conf.ConfigureTLS(&vault.TLSConfig{CACert: v.CACertFile, TLSServerName: v.TLSServerName}); err != nil {
			return nil, fmt.Errorf("signer: vault TLS config: %w", err)
		}
	}
	// Redirects are handled by the api client itself.
	conf.HttpClient.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c, err := vault.NewClient(conf)
	if err != nil {
		return nil, fmt.Errorf("signer: vault client: %w", err)
	}
	c.ClearToken()
	c.SetHeaders(http.Header{vault.RequestHeaderName: []string{"true"}})
	if v.Namespace != "" {
		c.SetNamespace(v.Namespace)
	}
	return c, nil
}

// vaultError maps an error from the Vault client to the package's sentinels.
// Vault's own messages ("permission denied", "invalid ciphertext") are kept;
// request bodies, tokens and plaintexts are never part of them.
func vaultError(op string, err error) error { return vaultErrorAs(op, err, nil) }

// vaultErrorAs is vaultError with a sentinel for HTTP 400 answers (for a
// decrypt, a 400 means the ciphertext was not made by this key).
func vaultErrorAs(op string, err, badRequest error) error {
	if errors.Is(err, vault.ErrSecretNotFound) {
		return fmt.Errorf("signer: vault %s: %w (secret does not exist or its latest version is deleted)", op, ErrNotFound)
	}
	var re *vault.ResponseError
	if errors.As(err, &re) {
		msg := strings.Join(strings.Fields(strings.Join(re.Errors, "; ")), " ")
		switch {
		case re.StatusCode == http.StatusForbidden:
			return fmt.Errorf("signer: vault %s: %w (HTTP 403: token invalid, expired or revoked, or its policy lacks this path)", op, ErrVaultPermissionDenied)
		case re.StatusCode == http.StatusNotFound:
			return fmt.Errorf("signer: vault %s: %w (HTTP 404)", op, ErrNotFound)
		case re.StatusCode == http.StatusBadRequest && strings.Contains(msg, "does not support"):
			return fmt.Errorf("signer: vault %s: %w: %s", op, ErrWrongKeyType, msg)
		case re.StatusCode == http.StatusBadRequest && strings.Contains(msg, "key not found"):
			return fmt.Errorf("signer: vault %s: %w: %s", op, ErrNotFound, msg)
		case re.StatusCode == http.StatusBadRequest && badRequest != nil:
			return fmt.Errorf("signer: vault %s: %w (HTTP 400: %s)", op, badRequest, msg)
		case re.StatusCode >= 500:
			return fmt.Errorf("signer: vault %s: %w (HTTP %d: %s)", op, ErrVaultUnavailable, re.StatusCode, msg)
		default:
			return fmt.Errorf("signer: vault %s: HTTP %d: %s", op, re.StatusCode, msg)
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("signer: vault %s: %w", op, err)
	}
	// Transport errors name the URL (no secrets in Vault API paths).
	return fmt.Errorf("signer: vault %s: %w: %v", op, ErrVaultUnavailable, err)
}

// vaultSession owns the Vault token: it logs in, keeps the token renewed with
// a LifetimeWatcher, logs in again when the token's lifetime ends, and calls
// lost when that fails, which wipes the key (fail closed).
type vaultSession struct {
	client *vault.Client
	cfg    VaultConfig
	o      *options
	log    *slog.Logger
	lost   func(error)

	mu      sync.Mutex
	lostErr error
	token   string // compared, never logged

	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
	started  bool
}

// tokenAuth is what login learns about the token it obtained.
type tokenAuth struct {
	secret *vault.Secret // Auth populated, for the LifetimeWatcher
	ttl    time.Duration
}

func newVaultSession(ctx context.Context, v VaultConfig, o *options) (*vaultSession, *tokenAuth, error) {
	c, err := newVaultClient(v, o)
	if err != nil {
		return nil, nil, err
	}
	s := &vaultSession{client: c, cfg: v, o: o, log: o.log, stop: make(chan struct{}), done: make(chan struct{})}
	auth, err := s.login(ctx)
	if err != nil {
		return nil, nil, err
	}
	return s, auth, nil
}

// login obtains a token (AppRole) or reads one (token auth) and learns its TTL.
func (s *vaultSession) login(ctx context.Context) (*tokenAuth, error) {
	switch s.cfg.Auth {
	case AuthAppRole:
		secretID, err := s.o.readSecret("vault approle secret id", s.cfg.SecretIDFile, s.cfg.SecretIDEnv, ErrMissingCredential)
		if err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
		mount := s.cfg.AppRoleMount
		if mount == "" {
			mount = DefaultAppRoleMount
		}
		s.client.ClearToken()
		sec, err := s.client.Logical().WriteWithContext(ctx, "auth/"+mount+"/login", map[string]any{
			"role_id":   s.cfg.RoleID,
			"secret_id": string(secretID),
		})
		zeroBytes(secretID)
		if err != nil {
			// Vault answers a wrong role or secret id with 400.
			return nil, vaultErrorAs("approle login", err, ErrVaultPermissionDenied)
		}
		if sec == nil || sec.Auth == nil || sec.Auth.ClientToken == "" {
			return nil, fmt.Errorf("signer: vault approle login: %w: response carries no token", ErrVaultUnavailable)
		}
		s.setToken(sec.Auth.ClientToken)
		return &tokenAuth{secret: sec, ttl: time.Duration(sec.Auth.LeaseDuration) * time.Second}, nil
	default:
		tok, err := s.o.readSecret("vault token", s.cfg.TokenFile, s.cfg.TokenEnv, ErrMissingCredential)
		if err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
		s.setToken(string(tok))
		zeroBytes(tok)
		sec, err := s.client.Auth().Token().LookupSelfWithContext(ctx)
		if err != nil {
			return nil, vaultError("token lookup-self", err)
		}
		ttl, renewable, err := lookupTTL(sec)
		if err != nil {
			return nil, err
		}
		auth := &vault.Secret{Auth: &vault.SecretAuth{
			ClientToken:   s.client.Token(),
			Renewable:     renewable,
			LeaseDuration: int(ttl / time.Second),
		}}
		return &tokenAuth{secret: auth, ttl: ttl}, nil
	}
}

// lookupTTL reads ttl and renewable from a lookup-self response.
func lookupTTL(sec *vault.Secret) (time.Duration, bool, error) {
	if sec == nil || sec.Data == nil {
		return 0, false, fmt.Errorf("signer: vault token lookup-self: %w: empty response", ErrVaultUnavailable)
	}
	var ttl int64
	switch v := sec.Data["ttl"].(type) {
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return 0, false, fmt.Errorf("signer: vault token lookup-self: bad ttl")
		}
		ttl = n
	case float64:
		ttl = int64(v)
	case nil:
	default:
		return 0, false, fmt.Errorf("signer: vault token lookup-self: bad ttl")
	}
	renewable, _ := sec.Data["renewable"].(bool)
	if ttl <= 0 && sec.Data["expire_time"] != nil {
		// An expiring token with under a second left reads as ttl 0, which
		// would otherwise mean "never expires".
		ttl = 1
	}
	return time.Duration(ttl) * time.Second, renewable, nil
}

func (s *vaultSession) setToken(t string) {
	s.mu.Lock()
	s.token = t
	s.mu.Unlock()
	s.client.SetToken(t)
}

// start runs the renewal loop in the background until close.
func (s *vaultSession) start(auth *tokenAuth, lost func(error)) {
	s.lost = lost
	s.started = true
	go s.run(auth)
}

func (s *vaultSession) run(auth *tokenAuth) {
	defer close(s.done)
	for {
		if auth.ttl <= 0 {
			// A token without TTL (root, or a periodic token looked up without
			// one) never expires: nothing to renew.
			s.log.Info("vault token has no ttl; renewal not needed")
			<-s.stop
			return
		}
		w, err := s.client.NewLifetimeWatcher(&vault.LifetimeWatcherInput{Secret: auth.secret})
		if err != nil {
			s.fail(fmt.Errorf("signer: vault lifetime watcher: %w", err))
			return
		}
		go w.Start()
		ended := false
		for !ended {
			select {
			case <-s.stop:
				w.Stop()
				return
			case r := <-w.RenewCh():
				ttl := 0
				if r != nil && r.Secret != nil && r.Secret.Auth != nil {
					ttl = r.Secret.Auth.LeaseDuration
				}
				s.log.Debug("vault token renewed", "ttl_seconds", ttl)
			case err := <-w.DoneCh():
				ended = true
				if err != nil {
					s.log.Warn("vault token renewal stopped", "err", err)
				} else {
					s.log.Info("vault token lifetime ending; logging in again")
				}
			}
		}
		next, err := s.reauth()
		if err != nil {
			s.fail(err)
			return
		}
		auth = next
	}
}

// reauth logs in again after a token's lifetime ended. Permission errors end
// the session at once; transient errors are retried with backoff.
func (s *vaultSession) reauth() (*tokenAuth, error) {
	s.mu.Lock()
	old := s.token
	s.mu.Unlock()
	var err error
	for attempt := 0; ; attempt++ {
		ctx, cancel := context.WithTimeout(context.Background(), DefaultTimeout)
		var auth *tokenAuth
		auth, err = s.login(ctx)
		cancel()
		if err == nil {
			if s.cfg.Auth == AuthToken && s.currentToken() == old {
				// The token file or variable still holds the expiring token:
				// no one supplied a new one.
				return nil, fmt.Errorf("signer: vault token reached the end of its lifetime and no new token was provided: %w", ErrSessionLost)
			}
			s.log.Info("vault login renewed the session", "auth", s.cfg.Auth, "ttl_seconds", int(auth.ttl/time.Second))
			return auth, nil
		}
		if errors.Is(err, ErrVaultPermissionDenied) || errors.Is(err, ErrMissingCredential) || attempt >= len(s.o.reauth) {
			return nil, fmt.Errorf("%w: %w", ErrSessionLost, err)
		}
		s.log.Warn("vault login failed; retrying", "err", err, "attempt", attempt+1)
		t := time.NewTimer(s.o.reauth[attempt])
		select {
		case <-s.stop:
			t.Stop()
			return nil, fmt.Errorf("signer: %w", ErrClosed)
		case <-t.C:
		}
	}
}

func (s *vaultSession) currentToken() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.token
}

// fail records why the session ended and wipes the key through lost.
func (s *vaultSession) fail(err error) {
	select {
	case <-s.stop:
		return // closing: not a failure
	default:
	}
	if !errors.Is(err, ErrSessionLost) {
		err = fmt.Errorf("%w: %w", ErrSessionLost, err)
	}
	s.mu.Lock()
	s.lostErr = err
	s.mu.Unlock()
	s.log.Error("vault session lost; signer disabled until restarted", "err", err)
	if s.lost != nil {
		s.lost(err)
	}
}

// ready checks the session locally, then asks Vault about the token: a
// signer whose token cannot be renewed will stop signing within the TTL, and
// readiness should say so early.
func (s *vaultSession) ready(ctx context.Context) error {
	s.mu.Lock()
	lost := s.lostErr
	s.mu.Unlock()
	if lost != nil {
		return lost
	}
	if _, err := s.client.Auth().Token().LookupSelfWithContext(ctx); err != nil {
		return vaultError("token lookup-self", err)
	}
	return nil
}

// close stops renewal and waits for the loop to exit. The token is not
// revoked: with AppRole a restart logs in anew, and a token from a file
// belongs to whoever wrote it.
func (s *vaultSession) close() {
	s.stopOnce.Do(func() { close(s.stop) })
	if s.started {
		<-s.done
	}
	s.client.ClearToken()
}
