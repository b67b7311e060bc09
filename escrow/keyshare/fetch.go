package keyshare

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/lat"
)

// ShareSource is somewhere a buyer can ask for a holder's release: an HTTP
// endpoint (HTTPSource) or a holder in the same process (LocalSource).
type ShareSource interface {
	// Name identifies the source in errors and output (an address, a URL).
	Name() string
	// Release asks for a release; an unreachable holder returns an error
	// wrapping ErrHolderUnavailable.
	Release(ctx context.Context, req *ReleaseRequest) (*Release, error)
}

// LocalSource serves releases from a Holder in the same process.
type LocalSource struct {
	Holder   *Holder
	Manifest *Manifest
}

var _ ShareSource = (*LocalSource)(nil)

// Name implements ShareSource.
func (s *LocalSource) Name() string { return "holder " + s.Holder.Address().Hex() }

// Release implements ShareSource.
func (s *LocalSource) Release(ctx context.Context, req *ReleaseRequest) (*Release, error) {
	return s.Holder.Release(ctx, s.Manifest, req)
}

// SourceFailure is why one source did not yield a valid share.
type SourceFailure struct {
	Source string
	// Holder is the slot's holder when the source returned a release that
	// named one, zero otherwise.
	Holder common.Address
	Err    error
}

func (f SourceFailure) String() string {
	if f.Holder != (common.Address{}) && !strings.Contains(f.Source, f.Holder.Hex()) {
		return fmt.Sprintf("%s (holder %s): %v", f.Source, f.Holder.Hex(), f.Err)
	}
	return fmt.Sprintf("%s: %v", f.Source, f.Err)
}

// ShortfallError is returned when fewer than the threshold of valid shares
// could be collected. It names every source that failed and why.
type ShortfallError struct {
	Threshold int
	Valid     int
	Failures  []SourceFailure
}

