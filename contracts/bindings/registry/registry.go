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
	EncryptedOutput  bool
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"groth16\",\"type\":\"address\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"plonk\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"}],\"name\":\"BatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"EncryptedOutputNotBatched\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyDeployFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"KeyKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"KeySize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotModelProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"TooManyBatchKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnknownBatchKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"WrongVerifier\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"}],\"name\":\"BatchKeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"encryptedOutput\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_BATCH\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"batchKey\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"}],\"internalType\":\"structModelRegistry.BatchKey\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"groth16Verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"encryptedOutput\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"batchKeys\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"plonkVerifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"setupTranscript\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"encryptedOutput\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"jobs\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"name\":\"registerBatchKey\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"retire\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumModelRegistry.ProofSystem\",\"name\":\"proofSystem\",\"type\":\"uint8\"}],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIProofVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"key\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ModelRegistry",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161154a38038061154a83398101604081905261002e91610193565b5f60ff16826001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561006e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009291906101c4565b60ff16146100c9576040516303dd09db60e01b81526001600160a01b03831660048201525f60248201526044015b60405180910390fd5b600160ff16816001600160a01b031663020e24896040518163ffffffff1660e01b8152600401602060405180830381865afa15801561010a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012e91906101c4565b60ff1614610161576040516303dd09db60e01b81526001600160a01b0382166004820152600160248201526044016100c0565b6001600160a01b039182166080521660a0526101eb565b80516001600160a01b038116811461018e575f5ffd5b919050565b5f5f604083850312156101a4575f5ffd5b6101ad83610178565b91506101bb60208401610178565b90509250929050565b5f602082840312156101d4575f5ffd5b815160ff811681146101e4575f5ffd5b9392505050565b60805160a0516113316102195f395f81816101f30152610b5301525f818160c50152610b7901526113315ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806351729d7b1161006e57806351729d7b1461015457806373aaf635146101985780639329e340146101ab578063950bff9f146101be57806397d63b20146101db578063e4886e50146101ee575f5ffd5b806306661abd146100aa57806319c813be146100c057806320159001146100ff5780633790cf571461011f5780634c5770d914610134575b5f5ffd5b5f545b6040519081526020015b60405180910390f35b6100e77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b7565b61011261010d366004610d35565b610215565b6040516100b79190610d7a565b61013261012d366004610d35565b610292565b005b610147610142366004610d35565b610310565b6040516100b79190610dc7565b610167610162366004610e9a565b6104fb565b60408051825163ffffffff1681526020808401516001600160a01b03169082015291810151908201526060016100b7565b6100ad6101a6366004610f25565b6105c3565b6100ad6101b9366004610fea565b6108b6565b6101c6604081565b60405163ffffffff90911681526020016100b7565b6100e76101e9366004611040565b610b38565b6100e77f000000000000000000000000000000000000000000000000000000000000000081565b60605f61022183610b9e565b6001908101546001600160a01b0316915061023d90823b61106d565b67ffffffffffffffff81111561025557610255611080565b6040519080825280601f01601f19166020018201604052801561027f576020820181803683370190505b5091508151600160208401833c50919050565b5f61029c82610b9e565b80549091506001600160a01b031633146102d7576040516317f22e8b60e11b8152600481018390523360248201526044015b60405180910390fd5b805460ff60a81b1916815560405182907f791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa905f90a25050565b6103826040805161018081019091525f808252602082019081526020015f151581526020015f151581526020015f63ffffffff1681526020015f61ffff1681526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f8152602001606081525090565b61038b82610b9e565b60408051610180810190915281546001600160a01b03811682529091906020830190600160a01b900460ff1660018111156103c8576103c8610d93565b60018111156103d9576103d9610d93565b8152815460ff600160a81b8204811615156020840152600160b01b8204161515604083015263ffffffff600160b81b820416606083015261ffff600160d81b90910416608082015260018201546001600160a01b031660a0820152600282015460c0820152600382015460e0820152600482015461010082015260058201546101208201526006820180546101409092019161047490611094565b80601f01602080910402602001604051908101604052809291908181526020018280546104a090611094565b80156104eb5780601f106104c2576101008083540402835291602001916104eb565b820191905f5260205f20905b8154815290600101906020018083116104ce57829003601f168201915b5050505050815250509050919050565b604080516060810182525f80825260208201819052918101919091525f83815260016020526040902054821061054e57604051634847b28360e11b815260048101849052602481018390526044016102ce565b5f83815260016020526040902080548390811061056d5761056d6110cc565b5f918252602091829020604080516060810182526002909302909101805463ffffffff811684526001600160a01b0364010000000090910416938301939093526001909201549181019190915290505b92915050565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018b1061060757604051630ac02d2360e11b8152600481018c90526024016102ce565b61061289898c610bfc565b5f61061d8a8a610ccb565b90505f8a8a6040516106309291906110e0565b6040519081900390205f549091506106499060016110ef565b92505f604051806101800160405280336001600160a01b031681526020018e600181111561067957610679610d93565b815260200160011515815260200188151581526020018963ffffffff1681526020015f61ffff168152602001846001600160a01b031681526020018381526020018b81526020018f81526020018a815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939094525050835460018082018655948252602091829020845160079092020180546001600160a01b031981166001600160a01b0390931692831782559285015194959094935084926001600160a81b03191690911790600160a01b90849081111561076b5761076b610d93565b0217905550604082015181546060840151608085015160a086015161ffff16600160d81b0261ffff60d81b1963ffffffff909216600160b81b029190911665ffffffffffff60b81b19921515600160b01b0260ff60b01b19951515600160a81b029590951661ffff60a81b199094169390931793909317161717815560c08201516001820180546001600160a01b039092166001600160a01b031990921691909117905560e08201516002820155610100820151600382015561012082015160048201556101408201516005820155610160820151600682019061084f9082611158565b505050336001600160a01b0316837f1d68322585a43e729787b5eaf3a5e5c545bf9bf9819af1577ee5ae6932fcf13f8f8f858e888f8f8f8f8f60405161089e9a99989796959493929190611217565b60405180910390a350509a9950505050505050505050565b5f5f6108c186610b9e565b80549091506001600160a01b031633146108f7576040516317f22e8b60e11b8152600481018790523360248201526044016102ce565b60028563ffffffff1610806109125750604063ffffffff8616115b1561093857604051636342772560e11b815263ffffffff861660048201526024016102ce565b8054600160b01b900460ff161561096557604051636f6d073f60e01b8152600481018790526024016102ce565b805461fffe19600160d81b90910461ffff16016109985760405163f8520b2960e01b8152600481018790526024016102ce565b80546109b19085908590600160a01b900460ff16610bfc565b5f6109bc8585610ccb565b90505f85856040516109cf9291906110e0565b6040518091039020905060015f8981526020019081526020015f2080549050935060015f8981526020019081526020015f2060405180606001604052808963ffffffff168152602001846001600160a01b0316815260200183815250908060018154018082558091505060019003905f5260205f2090600202015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160a01b0302191690836001600160a01b03160217905550604082015181600101555050836001610aba91906110ef565b835461ffff91909116600160d81b0261ffff60d81b199091161783556040805185815263ffffffff891660208201529081018290526001600160a01b038316606082015288907ff1fdc4028b61079aec43a87192412e86fd2c4510ebf5ea689395a7b0745939dd9060800160405180910390a2505050949350505050565b5f80826001811115610b4c57610b4c610d93565b14610b77577f00000000000000000000000000000000000000000000000000000000000000006105bd565b7f000000000000000000000000000000000000000000000000000000000000000092915050565b5f811580610bac57505f5482115b15610bcd57604051632380022d60e01b8152600481018390526024016102ce565b5f610bd960018461106d565b81548110610be957610be96110cc565b905f5260205f2090600702019050919050565b811580610c0a5750615fff82115b15610c2b57604051630f2368a760e21b8152600481018390526024016102ce565b806001811115610c3d57610c3d610d93565b610c48906001611299565b60ff1683835f818110610c5d57610c5d6110cc565b9050013560f81c60f81b60f81c60ff1614610cc65782825f818110610c8457610c846110cc565b919091013560f81c9050816001811115610ca057610ca0610d93565b60405163fbf073f560e01b815260ff9283166004820152911660248201526044016102ce565b505050565b5f80610cd88360016110ef565b8484604051602001610cec939291906112b2565b60405160208183030381529060405290508051602082015ff091506001600160a01b038216610d2e576040516341303f9360e01b815260040160405180910390fd5b5092915050565b5f60208284031215610d45575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610d8c6020830184610d4c565b9392505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610dc357634e487b7160e01b5f52602160045260245ffd5b9052565b60208152610de16020820183516001600160a01b03169052565b5f6020830151610df46040840182610da7565b5060408301518015156060840152506060830151801515608084015250608083015163ffffffff811660a08401525060a083015161ffff811660c08401525060c08301516001600160a01b03811660e08401525060e083015161010083015261010083015161012083015261012083015161014083015261014083015161016083015261016083015161018080840152610e926101a0840182610d4c565b949350505050565b5f5f60408385031215610eab575f5ffd5b50508035926020909101359150565b803560028110610ec8575f5ffd5b919050565b5f5f83601f840112610edd575f5ffd5b50813567ffffffffffffffff811115610ef4575f5ffd5b602083019150836020828501011115610f0b575f5ffd5b9250929050565b803563ffffffff81168114610ec8575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101008b8d031215610f3f575f5ffd5b8a359950610f4f60208c01610eba565b985060408b013567ffffffffffffffff811115610f6a575f5ffd5b610f768d828e01610ecd565b90995097505060608b0135955060808b01359450610f9660a08c01610f12565b935060c08b01358015158114610faa575f5ffd5b925060e08b013567ffffffffffffffff811115610fc5575f5ffd5b610fd18d828e01610ecd565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f60608587031215610ffd575f5ffd5b8435935061100d60208601610f12565b9250604085013567ffffffffffffffff811115611028575f5ffd5b61103487828801610ecd565b95989497509550505050565b5f60208284031215611050575f5ffd5b610d8c82610eba565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105bd576105bd611059565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806110a857607f821691505b6020821081036110c657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b818382375f9101908152919050565b808201808211156105bd576105bd611059565b601f821115610cc65782821115610cc657805f5260205f20601f840160051c602085101561112d57505f5b90810190601f840160051c035f5b81811015611150575f8382015560010161113b565b505050505050565b815167ffffffffffffffff81111561117257611172611080565b611186816111808454611094565b84611102565b6020601f8211600181146111b8575f83156111a15750848201515b5f19600385901b1c1916600184901b178455611210565b5f84815260208120601f198516915b828110156111e757878501518255602094850194600190920191016111c7565b508482101561120457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b8a8152611227602082018b610da7565b88604082015287606082015260018060a01b03871660808201528560a082015263ffffffff851660c082015283151560e08201526101206101008201528161012082015281836101408301375f81830161014090810191909152601f909201601f191601019998505050505050505050565b60ff81811683821601908111156105bd576105bd611059565b606360f81b815260e084901b6001600160e01b03191660018201526880600e6000396000f360b81b60058201525f600e8201528183600f8301375f9101600f019081529291505056fea26469706673582212202a02c36d2a9164f72fa85c60e73c32c94f45e5ac9ba32e6bc51f81353c41810364736f6c63430008250033",
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
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
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
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,uint8,bool,bool,uint32,uint16,address,bytes32,bytes32,uint256,uint256,string))
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
// the contract method with ID 0x73aaf635.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, bool encryptedOutput, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegister(commitment *big.Int, proofSystem uint8, key []byte, setupTranscript [32]byte, price *big.Int, publicOutputs uint32, encryptedOutput bool, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", commitment, proofSystem, key, setupTranscript, price, publicOutputs, encryptedOutput, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73aaf635.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, bool encryptedOutput, string uri) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegister(commitment *big.Int, proofSystem uint8, key []byte, setupTranscript [32]byte, price *big.Int, publicOutputs uint32, encryptedOutput bool, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", commitment, proofSystem, key, setupTranscript, price, publicOutputs, encryptedOutput, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73aaf635.
//
// Solidity: function register(uint256 commitment, uint8 proofSystem, bytes key, bytes32 setupTranscript, uint256 price, uint32 publicOutputs, bool encryptedOutput, string uri) returns(uint256 modelId)
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
	EncryptedOutput  bool
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
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed provider, uint256 commitment, uint8 proofSystem, bytes32 verifyingKeyHash, bytes32 setupTranscript, address verifyingKey, uint256 price, uint32 publicOutputs, bool encryptedOutput, string uri)
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
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["EncryptedOutputNotBatched"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackEncryptedOutputNotBatchedError(raw[4:])
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

// ModelRegistryEncryptedOutputNotBatched represents a EncryptedOutputNotBatched error raised by the ModelRegistry contract.
type ModelRegistryEncryptedOutputNotBatched struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EncryptedOutputNotBatched(uint256 modelId)
func ModelRegistryEncryptedOutputNotBatchedErrorID() common.Hash {
	return common.HexToHash("0x6f6d073fd413feebece278fc0cfab2e6133163ef6f5008b964c1614b616e7fb7")
}

// UnpackEncryptedOutputNotBatchedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EncryptedOutputNotBatched(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackEncryptedOutputNotBatchedError(raw []byte) (*ModelRegistryEncryptedOutputNotBatched, error) {
	out := new(ModelRegistryEncryptedOutputNotBatched)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "EncryptedOutputNotBatched", raw); err != nil {
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
