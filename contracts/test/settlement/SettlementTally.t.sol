// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {SettlementBase} from "./SettlementBase.sol";

/// @notice Soundness and completeness of the deliberation fraud proofs, fuzzed over sessions:
/// an honest claim survives every challenge a challenger can build, and every wrong claim is
/// rejected by some challenge built from the published leaves (or by a leaf request when a leaf
/// is missing).
contract SettlementTallyTest is SettlementBase {
    /// @dev A claim as published: the leaves in its tree (maybe with gaps, duplicates, forgeries).
    struct Published {
        uint256 id;
        bytes result;
        ISettlement.Tally tally;
        ISettlement.BallotLeaf[] leaves;
        bytes32[] hashes;
    }

    /// @notice Fuzz: no challenge of any kind succeeds against an honest tally, and it finalizes.
    /// forge-config: default.fuzz.runs = 128
    function testFuzz_honestTally_survivesEveryChallenge(uint256 seed) public {
        Deliberation memory d = _deliberation(1, _randomVotes(seed));
        uint256 id = _submit(relayerA, d);
        Published memory p = Published(id, d.result, d.tally, d.leaves, d.hashes);
        assertFalse(_tryEveryChallenge(p), "no fraud proof succeeds");
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Pending), "still pending");
        // Requests are answered from the published tree.
        for (uint32 i = 0; i < d.leaves.length; ++i) {
            vm.prank(challenger);
            uint256 q = settlement.requestLeaf{value: REQUEST_BOND}(id, i);
            settlement.revealLeaf(q, d.leaves[i], _proof(d.hashes, i));
        }
        vm.warp(block.timestamp + CHALLENGE + RESPONSE + 1);
        settlement.finalize(id);
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Finalized), "finalized");
    }

    /// @notice Fuzz: whatever the relayer corrupts, some challenge rejects the claim.
    function testFuzz_wrongTally_isAlwaysCaught(uint256 seed, uint8 kind) public {
        int64[][] memory votes = _randomVotes(seed);
        if (votes.length < 2) votes = _defaultVotes();
        Deliberation memory d = _deliberation(1, votes);
        uint256 n = d.leaves.length;
        uint256 i = (seed >> 128) % n;
        uint256 j = (seed >> 64) % d.tally.sums.length;
        int256 delta = int256(uint256((seed >> 32) % 1000)) + 1;
        kind = uint8(bound(kind, 0, 5));
        bool gap;
        if (kind == 0) {
            // The claimed sums differ from the ballots.
            d.tally.sums[j] += delta;
        } else if (kind == 1) {
            // One running sum is off.
            d.leaves[i].cumulative[j] += delta;
        } else if (kind == 2) {
            // A vote altered after signing, with every later running sum made consistent.
            d.leaves[i].votes[j] = d.leaves[i].votes[j] == 0 ? int64(1) : -d.leaves[i].votes[j];
            _recount(d, i);
        } else if (kind == 3) {
            // Voters out of order: two adjacent ballots swapped, sums recomputed.
            uint256 a = i == n - 1 ? i - 1 : i;
            (d.leaves[a], d.leaves[a + 1]) = (d.leaves[a + 1], d.leaves[a]);
            d.leaves[a].index = uint32(a);
            d.leaves[a + 1].index = uint32(a + 1);
            _recount(d, a);
        } else if (kind == 4) {
            // A signed ballot above the voter's budget.
            Voter[] memory vs = _voters("voter", n);
            votes[i][j] = 11;
            d.leaves[i].votes = votes[i];
            bytes32 digest = tally.ballotDigest(settlement.domainSeparator(), d.session, ROUND, vs[i].addr, votes[i]);
            (d.leaves[i].v, d.leaves[i].r, d.leaves[i].s) = vm.sign(vs[i].key, digest);
            _recount(d, i);
        } else {
            // A leaf missing from the tree (the tally still counts it).
            gap = true;
        }
        d.tally.winner = _argmax(d.tally.sums);
        d.result = abi.encode(d.tally);
        d.hashes = _leafHashes(d.leaves);
        ISettlement.BallotLeaf[] memory published = d.leaves;
        if (gap) {
            published = new ISettlement.BallotLeaf[](n - 1);
            for (uint256 k = 0; k < n - 1; ++k) {
                published[k] = d.leaves[k < i ? k : k + 1];
            }
            d.hashes = _leafHashes(published);
        }
        d.root = _root(d.hashes);
        uint256 id = _submit(relayerA, d);
        Published memory p = Published(id, d.result, d.tally, published, d.hashes);
        bool caught = gap ? _requestMissing(p) : _tryEveryChallenge(p);
        assertTrue(caught, "a challenge rejects the wrong claim");
        assertEq(uint256(_status(id)), uint256(ISettlement.ClaimStatus.Rejected), "rejected");
        assertEq(settlement.relayer(relayerA).bond, 5 ether - CLAIM_BOND, "slashed exactly once");
    }

    struct GasCase {
        uint256 id;
        bytes result;
        ISettlement.BallotLeaf l0;
        ISettlement.BallotLeaf l1;
        bytes32[] p0;
        bytes32[] p1;
    }

    /// @notice Fuzz: challenge gas stays bounded by O(P + log n): 64 proposals, trees up to 2^16 leaves.
    /// forge-config: default.fuzz.runs = 8
    function testFuzz_challengeGas_bounded(uint16 leafCount) public {
        GasCase memory c = _gasCase(bound(leafCount, 2, 1 << 16));
        uint256 g = gasleft();
        vm.prank(challenger);
        settlement.challengeStep(c.id, c.result, c.l0, c.p0, c.l1, c.p1);
        uint256 used = g - gasleft();
        assertEq(uint256(_status(c.id)), uint256(ISettlement.ClaimStatus.Rejected), "caught");
        // Measured 212k (n = 2) to 264k (n = 2^32 - 1) execution gas for P = 64 (docs/settlement.md);
        // 300k leaves headroom for compiler changes while still catching any O(n) behaviour.
        assertLt(used, 300_000, "challenge gas bounded");
    }

    /// @dev A claim about 64 proposals whose tree has n leaves; the first two are real and differ by a
    /// bad step; every proof has ceil(log2 n) siblings (the rest of the tree is filler).
    function _gasCase(uint256 n) internal returns (GasCase memory c) {
        uint256 p = 64;
        int64[][] memory votes = new int64[][](2);
        for (uint256 k = 0; k < 2; ++k) {
            votes[k] = new int64[](p);
            votes[k][k] = 1;
        }
        bytes32 session = settlement.sessionId(address(receiver), 9, 7);
        ISettlement.BallotLeaf[] memory leaves = _ballots(settlement, tally, session, ROUND, _voters("gv", 2), votes);
        leaves[1].cumulative[5] = 9;
        c.l0 = leaves[0];
        c.l1 = leaves[1];
        ISettlement.ProposalRecord[] memory ps = _proposals(settlement, tally, session, ROUND, _voters("ga", p));
        ISettlement.Tally memory t = _tally(7, ROUND, CREDITS, ps, leaves);
        t.ballotCount = uint32(n);
        c.result = abi.encode(t);
        bytes32 root;
        (root, c.p0, c.p1) = _fillerProofs(_leafHash(c.l0), _leafHash(c.l1), n);
        vm.prank(relayerA);
        c.id = settlement.submit(ISettlement.ClaimKind.Deliberation, 9, address(receiver), root, c.result);
    }

    function _fillerProofs(bytes32 h0, bytes32 h1, uint256 n)
        internal
        pure
        returns (bytes32 node, bytes32[] memory p0, bytes32[] memory p1)
    {
        uint256 depth;
        while ((uint256(1) << depth) < n) ++depth;
        p0 = new bytes32[](depth);
        p1 = new bytes32[](depth);
        p0[0] = h1;
        p1[0] = h0;
        node = _hashPair(h0, h1);
        for (uint256 k = 1; k < depth; ++k) {
            bytes32 filler = keccak256(abi.encode("filler", k));
            p0[k] = filler;
            p1[k] = filler;
            node = _hashPair(node, filler);
        }
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Random session: 1..6 voters, 1..4 proposals, votes in [-5, 5] (sum of squares <= 100).
    function _randomVotes(uint256 seed) internal pure returns (int64[][] memory votes) {
        uint256 n = seed % 6 + 1;
        uint256 p = (seed >> 8) % 4 + 1;
        votes = new int64[][](n);
        for (uint256 i = 0; i < n; ++i) {
            votes[i] = new int64[](p);
            for (uint256 j = 0; j < p; ++j) {
                uint256 r = uint256(keccak256(abi.encode(seed, i, j)));
                votes[i][j] = int64(int256(r % 11)) - 5;
            }
        }
    }

    /// @dev Recomputes running sums from leaf `from` on and the claimed sums.
    function _recount(Deliberation memory d, uint256 from) internal pure {
        uint256 n = d.leaves.length;
        uint256 p = d.tally.sums.length;
        for (uint256 k = from; k < n; ++k) {
            int256[] memory cum = new int256[](p);
            for (uint256 j = 0; j < p; ++j) {
                cum[j] = (k == 0 ? int256(0) : d.leaves[k - 1].cumulative[j]) + d.leaves[k].votes[j];
            }
            d.leaves[k].cumulative = cum;
        }
        for (uint256 j = 0; j < p; ++j) {
            d.tally.sums[j] = d.leaves[n - 1].cumulative[j];
        }
    }

    /// @dev Tries every single-leaf, adjacent-pair, duplicate-index and proposal challenge the
    /// published leaves allow; true as soon as one rejects the claim.
    function _tryEveryChallenge(Published memory p) internal returns (bool) {
        uint256 n = p.leaves.length;
        for (uint256 a = 0; a < n; ++a) {
            vm.prank(challenger);
            try settlement.challengeBallot(p.id, p.result, p.leaves[a], _proof(p.hashes, a)) {
                return true;
            } catch {}
            for (uint256 b = 0; b < n; ++b) {
                if (a == b) continue;
                if (p.leaves[b].index == p.leaves[a].index + 1) {
                    vm.prank(challenger);
                    try settlement.challengeStep(
                        p.id, p.result, p.leaves[a], _proof(p.hashes, a), p.leaves[b], _proof(p.hashes, b)
                    ) {
                        return true;
                    } catch {}
                }
                if (p.leaves[b].index == p.leaves[a].index) {
                    vm.prank(challenger);
                    try settlement.challengeDuplicate(
                        p.id, p.leaves[a], _proof(p.hashes, a), p.leaves[b], _proof(p.hashes, b)
                    ) {
                        return true;
                    } catch {}
                }
            }
        }
        for (uint32 k = 0; k < p.tally.proposals.length; ++k) {
            vm.prank(challenger);
            try settlement.challengeProposal(p.id, p.result, k) {
                return true;
            } catch {}
        }
        return false;
    }

    /// @dev Requests every index the published leaves lack; the relayer answers what it can; the
    /// unanswerable request rejects the claim.
    function _requestMissing(Published memory p) internal returns (bool) {
        uint256[] memory open = new uint256[](p.tally.ballotCount);
        uint256 k;
        for (uint32 idx = 0; idx < p.tally.ballotCount; ++idx) {
            bool present;
            for (uint256 a = 0; a < p.leaves.length; ++a) {
                if (p.leaves[a].index == idx) present = true;
            }
            if (!present) {
                vm.prank(challenger);
                open[k++] = settlement.requestLeaf{value: REQUEST_BOND}(p.id, idx);
            }
        }
        if (_tryEveryChallenge(p)) return true;
        vm.warp(block.timestamp + RESPONSE + 1);
        for (uint256 a = 0; a < k; ++a) {
            settlement.closeRequest(open[a]);
        }
        return _status(p.id) == ISettlement.ClaimStatus.Rejected;
    }
}
