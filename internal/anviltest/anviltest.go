// Package anviltest starts a real anvil node (installed into node_modules by
// `make setup`) on a free loopback port for integration tests, funds the
// devchain development accounts on it, and stops it when the test ends.
package anviltest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/dip-market/dip/internal/devchain"
)

// ChainID is anvil's default chain id.
const ChainID = 31337

// Node is a running anvil.
type Node struct {
	URL    string
	Client *ethclient.Client
	RPC    *rpc.Client
	cmd    *exec.Cmd
	out    *bytes.Buffer
}

// Option adds anvil command-line arguments.
type Option func(*[]string)

// WithBlockTime makes anvil mine every d instead of on each transaction.
func WithBlockTime(d time.Duration) Option {
	return func(a *[]string) { *a = append(*a, "--block-time", strconv.FormatFloat(d.Seconds(), 'f', -1, 64)) }
}

// WithArgs passes raw arguments to anvil.
func WithArgs(args ...string) Option { return func(a *[]string) { *a = append(*a, args...) } }

// Binary returns the path of the anvil binary installed by `make setup`. It is
// the platform package's executable, not node_modules/.bin/anvil: that is a
// Node wrapper whose child would outlive a kill of the wrapper.
func Binary() (string, error) {
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("anvil not installed at %s: run 'make setup'", p)
	}
	return p, nil
}

// Start launches anvil and registers its shutdown with t.Cleanup. It fails the
// test (never skips) when anvil is missing: `make setup` installs it.
func Start(t testing.TB, opts ...Option) *Node {
	t.Helper()
	n, err := Launch(opts...)
	if err != nil {
		t.Fatalf("anviltest: %v", err)
	}
	t.Cleanup(n.Stop)
	return n
}

// Launch starts anvil outside of a test (benchmarks, tools). Call Stop.
func Launch(opts ...Option) (*Node, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent", "--chain-id", strconv.Itoa(ChainID)}
	for _, o := range opts {
		o(&args)
	}
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	out := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start anvil: %w", err)
	}
	n := &Node{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, out: out}
	if err := n.waitReady(20 * time.Second); err != nil {
		n.Stop()
		return nil, err
	}
	if err := n.FundDevAccounts(devchain.DefaultAccounts); err != nil {
		n.Stop()
		return nil, err
	}
	return n, nil
}

// FundDevAccounts gives the first n devchain development accounts their dev balance.
func (n *Node) FundDevAccounts(count int) error {
	for i := 0; i < count; i++ {
		addr := devchain.DevKeyAddress(i)
		if err := n.RPC.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(devchain.DevBalance)); err != nil {
			return fmt.Errorf("anvil_setBalance %s: %w", addr, err)
		}
	}
	return nil
}

// Stop kills anvil and waits for it to exit. Safe to call twice.
func (n *Node) Stop() {
	if n.Client != nil {
		n.Client.Close()
		n.Client = nil
	}
	if n.cmd != nil && n.cmd.Process != nil {
		_ = syscall.Kill(-n.cmd.Process.Pid, syscall.SIGKILL)
		_ = n.cmd.Wait()
		n.cmd = nil
	}
}

func (n *Node) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := rpc.Dial(n.URL)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			var id hexutil.Big
			err = c.CallContext(ctx, &id, "eth_chainId")
			cancel()
			if err == nil {
				n.RPC = c
				n.Client = ethclient.NewClient(c)
				return nil
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("anvil at %s not ready after %s: %v; output: %s", n.URL, timeout, err, n.out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("repository root (go.mod) not found above the working directory")
		}
		dir = parent
	}
}
