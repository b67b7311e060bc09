// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {
    ERC20PermitUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PermitUpgradeable.sol";
import {
    ERC20VotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";

import {IGuildToken} from "../interfaces/IGuildToken.sol";

/// @title GuildToken
/// @notice See {IGuildToken}. Deployed once as an implementation and cloned (EIP-1167) per
/// guild; the upgradeable OpenZeppelin bases keep name and EIP-712 domain in storage.
contract GuildToken is IGuildToken, ERC20PermitUpgradeable, ERC20VotesUpgradeable {
    /// @inheritdoc IGuildToken
    address public minter;

    /// @dev The implementation itself can never be initialized; only clones can.
    constructor() {
        _disableInitializers();
    }

    /// @inheritdoc IGuildToken
    function initialize(string calldata name_, string calldata symbol_, address minter_) external initializer {
        if (minter_ == address(0)) revert GuildToken_ZeroAddress();
        if (bytes(name_).length == 0 || bytes(symbol_).length == 0) revert GuildToken_EmptyMetadata();
        __ERC20_init(name_, symbol_);
        __ERC20Permit_init(name_);
        __ERC20Votes_init();
        minter = minter_;
    }

    /// @inheritdoc IGuildToken
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert GuildToken_NotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @notice 36 decimals: one tier-1 LAT converted at zero heat is one whole token.
    function decimals() public pure override returns (uint8) {
        return 36;
    }

    /// @notice The permit nonce of `owner` (shared by permits and vote delegation signatures).
    function nonces(address owner) public view override(ERC20PermitUpgradeable, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }

    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20VotesUpgradeable)
    {
        super._update(from, to, value);
    }
}
