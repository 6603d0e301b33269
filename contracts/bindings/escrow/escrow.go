// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package escrow

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

// EscrowJob is an auto generated low-level Go binding around an user-defined struct.
type EscrowJob struct {
	Provider        common.Address
	State           uint8
	Verifier        common.Address
	Deadline        uint64
	PublicOutputs   uint32
	Buyer           common.Address
	ModelId         *big.Int
	Amount          *big.Int
	ModelCommitment *big.Int
	InputCommitment *big.Int
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"DepositBelowPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registered\",\"type\":\"address\"}],\"name\":\"WrongProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"WrongPublicOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"job\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"openDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161142d38038061142d833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516113a86100855f395f818161015a01526108bb01526113a85ff3fe60806040526004361061008f575f3560e01c80637b103999116100575780637b10399914610149578063bf84dbf014610194578063c3f81cc5146101a7578063df18e047146101bc578063e7fa9f7d146101e7575f5ffd5b80632329e48c14610093578063278ecde1146100c85780632da8558c146100e95780634c5d8a0f1461010857806351cff8d91461012a575b5f5ffd5b34801561009e575f5ffd5b506100b26100ad366004610dbd565b6101fc565b6040516100bf9190610e08565b60405180910390f35b3480156100d3575f5ffd5b506100e76100e2366004610dbd565b610371565b005b3480156100f4575f5ffd5b506100e7610103366004610f0c565b610462565b348015610113575f5ffd5b5061011c5f5481565b6040519081526020016100bf565b348015610135575f5ffd5b506100e7610144366004610fd4565b61077d565b348015610154575f5ffd5b5061017c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100bf565b61011c6101a2366004610ff6565b610899565b3480156101b2575f5ffd5b5061011c60015481565b3480156101c7575f5ffd5b5061011c6101d6366004610fd4565b60026020525f908152604090205481565b3480156101f2575f5ffd5b5061011c60035481565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525f5f83815260046020526040902054600160a01b900460ff16600381111561027657610276610dd4565b0361029c57604051630510aa5f60e41b8152600481018390526024015b60405180910390fd5b5f828152600460209081526040918290208251610140810190935280546001600160a01b03811684529091830190600160a01b900460ff1660038111156102e5576102e5610dd4565b60038111156102f6576102f6610dd4565b815260018201546001600160a01b038082166020840152600160a01b82046001600160401b03166040840152600160e01b90910463ffffffff1660608301526002830154166080820152600382015460a0820152600482015460c0820152600582015460e08201526006909101546101009091015292915050565b5f61037b82610c39565b6001810154909150600160a01b90046001600160401b031642116103d057600181015460405163569b325360e11b815260048101849052600160a01b9091046001600160401b03166024820152604401610293565b6004810154815460ff60a01b1916600360a01b178255600180548291905f906103fa90849061105c565b909155505060028201546040518281526001600160a01b039091169084907f6a1f355817b0c67f49d69eab66ba0feb8193205ca23b6ba8653427ff2d2790cc9060200160405180910390a3600282015461045d906001600160a01b031682610cda565b505050565b5f61046c87610c39565b80549091506001600160a01b031633146104a25760405163c42a54ed60e01b815260048101889052336024820152604401610293565b6001810154600160a01b90046001600160401b03164211156104f55760018101546040516337851a4160e11b815260048101899052600160a01b9091046001600160401b03166024820152604401610293565b6001810154600160e01b900463ffffffff168414610541576001810154604051638a8a6f7f60e01b815260048101869052600160e01b90910463ffffffff166024820152604401610293565b5f61054d856003611075565b6001600160401b0381111561056457610564611088565b60405190808252806020026020018201604052801561058d578160200160208202803683370190505b5090508160050154815f815181106105a7576105a761109c565b6020026020010181815250508160060154816001815181106105cb576105cb61109c565b60200260200101818152505086816002815181106105eb576105eb61109c565b60209081029190910101525f5b8581101561064a578686828181106106125761061261109c565b90506020020135828260036106279190611075565b815181106106375761063761109c565b60209081029190910101526001016105f8565b506001820154604051634b24ed5760e11b81526001600160a01b0390911690639649daae90610681908790879086906004016110b0565b602060405180830381865afa15801561069c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106c09190611137565b6106e057604051635e3fa05160e01b815260048101899052602401610293565b6004820154825460ff60a01b1916600160a11b178355600180548291905f9061070a90849061105c565b909155505082546040516001600160a01b03909116908a907f366cb54d24cc41b889a7bbb57db7a4774c68dec42fef4ab469540512591239f490610755908c908c908c908890611150565b60405180910390a38254610772906001600160a01b031682610cda565b505050505050505050565b335f90815260026020526040812054908190036107af57604051633a8d87ed60e11b8152336004820152602401610293565b335f908152600260205260408120819055600380548392906107d290849061105c565b90915550506040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610860576040519150601f19603f3d011682016040523d82523d5f602084013e610865565b606091505b505090508061045d57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610293565b604051634c5770d960e01b8152600481018590525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634c5770d9906024015f60405180830381865afa1580156108ff573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526109269190810190611272565b90508060c0015161094d5760405163791bfce360e01b815260048101879052602401610293565b80516001600160a01b038581169116146109905780516040516324b7d7c360e21b81526001600160a01b0380871660048301529091166024820152604401610293565b80608001513410156109c4576080810151604051637150513160e01b81523460048201526024810191909152604401610293565b42836001600160401b0316116109f857604051633d3e5c3b60e21b81526001600160401b0384166004820152602401610293565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018510610a3b57604051630ac02d2360e11b815260048101869052602401610293565b5f5f8154610a4890611346565b918290555060408051610140810182526001600160a01b03878116825260016020808401918252868101518316848601526001600160401b03891660608086019190915260a08089015163ffffffff166080870152339086015260c085018d90523460e086015287015161010085015261012084018b90525f8681526004909152939093208251815492166001600160a01b031983168117825593519496509193919283916001600160a81b03191617600160a01b836003811115610b0f57610b0f610dd4565b02179055506040820151600180830180546060860151608087015163ffffffff16600160e01b026001600160e01b036001600160401b03909216600160a01b026001600160e01b03199093166001600160a01b0396871617929092171617905560a0840151600284018054919093166001600160a01b0319919091161790915560c0830151600383015560e0830151600483015561010083015160058301556101209092015160069091015580543491905f90610bcd908490611075565b9091555050604080513381526020810187905234818301526001600160401b038516606082015290516001600160a01b03861691889185917fb49e64f115b6a2fc460dff34ec0d31beec2db1ea6643b2cde3fada52083d54b8919081900360800190a450949350505050565b5f818152600460205260408120908154600160a01b900460ff166003811115610c6457610c64610dd4565b03610c8557604051630510aa5f60e41b815260048101839052602401610293565b60018154600160a01b900460ff166003811115610ca457610ca4610dd4565b14610cd5578054604051600162dae87360e01b03198152610293918491600160a01b90910460ff169060040161135e565b919050565b5f826001600160a01b03168261c350906040515f60405180830381858888f193505050503d805f8114610d28576040519150601f19603f3d011682016040523d82523d5f602084013e610d2d565b606091505b505090508061045d576001600160a01b0383165f9081526002602052604081208054849290610d5d908490611075565b925050819055508160035f828254610d759190611075565b90915550506040518281526001600160a01b038416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a2505050565b5f60208284031215610dcd575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b60048110610e0457634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815261014081016020830151610e2c6020840182610de8565b506040830151610e4760408401826001600160a01b03169052565b506060830151610e6260608401826001600160401b03169052565b506080830151610e7a608084018263ffffffff169052565b5060a0830151610e9560a08401826001600160a01b03169052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015292915050565b5f5f83601f840112610ed8575f5ffd5b5081356001600160401b03811115610eee575f5ffd5b602083019150836020828501011115610f05575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215610f21575f5ffd5b863595506020870135945060408701356001600160401b03811115610f44575f5ffd5b8701601f81018913610f54575f5ffd5b80356001600160401b03811115610f69575f5ffd5b8960208260051b8401011115610f7d575f5ffd5b6020919091019450925060608701356001600160401b03811115610f9f575f5ffd5b610fab89828a01610ec8565b979a9699509497509295939492505050565b6001600160a01b0381168114610fd1575f5ffd5b50565b5f60208284031215610fe4575f5ffd5b8135610fef81610fbd565b9392505050565b5f5f5f5f60808587031215611009575f5ffd5b8435935060208501359250604085013561102281610fbd565b915060608501356001600160401b038116811461103d575f5ffd5b939692955090935050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561106f5761106f611048565b92915050565b8082018082111561106f5761106f611048565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b60408152826040820152828460608301375f606084830101525f601f19601f85011682016060810160608483030160208501528085518083526080840191506020870193505f92505b8083101561111c57835182526020820191506020840193506001830192506110f9565b50979650505050505050565b80518015158114610cd5575f5ffd5b5f60208284031215611147575f5ffd5b610fef82611128565b84815260606020820181905281018390525f6001600160fb1b03841115611175575f5ffd5b8360051b80866080850137604083019390935250016080019392505050565b60405161010081016001600160401b03811182821017156111b7576111b7611088565b60405290565b8051610cd581610fbd565b805160028110610cd5575f5ffd5b805163ffffffff81168114610cd5575f5ffd5b5f82601f8301126111f8575f5ffd5b81516001600160401b0381111561121157611211611088565b604051601f8201601f19908116603f011681016001600160401b038111828210171561123f5761123f611088565b604052818152838201602001851015611256575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215611282575f5ffd5b81516001600160401b03811115611297575f5ffd5b820161010081850312156112a9575f5ffd5b6112b1611194565b6112ba826111bd565b81526112c8602083016111bd565b60208201526112d9604083016111c8565b604082015260608281015190820152608080830151908201526112fe60a083016111d6565b60a082015261130f60c08301611128565b60c082015260e08201516001600160401b0381111561132c575f5ffd5b611338868285016111e9565b60e083015250949350505050565b5f6001820161135757611357611048565b5060010190565b82815260408101610fef6020830184610de856fea2646970667358221220316cadb3c500f3d1be0b1b23ee03c9009887b4d5b43ba65a47bffa9c35a29f9164736f6c63430008250033",
}

