package zk

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func init() {
	// gnark logs through zerolog to stdout; DIP reports progress itself.
	logger.Disable()
}

// Key directory files.
const (
	ManifestFile = "manifest.json"
	CircuitFile  = "circuit.r1cs"
	ProvingFile  = "proving.key"
	VerifyFile   = "verifying.key"
	// ManifestFormat is the manifest layout version.
	ManifestFormat = 1
)

var (
	// ErrNoKeys is returned when a key directory does not exist for a circuit.
	ErrNoKeys = errors.New("zk: no keys for this circuit")
	// ErrKeyMismatch is returned when keys, files or a verifier belong to a
	// different setup or circuit than expected.
	ErrKeyMismatch = errors.New("zk: keys from a different setup")
	// ErrCorruptKeys is returned when a key file cannot be decoded.
	ErrCorruptKeys = errors.New("zk: corrupt key file")
)

// SetupMode says how the toxic waste of a setup was produced.
type SetupMode string

const (
	// SetupSingleParty is gnark's groth16.Setup: one process samples the
	// toxic waste (and could keep it to forge proofs). Fine for development
	// and for a party that only proves to itself; see docs/zk.md for the MPC
	// ceremony production keys need.
	SetupSingleParty SetupMode = "single-party"
	// SetupDeterministic derives the keys from a public beacon through gnark's
	// MPC setup with no contributor: reproducible, and therefore INSECURE
	// (anyone can recompute the toxic waste). Used for the committed Solidity
	// fixture so that the exported verifier never drifts.
	SetupDeterministic SetupMode = "deterministic-insecure"
)

// Manifest describes one key directory.
type Manifest struct {
	Format      int    `json:"format"`
	CircuitID   string `json:"circuit_id"`
	Spec        Spec   `json:"spec"`
	Constraints int    `json:"constraints"`
	Inputs      int    `json:"public_inputs"`
	Commitments int    `json:"commitments"`
	// KeyHash is keccak256 of the verifying key's Solidity words: what the
	// on-chain Groth16Verifier reports as verifyingKeyHash().
	KeyHash   string            `json:"verifying_key_hash"`
	Files     map[string]string `json:"sha256"`
	Setup     SetupMode         `json:"setup"`
	Beacon    string            `json:"beacon,omitempty"`
	Gnark     string            `json:"gnark"`
	CreatedAt time.Time         `json:"created_at"`
}

// Keys are a circuit's compiled constraint system and its Groth16 keys.
type Keys struct {
	Spec     Spec
	Manifest Manifest
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey // nil when loaded for verification only
	VK       groth16.VerifyingKey
	words    []*big.Int
	hash     [32]byte
}

// KeyHash returns keccak256 of the verifying key's Solidity words.
func (k *Keys) KeyHash() [32]byte { return k.hash }

// VerifierWords returns the Groth16Verifier constructor argument.
func (k *Keys) VerifierWords() []*big.Int { return k.words }

// Progress receives one line per step of a long operation.
type Progress func(msg string)

func (p Progress) printf(format string, args ...any) {
	if p != nil {
		p(fmt.Sprintf(format, args...))
	}
}

// step runs fn, reporting its start, a heartbeat every 10s and its duration.
func (p Progress) step(name string, fn func() error) error {
	start := time.Now()
	p.printf("%s ...", name)
	done := make(chan struct{})
	if p != nil {
		go func() {
			t := time.NewTicker(10 * time.Second)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					p.printf("%s: still running (%s)", name, time.Since(start).Round(time.Second))
				}
			}
		}()
	}
	err := fn()
	close(done)
	if err == nil {
		p.printf("%s: done in %s", name, time.Since(start).Round(time.Millisecond))
	}
	return err
}

// Compile compiles the spec's circuit to R1CS over BN254.
func Compile(spec Spec) (constraint.ConstraintSystem, error) {
	if err := spec.Check(); err != nil {
		return nil, err
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, spec.NewCircuit())
	if err != nil {
		return nil, fmt.Errorf("zk: compile %s: %w", spec.ID(), err)
	}
	return ccs, nil
}

// SetupOption configures Setup.
type SetupOption func(*setupConfig)

type setupConfig struct {
	mode     SetupMode
	beacon   []byte
	progress Progress
}

