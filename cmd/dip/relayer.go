package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/relayer/flags"
	"github.com/dip-market/dip/relayer/service"
	"github.com/dip-market/dip/relayer/signer"
	"github.com/dip-market/dip/relayer/store"
)

func relayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "run and inspect the settlement relayer daemon",
		Subcommands: []*cli.Command{
			{
				Name:   "run",
				Usage:  "run the relayer until SIGTERM or SIGINT",
				Flags:  append(flags.RunFlags(), pipelineFlags()...),
				Action: relayerRun,
			},
			{
				Name:   "status",
				Usage:  "print queue depth, in-flight transactions, last confirmed block and failures",
				Flags:  flags.StatusFlags(),
				Action: relayerStatus,
			},
			{
				Name:   "keygen",
				Usage:  "create the relayer key (keystore file or Vault) and print its address",
				Flags:  flags.KeygenFlags(),
				Action: relayerKeygen,
			},
		},
	}
}

// relayerRun runs the daemon. Logs go to stdout; a start-up failure is the
// one line run prints on stderr. The first SIGTERM or SIGINT stops it
// gracefully; a second one kills it.
func relayerRun(c *cli.Context) error {
	cfg, err := flags.ReadRunConfig(c)
	if err != nil {
		return err
	}
	if err := cfg.Check(); err != nil {
		return err
	}
	log, err := service.NewLogger(c.App.Writer, cfg.LogLevel, cfg.LogFormat)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	pipelines, err := pipelinesFromFlags(c, cfg)
	if err != nil {
		return err
	}
	svc, err := service.New(ctx, cfg, log, service.WithVersion(version), service.WithPipelines(pipelines...))
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		return errors.Join(err, svc.Stop(sctx))
	}
	<-ctx.Done()
	stop()
	log.Info("signal received; shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := svc.Stop(sctx); err != nil {
		return fmt.Errorf("relayer stopped with errors: %w", err)
	}
	return nil
}

func relayerStatus(c *cli.Context) error {
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	var (
		st  service.Status
		err error
	)
	if base := c.String(flags.AdminURLFlag); base != "" {
		st, err = statusFromAdmin(ctx, base, c.String("admin-token-file"))
	} else {
		path := c.String("db")
		if path == "" {
			path = service.CLIConfig{DataDir: c.String("data-dir")}.Database()
		}
		st, err = statusFromDB(ctx, path)
	}
	if err != nil {
		return err
	}
	if c.Bool(flags.JSONFlag) {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	return printStatus(c.App.Writer, st, time.Now())
}

func statusFromDB(ctx context.Context, path string) (service.Status, error) {
	if _, err := os.Stat(path); err != nil {
		return service.Status{}, fmt.Errorf("no relayer database at %s: pass --data-dir or --db of the relayer (or --admin-url)", path)
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		return service.Status{}, err
	}
	defer st.Close()
	sum, err := st.Status(ctx, nil)
	if err != nil {
		return service.Status{}, err
	}
	return service.StatusOf(sum), nil
}

func statusFromAdmin(ctx context.Context, base, tokenFile string) (service.Status, error) {
	if tokenFile == "" {
		return service.Status{}, errors.New("--admin-url needs --admin-token-file")
	}
	raw, err := os.ReadFile(tokenFile)
	if err != nil {
		return service.Status{}, fmt.Errorf("read the admin token file: %w", err)
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+"/admin/status", nil)
	if err != nil {
		return service.Status{}, fmt.Errorf("bad --admin-url: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(line))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return service.Status{}, fmt.Errorf("relayer at %s does not answer: %w", base, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return service.Status{}, fmt.Errorf("read status from %s: %w", base, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e service.ErrorResponse
		_ = json.Unmarshal(body, &e)
		return service.Status{}, fmt.Errorf("relayer at %s answered %s: %s", base, resp.Status, e.Error)
	}
	var st service.Status
	if err := json.Unmarshal(body, &st); err != nil {
		return service.Status{}, fmt.Errorf("relayer at %s sent an unreadable status: %w", base, err)
	}
	return st, nil
}

func printStatus(w io.Writer, st service.Status, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if st.Account != "" {
		fmt.Fprintf(tw, "account\t%s (chain %d)\n", st.Account, st.ChainID)
	}
	if st.Draining {
		fmt.Fprintf(tw, "state\tshutting down\n")
	}
	fmt.Fprintf(tw, "queue depth\t%d\n", st.QueueDepth)
	fmt.Fprintf(tw, "in flight\t%d sent, %d mined below confirmation depth\n", st.InFlight, st.Mined)
	fmt.Fprintf(tw, "confirmed\t%d\n", st.Confirmed)
	if st.LastConfirmedBlock > 0 {
		fmt.Fprintf(tw, "last confirmed block\t%d\n", st.LastConfirmedBlock)
	} else {
		fmt.Fprintf(tw, "last confirmed block\tnone\n")
	}
	fmt.Fprintf(tw, "failures\t%d (%d reverted, %d failed)\n", st.Failures, st.Reverted, st.Failed)
	if st.OldestQueued != nil {
		fmt.Fprintf(tw, "oldest queued\t%s (%s ago)\n", st.OldestQueued.Format(time.RFC3339), now.Sub(*st.OldestQueued).Round(time.Second))
	}
	if st.LastError != "" {
		fmt.Fprintf(tw, "last error\t%s\n", oneLine(st.LastError))
	}
	for _, ws := range st.Watchers {
		line := fmt.Sprintf("block %d", ws.Block)
		if ws.Error != "" {
			line += " (stopped: " + oneLine(ws.Error) + ")"
		}
		fmt.Fprintf(tw, "watcher %s\t%s\n", ws.Name, line)
	}
	return tw.Flush()
}

func relayerKeygen(c *cli.Context) error {
	cfg, err := flags.ReadKeygenConfig(c)
	if err != nil {
		return err
	}
	// A key is not bound to a chain, but signer.Config.Check wants one.
	if cfg.ChainID == 0 {
		cfg.ChainID = 1
	}
	log := slog.New(slog.NewTextHandler(c.App.ErrWriter, &slog.HandlerOptions{Level: slog.LevelWarn}))
	addr, err := signer.Generate(c.Context, cfg, signer.WithLogger(log))
	if err != nil {
		return err
	}
	where := ""
	switch cfg.Kind {
	case signer.KindKeystore:
		where = cfg.Keystore.Path
	case signer.KindVaultTransit:
		where = cfg.Vault.CiphertextFile
		if where == "" {
			where = "vault kv " + cfg.Vault.KVPath
		}
	case signer.KindVaultKV:
		where = "vault kv " + cfg.Vault.KVPath
	}
	_, err = fmt.Fprintf(c.App.Writer, "%s\t%s\n", addr.Hex(), where)
	return err
}
