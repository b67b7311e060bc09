// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IProofVerifier} from "../../src/interfaces/IProofVerifier.sol";

/// @notice Shaped like a gnark-exported Groth16 verifier with two public inputs: a fixed-arity
/// view that reverts on a bad proof. The "proof" here is valid iff it equals
/// `abi.encode(input[0] + input[1])` — enough to exercise the adapter pattern.
contract SettlementFixedArityVerifier {
    error ProofInvalid();

    function verifyProof(bytes calldata proof, uint256[2] calldata input) external pure {
        if (keccak256(proof) != keccak256(abi.encode(input[0] + input[1]))) revert ProofInvalid();
    }
}

/// @notice The adapter pattern docs/settlement.md describes: Settlement passes
/// `[subjectId, inputs...]`; the adapter checks the arity, binds the subject to on-chain context
/// (here: an expected epoch seed per subject), and forwards the rest to the fixed-arity verifier.
contract SettlementVerifierAdapter is IProofVerifier {
    SettlementFixedArityVerifier public immutable inner;
    mapping(uint256 subjectId => uint256) public seedOf;

    error Adapter_BadArity(uint256 length);
    error Adapter_WrongContext(uint256 subjectId, uint256 seed);

    constructor(SettlementFixedArityVerifier inner_) {
        inner = inner_;
    }

    function setSeed(uint256 subjectId, uint256 seed) external {
        seedOf[subjectId] = seed;
    }

    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view {
        if (publicInputs.length != 3) revert Adapter_BadArity(publicInputs.length);
        // publicInputs[1] is the circuit's first public input; here it must be the subject's seed.
        if (publicInputs[1] != seedOf[publicInputs[0]]) revert Adapter_WrongContext(publicInputs[0], publicInputs[1]);
        uint256[2] memory input = [publicInputs[1], publicInputs[2]];
        inner.verifyProof(proof, input);
    }
}
