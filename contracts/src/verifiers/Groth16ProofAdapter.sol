// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IGroth16ProofAdapter} from "./interfaces/IGroth16ProofAdapter.sol";
import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";
import {IProofVerifier} from "../interfaces/IProofVerifier.sol";

/// @title Groth16ProofAdapter
/// @notice Forwards Settlement's `[subjectId, inputs...]` to a {IGroth16Verifier} as `inputs...`.
contract Groth16ProofAdapter is IGroth16ProofAdapter {
    IGroth16Verifier private immutable _VERIFIER;

    /// @param verifier_ The Groth16 verifier of the sample circuit.
    constructor(IGroth16Verifier verifier_) {
        _VERIFIER = verifier_;
    }

    /// @inheritdoc IGroth16ProofAdapter
    function verifier() external view returns (IGroth16Verifier) {
        return _VERIFIER;
    }

    /// @inheritdoc IProofVerifier
    /// @dev Verifies `proof` for `publicInputs[1:]`; the verifier's revert bubbles up.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view {
        if (publicInputs.length == 0) revert Groth16ProofAdapter_MissingSubject();
        _VERIFIER.verifyProof(proof, publicInputs[1:]);
    }
}
