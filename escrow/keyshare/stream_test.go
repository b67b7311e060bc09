package keyshare

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"testing"
)

func testKey(t testing.TB) []byte {
	t.Helper()
	k := make([]byte, KeySize)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return k
}

func sealBytes(t testing.TB, key, plain []byte, chunk int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewSealWriter(&buf, key, chunk)
	if err != nil {
		t.Fatal(err)
	}
	// Write in odd pieces to exercise buffering.
	for p := plain; len(p) > 0; {
		n := min(len(p), 7)
		if _, err := w.Write(p[:n]); err != nil {
			t.Fatal(err)
		}
		p = p[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openBytes(key, sealed []byte) ([]byte, error) {
	r, err := NewOpenReader(bytes.NewReader(sealed), key)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestStreamRoundTrip(t *testing.T) {
	t.Parallel()
	key := testKey(t)
	for _, chunk := range []int{1, 16, 100} {
		for _, size := range []int{0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk, 3*chunk + 5} {
			if size < 0 {
				continue
			}
			plain := make([]byte, size)
			_, _ = rand.Read(plain)
			sealed := sealBytes(t, key, plain, chunk)
			if want := SealedSize(uint64(size), chunk); uint64(len(sealed)) != want {
				t.Errorf("chunk %d size %d: sealed %d bytes, SealedSize says %d", chunk, size, len(sealed), want)
			}
			if got, err := PlaintextSize(uint64(len(sealed)), chunk); err != nil || got != uint64(size) {
				t.Errorf("chunk %d size %d: PlaintextSize = %d, %v", chunk, size, got, err)
			}
			got, err := openBytes(key, sealed)
			if err != nil || !bytes.Equal(got, plain) {
				t.Errorf("chunk %d size %d: open = %d bytes, %v", chunk, size, len(got), err)
			}
		}
	}
}

func TestPlaintextSizeRejectsImpossibleSizes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		sealed uint64
		chunk  int
	}{
		{0, 16}, {HeaderSize, 16}, {HeaderSize + TagSize - 1, 16},
		{HeaderSize + 32 + TagSize, 16},          // a full chunk followed by an empty final chunk
		{HeaderSize + 32 + TagSize - 1, 16},      // a full chunk followed by a too-short chunk
		{HeaderSize + TagSize, 0},                // bad chunk size
		{HeaderSize + TagSize, MaxChunkSize + 1}, // bad chunk size
	} {
		if _, err := PlaintextSize(tc.sealed, tc.chunk); err == nil {
			t.Errorf("PlaintextSize(%d, %d) accepted an impossible size", tc.sealed, tc.chunk)
		}
	}
}

// Every way of damaging a sealed stream is detected.
func TestStreamRejectsTampering(t *testing.T) {
	t.Parallel()
	key := testKey(t)
	const chunk = 16
	plain := bytes.Repeat([]byte("0123456789abcdef"), 3) // three full chunks
	plain = append(plain, "tail"...)                     // plus a short final one
	sealed := sealBytes(t, key, plain, chunk)
	full := chunk + TagSize
	chunkAt := func(i int) []byte { return sealed[HeaderSize+i*full : min(HeaderSize+(i+1)*full, len(sealed))] }
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	header := sealed[:HeaderSize]
	otherKey := testKey(t)

	tests := []struct {
		name string
		key  []byte
		data []byte
	}{
		{"wrong key", otherKey, sealed},
		{"flipped ciphertext bit", key, flip(sealed, HeaderSize+3)},
		{"flipped tag bit", key, flip(sealed, HeaderSize+full-1)},
		{"flipped final chunk bit", key, flip(sealed, len(sealed)-1)},
		{"chunk size changed in header", key, join(func() []byte { h := bytes.Clone(header); h[11] = 17; return h }(), sealed[HeaderSize:])},
		{"bad magic", key, flip(sealed, 0)},
		{"bad version", key, join(func() []byte { h := bytes.Clone(header); h[7] = 2; return h }(), sealed[HeaderSize:])},
		{"reserved bytes set", key, join(func() []byte { h := bytes.Clone(header); h[15] = 1; return h }(), sealed[HeaderSize:])},
		{"header only", key, header},
		{"truncated at a chunk boundary", key, sealed[:HeaderSize+2*full]},
		{"truncated inside a chunk", key, sealed[:HeaderSize+2*full+5]},
		{"final chunk dropped", key, sealed[:HeaderSize+3*full]},
		{"last byte dropped", key, sealed[:len(sealed)-1]},
		{"byte appended", key, append(bytes.Clone(sealed), 0)},
		{"chunk appended", key, join(sealed, chunkAt(0))},
		{"chunks swapped", key, join(header, chunkAt(1), chunkAt(0), chunkAt(2), chunkAt(3))},
		{"chunk duplicated", key, join(header, chunkAt(0), chunkAt(0), chunkAt(1), chunkAt(2), chunkAt(3))},
		{"chunk dropped", key, join(header, chunkAt(0), chunkAt(2), chunkAt(3))},
		{"final chunk moved earlier", key, join(header, chunkAt(0), chunkAt(3))},
		{"empty", key, nil},
	}
	for _, tc := range tests {
		got, err := openBytes(tc.key, tc.data)
		if !errors.Is(err, ErrCiphertext) {
			t.Errorf("%s: open returned %d bytes, err %v; want ErrCiphertext", tc.name, len(got), err)
		}
	}
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x01
	return c
}

func TestSealWriterRejectsBadArguments(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if _, err := NewSealWriter(&buf, make([]byte, 16), 16); !errors.Is(err, ErrBadParams) {
		t.Errorf("16-byte key: err = %v, want ErrBadParams", err)
	}
	for _, cs := range []int{0, -1, MaxChunkSize + 1} {
		if _, err := NewSealWriter(&buf, make([]byte, KeySize), cs); !errors.Is(err, ErrBadParams) {
			t.Errorf("chunk size %d: err = %v, want ErrBadParams", cs, err)
		}
	}
	w, err := NewSealWriter(&buf, make([]byte, KeySize), 4)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := w.Write([]byte("late")); err == nil {
		t.Error("write after close succeeded")
	}
}

func FuzzOpenReader(f *testing.F) {
	key := bytes.Repeat([]byte{7}, KeySize)
	f.Add(sealBytes(f, key, []byte("hello, sealed world"), 4))
	f.Add(sealBytes(f, key, nil, 16))
	f.Add([]byte("dipseal\x01\x00\x00\x00\x10\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewOpenReader(bytes.NewReader(data), key)
		if err != nil {
			return
		}
		plain, err := io.ReadAll(r)
		if err != nil {
			return
		}
		// Anything that opens must be exactly what sealing that plaintext gives.
		if !bytes.Equal(sealBytes(t, key, plain, r.ChunkSize()), data) {
			t.Fatalf("opened %d bytes from a stream that is not their sealing", len(plain))
		}
	})
}
