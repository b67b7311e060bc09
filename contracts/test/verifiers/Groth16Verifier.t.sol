// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Groth16Verifier} from "../../src/verifiers/Groth16Verifier.sol";
import {IGroth16Verifier} from "../../src/verifiers/interfaces/IGroth16Verifier.sol";
import {GnarkSamplePlainVerifier} from "../../src/verifiers/generated/GnarkSamplePlainVerifier.sol";
import {GnarkSampleCommitVerifier} from "../../src/verifiers/generated/GnarkSampleCommitVerifier.sol";
import {ZkFixtures} from "./fixtures/ZkFixtures.sol";

/// @notice Groth16Verifier (key at deployment) against gnark's exported verifiers of the same
/// deterministic fixture keys: same valid proofs accepted, same tampered proofs rejected, gas compared.
contract Groth16VerifierTest is Test {
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;

    Groth16Verifier internal plain;
    Groth16Verifier internal commit;
    Groth16Verifier internal layer;
    Groth16Verifier internal plainOther;
    GnarkSamplePlainVerifier internal gnarkPlain;
    GnarkSampleCommitVerifier internal gnarkCommit;

    function setUp() public {
        plain = new Groth16Verifier(ZkFixtures.samplePlainKey());
        commit = new Groth16Verifier(ZkFixtures.sampleCommitKey());
        layer = new Groth16Verifier(ZkFixtures.layerKey());
        plainOther = new Groth16Verifier(ZkFixtures.samplePlainOtherKey());
        gnarkPlain = new GnarkSamplePlainVerifier();
        gnarkCommit = new GnarkSampleCommitVerifier();
    }

    function _one(uint256[] memory input) internal pure returns (uint256[1] memory one) {
        one[0] = input[0];
    }

    function test_constructor_keyShape_succeeds() public view {
        assertEq(plain.inputCount(), 1, "plain: one public input");
        assertEq(plain.commitmentCount(), 0, "plain: no commitment");
        assertEq(commit.commitmentCount(), 1, "commit: one commitment");
        assertEq(layer.inputCount(), 0, "layer: no public input");
        assertEq(layer.commitmentCount(), 2, "layer: two commitments");
        assertEq(
            plain.verifyingKeyHash(),
            keccak256(abi.encodePacked(ZkFixtures.samplePlainKey())),
            "key hash is keccak256 of the packed words"
        );
    }

    function test_verifyProof_plainFixture_succeeds() public view {
        for (uint256 i = 0; i < ZkFixtures.SAMPLE_PLAIN_PROOFS; ++i) {
            (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(i);
            plain.verifyProof(proof, input);
            gnarkPlain.verifyProof(proof, _one(input));
        }
    }

    function test_verifyProof_commitFixture_succeeds() public view {
        for (uint256 i = 0; i < ZkFixtures.SAMPLE_COMMIT_PROOFS; ++i) {
            (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(i);
            commit.verifyProof(proof, input);
            gnarkCommit.verifyProof(proof, _one(input));
        }
    }

    function test_verifyProof_twoCommitments_succeeds() public view {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.layerProof(0);
        layer.verifyProof(proof, input);
    }

    function test_verifyProof_wrongInputPlain_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(0);
        input[0] = addmod(input[0], 1, R);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        plain.verifyProof(proof, input);
        vm.expectRevert(GnarkSamplePlainVerifier.ProofInvalid.selector);
        gnarkPlain.verifyProof(proof, _one(input));
    }

    function test_verifyProof_wrongInputCommit_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        input[0] = addmod(input[0], 1, R);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        commit.verifyProof(proof, input);
        vm.expectRevert(GnarkSampleCommitVerifier.ProofInvalid.selector);
        gnarkCommit.verifyProof(proof, _one(input));
    }

    function test_verifyProof_proofOfOtherSample_reverts() public {
        (bytes memory proof,) = ZkFixtures.sampleCommitProof(0);
        (, uint256[] memory other) = ZkFixtures.sampleCommitProof(1);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        commit.verifyProof(proof, other);
        vm.expectRevert(GnarkSampleCommitVerifier.ProofInvalid.selector);
        gnarkCommit.verifyProof(proof, _one(other));
    }

    function test_verifyProof_proofForAnotherKey_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(0);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        plainOther.verifyProof(proof, input);
    }

    function test_verifyProof_tamperedCommitment_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        // Replace the commitment by the G1 generator: a valid point, but not the prover's commitment.
        _setPoint(proof, 256, 1, 2);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        commit.verifyProof(proof, input);
        vm.expectRevert(GnarkSampleCommitVerifier.CommitmentInvalid.selector);
        gnarkCommit.verifyProof(proof, _one(input));
    }

    function test_verifyProof_tamperedKnowledgeProof_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        _setPoint(proof, 320, 1, 2);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        commit.verifyProof(proof, input);
        vm.expectRevert(GnarkSampleCommitVerifier.CommitmentInvalid.selector);
        gnarkCommit.verifyProof(proof, _one(input));
    }

    function test_verifyProof_tamperedSecondCommitment_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.layerProof(0);
        _setPoint(proof, 320, 1, 2);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        layer.verifyProof(proof, input);
    }

    function test_verifyProof_pointOffCurve_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(0);
        _setPoint(proof, 0, 1, 3);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        plain.verifyProof(proof, input);
        vm.expectRevert(GnarkSamplePlainVerifier.ProofInvalid.selector);
        gnarkPlain.verifyProof(proof, _one(input));
    }

    function test_verifyProof_wrongLength_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        bytes memory short = new bytes(proof.length - 64);
        vm.expectRevert(abi.encodeWithSelector(IGroth16Verifier.Groth16Verifier_WrongProofLength.selector, 320, 384));
        commit.verifyProof(short, input);
        // A proof without commitments sent to a key with one.
        (bytes memory plainProof,) = ZkFixtures.samplePlainProof(0);
        vm.expectRevert(abi.encodeWithSelector(IGroth16Verifier.Groth16Verifier_WrongProofLength.selector, 256, 384));
        commit.verifyProof(plainProof, input);
    }

    function test_verifyProof_inputNotInField_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(0);
        input[0] += R; // the same residue, unreduced: both verifiers refuse it
        vm.expectRevert(abi.encodeWithSelector(IGroth16Verifier.Groth16Verifier_InputNotInField.selector, 0));
        plain.verifyProof(proof, input);
        vm.expectRevert(GnarkSamplePlainVerifier.PublicInputNotInField.selector);
        gnarkPlain.verifyProof(proof, _one(input));
    }

    function test_verifyProof_wrongInputCount_reverts() public {
        (bytes memory proof,) = ZkFixtures.samplePlainProof(0);
        vm.expectRevert(abi.encodeWithSelector(IGroth16Verifier.Groth16Verifier_WrongInputCount.selector, 2, 1));
        plain.verifyProof(proof, new uint256[](2));
    }

    function test_constructor_badKey_reverts() public {
        uint256[] memory vk = ZkFixtures.sampleCommitKey();
        uint256[] memory short = new uint256[](vk.length - 1);
        for (uint256 i = 0; i < short.length; ++i) {
            short[i] = vk[i];
        }
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_BadKey.selector);
        new Groth16Verifier(short);

        uint256[] memory offField = ZkFixtures.sampleCommitKey();
        offField[5] = type(uint256).max;
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_BadKey.selector);
        new Groth16Verifier(offField);

        // Commitment 0 may only hash the public input (index 1): index 2 would read its own hash.
        uint256[] memory badIndex = ZkFixtures.layerKey();
        badIndex[badIndex.length - 1] = 99;
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_BadKey.selector);
        new Groth16Verifier(badIndex);

        vm.expectRevert(IGroth16Verifier.Groth16Verifier_BadKey.selector);
        new Groth16Verifier(new uint256[](1));
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_verifyProof_flippedBit_reverts(uint256 byteIndex, uint8 bit) public view {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(1);
        byteIndex = bound(byteIndex, 0, proof.length - 1);
        proof[byteIndex] = proof[byteIndex] ^ bytes1(uint8(1) << (bit % 8));
        bool mine = _accepts(address(commit), abi.encodeCall(IGroth16Verifier.verifyProof, (proof, input)));
        bool theirs =
            _accepts(address(gnarkCommit), abi.encodeCall(GnarkSampleCommitVerifier.verifyProof, (proof, _one(input))));
        assertFalse(mine, "Groth16Verifier accepted a tampered proof");
        assertFalse(theirs, "gnark's verifier accepted a tampered proof");
    }

    /// forge-config: default.fuzz.runs = 64
    function testFuzz_verifyProof_randomInput_reverts(uint256 x) public view {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(1);
        x = bound(x, 0, R - 1);
        vm.assume(x != input[0]);
        input[0] = x;
        assertFalse(_accepts(address(plain), abi.encodeCall(IGroth16Verifier.verifyProof, (proof, input))), "mine");
        assertFalse(
            _accepts(address(gnarkPlain), abi.encodeCall(GnarkSamplePlainVerifier.verifyProof, (proof, _one(input)))),
            "gnark's"
        );
    }

    function test_verifyProof_gasAgainstGnark_succeeds() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.samplePlainProof(0);
        uint256 g = gasleft();
        plain.verifyProof(proof, input);
        uint256 minePlain = g - gasleft();
        g = gasleft();
        gnarkPlain.verifyProof(proof, _one(input));
        uint256 gnarkPlainGas = g - gasleft();
        (proof, input) = ZkFixtures.sampleCommitProof(0);
        g = gasleft();
        commit.verifyProof(proof, input);
        uint256 mineCommit = g - gasleft();
        g = gasleft();
        gnarkCommit.verifyProof(proof, _one(input));
        uint256 gnarkCommitGas = g - gasleft();
        (proof, input) = ZkFixtures.layerProof(0);
        g = gasleft();
        layer.verifyProof(proof, input);
        uint256 mineLayer = g - gasleft();
        emit log_named_uint("Groth16Verifier, no commitment, 1 input", minePlain);
        emit log_named_uint("gnark export,    no commitment, 1 input", gnarkPlainGas);
        emit log_named_uint("Groth16Verifier, 1 commitment,  1 input", mineCommit);
        emit log_named_uint("gnark export,    1 commitment,  1 input", gnarkCommitGas);
        emit log_named_uint("Groth16Verifier, 2 commitments, 0 input", mineLayer);
        // Folding the knowledge check into the main pairing saves one precompile call.
        assertLt(mineCommit, gnarkCommitGas, "one commitment: folded pairing is cheaper than gnark's two calls");
    }

    function _accepts(address target, bytes memory data) internal view returns (bool ok) {
        (ok,) = target.staticcall(data);
    }

    function _setPoint(bytes memory proof, uint256 offset, uint256 x, uint256 y) internal pure {
        assembly ("memory-safe") {
            mstore(add(add(proof, 0x20), offset), x)
            mstore(add(add(proof, 0x40), offset), y)
        }
    }
}
