package deliberation

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/settlement"
)

// Limits of a manifest.
const (
	// MaxParticipants bounds a session's participant list.
	MaxParticipants = 1024
	// MaxRounds bounds a session's rounds.
	MaxRounds = 16
	// MaxManifestBytes bounds a manifest envelope on the wire.
	MaxManifestBytes = 128 << 10
)

// ManifestType is the EIP-712 type of a session manifest, signed under the
// guild Settlement's domain like every other DIP message.
const (
	ManifestType = "SessionManifest(address target,uint256 subjectId,uint256 sessionNonce,uint64 credits,uint64 opens,address[] participants,Round[] rounds)Round(uint64 proposeUntil,uint64 closesAt)"
	RoundType    = "Round(uint64 proposeUntil,uint64 closesAt)"
)

var (
	manifestTypeHash = crypto.Keccak256Hash([]byte(ManifestType))
	roundTypeHash    = crypto.Keccak256Hash([]byte(RoundType))
)

// Round is one round's schedule, in unix seconds: proposals are accepted
// from the round's opening (the session's Opens for round 0, the previous
// round's ClosesAt after) until ProposeUntil, evaluations and ballots from
// ProposeUntil until ClosesAt. Deadlines are exclusive.
type Round struct {
	ProposeUntil uint64
	ClosesAt     uint64
}

// Manifest describes a session: what it settles, who takes part, when and
// with what budget. Its session id is Settlement's sessionId(target,
// subjectId, sessionNonce); the last round is the one claimed on chain.
type Manifest struct {
	Target       common.Address
	SubjectID    *big.Int
	Nonce        *big.Int
	Credits      uint64
	Opens        uint64
	Participants []common.Address
	Rounds       []Round
}

// ID returns the session id messages are signed over.
func (m *Manifest) ID() common.Hash { return dipmsg.SessionID(m.Target, m.SubjectID, m.Nonce) }

// Settlement returns the settlement session of round r under domain d.
func (m *Manifest) Settlement(d dipmsg.Domain, r uint32) settlement.Session {
	return settlement.Session{Domain: d, Target: m.Target, SubjectID: m.SubjectID, Nonce: m.Nonce, Round: r, Credits: m.Credits}
}

// LastRound returns the index of the round claimed on chain.
func (m *Manifest) LastRound() uint32 { return uint32(len(m.Rounds) - 1) }

// RoundOpens returns when round r opens, in unix seconds.
func (m *Manifest) RoundOpens(r uint32) uint64 {
	if r == 0 {
		return m.Opens
	}
	return m.Rounds[r-1].ClosesAt
}

// ClosesAt returns when the session's last round closes.
func (m *Manifest) ClosesAt() time.Time {
	return time.Unix(int64(m.Rounds[len(m.Rounds)-1].ClosesAt), 0)
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Check validates the manifest's fields (ErrBadManifest).
func (m *Manifest) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadManifest, fmt.Sprintf(format, a...))
	}
	switch {
	case m.Target == (common.Address{}):
		return bad("target is the zero address")
	case m.SubjectID == nil || m.SubjectID.Sign() < 0 || m.SubjectID.Cmp(maxUint256) > 0:
		return bad("subject id must be a uint256")
	case m.Nonce == nil || m.Nonce.Sign() < 0 || m.Nonce.Cmp(maxUint256) > 0:
		return bad("session nonce must be a uint256")
	case m.Credits == 0:
		return bad("credits must be positive")
	case len(m.Participants) == 0 || len(m.Participants) > MaxParticipants:
		return bad("%d participants, want 1..%d", len(m.Participants), MaxParticipants)
	case len(m.Rounds) == 0 || len(m.Rounds) > MaxRounds:
		return bad("%d rounds, want 1..%d", len(m.Rounds), MaxRounds)
	}
	seen := make(map[common.Address]bool, len(m.Participants))
	for _, p := range m.Participants {
		if p == (common.Address{}) {
			return bad("a participant is the zero address")
		}
		if seen[p] {
			return bad("participant %s listed twice", p.Hex())
		}
		seen[p] = true
	}
	open := m.Opens
	for i, r := range m.Rounds {
		if r.ProposeUntil <= open || r.ClosesAt <= r.ProposeUntil {
			return bad("round %d: want opens (%d) < proposeUntil (%d) < closesAt (%d)", i, open, r.ProposeUntil, r.ClosesAt)
		}
		open = r.ClosesAt
	}
	if open > 1<<62 {
		return bad("deadlines beyond year 10^11")
	}
	return nil
}

