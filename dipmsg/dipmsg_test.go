package dipmsg_test

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	tvbind "github.com/dip-market/dip/bindings/tallyverifier"
	"github.com/dip-market/dip/dipmsg"
	"github.com/dip-market/dip/internal/chain"
	"github.com/dip-market/dip/internal/devchain"
)

// Test vector inputs of docs/settlement.md.
var (
	vChain      = big.NewInt(31337)
	vSettlement = common.HexToAddress("0x00000000000000000000000000000000000000D1")
	vTarget     = common.HexToAddress("0x00000000000000000000000000000000000000A1")
	vVoter      = common.HexToAddress("0x00000000000000000000000000000000000000B1")
	vAuthor     = common.HexToAddress("0x00000000000000000000000000000000000000C1")
	vMiner      = common.HexToAddress("0x00000000000000000000000000000000000000e1")
	vContent    = crypto.Keccak256Hash([]byte("proposal"))
)

func TestDocVectors(t *testing.T) {
	t.Parallel()
	d := dipmsg.NewDomain(vChain, vSettlement)
	session := dipmsg.SessionID(vTarget, big.NewInt(42), big.NewInt(7))
	tests := []struct {
		name string
		got  common.Hash
		want string
	}{
		{"domain separator", d.Separator(), "0xacc108419ff6b2787b46a9ff9c2de7f68b4d9a558d5faeafb3ed27775d636bb5"},
		{"session", session, "0xb63ee3d117e2b61ab01ed0154a31ecf0f8f7a86e718dc007add5cab6cd3d92ca"},
		{"ballot digest", d.Digest(&dipmsg.Ballot{Session: session, Round: 2, Voter: vVoter, Votes: []int64{3, -1, 0}}), "0xed9ce322e05e05da9705b83490b93a69abee5839d9404029b2649c7654f917d8"},
		{"proposal digest", d.Digest(&dipmsg.Proposal{Session: session, Round: 2, Author: vAuthor, ContentHash: vContent}), "0x9fc877bba574770d2294525d77579e27dd64c486856b5bc0075f66204178d513"},
		{"evaluation digest", d.Digest(&dipmsg.Evaluation{Session: session, Round: 2, Evaluator: vVoter, ContentHash: vContent, Score: -5e17}), "0xa880d45c6958c21dbd9c89acc3fc1be96b10692aa67d0da4ef4d2fa6080dcf6e"},
		{"pow batch digest", d.Digest(&dipmsg.PowBatch{Epoch: 9, Miner: vMiner, Nonces: []uint64{1, 1 << 40}, Distances: []uint32{17, 3}}), "0x217e2ddcc7d2df30e9a51f407aed50ee02ebac30b2f518a47d120c759a5f7f4a"},
	}
	for _, tc := range tests {
		if tc.got != common.HexToHash(tc.want) {
			t.Errorf("%s = %s, want %s", tc.name, tc.got.Hex(), tc.want)
		}
	}
}

