// Package zk proves sampled quantized inference with gnark Groth16 proofs
// over BN254 and checks them in Go and on chain.
//
// A circuit is named by a Spec (family and parameters; its ID names the key
// directory). Keys are made by Setup (single-party, or deterministic from a
// public beacon for reproducible fixtures), cached by LoadOrSetup in a key
// directory with a manifest (circuit id, constraint count, verifying-key
// hash, file hashes), and refused with ErrKeyMismatch when files, proofs or a
// deployed verifier come from another setup. A Prover turns a model and
// inputs into a Proof: Solidity-ready proof bytes and public inputs, plus
// timing and memory. EncodeVerifyingKey produces the constructor words of
// contracts/src/verifiers/Groth16Verifier.sol, so any key can be deployed
// from Go without solc; package zk/onchain does that.
//
// The circuits are in zk/circuits, their gadgets in zk/gadgets, and the
// plain-Go reference of the integer inference in zk/quant. docs/zk.md states
// exactly what each proof proves.
package zk