// Escrow is an auto generated Go binding around an Ethereum contract.
type Escrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Escrow) GetABI() abi.ABI {
	return c.abi
}

// NewEscrow creates a new instance of Escrow.
func NewEscrow() *Escrow {
	parsed, err := EscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Escrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Escrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (escrow *Escrow) PackConstructor(registry_ common.Address) []byte {
	enc, err := escrow.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf84dbf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline) payable returns(uint256 jobId)
func (escrow *Escrow) PackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64) []byte {
	enc, err := escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf84dbf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline) payable returns(uint256 jobId)
func (escrow *Escrow) TryPackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64) ([]byte, error) {
	return escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf84dbf0.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline) payable returns(uint256 jobId)
func (escrow *Escrow) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2da8558c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(uint256 jobId, uint256 outputCommitment, uint256[] publicOutputs, bytes proof) returns()
func (escrow *Escrow) PackFulfill(jobId *big.Int, outputCommitment *big.Int, publicOutputs []*big.Int, proof []byte) []byte {
	enc, err := escrow.abi.Pack("fulfill", jobId, outputCommitment, publicOutputs, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2da8558c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(uint256 jobId, uint256 outputCommitment, uint256[] publicOutputs, bytes proof) returns()
func (escrow *Escrow) TryPackFulfill(jobId *big.Int, outputCommitment *big.Int, publicOutputs []*big.Int, proof []byte) ([]byte, error) {
	return escrow.abi.Pack("fulfill", jobId, outputCommitment, publicOutputs, proof)
}

// PackJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2329e48c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,address,uint64,uint32,address,uint256,uint256,uint256,uint256))
func (escrow *Escrow) PackJob(jobId *big.Int) []byte {
	enc, err := escrow.abi.Pack("job", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2329e48c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,address,uint64,uint32,address,uint256,uint256,uint256,uint256))
func (escrow *Escrow) TryPackJob(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("job", jobId)
}

// UnpackJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2329e48c.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,address,uint64,uint32,address,uint256,uint256,uint256,uint256))
func (escrow *Escrow) UnpackJob(data []byte) (EscrowJob, error) {
	out, err := escrow.abi.Unpack("job", data)
	if err != nil {
		return *new(EscrowJob), err
	}
	out0 := *abi.ConvertType(out[0], new(EscrowJob)).(*EscrowJob)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (escrow *Escrow) PackJobCount() []byte {
	enc, err := escrow.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (escrow *Escrow) TryPackJobCount() ([]byte, error) {
	return escrow.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (escrow *Escrow) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f81cc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openDeposits() view returns(uint256)
func (escrow *Escrow) PackOpenDeposits() []byte {
	enc, err := escrow.abi.Pack("openDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f81cc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openDeposits() view returns(uint256)
func (escrow *Escrow) TryPackOpenDeposits() ([]byte, error) {
	return escrow.abi.Pack("openDeposits")
}

// UnpackOpenDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f81cc5.
//
// Solidity: function openDeposits() view returns(uint256)
func (escrow *Escrow) UnpackOpenDeposits(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("openDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address ) view returns(uint256)
func (escrow *Escrow) PackOwed(arg0 common.Address) []byte {
	enc, err := escrow.abi.Pack("owed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address ) view returns(uint256)
func (escrow *Escrow) TryPackOwed(arg0 common.Address) ([]byte, error) {
	return escrow.abi.Pack("owed", arg0)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (escrow *Escrow) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 jobId) returns()
func (escrow *Escrow) PackRefund(jobId *big.Int) []byte {
	enc, err := escrow.abi.Pack("refund", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 jobId) returns()
func (escrow *Escrow) TryPackRefund(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("refund", jobId)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) PackRegistry() []byte {
	enc, err := escrow.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) TryPackRegistry() ([]byte, error) {
	return escrow.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (escrow *Escrow) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := escrow.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (escrow *Escrow) PackTotalOwed() []byte {
	enc, err := escrow.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (escrow *Escrow) TryPackTotalOwed() ([]byte, error) {
	return escrow.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (escrow *Escrow) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address recipient) returns()
func (escrow *Escrow) PackWithdraw(recipient common.Address) []byte {
	enc, err := escrow.abi.Pack("withdraw", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address recipient) returns()
func (escrow *Escrow) TryPackWithdraw(recipient common.Address) ([]byte, error) {
	return escrow.abi.Pack("withdraw", recipient)
}

// EscrowJobCreated represents a JobCreated event raised by the Escrow contract.
type EscrowJobCreated struct {
	JobId           *big.Int
	ModelId         *big.Int
	Provider        common.Address
	Buyer           common.Address
	InputCommitment *big.Int
	Amount          *big.Int
	Deadline        uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const EscrowJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (EscrowJobCreated) ContractEventName() string {
	return EscrowJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, uint256 indexed modelId, address indexed provider, address buyer, uint256 inputCommitment, uint256 amount, uint64 deadline)
func (escrow *Escrow) UnpackJobCreatedEvent(log *types.Log) (*EscrowJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowJobCreated)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowJobFulfilled represents a JobFulfilled event raised by the Escrow contract.
type EscrowJobFulfilled struct {
	JobId            *big.Int
	Provider         common.Address
	OutputCommitment *big.Int
	PublicOutputs    []*big.Int
	Amount           *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const EscrowJobFulfilledEventName = "JobFulfilled"

// ContractEventName returns the user-defined event name.
func (EscrowJobFulfilled) ContractEventName() string {
	return EscrowJobFulfilledEventName
}

// UnpackJobFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFulfilled(uint256 indexed jobId, address indexed provider, uint256 outputCommitment, uint256[] publicOutputs, uint256 amount)
func (escrow *Escrow) UnpackJobFulfilledEvent(log *types.Log) (*EscrowJobFulfilled, error) {
	event := "JobFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowJobFulfilled)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowJobRefunded represents a JobRefunded event raised by the Escrow contract.
type EscrowJobRefunded struct {
	JobId  *big.Int
	Buyer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowJobRefundedEventName = "JobRefunded"

// ContractEventName returns the user-defined event name.
func (EscrowJobRefunded) ContractEventName() string {
	return EscrowJobRefundedEventName
}

// UnpackJobRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRefunded(uint256 indexed jobId, address indexed buyer, uint256 amount)
func (escrow *Escrow) UnpackJobRefundedEvent(log *types.Log) (*EscrowJobRefunded, error) {
	event := "JobRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowJobRefunded)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowPaymentDeferred represents a PaymentDeferred event raised by the Escrow contract.
type EscrowPaymentDeferred struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (EscrowPaymentDeferred) ContractEventName() string {
	return EscrowPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed to, uint256 amount)
func (escrow *Escrow) UnpackPaymentDeferredEvent(log *types.Log) (*EscrowPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowPaymentDeferred)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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

// EscrowWithdrawn represents a Withdrawn event raised by the Escrow contract.
type EscrowWithdrawn struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const EscrowWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (EscrowWithdrawn) ContractEventName() string {
	return EscrowWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed from, address indexed to, uint256 amount)
func (escrow *Escrow) UnpackWithdrawnEvent(log *types.Log) (*EscrowWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != escrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := escrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range escrow.abi.Events[event].Inputs {
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
func (escrow *Escrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], escrow.abi.Errors["CommitmentNotInField"].ID.Bytes()[:4]) {
		return escrow.UnpackCommitmentNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlineNotInFuture"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlineNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlineNotReached"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlineNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return escrow.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["DepositBelowPrice"].ID.Bytes()[:4]) {
		return escrow.UnpackDepositBelowPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["JobNotOpen"].ID.Bytes()[:4]) {
		return escrow.UnpackJobNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["ModelRetired"].ID.Bytes()[:4]) {
		return escrow.UnpackModelRetiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NotJobProvider"].ID.Bytes()[:4]) {
		return escrow.UnpackNotJobProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["NothingOwed"].ID.Bytes()[:4]) {
		return escrow.UnpackNothingOwedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return escrow.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return escrow.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongProvider"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["WrongPublicOutputCount"].ID.Bytes()[:4]) {
		return escrow.UnpackWrongPublicOutputCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EscrowCommitmentNotInField represents a CommitmentNotInField error raised by the Escrow contract.
type EscrowCommitmentNotInField struct {
	Commitment *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentNotInField(uint256 commitment)
func EscrowCommitmentNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x15805a46cdc01946c97db7bceb6e462b0a981f77da40f2e561a19f8dbf5b521b")
}

// UnpackCommitmentNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentNotInField(uint256 commitment)
func (escrow *Escrow) UnpackCommitmentNotInFieldError(raw []byte) (*EscrowCommitmentNotInField, error) {
	out := new(EscrowCommitmentNotInField)
	if err := escrow.abi.UnpackIntoInterface(out, "CommitmentNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlineNotInFuture represents a DeadlineNotInFuture error raised by the Escrow contract.
type EscrowDeadlineNotInFuture struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline)
func EscrowDeadlineNotInFutureErrorID() common.Hash {
	return common.HexToHash("0xf4f970ec2d05a99260f84c607a7c1b680419b685ccdd3975c6858e1f1e785e6b")
}

// UnpackDeadlineNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline)
func (escrow *Escrow) UnpackDeadlineNotInFutureError(raw []byte) (*EscrowDeadlineNotInFuture, error) {
	out := new(EscrowDeadlineNotInFuture)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlineNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlineNotReached represents a DeadlineNotReached error raised by the Escrow contract.
type EscrowDeadlineNotReached struct {
	JobId    *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotReached(uint256 jobId, uint64 deadline)
func EscrowDeadlineNotReachedErrorID() common.Hash {
	return common.HexToHash("0xad3664a61c7d8080380694d62a51b793f883bf8ff6c001a73d0bf47b714e8175")
}

// UnpackDeadlineNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotReached(uint256 jobId, uint64 deadline)
func (escrow *Escrow) UnpackDeadlineNotReachedError(raw []byte) (*EscrowDeadlineNotReached, error) {
	out := new(EscrowDeadlineNotReached)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlineNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDeadlinePassed represents a DeadlinePassed error raised by the Escrow contract.
type EscrowDeadlinePassed struct {
	JobId    *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint256 jobId, uint64 deadline)
func EscrowDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6f0a34828df90908cf3774b174f2452672331db746c88a2ea16ec99853e591b9")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint256 jobId, uint64 deadline)
func (escrow *Escrow) UnpackDeadlinePassedError(raw []byte) (*EscrowDeadlinePassed, error) {
	out := new(EscrowDeadlinePassed)
	if err := escrow.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowDepositBelowPrice represents a DepositBelowPrice error raised by the Escrow contract.
type EscrowDepositBelowPrice struct {
	Sent  *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositBelowPrice(uint256 sent, uint256 price)
func EscrowDepositBelowPriceErrorID() common.Hash {
	return common.HexToHash("0x715051312c9eaab2eacde71b3c9daf18b708b68a20487c978b570e0903acd207")
}

// UnpackDepositBelowPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositBelowPrice(uint256 sent, uint256 price)
func (escrow *Escrow) UnpackDepositBelowPriceError(raw []byte) (*EscrowDepositBelowPrice, error) {
	out := new(EscrowDepositBelowPrice)
	if err := escrow.abi.UnpackIntoInterface(out, "DepositBelowPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInvalidProof represents a InvalidProof error raised by the Escrow contract.
type EscrowInvalidProof struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(uint256 jobId)
func EscrowInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x5e3fa051f12d0d34bcacf3422cc36b979846aff40e201c6c3d25a5d5c87e9c52")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(uint256 jobId)
func (escrow *Escrow) UnpackInvalidProofError(raw []byte) (*EscrowInvalidProof, error) {
	out := new(EscrowInvalidProof)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowJobNotOpen represents a JobNotOpen error raised by the Escrow contract.
type EscrowJobNotOpen struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotOpen(uint256 jobId, uint8 state)
func EscrowJobNotOpenErrorID() common.Hash {
	return common.HexToHash("0xff25178d666b3ecb9c72e5a2a3b3e0edc2dffacdc3c112b173dee3b4a4d2abb4")
}

// UnpackJobNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotOpen(uint256 jobId, uint8 state)
func (escrow *Escrow) UnpackJobNotOpenError(raw []byte) (*EscrowJobNotOpen, error) {
	out := new(EscrowJobNotOpen)
	if err := escrow.abi.UnpackIntoInterface(out, "JobNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowModelRetired represents a ModelRetired error raised by the Escrow contract.
type EscrowModelRetired struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelRetired(uint256 modelId)
func EscrowModelRetiredErrorID() common.Hash {
	return common.HexToHash("0x791bfce3bfc5ac11726f885364a02a911d7554b6bb98088264f2cb3be3a125fa")
}

// UnpackModelRetiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelRetired(uint256 modelId)
func (escrow *Escrow) UnpackModelRetiredError(raw []byte) (*EscrowModelRetired, error) {
	out := new(EscrowModelRetired)
	if err := escrow.abi.UnpackIntoInterface(out, "ModelRetired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNotJobProvider represents a NotJobProvider error raised by the Escrow contract.
type EscrowNotJobProvider struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJobProvider(uint256 jobId, address caller)
func EscrowNotJobProviderErrorID() common.Hash {
	return common.HexToHash("0xc42a54ed28f9aa69fa38124da74dba2feaf2ff19ddffef6f16f738f27f75b0e9")
}

// UnpackNotJobProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJobProvider(uint256 jobId, address caller)
func (escrow *Escrow) UnpackNotJobProviderError(raw []byte) (*EscrowNotJobProvider, error) {
	out := new(EscrowNotJobProvider)
	if err := escrow.abi.UnpackIntoInterface(out, "NotJobProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowNothingOwed represents a NothingOwed error raised by the Escrow contract.
type EscrowNothingOwed struct {
	To common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingOwed(address to)
func EscrowNothingOwedErrorID() common.Hash {
	return common.HexToHash("0x751b0fdaa408a0c7537afaf0af96a92598192bff093a0ad0f684a7c83bc223c9")
}

// UnpackNothingOwedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingOwed(address to)
func (escrow *Escrow) UnpackNothingOwedError(raw []byte) (*EscrowNothingOwed, error) {
	out := new(EscrowNothingOwed)
	if err := escrow.abi.UnpackIntoInterface(out, "NothingOwed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowTransferFailed represents a TransferFailed error raised by the Escrow contract.
type EscrowTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func EscrowTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (escrow *Escrow) UnpackTransferFailedError(raw []byte) (*EscrowTransferFailed, error) {
	out := new(EscrowTransferFailed)
	if err := escrow.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowUnknownJob represents a UnknownJob error raised by the Escrow contract.
type EscrowUnknownJob struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(uint256 jobId)
func EscrowUnknownJobErrorID() common.Hash {
	return common.HexToHash("0x510aa5f06826d740de587fc177250838c7f20674aef37603d5ab5f52cef91ae8")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(uint256 jobId)
func (escrow *Escrow) UnpackUnknownJobError(raw []byte) (*EscrowUnknownJob, error) {
	out := new(EscrowUnknownJob)
	if err := escrow.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongProvider represents a WrongProvider error raised by the Escrow contract.
type EscrowWrongProvider struct {
	Given      common.Address
	Registered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongProvider(address given, address registered)
func EscrowWrongProviderErrorID() common.Hash {
	return common.HexToHash("0x92df5f0c9bb0144bafc15a6760c1163618eed84331e64f516678eb08c88895ee")
}

// UnpackWrongProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongProvider(address given, address registered)
func (escrow *Escrow) UnpackWrongProviderError(raw []byte) (*EscrowWrongProvider, error) {
	out := new(EscrowWrongProvider)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowWrongPublicOutputCount represents a WrongPublicOutputCount error raised by the Escrow contract.
type EscrowWrongPublicOutputCount struct {
	Given    *big.Int
	Expected uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPublicOutputCount(uint256 given, uint32 expected)
func EscrowWrongPublicOutputCountErrorID() common.Hash {
	return common.HexToHash("0x8a8a6f7f149600cf620bc6bacf434de4b5720eb9ed350e7af3f0b447d0f781ab")
}

// UnpackWrongPublicOutputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPublicOutputCount(uint256 given, uint32 expected)
func (escrow *Escrow) UnpackWrongPublicOutputCountError(raw []byte) (*EscrowWrongPublicOutputCount, error) {
	out := new(EscrowWrongPublicOutputCount)
	if err := escrow.abi.UnpackIntoInterface(out, "WrongPublicOutputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
