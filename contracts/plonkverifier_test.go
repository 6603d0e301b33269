package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/plonk"
	plonkbn254 "github.com/consensys/gnark/backend/plonk/bn254"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/contracts/bindings/plonkverifier"
	"github.com/zkinfer/zkinfer/prover"
)

// pvNoCommit has four public inputs and no BSB22 commitment; its constant
// K makes sibling circuits of the same shape with other keys.
type pvNoCommit struct {
	X [4]frontend.Variable `gnark:",public"`
	Y frontend.Variable
	K int `gnark:"-"`
}

func (c *pvNoCommit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(api.Mul(c.X[0], c.X[1]), c.Y), c.X[2])
	api.AssertIsEqual(c.X[3], api.Add(api.Mul(c.Y, c.Y), c.K))
	return nil
}

// pvRange has four public inputs and one BSB22 commitment (gnark's range
// checker commits to its lookup in PLONK).
type pvRange struct {
	X [4]frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *pvRange) Define(api frontend.API) error {
	rc := rangecheck.New(api)
	rc.Check(c.Y, 16)
	for i := range c.X {
		rc.Check(c.X[i], 20)
	}
	api.AssertIsEqual(api.Add(c.X[0], c.X[1], c.X[2]), api.Mul(c.Y, c.X[3]))
	return nil
}

// pvTwoCommits has fourteen public inputs and two BSB22 commitments (two
// Commit calls, the second over the first's output).
type pvTwoCommits struct {
	X [14]frontend.Variable `gnark:",public"`
	Y [2]frontend.Variable
}

func (c *pvTwoCommits) Define(api frontend.API) error {
	committer := api.(frontend.Committer)
	cm, err := committer.Commit(c.Y[0], c.Y[1], c.X[0])
	if err != nil {
		return err
	}
	// Y = (X12, X13), checked at a random point
	api.AssertIsEqual(api.Add(c.Y[0], api.Mul(cm, c.Y[1])), api.Add(c.X[12], api.Mul(cm, c.X[13])))
	cm2, err := committer.Commit(c.Y[0], cm)
	if err != nil {
		return err
	}
	api.AssertIsEqual(api.Mul(cm2, api.Sub(c.Y[0], c.X[12])), 0)
	sum := frontend.Variable(0)
	for i := range 12 {
		sum = api.Add(sum, api.Mul(c.X[i], i+1))
	}
	api.AssertIsEqual(sum, api.Mul(c.Y[0], c.Y[1]))
	return nil
}

// pvNoPublic has no public input.
type pvNoPublic struct {
	Y, Z frontend.Variable
}

func (c *pvNoPublic) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.Y, c.Z), 391)
	api.AssertIsDifferent(c.Y, 1)
	api.AssertIsDifferent(c.Z, 1)
	return nil
}

// pvCircuit is one test circuit with two satisfying assignments.
type pvCircuit struct {
	name        string
	circuit     frontend.Circuit
	assignments [2]frontend.Circuit
	commitments int
}

func pvCircuits() []pvCircuit {
	v := func(xs ...int64) (out [4]frontend.Variable) {
		for i := range out {
			out[i] = xs[i]
		}
		return
	}
	two := func(seed int64) *pvTwoCommits {
		a := &pvTwoCommits{}
		var sum int64
		for i := range 12 {
			a.X[i] = seed + int64(i)
			sum += int64(i+1) * (seed + int64(i))
		}
		// Y0·Y1 = sum with Y0 = 1
		a.X[12], a.X[13] = 1, sum
		a.Y = [2]frontend.Variable{1, sum}
		return a
	}
	return []pvCircuit{
		{"no commitment, 4 inputs", &pvNoCommit{K: 5},
			[2]frontend.Circuit{
				&pvNoCommit{X: v(3, 4, 19, 54), Y: 7},
				&pvNoCommit{X: v(2, 10, 18, 9), Y: -2},
			}, 0},
		{"1 commitment (range check), 4 inputs", &pvRange{},
			[2]frontend.Circuit{
				&pvRange{X: v(1, 2, 3, 2), Y: 3},
				&pvRange{X: v(100, 200, 300, 600), Y: 1},
			}, 1},
		{"2 commitments, 14 inputs", &pvTwoCommits{},
			[2]frontend.Circuit{two(1), two(1000)}, 2},
		{"no public input", &pvNoPublic{},
			[2]frontend.Circuit{&pvNoPublic{Y: 17, Z: 23}, &pvNoPublic{Y: 23, Z: 17}}, 0},
	}
}

