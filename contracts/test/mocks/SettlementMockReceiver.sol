// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ISettlementReceiver} from "../../src/interfaces/ISettlementReceiver.sol";
import {ISettlement} from "../../src/interfaces/ISettlement.sol";

/// @notice A configurable settlement receiver for tests: accepts, reverts, burns all gas, bombs the
/// caller with return data, or re-enters Settlement.
contract SettlementMockReceiver is ISettlementReceiver {
    enum Mode {
        Accept,
        Revert,
        BurnGas,
        ReturnBomb,
        Reenter
    }

    Mode public mode;
    ISettlement public settlement;
    uint256 public reenterClaimId;
    bool public reentryBlocked;
    mapping(uint256 subjectId => uint256) public deliveries;
    bytes public lastOutcome;
    uint256 public lastSubject;

    error Receiver_NotWelcome();

    function setMode(Mode mode_) external {
        mode = mode_;
    }

    function setReentry(ISettlement settlement_, uint256 claimId) external {
        settlement = settlement_;
        reenterClaimId = claimId;
    }

    function onClaimFinalized(uint256 subjectId, bytes calldata outcome) external {
        Mode m = mode;
        if (m == Mode.Revert) revert Receiver_NotWelcome();
        if (m == Mode.BurnGas) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
        if (m == Mode.ReturnBomb) {
            assembly {
                revert(0, 1000000)
            }
        }
        if (m == Mode.Reenter) {
            // Try to retry/finalize from inside the callback; the reentrancy guard must stop both.
            bool retryOk;
            bool finalizeOk;
            try settlement.retryCallback(reenterClaimId) {
                retryOk = true;
            } catch {}
            try settlement.finalize(reenterClaimId) {
                finalizeOk = true;
            } catch {}
            reentryBlocked = !retryOk && !finalizeOk;
        }
        deliveries[subjectId] += 1;
        lastOutcome = outcome;
        lastSubject = subjectId;
    }
}
