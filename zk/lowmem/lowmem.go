// Package lowmem proves gnark Groth16 circuits over BN254 with a smaller peak
// heap than gnark's own prover. Its proofs are gnark proofs: same key, same
// verifier, same commitment scheme (BSB22 Pedersen commitments folded into
// one proof of knowledge), same hash to field, so gnark's Verify, its exported
// Solidity verifier and zk's Groth16Verifier accept them.
//
// What differs is the schedule. gnark's prover runs its five multi-scalar
// multiplications (MSMs) at the same time and copies the wire values once per
// MSM (filtered A, filtered B, private K), so during a proof it holds the
// solution, three copies of it and the digit arrays of four MSMs at once, and
// leaves them to the garbage collector. This prover runs the MSMs one after
// the other, each on every core, filters the wire values in place for A and
// K and copies only B's (few) values, computes the commitments and their
// proof of knowledge in bounded chunks, and collects each phase's scratch
// memory before the next phase allocates (an explicit runtime.GC between
// phases; the heap is mostly pointer-free key arrays, so each collection is
// short). With the key resident, the peak heap is the key, the constraint
// system and the witness plus about three arrays of one field element per
// wire. docs/zk.md ("Prover memory") has the measurements.
package lowmem

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/hash_to_field"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	fcs "github.com/consensys/gnark/frontend/cs"
)

// minChunk is the smallest number of points per MSM in the commitment
// computations, which run in eighths above it, with a collection between
// chunks. An MSM's scratch (digits and bucket arrays, about 250 bytes per G1
// point here) then stays near an eighth of the committed wires, for at most
// seven more collections per commitment MSM (about 17 ms each at 2^20).
const minChunk = 1 << 16

// ErrUnsupported reports a constraint system or key this package cannot
// prove with: only BN254 R1CS systems and Groth16 keys are supported.
var ErrUnsupported = errors.New("lowmem: unsupported constraint system or key")

// ErrMismatch reports a proving key that does not belong to the constraint
// system (different wire or constraint counts, or different commitments).
var ErrMismatch = errors.New("lowmem: proving key does not match the constraint system")

// Prove returns a Groth16 proof that fullWitness satisfies r1cs under pk, as
// gnark's groth16.Prove would (options included: the hash to field, solver
// options and hint overrides are honoured). It is safe for concurrent use with
// distinct or shared keys and constraint systems, which it does not modify;
// concurrent proofs add their working memory up, so callers bounding memory
// should bound concurrency.
func Prove(ccs constraint.ConstraintSystem, provingKey groth16.ProvingKey, fullWitness witness.Witness, opts ...backend.ProverOption) (*groth16bn254.Proof, error) {
	return ProveContext(context.Background(), ccs, provingKey, fullWitness, opts...)
}

