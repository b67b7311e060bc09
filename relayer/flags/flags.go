// Package flags provides the command-line flags of `dip relayer`, derived
// from the relayer's configs (service.CLIConfig, signer.Config's `flag`
// tags, txmgr.Config, the watcher settings), each with a DIP_ environment
// variable, and the JSON config file whose keys are the same flag names.
//
// Precedence, lowest first: defaults, the config file, environment
// variables, command-line flags.
package flags

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
)

// Flag names used by the dip command beyond the config fields.
const (
	// ConfigFlag names the JSON config file.
	ConfigFlag = "config"
	// AdminURLFlag is the relayer's HTTP base URL for `dip relayer status`.
	AdminURLFlag = "admin-url"
	// JSONFlag makes `dip relayer status` print JSON.
	JSONFlag = "json"
)

// ErrConfigFile is returned when the config file cannot be read or holds a
// key or value that does not fit.
var ErrConfigFile = errors.New("bad config file")

// EnvVar is the environment variable of a flag: DIP_ and the name in upper
// snake case (chain-id -> DIP_CHAIN_ID).
func EnvVar(name string) string {
	return "DIP_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// spec binds one flag to one CLIConfig field.
type spec struct {
	name  string
	usage string
	// field returns a pointer to the field inside cfg.
	field func(cfg *service.CLIConfig) any
}

// Categories group the help output.
const (
	catService = "SERVICE"
	catSigner  = "SIGNER"
	catTxMgr   = "TRANSACTION MANAGER"
	catWatch   = "WATCHER"
)

func serviceSpecs() []spec {
	return []spec{
		{"rpc-url", "Ethereum JSON-RPC endpoint (http, https, ws, wss)", func(c *service.CLIConfig) any { return &c.RPCURL }},
		{"data-dir", "directory of the relayer database (created 0700)", func(c *service.CLIConfig) any { return &c.DataDir }},
		{"db", "database file (default <data-dir>/relayer.db)", func(c *service.CLIConfig) any { return &c.DBPath }},
		{"http-addr", "listen address of /healthz, /readyz, /metrics and the admin routes", func(c *service.CLIConfig) any { return &c.HTTPAddr }},
		{"admin-token-file", "file holding the admin bearer token (first line; none disables the admin routes)", func(c *service.CLIConfig) any { return &c.AdminTokenFile }},
		{"http-max-body", "largest HTTP request body accepted, in bytes", func(c *service.CLIConfig) any { return &c.MaxBodyBytes }},
		{"log-level", "debug, info, warn or error", func(c *service.CLIConfig) any { return &c.LogLevel }},
		{"log-format", "text or json", func(c *service.CLIConfig) any { return &c.LogFormat }},
		{"shutdown-timeout", "how long a graceful stop may take", func(c *service.CLIConfig) any { return &c.ShutdownTimeout }},
	}
}

func txmgrSpecs() []spec {
	return []spec{
		{"txmgr-confirmations", "blocks (counting the including one) before an intent is confirmed", func(c *service.CLIConfig) any { return &c.TxMgr.ConfirmationDepth }},
		{"txmgr-max-in-flight", "most transactions sent and not yet mined", func(c *service.CLIConfig) any { return &c.TxMgr.MaxInFlight }},
		{"txmgr-resubmission-timeout", "replace a transaction unmined for this long with higher fees", func(c *service.CLIConfig) any { return &c.TxMgr.ResubmissionTimeout }},
		{"txmgr-poll-interval", "how often head, nonces and receipts are polled", func(c *service.CLIConfig) any { return &c.TxMgr.PollInterval }},
		{"txmgr-network-timeout", "bound of each RPC call", func(c *service.CLIConfig) any { return &c.TxMgr.NetworkTimeout }},
		{"txmgr-max-backoff", "longest wait after consecutive errors", func(c *service.CLIConfig) any { return &c.TxMgr.MaxBackoff }},
		{"txmgr-min-tip-cap-gwei", "lowest priority fee offered, in gwei", func(c *service.CLIConfig) any { return &c.TxMgr.MinTipCapGwei }},
		{"txmgr-max-fee-cap-gwei", "highest max fee per gas ever signed, in gwei", func(c *service.CLIConfig) any { return &c.TxMgr.MaxFeeCapGwei }},
		{"txmgr-base-fee-multiplier", "a new transaction's fee cap is tip + this times the base fee", func(c *service.CLIConfig) any { return &c.TxMgr.BaseFeeMultiplier }},
		{"txmgr-fee-bump-percent", "how much each replacement raises tip and fee cap (at least 10)", func(c *service.CLIConfig) any { return &c.TxMgr.FeeBumpPercent }},
	}
}

func watchSpecs() []spec {
	return []spec{
		{"watch-contract", "contract whose events the relayer follows (repeat the flag, or comma-separate in the env var)", func(c *service.CLIConfig) any { return &c.Watch.Contracts }},
		{"watch-confirmations", "blocks on top of a block before its events are delivered", func(c *service.CLIConfig) any { return &c.Watch.Confirmations }},
		{"watch-start-block", "first block to read when no checkpoint exists (the contracts' deployment block)", func(c *service.CLIConfig) any { return &c.Watch.StartBlock }},
		{"watch-poll-interval", "pause between watcher polls", func(c *service.CLIConfig) any { return &c.Watch.PollInterval }},
		{"watch-batch-size", "most blocks per log query", func(c *service.CLIConfig) any { return &c.Watch.BatchSize }},
		{"watch-history", "recent block hashes kept: the deepest reorg a watcher can undo", func(c *service.CLIConfig) any { return &c.Watch.History }},
	}
}

// signerUsage documents each signer.Config `flag` tag.
var signerUsage = map[string]string{
	"signer":                          "signer kind: keystore, vault-transit, vault-kv or remote",
	"chain-id":                        "chain id the relayer works on; the RPC endpoint must serve it",
	"signer-address":                  "expected signer address (required for remote signers)",
	"signer-keystore":                 "keystore v3 file of the relayer key",
	"signer-keystore-passphrase-file": "file holding the keystore passphrase (first line)",
	"signer-keystore-passphrase-env":  "NAME of an environment variable holding the keystore passphrase",
	"vault-addr":                      "Vault URL, e.g. https://vault.internal:8200",
	"vault-namespace":                 "Vault Enterprise namespace",
	"vault-ca-cert":                   "PEM file of CAs trusted for Vault's TLS certificate",
	"vault-tls-server-name":           "server name checked in Vault's certificate",
	"vault-timeout":                   "bound of each Vault request (0: 10s)",
	"vault-auth":                      "Vault auth method: token or approle",
	"vault-token-file":                "file holding the Vault token (e.g. a Vault Agent sink)",
	"vault-token-env":                 "NAME of an environment variable holding the Vault token",
	"vault-approle-mount":             "AppRole auth mount (default approle)",
	"vault-role-id":                   "AppRole role id",
	"vault-secret-id-file":            "file holding the AppRole secret id",
	"vault-secret-id-env":             "NAME of an environment variable holding the AppRole secret id",
	"vault-transit-mount":             "transit secrets engine mount (default transit)",
	"vault-transit-key":               "transit key wrapping the relayer key (vault-transit)",
	"vault-ciphertext-file":           "wrapped key file (vault-transit; or use --vault-kv-path)",
	"vault-kv-mount":                  "KV v2 mount (default secret)",
	"vault-kv-path":                   "KV v2 secret path",
	"vault-kv-field":                  "KV v2 field (default private_key, or ciphertext for vault-transit)",
	"signer-remote-url":               "remote signer JSON-RPC URL (clef, web3signer)",
	"signer-remote-method":            "account_signTransaction (clef, default) or eth_signTransaction",
	"signer-remote-auth-token-file":   "file holding a bearer token for the remote signer",
	"signer-remote-auth-token-env":    "NAME of an environment variable holding that token",
	"signer-remote-timeout":           "bound of each remote signing request (0: 10s)",
}

// signerSpecs derives one spec per `flag` tag of signer.Config.
func signerSpecs() []spec {
	var out []spec
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			idx := append(append([]int(nil), index...), i)
			name, tagged := f.Tag.Lookup("flag")
			if !tagged {
				if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(common.Address{}) {
					walk(f.Type, idx)
				}
				continue
			}
			usage := signerUsage[name]
			out = append(out, spec{name: name, usage: usage, field: func(c *service.CLIConfig) any {
				return reflect.ValueOf(&c.Signer).Elem().FieldByIndex(idx).Addr().Interface()
			}})
		}
	}
	walk(reflect.TypeOf(signer.Config{}), nil)
	return out
}

