package dipmsg

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxJSONBytes is the largest JSON envelope DecodeEnvelope accepts.
const MaxJSONBytes = 256 << 10

// ErrBadJSON is returned when a JSON envelope is malformed: not JSON, unknown
// or missing fields, non-canonical numbers or hex, or too large.
var ErrBadJSON = errors.New("dipmsg: malformed JSON message")

// Envelope is a signed message with its domain, as relayers ingest it. Its
// JSON form is documented in docs/messages.md.
type Envelope struct {
	Domain  Domain
	Message Message
	Sig     Signature
}

// Verify checks the message and that the signature is its signer's under the
// envelope's domain. A relayer must also check that Domain is its own
// (VerifyingContract and ChainID): Expect does both.
func (e *Envelope) Verify() error { return Verify(e.Domain, e.Message, e.Sig) }

// Expect verifies the envelope and checks that it was signed under want.
func (e *Envelope) Expect(want Domain) error {
	if e.Domain.VerifyingContract != want.VerifyingContract || e.Domain.ChainID.Cmp(want.ChainID) != 0 {
		return fmt.Errorf("%w: signed for settlement %s on chain %s, want %s on chain %s", ErrBadSignature,
			e.Domain.VerifyingContract.Hex(), e.Domain.ChainID, want.VerifyingContract.Hex(), want.ChainID)
	}
	return e.Verify()
}

type wireEnvelope struct {
	Type              string          `json:"type"`
	ChainID           string          `json:"chainId"`
	VerifyingContract string          `json:"verifyingContract"`
	Message           json.RawMessage `json:"message"`
	Signature         string          `json:"signature"`
}

type wireBallot struct {
	Session string   `json:"session"`
	Round   *uint32  `json:"round"`
	Voter   string   `json:"voter"`
	Votes   []string `json:"votes"`
}

type wireProposal struct {
	Session     string  `json:"session"`
	Round       *uint32 `json:"round"`
	Author      string  `json:"author"`
	ContentHash string  `json:"contentHash"`
}

type wireEvaluation struct {
	Session     string  `json:"session"`
	Round       *uint32 `json:"round"`
	Evaluator   string  `json:"evaluator"`
	ContentHash string  `json:"contentHash"`
	Score       string  `json:"score"`
}

type wirePowBatch struct {
	Epoch     string   `json:"epoch"`
	Miner     string   `json:"miner"`
	Nonces    []string `json:"nonces"`
	Distances []uint32 `json:"distances"`
}

// MarshalJSON renders the canonical JSON form.
func (e *Envelope) MarshalJSON() ([]byte, error) {
	msg, err := marshalMessage(e.Message)
	if err != nil {
		return nil, err
	}
	id := e.Domain.ChainID
	if id == nil {
		id = new(big.Int)
	}
	return json.Marshal(wireEnvelope{
		Type: e.Message.TypeName(), ChainID: id.String(), VerifyingContract: e.Domain.VerifyingContract.Hex(),
		Message: msg, Signature: e.Sig.String(),
	})
}

// UnmarshalJSON decodes strictly (see DecodeEnvelope).
func (e *Envelope) UnmarshalJSON(data []byte) error {
	got, err := DecodeEnvelope(data)
	if err != nil {
		return err
	}
	*e = *got
	return nil
}

func marshalMessage(m Message) (json.RawMessage, error) {
	switch m := m.(type) {
	case *Ballot:
		return json.Marshal(wireBallot{Session: m.Session.Hex(), Round: &m.Round, Voter: m.Voter.Hex(), Votes: formatInts(m.Votes)})
	case *Proposal:
		return json.Marshal(wireProposal{Session: m.Session.Hex(), Round: &m.Round, Author: m.Author.Hex(), ContentHash: m.ContentHash.Hex()})
	case *Evaluation:
		return json.Marshal(wireEvaluation{Session: m.Session.Hex(), Round: &m.Round, Evaluator: m.Evaluator.Hex(), ContentHash: m.ContentHash.Hex(), Score: strconv.FormatInt(m.Score, 10)})
	case *PowBatch:
		nonces := make([]string, len(m.Nonces))
		for i, n := range m.Nonces {
			nonces[i] = strconv.FormatUint(n, 10)
		}
		dists := m.Distances
		if dists == nil {
			dists = []uint32{}
		}
		return json.Marshal(wirePowBatch{Epoch: strconv.FormatUint(m.Epoch, 10), Miner: m.Miner.Hex(), Nonces: nonces, Distances: dists})
	default:
		return nil, fmt.Errorf("dipmsg: cannot encode message of type %T", m)
	}
}

