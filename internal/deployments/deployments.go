// Package deployments reads and writes the per-chain record of deployed DIP
// contracts (deployments/<chainId>.json) that every dip command consults, so
// addresses are typed once, at deployment.
package deployments

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dip-market/dip/internal/atomicfile"
)

// ErrNotDeployed is returned when a contract has no entry for the chain.
var ErrNotDeployed = errors.New("not deployed on this chain")

// Entry is one deployed contract.
type Entry struct {
	Address common.Address `json:"address"`
	// CodeHash is keccak256 of the runtime code at deployment; a mismatch means
	// the chain was reset or the record is stale.
	CodeHash common.Hash `json:"codeHash"`
	TxHash   common.Hash `json:"txHash"`
	Block    uint64      `json:"block"`
}

// Record is the deployment record of one chain.
type Record struct {
	ChainID   uint64           `json:"chainId"`
	Contracts map[string]Entry `json:"contracts"`
	// Guilds maps a guild name to the addresses of its suite.
	Guilds map[string]map[string]common.Address `json:"guilds,omitempty"`
}

// Path returns the record's file for chainID under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, strconv.FormatUint(chainID, 10)+".json")
}

// Load reads the record for chainID, or returns an empty one if none exists.
func Load(dir string, chainID uint64) (*Record, error) {
	r := &Record{ChainID: chainID, Contracts: map[string]Entry{}}
	data, err := os.ReadFile(Path(dir, chainID))
	if errors.Is(err, os.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return nil, fmt.Errorf("deployments: read: %w", err)
	}
	if err := json.Unmarshal(data, r); err != nil {
		return nil, fmt.Errorf("deployments: %s is not valid JSON: %w", Path(dir, chainID), err)
	}
	if r.ChainID != chainID {
		return nil, fmt.Errorf("deployments: %s records chain %d, not %d", Path(dir, chainID), r.ChainID, chainID)
	}
	if r.Contracts == nil {
		r.Contracts = map[string]Entry{}
	}
	return r, nil
}

// Save writes the record atomically, with sorted keys for stable diffs.
func (r *Record) Save(dir string) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("deployments: encode: %w", err)
	}
	return atomicfile.Write(Path(dir, r.ChainID), append(data, '\n'), 0o644)
}

// Address returns the address recorded for name.
func (r *Record) Address(name string) (common.Address, error) {
	e, ok := r.Contracts[name]
	if !ok {
		return common.Address{}, fmt.Errorf("%s: %w (chain %d); run 'dip deploy' first", name, ErrNotDeployed, r.ChainID)
	}
	return e.Address, nil
}

// Names lists the recorded contract names in order.
func (r *Record) Names() []string {
	names := make([]string, 0, len(r.Contracts))
	for n := range r.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
