// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Settlement} from "../../src/Settlement.sol";
import {SettlementBatches} from "../../src/SettlementBatches.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {ISettlementBatches} from "../../src/interfaces/ISettlementBatches.sol";
import {ISettlementReceiver} from "../../src/interfaces/ISettlementReceiver.sol";
import {TallyVerifier} from "../../src/libraries/TallyVerifier.sol";
import {SettlementBase} from "./SettlementBase.sol";

/// @notice A receiver recording every outcome per subject, refusing the subjects it is told to.
contract BatchSink is ISettlementReceiver {
    mapping(uint256 subjectId => bool) public failOn;
    mapping(uint256 subjectId => uint256) public deliveries;
    mapping(uint256 subjectId => bytes) internal _outcomes;

    error BatchSink_Refused(uint256 subjectId);

    function setFail(uint256 subjectId, bool fail) external {
        failOn[subjectId] = fail;
    }

    function onClaimFinalized(uint256 subjectId, bytes calldata outcome) external {
        if (failOn[subjectId]) revert BatchSink_Refused(subjectId);
        deliveries[subjectId] += 1;
        _outcomes[subjectId] = outcome;
    }

    function outcomeOf(uint256 subjectId) external view returns (bytes memory) {
        return _outcomes[subjectId];
    }
}

