// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {TripartiteEscrow} from "../../src/TripartiteEscrow.sol";
import {ITripartiteEscrow} from "../../src/interfaces/ITripartiteEscrow.sol";
import {EscrowFeeToken} from "../mocks/EscrowFeeToken.sol";
import {EscrowReentrantToken} from "../mocks/EscrowReentrantToken.sol";
import {EscrowBase} from "./EscrowBase.sol";

contract TripartiteEscrowTest is EscrowBase {
    // ------------------------------------------------------------------ initialize

    function test_initialize_setsState_succeeds() public view {
        assertEq(escrow.settlement(), settlement, "settlement");
        assertEq(escrow.treasury(), treasury, "treasury");
        assertEq(escrow.tierCount(), 3, "tiers");
        assertEq(escrow.latOf(2), address(lats[1]), "tier 2 lat");
        assertTrue(escrow.hasRole(escrow.DEFAULT_ADMIN_ROLE(), admin), "admin role");
        assertTrue(escrow.hasRole(escrow.ARBITER_ROLE(), arbiter), "arbiter role");
        assertEq(escrow.config().feeBps, FEE_BPS, "fee");
    }

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        escrow.initialize(admin, treasury, settlement, new address[](1), new address[](0), defaultConfig());
    }

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        escrowImpl.initialize(admin, treasury, settlement, new address[](1), new address[](0), defaultConfig());
    }

    function test_initialize_zeroAddress_reverts() public {
        TripartiteEscrow e = TripartiteEscrow(Clones.clone(address(escrowImpl)));
        address[] memory l = new address[](1);
        l[0] = address(lats[0]);
        vm.expectRevert(ITripartiteEscrow.Escrow_ZeroAddress.selector);
        e.initialize(admin, treasury, address(0), l, new address[](0), defaultConfig());
        l[0] = address(0);
        vm.expectRevert(ITripartiteEscrow.Escrow_ZeroAddress.selector);
        e.initialize(admin, treasury, settlement, l, new address[](0), defaultConfig());
    }

    function test_initialize_badConfig_reverts() public {
        TripartiteEscrow e = TripartiteEscrow(Clones.clone(address(escrowImpl)));
        address[] memory l = new address[](1);
        l[0] = address(lats[0]);
        ITripartiteEscrow.Config memory c = defaultConfig();
        c.feeBps = 3001;
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        e.initialize(admin, treasury, settlement, l, new address[](0), c);
        c = defaultConfig();
        c.passScore = 1e18 + 1;
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        e.initialize(admin, treasury, settlement, l, new address[](0), c);
        c = defaultConfig();
        c.minReviewWindow = c.maxReviewWindow + 1;
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        e.initialize(admin, treasury, settlement, l, new address[](0), c);
        c = defaultConfig();
        c.maxExperts = 17;
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        e.initialize(admin, treasury, settlement, l, new address[](0), c);
        vm.expectRevert(ITripartiteEscrow.Escrow_BadConfig.selector);
        e.initialize(admin, treasury, settlement, new address[](0), new address[](0), defaultConfig());
    }

    // ------------------------------------------------------------------ open

    function test_open_pullsAmount_succeeds() public {
        uint256 before = pay.balanceOf(buyer);
        vm.expectEmit(true, true, false, true, address(escrow));
        emit ITripartiteEscrow.OrderOpened(
            1, buyer, address(pay), AMOUNT, 1, keccak256("spec"), params().acceptDeadline, params().deliveryDeadline
        );
        uint256 id = _open();
        assertEq(id, 1, "first id");
        assertEq(escrow.orderCount(), 1, "count");
        assertEq(pay.balanceOf(buyer), before - AMOUNT, "buyer paid");
        ITripartiteEscrow.Order memory o = escrow.order(id);
        assertEq(o.buyer, buyer, "buyer");
        assertEq(o.amount, AMOUNT, "amount");
        assertEq(o.feeBps, FEE_BPS, "fee snapshot");
        _assertState(id, ITripartiteEscrow.State.Open, "open");
        _assertSolvent();
    }

    function test_open_feeOnTransfer_recordsReceived_succeeds() public {
        EscrowFeeToken fee = new EscrowFeeToken(100);
        fee.mint(buyer, AMOUNT);
        ITripartiteEscrow.OrderParams memory p = params();
        p.token = address(fee);
        vm.startPrank(buyer);
        fee.approve(address(escrow), AMOUNT);
        uint256 id = escrow.open(p);
        vm.stopPrank();
        assertEq(escrow.order(id).amount, AMOUNT * 99 / 100, "order worth what arrived");
        assertEq(fee.balanceOf(address(escrow)), escrow.owed(address(fee)), "owed matches balance");
    }

    function test_open_nothingArrives_reverts() public {
        EscrowFeeToken all = new EscrowFeeToken(10_000); // the whole transfer is taken as fee
        all.mint(buyer, AMOUNT);
        ITripartiteEscrow.OrderParams memory p = params();
        p.token = address(all);
        vm.startPrank(buyer);
        all.approve(address(escrow), AMOUNT);
        vm.expectRevert(ITripartiteEscrow.Escrow_NothingReceived.selector);
        escrow.open(p);
        vm.stopPrank();
    }

    function test_open_badParams_reverts() public {
        ITripartiteEscrow.OrderParams[] memory bad = new ITripartiteEscrow.OrderParams[](9);
        for (uint256 i = 0; i < bad.length; ++i) {
            bad[i] = params();
        }
        bad[0].amount = 0;
        bad[1].tier = 0;
        bad[2].tier = 4;
        bad[3].acceptDeadline = uint64(block.timestamp);
        bad[4].deliveryDeadline = bad[4].acceptDeadline;
        bad[5].deliveryDeadline = uint64(block.timestamp + 181 days);
        bad[6].reviewWindow = 1 days - 1;
        bad[7].reviewWindow = 30 days + 1;
        bad[8].token = address(0);
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.prank(buyer);
            vm.expectRevert(ITripartiteEscrow.Escrow_BadParams.selector);
            escrow.open(bad[i]);
        }
    }

    function test_openWithPermit_succeeds() public {
        address permitBuyer;
        uint256 key;
        (permitBuyer, key) = makeAddrAndKey("permitBuyer");
        pay.mint(permitBuyer, AMOUNT);
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(permitBuyer, key, AMOUNT, block.timestamp + 1 hours);
        vm.prank(permitBuyer);
        uint256 id = escrow.openWithPermit(params(), block.timestamp + 1 hours, v, r, s);
        assertEq(escrow.order(id).buyer, permitBuyer, "buyer");
        assertEq(pay.balanceOf(permitBuyer), 0, "paid through permit");
    }

    function test_openWithPermit_frontRunPermit_succeeds() public {
        (address permitBuyer, uint256 key) = makeAddrAndKey("permitBuyer");
        pay.mint(permitBuyer, AMOUNT);
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(permitBuyer, key, AMOUNT, block.timestamp + 1 hours);
        // Someone copies the permit from the mempool and submits it first.
        pay.permit(permitBuyer, address(escrow), AMOUNT, block.timestamp + 1 hours, v, r, s);
        vm.prank(permitBuyer);
        uint256 id = escrow.openWithPermit(params(), block.timestamp + 1 hours, v, r, s);
        assertEq(escrow.order(id).amount, AMOUNT, "opened despite the used permit");
    }

    function test_openWithPermit_badSignature_reverts() public {
        (address permitBuyer,) = makeAddrAndKey("permitBuyer");
        pay.mint(permitBuyer, AMOUNT);
        (, uint256 wrongKey) = makeAddrAndKey("mallory");
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(permitBuyer, wrongKey, AMOUNT, block.timestamp + 1 hours);
        vm.prank(permitBuyer);
        vm.expectRevert(); // ERC20InsufficientAllowance from the token
        escrow.openWithPermit(params(), block.timestamp + 1 hours, v, r, s);
    }

    // ------------------------------------------------------------------ cancel

    function test_cancel_refundsBuyer_succeeds() public {
        uint256 id = _open();
        vm.prank(buyer);
        escrow.cancel(id);
        _assertState(id, ITripartiteEscrow.State.Refunded, "refunded");
        assertEq(escrow.credit(address(pay), buyer), AMOUNT, "credited");
        _assertSolvent();
    }

    function test_cancel_notBuyer_reverts() public {
        uint256 id = _open();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, stranger));
        escrow.cancel(id);
    }

    function test_cancel_afterAcceptance_reverts() public {
        uint256 id = _open();
        vm.prank(alice);
        escrow.accept(id, 1, 5000);
        vm.prank(buyer);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Open)
        );
        escrow.cancel(id);
    }

    function test_cancel_unknownOrder_reverts() public {
        vm.prank(buyer);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, 9, ITripartiteEscrow.State.None)
        );
        escrow.cancel(9);
    }

    // ------------------------------------------------------------------ accept

    function test_accept_bondsAndStaffs_succeeds() public {
        uint256 id = _open();
        vm.prank(alice);
        vm.expectEmit(true, true, false, true, address(escrow));
        emit ITripartiteEscrow.OrderAccepted(id, alice, address(lats[0]), 6000);
        escrow.accept(id, 1, 6000);
        _assertState(id, ITripartiteEscrow.State.Open, "still open at 60%");
        vm.prank(bob);
        vm.expectEmit(true, false, false, false, address(escrow));
        emit ITripartiteEscrow.OrderStaffed(id);
        escrow.accept(id, 2, 4000);
        _assertState(id, ITripartiteEscrow.State.Accepted, "staffed");
        assertEq(lats[0].balanceOf(address(escrow)), ONE_LAT, "alice bonded tier 1");
        assertEq(lats[1].balanceOf(address(escrow)), ONE_LAT, "bob bonded tier 2");
        ITripartiteEscrow.Acceptance[] memory acc = escrow.acceptances(id);
        assertEq(acc.length, 2, "two experts");
        assertEq(acc[1].shareBps, 4000, "bob share");
        _assertSolvent();
    }

    function test_accept_higherTierThanRequired_succeeds() public {
        ITripartiteEscrow.OrderParams memory p = params();
        p.tier = 2;
        vm.prank(buyer);
        uint256 id = escrow.open(p);
        vm.prank(carol);
        escrow.accept(id, 3, 10_000);
        _assertState(id, ITripartiteEscrow.State.Accepted, "tier 3 may take a tier 2 order");
    }

    function test_accept_tierTooLow_reverts() public {
        ITripartiteEscrow.OrderParams memory p = params();
        p.tier = 2;
        vm.prank(buyer);
        uint256 id = escrow.open(p);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadTier.selector, 1));
        escrow.accept(id, 1, 10_000);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadTier.selector, 4));
        escrow.accept(id, 4, 10_000);
    }

    function test_accept_withoutLat_reverts() public {
        uint256 id = _open();
        vm.prank(stranger);
        vm.expectRevert(); // ERC20InsufficientAllowance / Balance from the LAT
        escrow.accept(id, 1, 10_000);
    }

    function test_accept_badShare_reverts() public {
        uint256 id = _open();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadShare.selector, 0));
        escrow.accept(id, 1, 0);
        vm.prank(alice);
        escrow.accept(id, 1, 6000);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadShare.selector, 4001));
        escrow.accept(id, 2, 4001);
    }

    function test_accept_twiceOrBuyer_reverts() public {
        uint256 id = _open();
        vm.prank(alice);
        escrow.accept(id, 1, 1000);
        vm.prank(alice);
        vm.expectRevert(ITripartiteEscrow.Escrow_CannotAccept.selector);
        escrow.accept(id, 1, 1000);
        lats[0].mint(buyer, ONE_LAT);
        vm.startPrank(buyer);
        lats[0].approve(address(escrow), ONE_LAT);
        vm.expectRevert(ITripartiteEscrow.Escrow_CannotAccept.selector);
        escrow.accept(id, 1, 1000);
        vm.stopPrank();
    }

    function test_accept_tooManyExperts_reverts() public {
        uint256 id = _open();
        for (uint256 i = 0; i < 4; ++i) {
            address e = makeAddr(string.concat("expert", vm.toString(i)));
            _fundExpert(e, 1);
            vm.prank(e);
            escrow.accept(id, 1, 1000);
        }
        address fifth = makeAddr("fifth");
        _fundExpert(fifth, 1);
        vm.prank(fifth);
        vm.expectRevert(ITripartiteEscrow.Escrow_CannotAccept.selector);
        escrow.accept(id, 1, 1000);
    }

    function test_accept_afterDeadline_reverts() public {
        uint256 id = _open();
        vm.warp(params().acceptDeadline + 1);
        vm.prank(alice);
        vm.expectRevert(ITripartiteEscrow.Escrow_DeadlinePassed.selector);
        escrow.accept(id, 1, 10_000);
    }

    function test_accept_whenStaffed_reverts() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(carol);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Accepted)
        );
        escrow.accept(id, 3, 1);
    }

    // ------------------------------------------------------------------ deliver

    function test_deliver_setsReviewDeadline_succeeds() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(bob);
        escrow.deliver(id, keccak256("work"));
        ITripartiteEscrow.Order memory o = escrow.order(id);
        assertEq(uint256(o.state), uint256(ITripartiteEscrow.State.Delivered), "delivered");
        assertEq(o.contentHash, keccak256("work"), "content");
        assertEq(o.deadline, block.timestamp + REVIEW, "review deadline");
    }

    function test_deliver_notExpert_reverts() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, carol));
        escrow.deliver(id, keccak256("work"));
    }

    function test_deliver_lateOrEmptyOrWrongState_reverts() public {
        uint256 id = _open();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Open)
        );
        escrow.deliver(id, keccak256("work"));
        _staff(id);
        vm.prank(alice);
        vm.expectRevert(ITripartiteEscrow.Escrow_BadParams.selector);
        escrow.deliver(id, bytes32(0));
        vm.warp(params().deliveryDeadline + 1);
        vm.prank(alice);
        vm.expectRevert(ITripartiteEscrow.Escrow_DeadlinePassed.selector);
        escrow.deliver(id, keccak256("work"));
    }

    // ------------------------------------------------------------------ approve

    function test_approveDelivery_paysExpertsFeeAndBonds_succeeds() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.approveDelivery(id);
        _assertState(id, ITripartiteEscrow.State.Released, "released");
        uint256 fee = AMOUNT * FEE_BPS / 10_000;
        uint256 net = AMOUNT - fee;
        assertEq(escrow.credit(address(pay), treasury), fee, "fee to treasury");
        assertEq(escrow.credit(address(pay), alice), net * 6000 / 10_000, "alice 60%");
        assertEq(escrow.credit(address(pay), bob), net - net * 6000 / 10_000, "bob the rest");
        assertEq(escrow.credit(address(lats[0]), alice), ONE_LAT, "alice bond back");
        assertEq(escrow.credit(address(lats[1]), bob), ONE_LAT, "bob bond back");
        _assertSolvent();
    }

    function test_approveDelivery_notBuyer_reverts() public {
        uint256 id = _delivered();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, alice));
        escrow.approveDelivery(id);
    }

    function test_approveDelivery_beforeDelivery_reverts() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(buyer);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Accepted)
        );
        escrow.approveDelivery(id);
    }

    // ------------------------------------------------------------------ evaluation

    function test_onClaimFinalized_passingScore_succeeds() public {
        uint256 id = _delivered();
        vm.expectEmit(true, false, false, true, address(escrow));
        emit ITripartiteEscrow.OrderEvaluated(id, 0.8e18, true, uint64(block.timestamp + DISPUTE_WINDOW));
        _evaluate(id, bob, 0.8e18);
        _assertState(id, ITripartiteEscrow.State.Evaluated, "evaluated");
        assertEq(escrow.order(id).score, 0.8e18, "score recorded");
        // The buyer can still approve early.
        vm.prank(buyer);
        escrow.approveDelivery(id);
        _assertState(id, ITripartiteEscrow.State.Released, "released");
    }

    function test_onClaimFinalized_failingScore_disputes_succeeds() public {
        uint256 id = _delivered();
        _evaluate(id, alice, 0.5e18 - 1);
        _assertState(id, ITripartiteEscrow.State.Disputed, "below threshold disputes");
        assertEq(escrow.order(id).disputant, settlement, "disputed by the evaluation");
        assertEq(escrow.order(id).deadline, block.timestamp + RULING_WINDOW, "ruling deadline");
    }

    function test_onClaimFinalized_winnerNotExpert_disputes_succeeds() public {
        uint256 id = _delivered();
        _evaluate(id, buyer, 1e18);
        _assertState(id, ITripartiteEscrow.State.Disputed, "the buyer's proposal won");
    }

    function test_onClaimFinalized_noWinner_disputes_succeeds() public {
        uint256 id = _delivered();
        _evaluate(id, address(0), 0);
        _assertState(id, ITripartiteEscrow.State.Disputed, "empty deliberation");
    }

    function test_onClaimFinalized_notSettlement_reverts() public {
        uint256 id = _delivered();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, stranger));
        escrow.onClaimFinalized(id, abi.encode(new address[](0), int256(0)));
    }

    function test_onClaimFinalized_wrongStateOrLate_ignored_succeeds() public {
        uint256 id = _open();
        vm.expectEmit(true, false, false, true, address(escrow));
        emit ITripartiteEscrow.EvaluationIgnored(id, ITripartiteEscrow.State.Open);
        _evaluate(id, alice, 1e18);
        _assertState(id, ITripartiteEscrow.State.Open, "ignored while open");
        _staff(id);
        _deliver(id);
        vm.warp(block.timestamp + REVIEW + 1);
        _evaluate(id, alice, 1e18);
        _assertState(id, ITripartiteEscrow.State.Delivered, "ignored after the review window");
        _evaluate(99, alice, 1e18);
    }

    // ------------------------------------------------------------------ dispute

    function test_dispute_buyerPostsBond_succeeds() public {
        uint256 id = _delivered();
        uint256 bond = AMOUNT * DISPUTE_BOND_BPS / 10_000;
        vm.prank(buyer);
        vm.expectEmit(true, true, false, true, address(escrow));
        emit ITripartiteEscrow.OrderDisputed(id, buyer, bond, uint64(block.timestamp + RULING_WINDOW));
        escrow.dispute(id);
        _assertState(id, ITripartiteEscrow.State.Disputed, "disputed");
        assertEq(escrow.order(id).buyerBond, bond, "bond recorded");
        _assertSolvent();
    }

    function test_dispute_buyerAfterPassingEvaluation_succeeds() public {
        uint256 id = _delivered();
        _evaluate(id, alice, 0.9e18);
        vm.prank(buyer);
        escrow.dispute(id);
        _assertState(id, ITripartiteEscrow.State.Disputed, "disputed evaluation");
    }

    function test_dispute_expertWhileAccepted_succeeds() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(bob);
        escrow.dispute(id);
        _assertState(id, ITripartiteEscrow.State.Disputed, "expert disputes the spec");
        assertEq(escrow.order(id).buyerBond, 0, "experts post no extra bond");
    }

    function test_dispute_wrongParty_reverts() public {
        uint256 id = _open();
        _staff(id);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, buyer));
        escrow.dispute(id);
        _deliver(id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, alice));
        escrow.dispute(id);
    }

    function test_dispute_afterWindow_reverts() public {
        uint256 id = _delivered();
        vm.warp(block.timestamp + REVIEW + 1);
        vm.prank(buyer);
        vm.expectRevert(ITripartiteEscrow.Escrow_DeadlinePassed.selector);
        escrow.dispute(id);
    }

    function test_dispute_open_reverts() public {
        uint256 id = _open();
        vm.prank(buyer);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Open)
        );
        escrow.dispute(id);
    }

    // ------------------------------------------------------------------ rule

    function test_rule_splitAndSlashExperts_succeeds() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.dispute(id);
        uint256 bond = AMOUNT * DISPUTE_BOND_BPS / 10_000;
        uint256 latSupply = lats[0].totalSupply();
        vm.prank(arbiter);
        escrow.rule(id, 7000, ITripartiteEscrow.Fault.Experts);
        _assertState(id, ITripartiteEscrow.State.Resolved, "resolved");
        uint256 toExperts = AMOUNT - AMOUNT * 7000 / 10_000;
        uint256 fee = toExperts * FEE_BPS / 10_000;
        assertEq(escrow.credit(address(pay), buyer), AMOUNT * 7000 / 10_000 + bond, "buyer share and bond back");
        assertEq(escrow.credit(address(pay), treasury), fee, "fee on the experts' part");
        assertEq(
            escrow.credit(address(pay), alice) + escrow.credit(address(pay), bob), toExperts - fee, "experts' part"
        );
        uint256 burned = ONE_LAT * BURN_BPS / 10_000;
        assertEq(lats[0].totalSupply(), latSupply - burned, "half of alice's bond burned");
        assertEq(escrow.credit(address(lats[0]), buyer), ONE_LAT - burned, "rest of alice's bond to the buyer");
        assertEq(escrow.credit(address(lats[0]), alice), 0, "alice bond gone");
        _assertSolvent();
    }

    function test_rule_slashBuyer_succeeds() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.dispute(id);
        uint256 bond = AMOUNT * DISPUTE_BOND_BPS / 10_000;
        vm.prank(admin);
        escrow.rule(id, 0, ITripartiteEscrow.Fault.Buyer);
        uint256 burned = bond * BURN_BPS / 10_000;
        assertEq(pay.balanceOf(escrow.BURN_ADDRESS()), burned, "burned part of the buyer bond");
        uint256 fee = AMOUNT * FEE_BPS / 10_000;
        assertEq(
            escrow.credit(address(pay), alice) + escrow.credit(address(pay), bob),
            AMOUNT - fee + bond - burned,
            "experts get the amount and the unburned bond"
        );
        assertEq(escrow.credit(address(pay), buyer), 0, "buyer gets nothing");
        assertEq(escrow.credit(address(lats[0]), alice), ONE_LAT, "alice bond back");
        _assertSolvent();
    }

    function test_rule_unauthorized_reverts() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.dispute(id);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_Unauthorized.selector, stranger));
        escrow.rule(id, 5000, ITripartiteEscrow.Fault.None);
    }

    function test_rule_badBpsLateOrNotDisputed_reverts() public {
        uint256 id = _delivered();
        vm.prank(arbiter);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Delivered)
        );
        escrow.rule(id, 5000, ITripartiteEscrow.Fault.None);
        vm.prank(buyer);
        escrow.dispute(id);
        vm.prank(arbiter);
        vm.expectRevert(abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadBps.selector, 10_001));
        escrow.rule(id, 10_001, ITripartiteEscrow.Fault.None);
        vm.warp(block.timestamp + RULING_WINDOW + 1);
        vm.prank(arbiter);
        vm.expectRevert(ITripartiteEscrow.Escrow_DeadlinePassed.selector);
        escrow.rule(id, 5000, ITripartiteEscrow.Fault.None);
    }

    // ------------------------------------------------------------------ timeouts

    function test_settleTimeout_openExpired_refundsAndReturnsBonds_succeeds() public {
        uint256 id = _open();
        vm.prank(alice);
        escrow.accept(id, 1, 5000);
        vm.warp(params().acceptDeadline + 1);
        vm.prank(stranger);
        escrow.settleTimeout(id);
        _assertState(id, ITripartiteEscrow.State.Refunded, "refunded");
        assertEq(escrow.credit(address(pay), buyer), AMOUNT, "buyer refunded");
        assertEq(escrow.credit(address(lats[0]), alice), ONE_LAT, "partial acceptor bond back");
        _assertSolvent();
    }

    function test_settleTimeout_notDelivered_refundsAndSlashes_succeeds() public {
        uint256 id = _open();
        _staff(id);
        vm.warp(params().deliveryDeadline + 1);
        escrow.settleTimeout(id);
        _assertState(id, ITripartiteEscrow.State.Refunded, "refunded");
        assertEq(escrow.credit(address(pay), buyer), AMOUNT, "buyer refunded");
        uint256 burned = ONE_LAT * BURN_BPS / 10_000;
        assertEq(escrow.credit(address(lats[0]), buyer), ONE_LAT - burned, "alice's slashed bond");
        assertEq(escrow.credit(address(lats[1]), buyer), ONE_LAT - burned, "bob's slashed bond");
        _assertSolvent();
    }

    function test_settleTimeout_silentBuyer_paysExperts_succeeds() public {
        uint256 id = _delivered();
        vm.warp(block.timestamp + REVIEW + 1);
        escrow.settleTimeout(id);
        _assertState(id, ITripartiteEscrow.State.Released, "released to experts");
        assertGt(escrow.credit(address(pay), alice), 0, "alice paid");
    }

    function test_settleTimeout_evaluatedUndisputed_pays_succeeds() public {
        uint256 id = _delivered();
        _evaluate(id, alice, 1e18);
        vm.warp(block.timestamp + DISPUTE_WINDOW + 1);
        escrow.settleTimeout(id);
        _assertState(id, ITripartiteEscrow.State.Released, "released after the dispute window");
    }

    function test_settleTimeout_unruledDispute_defaultSplit_succeeds() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.dispute(id);
        uint256 bond = AMOUNT * DISPUTE_BOND_BPS / 10_000;
        vm.warp(block.timestamp + RULING_WINDOW + 1);
        escrow.settleTimeout(id);
        _assertState(id, ITripartiteEscrow.State.Resolved, "resolved by default");
        assertEq(escrow.credit(address(pay), buyer), AMOUNT / 2 + bond, "half back plus bond");
        assertEq(escrow.credit(address(pay), treasury), 0, "no fee without a ruling");
        assertEq(escrow.credit(address(pay), alice) + escrow.credit(address(pay), bob), AMOUNT / 2, "half to experts");
        assertEq(escrow.credit(address(lats[0]), alice), ONE_LAT, "no slashing");
        _assertSolvent();
    }

    function test_settleTimeout_notDue_reverts() public {
        uint256 id = _delivered();
        vm.expectRevert(ITripartiteEscrow.Escrow_NotDue.selector);
        escrow.settleTimeout(id);
    }

    function test_settleTimeout_terminal_reverts() public {
        uint256 id = _open();
        vm.prank(buyer);
        escrow.cancel(id);
        vm.expectRevert(
            abi.encodeWithSelector(ITripartiteEscrow.Escrow_BadState.selector, id, ITripartiteEscrow.State.Refunded)
        );
        escrow.settleTimeout(id);
    }

    // ------------------------------------------------------------------ withdraw

    function test_withdraw_paysCredit_succeeds() public {
        uint256 id = _delivered();
        vm.prank(buyer);
        escrow.approveDelivery(id);
        uint256 credit = escrow.credit(address(pay), alice);
        vm.prank(alice);
        escrow.withdraw(address(pay));
        assertEq(pay.balanceOf(alice), credit, "alice received");
        assertEq(escrow.credit(address(pay), alice), 0, "credit cleared");
        vm.prank(alice);
        escrow.withdraw(address(lats[0]));
        assertEq(lats[0].balanceOf(alice), 10 * ONE_LAT, "bond back in the wallet");
        _assertSolvent();
    }

    function test_withdraw_nothing_reverts() public {
        vm.prank(alice);
        vm.expectRevert(ITripartiteEscrow.Escrow_NothingToWithdraw.selector);
        escrow.withdraw(address(pay));
    }

    // ------------------------------------------------------------------ governance

    function test_setConfig_admin_succeeds() public {
        ITripartiteEscrow.Config memory c = defaultConfig();
        c.feeBps = 100;
        vm.prank(admin);
        escrow.setConfig(c);
        assertEq(escrow.config().feeBps, 100, "fee changed");
    }

    function test_setConfig_notAdmin_reverts() public {
        ITripartiteEscrow.Config memory c = defaultConfig();
        bytes32 role = escrow.DEFAULT_ADMIN_ROLE();
        vm.prank(arbiter);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, arbiter, role));
        escrow.setConfig(c);
    }

    function test_setConfig_doesNotTouchOpenOrders_succeeds() public {
        uint256 id = _open();
        ITripartiteEscrow.Config memory c = defaultConfig();
        c.feeBps = 3000;
        vm.prank(admin);
        escrow.setConfig(c);
        _staff(id);
        _deliver(id);
        vm.prank(buyer);
        escrow.approveDelivery(id);
        assertEq(escrow.credit(address(pay), treasury), AMOUNT * FEE_BPS / 10_000, "fee snapshotted at opening");
    }

    function test_setConfig_passScoreSnapshotted_succeeds() public {
        uint256 id = _delivered();
        ITripartiteEscrow.Config memory c = defaultConfig();
        c.passScore = 0.9e18;
        vm.prank(admin);
        escrow.setConfig(c);
        _evaluate(id, alice, 0.6e18);
        _assertState(id, ITripartiteEscrow.State.Evaluated, "judged by the threshold at opening");
    }

    function test_setTreasury_succeeds() public {
        vm.prank(admin);
        escrow.setTreasury(stranger);
        assertEq(escrow.treasury(), stranger, "treasury");
        vm.prank(admin);
        vm.expectRevert(ITripartiteEscrow.Escrow_ZeroAddress.selector);
        escrow.setTreasury(address(0));
    }

    // ------------------------------------------------------------------ attacks

    /// @notice A token that re-enters on transfer cannot reach any entry point mid-call.
    function test_withdraw_reentrantToken_blocked_succeeds() public {
        EscrowReentrantToken evil = new EscrowReentrantToken();
        evil.mint(buyer, 2 * AMOUNT);
        ITripartiteEscrow.OrderParams memory p = params();
        p.token = address(evil);
        vm.startPrank(buyer);
        evil.approve(address(escrow), type(uint256).max);
        uint256 id = escrow.open(p);
        escrow.cancel(id);
        vm.stopPrank();
        // On the refund transfer, the token calls withdraw again for the buyer... from itself.
        evil.arm(address(escrow), abi.encodeCall(ITripartiteEscrow.withdraw, (address(evil))));
        vm.prank(buyer);
        escrow.withdraw(address(evil));
        assertTrue(evil.attempted(), "hook ran");
        assertFalse(evil.reentered(), "re-entry failed");
        assertEq(
            bytes4(evil.reentryError()),
            ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector,
            "guard stopped it"
        );
        assertEq(evil.balanceOf(buyer), 2 * AMOUNT, "buyer paid exactly once");
        assertEq(evil.balanceOf(address(escrow)), escrow.owed(address(evil)), "solvent");
    }

    function test_open_reentrantToken_blocked_succeeds() public {
        EscrowReentrantToken evil = new EscrowReentrantToken();
        evil.mint(buyer, 2 * AMOUNT);
        ITripartiteEscrow.OrderParams memory p = params();
        p.token = address(evil);
        vm.prank(buyer);
        evil.approve(address(escrow), type(uint256).max);
        evil.arm(address(escrow), abi.encodeCall(ITripartiteEscrow.open, (p)));
        vm.prank(buyer);
        escrow.open(p);
        assertFalse(evil.reentered(), "nested open failed");
        assertEq(escrow.orderCount(), 1, "one order");
        assertEq(evil.balanceOf(address(escrow)), escrow.owed(address(evil)), "solvent");
    }

    // ------------------------------------------------------------------ fuzz

    /// @notice Release conserves value: experts + treasury get exactly the amount.
    function testFuzz_release_conservesAmount(uint256 amount, uint16 share, uint16 feeBps) public {
        amount = bound(amount, 1, 1e30);
        share = uint16(bound(share, 1, 9999));
        feeBps = uint16(bound(feeBps, 0, 3000));
        ITripartiteEscrow.Config memory c = defaultConfig();
        c.feeBps = feeBps;
        vm.prank(admin);
        escrow.setConfig(c);
        pay.mint(buyer, amount);
        ITripartiteEscrow.OrderParams memory p = params();
        p.amount = amount;
        vm.prank(buyer);
        uint256 id = escrow.open(p);
        vm.prank(alice);
        escrow.accept(id, 1, share);
        vm.prank(bob);
        escrow.accept(id, 2, 10_000 - share);
        _deliver(id);
        vm.prank(buyer);
        escrow.approveDelivery(id);
        uint256 total = escrow.credit(address(pay), alice) + escrow.credit(address(pay), bob)
            + escrow.credit(address(pay), treasury);
        assertEq(total, amount, "every unit accounted for");
        assertEq(escrow.credit(address(pay), treasury), amount * feeBps / 10_000, "fee");
        _assertSolvent();
    }

    /// @notice A ruling conserves value for any split and fault.
    function testFuzz_rule_conservesAmount(uint16 buyerBps, uint8 faultRaw, bool buyerDisputes) public {
        buyerBps = uint16(bound(buyerBps, 0, 10_000));
        ITripartiteEscrow.Fault fault = ITripartiteEscrow.Fault(bound(faultRaw, 0, 2));
        uint256 id = _delivered();
        if (buyerDisputes) {
            vm.prank(buyer);
            escrow.dispute(id);
        } else {
            _evaluate(id, alice, 0);
        }
        uint256 bond = escrow.order(id).buyerBond;
        vm.prank(arbiter);
        escrow.rule(id, buyerBps, fault);
        address burn = escrow.BURN_ADDRESS();
        uint256 total = escrow.credit(address(pay), alice) + escrow.credit(address(pay), bob)
            + escrow.credit(address(pay), treasury) + escrow.credit(address(pay), buyer) + pay.balanceOf(burn);
        assertEq(total, AMOUNT + bond, "amount and bond fully distributed");
        _assertSolvent();
    }

    function _permitSig(address owner, uint256 key, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                address(escrow),
                value,
                pay.nonces(owner),
                deadline
            )
        );
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", pay.DOMAIN_SEPARATOR(), structHash));
        (v, r, s) = vm.sign(key, digest);
    }
}
