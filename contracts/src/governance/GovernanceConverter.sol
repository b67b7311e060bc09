// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ICapabilityLadder} from "../interfaces/ICapabilityLadder.sol";
import {IGovernanceConverter} from "../interfaces/IGovernanceConverter.sol";
import {IGuildToken} from "../interfaces/IGuildToken.sol";
import {HeatMath} from "./HeatMath.sol";

/// @title GovernanceConverter
/// @notice See {IGovernanceConverter}. Deployed once as an implementation and cloned
/// (EIP-1167) per guild; the only minter of the guild token.
contract GovernanceConverter is IGovernanceConverter, Initializable, ReentrancyGuardTransient {
    /// @notice Fixed-point scale of tier weights and of g.
    uint256 public constant WEIGHT_SCALE = 1e6;
    /// @notice Largest g (4.0): weight(32) = 4^31 * 1e6 < 2^69.
    uint256 public constant MAX_TIER_GROWTH = 4e6;
    /// @notice Largest heatScale: keeps HeatMath.cumulative below 2^256 (step width <= 2^196).
    uint256 public constant MAX_HEAT_SCALE = 1 << 200;
    /// @notice Largest half-life (about 136 years).
    uint64 public constant MAX_HALF_LIFE = type(uint32).max;
    /// @notice Governance units minted per value unit at zero heat.
    uint256 public constant SLOPE_ONE = HeatMath.SLOPE_ONE;

    /// @inheritdoc IGovernanceConverter
    address public ladder;
    /// @inheritdoc IGovernanceConverter
    address public guildToken;
    /// @inheritdoc IGovernanceConverter
    address public governance;
    /// @inheritdoc IGovernanceConverter
    uint256 public tierGrowth;
    /// @inheritdoc IGovernanceConverter
    uint256 public heatScale;
    /// @inheritdoc IGovernanceConverter
    uint64 public halfLife;

    mapping(address account => Heat) private _heat;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IGovernanceConverter
    function initialize(
        address ladder_,
        address guildToken_,
        address governance_,
        uint256 tierGrowth_,
        uint256 heatScale_,
        uint64 halfLife_
    ) external initializer {
        if (ladder_ == address(0) || guildToken_ == address(0) || governance_ == address(0)) {
            revert Converter_ZeroAddress();
        }
        _setParams(tierGrowth_, heatScale_, halfLife_);
        ladder = ladder_;
        guildToken = guildToken_;
        governance = governance_;
    }

    /// @inheritdoc IGovernanceConverter
    function convert(uint8 tier, uint256 amount, uint256 minMinted) external nonReentrant returns (uint256) {
        return _convert(tier, amount, minMinted);
    }

    /// @inheritdoc IGovernanceConverter
    function convertWithPermit(
        uint8 tier,
        uint256 amount,
        uint256 minMinted,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256) {
        address lat = _latOf(tier);
        // A front-runner may have used the signature already; the allowance then exists and
        // burnFrom succeeds, otherwise burnFrom reverts with the token's allowance error.
        try IERC20Permit(lat).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        return _convert(tier, amount, minMinted);
    }

    /// @inheritdoc IGovernanceConverter
    function setConversionParams(uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) external {
        if (msg.sender != governance) revert Converter_NotGovernance(msg.sender);
        _setParams(tierGrowth_, heatScale_, halfLife_);
    }

    /// @inheritdoc IGovernanceConverter
    function tierWeight(uint8 tier) external view returns (uint256) {
        _latOf(tier);
        return _tierWeight(tier);
    }

    /// @inheritdoc IGovernanceConverter
    function heatOf(address account) external view returns (uint256) {
        return _decayedHeat(account);
    }

    /// @inheritdoc IGovernanceConverter
    function previewConvert(address account, uint8 tier, uint256 amount)
        external
        view
        returns (uint256 value, uint256 minted)
    {
        _latOf(tier);
        value = amount * _tierWeight(tier);
        minted = HeatMath.yieldOf(_decayedHeat(account), value, heatScale / HeatMath.STEPS_PER_HALVING);
    }

    /// @inheritdoc IGovernanceConverter
    function heatRecord(address account) external view returns (Heat memory) {
        return _heat[account];
    }

    function _convert(uint8 tier, uint256 amount, uint256 minMinted) internal returns (uint256 minted) {
        if (amount == 0) revert Converter_ZeroAmount();
        address lat = _latOf(tier);
        uint256 value = amount * _tierWeight(tier);
        uint256 h = _decayedHeat(msg.sender);
        minted = HeatMath.yieldOf(h, value, heatScale / HeatMath.STEPS_PER_HALVING);
        if (minted < minMinted) revert Converter_InsufficientOutput(minted, minMinted);
        _heat[msg.sender] = Heat({heat: h + value, updatedAt: uint64(block.timestamp)});
        emit Converted(msg.sender, tier, amount, value, h, minted);

        ERC20Burnable(lat).burnFrom(msg.sender, amount);
        if (minted != 0) IGuildToken(guildToken).mint(msg.sender, minted);
    }

    function _latOf(uint8 tier) internal view returns (address) {
        if (tier == 0 || tier > ICapabilityLadder(ladder).rankMax()) revert Converter_InvalidTier(tier);
        return ICapabilityLadder(ladder).latOf(tier);
    }

    /// @dev weight(1) = 1e6, weight(t + 1) = floor(weight(t) * g / 1e6); at most 31 steps.
    function _tierWeight(uint8 tier) internal view returns (uint256 w) {
        uint256 g = tierGrowth;
        w = WEIGHT_SCALE;
        for (uint256 i = 1; i < tier; ++i) {
            w = w * g / WEIGHT_SCALE;
        }
    }

    function _decayedHeat(address account) internal view returns (uint256) {
        Heat memory rec = _heat[account];
        return HeatMath.decay(rec.heat, block.timestamp - rec.updatedAt, halfLife);
    }

    function _setParams(uint256 tierGrowth_, uint256 heatScale_, uint64 halfLife_) internal {
        if (tierGrowth_ < WEIGHT_SCALE || tierGrowth_ > MAX_TIER_GROWTH) {
            revert Converter_InvalidTierGrowth(tierGrowth_);
        }
        if (heatScale_ == 0 || heatScale_ % HeatMath.STEPS_PER_HALVING != 0 || heatScale_ > MAX_HEAT_SCALE) {
            revert Converter_InvalidHeatScale(heatScale_);
        }
        if (halfLife_ == 0 || halfLife_ > MAX_HALF_LIFE) revert Converter_InvalidHalfLife(halfLife_);
        tierGrowth = tierGrowth_;
        heatScale = heatScale_;
        halfLife = halfLife_;
        emit ConversionParamsSet(tierGrowth_, heatScale_, halfLife_);
    }
}
