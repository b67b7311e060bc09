package flags

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestFlags_KebabCaseWithDIPEnvVar(t *testing.T) {
	t.Parallel()
	sets := map[string][]cli.Flag{"run": RunFlags(), "keygen": KeygenFlags(), "status": StatusFlags()}
	for set, fs := range sets {
		seen := map[string]bool{}
		for _, f := range fs {
			name := f.Names()[0]
			if !kebab.MatchString(name) {
				t.Errorf("%s: --%s is not kebab-case", set, name)
			}
			if seen[name] {
				t.Errorf("%s: --%s defined twice", set, name)
			}
			seen[name] = true
			ev := f.(interface{ GetEnvVars() []string }).GetEnvVars()
			if len(ev) != 1 || !strings.HasPrefix(ev[0], "DIP_") {
				t.Errorf("%s: --%s env vars %v, want one DIP_ variable", set, name, ev)
			}
			if name != JSONFlag && ev[0] != EnvVar(name) {
				t.Errorf("%s: --%s env var %s, want %s", set, name, ev[0], EnvVar(name))
			}
			if f.(interface{ GetUsage() string }).GetUsage() == "" {
				t.Errorf("%s: --%s has no usage", set, name)
			}
		}
	}
}

// TestSignerFlags_CoverEveryTag checks that every `flag` tag of
// signer.Config became a run flag, and that keygen never offers a
// passphrase from an environment variable.
func TestSignerFlags_CoverEveryTag(t *testing.T) {
	t.Parallel()
	var tags []string
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			if tag, ok := f.Tag.Lookup("flag"); ok {
				tags = append(tags, tag)
			} else if f.Type.Kind() == reflect.Struct {
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeOf(signer.Config{}))
	run := map[string]bool{}
	for _, f := range RunFlags() {
		run[f.Names()[0]] = true
	}
	for _, tag := range tags {
		if !run[tag] {
			t.Errorf("signer.Config tag %q has no run flag", tag)
		}
		if signerUsage[tag] == "" {
			t.Errorf("signer.Config tag %q has no usage text", tag)
		}
	}
	for _, f := range KeygenFlags() {
		if n := f.Names()[0]; n == "signer-keystore-passphrase-env" {
			t.Errorf("keygen offers --%s; the passphrase must come from a file", n)
		}
	}
}

// parse runs `test` with fresh run flags and returns what ReadRunConfig built.
func parse(t *testing.T, args ...string) (service.CLIConfig, error) {
	t.Helper()
	var (
		cfg service.CLIConfig
		err error
	)
	app := &cli.App{Name: "test", Flags: RunFlags(), Action: func(c *cli.Context) error {
		cfg, err = ReadRunConfig(c)
		return nil
	}}
	if runErr := app.Run(append([]string{"test"}, args...)); runErr != nil {
		t.Fatalf("parse %v: %v", args, runErr)
	}
	return cfg, err
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "relayer.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadRunConfig_Defaults(t *testing.T) {
	t.Parallel()
	cfg, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg, service.DefaultCLIConfig()) {
		t.Errorf("no flags: config %+v, want the defaults %+v", cfg, service.DefaultCLIConfig())
	}
}

// TestReadRunConfig_Precedence: file < env var < flag.
func TestReadRunConfig_Precedence(t *testing.T) {
	a1 := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	a2 := common.HexToAddress("0x00000000000000000000000000000000000000a2")
	file := writeFile(t, `{
		"rpc-url": "http://file:8545",
		"chain-id": 5,
		"signer": "keystore",
		"signer-keystore": "/keys/file.json",
		"signer-keystore-passphrase-file": "/keys/pass",
		"signer-address": "`+a1.Hex()+`",
		"txmgr-confirmations": 3,
		"txmgr-max-fee-cap-gwei": 55.5,
		"txmgr-resubmission-timeout": "12s",
		"watch-contract": ["`+a1.Hex()+`", "`+a2.Hex()+`"],
		"log-level": "debug",
		"http-max-body": 4096
	}`)
	t.Setenv("DIP_TXMGR_CONFIRMATIONS", "4")
	t.Setenv("DIP_LOG_LEVEL", "warn")
	cfg, err := parse(t, "--config", file, "--log-level", "error", "--watch-contract", a2.Hex())
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"rpc url from file", cfg.RPCURL, "http://file:8545"},
		{"chain id from file", cfg.Signer.ChainID, uint64(5)},
		{"signer kind from file", cfg.Signer.Kind, signer.KindKeystore},
		{"keystore from file", cfg.Signer.Keystore.Path, "/keys/file.json"},
		{"signer address from file", cfg.Signer.Address, a1},
		{"fee cap from file", cfg.TxMgr.MaxFeeCapGwei, 55.5},
		{"resubmission from file", cfg.TxMgr.ResubmissionTimeout, 12 * time.Second},
		{"body limit from file", cfg.MaxBodyBytes, int64(4096)},
		{"confirmations from env over file", cfg.TxMgr.ConfirmationDepth, uint64(4)},
		{"log level from flag over env and file", cfg.LogLevel, "error"},
		{"contracts from flag replace the file's", cfg.Watch.Contracts, []common.Address{a2}},
		{"untouched default", cfg.TxMgr.FeeBumpPercent, service.DefaultCLIConfig().TxMgr.FeeBumpPercent},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if err := cfg.Check(); err != nil {
		t.Errorf("the parsed config does not pass Check: %v", err)
	}
}

