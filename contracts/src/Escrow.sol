// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";
import {ModelRegistry} from "./ModelRegistry.sol";

/// @title Escrow
/// @notice A buyer deposits payment for one inference of a registered model
/// on a committed input, naming the verifying key it expects. The deposit
/// goes to the provider bound at creation only if the registry's verifier
/// of the model's proof system accepts, under exactly that key (copied into
/// the job), a proof for [modelCommitment, inputCommitment,
/// outputCommitment, jobTag, publicOutputs...] before the deadline. The job
/// tag hashes the chain id, this escrow, the job id and the provider, so a
/// proof pays only the job it was made for. For a model with an encrypted
/// output (fair exchange) the buyer names its encryption key at deposit
/// (the y of a Baby Jubjub point); the proof's public inputs then carry
/// it after the tag, and the publicOutputs of the fulfil are the
/// ephemeral key and the ciphertext of the output's opening, which the
/// proof shows opens the output commitment under that key: the
/// JobFulfilled event that pays the provider delivers the output to the
/// buyer. A provider may instead pay
/// several of its jobs of one model with one proof (fulfillBatch), under a
/// batch key of the model that every one of those buyers accepted at
/// deposit; the batch's challenge hashes the job ids in order with every
/// commitment, so the proof pays exactly those jobs, in that order. After the deadline an unpaid
/// deposit returns to the buyer. A payment the recipient refuses is kept
/// for it to withdraw to an address of its choice, so no deposit can be
/// stranded.
contract Escrow {
    enum State {
        None,
        Open,
        Paid,
        Refunded
    }

    /// Packed so that fulfill reads seven storage slots and fulfillBatch
    /// three per job; the output commitment of a paid job is in its
    /// JobFulfilled event, not in storage.
    struct Job {
        address provider;
        State state;
        uint64 deadline;
        /// The buyer accepts the model's first batchKeys batch keys.
        uint16 batchKeys;
        IProofVerifier verifier;
        uint32 publicOutputs;
        /// The proof seals the output to buyerKey(jobId).
        bool encryptedOutput;
        /// The registry's contract holding the verifying key (0x00, key).
        address verifyingKey;
        address buyer;
        /// keccak256 of the verifying key, checked again at fulfil.
        bytes32 verifyingKeyHash;
        /// modelId and amount share a slot: a batch reads both at once.
        uint96 modelId;
        uint96 amount;
        uint256 modelCommitment;
        uint256 inputCommitment;
    }

    /// BN254 scalar field modulus: public inputs must be reduced.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    ModelRegistry public immutable registry;
    uint256 public jobCount;
    /// @notice Sum of the deposits of open jobs.
    uint256 public openDeposits;
    /// @notice Payments whose transfer failed, waiting for withdraw.
    mapping(address => uint256) public owed;
    uint256 public totalOwed;
    mapping(uint256 => Job) private _jobs;
    /// Buyer encryption keys of the jobs of models with an encrypted
    /// output: apart from Job, so that other jobs pay nothing for them.
    mapping(uint256 => uint256) private _buyerKeys;

    event JobCreated(
        uint256 indexed jobId,
        uint256 indexed modelId,
        address indexed provider,
        address buyer,
        uint256 inputCommitment,
        uint256 amount,
        uint64 deadline,
        bytes32 verifyingKeyHash
    );
    event JobFulfilled(uint256 indexed jobId, address indexed provider, uint256 outputCommitment, uint256[] publicOutputs, uint256 amount);
    event JobRefunded(uint256 indexed jobId, address indexed buyer, uint256 amount);
    event PaymentDeferred(address indexed to, uint256 amount);
    event Withdrawn(address indexed from, address indexed to, uint256 amount);

    error ModelRetired(uint256 modelId);
    error WrongProvider(address given, address registered);
    error DepositBelowPrice(uint256 sent, uint256 price);
    error DeadlineNotInFuture(uint64 deadline);
    error CommitmentNotInField(uint256 commitment);
    error UnknownJob(uint256 jobId);
    error JobNotOpen(uint256 jobId, State state);
    error NotJobProvider(uint256 jobId, address caller);
    error DeadlinePassed(uint256 jobId, uint64 deadline);
    error DeadlineNotReached(uint256 jobId, uint64 deadline);
    error WrongPublicOutputCount(uint256 given, uint32 expected);
    error InvalidProof(uint256 jobId);
    error KeyMismatch(bytes32 expected, bytes32 registered);
    error KeyChanged(uint256 jobId);
    error NothingOwed(address to);
    error TransferFailed(address to, uint256 amount);
    error DepositTooLarge(uint256 sent);
    error BatchShape(uint256 jobs, uint256 outputCommitments);
    error BatchSizeMismatch(uint256 jobs, uint32 keyJobs);
    error BatchMixesModels(uint256 jobId, uint256 modelId, uint256 expected);
    error BatchKeyNotAccepted(uint256 jobId, uint256 index, uint16 accepted);
    error BatchKeyNotAvailable(uint256 modelId, uint16 accepted, uint16 registered);
    error InvalidBatchProof();
    error BuyerKeyRequired(uint256 modelId);
    error BuyerKeyNotUsed(uint256 modelId);
    error BuyerKeyNotInField(uint256 buyerKey);

    constructor(ModelRegistry registry_) {
        registry = registry_;
    }

    /// @notice Deposits msg.value for one inference of `modelId` on the
    /// input committed in `inputCommitment`, to be proven by `provider`
    /// (the model's registered provider) before `deadline` (unix seconds)
    /// under the verifying key whose keccak256 is `verifyingKeyHash`: the
    /// key the buyer pinned, which must be the model's registered key.
    /// `batchKeys` is how many of the model's batch keys (the first ones)
    /// the buyer accepts for a batch proof of its job; 0 accepts none.
    /// `buyerKey` is the buyer's encryption key (the y of a point of Baby
    /// Jubjub's prime subgroup) when the model's output is encrypted, and
    /// must be 0 otherwise: the output is sealed to it.
    function createJob(
        uint256 modelId,
        uint256 inputCommitment,
        address provider,
        uint64 deadline,
        bytes32 verifyingKeyHash,
        uint16 batchKeys,
        uint256 buyerKey
    ) external payable returns (uint256 jobId) {
        ModelRegistry.Model memory m = registry.model(modelId);
        if (!m.active) revert ModelRetired(modelId);
        if (verifyingKeyHash != m.verifyingKeyHash) revert KeyMismatch(verifyingKeyHash, m.verifyingKeyHash);
        if (provider != m.provider) revert WrongProvider(provider, m.provider);
        if (msg.value < m.price) revert DepositBelowPrice(msg.value, m.price);
        if (deadline <= block.timestamp) revert DeadlineNotInFuture(deadline);
        if (inputCommitment >= R) revert CommitmentNotInField(inputCommitment);
        if (batchKeys > m.batchKeys) revert BatchKeyNotAvailable(modelId, batchKeys, m.batchKeys);
        if (m.encryptedOutput) {
            // 0 is no key; 1 is the y of the identity, which seals to anyone
            if (buyerKey <= 1) revert BuyerKeyRequired(modelId);
            if (buyerKey >= R) revert BuyerKeyNotInField(buyerKey);
        } else if (buyerKey != 0) {
            revert BuyerKeyNotUsed(modelId);
        }
        // model ids count registrations; no deposit nears 2^96 wei
        if (msg.value > type(uint96).max) revert DepositTooLarge(msg.value);
        jobId = ++jobCount;
        _jobs[jobId] = Job({
            provider: provider,
            state: State.Open,
            deadline: deadline,
            batchKeys: batchKeys,
            verifier: registry.verifier(m.proofSystem),
            publicOutputs: m.publicOutputs,
            encryptedOutput: m.encryptedOutput,
            verifyingKey: m.verifyingKey,
            buyer: msg.sender,
            verifyingKeyHash: m.verifyingKeyHash,
            modelId: uint96(modelId),
            amount: uint96(msg.value),
            modelCommitment: m.commitment,
            inputCommitment: inputCommitment
        });
        if (buyerKey != 0) _buyerKeys[jobId] = buyerKey;
        openDeposits += msg.value;
        emit JobCreated(jobId, modelId, provider, msg.sender, inputCommitment, msg.value, deadline, m.verifyingKeyHash);
    }

    /// @notice Pays the job's deposit to its provider if the job's verifier
    /// accepts `proof`, under the job's verifying key, for the job's model
    /// and input commitments, `outputCommitment`, the job's tag and
    /// `publicOutputs` (with an encrypted output: the job's buyer key, then
    /// `publicOutputs`, the ephemeral key and the ciphertext). Only the
    /// job's provider may call it, before the deadline.
    function fulfill(uint256 jobId, uint256 outputCommitment, uint256[] calldata publicOutputs, bytes calldata proof)
        external
    {
        Job storage j = _open(jobId);
        if (msg.sender != j.provider) revert NotJobProvider(jobId, msg.sender);
        if (block.timestamp > j.deadline) revert DeadlinePassed(jobId, j.deadline);
        if (publicOutputs.length != j.publicOutputs) revert WrongPublicOutputCount(publicOutputs.length, j.publicOutputs);

        uint256 head = j.encryptedOutput ? 5 : 4;
        uint256[] memory inputs = new uint256[](head + publicOutputs.length);
        inputs[0] = j.modelCommitment;
        inputs[1] = j.inputCommitment;
        inputs[2] = outputCommitment;
        inputs[3] = _tag(jobId, j.provider);
        if (head == 5) inputs[4] = _buyerKeys[jobId];
        for (uint256 i = 0; i < publicOutputs.length; i++) {
            inputs[head + i] = publicOutputs[i];
        }
        bytes memory key = _key(jobId, j);
        // a view call (STATICCALL): the verifier cannot change any state
        if (!j.verifier.verify(key, proof, inputs)) revert InvalidProof(jobId);

        uint256 amount = j.amount;
        j.state = State.Paid;
        openDeposits -= amount;
        emit JobFulfilled(jobId, j.provider, outputCommitment, publicOutputs, amount);
        _pay(j.provider, amount);
    }

    /// @notice Pays the jobs `jobIds` (open, of one model, of the caller,
    /// before each deadline) if the verifier of the model's proof system
    /// accepts `proof`, under the model's batch key `keyIndex` (one that
    /// every one of these buyers accepted at deposit, for exactly
    /// jobIds.length jobs), for the inputs _settle lists: the model
    /// commitment, the batch's challenge, one digest of each job's input
    /// commitment and `outputCommitments` entry, and `publicOutputs` (each
    /// job's in turn). A batch in which any job does not match pays
    /// none. Each job gets its JobFulfilled event; the provider is paid
    /// the sum in one transfer.
    function fulfillBatch(
        uint256[] calldata jobIds,
        uint256 keyIndex,
        uint256[] calldata outputCommitments,
        uint256[] calldata publicOutputs,
        bytes calldata proof
    ) external {
        uint256[] memory inputs = _settle(jobIds, keyIndex, outputCommitments, publicOutputs);
        _verifyBatch(jobIds[0], keyIndex, jobIds.length, proof, inputs);
        _payBatch(jobIds, outputCommitments, publicOutputs);
    }

    /// Verifies a batch proof under batch key `index` of the model of job
    /// `firstId`, for a batch of n jobs.
    function _verifyBatch(uint256 firstId, uint256 index, uint256 n, bytes calldata proof, uint256[] memory inputs)
        internal
        view
    {
        Job storage first = _jobs[firstId];
        ModelRegistry.BatchKey memory bk = registry.batchKey(first.modelId, index);
        if (bk.jobs != n) revert BatchSizeMismatch(n, bk.jobs);
        bytes memory key = _read(bk.verifyingKey, bk.verifyingKeyHash);
        if (key.length == 0) revert KeyChanged(firstId);
        // a view call (STATICCALL): the verifier cannot change any state
        if (!first.verifier.verify(key, proof, inputs)) revert InvalidBatchProof();
    }

    /// Emits each paid job's event and pays the provider the sum.
    function _payBatch(uint256[] calldata jobIds, uint256[] calldata outputCommitments, uint256[] calldata publicOutputs)
        internal
    {
        uint256 outs = _jobs[jobIds[0]].publicOutputs;
        uint256 total;
        for (uint256 i = 0; i < jobIds.length;) {
            uint256 amount = _jobs[jobIds[i]].amount;
            total += amount;
            emit JobFulfilled(jobIds[i], msg.sender, outputCommitments[i], publicOutputs[i * outs:(i + 1) * outs], amount);
            unchecked {
                ++i;
            }
        }
        openDeposits -= total;
        _pay(msg.sender, total);
    }

    /// Checks every job of a batch against its deposit, marks it paid
    /// (the whole transaction reverts if the proof fails) and returns the
    /// batch proof's public inputs: [modelCommitment, challenge,
    /// digest_1..digest_n, publicOutputs...], with digest_i = inputCommitment_i
    /// + challenge * outputCommitment_i (mod r) and challenge =
    /// batchChallenge(provider, jobIds, inputCommitments, outputCommitments).
    /// A digest is one public input where the two commitments would be two
    /// (6,000 gas each to verify); the challenge, fixed by every commitment,
    /// makes it as binding.
    function _settle(
        uint256[] calldata jobIds,
        uint256 keyIndex,
        uint256[] calldata outputCommitments,
        uint256[] calldata publicOutputs
    ) internal returns (uint256[] memory inputs) {
        uint256 n = jobIds.length;
        if (n == 0 || outputCommitments.length != n) revert BatchShape(n, outputCommitments.length);
        Job storage first = _open(jobIds[0]);
        uint256 outs = first.publicOutputs;
        if (publicOutputs.length != n * outs) revert WrongPublicOutputCount(publicOutputs.length, uint32(n * outs));
        uint256 modelId = first.modelId;
        uint256[] memory ins = new uint256[](n);
        for (uint256 i = 0; i < n;) {
            ins[i] = _settleOne(jobIds[i], keyIndex, modelId);
            if (outputCommitments[i] >= R) revert CommitmentNotInField(outputCommitments[i]);
            unchecked {
                ++i;
            }
        }
        uint256 challenge = _challenge(msg.sender, jobIds, ins, outputCommitments);
        inputs = new uint256[](2 + n + publicOutputs.length);
        inputs[0] = first.modelCommitment;
        inputs[1] = challenge;
        for (uint256 i = 0; i < n;) {
            inputs[2 + i] = addmod(ins[i], mulmod(challenge, outputCommitments[i], R), R);
            unchecked {
                ++i;
            }
        }
        for (uint256 i = 0; i < publicOutputs.length;) {
            inputs[2 + n + i] = publicOutputs[i];
            unchecked {
                ++i;
            }
        }
    }

    /// @notice The challenge of a batch proof for the jobs `jobIds` of
    /// `provider`, in this order, with these input and output commitments:
    /// 1 + keccak256(abi.encode(chain id, this escrow, provider, jobIds,
    /// inputCommitments, outputCommitments)) mod (r - 1). It binds the proof
    /// to those jobs, in that order, and to every commitment.
    function batchChallenge(
        address provider,
        uint256[] calldata jobIds,
        uint256[] calldata inputCommitments,
        uint256[] calldata outputCommitments
    ) external view returns (uint256) {
        return _challenge(provider, jobIds, inputCommitments, outputCommitments);
    }

    function _challenge(address provider, uint256[] calldata jobIds, uint256[] memory ins, uint256[] calldata outs)
        internal
        view
        returns (uint256)
    {
        return 1 + uint256(keccak256(abi.encode(block.chainid, address(this), provider, jobIds, ins, outs))) % (R - 1);
    }

    /// Checks job `id` of a batch against its deposit, marks it paid and
    /// returns its input commitment.
    function _settleOne(uint256 id, uint256 keyIndex, uint256 modelId) internal returns (uint256) {
        Job storage j = _jobs[id];
        // the packed first slot, read once
        (address provider, State state, uint64 deadline, uint16 accepted) = (j.provider, j.state, j.deadline, j.batchKeys);
        // a job named twice is no longer open the second time
        if (state != State.Open) {
            if (state == State.None) revert UnknownJob(id);
            revert JobNotOpen(id, state);
        }
        if (msg.sender != provider) revert NotJobProvider(id, msg.sender);
        if (block.timestamp > deadline) revert DeadlinePassed(id, deadline);
        if (keyIndex >= accepted) revert BatchKeyNotAccepted(id, keyIndex, accepted);
        if (j.modelId != modelId) revert BatchMixesModels(id, j.modelId, modelId);
        j.state = State.Paid;
        return j.inputCommitment;
    }

    /// @notice Returns an unpaid deposit to the buyer once the deadline has
    /// passed. Anyone may call it; the funds only ever go to the buyer.
    function refund(uint256 jobId) external {
        Job storage j = _open(jobId);
        if (block.timestamp <= j.deadline) revert DeadlineNotReached(jobId, j.deadline);
        uint256 amount = j.amount;
        j.state = State.Refunded;
        openDeposits -= amount;
        emit JobRefunded(jobId, j.buyer, amount);
        _pay(j.buyer, amount);
    }

    /// @notice Sends the caller's deferred payments to `recipient`, which
    /// may be another address when the caller cannot receive ether.
    function withdraw(address payable recipient) external {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingOwed(msg.sender);
        owed[msg.sender] = 0;
        totalOwed -= amount;
        emit Withdrawn(msg.sender, recipient, amount);
        (bool ok,) = recipient.call{value: amount}("");
        if (!ok) revert TransferFailed(recipient, amount);
    }

    /// @notice The tag that binds a proof to job `jobId`: keccak256 of
    /// (chain id, this escrow, job id, provider), reduced to the BN254
    /// scalar field. It is a public input of every proof the job accepts.
    function jobTag(uint256 jobId) external view returns (uint256) {
        if (_jobs[jobId].state == State.None) revert UnknownJob(jobId);
        return _tag(jobId, _jobs[jobId].provider);
    }

    /// @notice The encryption key the buyer of job `jobId` named at
    /// deposit; 0 for a job whose output is not encrypted.
    function buyerKey(uint256 jobId) external view returns (uint256) {
        if (_jobs[jobId].state == State.None) revert UnknownJob(jobId);
        return _buyerKeys[jobId];
    }

    /// @notice The verifying key that judges job `jobId`'s proof, read
    /// from chain data and checked against the hash copied at deposit.
    function verifyingKey(uint256 jobId) external view returns (bytes memory) {
        Job storage j = _jobs[jobId];
        if (j.state == State.None) revert UnknownJob(jobId);
        return _key(jobId, j);
    }

    function _tag(uint256 jobId, address provider) internal view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(this), jobId, provider))) % R;
    }

    /// The job's verifying key: the registry's data contract's code after
    /// its leading 0x00, whose hash must still be the one of the deposit.
    function _key(uint256 jobId, Job storage j) internal view returns (bytes memory key) {
        key = _read(j.verifyingKey, j.verifyingKeyHash);
        if (key.length == 0) revert KeyChanged(jobId);
    }

    /// The code of `data` after its leading 0x00 when its keccak256 is
    /// `hash`; empty otherwise.
    function _read(address data, bytes32 hash) internal view returns (bytes memory key) {
        uint256 size = data.code.length;
        if (size == 0) return key;
        key = new bytes(size - 1);
        assembly ("memory-safe") {
            extcodecopy(data, add(key, 0x20), 1, sub(size, 1))
        }
        if (keccak256(key) != hash) return new bytes(0);
    }

    /// @notice The job `jobId` (ids start at 1).
    function job(uint256 jobId) external view returns (Job memory) {
        if (_jobs[jobId].state == State.None) revert UnknownJob(jobId);
        return _jobs[jobId];
    }

    function _open(uint256 jobId) internal view returns (Job storage j) {
        j = _jobs[jobId];
        if (j.state == State.None) revert UnknownJob(jobId);
        if (j.state != State.Open) revert JobNotOpen(jobId, j.state);
    }

    /// Gas a recipient may spend receiving a payment; enough for smart
    /// contract wallets, too little to grief the caller.
    uint256 internal constant PAYMENT_GAS = 50_000;

    /// Transfers after every state change; a refused transfer is owed.
    function _pay(address to, uint256 amount) internal {
        (bool ok,) = payable(to).call{value: amount, gas: PAYMENT_GAS}("");
        if (!ok) {
            owed[to] += amount;
            totalOwed += amount;
            emit PaymentDeferred(to, amount);
        }
    }
}
