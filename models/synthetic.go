package models

import (
	"fmt"
	"math"
	"math/rand"
)

// SyntheticMLP builds a valid MLP with the given layer widths (input first),
// random int8 weights and int32 biases drawn from seed, and ReLU between
// dense layers. Its requantization multipliers are spread so that outputs
// hit both clamps as well as the int8 interior. Benchmarks sweep such
// families, and tests use them where a trained model would be too big.
func SyntheticMLP(name string, seed int64, widths ...int) (*Model, error) {
	if len(widths) < 2 {
		return nil, fmt.Errorf("synthetic MLP needs at least 2 widths, have %v", widths)
	}
	rng := rand.New(rand.NewSource(seed))
	m := &Model{Name: name}
	m.Tensors = []Tensor{
		{Name: "input", Shape: Shape{1, widths[0]}, Scale: 1.0 / 127},
		{Name: "flat", Shape: Shape{widths[0]}, Scale: 1.0 / 127},
	}
	m.Nodes = []Node{{Op: OpFlatten, Name: "flatten", Inputs: []int{0}, Output: 1}}
	cur := 1
	for l := 1; l < len(widths); l++ {
		in, out := widths[l-1], widths[l]
		n := Node{Op: OpDense, Name: fmt.Sprintf("fc%d", l), Inputs: []int{cur}, WeightShape: Shape{out, in}}
		if err := randomParams(rng, &n, out, in); err != nil {
			return nil, err
		}
		m.Tensors = append(m.Tensors, Tensor{Name: n.Name, Shape: Shape{out}, Scale: 1.0 / 127})
		n.Output = len(m.Tensors) - 1
		m.Nodes = append(m.Nodes, n)
		cur = n.Output
		if l < len(widths)-1 {
			m.Tensors = append(m.Tensors, Tensor{Name: fmt.Sprintf("relu%d", l), Shape: Shape{out}, Scale: 1.0 / 127})
			m.Nodes = append(m.Nodes, Node{Op: OpReLU, Name: fmt.Sprintf("relu%d", l), Inputs: []int{cur}, Output: len(m.Tensors) - 1})
			cur = len(m.Tensors) - 1
		}
	}
	m.Output = cur
	return m, m.Validate()
}

// SyntheticCNN builds a valid LeNet-like CNN over a [1, size, size] input:
// conv 3×3 (c1 channels, pad 1) → ReLU → max-pool 2×2 → conv 3×3 (c2
// channels, stride 2) → ReLU → flatten → dense (classes), with random
// parameters drawn from seed as SyntheticMLP does.
func SyntheticCNN(name string, seed int64, size, c1, c2, classes int) (*Model, error) {
	rng := rand.New(rand.NewSource(seed))
	m := &Model{Name: name}
	add := func(name string, shape Shape) int {
		m.Tensors = append(m.Tensors, Tensor{Name: name, Shape: shape, Scale: 1.0 / 127})
		return len(m.Tensors) - 1
	}
	params := func(n *Node, out, fanIn int) error { return randomParams(rng, n, out, fanIn) }
	in := add("input", Shape{1, size, size})
	m.Input = in
	conv1 := Node{Op: OpConv2D, Name: "conv1", Inputs: []int{in}, WeightShape: Shape{c1, 1, 3, 3}, Strides: []int{1, 1}, Pads: []int{1, 1, 1, 1}}
	if err := params(&conv1, c1, 9); err != nil {
		return nil, err
	}
	conv1.Output = add("conv1", Shape{c1, size, size})
	relu1 := Node{Op: OpReLU, Name: "relu1", Inputs: []int{conv1.Output}, Output: add("relu1", Shape{c1, size, size})}
	half := size / 2
	pool := Node{Op: OpMaxPool, Name: "pool1", Inputs: []int{relu1.Output}, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0},
		Output: add("pool1", Shape{c1, half, half})}
	o2 := (half-3)/2 + 1
	conv2 := Node{Op: OpConv2D, Name: "conv2", Inputs: []int{pool.Output}, WeightShape: Shape{c2, c1, 3, 3}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0}}
	if err := params(&conv2, c2, c1*9); err != nil {
		return nil, err
	}
	conv2.Output = add("conv2", Shape{c2, o2, o2})
	relu2 := Node{Op: OpReLU, Name: "relu2", Inputs: []int{conv2.Output}, Output: add("relu2", Shape{c2, o2, o2})}
	flat := Node{Op: OpFlatten, Name: "flatten", Inputs: []int{relu2.Output}, Output: add("flat", Shape{c2 * o2 * o2})}
	fc := Node{Op: OpDense, Name: "fc", Inputs: []int{flat.Output}, WeightShape: Shape{classes, c2 * o2 * o2}}
	if err := params(&fc, classes, c2*o2*o2); err != nil {
		return nil, err
	}
	fc.Output = add("logits", Shape{classes})
	m.Nodes = []Node{conv1, relu1, pool, conv2, relu2, flat, fc}
	m.Output = fc.Output
	return m, m.Validate()
}

