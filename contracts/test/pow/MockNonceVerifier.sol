// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IGroth16Verifier} from "../../src/verifiers/interfaces/IGroth16Verifier.sol";

/// @title MockNonceVerifier
/// @notice Stands in for the nonce circuit's Groth16Verifier in the PowEpochs tests: a proof is valid
/// iff it is `abi.encodePacked(keccak256(abi.encodePacked(input)))`, so tests can prove any statement,
/// including ones the epoch binding must reject.
contract MockNonceVerifier is IGroth16Verifier {
    uint256 private immutable _INPUTS;

    constructor(uint256 inputs_) {
        _INPUTS = inputs_;
    }

    /// @inheritdoc IGroth16Verifier
    function verifyProof(bytes calldata proof, uint256[] calldata input) external view {
        if (input.length != _INPUTS) revert Groth16Verifier_WrongInputCount(input.length, _INPUTS);
        if (keccak256(proof) != keccak256(proofFor(input))) revert Groth16Verifier_ProofInvalid();
    }

    /// @notice The one proof accepted for `input`.
    function proofFor(uint256[] memory input) public pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked(input)));
    }

    /// @inheritdoc IGroth16Verifier
    function verifyingKeyHash() external pure returns (bytes32) {
        return keccak256("mock");
    }

    /// @inheritdoc IGroth16Verifier
    function inputCount() external view returns (uint256) {
        return _INPUTS;
    }

    /// @inheritdoc IGroth16Verifier
    function commitmentCount() external pure returns (uint256) {
        return 0;
    }
}
