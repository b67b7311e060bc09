package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/dip-market/dip/internal/deployments"
	"github.com/dip-market/dip/internal/devchain"
	"github.com/dip-market/dip/relayer/signer"
)

// Flags shared by every command that talks to a chain. They are built fresh
// for each command because urfave/cli stores parsed values in the flag structs.
func chainFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc-url", Usage: "Ethereum JSON-RPC endpoint", Value: "http://127.0.0.1:8545", EnvVars: []string{"DIP_RPC_URL"}},
		&cli.StringFlag{Name: "keystore", Usage: "path to an encrypted keystore (v3) file holding the signing key", EnvVars: []string{"DIP_KEYSTORE"}},
		&cli.StringFlag{Name: "password-file", Usage: "file holding the keystore passphrase (never pass it as a flag)", EnvVars: []string{"DIP_PASSWORD_FILE"}},
		&cli.IntFlag{Name: "dev-key", Usage: "sign with development key N (only on local dev chains 1337/31337)", Value: -1, EnvVars: []string{"DIP_DEV_KEY"}},
		&cli.StringFlag{Name: "deployments", Usage: "directory of per-chain deployment records", Value: "deployments", EnvVars: []string{"DIP_DEPLOYMENTS"}},
		&cli.DurationFlag{Name: "rpc-timeout", Usage: "give up on the chain after this long", Value: 2 * time.Minute, EnvVars: []string{"DIP_RPC_TIMEOUT"}},
	}
}

var (
	// errNoKey is returned when a command that signs has no key configured.
	errNoKey = errors.New("no signing key: pass --keystore and --password-file (or --dev-key N on a local dev chain)")
	// errDevKeyOnPublicChain is returned when --dev-key is used on a non-dev chain.
	errDevKeyOnPublicChain = errors.New("--dev-key is refused on this chain: development keys are public; use --keystore")
)

// session is a connection to a chain plus, when configured, a signing key.
type session struct {
	client  *ethclient.Client
	chainID *big.Int
	key     *ecdsa.PrivateKey
	record  *deployments.Record
	dir     string
}

// openSession dials --rpc-url, checks the chain id, loads the deployment
// record, and loads the key when needSigner is set.
func openSession(ctx context.Context, c *cli.Context, needSigner bool) (*session, error) {
	url := c.String("rpc-url")
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain at %s is not reachable (%v): check --rpc-url", url, err)
	}
	s := &session{client: client, chainID: id, dir: c.String("deployments")}
	if s.record, err = deployments.Load(s.dir, id.Uint64()); err != nil {
		client.Close()
		return nil, err
	}
	if needSigner {
		if s.key, err = loadKey(c, id); err != nil {
			client.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *session) Close() { s.client.Close() }

// requireContract fails unless addr holds code; name is the contract's
// role and the flag that sets it ("escrow": --escrow).
func (s *session) requireContract(ctx context.Context, addr common.Address, name string) error {
	code, err := s.client.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("read code at %s %s: %w", name, addr.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("no contract at %s %s on chain %s: check --%s", name, addr.Hex(), s.chainID, name)
	}
	return nil
}

// opts returns transaction options for the session's key.
func (s *session) opts() *bind.TransactOpts { return bind.NewKeyedTransactor(s.key, s.chainID) }

// from returns the session key's address.
func (s *session) from() common.Address { return crypto.PubkeyToAddress(s.key.PublicKey) }

func isDevChain(id *big.Int) bool {
	return id.Cmp(devchain.ChainID) == 0 || id.Cmp(big.NewInt(31337)) == 0
}

// loadKey returns the signing key from a keystore file or, on dev chains, a
// development key. The passphrase only comes from a file, and neither it nor
// the key ever appears in an error.
func loadKey(c *cli.Context, chainID *big.Int) (*ecdsa.PrivateKey, error) {
	if path := c.String("keystore"); path != "" {
		if c.String("password-file") == "" {
			return nil, errors.New("--keystore needs --password-file (or DIP_PASSWORD_FILE) with the passphrase")
		}
		return signer.LoadKeystore(path, c.String("password-file"))
	}
	if i := c.Int("dev-key"); i >= 0 {
		if !isDevChain(chainID) {
			return nil, fmt.Errorf("%w (chain id %s)", errDevKeyOnPublicChain, chainID)
		}
		if i >= devchain.DefaultAccounts {
			return nil, fmt.Errorf("--dev-key %d out of range 0..%d", i, devchain.DefaultAccounts-1)
		}
		return devchain.DevKey(i), nil
	}
	return nil, errNoKey
}
