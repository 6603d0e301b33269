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

// MnistMlpFixedVerifierMetaData contains all meta data concerning the MnistMlpFixedVerifier contract.
var MnistMlpFixedVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[]\",\"name\":\"publicInputs\",\"type\":\"uint256[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "MnistMlpFixedVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506116b88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630ea14a391461004e5780639649daae1461007757806398c13db91461009a578063f219ed6f146100af575b5f5ffd5b61006161005c36600461141d565b6100c2565b60405161006e919061145c565b60405180910390f35b61008a61008536600461148c565b61017e565b604051901515815260200161006e565b6100ad6100a8366004611538565b610243565b005b6100ad6100bd366004611570565b61055c565b6100ca61135f565b61010082146101175760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b60448201526064015b60405180910390fd5b823560208401356101288282610822565b835250506060830135604084013560a0850135608086013561014c8484848461090f565b6020870152604086015260c0870135935060e0870135925061016e8484610822565b6060860152509295945050505050565b5f6003821461018e57505f61023b565b61019661137d565b5f5b60038110156101d9578484828181106101b3576101b36115c1565b905060200201358282600381106101cc576101cc6115c1565b6020020152600101610198565b5060405163f219ed6f60e01b8152309063f219ed6f90610201908990899086906004016115d5565b5f6040518083038186803b158015610217575f5ffd5b505afa925050508015610228575060015b610235575f91505061023b565b60019150505b949350505050565b61024b61139b565b5f8061025d85825b6020020135610be8565b90925090505f80808061027860408a013560208b0135610c87565b929650909450925090505f8061028f8b6003610253565b915091505f5f61029e8c610e5b565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f0e3c0c197f34dbb823eabd8f7fa72b6e82b1bceba84f7244ff886ef08a79975c6101008e01527f10bb16570cbb3533def9ec095fd53c7548119442e89d6443201dfa335440d5126101208e01527f208d5381a07945ec3369858c86291dc8f8fb257cef8d41126622f9c246afe2c86101408e01527f2dd392d9cd7a1b6f65e7587e5740a16cf297ffdfecec2b898d69468e78072a5e6101608e01527f14c4cb35d1edf334105430c33ac83ce4214751cbce5e7c5a8b8497eef37cf0ce6101808e01527f1d7c7490c9821a79ebb04644dd922584f2fc43ed76ebb438b86c17539f424ac56101a08e01527f2364715c5d828fd7861141e800907772dd195acc285e2b0d03ff8e231fe668686101c08e01527f199269fef5d6f73af60cbdb71342dd51d258ad2ea25be516e2f83f6fa57dec5a6101e08e01527f05669408f8b0e14610c6ea2833f532e419c00f83931575f75837da9d1ad1609c6102008e01527f01ec38fc4d721c46f4beb6f453714bdbc88c163a23d3fae03219a6a22a77daa46102208e01526102408d018290526102608d018190527f160ccf676a80528d754f91cba6b34316f825caccd3c455e0b88d98de037e262f6102808e01527f13154f49072c51f0cbfdddd2b099ecd61eaac51e4bd603411bc047ce1c8749956102a08e01527f07893e391a14d0daaf531a81920fcc48c2db3516f22e66eb69dcfcf1be786bfd6102c08e01527e247711ad8ac7c558931e12919d55942ca5df674d3775c4b196e7a4007e23646102e08e015290925090505f6105116113ba565b6020816103008f60085afa915081158061052d57508051600114155b1561054b57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b61010082146105a45760405162461bcd60e51b81526020600482015260146024820152730d2dcecc2d8d2c840e0e4dedecc40d8cadccee8d60631b604482015260640161010e565b5f5f6105af83610e5b565b915091505f6040516101008782377f0e3c0c197f34dbb823eabd8f7fa72b6e82b1bceba84f7244ff886ef08a79975c6101008201527f10bb16570cbb3533def9ec095fd53c7548119442e89d6443201dfa335440d5126101208201527f208d5381a07945ec3369858c86291dc8f8fb257cef8d41126622f9c246afe2c86101408201527f2dd392d9cd7a1b6f65e7587e5740a16cf297ffdfecec2b898d69468e78072a5e6101608201527f14c4cb35d1edf334105430c33ac83ce4214751cbce5e7c5a8b8497eef37cf0ce6101808201527f1d7c7490c9821a79ebb04644dd922584f2fc43ed76ebb438b86c17539f424ac56101a08201527f2364715c5d828fd7861141e800907772dd195acc285e2b0d03ff8e231fe668686101c08201527f199269fef5d6f73af60cbdb71342dd51d258ad2ea25be516e2f83f6fa57dec5a6101e08201527f05669408f8b0e14610c6ea2833f532e419c00f83931575f75837da9d1ad1609c6102008201527f01ec38fc4d721c46f4beb6f453714bdbc88c163a23d3fae03219a6a22a77daa461022082015283610240820152826102608201527f160ccf676a80528d754f91cba6b34316f825caccd3c455e0b88d98de037e262f6102808201527f13154f49072c51f0cbfdddd2b099ecd61eaac51e4bd603411bc047ce1c8749956102a08201527f07893e391a14d0daaf531a81920fcc48c2db3516f22e66eb69dcfcf1be786bfd6102c08201527e247711ad8ac7c558931e12919d55942ca5df674d3775c4b196e7a4007e23646102e08201526020816103008360085afa90511690508061081a57604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b5f5f5160206116635f395f51905f528310158061084c57505f5160206116635f395f51905f528210155b1561086a57604051631ff3747d60e21b815260040160405180910390fd5b82158015610876575081155b1561088257505f610909565b5f6108bd5f5160206116635f395f51905f5260035f5160206116635f395f51905f52875f5160206116635f395f51905f52898a0909086110a0565b90508083036108d2575050600182901b610909565b6108db81611102565b83036108ee575050600182811b17610909565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206116635f395f51905f528610158061093a57505f5160206116635f395f51905f528510155b8061095257505f5160206116635f395f51905f528410155b8061096a57505f5160206116635f395f51905f528310155b1561098857604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f0361099f57505f905080610bdf565b5f80805f5160206116635f395f51905f526109c860035f5160206116635f395f51905f52611643565b5f5160206116635f395f51905f528a8c090990505f5f5160206116635f395f51905f528a5f5160206116635f395f51905f528c8d090990505f5f5160206116635f395f51905f528a5f5160206116635f395f51905f528c8d090990505f5160206116635f395f51905f52805f5160206116635f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089450610ab65f5160206116635f395f51905f52805f5160206116635f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611102565b93505050505f5f610b035f5160206116635f395f51905f5280610adb57610adb61162f565b5f5160206116635f395f51905f528586095f5160206116635f395f51905f52878809086110a0565b9050610b4e5f5160206116635f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116635f395f51905f528488080961111a565b15915050610b5d838383611162565b90935091508683148015610b7057508186145b15610b985780610b80575f610b83565b60025b60ff1660028a901b175f179450879350610bdb565b610ba183611102565b87148015610bb65750610bb382611102565b86145b156108ee5780610bc6575f610bc9565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f825f03610bfb57505f928392509050565b600183811c9250808416145f5160206116635f395f51905f528310610c3357604051631ff3747d60e21b815260040160405180910390fd5b610c6d5f5160206116635f395f51905f5260035f5160206116635f395f51905f52865f5160206116635f395f51905f5288890909086110a0565b91508015610c8157610c7e82611102565b91505b50915091565b5f80808085158015610c97575084155b15610cac57505f925082915081905080610e52565b600286811c945085935060018088161490808816145f5160206116635f395f51905f5286101580610cea57505f5160206116635f395f51905f528510155b15610d0857604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206116635f395f51905f52610d2f60035f5160206116635f395f51905f52611643565b5f5160206116635f395f51905f52888a090990505f5f5160206116635f395f51905f52885f5160206116635f395f51905f528a8b090990505f5f5160206116635f395f51905f52885f5160206116635f395f51905f528a8b090990505f5160206116635f395f51905f52805f5160206116635f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610e1d5f5160206116635f395f51905f52805f5160206116635f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e77508611102565b9550610e2a878786611162565b90975095508415610e4c57610e3e87611102565b9650610e4986611102565b95505b50505050505b92959194509250565b5f5f5f60019050604051604081015f7f06dfb69d9840903549bfa890fa39135085ef52f904f95a31479c89d74b2e1d0083527f2cb02f111efae119339b722025aa14bc482a73f84964bafbf59b7b255126ead460208401527edb2d2cc1c2dd37cb1e7d31dd6e195c8e081f470e1205e3df5822804a98cd8a82527f078486c6e3d58d83cd5e8b17ea806c2ca66a65c0e932290dc88ce384ae1f8b3f6020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa841693507f2cd518e3f1f3d2b22692887d8655245945771a2179aa73371713ab14a31565ba82527f2f2581d344c74560aa65608acf7d039a31c036cf7d48544a4035f29f25bd4f606020830152602087013590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181108416935060408260608460075afa8416935060408360808560065afa7f1c63d58ed12a68c48897888afb1a53028d097ba9d1c768fc1ee777a338b3294c83527f0e874dec13920f7af354cff033058fcfa91941541bd17e1f5aa8627bde5ce34060208401526040888101358185018190527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000011191909516169390508160608160075afa831692505060408160808360065afa81516020909201519194509092501680610c815760405163a54f8e2760e01b815260040160405180910390fd5b5f6110cb827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261129e565b9050815f5160206116635f395f51905f52828309146110fd57604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5160206116635f395f51905f529081900681030690565b5f5f611146837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261129e565b9050825f5160206116635f395f51905f52828309149392505050565b5f80806111915f5160206116635f395f51905f52808788095f5160206116635f395f51905f52898a09086110a0565b905083156111a5576111a281611102565b90505b6111ee5f5160206116635f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206116635f395f51905f52848a08096110a0565b92505f5160206116635f395f51905f526112185f5160206116635f395f51905f5260028609611301565b860991505f5160206116635f395f51905f526112435f5160206116635f395f51905f52848509611102565b5f5160206116635f395f51905f52858609088614158061127757505f5160206116635f395f51905f52808385096002098514155b1561129557604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206116635f395f51905f5260a082015260208160c08360055afa9051925090508061090757604051631ff3747d60e21b815260040160405180910390fd5b5f61132c827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4561129e565b90505f5160206116635f395f51905f528183096001146110fd57604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b60405180606001604052806003906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f8401126113e8575f5ffd5b50813567ffffffffffffffff8111156113ff575f5ffd5b602083019150836020828501011115611416575f5ffd5b9250929050565b5f5f6020838503121561142e575f5ffd5b823567ffffffffffffffff811115611444575f5ffd5b611450858286016113d8565b90969095509350505050565b6080810181835f5b6004811015611483578151835260209283019290910190600101611464565b50505092915050565b5f5f5f5f6040858703121561149f575f5ffd5b843567ffffffffffffffff8111156114b5575f5ffd5b6114c1878288016113d8565b909550935050602085013567ffffffffffffffff8111156114e0575f5ffd5b8501601f810187136114f0575f5ffd5b803567ffffffffffffffff811115611506575f5ffd5b8760208260051b840101111561151a575f5ffd5b949793965060200194505050565b8060608101831015610909575f5ffd5b5f5f60e08385031215611549575f5ffd5b6080830184811115611559575f5ffd5b8392506115668582611528565b9150509250929050565b5f5f5f60808486031215611582575f5ffd5b833567ffffffffffffffff811115611598575f5ffd5b6115a4868287016113d8565b90945092506115b890508560208601611528565b90509250925092565b634e487b7160e01b5f52603260045260245ffd5b60808152826080820152828460a08301375f60a084830101525f60a0601f19601f860116830101905060208201835f5b6003811015611624578151835260209283019290910190600101611605565b505050949350505050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561090957634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a2646970667358221220e3ce57b03b2c3fcbc2412836081362c68591b61331e3a587bfef0449b74db4be64736f6c63430008250033",
}

