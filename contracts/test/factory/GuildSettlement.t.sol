// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {IGuildFactory} from "../../src/interfaces/IGuildFactory.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";
import {TallyVerifier} from "../../src/libraries/TallyVerifier.sol";
import {SettlementBuilder} from "../settlement/SettlementBase.sol";
import {GuildFixture} from "./GuildFixture.sol";

/// @notice Integration through a factory-created suite without an extra resolver: the guild's
/// Settlement finalizes a deliberation about a ladder competition and the ladder promotes the
/// author of the winning proposal.
contract GuildSettlementTest is GuildFixture, SettlementBuilder {
    uint256 internal constant NONCE = 7;
    uint32 internal constant ROUND = 1;
    uint64 internal constant CREDITS = 100;

    address internal relayer = makeAddr("relayer");
    Voter[] internal authors;

    function setUp() public override {
        super.setUp();
        IGuildFactory.GuildParams memory p = defaultParams();
        p.resolver = address(0);
        (, IGuildFactory.Suite memory s) = factory.createGuild(p);
        _useSuite(s);
        Voter[] memory as_ = _voters("author", 3);
        for (uint256 i; i < as_.length; ++i) {
            authors.push(as_[i]);
        }
        vm.deal(relayer, 10 ether);
        vm.prank(relayer);
        settlement.bond{value: CLAIM_BOND}();
    }

    /// @dev A rank-0 competition the three authors entered and revealed, now in its resolution phase.
    function _competition() internal returns (uint256 id) {
        id = open(0);
        for (uint256 i; i < authors.length; ++i) {
            enter(id, authors[i].addr);
        }
        toRevealPhase(id);
        for (uint256 i; i < authors.length; ++i) {
            revealAs(id, authors[i].addr);
        }
        toResolutionPhase(id);
    }

    /// @dev An honest deliberation about competition `id`: proposals by the authors, four voters;
    /// sums (2, 6, -2), so authors[1] wins.
    function _submit(uint256 id) internal returns (uint256 claimId) {
        TallyVerifier tv = TallyVerifier(factory.implementations().tallyVerifier);
        bytes32 session = settlement.sessionId(address(ladder), id, NONCE);
        ISettlement.ProposalRecord[] memory ps = _proposals(settlement, tv, session, ROUND, _authors());
        int64[][] memory votes = new int64[][](4);
        votes[0] = _row(1, 3, 0);
        votes[1] = _row(0, 2, -3);
        votes[2] = _row(2, -1, 1);
        votes[3] = _row(-1, 2, 0);
        ISettlement.BallotLeaf[] memory leaves = _ballots(settlement, tv, session, ROUND, _voters("voter", 4), votes);
        ISettlement.Tally memory t = _tally(NONCE, ROUND, CREDITS, ps, leaves);
        assertEq(t.winner, 1, "authors[1] wins the tally");
        bytes32 root = _root(_leafHashes(leaves));
        vm.prank(relayer);
        claimId = settlement.submit(ISettlement.ClaimKind.Deliberation, id, address(ladder), root, abi.encode(t));
    }

    function _authors() internal view returns (Voter[] memory out) {
        out = new Voter[](authors.length);
        for (uint256 i; i < authors.length; ++i) {
            out[i] = authors[i];
        }
    }

    function _row(int64 a, int64 b, int64 c) internal pure returns (int64[] memory r) {
        r = new int64[](3);
        r[0] = a;
        r[1] = b;
        r[2] = c;
    }

    function test_finalize_deliberationPromotesLadderWinner_succeeds() public {
        uint256 id = _competition();
        uint256 claimId = _submit(id);
        vm.warp(settlement.claim(claimId).challengeEnd + 1);
        assertLe(block.timestamp, ladder.competition(id).resolveDeadline, "still in the resolution phase");

        settlement.finalize(claimId);

        ISettlement.Claim memory c = settlement.claim(claimId);
        assertEq(uint8(c.status), uint8(ISettlement.ClaimStatus.Finalized), "finalized");
        assertEq(uint8(c.callback), uint8(ISettlement.CallbackStatus.Delivered), "ladder accepted the outcome");
        assertEq(settlement.relayer(relayer).locked, 0, "bond unlocked");
        assertEq(uint8(ladder.competition(id).state), uint8(ICapabilityLadder.CompetitionState.Resolved), "resolved");
        address winner = authors[1].addr;
        assertEq(ladder.rankOf(winner), 1, "winner promoted");
        assertEq(lat(1).balanceOf(winner), ladder.LAT_REWARD(), "winner holds tier-1 LAT");
        assertEq(ladder.rankOf(authors[0].addr), 0, "loser stays");
        assertEq(ladder.rankOf(authors[2].addr), 0, "loser stays");
    }

    function test_finalize_afterResolutionPhase_recordsFailedCallback_succeeds() public {
        uint256 id = _competition();
        uint256 claimId = _submit(id);
        // Finalization is never blocked by its receiver: too late for the ladder, the callback fails.
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        settlement.finalize(claimId);
        ISettlement.Claim memory c = settlement.claim(claimId);
        assertEq(uint8(c.status), uint8(ISettlement.ClaimStatus.Finalized), "finalized");
        assertEq(uint8(c.callback), uint8(ISettlement.CallbackStatus.Failed), "callback failed");
        assertEq(ladder.rankOf(authors[1].addr), 0, "nobody promoted");
    }

    function test_submit_targetOutsideSuite_reverts() public {
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(ISettlement.Settlement_TargetNotAllowed.selector, address(timelock)));
        settlement.submit(ISettlement.ClaimKind.Deliberation, 1, address(timelock), bytes32(uint256(1)), "");
    }
}