// ProveContext is Prove, giving up with ctx's error at the next phase
// boundary (after solving, after H, after each MSM) once ctx is done. A phase
// itself is not interrupted: the longest, solving or the G2 MSM, takes a few
// seconds at 2^20 constraints on two cores.
func ProveContext(ctx context.Context, ccs constraint.ConstraintSystem, provingKey groth16.ProvingKey, fullWitness witness.Witness, opts ...backend.ProverOption) (*groth16bn254.Proof, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Between phases: collect the phase's scratch, and stop if asked to.
	next := func() error {
		runtime.GC()
		return ctx.Err()
	}
	r1cs, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, fmt.Errorf("%w: %T is not a BN254 R1CS", ErrUnsupported, ccs)
	}
	pk, ok := provingKey.(*groth16bn254.ProvingKey)
	if !ok {
		return nil, fmt.Errorf("%w: %T is not a BN254 Groth16 proving key", ErrUnsupported, provingKey)
	}
	opt, err := backend.NewProverConfig(opts...)
	if err != nil {
		return nil, fmt.Errorf("lowmem: prover options: %w", err)
	}
	if opt.HashToFieldFn == nil {
		opt.HashToFieldFn = hash_to_field.New([]byte(constraint.CommitmentDst))
	}
	info, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return nil, fmt.Errorf("%w: commitments are not Groth16 commitments", ErrMismatch)
	}
	if err := checkShapes(r1cs, pk, info); err != nil {
		return nil, err
	}

	proof := &groth16bn254.Proof{Commitments: make([]curve.G1Affine, len(info))}

	// The commitment hint: commit to the private committed wires (chunked
	// MSM), hash the commitment and the public committed values to the field.
	var hashMu sync.Mutex
	bsb22 := solver.GetHintID(fcs.Bsb22CommitmentComputePlaceholder)
	solverOpts := append(opt.SolverOpts[:len(opt.SolverOpts):len(opt.SolverOpts)],
		solver.OverrideHint(bsb22, func(_ *big.Int, in []*big.Int, out []*big.Int) error {
			i := int(in[0].Int64())
			if i < 0 || i >= len(info) {
				return fmt.Errorf("lowmem: commitment %d out of range", i)
			}
			in = in[1:]
			// The solver has produced garbage (hint inputs and outputs) since
			// it started; collect it before this hint's MSMs add theirs.
			runtime.GC()
			hashed := in[:len(info[i].PublicAndCommitmentCommitted)]
			committed := in[len(hashed):]
			c, err := chunkedMSM(pk.CommitmentKeys[i].Basis, len(committed), func(j int, v *fr.Element) { v.SetBigInt(committed[j]) })
			if err != nil {
				return err
			}
			proof.Commitments[i] = c
			hashMu.Lock()
			defer hashMu.Unlock()
			h := opt.HashToFieldFn
			h.Write(constraint.SerializeCommitment(c.Marshal(), hashed, (fr.Bits-1)/8+1))
			sum := h.Sum(nil)
			h.Reset()
			nb := min(fr.Bytes, h.Size())
			var res fr.Element
			res.SetBytes(sum[:nb])
			res.BigInt(out[0])
			return nil
		}))

	sol, err := r1cs.Solve(fullWitness, solverOpts...)
	if err != nil {
		return nil, err
	}
	solution := sol.(*cs.R1CSSolution)
	w := []fr.Element(solution.W)
	a, b, c := []fr.Element(solution.A), []fr.Element(solution.B), []fr.Element(solution.C)
	solution = nil
	sol = nil
	if err := next(); err != nil { // the solver's bookkeeping and the hint inputs
		return nil, err
	}

	// Proof of knowledge of the committed values, folded over the commitments.
	if len(info) > 0 {
		poks := make([]curve.G1Affine, len(info))
		for i := range info {
			idx := info[i].PrivateCommitted
			if poks[i], err = chunkedMSM(pk.CommitmentKeys[i].BasisExpSigma, len(idx), func(j int, v *fr.Element) { *v = w[idx[j]] }); err != nil {
				return nil, err
			}
		}
		serialized := make([]byte, fr.Bytes*len(info))
		for i := range info {
			copy(serialized[fr.Bytes*i:], w[info[i].CommitmentIndex].Marshal())
		}
		challenge, err := fr.Hash(serialized, []byte("G16-BSB22"), 1)
		if err != nil {
			return nil, err
		}
		if _, err := proof.CommitmentPok.Fold(poks, challenge[0], ecc.MultiExpConfig{NbTasks: 1}); err != nil {
			return nil, err
		}
	}

	// H = (A·B - C) / Z on the coset, in place in a's storage.
	h := computeH(a, b, c, &pk.Domain)
	a, b, c = nil, nil, nil
	if err := next(); err != nil {
		return nil, err
	}

	var r, s, kr fr.Element
	if _, err := r.SetRandom(); err != nil {
		return nil, err
	}
	if _, err := s.SetRandom(); err != nil {
		return nil, err
	}
	kr.Mul(&r, &s).Neg(&kr)
	var rBig, sBig big.Int
	r.BigInt(&rBig)
	s.BigInt(&sBig)
	deltas := curve.BatchScalarMultiplicationG1(&pk.G1.Delta, []fr.Element{r, s, kr})

	cpus := runtime.GOMAXPROCS(0)
	g1 := ecc.MultiExpConfig{NbTasks: cpus}
	g2 := ecc.MultiExpConfig{NbTasks: cpus}
	if cpus <= 16 {
		g2.NbTasks = 2 * cpus // as gnark: smaller tasks balance the G2 MSM better on few cores
	}

	var krs curve.G1Jac
	sizeH := int(pk.Domain.Cardinality - 1) // deg H = n - 2
	if _, err := krs.MultiExp(pk.G1.Z, h[:sizeH], g1); err != nil {
		return nil, err
	}
	h = nil
	if err := next(); err != nil {
		return nil, err
	}

	var ar curve.G1Jac
	// Few wires are absent from A: its values are compacted in place.
	if err := withFiltered(w, pk.InfinityA, pk.NbInfinityA, func(v []fr.Element) error {
		_, err := ar.MultiExp(pk.G1.A, v, g1)
		return err
	}); err != nil {
		return nil, err
	}
	ar.AddMixed(&pk.G1.Alpha)
	ar.AddMixed(&deltas[0])
	proof.Ar.FromJacobian(&ar)
	if err := next(); err != nil {
		return nil, err
	}

	// Most wires are absent from B (a real key marks them with infinity), so
	// B's values are copied out rather than compacted in place.
	var bs1 curve.G1Jac
	var bs curve.G2Jac
	vb := make([]fr.Element, 0, len(pk.G1.B))
	for i := range w {
		if !pk.InfinityB[i] {
			vb = append(vb, w[i])
		}
	}
	if _, err := bs1.MultiExp(pk.G1.B, vb, g1); err != nil {
		return nil, err
	}
	if err := next(); err != nil {
		return nil, err
	}
	if _, err := bs.MultiExp(pk.G2.B, vb, g2); err != nil {
		return nil, err
	}
	vb = nil
	bs1.AddMixed(&pk.G1.Beta)
	bs1.AddMixed(&deltas[1])
	var deltaS curve.G2Jac
	deltaS.FromAffine(&pk.G2.Delta)
	deltaS.ScalarMultiplication(&deltaS, &sBig)
	bs.AddAssign(&deltaS)
	bs.AddMixed(&pk.G2.Beta)
	proof.Bs.FromJacobian(&bs)
	if err := next(); err != nil {
		return nil, err
	}

	// K covers the private wires that are neither committed nor commitments;
	// w is not needed afterwards, so it is filtered in place for good.
	k := compactPrivate(w, r1cs.GetNbPublicVariables(), info)
	if len(k) != len(pk.G1.K) {
		return nil, fmt.Errorf("%w: %d K points for %d private wires", ErrMismatch, len(pk.G1.K), len(k))
	}
	var kpart, p curve.G1Jac
	if _, err := kpart.MultiExp(pk.G1.K, k, g1); err != nil {
		return nil, err
	}
	krs.AddAssign(&kpart)
	krs.AddMixed(&deltas[2])
	p.ScalarMultiplication(&ar, &sBig)
	krs.AddAssign(&p)
	p.ScalarMultiplication(&bs1, &rBig)
	krs.AddAssign(&p)
	proof.Krs.FromJacobian(&krs)
	return proof, nil
}

