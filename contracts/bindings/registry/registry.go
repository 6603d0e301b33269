// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Provider      common.Address
	Verifier      common.Address
	ProofSystem   uint8
	Commitment    *big.Int
	Price         *big.Int
	PublicOutputs uint32
	Active        bool
	Uri           string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierNotAContract\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506109b08061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806306661abd1461004e5780633790cf57146100645780634c5770d9146100795780635eaf60cb14610099575b5f5ffd5b5f545b6040519081526020015b60405180910390f35b61007761007236600461056d565b6100ac565b005b61008c61008736600461056d565b61012f565b60405161005b91906105e6565b6100516100a73660046106be565b6102b2565b5f6100b68261050f565b80549091506001600160a01b031633146100f1576040516317f22e8b60e11b8152600481018390523360248201526044015b60405180910390fd5b60048101805464ff000000001916905560405182907f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa905f90a25050565b61017a60408051610100810182525f80825260208201819052909182019081526020015f81526020015f81526020015f63ffffffff1681526020015f15158152602001606081525090565b6101838261050f565b604080516101008101825282546001600160a01b0390811682526001808501549182166020840152919392840191600160a01b90910460ff16908111156101cc576101cc610584565b60018111156101dd576101dd610584565b81526002820154602082015260038201546040820152600482015463ffffffff81166060830152640100000000900460ff161515608082015260058201805460a09092019161022b9061075d565b80601f01602080910402602001604051908101604052809291908181526020018280546102579061075d565b80156102a25780601f10610279576101008083540402835291602001916102a2565b820191905f5260205f20905b81548152906001019060200180831161028557829003601f168201915b5050505050815250509050919050565b5f866001600160a01b03163b5f036102e85760405163e2b57cb960e01b81526001600160a01b03881660048201526024016100e8565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001881061032b57604051630ac02d2360e11b8152600481018990526024016100e8565b5f546103389060016107a9565b90505f604051806101000160405280336001600160a01b03168152602001896001600160a01b0316815260200188600181111561037757610377610584565b81526020018a81526020018781526020018663ffffffff16815260200160011515815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050835460018082018655948252602091829020845160069092020180546001600160a01b03199081166001600160a01b03938416178255928501518187018054948516919093169081178355604086015195969195945091926001600160a81b03191690911790600160a01b90849081111561045157610451610584565b0217905550606082015160028201556080820151600382015560a082015160048201805460c085015115156401000000000264ffffffffff1990911663ffffffff9093169290921791909117905560e082015160058201906104b3908261082d565b505050336001600160a01b0316817f63878d1a3cf705309f2b46a787fab4bec9179efa38a0418c826312291548e0d08a8a8a8a8a8a8a6040516104fc97969594939291906108ec565b60405180910390a3979650505050505050565b5f81158061051d57505f5482115b1561053e57604051632380022d60e01b8152600481018390526024016100e8565b5f61054a600184610953565b8154811061055a5761055a610966565b905f5260205f2090600602019050919050565b5f6020828403121561057d575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600281106105b457634e487b7160e01b5f52602160045260245ffd5b9052565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602080825282516001600160a01b039081168383015290830151166040808301919091528201515f9061061c6060840182610598565b5060608301516080830152608083015160a083015260a083015161064860c084018263ffffffff169052565b5060c083015180151560e08401525060e0830151610100808401526106716101208401826105b8565b949350505050565b5f5f83601f840112610689575f5ffd5b50813567ffffffffffffffff8111156106a0575f5ffd5b6020830191508360208285010111156106b7575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156106d4575f5ffd5b8735965060208801356001600160a01b03811681146106f1575f5ffd5b9550604088013560028110610704575f5ffd5b945060608801359350608088013563ffffffff81168114610723575f5ffd5b925060a088013567ffffffffffffffff81111561073e575f5ffd5b61074a8a828b01610679565b989b979a50959850939692959293505050565b600181811c9082168061077157607f821691505b60208210810361078f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107bc576107bc610795565b92915050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610828578282111561082857805f5260205f20601f840160051c602085101561080157505f5b90810190601f840160051c035f5b81811015610824575f8382015560010161080f565b5050505b505050565b815167ffffffffffffffff811115610847576108476107c2565b61085b81610855845461075d565b846107d6565b6020601f82116001811461088d575f83156108765750848201515b5f19600385901b1c1916600184901b1784556108e5565b5f84815260208120601f198516915b828110156108bc578785015182556020948501946001909201910161089c565b50848210156108d957868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8781526001600160a01b038716602082015261090b6040820187610598565b84606082015263ffffffff8416608082015260c060a08201528160c0820152818360e08301375f81830160e090810191909152601f909201601f191601019695505050505050565b818103818111156107bc576107bc610795565b634e487b7160e01b5f52603260045260245ffdfea26469706673582212205b52728efde95bb8af6720f641ec1a1d6d1727d29d2d993b166cd796eb7b2b5464736f6c63430008250033",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (modelRegistry *ModelRegistry) PackCount() []byte {
	enc, err := modelRegistry.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackCount() ([]byte, error) {
	return modelRegistry.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("count", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 modelId) view returns((address,address,uint8,uint256,uint256,uint32,bool,string))
func (modelRegistry *ModelRegistry) PackModel(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("model", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(uint256 modelId) view returns((address,address,uint8,uint256,uint256,uint32,bool,string))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,address,uint8,uint256,uint256,uint32,bool,string))
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eaf60cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint256 commitment, address verifier, uint8 proofSystem, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegister(commitment *big.Int, verifier common.Address, proofSystem uint8, price *big.Int, publicOutputs uint32, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", commitment, verifier, proofSystem, price, publicOutputs, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5eaf60cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint256 commitment, address verifier, uint8 proofSystem, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(commitment *big.Int, verifier common.Address, proofSystem uint8, price *big.Int, publicOutputs uint32, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", commitment, verifier, proofSystem, price, publicOutputs, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5eaf60cb.
//
// Solidity: function register(uint256 commitment, address verifier, uint8 proofSystem, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3790cf57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retire(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) PackRetire(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("retire", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetire is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3790cf57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retire(uint256 modelId) returns()
func (modelRegistry *ModelRegistry) TryPackRetire(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("retire", modelId)
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId       *big.Int
	Provider      common.Address
	Commitment    *big.Int
	Verifier      common.Address
	ProofSystem   uint8
	Price         *big.Int
	PublicOutputs uint32
	Uri           string
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed provider, uint256 commitment, address verifier, uint8 proofSystem, uint256 price, uint32 publicOutputs, string uri)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModelRegistryModelRetired represents a ModelRetired event raised by the ModelRegistry contract.
type ModelRegistryModelRetired struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRetiredEventName = "ModelRetired"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRetired) ContractEventName() string {
	return ModelRegistryModelRetiredEventName
}

// UnpackModelRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRetired(uint256 indexed modelId)
func (modelRegistry *ModelRegistry) UnpackModelRetiredEvent(log *types.Log) (*ModelRegistryModelRetired, error) {
	event := "ModelRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRetired)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["CommitmentNotInField"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackCommitmentNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelProvider"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["VerifierNotAContract"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackVerifierNotAContractError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryCommitmentNotInField represents a CommitmentNotInField error raised by the ModelRegistry contract.
type ModelRegistryCommitmentNotInField struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotInField(uint256 commitment)
func ModelRegistryCommitmentNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x15805a46cdc01946c97db7bceb6e462b0a981f77da40f2e561a19f8dbf5b521b")
}

// UnpackCommitmentNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotInField(uint256 commitment)
func (modelRegistry *ModelRegistry) UnpackCommitmentNotInFieldError(raw []byte) (*ModelRegistryCommitmentNotInField, error) {
	out := new(ModelRegistryCommitmentNotInField)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "CommitmentNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotModelProvider represents a NotModelProvider error raised by the ModelRegistry contract.
type ModelRegistryNotModelProvider struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelProvider(uint256 modelId, address caller)
func ModelRegistryNotModelProviderErrorID() common.Hash {
	return common.HexToHash("0x2fe45d16dafc5c5654f7b77f66955e035c252e9519ba9149502e55c3b49f84b1")
}

// UnpackNotModelProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelProvider(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackNotModelProviderError(raw []byte) (*ModelRegistryNotModelProvider, error) {
	out := new(ModelRegistryNotModelProvider)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotModelProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownModel represents a UnknownModel error raised by the ModelRegistry contract.
type ModelRegistryUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func ModelRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackUnknownModelError(raw []byte) (*ModelRegistryUnknownModel, error) {
	out := new(ModelRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryVerifierNotAContract represents a VerifierNotAContract error raised by the ModelRegistry contract.
type ModelRegistryVerifierNotAContract struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierNotAContract(address verifier)
func ModelRegistryVerifierNotAContractErrorID() common.Hash {
	return common.HexToHash("0xe2b57cb9588613133a13e3948862728f9032d2265e3875fe4391851779742f28")
}

// UnpackVerifierNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierNotAContract(address verifier)
func (modelRegistry *ModelRegistry) UnpackVerifierNotAContractError(raw []byte) (*ModelRegistryVerifierNotAContract, error) {
	out := new(ModelRegistryVerifierNotAContract)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "VerifierNotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}