type category struct {
	name  string
	specs []spec
}

func runCategories() []category {
	return []category{
		{catService, serviceSpecs()},
		{catSigner, signerSpecs()},
		{catTxMgr, txmgrSpecs()},
		{catWatch, watchSpecs()},
	}
}

func allRunSpecs() []spec {
	var out []spec
	for _, c := range runCategories() {
		out = append(out, c.specs...)
	}
	return out
}

// RunFlags returns new flags for `dip relayer run`: --config and one flag per
// CLIConfig field. Build them per command: urfave/cli keeps parsed values
// in the flag structs.
func RunFlags() []cli.Flag {
	def := service.DefaultCLIConfig()
	out := []cli.Flag{&cli.StringFlag{Name: ConfigFlag, Category: catService, EnvVars: []string{EnvVar(ConfigFlag)},
		Usage: "JSON config file whose keys are these flag names; flags and env vars override it"}}
	for _, c := range runCategories() {
		for _, s := range c.specs {
			out = append(out, newFlag(s, c.name, &def))
		}
	}
	return out
}

// KeygenFlags returns new flags for `dip relayer keygen`: the signer flags
// that say where a key goes. The keystore passphrase comes from a file only.
func KeygenFlags() []cli.Flag {
	def := service.DefaultCLIConfig()
	var out []cli.Flag
	for _, s := range keygenSpecs() {
		out = append(out, newFlag(s, catSigner, &def))
	}
	return out
}

