package bench

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// The ceremony benchmarks measure what a contributor and a verifier of a
// ceremony spend, on the sizes zkinfer's circuits need:
//
//	go test ./bench -run '^$' -bench Ceremony -benchtime 1x -timeout 3h
//
// (with -short, at small sizes: what CI runs).
// Phase 1 at 2^16 serves the MNIST MLP with fixed weights (19,146
// constraints), 2^18 the MLP with committed weights (248,527) and mnist-8
// (236,080). A contribution reads the last state, updates every point and
// writes the new one; verifying one checks its proofs against the state
// before it. Phase 2: lagrange-N computes the phase 1's Lagrange form at
// N points (once per phase 1 and size, then cached); "start" evaluates
// the circuit at the powers of τ (what the coordinator and every full
// verifier do); "verify-3" checks a three-contributor transcript from a
// recomputed start and seals the keys (what setup --ceremony and a
// buyer's --ceremony do).

var (
	phase1Mu sync.Mutex
	phase1s  = map[int]*phase1Fixture{}
)

// phase1Fixture is a sealed phase-1 transcript of one contribution and
// its SRS.
type phase1Fixture struct {
	transcript *ceremony.Transcript
	srs        *ceremony.SRS
}

func phase1(b *testing.B, power int) *phase1Fixture {
	phase1Mu.Lock()
	defer phase1Mu.Unlock()
	if f, ok := phase1s[power]; ok {
		return f
	}
	t, srs, err := ceremony.LocalPhase1(power, []byte("zkinfer bench beacon, 32 bytes.."), "bench")
	if err != nil {
		b.Fatal(err)
	}
	f := &phase1Fixture{transcript: t, srs: srs}
	phase1s[power] = f
	return f
}

func unsealed(t *ceremony.Transcript) *ceremony.Transcript {
	c := &ceremony.Transcript{Header: t.Header, States: append([][]byte{}, t.States...)}
	c.Header.Beacon = ""
	c.Header.Contributions = append([]ceremony.Contribution{}, t.Header.Contributions...)
	return c
}

// ceremonyShort: with -short the ceremony benchmarks run at small sizes,
// so that CI exercises them in seconds (the figures are the full run's).
func ceremonyShort() bool { return testing.Short() }

func BenchmarkCeremonyPhase1(b *testing.B) {
	powers := []int{16, 18}
	if ceremonyShort() {
		powers = []int{10}
	}
	for _, power := range powers {
		b.Run(fmt.Sprintf("2^%d", power), func(b *testing.B) {
			f := phase1(b, power)
			b.Run("contribute", func(b *testing.B) {
				for range b.N {
					if _, err := ceremony.Contribute(unsealed(f.transcript), "bench"); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(f.transcript.States[1]))/1e6, "MB/state")
			})
			b.Run("verify", func(b *testing.B) {
				// the start and one contribution: the cost of checking
				// one contribution, its decoding included
				for range b.N {
					if err := ceremony.Verify(f.transcript, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

func BenchmarkCeremonyPhase2(b *testing.B) {
	cases := []struct {
		name  string
		model func(testing.TB) *models.Model
		opts  prover.Options
	}{
		{"mnist-mlp-committed", func(b testing.TB) *models.Model {
			m, err := zoo.MNISTMLP()
			if err != nil {
				b.Fatal(err)
			}
			return m
		}, prover.Options{Weights: prover.Committed}},
		{"mnist-8", mnist8, prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv}},
	}
	phase1Power := 18
	if ceremonyShort() {
		cases = cases[:1]
		cases[0].name, cases[0].model = "small-mlp-committed", func(b testing.TB) *models.Model {
			m, err := models.SyntheticMLP("small", 1, 8, 4)
			if err != nil {
				b.Fatal(err)
			}
			return m
		}
		phase1Power = 12
	}
	// one phase 1 of 2^18, cut to each circuit's size, serves both; the
	// Lagrange form at a size depends on no circuit: it is computed once,
	// timed as lagrange-N, then read from the cache as setup does
	lagrangeDir := b.TempDir()
	lagrange := map[int]bool{}
	for _, c := range cases {
		m := c.model(b)
		opts := c.opts.WithDefaults()
		ccs, err := prover.Compile(m, opts)
		if err != nil {
			b.Fatal(err)
		}
		id := prover.CircuitID(m, opts)
		f := phase1(b, phase1Power)
		f.srs.LagrangeDir = lagrangeDir
		n := 1 << ceremony.PowerFor(ccs.GetNbConstraints())
		b.Logf("%s: %d constraints, domain %d", c.name, ccs.GetNbConstraints(), n)
		if !lagrange[n] {
			b.Run(fmt.Sprintf("lagrange-%d", n), func(b *testing.B) {
				for range b.N {
					if _, err := ceremony.ComputeLagrange(f.srs, n); err != nil {
						b.Fatal(err)
					}
				}
			})
			if _, err := f.srs.Lagrange(n); err != nil { // fills the cache
				b.Fatal(err)
			}
			lagrange[n] = true
		}
		b.Run(c.name, func(b *testing.B) {
			var t *ceremony.Transcript
			b.Run("start", func(b *testing.B) {
				for range b.N {
					if t, err = ceremony.StartPhase2(f.srs, ccs, id); err != nil {
						b.Fatal(err)
					}
				}
			})
			if t == nil {
				b.Skip("start did not run")
			}
			b.Run("contribute", func(b *testing.B) {
				for range b.N {
					c := unsealed(t)
					c.States = c.States[:1]
					c.Header.Contributions = nil
					if _, err := ceremony.Contribute(c, "bench"); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(t.States[0]))/1e6, "MB/state")
			})
			for _, who := range []string{"provider", "buyer", "auditor"} {
				if _, err := ceremony.Contribute(t, who); err != nil {
					b.Fatal(err)
				}
			}
			if err := ceremony.Seal(t, []byte("zkinfer bench beacon, 32 bytes.."), nil); err != nil {
				b.Fatal(err)
			}
			b.Run("verify-3", func(b *testing.B) {
				var vk bytes.Buffer
				for range b.N {
					_, v, err := ceremony.VerifyPhase2(t, f.srs, ccs, id)
					if err != nil {
						b.Fatal(err)
					}
					vk.Reset()
					v.WriteTo(&vk)
				}
			})
		})
	}
}
