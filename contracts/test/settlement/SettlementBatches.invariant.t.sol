// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Settlement} from "../../src/Settlement.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {ISettlementBatches} from "../../src/interfaces/ISettlementBatches.sol";
import {SettlementMockReceiver} from "../mocks/SettlementMockReceiver.sol";
import {SettlementBase, SettlementBuilder} from "./SettlementBase.sol";

/// @notice Drives the batch functions of a Settlement with two relayers posting honest batches and
/// batches with one wrong session (an outcome that does not follow from its tally, or a tally whose
/// final sums the ballots contradict), random openers, griefing tally requesters and challengers, a
/// receiver that sometimes refuses, and time passing. A vigilant watcher acts before every time step:
/// it exposes every wrong session (opening it, and challenging it if it opens), has relayers answer
/// every open tally request, and closes requests of settled batches. Ghost variables record anything
/// that must never happen.
contract BatchHandler is SettlementBuilder {
    enum Kind {
        None,
        Honest,
        WrongHeader,
        WrongTally
    }

    uint256 internal constant SUBJECTS = 3;

    Settlement internal s;
    ISettlementBatches internal b;
    SettlementMockReceiver internal receiver;
    uint128 internal requestBond;

    address[] public relayers;
    address[] public actors;
    address internal watcher = makeAddr("batch-watcher");
    address internal griefer = makeAddr("batch-griefer");

    // Prepared sessions per subject 1..3.
    mapping(uint256 subject => bytes) internal honestHeader;
    mapping(uint256 subject => bytes) internal honestResult;
    mapping(uint256 subject => bytes) internal wrongTallyHeader;
    mapping(uint256 subject => bytes) internal wrongTallyResult;
    mapping(uint256 subject => bytes[]) internal leafData;
    mapping(uint256 subject => bytes32[][]) internal proofs;

    // Ghost state.
    uint256[] public batchIds;
    mapping(uint256 batchId => Kind) public kindOf;
    mapping(uint256 batchId => uint8) public badIndex;
    mapping(uint256 batchId => bytes) internal headersOf;
    mapping(uint256 batchId => uint256) public finalizations;
    mapping(address relayer => uint256) public deposited;
    mapping(address relayer => uint256) public rejectedCount;
    bool public honestRejected;
    bool public wrongFinalized;
    bool public watcherFailed;
    bool public doubleRejected;

    constructor(Settlement s_, SettlementMockReceiver receiver_) {
        s = s_;
        b = ISettlementBatches(address(s_));
        receiver = receiver_;
        requestBond = s_.config().requestBond;
        relayers.push(makeAddr("batch-relayer0"));
        relayers.push(makeAddr("batch-relayer1"));
        actors.push(relayers[0]);
        actors.push(relayers[1]);
        actors.push(watcher);
        actors.push(griefer);
        actors.push(s_.treasury());
        for (uint256 i = 0; i < 2; ++i) {
            vm.deal(relayers[i], 1000 ether);
            vm.prank(relayers[i]);
            s_.bond{value: 10 ether}();
            deposited[relayers[i]] = 10 ether;
        }
        vm.deal(watcher, 1000 ether);
        vm.deal(griefer, 1000 ether);
    }

    /// @dev Stores a prepared session (called by the test's setUp).
    function prepare(
        uint256 subject,
        ISettlementBatches.SessionHeader memory honestH,
        bytes memory honest,
        ISettlementBatches.SessionHeader memory wrongH,
        bytes memory wrong,
        ISettlement.BallotLeaf[] memory leaves
    ) external {
        honestHeader[subject] = abi.encode(honestH);
        honestResult[subject] = honest;
        wrongTallyHeader[subject] = abi.encode(wrongH);
        wrongTallyResult[subject] = wrong;
        bytes32[] memory hs = _leafHashes(leaves);
        for (uint256 i = 0; i < leaves.length; ++i) {
            leafData[subject].push(abi.encode(leaves[i]));
            proofs[subject].push(_proof(hs, i));
        }
    }

    // ------------------------------------------------------------------ actions

    function submitBatch(uint256 relayerSeed, uint256 sizeSeed, uint256 kindSeed, uint256 badSeed) external {
        uint256 n = sizeSeed % SUBJECTS + 1;
        Kind k = Kind(kindSeed % 3 + 1);
        uint8 bad = uint8(badSeed % n);
        ISettlementBatches.SessionHeader[] memory hs = new ISettlementBatches.SessionHeader[](n);
        for (uint256 i = 0; i < n; ++i) {
            hs[i] = abi.decode(honestHeader[i + 1], (ISettlementBatches.SessionHeader));
        }
        if (k == Kind.WrongHeader) {
            hs[bad].conviction += 1;
        } else if (k == Kind.WrongTally) {
            hs[bad] = abi.decode(wrongTallyHeader[bad + 1], (ISettlementBatches.SessionHeader));
        }
        address r = relayers[relayerSeed % 2];
        vm.prank(r);
        try b.submitBatch(hs) returns (uint256 id) {
            batchIds.push(id);
            kindOf[id] = k;
            badIndex[id] = bad;
            headersOf[id] = abi.encode(hs);
        } catch {}
    }

    /// @dev Anyone holding the tally opens a session.
    function openSession(uint256 batchSeed, uint256 indexSeed, uint256 actorSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        ISettlementBatches.SessionHeader[] memory hs = _headers(id);
        uint8 index = uint8(indexSeed % hs.length);
        bool pending = b.batch(id).status == ISettlement.ClaimStatus.Pending;
        vm.prank(actors[actorSeed % actors.length]);
        try b.openSession(id, hs, index, _result(id, index)) returns (uint256 claimId) {
            if (claimId == 0 && pending) _rejected(id);
        } catch {}
    }

    /// @dev A griefer pays for a tally request on any session.
    function requestTally(uint256 batchSeed, uint256 indexSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        vm.prank(griefer);
        try b.requestTally{value: requestBond}(id, uint8(indexSeed % SUBJECTS)) {} catch {}
    }

    function closeTallyRequest(uint256 batchSeed, uint256 indexSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        bool pending = b.batch(id).status == ISettlement.ClaimStatus.Pending;
        try b.closeTallyRequest(id, uint8(indexSeed % SUBJECTS)) {
            if (pending) _rejected(id);
        } catch {}
    }

    function finalizeBatch(uint256 batchSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        try b.finalizeBatch(id, _headers(id)) {
            finalizations[id] += 1;
            if (kindOf[id] != Kind.Honest) wrongFinalized = true;
        } catch {}
    }

    /// @dev A griefer challenges an opened session with one of its (honest) ballot leaves.
    function grief(uint256 batchSeed, uint256 indexSeed, uint256 leafSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        uint8 index = uint8(indexSeed % SUBJECTS);
        uint256 claimId = b.sessionClaim(id, index);
        if (claimId == 0) return;
        uint256 subject = index + 1;
        uint256 i = leafSeed % 4;
        ISettlement.BallotLeaf memory leaf = abi.decode(leafData[subject][i], (ISettlement.BallotLeaf));
        vm.prank(griefer);
        try s.challengeBallot(claimId, _result(id, index), leaf, proofs[subject][i]) {
            _rejected(id);
        } catch {}
    }

    function retry(uint256 batchSeed, uint256 indexSeed) external {
        uint256 id = _batch(batchSeed);
        if (id == 0) return;
        try b.retryBatchCallback(id, _headers(id), uint8(indexSeed % SUBJECTS)) {} catch {}
    }

    function toggleReceiver(bool failing) external {
        receiver.setMode(failing ? SettlementMockReceiver.Mode.Revert : SettlementMockReceiver.Mode.Accept);
    }

    function withdraw(uint256 actorSeed) external {
        address a = actors[actorSeed % actors.length];
        if (s.credit(a) == 0) return;
        vm.prank(a);
        s.withdraw();
    }

    /// @dev The watcher acts, then time passes (never more than a response window at once).
    function warp(uint256 dt) external {
        _watch();
        vm.warp(block.timestamp + bound(dt, 1, 6 hours - 1));
    }

    /// @dev Several watched steps of just under a response window: lets challenge windows run out.
    function warpMany(uint8 steps) external {
        for (uint256 i = 0; i <= steps % 6; ++i) {
            _watch();
            vm.warp(block.timestamp + 6 hours - 1);
        }
    }

    // ------------------------------------------------------------------ the watcher

    function _watch() internal {
        for (uint256 k = 0; k < batchIds.length; ++k) {
            uint256 id = batchIds[k];
            ISettlementBatches.Batch memory bt = b.batch(id);
            ISettlementBatches.SessionHeader[] memory hs = _headers(id);
            if (bt.status == ISettlement.ClaimStatus.Pending) {
                // The relayer answers every open tally request.
                for (uint8 i = 0; i < hs.length; ++i) {
                    if (b.tallyRequest(id, i).requester == address(0)) continue;
                    vm.prank(bt.relayer);
                    try b.openSession(id, hs, i, _result(id, i)) returns (uint256 claimId) {
                        if (claimId == 0) _rejected(id);
                    } catch {
                        watcherFailed = true;
                    }
                    if (b.batch(id).status != ISettlement.ClaimStatus.Pending) break;
                }
                if (b.batch(id).status == ISettlement.ClaimStatus.Pending && kindOf[id] != Kind.Honest) {
                    _expose(id, hs);
                }
            }
            if (b.batch(id).status != ISettlement.ClaimStatus.Pending) {
                for (uint8 i = 0; i < hs.length; ++i) {
                    if (b.tallyRequest(id, i).requester == address(0)) continue;
                    try b.closeTallyRequest(id, i) {}
                    catch {
                        watcherFailed = true;
                    }
                }
            }
        }
    }

    /// @dev Opens the wrong session of a pending batch (rejecting it if its outcome is wrong) and
    /// challenges its tally's final sums if it opened.
    function _expose(uint256 id, ISettlementBatches.SessionHeader[] memory hs) internal {
        if (block.timestamp > b.batch(id).deadline) {
            watcherFailed = true; // the watcher acts every step: it cannot have missed the window
            return;
        }
        uint8 bad = badIndex[id];
        uint256 claimId = b.sessionClaim(id, bad);
        if (claimId == 0) {
            vm.prank(watcher);
            try b.openSession(id, hs, bad, _result(id, bad)) returns (uint256 c) {
                claimId = c;
            } catch {
                watcherFailed = true;
                return;
            }
            if (claimId == 0) {
                _rejected(id);
                return;
            }
        }
        uint256 subject = bad + 1;
        ISettlement.BallotLeaf memory last = abi.decode(leafData[subject][3], (ISettlement.BallotLeaf));
        vm.prank(watcher);
        try s.challengeBallot(claimId, wrongTallyResult[subject], last, proofs[subject][3]) {
            _rejected(id);
        } catch {
            watcherFailed = true;
        }
    }

    // ------------------------------------------------------------------ helpers

    function _rejected(uint256 id) internal {
        if (b.batch(id).status != ISettlement.ClaimStatus.Rejected) doubleRejected = true; // must be now
        if (kindOf[id] == Kind.Honest) honestRejected = true;
        rejectedCount[b.batch(id).relayer] += 1;
    }

    function _result(uint256 id, uint8 index) internal view returns (bytes memory) {
        uint256 subject = index + 1;
        if (kindOf[id] == Kind.WrongTally && index == badIndex[id]) return wrongTallyResult[subject];
        return honestResult[subject];
    }

    function _headers(uint256 id) internal view returns (ISettlementBatches.SessionHeader[] memory) {
        return abi.decode(headersOf[id], (ISettlementBatches.SessionHeader[]));
    }

    function _batch(uint256 seed) internal view returns (uint256) {
        if (batchIds.length == 0) return 0;
        return batchIds[seed % batchIds.length];
    }

    function batchCount() external view returns (uint256) {
        return batchIds.length;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }
}

