// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Test} from "forge-std/Test.sol";

import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";

/// @dev Drives the token through mints (by the minter only), transfers, redemptions and
/// unauthorized mint attempts, and keeps ghost totals for the invariants.
contract LATHandler is Test {
    LiquidAccessToken public immutable lat;
    address public immutable minter;
    address[] public actors;

    uint256 public ghostMinted;
    uint256 public ghostBurned;
    uint256 public ghostUnauthorizedMints;

    constructor(LiquidAccessToken lat_, address minter_) {
        lat = lat_;
        minter = minter_;
        for (uint256 i = 0; i < 4; i++) {
            actors.push(makeAddr(string(abi.encodePacked("actor", vm.toString(i)))));
        }
    }

    function mint(uint256 actorSeed, uint256 amount) external {
        amount = bound(amount, 0, 10e18);
        vm.prank(minter);
        lat.mint(actors[actorSeed % actors.length], amount);
        ghostMinted += amount;
    }

    function mintUnauthorized(uint256 actorSeed, uint256 amount) external {
        address a = actors[actorSeed % actors.length];
        vm.prank(a);
        try lat.mint(a, bound(amount, 1, 10e18)) {
            ghostUnauthorizedMints++;
        } catch {}
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = actors[fromSeed % actors.length];
        amount = bound(amount, 0, lat.balanceOf(from));
        vm.prank(from);
        assertTrue(lat.transfer(actors[toSeed % actors.length], amount), "transfer returns true");
    }

    function redeem(uint256 actorSeed, bytes32 asset) external {
        address a = actors[actorSeed % actors.length];
        if (lat.balanceOf(a) < 1e18 || asset == bytes32(0)) return;
        vm.prank(a);
        lat.redeem(asset);
        ghostBurned += 1e18;
    }

    function sumBalances() external view returns (uint256 s) {
        for (uint256 i = 0; i < actors.length; i++) {
            s += lat.balanceOf(actors[i]);
        }
    }
}

contract LiquidAccessTokenInvariantTest is Test {
    LiquidAccessToken internal lat;
    LATHandler internal handler;

    function setUp() public {
        LiquidAccessToken impl = new LiquidAccessToken();
        lat = LiquidAccessToken(Clones.clone(address(impl)));
        address minter = makeAddr("minter");
        lat.initialize("Tier 1", "T1", makeAddr("guild"), 1, minter);
        handler = new LATHandler(lat, minter);
        targetContract(address(handler));
    }

    /// totalSupply == minted - burned, at every step.
    function invariant_supplyEqualsMintedMinusBurned() public view {
        assertEq(lat.totalSupply(), handler.ghostMinted() - handler.ghostBurned(), "supply != minted - burned");
    }

    /// Nobody but the minter ever mints.
    function invariant_onlyMinterMints() public view {
        assertEq(handler.ghostUnauthorizedMints(), 0, "a non-minter minted");
    }

    /// Tokens live only with the actors: the sum of balances is the supply.
    function invariant_balancesSumToSupply() public view {
        assertEq(handler.sumBalances(), lat.totalSupply(), "balances do not sum to supply");
    }

    /// Every redemption burned exactly one token.
    function invariant_redemptionsMatchBurns() public view {
        assertEq(lat.redemptions() * 1e18, handler.ghostBurned(), "redemptions * 1e18 != burned");
    }
}