// checkShapes rejects a key whose arrays do not fit the constraint system, so
// that a wrong key is an error and not an index panic.
func checkShapes(r1cs *cs.R1CS, pk *groth16bn254.ProvingKey, info constraint.Groth16Commitments) error {
	nbWires := r1cs.NbInternalVariables + r1cs.GetNbPublicVariables() + r1cs.GetNbSecretVariables()
	switch {
	case len(pk.InfinityA) != nbWires || len(pk.InfinityB) != nbWires:
		return fmt.Errorf("%w: key for %d wires, constraint system has %d", ErrMismatch, len(pk.InfinityA), nbWires)
	case uint64(len(pk.G1.A))+pk.NbInfinityA != uint64(nbWires) || uint64(len(pk.G1.B))+pk.NbInfinityB != uint64(nbWires) ||
		len(pk.G2.B) != len(pk.G1.B):
		return fmt.Errorf("%w: A/B point counts do not match the infinity markers", ErrMismatch)
	case pk.Domain.Cardinality < uint64(r1cs.GetNbConstraints()) || len(pk.G1.Z) < int(pk.Domain.Cardinality-1):
		return fmt.Errorf("%w: domain of %d for %d constraints", ErrMismatch, pk.Domain.Cardinality, r1cs.GetNbConstraints())
	case len(pk.CommitmentKeys) != len(info):
		return fmt.Errorf("%w: %d commitment keys for %d commitments", ErrMismatch, len(pk.CommitmentKeys), len(info))
	}
	for i := range info {
		if len(pk.CommitmentKeys[i].Basis) != len(info[i].PrivateCommitted) || len(pk.CommitmentKeys[i].BasisExpSigma) != len(info[i].PrivateCommitted) {
			return fmt.Errorf("%w: commitment %d key has %d points for %d committed wires", ErrMismatch, i, len(pk.CommitmentKeys[i].Basis), len(info[i].PrivateCommitted))
		}
	}
	return nil
}

// chunkedMSM returns sum_j value(j)·points[j] for j < n, materializing at most
// max(minChunk, n/8) scalars at a time.
func chunkedMSM(points []curve.G1Affine, n int, value func(j int, v *fr.Element)) (curve.G1Affine, error) {
	var res curve.G1Affine
	if n != len(points) {
		return res, fmt.Errorf("%w: %d committed values for %d basis points", ErrMismatch, n, len(points))
	}
	chunk := max(minChunk, (n+7)/8)
	scalars := make([]fr.Element, min(n, chunk))
	var acc, part curve.G1Jac
	cfg := ecc.MultiExpConfig{NbTasks: runtime.GOMAXPROCS(0)}
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		s := scalars[:hi-lo]
		for j := range s {
			value(lo+j, &s[j])
		}
		if _, err := part.MultiExp(points[lo:hi], s, cfg); err != nil {
			return res, err
		}
		acc.AddAssign(&part)
		if hi < n {
			runtime.GC() // the MSM's bucket arrays, before the next chunk allocates its own
		}
	}
	res.FromJacobian(&acc)
	return res, nil
}