// pvProof is a PLONK proof with what the contract and gnark take.
type pvProof struct {
	proof  *plonkbn254.Proof
	sol    []byte
	public witness.Witness
	inputs []*big.Int
}

// pvKeys are a circuit's keys under the development SRS and two proofs.
type pvKeys struct {
	ccs    constraint.ConstraintSystem
	vk     *plonkbn254.VerifyingKey
	chain  []byte
	proofs [2]pvProof
}

func pvSetup(t testing.TB, c pvCircuit) *pvKeys {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, c.circuit)
	if err != nil {
		t.Fatal(err)
	}
	srs, err := prover.UnsafeDevSRS().Load(ccs)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := plonk.Setup(ccs, srs.Canonical, srs.Lagrange)
	if err != nil {
		t.Fatal(err)
	}
	k := &pvKeys{ccs: ccs, vk: vk.(*plonkbn254.VerifyingKey)}
	if got := len(k.vk.Qcp); got != c.commitments {
		t.Fatalf("%s: %d BSB22 commitments, want %d", c.name, got, c.commitments)
	}
	if k.chain, err = prover.ChainKey(vk); err != nil {
		t.Fatal(err)
	}
	for i, a := range c.assignments {
		w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			t.Fatal(err)
		}
		p, err := plonk.Prove(ccs, pk, w, prover.PlonkProverOptions()...)
		if err != nil {
			t.Fatalf("%s: prove: %v", c.name, err)
		}
		pub, err := w.Public()
		if err != nil {
			t.Fatal(err)
		}
		if err := plonk.Verify(p, vk, pub, prover.PlonkVerifierOptions()...); err != nil {
			t.Fatalf("%s: gnark rejects the honest proof: %v", c.name, err)
		}
		bp := p.(*plonkbn254.Proof)
		var inputs []*big.Int
		for _, x := range pub.Vector().(fr.Vector) {
			inputs = append(inputs, x.BigInt(new(big.Int)))
		}
		k.proofs[i] = pvProof{proof: bp, sol: bp.MarshalSolidity(), public: pub, inputs: inputs}
	}
	return k
}

// pvChain is an embedded chain with PlonkVerifier deployed.
type pvChain struct {
	t    *testing.T
	ctx  context.Context
	b    *contracts.Backend
	from common.Address
	addr common.Address
	pv   *plonkverifier.PlonkVerifier
	c    *bind.BoundContract
}

