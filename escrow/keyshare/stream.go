package keyshare

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Sealed stream format (version 1), see docs/keyshare.md:
//
//	header  16 bytes: "dipseal" | version 0x01 | chunk size (uint32 BE) | 4 zero bytes
//	chunk i        : AES-256-GCM(key, nonce_i, plaintext_i, aad = header)
//	nonce_i        : 3 zero bytes | i (uint64 BE) | final flag (0x00 or 0x01)
//
// Every chunk but the last carries exactly chunkSize plaintext bytes; the last
// carries 0..chunkSize bytes (0 only when the whole plaintext is empty) and is
// the only one sealed with the final flag. Because the index and the flag are
// in the nonce, reordering, dropping, duplicating or truncating chunks, or
// appending data, makes a chunk fail authentication; because the header is
// the associated data of every chunk, changing the chunk size does too.

const (
	// KeySize is the size of a data key: AES-256.
	KeySize = 32
	// DefaultChunkSize is the plaintext chunk size used when none is given.
	DefaultChunkSize = 64 << 10
	// MaxChunkSize bounds the chunk size, so a reader's buffer is bounded.
	MaxChunkSize = 16 << 20
	// HeaderSize is the size of the sealed stream header.
	HeaderSize = 16
	// TagSize is the GCM tag appended to every chunk.
	TagSize = 16

	streamVersion = 1
)

var streamMagic = [7]byte{'d', 'i', 'p', 's', 'e', 'a', 'l'}

func streamHeader(chunkSize int) [HeaderSize]byte {
	var h [HeaderSize]byte
	copy(h[:], streamMagic[:])
	h[7] = streamVersion
	binary.BigEndian.PutUint32(h[8:12], uint32(chunkSize))
	return h
}

func parseStreamHeader(h []byte) (int, error) {
	if len(h) != HeaderSize || string(h[:7]) != string(streamMagic[:]) {
		return 0, fmt.Errorf("%w: not a sealed stream (bad magic)", ErrCiphertext)
	}
	if h[7] != streamVersion {
		return 0, fmt.Errorf("%w: unsupported stream version %d", ErrCiphertext, h[7])
	}
	if binary.BigEndian.Uint32(h[12:16]) != 0 {
		return 0, fmt.Errorf("%w: reserved header bytes are not zero", ErrCiphertext)
	}
	cs := binary.BigEndian.Uint32(h[8:12])
	if cs == 0 || cs > MaxChunkSize {
		return 0, fmt.Errorf("%w: chunk size %d out of range 1..%d", ErrCiphertext, cs, MaxChunkSize)
	}
	return int(cs), nil
}

func chunkNonce(index uint64, final bool) []byte {
	n := make([]byte, 12)
	binary.BigEndian.PutUint64(n[3:11], index)
	if final {
		n[11] = 1
	}
	return n
}

func newGCM(key []byte) (cipher.AEAD, error) {
	if len(key) != KeySize {
		return nil, fmt.Errorf("%w: data key must be %d bytes", ErrBadParams, KeySize)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("keyshare: aes: %w", err)
	}
	return cipher.NewGCM(block)
}

func checkChunkSize(cs int) error {
	if cs < 1 || cs > MaxChunkSize {
		return fmt.Errorf("%w: chunk size %d out of range 1..%d", ErrBadParams, cs, MaxChunkSize)
	}
	return nil
}

// SealWriter encrypts what is written to it into a sealed stream. Close
// seals the final chunk; a stream that was not closed is not decryptable.
type SealWriter struct {
	w      io.Writer
	aead   cipher.AEAD
	header [HeaderSize]byte
	buf    []byte
	out    []byte
	index  uint64
	err    error
}

// NewSealWriter writes the stream header to w and returns a writer that
// seals plaintext in chunks of chunkSize bytes under key.
func NewSealWriter(w io.Writer, key []byte, chunkSize int) (*SealWriter, error) {
	if err := checkChunkSize(chunkSize); err != nil {
		return nil, err
	}
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	s := &SealWriter{w: w, aead: aead, header: streamHeader(chunkSize), buf: make([]byte, 0, chunkSize), out: make([]byte, 0, chunkSize+TagSize)}
	if _, err := w.Write(s.header[:]); err != nil {
		return nil, fmt.Errorf("keyshare: write stream header: %w", err)
	}
	return s, nil
}

// Write buffers p and seals every chunk that is known not to be the last.
func (s *SealWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n := 0
	for len(p) > 0 {
		if len(s.buf) == cap(s.buf) {
			// More data follows a full buffer, so that chunk is not the last.
			if err := s.flush(false); err != nil {
				return n, err
			}
		}
		k := copy(s.buf[len(s.buf):cap(s.buf)], p)
		s.buf = s.buf[:len(s.buf)+k]
		p = p[k:]
		n += k
	}
	return n, nil
}

// Close seals the buffered plaintext as the final chunk. It does not close
// the underlying writer.
func (s *SealWriter) Close() error {
	if s.err != nil {
		if errors.Is(s.err, errClosed) {
			return nil
		}
		return s.err
	}
	if err := s.flush(true); err != nil {
		return err
	}
	clear(s.buf[:cap(s.buf)])
	s.err = errClosed
	return nil
}

