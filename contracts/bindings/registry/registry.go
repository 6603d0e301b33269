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
	Provider         common.Address
	ProofSystem      uint8
	Active           bool
	PublicOutputs    uint32
	VerifyingKey     common.Address
	VerifyingKeyHash [32]byte
	SetupTranscript  [32]byte
	Commitment       *big.Int
	Price            *big.Int
	Uri              string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"groth16\",\"type\":\"address\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"plonk\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyDeployFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"KeyKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"KeySize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"WrongVerifier\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"groth16Verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"plonkVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161101638038061101683398101604081905261002e91610193565b5f60ff16826001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561006e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009291906101c4565b60ff16146100c9576040516303dd09db60e01b81526001600160a01b03831660048201525f60248201526044015b60405180910390fd5b600160ff16816001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561010a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012e91906101c4565b60ff1614610161576040516303dd09db60e01b81526001600160a01b0382166004820152600160248201526044016100c0565b6001600160a01b039182166080521660a0526101eb565b80516001600160a01b038116811461018e575f5ffd5b919050565b5f5f604083850312156101a4575f5ffd5b6101ad83610178565b91506101bb60208401610178565b90509250929050565b5f602082840312156101d4575f5ffd5b815160ff811681146101e4575f5ffd5b9392505050565b60805160a051610dfd6102195f395f818161015e015261044c01525f818160a401526104720152610dfd5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80634c5770d9116100585780634c5770d91461011357806397d63b2014610133578063acaca9ee14610146578063e4886e5014610159575f5ffd5b806306661abd1461008957806319c813be1461009f57806320159001146100de5780633790cf57146100fe575b5f5ffd5b5f545b6040519081526020015b60405180910390f35b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610096565b6100f16100ec3660046108c3565b610180565b6040516100969190610908565b61011161010c3660046108c3565b6101fd565b005b6101266101213660046108c3565b61027b565b6040516100969190610955565b6100c6610141366004610a19565b610431565b61008c610154366004610a77565b610498565b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b60605f61018c836107fb565b6001908101546001600160a01b031691506101a890823b610b42565b67ffffffffffffffff8111156101c0576101c0610b55565b6040519080825280601f01601f1916602001820160405280156101ea576020820181803683370190505b5091508151600160208401833c50919050565b5f610207826107fb565b80549091506001600160a01b03163314610242576040516317f22e8b60e11b8152600481018390523360248201526044015b60405180910390fd5b805460ff60a81b1916815560405182907f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa905f90a25050565b6102db6040805161014081019091525f808252602082019081526020015f151581526020015f63ffffffff1681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f8152602001606081525090565b6102e4826107fb565b60408051610140810190915281546001600160a01b03811682529091906020830190600160a01b900460ff16600181111561032157610321610921565b600181111561033257610332610921565b81528154600160a81b810460ff1615156020830152600160b01b900463ffffffff16604082015260018201546001600160a01b0316606082015260028201546080820152600382015460a0820152600482015460c0820152600582015460e0820152600682018054610100909201916103aa90610b69565b80601f01602080910402602001604051908101604052809291908181526020018280546103d690610b69565b80156104215780601f106103f857610100808354040283529160200191610421565b820191905f5260205f20905b81548152906001019060200180831161040457829003601f168201915b5050505050815250509050919050565b5f8082600181111561044557610445610921565b14610470577f0000000000000000000000000000000000000000000000000000000000000000610492565b7f00000000000000000000000000000000000000000000000000000000000000005b92915050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018a106104dc57604051630ac02d2360e11b8152600481018b9052602401610239565b8615806104ea5750615fff87115b1561050b57604051630f2368a760e21b815260048101889052602401610239565b88600181111561051d5761051d610921565b610528906001610ba1565b60ff1688885f81811061053d5761053d610bba565b9050013560f81c60f81b60f81c60ff16146105a65787875f81811061056457610564610bba565b919091013560f81c905089600181111561058057610580610921565b60405163fbf073f560e01b815260ff928316600482015291166024820152604401610239565b5f6105b18989610859565b90505f89896040516105c4929190610bce565b6040519081900390205f549091506105dd906001610bdd565b92505f604051806101400160405280336001600160a01b031681526020018d600181111561060d5761060d610921565b81526020016001151581526020018863ffffffff168152602001846001600160a01b031681526020018381526020018a81526020018e815260200189815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050835460018082018655948252602091829020845160079092020180546001600160a01b031981166001600160a01b0390931692831782559285015194959094935084926001600160a81b03191690911790600160a01b9084908111156106ed576106ed610921565b021790555060408201518154606084015163ffffffff16600160b01b0263ffffffff60b01b19921515600160a81b029290921664ffffffffff60a81b199091161717815560808201516001820180546001600160a01b039092166001600160a01b031990921691909117905560a0820151600282015560c0820151600382015560e08201516004820155610100820151600582015561012082015160068201906107979082610c47565b505050336001600160a01b0316837f9373ea622482e9c5b63fa9a5eaeb5063bf16191bbd0cef69bae22dc42d2024d18e8e858d888e8e8e8e6040516107e499989796959493929190610d06565b60405180910390a350509998505050505050505050565b5f81158061080957505f5482115b1561082a57604051632380022d60e01b815260048101839052602401610239565b5f610836600184610b42565b8154811061084657610846610bba565b905f5260205f2090600702019050919050565b5f80610866836001610bdd565b848460405160200161087a93929190610d7e565b60405160208183030381529060405290508051602082015ff091506001600160a01b0382166108bc576040516341303f9360e01b815260040160405180910390fd5b5092915050565b5f602082840312156108d3575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61091a60208301846108da565b9392505050565b634e487b7160e01b5f52602160045260245ffd5b6002811061095157634e487b7160e01b5f52602160045260245ffd5b9052565b6020815261096f6020820183516001600160a01b03169052565b5f60208301516109826040840182610935565b506040830151801515606084015250606083015163ffffffff811660808401525060808301516001600160a01b03811660a08401525060a083015160c083015260c083015160e083015260e0830151610100830152610100830151610120830152610120830151610140808401526109fe6101608401826108da565b949350505050565b803560028110610a14575f5ffd5b919050565b5f60208284031215610a29575f5ffd5b61091a82610a06565b5f5f83601f840112610a42575f5ffd5b50813567ffffffffffffffff811115610a59575f5ffd5b602083019150836020828501011115610a70575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60e08a8c031215610a8f575f5ffd5b89359850610a9f60208b01610a06565b975060408a013567ffffffffffffffff811115610aba575f5ffd5b610ac68c828d01610a32565b90985096505060608a0135945060808a0135935060a08a013563ffffffff81168114610af0575f5ffd5b925060c08a013567ffffffffffffffff811115610b0b575f5ffd5b610b178c828d01610a32565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561049257610492610b2e565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610b7d57607f821691505b602082108103610b9b57634e487b7160e01b5f52602260045260245ffd5b50919050565b60ff818116838216019081111561049257610492610b2e565b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b8082018082111561049257610492610b2e565b601f821115610c425782821115610c4257805f5260205f20601f840160051c6020851015610c1b57505f5b90810190601f840160051c035f5b81811015610c3e575f83820155600101610c29565b5050505b505050565b815167ffffffffffffffff811115610c6157610c61610b55565b610c7581610c6f8454610b69565b84610bf0565b6020601f821160018114610ca7575f8315610c905750848201515b5f19600385901b1c1916600184901b178455610cff565b5f84815260208120601f198516915b82811015610cd65787850151825560209485019460019092019101610cb6565b5084821015610cf357868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b898152610d16602082018a610935565b87604082015286606082015260018060a01b03861660808201528460a082015263ffffffff841660c082015261010060e08201528161010082015281836101208301375f81830161012090810191909152601f909201601f1916010198975050505050505050565b606360f81b815260e084901b6001600160e01b03191660018201526880600e6000396000f360b81b60058201525f600e8201528183600f8301375f9101600f019081529291505056fea26469706673582212206af67863944279d65b3e79f7cedea34f715505648566075a3253bf596251805364736f6c63430008250033",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address groth16, address plonk) returns()