// MnistMlpFixedVerifier is an auto generated Go binding around an Ethereum contract.
type MnistMlpFixedVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MnistMlpFixedVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMnistMlpFixedVerifier creates a new instance of MnistMlpFixedVerifier.
func NewMnistMlpFixedVerifier() *MnistMlpFixedVerifier {
	parsed, err := MnistMlpFixedVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MnistMlpFixedVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MnistMlpFixedVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := mnistMlpFixedVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return mnistMlpFixedVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := mnistMlpFixedVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9649daae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes proof, uint256[] publicInputs) view returns(bool)
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) PackVerify(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := mnistMlpFixedVerifier.abi.Pack("verify", proof, publicInputs)
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
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) TryPackVerify(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return mnistMlpFixedVerifier.abi.Pack("verify", proof, publicInputs)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9649daae.
//
// Solidity: function verify(bytes proof, uint256[] publicInputs) view returns(bool)
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := mnistMlpFixedVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) []byte {
	enc, err := mnistMlpFixedVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c13db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[3] input) view returns()
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [3]*big.Int) ([]byte, error) {
	return mnistMlpFixedVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) PackVerifyProof(proof []byte, input [3]*big.Int) []byte {
	enc, err := mnistMlpFixedVerifier.abi.Pack("verifyProof", proof, input)
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
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) TryPackVerifyProof(proof []byte, input [3]*big.Int) ([]byte, error) {
	return mnistMlpFixedVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mnistMlpFixedVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return mnistMlpFixedVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mnistMlpFixedVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return mnistMlpFixedVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MnistMlpFixedVerifierProofInvalid represents a ProofInvalid error raised by the MnistMlpFixedVerifier contract.
type MnistMlpFixedVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func MnistMlpFixedVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) UnpackProofInvalidError(raw []byte) (*MnistMlpFixedVerifierProofInvalid, error) {
	out := new(MnistMlpFixedVerifierProofInvalid)
	if err := mnistMlpFixedVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MnistMlpFixedVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the MnistMlpFixedVerifier contract.
type MnistMlpFixedVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func MnistMlpFixedVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (mnistMlpFixedVerifier *MnistMlpFixedVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*MnistMlpFixedVerifierPublicInputNotInField, error) {
	out := new(MnistMlpFixedVerifierPublicInputNotInField)
	if err := mnistMlpFixedVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
