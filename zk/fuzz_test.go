package zk

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/dip-market/dip/zk/quant"
)

// fixtureProofs reads the committed fixture proofs (JSON) as seeds.
func fixtureProofs(f *testing.F) [][]byte {
	f.Helper()
	b, err := os.ReadFile("fixture/testdata/proofs.json")
	if err != nil {
		f.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		f.Fatal(err)
	}
	var out [][]byte
	for _, key := range []string{"sample_plain", "sample_commit", "layer"} {
		var proofs []json.RawMessage
		if err := json.Unmarshal(raw[key], &proofs); err != nil {
			f.Fatal(err)
		}
		for _, p := range proofs {
			out = append(out, p)
		}
	}
	return out
}

func FuzzDecodeSolidityProof(f *testing.F) {
	for _, j := range fixtureProofs(f) {
		p, err := ParseProof(j)
		if err != nil {
			f.Fatal(err)
		}
		for c := 0; c <= 2; c++ {
			f.Add([]byte(p.Proof), uint8(c))
		}
	}
	f.Add([]byte{}, uint8(0))
	f.Add(make([]byte, 256), uint8(0))
	f.Fuzz(func(t *testing.T, b []byte, c uint8) {
		p, err := DecodeSolidityProof(b, int(c%4))
		if err != nil {
			if !errors.Is(err, ErrMalformedProof) {
				t.Fatalf("error %v does not wrap ErrMalformedProof", err)
			}
			return
		}
		// Whatever decodes re-encodes to the same bytes.
		if got := p.MarshalSolidity(); !bytes.Equal(got, b) {
			t.Fatalf("round trip changed the proof")
		}
	})
}

func FuzzParseProof(f *testing.F) {
	for _, j := range fixtureProofs(f) {
		f.Add(j)
	}
	f.Add([]byte(`{"circuit":"x","public_inputs":["0x01"],"layer":{"weights":["0x1","0x2"],"activations":["0x0","0x0"]}}`))
	f.Add([]byte(`{"public_inputs":[null]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseProof(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedProof) {
				t.Fatalf("error %v does not wrap ErrMalformedProof", err)
			}
			return
		}
		out, err := MarshalProof(p)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseProof(out)
		if err != nil {
			t.Fatalf("re-parsing our own output: %v", err)
		}
		out2, _ := MarshalProof(again)
		if !bytes.Equal(out, out2) {
			t.Fatal("marshal is not stable")
		}
	})
}

func FuzzDecodeVerifyingKey(f *testing.F) {
	// Seeds: the verifying keys of a tiny circuit with and without commitments.
	for _, plain := range []bool{true, false} {
		k, err := Setup(SampleSpec(quant.Shape{In: 2, Out: 1, Shift: 2}, 1, plain))
		if err != nil {
			f.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := k.VK.WriteTo(&buf); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
		huge := append([]byte(nil), buf.Bytes()...)
		huge[288], huge[289] = 0xff, 0xff // a K length of 4 billion
		f.Add(huge)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		vk, err := DecodeVerifyingKey(b)
		if err != nil {
			if !errors.Is(err, ErrCorruptKeys) && !errors.Is(err, ErrUnsupportedKey) {
				t.Fatalf("error %v wraps neither ErrCorruptKeys nor ErrUnsupportedKey", err)
			}
			return
		}
		if _, err := EncodeVerifyingKey(vk); err != nil {
			t.Fatalf("decoded key does not encode: %v", err)
		}
	})
}

func FuzzParseManifest(f *testing.F) {
	k := Manifest{Format: ManifestFormat, CircuitID: tinySample.ID(), Spec: tinySample, Files: map[string]string{}}
	b, _ := json.Marshal(k)
	f.Add(b)
	f.Add([]byte(`{"format":1,"spec":{"kind":"layer"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseManifest(b)
		if err != nil {
			if !errors.Is(err, ErrCorruptKeys) {
				t.Fatalf("error %v does not wrap ErrCorruptKeys", err)
			}
			return
		}
		if m.Spec.ID() != m.CircuitID {
			t.Fatal("accepted a manifest whose spec does not match its circuit id")
		}
	})
}