func (modelRegistry *ModelRegistry) PackConstructor(groth16 common.Address, plonk common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("", groth16, plonk)
	if err != nil {
		panic(err)
	}
	return enc
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

// PackGroth16Verifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c813be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function groth16Verifier() view returns(address)
func (modelRegistry *ModelRegistry) PackGroth16Verifier() []byte {
	enc, err := modelRegistry.abi.Pack("groth16Verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGroth16Verifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19c813be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function groth16Verifier() view returns(address)
func (modelRegistry *ModelRegistry) TryPackGroth16Verifier() ([]byte, error) {
	return modelRegistry.abi.Pack("groth16Verifier")
}

// UnpackGroth16Verifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19c813be.
//
// Solidity: function groth16Verifier() view returns(address)
func (modelRegistry *ModelRegistry) UnpackGroth16Verifier(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("groth16Verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,address,bytes32,bytes32,uint256,uint256,string))
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
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,address,bytes32,bytes32,uint256,uint256,string))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,address,bytes32,bytes32,uint256,uint256,string))
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (ModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(ModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryModel)).(*ModelRegistryModel)
	return out0, nil
}

// PackPlonkVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4886e50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function plonkVerifier() view returns(address)
func (modelRegistry *ModelRegistry) PackPlonkVerifier() []byte {
	enc, err := modelRegistry.abi.Pack("plonkVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlonkVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4886e50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function plonkVerifier() view returns(address)
func (modelRegistry *ModelRegistry) TryPackPlonkVerifier() ([]byte, error) {
	return modelRegistry.abi.Pack("plonkVerifier")
}

// UnpackPlonkVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4886e50.
//
// Solidity: function plonkVerifier() view returns(address)
func (modelRegistry *ModelRegistry) UnpackPlonkVerifier(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("plonkVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacaca9ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegister(commitment *big.Int, proofSystem uint8, key []byte, setupTranscript [32]byte, price *big.Int, publicOutputs uint32, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", commitment, proofSystem, key, setupTranscript, price, publicOutputs, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacaca9ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(commitment *big.Int, proofSystem uint8, key []byte, setupTranscript [32]byte, price *big.Int, publicOutputs uint32, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", commitment, proofSystem, key, setupTranscript, price, publicOutputs, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacaca9ee.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, string uri) returns(uint256 modelId)
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

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97d63b20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier(uint8 proofSystem) view returns(address)
func (modelRegistry *ModelRegistry) PackVerifier(proofSystem uint8) []byte {
	enc, err := modelRegistry.abi.Pack("verifier", proofSystem)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97d63b20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier(uint8 proofSystem) view returns(address)
func (modelRegistry *ModelRegistry) TryPackVerifier(proofSystem uint8) ([]byte, error) {
	return modelRegistry.abi.Pack("verifier", proofSystem)
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97d63b20.
//
// Solidity: function verifier(uint8 proofSystem) view returns(address)
func (modelRegistry *ModelRegistry) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20159001.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKey(uint256 modelId) view returns(bytes key)
func (modelRegistry *ModelRegistry) PackVerifyingKey(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("verifyingKey", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20159001.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKey(uint256 modelId) view returns(bytes key)
func (modelRegistry *ModelRegistry) TryPackVerifyingKey(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("verifyingKey", modelId)
}

// UnpackVerifyingKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20159001.
//
// Solidity: function verifyingKey(uint256 modelId) view returns(bytes key)
func (modelRegistry *ModelRegistry) UnpackVerifyingKey(data []byte) ([]byte, error) {
	out, err := modelRegistry.abi.Unpack("verifyingKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId          *big.Int
	Provider         common.Address
	Commitment       *big.Int
	ProofSystem      uint8
	VerifyingKeyHash [32]byte
	SetupTranscript  [32]byte
	VerifyingKey     common.Address
	Price            *big.Int
	PublicOutputs    uint32
	Uri              string
	Raw              *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed provider, uint256 commitment, uint8 proofSystem, bytes32 verifyingKeyHash, bytes32 setupTranscript, address verifyingKey, uint256 price, uint32 publicOutputs, string uri)
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
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["KeyDeployFailed"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackKeyDeployFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["KeyKind"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackKeyKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["KeySize"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackKeySizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelProvider"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["WrongVerifier"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackWrongVerifierError(raw[4:])
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

// ModelRegistryKeyDeployFailed represents a KeyDeployFailed error raised by the ModelRegistry contract.
type ModelRegistryKeyDeployFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyDeployFailed()
func ModelRegistryKeyDeployFailedErrorID() common.Hash {
	return common.HexToHash("0x41303f93068e2615386039b6b61284a2c1afbb017048b46aa31e0143e4e3f3a2")
}

// UnpackKeyDeployFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyDeployFailed()
func (modelRegistry *ModelRegistry) UnpackKeyDeployFailedError(raw []byte) (*ModelRegistryKeyDeployFailed, error) {
	out := new(ModelRegistryKeyDeployFailed)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "KeyDeployFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryKeyKind represents a KeyKind error raised by the ModelRegistry contract.
type ModelRegistryKeyKind struct {
	Kind        uint8
	ProofSystem uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyKind(uint8 kind, uint8 proofSystem)
func ModelRegistryKeyKindErrorID() common.Hash {
	return common.HexToHash("0xfbf073f5522059770cc4daee5c1bc197412f8d5e963295fbf64ca6eaa4a4d595")
}

// UnpackKeyKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyKind(uint8 kind, uint8 proofSystem)
func (modelRegistry *ModelRegistry) UnpackKeyKindError(raw []byte) (*ModelRegistryKeyKind, error) {
	out := new(ModelRegistryKeyKind)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "KeyKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryKeySize represents a KeySize error raised by the ModelRegistry contract.
type ModelRegistryKeySize struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeySize(uint256 size)
func ModelRegistryKeySizeErrorID() common.Hash {
	return common.HexToHash("0x3c8da29c14074d17d2b707311505de86437d85c2cd17f4f0e7e9d520e3f0fb26")
}

// UnpackKeySizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeySize(uint256 size)
func (modelRegistry *ModelRegistry) UnpackKeySizeError(raw []byte) (*ModelRegistryKeySize, error) {
	out := new(ModelRegistryKeySize)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "KeySize", raw); err != nil {
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

// ModelRegistryWrongVerifier represents a WrongVerifier error raised by the ModelRegistry contract.
type ModelRegistryWrongVerifier struct {
	Verifier    common.Address
	ProofSystem uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongVerifier(address verifier, uint8 proofSystem)
func ModelRegistryWrongVerifierErrorID() common.Hash {
	return common.HexToHash("0x03dd09db9125c9ceef198068300d2b3cc7c03d4e7b9c04b427e3449010fd9dcf")
}

// UnpackWrongVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongVerifier(address verifier, uint8 proofSystem)
func (modelRegistry *ModelRegistry) UnpackWrongVerifierError(raw []byte) (*ModelRegistryWrongVerifier, error) {
	out := new(ModelRegistryWrongVerifier)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "WrongVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}
