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
		n := Node{Op: OpDense, Name: fmt.Sprintf("fc%d", l), Inputs: []int{cur}, WeightShape: Shape{out, in},
			Weights: make([]int8, out*in), Bias: make([]int32, out), Requant: make([]Requant, out)}
		for i := range n.Weights {
			n.Weights[i] = int8(rng.Intn(256) - 128)
		}
		// scale the rescale to the fan-in so that activations stay spread
		base := 1 / (math.Sqrt(float64(in)) * 128 * 16)
		for j := range out {
			n.Bias[j] = int32(rng.Intn(1<<16) - 1<<15)
			r, err := ChooseRequant(base * math.Pow(2, rng.Float64()*6-1))
			if err != nil {
				return nil, err
			}
			n.Requant[j] = r
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
