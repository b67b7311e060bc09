package zk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

var (
	// ErrProofMismatch is returned when a proof was made for another circuit
	// or another setup than the keys it is checked against.
	ErrProofMismatch = errors.New("zk: proof from a different setup")
	// ErrInvalidProof is returned when a well-formed proof does not verify:
	// wrong public inputs, or a forged or tampered proof.
	ErrInvalidProof = errors.New("zk: invalid proof")
	// ErrCommitmentMismatch is returned when a layer proof's Pedersen
	// commitment is not the layer commitment plus the activations commitment
	// it is claimed to prove (wrong weights, inputs or outputs).
	ErrCommitmentMismatch = errors.New("zk: proof does not open to the claimed layer and activations")
)

// Proof is a proof with everything needed to check it and submit it on chain.
type Proof struct {
	// CircuitID and KeyHash name the circuit and the setup it was made under.
	CircuitID string `json:"circuit"`
	KeyHash   string `json:"verifying_key_hash"`
	// Proof is gnark's MarshalSolidity encoding (what Groth16Verifier takes).
	Proof hexutil.Bytes `json:"proof"`
	// Inputs are the public inputs, in circuit order.
	Inputs []*big.Int `json:"public_inputs"`
	// Layer holds the claimed commitments of a layer (Freivalds) proof.
	Layer *LayerStatement `json:"layer,omitempty"`
	// Stats reports how the proof was made (not part of what is verified).
	Stats Stats `json:"stats"`
}

// LayerStatement is what a LayerBatch proof is about: the proof's first
// commitment must equal Weights + Activations.
type LayerStatement struct {
	// Weights is the layer commitment (G1 point, x and y).
	Weights [2]*big.Int `json:"weights"`
	// Activations commits the k inputs and k outputs (G1 point, x and y).
	Activations [2]*big.Int `json:"activations"`
}

// Stats reports the cost of one proof.
type Stats struct {
	Constraints int           `json:"constraints"`
	Witness     time.Duration `json:"witness_ns"`
	Prove       time.Duration `json:"prove_ns"` // solving and proving
	Total       time.Duration `json:"total_ns"`
	// PeakHeap is the highest Go heap size sampled while proving (process-wide).
	PeakHeap uint64 `json:"peak_heap_bytes"`
	// Allocated is the memory allocated during the proof (process-wide, so
	// overlapping proofs count each other's allocations).
	Allocated uint64 `json:"allocated_bytes"`
}

// proofJSON is Proof's JSON form: field elements and coordinates as 0x-hex
// strings, which every JSON reader keeps exact.
type proofJSON struct {
	CircuitID string           `json:"circuit"`
	KeyHash   string           `json:"verifying_key_hash"`
	Proof     hexutil.Bytes    `json:"proof"`
	Inputs    []*hexutil.Big   `json:"public_inputs"`
	Layer     *layerStatementJ `json:"layer,omitempty"`
	Stats     Stats            `json:"stats"`
}

type layerStatementJ struct {
	Weights     [2]*hexutil.Big `json:"weights"`
	Activations [2]*hexutil.Big `json:"activations"`
}

// MarshalJSON encodes field elements as 0x-hex strings.
func (p *Proof) MarshalJSON() ([]byte, error) {
	j := proofJSON{CircuitID: p.CircuitID, KeyHash: p.KeyHash, Proof: p.Proof, Stats: p.Stats, Inputs: make([]*hexutil.Big, len(p.Inputs))}
	for i, in := range p.Inputs {
		j.Inputs[i] = (*hexutil.Big)(in)
	}
	if p.Layer != nil {
		j.Layer = &layerStatementJ{
			Weights:     [2]*hexutil.Big{(*hexutil.Big)(p.Layer.Weights[0]), (*hexutil.Big)(p.Layer.Weights[1])},
			Activations: [2]*hexutil.Big{(*hexutil.Big)(p.Layer.Activations[0]), (*hexutil.Big)(p.Layer.Activations[1])},
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON writes.
func (p *Proof) UnmarshalJSON(b []byte) error {
	var j proofJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	*p = Proof{CircuitID: j.CircuitID, KeyHash: j.KeyHash, Proof: j.Proof, Stats: j.Stats, Inputs: make([]*big.Int, len(j.Inputs))}
	for i, in := range j.Inputs {
		p.Inputs[i] = (*big.Int)(in)
	}
	if j.Layer != nil {
		p.Layer = &LayerStatement{
			Weights:     [2]*big.Int{(*big.Int)(j.Layer.Weights[0]), (*big.Int)(j.Layer.Weights[1])},
			Activations: [2]*big.Int{(*big.Int)(j.Layer.Activations[0]), (*big.Int)(j.Layer.Activations[1])},
		}
	}
	return nil
}

// MarshalProof encodes a proof as JSON.
func MarshalProof(p *Proof) ([]byte, error) { return json.MarshalIndent(p, "", "  ") }

// ParseProof decodes a proof from JSON. It never panics on malformed input.
func ParseProof(b []byte) (*Proof, error) {
	var p Proof
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedProof, err)
	}
	for i, in := range p.Inputs {
		if in == nil || in.Sign() < 0 || in.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("%w: public input %d is not a field element", ErrMalformedProof, i)
		}
	}
	if p.Layer != nil {
		for _, c := range [][2]*big.Int{p.Layer.Weights, p.Layer.Activations} {
			if _, err := pointFromBig(c); err != nil {
				return nil, fmt.Errorf("%w: layer statement: %w", ErrMalformedProof, err)
			}
		}
	}
	return &p, nil
}

