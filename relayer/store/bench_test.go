package store

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkStoreStateChange measures committed intent state changes. Each
// iteration takes batch intents through create (one commit each, as Submit
// does), assign nonce, mined and confirmed (one commit per batch each, as the
// manager's iterations do); ms/change is the time per intent state change.
// "manager" commits mined and confirmed with UpdateRelaxed, as txmgr does;
// "all-durable" fsyncs every commit.
func BenchmarkStoreStateChange(b *testing.B) {
	for _, tc := range []struct {
		name    string
		mode    SyncMode
		relaxed bool
		batch   int
	}{
		{"sync=FULL/all-durable/batch=1", SyncFull, false, 1},
		{"sync=FULL/manager/batch=1", SyncFull, true, 1},
		{"sync=FULL/manager/batch=16", SyncFull, true, 16},
		{"sync=NORMAL/batch=1", SyncNormal, false, 1},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			st, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"), WithSyncMode(tc.mode))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			account := common.HexToAddress("0x5eda")
			to := common.HexToAddress("0x1234")
			raw := make([]byte, 120) // about the size of a signed transfer
			later := st.Update
			if tc.relaxed {
				later = st.UpdateRelaxed
			}
			nonce := uint64(0)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ids := make([]int64, tc.batch)
				hashes := make([]common.Hash, tc.batch)
				for j := range ids {
					in, _, err := st.CreateIntent(ctx, NewIntent{Key: fmt.Sprint("k", i, "-", j), Account: account, To: &to, Data: raw[:40], Value: big.NewInt(1), GasLimit: 30_000})
					if err != nil {
						b.Fatal(err)
					}
					ids[j], hashes[j] = in.ID, crypto.Keccak256Hash([]byte(fmt.Sprint(i, "-", j)))
				}
				assign := func(tx *Tx) error {
					for j, id := range ids {
						att := Attempt{TxHash: hashes[j], Nonce: nonce + uint64(j), GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9), Gas: 30_000, Raw: raw}
						if err := tx.AssignNonce(ctx, id, 30_000, att); err != nil {
							return err
						}
					}
					return nil
				}
				mined := func(tx *Tx) error {
					for j, id := range ids {
						if err := tx.MarkMined(ctx, id, Mined{TxHash: hashes[j], BlockNumber: uint64(i), BlockHash: hashes[j], Status: 1}); err != nil {
							return err
						}
					}
					return nil
				}
				confirm := func(tx *Tx) error {
					for _, id := range ids {
						if _, err := tx.Confirm(ctx, id); err != nil {
							return err
						}
					}
					return nil
				}
				if err := st.Update(ctx, assign); err != nil {
					b.Fatal(err)
				}
				if err := later(ctx, mined); err != nil {
					b.Fatal(err)
				}
				if err := later(ctx, confirm); err != nil {
					b.Fatal(err)
				}
				nonce += uint64(tc.batch)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(4*tc.batch*b.N), "ms/change")
		})
	}
}
