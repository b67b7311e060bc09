// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {CapabilityLadder} from "../../../src/CapabilityLadder.sol";
import {GovernanceConverter} from "../../../src/governance/GovernanceConverter.sol";
import {ICapabilityLadder} from "../../../src/interfaces/ICapabilityLadder.sol";
import {LiquidAccessToken} from "../../../src/LiquidAccessToken.sol";
import {MockERC20} from "../../../src/test-support/MockERC20.sol";

/// @notice Drives a guild's ladder, LATs and converter with a fixed set of actors and keeps
/// ghost accounts of everything that should move tokens or ranks.
contract LadderHandler is CommonBase, StdCheats, StdUtils {
    CapabilityLadder public immutable ladder;
    GovernanceConverter public immutable converter;
    MockERC20 public immutable payment;
    address public immutable resolver;
    uint8 public immutable rankMax;

    address[] public actors;
    uint256[] public ids;

    // Ghost accounting.
    mapping(uint8 tier => uint256) public ghostMinted;
    mapping(uint8 tier => uint256) public ghostRedeemed;
    mapping(uint8 tier => uint256) public ghostConverted;
    uint256 public ghostFeesIn;
    uint256 public ghostToTreasury;
    uint256 public ghostBurned;
    uint256 public ghostRefunded;
    /// @notice Set if any account's rank ever moved by anything but +1 for a listed winner.
    bool public ghostRankViolation;

    constructor(CapabilityLadder ladder_, GovernanceConverter converter_, MockERC20 payment_, address resolver_) {
        ladder = ladder_;
        converter = converter_;
        payment = payment_;
        resolver = resolver_;
        rankMax = ladder_.rankMax();
        for (uint256 i; i < 5; ++i) {
            address a = address(uint160(0xBEEF00 + i));
            actors.push(a);
        }
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function lat(uint8 tier) public view returns (LiquidAccessToken) {
        return LiquidAccessToken(ladder.latOf(tier));
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev One of the three most recent competitions: older ones have mostly expired.
    function _id(uint256 seed) internal view returns (uint256) {
        uint256 n = ids.length;
        if (n == 0) return 0;
        return ids[n - 1 - seed % (n < 3 ? n : 3)];
    }

    function _salt(address who, uint256 id) internal pure returns (bytes32 salt, bytes32 payload) {
        salt = keccak256(abi.encode(who, id, "salt"));
        payload = keccak256(abi.encode(who, id, "payload"));
    }

    // ------------------------------------------------------------ actions

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 1 days));
    }

    /// @dev Jumps just past the commit, reveal or resolution deadline of a recent competition.
    function advancePhase(uint256 idSeed, uint256 which) external {
        uint256 id = _id(idSeed);
        if (id == 0) return;
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        uint256 phase = which % 3;
        uint256 target = (phase == 0 ? c.commitDeadline : phase == 1 ? c.revealDeadline : c.resolveDeadline) + 1;
        if (target > block.timestamp) vm.warp(target);
    }

    function open(uint256 actorSeed, uint256 windowSeed) external {
        address a = _actor(actorSeed);
        uint8 rank = ladder.rankOf(a);
        if (rank >= rankMax) return;
        ICapabilityLadder.Params memory p = ladder.params();
        // Mostly short windows so that competitions finish within one run; sometimes any window.
        uint64 window = uint64(
            windowSeed % 4 == 0 ? bound(windowSeed, p.tMin, p.tMax) : bound(windowSeed, p.tMin, p.tMin + 6 hours)
        );
        ids.push(ladder.openCompetition(rank, window));
    }

    /// @dev Enters the first eligible actor, starting from `actorSeed`.
    function commit(uint256 actorSeed, uint256 idSeed) external {
        uint256 id = _id(idSeed);
        if (id == 0) return;
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        if (c.state != ICapabilityLadder.CompetitionState.Open || block.timestamp > c.commitDeadline) return;
        for (uint256 k; k < actors.length; ++k) {
            address a = _actor(actorSeed % 256 + k);
            if (ladder.rankOf(a) != c.rank || ladder.entryOf(id, a).status != ICapabilityLadder.EntryStatus.None) {
                continue;
            }
            (bytes32 salt, bytes32 payload) = _salt(a, id);
            payment.mint(a, c.fee);
            bytes32 commitment = ladder.commitmentOf(a, id, salt, payload);
            vm.startPrank(a);
            payment.approve(address(ladder), c.fee);
            ladder.commit(id, commitment);
            vm.stopPrank();
            ghostFeesIn += c.fee;
            return;
        }
    }

    /// @dev Reveals the committed entries of the actors selected by `mask` (bit i: actor i).
    function reveal(uint256 mask, uint256 idSeed) external {
        uint256 id = _id(idSeed);
        if (id == 0) return;
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        if (block.timestamp <= c.commitDeadline || block.timestamp > c.revealDeadline) return;
        for (uint256 i; i < actors.length; ++i) {
            address a = actors[i];
            if ((mask >> i) & 3 == 0) continue; // about three in four actors reveal
            if (ladder.entryOf(id, a).status != ICapabilityLadder.EntryStatus.Committed) continue;
            (bytes32 salt, bytes32 payload) = _salt(a, id);
            vm.prank(a);
            ladder.reveal(id, salt, payload);
        }
    }

    /// @dev Reports as winners the revealed entrants selected by `mask`.
    function resolve(uint256 idSeed, uint256 mask) external {
        uint256 id = _id(idSeed);
        if (id == 0) return;
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        if (c.state != ICapabilityLadder.CompetitionState.Open) return;
        if (block.timestamp <= c.revealDeadline || block.timestamp > c.resolveDeadline) return;

        address[] memory tmp = new address[](actors.length);
        uint256 n;
        for (uint256 i; i < actors.length; ++i) {
            if ((mask >> i) & 1 == 1 && ladder.entryOf(id, actors[i]).status == ICapabilityLadder.EntryStatus.Revealed)
            {
                tmp[n++] = actors[i];
            }
        }
        address[] memory winners = new address[](n);
        for (uint256 i; i < n; ++i) {
            winners[i] = tmp[i];
        }
        uint8[] memory before = new uint8[](actors.length);
        for (uint256 i; i < actors.length; ++i) {
            before[i] = ladder.rankOf(actors[i]);
        }

        uint256 burned = c.pot * ladder.params().burnBps / 10_000;
        vm.prank(resolver);
        ladder.onClaimFinalized(id, abi.encode(winners, int256(0)));
        ghostBurned += burned;
        ghostToTreasury += c.pot - burned;

        for (uint256 i; i < actors.length; ++i) {
            uint8 afterRank = ladder.rankOf(actors[i]);
            if (afterRank == before[i]) continue;
            bool listed;
            for (uint256 j; j < n; ++j) {
                if (winners[j] == actors[i]) listed = true;
            }
            if (!listed || afterRank != before[i] + 1 || before[i] != c.rank) ghostRankViolation = true;
            ghostMinted[afterRank] += 1;
        }
    }

    function closeAndRefund(uint256 idSeed) external {
        uint256 id = _id(idSeed);
        if (id == 0) return;
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        if (c.state == ICapabilityLadder.CompetitionState.Open && block.timestamp > c.resolveDeadline) {
            ladder.close(id);
        }
        if (ladder.competition(id).state != ICapabilityLadder.CompetitionState.Closed) return;
        for (uint256 i; i < actors.length; ++i) {
            ICapabilityLadder.EntryStatus s = ladder.entryOf(id, actors[i]).status;
            if (s == ICapabilityLadder.EntryStatus.Committed || s == ICapabilityLadder.EntryStatus.Revealed) {
                ladder.refund(id, actors[i]);
                ghostRefunded += c.fee;
            }
        }
    }

    /// @dev A whole competition in one step (the granular actions rarely line up all phases):
    /// open at the rank of an actor, enter every eligible actor, reveal and pick winners by
    /// masks, then either resolve or let it expire and refund.
    function playRound(uint256 seed) external {
        address a = _actor(seed);
        uint8 rank = ladder.rankOf(a);
        if (rank >= rankMax) return;
        ICapabilityLadder.Params memory p = ladder.params();
        ids.push(ladder.openCompetition(rank, p.tMin));
        for (uint256 k; k < actors.length; ++k) {
            this.commit(seed % 256 + k, 0);
        }
        uint256 id = ids[ids.length - 1];
        this.advancePhase(0, 0);
        this.reveal(seed >> 8, 0);
        this.advancePhase(0, 1);
        if ((seed >> 16) % 4 == 0) {
            this.advancePhase(0, 2);
            this.closeAndRefund(0);
        } else {
            this.resolve(0, seed >> 24);
        }
        assert(ladder.competition(id).state != ICapabilityLadder.CompetitionState.Open);
    }

    function redeem(uint256 actorSeed, uint256 tierSeed) external {
        address a = _actor(actorSeed);
        uint8 tier = uint8(bound(tierSeed, 1, rankMax));
        LiquidAccessToken token = lat(tier);
        if (token.balanceOf(a) < 1e18) return;
        vm.prank(a);
        token.redeem(keccak256(abi.encode(a, tier, block.timestamp)));
        ghostRedeemed[tier] += 1;
    }

    function convert(uint256 actorSeed, uint256 tierSeed, uint256 amount) external {
        address a = _actor(actorSeed);
        uint8 tier = uint8(bound(tierSeed, 1, rankMax));
        LiquidAccessToken token = lat(tier);
        uint256 balance = token.balanceOf(a);
        if (balance == 0) return;
        amount = bound(amount, 1, balance);
        vm.startPrank(a);
        token.approve(address(converter), amount);
        converter.convert(tier, amount, 0);
        vm.stopPrank();
        ghostConverted[tier] += amount;
    }

    function transferLat(uint256 fromSeed, uint256 toSeed, uint256 tierSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        uint8 tier = uint8(bound(tierSeed, 1, rankMax));
        LiquidAccessToken token = lat(tier);
        uint256 balance = token.balanceOf(from);
        if (balance == 0) return;
        address to = _actor(toSeed);
        vm.prank(from);
        token.transfer(to, bound(amount, 1, balance));
    }
}
