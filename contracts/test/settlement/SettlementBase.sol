// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {Settlement} from "../../src/Settlement.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {ISettlementBatches} from "../../src/interfaces/ISettlementBatches.sol";
import {TallyVerifier} from "../../src/libraries/TallyVerifier.sol";
import {SettlementMockReceiver} from "../mocks/SettlementMockReceiver.sol";
import {SettlementMockVerifier} from "../mocks/SettlementMockVerifier.sol";

/// @notice Builds deliberation sessions the way a relayer does: signed proposals and ballots,
/// running sums, a sorted-pair Merkle tree (layers paired left to right, an odd last node
/// promoted unchanged) and proofs.
abstract contract SettlementBuilder is Test {
    struct Voter {
        address addr;
        uint256 key;
    }

    /// @dev `n` voters sorted by address (ballot leaves must have strictly ascending voters).
    function _voters(string memory prefix, uint256 n) internal returns (Voter[] memory vs) {
        vs = new Voter[](n);
        for (uint256 i = 0; i < n; ++i) {
            (address a, uint256 k) = makeAddrAndKey(string.concat(prefix, vm.toString(i)));
            vs[i] = Voter(a, k);
        }
        for (uint256 i = 1; i < n; ++i) {
            for (uint256 j = i; j > 0 && vs[j - 1].addr > vs[j].addr; --j) {
                (vs[j - 1], vs[j]) = (vs[j], vs[j - 1]);
            }
        }
    }

    function _proposals(Settlement s, TallyVerifier tv, bytes32 session, uint32 round, Voter[] memory authors)
        internal
        view
        returns (ISettlement.ProposalRecord[] memory ps)
    {
        ps = new ISettlement.ProposalRecord[](authors.length);
        for (uint256 j = 0; j < authors.length; ++j) {
            bytes32 content = keccak256(abi.encode("proposal", j));
            bytes32 digest = tv.proposalDigest(s.domainSeparator(), session, round, authors[j].addr, content);
            (uint8 v, bytes32 r, bytes32 sg) = vm.sign(authors[j].key, digest);
            ps[j] = ISettlement.ProposalRecord({author: authors[j].addr, contentHash: content, r: r, s: sg, v: v});
        }
    }

    /// @dev Signed ballot leaves with correct running sums for `votes[i]` by `voters[i]`.
    function _ballots(
        Settlement s,
        TallyVerifier tv,
        bytes32 session,
        uint32 round,
        Voter[] memory voters,
        int64[][] memory votes
    ) internal view returns (ISettlement.BallotLeaf[] memory leaves) {
        uint256 n = votes.length;
        leaves = new ISettlement.BallotLeaf[](n);
        uint256 p = n == 0 ? 0 : votes[0].length;
        int256[] memory running = new int256[](p);
        for (uint256 i = 0; i < n; ++i) {
            int256[] memory cum = new int256[](p);
            for (uint256 j = 0; j < p; ++j) {
                running[j] += votes[i][j];
                cum[j] = running[j];
            }
            bytes32 digest = tv.ballotDigest(s.domainSeparator(), session, round, voters[i].addr, votes[i]);
            (uint8 v, bytes32 r, bytes32 sg) = vm.sign(voters[i].key, digest);
            leaves[i] = ISettlement.BallotLeaf({
                index: uint32(i), voter: voters[i].addr, votes: votes[i], cumulative: cum, r: r, s: sg, v: v
            });
        }
    }

    /// @dev The tally matching `leaves` (sums = last running sums, winner = argmax, lowest index).
    function _tally(
        uint256 nonce,
        uint32 round,
        uint64 credits,
        ISettlement.ProposalRecord[] memory ps,
        ISettlement.BallotLeaf[] memory leaves
    ) internal pure returns (ISettlement.Tally memory t) {
        int256[] memory sums = new int256[](ps.length);
        if (leaves.length != 0) {
            int256[] memory last = leaves[leaves.length - 1].cumulative;
            for (uint256 j = 0; j < ps.length; ++j) {
                sums[j] = last[j];
            }
        }
        t = ISettlement.Tally({
            sessionNonce: nonce,
            round: round,
            ballotCount: uint32(leaves.length),
            credits: credits,
            proposals: ps,
            sums: sums,
            winner: _argmax(sums)
        });
    }

    function _argmax(int256[] memory sums) internal pure returns (uint32 w) {
        for (uint256 j = 1; j < sums.length; ++j) {
            if (sums[j] > sums[w]) w = uint32(j);
        }
    }

    function _leafHashes(ISettlement.BallotLeaf[] memory leaves) internal pure returns (bytes32[] memory hs) {
        hs = new bytes32[](leaves.length);
        for (uint256 i = 0; i < leaves.length; ++i) {
            hs[i] = _leafHash(leaves[i]);
        }
    }

    /// @dev Written out independently of SettlementHashing, as the Go side must.
    function _leafHash(ISettlement.BallotLeaf memory l) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(uint8(1), l.index, l.voter, l.votes, l.cumulative, l.r, l.s, l.v)))
        );
    }

    function _root(bytes32[] memory leaves) internal pure returns (bytes32) {
        if (leaves.length == 0) return bytes32(0);
        bytes32[] memory layer = leaves;
        while (layer.length > 1) {
            layer = _up(layer);
        }
        return layer[0];
    }

    function _proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory proof) {
        bytes32[] memory tmp = new bytes32[](64);
        uint256 len;
        bytes32[] memory layer = leaves;
        while (layer.length > 1) {
            uint256 sib = index ^ 1;
            if (sib < layer.length) tmp[len++] = layer[sib];
            layer = _up(layer);
            index /= 2;
        }
        proof = new bytes32[](len);
        for (uint256 i = 0; i < len; ++i) {
            proof[i] = tmp[i];
        }
    }

    function _up(bytes32[] memory layer) internal pure returns (bytes32[] memory next) {
        next = new bytes32[]((layer.length + 1) / 2);
        for (uint256 i = 0; i < next.length; ++i) {
            uint256 a = 2 * i;
            next[i] = a + 1 < layer.length ? _hashPair(layer[a], layer[a + 1]) : layer[a];
        }
    }

    function _hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function _sampleLeaf(uint8 tag, uint32 index, uint256[] memory inputs) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(tag, index, inputs))));
    }
}

