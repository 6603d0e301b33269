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
	Provider         common.Address
	State            uint8
	PublicOutputs    uint32
	Verifier         common.Address
	Deadline         uint64
	VerifyingKey     common.Address
	Buyer            common.Address
	VerifyingKeyHash [32]byte
	ModelId          *big.Int
	Amount           *big.Int
	ModelCommitment  *big.Int
	InputCommitment  *big.Int
}

// EscrowMetaData contains all meta data concerning the Escrow contract.
var EscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"DepositBelowPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"KeyChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"registered\",\"type\":\"bytes32\"}],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registered\",\"type\":\"address\"}],\"name\":\"WrongProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"WrongPublicOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"job\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobTag\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"openDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516118f03803806118f0833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161186461008c5f395f81816101ab0152818161027b015261048001526118645ff3fe6080604052600436106100a5575f3560e01c806351cff8d91161006257806351cff8d91461017b5780637b1039991461019a5780639b1a6848146101e5578063c3f81cc514610204578063df18e04714610219578063e7fa9f7d14610244575f5ffd5b806315aebb03146100a957806320159001146100cf5780632329e48c146100fb578063278ecde1146101275780632da8558c146101485780634c5d8a0f14610167575b5f5ffd5b6100bc6100b73660046111be565b610259565b6040519081526020015b60405180910390f35b3480156100da575f5ffd5b506100ee6100e9366004611217565b610719565b6040516100c6919061125c565b348015610106575f5ffd5b5061011a610115366004611217565b610778565b6040516100c69190611296565b348015610132575f5ffd5b50610146610141366004611217565b610912565b005b348015610153575f5ffd5b506101466101623660046113c3565b610a03565b348015610172575f5ffd5b506100bc5f5481565b348015610186575f5ffd5b50610146610195366004611474565b610d5b565b3480156101a5575f5ffd5b506101cd7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100c6565b3480156101f0575f5ffd5b506100bc6101ff366004611217565b610e77565b34801561020f575f5ffd5b506100bc60015481565b348015610224575f5ffd5b506100bc610233366004611474565b60026020525f908152604090205481565b34801561024f575f5ffd5b506100bc60035481565b604051634c5770d960e01b8152600481018690525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634c5770d9906024015f60405180830381865afa1580156102bf573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526102e69190810190611590565b905080604001516103125760405163791bfce360e01b8152600481018890526024015b60405180910390fd5b8060a0015183146103465760a08101516040516376aa325360e11b8152610309918591600401918252602082015260400190565b80516001600160a01b038681169116146103895780516040516324b7d7c360e21b81526001600160a01b0380881660048301529091166024820152604401610309565b8061010001513410156103bf57610100810151604051637150513160e01b81523460048201526024810191909152604401610309565b42846001600160401b0316116103f357604051633d3e5c3b60e21b81526001600160401b0385166004820152602401610309565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001861061043657604051630ac02d2360e11b815260048101879052602401610309565b5f5f81546104439061168f565b91829055506040805161018081019091526001600160a01b03871681529092506020810160018152602001826060015163ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166397d63b2084602001516040518263ffffffff1660e01b81526004016104ce91906116a7565b602060405180830381865afa1580156104e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061050d91906116c1565b6001600160a01b0390811682526001600160401b038716602080840191909152608080860151831660408086019190915233606086015260a080880151928601929092529084018c90523460c085015260e080870151908501526101009093018a90525f86815260048252929092208351815492166001600160a01b0319831681178255928401519092909183916001600160a81b031990911617600160a01b8360038111156105bf576105bf61126e565b02179055506040820151815463ffffffff909116600160a81b0263ffffffff60a81b1990911617815560608201516001808301805460808601516001600160401b0316600160a01b026001600160e01b03199091166001600160a01b039485161717905560a08401516002840180549184166001600160a01b031992831617905560c08501516003850180549190941691161790915560e083015160048301556101008301516005830155610120830151600683015561014083015160078301556101609092015160089091015580543491905f9061069f9084906116dc565b909155505060a08181015160408051338152602081018a905234818301526001600160401b03881660608201526080810192909252516001600160a01b038816928a9286927ffdca3681dbc5183a7cba338f86657c9bff3a95864f88b3dc7102eb9f9781d945929181900390910190a45095945050505050565b5f8181526004602052604081206060918154600160a01b900460ff1660038111156107465761074661126e565b0361076757604051630510aa5f60e41b815260048101849052602401610309565b6107718382610eeb565b9392505050565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810182905261014081018290526101608101919091525f5f83815260046020526040902054600160a01b900460ff1660038111156108025761080261126e565b0361082357604051630510aa5f60e41b815260048101839052602401610309565b5f828152600460209081526040918290208251610180810190935280546001600160a01b03811684529091830190600160a01b900460ff16600381111561086c5761086c61126e565b600381111561087d5761087d61126e565b81528154600160a81b900463ffffffff16602082015260018201546001600160a01b038082166040840152600160a01b9091046001600160401b0316606083015260028301548116608083015260038301541660a0820152600482015460c0820152600582015460e0820152600682015461010082015260078201546101208201526008909101546101409091015292915050565b5f61091c82610fb2565b6001810154909150600160a01b90046001600160401b0316421161097157600181015460405163569b325360e11b815260048101849052600160a01b9091046001600160401b03166024820152604401610309565b6006810154815460ff60a01b1916600360a01b178255600180548291905f9061099b9084906116ef565b909155505060038201546040518281526001600160a01b039091169084907f6a1f355817b0c67f49d69eab66ba0feb8193205ca23b6ba8653427ff2d2790cc9060200160405180910390a360038201546109fe906001600160a01b031682611053565b505050565b5f610a0d87610fb2565b80549091506001600160a01b03163314610a435760405163c42a54ed60e01b815260048101889052336024820152604401610309565b6001810154600160a01b90046001600160401b0316421115610a965760018101546040516337851a4160e11b815260048101899052600160a01b9091046001600160401b03166024820152604401610309565b8054600160a81b900463ffffffff168414610adc578054604051638a8a6f7f60e01b815260048101869052600160a81b90910463ffffffff166024820152604401610309565b5f610ae88560046116dc565b6001600160401b03811115610aff57610aff61148f565b604051908082528060200260200182016040528015610b28578160200160208202803683370190505b5090508160070154815f81518110610b4257610b42611702565b602002602001018181525050816008015481600181518110610b6657610b66611702565b6020026020010181815250508681600281518110610b8657610b86611702565b60209081029190910101528154610ba79089906001600160a01b0316611136565b81600381518110610bba57610bba611702565b60209081029190910101525f5b85811015610c1957868682818110610be157610be1611702565b9050602002013582826004610bf691906116dc565b81518110610c0657610c06611702565b6020908102919091010152600101610bc7565b505f610c258984610eeb565b600184015460405163c8f6240560e01b81529192506001600160a01b03169063c8f6240590610c5e908490899089908890600401611716565b602060405180830381865afa158015610c79573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c9d919061179e565b610cbd57604051635e3fa05160e01b8152600481018a9052602401610309565b6006830154835460ff60a01b1916600160a11b178455600180548291905f90610ce79084906116ef565b909155505083546040516001600160a01b03909116908b907f366cb54d24cc41b889a7bbb57db7a4774c68dec42fef4ab469540512591239f490610d32908d908d908d9088906117b7565b60405180910390a38354610d4f906001600160a01b031682611053565b50505050505050505050565b335f9081526002602052604081205490819003610d8d57604051633a8d87ed60e11b8152336004820152602401610309565b335f90815260026020526040812081905560038054839290610db09084906116ef565b90915550506040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610e3e576040519150601f19603f3d011682016040523d82523d5f602084013e610e43565b606091505b50509050806109fe57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610309565b5f805f83815260046020526040902054600160a01b900460ff166003811115610ea257610ea261126e565b03610ec357604051630510aa5f60e41b815260048101839052602401610309565b5f82815260046020526040902054610ee59083906001600160a01b0316611136565b92915050565b60028101546060906001600160a01b0316803b5f819003610f2257604051633f8bdcf960e11b815260048101869052602401610309565b610f2d6001826116ef565b6001600160401b03811115610f4457610f4461148f565b6040519080825280601f01601f191660200182016040528015610f6e576020820181803683370190505b50925060018103600160208501843c60048401548351602085012014610faa57604051633f8bdcf960e11b815260048101869052602401610309565b505092915050565b5f818152600460205260408120908154600160a01b900460ff166003811115610fdd57610fdd61126e565b03610ffe57604051630510aa5f60e41b815260048101839052602401610309565b60018154600160a01b900460ff16600381111561101d5761101d61126e565b1461104e578054604051600162dae87360e01b03198152610309918491600160a01b90910460ff16906004016117fb565b919050565b5f826001600160a01b03168261c350906040515f60405180830381858888f193505050503d805f81146110a1576040519150601f19603f3d011682016040523d82523d5f602084013e6110a6565b606091505b50509050806109fe576001600160a01b0383165f90815260026020526040812080548492906110d69084906116dc565b925050819055508160035f8282546110ee91906116dc565b90915550506040518281526001600160a01b038416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a2505050565b604080514660208201523091810191909152606081018390526001600160a01b03821660808201525f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019060a001604051602081830303815290604052805190602001205f1c610771919061180f565b6001600160a01b03811681146111bb575f5ffd5b50565b5f5f5f5f5f60a086880312156111d2575f5ffd5b853594506020860135935060408601356111eb816111a7565b925060608601356001600160401b0381168114611206575f5ffd5b949793965091946080013592915050565b5f60208284031215611227575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610771602083018461122e565b634e487b7160e01b5f52602160045260245ffd5b600481106112925761129261126e565b9052565b81516001600160a01b03168152610180810160208301516112ba6020840182611282565b5060408301516112d2604084018263ffffffff169052565b5060608301516112ed60608401826001600160a01b03169052565b50608083015161130860808401826001600160401b03169052565b5060a083015161132360a08401826001600160a01b03169052565b5060c083015161133e60c08401826001600160a01b03169052565b5060e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015261016083015161016083015292915050565b5f5f83601f84011261138f575f5ffd5b5081356001600160401b038111156113a5575f5ffd5b6020830191508360208285010111156113bc575f5ffd5b9250929050565b5f5f5f5f5f5f608087890312156113d8575f5ffd5b863595506020870135945060408701356001600160401b038111156113fb575f5ffd5b8701601f8101891361140b575f5ffd5b80356001600160401b03811115611420575f5ffd5b8960208260051b8401011115611434575f5ffd5b6020919091019450925060608701356001600160401b03811115611456575f5ffd5b61146289828a0161137f565b979a9699509497509295939492505050565b5f60208284031215611484575f5ffd5b8135610771816111a7565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b03811182821017156114c6576114c661148f565b60405290565b805161104e816111a7565b80516002811061104e575f5ffd5b8051801515811461104e575f5ffd5b805163ffffffff8116811461104e575f5ffd5b5f82601f830112611516575f5ffd5b81516001600160401b0381111561152f5761152f61148f565b604051601f8201601f19908116603f011681016001600160401b038111828210171561155d5761155d61148f565b604052818152838201602001851015611574575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156115a0575f5ffd5b81516001600160401b038111156115b5575f5ffd5b820161014081850312156115c7575f5ffd5b6115cf6114a3565b6115d8826114cc565b81526115e6602083016114d7565b60208201526115f7604083016114e5565b6040820152611608606083016114f4565b6060820152611619608083016114cc565b608082015260a0828101519082015260c0808301519082015260e0808301519082015261010080830151908201526101208201516001600160401b03811115611660575f5ffd5b61166c86828501611507565b61012083015250949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f600182016116a0576116a061167b565b5060010190565b60208101600283106116bb576116bb61126e565b91905290565b5f602082840312156116d1575f5ffd5b8151610771816111a7565b80820180821115610ee557610ee561167b565b81810381811115610ee557610ee561167b565b634e487b7160e01b5f52603260045260245ffd5b606081525f611728606083018761122e565b8281036020840152848152848660208301375f60208683018101829052601f19601f88011690920184810383016040808701919091528651828501819052938701939101905b80831015611791578351825260208201915060208401935060018301925061176e565b5098975050505050505050565b5f602082840312156117ae575f5ffd5b610771826114e5565b84815260606020820181905281018390525f6001600160fb1b038411156117dc575f5ffd5b8360051b80866080850137604083019390935250016080019392505050565b828152604081016107716020830184611282565b5f8261182957634e487b7160e01b5f52601260045260245ffd5b50069056fea2646970667358221220497df613cc8b3f3c8eb4fc60ef4a77d641e56505be630f6d65064d06880a550164736f6c63430008250033",
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
// the contract method with ID 0x15aebb03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash) payable returns(uint256 jobId)
func (escrow *Escrow) PackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64, verifyingKeyHash [32]byte) []byte {
	enc, err := escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline, verifyingKeyHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15aebb03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash) payable returns(uint256 jobId)
