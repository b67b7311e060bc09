// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ILayerCommitmentAdapter} from "./interfaces/ILayerCommitmentAdapter.sol";
import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";
import {IProofVerifier} from "../interfaces/IProofVerifier.sol";

/// @title LayerCommitmentAdapter
/// @notice Checks that a LayerBatch proof's first commitment is W + A, then verifies the proof.
contract LayerCommitmentAdapter is ILayerCommitmentAdapter {
    IGroth16Verifier private immutable _VERIFIER;

    /// @param verifier_ The Groth16 verifier of the LayerBatch circuit.
    constructor(IGroth16Verifier verifier_) {
        _VERIFIER = verifier_;
    }

    /// @inheritdoc ILayerCommitmentAdapter
    function verifier() external view returns (IGroth16Verifier) {
        return _VERIFIER;
    }

    /// @inheritdoc IProofVerifier
    /// @dev Checks the proof's first commitment against W + A, then verifies the proof with no input.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view {
        if (publicInputs.length != 5) revert LayerCommitmentAdapter_WrongInputCount(publicInputs.length);
        if (proof.length < 320) revert LayerCommitmentAdapter_BadPoint();
        uint256[4] memory input = [publicInputs[1], publicInputs[2], publicInputs[3], publicInputs[4]];
        uint256[2] memory sum;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, input, 0x80, sum, 0x40)
        }
        if (!ok) revert LayerCommitmentAdapter_BadPoint();
        if (uint256(bytes32(proof[256:288])) != sum[0] || uint256(bytes32(proof[288:320])) != sum[1]) {
            revert LayerCommitmentAdapter_CommitmentMismatch();
        }
        _VERIFIER.verifyProof(proof, new uint256[](0));
    }
}