/// @notice Shared setup: a Settlement clone with a tally verifier, mock proof verifiers, a mock
/// receiver as the allowed target, and a bonded relayer.
abstract contract SettlementBase is SettlementBuilder {
    uint128 internal constant CLAIM_BOND = 1 ether;
    uint128 internal constant REQUEST_BOND = 0.05 ether;
    uint64 internal constant CHALLENGE = 1 days;
    uint64 internal constant RESPONSE = 6 hours;
    uint64 internal constant PROOF_WINDOW = 12 hours;
    uint64 internal constant EXIT_DELAY = 3 days;
    uint32 internal constant SAMPLE_DELAY = 4;
    uint8 internal constant SAMPLES = 3;
    uint16 internal constant REWARD_BPS = 5000;
    uint32 internal constant CALLBACK_GAS = 500_000;
    uint64 internal constant CREDITS = 100;
    uint32 internal constant ROUND = 2;

    address internal admin = makeAddr("timelock");
    address internal treasury = makeAddr("treasury");
    address internal relayerA = makeAddr("relayerA");
    address internal relayerB = makeAddr("relayerB");
    address internal challenger = makeAddr("challenger");

    Settlement internal impl;
    Settlement internal settlement;
    TallyVerifier internal tally;
    SettlementMockVerifier internal verifier;
    SettlementMockReceiver internal receiver;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        tally = new TallyVerifier();
        verifier = new SettlementMockVerifier();
        receiver = new SettlementMockReceiver();
        impl = new Settlement();
        settlement = Settlement(payable(Clones.clone(address(impl))));
        address[] memory targets = new address[](1);
        targets[0] = address(receiver);
        settlement.initialize(admin, treasury, address(tally), address(verifier), address(verifier), targets, config());
        vm.deal(relayerA, 100 ether);
        vm.deal(relayerB, 100 ether);
        vm.deal(challenger, 100 ether);
        vm.prank(relayerA);
        settlement.bond{value: 5 ether}();
    }

    function config() internal pure returns (ISettlement.Config memory) {
        return ISettlement.Config({
            claimBond: CLAIM_BOND,
            requestBond: REQUEST_BOND,
            challengeWindow: CHALLENGE,
            responseWindow: RESPONSE,
            proofWindow: PROOF_WINDOW,
            exitDelay: EXIT_DELAY,
            sampleDelay: SAMPLE_DELAY,
            sampleCount: SAMPLES,
            challengerRewardBps: REWARD_BPS,
            callbackGasLimit: CALLBACK_GAS
        });
    }

    /// @dev A full honest deliberation about (receiver, subject): its leaves, tree and result.
    struct Deliberation {
        uint256 subject;
        bytes32 session;
        ISettlement.Tally tally;
        ISettlement.BallotLeaf[] leaves;
        bytes32[] hashes;
        bytes32 root;
        bytes result;
    }

    /// @dev Three proposals, `votes.length` voters; ballots as given.
    function _deliberation(uint256 subject, int64[][] memory votes) internal returns (Deliberation memory d) {
        d.subject = subject;
        d.session = settlement.sessionId(address(receiver), subject, 7);
        Voter[] memory authors = _voters("author", votes.length == 0 ? 3 : votes[0].length);
        ISettlement.ProposalRecord[] memory ps = _proposals(settlement, tally, d.session, ROUND, authors);
        Voter[] memory vs = _voters("voter", votes.length);
        d.leaves = _ballots(settlement, tally, d.session, ROUND, vs, votes);
        d.tally = _tally(7, ROUND, CREDITS, ps, d.leaves);
        d.hashes = _leafHashes(d.leaves);
        d.root = _root(d.hashes);
        d.result = abi.encode(d.tally);
    }

    /// @dev Four voters on three proposals; sums (5, 3, -2), winner 0.
    function _defaultVotes() internal pure returns (int64[][] memory votes) {
        votes = new int64[][](4);
        votes[0] = _row(3, 1, 0);
        votes[1] = _row(2, 0, -3);
        votes[2] = _row(-1, 2, 1);
        votes[3] = _row(1, 0, 0);
    }

    function _row(int64 a, int64 b, int64 c) internal pure returns (int64[] memory r) {
        r = new int64[](3);
        r[0] = a;
        r[1] = b;
        r[2] = c;
    }

    function _submit(address relayer_, Deliberation memory d) internal returns (uint256 id) {
        vm.prank(relayer_);
        id = settlement.submit(ISettlement.ClaimKind.Deliberation, d.subject, address(receiver), d.root, d.result);
    }

    function _status(uint256 id) internal view returns (ISettlement.ClaimStatus) {
        return settlement.claim(id).status;
    }

    /// @dev Settlement's ETH equals bonds + open request bonds + credits of the given accounts.
    function _ethAccounted(address[] memory accounts, uint256 openRequestBonds) internal view returns (uint256 sum) {
        sum = openRequestBonds;
        for (uint256 i = 0; i < accounts.length; ++i) {
            sum += settlement.relayer(accounts[i]).bond + settlement.credit(accounts[i]);
        }
    }

    /// @dev The Settlement's batch functions (served by its fallback).
    function _batchesOf() internal view returns (ISettlementBatches) {
        return ISettlementBatches(address(settlement));
    }

    /// @dev The header an honest relayer commits for `d` about (receiver, d.subject): the outcome is
    /// derived here from the tally's sums, independently of TallyVerifier.
    function _sessionHeader(Deliberation memory d) internal view returns (ISettlementBatches.SessionHeader memory h) {
        ISettlement.Tally memory t = d.tally;
        uint256 absSum;
        for (uint256 j = 0; j < t.sums.length; ++j) {
            absSum += t.sums[j] < 0 ? uint256(-t.sums[j]) : uint256(t.sums[j]);
        }
        h.target = address(receiver);
        h.subjectId = d.subject;
        h.root = d.root;
        h.resultHash = keccak256(d.result);
        h.ballotCount = t.ballotCount;
        if (absSum != 0) {
            h.winner = t.proposals[t.winner].author;
            // forge-lint: disable-next-line(unsafe-typecast)
            h.conviction = t.sums[t.winner] * 1e18 / int256(absSum);
        }
    }
}