/// forge-config: default.invariant.depth = 48
/// forge-config: default.invariant.runs = 32
contract SettlementBatchesInvariantTest is SettlementBase {
    BatchHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BatchHandler(settlement, receiver);
        for (uint256 subject = 1; subject <= 3; ++subject) {
            Deliberation memory d = _deliberation(subject, _defaultVotes());
            Deliberation memory w = _deliberation(subject, _defaultVotes());
            w.tally.sums[2] = -1; // claimed -1, the ballots say -2: the last leaf proves it
            w.result = abi.encode(w.tally);
            handler.prepare(subject, _sessionHeader(d), d.result, _sessionHeader(w), w.result, d.leaves);
        }
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](11);
        selectors[0] = BatchHandler.submitBatch.selector;
        selectors[1] = BatchHandler.openSession.selector;
        selectors[2] = BatchHandler.requestTally.selector;
        selectors[3] = BatchHandler.closeTallyRequest.selector;
        selectors[4] = BatchHandler.finalizeBatch.selector;
        selectors[5] = BatchHandler.grief.selector;
        selectors[6] = BatchHandler.retry.selector;
        selectors[7] = BatchHandler.toggleReceiver.selector;
        selectors[8] = BatchHandler.withdraw.selector;
        selectors[9] = BatchHandler.warp.selector;
        selectors[10] = BatchHandler.warpMany.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice Invariant: Settlement's ETH is exactly the relayers' bonds, the open tally request bonds
    /// and every credited balance: nothing is created, lost or paid twice.
    function invariant_ethAccounted() public view {
        ISettlementBatches batches = _batchesOf();
        uint256 sum = settlement.relayer(relayerA).bond; // bonded in setUp, never used here
        for (uint256 i = 0; i < 2; ++i) {
            sum += settlement.relayer(handler.relayers(i)).bond;
        }
        for (uint256 i = 0; i < handler.actorCount(); ++i) {
            sum += settlement.credit(handler.actors(i));
        }
        for (uint256 k = 0; k < handler.batchCount(); ++k) {
            uint256 id = handler.batchIds(k);
            for (uint8 i = 0; i < 3; ++i) {
                sum += batches.tallyRequest(id, i).bond;
            }
        }
        assertEq(address(settlement).balance, sum, "eth == bonds + open tally requests + credits");
    }

    /// @notice Invariant: a relayer's locked bond is one claim bond per pending batch, and its bond is
    /// its deposits minus one claim bond per rejected batch (a batch is slashed exactly once).
    function invariant_locksAndSlashes() public view {
        ISettlementBatches batches = _batchesOf();
        for (uint256 r = 0; r < 2; ++r) {
            address rel = handler.relayers(r);
            uint256 pending;
            uint256 rejected;
            for (uint256 k = 0; k < handler.batchCount(); ++k) {
                ISettlementBatches.Batch memory bt = batches.batch(handler.batchIds(k));
                if (bt.relayer != rel) continue;
                if (bt.status == ISettlement.ClaimStatus.Pending) pending++;
                if (bt.status == ISettlement.ClaimStatus.Rejected) rejected++;
            }
            assertEq(settlement.relayer(rel).locked, pending * CLAIM_BOND, "locked = pending batches");
            assertEq(rejected, handler.rejectedCount(rel), "every rejection seen once");
            assertEq(
                settlement.relayer(rel).bond,
                handler.deposited(rel) - rejected * CLAIM_BOND,
                "bond = deposits - one bond per rejected batch"
            );
        }
        assertFalse(handler.doubleRejected(), "a rejection reported for a batch that was not rejected");
    }

    /// @notice Invariant: a batch finalizes at most once, and its opened claims share its status.
    function invariant_finalizeAtMostOnce() public view {
        ISettlementBatches batches = _batchesOf();
        for (uint256 k = 0; k < handler.batchCount(); ++k) {
            uint256 id = handler.batchIds(k);
            ISettlementBatches.Batch memory bt = batches.batch(id);
            assertLe(handler.finalizations(id), 1, "finalized at most once");
            assertEq(
                bt.status == ISettlement.ClaimStatus.Finalized, handler.finalizations(id) == 1, "finalized iff once"
            );
            if (bt.status == ISettlement.ClaimStatus.Finalized) assertEq(bt.openRequests, 0, "no request left");
            for (uint8 i = 0; i < bt.sessions; ++i) {
                uint256 claimId = batches.sessionClaim(id, i);
                bool opened = bt.opened & (uint128(1) << i) != 0;
                assertEq(claimId != 0, opened, "claim iff opened");
                if (claimId == 0) continue;
                assertEq(batches.batchOf(claimId), id, "batchOf");
                assertEq(uint256(settlement.claim(claimId).status), uint256(bt.status), "claim mirrors batch");
            }
        }
    }

    /// @notice Invariant: with a vigilant watcher, an honest batch is never rejected, a batch with a
    /// wrong session never finalizes, and the watcher's duties never fail.
    function invariant_onlyWrongBatchesFall() public view {
        assertFalse(handler.honestRejected(), "honest batch rejected");
        assertFalse(handler.wrongFinalized(), "wrong batch finalized");
        assertFalse(handler.watcherFailed(), "a watcher duty failed");
    }
}
