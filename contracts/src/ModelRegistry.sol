// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title ModelRegistry
/// @notice Providers register the models they serve: the model commitment,
/// the verifier contract of its circuit and the proof system it checks, the
/// price of one job and a metadata URI. An entry never changes, so a job created against it is
/// always checked against the verifier it was created with; a provider may
/// only retire it, which stops new jobs.
contract ModelRegistry {
    /// The proof system a model's verifier checks, so that buyers know which
    /// proofs to expect and which verifying key to check them with off chain.
    enum ProofSystem {
        Groth16,
        Plonk
    }

    struct Model {
        address provider;
        IProofVerifier verifier;
        ProofSystem proofSystem;
        uint256 commitment;
        uint256 price;
        uint32 publicOutputs;
        bool active;
        string uri;
    }

    Model[] private _models;

    event ModelRegistered(
        uint256 indexed modelId,
        address indexed provider,
        uint256 commitment,
        address verifier,
        ProofSystem proofSystem,
        uint256 price,
        uint32 publicOutputs,
        string uri
    );
    event ModelRetired(uint256 indexed modelId);

    error VerifierNotAContract(address verifier);
    error UnknownModel(uint256 modelId);
    error NotModelProvider(uint256 modelId, address caller);
    error CommitmentNotInField(uint256 commitment);

    /// BN254 scalar field modulus: public inputs must be reduced.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice Registers a model served by the caller, proven with
    /// `proofSystem` and checked by `verifier`. `publicOutputs` is the number
    /// of output values the proof makes public (0 for a committed output).
    function register(
        uint256 commitment,
        IProofVerifier verifier,
        ProofSystem proofSystem,
        uint256 price,
        uint32 publicOutputs,
        string calldata uri
    ) external returns (uint256 modelId) {
        if (address(verifier).code.length == 0) revert VerifierNotAContract(address(verifier));
        if (commitment >= R) revert CommitmentNotInField(commitment);
        modelId = _models.length + 1;
        _models.push(Model(msg.sender, verifier, proofSystem, commitment, price, publicOutputs, true, uri));
        emit ModelRegistered(modelId, msg.sender, commitment, address(verifier), proofSystem, price, publicOutputs, uri);
    }

    /// @notice Stops new jobs for a model; open jobs are unaffected.
    function retire(uint256 modelId) external {
        Model storage m = _model(modelId);
        if (msg.sender != m.provider) revert NotModelProvider(modelId, msg.sender);
        m.active = false;
        emit ModelRetired(modelId);
    }

    /// @notice The registered model `modelId` (ids start at 1).
    function model(uint256 modelId) external view returns (Model memory) {
        return _model(modelId);
    }

    /// @notice The number of registered models.
    function count() external view returns (uint256) {
        return _models.length;
    }

    function _model(uint256 modelId) internal view returns (Model storage) {
        if (modelId == 0 || modelId > _models.length) revert UnknownModel(modelId);
        return _models[modelId - 1];
    }
}