// TestDigestsMatchContract compares Go digests with TallyVerifier's for
// messages with extreme values (int64 minimum, uint64 maximum, sign extension).
func TestDigestsMatchContract(t *testing.T) {
	t.Parallel()
	c := devchain.New(devchain.WithAccounts(1))
	defer c.Close()
	ctx := context.Background()
	addr, _, err := chain.Deploy(ctx, c.Client(), c.Transactor(0), common.FromHex(tvbind.TallyVerifierMetaData.Bin))
	if err != nil {
		t.Fatalf("deploy tally verifier: %v", err)
	}
	tv := tvbind.NewTallyVerifier()
	d := dipmsg.NewDomain(devchain.ChainID, common.HexToAddress("0x1234"))
	sep := d.Separator()
	session := crypto.Keccak256Hash([]byte("s"))
	call := func(data []byte) common.Hash {
		t.Helper()
		out, err := chain.Call(ctx, c.Client(), addr, data)
		if err != nil {
			t.Fatalf("call: %v", err)
		}
		return common.BytesToHash(out)
	}
	votes := []int64{math.MinInt64, -1, 0, 1, math.MaxInt64}
	b := &dipmsg.Ballot{Session: session, Round: math.MaxUint32, Voter: vVoter, Votes: votes}
	if got, want := d.Digest(b), call(tv.PackBallotDigest(sep, session, b.Round, b.Voter, votes)); got != want {
		t.Errorf("ballot digest %s, contract %s", got.Hex(), want.Hex())
	}
	p := &dipmsg.Proposal{Session: session, Round: 1, Author: vAuthor, ContentHash: vContent}
	if got, want := d.Digest(p), call(tv.PackProposalDigest(sep, session, 1, vAuthor, vContent)); got != want {
		t.Errorf("proposal digest %s, contract %s", got.Hex(), want.Hex())
	}
	e := &dipmsg.Evaluation{Session: session, Round: 3, Evaluator: vVoter, ContentHash: vContent, Score: -dipmsg.ScoreOne}
	if got, want := d.Digest(e), call(tv.PackEvaluationDigest(sep, session, 3, vVoter, vContent, -dipmsg.ScoreOne)); got != want {
		t.Errorf("evaluation digest %s, contract %s", got.Hex(), want.Hex())
	}
	pb := &dipmsg.PowBatch{Epoch: math.MaxUint64, Miner: vMiner, Nonces: []uint64{0, math.MaxUint64}, Distances: []uint32{math.MaxUint32, 0}}
	if got, want := d.Digest(pb), call(tv.PackPowBatchDigest(sep, pb.Epoch, vMiner, pb.Nonces, pb.Distances)); got != want {
		t.Errorf("pow batch digest %s, contract %s", got.Hex(), want.Hex())
	}
}

