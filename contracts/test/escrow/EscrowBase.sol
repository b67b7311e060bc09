// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {TripartiteEscrow} from "../../src/TripartiteEscrow.sol";
import {ITripartiteEscrow} from "../../src/interfaces/ITripartiteEscrow.sol";
import {MockERC20} from "../../src/test-support/MockERC20.sol";

/// @notice Shared setup of the escrow tests: three LAT tiers, an escrow clone, a payment token,
/// a buyer and three experts (alice tier 1, bob tier 2, carol tier 3).
abstract contract EscrowBase is Test {
    uint16 internal constant FEE_BPS = 500;
    uint16 internal constant BURN_BPS = 5000;
    uint16 internal constant DISPUTE_BOND_BPS = 1000;
    uint16 internal constant DEFAULT_BUYER_BPS = 5000;
    int256 internal constant PASS_SCORE = 0.5e18;
    uint64 internal constant DISPUTE_WINDOW = 2 days;
    uint64 internal constant RULING_WINDOW = 7 days;
    uint64 internal constant REVIEW = 3 days;
    uint256 internal constant AMOUNT = 1000e18;
    uint256 internal constant ONE_LAT = 1e18;

    address internal admin = makeAddr("timelock");
    address internal treasury = makeAddr("treasury");
    address internal arbiter = makeAddr("arbiter");
    address internal settlement = makeAddr("settlement");
    address internal buyer = makeAddr("buyer");
    uint256 internal buyerKey;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal stranger = makeAddr("stranger");

    TripartiteEscrow internal escrowImpl;
    TripartiteEscrow internal escrow;
    LiquidAccessToken[3] internal lats;
    MockERC20 internal pay;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        (buyer, buyerKey) = makeAddrAndKey("buyer");
        LiquidAccessToken latImpl = new LiquidAccessToken();
        address[] memory latAddrs = new address[](3);
        for (uint8 t = 1; t <= 3; ++t) {
            LiquidAccessToken lat = LiquidAccessToken(Clones.clone(address(latImpl)));
            lat.initialize(
                string.concat("LAT", vm.toString(t)), string.concat("L", vm.toString(t)), admin, t, address(this)
            );
            lats[t - 1] = lat;
            latAddrs[t - 1] = address(lat);
        }
        pay = new MockERC20("Pay", "PAY", 18);
        escrowImpl = new TripartiteEscrow();
        escrow = TripartiteEscrow(Clones.clone(address(escrowImpl)));
        address[] memory arbiters = new address[](1);
        arbiters[0] = arbiter;
        escrow.initialize(admin, treasury, settlement, latAddrs, arbiters, defaultConfig());

        _fundExpert(alice, 1);
        _fundExpert(bob, 2);
        _fundExpert(carol, 3);
        pay.mint(buyer, 1_000_000e18);
        vm.prank(buyer);
        pay.approve(address(escrow), type(uint256).max);
    }

    function defaultConfig() internal pure returns (ITripartiteEscrow.Config memory) {
        return ITripartiteEscrow.Config({
            feeBps: FEE_BPS,
            slashBurnBps: BURN_BPS,
            disputeBondBps: DISPUTE_BOND_BPS,
            defaultBuyerBps: DEFAULT_BUYER_BPS,
            passScore: PASS_SCORE,
            disputeWindow: DISPUTE_WINDOW,
            rulingWindow: RULING_WINDOW,
            minReviewWindow: 1 days,
            maxReviewWindow: 30 days,
            maxDuration: 180 days,
            maxExperts: 4
        });
    }

    function params() internal view returns (ITripartiteEscrow.OrderParams memory) {
        return ITripartiteEscrow.OrderParams({
            token: address(pay),
            amount: AMOUNT,
            tier: 1,
            specHash: keccak256("spec"),
            acceptDeadline: uint64(block.timestamp + 1 days),
            deliveryDeadline: uint64(block.timestamp + 10 days),
            reviewWindow: REVIEW
        });
    }

    function _fundExpert(address expert, uint8 tier) internal {
        lats[tier - 1].mint(expert, 10 * ONE_LAT);
        vm.startPrank(expert);
        for (uint256 i = 0; i < 3; ++i) {
            lats[i].approve(address(escrow), type(uint256).max);
        }
        vm.stopPrank();
    }

    function _open() internal returns (uint256 id) {
        vm.prank(buyer);
        id = escrow.open(params());
    }

    /// @dev alice (tier 1, 60%) and bob (tier 2, 40%) staff the order.
    function _staff(uint256 id) internal {
        vm.prank(alice);
        escrow.accept(id, 1, 6000);
        vm.prank(bob);
        escrow.accept(id, 2, 4000);
    }

    function _deliver(uint256 id) internal {
        vm.prank(alice);
        escrow.deliver(id, keccak256("work"));
    }

    function _delivered() internal returns (uint256 id) {
        id = _open();
        _staff(id);
        _deliver(id);
    }

    function _evaluate(uint256 id, address winner, int256 score) internal {
        address[] memory winners = new address[](winner == address(0) ? 0 : 1);
        if (winner != address(0)) winners[0] = winner;
        vm.prank(settlement);
        escrow.onClaimFinalized(id, abi.encode(winners, score));
    }

    function _state(uint256 id) internal view returns (ITripartiteEscrow.State) {
        return escrow.order(id).state;
    }

    function _assertState(uint256 id, ITripartiteEscrow.State want, string memory why) internal view {
        assertEq(uint256(_state(id)), uint256(want), why);
    }

    /// @dev The escrow's balance of every token equals what it owes.
    function _assertSolvent() internal view {
        assertEq(pay.balanceOf(address(escrow)), escrow.owed(address(pay)), "pay balance == owed");
        for (uint256 i = 0; i < 3; ++i) {
            assertEq(lats[i].balanceOf(address(escrow)), escrow.owed(address(lats[i])), "lat balance == owed");
        }
    }
}
