// Package keyshare provides threshold key escrow for sealed data assets: a
// file is encrypted with AES-256-GCM under a fresh key (chunked, streaming),
// the key is split t-of-n with Shamir secret sharing over GF(2^8), and each
// share is encrypted (ECIES over secp256k1) to one authority node. A manifest
// binds the ciphertext, the parameters and the encrypted shares to an asset id.
//
// A holder releases its share only against a Liquid Access Token grant it has
// checked on chain (right asset, right buyer, tier high enough, confirmed),
// re-encrypted to the buyer and signed (EIP-712) over the grant, so a release
// cannot be replayed to another buyer or grant. Releases are logged so they
// are idempotent across restarts. The buyer collects t releases, verifies each
// against the salted share commitments in the manifest, reconstructs the key
// and decrypts.
//
// docs/keyshare.md states the threat model, every format, and exactly what is
// authenticated by what.
package keyshare
