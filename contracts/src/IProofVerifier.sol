// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title IProofVerifier
/// @notice A generic verifier of one proof system: the verifying key is an
/// argument, not a constant, so one deployed contract judges the proofs of
/// every circuit and a buyer can check what will judge its proof by
/// comparing a hash, with no compiler. The escrow reads the key of a job
/// from the data contract the registry wrote it to.
interface IProofVerifier {
    /// @notice True if and only if `proof` verifies under the verifying key
    /// `vk` (zkinfer's encoding for this proof system) for `publicInputs`:
    /// [modelCommitment, inputCommitment, outputCommitment, jobTag,
    /// publicOutputs...] for one job, [modelCommitment, challenge,
    /// digests..., publicOutputs...] for a batch (Escrow.fulfillBatch).
    /// Never reverts for a bad key, proof or input; returns false.
    function verify(bytes calldata vk, bytes calldata proof, uint256[] calldata publicInputs)
        external
        view
        returns (bool);

    /// @notice The proof system this contract checks, as
    /// ModelRegistry.ProofSystem numbers them (0 Groth16, 1 PLONK).
    function proofSystem() external pure returns (uint8);
}
