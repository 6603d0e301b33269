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
	Commitment    *big.Int
	Price         *big.Int
	PublicOutputs uint32
	Active        bool
	Uri           string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierNotAContract\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506108ba8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806306661abd1461004e5780633790cf57146100645780634c5770d914610079578063edef74f714610099575b5f5ffd5b5f545b6040519081526020015b60405180910390f35b6100776100723660046104f7565b6100ac565b005b61008c6100873660046104f7565b61012f565b60405161005b919061053c565b6100516100a73660046105bb565b610288565b5f6100b682610499565b80549091506001600160a01b031633146100f1576040516317f22e8b60e11b8152600481018390523360248201526044015b60405180910390fd5b60048101805464ff000000001916905560405182907f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa905f90a25050565b6101836040518060e001604052805f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f81526020015f63ffffffff1681526020015f15158152602001606081525090565b61018c82610499565b6040805160e08101825282546001600160a01b039081168252600184015416602082015260028301549181019190915260038201546060820152600482015463ffffffff81166080830152640100000000900460ff16151560a082015260058201805491929160c08401919061020190610673565b80601f016020809104026020016040519081016040528092919081815260200182805461022d90610673565b80156102785780601f1061024f57610100808354040283529160200191610278565b820191905f5260205f20905b81548152906001019060200180831161025b57829003601f168201915b5050505050815250509050919050565b5f856001600160a01b03163b5f036102be5760405163e2b57cb960e01b81526001600160a01b03871660048201526024016100e8565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001871061030157604051630ac02d2360e11b8152600481018890526024016100e8565b5f5461030e9060016106bf565b90505f6040518060e00160405280336001600160a01b03168152602001886001600160a01b031681526020018981526020018781526020018663ffffffff16815260200160011515815260200185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050835460018082018655948252602091829020845160069092020180546001600160a01b03199081166001600160a01b0393841617825592850151958101805490931695909116949094179055506040810151600283015560608101516003830155608081015160048301805460a084015163ffffffff90931664ffffffffff19909116176401000000009215159290920291909117905560c081015190919060058201906104409082610743565b505050336001600160a01b0316817f53c1ce3e4d0cf7ad2b89086d97ac62dbdf0046d7c69dd8c61bd9a9b4b31aaa1189898989898960405161048796959493929190610802565b60405180910390a39695505050505050565b5f8115806104a757505f5482115b156104c857604051632380022d60e01b8152600481018390526024016100e8565b5f6104d460018461085d565b815481106104e4576104e4610870565b905f5260205f2090600602019050919050565b5f60208284031215610507575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b03825116602082015260018060a01b036020830151166040820152604082015160608201526060820151608082015263ffffffff60808301511660a08201525f60a083015161059960c084018215159052565b5060c083015160e0808401526105b361010084018261050e565b949350505050565b5f5f5f5f5f5f60a087890312156105d0575f5ffd5b8635955060208701356001600160a01b03811681146105ed575f5ffd5b945060408701359350606087013563ffffffff8116811461060c575f5ffd5b9250608087013567ffffffffffffffff811115610627575f5ffd5b8701601f81018913610637575f5ffd5b803567ffffffffffffffff81111561064d575f5ffd5b89602082840101111561065e575f5ffd5b60208201935080925050509295509295509295565b600181811c9082168061068757607f821691505b6020821081036106a557634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156106d2576106d26106ab565b92915050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561073e578282111561073e57805f5260205f20601f840160051c602085101561071757505f5b90810190601f840160051c035f5b8181101561073a575f83820155600101610725565b5050505b505050565b815167ffffffffffffffff81111561075d5761075d6106d8565b6107718161076b8454610673565b846106ec565b6020601f8211600181146107a3575f831561078c5750848201515b5f19600385901b1c1916600184901b1784556107fb565b5f84815260208120601f198516915b828110156107d257878501518255602094850194600190920191016107b2565b50848210156107ef57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8681526001600160a01b03861660208201526040810185905263ffffffff8416606082015260a0608082018190528101829052818360c08301375f81830160c090810191909152601f909201601f1916010195945050505050565b818103818111156106d2576106d26106ab565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220ad755523235a2d5bda3615ca9f2ea93cc49a5907e53208fdcff4724659db1d4064736f6c63430008250033",
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
// Solidity: function model(uint256 modelId) view returns((address,address,uint256,uint256,uint32,bool,string))
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
// Solidity: function model(uint256 modelId) view returns((address,address,uint256,uint256,uint32,bool,string))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,address,uint256,uint256,uint32,bool,string))
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedef74f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint256 commitment, address verifier, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegister(commitment *big.Int, verifier common.Address, price *big.Int, publicOutputs uint32, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", commitment, verifier, price, publicOutputs, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedef74f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint256 commitment, address verifier, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(commitment *big.Int, verifier common.Address, price *big.Int, publicOutputs uint32, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", commitment, verifier, price, publicOutputs, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedef74f7.
//
// Solidity: function register(uint256 commitment, address verifier, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
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
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed provider, uint256 commitment, address verifier, uint256 price, uint32 publicOutputs, string uri)
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