// WithProgress reports each step of the setup.
func WithProgress(p Progress) SetupOption { return func(c *setupConfig) { c.progress = p } }

// WithDeterministicBeacon makes the setup reproducible from a public beacon
// (SetupDeterministic: insecure, for fixtures only).
func WithDeterministicBeacon(beacon []byte) SetupOption {
	return func(c *setupConfig) { c.mode, c.beacon = SetupDeterministic, beacon }
}

// Setup compiles the circuit and runs a Groth16 setup for it.
func Setup(spec Spec, opts ...SetupOption) (*Keys, error) {
	cfg := setupConfig{mode: SetupSingleParty}
	for _, o := range opts {
		o(&cfg)
	}
	p := cfg.progress
	var ccs constraint.ConstraintSystem
	if err := p.step("compile "+spec.ID(), func() (err error) {
		ccs, err = Compile(spec)
		return err
	}); err != nil {
		return nil, err
	}
	p.printf("%d constraints, %d public inputs", ccs.GetNbConstraints(), ccs.GetNbPublicVariables()-1)
	var pk groth16.ProvingKey
	var vk groth16.VerifyingKey
	name := "groth16 setup (single party)"
	if cfg.mode == SetupDeterministic {
		name = "groth16 setup (deterministic beacon, insecure)"
	}
	if err := p.step(name, func() (err error) {
		if cfg.mode == SetupDeterministic {
			pk, vk, err = deterministicSetup(ccs, cfg.beacon)
		} else {
			pk, vk, err = groth16.Setup(ccs)
		}
		return err
	}); err != nil {
		return nil, fmt.Errorf("zk: setup %s: %w", spec.ID(), err)
	}
	k := &Keys{Spec: spec, CCS: ccs, PK: pk, VK: vk}
	if err := k.index(); err != nil {
		return nil, err
	}
	k.Manifest = Manifest{
		Format: ManifestFormat, CircuitID: spec.ID(), Spec: spec,
		Constraints: ccs.GetNbConstraints(), Inputs: ccs.GetNbPublicVariables() - 1,
		Commitments: len(vk.(*groth16bn254.VerifyingKey).CommitmentKeys),
		KeyHash:     hexutil.Encode(k.hash[:]), Setup: cfg.mode, Gnark: gnarkVersion(),
		CreatedAt: time.Now().UTC().Truncate(time.Second),
	}
	if cfg.mode == SetupDeterministic {
		k.Manifest.Beacon = hexutil.Encode(cfg.beacon)
	}
	return k, nil
}

// deterministicSetup runs gnark's MPC setup with no contributor, sealed by
// the beacon: every run yields the same keys, and anyone can recompute the
// toxic waste, so such keys prove nothing to anyone else.
func deterministicSetup(ccs constraint.ConstraintSystem, beacon []byte) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, nil, fmt.Errorf("zk: deterministic setup needs a BN254 R1CS, got %T", ccs)
	}
	var p1 mpcsetup.Phase1
	p1.Initialize(ecc.NextPowerOfTwo(uint64(r.GetNbConstraints())))
	commons := p1.Seal(append([]byte("dip phase 1 "), beacon...))
	var p2 mpcsetup.Phase2
	evals := p2.Initialize(r, &commons)
	pk, vk := p2.Seal(&commons, &evals, append([]byte("dip phase 2 "), beacon...))
	return pk, vk, nil
}

// index computes the verifying key's Solidity words and hash, and checks
// that the proving key (when present) comes from the same setup.
func (k *Keys) index() error {
	words, err := EncodeVerifyingKey(k.VK)
	if err != nil {
		return err
	}
	k.words, k.hash = words, KeyHash(words)
	if k.PK != nil {
		if err := sameSetup(k.PK, k.VK); err != nil {
			return err
		}
	}
	return nil
}

// sameSetup checks the group elements a proving and a verifying key share.
func sameSetup(pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	p, ok1 := pk.(*groth16bn254.ProvingKey)
	v, ok2 := vk.(*groth16bn254.VerifyingKey)
	if !ok1 || !ok2 {
		return fmt.Errorf("%w: keys are not BN254 Groth16 keys", ErrKeyMismatch)
	}
	if !p.G1.Alpha.Equal(&v.G1.Alpha) || !p.G2.Beta.Equal(&v.G2.Beta) || !p.G2.Delta.Equal(&v.G2.Delta) || len(p.CommitmentKeys) != len(v.CommitmentKeys) {
		return fmt.Errorf("%w: the proving key and the verifying key come from different setups", ErrKeyMismatch)
	}
	return nil
}

func gnarkVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == "github.com/consensys/gnark" {
				return d.Version
			}
		}
	}
	return "unknown"
}

// Dir returns the key directory of a spec under root.
func Dir(root string, spec Spec) string { return filepath.Join(root, spec.ID()) }

// Save writes the keys into dir (created) with their manifest, atomically
// and never over existing keys (ErrKeysExist): see WriteKeyDir.
func (k *Keys) Save(dir string, progress Progress) error {
	if k.PK == nil {
		return fmt.Errorf("zk: save %s: keys were loaded without the proving key", k.Spec.ID())
	}
	m := k.Manifest
	files := []KeyFile{{CircuitFile, k.CCS}, {ProvingFile, RawProvingKey{k.PK}}, {VerifyFile, k.VK}}
	manifest := func(sums map[string]string) any {
		m.Files = sums
		return m
	}
	if err := WriteKeyDir(dir, files, manifest, progress); err != nil {
		return err
	}
	k.Manifest = m
	return nil
}

// ReadManifest reads and validates a key directory's manifest.
func ReadManifest(dir string) (Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, fmt.Errorf("%w: %s has no %s (run 'dip zk setup')", ErrNoKeys, dir, ManifestFile)
	}
	if err != nil {
		return Manifest{}, fmt.Errorf("zk: read manifest: %w", err)
	}
	return ParseManifest(b)
}

// ParseManifest decodes and validates manifest JSON.
func ParseManifest(b []byte) (Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, fmt.Errorf("%w: manifest: %w", ErrCorruptKeys, err)
	}
	if m.Format != ManifestFormat {
		return Manifest{}, fmt.Errorf("%w: manifest format %d, this dip reads %d", ErrCorruptKeys, m.Format, ManifestFormat)
	}
	if err := m.Spec.Check(); err != nil {
		return Manifest{}, fmt.Errorf("%w: manifest: %w", ErrCorruptKeys, err)
	}
	if m.Spec.ID() != m.CircuitID {
		return Manifest{}, fmt.Errorf("%w: manifest names circuit %s but describes %s", ErrCorruptKeys, m.CircuitID, m.Spec.ID())
	}
	return m, nil
}

// LoadOption configures Load.
type LoadOption func(*loadConfig)

type loadConfig struct {
	verifyOnly bool
	progress   Progress
}

// VerifyOnly loads the verifying key and manifest but not the (large)
// constraint system and proving key.
func VerifyOnly() LoadOption { return func(c *loadConfig) { c.verifyOnly = true } }

// LoadProgress reports each file read.
func LoadProgress(p Progress) LoadOption { return func(c *loadConfig) { c.progress = p } }

// Load reads the keys of spec from dir, checking the manifest's circuit id,
// every file's hash, and that the proving and verifying keys share a setup.
func Load(dir string, spec Spec, opts ...LoadOption) (*Keys, error) {
	var cfg loadConfig
	for _, o := range opts {
		o(&cfg)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if m.CircuitID != spec.ID() {
		return nil, fmt.Errorf("%w: %s holds keys for %s, not %s", ErrKeyMismatch, dir, m.CircuitID, spec.ID())
	}
	k := &Keys{Spec: spec, Manifest: m}
	read := func(name string, r io.ReaderFrom) error {
		return cfg.progress.step("read "+name, func() error {
			err := ReadKeyFile(dir, name, m.Files[name], r)
			if errors.Is(err, ErrNoKeys) {
				return fmt.Errorf("%w (run 'dip zk setup' again)", err)
			}
			return err
		})
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := read(VerifyFile, checkedVK{vk}); err != nil {
		return nil, err
	}
	k.VK = vk
	if !cfg.verifyOnly {
		ccs := groth16.NewCS(ecc.BN254)
		if err := read(CircuitFile, ccs); err != nil {
			return nil, err
		}
		pk := groth16.NewProvingKey(ecc.BN254)
		if err := read(ProvingFile, RawProvingKey{pk}); err != nil {
			return nil, err
		}
		k.CCS, k.PK = ccs, pk
		if ccs.GetNbConstraints() != m.Constraints {
			return nil, fmt.Errorf("%w: %s has %d constraints, manifest says %d", ErrKeyMismatch, CircuitFile, ccs.GetNbConstraints(), m.Constraints)
		}
	}
	if err := k.index(); err != nil {
		return nil, err
	}
	if got := hexutil.Encode(k.hash[:]); got != m.KeyHash {
		return nil, fmt.Errorf("%w: verifying key hash %s, manifest says %s", ErrKeyMismatch, got, m.KeyHash)
	}
	return k, nil
}

// checkedVK runs precheckVerifyingKey before gnark's decoder.
type checkedVK struct{ vk groth16.VerifyingKey }

func (c checkedVK) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return 0, err
	}
	if err := precheckVerifyingKey(b); err != nil {
		return 0, err
	}
	return c.vk.ReadFrom(bytes.NewReader(b))
}