func TestReadRunConfig_EnvSlice(t *testing.T) {
	a1 := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	a2 := common.HexToAddress("0x00000000000000000000000000000000000000a2")
	t.Setenv("DIP_WATCH_CONTRACT", a1.Hex()+","+a2.Hex())
	cfg, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg.Watch.Contracts, []common.Address{a1, a2}) {
		t.Errorf("contracts from a comma-separated env var = %v", cfg.Watch.Contracts)
	}
}

func TestConfigFile_Rejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, want string
	}{
		{"unknown key", `{"rpc_url": "http://x"}`, `unknown key "rpc_url"`},
		{"config key", `{"config": "other.json"}`, `unknown key "config"`},
		{"null", `{"rpc-url": null}`, `"rpc-url": null is not a value`},
		{"string for number", `{"chain-id": "5"}`, `"chain-id": want a non-negative integer`},
		{"negative uint", `{"txmgr-confirmations": -1}`, `"txmgr-confirmations": want a non-negative integer`},
		{"number for duration", `{"shutdown-timeout": 30}`, `"shutdown-timeout": want a duration string`},
		{"bad duration", `{"shutdown-timeout": "soon"}`, `got "soon"`},
		{"bad address", `{"signer-address": "0x12"}`, `"signer-address": "0x12" is not a 0x-prefixed`},
		{"string for list", `{"watch-contract": "0x00000000000000000000000000000000000000a1"}`, `want an array`},
		{"not an object", `["rpc-url"]`, "is not a JSON object"},
		{"two objects", `{} {}`, "more than one JSON value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var cfg service.CLIConfig
			err := LoadFile(&cfg, writeFile(t, tc.body))
			if !errors.Is(err, ErrConfigFile) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want ErrConfigFile saying %q", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
	var cfg service.CLIConfig
	if err := LoadFile(&cfg, filepath.Join(t.TempDir(), "absent.json")); !errors.Is(err, ErrConfigFile) || !strings.Contains(err.Error(), "fix --config") {
		t.Errorf("missing file: err = %v, want ErrConfigFile saying fix --config", err)
	}
}

// TestRunFlags_Fresh checks that two flag sets do not share parsed values
// (urfave/cli keeps them in the flag structs).
func TestRunFlags_Fresh(t *testing.T) {
	t.Parallel()
	first, err := parse(t, "--rpc-url", "http://one:8545", "--watch-contract", "0x00000000000000000000000000000000000000a1")
	if err != nil {
		t.Fatal(err)
	}
	second, err := parse(t)
	if err != nil {
		t.Fatal(err)
	}
	if first.RPCURL != "http://one:8545" || second.RPCURL != "" || len(second.Watch.Contracts) != 0 {
		t.Errorf("second parse saw the first one's values: %q %v", second.RPCURL, second.Watch.Contracts)
	}
}

func TestReadKeygenConfig(t *testing.T) {
	t.Parallel()
	var got signer.Config
	app := &cli.App{Name: "test", Flags: KeygenFlags(), Action: func(c *cli.Context) error {
		var err error
		got, err = ReadKeygenConfig(c)
		return err
	}}
	if err := app.Run([]string{"test", "--signer", "keystore", "--signer-keystore", "k.json", "--signer-keystore-passphrase-file", "p"}); err != nil {
		t.Fatal(err)
	}
	if got.Kind != signer.KindKeystore || got.Keystore.Path != "k.json" || got.Keystore.PassphraseFile != "p" {
		t.Errorf("keygen config = %v", got)
	}
	bad := &cli.App{Name: "test", Flags: KeygenFlags(), Action: func(*cli.Context) error { return nil }}
	bad.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return err }
	if err := bad.Run([]string{"test", "--signer-keystore-passphrase-env", "PASS"}); err == nil {
		t.Error("keygen accepted --signer-keystore-passphrase-env")
	}
}

// TestRunFlags_Documented keeps the operator guide's flag table complete.
func TestRunFlags_Documented(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "relayer.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range RunFlags() {
		if name := f.Names()[0]; !strings.Contains(string(doc), "`--"+name+"`") {
			t.Errorf("docs/relayer.md does not document --%s", name)
		}
	}
}
