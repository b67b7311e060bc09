// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IPowEpochs} from "../../src/interfaces/IPowEpochs.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {PowEpochs} from "../../src/PowEpochs.sol";
import {IPowEpochAdapter} from "../../src/verifiers/interfaces/IPowEpochAdapter.sol";
import {IGroth16Verifier} from "../../src/verifiers/interfaces/IGroth16Verifier.sol";
import {PowEpochAdapter} from "../../src/verifiers/PowEpochAdapter.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";
import {MockNonceVerifier} from "./MockNonceVerifier.sol";

/// @notice PowEpochs and PowEpochAdapter on a guild created by the factory; the guild's Settlement
/// takes the adapter as its PowEpoch verifier, in front of a mock nonce verifier.
contract PowEpochsTest is GuildFixture {
    uint64 internal constant SPEC = 4 | 1 << 10 | 2 << 20 | 4 << 30 | 8 << 40; // d4 L1 H2 T4 F8
    uint64 internal constant DIFFICULTY = 4;
    uint32 internal constant THRESHOLD = 300;
    uint64 internal constant MINING = 6 hours;
    uint32 internal constant SAMPLES = 400;
    uint256 internal constant R =
        21_888_242_871_839_275_222_246_405_745_257_275_088_548_364_400_416_034_343_698_204_186_575_808_495_617;

    address internal publisher = makeAddr("publisher");
    address internal relayer = makeAddr("relayer");
    address internal challenger = makeAddr("challenger");

    PowEpochs internal epochs;
    MockNonceVerifier internal nonceVerifier;
    PowEpochAdapter internal adapter;

    function setUp() public override {
        super.setUp();
        epochs = new PowEpochs(ICapabilityLadder(address(ladder)), address(timelock), publisher);
        nonceVerifier = new MockNonceVerifier(5);
        adapter = new PowEpochAdapter(epochs, nonceVerifier, SPEC);
        vm.prank(address(timelock));
        settlement.setVerifier(ISettlement.ClaimKind.PowEpoch, address(adapter));
        vm.deal(relayer, 10 ether);
        vm.prank(relayer);
        settlement.bond{value: 5 ether}();
    }

    // ------------------------------------------------------------ helpers

    function _schedule(uint256 id) internal {
        vm.prank(publisher);
        epochs.scheduleEpoch(id, SPEC, DIFFICULTY, SAMPLES, MINING);
    }

    /// @dev Opens a rank-0 competition, enters and reveals alice and bob, publishes the epoch.
    function _published() internal returns (uint256 id) {
        id = open(0);
        _schedule(id);
        enter(id, alice);
        enter(id, bob);
        toRevealPhase(id);
        revealAs(id, alice);
        revealAs(id, bob);
        epochs.requestSeed(id);
        vm.roll(block.number + epochs.SEED_DELAY() + 1);
        epochs.drawSeed(id);
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD);
    }

    function _statement(uint256 id, address miner, uint32 ctr) internal view returns (uint256[] memory in_) {
        in_ = new uint256[](5);
        in_[0] = epochs.seedElement(id);
        in_[1] = uint256(uint160(miner));
        in_[2] = id << 32 | ctr;
        in_[3] = 200;
        in_[4] = THRESHOLD;
    }

    function _pub(uint256 id, uint256[] memory in_) internal pure returns (uint256[] memory pub) {
        pub = new uint256[](in_.length + 1);
        pub[0] = id;
        for (uint256 i; i < in_.length; ++i) {
            pub[i + 1] = in_[i];
        }
    }

    function _leaf(uint32 index, uint256[] memory in_) internal view returns (bytes32) {
        return settlement.sampleLeafHash(ISettlement.ClaimKind.PowEpoch, index, in_);
    }

    /// @dev Submits a two-leaf PowEpoch claim about competition `id` (target the ladder).
    function _submit(uint256 id, uint256[] memory a, uint256[] memory b, address[] memory winners)
        internal
        returns (uint256 claimId, bytes32[2] memory leaves)
    {
        leaves[0] = _leaf(0, a);
        leaves[1] = _leaf(1, b);
        bytes memory result = abi.encode(ISettlement.SampledResult(2, winners, 2));
        vm.prank(relayer);
        claimId = settlement.submit(
            ISettlement.ClaimKind.PowEpoch,
            id,
            address(ladder),
            Hashes.commutativeKeccak256(leaves[0], leaves[1]),
            result
        );
        vm.roll(block.number + 5); // past sampleDelay (4)
        settlement.drawSamples(claimId);
    }

    function _answerAll(uint256 claimId, uint256[][2] memory ins, bytes32[2] memory leaves) internal {
        uint8 n = settlement.claim(claimId).samples;
        for (uint8 s; s < n; ++s) {
            uint32 idx = settlement.sampleIndex(claimId, s);
            bytes32[] memory proof = new bytes32[](1);
            proof[0] = leaves[1 - idx];
            settlement.answerSample(claimId, s, ins[idx], proof, nonceVerifier.proofFor(ins[idx]));
        }
    }

    // ------------------------------------------------------------ constructor

    function test_constructor_zeroLadder_reverts() public {
        vm.expectRevert(IPowEpochs.PowEpochs_ZeroAddress.selector);
        new PowEpochs(ICapabilityLadder(address(0)), address(timelock), publisher);
    }

    function test_constructor_roles_succeeds() public view {
        assertTrue(epochs.hasRole(epochs.DEFAULT_ADMIN_ROLE(), address(timelock)), "timelock is admin");
        assertTrue(epochs.hasRole(epochs.PUBLISHER_ROLE(), publisher), "publisher publishes");
        assertEq(address(epochs.ladder()), address(ladder), "ladder");
    }

    // ------------------------------------------------------------ scheduleEpoch

    function test_scheduleEpoch_stores_succeeds() public {
        uint256 id = open(0);
        vm.expectEmit(address(epochs));
        emit IPowEpochs.EpochScheduled(id, SPEC, DIFFICULTY, SAMPLES, MINING);
        _schedule(id);
        IPowEpochs.Epoch memory e = epochs.epochOf(id);
        assertEq(e.specWord, SPEC, "spec");
        assertEq(e.difficulty, DIFFICULTY, "difficulty");
        assertEq(e.calibrationSamples, SAMPLES, "samples");
        assertFalse(e.published, "threshold not published");
        assertEq(e.miningWindow, MINING, "window");
        assertEq(e.seed, bytes32(0), "no seed yet");
    }

    function test_scheduleEpoch_notPublisher_reverts() public {
        uint256 id = open(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, epochs.PUBLISHER_ROLE()
            )
        );
        vm.prank(alice);
        epochs.scheduleEpoch(id, SPEC, DIFFICULTY, SAMPLES, MINING);
    }

    function test_scheduleEpoch_afterEntriesClosed_reverts() public {
        uint256 id = open(0);
        toRevealPhase(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_EntriesClosed.selector, id));
        _schedule(id);
    }

    function test_scheduleEpoch_twice_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_AlreadyScheduled.selector, id));
        _schedule(id);
    }

    function test_scheduleEpoch_unknownCompetition_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_UnknownCompetition.selector, 7));
        _schedule(7);
    }

    function test_scheduleEpoch_idTooLarge_reverts() public {
        uint256 id = uint256(type(uint32).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_IdTooLarge.selector, id));
        _schedule(id);
    }

    function test_scheduleEpoch_badParams_reverts() public {
        uint256 id = open(0);
        vm.startPrank(publisher);
        vm.expectRevert(IPowEpochs.PowEpochs_BadParams.selector);
        epochs.scheduleEpoch(id, 0, DIFFICULTY, SAMPLES, MINING);
        vm.expectRevert(IPowEpochs.PowEpochs_BadParams.selector);
        epochs.scheduleEpoch(id, SPEC, 0, SAMPLES, MINING);
        vm.expectRevert(IPowEpochs.PowEpochs_BadParams.selector);
        epochs.scheduleEpoch(id, SPEC, DIFFICULTY, SAMPLES, 0);
        vm.expectRevert(IPowEpochs.PowEpochs_BadParams.selector);
        epochs.scheduleEpoch(id, SPEC, DIFFICULTY, 0, MINING);
        // Mining from the commit deadline must end before the resolution deadline.
        vm.expectRevert(IPowEpochs.PowEpochs_BadParams.selector);
        epochs.scheduleEpoch(id, SPEC, DIFFICULTY, SAMPLES, REVEAL + RESOLUTION);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ requestSeed / drawSeed

    function test_requestSeed_entriesOpen_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_EntriesOpen.selector, id));
        epochs.requestSeed(id);
    }

    function test_requestSeed_notScheduled_reverts() public {
        uint256 id = open(0);
        toRevealPhase(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NotScheduled.selector, id));
        epochs.requestSeed(id);
    }

    function test_requestSeed_whileLive_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        toRevealPhase(id);
        vm.expectEmit(address(epochs));
        emit IPowEpochs.SeedRequested(id, uint64(block.number) + epochs.SEED_DELAY());
        epochs.requestSeed(id);
        vm.roll(block.number + 256);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_SeedRequested.selector, id));
        epochs.requestSeed(id);
    }

    function test_requestSeed_afterExpiry_succeeds() public {
        uint256 id = open(0);
        _schedule(id);
        toRevealPhase(id);
        epochs.requestSeed(id);
        uint64 first = epochs.epochOf(id).seedBlock;
        vm.roll(block.number + 300);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_SeedExpired.selector, id));
        epochs.drawSeed(id);
        epochs.requestSeed(id);
        assertGt(epochs.epochOf(id).seedBlock, first + 256, "a new seed block");
        vm.roll(block.number + epochs.SEED_DELAY() + 1);
        epochs.drawSeed(id);
        assertTrue(epochs.epochOf(id).seed != bytes32(0), "drawn");
    }

    function test_drawSeed_tooEarly_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NoSeedRequest.selector, id));
        epochs.drawSeed(id);
        toRevealPhase(id);
        epochs.requestSeed(id);
        vm.roll(block.number + epochs.SEED_DELAY());
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_TooEarly.selector, id));
        epochs.drawSeed(id);
    }

    function test_drawSeed_publishes_succeeds() public {
        uint256 id = open(0);
        _schedule(id);
        toRevealPhase(id);
        epochs.requestSeed(id);
        uint64 seedBlock = epochs.epochOf(id).seedBlock;
        vm.roll(block.number + epochs.SEED_DELAY() + 1);
        bytes32 want = keccak256(abi.encode(blockhash(seedBlock), block.chainid, address(epochs), address(ladder), id));
        vm.expectEmit(address(epochs));
        emit IPowEpochs.SeedDrawn(id, want, uint256(want) % R, uint64(block.timestamp) + MINING);
        epochs.drawSeed(id);
        IPowEpochs.Epoch memory e = epochs.epochOf(id);
        assertEq(e.seed, want, "seed from the seed block");
        assertEq(e.miningEnd, uint64(block.timestamp) + MINING, "mining end");
        assertEq(epochs.seedElement(id), uint256(want) % R, "seed element");
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_SeedAlreadyDrawn.selector, id));
        epochs.drawSeed(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_SeedAlreadyDrawn.selector, id));
        epochs.requestSeed(id);
    }

    // ------------------------------------------------------------ publishThreshold

    function _drawn() internal returns (uint256 id) {
        id = open(0);
        _schedule(id);
        toRevealPhase(id);
        epochs.requestSeed(id);
        vm.roll(block.number + epochs.SEED_DELAY() + 1);
        epochs.drawSeed(id);
    }

    function test_publishThreshold_publishes_succeeds() public {
        uint256 id = _drawn();
        vm.expectEmit(address(epochs));
        emit IPowEpochs.EpochPublished(id, THRESHOLD);
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD);
        IPowEpochs.Epoch memory e = epochs.epochOf(id);
        assertTrue(e.published, "published");
        assertEq(e.threshold, THRESHOLD, "threshold");
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_AlreadyPublished.selector, id));
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD + 1);
    }

    function test_publishThreshold_seedNotDrawn_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_SeedNotDrawn.selector, id));
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD);
    }

    function test_publishThreshold_notPublisher_reverts() public {
        uint256 id = _drawn();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, epochs.PUBLISHER_ROLE()
            )
        );
        vm.prank(alice);
        epochs.publishThreshold(id, THRESHOLD);
    }

    function test_publishThreshold_afterMining_reverts() public {
        uint256 id = _drawn();
        vm.warp(epochs.epochOf(id).miningEnd + 1);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_MiningOver.selector, id));
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD);
    }

    // ------------------------------------------------------------ checkStatement

    function test_checkStatement_valid_succeeds() public {
        uint256 id = _published();
        assertEq(epochs.checkStatement(id, _statement(id, alice, 3)), SPEC, "spec of the epoch");
    }

    function test_checkStatement_notPublished_reverts() public {
        uint256 id = _drawn();
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NotPublished.selector, id));
        epochs.checkStatement(id, new uint256[](5));
    }

    function test_checkStatement_wrongCount_reverts() public {
        uint256 id = _published();
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_WrongInputCount.selector, 4));
        epochs.checkStatement(id, new uint256[](4));
    }

    function test_checkStatement_unrevealedMiner_reverts() public {
        uint256 id = open(0);
        _schedule(id);
        enter(id, carol); // committed, never revealed
        toRevealPhase(id);
        epochs.requestSeed(id);
        vm.roll(block.number + epochs.SEED_DELAY() + 1);
        epochs.drawSeed(id);
        vm.prank(publisher);
        epochs.publishThreshold(id, THRESHOLD);
        uint256[] memory s = _statement(id, carol, 1);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NotEntrant.selector, s[1]));
        epochs.checkStatement(id, s);
        s[1] = uint256(type(uint160).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NotEntrant.selector, s[1]));
        epochs.checkStatement(id, s);
    }

    function test_checkStatement_nonceOutsideEpoch_reverts() public {
        uint256 id = _published();
        uint256[] memory s = _statement(id, alice, 1);
        s[2] = (id + 1) << 32 | 1;
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_NonceOutsideEpoch.selector, s[2]));
        epochs.checkStatement(id, s);
    }

    /// @dev A statement about any other seed element is rejected.
    function testFuzz_checkStatement_wrongSeed_reverts(uint256 seed) public {
        uint256 id = _published();
        uint256[] memory s = _statement(id, alice, 1);
        vm.assume(seed != s[0]);
        uint256 want = s[0];
        s[0] = seed;
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_WrongSeed.selector, seed, want));
        epochs.checkStatement(id, s);
    }

    /// @dev A statement with any other threshold (looser or tighter) is rejected.
    function testFuzz_checkStatement_wrongThreshold_reverts(uint256 threshold) public {
        vm.assume(threshold != THRESHOLD);
        uint256 id = _published();
        uint256[] memory s = _statement(id, alice, 1);
        s[4] = threshold;
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_WrongThreshold.selector, threshold, THRESHOLD));
        epochs.checkStatement(id, s);
    }

    // ------------------------------------------------------------ adapter

    function test_adapterConstructor_badSetup_reverts() public {
        vm.expectRevert(IPowEpochAdapter.PowEpochAdapter_BadSetup.selector);
        new PowEpochAdapter(epochs, nonceVerifier, 0);
        MockNonceVerifier four = new MockNonceVerifier(4);
        vm.expectRevert(IPowEpochAdapter.PowEpochAdapter_BadSetup.selector);
        new PowEpochAdapter(epochs, four, SPEC);
        vm.expectRevert(IPowEpochAdapter.PowEpochAdapter_BadSetup.selector);
        new PowEpochAdapter(IPowEpochs(address(0)), nonceVerifier, SPEC);
    }

    function test_verifyProof_valid_succeeds() public {
        uint256 id = _published();
        uint256[] memory s = _statement(id, bob, 9);
        adapter.verifyProof(nonceVerifier.proofFor(s), _pub(id, s));
        assertEq(address(adapter.epochs()), address(epochs), "epochs");
        assertEq(address(adapter.verifier()), address(nonceVerifier), "verifier");
        assertEq(adapter.specWord(), SPEC, "spec word");
    }

    function test_verifyProof_wrongInputCount_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPowEpochAdapter.PowEpochAdapter_WrongInputCount.selector, 5));
        adapter.verifyProof("", new uint256[](5));
    }

    function test_verifyProof_wrongSpec_reverts() public {
        uint256 id = _published();
        PowEpochAdapter other = new PowEpochAdapter(epochs, nonceVerifier, SPEC + 1);
        uint256[] memory s = _statement(id, bob, 9);
        bytes memory zk = nonceVerifier.proofFor(s);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochAdapter.PowEpochAdapter_WrongSpec.selector, SPEC, SPEC + 1));
        other.verifyProof(zk, _pub(id, s));
    }

    /// @dev A valid proof of a statement for another seed or a looser threshold does not pass.
    function testFuzz_verifyProof_otherStatement_reverts(uint256 seed, uint32 threshold) public {
        uint256 id = _published();
        uint256[] memory s = _statement(id, alice, 1);
        seed = bound(seed, 0, R - 1);
        vm.assume(seed != s[0]);
        uint256 want = s[0];
        s[0] = seed;
        bytes memory zk = nonceVerifier.proofFor(s);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_WrongSeed.selector, seed, want));
        adapter.verifyProof(zk, _pub(id, s));
        s[0] = want;
        vm.assume(threshold != THRESHOLD);
        s[4] = threshold;
        zk = nonceVerifier.proofFor(s);
        vm.expectRevert(abi.encodeWithSelector(IPowEpochs.PowEpochs_WrongThreshold.selector, threshold, THRESHOLD));
        adapter.verifyProof(zk, _pub(id, s));
    }

    function test_verifyProof_badProof_reverts() public {
        uint256 id = _published();
        uint256[] memory s = _statement(id, alice, 1);
        vm.expectRevert(IGroth16Verifier.Groth16Verifier_ProofInvalid.selector);
        adapter.verifyProof(hex"00", _pub(id, s));
    }

    // ------------------------------------------------------------ settlement through the ladder

    /// @dev The full flow: entrants mine, the relayer's claim is sampled, answered and finalized, and
    /// the ladder resolves the competition and promotes the winners.
    function test_settle_resolvesCompetition_succeeds() public {
        uint256 id = _published();
        uint256[][2] memory ins = [_statement(id, alice, 1), _statement(id, bob, 2)];
        address[] memory winners = new address[](2);
        (winners[0], winners[1]) = (alice, bob);
        (uint256 claimId, bytes32[2] memory leaves) = _submit(id, ins[0], ins[1], winners);
        _answerAll(claimId, ins, leaves);
        toResolutionPhase(id);
        settlement.finalize(claimId);
        assertEq(uint8(settlement.claim(claimId).callback), uint8(ISettlement.CallbackStatus.Delivered), "delivered");
        assertEq(uint8(ladder.competition(id).state), uint8(ICapabilityLadder.CompetitionState.Resolved), "resolved");
        assertEq(ladder.rankOf(alice), 1, "alice promoted");
        assertEq(ladder.rankOf(bob), 1, "bob promoted");
        assertEq(lat(1).balanceOf(alice), 1e18, "alice's LAT");
    }

    /// @dev Finalizing during the reveal phase records a failed callback; a retry in the resolution
    /// phase resolves the competition.
    function test_settle_earlyFinalizeRetried_succeeds() public {
        uint256 id = _published();
        uint256[][2] memory ins = [_statement(id, alice, 1), _statement(id, bob, 2)];
        (uint256 claimId, bytes32[2] memory leaves) = _submit(id, ins[0], ins[1], one(alice));
        _answerAll(claimId, ins, leaves);
        settlement.finalize(claimId);
        assertEq(uint8(settlement.claim(claimId).callback), uint8(ISettlement.CallbackStatus.Failed), "too early");
        toResolutionPhase(id);
        settlement.retryCallback(claimId);
        assertEq(ladder.rankOf(alice), 1, "alice promoted on retry");
        assertEq(ladder.rankOf(bob), 0, "bob not a winner");
    }

    /// @dev A leaf bound to a looser threshold cannot be answered; the claim fails and is slashed.
    function test_settle_looseThresholdSlashed_succeeds() public {
        uint256 id = _published();
        uint256[] memory loose = _statement(id, alice, 1);
        loose[3] = THRESHOLD + 50;
        loose[4] = THRESHOLD + 50;
        uint256[][2] memory ins = [loose, loose];
        ins[1] = _statement(id, bob, 2);
        ins[1][4] = THRESHOLD + 50;
        (uint256 claimId, bytes32[2] memory leaves) = _submit(id, ins[0], ins[1], one(alice));
        uint32 idx = settlement.sampleIndex(claimId, 0);
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = leaves[1 - idx];
        bytes memory zk = nonceVerifier.proofFor(ins[idx]);
        vm.expectRevert(ISettlement.Settlement_ProofRejected.selector);
        settlement.answerSample(claimId, 0, ins[idx], proof, zk);
        vm.warp(block.timestamp + 12 hours + 1);
        uint256 bondBefore = settlement.relayer(relayer).bond;
        vm.prank(challenger);
        settlement.failClaim(claimId);
        assertEq(uint8(settlement.claim(claimId).status), uint8(ISettlement.ClaimStatus.Rejected), "rejected");
        assertEq(bondBefore - settlement.relayer(relayer).bond, CLAIM_BOND, "claim bond slashed");
        assertEq(ladder.rankOf(alice), 0, "nobody promoted");
    }
}
