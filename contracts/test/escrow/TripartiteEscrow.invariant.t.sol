// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";

import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {TripartiteEscrow} from "../../src/TripartiteEscrow.sol";
import {ITripartiteEscrow} from "../../src/interfaces/ITripartiteEscrow.sol";
import {MockERC20} from "../../src/test-support/MockERC20.sol";
import {EscrowBase} from "./EscrowBase.sol";

/// @notice Drives the escrow through random sequences of every action by buyers, experts, the
/// arbiter, the settlement and bystanders, with time passing in between.
contract EscrowHandler is Test {
    TripartiteEscrow internal escrow;
    MockERC20 internal pay;
    LiquidAccessToken[3] internal lats;
    address internal arbiter;
    address internal settlement;

    address[] public buyers;
    address[] public experts;
    address[] public actors;
    mapping(string action => uint256) public calls;

    constructor(
        TripartiteEscrow escrow_,
        MockERC20 pay_,
        LiquidAccessToken[3] memory lats_,
        address arbiter_,
        address settlement_,
        address[] memory buyers_,
        address[] memory experts_
    ) {
        escrow = escrow_;
        pay = pay_;
        lats = lats_;
        arbiter = arbiter_;
        settlement = settlement_;
        buyers = buyers_;
        experts = experts_;
        for (uint256 i = 0; i < buyers_.length; ++i) {
            actors.push(buyers_[i]);
        }
        for (uint256 i = 0; i < experts_.length; ++i) {
            actors.push(experts_[i]);
        }
        actors.push(escrow_.treasury());
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function open(uint256 buyerSeed, uint256 amount, uint8 tier) external {
        address b = buyers[buyerSeed % buyers.length];
        amount = bound(amount, 1, 1e24);
        ITripartiteEscrow.OrderParams memory p = ITripartiteEscrow.OrderParams({
            token: address(pay),
            amount: amount,
            tier: uint8(bound(tier, 1, 3)),
            specHash: keccak256(abi.encode(amount)),
            acceptDeadline: uint64(block.timestamp + 1 days),
            deliveryDeadline: uint64(block.timestamp + 5 days),
            reviewWindow: 2 days
        });
        vm.prank(b);
        escrow.open(p);
        calls["open"]++;
    }

    function cancel(uint256 orderSeed) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Open));
        if (id == 0) return;
        vm.prank(escrow.order(id).buyer);
        try escrow.cancel(id) {
            calls["cancel"]++;
        } catch {}
    }

    function accept(uint256 orderSeed, uint256 expertSeed, uint16 share, uint8 fillSeed) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Open));
        if (id == 0) return;
        ITripartiteEscrow.Order memory o = escrow.order(id);
        if (o.state != ITripartiteEscrow.State.Open) return;
        uint16 left = 10_000 - o.totalShareBps;
        // Mostly fill the order so that later states are reached; sometimes take a random part.
        uint16 s = fillSeed % 4 != 0 ? left : uint16(bound(share, 1, left));
        // Expert e holds LAT of tier e % 3 + 1; pick one whose tier is high enough.
        uint256 e = expertSeed % experts.length;
        uint8 tier = uint8(e % 3 + 1);
        if (tier < o.tier) {
            e = 2; // tier 3
            tier = 3;
        }
        vm.prank(experts[e]);
        try escrow.accept(id, tier, s) {
            calls["accept"]++;
        } catch {}
    }

    /// @dev Opens an order and staffs it fully in one step, to reach the later states often.
    function openStaffed(uint256 buyerSeed, uint256 amount, uint256 expertSeed, uint16 share) external {
        this.open(buyerSeed, amount, 1);
        uint256 id = escrow.orderCount();
        uint256 e1 = expertSeed % experts.length;
        uint256 e2 = (e1 + 1) % experts.length;
        uint16 s = uint16(bound(share, 1, 9999));
        vm.prank(experts[e1]);
        escrow.accept(id, uint8(e1 % 3 + 1), s);
        vm.prank(experts[e2]);
        escrow.accept(id, uint8(e2 % 3 + 1), 10_000 - s);
        calls["accept"] += 2;
    }

    function deliver(uint256 orderSeed, uint256 expertSeed) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Accepted));
        if (id == 0) return;
        ITripartiteEscrow.Acceptance[] memory acc = escrow.acceptances(id);
        if (acc.length == 0) return;
        vm.prank(acc[expertSeed % acc.length].expert);
        try escrow.deliver(id, keccak256(abi.encode(id))) {
            calls["deliver"]++;
        } catch {}
    }

    function approveDelivery(uint256 orderSeed) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Delivered) | _bit(ITripartiteEscrow.State.Evaluated));
        if (id == 0) return;
        vm.prank(escrow.order(id).buyer);
        try escrow.approveDelivery(id) {
            calls["approve"]++;
        } catch {}
    }

    function dispute(uint256 orderSeed, bool byBuyer) external {
        uint256 id = _pick(
            orderSeed,
            _bit(ITripartiteEscrow.State.Accepted) | _bit(ITripartiteEscrow.State.Delivered)
                | _bit(ITripartiteEscrow.State.Evaluated)
        );
        if (id == 0) return;
        address who = escrow.order(id).buyer;
        if (!byBuyer) {
            ITripartiteEscrow.Acceptance[] memory acc = escrow.acceptances(id);
            if (acc.length == 0) return;
            who = acc[0].expert;
        }
        vm.prank(who);
        try escrow.dispute(id) {
            calls["dispute"]++;
        } catch {}
    }

    function rule(uint256 orderSeed, uint16 buyerBps, uint8 fault) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Disputed));
        if (id == 0) return;
        vm.prank(arbiter);
        try escrow.rule(id, uint16(bound(buyerBps, 0, 10_000)), ITripartiteEscrow.Fault(bound(fault, 0, 2))) {
            calls["rule"]++;
        } catch {}
    }

    function evaluate(uint256 orderSeed, int256 score, bool expertWins) external {
        uint256 id = _pick(orderSeed, _bit(ITripartiteEscrow.State.Delivered));
        if (id == 0) return;
        score = bound(score, -1e18, 1e18);
        address[] memory winners = new address[](1);
        ITripartiteEscrow.Acceptance[] memory acc = escrow.acceptances(id);
        winners[0] = expertWins && acc.length != 0 ? acc[0].expert : escrow.order(id).buyer;
        vm.prank(settlement);
        escrow.onClaimFinalized(id, abi.encode(winners, score));
        calls["evaluate"]++;
    }

    function settleTimeout(uint256 orderSeed) external {
        uint256 id = _pick(
            orderSeed,
            _bit(ITripartiteEscrow.State.Open) | _bit(ITripartiteEscrow.State.Accepted)
                | _bit(ITripartiteEscrow.State.Delivered) | _bit(ITripartiteEscrow.State.Evaluated)
                | _bit(ITripartiteEscrow.State.Disputed)
        );
        if (id == 0) return;
        try escrow.settleTimeout(id) {
            calls["timeout"]++;
        } catch {}
    }

    function withdraw(uint256 actorSeed, uint256 tokenSeed) external {
        address a = actors[actorSeed % actors.length];
        address token = tokenSeed % 4 == 3 ? address(pay) : address(lats[tokenSeed % 4]);
        if (escrow.credit(token, a) == 0) return;
        vm.prank(a);
        escrow.withdraw(token);
        calls["withdraw"]++;
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 2 days));
    }

    /// @dev An order whose state is in `mask`, searching from a seed-chosen start; 0 if none.
    function _pick(uint256 seed, uint256 mask) internal view returns (uint256) {
        uint256 n = escrow.orderCount();
        for (uint256 k = 0; k < n; ++k) {
            uint256 id = (seed % n + k) % n + 1;
            if (mask & _bit(escrow.order(id).state) != 0) return id;
        }
        return 0;
    }

    function _bit(ITripartiteEscrow.State st) internal pure returns (uint256) {
        return 1 << uint256(st);
    }
}

