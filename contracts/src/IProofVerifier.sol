// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IProofVerifier
/// @notice The entry point zkinfer's escrow calls on a model's verifier.
/// Every gnark-exported verifier zkinfer deploys carries this function.
interface IProofVerifier {
    /// @notice True if and only if `proof` verifies for `publicInputs`:
    /// [modelCommitment, inputCommitment, outputCommitment, publicOutputs...].
    /// Never reverts for a bad proof; returns false.
    function verify(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool);
}
