// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {
    ERC20BurnableUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20BurnableUpgradeable.sol";
import {
    ERC20PermitUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";

import {ILiquidAccessToken} from "./interfaces/ILiquidAccessToken.sol";

/// @title LiquidAccessToken
/// @notice See {ILiquidAccessToken}. Deployed once as an implementation and cloned
/// (EIP-1167) per (guild, tier); the upgradeable OpenZeppelin bases keep the ERC-20
/// name and the EIP-712 domain in storage, so each clone signs permits under its own name.
contract LiquidAccessToken is ILiquidAccessToken, ERC20PermitUpgradeable, ERC20BurnableUpgradeable {
    /// @notice Highest tier a token can carry.
    uint8 public constant MAX_TIER = 32;

    /// @inheritdoc ILiquidAccessToken
    address public guild;
    /// @inheritdoc ILiquidAccessToken
    address public minter;
    /// @inheritdoc ILiquidAccessToken
    uint8 public tier;
    /// @inheritdoc ILiquidAccessToken
    uint256 public redemptions;

    mapping(bytes32 grantId => Grant) private _grants;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc ILiquidAccessToken
    function initialize(string calldata name_, string calldata symbol_, address guild_, uint8 tier_, address minter_)
        external
        initializer
    {
        if (guild_ == address(0) || minter_ == address(0)) revert LAT_ZeroAddress();
        if (tier_ == 0 || tier_ > MAX_TIER) revert LAT_InvalidTier(tier_);
        if (bytes(name_).length == 0 || bytes(symbol_).length == 0) revert LAT_EmptyMetadata();
        __ERC20_init(name_, symbol_);
        __ERC20Permit_init(name_);
        __ERC20Burnable_init();
        guild = guild_;
        tier = tier_;
        minter = minter_;
    }

    /// @inheritdoc ILiquidAccessToken
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert LAT_NotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @inheritdoc ILiquidAccessToken
    function redeem(bytes32 assetId) external returns (bytes32 grantId) {
        if (assetId == bytes32(0)) revert LAT_ZeroAssetId();
        // Reverts with ERC20InsufficientBalance when the caller holds less than one token.
        _burn(msg.sender, 10 ** decimals());
        uint256 nonce = redemptions++;
        // Unique: the nonce never repeats for this token, and the token address and chain id
        // separate tokens and chains. Unpredictable before inclusion: the previous block hash
        // and prevrandao are unknown when the transaction is signed, so nobody can squat on
        // or precompute a grant id for a pending redemption.
        grantId = keccak256(
            abi.encode(
                block.chainid, address(this), msg.sender, assetId, nonce, blockhash(block.number - 1), block.prevrandao
            )
        );
        uint8 t = tier;
        _grants[grantId] = Grant({holder: msg.sender, assetId: assetId, tier: t, blockNumber: uint64(block.number)});
        emit AccessGranted(assetId, msg.sender, t, grantId);
    }

    /// @inheritdoc ILiquidAccessToken
    function grant(bytes32 grantId) external view returns (Grant memory g) {
        g = _grants[grantId];
        if (g.holder == address(0)) revert LAT_UnknownGrant(grantId);
    }
}
