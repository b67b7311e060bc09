// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlementReceiver} from "../../src/interfaces/ISettlementReceiver.sol";

/// @title SettlementNullReceiver
/// @notice A receiver that stores nothing: it only emits {Delivered}, so that gas measurements show
/// Settlement's own cost of delivering an outcome apart from any receiver's logic.
contract SettlementNullReceiver is ISettlementReceiver {
    /// @notice Emitted for every outcome received.
    event Delivered(uint256 subjectId);

    /// @inheritdoc ISettlementReceiver
    function onClaimFinalized(uint256 subjectId, bytes calldata) external {
        emit Delivered(subjectId);
    }
}
