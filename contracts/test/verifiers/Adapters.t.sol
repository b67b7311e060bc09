// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Groth16Verifier} from "../../src/verifiers/Groth16Verifier.sol";
import {Groth16ProofAdapter} from "../../src/verifiers/Groth16ProofAdapter.sol";
import {LayerCommitmentAdapter} from "../../src/verifiers/LayerCommitmentAdapter.sol";
import {IGroth16Verifier} from "../../src/verifiers/interfaces/IGroth16Verifier.sol";
import {IGroth16ProofAdapter} from "../../src/verifiers/interfaces/IGroth16ProofAdapter.sol";
import {ILayerCommitmentAdapter} from "../../src/verifiers/interfaces/ILayerCommitmentAdapter.sol";
import {IProofVerifier} from "../../src/interfaces/IProofVerifier.sol";
import {ZkFixtures} from "./fixtures/ZkFixtures.sol";

/// @notice The IProofVerifier adapters Settlement calls with `[subjectId, inputs...]`.
contract Groth16ProofAdapterTest is Test {
    Groth16Verifier internal verifier;
    IProofVerifier internal adapter;

    function setUp() public {
        verifier = new Groth16Verifier(ZkFixtures.sampleCommitKey());
        adapter = new Groth16ProofAdapter(verifier);
    }

    function _withSubject(uint256 subject, uint256[] memory input) internal pure returns (uint256[] memory pub) {
        pub = new uint256[](input.length + 1);
        pub[0] = subject;
        for (uint256 i = 0; i < input.length; ++i) {
            pub[i + 1] = input[i];
        }
    }

    function test_verifyProof_withSubject_succeeds() public view {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        adapter.verifyProof(proof, _withSubject(42, input));
        assertEq(address(Groth16ProofAdapter(address(adapter)).verifier()), address(verifier), "verifier");
    }

    function testFuzz_verifyProof_anySubject_succeeds(uint256 subject) public view {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(1);
        adapter.verifyProof(proof, _withSubject(subject, input));
    }

    function test_verifyProof_missingSubject_reverts() public {
        (bytes memory proof,) = ZkFixtures.sampleCommitProof(0);
        vm.expectRevert(IGroth16ProofAdapter.Groth16ProofAdapter_MissingSubject.selector);
        adapter.verifyProof(proof, new uint256[](0));
    }

    function test_verifyProof_statementWithoutSubject_reverts() public {
        (bytes memory proof, uint256[] memory input) = ZkFixtures.sampleCommitProof(0);
        // Passing the statement alone drops it as the subject: no input is left for the proof.
        vm.expectRevert(abi.encodeWithSelector(IGroth16Verifier.Groth16Verifier_WrongInputCount.selector, 0, 1));
        adapter.verifyProof(proof, input);
    }

    function test_verifyProof_wrongStatement_reverts() public {
        (bytes memory proof,) = ZkFixtures.sampleCommitProof(0);
        (, uint256[] memory other) = ZkFixtures.sampleCommitProof(1);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        adapter.verifyProof(proof, _withSubject(1, other));
    }
}

contract LayerCommitmentAdapterTest is Test {
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    Groth16Verifier internal verifier;
    LayerCommitmentAdapter internal adapter;

    function setUp() public {
        verifier = new Groth16Verifier(ZkFixtures.layerKey());
        adapter = new LayerCommitmentAdapter(verifier);
    }

    function _pub(uint256[4] memory s) internal pure returns (uint256[] memory pub) {
        pub = new uint256[](5);
        pub[0] = 7; // subject id
        for (uint256 i = 0; i < 4; ++i) {
            pub[i + 1] = s[i];
        }
    }

    function test_verifyProof_layerAndActivations_succeeds() public view {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        adapter.verifyProof(proof, _pub(ZkFixtures.layerStatement(0)));
        assertEq(address(adapter.verifier()), address(verifier), "verifier");
    }

    function test_verifyProof_otherWeights_reverts() public {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        uint256[4] memory s = ZkFixtures.layerStatement(0);
        // W replaced by the generator (1, 2): a valid point that is not the proven layer.
        s[0] = 1;
        s[1] = 2;
        vm.expectRevert(ILayerCommitmentAdapter.LayerCommitmentAdapter_CommitmentMismatch.selector);
        adapter.verifyProof(proof, _pub(s));
    }

    function test_verifyProof_otherActivations_reverts() public {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        uint256[4] memory s = ZkFixtures.layerStatement(0);
        // A negated: still on the curve, not the proven activations.
        s[3] = P - s[3];
        vm.expectRevert(ILayerCommitmentAdapter.LayerCommitmentAdapter_CommitmentMismatch.selector);
        adapter.verifyProof(proof, _pub(s));
    }

    function test_verifyProof_pointOffCurve_reverts() public {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        uint256[4] memory s = ZkFixtures.layerStatement(0);
        s[1] = s[1] ^ 1;
        vm.expectRevert(ILayerCommitmentAdapter.LayerCommitmentAdapter_BadPoint.selector);
        adapter.verifyProof(proof, _pub(s));
    }

    function test_verifyProof_wrongInputCount_reverts() public {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        vm.expectRevert(
            abi.encodeWithSelector(ILayerCommitmentAdapter.LayerCommitmentAdapter_WrongInputCount.selector, 4)
        );
        adapter.verifyProof(proof, new uint256[](4));
    }

    function test_verifyProof_shortProof_reverts() public {
        vm.expectRevert(ILayerCommitmentAdapter.LayerCommitmentAdapter_BadPoint.selector);
        adapter.verifyProof(new bytes(256), _pub(ZkFixtures.layerStatement(0)));
    }

    function test_verifyProof_tamperedProofMatchingStatement_reverts() public {
        (bytes memory proof,) = ZkFixtures.layerProof(0);
        proof[10] = proof[10] ^ 0x01; // A changes, commitments unchanged
        uint256[4] memory s = ZkFixtures.layerStatement(0);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        adapter.verifyProof(proof, _pub(s));
    }
}
