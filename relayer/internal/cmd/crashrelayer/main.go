// Command crashrelayer is a test-only relayer: it opens the store and the
// transaction manager, submits the workload's intents 0..count-1 (again after
// every restart: submission is idempotent) and exits 0 once all are
// confirmed. The crash test kills it with SIGKILL at random moments.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/txtest"
	"github.com/dip-market/dip/relayer/internal/workload"
	"github.com/dip-market/dip/relayer/store"
	"github.com/dip-market/dip/relayer/txmgr"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "crashrelayer:", err)
		os.Exit(1)
	}
}

func run() error {
	var (
		rpcURL   = flag.String("rpc", "", "node JSON-RPC URL")
		dbPath   = flag.String("db", "", "store path")
		count    = flag.Int("count", 0, "intents 0..count-1 to submit")
		prefix   = flag.String("prefix", "crash", "intent key prefix")
		keyIndex = flag.Int("dev-key", 0, "devchain development key index to send from")
		depth    = flag.Uint64("depth", 2, "confirmation depth")
		chainID  = flag.Uint64("chain-id", 31337, "expected chain id")
		estimate = flag.Bool("estimate", true, "estimate gas instead of giving it")
		resubmit = flag.Duration("resubmit", 3*time.Second, "resubmission timeout")
	)
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("dial %s: %w", *rpcURL, err)
	}
	defer client.Close()
	cfg := txmgr.DefaultConfig()
	cfg.ChainID = *chainID
	cfg.ConfirmationDepth = *depth
	cfg.ResubmissionTimeout = *resubmit
	cfg.PollInterval = 20 * time.Millisecond
	cfg.MaxBackoff = 500 * time.Millisecond
	cfg.NetworkTimeout = 5 * time.Second
	signer := txtest.NewKeySigner(devchain.DevKey(*keyIndex), new(big.Int).SetUint64(*chainID))
	m, err := txmgr.New(ctx, cfg, client, signer, st, txmgr.WithLogger(log))
	if err != nil {
		return err
	}
	for i := 0; i < *count; i++ {
		if _, err := m.Submit(ctx, workload.Key(*prefix, i), workload.Candidate(*prefix, i, *estimate)); err != nil {
			return err
		}
	}
	if err := m.Start(); err != nil {
		return err
	}
	defer m.Stop(context.Background())
	for i := 0; i < *count; i++ {
		if _, err := m.Wait(ctx, workload.Key(*prefix, i)); err != nil {
			return err
		}
	}
	log.Info("all intents confirmed", "count", *count)
	return nil
}