func keygenSpecs() []spec {
	var out []spec
	for _, s := range signerSpecs() {
		if s.name == "signer-keystore-passphrase-env" || s.name == "signer-address" || strings.HasPrefix(s.name, "signer-remote-") {
			continue
		}
		out = append(out, s)
	}
	return out
}

// StatusFlags returns new flags for `dip relayer status`.
func StatusFlags() []cli.Flag {
	def := service.DefaultCLIConfig()
	return []cli.Flag{
		&cli.StringFlag{Name: "data-dir", Value: def.DataDir, EnvVars: []string{EnvVar("data-dir")}, Usage: "directory of the relayer database"},
		&cli.StringFlag{Name: "db", EnvVars: []string{EnvVar("db")}, Usage: "database file (default <data-dir>/relayer.db)"},
		&cli.StringFlag{Name: AdminURLFlag, EnvVars: []string{EnvVar(AdminURLFlag)}, Usage: "ask a running relayer at this base URL (e.g. http://127.0.0.1:7300) instead of reading the database"},
		&cli.StringFlag{Name: "admin-token-file", EnvVars: []string{EnvVar("admin-token-file")}, Usage: "file holding the admin bearer token (with --admin-url)"},
		&cli.BoolFlag{Name: JSONFlag, EnvVars: []string{EnvVar("status-json")}, Usage: "print JSON"},
	}
}

// newFlag builds the flag for s with the default found in def.
func newFlag(s spec, cat string, def *service.CLIConfig) cli.Flag {
	env := []string{EnvVar(s.name)}
	switch p := s.field(def).(type) {
	case *string:
		return &cli.StringFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *signer.Kind:
		return &cli.StringFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: string(*p)}
	case *uint64:
		return &cli.Uint64Flag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *int:
		return &cli.IntFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *int64:
		return &cli.Int64Flag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *float64:
		return &cli.Float64Flag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *time.Duration:
		return &cli.DurationFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: *p}
	case *common.Address:
		v := ""
		if *p != (common.Address{}) {
			v = p.Hex()
		}
		return &cli.StringFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env, Value: v}
	case *[]common.Address:
		return &cli.StringSliceFlag{Name: s.name, Usage: s.usage, Category: cat, EnvVars: env}
	default:
		panic(fmt.Sprintf("flags: no flag type for %s (%T)", s.name, p))
	}
}

// ReadRunConfig builds the CLIConfig of `dip relayer run`: defaults, then
// the --config file, then every flag or env var that was set.
func ReadRunConfig(c *cli.Context) (service.CLIConfig, error) {
	cfg := service.DefaultCLIConfig()
	specs := allRunSpecs()
	if path := c.String(ConfigFlag); path != "" {
		if err := applyFile(&cfg, specs, path); err != nil {
			return service.CLIConfig{}, err
		}
	}
	if err := applyFlags(c, &cfg, specs); err != nil {
		return service.CLIConfig{}, err
	}
	return cfg, nil
}