// withFiltered calls f with the values of w whose marker in infinity is false,
// in order, compacted in w's own storage; the others are kept aside and w is
// restored before withFiltered returns.
func withFiltered(w []fr.Element, infinity []bool, nbInfinity uint64, f func([]fr.Element) error) error {
	removed := make([]fr.Element, 0, nbInfinity)
	j := 0
	for i := range w {
		if infinity[i] {
			removed = append(removed, w[i])
			continue
		}
		w[j] = w[i]
		j++
	}
	err := f(w[:j])
	// Restore from the back: the compacted value for position i sits at
	// index j-1 <= i, so nothing is overwritten before it is read.
	j--
	k := len(removed) - 1
	for i := len(w) - 1; i >= 0; i-- {
		if infinity[i] {
			w[i] = removed[k]
			k--
		} else {
			w[i] = w[j]
			j--
		}
	}
	return err
}

// compactPrivate moves the private wires (index >= nbPublic) that are neither
// privately committed nor commitment wires to the front of w, in order, and
// returns them.
func compactPrivate(w []fr.Element, nbPublic int, info constraint.Groth16Commitments) []fr.Element {
	// One byte per wire: a set of the ~2 committed wires per constraint as a
	// map would cost tens of bytes each at the proof's peak.
	skip := make([]bool, len(w))
	for i := range info {
		for _, id := range info[i].PrivateCommitted {
			skip[id] = true
		}
		skip[info[i].CommitmentIndex] = true
	}
	j := 0
	for i := nbPublic; i < len(w); i++ {
		if skip[i] {
			continue
		}
		w[j] = w[i]
		j++
	}
	return w[:j]
}

// computeH returns the coefficients of H = (A·B - C)/Z, using a's storage
// (whose capacity the solver sized to the domain) for the result and b's and
// c's for their transforms.
func computeH(a, b, c []fr.Element, domain *fft.Domain) []fr.Element {
	n := int(domain.Cardinality)
	pad := func(v []fr.Element) []fr.Element {
		m := len(v)
		if cap(v) < n {
			v = append(v, make([]fr.Element, n-m)...)
		}
		v = v[:n]
		clear(v[m:])
		return v
	}
	a, b, c = pad(a), pad(b), pad(c)
	for _, v := range [][]fr.Element{a, b, c} {
		domain.FFTInverse(v, fft.DIF)
		domain.FFT(v, fft.DIT, fft.OnCoset())
	}
	var den, one fr.Element
	one.SetOne()
	den.Exp(domain.FrMultiplicativeGen, big.NewInt(int64(domain.Cardinality)))
	den.Sub(&den, &one).Inverse(&den)
	parallelize(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			a[i].Mul(&a[i], &b[i]).Sub(&a[i], &c[i]).Mul(&a[i], &den)
		}
	})
	domain.FFTInverse(a, fft.DIF, fft.OnCoset())
	return a
}

// parallelize splits [0, n) over the available cores.
func parallelize(n int, f func(lo, hi int)) {
	tasks := runtime.GOMAXPROCS(0)
	per := (n + tasks - 1) / tasks
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += per {
		hi := min(lo+per, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}

// DropFFTTables replaces pk's FFT domain by an equal one without precomputed
// twiddle and coset tables (four field elements per domain point, about 128
// bytes per constraint). FFTs then compute their twiddles as they go: about
// a third slower, which is 1-2% of a proof. Proofs are unchanged.
func DropFFTTables(provingKey groth16.ProvingKey) error {
	pk, ok := provingKey.(*groth16bn254.ProvingKey)
	if !ok {
		return fmt.Errorf("%w: %T is not a BN254 Groth16 proving key", ErrUnsupported, provingKey)
	}
	d := fft.NewDomain(pk.Domain.Cardinality, fft.WithoutPrecompute(), fft.WithShift(pk.Domain.FrMultiplicativeGen))
	if d.Cardinality != pk.Domain.Cardinality || !d.Generator.Equal(&pk.Domain.Generator) ||
		!d.FrMultiplicativeGen.Equal(&pk.Domain.FrMultiplicativeGen) || !d.CardinalityInv.Equal(&pk.Domain.CardinalityInv) {
		return fmt.Errorf("%w: cannot rebuild the key's FFT domain", ErrMismatch)
	}
	pk.Domain = *d
	return nil
}
