package train

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/onnx"
)

// LeNetConfig sets the small LeNet-style CNN and its training run.
type LeNetConfig struct {
	C1, C2    int // channels of the two 5×5 convolutions
	Epochs    int
	BatchSize int
	LearnRate float64
	Seed      int64
	// Images limits the training images used per epoch (0: all).
	Images int
}

// DefaultLeNetConfig trains the shipped mnist-lenet: conv 5×5 (4, pad 2) →
// ReLU → max-pool 2 → conv 5×5 (8) → ReLU → max-pool 2 → dense 200→10.
func DefaultLeNetConfig() LeNetConfig {
	return LeNetConfig{C1: 4, C2: 8, Epochs: 2, BatchSize: 50, LearnRate: 2e-3, Seed: 1}
}

// TrainLeNet trains the CNN in float64 with gorgonia and returns it as a
// float model (the same representation an ONNX import gives), ready for
// Quantize. Inputs are pixels in [0, 1].
func TrainLeNet(ctx context.Context, cfg LeNetConfig, set *mnist.Set, progress Progress) (*onnx.FloatModel, error) {
	if cfg.C1 <= 0 || cfg.C2 <= 0 || cfg.Epochs <= 0 || cfg.BatchSize <= 0 || set.Len() < cfg.BatchSize {
		return nil, fmt.Errorf("train: bad config %+v", cfg)
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	g := G.NewGraph()
	bs := cfg.BatchSize
	he := func(n, fanIn int) []float64 {
		v := make([]float64, n)
		s := math.Sqrt(2 / float64(fanIn))
		for i := range v {
			v[i] = rng.NormFloat64() * s
		}
		return v
	}
	param := func(name string, shape tensor.Shape, init []float64) *G.Node {
		return G.NewTensor(g, tensor.Float64, len(shape), G.WithShape(shape...), G.WithName(name),
			G.WithValue(tensor.New(tensor.WithShape(shape...), tensor.WithBacking(init))))
	}
	flat := cfg.C2 * 5 * 5
	w1 := param("w1", tensor.Shape{cfg.C1, 1, 5, 5}, he(cfg.C1*25, 25))
	w2 := param("w2", tensor.Shape{cfg.C2, cfg.C1, 5, 5}, he(cfg.C2*cfg.C1*25, cfg.C1*25))
	w3 := param("w3", tensor.Shape{flat, 10}, he(flat*10, flat))
	b3 := param("b3", tensor.Shape{10}, make([]float64, 10))
	x := G.NewTensor(g, tensor.Float64, 4, G.WithShape(bs, 1, mnist.Rows, mnist.Cols), G.WithName("x"))
	y := G.NewMatrix(g, tensor.Float64, G.WithShape(bs, 10), G.WithName("y"))

	var cost *G.Node
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("train: build graph: %v", r)
			}
		}()
		c1 := G.Must(G.Rectify(G.Must(G.Conv2d(x, w1, tensor.Shape{5, 5}, []int{2, 2}, []int{1, 1}, []int{1, 1}))))
		p1 := G.Must(G.MaxPool2D(c1, tensor.Shape{2, 2}, []int{0, 0}, []int{2, 2}))
		c2 := G.Must(G.Rectify(G.Must(G.Conv2d(p1, w2, tensor.Shape{5, 5}, []int{0, 0}, []int{1, 1}, []int{1, 1}))))
		p2 := G.Must(G.MaxPool2D(c2, tensor.Shape{2, 2}, []int{0, 0}, []int{2, 2}))
		f := G.Must(G.Reshape(p2, tensor.Shape{bs, flat}))
		logits := G.Must(G.BroadcastAdd(G.Must(G.Mul(f, w3)), b3, nil, []byte{0}))
		logp := G.Must(G.LogSoftMax(logits))
		cost = G.Must(G.Neg(G.Must(G.Div(G.Must(G.Sum(G.Must(G.HadamardProd(logp, y)))), G.NewConstant(float64(bs), G.WithName("bs"))))))
	}()
	if err != nil {
		return nil, err
	}
	learn := G.Nodes{w1, w2, w3, b3}
	if _, err := G.Grad(cost, learn...); err != nil {
		return nil, fmt.Errorf("train: gradients: %w", err)
	}
	var costVal G.Value
	G.Read(cost, &costVal)
	vm := G.NewTapeMachine(g, G.BindDualValues(learn...))
	defer vm.Close()
	solver := G.NewAdamSolver(G.WithLearnRate(cfg.LearnRate))

	n := set.Len()
	if cfg.Images > 0 && cfg.Images < n {
		n = cfg.Images
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	xb := make([]float64, bs*mnist.ImageSize)
	yb := make([]float64, bs*10)
	batches := n / bs
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		total := 0.0
		for b := range batches {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			clear(yb)
			for k := range bs {
				idx := order[b*bs+k]
				for p, v := range set.Images[idx] {
					xb[k*mnist.ImageSize+p] = float64(v) / 255
				}
				yb[k*10+set.Labels[idx]] = 1
			}
			if err := G.Let(x, tensor.New(tensor.WithShape(bs, 1, mnist.Rows, mnist.Cols), tensor.WithBacking(xb))); err != nil {
				return nil, err
			}
			if err := G.Let(y, tensor.New(tensor.WithShape(bs, 10), tensor.WithBacking(yb))); err != nil {
				return nil, err
			}
			if err := vm.RunAll(); err != nil {
				return nil, fmt.Errorf("train: epoch %d batch %d: %w", epoch, b, err)
			}
			if err := solver.Step(G.NodesToValueGrads(learn)); err != nil {
				return nil, err
			}
			total += costVal.Data().(float64)
			vm.Reset()
			if progress != nil && (b%50 == 49 || b == batches-1) {
				progress(epoch+1, b+1, batches, total/float64(b+1))
			}
		}
	}
	get := func(nd *G.Node) []float64 { return append([]float64(nil), nd.Value().Data().([]float64)...) }
	// dense weights: gorgonia holds [flat][10], the float model [10][flat]
	w3v := get(w3)
	wd := make([]float64, 10*flat)
	for i := range flat {
		for j := range 10 {
			wd[j*flat+i] = w3v[i*10+j]
		}
	}
	in := models.Shape{1, mnist.Rows, mnist.Cols}
	c1 := models.Shape{cfg.C1, 28, 28}
	p1 := models.Shape{cfg.C1, 14, 14}
	c2 := models.Shape{cfg.C2, 10, 10}
	p2 := models.Shape{cfg.C2, 5, 5}
	layers := []onnx.Layer{
		{Op: models.OpConv2D, Name: "conv1", In: in, Out: c1, W: get(w1), WShape: models.Shape{cfg.C1, 1, 5, 5}, B: make([]float64, cfg.C1), Strides: []int{1, 1}, Pads: []int{2, 2, 2, 2}},
		{Op: models.OpReLU, Name: "relu1", In: c1, Out: c1},
		{Op: models.OpMaxPool, Name: "pool1", In: c1, Out: p1, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0}},
		{Op: models.OpConv2D, Name: "conv2", In: p1, Out: c2, W: get(w2), WShape: models.Shape{cfg.C2, cfg.C1, 5, 5}, B: make([]float64, cfg.C2), Strides: []int{1, 1}, Pads: []int{0, 0, 0, 0}},
		{Op: models.OpReLU, Name: "relu2", In: c2, Out: c2},
		{Op: models.OpMaxPool, Name: "pool2", In: c2, Out: p2, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0}},
		{Op: models.OpFlatten, Name: "flatten", In: p2, Out: models.Shape{flat}},
		{Op: models.OpDense, Name: "fc", In: models.Shape{flat}, Out: models.Shape{10}, W: wd, WShape: models.Shape{10, flat}, B: get(b3)},
	}
	for i := range layers {
		layers[i].Inputs = []int{i}
	}
	return &onnx.FloatModel{Name: "mnist-lenet", Producer: "zkinfer train (gorgonia)", Input: in, Layers: layers, Output: len(layers)}, nil
}
