// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IProofVerifier} from "../../interfaces/IProofVerifier.sol";
import {IGroth16Verifier} from "./IGroth16Verifier.sol";

/// @title ILayerCommitmentAdapter
/// @notice {IProofVerifier} for zk/ LayerBatch proofs (k positions through one int8 layer, product
/// checked by Freivalds' test). `publicInputs` is `[subjectId, Wx, Wy, Ax, Ay]`: W is the layer
/// commitment (computed once per model and setup with zk.LayerCommitment) and A the commitment to
/// the k inputs and outputs (zk.ActivationCommitment). The proof's first Pedersen commitment must
/// equal W + A; the Groth16 verifier then checks the proof with no other public input.
/// @dev Whether W is the commitment of the model a claim is about is for the caller to check (for
/// instance against a registry of model commitments); this adapter checks the proof against W.
interface ILayerCommitmentAdapter is IProofVerifier {
    /// @notice `publicInputs` does not have the five words `[subjectId, Wx, Wy, Ax, Ay]`.
    error LayerCommitmentAdapter_WrongInputCount(uint256 got);
    /// @notice The proof's first commitment is not W + A (wrong weights, inputs or outputs).
    error LayerCommitmentAdapter_CommitmentMismatch();
    /// @notice W or A is not a point on BN254's G1, or the proof is too short to hold a commitment.
    error LayerCommitmentAdapter_BadPoint();

    /// @notice The verifier proofs are forwarded to (a LayerBatch key, two commitments).
    function verifier() external view returns (IGroth16Verifier);
}
