package powepochs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dip-market/dip/acip/pow"
	"github.com/dip-market/dip/acip/pow/powzk"
	"github.com/dip-market/dip/zk"
	"github.com/dip-market/dip/zk/lowmem"
)

// keyManifest describes a cached key directory (zk.ManifestFile; the key
// files have zk's names and are written and read by zk.WriteKeyDir and
// zk.ReadKeyFile).
type keyManifest struct {
	Spec    pow.Spec          `json:"spec"`
	KeyHash string            `json:"key_hash"` // zk.KeyHash of the verifier words: Groth16Verifier.verifyingKeyHash()
	Files   map[string]string `json:"sha256"`   // hex SHA-256 of each key file
	Created string            `json:"created"`
}

// Keys are the nonce circuit's Groth16 keys for one spec.
type Keys struct {
	Spec    pow.Spec
	CCS     constraint.ConstraintSystem
	PK      groth16.ProvingKey
	VK      groth16.VerifyingKey
	Words   []*big.Int // verifier constructor words (zk.EncodeVerifyingKey)
	KeyHash [32]byte   // what the deployed verifier's verifyingKeyHash() must be
}

// keyFormat numbers the cache layout: 2 = proving key written uncompressed
// (gnark's WriteRawTo) and every file's SHA-256 in the manifest.
const keyFormat = 2

// KeyDir is the directory of spec's keys under root; it names the circuit
// version (powzk.Version) and the cache layout, so a changed circuit or
// layout never loads stale keys.
func KeyDir(root string, spec pow.Spec) string {
	return filepath.Join(root, fmt.Sprintf("pow-nonce-v%d-k%d-d%d-L%d-H%d-T%d-F%d", powzk.Version, keyFormat, spec.Width, spec.Layers, spec.Heads, spec.SeqLen, spec.FFN))
}

// LoadOrSetupKeys loads spec's keys from root, or compiles the nonce circuit,
// runs a single-party Groth16 setup (a development setup: whoever runs it
// knows the toxic waste) and caches the keys atomically. progress gets one
// line per step; setup of the default spec takes minutes. The keys are for
// proving: the proving key's FFT tables are dropped once it is on disk
// (lowmem.DropFFTTables).
func LoadOrSetupKeys(root string, spec pow.Spec, progress func(string)) (*Keys, error) {
	if progress == nil {
		progress = func(string) {}
	}
	k, err := loadOrSetupKeys(root, spec, progress)
	if err != nil {
		return nil, err
	}
	if err := lowmem.DropFFTTables(k.PK); err != nil {
		return nil, err
	}
	return k, nil
}

func loadOrSetupKeys(root string, spec pow.Spec, progress func(string)) (*Keys, error) {
	dir := KeyDir(root, spec)
	k, err := loadKeys(dir, spec)
	if err == nil {
		progress("loaded nonce circuit keys from " + dir)
		return k, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	progress(fmt.Sprintf("no keys for the nonce circuit of %s in %s: compiling and running a setup (once)", spec, root))
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, powzk.New(spec))
	if err != nil {
		return nil, fmt.Errorf("powepochs: compile the nonce circuit of %s: %w", spec, err)
	}
	progress(fmt.Sprintf("compiled %d constraints in %v; setup...", ccs.GetNbConstraints(), time.Since(t0).Round(time.Millisecond)))
	t1 := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("powepochs: setup the nonce circuit of %s: %w", spec, err)
	}
	progress(fmt.Sprintf("setup done in %v; writing %s", time.Since(t1).Round(time.Millisecond), dir))
	k, err = newKeys(spec, ccs, pk, vk)
	if err != nil {
		return nil, err
	}
	if err := saveKeys(dir, k); err != nil {
		return nil, err
	}
	return k, nil
}

func newKeys(spec pow.Spec, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey) (*Keys, error) {
	words, err := zk.EncodeVerifyingKey(vk)
	if err != nil {
		return nil, fmt.Errorf("powepochs: encode the verifying key: %w", err)
	}
	return &Keys{Spec: spec, CCS: ccs, PK: pk, VK: vk, Words: words, KeyHash: zk.KeyHash(words)}, nil
}

func saveKeys(dir string, k *Keys) error {
	files := []zk.KeyFile{
		{Name: zk.CircuitFile, Data: k.CCS},
		{Name: zk.ProvingFile, Data: zk.RawProvingKey{PK: k.PK}},
		{Name: zk.VerifyFile, Data: k.VK},
	}
	manifest := func(sums map[string]string) any {
		return keyManifest{Spec: k.Spec, KeyHash: hexutil.Encode(k.KeyHash[:]), Files: sums, Created: time.Now().UTC().Format(time.RFC3339)}
	}
	if err := zk.WriteKeyDir(dir, files, manifest, nil); errors.Is(err, zk.ErrKeysExist) {
		return nil // another process cached the same spec first; keep theirs
	} else if err != nil {
		return fmt.Errorf("powepochs: save keys: %w", err)
	}
	return nil
}

func loadKeys(dir string, spec pow.Spec) (*Keys, error) {
	raw, err := os.ReadFile(filepath.Join(dir, zk.ManifestFile))
	if err != nil {
		return nil, err
	}
	var m keyManifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKeys, dir, err)
	}
	if m.Spec != spec {
		return nil, fmt.Errorf("%w: %s holds keys of %s, want %s", ErrKeys, dir, m.Spec, spec)
	}
	ccs := groth16.NewCS(ecc.BN254)
	pk := groth16.NewProvingKey(ecc.BN254)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	for name, r := range map[string]io.ReaderFrom{zk.CircuitFile: ccs, zk.ProvingFile: zk.RawProvingKey{PK: pk}, zk.VerifyFile: vk} {
		if err := zk.ReadKeyFile(dir, name, m.Files[name], r); err != nil {
			return nil, fmt.Errorf("%w: %w: delete %s to set the keys up again", ErrKeys, err, dir)
		}
	}
	k, err := newKeys(spec, ccs, pk, vk)
	if err != nil {
		return nil, err
	}
	if got := hexutil.Encode(k.KeyHash[:]); got != m.KeyHash {
		return nil, fmt.Errorf("%w: %s: verifying key hash %s, manifest says %s", ErrKeys, dir, got, m.KeyHash)
	}
	return k, nil
}

// Prover proves sampled nonces with the nonce circuit (pow.NonceProver).
type Prover struct {
	Keys   *Keys
	Params pow.Params
}

var _ pow.NonceProver = Prover{}

// ProveNonce implements pow.NonceProver: a Groth16 proof for the Solidity
// verifier of the leaf's statement under p.Params.
func (p Prover) ProveNonce(ctx context.Context, _ *big.Int, l pow.EpochLeaf, _ []*big.Int) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w, err := frontend.NewWitness(powzk.Assign(p.Params, l.Miner, l.Nonce, l.Distance), ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	proof, err := lowmem.ProveContext(ctx, p.Keys.CCS, p.Keys.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, err
	}
	return zk.SolidityProof(proof)
}
