// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IPowEpochs} from "../interfaces/IPowEpochs.sol";
import {IProofVerifier} from "../interfaces/IProofVerifier.sol";
import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";
import {IPowEpochAdapter} from "./interfaces/IPowEpochAdapter.sol";

/// @title PowEpochAdapter
/// @notice See {IPowEpochAdapter}.
contract PowEpochAdapter is IPowEpochAdapter {
    /// @dev Statement inputs of the nonce circuit: seed, miner, nonce, distance, threshold.
    uint256 private constant _STATEMENT_INPUTS = 5;

    IPowEpochs private immutable _EPOCHS;
    IGroth16Verifier private immutable _VERIFIER;
    uint64 private immutable _SPEC_WORD;

    /// @param epochs_ The guild's epoch publisher.
    /// @param verifier_ The Groth16 verifier of the nonce circuit of `specWord_` (five public inputs).
    /// @param specWord_ The model spec word (`pow.Spec.Word()`) the circuit was compiled for.
    constructor(IPowEpochs epochs_, IGroth16Verifier verifier_, uint64 specWord_) {
        if (address(epochs_) == address(0) || address(verifier_) == address(0) || specWord_ == 0) {
            revert PowEpochAdapter_BadSetup();
        }
        if (verifier_.inputCount() != _STATEMENT_INPUTS) revert PowEpochAdapter_BadSetup();
        _EPOCHS = epochs_;
        _VERIFIER = verifier_;
        _SPEC_WORD = specWord_;
    }

    /// @inheritdoc IProofVerifier
    /// @dev Checks the statement against the epoch (reverting with the epoch publisher's error),
    /// then verifies `proof` for `publicInputs[1:]`; the verifier's revert bubbles up.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view {
        if (publicInputs.length != _STATEMENT_INPUTS + 1) revert PowEpochAdapter_WrongInputCount(publicInputs.length);
        uint64 spec = _EPOCHS.checkStatement(publicInputs[0], publicInputs[1:]);
        if (spec != _SPEC_WORD) revert PowEpochAdapter_WrongSpec(spec, _SPEC_WORD);
        _VERIFIER.verifyProof(proof, publicInputs[1:]);
    }

    /// @inheritdoc IPowEpochAdapter
    function epochs() external view returns (IPowEpochs) {
        return _EPOCHS;
    }

    /// @inheritdoc IPowEpochAdapter
    function verifier() external view returns (IGroth16Verifier) {
        return _VERIFIER;
    }

    /// @inheritdoc IPowEpochAdapter
    function specWord() external view returns (uint64) {
        return _SPEC_WORD;
    }
}
