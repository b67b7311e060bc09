// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {GovernanceConverter} from "../../src/governance/GovernanceConverter.sol";
import {HeatMath} from "../../src/governance/HeatMath.sol";
import {IGovernanceConverter} from "../../src/interfaces/IGovernanceConverter.sol";
import {LiquidAccessToken} from "../../src/LiquidAccessToken.sol";
import {GuildFixture} from "../factory/GuildFixture.sol";

contract GovernanceConverterTest is GuildFixture {
    /// @dev Step width of the default yield curve (value units).
    uint256 internal constant W = HEAT_SCALE / 16;

    /// @dev Mints LAT of `tier` to `who` as the ladder would, and approves the converter.
    function giveLat(address who, uint8 tier, uint256 amount) internal {
        vm.prank(address(ladder));
        lat(tier).mint(who, amount);
        vm.prank(who);
        lat(tier).approve(address(converter), type(uint256).max);
    }

    function convertAs(address who, uint8 tier, uint256 amount) internal returns (uint256) {
        vm.prank(who);
        return converter.convert(tier, amount, 0);
    }

    // ------------------------------------------------------------ initialize

    function test_initialize_implementation_reverts() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        GovernanceConverter(impls.converter).initialize(address(1), address(1), address(1), G, HEAT_SCALE, HALF_LIFE);
    }

    function test_initialize_wiring_succeeds() public view {
        assertEq(converter.ladder(), address(ladder), "ladder");
        assertEq(converter.guildToken(), address(gtoken), "token");
        assertEq(converter.governance(), address(timelock), "governance");
        assertEq(converter.tierGrowth(), G, "g");
        assertEq(converter.heatScale(), HEAT_SCALE, "H");
        assertEq(converter.halfLife(), HALF_LIFE, "tau");
    }

    function test_initialize_invalid_reverts() public {
        GovernanceConverter c = GovernanceConverter(Clones.clone(impls.converter));
        vm.expectRevert(IGovernanceConverter.Converter_ZeroAddress.selector);
        c.initialize(address(0), address(1), address(1), G, HEAT_SCALE, HALF_LIFE);
        vm.expectRevert(IGovernanceConverter.Converter_ZeroAddress.selector);
        c.initialize(address(1), address(0), address(1), G, HEAT_SCALE, HALF_LIFE);
        vm.expectRevert(IGovernanceConverter.Converter_ZeroAddress.selector);
        c.initialize(address(1), address(1), address(0), G, HEAT_SCALE, HALF_LIFE);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidTierGrowth.selector, 999_999));
        c.initialize(address(1), address(1), address(1), 999_999, HEAT_SCALE, HALF_LIFE);
    }

    // ------------------------------------------------------------ convert

    function test_convert_cold_succeeds() public {
        giveLat(alice, 1, 0.5e18);
        uint256 value = 0.5e18 * 1e6; // below one step: minted at the cold rate exactly
        vm.expectEmit(address(converter));
        emit IGovernanceConverter.Converted(alice, 1, 0.5e18, value, 0, value * 1e12);
        uint256 minted = convertAs(alice, 1, 0.5e18);
        assertEq(minted, value * 1e12, "cold rate: 1e12 per value unit");
        assertEq(gtoken.balanceOf(alice), minted, "minted to the caller");
        assertEq(lat(1).balanceOf(alice), 0, "LAT burned");
        assertEq(lat(1).totalSupply(), 0, "supply reduced");
        IGovernanceConverter.Heat memory rec = converter.heatRecord(alice);
        assertEq(rec.heat, value, "heat recorded");
        assertEq(rec.updatedAt, block.timestamp, "timestamp recorded");
    }

    function test_convert_oneTokenPerColdTierOneLat_succeeds() public {
        vm.prank(address(timelock));
        converter.setConversionParams(G, 16e24, HALF_LIFE); // step width 1e24 = one tier-1 LAT
        giveLat(alice, 1, 1e18);
        assertEq(convertAs(alice, 1, 1e18), 10 ** gtoken.decimals(), "1 LAT -> 1 governance token");
    }

    function test_convert_higherTier_succeeds() public {
        giveLat(alice, 3, 0.1e18);
        assertEq(converter.tierWeight(3), 4e6, "g^2 = 4");
        assertEq(convertAs(alice, 3, 0.1e18), 0.1e18 * 4e6 * 1e12, "weight 4 per unit");
    }

    function test_convert_heatThrottles_succeeds() public {
        giveLat(alice, 1, 100e18);
        uint256 first = convertAs(alice, 1, 10e18); // heat 0 -> H
        uint256 second = convertAs(alice, 1, 10e18); // heat H -> 2H: about half
        assertLt(second, first, "hotter yields less");
        assertApproxEqRel(second * 2, first, 0.05e18, "one heat scale later the yield halves (within a step)");
        vm.warp(block.timestamp + 50 * HALF_LIFE);
        uint256 third = convertAs(alice, 1, 10e18);
        assertApproxEqRel(third, first, 1e6, "cooled down: cold yield again");
    }

    function test_convert_saturated_mintsZero_succeeds() public {
        giveLat(alice, 1, 200e18);
        convertAs(alice, 1, 140e18); // heat 14 H, past the last step
        uint256 minted = convertAs(alice, 1, 1e18);
        assertEq(minted, 0, "nothing above 13 heat scales");
        assertEq(lat(1).balanceOf(alice), 59e18, "still burned");
    }

    function test_convert_zeroAmount_reverts() public {
        vm.prank(alice);
        vm.expectRevert(IGovernanceConverter.Converter_ZeroAmount.selector);
        converter.convert(1, 0, 0);
    }

    function test_convert_invalidTier_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidTier.selector, 0));
        converter.convert(0, 1, 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidTier.selector, RANK_MAX + 1));
        converter.convert(RANK_MAX + 1, 1, 0);
    }

    function test_convert_insufficientOutput_reverts() public {
        giveLat(alice, 1, 1e18);
        (, uint256 expected) = converter.previewConvert(alice, 1, 1e18);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IGovernanceConverter.Converter_InsufficientOutput.selector, expected, expected + 1)
        );
        converter.convert(1, 1e18, expected + 1);
    }

    function test_convert_withoutAllowance_reverts() public {
        vm.prank(address(ladder));
        lat(1).mint(alice, 1e18);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(converter), 0, 1e18)
        );
        converter.convert(1, 1e18, 0);
    }

    function test_convert_withoutBalance_reverts() public {
        giveLat(alice, 1, 1e18);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 1e18, 2e18));
        converter.convert(1, 2e18, 0);
    }

    function test_previewConvert_matchesConvert_succeeds() public {
        giveLat(alice, 2, 30e18);
        convertAs(alice, 2, 7e18);
        vm.warp(block.timestamp + 3 days);
        (uint256 value, uint256 preview) = converter.previewConvert(alice, 2, 11e18);
        assertEq(value, 11e18 * 2e6, "value");
        assertEq(convertAs(alice, 2, 11e18), preview, "preview is exact");
    }

    // ------------------------------------------------------------ permit

    function _permit(uint256 pk, LiquidAccessToken token, uint256 amount, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(pk);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                address(converter),
                amount,
                token.nonces(owner),
                deadline
            )
        );
        (v, r, s) = vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }

    function test_convertWithPermit_succeeds() public {
        (address dave, uint256 pk) = makeAddrAndKey("dave");
        vm.prank(address(ladder));
        lat(1).mint(dave, 1e18);
        (uint8 v, bytes32 r, bytes32 s) = _permit(pk, lat(1), 1e18, block.timestamp + 1 hours);
        vm.prank(dave);
        uint256 minted = converter.convertWithPermit(1, 1e18, 0, block.timestamp + 1 hours, v, r, s);
        assertGt(minted, 0, "minted");
        assertEq(lat(1).balanceOf(dave), 0, "burned with the permit allowance");
    }

    function test_convertWithPermit_frontRun_succeeds() public {
        (address dave, uint256 pk) = makeAddrAndKey("dave");
        vm.prank(address(ladder));
        lat(1).mint(dave, 1e18);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(pk, lat(1), 1e18, deadline);
        lat(1).permit(dave, address(converter), 1e18, deadline, v, r, s); // someone else used it
        vm.prank(dave);
        converter.convertWithPermit(1, 1e18, 0, deadline, v, r, s);
        assertEq(lat(1).balanceOf(dave), 0, "converted despite the spent permit");
    }

    function test_convertWithPermit_badSignature_reverts() public {
        vm.prank(address(ladder));
        lat(1).mint(alice, 1e18);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(converter), 0, 1e18)
        );
        converter.convertWithPermit(1, 1e18, 0, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    // ------------------------------------------------------------ parameters and views

    function test_setConversionParams_succeeds() public {
        vm.expectEmit(address(converter));
        emit IGovernanceConverter.ConversionParamsSet(3e6, 32, 1 days);
        vm.prank(address(timelock));
        converter.setConversionParams(3e6, 32, 1 days);
        assertEq(converter.tierGrowth(), 3e6, "g");
        assertEq(converter.heatScale(), 32, "H");
        assertEq(converter.halfLife(), 1 days, "tau");
    }

    function test_setConversionParams_notGovernance_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_NotGovernance.selector, alice));
        converter.setConversionParams(G, HEAT_SCALE, HALF_LIFE);
    }

    function test_setConversionParams_invalid_reverts() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidTierGrowth.selector, 4e6 + 1));
        converter.setConversionParams(4e6 + 1, HEAT_SCALE, HALF_LIFE);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHeatScale.selector, 0));
        converter.setConversionParams(G, 0, HALF_LIFE);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHeatScale.selector, 24));
        converter.setConversionParams(G, 24, HALF_LIFE);
        uint256 tooBig = (1 << 200) + 16;
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHeatScale.selector, tooBig));
        converter.setConversionParams(G, tooBig, HALF_LIFE);
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHalfLife.selector, 0));
        converter.setConversionParams(G, HEAT_SCALE, 0);
        uint64 tooLong = uint64(type(uint32).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidHalfLife.selector, tooLong));
        converter.setConversionParams(G, HEAT_SCALE, tooLong);
        vm.stopPrank();
    }

    function test_tierWeight_geometric_succeeds() public view {
        uint256 w = 1e6;
        for (uint8 t = 1; t <= RANK_MAX; ++t) {
            assertEq(converter.tierWeight(t), w, "g^(t-1)");
            w *= 2;
        }
    }

    function test_tierWeight_invalid_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernanceConverter.Converter_InvalidTier.selector, 0));
        converter.tierWeight(0);
    }

    function test_heatOf_halvesPerHalfLife_succeeds() public {
        giveLat(alice, 1, 8e18);
        convertAs(alice, 1, 8e18);
        uint256 h = converter.heatOf(alice);
        assertEq(h, 8e24, "heat = value");
        vm.warp(block.timestamp + HALF_LIFE);
        assertEq(converter.heatOf(alice), h / 2, "one half-life");
        vm.warp(block.timestamp + HALF_LIFE / 2);
        assertApproxEqRel(converter.heatOf(alice), h * 1e18 / 2 / 1_414_213_562_373_095_049, 1e3, "1.5 half-lives");
    }

    // ------------------------------------------------------------ fuzz

    /// @dev Runs a schedule for `who`: part i is converted `gaps[i]` seconds after part i - 1.
    function _run(address who, uint8[] memory tiers, uint256[] memory amounts, uint256[] memory gaps)
        internal
        returns (uint256 total)
    {
        for (uint256 i; i < amounts.length; ++i) {
            vm.warp(block.timestamp + gaps[i]);
            giveLat(who, tiers[i], amounts[i]);
            total += convertAs(who, tiers[i], amounts[i]);
        }
    }

    /// @dev Property: for the same conversions (tiers and amounts), stretching any of the gaps
    /// between them never lowers the total minted. Alice runs the tight schedule, Bob the
    /// stretched one; heat is per account, so they do not interact.
    function testFuzz_convert_spreadingNeverMintsLess(uint256 seed, uint8 parts) public {
        parts = uint8(bound(parts, 1, 6));
        uint8[] memory tiers = new uint8[](parts);
        uint256[] memory amounts = new uint256[](parts);
        uint256[] memory tight = new uint256[](parts);
        uint256[] memory loose = new uint256[](parts);
        for (uint256 i; i < parts; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            tiers[i] = uint8(1 + r % RANK_MAX);
            // From 1 unit to 50 LAT, log-uniform-ish so both tiny and heat-saturating parts occur.
            amounts[i] = 1 + (r >> 8) % (10 ** ((r >> 128) % 21)) % 50e18;
            tight[i] = (r >> 64) % 3 == 0 ? 0 : (r >> 72) % (4 * HALF_LIFE);
            loose[i] = tight[i] + ((r >> 160) % 2 == 0 ? 0 : (r >> 168) % (4 * HALF_LIFE));
        }
        uint256 a = _run(alice, tiers, amounts, tight);
        uint256 b = _run(bob, tiers, amounts, loose);
        assertGe(b, a, "spreading the same conversions over more time never mints less");
    }

    /// @dev Property: at one instant, converting parts one by one mints exactly what one
    /// conversion of the whole (same tier) mints, whatever heat the account starts with.
    function testFuzz_convert_sameInstantSplitIsExact(uint256 pre, uint256 a, uint256 b, uint256 c, uint8 tier) public {
        tier = uint8(bound(tier, 1, RANK_MAX));
        pre = bound(pre, 0, 100e18);
        a = bound(a, 1, 40e18);
        b = bound(b, 1, 40e18);
        c = bound(c, 1, 40e18);
        if (pre > 0) {
            giveLat(alice, 1, pre);
            giveLat(bob, 1, pre);
            convertAs(alice, 1, pre);
            convertAs(bob, 1, pre);
        }
        vm.warp(block.timestamp + 1 days);
        giveLat(alice, tier, a + b + c);
        giveLat(bob, tier, a + b + c);
        uint256 split = convertAs(alice, tier, a) + convertAs(alice, tier, b) + convertAs(alice, tier, c);
        uint256 whole = convertAs(bob, tier, a + b + c);
        assertEq(split, whole, "same instant: splitting changes nothing");
        assertEq(converter.heatOf(alice), converter.heatOf(bob), "same heat afterwards");
    }

    /// @dev Property: no overflow anywhere in the allowed parameter space (g, H, tau at their
    /// bounds, every tier of a 32-rank ladder, large amounts and long idle times).
    function testFuzz_convert_noOverflow(uint256 g, uint256 h, uint64 tau, uint256 amount, uint256 idle) public {
        g = bound(g, 1e6, 4e6);
        h = bound(h, 1, (1 << 200) / 16) * 16;
        tau = uint64(bound(tau, 1, type(uint32).max));
        amount = bound(amount, 1, 1e30);
        idle = bound(idle, 0, 1000 * 365 days);
        vm.prank(address(timelock));
        converter.setConversionParams(g, h, tau);
        uint256 w = converter.tierWeight(RANK_MAX);
        giveLat(alice, RANK_MAX, 2 * amount);
        uint256 first = convertAs(alice, RANK_MAX, amount);
        vm.warp(block.timestamp + idle);
        uint256 second = convertAs(alice, RANK_MAX, amount);
        assertLe(first, amount * w * HeatMath.SLOPE_ONE, "never above the cold rate");
        assertLe(second, amount * w * HeatMath.SLOPE_ONE, "never above the cold rate");
    }
}
