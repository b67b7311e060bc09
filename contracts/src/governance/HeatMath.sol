// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title HeatMath
/// @notice Integer math of the governance converter's throttle: the decay of an account's heat
/// (half-life `tau`) and the yield curve integrated over a heat increase. Every operation is
/// exact integer arithmetic with the rounding written out, so the Go side (acip) can mirror it
/// bit for bit; docs/economics.md gives the same definitions.
/// @dev Yield curve. Heat `x` is measured in value units. The yield per value unit (the slope)
/// is a step function of heat with 16 steps per halving: with `w = heatScale / 16` and
/// `j = x / w`, `q = j / 16`, `k = j % 16`,
///     slope(x) = MANTISSA[k] << (MAX_HALVINGS - q)   for q <= MAX_HALVINGS, else 0,
/// where `MANTISSA[k] = floor(5^12 * 2^(-k/16))`. So `slope(0) = SLOPE_ONE = 5^12 * 2^12 = 1e12`
/// and slope(x) tracks `SLOPE_ONE * 2^(-x/heatScale)` from above within a factor 2^(1/16)
/// (+4.5%) until heat `13 * heatScale`, after which it is 0 (the exact curve is below 2^-13 there).
/// The cumulative yield `cumulative(h) = sum_{x < h} slope(x)` is computed in closed form;
/// minting `cumulative(h + v) - cumulative(h)` for a conversion of value `v` at heat `h`
/// is then exactly additive (two conversions at the same instant mint exactly what one
/// conversion of the sum mints) and exactly non-increasing in `h` (slopes are non-increasing
/// integers), with no rounding anywhere.
///
/// Decay. `decay(h, dt, tau) = floor(floor(h * E(f) / 2^128) / 2^n)` with `n = dt / tau`,
/// `f = floor((dt % tau) * 2^64 / tau)` and `E(f)` approximating `2^(-f/2^64) * 2^128`
/// (see {exp2NegFrac}). It is non-decreasing in `h` and non-increasing in `dt`, exactly.
library HeatMath {
    /// @notice Steps of the yield curve per halving of the slope.
    uint256 internal constant STEPS_PER_HALVING = 16;
    /// @notice Halvings after which the slope is zero (slope is 0 from heat 13 * heatScale on).
    uint256 internal constant MAX_HALVINGS = 12;
    /// @notice Slope at zero heat: governance units minted per value unit of a cold account.
    uint256 internal constant SLOPE_ONE = 1e12;
    /// @notice Sum of the 16 mantissas.
    uint256 internal constant MANTISSA_SUM = 2_879_239_579;
    /// @notice Number of steps after which the slope is zero: 16 * (MAX_HALVINGS + 1).
    uint256 internal constant LAST_STEP = 208;

    /// @dev floor(5^12 * 2^(-k/16)) for k = 0..15, 32 bits each, k = 0 in the lowest bits.
    uint256 private constant MANTISSAS_LO = 0x0abecd950b38976d0bb7c5a20c3c95500cc7464a0d581b340def59a70e8d4a51;
    uint256 private constant MANTISSAS_HI = 0x07991c8a07ef3a9b084928bc08a71224090923f3096f8d4909da7f5d0a4a2d93;
    /// @dev Prefix sums of the mantissas, sum_{i<k} MANTISSA[i] for k = 0..15, same packing.
    uint256 private constant PREFIX_LO = 0x59c8f7d54e90606842d89ac6369c057629d4bf2c1c7ca3f80e8d4a5100000000;
    uint256 private constant PREFIX_HI = 0xa40499119c155e7693cc35ba8b252396821bffa378ac725a6ed1f2fd6487c56a;

    uint256 private constant ONE_128 = 1 << 128;
    /// @dev floor(ln(2) * 2^128).
    uint256 private constant LN2_128 = 235_865_763_225_513_294_137_944_142_764_154_484_399;
    /// @dev Terms of the Taylor series of exp(-y), y in [0, ln 2): truncation error < 2^-75.
    uint256 private constant EXP_TERMS = 20;

    /// @notice MANTISSA[k], k < 16.
    function mantissa(uint256 k) internal pure returns (uint256) {
        uint256 word = k < 8 ? MANTISSAS_LO : MANTISSAS_HI;
        return (word >> ((k & 7) * 32)) & 0xffffffff;
    }

    /// @notice sum_{i<k} MANTISSA[i], k < 16.
    function prefix(uint256 k) internal pure returns (uint256) {
        uint256 word = k < 8 ? PREFIX_LO : PREFIX_HI;
        return (word >> ((k & 7) * 32)) & 0xffffffff;
    }

    /// @notice Cumulative yield `sum_{x < h} slope(x)` for step width `w = heatScale / 16` (w > 0).
    /// @dev With `j = h / w`, `r = h % w`, `q = j / 16`, `k = j % 16` (j < 208):
    ///   `w * (S << 13 - S << (13 - q) + prefix(k) << (12 - q)) + r * (mantissa(k) << (12 - q))`,
    /// S = MANTISSA_SUM; for j >= 208: `w * S * (2^13 - 1)`. No overflow for w <= 2^196
    /// (the bound {IGovernanceConverter-MAX_HEAT_SCALE} enforces): S * 2^13 < 2^45.
    function cumulative(uint256 h, uint256 w) internal pure returns (uint256) {
        uint256 j = h / w;
        if (j >= LAST_STEP) return w * MANTISSA_SUM * ((1 << (MAX_HALVINGS + 1)) - 1);
        uint256 q = j / STEPS_PER_HALVING;
        uint256 k = j % STEPS_PER_HALVING;
        uint256 shift = MAX_HALVINGS - q;
        // Full halvings: sum_{q' < q} S << (12 - q') = S << 13 - S << (13 - q).
        uint256 steps = (MANTISSA_SUM << (MAX_HALVINGS + 1)) - (MANTISSA_SUM << (shift + 1)) + (prefix(k) << shift);
        return w * steps + (h - j * w) * (mantissa(k) << shift);
    }

    /// @notice Governance units minted for value `v` added at heat `h`: cumulative(h+v) - cumulative(h).
    function yieldOf(uint256 h, uint256 v, uint256 w) internal pure returns (uint256) {
        return cumulative(h + v, w) - cumulative(h, w);
    }

    /// @notice Heat `h` after `elapsed` seconds of decay with half-life `halfLife` (> 0).
    function decay(uint256 h, uint256 elapsed, uint256 halfLife) internal pure returns (uint256) {
        if (h == 0 || elapsed == 0) return h;
        uint256 n = elapsed / halfLife;
        if (n > 255) return 0;
        uint256 f = ((elapsed % halfLife) << 64) / halfLife;
        return Math.mulDiv(h, exp2NegFrac(f), ONE_128) >> n;
    }

    /// @notice `2^(-f / 2^64)` in 128-bit fixed point for `f < 2^64`.
    /// @dev `y = floor(f * LN2_128 / 2^64)`; then Horner from i = 20 down to 1:
    /// `r = 2^128 - floor(floor(y * r / 2^128) / i)`, starting from r = 2^128. Each step stays
    /// in (0, 2^128] and `y * r < 2^256`. Absolute error below 2^52 (truncation dominated);
    /// the exact value drops by more than 2^62 per unit of f, so the result is strictly
    /// decreasing in f, and E(2^64 - 1) > 2^127 = E(0) / 2 keeps `decay` monotone across
    /// whole half-lives.
    function exp2NegFrac(uint256 f) internal pure returns (uint256 r) {
        uint256 y = (f * LN2_128) >> 64;
        r = ONE_128;
        for (uint256 i = EXP_TERMS; i > 0; --i) {
            r = ONE_128 - ((y * r) >> 128) / i;
        }
    }
}