func formatInts(v []int64) []string {
	out := make([]string, len(v))
	for i, x := range v {
		out[i] = strconv.FormatInt(x, 10)
	}
	return out
}

// DecodeEnvelope parses and checks a JSON envelope. It rejects inputs over
// MaxJSONBytes, unknown or missing fields, trailing data, non-canonical
// decimal numbers, malformed hex, addresses with a wrong EIP-55 checksum,
// and messages that fail their type's Check. It does not verify the
// signature: call Verify or Expect.
func DecodeEnvelope(data []byte) (*Envelope, error) {
	if len(data) > MaxJSONBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrBadJSON, len(data), MaxJSONBytes)
	}
	var w wireEnvelope
	if err := strictUnmarshal(data, &w); err != nil {
		return nil, err
	}
	e := &Envelope{}
	id, err := parseUint256(w.ChainID)
	if err != nil {
		return nil, fmt.Errorf("%w: chainId: %v", ErrBadJSON, err)
	}
	e.Domain.ChainID = id
	if e.Domain.VerifyingContract, err = parseAddress(w.VerifyingContract); err != nil {
		return nil, fmt.Errorf("%w: verifyingContract: %v", ErrBadJSON, err)
	}
	sigBytes, err := parseHex(w.Signature, 65)
	if err != nil {
		return nil, fmt.Errorf("%w: signature: %v", ErrBadJSON, err)
	}
	if e.Sig, err = SignatureFromBytes(sigBytes); err != nil {
		return nil, err
	}
	if len(w.Message) == 0 || bytes.Equal(bytes.TrimSpace(w.Message), []byte("null")) {
		return nil, fmt.Errorf("%w: message is missing", ErrBadJSON)
	}
	switch w.Type {
	case "Ballot":
		e.Message, err = decodeBallot(w.Message)
	case "Proposal":
		e.Message, err = decodeProposal(w.Message)
	case "Evaluation":
		e.Message, err = decodeEvaluation(w.Message)
	case "PowBatch":
		e.Message, err = decodePowBatch(w.Message)
	default:
		return nil, fmt.Errorf("%w: type %q, want Ballot, Proposal, Evaluation or PowBatch", ErrBadJSON, w.Type)
	}
	if err != nil {
		return nil, err
	}
	if err := e.Message.Check(); err != nil {
		return nil, err
	}
	return e, nil
}

func strictUnmarshal(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: trailing data after the JSON object", ErrBadJSON)
	}
	return nil
}

func decodeBallot(raw []byte) (*Ballot, error) {
	var w wireBallot
	if err := strictUnmarshal(raw, &w); err != nil {
		return nil, err
	}
	b := &Ballot{}
	var err error
	if b.Session, err = parseHash(w.Session); err != nil {
		return nil, fmt.Errorf("%w: ballot session: %v", ErrBadJSON, err)
	}
	if w.Round == nil {
		return nil, fmt.Errorf("%w: ballot round is missing", ErrBadJSON)
	}
	b.Round = *w.Round
	if b.Voter, err = parseAddress(w.Voter); err != nil {
		return nil, fmt.Errorf("%w: ballot voter: %v", ErrBadJSON, err)
	}
	if len(w.Votes) > MaxProposals {
		return nil, fmt.Errorf("%w: ballot has %d votes, limit %d", ErrBadMessage, len(w.Votes), MaxProposals)
	}
	b.Votes = make([]int64, len(w.Votes))
	for i, s := range w.Votes {
		if b.Votes[i], err = parseInt64(s); err != nil {
			return nil, fmt.Errorf("%w: ballot votes[%d]: %v", ErrBadJSON, i, err)
		}
	}
	return b, nil
}

func decodeProposal(raw []byte) (*Proposal, error) {
	var w wireProposal
	if err := strictUnmarshal(raw, &w); err != nil {
		return nil, err
	}
	p := &Proposal{}
	var err error
	if p.Session, err = parseHash(w.Session); err != nil {
		return nil, fmt.Errorf("%w: proposal session: %v", ErrBadJSON, err)
	}
	if w.Round == nil {
		return nil, fmt.Errorf("%w: proposal round is missing", ErrBadJSON)
	}
	p.Round = *w.Round
	if p.Author, err = parseAddress(w.Author); err != nil {
		return nil, fmt.Errorf("%w: proposal author: %v", ErrBadJSON, err)
	}
	if p.ContentHash, err = parseHash(w.ContentHash); err != nil {
		return nil, fmt.Errorf("%w: proposal contentHash: %v", ErrBadJSON, err)
	}
	return p, nil
}

