// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IProofVerifier} from "../../src/interfaces/IProofVerifier.sol";

/// @title SettlementMockVerifier
/// @notice A stand-in {IProofVerifier} for tests, the demo and development chains (never for value):
/// a proof is valid iff it is exactly the 32 bytes `keccak256(abi.encodePacked(publicInputs))`,
/// i.e. the hash of the public inputs as consecutive 32-byte words. It reverts otherwise, like
/// gnark's Groth16 verifier. The Go side can build valid and invalid proofs without a prover.
contract SettlementMockVerifier is IProofVerifier {
    /// @notice The proof does not match the public inputs.
    error MockVerifier_ProofInvalid();

    /// @inheritdoc IProofVerifier
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external pure {
        if (keccak256(proof) != keccak256(proofFor(publicInputs))) revert MockVerifier_ProofInvalid();
    }

    /// @notice The one proof this verifier accepts for `publicInputs`.
    function proofFor(uint256[] calldata publicInputs) public pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked(publicInputs)));
    }
}