contract SettlementBatchesTest is SettlementBase {
    ISettlementBatches internal batches;
    BatchSink internal sink;

    function setUp() public override {
        super.setUp();
        batches = _batchesOf();
        sink = new BatchSink();
        vm.prank(admin);
        settlement.setTarget(address(sink), true);
    }

    // ------------------------------------------------------------------ builders

    /// @dev Three honest sessions about subjects 1..3 of the mock receiver (default votes).
    function _three() internal returns (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) {
        ds = new Deliberation[](3);
        hs = new ISettlementBatches.SessionHeader[](3);
        for (uint256 i = 0; i < 3; ++i) {
            ds[i] = _deliberation(i + 1, _defaultVotes());
            hs[i] = _sessionHeader(ds[i]);
        }
    }

    /// @dev `n` synthetic sessions about subjects 1..n of the sink; every third one has no winner.
    function _sinkHeaders(uint256 n) internal returns (ISettlementBatches.SessionHeader[] memory hs) {
        hs = new ISettlementBatches.SessionHeader[](n);
        for (uint256 i = 0; i < n; ++i) {
            hs[i] = ISettlementBatches.SessionHeader({
                target: address(sink),
                subjectId: i + 1,
                root: keccak256(abi.encode("root", i)),
                resultHash: keccak256(abi.encode("result", i)),
                ballotCount: uint32(i + 1),
                winner: i % 3 == 2 ? address(0) : makeAddr(string.concat("winner", vm.toString(i))),
                // forge-lint: disable-next-line(unsafe-typecast)
                conviction: i % 3 == 2 ? int256(0) : int256(1e18) / int256(i + 1)
            });
        }
    }

    function _post(address relayer_, ISettlementBatches.SessionHeader[] memory hs) internal returns (uint256 id) {
        vm.prank(relayer_);
        id = batches.submitBatch(hs);
    }

    function _open(uint256 id, ISettlementBatches.SessionHeader[] memory hs, uint8 index, bytes memory result)
        internal
        returns (uint256 claimId)
    {
        vm.prank(challenger);
        claimId = batches.openSession(id, hs, index, result);
    }

    function _rebuildD(Deliberation memory d) internal pure {
        d.hashes = _leafHashes(d.leaves);
        d.root = _root(d.hashes);
        d.result = abi.encode(d.tally);
    }

    function _batchStatus(uint256 id) internal view returns (ISettlement.ClaimStatus) {
        return batches.batch(id).status;
    }

    function _assertBatchSlashed(uint256 id, address by) internal view {
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Rejected), "batch rejected");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "bond slashed once");
        assertEq(settlement.relayer(relayerA).locked, 0, "nothing locked");
        assertEq(settlement.credit(by), CLAIM_BOND / 2, "challenger reward");
        assertEq(settlement.credit(treasury), CLAIM_BOND / 2, "treasury share");
    }

    function _outcome(address winner, int256 conviction) internal pure returns (bytes memory) {
        address[] memory winners;
        if (winner != address(0)) {
            winners = new address[](1);
            winners[0] = winner;
        }
        return abi.encode(winners, conviction);
    }

    // ------------------------------------------------------------------ submitBatch

    function test_submitBatch_locksBondAndStores_succeeds() public {
        (, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint64 deadline = uint64(block.timestamp) + CHALLENGE;
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchSubmitted(1, relayerA, deadline, hs);
        uint256 id = _post(relayerA, hs);
        assertEq(id, 1, "batch ids from 1");
        assertEq(batches.batchCount(), 1, "count");
        assertEq(settlement.claimCount(), 0, "no claim of its own");
        ISettlementBatches.Batch memory b = batches.batch(id);
        assertEq(b.relayer, relayerA, "relayer");
        assertEq(b.deadline, deadline, "deadline");
        assertEq(uint256(b.status), uint256(ISettlement.ClaimStatus.Pending), "pending");
        assertEq(b.openRequests, 0, "no request");
        assertEq(b.sessions, 3, "sessions");
        assertEq(b.headersHash, keccak256(abi.encode(hs)), "headers hash");
        assertEq(b.bond, CLAIM_BOND, "bond");
        assertEq(b.rewardBps, REWARD_BPS, "reward");
        assertEq(b.opened, 0, "nothing opened");
        assertEq(settlement.relayer(relayerA).locked, CLAIM_BOND, "one claim bond locked for three sessions");
        assertEq(settlement.relayer(relayerA).bond, 5 ether, "bond untouched");
        assertEq(_post(relayerA, hs), 2, "next id");
        assertEq(settlement.relayer(relayerA).locked, 2 * CLAIM_BOND, "second batch locks another");
    }

    function test_submitBatch_emptyOrTooMany_reverts() public {
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_BadResult.selector);
        batches.submitBatch(new ISettlementBatches.SessionHeader[](0));
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(129);
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_BadResult.selector);
        batches.submitBatch(hs);
        // 128 is the most allowed, when their callbacks fit one transaction.
        ISettlementBatches.SessionHeader[] memory max = _sinkHeaders(128);
        ISettlement.Config memory cfg = config();
        cfg.callbackGasLimit = 100_000;
        vm.prank(admin);
        settlement.setConfig(cfg);
        uint256 id = _post(relayerA, max);
        assertEq(batches.batch(id).sessions, 128, "128 sessions");
    }

    function test_submitBatch_callbacksOverOneTransaction_reverts() public {
        // 500,000 gas per callback: 30 sessions reserve 15M, 31 would not fit.
        uint256 fit = 15_000_000 / CALLBACK_GAS;
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(fit + 1);
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlementBatches.Settlement_BatchTooLarge.selector, fit + 1, fit));
        batches.submitBatch(hs);
        uint256 id = _post(relayerA, _sinkHeaders(fit));
        assertEq(batches.batch(id).sessions, fit, "as many as fit");
    }

    function test_submitBatch_targetNotAllowed_reverts() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(4);
        address bad = makeAddr("not a target");
        hs[2].target = bad; // after a run of allowed ones
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, bad));
        batches.submitBatch(hs);
        hs = _sinkHeaders(2);
        hs[1].target = address(0);
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, address(0)));
        batches.submitBatch(hs);
        // A target disallowed by governance is refused too.
        vm.prank(admin);
        settlement.setTarget(address(sink), false);
        hs = _sinkHeaders(1);
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, address(sink)));
        batches.submitBatch(hs);
        assertEq(batches.batchCount(), 0, "nothing posted");
    }

    /// @notice Regression: submitBatch checked a target only when it differed from the previous one,
    /// starting from address(0), so leading sessions with the zero target (never allowed) passed.
    function test_submitBatch_zeroTargetFirst_reverts() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(2);
        hs[0].target = address(0);
        assertFalse(settlement.isTarget(address(0)), "zero is never a target");
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, address(0)));
        batches.submitBatch(hs);
    }

    function test_submitBatch_insufficientFreeBond_reverts() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(2);
        vm.prank(relayerB);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        batches.submitBatch(hs);
        for (uint256 i = 0; i < 5; ++i) {
            _post(relayerA, hs);
        }
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        batches.submitBatch(hs);
        // Batches and single claims share the bond.
        Deliberation memory d = _deliberation(1, _defaultVotes());
        vm.prank(relayerA);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_InsufficientBond.selector, 0, CLAIM_BOND));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(receiver), d.root, d.result);
    }

    function test_submitBatch_exitingRelayer_reverts() public {
        vm.prank(relayerA);
        settlement.requestExit();
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(1);
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_Exiting.selector);
        batches.submitBatch(hs);
    }

    function test_submitBatch_pendingBatchBlocksExit_succeeds() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(2);
        uint256 id = _post(relayerA, hs);
        vm.prank(relayerA);
        settlement.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(relayerA);
        vm.expectRevert(ISettlement.Settlement_ExitNotReady.selector);
        settlement.exit();
        batches.finalizeBatch(id, hs);
        vm.prank(relayerA);
        settlement.exit();
        assertEq(settlement.credit(relayerA), 5 ether, "whole bond back");
    }

    // ------------------------------------------------------------------ finalizeBatch

    function test_finalizeBatch_tooEarlyOrWrongHeaders_reverts() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(3);
        uint256 id = _post(relayerA, hs);
        vm.warp(batches.batch(id).deadline);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        batches.finalizeBatch(id, hs);
        vm.warp(block.timestamp + 1);
        ISettlementBatches.SessionHeader[] memory wrong = _sinkHeaders(3);
        wrong[1].conviction += 1;
        vm.expectRevert(ISettlementBatches.Settlement_HeadersMismatch.selector);
        batches.finalizeBatch(id, wrong);
        ISettlementBatches.SessionHeader[] memory two = _sinkHeaders(2);
        vm.expectRevert(ISettlementBatches.Settlement_HeadersMismatch.selector);
        batches.finalizeBatch(id, two);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, 99));
        batches.finalizeBatch(99, hs);
        batches.finalizeBatch(id, hs);
    }

    function test_finalizeBatch_deliversEachOutcome_succeeds() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(6);
        uint256 id = _post(relayerA, hs);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.BatchFinalized(id, 0);
        vm.prank(challenger); // anyone may call
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized");
        assertEq(settlement.relayer(relayerA).locked, 0, "bond unlocked");
        assertEq(settlement.relayer(relayerA).bond, 5 ether, "bond kept");
        assertEq(batches.failedCallbacks(id), 0, "no failure");
        for (uint256 i = 0; i < hs.length; ++i) {
            assertEq(sink.deliveries(i + 1), 1, "delivered once");
            assertEq(sink.outcomeOf(i + 1), _outcome(hs[i].winner, hs[i].conviction), "outcome");
            (address[] memory winners, int256 conviction) = abi.decode(sink.outcomeOf(i + 1), (address[], int256));
            assertEq(winners.length, hs[i].winner == address(0) ? 0 : 1, "winners: [winner] or empty");
            assertEq(conviction, hs[i].conviction, "conviction");
        }
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        batches.finalizeBatch(id, hs);
    }

    function test_finalizeBatch_realTallies_deliverTheirOutcomes_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        vm.warp(block.timestamp + CHALLENGE + 1);
        batches.finalizeBatch(id, hs);
        assertEq(receiver.deliveries(3), 1, "last delivered");
        // sums (5, 3, -2): the first proposal's author with conviction 5 / 10.
        assertEq(receiver.lastOutcome(), _outcome(ds[2].tally.proposals[0].author, 0.5e18), "outcome");
        for (uint256 i = 1; i <= 3; ++i) {
            assertEq(receiver.deliveries(i), 1, "each subject once");
        }
    }

    function test_finalizeBatch_failedCallback_recordedAndRetried_succeeds() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(3);
        uint256 id = _post(relayerA, hs);
        sink.setFail(2, true);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectRevert(ISettlement.Settlement_NoRetry.selector);
        batches.retryBatchCallback(id, hs, 1); // not finalized yet
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.BatchFinalized(id, 2);
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized regardless");
        assertEq(settlement.relayer(relayerA).locked, 0, "bond unlocked regardless");
        assertEq(batches.failedCallbacks(id), 2, "session 1 failed");
        assertEq(sink.deliveries(1) + sink.deliveries(3), 2, "others delivered");

        vm.expectRevert(ISettlement.Settlement_NoRetry.selector);
        batches.retryBatchCallback(id, hs, 0); // delivered
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.BatchCallbackRetried(id, 1, false);
        batches.retryBatchCallback(id, hs, 1);
        assertEq(batches.failedCallbacks(id), 2, "still failed");

        sink.setFail(2, false);
        ISettlementBatches.SessionHeader[] memory wrong = _sinkHeaders(3);
        wrong[1].winner = challenger;
        vm.expectRevert(ISettlementBatches.Settlement_HeadersMismatch.selector);
        batches.retryBatchCallback(id, wrong, 1);
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.BatchCallbackRetried(id, 1, true);
        vm.prank(challenger); // anyone may call
        batches.retryBatchCallback(id, hs, 1);
        assertEq(batches.failedCallbacks(id), 0, "cleared");
        assertEq(sink.deliveries(2), 1, "delivered on retry");
        assertEq(sink.outcomeOf(2), _outcome(hs[1].winner, hs[1].conviction), "the header's outcome");
        vm.expectRevert(ISettlement.Settlement_NoRetry.selector);
        batches.retryBatchCallback(id, hs, 1);
    }

    function test_finalizeBatch_tooLittleGasForCallbacks_reverts() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(2);
        uint256 id = _post(relayerA, hs);
        vm.warp(block.timestamp + CHALLENGE + 1);
        // Enough to reach the callbacks but not to forward the full callback gas limit: a caller
        // cannot make a callback fail (and be recorded as failed) by starving it.
        vm.expectRevert(ISettlement.Settlement_InsufficientGas.selector);
        batches.finalizeBatch{gas: 300_000}(id, hs);
        batches.finalizeBatch(id, hs);
        assertEq(batches.failedCallbacks(id), 0, "no failure");
    }

    // ------------------------------------------------------------------ openSession

    function test_openSession_honest_opensClaim_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint64 deadline = batches.batch(id).deadline;
        vm.warp(block.timestamp + 1 hours);
        vm.expectEmit(true, true, true, true, address(settlement));
        emit ISettlement.ClaimSubmitted(
            1, relayerA, ISettlement.ClaimKind.Deliberation, address(receiver), 2, ds[1].root, ds[1].result
        );
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.SessionOpened(id, 1, 1);
        uint256 claimId = _open(id, hs, 1, ds[1].result);
        assertEq(claimId, 1, "claim id");
        assertEq(settlement.claimCount(), 1, "claim counted");
        assertEq(batches.batchOf(claimId), id, "batchOf");
        assertEq(batches.sessionClaim(id, 1), claimId, "sessionClaim");
        assertEq(batches.sessionClaim(id, 0), 0, "others not opened");
        assertEq(batches.batch(id).opened, 2, "opened bit");
        ISettlement.Claim memory c = settlement.claim(claimId);
        assertEq(c.relayer, relayerA, "the batch's relayer");
        assertEq(uint256(c.kind), uint256(ISettlement.ClaimKind.Deliberation), "kind");
        assertEq(uint256(c.status), uint256(ISettlement.ClaimStatus.Pending), "pending");
        assertEq(c.target, address(receiver), "target");
        assertEq(c.subjectId, 2, "subject");
        assertEq(c.root, ds[1].root, "root");
        assertEq(c.resultHash, keccak256(ds[1].result), "result hash");
        assertEq(c.leafCount, 4, "ballot count");
        assertEq(c.bond, 0, "no bond of its own");
        assertEq(c.deadline, deadline, "the batch's deadline");
        assertEq(c.challengeEnd, deadline, "challenge end");
        assertEq(c.verifier, address(tally), "judge");
        assertEq(c.rewardBps, REWARD_BPS, "reward");
        assertEq(c.requestBond, REQUEST_BOND, "request bond");
        assertEq(c.responseWindow, RESPONSE, "response window");
        assertEq(settlement.relayer(relayerA).locked, CLAIM_BOND, "no extra lock");
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Pending), "batch still pending");
        assertEq(batches.batch(id).deadline, deadline, "no request: deadline unchanged");

        // Honest evidence shows no fault against the opened claim.
        for (uint256 i = 0; i < 4; ++i) {
            vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
            settlement.challengeBallot(claimId, ds[1].result, ds[1].leaves[i], _proof(ds[1].hashes, i));
        }
        vm.expectRevert(ISettlement.Settlement_NoFraud.selector);
        settlement.challengeProposal(claimId, ds[1].result, 0);

        // A second session opens as the next claim.
        assertEq(_open(id, hs, 0, ds[0].result), 2, "second claim");
        assertEq(batches.batch(id).opened, 3, "two bits");
    }

    function test_openSession_badInputs_reverts() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        vm.expectRevert(ISettlement.Settlement_ResultMismatch.selector);
        batches.openSession(id, hs, 1, ds[0].result);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        batches.openSession(id, hs, 3, ds[0].result);
        ISettlementBatches.SessionHeader[] memory wrong = _three_headersWithConviction(hs, 1);
        vm.expectRevert(ISettlementBatches.Settlement_HeadersMismatch.selector);
        batches.openSession(id, wrong, 1, ds[1].result);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, 7));
        batches.openSession(7, hs, 1, ds[1].result);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Pending), "still pending");
        assertEq(settlement.claimCount(), 0, "nothing opened");
    }

    function _three_headersWithConviction(ISettlementBatches.SessionHeader[] memory hs, uint256 i)
        internal
        pure
        returns (ISettlementBatches.SessionHeader[] memory out)
    {
        out = new ISettlementBatches.SessionHeader[](hs.length);
        for (uint256 k = 0; k < hs.length; ++k) {
            out[k] = hs[k];
        }
        ISettlementBatches.SessionHeader memory h = out[i];
        out[i] = ISettlementBatches.SessionHeader(
            h.target, h.subjectId, h.root, h.resultHash, h.ballotCount, h.winner, h.conviction + 1
        );
    }

    function test_openSession_twiceOrLate_reverts() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        _open(id, hs, 0, ds[0].result);
        vm.expectRevert(abi.encodeWithSelector(ISettlementBatches.Settlement_AlreadyOpened.selector, 0));
        batches.openSession(id, hs, 0, ds[0].result);
        vm.warp(batches.batch(id).deadline);
        _open(id, hs, 1, ds[1].result); // at the deadline still open
        vm.warp(block.timestamp + 1);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        batches.openSession(id, hs, 2, ds[2].result);
    }

    /// @dev Headers whose outcome does not follow from an honest tally, and a malformed tally
    /// committed by hash: opening the session rejects the batch, rewarding the opener.
    function test_openSession_badOutcome_rejectsBatch_succeeds() public {
        Deliberation memory d = _deliberation(2, _defaultVotes());
        ISettlementBatches.SessionHeader memory honest = _sessionHeader(d);
        ISettlementBatches.SessionHeader[] memory bad = new ISettlementBatches.SessionHeader[](6);
        bytes[] memory results = new bytes[](6);
        for (uint256 k = 0; k < bad.length; ++k) {
            bad[k] = _sessionHeader(d);
            results[k] = d.result;
        }
        bad[0].winner = d.tally.proposals[1].author; // not the argmax's author
        bad[1].conviction = honest.conviction + 1;
        bad[2].ballotCount = honest.ballotCount - 1;
        bad[3].winner = address(0); // drops the winner
        bad[3].conviction = 0;
        // A malformed tally (winner not the argmax), header consistent with its claimed winner.
        ISettlement.Tally memory t = abi.decode(d.result, (ISettlement.Tally));
        t.winner = 1;
        results[4] = abi.encode(t);
        bad[4].resultHash = keccak256(results[4]);
        bad[4].winner = t.proposals[1].author;
        bad[4].conviction = 0.3e18;
        // Bytes that do not even decode as a tally.
        results[5] = abi.encode(uint256(1), uint256(2));
        bad[5].resultHash = keccak256(results[5]);

        for (uint256 k = 0; k < bad.length; ++k) {
            // A fresh relayer per case: each slash costs it one claim bond.
            address rel = makeAddr(string.concat("rel", vm.toString(k)));
            vm.deal(rel, 2 ether);
            vm.prank(rel);
            settlement.bond{value: 2 ether}();
            (, ISettlementBatches.SessionHeader[] memory hs) = _three();
            hs[1] = bad[k];
            uint256 id = _post(rel, hs);
            address opener = makeAddr(string.concat("opener", vm.toString(k)));
            vm.expectEmit(true, true, false, true, address(settlement));
            emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.BadOutcome, opener, CLAIM_BOND / 2);
            vm.prank(opener);
            uint256 claimId = batches.openSession(id, hs, 1, results[k]);
            assertEq(claimId, 0, "no claim");
            assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Rejected), "rejected");
            assertEq(batches.batch(id).opened, 0, "not opened");
            assertEq(batches.sessionClaim(id, 1), 0, "no session claim");
            assertEq(settlement.relayer(rel).bond, 1 ether, "slashed");
            assertEq(settlement.relayer(rel).locked, 0, "unlocked");
            assertEq(settlement.credit(opener), CLAIM_BOND / 2, "opener rewarded");
            assertEq(settlement.credit(treasury), (k + 1) * CLAIM_BOND / 2, "treasury share");
            bytes memory first = _deliberation(1, _defaultVotes()).result;
            vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
            batches.openSession(id, hs, 0, first);
        }
        assertEq(settlement.claimCount(), 0, "no claim ever opened");
    }

    function test_openSession_insufficientGas_reverts() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        vm.prank(challenger);
        vm.expectRevert(ISettlement.Settlement_InsufficientGas.selector);
        batches.openSession{gas: 300_000}(id, hs, 0, ds[0].result);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Pending), "not rejected");
    }

    /// @dev The largest tally (MAX_PROPOSALS proposals) is checked well within TALLY_CHECK_GAS and opens
    /// at every gas limit an opener may pick: too little gas reverts, it never rejects the batch.
    function test_openSession_largestTally_fitsCheckGas_succeeds() public {
        TallyVerifier tv = tally;
        uint256 p = tv.MAX_PROPOSALS();
        int64[][] memory votes = new int64[][](3);
        for (uint256 i = 0; i < votes.length; ++i) {
            votes[i] = new int64[](p);
            for (uint256 j = 0; j < p; ++j) {
                // forge-lint: disable-next-line(unsafe-typecast)
                votes[i][j] = int64(int256((i * 7 + j * 3) % 11) - 5);
            }
        }
        Deliberation memory d = _deliberation(1, votes);
        assertEq(d.tally.proposals.length, p, "64 proposals");
        ISettlementBatches.SessionHeader[] memory hs = new ISettlementBatches.SessionHeader[](1);
        hs[0] = _sessionHeader(d);
        uint256 id = _post(relayerA, hs);

        uint256 checkGas = SettlementBatches(settlement.BATCHES()).TALLY_CHECK_GAS();
        uint256 before = gasleft();
        (uint32 n, bytes memory outcome) = tv.checkTally(d.result);
        uint256 used = before - gasleft();
        assertEq(n, 3, "ballots");
        assertEq(outcome, _outcome(hs[0].winner, hs[0].conviction), "header follows from the tally");
        assertLt(used * 2, checkGas, "largest tally within half the check gas");

        uint256 snap = vm.snapshotState();
        for (uint256 g = 380_000; g <= 800_000; g += 10_000) {
            vm.prank(challenger);
            try batches.openSession{gas: g}(id, hs, 0, d.result) returns (uint256 claimId) {
                assertEq(claimId, 1, "opened");
            } catch {}
            assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Pending), "never rejected");
            vm.revertToState(snap);
        }
        uint256 opened = _open(id, hs, 0, d.result);
        assertEq(opened, 1, "opens");
        assertEq(settlement.claim(opened).leafCount, 3, "ballot count");
    }

    /// @dev Gas bound of the dispute path's first step: opening the largest tally (64 proposals) out of
    /// the largest batch (128 headers, all passed as calldata). The challenge that follows is an
    /// ordinary one (bounded in SettlementTally.t.sol). Rerun with -vv to print the figure.
    function test_openSession_largestBatchAndTally_gasBounded() public {
        uint256 p = tally.MAX_PROPOSALS();
        int64[][] memory votes = new int64[][](3);
        for (uint256 i = 0; i < votes.length; ++i) {
            votes[i] = new int64[](p);
            for (uint256 j = 0; j < p; ++j) {
                // forge-lint: disable-next-line(unsafe-typecast)
                votes[i][j] = int64(int256((i * 5 + j) % 9) - 4);
            }
        }
        Deliberation memory d = _deliberation(1, votes);
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(128);
        hs[127] = _sessionHeader(d);
        ISettlement.Config memory cfg = config();
        cfg.callbackGasLimit = 100_000;
        vm.prank(admin);
        settlement.setConfig(cfg);
        uint256 id = _post(relayerA, hs);
        vm.prank(challenger);
        uint256 before = gasleft();
        uint256 claimId = batches.openSession(id, hs, 127, d.result);
        uint256 used = before - gasleft();
        assertTrue(claimId != 0, "opened");
        emit log_named_uint("openSession execution gas (64 proposals, 128 headers)", used);
        assertLt(used, 700_000, "bounded");
    }

    // ------------------------------------------------------------------ challenges on opened sessions

    function test_challengeBallot_openedSession_rejectsWholeBatch_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        ds[1].tally.sums[2] = -1; // claimed -1, the ballots say -2; the outcome follows from the sums
        ds[1].result = abi.encode(ds[1].tally);
        hs[1] = _sessionHeader(ds[1]);
        uint256 id = _post(relayerA, hs);
        uint256 c0 = _open(id, hs, 0, ds[0].result);
        uint256 c1 = _open(id, hs, 1, ds[1].result);
        assertTrue(c1 != 0, "the outcome is consistent: it opens");
        vm.prank(challenger);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.BadFinalSum, challenger, CLAIM_BOND / 2);
        settlement.challengeBallot(c1, ds[1].result, ds[1].leaves[3], _proof(ds[1].hashes, 3));
        _assertBatchSlashed(id, challenger);
        assertEq(uint256(_status(c0)), uint256(ISettlement.ClaimStatus.Rejected), "honest sibling rejected");
        assertEq(uint256(_status(c1)), uint256(ISettlement.ClaimStatus.Rejected), "faulty claim rejected");
        assertEq(settlement.claim(c1).bond, 0, "no bond of its own");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, c0));
        settlement.challengeBallot(c0, ds[0].result, ds[0].leaves[0], _proof(ds[0].hashes, 0));
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        batches.openSession(id, hs, 2, ds[2].result);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        batches.finalizeBatch(id, hs);
        assertEq(receiver.deliveries(1), 0, "nothing delivered");
    }

    function test_challengeStep_openedSession_rejectsWholeBatch_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        ds[2].leaves[2].cumulative[0] += 1; // one running sum is off
        _rebuildD(ds[2]);
        hs[2] = _sessionHeader(ds[2]);
        uint256 id = _post(relayerA, hs);
        uint256 c0 = _open(id, hs, 0, ds[0].result);
        uint256 c2 = _open(id, hs, 2, ds[2].result);
        vm.prank(challenger);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.BadStep, challenger, CLAIM_BOND / 2);
        settlement.challengeStep(
            c2, ds[2].result, ds[2].leaves[1], _proof(ds[2].hashes, 1), ds[2].leaves[2], _proof(ds[2].hashes, 2)
        );
        _assertBatchSlashed(id, challenger);
        assertEq(uint256(_status(c0)), uint256(ISettlement.ClaimStatus.Rejected), "sibling rejected");
        assertEq(uint256(_status(c2)), uint256(ISettlement.ClaimStatus.Rejected), "claim rejected");
    }

    function test_finalize_openedClaim_reverts() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint256 c = _open(id, hs, 0, ds[0].result);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        settlement.finalize(c);
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_status(c)), uint256(ISettlement.ClaimStatus.Finalized), "finalized with the batch");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, c));
        settlement.finalize(c);
        assertEq(receiver.deliveries(1), 1, "delivered once, by the batch");
    }

    function test_finalizeBatch_waitsForRevealExtendedSession_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint256 c0 = _open(id, hs, 0, ds[0].result);
        uint256 c2 = _open(id, hs, 2, ds[2].result);
        uint64 deadline = batches.batch(id).deadline;
        vm.warp(deadline - 10);
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(c2, 1);
        vm.warp(deadline + 1);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector); // leaf request open
        batches.finalizeBatch(id, hs);
        vm.prank(relayerA);
        settlement.revealLeaf(q, ds[2].leaves[1], _proof(ds[2].hashes, 1));
        assertEq(settlement.claim(c2).deadline, block.timestamp + RESPONSE, "session deadline extended");
        assertEq(batches.batch(id).deadline, deadline, "batch deadline unchanged");
        vm.warp(block.timestamp + RESPONSE);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector); // extended session window open
        batches.finalizeBatch(id, hs);
        vm.warp(block.timestamp + 1);
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_status(c0)), uint256(ISettlement.ClaimStatus.Finalized), "c0 finalized");
        assertEq(uint256(_status(c2)), uint256(ISettlement.ClaimStatus.Finalized), "c2 finalized");
        assertEq(settlement.credit(relayerA), REQUEST_BOND, "answerer paid");
        assertEq(settlement.relayer(relayerA).locked, 0, "unlocked");
    }

    function test_closeRequest_openedSession_slashesBatch_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint256 c1 = _open(id, hs, 1, ds[1].result);
        vm.prank(challenger);
        uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(c1, 3);
        vm.warp(block.timestamp + RESPONSE + 1);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.UnansweredRequest, challenger, CLAIM_BOND / 2);
        settlement.closeRequest(q);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Rejected), "batch rejected");
        assertEq(uint256(_status(c1)), uint256(ISettlement.ClaimStatus.Rejected), "claim rejected");
        assertEq(settlement.credit(challenger), REQUEST_BOND + CLAIM_BOND / 2, "refund and reward");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "slashed");
        assertEq(settlement.relayer(relayerA).locked, 0, "unlocked");
    }

    // ------------------------------------------------------------------ requestTally

    function test_requestTally_badCalls_reverts() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        vm.startPrank(challenger);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_WrongValue.selector, 1, REQUEST_BOND));
        batches.requestTally{value: 1}(id, 0);
        vm.expectRevert(ISettlement.Settlement_BadIndex.selector);
        batches.requestTally{value: REQUEST_BOND}(id, 3);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, 5));
        batches.requestTally{value: REQUEST_BOND}(5, 0);
        batches.requestTally{value: REQUEST_BOND}(id, 0);
        vm.expectRevert(abi.encodeWithSelector(ISettlementBatches.Settlement_RequestOpen.selector, 0));
        batches.requestTally{value: REQUEST_BOND}(id, 0);
        vm.stopPrank();
        _open(id, hs, 1, ds[1].result);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(ISettlementBatches.Settlement_AlreadyOpened.selector, 1));
        batches.requestTally{value: REQUEST_BOND}(id, 1);
        vm.warp(batches.batch(id).deadline + 1);
        vm.prank(challenger);
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        batches.requestTally{value: REQUEST_BOND}(id, 2);
        assertEq(batches.batch(id).openRequests, 1, "one request");
        assertEq(address(settlement).balance, 5 ether + REQUEST_BOND, "one bond held");
    }

    function test_requestTally_answeredByOpen_creditsOpenerAndExtends_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint64 deadline = batches.batch(id).deadline;
        vm.warp(deadline - 100);
        vm.expectEmit(true, true, true, true, address(settlement));
        emit ISettlementBatches.TallyRequested(id, 2, challenger, uint64(block.timestamp) + RESPONSE);
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 2);
        ISettlementBatches.TallyRequest memory q = batches.tallyRequest(id, 2);
        assertEq(q.requester, challenger, "requester");
        assertEq(q.deadline, block.timestamp + RESPONSE, "request deadline");
        assertEq(q.bond, REQUEST_BOND, "bond");
        assertEq(batches.batch(id).openRequests, 1, "open");
        assertEq(address(settlement).balance, 5 ether + REQUEST_BOND, "bond held");

        vm.warp(deadline);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        batches.finalizeBatch(id, hs);
        vm.prank(relayerA);
        uint256 c = batches.openSession(id, hs, 2, ds[2].result);
        assertEq(settlement.credit(relayerA), REQUEST_BOND, "opener paid");
        assertEq(batches.tallyRequest(id, 2).requester, address(0), "request cleared");
        assertEq(batches.batch(id).openRequests, 0, "answered");
        uint64 extended = uint64(block.timestamp) + RESPONSE;
        assertEq(batches.batch(id).deadline, extended, "batch deadline extended");
        assertEq(settlement.claim(c).deadline, extended, "claim gets the extended deadline");
        assertEq(settlement.claim(c).challengeEnd, extended, "challengers get a full window");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, 2));
        batches.closeTallyRequest(id, 2);

        vm.warp(extended);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        batches.finalizeBatch(id, hs);
        vm.warp(extended + 1);
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_status(c)), uint256(ISettlement.ClaimStatus.Finalized), "opened claim finalized");
    }

    function test_requestTally_earlyAnswer_keepsLaterDeadline_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint64 deadline = batches.batch(id).deadline;
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 0);
        vm.prank(relayerB); // anyone holding the tally may answer and is paid
        _batchesOf().openSession(id, hs, 0, ds[0].result);
        assertEq(settlement.credit(relayerB), REQUEST_BOND, "answerer paid");
        assertEq(batches.batch(id).deadline, deadline, "not shortened");
    }

    /// @notice Regression: a tally request may be made up to the batch's deadline and asks for an answer
    /// within responseWindow; openSession refused every opening after the batch's deadline, so the
    /// honest relayer could not answer and the request slashed its honest batch.
    function test_openSession_answersRequestMadeAtDeadline_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        vm.warp(batches.batch(id).deadline);
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 1);
        // The relayer answers in the next block, well within the response window.
        vm.warp(block.timestamp + 12);
        // A session without an open request cannot be opened after the deadline.
        vm.expectRevert(ISettlement.Settlement_WindowClosed.selector);
        batches.openSession(id, hs, 2, ds[2].result);
        vm.prank(relayerA);
        uint256 c = batches.openSession(id, hs, 1, ds[1].result);
        assertEq(c, 1, "answered after the batch's deadline");
        uint64 extended = uint64(block.timestamp) + RESPONSE;
        assertEq(batches.batch(id).deadline, extended, "batch deadline extended");
        assertEq(settlement.claim(c).challengeEnd, extended, "challengers get a full window");
        assertEq(settlement.credit(relayerA), REQUEST_BOND, "answerer paid");
        vm.warp(extended + 1);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, 1));
        batches.closeTallyRequest(id, 1);
        batches.finalizeBatch(id, hs);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Finalized), "honest batch finalized");
        assertEq(settlement.relayer(relayerA).bond, 5 ether, "honest relayer not slashed");
    }

    // ------------------------------------------------------------------ closeTallyRequest

    function test_closeTallyRequest_unanswered_slashesAndRefunds_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        uint256 id = _post(relayerA, hs);
        uint256 c0 = _open(id, hs, 0, ds[0].result);
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 1);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, 2));
        batches.closeTallyRequest(id, 2);
        vm.expectRevert(ISettlement.Settlement_TooEarly.selector);
        batches.closeTallyRequest(id, 1);
        vm.warp(block.timestamp + RESPONSE);
        vm.expectRevert(ISettlement.Settlement_TooEarly.selector);
        batches.closeTallyRequest(id, 1);
        vm.warp(block.timestamp + 1);
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.TallyRequestClosed(id, 1, true);
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.UnansweredRequest, challenger, CLAIM_BOND / 2);
        vm.prank(relayerB); // anyone may close; the requester is refunded and rewarded
        batches.closeTallyRequest(id, 1);
        assertEq(settlement.credit(challenger), REQUEST_BOND + CLAIM_BOND / 2, "refund and reward");
        assertEq(settlement.credit(relayerB), 0, "closer gets nothing");
        assertEq(batches.tallyRequest(id, 1).requester, address(0), "cleared");
        assertEq(batches.batch(id).openRequests, 0, "closed");
        assertEq(uint256(_status(c0)), uint256(ISettlement.ClaimStatus.Rejected), "opened claim rejected");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "slashed");
        assertEq(settlement.relayer(relayerA).locked, 0, "unlocked");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, 1));
        batches.closeTallyRequest(id, 1);
        assertEq(address(settlement).balance, 5 ether + REQUEST_BOND, "every wei accounted as credit or bond");
    }

    function test_closeTallyRequest_batchAlreadyRejected_refundsOnly_succeeds() public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        hs[2].conviction += 1; // session 2's outcome is wrong
        uint256 id = _post(relayerA, hs);
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 0);
        vm.prank(relayerB);
        batches.openSession(id, hs, 2, ds[2].result); // rejects the batch
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Rejected), "rejected");
        // No need to wait: the batch is no longer pending.
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.TallyRequestClosed(id, 0, false);
        batches.closeTallyRequest(id, 0);
        assertEq(settlement.credit(challenger), REQUEST_BOND, "refund only");
        assertEq(settlement.credit(relayerB), CLAIM_BOND / 2, "the opener's reward");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "slashed once");
        assertEq(batches.batch(id).openRequests, 0, "closed");
        vm.warp(block.timestamp + RESPONSE + 1);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_RequestClosed.selector, 0));
        batches.closeTallyRequest(id, 0);
    }

    /// @dev A finalized batch never has an open tally request (finalizeBatch needs none), so the
    /// "no longer pending" refund path is reached only through a rejection.
    function test_closeTallyRequest_openRequestBlocksFinalization_succeeds() public {
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(2);
        uint256 id = _post(relayerA, hs);
        vm.prank(challenger);
        batches.requestTally{value: REQUEST_BOND}(id, 1);
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectRevert(ISettlement.Settlement_NotFinalizable.selector);
        batches.finalizeBatch(id, hs);
        batches.closeTallyRequest(id, 1);
        assertEq(uint256(_batchStatus(id)), uint256(ISettlement.ClaimStatus.Rejected), "withheld tally");
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_NotPending.selector, id));
        batches.finalizeBatch(id, hs);
    }

    // ------------------------------------------------------------------ delegation

    function test_batches_calledDirectly_reverts() public {
        SettlementBatches direct = SettlementBatches(settlement.BATCHES());
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(1);
        vm.startPrank(relayerA);
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.submitBatch(hs);
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.openSession(1, hs, 0, "");
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.requestTally{value: REQUEST_BOND}(1, 0);
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.closeTallyRequest(1, 0);
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.finalizeBatch(1, hs);
        vm.expectRevert(ISettlementBatches.Settlement_NotDelegated.selector);
        direct.retryBatchCallback(1, hs, 0);
        vm.stopPrank();
        assertEq(settlement.BATCHES(), impl.BATCHES(), "clones share the implementation's batch code");
    }

    function test_fallback_plainEthOrUnknownSelector_reverts() public {
        vm.prank(challenger);
        (bool ok,) = address(settlement).call{value: 1 ether}("");
        assertFalse(ok, "plain ETH refused");
        (ok,) = address(settlement).call(abi.encodeWithSignature("nope()"));
        assertFalse(ok, "unknown selector refused");
        // A non-payable batch function refuses ETH even though the fallback is payable.
        bytes memory data = abi.encodeCall(ISettlementBatches.submitBatch, (_sinkHeaders(1)));
        vm.prank(relayerA);
        (ok,) = address(settlement).call{value: 1 ether}(data);
        assertFalse(ok, "ETH with submitBatch refused");
        assertEq(address(settlement).balance, 5 ether, "nothing kept");
    }

    // ------------------------------------------------------------------ fuzz

    /// @dev Any change to an honest header's winner, conviction or ballot count makes opening the
    /// session reject the batch; the honest header opens.
    function testFuzz_openSession_changedHeader_rejects(uint8 field, uint256 seed, bool sessionZero) public {
        (Deliberation[] memory ds, ISettlementBatches.SessionHeader[] memory hs) = _three();
        ds[2] = _deliberation(3, new int64[][](0)); // a session with no winner
        hs[2] = _sessionHeader(ds[2]);
        uint8 idx = sessionZero ? 2 : 1;
        ISettlementBatches.SessionHeader memory h = hs[idx];
        field = field % 3;
        if (field == 0) {
            address w = address(uint160(bound(seed, 0, type(uint160).max)));
            vm.assume(w != h.winner);
            h.winner = w;
        } else if (field == 1) {
            int256 c = int256(bound(seed, 0, type(uint256).max / 2)) - int256(type(uint256).max / 4);
            vm.assume(c != h.conviction);
            h.conviction = c;
        } else {
            uint32 n = uint32(bound(seed, 0, type(uint32).max));
            vm.assume(n != h.ballotCount);
            h.ballotCount = n;
        }
        uint256 id = _post(relayerA, hs);
        uint256 other = idx == 1 ? 0 : 1;
        assertTrue(_open(id, hs, uint8(other), ds[other].result) != 0, "honest session opens");
        vm.expectEmit(true, true, false, true, address(settlement));
        emit ISettlementBatches.BatchRejected(id, ISettlement.Fault.BadOutcome, challenger, CLAIM_BOND / 2);
        assertEq(_open(id, hs, idx, ds[idx].result), 0, "rejected");
        assertEq(uint256(_status(1)), uint256(ISettlement.ClaimStatus.Rejected), "opened sibling rejected");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "slashed");
    }

    /// @dev Any subset of refusing receivers: exactly those bits are recorded, the rest delivered, and
    /// each failed one can be retried once its receiver accepts.
    function testFuzz_finalizeBatch_failedSubset_recorded(uint16 mask, uint8 size) public {
        uint256 n = bound(size, 1, 16);
        mask = uint16(mask & ((uint256(1) << n) - 1));
        ISettlementBatches.SessionHeader[] memory hs = _sinkHeaders(n);
        uint256 id = _post(relayerA, hs);
        for (uint256 i = 0; i < n; ++i) {
            if (mask & (1 << i) != 0) sink.setFail(i + 1, true);
        }
        vm.warp(block.timestamp + CHALLENGE + 1);
        vm.expectEmit(true, false, false, true, address(settlement));
        emit ISettlementBatches.BatchFinalized(id, mask);
        batches.finalizeBatch(id, hs);
        assertEq(batches.failedCallbacks(id), mask, "failed bits");
        for (uint256 i = 0; i < n; ++i) {
            bool failed = mask & (1 << i) != 0;
            assertEq(sink.deliveries(i + 1), failed ? 0 : 1, "delivered iff not failed");
            if (!failed) {
                vm.expectRevert(ISettlement.Settlement_NoRetry.selector);
                batches.retryBatchCallback(id, hs, uint8(i));
                continue;
            }
            sink.setFail(i + 1, false);
            batches.retryBatchCallback(id, hs, uint8(i));
            assertEq(sink.outcomeOf(i + 1), _outcome(hs[i].winner, hs[i].conviction), "retried outcome");
        }
        assertEq(batches.failedCallbacks(id), 0, "all retried");
    }
}
