// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package verifiers

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

// MnistMlpFixedCommitVerifierMetaData contains all meta data concerning the MnistMlpFixedCommitVerifier contract.
var MnistMlpFixedCommitVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MnistMlpFixedCommitVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b50611cb68061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630ea14a391461004e57806330bb0bd9146100795780639649daae1461008e578063f219ed6f146100b1575b5f5ffd5b61006161005c3660046118f7565b6100c4565b60405161007093929190611936565b60405180910390f35b61008c6100873660046119a7565b6101c1565b005b6100a161009c3660046119fc565b6106f5565b6040519015158152602001610070565b61008c6100bf366004611a98565b6107ba565b6100cc61181b565b6100d4611839565b5f61018084146101225760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b843560208601356101338282610c74565b855250506060850135604086013560a0870135608088013561015784848484610d61565b6020890152604088015260c0890135935060e089013592506101798484610c74565b6060880152610100890135935061012089013592506101988484610c74565b8652610140890135935061016089013592506101b48484610c74565b9450505050509250925092565b6101c9611839565b6101d1611857565b6101d9611875565b6101e9865f5b602002013561103a565b602084015282525f806101fb8761103a565b85516020808801516040519496509294506060935f516020611c615f395f51905f529361022d93929091869101611b2e565b604051602081830303815290604052805190602001205f1c61024f9190611b62565b865284518452602085810151858201527f0b0e9aa3a645f48215b155a7e4f3febcab78d9a6d64177f163b9025122b1b1326040808701919091527f15dd0f766cdf6ad3214c805e56291077f94e4d2defa5c313bdd554a75cb6031860608701527f240b654af736d5f0d50d5d18c49d0166872a78d0ccc2c237a30f84c5a187862f60808701527f27f362600c975e5c6d422631e6bad2c774cc057ac902dba1e898c557d25ad01d60a087015260c0860185905260e086018490527f2f7b95afcc115c64fe362ea943eb0c3d11fdc781ddbc1cf93de25aca89032d506101008701527f11b1876d0eeda2af101e841309f02b5061b4c857b3fd641c45bd49b7583fd1576101208701527f023f1c472a0a281fb8d687f5038a5d836327a8c78c04e5adb22a29aa1c1cbd076101408701527f2f8e8d4d18ac537964523d5c227eb3de9e8cb87f3920645b8ef2e81a9780ca1a610160870152515f91816101808860085afa9051169050806103d4576040516351d49ff760e11b815260040160405180910390fd5b505050505f5f6103ef895f600481106101df576101df611ae9565b90925090505f80808061040a60408e013560208f01356110d9565b929650909450925090505f806104218f60036101df565b915091505f5f6104328e8e8e6112ad565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f1fe3df2d2404fd6a0fa0c4272066d61e0fdde9f94dbe84600106e596a479cb946101008e01527f0ab1efd268c3d3c14d607c9262df56a24cdc285bb8b7f8a9133e863bfe31071f6101208e01527f276b8796aee6181068aea56d71e2e3f9983c4abc889d157f314e5d042eb90a716101408e01527f1eb2fd1b359b1c81475b6c4c8d9834baed1224744c246e4fff565dc121560d6a6101608e01527f1cb6105f0daadd47a6d7e3447c4cac5827af6b103ffa08bb5279213d84807d8f6101808e01527f0171c5fab08116f351f9e9e18262f6906b080a39f6eab8b95f9c0db6fd26b1546101a08e01527f2182f4a89f5cd886ca2b746bd59caf15cacc9ac452a95cdf7c448d3f0904a8196101c08e01527f12b55b48d6ecdb77d4c669c98289a4f8254fcbd9889aa29914c86bb82fc513136101e08e01527f0ed29c803b2387849849ce73fcc45d53ef503b2cce9f34d59707c1dc968e69516102008e01527f06478889faa2eb047eed7d4fc88618f2d13250b70ca634fb8f171b104ff447ad6102208e01526102408d018290526102608d018190527f1c682b173b50db9cdc188eda7707530d68149270f0d897b8cf1442a2ca2a24c86102808e01527f2d9267033a354f7ed1659049ab25f20058d3923bef7f41d54cbb9808339347636102a08e01527f115595e30c7e1585225bc692412b1faaee79df969ebd111eb86c08a071b3870f6102c08e01527f24548fd19d0c375e0a7dce0bf601e1d4120f988ab5557defdac48b1879be05106102e08e015290925090505f6106a6611839565b6020816103008f60085afa91508115806106c257508051600114155b156106e057604051631ff3747d60e21b815260040160405180910390fd5b50505050505050505050505050505050505050565b5f6003821461070557505f6107b2565b61070d611894565b5f5b60038110156107505784848281811061072a5761072a611ae9565b9050602002013582826003811061074357610743611ae9565b602002015260010161070f565b5060405163f219ed6f60e01b8152309063f219ed6f9061077890899089908690600401611b81565b5f6040518083038186803b15801561078e575f5ffd5b505afa92505050801561079f575060015b6107ac575f9150506107b2565b60019150505b949350505050565b61018082146108025760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b6044820152606401610119565b61080a611857565b60406101008501823761081b611839565b60605f61082e610140610100888a611bdb565b8360405160200161084193929190611c02565b60408051601f1981840301815291905280516020820120909150610873905f516020611c615f395f51905f5290611b62565b835250604080515f91610100890182377f0b0e9aa3a645f48215b155a7e4f3febcab78d9a6d64177f163b9025122b1b13260408201527f15dd0f766cdf6ad3214c805e56291077f94e4d2defa5c313bdd554a75cb6031860608201527f240b654af736d5f0d50d5d18c49d0166872a78d0ccc2c237a30f84c5a187862f60808201527f27f362600c975e5c6d422631e6bad2c774cc057ac902dba1e898c557d25ad01d60a08201526040610140890160c08301377f2f7b95afcc115c64fe362ea943eb0c3d11fdc781ddbc1cf93de25aca89032d506101008201527f11b1876d0eeda2af101e841309f02b5061b4c857b3fd641c45bd49b7583fd1576101208201527f023f1c472a0a281fb8d687f5038a5d836327a8c78c04e5adb22a29aa1c1cbd076101408201527f2f8e8d4d18ac537964523d5c227eb3de9e8cb87f3920645b8ef2e81a9780ca1a6101608201526020816101808360085afa9051169050806109f1576040516351d49ff760e11b815260040160405180910390fd5b5f5f6109fe8786886112ad565b915091506040516101008a82377f1fe3df2d2404fd6a0fa0c4272066d61e0fdde9f94dbe84600106e596a479cb946101008201527f0ab1efd268c3d3c14d607c9262df56a24cdc285bb8b7f8a9133e863bfe31071f6101208201527f276b8796aee6181068aea56d71e2e3f9983c4abc889d157f314e5d042eb90a716101408201527f1eb2fd1b359b1c81475b6c4c8d9834baed1224744c246e4fff565dc121560d6a6101608201527f1cb6105f0daadd47a6d7e3447c4cac5827af6b103ffa08bb5279213d84807d8f6101808201527f0171c5fab08116f351f9e9e18262f6906b080a39f6eab8b95f9c0db6fd26b1546101a08201527f2182f4a89f5cd886ca2b746bd59caf15cacc9ac452a95cdf7c448d3f0904a8196101c08201527f12b55b48d6ecdb77d4c669c98289a4f8254fcbd9889aa29914c86bb82fc513136101e08201527f0ed29c803b2387849849ce73fcc45d53ef503b2cce9f34d59707c1dc968e69516102008201527f06478889faa2eb047eed7d4fc88618f2d13250b70ca634fb8f171b104ff447ad61022082015282610240820152816102608201527f1c682b173b50db9cdc188eda7707530d68149270f0d897b8cf1442a2ca2a24c86102808201527f2d9267033a354f7ed1659049ab25f20058d3923bef7f41d54cbb9808339347636102a08201527f115595e30c7e1585225bc692412b1faaee79df969ebd111eb86c08a071b3870f6102c08201527f24548fd19d0c375e0a7dce0bf601e1d4120f988ab5557defdac48b1879be05106102e08201526020816103008360085afa905116925082610c6957604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050565b5f5f516020611c415f395f51905f5283101580610c9e57505f516020611c415f395f51905f528210155b15610cbc57604051631ff3747d60e21b815260040160405180910390fd5b82158015610cc8575081155b15610cd457505f610d5b565b5f610d0f5f516020611c415f395f51905f5260035f516020611c415f395f51905f52875f516020611c415f395f51905f52898a090908611565565b9050808303610d24575050600182901b610d5b565b610d2d816115c7565b8303610d40575050600182811b17610d5b565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f516020611c415f395f51905f5286101580610d8c57505f516020611c415f395f51905f528510155b80610da457505f516020611c415f395f51905f528410155b80610dbc57505f516020611c415f395f51905f528310155b15610dda57604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f03610df157505f905080611031565b5f80805f516020611c415f395f51905f52610e1a60035f516020611c415f395f51905f52611c21565b5f516020611c415f395f51905f528a8c090990505f5f516020611c415f395f51905f528a5f516020611c415f395f51905f528c8d090990505f5f516020611c415f395f51905f528a5f516020611c415f395f51905f528c8d090990505f516020611c415f395f51905f52805f516020611c415f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610f085f516020611c415f395f51905f52805f516020611c415f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775086115c7565b93505050505f5f610f555f516020611c415f395f51905f5280610f2d57610f2d611b4e565b5f516020611c415f395f51905f528586095f516020611c415f395f51905f5287880908611565565b9050610fa05f516020611c415f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f516020611c415f395f51905f52848808096115df565b15915050610faf838383611627565b90935091508683148015610fc257508186145b15610fea5780610fd2575f610fd5565b60025b60ff1660028a901b175f17945087935061102d565b610ff3836115c7565b871480156110085750611005826115c7565b86145b15610d405780611018575f61101b565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f825f0361104d57505f928392509050565b600183811c9250808416145f516020611c415f395f51905f52831061108557604051631ff3747d60e21b815260040160405180910390fd5b6110bf5f516020611c415f395f51905f5260035f516020611c415f395f51905f52865f516020611c415f395f51905f528889090908611565565b915080156110d3576110d0826115c7565b91505b50915091565b5f808080851580156110e9575084155b156110fe57505f9250829150819050806112a4565b600286811c945085935060018088161490808816145f516020611c415f395f51905f528610158061113c57505f516020611c415f395f51905f528510155b1561115a57604051631ff3747d60e21b815260040160405180910390fd5b5f5f516020611c415f395f51905f5261118160035f516020611c415f395f51905f52611c21565b5f516020611c415f395f51905f52888a090990505f5f516020611c415f395f51905f52885f516020611c415f395f51905f528a8b090990505f5f516020611c415f395f51905f52885f516020611c415f395f51905f528a8b090990505f516020611c415f395f51905f52805f516020611c415f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e508965061126f5f516020611c415f395f51905f52805f516020611c415f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775086115c7565b955061127c878786611627565b9097509550841561129e57611290876115c7565b965061129b866115c7565b95505b50505050505b92959194509250565b5f5f5f60019050604051604081015f7f1d1298ecd8c4adf8a810181659bfbbe76eb67c078e8661c8d41bd851177c8e0283527f042c97c37b396d22c8a1c83d42f0319aff3844147d1ef74e2cca2847dfcec2da6020840152865182526020870151602083015260408360808560065afa841693507f2001061dea1a784aed14ebcbe5f85cd3f0164ea0d95310103d0ac1355fa8e7d782527f1c6cb9d84fbbbaec901f1b5813c4d8e62c6901bd2e2486d335351657da6f1b5c6020830152883590508060408301525f516020611c615f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f121e58323cf90d1e9628e64030a83d9eb731b977e8ce4d886c2a1657ae43a0e682527f2e383ead456322932936424300d9ab9d4adb884ee2adad497994091f1ee916ec6020830152602089013590508060408301525f516020611c615f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa841693507f22f5cb02521eca689879d160fcf2a315b896b557467b6f96744bede3e267ce1082527f0878bf2e05a59fd338ff18a86b27d3bf4c1bf3f164f8e765c29ba245daeb4eae6020830152604089013590508060408301525f516020611c615f395f51905f5281108416935060408260608460075afa8416935060408360808560065afa7f29de070e4158d92aa22879a6a97b8fd6c734871140f65816190a70a1ae76706083527f1c2b77c78644d3819bf99c8ec4f0c26177b4c1dfb3b3ebd846476f9ccfe50d336020840152885160408085018290525f516020611c615f395f51905f5290911091909516169390508160608160075afa831692505060408160808360065afa8151602090920151919450909250168061155c5760405163a54f8e2760e01b815260040160405180910390fd5b50935093915050565b5f611590827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261175a565b9050815f516020611c415f395f51905f52828309146115c257604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f516020611c415f395f51905f529081900681030690565b5f5f61160b837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261175a565b9050825f516020611c415f395f51905f52828309149392505050565b5f80806116565f516020611c415f395f51905f52808788095f516020611c415f395f51905f52898a0908611565565b9050831561166a57611667816115c7565b90505b6116b35f516020611c415f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f516020611c415f395f51905f52848a0809611565565b92505f516020611c415f395f51905f526116dd5f516020611c415f395f51905f52600286096117bd565b860991505f516020611c415f395f51905f526117085f516020611c415f395f51905f528485096115c7565b5f516020611c415f395f51905f52858609088614158061173c57505f516020611c415f395f51905f52808385096002098514155b1561155c57604051631ff3747d60e21b815260040160405180910390fd5b5f5f60405160208152602080820152602060408201528460608201528360808201525f516020611c415f395f51905f5260a082015260208160c08360055afa90519250905080610d5957604051631ff3747d60e21b815260040160405180910390fd5b5f6117e8827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4561175a565b90505f516020611c415f395f51905f528183096001146115c257604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180606001604052806003906020820280368337509192915050565b5f5f83601f8401126118c2575f5ffd5b50813567ffffffffffffffff8111156118d9575f5ffd5b6020830191508360208285010111156118f0575f5ffd5b9250929050565b5f5f60208385031215611908575f5ffd5b823567ffffffffffffffff81111561191e575f5ffd5b61192a858286016118b2565b90969095509350505050565b60c0810181855f5b600481101561195d57815183526020928301929091019060010161193e565b50505060808201845f5b6001811015611986578151835260209283019290910190600101611967565b5050508260a0830152949350505050565b8060608101831015610d5b575f5ffd5b5f5f5f5f61012085870312156119bb575f5ffd5b60808501868111156119cb575f5ffd5b85945060a08601878111156119de575f5ffd5b9093503591506119f18660c08701611997565b905092959194509250565b5f5f5f5f60408587031215611a0f575f5ffd5b843567ffffffffffffffff811115611a25575f5ffd5b611a31878288016118b2565b909550935050602085013567ffffffffffffffff811115611a50575f5ffd5b8501601f81018713611a60575f5ffd5b803567ffffffffffffffff811115611a76575f5ffd5b8760208260051b8401011115611a8a575f5ffd5b949793965060200194505050565b5f5f5f60808486031215611aaa575f5ffd5b833567ffffffffffffffff811115611ac0575f5ffd5b611acc868287016118b2565b9094509250611ae090508560208601611997565b90509250925092565b634e487b7160e01b5f52603260045260245ffd5b5f8151602083015f5b82811015611b24578151865260209586019590910190600101611b06565b5093949350505050565b8381528260208201525f611b456040830184611afd565b95945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82611b7c57634e487b7160e01b5f52601260045260245ffd5b500690565b60808152826080820152828460a08301375f60a084830101525f60a0601f19601f860116830101905060208201835f5b6003811015611bd0578151835260209283019290910190600101611bb1565b505050949350505050565b5f5f85851115611be9575f5ffd5b83861115611bf5575f5ffd5b5050820193919092039150565b828482375f8382015f8152611c178185611afd565b9695505050505050565b81810381811115610d5b57634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a2646970667358221220f579bda989f8146f5ecfc55c21b23c5aa37cea4c128a6707570331ec704170c264736f6c63430008250033",
}

