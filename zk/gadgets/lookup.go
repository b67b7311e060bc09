package gadgets

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
)

func init() {
	solver.RegisterHint(multiplicityHint)
}

// LookupSet asserts that linear expressions belong to a fixed set of
// constants with a log-derivative (LogUp, Haböck 2022) argument:
//
//	sum_q 1/(c - q) == sum_t m_t/(c - t)
//
// where m_t counts the queries equal to entry t and c is a challenge derived
// from a Pedersen commitment to the queries and the multiplicities (gnark's
// multicommit, shared with every other gadget that needs randomness). Cost:
// one constraint per query and one per entry. gnark's std/rangecheck spends
// two constraints per small check (a decomposition and a query) and
// std/lookup/logderivlookup two per lookup (the query is a random linear
// combination of index and value); here a query is a single linear
// expression, so the caller must encode multi-column entries injectively.
//
// Soundness: if some query is not in the set, the two sides are distinct
// rational functions of c (the multiplicities are committed before c is
// drawn, and there are fewer queries than the field characteristic), so the
// check passes with probability at most (#queries + #entries)/r.
type LookupSet struct {
	entries []*big.Int
	queries []frontend.Variable
	closed  bool
}

// NewLookupSet returns a set over the given constant entries (distinct).
// Queries are collected until the circuit is compiled.
func NewLookupSet(api frontend.API, entries []*big.Int) *LookupSet {
	s := &LookupSet{entries: entries}
	api.Compiler().Defer(s.commit)
	return s
}

// NewRangeSet returns the set [0, 2^nbBits).
func NewRangeSet(api frontend.API, nbBits int) *LookupSet {
	entries := make([]*big.Int, 1<<nbBits)
	for i := range entries {
		entries[i] = big.NewInt(int64(i))
	}
	return NewLookupSet(api, entries)
}

// Assert records that v must be one of the entries.
func (s *LookupSet) Assert(v frontend.Variable) {
	if s.closed {
		panic("gadgets: LookupSet queried after compilation")
	}
	s.queries = append(s.queries, v)
}

// Len returns the number of queries so far.
func (s *LookupSet) Len() int { return len(s.queries) }

func (s *LookupSet) commit(api frontend.API) error {
	s.closed = true
	if len(s.queries) == 0 {
		return nil
	}
	in := make([]frontend.Variable, 0, 1+len(s.entries)+len(s.queries))
	in = append(in, len(s.entries))
	for _, e := range s.entries {
		in = append(in, e)
	}
	in = append(in, s.queries...)
	counts, err := api.Compiler().NewHint(multiplicityHint, len(s.entries), in...)
	if err != nil {
		return err
	}
	toCommit := append(append([]frontend.Variable{}, s.queries...), counts...)
	multicommit.WithCommitment(api, func(api frontend.API, c frontend.Variable) error {
		lhs := make([]frontend.Variable, len(s.queries))
		for i, q := range s.queries {
			lhs[i] = api.Sub(c, q)
		}
		// One batch inversion in the solver (one field inversion and three
		// multiplications per query) instead of one inversion per query; the
		// constraints are the same, res * (c - q) == 1 each.
		if bi, ok := api.(frontend.BatchInverter); ok {
			lhs = bi.BatchInvert(lhs)
		} else {
			for i := range lhs {
				lhs[i] = api.Inverse(lhs[i])
			}
		}
		rhs := make([]frontend.Variable, len(s.entries))
		for i, e := range s.entries {
			rhs[i] = api.DivUnchecked(counts[i], api.Sub(c, e))
		}
		api.AssertIsEqual(sumTree(api, lhs), sumTree(api, rhs))
		return nil
	}, toCommit...)
	return nil
}

func sumTree(api frontend.API, v []frontend.Variable) frontend.Variable {
	switch len(v) {
	case 0:
		return 0
	case 1:
		return v[0]
	default:
		return api.Add(v[0], v[1], v[2:]...)
	}
}

// multiplicityHint counts how often each entry is queried.
// Inputs: n, entries (n), queries; outputs: n counts.
func multiplicityHint(_ *big.Int, in []*big.Int, out []*big.Int) error {
	if len(in) < 1 {
		return fmt.Errorf("multiplicity hint: no inputs")
	}
	n := int(in[0].Int64())
	if n != len(out) || len(in) < 1+n {
		return fmt.Errorf("multiplicity hint: %d entries, %d outputs, %d inputs", n, len(out), len(in))
	}
	index := make(map[string]int, n)
	for i := 0; i < n; i++ {
		index[string(in[1+i].Bytes())] = i
		out[i].SetUint64(0)
	}
	for _, q := range in[1+n:] {
		i, ok := index[string(q.Bytes())]
		if !ok {
			// An honest prover never gets here; a dishonest one fails the check anyway.
			return fmt.Errorf("multiplicity hint: value %s not in the set", q)
		}
		out[i].Add(out[i], big.NewInt(1))
	}
	return nil
}
