// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";

import {HeatMath} from "../../src/governance/HeatMath.sol";

/// @dev Exposes the library's internal functions to the tests.
contract HeatMathHarness {
    function cumulative(uint256 h, uint256 w) external pure returns (uint256) {
        return HeatMath.cumulative(h, w);
    }

    function yieldOf(uint256 h, uint256 v, uint256 w) external pure returns (uint256) {
        return HeatMath.yieldOf(h, v, w);
    }

    function decay(uint256 h, uint256 dt, uint256 tau) external pure returns (uint256) {
        return HeatMath.decay(h, dt, tau);
    }

    function exp2NegFrac(uint256 f) external pure returns (uint256) {
        return HeatMath.exp2NegFrac(f);
    }

    function mantissa(uint256 k) external pure returns (uint256) {
        return HeatMath.mantissa(k);
    }

    function prefix(uint256 k) external pure returns (uint256) {
        return HeatMath.prefix(k);
    }
}

contract HeatMathTest is Test {
    HeatMathHarness internal m;
    uint256 internal constant ONE_128 = 1 << 128;

    function setUp() public {
        m = new HeatMathHarness();
    }

    /// @dev slope(x) written out step by step, the definition cumulative() sums in closed form.
    function _slope(uint256 x, uint256 w) internal view returns (uint256) {
        uint256 j = x / w;
        uint256 q = j / 16;
        if (q > 12) return 0;
        return m.mantissa(j % 16) << (12 - q);
    }

    function test_mantissa_table_succeeds() public view {
        assertEq(m.mantissa(0), 244_140_625, "5^12");
        assertEq(m.mantissa(0) << 12, 1e12, "SLOPE_ONE");
        assertEq(m.mantissa(8), 172_633_491, "5^12 / sqrt 2");
        uint256 sum;
        for (uint256 k; k < 16; ++k) {
            assertEq(m.prefix(k), sum, "prefix sums");
            if (k > 0) assertLt(m.mantissa(k), m.mantissa(k - 1), "mantissas decrease");
            sum += m.mantissa(k);
        }
        assertEq(sum, HeatMath.MANTISSA_SUM, "mantissa sum");
        assertGt(m.mantissa(15), m.mantissa(0) / 2, "last step above the next halving");
    }

    function test_cumulative_matchesStepSum_succeeds() public view {
        // w = 3: every step boundary up to the cut-off (208 steps) and beyond.
        uint256 w = 3;
        uint256 sum;
        for (uint256 h; h <= 212 * w; ++h) {
            assertEq(m.cumulative(h, w), sum, "closed form = sum of slopes");
            sum += _slope(h, w);
        }
    }

    function test_cumulative_saturates_succeeds() public view {
        uint256 w = 1e20;
        uint256 top = m.cumulative(208 * w, w);
        assertEq(m.cumulative(208 * w + 1, w), top, "flat after the last step");
        assertEq(m.cumulative(type(uint256).max, w), top, "flat far away");
        assertEq(top, w * HeatMath.MANTISSA_SUM * 8191, "saturation value");
    }

    function test_exp2NegFrac_knownPoints_succeeds() public view {
        assertEq(m.exp2NegFrac(0), ONE_128, "2^0 exact");
        // floor(2^128 / sqrt(2)) = 240615969168004511545033772477625056927
        assertApproxEqAbs(
            m.exp2NegFrac(1 << 63), 240_615_969_168_004_511_545_033_772_477_625_056_927, 1 << 53, "2^-1/2"
        );
        assertGt(m.exp2NegFrac(type(uint64).max), ONE_128 / 2, "stays above one half below a whole half-life");
    }

    /// @dev Vectors of docs/economics.md.
    function test_vectors_succeeds() public view {
        assertEq(m.exp2NegFrac(1 << 63), 240_615_969_168_004_511_545_033_772_479_045_446_554, "E(2^63)");
        assertEq(m.decay(1e25, 1 days, 7 days), 9_057_236_642_639_066_716_038_966, "decay(1e25, 1 day, 7 days)");
    }

    function test_decay_wholeHalfLives_succeeds() public view {
        assertEq(m.decay(1000, 7 days, 7 days), 500, "one half-life halves exactly");
        assertEq(m.decay(1000, 14 days, 7 days), 250, "two half-lives quarter exactly");
        assertEq(m.decay(1000, 0, 7 days), 1000, "no time, no decay");
        assertEq(m.decay(type(uint256).max, 256 * 7 days, 7 days), 0, "256 half-lives empty anything");
        assertEq(m.decay(0, 1 days, 7 days), 0, "zero stays zero");
    }

    /// @dev 2^(-f) is strictly decreasing at the full input resolution.
    function testFuzz_exp2NegFrac_strictlyDecreasing(uint256 f) public view {
        f = bound(f, 1, type(uint64).max);
        assertLt(m.exp2NegFrac(f), m.exp2NegFrac(f - 1), "strictly decreasing");
    }

    /// @dev decay is non-increasing in elapsed time and non-decreasing in heat.
    function testFuzz_decay_monotone(uint256 h, uint256 dt, uint256 extra, uint256 tau, uint256 more) public view {
        tau = bound(tau, 1, type(uint32).max);
        h = bound(h, 0, type(uint256).max - 1);
        dt = bound(dt, 0, 300 * tau);
        extra = bound(extra, 0, 10 * tau);
        more = bound(more, 0, type(uint256).max - h);
        uint256 d = m.decay(h, dt, tau);
        assertLe(d, h, "never grows");
        assertLe(m.decay(h, dt + extra, tau), d, "longer decays more");
        assertGe(m.decay(h + more, dt, tau), d, "more heat stays more");
    }

    /// @dev The marginal yield never increases with heat: yield(h, v) >= yield(h', v) for h <= h'.
    function testFuzz_yieldOf_nonIncreasingInHeat(uint256 h, uint256 dh, uint256 v, uint256 w) public view {
        w = bound(w, 1, 1 << 196);
        h = bound(h, 0, 1 << 240);
        dh = bound(dh, 0, 1 << 240);
        v = bound(v, 0, 1 << 200);
        assertGe(m.yieldOf(h, v, w), m.yieldOf(h + dh, v, w), "concave cumulative yield");
        assertLe(m.yieldOf(h, v, w), v * 1e12, "never above the cold rate");
    }

    /// @dev Additivity: yield over [h, h + a + b] equals yield over [h, h + a] plus [h + a, h + a + b].
    function testFuzz_yieldOf_additive(uint256 h, uint256 a, uint256 b, uint256 w) public view {
        w = bound(w, 1, 1 << 196);
        h = bound(h, 0, 1 << 240);
        a = bound(a, 0, 1 << 240);
        b = bound(b, 0, 1 << 240);
        assertEq(m.yieldOf(h, a + b, w), m.yieldOf(h, a, w) + m.yieldOf(h + a, b, w), "exactly additive");
    }

    /// @dev No overflow at the largest step width and any heat.
    function testFuzz_cumulative_noOverflow(uint256 h, uint256 w) public view {
        w = bound(w, 1, 1 << 196);
        m.cumulative(h, w);
    }
}
