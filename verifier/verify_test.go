package verifier

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
)

// fixture is one circuit's keys with an honest bundle, made once for all
// tests of the package (setups are the slow part).
type fixture struct {
	model   *models.Model
	keys    *prover.Keys
	bundle  *prover.Bundle
	opening *prover.Opening
}

var fixtures = map[string]*fixture{}

func TestMain(m *testing.M) {
	logger.Set(zerolog.Nop())
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "zkinfer-verifier-test")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(dir)
		mlp, err := zoo.MNISTMLP()
		if err != nil {
			panic(err)
		}
		small, err := models.SyntheticMLP("small", 11, 16, 8, 4)
		if err != nil {
			panic(err)
		}
		image := mnist.Quantize(zoo.Samples()[0].Pixels)
		for name, c := range map[string]struct {
			m     *models.Model
			opts  prover.Options
			input []int8
		}{
			"mnist-fixed":      {mlp, prover.DefaultOptions(), image},
			"small-committed":  {small, prover.Options{Weights: prover.Committed}, make([]int8, 16)},
			"small-public-out": {small, prover.Options{Output: prover.Public, Input: prover.Public}, make([]int8, 16)},
		} {
			k, err := prover.Setup(context.Background(), c.m, c.opts, dir, nil)
			if err != nil {
				panic(err)
			}
			b, o, _, err := prover.Prove(context.Background(), k, c.m, c.input, nil, nil)
			if err != nil {
				panic(err)
			}
			fixtures[name] = &fixture{c.m, k, b, o}
		}
		return m.Run()
	}())
}

// clone deep-copies a bundle through its JSON form.
func clone(t *testing.T, b *prover.Bundle) *prover.Bundle {
	t.Helper()
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var out prover.Bundle
	if _, err := out.ReadFrom(&buf); err != nil {
		t.Fatal(err)
	}
	return &out
}

func forgeOutput(o *prover.Opening) []int8 {
	out := append([]int8(nil), o.Output...)
	out[0] ^= 1
	return out
}

func TestHonestBundlesVerify(t *testing.T) {
	for name, f := range fixtures {
		if err := Verify(clone(t, f.bundle), f.keys.VK, Expect{Model: f.model, Opening: f.opening}); err != nil {
			t.Errorf("%s: honest bundle rejected: %v", name, err)
		}
		bin, err := f.bundle.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var b prover.Bundle
		if _, err := b.ReadFrom(bytes.NewReader(bin)); err != nil {
			t.Fatal(err)
		}
		if err := Verify(&b, f.keys.VK, Expect{}); err != nil {
			t.Errorf("%s: binary round trip rejected: %v", name, err)
		}
	}
	// the proven output is the model's: test image 0 is a 7
	f := fixtures["mnist-fixed"]
	best := 0
	for i, v := range f.opening.Output {
		if v > f.opening.Output[best] {
			best = i
		}
	}
	if len(f.opening.Output) != 10 || best != 7 {
		t.Errorf("proven output %v, want 10 logits with 7 the largest", f.opening.Output)
	}
}