func decodeEvaluation(raw []byte) (*Evaluation, error) {
	var w wireEvaluation
	if err := strictUnmarshal(raw, &w); err != nil {
		return nil, err
	}
	e := &Evaluation{}
	var err error
	if e.Session, err = parseHash(w.Session); err != nil {
		return nil, fmt.Errorf("%w: evaluation session: %v", ErrBadJSON, err)
	}
	if w.Round == nil {
		return nil, fmt.Errorf("%w: evaluation round is missing", ErrBadJSON)
	}
	e.Round = *w.Round
	if e.Evaluator, err = parseAddress(w.Evaluator); err != nil {
		return nil, fmt.Errorf("%w: evaluation evaluator: %v", ErrBadJSON, err)
	}
	if e.ContentHash, err = parseHash(w.ContentHash); err != nil {
		return nil, fmt.Errorf("%w: evaluation contentHash: %v", ErrBadJSON, err)
	}
	if e.Score, err = parseInt64(w.Score); err != nil {
		return nil, fmt.Errorf("%w: evaluation score: %v", ErrBadJSON, err)
	}
	return e, nil
}

func decodePowBatch(raw []byte) (*PowBatch, error) {
	var w wirePowBatch
	if err := strictUnmarshal(raw, &w); err != nil {
		return nil, err
	}
	p := &PowBatch{}
	var err error
	if p.Epoch, err = parseUint64(w.Epoch); err != nil {
		return nil, fmt.Errorf("%w: batch epoch: %v", ErrBadJSON, err)
	}
	if p.Miner, err = parseAddress(w.Miner); err != nil {
		return nil, fmt.Errorf("%w: batch miner: %v", ErrBadJSON, err)
	}
	if len(w.Nonces) > MaxBatchNonces || len(w.Distances) > MaxBatchNonces {
		return nil, fmt.Errorf("%w: batch has %d nonces and %d distances, limit %d", ErrBadMessage, len(w.Nonces), len(w.Distances), MaxBatchNonces)
	}
	p.Nonces = make([]uint64, len(w.Nonces))
	for i, s := range w.Nonces {
		if p.Nonces[i], err = parseUint64(s); err != nil {
			return nil, fmt.Errorf("%w: batch nonces[%d]: %v", ErrBadJSON, i, err)
		}
	}
	p.Distances = append([]uint32{}, w.Distances...)
	return p, nil
}

var (
	decimalRe = regexp.MustCompile(`^(0|-?[1-9][0-9]*)$`)
	hexRe     = regexp.MustCompile(`^0x[0-9a-fA-F]*$`)
)

func parseInt64(s string) (int64, error) {
	if !decimalRe.MatchString(s) {
		return 0, fmt.Errorf("%q is not a canonical decimal integer", s)
	}
	return strconv.ParseInt(s, 10, 64)
}

func parseUint64(s string) (uint64, error) {
	if !decimalRe.MatchString(s) || strings.HasPrefix(s, "-") {
		return 0, fmt.Errorf("%q is not a canonical unsigned decimal integer", s)
	}
	return strconv.ParseUint(s, 10, 64)
}

func parseUint256(s string) (*big.Int, error) {
	if len(s) > 78 || !decimalRe.MatchString(s) || strings.HasPrefix(s, "-") {
		return nil, fmt.Errorf("%q is not a canonical unsigned decimal integer", s)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.BitLen() > 256 {
		return nil, fmt.Errorf("%q does not fit 256 bits", s)
	}
	return v, nil
}

func parseHex(s string, n int) ([]byte, error) {
	if len(s) != 2+2*n || !hexRe.MatchString(s) {
		return nil, fmt.Errorf("want 0x and %d hex digits", 2*n)
	}
	return hexutil.Decode(strings.ToLower(s))
}

func parseHash(s string) (common.Hash, error) {
	b, err := parseHex(s, 32)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

// parseAddress accepts all-lowercase, all-uppercase, or EIP-55 checksummed hex.
func parseAddress(s string) (common.Address, error) {
	b, err := parseHex(s, 20)
	if err != nil {
		return common.Address{}, err
	}
	a := common.BytesToAddress(b)
	digits := s[2:]
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%s has a wrong EIP-55 checksum", s)
	}
	return a, nil
}
