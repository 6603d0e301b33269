package bench

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

func TestMain(m *testing.M) {
	logger.Set(zerolog.Nop())
	os.Exit(m.Run())
}

// point is one benchmarked circuit: its keys, made once per process with
// the setup time and peak heap measured, and an honest bundle.
type point struct {
	model     *models.Model
	keys      *prover.Keys
	setup     time.Duration
	setupPeak uint64
	input     []int8
	bundle    *prover.Bundle
}

var (
	pointsMu sync.Mutex
	points   = map[prover.Visibility]*point{} // by weight visibility, and "cnn"
)

// mnistPoint sets up the MNIST MLP circuit with the given weight
// visibility; keys are not cached on disk, so setup is measured for real.
func mnistPoint(b *testing.B, w prover.Visibility) *point {
	pointsMu.Lock()
	defer pointsMu.Unlock()
	if p, ok := points[w]; ok {
		return p
	}
	m, err := zoo.MNISTMLP()
	if err != nil {
		b.Fatal(err)
	}
	p := &point{model: m, input: mnist.Quantize(zoo.Samples()[0].Pixels)}
	var serr error
	start := time.Now()
	p.setupPeak = PeakHeap(func() {
		p.keys, serr = prover.Setup(context.Background(), m, prover.Options{Weights: w}, "", nil)
	})
	p.setup = time.Since(start)
	if serr != nil {
		b.Fatal(serr)
	}
	if p.bundle, _, _, err = prover.Prove(context.Background(), p.keys, m, p.input, nil, nil); err != nil {
		b.Fatal(err)
	}
	points[w] = p
	return p
}

var weightModes = []prover.Visibility{prover.Fixed, prover.Committed}

// BenchmarkProveMNIST measures one Groth16 proof of the MNIST MLP (witness
// solving included) and reports the circuit's size, the one-off setup and
// the peak heap of both.
func BenchmarkProveMNIST(b *testing.B) {
	for _, w := range weightModes {
		b.Run(string(w), func(b *testing.B) {
			p := mnistPoint(b, w)
			var peak uint64
			b.ResetTimer()
			for range b.N {
				peak = max(peak, PeakHeap(func() {
					if _, _, _, err := prover.Prove(context.Background(), p.keys, p.model, p.input, nil, nil); err != nil {
						b.Fatal(err)
					}
				}))
			}
			b.ReportMetric(float64(p.keys.Constraints), "constraints")
			b.ReportMetric(p.setup.Seconds(), "setup-s")
			b.ReportMetric(float64(p.setupPeak)/(1<<20), "setup-peak-MiB")
			b.ReportMetric(float64(peak)/(1<<20), "prove-peak-MiB")
			b.ReportMetric(float64(len(p.bundle.Proof)), "proof-B")
		})
	}
}

// BenchmarkVerifyMNIST measures verifying a bundle (proof and commitments
// of a public bundle, no opening).
func BenchmarkVerifyMNIST(b *testing.B) {
	for _, w := range weightModes {
		b.Run(string(w), func(b *testing.B) {
			p := mnistPoint(b, w)
			b.ResetTimer()
			for range b.N {
				if err := verifier.Verify(p.bundle, p.keys.VK, verifier.Expect{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cnnPoint sets up the fixed-weight circuit, with lookups, of mnist-8 (the
// ONNX model zoo's CNN, exported by CNTK, as zoo.MNIST8 ships it).
func cnnPoint(b *testing.B) *point {
	pointsMu.Lock()
	defer pointsMu.Unlock()
	if p, ok := points["cnn"]; ok {
		return p
	}
	m := mnist8(b)
	opts := prover.Options{Weights: prover.Fixed, RangeCheck: prover.RangeCheckLogDeriv}
	layers, commitments, total, err := prover.LayerCosts(m, opts)
	if err != nil {
		b.Fatal(err)
	}
	for _, l := range layers {
		b.Logf("%-20s %-8s %8d constraints", l.Node, l.OpName, l.Constraints)
	}
	b.Logf("%-20s %-8s %8d constraints (total %d)", "commitments", "", commitments, total)
	p := &point{model: m, input: mnist.Quantize(zoo.Samples()[0].Pixels)}
	var serr error
	start := time.Now()
	p.setupPeak = PeakHeap(func() {
		p.keys, serr = prover.Setup(context.Background(), m, opts, "", nil)
	})
	p.setup = time.Since(start)
	if serr != nil {
		b.Fatal(serr)
	}
	if p.bundle, _, _, err = prover.Prove(context.Background(), p.keys, m, p.input, nil, nil); err != nil {
		b.Fatal(err)
	}
	points["cnn"] = p
	return p
}

// mnist8 is the ONNX model zoo's CNN as zkinfer ships it (zoo.MNIST8).
func mnist8(b testing.TB) *models.Model {
	m, err := zoo.MNIST8()
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkProveCNN measures one proof of the imported mnist-8 CNN with
// fixed weights, and logs the constraints each layer adds.
func BenchmarkProveCNN(b *testing.B) {
	p := cnnPoint(b)
	var peak uint64
	b.ResetTimer()
	for range b.N {
		peak = max(peak, PeakHeap(func() {
			if _, _, _, err := prover.Prove(context.Background(), p.keys, p.model, p.input, nil, nil); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(p.keys.Constraints), "constraints")
	b.ReportMetric(p.setup.Seconds(), "setup-s")
	b.ReportMetric(float64(peak)/(1<<20), "prove-peak-MiB")
	b.ReportMetric(float64(len(p.bundle.Proof)), "proof-B")
}