func (escrow *Escrow) TryPackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64, verifyingKeyHash [32]byte) ([]byte, error) {
	return escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline, verifyingKeyHash)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15aebb03.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash) payable returns(uint256 jobId)
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
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint32,address,uint64,address,address,bytes32,uint256,uint256,uint256,uint256))
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
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint32,address,uint64,address,address,bytes32,uint256,uint256,uint256,uint256))
func (escrow *Escrow) TryPackJob(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("job", jobId)
}

// UnpackJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2329e48c.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint32,address,uint64,address,address,bytes32,uint256,uint256,uint256,uint256))
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

// PackJobTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1a6848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobTag(uint256 jobId) view returns(uint256)
func (escrow *Escrow) PackJobTag(jobId *big.Int) []byte {
	enc, err := escrow.abi.Pack("jobTag", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1a6848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobTag(uint256 jobId) view returns(uint256)
func (escrow *Escrow) TryPackJobTag(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("jobTag", jobId)
}

// UnpackJobTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b1a6848.
//
// Solidity: function jobTag(uint256 jobId) view returns(uint256)
func (escrow *Escrow) UnpackJobTag(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("jobTag", data)
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

// PackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20159001.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKey(uint256 jobId) view returns(bytes)
func (escrow *Escrow) PackVerifyingKey(jobId *big.Int) []byte {
	enc, err := escrow.abi.Pack("verifyingKey", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20159001.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKey(uint256 jobId) view returns(bytes)
func (escrow *Escrow) TryPackVerifyingKey(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("verifyingKey", jobId)
}

// UnpackVerifyingKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20159001.
//
// Solidity: function verifyingKey(uint256 jobId) view returns(bytes)
func (escrow *Escrow) UnpackVerifyingKey(data []byte) ([]byte, error) {
	out, err := escrow.abi.Unpack("verifyingKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
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
	JobId            *big.Int
	ModelId          *big.Int
	Provider         common.Address
	Buyer            common.Address
	InputCommitment  *big.Int
	Amount           *big.Int
	Deadline         uint64
	VerifyingKeyHash [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const EscrowJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (EscrowJobCreated) ContractEventName() string {
	return EscrowJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, uint256 indexed modelId, address indexed provider, address buyer, uint256 inputCommitment, uint256 amount, uint64 deadline, bytes32 verifyingKeyHash)
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["KeyChanged"].ID.Bytes()[:4]) {
		return escrow.UnpackKeyChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["KeyMismatch"].ID.Bytes()[:4]) {
		return escrow.UnpackKeyMismatchError(raw[4:])
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

// EscrowKeyChanged represents a KeyChanged error raised by the Escrow contract.
type EscrowKeyChanged struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyChanged(uint256 jobId)
func EscrowKeyChangedErrorID() common.Hash {
	return common.HexToHash("0x7f17b9f2eaf249a4919a5a335f548db480ba6863726b22c32e02f1cc343c4a6a")
}

// UnpackKeyChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyChanged(uint256 jobId)
func (escrow *Escrow) UnpackKeyChangedError(raw []byte) (*EscrowKeyChanged, error) {
	out := new(EscrowKeyChanged)
	if err := escrow.abi.UnpackIntoInterface(out, "KeyChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowKeyMismatch represents a KeyMismatch error raised by the Escrow contract.
type EscrowKeyMismatch struct {
	Expected   [32]byte
	Registered [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyMismatch(bytes32 expected, bytes32 registered)
func EscrowKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0xed5464a6ff073223b7ce1b4edf550eb83ae4b25d913bf7bf0e6528731526fb13")
}

// UnpackKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyMismatch(bytes32 expected, bytes32 registered)
func (escrow *Escrow) UnpackKeyMismatchError(raw []byte) (*EscrowKeyMismatch, error) {
	out := new(EscrowKeyMismatch)
	if err := escrow.abi.UnpackIntoInterface(out, "KeyMismatch", raw); err != nil {
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
