// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title ILiquidAccessToken
/// @notice A Liquid Access Token (LAT): one ERC-20 (with ERC-2612 permit) per (guild, tier).
/// Tokens are minted only by the guild's capability ladder and circulate freely.
/// Redeeming burns exactly one whole token and emits {AccessGranted}: key holders
/// release a data key only against that event (and the recorded grant).
interface ILiquidAccessToken {
    /// @notice A redemption recorded on chain.
    /// @param holder The account that burned the token and may receive the data key.
    /// @param assetId The asset access was bought for.
    /// @param tier The token's tier at redemption.
    /// @param blockNumber The block in which the token was redeemed.
    struct Grant {
        address holder;
        bytes32 assetId;
        uint8 tier;
        uint64 blockNumber;
    }

    /// @notice Emitted when `holder` burns one token for `assetId`.
    /// @param grantId Unique id of this grant; key holders bind released shares to it.
    event AccessGranted(bytes32 indexed assetId, address indexed holder, uint8 tier, bytes32 indexed grantId);

    /// @notice Thrown when an account other than the minter mints.
    error LAT_NotMinter(address caller);
    /// @notice Thrown when an initialization argument is the zero address.
    error LAT_ZeroAddress();
    /// @notice Thrown when the tier is outside 1..MAX_TIER.
    error LAT_InvalidTier(uint8 tier);
    /// @notice Thrown when a name or symbol is empty.
    error LAT_EmptyMetadata();
    /// @notice Thrown when redeeming for the zero asset id.
    error LAT_ZeroAssetId();
    /// @notice Thrown when looking up a grant id that was never issued.
    error LAT_UnknownGrant(bytes32 grantId);

    /// @notice Initializes a freshly cloned token. Callable once.
    /// @param name_ ERC-20 name (also the EIP-712 domain name for permits).
    /// @param symbol_ ERC-20 symbol.
    /// @param guild_ The guild this token belongs to (its treasury or governance).
    /// @param tier_ The quality tier, 1..MAX_TIER.
    /// @param minter_ The only account allowed to mint (the guild's ladder).
    function initialize(string calldata name_, string calldata symbol_, address guild_, uint8 tier_, address minter_)
        external;

    /// @notice Mints `amount` tokens to `to`. Only the minter.
    function mint(address to, uint256 amount) external;

    /// @notice Burns exactly one whole token (10**decimals units) of the caller and records a grant.
    /// @param assetId The asset the caller buys access to; must be non-zero.
    /// @return grantId The id of the new grant, also emitted in {AccessGranted}.
    function redeem(bytes32 assetId) external returns (bytes32 grantId);

    /// @notice The grant recorded under `grantId`; reverts with {LAT_UnknownGrant} if none.
    function grant(bytes32 grantId) external view returns (Grant memory);

    /// @notice The guild this token belongs to.
    function guild() external view returns (address);

    /// @notice The token's tier.
    function tier() external view returns (uint8);

    /// @notice The only account allowed to mint.
    function minter() external view returns (address);

    /// @notice Number of redemptions so far; also the nonce mixed into the next grant id.
    function redemptions() external view returns (uint256);
}