// Every check of a proof has a twin that tampers with one thing and expects
// that exact rejection.
func TestTamperedBundlesRejected(t *testing.T) {
	for name, f := range fixtures {
		salt := f.opening.OutputSalt.Element()
		inSalt := f.opening.InputSalt.Element()
		cases := []struct {
			what   string
			tamper func(b *prover.Bundle, e *Expect)
			want   error
		}{
			{"wrong output (commitment matches the lie)", func(b *prover.Bundle, e *Expect) {
				forged := forgeOutput(f.opening)
				b.OutputCommitment = prover.Field(models.CommitTensor(models.DomainOutput, salt, forged))
				if b.PublicOutput != nil {
					b.PublicOutput = forged
				}
				o := *f.opening
				o.Output = forged
				e.Opening = &o
			}, ErrInvalidProof},
			{"opening of another output", func(b *prover.Bundle, e *Expect) {
				o := *f.opening
				o.Output = forgeOutput(f.opening)
				e.Opening = &o
			}, ErrCommitmentMismatch},
			{"wrong input commitment", func(b *prover.Bundle, e *Expect) {
				other := append([]int8(nil), f.opening.Input...)
				other[3]++
				b.InputCommitment = prover.Field(models.CommitTensor(models.DomainInput, inSalt, other))
				if b.PublicInput != nil {
					b.PublicInput = other
				}
			}, ErrInvalidProof},
			{"buyer's input differs", func(b *prover.Bundle, e *Expect) {
				other := append([]int8(nil), f.opening.Input...)
				other[0]--
				e.Input, e.InputSalt = other, &inSalt
			}, ErrCommitmentMismatch},
			{"other model commitment", func(b *prover.Bundle, e *Expect) {
				other := *f.model
				other.Nodes = append([]models.Node(nil), f.model.Nodes...)
				other.Nodes[1].Weights = append([]int8(nil), f.model.Nodes[1].Weights...)
				other.Nodes[1].Weights[0] ^= 1
				b.Model.Commitment = prover.Field(other.Commitment())
			}, ErrInvalidProof},
			{"expected another model", func(b *prover.Bundle, e *Expect) {
				other, _ := models.SyntheticMLP("other", 99, 16, 4)
				e.Model = other
			}, ErrModelMismatch},
			{"flipped proof byte", func(b *prover.Bundle, e *Expect) {
				b.Proof[len(b.Proof)/2] ^= 0x01
			}, ErrInvalidProof},
			{"truncated proof", func(b *prover.Bundle, e *Expect) {
				b.Proof = b.Proof[:len(b.Proof)-5]
			}, ErrInvalidProof},
			{"another circuit's verifying key", func(b *prover.Bundle, e *Expect) {}, ErrKeyMismatch},
			{"bundle names another circuit of the model", func(b *prover.Bundle, e *Expect) {
				b.CircuitID = otherFixture(name).keys.ID
				e.Model = f.model
			}, ErrModelMismatch},
		}
		if f.bundle.PublicOutput != nil {
			cases = append(cases, struct {
				what   string
				tamper func(b *prover.Bundle, e *Expect)
				want   error
			}{"public output changed alone", func(b *prover.Bundle, e *Expect) {
				b.PublicOutput = forgeOutput(f.opening)
			}, ErrCommitmentMismatch}, struct {
				what   string
				tamper func(b *prover.Bundle, e *Expect)
				want   error
			}{"public input padded with -128 (a zero byte when packed)", func(b *prover.Bundle, e *Expect) {
				b.PublicInput = append(b.PublicInput, -128)
			}, ErrCommitmentMismatch})
		}
		for _, c := range cases {
			b := clone(t, f.bundle)
			var e Expect
			c.tamper(b, &e)
			vk := f.keys.VK
			if c.want == ErrKeyMismatch {
				vk = otherFixture(name).keys.VK
			}
			err := Verify(b, vk, e)
			if !errors.Is(err, c.want) {
				t.Errorf("%s, %s: error %v, want %v", name, c.what, err, c.want)
			}
		}
	}
}

func otherFixture(name string) *fixture {
	for n, f := range fixtures {
		if n != name {
			return f
		}
	}
	panic("one fixture only")
}

// A proof of one model's circuit does not verify under another's key, even
// when the bundle names that key.
func TestProofOfAnotherCircuit(t *testing.T) {
	a, b := fixtures["small-committed"], fixtures["mnist-fixed"]
	x := clone(t, a.bundle)
	x.VerifyingKeyHash = b.keys.VKHash
	if err := Verify(x, b.keys.VK, Expect{}); !errors.Is(err, ErrInvalidProof) {
		t.Errorf("error %v, want ErrInvalidProof", err)
	}
}