// DecodeVerifyingKey decodes a gnark BN254 verifying key file (the
// verifying.key of a key directory). It never panics on malformed input.
func DecodeVerifyingKey(b []byte) (groth16.VerifyingKey, error) {
	if err := precheckVerifyingKey(b); err != nil {
		return nil, err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := decode(VerifyFile, b, vk); err != nil {
		return nil, err
	}
	if _, err := EncodeVerifyingKey(vk); err != nil {
		return nil, err
	}
	return vk, nil
}

// precheckVerifyingKey walks the length prefixes of gnark's verifying key
// encoding and rejects any that claims more elements than the bytes left
// could hold, so that the decoder never tries a multi-gigabyte allocation
// on hostile input (gnark trusts those prefixes).
func precheckVerifyingKey(b []byte) error {
	const head = 32 + 32 + 64 + 64 + 32 + 64 // alpha, beta (G1, G2), gamma, delta (G1, G2), compressed
	bad := func(what string) error { return fmt.Errorf("%w: %s: %s", ErrCorruptKeys, VerifyFile, what) }
	off := head
	u32 := func() (int, bool) {
		if off+4 > len(b) {
			return 0, false
		}
		v := int(binary.BigEndian.Uint32(b[off:]))
		off += 4
		return v, true
	}
	n, ok := u32()
	if !ok || n > (len(b)-off)/32 {
		return bad("K points")
	}
	off += 32 * n // at least; raw points are 64 bytes, caught by the decoder
	m, ok := u32()
	if !ok || m > (len(b)-off)/4 {
		return bad("committed index lists")
	}
	for i := 0; i < m; i++ {
		l, ok := u32()
		if !ok || l > (len(b)-off)/8 {
			return bad("committed indexes")
		}
		off += 8 * l
	}
	c, ok := u32()
	if !ok || c > (len(b)-off)/128 {
		return bad("commitment keys")
	}
	return nil
}

// LoadOrSetup loads the keys of spec from root, or, when there are none,
// runs the setup (single party unless opts say otherwise) and caches the
// keys under root. Concurrent callers may both run a setup; the first to
// finish writing wins and the other loads its keys.
func LoadOrSetup(root string, spec Spec, progress Progress, opts ...SetupOption) (*Keys, error) {
	dir := Dir(root, spec)
	k, err := Load(dir, spec, LoadProgress(progress))
	if err == nil {
		return k, nil
	}
	if !errors.Is(err, ErrNoKeys) {
		return nil, err
	}
	progress.printf("no cached keys for %s in %s: generating them", spec.ID(), root)
	k, err = Setup(spec, append(opts, WithProgress(progress))...)
	if err != nil {
		return nil, err
	}
	if err := k.Save(dir, progress); errors.Is(err, ErrKeysExist) {
		// Another process cached keys for this circuit first: use those, so
		// that every user of the cache shares one setup.
		return Load(dir, spec, LoadProgress(progress))
	} else if err != nil {
		return nil, err
	}
	return k, nil
}

// DefaultKeyRoot is where dip caches keys: $XDG_CACHE_HOME/dip/zk (or the
// platform's user cache directory), else ./.dip/zk.
func DefaultKeyRoot() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "dip", "zk")
	}
	return filepath.Join(".dip", "zk")
}