// ReadKeygenConfig builds the signer.Config of `dip relayer keygen`.
func ReadKeygenConfig(c *cli.Context) (signer.Config, error) {
	cfg := service.DefaultCLIConfig()
	if err := applyFlags(c, &cfg, keygenSpecs()); err != nil {
		return signer.Config{}, err
	}
	return cfg.Signer, nil
}

// LoadFile applies a JSON config file to cfg. Keys are run flag names
// (without dashes in front); values are JSON strings, numbers or, for
// repeatable flags, arrays of strings; durations are strings such as "30s".
// Unknown keys and null values are refused.
func LoadFile(cfg *service.CLIConfig, path string) error {
	return applyFile(cfg, allRunSpecs(), path)
}

func applyFile(cfg *service.CLIConfig, specs []spec, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%w: %v: fix --config", ErrConfigFile, err)
	}
	var doc map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("%w: %s is not a JSON object: %v", ErrConfigFile, path, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: %s holds more than one JSON value", ErrConfigFile, path)
	}
	byName := make(map[string]spec, len(specs))
	for _, s := range specs {
		byName[s.name] = s
	}
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s, ok := byName[k]
		if !ok {
			return fmt.Errorf("%w: %s: unknown key %q (keys are the flag names of 'dip relayer run --help')", ErrConfigFile, path, k)
		}
		if err := setJSON(s.field(cfg), doc[k]); err != nil {
			return fmt.Errorf("%w: %s: key %q: %v", ErrConfigFile, path, k, err)
		}
	}
	return nil
}

func setJSON(ptr any, raw json.RawMessage) error {
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return errors.New("null is not a value; leave the key out for the default")
	}
	strict := func(v any, want string) error {
		if err := json.Unmarshal(raw, v); err != nil {
			return fmt.Errorf("want %s", want)
		}
		return nil
	}
	switch p := ptr.(type) {
	case *string:
		return strict(p, "a string")
	case *signer.Kind:
		var s string
		if err := strict(&s, "a string"); err != nil {
			return err
		}
		*p = signer.Kind(s)
	case *uint64:
		return strict(p, "a non-negative integer")
	case *int:
		return strict(p, "an integer")
	case *int64:
		return strict(p, "an integer")
	case *float64:
		return strict(p, "a number")
	case *time.Duration:
		var s string
		if err := strict(&s, `a duration string such as "30s"`); err != nil {
			return err
		}
		d, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf(`want a duration string such as "30s", got %q`, s)
		}
		*p = d
	case *common.Address:
		var s string
		if err := strict(&s, "an address string"); err != nil {
			return err
		}
		a, err := parseAddress(s)
		if err != nil {
			return err
		}
		*p = a
	case *[]common.Address:
		var ss []string
		if err := strict(&ss, "an array of address strings"); err != nil {
			return err
		}
		as, err := parseAddresses(ss)
		if err != nil {
			return err
		}
		*p = as
	default:
		return fmt.Errorf("unsupported field type %T", p)
	}
	return nil
}

// applyFlags copies every flag or env var that was set into cfg.
func applyFlags(c *cli.Context, cfg *service.CLIConfig, specs []spec) error {
	for _, s := range specs {
		if !c.IsSet(s.name) {
			continue
		}
		switch p := s.field(cfg).(type) {
		case *string:
			*p = c.String(s.name)
		case *signer.Kind:
			*p = signer.Kind(c.String(s.name))
		case *uint64:
			*p = c.Uint64(s.name)
		case *int:
			*p = c.Int(s.name)
		case *int64:
			*p = c.Int64(s.name)
		case *float64:
			*p = c.Float64(s.name)
		case *time.Duration:
			*p = c.Duration(s.name)
		case *common.Address:
			a, err := parseAddress(c.String(s.name))
			if err != nil {
				return fmt.Errorf("--%s: %w", s.name, err)
			}
			*p = a
		case *[]common.Address:
			as, err := parseAddresses(c.StringSlice(s.name))
			if err != nil {
				return fmt.Errorf("--%s: %w", s.name, err)
			}
			*p = as
		default:
			return fmt.Errorf("--%s: unsupported field type %T", s.name, p)
		}
	}
	return nil
}

func parseAddress(s string) (common.Address, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return common.Address{}, nil
	}
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", s)
	}
	return common.HexToAddress(s), nil
}

func parseAddresses(ss []string) ([]common.Address, error) {
	var out []common.Address
	for _, s := range ss {
		if strings.TrimSpace(s) == "" {
			continue
		}
		a, err := parseAddress(s)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
