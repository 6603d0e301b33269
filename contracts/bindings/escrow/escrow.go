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
	Deadline         uint64
	BatchKeys        uint16
	Verifier         common.Address
	PublicOutputs    uint32
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"accepted\",\"type\":\"uint16\"}],\"name\":\"BatchKeyNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"accepted\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"registered\",\"type\":\"uint16\"}],\"name\":\"BatchKeyNotAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"BatchMixesModels\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputCommitments\",\"type\":\"uint256\"}],\"name\":\"BatchShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobs\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"keyJobs\",\"type\":\"uint32\"}],\"name\":\"BatchSizeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"}],\"name\":\"CommitmentNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"DepositBelowPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"DepositTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBatchProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"KeyChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"registered\",\"type\":\"bytes32\"}],\"name\":\"KeyMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelRetired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NothingOwed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registered\",\"type\":\"address\"}],\"name\":\"WrongProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"expected\",\"type\":\"uint32\"}],\"name\":\"WrongPublicOutputCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"}],\"name\":\"batchTag\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"batchKeys\",\"type\":\"uint16\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outputCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"keyIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"outputCommitments\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"publicOutputs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfillBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"job\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumEscrow.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"batchKeys\",\"type\":\"uint16\"},{\"internalType\":\"contractIProofVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"publicOutputs\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"verifyingKey\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"modelId\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"modelCommitment\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputCommitment\",\"type\":\"uint256\"}],\"internalType\":\"structEscrow.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobTag\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"openDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Escrow",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516125bb3803806125bb83398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516125226100995f395f81816101e301528181610aa401528181610d22015261166301526125225ff3fe6080604052600436106100d9575f3560e01c80637b1039991161007c5780639b1a6848116100575780639b1a68481461025b578063c3f81cc51461027a578063df18e0471461028f578063e7fa9f7d146102ba575f5ffd5b80637b103999146101d257806393dac58d1461021d57806397a9330e1461023c575f5ffd5b80632da8558c116100b75780632da8558c1461015f5780634c5d8a0f1461017e57806351cff8d9146101a05780635be98dcd146101bf575f5ffd5b806320159001146100dd5780632329e48c14610112578063278ecde11461013e575b5f5ffd5b3480156100e8575f5ffd5b506100fc6100f7366004611bb9565b6102cf565b6040516101099190611bfe565b60405180910390f35b34801561011d575f5ffd5b5061013161012c366004611bb9565b610333565b6040516101099190611c38565b348015610149575f5ffd5b5061015d610158366004611bb9565b6104f5565b005b34801561016a575f5ffd5b5061015d610179366004611ddf565b6105f7565b348015610189575f5ffd5b506101925f5481565b604051908152602001610109565b3480156101ab575f5ffd5b5061015d6101ba366004611e76565b610966565b6101926101cd366004611ea0565b610a82565b3480156101dd575f5ffd5b506102057f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610109565b348015610228575f5ffd5b50610192610237366004611f0e565b611024565b348015610247575f5ffd5b5061015d610256366004611f5e565b611038565b348015610266575f5ffd5b50610192610275366004611bb9565b611081565b348015610285575f5ffd5b5061019260015481565b34801561029a575f5ffd5b506101926102a9366004611e76565b60026020525f908152604090205481565b3480156102c5575f5ffd5b5061019260035481565b5f8181526004602052604081206060918154600160a01b900460ff1660038111156102fc576102fc611c10565b0361032257604051630510aa5f60e41b8152600481018490526024015b60405180910390fd5b61032c83826110f5565b9392505050565b604080516101a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081018290526101808101919091525f5f83815260046020526040902054600160a01b900460ff1660038111156103c5576103c5611c10565b036103e657604051630510aa5f60e41b815260048101839052602401610319565b5f8281526004602090815260409182902082516101a0810190935280546001600160a01b03811684529091830190600160a01b900460ff16600381111561042f5761042f611c10565b600381111561044057610440611c10565b81528154600160a81b81046001600160401b03166020830152600160e81b900461ffff16604082015260018201546001600160a01b038082166060840152600160a01b90910463ffffffff1660808301526002830154811660a083015260038301541660c0820152600482015460e082015260058201546001600160601b03808216610100840152600160601b9091041661012082015260068201546101408201526007909101546101609091015292915050565b5f6104ff8261113d565b8054909150600160a81b90046001600160401b0316421161054e57805460405163569b325360e11b815260048101849052600160a81b9091046001600160401b03166024820152604401610319565b60058101548154600160601b9091046001600160601b031690600390839060ff60a01b1916600160a01b8302179055508060015f82825461058f9190612047565b909155505060038201546040518281526001600160a01b039091169084907f6a1f355817b0c67f49d69eab66ba0feb8193205ca23b6ba8653427ff2d2790cc9060200160405180910390a360038201546105f2906001600160a01b0316826111de565b505050565b5f6106018761113d565b80549091506001600160a01b031633146106375760405163c42a54ed60e01b815260048101889052336024820152604401610319565b8054600160a81b90046001600160401b03164211156106845780546040516337851a4160e11b815260048101899052600160a81b9091046001600160401b03166024820152604401610319565b6001810154600160a01b900463ffffffff1684146106d0576001810154604051638a8a6f7f60e01b815260048101869052600160a01b90910463ffffffff166024820152604401610319565b5f6106dc85600461205a565b6001600160401b038111156106f3576106f361206d565b60405190808252806020026020018201604052801561071c578160200160208202803683370190505b5090508160060154815f8151811061073657610736612081565b60200260200101818152505081600701548160018151811061075a5761075a612081565b602002602001018181525050868160028151811061077a5761077a612081565b6020908102919091010152815461079b9089906001600160a01b03166112c1565b816003815181106107ae576107ae612081565b60209081029190910101525f5b8581101561080d578686828181106107d5576107d5612081565b90506020020135828260046107ea919061205a565b815181106107fa576107fa612081565b60209081029190910101526001016107bb565b505f61081989846110f5565b600184015460405163c8f6240560e01b81529192506001600160a01b03169063c8f6240590610852908490899089908890600401612095565b602060405180830381865afa15801561086d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610891919061212c565b6108b157604051635e3fa05160e01b8152600481018a9052602401610319565b60058301548354600160601b9091046001600160601b031690600290859060ff60a01b1916600160a01b8302179055508060015f8282546108f29190612047565b909155505083546040516001600160a01b03909116908b907f366cb54d24cc41b889a7bbb57db7a4774c68dec42fef4ab469540512591239f49061093d908d908d908d908890612175565b60405180910390a3835461095a906001600160a01b0316826111de565b50505050505050505050565b335f908152600260205260408120549081900361099857604051633a8d87ed60e11b8152336004820152602401610319565b335f908152600260205260408120819055600380548392906109bb908490612047565b90915550506040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a35f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610a49576040519150601f19603f3d011682016040523d82523d5f602084013e610a4e565b606091505b50509050806105f257604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610319565b604051634c5770d960e01b8152600481018790525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634c5770d9906024015f60405180830381865afa158015610ae8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610b0f9190810190612288565b90508060400151610b365760405163791bfce360e01b815260048101899052602401610319565b8060c001518414610b6a5760c08101516040516376aa325360e11b8152610319918691600401918252602082015260400190565b80516001600160a01b03878116911614610bad5780516040516324b7d7c360e21b81526001600160a01b0380891660048301529091166024820152604401610319565b806101200151341015610be357610120810151604051637150513160e01b81523460048201526024810191909152604401610319565b42856001600160401b031611610c1757604051633d3e5c3b60e21b81526001600160401b0386166004820152602401610319565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018710610c5a57604051630ac02d2360e11b815260048101889052602401610319565b806080015161ffff168361ffff161115610ca257608081015160405163076bbb0360e51b8152600481018a905261ffff80861660248301529091166044820152606401610319565b6001600160601b03341115610ccf576040516001628bf98760e01b03198152346004820152602401610319565b5f5f8154610cdc90612385565b9182905550604080516101a081019091526001600160a01b03881681529092506020810160018152602001866001600160401b031681526020018461ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166397d63b2084602001516040518263ffffffff1660e01b8152600401610d70919061239d565b602060405180830381865afa158015610d8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610daf91906123b7565b6001600160a01b03168152602001826060015163ffffffff1681526020018260a001516001600160a01b03168152602001336001600160a01b031681526020018260c001518152602001896001600160601b03168152602001346001600160601b0316815260200182610100015181526020018881525060045f8481526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff02191690836003811115610e8a57610e8a611c10565b021790555060408201518154606084015161ffff16600160e81b0261ffff60e81b196001600160401b03909316600160a81b029290921669ffffffffffffffffffff60a81b199091161717815560808201516001808301805460a086015163ffffffff16600160a01b026001600160c01b03199182166001600160a01b03958616171790915560c08501516002850180549185166001600160a01b031992831617905560e08601516003860180549190951691161790925561010084015160048401556101208401516005840180546101408701516001600160601b03908116600160601b029190951694909216939093171790915561016083015160068301556101809092015160079091015580543491905f90610faa90849061205a565b909155505060c081015160408051338152602081018a905234818301526001600160401b03881660608201526080810192909252516001600160a01b038816918a9185917ffdca3681dbc5183a7cba338f86657c9bff3a95864f88b3dc7102eb9f9781d945919081900360a00190a4509695505050505050565b5f611030848484611332565b949350505050565b5f6110488a8a8a8a8a8a8a61138f565b90506110738a8a5f81811061105f5761105f612081565b90506020020135898c8c9050868686611624565b61095a8a8a898989896117e8565b5f805f83815260046020526040902054600160a01b900460ff1660038111156110ac576110ac611c10565b036110cd57604051630510aa5f60e41b815260048101839052602401610319565b5f828152600460205260409020546110ef9083906001600160a01b03166112c1565b92915050565b60028101546004820154606091611117916001600160a01b0390911690611959565b905080515f036110ef57604051633f8bdcf960e11b815260048101849052602401610319565b5f818152600460205260408120908154600160a01b900460ff16600381111561116857611168611c10565b0361118957604051630510aa5f60e41b815260048101839052602401610319565b60018154600160a01b900460ff1660038111156111a8576111a8611c10565b146111d9578054604051600162dae87360e01b03198152610319918491600160a01b90910460ff16906004016123d2565b919050565b5f826001600160a01b03168261c350906040515f60405180830381858888f193505050503d805f811461122c576040519150601f19603f3d011682016040523d82523d5f602084013e611231565b606091505b50509050806105f2576001600160a01b0383165f908152600260205260408120805484929061126190849061205a565b925050819055508160035f828254611279919061205a565b90915550506040518281526001600160a01b038416907f8af6e30690e4b192e05dc42baa9776cefda6c432838616c7f4f036bbab44917e9060200160405180910390a2505050565b604080514660208201523091810191909152606081018390526001600160a01b03821660808201525f907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019060a001604051602081830303815290604052805190602001205f1c61032c91906123e6565b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001463086868660405160200161136d959493929190612405565b604051602081830303815290604052805190602001205f1c61103091906123e6565b60608680158061139f5750848114155b156113c757604051631a8c432760e01b81526004810182905260248101869052604401610319565b5f6113e98a8a5f8181106113dd576113dd612081565b9050602002013561113d565b6001810154909150600160a01b900463ffffffff166114088184612442565b851461144157846114198285612442565b604051638a8a6f7f60e01b8152600481019290925263ffffffff166024820152604401610319565b60058201546001600160601b03168561145b856002612442565b61146690600261205a565b611470919061205a565b6001600160401b038111156114875761148761206d565b6040519080825280602002602001820160405280156114b0578160200160208202803683370190505b5094508260060154855f815181106114ca576114ca612081565b6020026020010181815250506114e1338d8d611332565b856001815181106114f4576114f4612081565b60209081029190910101525f5b848110156115a95761152c8d8d8381811061151e5761151e612081565b905060200201358c846119f8565b8661153883600261205a565b8151811061154857611548612081565b60200260200101818152505089898281811061156657611566612081565b90506020020135868287600261157c919061205a565b611586919061205a565b8151811061159657611596612081565b6020908102919091010152600101611501565b505f5b86811015611614578787828181106115c6576115c6612081565b9050602002013586828760026115dc9190612442565b6115e790600261205a565b6115f1919061205a565b8151811061160157611601612081565b60209081029190910101526001016115ac565b5050505050979650505050505050565b5f868152600460208190526040808320600581015491516351729d7b60e01b81526001600160601b0390921692820192909252602481018890529091907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906351729d7b90604401606060405180830381865afa1580156116b0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116d49190612459565b805190915063ffffffff168614611710578051604051636badcaf960e11b81526004810188905263ffffffff9091166024820152604401610319565b5f61172382602001518360400151611959565b905080515f0361174957604051633f8bdcf960e11b8152600481018a9052602401610319565b600183015460405163c8f6240560e01b81526001600160a01b039091169063c8f62405906117819084908a908a908a90600401612095565b602060405180830381865afa15801561179c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117c0919061212c565b6117dd57604051631012be4960e11b815260040160405180910390fd5b505050505050505050565b5f60045f88885f8181106117fe576117fe612081565b602090810292909201358352508101919091526040015f90812060010154600160a01b900463ffffffff169150805b8781101561192d575f60045f8b8b8581811061184b5761184b612081565b602090810292909201358352508101919091526040015f2060050154600160601b90046001600160601b03169050611883818461205a565b9250338a8a8481811061189857611898612081565b905060200201357f366cb54d24cc41b889a7bbb57db7a4774c68dec42fef4ab469540512591239f48a8a868181106118d2576118d2612081565b90506020020135898989886118e79190612442565b908a6118f48a600161205a565b6118fe9190612442565b9261190b939291906124c1565b8660405161191c9493929190612175565b60405180910390a35060010161182d565b508060015f82825461193f9190612047565b9091555061194f905033826111de565b5050505050505050565b60606001600160a01b0383163b5f81900361197457506110ef565b61197f600182612047565b6001600160401b038111156119965761199661206d565b6040519080825280601f01601f1916602001820160405280156119c0576020820181803683370190505b50915060018103600160208401863c8151602083012083146119f1575050604080515f8152602081019091526110ef565b5092915050565b5f83815260046020526040812080546001600160a01b03811690600160a01b810460ff1690600160a81b81046001600160401b031690600160e81b900461ffff166001836003811115611a4d57611a4d611c10565b14611aa6575f836003811115611a6557611a65611c10565b03611a8657604051630510aa5f60e41b8152600481018a9052602401610319565b8883604051600162dae87360e01b031981526004016103199291906123d2565b336001600160a01b03851614611ad85760405163c42a54ed60e01b8152600481018a9052336024820152604401610319565b816001600160401b0316421115611b14576040516337851a4160e11b8152600481018a90526001600160401b0383166024820152604401610319565b8061ffff168810611b4c5760405163341ec59760e11b8152600481018a90526024810189905261ffff82166044820152606401610319565b60058501546001600160601b03168714611b9857600585015460405163a15dc53560e01b8152600481018b90526001600160601b03909116602482015260448101889052606401610319565b5050825460ff60a01b1916600160a11b178355505060070154949350505050565b5f60208284031215611bc9575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61032c6020830184611bd0565b634e487b7160e01b5f52602160045260245ffd5b60048110611c3457611c34611c10565b9052565b81516001600160a01b031681526101a081016020830151611c5c6020840182611c24565b506040830151611c7760408401826001600160401b03169052565b506060830151611c8d606084018261ffff169052565b506080830151611ca860808401826001600160a01b03169052565b5060a0830151611cc060a084018263ffffffff169052565b5060c0830151611cdb60c08401826001600160a01b03169052565b5060e0830151611cf660e08401826001600160a01b03169052565b50610100830151610100830152610120830151611d1f6101208401826001600160601b03169052565b50610140830151611d3c6101408401826001600160601b03169052565b5061016083015161016083015261018083015161018083015292915050565b5f5f83601f840112611d6b575f5ffd5b5081356001600160401b03811115611d81575f5ffd5b6020830191508360208260051b8501011115611d9b575f5ffd5b9250929050565b5f5f83601f840112611db2575f5ffd5b5081356001600160401b03811115611dc8575f5ffd5b602083019150836020828501011115611d9b575f5ffd5b5f5f5f5f5f5f60808789031215611df4575f5ffd5b863595506020870135945060408701356001600160401b03811115611e17575f5ffd5b611e2389828a01611d5b565b90955093505060608701356001600160401b03811115611e41575f5ffd5b611e4d89828a01611da2565b979a9699509497509295939492505050565b6001600160a01b0381168114611e73575f5ffd5b50565b5f60208284031215611e86575f5ffd5b813561032c81611e5f565b61ffff81168114611e73575f5ffd5b5f5f5f5f5f5f60c08789031215611eb5575f5ffd5b86359550602087013594506040870135611ece81611e5f565b935060608701356001600160401b0381168114611ee9575f5ffd5b92506080870135915060a0870135611f0081611e91565b809150509295509295509295565b5f5f5f60408486031215611f20575f5ffd5b8335611f2b81611e5f565b925060208401356001600160401b03811115611f45575f5ffd5b611f5186828701611d5b565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f60a08a8c031215611f76575f5ffd5b89356001600160401b03811115611f8b575f5ffd5b611f978c828d01611d5b565b909a5098505060208a0135965060408a01356001600160401b03811115611fbc575f5ffd5b611fc88c828d01611d5b565b90975095505060608a01356001600160401b03811115611fe6575f5ffd5b611ff28c828d01611d5b565b90955093505060808a01356001600160401b03811115612010575f5ffd5b61201c8c828d01611da2565b915080935050809150509295985092959850929598565b634e487b7160e01b5f52601160045260245ffd5b818103818111156110ef576110ef612033565b808201808211156110ef576110ef612033565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b606081525f6120a76060830187611bd0565b8281036020840152848152848660208301375f60208683018101829052601f19601f88011690920184810383016040808701919091528651828501819052938701939101905b8083101561211057835182526020820191506020840193506001830192506120ed565b5098975050505050505050565b805180151581146111d9575f5ffd5b5f6020828403121561213c575f5ffd5b61032c8261211d565b8183525f6001600160fb1b0383111561215c575f5ffd5b8260051b80836020870137939093016020019392505050565b848152606060208201525f61218e606083018587612145565b905082604083015295945050505050565b60405161016081016001600160401b03811182821017156121c2576121c261206d565b60405290565b80516111d981611e5f565b8051600281106111d9575f5ffd5b805163ffffffff811681146111d9575f5ffd5b80516111d981611e91565b5f82601f83011261220e575f5ffd5b81516001600160401b038111156122275761222761206d565b604051601f8201601f19908116603f011681016001600160401b03811182821017156122555761225561206d565b60405281815283820160200185101561226c575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215612298575f5ffd5b81516001600160401b038111156122ad575f5ffd5b820161016081850312156122bf575f5ffd5b6122c761219f565b6122d0826121c8565b81526122de602083016121d3565b60208201526122ef6040830161211d565b6040820152612300606083016121e1565b6060820152612311608083016121f4565b608082015261232260a083016121c8565b60a082015260c0828101519082015260e08083015190820152610100808301519082015261012080830151908201526101408201516001600160401b0381111561236a575f5ffd5b612376868285016121ff565b61014083015250949350505050565b5f6001820161239657612396612033565b5060010190565b60208101600283106123b1576123b1611c10565b91905290565b5f602082840312156123c7575f5ffd5b815161032c81611e5f565b8281526040810161032c6020830184611c24565b5f8261240057634e487b7160e01b5f52601260045260245ffd5b500690565b8581526001600160a01b038581166020830152841660408201526080606082018190525f906124379083018486612145565b979650505050505050565b80820281158282048414176110ef576110ef612033565b5f606082840312801561246a575f5ffd5b50604051606081016001600160401b038111828210171561248d5761248d61206d565b604052612499836121e1565b815260208301516124a981611e5f565b60208201526040928301519281019290925250919050565b5f5f858511156124cf575f5ffd5b838611156124db575f5ffd5b5050600583901b019391909203915056fea2646970667358221220b70168e4017471aa8cc473832764b7badac274a5eccb9a162c08c4b36eb9eae164736f6c63430008250033",
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

// PackBatchTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93dac58d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTag(address provider, uint256[] jobIds) view returns(uint256)
func (escrow *Escrow) PackBatchTag(provider common.Address, jobIds []*big.Int) []byte {
	enc, err := escrow.abi.Pack("batchTag", provider, jobIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93dac58d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchTag(address provider, uint256[] jobIds) view returns(uint256)
func (escrow *Escrow) TryPackBatchTag(provider common.Address, jobIds []*big.Int) ([]byte, error) {
	return escrow.abi.Pack("batchTag", provider, jobIds)
}

// UnpackBatchTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93dac58d.
//
// Solidity: function batchTag(address provider, uint256[] jobIds) view returns(uint256)
func (escrow *Escrow) UnpackBatchTag(data []byte) (*big.Int, error) {
	out, err := escrow.abi.Unpack("batchTag", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5be98dcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash, uint16 batchKeys) payable returns(uint256 jobId)
func (escrow *Escrow) PackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64, verifyingKeyHash [32]byte, batchKeys uint16) []byte {
	enc, err := escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline, verifyingKeyHash, batchKeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5be98dcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash, uint16 batchKeys) payable returns(uint256 jobId)
func (escrow *Escrow) TryPackCreateJob(modelId *big.Int, inputCommitment *big.Int, provider common.Address, deadline uint64, verifyingKeyHash [32]byte, batchKeys uint16) ([]byte, error) {
	return escrow.abi.Pack("createJob", modelId, inputCommitment, provider, deadline, verifyingKeyHash, batchKeys)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5be98dcd.
//
// Solidity: function createJob(uint256 modelId, uint256 inputCommitment, address provider, uint64 deadline, bytes32 verifyingKeyHash, uint16 batchKeys) payable returns(uint256 jobId)
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

// PackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a9330e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfillBatch(uint256[] jobIds, uint256 keyIndex, uint256[] outputCommitments, uint256[] publicOutputs, bytes proof) returns()
func (escrow *Escrow) PackFulfillBatch(jobIds []*big.Int, keyIndex *big.Int, outputCommitments []*big.Int, publicOutputs []*big.Int, proof []byte) []byte {
	enc, err := escrow.abi.Pack("fulfillBatch", jobIds, keyIndex, outputCommitments, publicOutputs, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a9330e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfillBatch(uint256[] jobIds, uint256 keyIndex, uint256[] outputCommitments, uint256[] publicOutputs, bytes proof) returns()
func (escrow *Escrow) TryPackFulfillBatch(jobIds []*big.Int, keyIndex *big.Int, outputCommitments []*big.Int, publicOutputs []*big.Int, proof []byte) ([]byte, error) {
	return escrow.abi.Pack("fulfillBatch", jobIds, keyIndex, outputCommitments, publicOutputs, proof)
}

// PackJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2329e48c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,uint16,address,uint32,address,address,bytes32,uint96,uint96,uint256,uint256))
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
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,uint16,address,uint32,address,address,bytes32,uint96,uint96,uint256,uint256))
func (escrow *Escrow) TryPackJob(jobId *big.Int) ([]byte, error) {
	return escrow.abi.Pack("job", jobId)
}

// UnpackJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2329e48c.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,uint16,address,uint32,address,address,bytes32,uint96,uint96,uint256,uint256))
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchKeyNotAccepted"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchKeyNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchKeyNotAvailable"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchKeyNotAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchMixesModels"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchMixesModelsError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchShape"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["BatchSizeMismatch"].ID.Bytes()[:4]) {
		return escrow.UnpackBatchSizeMismatchError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], escrow.abi.Errors["DepositTooLarge"].ID.Bytes()[:4]) {
		return escrow.UnpackDepositTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], escrow.abi.Errors["InvalidBatchProof"].ID.Bytes()[:4]) {
		return escrow.UnpackInvalidBatchProofError(raw[4:])
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

// EscrowBatchKeyNotAccepted represents a BatchKeyNotAccepted error raised by the Escrow contract.
type EscrowBatchKeyNotAccepted struct {
	JobId    *big.Int
	Index    *big.Int
	Accepted uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchKeyNotAccepted(uint256 jobId, uint256 index, uint16 accepted)
func EscrowBatchKeyNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x683d8b2e0e99262c6727f631261d4e6ebfab28d1ef2b62ea95d4d6221b963d8d")
}

// UnpackBatchKeyNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchKeyNotAccepted(uint256 jobId, uint256 index, uint16 accepted)
func (escrow *Escrow) UnpackBatchKeyNotAcceptedError(raw []byte) (*EscrowBatchKeyNotAccepted, error) {
	out := new(EscrowBatchKeyNotAccepted)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchKeyNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBatchKeyNotAvailable represents a BatchKeyNotAvailable error raised by the Escrow contract.
type EscrowBatchKeyNotAvailable struct {
	ModelId    *big.Int
	Accepted   uint16
	Registered uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchKeyNotAvailable(uint256 modelId, uint16 accepted, uint16 registered)
func EscrowBatchKeyNotAvailableErrorID() common.Hash {
	return common.HexToHash("0xed7760601d040e4dc616461732c5178a4ea42198804b8d815f43df48d8c18b37")
}

// UnpackBatchKeyNotAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchKeyNotAvailable(uint256 modelId, uint16 accepted, uint16 registered)
func (escrow *Escrow) UnpackBatchKeyNotAvailableError(raw []byte) (*EscrowBatchKeyNotAvailable, error) {
	out := new(EscrowBatchKeyNotAvailable)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchKeyNotAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBatchMixesModels represents a BatchMixesModels error raised by the Escrow contract.
type EscrowBatchMixesModels struct {
	JobId    *big.Int
	ModelId  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchMixesModels(uint256 jobId, uint256 modelId, uint256 expected)
func EscrowBatchMixesModelsErrorID() common.Hash {
	return common.HexToHash("0xa15dc5350d224f00f2cb6e45e16b90f520c9c9b3b93c016bc41b278f794a6d1d")
}

// UnpackBatchMixesModelsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchMixesModels(uint256 jobId, uint256 modelId, uint256 expected)
func (escrow *Escrow) UnpackBatchMixesModelsError(raw []byte) (*EscrowBatchMixesModels, error) {
	out := new(EscrowBatchMixesModels)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchMixesModels", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBatchShape represents a BatchShape error raised by the Escrow contract.
type EscrowBatchShape struct {
	Jobs              *big.Int
	OutputCommitments *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchShape(uint256 jobs, uint256 outputCommitments)
func EscrowBatchShapeErrorID() common.Hash {
	return common.HexToHash("0x1a8c43274c3109976d1b0449d303b57007cea9907bcb5f12acb87e296ffddded")
}

// UnpackBatchShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchShape(uint256 jobs, uint256 outputCommitments)
func (escrow *Escrow) UnpackBatchShapeError(raw []byte) (*EscrowBatchShape, error) {
	out := new(EscrowBatchShape)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowBatchSizeMismatch represents a BatchSizeMismatch error raised by the Escrow contract.
type EscrowBatchSizeMismatch struct {
	Jobs    *big.Int
	KeyJobs uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchSizeMismatch(uint256 jobs, uint32 keyJobs)
func EscrowBatchSizeMismatchErrorID() common.Hash {
	return common.HexToHash("0xd75b95f256cebeb44f10f847a03dcc29eac7f01d1ba3f6543dd8de9f0c0a58d9")
}

// UnpackBatchSizeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchSizeMismatch(uint256 jobs, uint32 keyJobs)
func (escrow *Escrow) UnpackBatchSizeMismatchError(raw []byte) (*EscrowBatchSizeMismatch, error) {
	out := new(EscrowBatchSizeMismatch)
	if err := escrow.abi.UnpackIntoInterface(out, "BatchSizeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// EscrowDepositTooLarge represents a DepositTooLarge error raised by the Escrow contract.
type EscrowDepositTooLarge struct {
	Sent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositTooLarge(uint256 sent)
func EscrowDepositTooLargeErrorID() common.Hash {
	return common.HexToHash("0xff7406790be0f5c0422c79b75db0ae91b8a505e71e04c6e1bd5b40b246d5bc97")
}

// UnpackDepositTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositTooLarge(uint256 sent)
func (escrow *Escrow) UnpackDepositTooLargeError(raw []byte) (*EscrowDepositTooLarge, error) {
	out := new(EscrowDepositTooLarge)
	if err := escrow.abi.UnpackIntoInterface(out, "DepositTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EscrowInvalidBatchProof represents a InvalidBatchProof error raised by the Escrow contract.
type EscrowInvalidBatchProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBatchProof()
func EscrowInvalidBatchProofErrorID() common.Hash {
	return common.HexToHash("0x20257c92822071f50ded68f56ea93cb935cc35596000fffc3ab223cd485cd291")
}

// UnpackInvalidBatchProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBatchProof()
func (escrow *Escrow) UnpackInvalidBatchProofError(raw []byte) (*EscrowInvalidBatchProof, error) {
	out := new(EscrowInvalidBatchProof)
	if err := escrow.abi.UnpackIntoInterface(out, "InvalidBatchProof", raw); err != nil {
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