// MnistMlpFixedCommitVerifier is an auto generated Go binding around an Ethereum contract.
type MnistMlpFixedCommitVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MnistMlpFixedCommitVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMnistMlpFixedCommitVerifier creates a new instance of MnistMlpFixedCommitVerifier.
func NewMnistMlpFixedCommitVerifier() *MnistMlpFixedCommitVerifier {
	parsed, err := MnistMlpFixedCommitVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MnistMlpFixedCommitVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MnistMlpFixedCommitVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := mnistMlpFixedCommitVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return mnistMlpFixedCommitVerifier.abi.Pack("compressProof", proof)
}

// CompressProofOutput serves as a container for the return parameters of contract
// method CompressProof.
type CompressProofOutput struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackCompressProof(data []byte) (CompressProofOutput, error) {
	out, err := mnistMlpFixedCommitVerifier.abi.Unpack("compressProof", data)
	outstruct := new(CompressProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] publicInputs) view returns(bool)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) PackVerify(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := mnistMlpFixedCommitVerifier.abi.Pack("verify", proof, publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes proof, uint256[] publicInputs) view returns(bool)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) TryPackVerify(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return mnistMlpFixedCommitVerifier.abi.Pack("verify", proof, publicInputs)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9649daae.
//
// Solidity: function verify(bytes proof, uint256[] publicInputs) view returns(bool)
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := mnistMlpFixedCommitVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bb0bd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[3] input) view returns()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [3]*big.Int) []byte {
	enc, err := mnistMlpFixedCommitVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bb0bd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[3] input) view returns()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [3]*big.Int) ([]byte, error) {
	return mnistMlpFixedCommitVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) PackVerifyProof(proof []byte, input [3]*big.Int) []byte {
	enc, err := mnistMlpFixedCommitVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) TryPackVerifyProof(proof []byte, input [3]*big.Int) ([]byte, error) {
	return mnistMlpFixedCommitVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mnistMlpFixedCommitVerifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return mnistMlpFixedCommitVerifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistMlpFixedCommitVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return mnistMlpFixedCommitVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistMlpFixedCommitVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return mnistMlpFixedCommitVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MnistMlpFixedCommitVerifierCommitmentInvalid represents a CommitmentInvalid error raised by the MnistMlpFixedCommitVerifier contract.
type MnistMlpFixedCommitVerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func MnistMlpFixedCommitVerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackCommitmentInvalidError(raw []byte) (*MnistMlpFixedCommitVerifierCommitmentInvalid, error) {
	out := new(MnistMlpFixedCommitVerifierCommitmentInvalid)
	if err := mnistMlpFixedCommitVerifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistMlpFixedCommitVerifierProofInvalid represents a ProofInvalid error raised by the MnistMlpFixedCommitVerifier contract.
type MnistMlpFixedCommitVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func MnistMlpFixedCommitVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackProofInvalidError(raw []byte) (*MnistMlpFixedCommitVerifierProofInvalid, error) {
	out := new(MnistMlpFixedCommitVerifierProofInvalid)
	if err := mnistMlpFixedCommitVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistMlpFixedCommitVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the MnistMlpFixedCommitVerifier contract.
type MnistMlpFixedCommitVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func MnistMlpFixedCommitVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (mnistMlpFixedCommitVerifier *MnistMlpFixedCommitVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*MnistMlpFixedCommitVerifierPublicInputNotInField, error) {
	out := new(MnistMlpFixedCommitVerifierPublicInputNotInField)
	if err := mnistMlpFixedCommitVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
