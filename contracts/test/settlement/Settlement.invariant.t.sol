// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Settlement} from "../../src/Settlement.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {SettlementMockReceiver} from "../mocks/SettlementMockReceiver.sol";
import {SettlementMockVerifier} from "../mocks/SettlementMockVerifier.sol";
import {SettlementBase, SettlementBuilder} from "./SettlementBase.sol";

/// @notice Drives Settlement with two relayers posting honest, wrong and gapped deliberation claims
/// and honest sampled claims, random challengers and requesters (griefers included), a receiver
/// that sometimes reverts, and time passing. A vigilant watcher acts before every time step: it
/// challenges wrong claims, requests missing leaves, and has honest relayers answer requests and
/// samples. Ghost variables record anything that must never happen.
contract SettlementHandler is SettlementBuilder {
    enum Kind {
        None,
        Honest,
        Wrong,
        Gap,
        Sampled
    }

    Settlement internal s;
    SettlementMockReceiver internal receiver;
    SettlementMockVerifier internal verifier;
    uint128 internal claimBond;
    uint128 internal requestBond;

    address[] public relayers;
    address[] public actors;
    address internal watcher = makeAddr("watcher");
    address internal griefer = makeAddr("griefer");

    // Prepared deliberations, per subject 1..3: the full tree, the gap tree (leaf 1 missing).
    mapping(uint256 subject => bytes32) internal root;
    mapping(uint256 subject => bytes32) internal gapRoot;
    mapping(uint256 subject => bytes) internal honestResult;
    mapping(uint256 subject => bytes) internal wrongResult;
    mapping(uint256 subject => bytes[]) internal leafData;
    mapping(uint256 subject => bytes32[][]) internal proofs;
    mapping(uint256 subject => bytes32[][]) internal gapProofs;

    // Ghost state.
    uint256[] public claims;
    mapping(uint256 claimId => Kind) public kindOf;
    uint256[] public requests;
    mapping(address relayer => uint256) public deposited;
    mapping(address relayer => uint256) public rejectedCount;
    mapping(uint256 claimId => uint256) public finalizations;
    bool public honestRejected;
    bool public wrongFinalized;
    bool public wrongNotCaught;
    bool public watcherFailed;
    mapping(uint256 claimId => bool) internal watcherRequested;

    constructor(Settlement s_, SettlementMockReceiver receiver_, SettlementMockVerifier verifier_) {
        s = s_;
        receiver = receiver_;
        verifier = verifier_;
        claimBond = s_.config().claimBond;
        requestBond = s_.config().requestBond;
        relayers.push(makeAddr("inv-relayer0"));
        relayers.push(makeAddr("inv-relayer1"));
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

    /// @dev Stores a prepared deliberation (called by the test's setUp).
    function prepare(uint256 subject, ISettlement.BallotLeaf[] memory leaves, bytes memory honest, bytes memory wrong)
        external
    {
        bytes32[] memory hs = _leafHashes(leaves);
        bytes32[] memory gap = new bytes32[](leaves.length - 1);
        for (uint256 i = 0; i < gap.length; ++i) {
            gap[i] = hs[i < 1 ? i : i + 1];
        }
        root[subject] = _root(hs);
        gapRoot[subject] = _root(gap);
        honestResult[subject] = honest;
        wrongResult[subject] = wrong;
        for (uint256 i = 0; i < leaves.length; ++i) {
            leafData[subject].push(abi.encode(leaves[i]));
            proofs[subject].push(_proof(hs, i));
            gapProofs[subject].push(i == 1 ? new bytes32[](0) : _proof(gap, i < 1 ? i : i - 1));
        }
    }

    // ------------------------------------------------------------------ actions

    function submit(uint256 subjectSeed, uint256 relayerSeed, uint256 kindSeed) external {
        uint256 subject = subjectSeed % 3 + 1;
        if (s.subjectClaim(address(receiver), subject) != 0) return;
        address r = relayers[relayerSeed % 2];
        Kind k = Kind(kindSeed % 3 + 1);
        bytes32 rt = k == Kind.Gap ? gapRoot[subject] : root[subject];
        bytes memory result = k == Kind.Wrong ? wrongResult[subject] : honestResult[subject];
        vm.prank(r);
        try s.submit(ISettlement.ClaimKind.Deliberation, subject, address(receiver), rt, result) returns (uint256 id) {
            claims.push(id);
            kindOf[id] = k;
        } catch {}
    }

    function submitSampled(uint256 subjectSeed, uint256 relayerSeed) external {
        uint256 subject = 100 + subjectSeed % 3;
        if (s.subjectClaim(address(receiver), subject) != 0) return;
        (bytes32 rt,) = _sampledTree(subject);
        address[] memory winners = new address[](1);
        winners[0] = relayers[0];
        bytes memory result = abi.encode(ISettlement.SampledResult(8, winners, 8));
        vm.prank(relayers[relayerSeed % 2]);
        try s.submit(ISettlement.ClaimKind.PowEpoch, subject, address(receiver), rt, result) returns (uint256 id) {
            claims.push(id);
            kindOf[id] = Kind.Sampled;
        } catch {}
    }

    /// @dev A random (mostly pointless) challenge by a griefer against any pending claim.
    function grief(uint256 claimSeed, uint256 leafSeed, uint8 how) external {
        uint256 id = _claim(claimSeed);
        if (id == 0) return;
        uint256 subject = s.claim(id).subjectId;
        if (subject > 3) return;
        uint256 i = leafSeed % 4;
        bytes32[][] storage ps = kindOf[id] == Kind.Gap ? gapProofs[subject] : proofs[subject];
        ISettlement.BallotLeaf memory leaf = abi.decode(leafData[subject][i], (ISettlement.BallotLeaf));
        bytes memory result = kindOf[id] == Kind.Wrong ? wrongResult[subject] : honestResult[subject];
        vm.prank(griefer);
        bool ok;
        if (how % 3 == 0) {
            try s.challengeBallot(id, result, leaf, ps[i]) {
                ok = true;
            } catch {}
        } else if (how % 3 == 1 && i > 0) {
            ISettlement.BallotLeaf memory prev = abi.decode(leafData[subject][i - 1], (ISettlement.BallotLeaf));
            try s.challengeStep(id, result, prev, ps[i - 1], leaf, ps[i]) {
                ok = true;
            } catch {}
        } else {
            try s.challengeProposal(id, result, uint32(leafSeed % 3)) {
                ok = true;
            } catch {}
        }
        if (ok) _rejected(id);
    }

    /// @dev A griefer pays for a leaf request on any pending claim.
    function request(uint256 claimSeed, uint32 index) external {
        uint256 id = _claim(claimSeed);
        if (id == 0) return;
        vm.prank(griefer);
        try s.requestLeaf{value: requestBond}(id, index % 4) returns (uint256 q) {
            requests.push(q);
        } catch {}
    }

    function finalize(uint256 claimSeed) external {
        uint256 id = _claim(claimSeed);
        if (id == 0) return;
        try s.finalize(id) {
            finalizations[id] += 1;
            if (kindOf[id] == Kind.Wrong || kindOf[id] == Kind.Gap) wrongFinalized = true;
        } catch {}
    }

    function retry(uint256 claimSeed) external {
        if (claims.length == 0) return;
        uint256 id = claims[claimSeed % claims.length];
        try s.retryCallback(id) {} catch {}
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

    function topUp(uint256 relayerSeed, uint256 amount) external {
        address r = relayers[relayerSeed % 2];
        amount = bound(amount, 1, 5 ether);
        vm.prank(r);
        try s.bond{value: amount}() {
            deposited[r] += amount;
        } catch {}
    }

    /// @dev The watcher acts, then time passes (never more than a response window at once).
    function warp(uint256 dt, uint256 blocks) external {
        _watch();
        vm.warp(block.timestamp + bound(dt, 1, 6 hours - 1));
        vm.roll(block.number + bound(blocks, 1, 100));
    }

    // ------------------------------------------------------------------ the watcher

    function _watch() internal {
        for (uint256 k = 0; k < claims.length; ++k) {
            uint256 id = claims[k];
            ISettlement.Claim memory c = s.claim(id);
            if (c.status != ISettlement.ClaimStatus.Pending) continue;
            Kind kind = kindOf[id];
            if (kind == Kind.Wrong && block.timestamp <= c.deadline) {
                uint256 subject = c.subjectId;
                ISettlement.BallotLeaf memory last = abi.decode(leafData[subject][3], (ISettlement.BallotLeaf));
                vm.prank(watcher);
                try s.challengeBallot(id, wrongResult[subject], last, proofs[subject][3]) {
                    _rejected(id);
                } catch {
                    wrongNotCaught = true;
                }
            } else if (kind == Kind.Gap && !watcherRequested[id]) {
                watcherRequested[id] = true;
                vm.prank(watcher);
                try s.requestLeaf{value: requestBond}(id, 1) returns (uint256 q) {
                    requests.push(q);
                } catch {
                    watcherFailed = true;
                }
            } else if (kind == Kind.Sampled) {
                _answerSamples(id, c);
            }
        }
        for (uint256 k = 0; k < requests.length; ++k) {
            ISettlement.Request memory q = s.request(requests[k]);
            if (!q.open) continue;
            ISettlement.Claim memory c = s.claim(q.claimId);
            Kind kind = kindOf[q.claimId];
            if (c.status == ISettlement.ClaimStatus.Pending && (kind == Kind.Honest || kind == Kind.Wrong)) {
                // The relayer answers from its full tree.
                ISettlement.BallotLeaf memory leaf =
                    abi.decode(leafData[c.subjectId][q.index], (ISettlement.BallotLeaf));
                vm.prank(c.relayer);
                try s.revealLeaf(requests[k], leaf, proofs[c.subjectId][q.index]) {}
                catch {
                    watcherFailed = true;
                }
            } else if (c.status == ISettlement.ClaimStatus.Pending && kind == Kind.Gap && q.index != 1) {
                ISettlement.BallotLeaf memory leaf =
                    abi.decode(leafData[c.subjectId][q.index], (ISettlement.BallotLeaf));
                vm.prank(c.relayer);
                try s.revealLeaf(requests[k], leaf, gapProofs[c.subjectId][q.index]) {}
                catch {
                    watcherFailed = true;
                }
            } else if (c.status != ISettlement.ClaimStatus.Pending || block.timestamp > q.deadline) {
                bool slashes = c.status == ISettlement.ClaimStatus.Pending;
                try s.closeRequest(requests[k]) {
                    if (slashes) _rejected(q.claimId);
                } catch {
                    watcherFailed = true;
                }
            }
        }
    }

    function _answerSamples(uint256 id, ISettlement.Claim memory c) internal {
        if (c.seed == bytes32(0)) {
            if (block.number <= c.sampleBlock) return;
            try s.drawSamples(id) {}
            catch {
                watcherFailed = true;
                return;
            }
            c = s.claim(id);
        }
        (, bytes32[] memory hs) = _sampledTree(c.subjectId);
        for (uint8 slot = 0; slot < c.samples; ++slot) {
            if (c.answered & (uint32(1) << slot) != 0) continue;
            uint32 index = s.sampleIndex(id, slot);
            uint256[] memory inputs = _inputs(c.subjectId, index);
            uint256[] memory pub = new uint256[](3);
            pub[0] = c.subjectId;
            pub[1] = inputs[0];
            pub[2] = inputs[1];
            bytes memory zk = verifier.proofFor(pub);
            vm.prank(c.relayer);
            try s.answerSample(id, slot, inputs, _proof(hs, index), zk) {}
            catch {
                watcherFailed = true;
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    function _rejected(uint256 id) internal {
        Kind k = kindOf[id];
        if (k == Kind.Honest || k == Kind.Sampled) honestRejected = true;
        rejectedCount[s.claim(id).relayer] += 1;
    }

    function _claim(uint256 seed) internal view returns (uint256) {
        if (claims.length == 0) return 0;
        return claims[seed % claims.length];
    }

    function _inputs(uint256 subject, uint256 i) internal pure returns (uint256[] memory inputs) {
        inputs = new uint256[](2);
        inputs[0] = subject;
        inputs[1] = i;
    }

    function _sampledTree(uint256 subject) internal pure returns (bytes32 rt, bytes32[] memory hs) {
        hs = new bytes32[](8);
        for (uint256 i = 0; i < 8; ++i) {
            hs[i] = _sampleLeaf(2, uint32(i), _inputs(subject, i));
        }
        rt = _root(hs);
    }

    function claimCount() external view returns (uint256) {
        return claims.length;
    }

    function requestCount() external view returns (uint256) {
        return requests.length;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }
}

/// forge-config: default.invariant.depth = 48
/// forge-config: default.invariant.runs = 32
contract SettlementInvariantTest is SettlementBase {
    SettlementHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new SettlementHandler(settlement, receiver, verifier);
        for (uint256 subject = 1; subject <= 3; ++subject) {
            Deliberation memory d = _deliberation(subject, _defaultVotes());
            ISettlement.Tally memory wrong = abi.decode(d.result, (ISettlement.Tally));
            wrong.sums[1] += 1; // 4 instead of 3: still not the winner
            handler.prepare(subject, d.leaves, d.result, abi.encode(wrong));
        }
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](11);
        selectors[0] = SettlementHandler.submit.selector;
        selectors[1] = SettlementHandler.submitSampled.selector;
        selectors[2] = SettlementHandler.grief.selector;
        selectors[3] = SettlementHandler.request.selector;
        selectors[4] = SettlementHandler.finalize.selector;
        selectors[5] = SettlementHandler.retry.selector;
        selectors[6] = SettlementHandler.toggleReceiver.selector;
        selectors[7] = SettlementHandler.withdraw.selector;
        selectors[8] = SettlementHandler.topUp.selector;
        selectors[9] = SettlementHandler.warp.selector;
        selectors[10] = SettlementHandler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice Invariant: Settlement's ETH is exactly the relayers' bonds, the open request bonds and
    /// every credited balance: nothing is created, lost or paid twice.
    function invariant_ethAccounted() public view {
        uint256 sum = settlement.relayer(relayerA).bond; // bonded in setUp, never used here
        for (uint256 i = 0; i < 2; ++i) {
            sum += settlement.relayer(handler.relayers(i)).bond;
        }
        for (uint256 i = 0; i < handler.actorCount(); ++i) {
            sum += settlement.credit(handler.actors(i));
        }
        for (uint256 i = 0; i < handler.requestCount(); ++i) {
            ISettlement.Request memory q = settlement.request(handler.requests(i));
            if (q.open) sum += q.bond;
        }
        assertEq(address(settlement).balance, sum, "eth == bonds + open requests + credits");
    }

    /// @notice Invariant: a relayer's bond is its deposits minus one claim bond per rejected claim
    /// (a slash is taken exactly once), and its locked part is one claim bond per pending claim.
    function invariant_bondsAndLocks() public view {
        for (uint256 r = 0; r < 2; ++r) {
            address rel = handler.relayers(r);
            uint256 pending;
            for (uint256 k = 0; k < handler.claimCount(); ++k) {
                ISettlement.Claim memory c = settlement.claim(handler.claims(k));
                if (c.relayer == rel && c.status == ISettlement.ClaimStatus.Pending) pending++;
            }
            assertEq(
                settlement.relayer(rel).bond,
                handler.deposited(rel) - handler.rejectedCount(rel) * CLAIM_BOND,
                "bond = deposits - slashes"
            );
            assertEq(settlement.relayer(rel).locked, pending * CLAIM_BOND, "locked = pending claims");
        }
    }

    /// @notice Invariant: a claim finalizes at most once, a subject has at most one finalized claim,
    /// and a receiver hears about a subject at most once.
    function invariant_finalizeAtMostOnce() public view {
        for (uint256 k = 0; k < handler.claimCount(); ++k) {
            uint256 id = handler.claims(k);
            assertLe(handler.finalizations(id), 1, "finalized at most once");
            uint256 subject = settlement.claim(id).subjectId;
            assertLe(receiver.deliveries(subject), 1, "delivered at most once");
            if (settlement.claim(id).status == ISettlement.ClaimStatus.Finalized) {
                assertEq(settlement.subjectClaim(address(receiver), subject), id, "the subject's one claim");
            }
        }
    }

    /// @notice Invariant: with a vigilant watcher, honest claims are never rejected (no griefing
    /// challenge succeeds against them), wrong or gapped claims never finalize, and the watcher's
    /// fraud proof never fails while the window is open.
    function invariant_onlyWrongClaimsFall() public view {
        assertFalse(handler.honestRejected(), "honest claim rejected");
        assertFalse(handler.wrongFinalized(), "wrong claim finalized");
        assertFalse(handler.wrongNotCaught(), "fraud proof failed");
        assertFalse(handler.watcherFailed(), "a watcher duty failed");
    }
}