// SyntheticCIFARCNN builds a valid CNN shaped for CIFAR-10 images, a [3,
// 32, 32] input: conv 3×3 (channels, stride 2, pad 1) → ReLU → max-pool
// 2×2 → flatten → dense (hidden) → ReLU → dense (classes), with random
// parameters drawn from seed as SyntheticMLP does. Most parameters sit in
// the first dense layer (channels·64·hidden weights): with 8 channels and
// 256 hidden units it has 134k parameters, the size of a small CIFAR
// classifier, in a circuit that 2 cores set up in minutes.
func SyntheticCIFARCNN(name string, seed int64, channels, hidden, classes int) (*Model, error) {
	const size, colours = 32, 3
	rng := rand.New(rand.NewSource(seed))
	m := &Model{Name: name}
	add := func(name string, shape Shape) int {
		m.Tensors = append(m.Tensors, Tensor{Name: name, Shape: shape, Scale: 1.0 / 127})
		return len(m.Tensors) - 1
	}
	in := add("input", Shape{colours, size, size})
	m.Input = in
	o1 := (size+2-3)/2 + 1
	conv := Node{Op: OpConv2D, Name: "conv1", Inputs: []int{in}, WeightShape: Shape{channels, colours, 3, 3}, Strides: []int{2, 2}, Pads: []int{1, 1, 1, 1}}
	if err := randomParams(rng, &conv, channels, colours*9); err != nil {
		return nil, err
	}
	conv.Output = add("conv1", Shape{channels, o1, o1})
	relu1 := Node{Op: OpReLU, Name: "relu1", Inputs: []int{conv.Output}, Output: add("relu1", Shape{channels, o1, o1})}
	half := o1 / 2
	pool := Node{Op: OpMaxPool, Name: "pool1", Inputs: []int{relu1.Output}, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0},
		Output: add("pool1", Shape{channels, half, half})}
	flat := Node{Op: OpFlatten, Name: "flatten", Inputs: []int{pool.Output}, Output: add("flat", Shape{channels * half * half})}
	fc1 := Node{Op: OpDense, Name: "fc1", Inputs: []int{flat.Output}, WeightShape: Shape{hidden, channels * half * half}}
	if err := randomParams(rng, &fc1, hidden, channels*half*half); err != nil {
		return nil, err
	}
	fc1.Output = add("fc1", Shape{hidden})
	relu2 := Node{Op: OpReLU, Name: "relu2", Inputs: []int{fc1.Output}, Output: add("relu2", Shape{hidden})}
	fc2 := Node{Op: OpDense, Name: "fc2", Inputs: []int{relu2.Output}, WeightShape: Shape{classes, hidden}}
	if err := randomParams(rng, &fc2, classes, hidden); err != nil {
		return nil, err
	}
	fc2.Output = add("logits", Shape{classes})
	m.Nodes = []Node{conv, relu1, pool, flat, fc1, relu2, fc2}
	m.Output = fc2.Output
	return m, m.Validate()
}

// randomParams gives n out rows of fanIn random int8 weights, random int32
// biases and requantization multipliers spread around one scaled to the
// fan-in, so that activations stay spread and outputs hit both clamps as
// well as the int8 interior.
func randomParams(rng *rand.Rand, n *Node, out, fanIn int) error {
	n.Weights = make([]int8, out*fanIn)
	for i := range n.Weights {
		n.Weights[i] = int8(rng.Intn(256) - 128)
	}
	n.Bias, n.Requant = make([]int32, out), make([]Requant, out)
	base := 1 / (math.Sqrt(float64(fanIn)) * 128 * 16)
	for j := range out {
		n.Bias[j] = int32(rng.Intn(1<<16) - 1<<15)
		r, err := ChooseRequant(base * math.Pow(2, rng.Float64()*6-1))
		if err != nil {
			return err
		}
		n.Requant[j] = r
	}
	return nil
}
