// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title IGuildToken
/// @notice A guild's governance token: ERC-20 with ERC-2612 permit and ERC20Votes
/// (checkpointed, delegated voting weight on a block-number clock). Minted only by the guild's
/// {IGovernanceConverter}, which burns LAT into it; holders must delegate (possibly to
/// themselves) for their balance to count as votes.
/// @dev 36 decimals: at tier 1 and zero heat, one LAT (1e18 units) converts into 1e36 units,
/// i.e. one whole governance token (see docs/economics.md). Total supply is capped by
/// ERC20Votes at 2^208 - 1 units.
interface IGuildToken {
    /// @notice Thrown when an account other than the minter mints.
    error GuildToken_NotMinter(address caller);
    /// @notice Thrown when the minter given to {initialize} is the zero address.
    error GuildToken_ZeroAddress();
    /// @notice Thrown when a name or symbol is empty.
    error GuildToken_EmptyMetadata();

    /// @notice Initializes a freshly cloned token. Callable once.
    /// @param name_ ERC-20 name, also the EIP-712 domain name for permits.
    /// @param symbol_ ERC-20 symbol.
    /// @param minter_ The only account allowed to mint (the guild's converter).
    function initialize(string calldata name_, string calldata symbol_, address minter_) external;

    /// @notice Mints `amount` units to `to`. Only the minter.
    function mint(address to, uint256 amount) external;

    /// @notice The only account allowed to mint.
    function minter() external view returns (address);
}
