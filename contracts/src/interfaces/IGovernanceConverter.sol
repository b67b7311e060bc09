// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IGovernanceConverter
/// @notice Burns a guild's LAT into governance weight (the guild token), geometrically more per
/// tier and throttled by a per-account heat that decays with a half-life, so that fast
/// accumulation of votes costs exponentially more LAT than slow accumulation.
///
/// Exact definitions (all integer, rounding written out; docs/economics.md mirrors them):
///   weight(1) = WEIGHT_SCALE = 1e6, weight(t + 1) = floor(weight(t) * g / 1e6)   (g = tierGrowth)
///   value     = amount * weight(t)                      (exact, additive in amount)
///   h         = decay(heat, now - updatedAt, halfLife)  (see HeatMath.decay)
///   minted    = cumulative(h + value) - cumulative(h)   (see HeatMath.cumulative, step w = heatScale / 16)
///   heat'     = h + value, updatedAt' = now
/// At zero heat one value unit mints SLOPE_ONE = 1e12 governance units, so one tier-1 LAT
/// (1e18 units) mints 1e36 units = one governance token (36 decimals); each further
/// `heatScale` of heat halves the marginal yield (in 16 steps), and heat halves every
/// `halfLife` seconds. Converting the same amounts at the same instant in one or many calls
/// mints exactly the same total; spreading the same conversions further apart in time never
/// mints less.
///
/// Governance: the guild's timelock (`governance`) alone sets g, heatScale and halfLife.
interface IGovernanceConverter {
    /// @notice An account's heat at its last conversion.
    /// @param heat Heat in value units right after the last conversion.
    /// @param updatedAt Timestamp of the last conversion.
    struct Heat {
        uint256 heat;
        uint64 updatedAt;
    }

    /// @notice Emitted when `account` burned `amount` LAT of `tier` (worth `value`) at decayed heat `heat` and received `minted`.
    event Converted(
        address indexed account, uint8 indexed tier, uint256 amount, uint256 value, uint256 heat, uint256 minted
    );
    /// @notice Emitted when governance set the conversion parameters.
    event ConversionParamsSet(uint256 tierGrowth, uint256 heatScale, uint64 halfLife);

    /// @notice Thrown when a required address is zero.
    error Converter_ZeroAddress();
    /// @notice Thrown when tierGrowth is outside [WEIGHT_SCALE, MAX_TIER_GROWTH].
    error Converter_InvalidTierGrowth(uint256 tierGrowth);
    /// @notice Thrown when heatScale is zero, not a multiple of 16, or above MAX_HEAT_SCALE.
    error Converter_InvalidHeatScale(uint256 heatScale);
    /// @notice Thrown when halfLife is zero or above MAX_HALF_LIFE.
    error Converter_InvalidHalfLife(uint64 halfLife);
    /// @notice Thrown when converting zero LAT.
    error Converter_ZeroAmount();
    /// @notice Thrown when the tier is outside 1..rankMax of the ladder.
    error Converter_InvalidTier(uint8 tier);
    /// @notice Thrown when a conversion would mint less than the caller's minimum.
    error Converter_InsufficientOutput(uint256 minted, uint256 minMinted);
    /// @notice Thrown when a caller other than governance sets parameters.
    error Converter_NotGovernance(address caller);

    /// @notice Initializes a freshly cloned converter. Callable once.
    /// @param ladder_ The guild's ladder (source of LAT addresses per tier).
    /// @param guildToken_ The governance token; this converter must be its minter.
    /// @param governance_ The guild's timelock, the only account that sets parameters.
    /// @param tierGrowth_ g, 1e6 fixed point, in [1e6, MAX_TIER_GROWTH].
    /// @param heatScale_ Heat (value units) per halving of the marginal yield; multiple of 16 in [16, MAX_HEAT_SCALE].
    /// @param halfLife_ Seconds for heat to halve, in [1, MAX_HALF_LIFE].
    function initialize(
        address ladder_,
        address guildToken_,
        address governance_,
        uint256 tierGrowth_,
        uint256 heatScale_,
        uint64 halfLife_
    ) external;

    /// @notice Burns `amount` LAT of `tier` from the caller (needs an allowance to this
    /// converter) and mints governance tokens to the caller.
    /// @param minMinted Reverts with {Converter_InsufficientOutput} if fewer would be minted.
    /// @return minted Governance units minted.
    function convert(uint8 tier, uint256 amount, uint256 minMinted) external returns (uint256 minted);

    /// @notice {convert} after an ERC-2612 permit of `amount` from the caller to this converter.
    /// @dev A permit that fails (e.g. already used by a front-runner) is ignored; the burn then
    /// needs an existing allowance.
    function convertWithPermit(
        uint8 tier,
        uint256 amount,
        uint256 minMinted,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 minted);

    /// @notice Sets g, heatScale and halfLife. Governance only. Stored heat keeps its value
    /// units; the new half-life applies to the whole time since each account's last conversion.
    function setConversionParams(uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) external;

    /// @notice weight(tier) in 1e6 fixed point: value units per LAT unit of `tier`.
    function tierWeight(uint8 tier) external view returns (uint256);

    /// @notice Heat of `account` decayed to now.
    function heatOf(address account) external view returns (uint256);

    /// @notice Value and governance units `account` would get for converting `amount` of `tier` now.
    function previewConvert(address account, uint8 tier, uint256 amount)
        external
        view
        returns (uint256 value, uint256 minted);

    /// @notice Stored heat record of `account`.
    function heatRecord(address account) external view returns (Heat memory);

    /// @notice The guild's ladder.
    function ladder() external view returns (address);

    /// @notice The governance token minted by this converter.
    function guildToken() external view returns (address);

    /// @notice The account allowed to set parameters (the guild's timelock).
    function governance() external view returns (address);

    /// @notice g, 1e6 fixed point.
    function tierGrowth() external view returns (uint256);

    /// @notice Heat per halving of the marginal yield, in value units.
    function heatScale() external view returns (uint256);

    /// @notice Heat half-life in seconds.
    function halfLife() external view returns (uint64);
}