var errClosed = errors.New("keyshare: sealed stream already closed")

func (s *SealWriter) flush(final bool) error {
	if s.index == math.MaxUint64 {
		s.err = fmt.Errorf("%w: too many chunks", ErrBadParams)
		return s.err
	}
	s.out = s.aead.Seal(s.out[:0], chunkNonce(s.index, final), s.buf, s.header[:])
	s.index++
	s.buf = s.buf[:0]
	if _, err := s.w.Write(s.out); err != nil {
		s.err = fmt.Errorf("keyshare: write sealed chunk: %w", err)
		return s.err
	}
	return nil
}

// OpenReader decrypts a sealed stream. Read returns io.EOF only after the
// final chunk authenticated; any error means the plaintext read so far must
// be discarded.
type OpenReader struct {
	r         io.Reader
	aead      cipher.AEAD
	header    [HeaderSize]byte
	chunkSize int
	buf       []byte // one sealed chunk plus one byte of lookahead
	pending   int    // lookahead bytes carried at the start of buf
	plain     []byte
	out       []byte
	index     uint64
	done      bool
	err       error
}

// NewOpenReader reads the stream header from r and returns a reader of the
// plaintext sealed under key.
func NewOpenReader(r io.Reader, key []byte) (*OpenReader, error) {
	aead, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	o := &OpenReader{r: r, aead: aead}
	if _, err := io.ReadFull(r, o.header[:]); err != nil {
		return nil, fmt.Errorf("%w: read header: %w", ErrCiphertext, err)
	}
	if o.chunkSize, err = parseStreamHeader(o.header[:]); err != nil {
		return nil, err
	}
	o.buf = make([]byte, o.chunkSize+TagSize+1)
	return o, nil
}

// ChunkSize returns the stream's plaintext chunk size.
func (o *OpenReader) ChunkSize() int { return o.chunkSize }

// Read implements io.Reader.
func (o *OpenReader) Read(p []byte) (int, error) {
	for len(o.plain) == 0 {
		if o.err != nil {
			return 0, o.err
		}
		if o.done {
			return 0, io.EOF
		}
		o.err = o.next()
	}
	n := copy(p, o.plain)
	o.plain = o.plain[n:]
	return n, nil
}

func (o *OpenReader) next() error {
	n, err := io.ReadFull(o.r, o.buf[o.pending:])
	total := o.pending + n
	final := false
	switch {
	case err == nil:
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		final = true
	default:
		return fmt.Errorf("keyshare: read chunk %d: %w", o.index, err)
	}
	sealed := o.buf[:total]
	if !final {
		sealed = o.buf[:o.chunkSize+TagSize]
	}
	if len(sealed) < TagSize {
		return fmt.Errorf("%w: chunk %d is truncated", ErrCiphertext, o.index)
	}
	plain, err := o.aead.Open(o.out[:0], chunkNonce(o.index, final), sealed, o.header[:])
	if err != nil {
		return fmt.Errorf("%w: chunk %d fails authentication (wrong key, or the data was corrupted, truncated, reordered or extended)", ErrCiphertext, o.index)
	}
	if final && len(plain) == 0 && o.index > 0 {
		// The writer only seals an empty final chunk for an empty plaintext.
		return fmt.Errorf("%w: empty final chunk after data", ErrCiphertext)
	}
	o.out = plain[:0]
	o.plain = plain
	o.index++
	if final {
		o.done = true
		o.pending = 0
	} else {
		o.buf[0] = o.buf[o.chunkSize+TagSize]
		o.pending = 1
	}
	return nil
}

// SealedSize returns the size of the sealed stream of a plaintext of the
// given size.
func SealedSize(plaintext uint64, chunkSize int) uint64 {
	chunks := plaintext / uint64(chunkSize)
	if plaintext%uint64(chunkSize) != 0 || plaintext == 0 {
		chunks++
	}
	return HeaderSize + plaintext + chunks*TagSize
}

// PlaintextSize returns the plaintext size of a sealed stream of the given
// size, or an error when no plaintext seals to exactly that size.
func PlaintextSize(sealed uint64, chunkSize int) (uint64, error) {
	if chunkSize < 1 || chunkSize > MaxChunkSize || sealed < HeaderSize+TagSize {
		return 0, fmt.Errorf("%w: sealed size %d impossible with chunk size %d", ErrCiphertext, sealed, chunkSize)
	}
	body := sealed - HeaderSize
	full := uint64(chunkSize + TagSize)
	chunks, rem := body/full, body%full
	switch {
	case rem == 0: // the final chunk is full
		return chunks * uint64(chunkSize), nil
	case rem >= TagSize && (rem > TagSize || chunks == 0):
		return chunks*uint64(chunkSize) + rem - TagSize, nil
	default:
		return 0, fmt.Errorf("%w: sealed size %d impossible with chunk size %d", ErrCiphertext, sealed, chunkSize)
	}
}
