// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IProofVerifier
/// @notice What Settlement calls to check the zero-knowledge proof of one sampled work item
/// (a proof-of-work nonce or an inference slice). The call REVERTS on an invalid proof and
/// returns nothing on a valid one, like the Groth16 verifiers gnark exports.
/// @dev gnark's exported verifier has the fixed-arity entry point
/// `verifyProof(bytes proof, uint256[N] input)`; a small adapter contract implements this
/// interface by checking `publicInputs.length == N + 1`, checking `publicInputs[0]` (the
/// claim's subject id) against whatever on-chain context the circuit needs (e.g. the epoch
/// seed), copying the remaining N words into a `uint256[N]` and calling the gnark verifier.
/// See docs/settlement.md, "Verifier adapter".
interface IProofVerifier {
    /// @notice Reverts unless `proof` proves the statement with public inputs `publicInputs`.
    /// @param proof The proof bytes (for gnark Groth16: `MarshalSolidity()` output).
    /// @param publicInputs `[subjectId, item inputs...]`: the claim's subject id followed by the
    /// sampled leaf's inputs, exactly as committed in the claim's Merkle tree.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view;
}
