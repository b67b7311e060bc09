// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {CapabilityLadder} from "../../src/CapabilityLadder.sol";
import {ICapabilityLadder} from "../../src/interfaces/ICapabilityLadder.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";

contract CapabilityLadderTest is GuildFixture {
    address internal constant BURN = 0x000000000000000000000000000000000000dEaD;

    // ------------------------------------------------------------ initialize

    function _freshLadder() internal returns (CapabilityLadder l) {
        l = CapabilityLadder(Clones.clone(impls.ladder));
    }

    function _lats(uint256 n) internal pure returns (address[] memory a) {
        a = new address[](n);
        for (uint256 i; i < n; ++i) {
            a[i] = address(uint160(0x1000 + i));
        }
    }

    function _expectInitRevert(ICapabilityLadder.Params memory p, bytes memory err) internal {
        CapabilityLadder l = _freshLadder();
        vm.expectRevert(err);
        l.initialize(p, _lats(p.rankMax), address(timelock), resolver);
    }

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        CapabilityLadder(impls.ladder).initialize(defaultLadderParams(), _lats(RANK_MAX), address(timelock), resolver);
    }

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        ladder.initialize(defaultLadderParams(), _lats(RANK_MAX), address(timelock), resolver);
    }

    function test_initialize_roles_succeeds() public view {
        assertTrue(ladder.hasRole(ladder.DEFAULT_ADMIN_ROLE(), address(timelock)), "timelock is admin");
        assertTrue(ladder.hasRole(ladder.GOVERNANCE_ROLE(), address(timelock)), "timelock governs");
        assertTrue(ladder.hasRole(ladder.RESOLVER_ROLE(), resolver), "resolver resolves");
        assertFalse(ladder.hasRole(ladder.GOVERNANCE_ROLE(), address(factory)), "factory holds nothing");
        assertEq(ladder.paymentToken(), address(payment), "payment token");
        assertEq(ladder.treasury(), treasury, "treasury");
        assertEq(ladder.rankMax(), RANK_MAX, "rankMax");
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            assertEq(ladder.latOf(t), suite.lats[t - 1], "lat per tier");
        }
    }

    function test_initialize_zeroResolver_succeeds() public {
        CapabilityLadder l = _freshLadder();
        l.initialize(defaultLadderParams(), _lats(RANK_MAX), address(timelock), address(0));
        assertFalse(l.hasRole(l.RESOLVER_ROLE(), address(0)), "no zero resolver");
        assertFalse(l.hasRole(l.RESOLVER_ROLE(), resolver), "no resolver");
    }

    function test_initialize_zeroPaymentToken_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.paymentToken = address(0);
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_ZeroAddress.selector));
    }

    function test_initialize_zeroTreasury_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.treasury = address(0);
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_ZeroAddress.selector));
    }

    function test_initialize_zeroGovernance_reverts() public {
        CapabilityLadder l = _freshLadder();
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroAddress.selector);
        l.initialize(defaultLadderParams(), _lats(RANK_MAX), address(0), resolver);
    }

    function test_initialize_zeroLat_reverts() public {
        CapabilityLadder l = _freshLadder();
        address[] memory lats = _lats(RANK_MAX);
        lats[2] = address(0);
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroAddress.selector);
        l.initialize(defaultLadderParams(), lats, address(timelock), resolver);
    }

    function test_initialize_latCountMismatch_reverts() public {
        CapabilityLadder l = _freshLadder();
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_LatCountMismatch.selector, RANK_MAX, 4));
        l.initialize(defaultLadderParams(), _lats(4), address(timelock), resolver);
    }

    function test_initialize_rankMaxZero_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.rankMax = 0;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRankMax.selector, 0));
    }

    function test_initialize_rankMaxAboveLimit_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.rankMax = 33;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRankMax.selector, 33));
    }

    function test_initialize_growthOne_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.k = 1e18;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidGrowth.selector, 1e18));
    }

    function test_initialize_growthAboveMax_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.k = 16e18 + 1;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidGrowth.selector, 16e18 + 1));
    }

    function test_initialize_zeroBase_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.base = 0;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_ZeroBase.selector));
    }

    function test_initialize_badReferenceWindow_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.t0 = 0;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidReferenceWindow.selector, 0));
        p.t0 = 365 days + 1;
        _expectInitRevert(
            p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidReferenceWindow.selector, 365 days + 1)
        );
    }

    function test_initialize_badWindowBounds_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.tMin = 0;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindowBounds.selector, 0, T_MAX));
        p.tMin = T_MAX + 1;
        _expectInitRevert(
            p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindowBounds.selector, T_MAX + 1, T_MAX)
        );
        p.tMin = T_MIN;
        p.tMax = 365 days + 1;
        _expectInitRevert(
            p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindowBounds.selector, T_MIN, 365 days + 1)
        );
    }

    function test_initialize_badPhasePeriods_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.revealPeriod = 0;
        _expectInitRevert(
            p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidPhasePeriods.selector, 0, RESOLUTION)
        );
        p.revealPeriod = REVEAL;
        p.resolutionPeriod = 365 days + 1;
        _expectInitRevert(
            p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidPhasePeriods.selector, REVEAL, 365 days + 1)
        );
    }

    function test_initialize_badBurnBps_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.burnBps = 10_001;
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidBurnBps.selector, 10_001));
    }

    function test_initialize_costOverflow_reverts() public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.rankMax = 32;
        p.k = 16e18; // kPow(32) = 2^128 * 1e18 ~ 3.4e56
        p.base = 1e18;
        p.t0 = 365 days; // 3.4e56 * 1e18 * 3.15e7 > 2^256
        _expectInitRevert(p, abi.encodeWithSelector(ICapabilityLadder.Ladder_CostOverflow.selector));
    }

    // ------------------------------------------------------------ openCompetition

    function test_openCompetition_succeeds() public {
        uint256 fee = ladder.entryCost(1, 2 days);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.CompetitionOpened(
            1,
            1,
            alice,
            2 days,
            fee,
            uint64(block.timestamp + 2 days),
            uint64(block.timestamp + 2 days + REVEAL),
            uint64(block.timestamp + 2 days + REVEAL + RESOLUTION)
        );
        vm.prank(alice);
        uint256 id = ladder.openCompetition(1, 2 days);
        assertEq(id, 1, "first id");
        assertEq(ladder.competitionCount(), 1, "count");
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        assertEq(c.rank, 1, "rank");
        assertEq(uint8(c.state), uint8(ICapabilityLadder.CompetitionState.Open), "open");
        assertEq(c.window, 2 days, "window");
        assertEq(c.fee, fee, "fee");
        assertEq(c.fee, BASE * 2 * T0 / 2 days, "fee = base * k * t0 / T");
        assertEq(c.pot, 0, "empty pot");
    }

    function test_openCompetition_rankAtMax_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRank.selector, RANK_MAX));
        ladder.openCompetition(RANK_MAX, T0);
    }

    function test_openCompetition_windowOutOfBounds_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindow.selector, T_MIN - 1));
        ladder.openCompetition(0, T_MIN - 1);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindow.selector, T_MAX + 1));
        ladder.openCompetition(0, T_MAX + 1);
    }

    // ------------------------------------------------------------ commit

    function test_commit_succeeds() public {
        uint256 id = open(0);
        uint256 fee = ladder.competition(id).fee;
        fund(alice, fee);
        (bytes32 salt, bytes32 payload) = salted(alice, id);
        bytes32 cm = ladder.commitmentOf(alice, id, salt, payload);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.EntryCommitted(id, alice, cm, fee);
        vm.prank(alice);
        ladder.commit(id, cm);
        assertEq(payment.balanceOf(address(ladder)), fee, "fee held");
        assertEq(payment.balanceOf(alice), 0, "fee paid");
        ICapabilityLadder.Entry memory e = ladder.entryOf(id, alice);
        assertEq(uint8(e.status), uint8(ICapabilityLadder.EntryStatus.Committed), "committed");
        assertEq(e.commitment, cm, "commitment stored");
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        assertEq(c.entrants, 1, "entrants");
        assertEq(c.pot, fee, "pot");
    }

    function test_commit_atDeadline_succeeds() public {
        uint256 id = open(0);
        vm.warp(ladder.competition(id).commitDeadline);
        enter(id, alice);
        assertEq(ladder.competition(id).entrants, 1, "entered on the last second");
    }

    function test_commit_unknownCompetition_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_UnknownCompetition.selector, 7));
        ladder.commit(7, bytes32(uint256(1)));
    }

    function test_commit_afterDeadline_reverts() public {
        uint256 id = open(0);
        toRevealPhase(id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotInCommitPhase.selector, id));
        ladder.commit(id, bytes32(uint256(1)));
    }

    function test_commit_rankMismatch_reverts() public {
        uint256 id = open(1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_RankMismatch.selector, alice, 0, 1));
        ladder.commit(id, bytes32(uint256(1)));
    }

    function test_commit_higherRank_reverts() public {
        climbTo(alice, 1);
        uint256 id = open(0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_RankMismatch.selector, alice, 1, 0));
        ladder.commit(id, bytes32(uint256(1)));
    }

    function test_commit_zeroCommitment_reverts() public {
        uint256 id = open(0);
        vm.prank(alice);
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroCommitment.selector);
        ladder.commit(id, bytes32(0));
    }

    function test_commit_twice_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_AlreadyEntered.selector, id, alice));
        ladder.commit(id, bytes32(uint256(1)));
    }

    function test_commit_withoutAllowance_reverts() public {
        uint256 id = open(0);
        uint256 fee = ladder.competition(id).fee;
        payment.mint(alice, fee);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(ladder), 0, fee)
        );
        ladder.commit(id, bytes32(uint256(1)));
    }

    function test_commit_resolvedCompetition_reverts() public {
        uint256 id = open(0);
        toResolutionPhase(id);
        resolve(id, new address[](0));
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICapabilityLadder.Ladder_WrongState.selector, id, ICapabilityLadder.CompetitionState.Resolved
            )
        );
        ladder.commit(id, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------ reveal

    function test_reveal_succeeds() public {
        uint256 id = open(0);
        enter(id, alice);
        toRevealPhase(id);
        (, bytes32 payload) = salted(alice, id);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.EntryRevealed(id, alice, payload);
        revealAs(id, alice);
        ICapabilityLadder.Entry memory e = ladder.entryOf(id, alice);
        assertEq(uint8(e.status), uint8(ICapabilityLadder.EntryStatus.Revealed), "revealed");
        assertEq(e.payload, payload, "payload stored");
        assertEq(ladder.competition(id).revealed, 1, "reveal count");
    }

    function test_reveal_duringCommitPhase_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        (bytes32 salt, bytes32 payload) = salted(alice, id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotInRevealPhase.selector, id));
        ladder.reveal(id, salt, payload);
    }

    function test_reveal_afterDeadline_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        toResolutionPhase(id);
        (bytes32 salt, bytes32 payload) = salted(alice, id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotInRevealPhase.selector, id));
        ladder.reveal(id, salt, payload);
    }

    function test_reveal_notCommitted_reverts() public {
        uint256 id = open(0);
        toRevealPhase(id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotCommitted.selector, id, alice));
        ladder.reveal(id, bytes32(0), bytes32(0));
    }

    function test_reveal_twice_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        toRevealPhase(id);
        revealAs(id, alice);
        (bytes32 salt, bytes32 payload) = salted(alice, id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotCommitted.selector, id, alice));
        ladder.reveal(id, salt, payload);
    }

    function test_reveal_wrongSalt_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        toRevealPhase(id);
        (, bytes32 payload) = salted(alice, id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_CommitmentMismatch.selector, id, alice));
        ladder.reveal(id, bytes32("wrong"), payload);
    }

    function test_reveal_copiedCommitment_reverts() public {
        // Bob copies Alice's commitment; revealing Alice's salt and payload does not bind to Bob.
        uint256 id = open(0);
        enter(id, alice);
        fund(bob, ladder.competition(id).fee);
        bytes32 aliceCommitment = ladder.entryOf(id, alice).commitment;
        vm.prank(bob);
        ladder.commit(id, aliceCommitment);
        toRevealPhase(id);
        (bytes32 salt, bytes32 payload) = salted(alice, id);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_CommitmentMismatch.selector, id, bob));
        ladder.reveal(id, salt, payload);
    }

    function test_commitmentOf_bindsCompetitionAndLadder_succeeds() public view {
        bytes32 c1 = ladder.commitmentOf(alice, 1, "s", "p");
        assertEq(
            c1,
            keccak256(abi.encode(alice, uint256(1), bytes32("s"), bytes32("p"), address(ladder), block.chainid)),
            "formula"
        );
        assertTrue(c1 != ladder.commitmentOf(alice, 2, "s", "p"), "competition bound");
        assertTrue(c1 != ladder.commitmentOf(bob, 1, "s", "p"), "entrant bound");
        assertTrue(c1 != ladder.commitmentOf(alice, 1, "t", "p"), "salt bound");
    }

    // ------------------------------------------------------------ onClaimFinalized

    function _threeEntrants() internal returns (uint256 id) {
        id = open(0);
        enter(id, alice);
        enter(id, bob);
        enter(id, carol);
        toRevealPhase(id);
        revealAs(id, alice);
        revealAs(id, bob);
        // carol never reveals
        toResolutionPhase(id);
    }

    function test_onClaimFinalized_succeeds() public {
        uint256 id = _threeEntrants();
        uint256 pot = 3 * ladder.competition(id).fee;
        uint256 burned = pot * BURN_BPS / 10_000;
        address[] memory winners = one(bob);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.Promoted(bob, 1, id);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.CompetitionResolved(id, winners, 7, pot - burned, burned);
        vm.prank(resolver);
        ladder.onClaimFinalized(id, abi.encode(winners, int256(7)));

        assertEq(ladder.rankOf(bob), 1, "winner promoted");
        assertEq(ladder.rankOf(alice), 0, "loser keeps rank");
        assertEq(ladder.rankOf(carol), 0, "unrevealed keeps rank");
        assertEq(lat(1).balanceOf(bob), 1e18, "one tier-1 LAT");
        assertEq(lat(1).totalSupply(), 1e18, "only the winner's LAT");
        assertEq(payment.balanceOf(treasury), pot - burned, "treasury share");
        assertEq(payment.balanceOf(BURN), burned, "burn share");
        assertEq(payment.balanceOf(address(ladder)), 0, "ladder empty");
        ICapabilityLadder.Competition memory c = ladder.competition(id);
        assertEq(uint8(c.state), uint8(ICapabilityLadder.CompetitionState.Resolved), "resolved");
        assertEq(c.pot, 0, "pot paid out");
        assertTrue(ladder.entryOf(id, bob).won, "won flag");
    }

    function test_onClaimFinalized_noWinners_succeeds() public {
        uint256 id = _threeEntrants();
        resolve(id, new address[](0));
        assertEq(lat(1).totalSupply(), 0, "nobody minted");
        assertEq(payment.balanceOf(address(ladder)), 0, "fees paid out");
    }

    function test_onClaimFinalized_multipleWinners_succeeds() public {
        uint256 id = _threeEntrants();
        address[] memory winners = new address[](2);
        winners[0] = alice;
        winners[1] = bob;
        resolve(id, winners);
        assertEq(ladder.rankOf(alice), 1, "alice promoted");
        assertEq(ladder.rankOf(bob), 1, "bob promoted");
        assertEq(lat(1).totalSupply(), 2e18, "two LAT");
    }

    function test_onClaimFinalized_alreadyPromoted_succeeds() public {
        // Alice wins two concurrent rank-0 competitions: she moves up once, and gets one LAT.
        uint256 a = open(0);
        uint256 b = open(0);
        enter(a, alice);
        enter(b, alice);
        toRevealPhase(a);
        revealAs(a, alice);
        revealAs(b, alice);
        toResolutionPhase(a);
        resolve(a, one(alice));
        resolve(b, one(alice));
        assertEq(ladder.rankOf(alice), 1, "one rank only");
        assertEq(lat(1).balanceOf(alice), 1e18, "one LAT only");
        assertEq(lat(2).totalSupply(), 0, "no tier-2 LAT");
    }

    function test_onClaimFinalized_burnAll_succeeds() public {
        vm.prank(address(timelock));
        ladder.setBurnBps(10_000);
        uint256 id = _threeEntrants();
        uint256 pot = ladder.competition(id).pot;
        resolve(id, one(alice));
        assertEq(payment.balanceOf(BURN), pot, "all burned");
        assertEq(payment.balanceOf(treasury), 0, "nothing to treasury");
    }

    function test_onClaimFinalized_notResolver_reverts() public {
        uint256 id = _threeEntrants();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotResolver.selector, alice));
        ladder.onClaimFinalized(id, abi.encode(one(alice), int256(0)));
    }

    function test_onClaimFinalized_duringReveal_reverts() public {
        uint256 id = open(0);
        enter(id, alice);
        toRevealPhase(id);
        revealAs(id, alice);
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotInResolutionPhase.selector, id));
        ladder.onClaimFinalized(id, abi.encode(one(alice), int256(0)));
    }

    function test_onClaimFinalized_afterDeadline_reverts() public {
        uint256 id = _threeEntrants();
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotInResolutionPhase.selector, id));
        ladder.onClaimFinalized(id, abi.encode(one(alice), int256(0)));
    }

    function test_onClaimFinalized_unrevealedWinner_reverts() public {
        uint256 id = _threeEntrants();
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWinner.selector, id, carol));
        ladder.onClaimFinalized(id, abi.encode(one(carol), int256(0)));
    }

    function test_onClaimFinalized_outsider_reverts() public {
        uint256 id = _threeEntrants();
        address dave = makeAddr("dave");
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWinner.selector, id, dave));
        ladder.onClaimFinalized(id, abi.encode(one(dave), int256(0)));
    }

    function test_onClaimFinalized_duplicateWinner_reverts() public {
        uint256 id = _threeEntrants();
        address[] memory winners = new address[](2);
        winners[0] = alice;
        winners[1] = alice;
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWinner.selector, id, alice));
        ladder.onClaimFinalized(id, abi.encode(winners, int256(0)));
    }

    function test_onClaimFinalized_twice_reverts() public {
        uint256 id = _threeEntrants();
        resolve(id, one(alice));
        vm.prank(resolver);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICapabilityLadder.Ladder_WrongState.selector, id, ICapabilityLadder.CompetitionState.Resolved
            )
        );
        ladder.onClaimFinalized(id, abi.encode(one(bob), int256(0)));
    }

    function test_onClaimFinalized_unknown_reverts() public {
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_UnknownCompetition.selector, 99));
        ladder.onClaimFinalized(99, abi.encode(new address[](0), int256(0)));
    }

    function test_onClaimFinalized_topRank_succeeds() public {
        climbTo(alice, RANK_MAX);
        assertEq(ladder.rankOf(alice), RANK_MAX, "reached the top");
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            assertEq(lat(t).balanceOf(alice), 1e18, "one LAT per tier passed");
        }
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRank.selector, RANK_MAX));
        ladder.openCompetition(RANK_MAX, T0);
    }

    // ------------------------------------------------------------ close and refund

    function test_close_succeeds() public {
        uint256 id = _threeEntrants();
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.CompetitionClosed(id, bob);
        vm.prank(bob);
        ladder.close(id);
        assertEq(uint8(ladder.competition(id).state), uint8(ICapabilityLadder.CompetitionState.Closed), "closed");
    }

    function test_close_beforeDeadline_reverts() public {
        uint256 id = _threeEntrants();
        vm.warp(ladder.competition(id).resolveDeadline);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotExpired.selector, id));
        ladder.close(id);
    }

    function test_close_resolved_reverts() public {
        uint256 id = _threeEntrants();
        resolve(id, one(alice));
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICapabilityLadder.Ladder_WrongState.selector, id, ICapabilityLadder.CompetitionState.Resolved
            )
        );
        ladder.close(id);
    }

    function test_refund_revealedAndCommitted_succeeds() public {
        uint256 id = _threeEntrants();
        uint256 fee = ladder.competition(id).fee;
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        ladder.close(id);
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.EntryRefunded(id, alice, fee);
        ladder.refund(id, alice); // revealed
        ladder.refund(id, carol); // only committed
        vm.prank(bob);
        ladder.refund(id, bob);
        assertEq(payment.balanceOf(alice), fee, "alice refunded");
        assertEq(payment.balanceOf(bob), fee, "bob refunded");
        assertEq(payment.balanceOf(carol), fee, "carol refunded");
        assertEq(payment.balanceOf(address(ladder)), 0, "nothing stuck");
        assertEq(ladder.competition(id).pot, 0, "pot empty");
        assertEq(
            uint8(ladder.entryOf(id, carol).status), uint8(ICapabilityLadder.EntryStatus.Refunded), "refunded status"
        );
    }

    function test_refund_twice_reverts() public {
        uint256 id = _threeEntrants();
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        ladder.close(id);
        ladder.refund(id, alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NothingToRefund.selector, id, alice));
        ladder.refund(id, alice);
    }

    function test_refund_nonEntrant_reverts() public {
        uint256 id = _threeEntrants();
        vm.warp(ladder.competition(id).resolveDeadline + 1);
        ladder.close(id);
        address dave = makeAddr("dave");
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NothingToRefund.selector, id, dave));
        ladder.refund(id, dave);
    }

    function test_refund_notClosed_reverts() public {
        uint256 id = _threeEntrants();
        vm.expectRevert(
            abi.encodeWithSelector(
                ICapabilityLadder.Ladder_WrongState.selector, id, ICapabilityLadder.CompetitionState.Open
            )
        );
        ladder.refund(id, alice);
    }

    function test_refund_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_UnknownCompetition.selector, 5));
        ladder.refund(5, alice);
    }

    // ------------------------------------------------------------ governance setters

    function test_setCostParams_succeeds() public {
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.CostParamsSet(5e18, 3e18, 2 days);
        vm.prank(address(timelock));
        ladder.setCostParams(5e18, 3e18, 2 days);
        ICapabilityLadder.Params memory p = ladder.params();
        assertEq(p.base, 5e18, "base");
        assertEq(p.k, 3e18, "k");
        assertEq(p.t0, 2 days, "t0");
        assertEq(ladder.entryCost(2, 1 days), 5e18 * 9 * 2, "new cost");
    }

    function test_setCostParams_keepsOpenCompetitionFee_succeeds() public {
        uint256 id = open(0);
        uint256 fee = ladder.competition(id).fee;
        vm.prank(address(timelock));
        ladder.setCostParams(BASE * 10, K, T0);
        assertEq(ladder.competition(id).fee, fee, "fee fixed at opening");
    }

    function test_setCostParams_notGovernance_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotGovernance.selector, alice));
        ladder.setCostParams(1, 2e18, 1);
    }

    function test_setCostParams_invalid_reverts() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidGrowth.selector, 17e18));
        ladder.setCostParams(BASE, 17e18, T0);
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroBase.selector);
        ladder.setCostParams(0, K, T0);
        vm.expectRevert(ICapabilityLadder.Ladder_CostOverflow.selector);
        ladder.setCostParams(type(uint256).max / 1e18, K, T0);
        vm.stopPrank();
    }

    function test_setWindowBounds_succeeds() public {
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.WindowBoundsSet(2 hours, 3 days);
        vm.prank(address(timelock));
        ladder.setWindowBounds(2 hours, 3 days);
        assertEq(ladder.params().tMin, 2 hours, "tMin");
        assertEq(ladder.params().tMax, 3 days, "tMax");
    }

    function test_setWindowBounds_invalid_reverts() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindowBounds.selector, 3 days, 2 days));
        ladder.setWindowBounds(3 days, 2 days);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotGovernance.selector, alice));
        ladder.setWindowBounds(1, 2);
    }

    function test_setPhasePeriods_succeeds() public {
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.PhasePeriodsSet(2 hours, 3 hours);
        vm.prank(address(timelock));
        ladder.setPhasePeriods(2 hours, 3 hours);
        assertEq(ladder.params().revealPeriod, 2 hours, "reveal");
        assertEq(ladder.params().resolutionPeriod, 3 hours, "resolution");
    }

    function test_setPhasePeriods_invalid_reverts() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidPhasePeriods.selector, 1, 0));
        ladder.setPhasePeriods(1, 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotGovernance.selector, alice));
        ladder.setPhasePeriods(1, 1);
    }

    function test_setBurnBps_succeeds() public {
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.BurnBpsSet(250);
        vm.prank(address(timelock));
        ladder.setBurnBps(250);
        assertEq(ladder.params().burnBps, 250, "burn bps");
    }

    function test_setBurnBps_invalid_reverts() public {
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidBurnBps.selector, 10_001));
        ladder.setBurnBps(10_001);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotGovernance.selector, alice));
        ladder.setBurnBps(1);
    }

    function test_setTreasury_succeeds() public {
        vm.expectEmit(address(ladder));
        emit ICapabilityLadder.TreasurySet(bob);
        vm.prank(address(timelock));
        ladder.setTreasury(bob);
        assertEq(ladder.treasury(), bob, "treasury");
    }

    function test_setTreasury_invalid_reverts() public {
        vm.prank(address(timelock));
        vm.expectRevert(ICapabilityLadder.Ladder_ZeroAddress.selector);
        ladder.setTreasury(address(0));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_NotGovernance.selector, alice));
        ladder.setTreasury(alice);
    }

    function test_grantResolver_byGovernance_succeeds() public {
        bytes32 role = ladder.RESOLVER_ROLE();
        vm.prank(address(timelock));
        ladder.grantRole(role, bob);
        assertTrue(ladder.hasRole(role, bob), "granted");
    }

    // ------------------------------------------------------------ views

    function test_entryCost_matchesFormula_succeeds() public view {
        // base * k^R * t0 / T with k = 2: 100e18 * 2^3 * 1 day / 2 days = 400e18.
        assertEq(ladder.entryCost(3, 2 days), 400e18, "cost(3, 2 days)");
        assertEq(ladder.entryCost(0, T0), BASE, "cost(0, t0) = base");
    }

    function test_entryCost_invalid_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRank.selector, RANK_MAX));
        ladder.entryCost(RANK_MAX, T0);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidWindow.selector, 0));
        ladder.entryCost(0, 0);
    }

    function test_sybilCost_sumsAtTMax_succeeds() public view {
        assertEq(ladder.sybilCost(0), 0, "rank 0 is free");
        uint256 sum;
        for (uint8 r; r < RANK_MAX; ++r) {
            sum += ladder.entryCost(r, T_MAX);
            assertEq(ladder.sybilCost(r + 1), sum, "prefix sum of costs at tMax");
        }
        // 100e18 * (1 + 2 + 4 + 8 + 16) / 7 per rank, each floored separately.
        assertEq(ladder.sybilCost(RANK_MAX), sum, "full ladder");
    }

    function test_sybilCost_aboveMax_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidRank.selector, RANK_MAX + 1));
        ladder.sybilCost(RANK_MAX + 1);
    }

    function test_latOf_invalid_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidTier.selector, 0));
        ladder.latOf(0);
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_InvalidTier.selector, RANK_MAX + 1));
        ladder.latOf(RANK_MAX + 1);
    }

    function test_competition_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapabilityLadder.Ladder_UnknownCompetition.selector, 0));
        ladder.competition(0);
    }

    // ------------------------------------------------------------ fuzz

    /// @dev Entry cost is non-decreasing in the rank and non-increasing in the window.
    function testFuzz_entryCost_monotone(uint256 base, uint256 k, uint8 rank, uint64 t1, uint64 t2) public {
        k = bound(k, 1e18 + 1, 16e18);
        base = bound(base, 1, 1e36);
        vm.prank(address(timelock));
        try ladder.setCostParams(base, k, T0) {}
        catch {
            return; // an overflowing combination is rejected; covered by testFuzz_params_noOverflow
        }
        rank = uint8(bound(rank, 0, RANK_MAX - 2));
        t1 = uint64(bound(t1, T_MIN, T_MAX));
        t2 = uint64(bound(t2, t1, T_MAX));
        assertLe(ladder.entryCost(rank, t1), ladder.entryCost(rank + 1, t1), "non-decreasing in rank");
        assertGe(ladder.entryCost(rank, t1), ladder.entryCost(rank, t2), "non-increasing in window");
        assertLe(ladder.sybilCost(rank), ladder.sybilCost(rank + 1), "sybil cost non-decreasing");
    }

    /// @dev Any parameter set the ladder accepts can be priced at every rank and window without
    /// overflow, and the acceptance test is exactly "base * kPow(rankMax) * t0 fits in 256 bits".
    function testFuzz_params_noOverflow(uint256 base, uint256 k, uint64 t0, uint8 rankMax, uint64 tMin) public {
        ICapabilityLadder.Params memory p = defaultLadderParams();
        p.k = bound(k, 1e18 + 1, 16e18);
        p.base = bound(base, 1, type(uint256).max);
        p.t0 = uint64(bound(t0, 1, 365 days));
        p.rankMax = uint8(bound(rankMax, 1, 32));
        p.tMin = uint64(bound(tMin, 1, 365 days));
        p.tMax = 365 days;
        address[] memory lats = _lats(p.rankMax);
        CapabilityLadder l = _freshLadder();
        uint256 kPow = 1e18;
        for (uint256 i; i < p.rankMax; ++i) {
            kPow = kPow * p.k / 1e18;
        }
        bool fits = p.base <= type(uint256).max / kPow && p.base * kPow <= type(uint256).max / p.t0;
        if (!fits) {
            vm.expectRevert(ICapabilityLadder.Ladder_CostOverflow.selector);
            l.initialize(p, lats, address(timelock), resolver);
            return;
        }
        l.initialize(p, lats, address(timelock), resolver);
        uint256 prev = type(uint256).max;
        for (uint8 r; r < p.rankMax; ++r) {
            uint256 atMin = l.entryCost(r, p.tMin);
            assertGe(atMin, l.entryCost(r, p.tMax), "cheaper with more time");
            prev = atMin;
        }
        assertGe(l.sybilCost(p.rankMax), l.sybilCost(p.rankMax - 1), "sybil cost computes at the top");
    }

    /// @dev Whoever enters and whatever the outcome, every fee ends with the treasury, the burn
    /// address or back with its payer.
    function testFuzz_lifecycle_noStuckFunds(uint8 entrants, uint8 reveals, uint8 winners, bool resolved) public {
        entrants = uint8(bound(entrants, 0, 6));
        reveals = uint8(bound(reveals, 0, entrants));
        winners = uint8(bound(winners, 0, reveals));
        uint256 id = open(0);
        address[] memory who = new address[](entrants);
        for (uint256 i; i < entrants; ++i) {
            who[i] = address(uint160(0xA000 + i));
            enter(id, who[i]);
        }
        toRevealPhase(id);
        for (uint256 i; i < reveals; ++i) {
            revealAs(id, who[i]);
        }
        uint256 pot = ladder.competition(id).pot;
        if (resolved) {
            toResolutionPhase(id);
            address[] memory w = new address[](winners);
            for (uint256 i; i < winners; ++i) {
                w[i] = who[i];
            }
            resolve(id, w);
            assertEq(payment.balanceOf(treasury) + payment.balanceOf(BURN), pot, "fees split");
            assertEq(lat(1).totalSupply(), uint256(winners) * 1e18, "one LAT per winner");
        } else {
            vm.warp(ladder.competition(id).resolveDeadline + 1);
            ladder.close(id);
            for (uint256 i; i < entrants; ++i) {
                ladder.refund(id, who[i]);
            }
        }
        assertEq(payment.balanceOf(address(ladder)), 0, "nothing stuck in the ladder");
    }
}