/// forge-config: default.invariant.depth = 64
/// forge-config: default.invariant.runs = 32
contract TripartiteEscrowInvariantTest is EscrowBase {
    EscrowHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory buyers = new address[](2);
        buyers[0] = buyer;
        buyers[1] = makeAddr("buyer2");
        pay.mint(buyers[1], 1e30);
        pay.mint(buyer, 1e30);
        vm.prank(buyers[1]);
        pay.approve(address(escrow), type(uint256).max);
        address[] memory experts = new address[](4);
        for (uint256 i = 0; i < 4; ++i) {
            experts[i] = makeAddr(string.concat("inv-expert", vm.toString(i)));
            lats[i % 3].mint(experts[i], 1000 * ONE_LAT);
            vm.startPrank(experts[i]);
            for (uint256 t = 0; t < 3; ++t) {
                lats[t].approve(address(escrow), type(uint256).max);
            }
            vm.stopPrank();
        }
        handler = new EscrowHandler(escrow, pay, lats, arbiter, settlement, buyers, experts);
        targetContract(address(handler));
    }

    /// @notice Invariant: for every token, the escrow's balance equals what it owes, and what it owes
    /// equals the independently summed obligations: amounts and buyer bonds of non-terminal orders,
    /// every expert bond not yet returned or slashed, and every credited balance. A bond paid twice
    /// or a payout credited twice would break the equality.
    function invariant_balanceEqualsObligations() public view {
        uint256 n = escrow.orderCount();
        uint256 payOwed;
        uint256[3] memory latOwed;
        for (uint256 id = 1; id <= n; ++id) {
            ITripartiteEscrow.Order memory o = escrow.order(id);
            bool terminal = _terminal(o.state);
            if (!terminal) payOwed += o.amount + o.buyerBond;
            ITripartiteEscrow.Acceptance[] memory acc = escrow.acceptances(id);
            for (uint256 i = 0; i < acc.length; ++i) {
                if (terminal) assertEq(acc[i].bond, 0, "terminal orders hold no bond");
                for (uint256 t = 0; t < 3; ++t) {
                    if (acc[i].lat == address(lats[t])) latOwed[t] += acc[i].bond;
                }
            }
        }
        uint256 k = handler.actorCount();
        for (uint256 a = 0; a < k; ++a) {
            address who = handler.actors(a);
            payOwed += escrow.credit(address(pay), who);
            for (uint256 t = 0; t < 3; ++t) {
                latOwed[t] += escrow.credit(address(lats[t]), who);
            }
        }
        assertEq(pay.balanceOf(address(escrow)), payOwed, "pay balance == obligations");
        assertEq(escrow.owed(address(pay)), payOwed, "pay owed == obligations");
        for (uint256 t = 0; t < 3; ++t) {
            assertEq(lats[t].balanceOf(address(escrow)), latOwed[t], "lat balance == obligations");
            assertEq(escrow.owed(address(lats[t])), latOwed[t], "lat owed == obligations");
        }
    }

    /// @notice Invariant: no order can be stuck. From any reachable state, once every deadline has
    /// passed, one `settleTimeout` by anyone moves each non-terminal order to a terminal state.
    function invariant_everyOrderReachesTerminal() public {
        uint256 snap = vm.snapshotState();
        vm.warp(block.timestamp + 400 days);
        uint256 n = escrow.orderCount();
        for (uint256 id = 1; id <= n; ++id) {
            if (!_terminal(escrow.order(id).state)) escrow.settleTimeout(id);
            assertTrue(_terminal(escrow.order(id).state), "terminal after timeouts");
        }
        _assertSolvent();
        vm.revertToState(snap);
    }

    function _terminal(ITripartiteEscrow.State s) internal pure returns (bool) {
        return s == ITripartiteEscrow.State.Released || s == ITripartiteEscrow.State.Refunded
            || s == ITripartiteEscrow.State.Resolved;
    }
}

