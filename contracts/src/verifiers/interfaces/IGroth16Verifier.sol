// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IGroth16Verifier
/// @notice A Groth16 (BN254) verifier whose verifying key is supplied at deployment, so one
/// compiled bytecode (bound into Go by abigen) serves every circuit of zk/: the relayer and
/// `dip demo` deploy a verifier for a freshly generated key without running solc.
/// Supports gnark's BSB22 Pedersen commitment extension with any number of commitments.
/// Proofs are gnark's `MarshalSolidity()` bytes: A (64) | B (128) | C (64) | commitments
/// (64 each) | folded proof of knowledge (64, only when there are commitments). The
/// commitment hashes use keccak256 (gnark's `WithProverTargetSolidityVerifier`).
/// @dev The verifying key is encoded by zk.EncodeVerifyingKey (Go) as uint256 words:
/// `[n, c, len_0..len_{c-1}, alpha(2), -beta(4), -gamma(4), -delta(4), K_0..K_{n+c}(2 each),
/// (if c > 0) G(4), -sigma_0..-sigma_{c-1} G(4 each), committed indexes of commitment 0.. c-1]`
/// with G2 points in EIP-197 order (x.im, x.re, y.im, y.re). It is stored as the code of a
/// data contract (SSTORE2) and read with one EXTCODECOPY per verification.
interface IGroth16Verifier {
    /// @notice The verifying key words are inconsistent (lengths, indexes or coordinates).
    error Groth16Verifier_BadKey();
    /// @notice `got` public inputs were passed; the key takes `want`.
    error Groth16Verifier_WrongInputCount(uint256 got, uint256 want);
    /// @notice The proof is `got` bytes long; the key needs `want`.
    error Groth16Verifier_WrongProofLength(uint256 got, uint256 want);
    /// @notice Public input `index` is not below the BN254 scalar field modulus.
    error Groth16Verifier_InputNotInField(uint256 index);
    /// @notice A proof point is not on its curve, or the pairing check failed: the proof is
    /// invalid for these public inputs under this key (including a proof made for another key).
    error Groth16Verifier_ProofInvalid();

    /// @notice Reverts unless `proof` is valid for `input` under the deployed verifying key.
    /// @param proof gnark's `MarshalSolidity()` proof bytes.
    /// @param input The public inputs (without the commitment hashes, which are derived here).
    function verifyProof(bytes calldata proof, uint256[] calldata input) external view;

    /// @notice keccak256 of the verifying key words, to check a deployed verifier against a local key.
    function verifyingKeyHash() external view returns (bytes32);

    /// @notice Number of public inputs `verifyProof` takes.
    function inputCount() external view returns (uint256);

    /// @notice Number of Pedersen commitments proofs carry.
    function commitmentCount() external view returns (uint256);
}
