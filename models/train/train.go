package train

import (
	"context"
	"fmt"
	"math"
	"math/rand"

	_ "go4.org/unsafe/assume-no-moving-gc" // gorgonia's dependency panics on Go 1.26 without the fixed version
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
)

// Config sets the MLP and its training run.
type Config struct {
	Hidden    int
	Epochs    int
	BatchSize int
	LearnRate float64
	Seed      int64
	// CalibrationImages is how many training images calibrate the
	// activation ranges of the quantized model.
	CalibrationImages int
}

// DefaultConfig trains the shipped mnist-mlp: 784-128-10.
func DefaultConfig() Config {
	return Config{Hidden: 128, Epochs: 10, BatchSize: 100, LearnRate: 1e-3, Seed: 1, CalibrationImages: 5000}
}

// MLP is a float two-layer perceptron: logits = W2·relu(W1·x + b1) + b2,
// with W1 [hidden][784] and W2 [10][hidden].
type MLP struct {
	W1 [][]float64
	B1 []float64
	W2 [][]float64
	B2 []float64
}

// Progress receives (epoch, batch, batches, mean loss so far in the epoch).
type Progress func(epoch, batch, batches int, loss float64)

// TrainMLP trains a 784-hidden-10 MLP on set with Adam and cross-entropy.
func TrainMLP(ctx context.Context, cfg Config, set *mnist.Set, progress Progress) (*MLP, error) {
	if cfg.Hidden <= 0 || cfg.Epochs <= 0 || cfg.BatchSize <= 0 || set.Len() < cfg.BatchSize {
		return nil, fmt.Errorf("train: bad config %+v for %d examples", cfg, set.Len())
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	g := G.NewGraph()
	bs, in, hid := cfg.BatchSize, mnist.ImageSize, cfg.Hidden

	glorot := func(rows, cols int) []float64 {
		lim := math.Sqrt(6 / float64(rows+cols))
		v := make([]float64, rows*cols)
		for i := range v {
			v[i] = (rng.Float64()*2 - 1) * lim
		}
		return v
	}
	w1 := G.NewMatrix(g, tensor.Float64, G.WithShape(in, hid), G.WithName("w1"),
		G.WithValue(tensor.New(tensor.WithShape(in, hid), tensor.WithBacking(glorot(in, hid)))))
	b1 := G.NewVector(g, tensor.Float64, G.WithShape(hid), G.WithName("b1"),
		G.WithValue(tensor.New(tensor.WithShape(hid), tensor.WithBacking(make([]float64, hid)))))
	w2 := G.NewMatrix(g, tensor.Float64, G.WithShape(hid, 10), G.WithName("w2"),
		G.WithValue(tensor.New(tensor.WithShape(hid, 10), tensor.WithBacking(glorot(hid, 10)))))
	b2 := G.NewVector(g, tensor.Float64, G.WithShape(10), G.WithName("b2"),
		G.WithValue(tensor.New(tensor.WithShape(10), tensor.WithBacking(make([]float64, 10)))))
	x := G.NewMatrix(g, tensor.Float64, G.WithShape(bs, in), G.WithName("x"))
	y := G.NewMatrix(g, tensor.Float64, G.WithShape(bs, 10), G.WithName("y"))

	var cost *G.Node
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("train: build graph: %v", r)
			}
		}()
		xw1 := G.Must(G.Mul(x, w1))
		h := G.Must(G.Rectify(G.Must(G.BroadcastAdd(xw1, b1, nil, []byte{0}))))
		logits := G.Must(G.BroadcastAdd(G.Must(G.Mul(h, w2)), b2, nil, []byte{0}))
		logp := G.Must(G.LogSoftMax(logits))
		// mean over the batch of -Σ_k y_k·log p_k
		cost = G.Must(G.Neg(G.Must(G.Div(G.Must(G.Sum(G.Must(G.HadamardProd(logp, y)))), G.NewConstant(float64(bs), G.WithName("bs"))))))
	}()
	if err != nil {
		return nil, err
	}
	learn := G.Nodes{w1, b1, w2, b2}
	if _, err := G.Grad(cost, learn...); err != nil {
		return nil, fmt.Errorf("train: gradients: %w", err)
	}
	var costVal G.Value
	G.Read(cost, &costVal)
	vm := G.NewTapeMachine(g, G.BindDualValues(learn...))
	defer vm.Close()
	solver := G.NewAdamSolver(G.WithLearnRate(cfg.LearnRate))

	xb := make([]float64, bs*in)
	yb := make([]float64, bs*10)
	order := make([]int, set.Len())
	for i := range order {
		order[i] = i
	}
	batches := set.Len() / bs
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
					xb[k*in+p] = float64(v) / 255
				}
				yb[k*10+set.Labels[idx]] = 1
			}
			if err := G.Let(x, tensor.New(tensor.WithShape(bs, in), tensor.WithBacking(xb))); err != nil {
				return nil, err
			}
			if err := G.Let(y, tensor.New(tensor.WithShape(bs, 10), tensor.WithBacking(yb))); err != nil {
				return nil, err
			}
			if err := vm.RunAll(); err != nil {
				return nil, fmt.Errorf("train: epoch %d batch %d: %w", epoch, b, err)
			}
			if err := solver.Step(G.NodesToValueGrads(learn)); err != nil {
				return nil, fmt.Errorf("train: solver: %w", err)
			}
			total += costVal.Data().(float64)
			vm.Reset()
			if progress != nil && (b%50 == 49 || b == batches-1) {
				progress(epoch+1, b+1, batches, total/float64(b+1))
			}
		}
	}
	mlp := &MLP{
		W1: transpose(w1.Value().Data().([]float64), in, hid),
		B1: append([]float64(nil), b1.Value().Data().([]float64)...),
		W2: transpose(w2.Value().Data().([]float64), hid, 10),
		B2: append([]float64(nil), b2.Value().Data().([]float64)...),
	}
	return mlp, nil
}