func newPVChain(t *testing.T) *pvChain {
	t.Helper()
	seed := sha256.Sum256([]byte("plonk verifier deployer"))
	key, err := crypto.ToECDSA(seed[:])
	if err != nil {
		t.Fatal(err)
	}
	b := contracts.NewEmbedded(map[*ecdsa.PrivateKey]*big.Int{key: new(big.Int).Mul(big.NewInt(100), ether)})
	t.Cleanup(func() { b.Close() })
	ctx := context.Background()
	opts, err := b.Transactor(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	addr, r, err := contracts.DeployCode(ctx, b, opts, plonkverifier.PlonkVerifierMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deploy PlonkVerifier: %d gas", r.GasUsed)
	pv := plonkverifier.NewPlonkVerifier()
	return &pvChain{t: t, ctx: ctx, b: b, from: crypto.PubkeyToAddress(key.PublicKey), addr: addr, pv: pv, c: pv.Instance(b, addr)}
}

// verify calls PlonkVerifier.verify; a revert fails the test.
func (ch *pvChain) verify(what string, vk, proof []byte, inputs []*big.Int) bool {
	ch.t.Helper()
	ok, err := bind.Call(ch.c, &bind.CallOpts{Context: ch.ctx}, ch.pv.PackVerify(vk, proof, inputs), ch.pv.UnpackVerify)
	if err != nil {
		ch.t.Fatalf("%s: verify reverted or failed: %v", what, err)
	}
	return ok
}

// gas estimates the gas of a transaction calling verify.
func (ch *pvChain) gas(vk, proof []byte, inputs []*big.Int) uint64 {
	ch.t.Helper()
	g, err := ch.b.EstimateGas(ch.ctx, ethereum.CallMsg{From: ch.from, To: &ch.addr, Data: ch.pv.PackVerify(vk, proof, inputs)})
	if err != nil {
		ch.t.Fatal(err)
	}
	return g
}

var (
	frModulus = fr.Modulus()
	fpModulus = fp.Modulus()
)

func pvCopy(b []byte) []byte { return append([]byte(nil), b...) }

func pvInputsCopy(in []*big.Int) []*big.Int {
	out := make([]*big.Int, len(in))
	for i := range in {
		out[i] = new(big.Int).Set(in[i])
	}
	return out
}

// pvAddAt adds m to the 32-byte big-endian word at b[off:].
func pvAddAt(b []byte, off int, m *big.Int) []byte {
	out := pvCopy(b)
	v := new(big.Int).SetBytes(out[off : off+32])
	v.Add(v, m).FillBytes(out[off : off+32])
	return out
}

// pvTamper checks that every tampered twin of an honest (vk, proof,
// inputs) returns false without reverting; other is the key of another
// circuit.
func pvTamper(t *testing.T, ch *pvChain, name string, vk []byte, p pvProof, nbCommit int, other []byte, otherProof []byte) {
	t.Helper()
	sol, inputs := p.sol, p.inputs
	reject := func(what string, vk, proof []byte, inputs []*big.Int) {
		t.Helper()
		if ch.verify(name+": "+what, vk, proof, inputs) {
			t.Errorf("%s: %s: accepted", name, what)
		}
	}
	// the public inputs
	for i := range inputs {
		in := pvInputsCopy(inputs)
		in[i].Add(in[i], big.NewInt(1)).Mod(in[i], frModulus)
		reject("public input changed", vk, sol, in)
		// gnark's Go verifier rejects it too
		pub := append(fr.Vector(nil), p.public.Vector().(fr.Vector)...)
		pub[i].SetBigInt(in[i])
		if plonk.Verify(p.proof, plonkVK(vk, t), pvWitness(t, pub), prover.PlonkVerifierOptions()...) == nil {
			t.Errorf("%s: gnark accepts a changed public input", name)
		}
		// the same value plus r, unreduced
		in = pvInputsCopy(inputs)
		in[i].Add(in[i], frModulus)
		reject("public input + r", vk, sol, in)
		in[i] = new(big.Int).Set(frModulus)
		reject("public input = r", vk, sol, in)
		in[i] = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		reject("public input = 2^256-1", vk, sol, in)
	}
	reject("one public input too many", vk, sol, append(pvInputsCopy(inputs), big.NewInt(0)))
	if len(inputs) > 0 {
		reject("one public input too few", vk, sol, inputs[:len(inputs)-1])
		reject("no public inputs", vk, sol, nil)
	}

	// the proof: a flipped bit at both ends of each word (every point,
	// scalar and commitment), unreduced coordinates and scalars
	if len(sol) != 0x300+0x60*nbCommit {
		t.Fatalf("%s: proof is %d bytes", name, len(sol))
	}
	for off := 0; off < len(sol); off += 32 {
		for _, i := range []int{off, off + 31} {
			b := pvCopy(sol)
			b[i] ^= 1
			reject("flipped proof byte", vk, b, inputs)
		}
		// +p on a coordinate, +r on a scalar
		isScalar := (off >= 0x180 && off < 0x220) || (off >= 0x260 && off < 0x280) || (off >= 0x300 && off < 0x300+0x20*nbCommit)
		m := fpModulus
		if isScalar {
			m = frModulus
		}
		reject("unreduced proof word", vk, pvAddAt(sol, off, m), inputs)
	}
	// points replaced by infinity, (0, 0), and by a flagged encoding
	for _, off := range []int{0x000, 0x0c0, 0x220, 0x280, 0x2c0} {
		inf := pvCopy(sol)
		clear(inf[off : off+64])
		reject("point at infinity", vk, inf, inputs)
		inf[off] = 0x40
		reject("flagged point at infinity", vk, inf, inputs)
	}
	reject("proof truncated by a byte", vk, sol[:len(sol)-1], inputs)
	reject("proof truncated by a word", vk, sol[:len(sol)-32], inputs)
	reject("proof extended by a byte", vk, append(pvCopy(sol), 0), inputs)
	reject("proof extended by a word", vk, append(pvCopy(sol), make([]byte, 32)...), inputs)
	reject("empty proof", vk, nil, inputs)
	if otherProof != nil {
		reject("proof of other inputs", vk, otherProof, inputs)
	}

	// the key
	reject("empty key", nil, sol, inputs)
	reject("key of another circuit", other, sol, inputs)
	reject("key truncated by a byte", vk[:len(vk)-1], sol, inputs)
	reject("key truncated by a word", vk[:len(vk)-32], sol, inputs)
	reject("key extended by a word", append(pvCopy(vk), make([]byte, 32)...), sol, inputs)
	for off := 0; off < len(vk); off += 32 {
		for _, i := range []int{off, off + 31} {
			b := pvCopy(vk)
			b[i] ^= 1
			reject("flipped key byte", b, sol, inputs)
		}
	}
	// unreduced key scalars and coordinates
	for off := 0x80; off < len(vk)-0x20*nbCommit; off += 32 {
		m := fpModulus
		if off < 0xe0 {
			m = frModulus
		}
		reject("unreduced key word", pvAddAt(vk, off, m), sol, inputs)
	}
}

// pvKeyOf maps the chain encodings the tests made to their keys.
var pvKeyOf = map[string]*plonkbn254.VerifyingKey{}

func plonkVK(chain []byte, t *testing.T) *plonkbn254.VerifyingKey {
	t.Helper()
	vk, ok := pvKeyOf[string(chain)]
	if !ok {
		t.Fatal("unknown key")
	}
	return vk
}

// pvWitness is a public witness of the values pub.
func pvWitness(t testing.TB, pub fr.Vector) witness.Witness {
	t.Helper()
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	c := make(chan any, len(pub))
	for _, x := range pub {
		c <- x
	}
	close(c)
	if err := w.Fill(len(pub), 0, c); err != nil {
		t.Fatal(err)
	}
	return w
}

// TestPlonkVerifier checks the generic PLONK verifier contract against
// gnark on small circuits: without and with BSB22 commitments (one and
// two), with 0, 4 and 14 public inputs. Honest proofs verify on chain
// and in Go; every tampered twin returns false, never reverting.
func TestPlonkVerifier(t *testing.T) {
	ch := newPVChain(t)
	circuits := pvCircuits()
	keys := make([]*pvKeys, len(circuits))
	for i, c := range circuits {
		keys[i] = pvSetup(t, c)
		pvKeyOf[string(keys[i].chain)] = keys[i].vk
	}
	// a sibling of the first circuit: same shape, another key
	sibling := pvSetup(t, pvCircuit{name: "sibling", circuit: &pvNoCommit{K: 6}, assignments: [2]frontend.Circuit{
		&pvNoCommit{X: [4]frontend.Variable{3, 4, 19, 55}, Y: 7}, &pvNoCommit{X: [4]frontend.Variable{3, 4, 19, 55}, Y: 7},
	}})
	if len(sibling.chain) != len(keys[0].chain) || bytes.Equal(sibling.chain, keys[0].chain) {
		t.Fatal("the sibling circuit's key should differ from the first's only in its commitments")
	}
	for i, c := range circuits {
		k := keys[i]
		for j, p := range k.proofs {
			if !ch.verify(c.name, k.chain, p.sol, p.inputs) {
				t.Fatalf("%s: honest proof %d rejected on chain", c.name, j)
			}
		}
		g := ch.gas(k.chain, k.proofs[0].sol, k.proofs[0].inputs)
		t.Logf("%s (n=%d, %d public inputs, %d commitments): verify %d gas (transaction, calldata included)",
			c.name, k.vk.Size, k.vk.NbPublicVariables, len(k.vk.Qcp), g)

		other := keys[(i+1)%len(keys)].chain
		if i == 0 {
			other = sibling.chain
			// the sibling's proof does not verify under this key either
			if ch.verify("sibling proof", k.chain, sibling.proofs[0].sol, sibling.proofs[0].inputs) {
				t.Errorf("%s: a proof of the sibling circuit verifies", c.name)
			}
		}
		var otherProof []byte
		if !bytes.Equal(k.proofs[1].sol, k.proofs[0].sol) && len(k.proofs[0].inputs) > 0 {
			otherProof = k.proofs[1].sol
		}
		pvTamper(t, ch, c.name, k.chain, k.proofs[0], len(k.vk.Qcp), other, otherProof)
	}
}

// TestPlonkChainKey checks the key encoding word by word against
// gnark-crypto's encodings, and that keys without one are refused.
func TestPlonkChainKey(t *testing.T) {
	c := pvCircuits()[2] // two commitments
	k := pvSetup(t, c)
	vk, enc := k.vk, k.chain
	nbQcp := len(vk.Qcp)
	if len(enc) != 32*(33+3*nbQcp) {
		t.Fatalf("key is %d bytes", len(enc))
	}
	word := func(i int) []byte { return enc[32*i : 32*i+32] }
	u64 := func(i int) uint64 { return new(big.Int).SetBytes(word(i)).Uint64() }
	if !bytes.Equal(word(0), append([]byte{2, 1}, make([]byte, 30)...)) {
		t.Errorf("header %x", word(0))
	}
	if u64(1) != vk.Size || u64(2) != vk.NbPublicVariables || u64(3) != uint64(nbQcp) {
		t.Errorf("sizes %d %d %d", u64(1), u64(2), u64(3))
	}
	for i, e := range []fr.Element{vk.SizeInv, vk.Generator, vk.CosetShift} {
		if b := e.Bytes(); !bytes.Equal(word(4+i), b[:]) {
			t.Errorf("scalar word %d", 4+i)
		}
	}
	for i, g := range vk.Kzg.G2 {
		for j, e := range []fp.Element{g.X.A1, g.X.A0, g.Y.A1, g.Y.A0} {
			if b := e.Bytes(); !bytes.Equal(word(7+4*i+j), b[:]) {
				t.Errorf("G2 %d word %d", i, j)
			}
		}
	}
	// [1]G1, S1, S2, S3, Ql, Qr, Qm, Qo, Qk, Qcp...: RawBytes, which is
	// also what gnark's transcript binds (Marshal)
	g1s := []*bn254.G1Affine{&vk.Kzg.G1, &vk.S[0], &vk.S[1], &vk.S[2], &vk.Ql, &vk.Qr, &vk.Qm, &vk.Qo, &vk.Qk}
	for i := range vk.Qcp {
		g1s = append(g1s, &vk.Qcp[i])
	}
	for i, p := range g1s {
		raw := p.RawBytes()
		got := enc[32*(15+2*i) : 32*(17+2*i)]
		if !bytes.Equal(got, raw[:]) || !bytes.Equal(got, p.Marshal()) {
			t.Errorf("G1 point %d", i)
		}
	}
	for i, cci := range vk.CommitmentConstraintIndexes {
		if u64(33+2*nbQcp+i) != cci {
			t.Errorf("commitment index %d", i)
		}
	}

	refuse := func(what string, edit func(v *plonkbn254.VerifyingKey)) {
		t.Helper()
		v := *vk
		v.Qcp = append(v.Qcp[:0:0], vk.Qcp...)
		v.CommitmentConstraintIndexes = append(v.CommitmentConstraintIndexes[:0:0], vk.CommitmentConstraintIndexes...)
		edit(&v)
		if _, err := prover.ChainKey(&v); !errors.Is(err, prover.ErrChainKey) {
			t.Errorf("%s: %v", what, err)
		}
	}
	refuse("size not a power of two", func(v *plonkbn254.VerifyingKey) { v.Size = 3 * v.Size / 2 })
	refuse("size too large", func(v *plonkbn254.VerifyingKey) { v.Size = 1 << 29 })
	refuse("wrong n⁻¹", func(v *plonkbn254.VerifyingKey) { v.SizeInv.SetUint64(2) })
	refuse("generator of a smaller domain", func(v *plonkbn254.VerifyingKey) { v.Generator.Square(&v.Generator) })
	refuse("more Qcp than indexes", func(v *plonkbn254.VerifyingKey) { v.Qcp = append(v.Qcp, v.Qcp[0]) })
	refuse("index past the domain", func(v *plonkbn254.VerifyingKey) { v.CommitmentConstraintIndexes[0] = v.Size })
	refuse("too many public inputs", func(v *plonkbn254.VerifyingKey) { v.NbPublicVariables = v.Size + 1 })
	refuse("G2 at infinity", func(v *plonkbn254.VerifyingKey) { v.Kzg.G2[1].X.SetZero(); v.Kzg.G2[1].Y.SetZero() })
	refuse("G1 at infinity", func(v *plonkbn254.VerifyingKey) { v.Kzg.G1.X.SetZero(); v.Kzg.G1.Y.SetZero() })
	refuse("point off the curve", func(v *plonkbn254.VerifyingKey) { v.Ql.X.SetOne() })
	if _, err := prover.ChainKey(nil); !errors.Is(err, prover.ErrChainKey) {
		t.Errorf("nil key: %v", err)
	}
}

// TestPlonkVerifierMNIST verifies the shipped MNIST MLP's PLONK proofs
// (development SRS; keys made once by TestMain) with the
// generic verifier, against the key as data, and reports the gas.
func TestPlonkVerifierMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("the MNIST MLP's PLONK setup is slow")
	}
	ch := newPVChain(t)
	keys := world.keys["plonk"]
	vk, err := prover.ChainKey(keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	pvKeyOf[string(vk)] = keys.VK.(*plonkbn254.VerifyingKey)
	var proofs []pvProof
	for _, p := range []proof{prove(t, "plonk", 0, nil), prove(t, "plonk", 1, nil)} {
		var inputs []*big.Int
		var pub fr.Vector
		for _, x := range p.bundle.Statement().PublicInputs() {
			inputs = append(inputs, x.BigInt(new(big.Int)))
			pub = append(pub, x)
		}
		gp := plonk.NewProof(ecc.BN254).(*plonkbn254.Proof)
		if _, err := gp.ReadFrom(bytes.NewReader(p.bundle.Proof)); err != nil {
			t.Fatal(err)
		}
		pw := pvWitness(t, pub)
		if err := plonk.Verify(gp, pvKeyOf[string(vk)], pw, prover.PlonkVerifierOptions()...); err != nil {
			t.Fatalf("gnark rejects the honest proof: %v", err)
		}
		if !ch.verify("mnist", vk, p.sol, inputs) {
			t.Fatal("honest MNIST MLP proof rejected on chain")
		}
		proofs = append(proofs, pvProof{proof: gp, sol: p.sol, public: pw, inputs: inputs})
	}
	t.Logf("MNIST MLP (n=%d, %d public inputs, %d commitments): verify %d gas (transaction, calldata included)",
		keys.VK.(*plonkbn254.VerifyingKey).Size, len(proofs[0].inputs), len(keys.VK.(*plonkbn254.VerifyingKey).Qcp),
		ch.gas(vk, proofs[0].sol, proofs[0].inputs))
	// the same proofs under a small circuit's key, and tampered twins
	small := pvSetup(t, pvCircuits()[0])
	pvKeyOf[string(small.chain)] = small.vk
	pvTamper(t, ch, "mnist", vk, proofs[0], 0, small.chain, proofs[1].sol)
}
