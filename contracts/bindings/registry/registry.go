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

// ModelRegistryBatchKey is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryBatchKey struct {
	Jobs             uint32
	VerifyingKey     common.Address
	VerifyingKeyHash [32]byte
}

// ModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type ModelRegistryModel struct {
	Provider         common.Address
	ProofSystem      uint8
	Active           bool
	PublicOutputs    uint32
	BatchKeys        uint16
	VerifyingKey     common.Address
	VerifyingKeyHash [32]byte
	SetupTranscript  [32]byte
	Commitment       *big.Int
	Price            *big.Int
	Uri              string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"groth16\",\"type\":\"address\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"plonk\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"}],\"name\":\"BatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyDeployFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"KeyKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"KeySize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"TooManyBatchKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownBatchKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"WrongVerifier\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"}],\"name\":\"BatchKeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"batchKey\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"}],\"internalType\":\"structModelRegistry.BatchKey\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"groth16Verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"batchKeys\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"plonkVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"registerBatchKey\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516114b03803806114b083398101604081905261002e91610193565b5f60ff16826001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561006e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009291906101c4565b60ff16146100c9576040516303dd09db60e01b81526001600160a01b03831660048201525f60248201526044015b60405180910390fd5b600160ff16816001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561010a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012e91906101c4565b60ff1614610161576040516303dd09db60e01b81526001600160a01b0382166004820152600160248201526044016100c0565b6001600160a01b039182166080521660a0526101eb565b80516001600160a01b038116811461018e575f5ffd5b919050565b5f5f604083850312156101a4575f5ffd5b6101ad83610178565b91506101bb60208401610178565b90509250929050565b5f602082840312156101d4575f5ffd5b815160ff811681146101e4575f5ffd5b9392505050565b60805160a0516112976102195f395f81816101f3015261081901525f818160c5015261083f01526112975ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806351729d7b1161006e57806351729d7b146101545780639329e34014610198578063950bff9f146101ab57806397d63b20146101c8578063acaca9ee146101db578063e4886e50146101ee575f5ffd5b806306661abd146100aa57806319c813be146100c057806320159001146100ff5780633790cf571461011f5780634c5770d914610134575b5f5ffd5b5f545b6040519081526020015b60405180910390f35b6100e77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b61011261010d366004610ccd565b610215565b6040516100b79190610d12565b61013261012d366004610ccd565b610292565b005b610147610142366004610ccd565b610310565b6040516100b79190610d5f565b610167610162366004610e22565b6104e1565b60408051825163ffffffff1681526020808401516001600160a01b03169082015291810151908201526060016100b7565b6100ad6101a6366004610e9f565b6105a9565b6101b3604081565b60405163ffffffff90911681526020016100b7565b6100e76101d6366004610f03565b6107fe565b6100ad6101e9366004610f1c565b610864565b6100e77f000000000000000000000000000000000000000000000000000000000000000081565b60605f61022183610b36565b6001908101546001600160a01b0316915061023d90823b610fdd565b67ffffffffffffffff81111561025557610255610ff0565b6040519080825280601f01601f19166020018201604052801561027f576020820181803683370190505b5091508151600160208401833c50919050565b5f61029c82610b36565b80549091506001600160a01b031633146102d7576040516317f22e8b60e11b8152600481018390523360248201526044015b60405180910390fd5b805460ff60a81b1916815560405182907f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa905f90a25050565b61037a6040805161016081019091525f808252602082019081526020015f151581526020015f63ffffffff1681526020015f61ffff1681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f8152602001606081525090565b61038382610b36565b60408051610160810190915281546001600160a01b03811682529091906020830190600160a01b900460ff1660018111156103c0576103c0610d2b565b60018111156103d1576103d1610d2b565b81528154600160a81b810460ff1615156020830152600160b01b810463ffffffff166040830152600160d01b900461ffff16606082015260018201546001600160a01b03166080820152600282015460a0820152600382015460c0820152600482015460e082015260058201546101008201526006820180546101209092019161045a90611004565b80601f016020809104026020016040519081016040528092919081815260200182805461048690611004565b80156104d15780601f106104a8576101008083540402835291602001916104d1565b820191905f5260205f20905b8154815290600101906020018083116104b457829003601f168201915b5050505050815250509050919050565b604080516060810182525f80825260208201819052918101919091525f83815260016020526040902054821061053457604051634847b28360e11b815260048101849052602481018390526044016102ce565b5f8381526001602052604090208054839081106105535761055361103c565b5f918252602091829020604080516060810182526002909302909101805463ffffffff811684526001600160a01b0364010000000090910416938301939093526001909201549181019190915290505b92915050565b5f5f6105b486610b36565b80549091506001600160a01b031633146105ea576040516317f22e8b60e11b8152600481018790523360248201526044016102ce565b60028563ffffffff1610806106055750604063ffffffff8616115b1561062b57604051636342772560e11b815263ffffffff861660048201526024016102ce565b805461fffe19600160d01b90910461ffff160161065e5760405163f8520b2960e01b8152600481018790526024016102ce565b80546106779085908590600160a01b900460ff16610b94565b5f6106828585610c63565b90505f8585604051610695929190611050565b6040518091039020905060015f8981526020019081526020015f2080549050935060015f8981526020019081526020015f2060405180606001604052808963ffffffff168152602001846001600160a01b0316815260200183815250908060018154018082558091505060019003905f5260205f2090600202015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160a01b0302191690836001600160a01b03160217905550604082015181600101555050836001610780919061105f565b835461ffff91909116600160d01b0261ffff60d01b199091161783556040805185815263ffffffff891660208201529081018290526001600160a01b038316606082015288907ff1fdc4028b61079aec43a87192412e86fd2c4510ebf5ea689395a7b0745939dd9060800160405180910390a2505050949350505050565b5f8082600181111561081257610812610d2b565b1461083d577f00000000000000000000000000000000000000000000000000000000000000006105a3565b7f000000000000000000000000000000000000000000000000000000000000000092915050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018a106108a857604051630ac02d2360e11b8152600481018b90526024016102ce565b6108b388888b610b94565b5f6108be8989610c63565b90505f89896040516108d1929190611050565b6040519081900390205f549091506108ea90600161105f565b92505f604051806101600160405280336001600160a01b031681526020018d600181111561091a5761091a610d2b565b81526020016001151581526020018863ffffffff1681526020015f61ffff168152602001846001600160a01b031681526020018381526020018a81526020018e815260200189815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050835460018082018655948252602091829020845160079092020180546001600160a01b031981166001600160a01b0390931692831782559285015194959094935084926001600160a81b03191690911790600160a01b908490811115610a0457610a04610d2b565b0217905550604082015181546060840151608085015161ffff16600160d01b0261ffff60d01b1963ffffffff909216600160b01b0263ffffffff60b01b19941515600160a81b029490941664ffffffffff60a81b1990931692909217929092179190911617815560a08201516001820180546001600160a01b039092166001600160a01b031990921691909117905560c0820151600282015560e08201516003820155610100820151600482015561012082015160058201556101408201516006820190610ad290826110c8565b505050336001600160a01b0316837f9373ea622482e9c5b63fa9a5eaeb5063bf16191bbd0cef69bae22dc42d2024d18e8e858d888e8e8e8e604051610b1f99989796959493929190611187565b60405180910390a350509998505050505050505050565b5f811580610b4457505f5482115b15610b6557604051632380022d60e01b8152600481018390526024016102ce565b5f610b71600184610fdd565b81548110610b8157610b8161103c565b905f5260205f2090600702019050919050565b811580610ba25750615fff82115b15610bc357604051630f2368a760e21b8152600481018390526024016102ce565b806001811115610bd557610bd5610d2b565b610be09060016111ff565b60ff1683835f818110610bf557610bf561103c565b9050013560f81c60f81b60f81c60ff1614610c5e5782825f818110610c1c57610c1c61103c565b919091013560f81c9050816001811115610c3857610c38610d2b565b60405163fbf073f560e01b815260ff9283166004820152911660248201526044016102ce565b505050565b5f80610c7083600161105f565b8484604051602001610c8493929190611218565b60405160208183030381529060405290508051602082015ff091506001600160a01b038216610cc6576040516341303f9360e01b815260040160405180910390fd5b5092915050565b5f60208284031215610cdd575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610d246020830184610ce4565b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610d5b57634e487b7160e01b5f52602160045260245ffd5b9052565b60208152610d796020820183516001600160a01b03169052565b5f6020830151610d8c6040840182610d3f565b506040830151801515606084015250606083015163ffffffff8116608084015250608083015161ffff811660a08401525060a08301516001600160a01b03811660c08401525060c083015160e083015260e083015161010083015261010083015161012083015261012083015161014083015261014083015161016080840152610e1a610180840182610ce4565b949350505050565b5f5f60408385031215610e33575f5ffd5b50508035926020909101359150565b803563ffffffff81168114610e55575f5ffd5b919050565b5f5f83601f840112610e6a575f5ffd5b50813567ffffffffffffffff811115610e81575f5ffd5b602083019150836020828501011115610e98575f5ffd5b9250929050565b5f5f5f5f60608587031215610eb2575f5ffd5b84359350610ec260208601610e42565b9250604085013567ffffffffffffffff811115610edd575f5ffd5b610ee987828801610e5a565b95989497509550505050565b803560028110610e55575f5ffd5b5f60208284031215610f13575f5ffd5b610d2482610ef5565b5f5f5f5f5f5f5f5f5f60e08a8c031215610f34575f5ffd5b89359850610f4460208b01610ef5565b975060408a013567ffffffffffffffff811115610f5f575f5ffd5b610f6b8c828d01610e5a565b90985096505060608a0135945060808a01359350610f8b60a08b01610e42565b925060c08a013567ffffffffffffffff811115610fa6575f5ffd5b610fb28c828d01610e5a565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105a3576105a3610fc9565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061101857607f821691505b60208210810361103657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b808201808211156105a3576105a3610fc9565b601f821115610c5e5782821115610c5e57805f5260205f20601f840160051c602085101561109d57505f5b90810190601f840160051c035f5b818110156110c0575f838201556001016110ab565b505050505050565b815167ffffffffffffffff8111156110e2576110e2610ff0565b6110f6816110f08454611004565b84611072565b6020601f821160018114611128575f83156111115750848201515b5f19600385901b1c1916600184901b178455611180565b5f84815260208120601f198516915b828110156111575787850151825560209485019460019092019101611137565b508482101561117457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b898152611197602082018a610d3f565b87604082015286606082015260018060a01b03861660808201528460a082015263ffffffff841660c082015261010060e08201528161010082015281836101208301375f81830161012090810191909152601f909201601f1916010198975050505050505050565b60ff81811683821601908111156105a3576105a3610fc9565b606360f81b815260e084901b6001600160e01b03191660018201526880600e6000396000f360b81b60058201525f600e8201528183600f8301375f9101600f019081529291505056fea264697066735822122050084ebe344293545b6e34399449e700a8cfaeabb002f813295843a873f3d03c64736f6c63430008250033",
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

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (modelRegistry *ModelRegistry) PackMAXBATCH() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (modelRegistry *ModelRegistry) TryPackMAXBATCH() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint32)
func (modelRegistry *ModelRegistry) UnpackMAXBATCH(data []byte) (uint32, error) {
	out, err := modelRegistry.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBatchKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51729d7b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchKey(uint256 modelId, uint256 index) view returns((uint32,address,bytes32))
func (modelRegistry *ModelRegistry) PackBatchKey(modelId *big.Int, index *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("batchKey", modelId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51729d7b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchKey(uint256 modelId, uint256 index) view returns((uint32,address,bytes32))
func (modelRegistry *ModelRegistry) TryPackBatchKey(modelId *big.Int, index *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("batchKey", modelId, index)
}

// UnpackBatchKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51729d7b.
//
// Solidity: function batchKey(uint256 modelId, uint256 index) view returns((uint32,address,bytes32))
func (modelRegistry *ModelRegistry) UnpackBatchKey(data []byte) (ModelRegistryBatchKey, error) {
	out, err := modelRegistry.abi.Unpack("batchKey", data)
	if err != nil {
		return *new(ModelRegistryBatchKey), err
	}
	out0 := *abi.ConvertType(out[0], new(ModelRegistryBatchKey)).(*ModelRegistryBatchKey)
	return out0, nil
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
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
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
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
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

// PackRegisterBatchKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9329e340.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBatchKey(uint256 modelId, uint32 jobs, bytes key) returns(uint256 index)
func (modelRegistry *ModelRegistry) PackRegisterBatchKey(modelId *big.Int, jobs uint32, key []byte) []byte {
	enc, err := modelRegistry.abi.Pack("registerBatchKey", modelId, jobs, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBatchKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9329e340.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBatchKey(uint256 modelId, uint32 jobs, bytes key) returns(uint256 index)
func (modelRegistry *ModelRegistry) TryPackRegisterBatchKey(modelId *big.Int, jobs uint32, key []byte) ([]byte, error) {
	return modelRegistry.abi.Pack("registerBatchKey", modelId, jobs, key)
}

// UnpackRegisterBatchKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9329e340.
//
// Solidity: function registerBatchKey(uint256 modelId, uint32 jobs, bytes key) returns(uint256 index)
func (modelRegistry *ModelRegistry) UnpackRegisterBatchKey(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("registerBatchKey", data)
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

// ModelRegistryBatchKeyRegistered represents a BatchKeyRegistered event raised by the ModelRegistry contract.
type ModelRegistryBatchKeyRegistered struct {
	ModelId          *big.Int
	Index            *big.Int
	Jobs             uint32
	VerifyingKeyHash [32]byte
	VerifyingKey     common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBatchKeyRegisteredEventName = "BatchKeyRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBatchKeyRegistered) ContractEventName() string {
	return ModelRegistryBatchKeyRegisteredEventName
}

// UnpackBatchKeyRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchKeyRegistered(uint256 indexed modelId, uint256 index, uint32 jobs, bytes32 verifyingKeyHash, address verifyingKey)
func (modelRegistry *ModelRegistry) UnpackBatchKeyRegisteredEvent(log *types.Log) (*ModelRegistryBatchKeyRegistered, error) {
	event := "BatchKeyRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryBatchKeyRegistered)
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
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["BatchSize"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackBatchSizeError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["TooManyBatchKeys"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackTooManyBatchKeysError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownBatchKey"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownBatchKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["WrongVerifier"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackWrongVerifierError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryBatchSize represents a BatchSize error raised by the ModelRegistry contract.
type ModelRegistryBatchSize struct {
	Jobs uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSize(uint32 jobs)
func ModelRegistryBatchSizeErrorID() common.Hash {
	return common.HexToHash("0xc684ee4a9ed4d41c662a1e042ecccc58e2762c2419542383c4a4ccd15808ec46")
}

// UnpackBatchSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSize(uint32 jobs)
func (modelRegistry *ModelRegistry) UnpackBatchSizeError(raw []byte) (*ModelRegistryBatchSize, error) {
	out := new(ModelRegistryBatchSize)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "BatchSize", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// ModelRegistryTooManyBatchKeys represents a TooManyBatchKeys error raised by the ModelRegistry contract.
type ModelRegistryTooManyBatchKeys struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyBatchKeys(uint256 modelId)
func ModelRegistryTooManyBatchKeysErrorID() common.Hash {
	return common.HexToHash("0xf8520b298d53010a2b10fee80554f936892cf4eb7ff3599485917b6b7e7699d5")
}

// UnpackTooManyBatchKeysError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyBatchKeys(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackTooManyBatchKeysError(raw []byte) (*ModelRegistryTooManyBatchKeys, error) {
	out := new(ModelRegistryTooManyBatchKeys)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "TooManyBatchKeys", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownBatchKey represents a UnknownBatchKey error raised by the ModelRegistry contract.
type ModelRegistryUnknownBatchKey struct {
	ModelId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatchKey(uint256 modelId, uint256 index)
func ModelRegistryUnknownBatchKeyErrorID() common.Hash {
	return common.HexToHash("0x908f65066d2bb736db31e1eb5a0232afb94a461e38254ed5a56c31a44a80a893")
}

// UnpackUnknownBatchKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatchKey(uint256 modelId, uint256 index)
func (modelRegistry *ModelRegistry) UnpackUnknownBatchKeyError(raw []byte) (*ModelRegistryUnknownBatchKey, error) {
	out := new(ModelRegistryUnknownBatchKey)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownBatchKey", raw); err != nil {
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
