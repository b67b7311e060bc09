// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";

import {Settlement} from "../../src/Settlement.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {SettlementMockReceiver} from "../mocks/SettlementMockReceiver.sol";
import {SettlementFixedArityVerifier, SettlementVerifierAdapter} from "../mocks/SettlementVerifierAdapter.sol";
import {SettlementBase} from "./SettlementBase.sol";

/// @notice A contract that refuses ETH, to check that a failed withdrawal keeps the credit.
contract SettlementEthRefuser {
    function bondAndExit(Settlement s) external payable {
        s.bond{value: msg.value}();
        s.requestExit();
    }

    function exitAndWithdraw(Settlement s) external {
        s.exit();
        s.withdraw();
    }
}

contract SettlementTest is SettlementBase {
    // ------------------------------------------------------------------ initialize

    function test_initialize_setsState_succeeds() public view {
        assertEq(settlement.treasury(), treasury, "treasury");
        assertTrue(settlement.hasRole(settlement.DEFAULT_ADMIN_ROLE(), admin), "admin");
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.Deliberation), address(tally), "tally verifier");
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.PowEpoch), address(verifier), "pow verifier");
        assertTrue(settlement.isTarget(address(receiver)), "target");
        assertEq(settlement.config().claimBond, CLAIM_BOND, "config");
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = settlement.eip712Domain();
        assertEq(name, "DIP Settlement", "domain name");
        assertEq(version, "1", "domain version");
        assertEq(chainId, block.chainid, "chain");
        assertEq(verifying, address(settlement), "the clone is the verifying contract");
    }

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        settlement.initialize(admin, treasury, address(tally), address(0), address(0), new address[](0), config());
    }

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        impl.initialize(admin, treasury, address(tally), address(0), address(0), new address[](0), config());
    }

    function test_initialize_zeroTallyVerifier_reverts() public {
        Settlement s = Settlement(payable(Clones.clone(address(impl))));
        vm.expectRevert(ISettlement.Settlement_ZeroAddress.selector);
        s.initialize(admin, treasury, address(0), address(0), address(0), new address[](0), config());
    }

    function test_initialize_badConfig_reverts() public {
        Settlement s = Settlement(payable(Clones.clone(address(impl))));
        ISettlement.Config[] memory bad = new ISettlement.Config[](7);
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = config();
        }
        bad[0].claimBond = 0;
        bad[1].requestBond = 0;
        bad[2].challengeWindow = 0;
        bad[3].sampleCount = 33;
        bad[4].sampleDelay = 129;
        bad[5].challengerRewardBps = 10_001;
        bad[6].callbackGasLimit = 20_000;
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(ISettlement.Settlement_BadConfig.selector);
            s.initialize(admin, treasury, address(tally), address(0), address(0), new address[](0), bad[i]);
        }
    }

    // ------------------------------------------------------------------ relayers

    function test_bond_registersAndTopsUp_succeeds() public {
        vm.prank(relayerB);
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlement.RelayerBonded(relayerB, 1 ether, 1 ether);
        settlement.bond{value: 1 ether}();
        vm.prank(relayerB);
        settlement.bond{value: 0.5 ether}();
        assertEq(settlement.relayer(relayerB).bond, 1.5 ether, "bond");
        assertEq(address(settlement).balance, 6.5 ether, "eth held");
    }

    function test_bond_belowMinimum_reverts() public {
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0.5 ether, CLAIM_BOND));
        settlement.bond{value: 0.5 ether}();
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        settlement.bond();
    }

    function test_requestExit_thenBond_reverts() public {
        vm.prank(relayerA);
        settlement.requestExit();
        assertEq(settlement.relayer(relayerA).exitAt, block.timestamp + EXIT_DELAY, "exit time");
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_Exiting.selector);
        settlement.bond{value: 1 ether}();
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_Exiting.selector);
        settlement.requestExit();
    }

    function test_requestExit_notRelayer_reverts() public {
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        settlement.requestExit();
    }

    function test_exit_afterDelay_creditsBond_succeeds() public {
        vm.prank(relayerA);
        settlement.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(relayerA);
        settlement.exit();
        assertEq(settlement.relayer(relayerA).bond, 0, "record cleared");
        assertEq(settlement.credit(relayerA), 5 ether, "bond credited");
        uint256 before = relayerA.balance;
        vm.prank(relayerA);
        settlement.withdraw();
        assertEq(relayerA.balance, before + 5 ether, "withdrawn");
        assertEq(address(settlement).balance, 0, "nothing left");
    }

    function test_exit_tooEarlyOrPendingClaim_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.prank(relayerA);
        settlement.requestExit();
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_ExitNotReady.selector);
        settlement.exit();
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_ExitNotReady.selector);
        settlement.exit();
        settlement.finalize(id);
        vm.prank(relayerA);
        settlement.exit();
        assertEq(settlement.credit(relayerA), 5 ether, "exited after the claim settled");
    }

    function test_exit_withoutRequest_reverts() public {
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_ExitNotReady.selector);
        settlement.exit();
    }

    function test_withdraw_nothing_reverts() public {
        vm.expectRevert(ISettlement.Settlement_NothingToWithdraw.selector);
        settlement.withdraw();
    }

    function test_withdraw_refusingRecipient_reverts() public {
        SettlementEthRefuser r = new SettlementEthRefuser();
        r.bondAndExit{value: 1 ether}(settlement);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectRevert(ISettlement.Settlement_TransferFailed.selector);
        r.exitAndWithdraw(settlement);
    }

    // ------------------------------------------------------------------ submit

    function test_submit_deliberation_locksBondAndStores_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        vm.expectEmit(true, true, true, true, address(settlement));
        emit ISettlement.ClaimSubmitted(
            1, relayerA, ISettlement.ClaimKind.Deliberation, address(receiver), 1, d.root, d.result
        );
        uint256 id = _submit(relayerA, d);
        ISettlement.Claim memory c = settlement.claim(id);
        assertEq(uint256(c.status), uint256(ISettlement.ClaimStatus.Pending), "pending");
        assertEq(c.leafCount, 4, "ballots");
        assertEq(c.deadline, block.timestamp + CHALLENGE, "window");
        assertEq(c.resultHash, keccak256(d.result), "result hash");
        assertEq(c.verifier, address(tally), "judge snapshot");
        assertEq(settlement.relayer(relayerA).locked, CLAIM_BOND, "locked");
        assertEq(settlement.subjectClaim(address(receiver), 1), id, "subject held");
        (address[] memory winners, int256 score) = abi.decode(settlement.outcomeOf(id), (address[], int256));
        assertEq(winners.length, 1, "one winner");
        assertEq(winners[0], d.tally.proposals[0].author, "winner's author");
        // sums (5, 3, -2): conviction 5 / 10.
        assertEq(score, 0.5e18, "conviction");
    }

    function test_submit_allZeroSums_emptyWinners_succeeds() public {
        Deliberation memory d = _deliberation(1, new int64[][](0));
        uint256 id = _submit(relayerA, d);
        (address[] memory winners, int256 score) = abi.decode(settlement.outcomeOf(id), (address[], int256));
        assertEq(winners.length, 0, "no winner");
        assertEq(score, 0, "no conviction");
    }

    function test_submit_notRelayerOrExiting_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, d.result);
        vm.prank(relayerA);
        settlement.requestExit();
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_Exiting.selector);
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, d.result);
    }

    function test_submit_bondExhausted_reverts() public {
        vm.prank(relayerB);
        settlement.bond{value: 1 ether}();
        Deliberation memory d = _deliberation(1, _defaultVotes());
        _submit(relayerB, d);
        Deliberation memory e = _deliberation(2, _defaultVotes());
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 2, address(receiver), e.root, e.result);
    }

    function test_submit_targetNotAllowed_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, address(this)));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(this), d.root, d.result);
    }

    function test_submit_subjectTakenThenFreedByRejection_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_SubjectTaken.selector, id));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, d.result);
        // Reject it through an unanswered request, then the subject is free again.
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, 0);
        vm.warp(block.timestamp + RESPONSE + 1);
        settlement.closeRequest(q);
        assertEq(settlement.subjectClaim(address(receiver), 1), 0, "subject free");
        uint256 id2 = _submit(relayerA, d);
        assertEq(settlement.subjectClaim(address(receiver), 1), id2, "resubmitted");
    }

    function test_submit_finalizedSubject_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE + 1);
        settlement.finalize(id);
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_SubjectTaken.selector, id));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, d.result);
    }

    function test_submit_inconsistentTally_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        ISettlement.Tally[] memory bad = new ISettlement.Tally[](6);
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = abi.decode(d.result, (ISettlement.Tally));
        }
        bad[0].winner = 1; // not the argmax
        bad[1].winner = 3; // out of range
        bad[2].sums = new int256[](2); // wrong length
        bad[3].proposals = new ISettlement.ProposalRecord[](0);
        bad[4].ballotCount = 0; // no ballots but non-zero sums
        bad[5].sums[1] = 5; // tie with a lower-index winner is fine, so tie the winner from below:
        bad[5].winner = 1;
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(relayerA);
            vm.expectRevert(ISettlement.Settlement_BadResult.selector);
            settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, abi.encode(bad[i]));
        }
    }

    function test_submit_tooManyProposals_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        ISettlement.Tally memory t = abi.decode(d.result, (ISettlement.Tally));
        t.proposals = new ISettlement.ProposalRecord[](65);
        t.sums = new int256[](65);
        t.ballotCount = 1;
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_BadResult.selector);
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, abi.encode(t));
    }

    function test_submit_sampledWithoutVerifierOrLeaves_reverts() public {
        vm.prank(admin);
        settlement.setVerifier(ISettlement.ClaimKind.InferenceSample, address(0));
        bytes memory result = abi.encode(ISettlement.SampledResult(1, new address[](0), 0));
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_NoVerifier.selector);
        settlement.submit(ISettlement.ClaimKind.InferenceSample, 1, address(receiver), bytes32(uint256(1)), result);
        result = abi.encode(ISettlement.SampledResult(0, new address[](0), 0));
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_BadResult.selector);
        settlement.submit(ISettlement.ClaimKind.PowEpoch, 1, address(receiver), bytes32(uint256(1)), result);
    }

    // ------------------------------------------------------------------ challenges: honest claims stand

    function test_challengeBallot_honest_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        for (uint256 i = 0; i < d.leaves.length; ++i) {
            vm.prank(challenger);
            vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
            settlement.challengeBallot(id, d.result, d.leaves[i], _proof(d.hashes, i));
        }
        for (uint256 i = 1; i < d.leaves.length; ++i) {
            vm.prank(challenger);
            vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
            settlement.challengeStep(
                id, d.result, d.leaves[i - 1], _proof(d.hashes, i - 1), d.leaves[i], _proof(d.hashes, i)
            );
        }
        for (uint32 p = 0; p < 3; ++p) {
            vm.prank(challenger);
            vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
            settlement.challengeProposal(id, d.result, p);
        }
        vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
        settlement.challengeDuplicate(id, d.leaves[1], _proof(d.hashes, 1), d.leaves[1], _proof(d.hashes, 1));
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Pending), "still pending");
    }

    function test_challengeBallot_badEvidence_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        bytes32[] memory proof = _proof(d.hashes, 0);
        vm.expectRevert(ISettlement.Settlement_ResultMismatch.selector);
        settlement.challengeBallot(id, abi.encode(uint256(1)), d.leaves[0], proof);
        ISettlement.BallotLeaf memory forged = d.leaves[0];
        forged.votes[0] = 9;
        vm.expectRevert(ISettlement.Settlement_NotInTree.selector);
        settlement.challengeBallot(id, d.result, forged, proof);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.challengeStep(id, d.result, d.leaves[0], _proof(d.hashes, 0), d.leaves[2], _proof(d.hashes, 2));
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.challengeDuplicate(id, d.leaves[0], _proof(d.hashes, 0), d.leaves[2], _proof(d.hashes, 2));
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.challengeProposal(id, d.result, 3);
    }

    function test_challengeBallot_windowClosedOrNotPending_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        bytes32[] memory proof = _proof(d.hashes, 0);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        settlement.challengeBallot(id, d.result, d.leaves[0], proof);
        settlement.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        settlement.challengeBallot(id, d.result, d.leaves[0], proof);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, 99));
        settlement.challengeBallot(99, d.result, d.leaves[0], proof);
    }

    // ------------------------------------------------------------------ challenges: wrong claims fall

    function test_challengeBallot_wrongFinalSum_slashes_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        d.tally.sums[2] = -1; // claimed -1, the ballots say -2
        d.result = abi.encode(d.tally);
        uint256 id = _submit(relayerA, d);
        uint256 last = d.leaves.length - 1;
        vm.prank(challenger);
        vm.expectEmit(true, true, true, true, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.BadFinalSum, challenger, CLAIM_BOND / 2);
        settlement.challengeBallot(id, d.result, d.leaves[last], _proof(d.hashes, last));
        _assertSlashed(id, relayerA, 5 ether, challenger);
    }

    function test_challengeBallot_badFirstSum_succeeds() public {
        int64[][] memory votes = _defaultVotes();
        Deliberation memory d = _deliberation(1, votes);
        d.leaves[0].cumulative[0] = 4; // first running sum must equal the first ballot
        _rebuild(d);
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        settlement.challengeBallot(id, d.result, d.leaves[0], _proof(d.hashes, 0));
        _assertRejected(id);
    }

    function test_challengeBallot_forgedSignature_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        // The relayer changes a vote after signing and recomputes every running sum consistently.
        d.leaves[1].votes[1] = 4;
        for (uint256 i = 1; i < d.leaves.length; ++i) {
            d.leaves[i].cumulative[1] = d.leaves[i - 1].cumulative[1] + d.leaves[i].votes[1];
        }
        d.tally.sums[1] = d.leaves[3].cumulative[1];
        d.tally.winner = _argmax(d.tally.sums);
        _rebuild(d);
        uint256 id = _submit(relayerA, d);
        for (uint256 i = 2; i < d.leaves.length; ++i) {
            vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
            settlement.challengeBallot(id, d.result, d.leaves[i], _proof(d.hashes, i));
        }
        vm.prank(challenger);
        settlement.challengeBallot(id, d.result, d.leaves[1], _proof(d.hashes, 1));
        _assertRejected(id);
    }

    function test_challengeBallot_overBudget_succeeds() public {
        int64[][] memory votes = _defaultVotes();
        votes[2] = _row(10, 1, 0); // 101 > 100 credits, honestly signed
        Deliberation memory d = _deliberation(1, votes);
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        vm.expectEmit(true, true, true, false, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.OverBudget, challenger, 0);
        settlement.challengeBallot(id, d.result, d.leaves[2], _proof(d.hashes, 2));
    }

    function test_challengeBallot_wrongLengthOrIndex_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        ISettlement.BallotLeaf memory extra = d.leaves[3];
        extra.index = 4; // beyond ballotCount
        ISettlement.BallotLeaf memory short_ = _copy(d.leaves[2]);
        short_.cumulative = new int256[](2);
        bytes32[] memory hs = new bytes32[](6);
        for (uint256 i = 0; i < 4; ++i) {
            hs[i] = d.hashes[i];
        }
        hs[4] = _leafHash(extra);
        hs[5] = _leafHash(short_);
        d.root = _root(hs);
        uint256 id = _submit(relayerA, d);
        vm.expectEmit(true, true, true, false, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.IndexOutOfRange, challenger, 0);
        vm.prank(challenger);
        settlement.challengeBallot(id, d.result, extra, _proof(hs, 4));

        Deliberation memory e = _deliberation(2, _defaultVotes());
        e.root = d.root;
        e.subject = 2;
        uint256 id2 = _submit(relayerA, _withRoot(e, d.root));
        vm.expectEmit(true, true, true, false, address(settlement));
        emit ISettlement.ClaimRejected(id2, ISettlement.Fault.BadLength, challenger, 0);
        vm.prank(challenger);
        settlement.challengeBallot(id2, e.result, short_, _proof(hs, 5));
    }

    function test_challengeStep_badRunningSum_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        d.leaves[2].cumulative[0] += 1; // one leaf's running sum is off
        _rebuild(d);
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        vm.expectEmit(true, true, true, false, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.BadStep, challenger, 0);
        settlement.challengeStep(id, d.result, d.leaves[1], _proof(d.hashes, 1), d.leaves[2], _proof(d.hashes, 2));
    }

    function test_challengeStep_overflowingSums_stillCaught_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        // A relayer plants a running sum at the int256 limit hoping the recount overflows.
        d.leaves[1].cumulative[0] = type(int256).max;
        _rebuild(d);
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        settlement.challengeStep(id, d.result, d.leaves[1], _proof(d.hashes, 1), d.leaves[2], _proof(d.hashes, 2));
        _assertRejected(id);
    }

    function test_challengeStep_duplicateVoter_succeeds() public {
        int64[][] memory votes = _defaultVotes();
        Deliberation memory d = _deliberation(1, votes);
        // Leaf 2 is a second (validly signed) ballot by the voter of leaf 1.
        Voter[] memory vs = _voters("voter", 4);
        bytes32 digest = tally.ballotDigest(settlement.domainSeparator(), d.session, ROUND, vs[1].addr, votes[2]);
        (d.leaves[2].v, d.leaves[2].r, d.leaves[2].s) = vm.sign(vs[1].key, digest);
        d.leaves[2].voter = vs[1].addr;
        _rebuild(d);
        uint256 id = _submit(relayerA, d);
        vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
        settlement.challengeBallot(id, d.result, d.leaves[2], _proof(d.hashes, 2));
        vm.prank(challenger);
        vm.expectEmit(true, true, true, false, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.VoterOrder, challenger, 0);
        settlement.challengeStep(id, d.result, d.leaves[1], _proof(d.hashes, 1), d.leaves[2], _proof(d.hashes, 2));
    }

    function test_challengeDuplicate_sameIndexTwice_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        ISettlement.BallotLeaf memory twin = _copy(d.leaves[1]);
        twin.cumulative[0] += 7;
        bytes32[] memory hs = new bytes32[](5);
        for (uint256 i = 0; i < 4; ++i) {
            hs[i] = d.hashes[i];
        }
        hs[4] = _leafHash(twin);
        uint256 id = _submit(relayerA, _withRoot(d, _root(hs)));
        vm.prank(challenger);
        settlement.challengeDuplicate(id, d.leaves[1], _proof(hs, 1), twin, _proof(hs, 4));
        _assertRejected(id);
    }

    function test_challengeProposal_unsigned_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        d.tally.proposals[0].author = makeAddr("impostor"); // the winner credited to someone else
        d.result = abi.encode(d.tally);
        uint256 id = _submit(relayerA, d);
        vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
        settlement.challengeProposal(id, d.result, 1);
        vm.prank(challenger);
        settlement.challengeProposal(id, d.result, 0);
        _assertRejected(id);
    }

    // ------------------------------------------------------------------ leaf requests

    function test_requestLeaf_revealPaysAnswererAndExtends_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE - 10);
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, 2);
        assertEq(settlement.claim(id).openRequests, 1, "open");
        vm.warp(block.timestamp + 100); // challenge end passed, request still answerable
        vm.prank(relayerA);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlement.LeafRevealed(id, q, d.leaves[2]);
        settlement.revealLeaf(q, d.leaves[2], _proof(d.hashes, 2));
        assertEq(settlement.credit(relayerA), REQUEST_BOND, "answerer paid");
        assertEq(settlement.claim(id).deadline, block.timestamp + RESPONSE, "window extended");
        assertFalse(settlement.request(q).open, "closed");
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        settlement.finalize(id);
        vm.warp(block.timestamp + RESPONSE + 1);
        settlement.finalize(id);
    }

    /// @notice A griefing challenger requesting every leaf at the last moment delays finalization by at
    /// most two response windows, and pays the relayer for every answer.
    function test_requestLeaf_griefer_boundedDelayAndPaid_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        uint256 end = settlement.claim(id).challengeEnd;
        vm.warp(end);
        uint256[] memory qs = new uint256[](4);
        for (uint32 i = 0; i < 4; ++i) {
            vm.prank(challenger);
            qs[i] = settlement.requestLeaf{value: REQUEST_BOND}(id, i);
        }
        vm.warp(end + RESPONSE); // the relayer answers at the last moment it may
        for (uint256 i = 0; i < 4; ++i) {
            vm.prank(relayerA);
            settlement.revealLeaf(qs[i], d.leaves[i], _proof(d.hashes, i));
        }
        vm.prank(challenger);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        settlement.requestLeaf{value: REQUEST_BOND}(id, 0);
        assertEq(settlement.claim(id).deadline, end + 2 * RESPONSE, "delay bounded by two response windows");
        vm.warp(end + 2 * RESPONSE + 1);
        settlement.finalize(id);
        assertEq(settlement.credit(relayerA), 4 * REQUEST_BOND, "the griefer paid the relayer");
        assertEq(settlement.relayer(relayerA).bond, 5 ether, "no slashing");
    }

    function test_challengeBallot_sampledClaim_reverts() public {
        (uint256 id,,) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 2);
        Deliberation memory d = _deliberation(1, _defaultVotes());
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongClaim.selector, id));
        settlement.challengeBallot(id, d.result, d.leaves[0], _proof(d.hashes, 0));
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongClaim.selector, id));
        settlement.requestLeaf{value: REQUEST_BOND}(id, 0);
        vm.expectRevert(ISettlement.Settlement_NotDrawn.selector);
        settlement.sampleIndex(id, 0);
    }

    function test_requestLeaf_badValueIndexOrLate_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongValue.selector, 1, REQUEST_BOND));
        settlement.requestLeaf{value: 1}(id, 0);
        vm.prank(challenger);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.requestLeaf{value: REQUEST_BOND}(id, 4);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.prank(challenger);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        settlement.requestLeaf{value: REQUEST_BOND}(id, 0);
    }

    function test_revealLeaf_wrongLeafOrLate_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, 2);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.revealLeaf(q, d.leaves[1], _proof(d.hashes, 1));
        vm.expectRevert(ISettlement.Settlement_NotInTree.selector);
        settlement.revealLeaf(q, d.leaves[2], _proof(d.hashes, 1));
        vm.warp(block.timestamp + RESPONSE + 1);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        settlement.revealLeaf(q, d.leaves[2], _proof(d.hashes, 2));
    }

    function test_closeRequest_unanswered_slashesAndRefunds_succeeds() public {
        // A claim whose tree lacks leaf 2 (a gap nobody could otherwise prove).
        Deliberation memory d = _deliberation(1, _defaultVotes());
        bytes32[] memory hs = new bytes32[](3);
        hs[0] = d.hashes[0];
        hs[1] = d.hashes[1];
        hs[2] = d.hashes[3];
        uint256 id = _submit(relayerA, _withRoot(d, _root(hs)));
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, 2);
        vm.expectRevert(ISettlement.Settlement_TooEarly.selector);
        settlement.closeRequest(q);
        vm.warp(block.timestamp + RESPONSE + 1);
        settlement.closeRequest(q);
        _assertSlashed(id, relayerA, 5 ether, challenger);
        assertEq(settlement.credit(challenger), CLAIM_BOND / 2 + REQUEST_BOND, "reward and bond back");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, q));
        settlement.closeRequest(q);
    }

    function test_closeRequest_claimAlreadyRejected_refunds_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        d.tally.sums[2] = -1;
        d.result = abi.encode(d.tally);
        uint256 id = _submit(relayerA, d);
        address other = makeAddr("other");
        vm.deal(other, 1 ether);
        vm.prank(other);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, 0);
        vm.prank(challenger);
        settlement.challengeBallot(id, d.result, d.leaves[3], _proof(d.hashes, 3));
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        settlement.revealLeaf(q, d.leaves[0], _proof(d.hashes, 0));
        settlement.closeRequest(q); // no waiting needed once the claim is gone
        assertEq(settlement.credit(other), REQUEST_BOND, "refunded, no reward");
        assertEq(settlement.relayer(relayerA).bond, 4 ether, "slashed once only");
    }

    // ------------------------------------------------------------------ sampled claims

    function test_drawSamples_answerAndFinalize_succeeds() public {
        (uint256 id, uint256[][] memory inputs, bytes32[] memory hs) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 8);
        vm.expectRevert(ISettlement.Settlement_TooEarly.selector);
        settlement.drawSamples(id);
        vm.roll(block.number + SAMPLE_DELAY + 1);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        settlement.finalize(id);
        settlement.drawSamples(id);
        vm.expectRevert(ISettlement.Settlement_AlreadyDrawn.selector);
        settlement.drawSamples(id);
        ISettlement.Claim memory c = settlement.claim(id);
        assertTrue(c.seed != bytes32(0), "seeded");
        assertEq(c.samples, SAMPLES, "samples");
        for (uint8 slot = 0; slot < SAMPLES; ++slot) {
            _answer(id, slot, inputs, hs);
        }
        uint32 first = settlement.sampleIndex(id, 0);
        bytes32[] memory firstProof = _proof(hs, first);
        bytes memory zk = _zk(id, inputs[first]);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_AlreadyAnswered.selector, 0));
        settlement.answerSample(id, 0, inputs[first], firstProof, zk);
        vm.expectRevert(ISettlement.Settlement_NotFailable.selector);
        settlement.failClaim(id);
        settlement.finalize(id);
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized");
        assertEq(receiver.deliveries(5), 1, "delivered");
        assertEq(settlement.relayer(relayerA).locked, 0, "unlocked");
    }

    function test_drawSamples_seedIsFromTheLaterBlock_succeeds() public {
        (uint256 id,,) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 8);
        uint64 sampleBlock = settlement.claim(id).sampleBlock;
        assertEq(sampleBlock, block.number + SAMPLE_DELAY, "sample block after submission");
        vm.roll(sampleBlock + 1);
        bytes32 bh = keccak256("a block hash unknown at submission");
        vm.setBlockhash(sampleBlock, bh);
        settlement.drawSamples(id);
        assertEq(settlement.claim(id).seed, keccak256(abi.encode(bh, id)), "seed = H(blockhash, claimId)");
        assertEq(
            settlement.sampleIndex(id, 1),
            uint32(uint256(keccak256(abi.encode(keccak256(abi.encode(bh, id)), uint8(1)))) % 8),
            "index = H(seed, slot) mod leafCount"
        );
    }

    function test_answerSample_badProofOrLeaf_reverts() public {
        (uint256 id, uint256[][] memory inputs, bytes32[] memory hs) =
            _submitSampled(ISettlement.ClaimKind.InferenceSample, 5);
        vm.expectRevert(ISettlement.Settlement_NotDrawn.selector);
        settlement.answerSample(id, 0, inputs[0], _proof(hs, 0), "");
        vm.roll(block.number + SAMPLE_DELAY + 1);
        settlement.drawSamples(id);
        uint32 index = settlement.sampleIndex(id, 0);
        bytes32[] memory proof = _proof(hs, index);
        vm.expectRevert(ISettlement.Settlement_ProofRejected.selector);
        settlement.answerSample(id, 0, inputs[index], proof, hex"00");
        uint32 other = (index + 1) % 5;
        bytes memory zkOther = _zk(id, inputs[other]);
        bytes memory zkIndex = _zk(id, inputs[index]);
        vm.expectRevert(ISettlement.Settlement_NotInTree.selector);
        settlement.answerSample(id, 0, inputs[other], _proof(hs, other), zkOther);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        settlement.answerSample(id, SAMPLES, inputs[index], proof, zkIndex);
        vm.warp(block.timestamp + PROOF_WINDOW + 1);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        settlement.answerSample(id, 0, inputs[index], proof, zkIndex);
    }

    function test_failClaim_unansweredSample_slashes_succeeds() public {
        (uint256 id, uint256[][] memory inputs, bytes32[] memory hs) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 8);
        vm.roll(block.number + SAMPLE_DELAY + 1);
        settlement.drawSamples(id);
        _answer(id, 0, inputs, hs);
        vm.expectRevert(ISettlement.Settlement_NotFailable.selector);
        settlement.failClaim(id);
        vm.warp(block.timestamp + PROOF_WINDOW + 1);
        vm.prank(challenger);
        vm.expectEmit(true, true, true, true, address(settlement));
        emit ISettlement.ClaimRejected(id, ISettlement.Fault.UnansweredSample, challenger, CLAIM_BOND / 2);
        settlement.failClaim(id);
        _assertSlashed(id, relayerA, 5 ether, challenger);
    }

    function test_failClaim_seedExpired_slashes_succeeds() public {
        (uint256 id,,) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 8);
        uint64 sampleBlock = settlement.claim(id).sampleBlock;
        vm.roll(sampleBlock + 256);
        vm.expectRevert(ISettlement.Settlement_NotFailable.selector);
        settlement.failClaim(id);
        vm.roll(sampleBlock + 257);
        vm.expectRevert(ISettlement.Settlement_SeedExpired.selector);
        settlement.drawSamples(id);
        vm.prank(challenger);
        settlement.failClaim(id);
        _assertRejected(id);
    }

    function test_failClaim_deliberation_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongClaim.selector, id));
        settlement.failClaim(id);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongClaim.selector, id));
        settlement.drawSamples(id);
    }

    function test_submit_fewerLeavesThanSamples_drawsAll_succeeds() public {
        (uint256 id, uint256[][] memory inputs, bytes32[] memory hs) = _submitSampled(ISettlement.ClaimKind.PowEpoch, 1);
        assertEq(settlement.claim(id).samples, 1, "one sample for one leaf");
        vm.roll(block.number + SAMPLE_DELAY + 1);
        settlement.drawSamples(id);
        _answer(id, 0, inputs, hs);
        settlement.finalize(id);
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized");
    }

    /// @notice The gnark adapter pattern: fixed-arity verifier behind an IProofVerifier adapter that
    /// binds publicInputs[0] (the subject) to on-chain context.
    function test_answerSample_throughFixedArityAdapter_succeeds() public {
        SettlementVerifierAdapter adapter = new SettlementVerifierAdapter(new SettlementFixedArityVerifier());
        adapter.setSeed(5, 777);
        vm.prank(admin);
        settlement.setVerifier(ISettlement.ClaimKind.InferenceSample, address(adapter));
        uint256[] memory inputs = new uint256[](2);
        inputs[0] = 777; // the circuit's seed input
        inputs[1] = 5;
        bytes32[] memory hs = new bytes32[](1);
        hs[0] = _sampleLeaf(3, 0, inputs);
        bytes memory result = abi.encode(ISettlement.SampledResult(1, new address[](0), 1));
        vm.prank(relayerA);
        uint256 id = settlement.submit(ISettlement.ClaimKind.InferenceSample, 5, address(receiver), hs[0], result);
        vm.roll(block.number + SAMPLE_DELAY + 1);
        settlement.drawSamples(id);
        vm.expectRevert(ISettlement.Settlement_ProofRejected.selector);
        settlement.answerSample(id, 0, inputs, new bytes32[](0), abi.encode(uint256(1)));
        settlement.answerSample(id, 0, inputs, new bytes32[](0), abi.encode(uint256(782)));
        settlement.finalize(id);
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized through the adapter");
    }

    function test_answerSample_adapterRejectsWrongContext_reverts() public {
        SettlementVerifierAdapter adapter = new SettlementVerifierAdapter(new SettlementFixedArityVerifier());
        adapter.setSeed(5, 777);
        vm.prank(admin);
        settlement.setVerifier(ISettlement.ClaimKind.InferenceSample, address(adapter));
        uint256[] memory inputs = new uint256[](2);
        inputs[0] = 778; // a proof for another epoch's seed
        inputs[1] = 4;
        bytes32 leaf = _sampleLeaf(3, 0, inputs);
        bytes memory result = abi.encode(ISettlement.SampledResult(1, new address[](0), 1));
        vm.prank(relayerA);
        uint256 id = settlement.submit(ISettlement.ClaimKind.InferenceSample, 5, address(receiver), leaf, result);
        vm.roll(block.number + SAMPLE_DELAY + 1);
        settlement.drawSamples(id);
        vm.expectRevert(ISettlement.Settlement_ProofRejected.selector);
        settlement.answerSample(id, 0, inputs, new bytes32[](0), abi.encode(uint256(782)));
    }

    // ------------------------------------------------------------------ finalize and callbacks

    function test_finalize_deliversOutcome_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        settlement.finalize(id);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlement.ClaimFinalized(id, address(receiver), 1, settlement.outcomeOf(id));
        settlement.finalize(id);
        ISettlement.Claim memory c = settlement.claim(id);
        assertEq(uint256(c.status), uint256(ISettlement.ClaimStatus.Finalized), "finalized");
        assertEq(uint256(c.callback), uint256(ISettlement.CallbackStatus.Delivered), "delivered");
        assertEq(receiver.deliveries(1), 1, "receiver called once");
        assertEq(receiver.lastOutcome(), settlement.outcomeOf(id), "outcome passed through");
        assertEq(settlement.relayer(relayerA).locked, 0, "bond unlocked");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        settlement.finalize(id);
        vm.expectRevert(ISettlement.Settlement_NoRetry.selector);
        settlement.retryCallback(id);
    }

    function test_finalize_revertingReceiver_recordsAndRetries_succeeds() public {
        receiver.setMode(SettlementMockReceiver.Mode.Revert);
        uint256 id = _finalizedClaim();
        assertEq(uint256(settlement.claim(id).status), uint256(ISettlement.ClaimStatus.Finalized), "finalized anyway");
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Failed), "failure recorded");
        settlement.retryCallback(id);
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Failed), "still failing");
        receiver.setMode(SettlementMockReceiver.Mode.Accept);
        vm.prank(makeAddr("anyone"));
        settlement.retryCallback(id);
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Delivered), "delivered");
        assertEq(receiver.deliveries(1), 1, "delivered exactly once");
    }

    function test_finalize_gasGriefingReceiver_bounded_succeeds() public {
        receiver.setMode(SettlementMockReceiver.Mode.BurnGas);
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE + 1);
        uint256 g = gasleft();
        settlement.finalize(id);
        uint256 used = g - gasleft();
        assertLt(used, CALLBACK_GAS + 150_000, "the receiver burns at most its budget");
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Failed), "recorded");
    }

    function test_finalize_returnBombReceiver_bounded_succeeds() public {
        receiver.setMode(SettlementMockReceiver.Mode.ReturnBomb);
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE + 1);
        uint256 g = gasleft();
        settlement.finalize(id);
        assertLt(g - gasleft(), CALLBACK_GAS + 150_000, "return data is never copied");
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Failed), "recorded");
    }

    function test_finalize_reentrantReceiver_blocked_succeeds() public {
        receiver.setMode(SettlementMockReceiver.Mode.Reenter);
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        Deliberation memory e = _deliberation(2, _defaultVotes());
        uint256 id2 = _submit(relayerA, e);
        receiver.setReentry(settlement, id2);
        vm.warp(block.timestamp + CHALLENGE + 1);
        settlement.finalize(id);
        assertTrue(receiver.reentryBlocked(), "nested finalize and retry were refused");
        assertEq(uint256(_status(id2)), uint256(ISettlement.ClaimStatus.Pending), "other claim untouched");
        assertEq(uint256(settlement.claim(id).callback), uint256(ISettlement.CallbackStatus.Delivered), "delivered");
        settlement.finalize(id2);
    }

    function test_finalize_tooLittleGas_reverts() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        uint256 id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE + 1);
        // Enough for the state changes but not for the full callback budget: refused, not recorded as failed.
        (bool ok, bytes memory err) = address(settlement).call{gas: 300_000}(abi.encodeCall(ISettlement.finalize, (id)));
        assertFalse(ok, "refused");
        assertEq(bytes4(err), ISettlement.Settlement_InsufficientGas.selector, "insufficient gas");
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Pending), "still pending");
    }

    // ------------------------------------------------------------------ governance

    function test_setConfig_admin_succeeds() public {
        ISettlement.Config memory c = config();
        c.claimBond = 2 ether;
        vm.prank(admin);
        settlement.setConfig(c);
        assertEq(settlement.config().claimBond, 2 ether, "changed");
        vm.prank(admin);
        c.sampleCount = 0;
        vm.expectRevert(ISettlement.Settlement_BadConfig.selector);
        settlement.setConfig(c);
    }

    function test_setConfig_pendingClaimKeepsSnapshot_succeeds() public {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        d.tally.sums[2] = -1;
        d.result = abi.encode(d.tally);
        uint256 id = _submit(relayerA, d);
        ISettlement.Config memory c = config();
        c.claimBond = 3 ether;
        c.challengerRewardBps = 0;
        vm.prank(admin);
        settlement.setConfig(c);
        vm.prank(challenger);
        settlement.challengeBallot(id, d.result, d.leaves[3], _proof(d.hashes, 3));
        assertEq(settlement.credit(challenger), CLAIM_BOND / 2, "reward from the snapshot");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "bond slashed from the snapshot");
    }

    function test_governance_notAdmin_reverts() public {
        bytes32 role = settlement.DEFAULT_ADMIN_ROLE();
        bytes memory err =
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, relayerA, role);
        vm.startPrank(relayerA);
        vm.expectRevert(err);
        settlement.setConfig(config());
        vm.expectRevert(err);
        settlement.setVerifier(ISettlement.ClaimKind.PowEpoch, address(0));
        vm.expectRevert(err);
        settlement.setTarget(address(1), true);
        vm.expectRevert(err);
        settlement.setTreasury(address(1));
        vm.stopPrank();
    }

    function test_governance_setters_succeeds() public {
        vm.startPrank(admin);
        settlement.setTarget(address(this), true);
        settlement.setTreasury(challenger);
        settlement.setVerifier(ISettlement.ClaimKind.PowEpoch, address(0));
        vm.expectRevert(ISettlement.Settlement_ZeroAddress.selector);
        settlement.setVerifier(ISettlement.ClaimKind.Deliberation, address(0));
        vm.expectRevert(ISettlement.Settlement_ZeroAddress.selector);
        settlement.setTreasury(address(0));
        vm.stopPrank();
        assertTrue(settlement.isTarget(address(this)), "target added");
        assertEq(settlement.treasury(), challenger, "treasury");
        assertEq(settlement.verifierOf(ISettlement.ClaimKind.PowEpoch), address(0), "pow disabled");
    }

    // ------------------------------------------------------------------ helpers

    function _finalizedClaim() internal returns (uint256 id) {
        Deliberation memory d = _deliberation(1, _defaultVotes());
        id = _submit(relayerA, d);
        vm.warp(block.timestamp + CHALLENGE + 1);
        settlement.finalize(id);
    }

    function _submitSampled(ISettlement.ClaimKind kind, uint256 n)
        internal
        returns (uint256 id, uint256[][] memory inputs, bytes32[] memory hs)
    {
        uint8 tag = kind == ISettlement.ClaimKind.PowEpoch ? 2 : 3;
        inputs = new uint256[][](n);
        hs = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            inputs[i] = new uint256[](2);
            inputs[i][0] = 1000 + i;
            inputs[i][1] = uint256(keccak256(abi.encode(i)));
            hs[i] = _sampleLeaf(tag, uint32(i), inputs[i]);
        }
        address[] memory winners = new address[](1);
        winners[0] = makeAddr("miner");
        bytes memory result = abi.encode(ISettlement.SampledResult(uint32(n), winners, int256(n)));
        vm.prank(relayerA);
        id = settlement.submit(kind, 5, address(receiver), _root(hs), result);
    }

    function _answer(uint256 id, uint8 slot, uint256[][] memory inputs, bytes32[] memory hs) internal {
        uint32 index = settlement.sampleIndex(id, slot);
        settlement.answerSample(id, slot, inputs[index], _proof(hs, index), _zk(id, inputs[index]));
    }

    /// @dev The mock verifier's proof for public inputs [subjectId, inputs...].
    function _zk(uint256 id, uint256[] memory inputs) internal view returns (bytes memory) {
        uint256[] memory pub = new uint256[](inputs.length + 1);
        pub[0] = settlement.claim(id).subjectId;
        for (uint256 i = 0; i < inputs.length; ++i) {
            pub[i + 1] = inputs[i];
        }
        return verifier.proofFor(pub);
    }

    function _rebuild(Deliberation memory d) internal pure {
        d.hashes = _leafHashes(d.leaves);
        d.root = _root(d.hashes);
        d.result = abi.encode(d.tally);
    }

    function _withRoot(Deliberation memory d, bytes32 root) internal pure returns (Deliberation memory) {
        d.root = root;
        return d;
    }

    function _copy(ISettlement.BallotLeaf memory l) internal pure returns (ISettlement.BallotLeaf memory c) {
        c = ISettlement.BallotLeaf({
            index: l.index, voter: l.voter, votes: l.votes, cumulative: l.cumulative, r: l.r, s: l.s, v: l.v
        });
        c.votes = new int64[](l.votes.length);
        c.cumulative = new int256[](l.cumulative.length);
        for (uint256 i = 0; i < l.votes.length; ++i) {
            c.votes[i] = l.votes[i];
        }
        for (uint256 i = 0; i < l.cumulative.length; ++i) {
            c.cumulative[i] = l.cumulative[i];
        }
    }

    function _assertRejected(uint256 id) internal view {
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Rejected), "rejected");
    }

    function _assertSlashed(uint256 id, address relayer_, uint256 bondBefore, address by) internal view {
        _assertRejected(id);
        assertEq(settlement.relayer(relayer_).bond, bondBefore - CLAIM_BOND, "claim bond slashed");
        assertEq(settlement.relayer(relayer_).locked, 0, "nothing locked");
        assertGe(settlement.credit(by), CLAIM_BOND / 2, "challenger rewarded");
        assertEq(settlement.credit(treasury), CLAIM_BOND - CLAIM_BOND / 2, "treasury share");
        address[] memory accounts = new address[](4);
        accounts[0] = relayer_;
        accounts[1] = by;
        accounts[2] = treasury;
        accounts[3] = relayerB;
        assertEq(address(settlement).balance, _ethAccounted(accounts, 0), "eth accounted");
    }
}
