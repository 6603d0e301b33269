// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title ModelRegistry
/// @notice Providers register the models they serve: the model commitment,
/// the proof system, the verifying key of its circuit, the price of one job
/// and a metadata URI. The registry judges no provider's contract: the
/// verifier of each proof system is fixed when the registry is deployed,
/// and a model's verifying key is data the registry itself writes to a
/// contract of its own (code 0x00 followed by the key, which nothing can
/// call or change), with the key's keccak256 beside it. A buyer checks that
/// hash against the key it pinned, with no compiler. Beside the key the
/// provider records the SHA-256 of the setup transcript the key was sealed
/// from (zero for a single-party setup): the registry cannot check it; it
/// names the ceremony a buyer checks the key against, off chain, before
/// depositing. A provider may add batch keys to its model: verifying keys
/// of circuits that prove several jobs of the model in one proof, each
/// written once like the model's key and never changed. A buyer names at
/// deposit how many of them it accepts (the first ones, in order). A model
/// with an encrypted output (fair exchange) is proven one job at a time,
/// each sealed to its own buyer's key, and takes no batch key. An entry
/// never changes otherwise; a provider may only retire it, which stops new
/// jobs.
contract ModelRegistry {
    /// The proof system a model is proven with.
    enum ProofSystem {
        Groth16,
        Plonk
    }

    struct Model {
        address provider;
        ProofSystem proofSystem;
        bool active;
        /// The proof seals the output to the job's buyer key: its public
        /// inputs after the job tag are the buyer key, then the
        /// publicOutputs values (the ephemeral key and the ciphertext).
        bool encryptedOutput;
        uint32 publicOutputs;
        /// The number of batch keys registered so far.
        uint16 batchKeys;
        /// The contract whose code is 0x00 followed by the verifying key.
        address verifyingKey;
        /// keccak256 of the verifying key (without the leading 0x00).
        bytes32 verifyingKeyHash;
        /// SHA-256 of the zkinfer ceremony transcript file the verifying
        /// key was sealed from; zero for a key of a single-party setup.
        /// The provider's claim: the registry cannot check it, a buyer
        /// does, off chain, before depositing.
        bytes32 setupTranscript;
        uint256 commitment;
        uint256 price;
        string uri;
    }

    /// A verifying key of a circuit that proves `jobs` jobs of one model
    /// in one proof, whose public inputs are [modelCommitment, batchTag,
    /// inputCommitments..., outputCommitments..., publicOutputs...].
    struct BatchKey {
        uint32 jobs;
        /// The contract whose code is 0x00 followed by the verifying key.
        address verifyingKey;
        bytes32 verifyingKeyHash;
    }

    /// The largest batch a key may prove.
    uint32 public constant MAX_BATCH = 64;

    /// Verifiers by proof system, fixed at deployment.
    IProofVerifier public immutable groth16Verifier;
    IProofVerifier public immutable plonkVerifier;

    Model[] private _models;
    mapping(uint256 => BatchKey[]) private _batchKeys;

    event ModelRegistered(
        uint256 indexed modelId,
        address indexed provider,
        uint256 commitment,
        ProofSystem proofSystem,
        bytes32 verifyingKeyHash,
        bytes32 setupTranscript,
        address verifyingKey,
        uint256 price,
        uint32 publicOutputs,
        bool encryptedOutput,
        string uri
    );
    event ModelRetired(uint256 indexed modelId);
    event BatchKeyRegistered(
        uint256 indexed modelId, uint256 index, uint32 jobs, bytes32 verifyingKeyHash, address verifyingKey
    );

    error WrongVerifier(address verifier, uint8 proofSystem);
    error UnknownModel(uint256 modelId);
    error NotModelProvider(uint256 modelId, address caller);
    error CommitmentNotInField(uint256 commitment);
    error KeySize(uint256 size);
    error KeyKind(uint8 kind, uint8 proofSystem);
    error KeyDeployFailed();
    error BatchSize(uint32 jobs);
    error TooManyBatchKeys(uint256 modelId);
    error UnknownBatchKey(uint256 modelId, uint256 index);
    error EncryptedOutputNotBatched(uint256 modelId);

    /// BN254 scalar field modulus: public inputs must be reduced.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// EIP-170's code size limit, less the leading 0x00.
    uint256 internal constant MAX_KEY = 24575;

    constructor(IProofVerifier groth16, IProofVerifier plonk) {
        if (groth16.proofSystem() != uint8(ProofSystem.Groth16)) revert WrongVerifier(address(groth16), 0);
        if (plonk.proofSystem() != uint8(ProofSystem.Plonk)) revert WrongVerifier(address(plonk), 1);
        groth16Verifier = groth16;
        plonkVerifier = plonk;
    }

    /// @notice Registers a model served by the caller, proven with
    /// `proofSystem` under `key` (zkinfer's on-chain encoding of
    /// the circuit's key). `setupTranscript` is the SHA-256 of the zkinfer
    /// ceremony transcript file `key` was sealed from, zero for a key of a
    /// single-party setup: the registry records it unchecked (it cannot
    /// check it); a buyer checks, off chain and before depositing, that
    /// the transcript with this hash produced `key` and is a ceremony it
    /// trusts. `publicOutputs` is the number of output values the proof
    /// makes public (0 for a committed output). With `encryptedOutput` the
    /// proof seals the output to each job's buyer key, and
    /// `publicOutputs` counts the ephemeral key and the ciphertext that
    /// the provider's fulfil carries (the escrow adds the buyer key).
    function register(
        uint256 commitment,
        ProofSystem proofSystem,
        bytes calldata key,
        bytes32 setupTranscript,
        uint256 price,
        uint32 publicOutputs,
        bool encryptedOutput,
        string calldata uri
    ) external returns (uint256 modelId) {
        if (commitment >= R) revert CommitmentNotInField(commitment);
        _checkKey(key, proofSystem);
        address data = _writeKey(key);
        bytes32 keyHash = keccak256(key);
        modelId = _models.length + 1;
        _models.push(
            Model(msg.sender, proofSystem, true, encryptedOutput, publicOutputs, 0, data, keyHash, setupTranscript, commitment, price, uri)
        );
        emit ModelRegistered(
            modelId, msg.sender, commitment, proofSystem, keyHash, setupTranscript, data, price, publicOutputs, encryptedOutput, uri
        );
    }

    /// @notice Adds to model `modelId`, served by the caller, the verifying
    /// key of a circuit that proves `jobs` of its jobs in one proof (same
    /// proof system and encoding as the model's key). Returns the key's
    /// index: buyers who accept the first index + 1 batch keys at deposit
    /// can be paid through it (Escrow.fulfillBatch).
    function registerBatchKey(uint256 modelId, uint32 jobs, bytes calldata key) external returns (uint256 index) {
        Model storage m = _model(modelId);
        if (msg.sender != m.provider) revert NotModelProvider(modelId, msg.sender);
        if (jobs < 2 || jobs > MAX_BATCH) revert BatchSize(jobs);
        if (m.encryptedOutput) revert EncryptedOutputNotBatched(modelId);
        if (m.batchKeys == type(uint16).max) revert TooManyBatchKeys(modelId);
        _checkKey(key, m.proofSystem);
        address data = _writeKey(key);
        bytes32 keyHash = keccak256(key);
        index = _batchKeys[modelId].length;
        _batchKeys[modelId].push(BatchKey(jobs, data, keyHash));
        m.batchKeys = uint16(index + 1);
        emit BatchKeyRegistered(modelId, index, jobs, keyHash, data);
    }

    /// @notice Batch key `index` of model `modelId`.
    function batchKey(uint256 modelId, uint256 index) external view returns (BatchKey memory) {
        // an unknown model has no batch key either
        if (index >= _batchKeys[modelId].length) revert UnknownBatchKey(modelId, index);
        return _batchKeys[modelId][index];
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

    /// @notice The verifier of a proof system.
    function verifier(ProofSystem proofSystem) public view returns (IProofVerifier) {
        return proofSystem == ProofSystem.Groth16 ? groth16Verifier : plonkVerifier;
    }

    /// @notice The verifying key of model `modelId`, read back from chain
    /// data: what the escrow passes to the verifier.
    function verifyingKey(uint256 modelId) external view returns (bytes memory key) {
        address data = _model(modelId).verifyingKey;
        key = new bytes(data.code.length - 1);
        assembly ("memory-safe") {
            extcodecopy(data, add(key, 0x20), 1, mload(key))
        }
    }

    /// @notice The number of registered models.
    function count() external view returns (uint256) {
        return _models.length;
    }

    function _model(uint256 modelId) internal view returns (Model storage) {
        if (modelId == 0 || modelId > _models.length) revert UnknownModel(modelId);
        return _models[modelId - 1];
    }

    /// Refuses a key of the wrong size or of another proof system: its
    /// first byte names its proof system (1 Groth16, 2 PLONK).
    function _checkKey(bytes calldata key, ProofSystem proofSystem) internal pure {
        if (key.length == 0 || key.length > MAX_KEY) revert KeySize(key.length);
        if (uint8(key[0]) != uint8(proofSystem) + 1) revert KeyKind(uint8(key[0]), uint8(proofSystem));
    }

    /// Deploys a contract whose code is 0x00 followed by key: STOP first,
    /// so a call to it does nothing, and no opcode that could change it.
    function _writeKey(bytes calldata key) internal returns (address data) {
        // PUSH4 size, DUP1, PUSH1 14, PUSH1 0, CODECOPY, PUSH1 0, RETURN;
        // then the code itself
        bytes memory init = abi.encodePacked(hex"63", uint32(key.length + 1), hex"80600e6000396000f3", hex"00", key);
        assembly ("memory-safe") {
            data := create(0, add(init, 0x20), mload(init))
        }
        if (data == address(0)) revert KeyDeployFailed();
    }
}