func TestSignVerify(t *testing.T) {
	t.Parallel()
	key := devchain.DevKey(1)
	other := devchain.DevKey(2)
	voter := crypto.PubkeyToAddress(key.PublicKey)
	d := dipmsg.NewDomain(vChain, vSettlement)
	b := &dipmsg.Ballot{Session: common.HexToHash("0x01"), Round: 1, Voter: voter, Votes: []int64{2, -3}}
	sig, err := dipmsg.SignWithKey(key, d, b)
	if err != nil {
		t.Fatalf("sign: %v", err)
	}
	if err := dipmsg.Verify(d, b, sig); err != nil {
		t.Fatalf("verify own signature: %v", err)
	}
	if sig.V != 27 && sig.V != 28 {
		t.Fatalf("v = %d, want 27 or 28", sig.V)
	}

	// The wrong key never produces a signature.
	if _, err := dipmsg.SignWithKey(other, d, b); !errors.Is(err, dipmsg.ErrWrongSigner) {
		t.Fatalf("signing another voter's ballot: %v, want ErrWrongSigner", err)
	}

	highS := sig
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig.S[:]))
	s.FillBytes(highS.S[:])
	highS.V ^= 1 // 27 <-> 28: the same point with the other s
	otherDomain := dipmsg.NewDomain(vChain, common.HexToAddress("0xD2"))
	tampered := *b
	tampered.Votes = []int64{2, -2}
	badV := sig
	badV.V = 29
	tests := []struct {
		name string
		d    dipmsg.Domain
		m    dipmsg.Message
		sig  dipmsg.Signature
		want error
	}{
		{"malleable high s", d, b, highS, dipmsg.ErrBadSignature},
		{"other settlement", otherDomain, b, sig, dipmsg.ErrBadSignature},
		{"other chain", dipmsg.NewDomain(big.NewInt(1), vSettlement), b, sig, dipmsg.ErrBadSignature},
		{"tampered votes", d, &tampered, sig, dipmsg.ErrBadSignature},
		{"v out of range", d, b, badV, dipmsg.ErrBadSignature},
		{"zero signature", d, b, dipmsg.Signature{V: 27}, dipmsg.ErrBadSignature},
		{"empty ballot", d, &dipmsg.Ballot{Voter: voter}, sig, dipmsg.ErrBadMessage},
	}
	for _, tc := range tests {
		if err := dipmsg.Verify(tc.d, tc.m, tc.sig); !errors.Is(err, tc.want) {
			t.Errorf("%s: Verify = %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestMessageChecks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		m    dipmsg.Message
		ok   bool
	}{
		{"ballot 64 votes", &dipmsg.Ballot{Votes: make([]int64, 64)}, true},
		{"ballot 65 votes", &dipmsg.Ballot{Votes: make([]int64, 65)}, false},
		{"ballot no votes", &dipmsg.Ballot{}, false},
		{"proposal zero content", &dipmsg.Proposal{}, false},
		{"proposal", &dipmsg.Proposal{ContentHash: vContent}, true},
		{"evaluation +1", &dipmsg.Evaluation{ContentHash: vContent, Score: dipmsg.ScoreOne}, true},
		{"evaluation above 1", &dipmsg.Evaluation{ContentHash: vContent, Score: dipmsg.ScoreOne + 1}, false},
		{"evaluation below -1", &dipmsg.Evaluation{ContentHash: vContent, Score: -dipmsg.ScoreOne - 1}, false},
		{"batch mismatched", &dipmsg.PowBatch{Nonces: []uint64{1}, Distances: []uint32{1, 2}}, false},
		{"batch empty", &dipmsg.PowBatch{}, false},
		{"batch", &dipmsg.PowBatch{Nonces: []uint64{1}, Distances: []uint32{1}}, true},
	}
	for _, tc := range tests {
		err := tc.m.Check()
		if (err == nil) != tc.ok {
			t.Errorf("%s: Check = %v, want ok=%v", tc.name, err, tc.ok)
		}
		if err != nil && !errors.Is(err, dipmsg.ErrBadMessage) {
			t.Errorf("%s: error %v is not ErrBadMessage", tc.name, err)
		}
	}
}

func signedEnvelopes(t testing.TB) []*dipmsg.Envelope {
	t.Helper()
	key := devchain.DevKey(3)
	who := crypto.PubkeyToAddress(key.PublicKey)
	d := dipmsg.NewDomain(vChain, vSettlement)
	session := dipmsg.SessionID(vTarget, big.NewInt(42), big.NewInt(7))
	msgs := []dipmsg.Message{
		&dipmsg.Ballot{Session: session, Round: 2, Voter: who, Votes: []int64{3, -1, 0, math.MinInt64}},
		&dipmsg.Proposal{Session: session, Round: 2, Author: who, ContentHash: vContent},
		&dipmsg.Evaluation{Session: session, Round: 2, Evaluator: who, ContentHash: vContent, Score: -5e17},
		&dipmsg.PowBatch{Epoch: 9, Miner: who, Nonces: []uint64{1, math.MaxUint64}, Distances: []uint32{17, 3}},
	}
	out := make([]*dipmsg.Envelope, len(msgs))
	for i, m := range msgs {
		sig, err := dipmsg.SignWithKey(key, d, m)
		if err != nil {
			t.Fatalf("sign %s: %v", m.TypeName(), err)
		}
		out[i] = &dipmsg.Envelope{Domain: d, Message: m, Sig: sig}
	}
	return out
}

func TestJSONRoundTrip(t *testing.T) {
	t.Parallel()
	for _, env := range signedEnvelopes(t) {
		data, err := json.Marshal(env)
		if err != nil {
			t.Fatalf("marshal %s: %v", env.Message.TypeName(), err)
		}
		back, err := dipmsg.DecodeEnvelope(data)
		if err != nil {
			t.Fatalf("decode %s: %v\n%s", env.Message.TypeName(), err, data)
		}
		if back.Message.StructHash() != env.Message.StructHash() || back.Sig != env.Sig || back.Domain.Separator() != env.Domain.Separator() {
			t.Fatalf("%s did not round-trip: %s", env.Message.TypeName(), data)
		}
		if err := back.Expect(env.Domain); err != nil {
			t.Fatalf("decoded %s does not verify: %v", env.Message.TypeName(), err)
		}
		if err := back.Expect(dipmsg.NewDomain(vChain, common.HexToAddress("0xbeef"))); !errors.Is(err, dipmsg.ErrBadSignature) {
			t.Fatalf("decoded %s accepted under a foreign domain: %v", env.Message.TypeName(), err)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	t.Parallel()
	good := `{"type":"Ballot","chainId":"31337","verifyingContract":"0x00000000000000000000000000000000000000d1",` +
		`"message":{"session":"0x` + strings.Repeat("ab", 32) + `","round":2,"voter":"0x00000000000000000000000000000000000000b1","votes":["3","-1"]},` +
		`"signature":"0x` + strings.Repeat("11", 64) + `1b"}`
	if _, err := dipmsg.DecodeEnvelope([]byte(good)); err != nil {
		t.Fatalf("baseline does not decode: %v", err)
	}
	tests := []struct {
		name, old, new string
		want           error
	}{
		{"unknown type", `"Ballot"`, `"Vote"`, dipmsg.ErrBadJSON},
		{"unknown field", `"round":2`, `"round":2,"extra":1`, dipmsg.ErrBadJSON},
		{"vote with plus", `"3"`, `"+3"`, dipmsg.ErrBadJSON},
		{"vote with leading zero", `"3"`, `"03"`, dipmsg.ErrBadJSON},
		{"vote overflow", `"3"`, `"9223372036854775808"`, dipmsg.ErrBadJSON},
		{"vote as number", `"3"`, `3`, dipmsg.ErrBadJSON},
		{"negative round", `"round":2`, `"round":-2`, dipmsg.ErrBadJSON},
		{"fractional round", `"round":2`, `"round":2.5`, dipmsg.ErrBadJSON},
		{"missing round", `"round":2,`, ``, dipmsg.ErrBadJSON},
		{"short session", `"0x` + strings.Repeat("ab", 32), `"0x` + strings.Repeat("ab", 31), dipmsg.ErrBadJSON},
		{"no 0x", `"0x00000000000000000000000000000000000000b1"`, `"0000000000000000000000000000000000000000b1"`, dipmsg.ErrBadJSON},
		{"bad checksum", `0x00000000000000000000000000000000000000d1`, `0x00000000000000000000000000000000000000dD1`[:42], dipmsg.ErrBadJSON},
		{"short signature", `1b"}`, `"}`, dipmsg.ErrBadJSON},
		{"empty votes", `["3","-1"]`, `[]`, dipmsg.ErrBadMessage},
		{"trailing data", `1b"}`, `1b"} {}`, dipmsg.ErrBadJSON},
		{"chain id sign", `"31337"`, `"-31337"`, dipmsg.ErrBadJSON},
		{"null message", `"message":{"session":"0x` + strings.Repeat("ab", 32) + `","round":2,"voter":"0x00000000000000000000000000000000000000b1","votes":["3","-1"]}`, `"message":null`, dipmsg.ErrBadJSON},
	}
	for _, tc := range tests {
		in := strings.Replace(good, tc.old, tc.new, 1)
		if in == good {
			t.Fatalf("%s: replacement did not apply", tc.name)
		}
		if _, err := dipmsg.DecodeEnvelope([]byte(in)); !errors.Is(err, tc.want) {
			t.Errorf("%s: DecodeEnvelope = %v, want %v\n%s", tc.name, err, tc.want, in)
		}
	}
	if _, err := dipmsg.DecodeEnvelope(make([]byte, dipmsg.MaxJSONBytes+1)); !errors.Is(err, dipmsg.ErrBadJSON) {
		t.Errorf("oversized input: %v, want ErrBadJSON", err)
	}
}

// FuzzDecodeEnvelope checks that decoding never panics and that whatever
// decodes re-encodes to a canonical form that decodes to the same message.
func FuzzDecodeEnvelope(f *testing.F) {
	for _, env := range signedEnvelopes(f) {
		data, err := json.Marshal(env)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"type":"PowBatch","message":{}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		env, err := dipmsg.DecodeEnvelope(data)
		if err != nil {
			if !errors.Is(err, dipmsg.ErrBadJSON) && !errors.Is(err, dipmsg.ErrBadMessage) && !errors.Is(err, dipmsg.ErrBadSignature) {
				t.Fatalf("error %v is not one of the package's sentinels", err)
			}
			return
		}
		canon, err := json.Marshal(env)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		again, err := dipmsg.DecodeEnvelope(canon)
		if err != nil {
			t.Fatalf("canonical form does not decode: %v\n%s", err, canon)
		}
		if again.Message.StructHash() != env.Message.StructHash() || again.Sig != env.Sig || again.Domain.Separator() != env.Domain.Separator() {
			t.Fatalf("canonical form decodes to another message:\n%s", canon)
		}
		_ = env.Verify() // must not panic on any decoded signature
	})
}
