package service

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/txmgr"
	"github.com/dip-market/dip/relayer/watcher"
)

// Defaults for CLIConfig.
const (
	DefaultDataDir         = "dip-relayer"
	DefaultDBName          = "relayer.db"
	DefaultHTTPAddr        = "127.0.0.1:7300"
	DefaultLogLevel        = "info"
	DefaultLogFormat       = "text"
	DefaultShutdownTimeout = 30 * time.Second
	// DefaultMaxBodyBytes bounds admin and pipeline request bodies.
	DefaultMaxBodyBytes int64 = 256 << 10
	// MinAdminTokenLength is the shortest admin token accepted: the token is
	// the only thing between the network and the relayer's wallet.
	MinAdminTokenLength = 16
)

var (
	// ErrInvalidConfig is returned by CLIConfig.Check (and New) for a setting
	// that cannot work; the message names the setting and what to do.
	ErrInvalidConfig = errors.New("invalid relayer config")
	// ErrUnreachable is returned by New when the RPC endpoint does not answer.
	ErrUnreachable = errors.New("RPC endpoint unreachable")
	// ErrWrongChain is returned by New when the RPC endpoint serves another
	// chain than the configured chain id.
	ErrWrongChain = errors.New("RPC endpoint is on another chain")
	// ErrStarted is returned by Start on a started service and by Register
	// after Start.
	ErrStarted = errors.New("relayer service already started")
)

// WatchConfig selects the contracts the service's own watcher follows and the
// defaults of every watcher pipelines create.
type WatchConfig struct {
	// Contracts are followed by the service's "contracts" watcher, which
	// logs and counts their events; none means no watcher of its own.
	Contracts []common.Address
	// Confirmations is how many blocks must sit on top of a block before its
	// logs are delivered.
	Confirmations uint64
	// StartBlock is the first block delivered when no checkpoint exists (the
	// contracts' deployment block).
	StartBlock uint64
	// PollInterval is the pause between polls.
	PollInterval time.Duration
	// BatchSize bounds the blocks per log query.
	BatchSize uint64
	// History is how many recent block hashes a checkpoint keeps: the
	// deepest reorg a watcher can undo.
	History int
}

// CLIConfig is everything `dip relayer run` is configured with. It is plain
// data: flags, environment variables and the JSON config file fill it, Check
// validates it without touching the network or the disk, and New turns it
// into a running Service. It names secrets (files, environment variable
// names) but never holds one.
type CLIConfig struct {
	// RPCURL is the Ethereum JSON-RPC endpoint (http, https, ws, wss).
	RPCURL string
	// DataDir holds the database (created 0700 when missing).
	DataDir string
	// DBPath overrides the database path (default DataDir/relayer.db).
	DBPath string
	// HTTPAddr is where /healthz, /readyz, /metrics and the admin routes listen.
	HTTPAddr string
	// AdminTokenFile holds the bearer token of the admin routes (first
	// line). Empty disables the admin routes.
	AdminTokenFile string
	// MaxBodyBytes bounds HTTP request bodies.
	MaxBodyBytes int64
	// LogLevel is debug, info, warn or error; LogFormat is text or json.
	LogLevel  string
	LogFormat string
	// ShutdownTimeout bounds a graceful stop.
	ShutdownTimeout time.Duration

	// Signer's ChainID is the chain the relayer works on; the endpoint must
	// serve it and the transaction manager uses it.
	Signer signer.Config
	TxMgr  txmgr.Config
	Watch  WatchConfig
}

// DefaultCLIConfig returns a CLIConfig holding every default. The RPC URL,
// chain id and signer must still be set.
func DefaultCLIConfig() CLIConfig {
	return CLIConfig{
		DataDir:         DefaultDataDir,
		HTTPAddr:        DefaultHTTPAddr,
		MaxBodyBytes:    DefaultMaxBodyBytes,
		LogLevel:        DefaultLogLevel,
		LogFormat:       DefaultLogFormat,
		ShutdownTimeout: DefaultShutdownTimeout,
		TxMgr:           txmgr.DefaultConfig(),
		Watch: WatchConfig{
			Confirmations: txmgr.DefaultConfirmationDepth,
			PollInterval:  watcher.DefaultPollInterval,
			BatchSize:     watcher.DefaultBatchSize,
			History:       watcher.DefaultHistory,
		},
	}
}

