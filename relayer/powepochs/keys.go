package powepochs

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
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

// Key directory files (one directory per spec under the key root).
const (
	keyManifestFile = "manifest.json"
	keyCircuitFile  = "circuit.r1cs"
	keyProvingFile  = "proving.key"
	keyVerifyFile   = "verifying.key"
)

// keyManifest describes a cached key directory.
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
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("powepochs: save keys: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fmt.Errorf("powepochs: save keys: %w", err)
	}
	defer os.RemoveAll(tmp)
	sums := map[string]string{}
	for name, w := range map[string]io.WriterTo{keyCircuitFile: k.CCS, keyProvingFile: rawProvingKey{k.PK}, keyVerifyFile: k.VK} {
		sum, err := writeFileSync(filepath.Join(tmp, name), w)
		if err != nil {
			return err
		}
		sums[name] = sum
	}
	m, err := json.MarshalIndent(keyManifest{Spec: k.Spec, KeyHash: hexutil.Encode(k.KeyHash[:]), Files: sums, Created: time.Now().UTC().Format(time.RFC3339)}, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, keyManifestFile), m, 0o644); err != nil {
		return fmt.Errorf("powepochs: save keys: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(dir); statErr == nil {
			return nil // another process cached the same spec first; keep theirs
		}
		return fmt.Errorf("powepochs: save keys: %w", err)
	}
	return nil
}

// rawProvingKey writes a proving key with uncompressed points: about twice
// the size, but read back without a square root per point.
type rawProvingKey struct{ pk groth16.ProvingKey }

func (r rawProvingKey) WriteTo(w io.Writer) (int64, error) { return r.pk.WriteRawTo(w) }

// writeFileSync writes w to path, fsyncs it and returns its hex SHA-256.
func writeFileSync(path string, w io.WriterTo) (string, error) {
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("powepochs: save keys: %w", err)
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	if _, err := w.WriteTo(bw); err != nil {
		f.Close()
		return "", fmt.Errorf("powepochs: save keys: write %s: %w", filepath.Base(path), err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return "", fmt.Errorf("powepochs: save keys: write %s: %w", filepath.Base(path), err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", fmt.Errorf("powepochs: save keys: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("powepochs: save keys: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// uncheckedProvingKey reads a proving key without gnark's subgroup checks:
// the file's SHA-256 matched the manifest written with it, and a bad proving
// key can only produce proofs that fail verification.
type uncheckedProvingKey struct{ pk groth16.ProvingKey }

func (u uncheckedProvingKey) ReadFrom(r io.Reader) (int64, error) { return u.pk.UnsafeReadFrom(r) }

// readKeyFile reads dir/name, checks its SHA-256 against the manifest and
// decodes it into r (gnark's decoders panic on some malformed input: that
// is reported as an error).
func readKeyFile(dir, name, wantSum string, r io.ReaderFrom) (err error) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrKeys, err)
	}
	if sum := sha256.Sum256(b); wantSum == "" || hex.EncodeToString(sum[:]) != wantSum {
		return fmt.Errorf("%w: %s/%s does not match its manifest (corrupt, or from another setup): delete %s", ErrKeys, dir, name, dir)
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: read %s/%s: %v", ErrKeys, dir, name, p)
		}
	}()
	if _, err := r.ReadFrom(bytes.NewReader(b)); err != nil {
		return fmt.Errorf("%w: read %s/%s: %w", ErrKeys, dir, name, err)
	}
	return nil
}

func loadKeys(dir string, spec pow.Spec) (*Keys, error) {
	raw, err := os.ReadFile(filepath.Join(dir, keyManifestFile))
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
	for name, r := range map[string]io.ReaderFrom{keyCircuitFile: ccs, keyProvingFile: uncheckedProvingKey{pk}, keyVerifyFile: vk} {
		if err := readKeyFile(dir, name, m.Files[name], r); err != nil {
			return nil, err
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
	proof, err := lowmem.Prove(p.Keys.CCS, p.Keys.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, err
	}
	return zk.SolidityProof(proof)
}
