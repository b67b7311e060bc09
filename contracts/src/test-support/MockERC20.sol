// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title MockERC20
/// @notice A payment token for tests, the demo and development chains: a plain ERC-20 with
/// ERC-2612 permit whose {mint} is open to anyone (a faucet). Never deploy it where tokens
/// should have value.
contract MockERC20 is ERC20, ERC20Permit {
    uint8 private immutable _decimals;

    /// @param name_ Token name (also the permit domain name).
    /// @param symbol_ Token symbol.
    /// @param decimals_ Token decimals.
    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) ERC20Permit(name_) {
        _decimals = decimals_;
    }

    /// @notice Mints `amount` to `to`. Anyone may call it.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice The token's decimals, fixed at deployment.
    function decimals() public view override returns (uint8) {
        return _decimals;
    }
}
