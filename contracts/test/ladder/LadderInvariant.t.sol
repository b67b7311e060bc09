// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";
import {LadderHandler} from "./handlers/LadderHandler.sol";

contract LadderInvariantTest is GuildFixture {
    address internal constant BURN = 0x000000000000000000000000000000000000dEaD;
    LadderHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new LadderHandler(ladder, converter, payment, resolver);
        bytes4[] memory selectors = new bytes4[](11);
        selectors[0] = LadderHandler.warp.selector;
        selectors[1] = LadderHandler.open.selector;
        selectors[2] = LadderHandler.commit.selector;
        selectors[3] = LadderHandler.advancePhase.selector;
        selectors[4] = LadderHandler.reveal.selector;
        selectors[5] = LadderHandler.resolve.selector;
        selectors[6] = LadderHandler.closeAndRefund.selector;
        selectors[7] = LadderHandler.redeem.selector;
        selectors[8] = LadderHandler.convert.selector;
        selectors[9] = LadderHandler.transferLat.selector;
        selectors[10] = LadderHandler.playRound.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev Invariant: every tier's LAT supply changes only by ladder mints (one whole token per
    /// promotion into that tier), redemptions (one whole token each) and conversions (the amount burned).
    function invariant_latSupplyOnlyMintsRedemptionsConversions() public view {
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            assertEq(
                lat(t).totalSupply(),
                handler.ghostMinted(t) * 1e18 - handler.ghostRedeemed(t) * 1e18 - handler.ghostConverted(t),
                "LAT supply = mints - redemptions - conversions"
            );
        }
    }

    /// @dev Invariant: the treasury holds exactly the fees of resolved competitions minus their
    /// burn share, and the burn address exactly the burn shares.
    function invariant_treasuryEqualsFeesMinusBurns() public view {
        assertEq(payment.balanceOf(treasury), handler.ghostToTreasury(), "treasury = fees in - burns");
        assertEq(payment.balanceOf(BURN), handler.ghostBurned(), "burned = burn shares");
    }

    /// @dev Invariant: fees are conserved; whatever the ladder still holds is exactly the pots of
    /// its competitions (nothing stuck, nothing missing).
    function invariant_feesConserved() public view {
        uint256 pots;
        for (uint256 id = 1; id <= ladder.competitionCount(); ++id) {
            pots += ladder.competition(id).pot;
        }
        assertEq(payment.balanceOf(address(ladder)), pots, "ladder balance = open pots");
        assertEq(
            handler.ghostFeesIn(),
            handler.ghostToTreasury() + handler.ghostBurned() + handler.ghostRefunded() + pots,
            "fees in = treasury + burned + refunded + held"
        );
    }

    /// @dev Invariant: no account skips a rank. Ranks only ever move by +1 for a listed winner,
    /// and every account of rank r received exactly one LAT of each tier 1..r along the way.
    function invariant_noAccountSkipsARank() public view {
        assertFalse(handler.ghostRankViolation(), "rank moved by other than +1 for a winner");
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            uint256 reached;
            for (uint256 i; i < handler.actorCount(); ++i) {
                if (ladder.rankOf(handler.actors(i)) >= t) ++reached;
            }
            assertEq(handler.ghostMinted(t), reached, "one tier-t LAT per account that reached rank t");
        }
    }

    /// @dev Invariant: competition counters and pots are consistent with their state.
    function invariant_competitionsConsistent() public view {
        for (uint256 id = 1; id <= ladder.competitionCount(); ++id) {
            ICapabilityLadder.Competition memory c = ladder.competition(id);
            assertLe(c.revealed, c.entrants, "reveals never exceed entries");
            if (c.state == ICapabilityLadder.CompetitionState.Resolved) assertEq(c.pot, 0, "resolved pots paid out");
        }
    }
}
