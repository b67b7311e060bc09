// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IPowEpochs} from "../../interfaces/IPowEpochs.sol";
import {IProofVerifier} from "../../interfaces/IProofVerifier.sol";
import {IGroth16Verifier} from "./IGroth16Verifier.sol";

/// @title IPowEpochAdapter
/// @notice The PowEpoch verifier of a guild's Settlement: checks a sampled nonce proof against
/// the epoch the subject (a ladder competition id) published on {IPowEpochs}, then against the
/// nonce circuit's Groth16 verifier. `publicInputs` is `[subjectId, seedElement, miner, nonce,
/// distance, threshold]` (Settlement prepends the subject to the leaf's inputs, which are the
/// circuit's public inputs in order). Unlike {IGroth16ProofAdapter} it binds the statement to
/// on-chain context: the seed element and threshold must be the epoch's (so a proof for another
/// seed or a looser threshold is rejected even though it is a valid Groth16 proof), the nonce
/// must carry the epoch's bits, the miner must be a revealed entrant, and the epoch's spec word
/// must be the one this adapter's verifier was set up for.
interface IPowEpochAdapter is IProofVerifier {
    /// @notice `publicInputs` is not `[subjectId]` followed by the five statement inputs.
    error PowEpochAdapter_WrongInputCount(uint256 got);
    /// @notice The epoch's model spec is not the one this adapter's circuit proves.
    error PowEpochAdapter_WrongSpec(uint64 got, uint64 want);
    /// @notice A constructor argument is zero or the verifier does not take five public inputs.
    error PowEpochAdapter_BadSetup();

    /// @notice The epoch publisher statements are checked against.
    function epochs() external view returns (IPowEpochs);

    /// @notice The Groth16 verifier of the nonce circuit for {specWord}.
    function verifier() external view returns (IGroth16Verifier);

    /// @notice The model spec word the verifier's circuit was compiled for.
    function specWord() external view returns (uint64);
}
