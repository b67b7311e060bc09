package keyshare

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

// stubSource answers with a fixed release or error and counts calls.
type stubSource struct {
	name  string
	rel   *Release
	err   error
	calls atomic.Int32
}

func (s *stubSource) Name() string { return s.name }
func (s *stubSource) Release(ctx context.Context, _ *ReleaseRequest) (*Release, error) {
	s.calls.Add(1)
	return s.rel, s.err
}

func (f *fixture) localSources() []ShareSource {
	srcs := make([]ShareSource, len(f.holderKeys))
	for i := range f.holderKeys {
		srcs[i] = &LocalSource{Holder: f.holder(i), Manifest: f.m}
	}
	return srcs
}

func TestFetchCollectsThresholdAndDecrypts(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 5, 3)
	offline := &stubSource{name: "offline holder", err: fmt.Errorf("%w: connection refused", ErrHolderUnavailable)}
	srcs := append([]ShareSource{offline}, f.localSources()...)
	res, err := Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Releases) != 3 || len(res.Failures) != 1 || res.Failures[0].Source != "offline holder" {
		t.Fatalf("used %d releases, failures %v", len(res.Releases), res.Failures)
	}
	var out bytes.Buffer
	if err := Open(f.m, &out, bytes.NewReader(f.sealed), res.Key); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), f.plain) {
		t.Fatal("plaintext differs")
	}
}

func TestFetchStopsAtThreshold(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 4, 2)
	counted := make([]*stubSource, 4)
	srcs := make([]ShareSource, 4)
	for i := range counted {
		counted[i] = &stubSource{name: fmt.Sprint(i), rel: f.releaseFor(t, i)}
		srcs[i] = counted[i]
	}
	if _, err := Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey); err != nil {
		t.Fatal(err)
	}
	for i, s := range counted {
		want := int32(0)
		if i < 2 {
			want = 1
		}
		if got := s.calls.Load(); got != want {
			t.Errorf("source %d asked %d times, want %d", i, got, want)
		}
	}
}

func TestFetchShortfallNamesFailedHolders(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 3)
	tampered := f.releaseFor(t, 1)
	tampered.EncryptedShare[80] ^= 1
	replayed := f.releaseFor(t, 2)
	replayed.GrantID[0] ^= 1
	srcs := []ShareSource{
		&LocalSource{Holder: f.holder(0), Manifest: f.m},
		&stubSource{name: "holder-2", rel: tampered},
		&stubSource{name: "holder-3", rel: replayed},
		&stubSource{name: "holder-4", err: fmt.Errorf("%w: timeout", ErrHolderUnavailable)},
	}
	_, err := Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey)
	var se *ShortfallError
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want *ShortfallError", err)
	}
	if se.Valid != 1 || se.Threshold != 3 || len(se.Failures) != 3 {
		t.Fatalf("shortfall %+v", se)
	}
	for i, want := range []error{ErrBadSignature, ErrReplayedRelease, ErrHolderUnavailable} {
		if !errors.Is(se.Failures[i].Err, want) {
			t.Errorf("failure %d (%s) = %v, want %v", i, se.Failures[i].Source, se.Failures[i].Err, want)
		}
	}
	msg := err.Error()
	for _, want := range []string{"1 of 3", "holder-2", "holder-3", "holder-4", f.m.Holders[1].Address.Hex()} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	if !errors.Is(err, ErrNotEnoughShares) || !errors.Is(err, ErrBadSignature) {
		t.Error("errors.Is does not see through ShortfallError")
	}
}

func TestFetchRefusesDuplicatesAndWrongGrant(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	r := f.releaseFor(t, 0)
	srcs := []ShareSource{&stubSource{name: "a", rel: r}, &stubSource{name: "b", rel: r}}
	_, err := Fetch(context.Background(), f.m, f.grant, srcs, f.buyerKey)
	if !errors.Is(err, ErrDuplicateShare) || !errors.Is(err, ErrNotEnoughShares) {
		t.Fatalf("same share twice: err = %v", err)
	}
	// Fetching with someone else's grant fails before asking anyone.
	if _, err := Fetch(context.Background(), f.m, f.grant, f.localSources(), f.stranger); !errors.Is(err, ErrNotGrantHolder) {
		t.Fatalf("stranger: err = %v, want ErrNotGrantHolder", err)
	}
	low := *f.grant
	low.Tier = 1
	if _, err := Fetch(context.Background(), f.m, &low, f.localSources(), f.buyerKey); !errors.Is(err, ErrTierTooLow) {
		t.Fatalf("low tier: err = %v, want ErrTierTooLow", err)
	}
	foreign := *f.grant
	foreign.Token = otherToken
	if _, err := Fetch(context.Background(), f.m, &foreign, f.localSources(), f.buyerKey); !errors.Is(err, ErrTokenNotAccepted) {
		t.Fatalf("foreign token: err = %v, want ErrTokenNotAccepted", err)
	}
	if _, err := Fetch(context.Background(), f.m, f.grant, nil, f.buyerKey); !errors.Is(err, ErrNotEnoughShares) {
		t.Fatalf("no sources: err = %v, want ErrNotEnoughShares", err)
	}
}

func TestCombineReleases(t *testing.T) {
	t.Parallel()
	f := newFixture(t, 3, 2)
	r1, r2, r3 := f.releaseFor(t, 0), f.releaseFor(t, 1), f.releaseFor(t, 2)
	bad := cloneRelease(t, r2)
	bad.Signature[5] ^= 1
	key, failures, err := CombineReleases(f.m, []*Release{bad, r3, r1}, Expect{GrantID: f.grant.ID}, f.buyerKey)
	if err != nil {
		t.Fatal(err)
	}
	if len(failures) != 1 || !errors.Is(failures[0].Err, ErrBadSignature) {
		t.Fatalf("failures %v", failures)
	}
	if err := f.m.CheckKey(key); err != nil {
		t.Fatal(err)
	}
	if _, _, err := CombineReleases(f.m, []*Release{r1}, Expect{}, f.buyerKey); !errors.Is(err, ErrNotEnoughShares) {
		t.Fatalf("one release: err = %v, want ErrNotEnoughShares", err)
	}
	if _, _, err := CombineReleases(f.m, []*Release{r1, r1}, Expect{}, f.buyerKey); !errors.Is(err, ErrDuplicateShare) {
		t.Fatalf("same release twice: err = %v, want ErrDuplicateShare", err)
	}
	if _, _, err := CombineReleases(f.m, []*Release{r1, r2}, Expect{}, f.stranger); !errors.Is(err, ErrReplayedRelease) {
		t.Fatalf("stranger with the buyer's releases: err = %v, want ErrReplayedRelease", err)
	}
}
