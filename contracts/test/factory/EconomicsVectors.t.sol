// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {GuildFixture} from "./GuildFixture.sol";

/// @notice The test vectors of docs/economics.md, computed there by an independent
/// big-integer implementation of the documented formulas; the Go mirror checks the same numbers.
contract EconomicsVectorsTest is GuildFixture {
    function test_vectors_ladder_succeeds() public {
        // Defaults: base 100e18, k 2e18, t0 1 day, tMax 7 days, rankMax 5.
        assertEq(ladder.sybilCost(5), 442_857_142_857_142_857_141, "sybilCost(5), k = 2");
        vm.prank(address(timelock));
        ladder.setCostParams(100e18, 1.5e18, 1 days);
        assertEq(ladder.sybilCost(5), 188_392_857_142_857_142_855, "sybilCost(5), k = 1.5");
        // kPow(4) = 5.0625e18; 100e18 * 5.0625e18 * 86400 / (10800 * 1e18) = 4050e18.
        assertEq(ladder.entryCost(4, 3 hours), 4050e18, "cost(4, 3 hours), k = 1.5");
    }

    function test_vectors_converter_succeeds() public {
        // Defaults: g 2e6, heatScale 1e25 (step 6.25e23), half-life 7 days.
        vm.startPrank(address(ladder));
        lat(2).mint(alice, 3e18);
        lat(1).mint(alice, 5e18);
        vm.stopPrank();
        vm.startPrank(alice);
        lat(2).approve(address(converter), type(uint256).max);
        lat(1).approve(address(converter), type(uint256).max);
        assertEq(converter.convert(2, 3e18, 0), 5_013_610_565_632_000_000_000_000_000_000_000_000, "m1");
        vm.warp(block.timestamp + 2 days);
        assertEq(converter.heatOf(alice), 4_922_012_136_045_827_587_127_392, "h2");
        assertEq(converter.convert(1, 5e18, 0), 3_069_974_325_059_170_356_316_299_721_573_269_504, "m2");
        vm.stopPrank();
        vm.prank(address(timelock));
        converter.setConversionParams(1.5e6, 1e25, 7 days);
        assertEq(converter.tierWeight(5), 5_062_500, "weight(5), g = 1.5");
    }
}