// transpose turns a row-major rows×cols matrix into cols rows of rows values.
func transpose(v []float64, rows, cols int) [][]float64 {
	out := make([][]float64, cols)
	for c := range out {
		out[c] = make([]float64, rows)
		for r := range rows {
			out[c][r] = v[r*cols+c]
		}
	}
	return out
}

// Forward is the float reference: hidden activations and logits for x.
func (m *MLP) Forward(x []float64) (hidden, logits []float64) {
	hidden = make([]float64, len(m.W1))
	for j, row := range m.W1 {
		s := m.B1[j]
		for i, w := range row {
			s += w * x[i]
		}
		hidden[j] = math.Max(s, 0)
	}
	logits = make([]float64, len(m.W2))
	for j, row := range m.W2 {
		s := m.B2[j]
		for i, w := range row {
			s += w * hidden[i]
		}
		logits[j] = s
	}
	return hidden, logits
}

// Quantize builds the int8 model: per-channel weight scales, input scale
// 1/127, and activation scales calibrated (max) on the first
// cfg.CalibrationImages images of calib.
func (m *MLP) Quantize(name string, calib *mnist.Set, n int) (*models.Model, error) {
	n = min(n, calib.Len())
	if n == 0 {
		return nil, fmt.Errorf("quantize: empty calibration set")
	}
	hMax, oMax := 0.0, 0.0
	for i := range n {
		h, o := m.Forward(mnist.Float(calib.Images[i]))
		for _, v := range h {
			hMax = math.Max(hMax, v)
		}
		for _, v := range o {
			oMax = math.Max(oMax, math.Abs(v))
		}
	}
	sIn, sH, sO := mnist.InputScale, hMax/127, oMax/127
	d1, err := models.QuantizeDense("fc1", m.W1, m.B1, sIn, sH)
	if err != nil {
		return nil, err
	}
	d2, err := models.QuantizeDense("fc2", m.W2, m.B2, sH, sO)
	if err != nil {
		return nil, err
	}
	hid := len(m.W1)
	d1.Inputs, d1.Output = []int{1}, 2
	d2.Inputs, d2.Output = []int{3}, 4
	model := &models.Model{
		Name: name,
		Tensors: []models.Tensor{
			{Name: "image", Shape: models.Shape{1, mnist.Rows, mnist.Cols}, Scale: sIn},
			{Name: "pixels", Shape: models.Shape{mnist.ImageSize}, Scale: sIn},
			{Name: "fc1", Shape: models.Shape{hid}, Scale: sH},
			{Name: "relu1", Shape: models.Shape{hid}, Scale: sH},
			{Name: "logits", Shape: models.Shape{10}, Scale: sO},
		},
		Nodes: []models.Node{
			{Op: models.OpFlatten, Name: "flatten", Inputs: []int{0}, Output: 1},
			d1,
			{Op: models.OpReLU, Name: "relu1", Inputs: []int{2}, Output: 3},
			d2,
		},
		Input: 0, Output: 4,
		// trained on pixels scaled to [0, 1]
		PixelMax: 1,
	}
	return model, model.Validate()
}

// Accuracy is the fraction of the first n examples of set (all when n ≤ 0)
// that classify labels correctly.
func Accuracy(set *mnist.Set, n int, classify func(pixels []byte) (int, error)) (float64, error) {
	if n <= 0 || n > set.Len() {
		n = set.Len()
	}
	correct := 0
	for i := range n {
		c, err := classify(set.Images[i])
		if err != nil {
			return 0, err
		}
		if c == set.Labels[i] {
			correct++
		}
	}
	return float64(correct) / float64(n), nil
}
