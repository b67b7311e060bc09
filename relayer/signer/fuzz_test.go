package signer

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dip-market/dip/internal/devchain"
)

// FuzzParseWrappedKey feeds arbitrary wrapped key files: no panic, and
// anything accepted round-trips through Marshal unchanged.
func FuzzParseWrappedKey(f *testing.F) {
	good := &WrappedKey{Version: 1, Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		TransitMount: "transit", TransitKey: "dip-relayer", Ciphertext: "vault:v1:" + strings.Repeat("QUJD", 20)}
	data, _ := good.Marshal()
	f.Add(data)
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"address":"0x00","transit_key":"k","ciphertext":"vault:v:"}`))
	f.Add([]byte(`{"version":1,"address":"0x00000000000000000000000000000000000000aa","transit_key":"k","ciphertext":"vault:v1:AA=="} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := ParseWrappedKey(data)
		if err != nil {
			return
		}
		out, err := w.Marshal()
		if err != nil {
			t.Fatalf("accepted wrapped key does not marshal: %v", err)
		}
		back, err := ParseWrappedKey(out)
		if err != nil || *back != *w {
			t.Fatalf("round trip changed %+v into %+v (%v)", w, back, err)
		}
	})
}

// FuzzParsePrivateKeyHex checks that KV key decoding never panics, never
// echoes its input in an error, and accepts exactly valid secp256k1 scalars.
func FuzzParsePrivateKeyHex(f *testing.F) {
	f.Add(hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(0))))
	f.Add("0x" + hex.EncodeToString(crypto.FromECDSA(devchain.DevKey(1))))
	f.Add(strings.Repeat("0", 64))
	f.Add(strings.Repeat("f", 64))
	f.Add("zz")
	f.Fuzz(func(t *testing.T, s string) {
		key, err := parsePrivateKeyHex(s)
		if err != nil {
			trimmed := strings.TrimSpace(s)
			if len(trimmed) >= 8 && strings.Contains(err.Error(), trimmed) {
				t.Fatalf("error echoes the input: %v", err)
			}
			return
		}
		raw := crypto.FromECDSA(key)
		want, _ := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X"))
		if !bytes.Equal(raw, want) {
			t.Fatalf("decoded key differs from input")
		}
	})
}

// FuzzDecodeSignResult feeds arbitrary remote signer answers: no panic, and
// whatever decodes must still pass verification only if it is the request.
func FuzzDecodeSignResult(f *testing.F) {
	key := devchain.DevKey(0)
	signer := types.LatestSignerForChainID(devchain.ChainID)
	to := common.Address{7}
	want := types.NewTx(&types.DynamicFeeTx{ChainID: devchain.ChainID, Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to, Value: big.NewInt(1)})
	signed, _ := types.SignTx(want, signer, key)
	raw, _ := signed.MarshalBinary()
	f.Add([]byte(`"0x` + hex.EncodeToString(raw) + `"`))
	f.Add([]byte(`{"raw":"0x` + hex.EncodeToString(raw) + `"}`))
	f.Add([]byte(`{"raw":"0x"}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`"0xf86c"`))
	addr := crypto.PubkeyToAddress(key.PublicKey)
	f.Fuzz(func(t *testing.T, res []byte) {
		tx, err := decodeSignResult(res)
		if err != nil {
			return
		}
		if verifyRemoteTx(signer, addr, want, tx) != nil {
			return
		}
		same := tx.Type() == want.Type() && tx.Nonce() == want.Nonce() && tx.Gas() == want.Gas() &&
			tx.To() != nil && *tx.To() == *want.To() && tx.Value().Cmp(want.Value()) == 0 &&
			tx.GasFeeCap().Cmp(want.GasFeeCap()) == 0 && tx.GasTipCap().Cmp(want.GasTipCap()) == 0 &&
			bytes.Equal(tx.Data(), want.Data()) && tx.ChainId().Cmp(want.ChainId()) == 0 && len(tx.AccessList()) == 0
		if !same {
			t.Fatalf("verification accepted a transaction other than the request: %+v", tx)
		}
	})
}
