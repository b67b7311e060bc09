package crashtest

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/dip-market/dip/internal/anviltest"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/internal/workload"
	"github.com/dip-market/dip/relayer/store"
)

// buildRelayer compiles the test-only relayer into a temporary directory.
func buildRelayer(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crashrelayer")
	// go test puts its own toolchain first in PATH.
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go toolchain not in PATH: %v", err)
	}
	cmd := exec.Command(goBin, "build", "-o", bin, "github.com/dip-market/dip/relayer/internal/cmd/crashrelayer")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build crashrelayer: %v\n%s", err, out)
	}
	return bin
}

func seed(t *testing.T) int64 {
	s := int64(20261201)
	if v := os.Getenv("DIP_CRASH_SEED"); v != "" {
		var err error
		if s, err = strconv.ParseInt(v, 10, 64); err != nil {
			t.Fatalf("DIP_CRASH_SEED: %v", err)
		}
	}
	t.Logf("seed %d (rerun with DIP_CRASH_SEED=%d)", s, s)
	return s
}

// TestCrash_SIGKILLLoop runs the relayer as a subprocess against anvil
// (100 ms blocks, confirmation depth 2) and kills it with SIGKILL at random
// moments, at least 20 times while intents are outstanding, as the workload
// grows by 8 intents a run to at least 240; a last run must finish them. Then every intent must have executed exactly
// once, no nonce may be left unused or pending, and the store must agree
// with the chain.
func TestCrash_SIGKILLLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test runs a subprocess against anvil")
	}
	const (
		minTotal = 240
		minKills = 20
		prefix   = "crash"
	)
	bin := buildRelayer(t)
	node := anviltest.Start(t, anviltest.WithBlockTime(100*time.Millisecond))
	dir := t.TempDir()
	db := filepath.Join(dir, "relayer.db")
	logPath := filepath.Join(dir, "relayer.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	t.Cleanup(func() {
		if keep := os.Getenv("DIP_CRASH_LOG"); keep != "" {
			_ = os.WriteFile(keep, mustRead(t, logPath), 0o644)
		}
		if t.Failed() {
			out, _ := os.ReadFile(logPath)
			if len(out) > 8000 {
				out = out[len(out)-8000:]
			}
			t.Logf("relayer log tail:\n%s", out)
		}
	})
	rng := rand.New(rand.NewSource(seed(t)))
	start := func(count int) *exec.Cmd {
		cmd := exec.Command(bin, "-rpc", node.URL, "-db", db, "-count", strconv.Itoa(count), "-prefix", prefix, "-depth", "2",
			// Shorter than a block: fee bumps are frequent, and kills land between them.
			"-resubmit", "50ms")
		cmd.Stdout, cmd.Stderr = logFile, logFile
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			t.Fatalf("start relayer: %v", err)
		}
		fmt.Fprintf(logFile, "=== started pid %d with %d intents\n", cmd.Process.Pid, count)
		return cmd
	}
	// outstanding counts intents not yet final, read between runs.
	outstanding := func() int {
		st, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatalf("open store between runs: %v", err)
		}
		defer st.Close()
		s, err := st.Status(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return s.Queued + s.InFlight + s.Mined
	}
	began := time.Now()
	kills, idleKills, runs, count := 0, 0, 0, 0
	// Each run adds a few intents, so every run has work when it is killed.
	// Only kills that hit outstanding work count toward the minimum.
	for kills < minKills || count < minTotal {
		if runs++; runs > 200 {
			t.Fatalf("only %d kills during work in 200 runs", kills)
		}
		count += 8
		cmd := start(count)
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// A random moment: start-up, submission, signing, sending, confirming.
		delay := time.Duration(5+rng.Intn(250)) * time.Millisecond
		timer := time.NewTimer(delay)
		select {
		case err := <-exited:
			timer.Stop()
			if err != nil {
				t.Fatalf("relayer run %d exited on its own with %v", runs, err)
			}
		case <-timer.C:
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatalf("kill: %v", err)
			}
			<-exited
			left := outstanding()
			if left > 0 {
				kills++
			} else {
				idleKills++
			}
			fmt.Fprintf(logFile, "=== SIGKILL after %s with %d intents outstanding\n", delay, left)
		}
	}
	// The last run must finish everything.
	total := count
	cmd := start(total)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("final relayer run failed: %v", err)
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Signal(syscall.SIGKILL)
		<-done
		t.Fatal("final relayer run did not finish in 60s")
	}
	t.Logf("%d runs, %d SIGKILLs during work (+%d with nothing outstanding), %d intents, %s",
		runs+1, kills, idleKills, total, time.Since(began).Round(time.Millisecond))

	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := workload.Verify(ctx, node.Client, st, devchain.DevKeyAddress(0), prefix, total); err != nil {
		t.Fatalf("after %d kills:\n%v", kills, err)
	}
	var attempts int
	for i := 0; i < total; i++ {
		in, _ := st.Intent(ctx, workload.Key(prefix, i))
		attempts += in.Attempts
	}
	t.Logf("%d transactions signed for %d intents", attempts, total)
	if attempts <= total {
		t.Fatalf("no fee bumps happened (%d transactions for %d intents): the run did not exercise replacements", attempts, total)
	}
	if bytes.Contains(mustRead(t, logPath), []byte("panic")) {
		t.Fatal("the relayer logged a panic")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