// StructHash returns the manifest's EIP-712 struct hash.
func (m *Manifest) StructHash() common.Hash {
	parts := make([][]byte, len(m.Participants))
	for i, p := range m.Participants {
		parts[i] = common.LeftPadBytes(p[:], 32)
	}
	rounds := make([][]byte, len(m.Rounds))
	for i, r := range m.Rounds {
		rounds[i] = crypto.Keccak256(roundTypeHash[:], u64Word(r.ProposeUntil), u64Word(r.ClosesAt))
	}
	return crypto.Keccak256Hash(manifestTypeHash[:], common.LeftPadBytes(m.Target[:], 32),
		uWord(m.SubjectID), uWord(m.Nonce), u64Word(m.Credits), u64Word(m.Opens),
		crypto.Keccak256(parts...), crypto.Keccak256(rounds...))
}

// Digest returns the EIP-712 digest the orchestrator signs under d.
func (m *Manifest) Digest(d dipmsg.Domain) common.Hash {
	return dipmsg.TypedDataHash(d.Separator(), m.StructHash())
}

func u64Word(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func uWord(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return common.LeftPadBytes(v.Bytes(), 32)
}

// SignedManifest is a manifest with the orchestrator's signature and the
// domain it was signed under.
type SignedManifest struct {
	Domain   dipmsg.Domain
	Manifest *Manifest
	Sig      dipmsg.Signature
}

// SignManifest checks m and signs it under d with s.
func SignManifest(ctx context.Context, s dipmsg.TypedDataSigner, d dipmsg.Domain, m *Manifest) (*SignedManifest, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	raw, err := s.SignTypedDataHash(ctx, m.Digest(d))
	if err != nil {
		return nil, fmt.Errorf("deliberation: sign manifest: %w", err)
	}
	sig, err := dipmsg.SignatureFromBytes(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return &SignedManifest{Domain: d, Manifest: m, Sig: sig}, nil
}

// Orchestrator recovers the manifest's signer; it checks the domain and the
// fields first.
func (sm *SignedManifest) Orchestrator(want dipmsg.Domain) (common.Address, error) {
	if sm.Domain.ChainID == nil || sm.Domain.ChainID.Cmp(want.ChainID) != 0 || sm.Domain.VerifyingContract != want.VerifyingContract {
		return common.Address{}, fmt.Errorf("%w: manifest signed for settlement %s on chain %v", ErrWrongDomain, sm.Domain.VerifyingContract.Hex(), sm.Domain.ChainID)
	}
	if err := sm.Manifest.Check(); err != nil {
		return common.Address{}, err
	}
	a, err := sm.Sig.Recover(sm.Manifest.Digest(want))
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: manifest: %w", ErrBadSignature, err)
	}
	return a, nil
}

// wireManifest is the JSON form of a signed manifest (docs/deliberation.md).
type wireManifest struct {
	ChainID           string      `json:"chainId"`
	VerifyingContract string      `json:"verifyingContract"`
	Manifest          *wireFields `json:"manifest"`
	Signature         string      `json:"signature"`
}

type wireFields struct {
	Target       string      `json:"target"`
	SubjectID    string      `json:"subjectId"`
	SessionNonce string      `json:"sessionNonce"`
	Credits      string      `json:"credits"`
	Opens        string      `json:"opens"`
	Participants []string    `json:"participants"`
	Rounds       []wireRound `json:"rounds"`
}

type wireRound struct {
	ProposeUntil string `json:"proposeUntil"`
	ClosesAt     string `json:"closesAt"`
}

// MarshalJSON encodes the canonical form (checksummed addresses, decimal strings).
func (sm *SignedManifest) MarshalJSON() ([]byte, error) {
	m := sm.Manifest
	f := &wireFields{
		Target: m.Target.Hex(), SubjectID: m.SubjectID.String(), SessionNonce: m.Nonce.String(),
		Credits: strconv.FormatUint(m.Credits, 10), Opens: strconv.FormatUint(m.Opens, 10),
		Participants: make([]string, len(m.Participants)), Rounds: make([]wireRound, len(m.Rounds)),
	}
	for i, p := range m.Participants {
		f.Participants[i] = p.Hex()
	}
	for i, r := range m.Rounds {
		f.Rounds[i] = wireRound{strconv.FormatUint(r.ProposeUntil, 10), strconv.FormatUint(r.ClosesAt, 10)}
	}
	return json.Marshal(&wireManifest{
		ChainID: sm.Domain.ChainID.String(), VerifyingContract: sm.Domain.VerifyingContract.Hex(),
		Manifest: f, Signature: sm.Sig.String(),
	})
}

// DecodeManifest decodes a signed manifest strictly: unknown or missing
// fields, non-canonical numbers, bad hex and trailing data are refused
// (ErrMalformed). It does not check the signature or the rules.
func DecodeManifest(data []byte) (*SignedManifest, error) {
	if len(data) > MaxManifestBytes {
		return nil, fmt.Errorf("%w: manifest of %d bytes, limit %d", ErrTooLarge, len(data), MaxManifestBytes)
	}
	var w wireManifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the manifest", ErrMalformed)
	}
	if w.Manifest == nil {
		return nil, fmt.Errorf("%w: manifest missing", ErrMalformed)
	}
	bad := func(field string, err error) error { return fmt.Errorf("%w: %s: %w", ErrMalformed, field, err) }
	chainID, err := parseUint(w.ChainID, 256)
	if err != nil {
		return nil, bad("chainId", err)
	}
	vc, err := parseAddress(w.VerifyingContract)
	if err != nil {
		return nil, bad("verifyingContract", err)
	}
	f := w.Manifest
	m := &Manifest{}
	if m.Target, err = parseAddress(f.Target); err != nil {
		return nil, bad("target", err)
	}
	if m.SubjectID, err = parseUint(f.SubjectID, 256); err != nil {
		return nil, bad("subjectId", err)
	}
	if m.Nonce, err = parseUint(f.SessionNonce, 256); err != nil {
		return nil, bad("sessionNonce", err)
	}
	if m.Credits, err = parseU64(f.Credits); err != nil {
		return nil, bad("credits", err)
	}
	if m.Opens, err = parseU64(f.Opens); err != nil {
		return nil, bad("opens", err)
	}
	if len(f.Participants) > MaxParticipants || len(f.Rounds) > MaxRounds {
		return nil, fmt.Errorf("%w: too many participants or rounds", ErrMalformed)
	}
	for i, p := range f.Participants {
		a, err := parseAddress(p)
		if err != nil {
			return nil, bad(fmt.Sprintf("participants[%d]", i), err)
		}
		m.Participants = append(m.Participants, a)
	}
	for i, r := range f.Rounds {
		var rr Round
		if rr.ProposeUntil, err = parseU64(r.ProposeUntil); err != nil {
			return nil, bad(fmt.Sprintf("rounds[%d].proposeUntil", i), err)
		}
		if rr.ClosesAt, err = parseU64(r.ClosesAt); err != nil {
			return nil, bad(fmt.Sprintf("rounds[%d].closesAt", i), err)
		}
		m.Rounds = append(m.Rounds, rr)
	}
	raw, err := hexutil.Decode(w.Signature)
	if err != nil || len(raw) != 65 {
		return nil, fmt.Errorf("%w: signature must be 0x and 130 hex digits", ErrMalformed)
	}
	sig, err := dipmsg.SignatureFromBytes(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return &SignedManifest{Domain: dipmsg.NewDomain(chainID, vc), Manifest: m, Sig: sig}, nil
}

func parseUint(s string, bits int) (*big.Int, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') || strings.TrimLeft(s, "0123456789") != "" || len(s) > 78 {
		return nil, fmt.Errorf("%q is not a canonical decimal", s)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.BitLen() > bits {
		return nil, fmt.Errorf("%q does not fit %d bits", s, bits)
	}
	return v, nil
}

func parseU64(s string) (uint64, error) {
	v, err := parseUint(s, 64)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return common.Address{}, fmt.Errorf("%q is not 0x and 40 hex digits", s)
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%q: %w", s, err)
	}
	a := common.BytesToAddress(b)
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%q has a wrong EIP-55 checksum", s)
	}
	return a, nil
}