func (e *ShortfallError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d of %d needed", ErrNotEnoughShares.Error(), e.Valid, e.Threshold)
	if len(e.Failures) == 0 {
		b.WriteString("; no more holders to ask")
	}
	for i, f := range e.Failures {
		if i == 0 {
			b.WriteString("; failed: ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(f.String())
	}
	return b.String()
}

// Unwrap lets errors.Is find ErrNotEnoughShares and every failure's cause.
func (e *ShortfallError) Unwrap() []error {
	errs := []error{ErrNotEnoughShares}
	for _, f := range e.Failures {
		errs = append(errs, f.Err)
	}
	return errs
}

// FetchResult is the outcome of a successful Fetch.
type FetchResult struct {
	// Key is the data key; wipe it after use.
	Key []byte
	// Releases are the releases used, in the order they arrived.
	Releases []*Release
	// Failures are the sources that were asked and failed (the rest were
	// not needed).
	Failures []SourceFailure
}

// Fetch collects the threshold of valid shares for grant g from sources,
// reconstructs the data key and checks it against the manifest. It keeps t
// requests in flight and asks the next source whenever one fails, so it
// stops as soon as t valid shares arrive. Each release is verified
// (VerifyRelease): signature of the slot's holder, bound to this grant and
// buyer, share matching its commitment. With fewer than t valid shares it
// returns a *ShortfallError naming each failed source and why.
func Fetch(ctx context.Context, m *Manifest, g *lat.Grant, sources []ShareSource, buyerKey *ecdsa.PrivateKey) (*FetchResult, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	buyer := crypto.PubkeyToAddress(buyerKey.PublicKey)
	switch {
	case g.AssetID != m.AssetID:
		return nil, fmt.Errorf("%w: grant %s is for asset %s, manifest is %s", ErrGrantAssetMismatch, g.ID.Hex(), g.AssetID.Hex(), m.AssetID.Hex())
	case !m.AcceptsToken(g.Token):
		return nil, fmt.Errorf("%w: grant %s comes from token %s", ErrTokenNotAccepted, g.ID.Hex(), g.Token.Hex())
	case g.Holder != buyer:
		return nil, fmt.Errorf("%w: grant %s belongs to %s, not to the buyer key's %s", ErrNotGrantHolder, g.ID.Hex(), g.Holder.Hex(), buyer.Hex())
	case g.Tier < m.Tier:
		return nil, fmt.Errorf("%w: grant %s has tier %d, asset needs %d", ErrTierTooLow, g.ID.Hex(), g.Tier, m.Tier)
	}
	token := g.Token
	req := &ReleaseRequest{GrantID: g.ID, AssetID: m.AssetID, BuyerPublicKey: crypto.FromECDSAPub(&buyerKey.PublicKey), Token: &token}
	want := Expect{GrantID: g.ID, Token: g.Token}

	type result struct {
		pos int
		rel *Release
		err error
	}
	results := make(chan result)
	next, inflight := 0, 0
	launch := func() {
		pos, src := next, sources[next]
		next++
		inflight++
		go func() {
			rel, err := src.Release(ctx, req)
			results <- result{pos, rel, err}
		}()
	}
	var (
		shares   []Share
		used     []*Release
		failures []struct {
			pos int
			f   SourceFailure
		}
		seen = map[uint8]bool{}
	)
	defer func() {
		for _, s := range shares {
			clear(s.Y)
		}
	}()
	for inflight < m.Threshold && next < len(sources) {
		launch()
	}
	for inflight > 0 {
		res := <-results
		inflight--
		fail := func(holder common.Address, err error) {
			failures = append(failures, struct {
				pos int
				f   SourceFailure
			}{res.pos, SourceFailure{Source: sources[res.pos].Name(), Holder: holder, Err: err}})
		}
		switch {
		case res.err != nil:
			fail(common.Address{}, res.err)
		case res.rel == nil:
			fail(common.Address{}, fmt.Errorf("%w: empty answer", ErrBadRelease))
		default:
			share, err := VerifyRelease(m, res.rel, want, buyerKey)
			switch {
			case err != nil:
				fail(res.rel.Holder, err)
			case seen[share.X]:
				clear(share.Y)
				fail(res.rel.Holder, fmt.Errorf("%w: slot %d already collected", ErrDuplicateShare, share.X))
			default:
				seen[share.X] = true
				shares = append(shares, share)
				used = append(used, res.rel)
			}
		}
		for inflight < m.Threshold-len(shares) && next < len(sources) {
			launch()
		}
	}
	sort.SliceStable(failures, func(i, j int) bool { return failures[i].pos < failures[j].pos })
	fs := make([]SourceFailure, len(failures))
	for i, f := range failures {
		fs[i] = f.f
	}
	if len(shares) < m.Threshold {
		return nil, &ShortfallError{Threshold: m.Threshold, Valid: len(shares), Failures: fs}
	}
	key, err := Combine(shares)
	if err != nil {
		return nil, err
	}
	if err := m.CheckKey(key); err != nil {
		clear(key)
		return nil, fmt.Errorf("%w: shares matched their commitments but do not rebuild the committed key (the manifest was built dishonestly)", err)
	}
	return &FetchResult{Key: key, Releases: used, Failures: fs}, nil
}

// CombineReleases verifies releases the buyer already holds (for instance
// files written by `dip asset release`) and rebuilds the data key. When
// want.GrantID is zero, the first release's grant is expected of all.
// Invalid releases are skipped and reported; fewer than t valid ones give a
// *ShortfallError.
func CombineReleases(m *Manifest, releases []*Release, want Expect, buyerKey *ecdsa.PrivateKey) ([]byte, []SourceFailure, error) {
	if err := m.Validate(); err != nil {
		return nil, nil, err
	}
	if want.GrantID == (common.Hash{}) && len(releases) > 0 && releases[0] != nil {
		want.GrantID = releases[0].GrantID
	}
	var (
		shares   []Share
		failures []SourceFailure
		seen     = map[uint8]bool{}
	)
	defer func() {
		for _, s := range shares {
			clear(s.Y)
		}
	}()
	for i, r := range releases {
		name := fmt.Sprintf("release %d", i+1)
		if r == nil {
			failures = append(failures, SourceFailure{Source: name, Err: fmt.Errorf("%w: empty", ErrBadRelease)})
			continue
		}
		share, err := VerifyRelease(m, r, want, buyerKey)
		switch {
		case err != nil:
			failures = append(failures, SourceFailure{Source: name, Holder: r.Holder, Err: err})
		case seen[share.X]:
			clear(share.Y)
			failures = append(failures, SourceFailure{Source: name, Holder: r.Holder, Err: fmt.Errorf("%w: slot %d", ErrDuplicateShare, share.X)})
		default:
			seen[share.X] = true
			shares = append(shares, share)
		}
	}
	if len(shares) < m.Threshold {
		return nil, failures, &ShortfallError{Threshold: m.Threshold, Valid: len(shares), Failures: failures}
	}
	key, err := Combine(shares[:m.Threshold])
	if err != nil {
		return nil, failures, err
	}
	if err := m.CheckKey(key); err != nil {
		clear(key)
		return nil, failures, err
	}
	return key, failures, nil
}