// Database returns the database path: DBPath, or DataDir/relayer.db.
func (c CLIConfig) Database() string {
	if c.DBPath != "" {
		return c.DBPath
	}
	return filepath.Join(c.DataDir, DefaultDBName)
}

// Check reports the first setting that cannot work as one line saying what
// to fix. It reads no files and contacts nothing; New does that.
func (c CLIConfig) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if c.RPCURL == "" {
		return bad("the RPC URL is required: set --rpc-url")
	}
	if u, err := url.Parse(c.RPCURL); err != nil || u.Host == "" || !oneOf(u.Scheme, "http", "https", "ws", "wss") {
		return bad("RPC URL %s is not an http(s) or ws(s) URL: fix --rpc-url", redactURL(c.RPCURL))
	}
	if c.DBPath == "" && c.DataDir == "" {
		return bad("no database: set --data-dir or --db")
	}
	if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil || port == "" {
		return bad("HTTP address %q is not host:port: fix --http-addr", c.HTTPAddr)
	}
	if c.MaxBodyBytes < 1024 || c.MaxBodyBytes > 64<<20 {
		return bad("max body size must be between 1 KiB and 64 MiB, got %d bytes: fix --http-max-body", c.MaxBodyBytes)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return bad("%v: fix --log-level", err)
	}
	if !oneOf(c.LogFormat, "text", "json") {
		return bad("log format %q is not text or json: fix --log-format", c.LogFormat)
	}
	if c.ShutdownTimeout <= 0 {
		return bad("shutdown timeout must be positive, got %s", c.ShutdownTimeout)
	}
	if err := c.Signer.Check(); err != nil {
		return err
	}
	if c.TxMgr.ChainID != 0 && c.TxMgr.ChainID != c.Signer.ChainID {
		return bad("txmgr chain id %d differs from the signer's chain id %d: set one --chain-id", c.TxMgr.ChainID, c.Signer.ChainID)
	}
	if err := c.TxMgr.Check(); err != nil {
		return err
	}
	w := c.Watch
	switch {
	case w.PollInterval <= 0:
		return bad("watch poll interval must be positive, got %s", w.PollInterval)
	case w.BatchSize == 0:
		return bad("watch batch size must be positive")
	case w.History < 2:
		return bad("watch history must keep at least 2 block hashes, got %d", w.History)
	}
	seen := map[common.Address]bool{}
	for _, a := range w.Contracts {
		if a == (common.Address{}) {
			return bad("watch contract is the zero address: fix --watch-contract")
		}
		if seen[a] {
			return bad("watch contract %s is listed twice", a.Hex())
		}
		seen[a] = true
	}
	return nil
}

func oneOf(s string, opts ...string) bool {
	for _, o := range opts {
		if s == o {
			return true
		}
	}
	return false
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	switch strings.ToLower(s) {
	case "debug":
		l = slog.LevelDebug
	case "info":
		l = slog.LevelInfo
	case "warn", "warning":
		l = slog.LevelWarn
	case "error":
		l = slog.LevelError
	default:
		return 0, fmt.Errorf("log level %q is not debug, info, warn or error", s)
	}
	return l, nil
}

// NewLogger returns the logger CLIConfig asks for, writing to w.
func NewLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	l, err := parseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidConfig, err)
	}
	opts := &slog.HandlerOptions{Level: l}
	switch format {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("%w: log format %q is not text or json", ErrInvalidConfig, format)
}

// redactURL drops user info, query and fragment, where RPC URLs carry API keys.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<unparsable url>"
	}
	if u.User != nil {
		u.User = url.User("redacted")
	}
	if u.RawQuery != "" {
		u.RawQuery = "redacted"
	}
	u.Fragment = ""
	// Providers put API keys in the path too (/v3/<key>): keep only the host.
	if strings.Count(u.Path, "/") > 1 || len(u.Path) > 24 {
		u.Path = "/redacted"
	}
	return u.String()
}
