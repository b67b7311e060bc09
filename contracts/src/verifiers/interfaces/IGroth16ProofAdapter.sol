// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IProofVerifier} from "../../interfaces/IProofVerifier.sol";
import {IGroth16Verifier} from "./IGroth16Verifier.sol";

/// @title IGroth16ProofAdapter
/// @notice Lets Settlement check zk/ sample proofs (InferenceSample, InferenceBatch) through
/// {IProofVerifier}: `publicInputs` is `[subjectId, statement]` (or more inputs after the subject)
/// and the adapter verifies the proof for `publicInputs[1:]`.
/// @dev The subject id is not an input of the circuit: a sample statement already binds the model
/// root, layer, position and the input and output hashes, and the statement itself is bound to the
/// claim by the claim's Merkle tree, which the bonded relayer committed before sampling.
interface IGroth16ProofAdapter is IProofVerifier {
    /// @notice `publicInputs` is empty: the subject id is missing.
    error Groth16ProofAdapter_MissingSubject();

    /// @notice The verifier proofs are forwarded to.
    function verifier() external view returns (IGroth16Verifier);
}