// Verify checks a proof against keys: that it was made for the keys'
// circuit and setup, that its bytes decode, and that it verifies for its
// public inputs (and, for a layer proof, for its claimed commitments).
func Verify(k *Keys, p *Proof) error {
	if p.CircuitID != k.Spec.ID() {
		return fmt.Errorf("%w: proof is for circuit %s, keys are for %s", ErrProofMismatch, p.CircuitID, k.Spec.ID())
	}
	if want := hexutil.Encode(k.hash[:]); p.KeyHash != want {
		return fmt.Errorf("%w: proof was made under setup %s, keys are setup %s", ErrProofMismatch, p.KeyHash, want)
	}
	gp, err := DecodeSolidityProof(p.Proof, k.Manifest.Commitments)
	if err != nil {
		return err
	}
	if len(p.Inputs) != k.Manifest.Inputs {
		return fmt.Errorf("%w: %d public inputs, circuit %s has %d", ErrInvalidProof, len(p.Inputs), k.Spec.ID(), k.Manifest.Inputs)
	}
	if k.Spec.Kind == KindLayer {
		if p.Layer == nil {
			return fmt.Errorf("%w: a layer proof needs its layer statement", ErrInvalidProof)
		}
		if err := checkLayerCommitment(gp.Commitments, p.Layer); err != nil {
			return err
		}
	}
	pub, err := publicWitness(p.Inputs)
	if err != nil {
		return err
	}
	if err := groth16.Verify(gp, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

func publicWitness(inputs []*big.Int) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(inputs))
	for _, in := range inputs {
		if in == nil || in.Sign() < 0 || in.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("%w: public input is not a field element", ErrInvalidProof)
		}
		ch <- in
	}
	close(ch)
	if err := w.Fill(len(inputs), 0, ch); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return w, nil
}

func checkLayerCommitment(commitments []bn254.G1Affine, st *LayerStatement) error {
	if len(commitments) < 1 {
		return fmt.Errorf("%w: proof has no commitment", ErrInvalidProof)
	}
	w, err := pointFromBig(st.Weights)
	if err != nil {
		return fmt.Errorf("%w: weights commitment: %w", ErrMalformedProof, err)
	}
	a, err := pointFromBig(st.Activations)
	if err != nil {
		return fmt.Errorf("%w: activations commitment: %w", ErrMalformedProof, err)
	}
	var sum bn254.G1Affine
	sum.Add(&w, &a)
	if !sum.Equal(&commitments[0]) {
		return ErrCommitmentMismatch
	}
	return nil
}

func pointFromBig(c [2]*big.Int) (bn254.G1Affine, error) {
	var p bn254.G1Affine
	if c[0] == nil || c[1] == nil {
		return p, errors.New("missing coordinate")
	}
	var buf [64]byte
	if c[0].Sign() < 0 || c[1].Sign() < 0 || c[0].BitLen() > 256 || c[1].BitLen() > 256 {
		return p, errors.New("coordinate out of range")
	}
	c[0].FillBytes(buf[:32])
	c[1].FillBytes(buf[32:])
	return g1At(buf[:], 0)
}

func pointToBig(p *bn254.G1Affine) [2]*big.Int {
	return [2]*big.Int{fpBig(&p.X), fpBig(&p.Y)}
}
