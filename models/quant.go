package models

import (
	"fmt"
	"math"
)

// MultiplierBits is the precision of the requantization multipliers chosen
// by ChooseRequant: M lies in [2^(MultiplierBits-1), 2^MultiplierBits).
// 16 bits keep the rounding error of the rescale far below one int8 step
// while keeping the shift, and so the circuit's remainder check, short.
const MultiplierBits = 16

// ChooseRequant approximates the real multiplier m (input scale × weight
// scale / output scale) by M / 2^s.
func ChooseRequant(m float64) (Requant, error) {
	if !(m > 0) || math.IsInf(m, 0) {
		return Requant{}, fmt.Errorf("requantization multiplier %v must be positive and finite", m)
	}
	frac, exp := math.Frexp(m) // m = frac·2^exp, frac in [0.5, 1)
	shift := MultiplierBits - exp
	mult := int64(math.Round(frac * (1 << MultiplierBits)))
	if mult == 1<<MultiplierBits {
		mult >>= 1
		shift--
	}
	for shift < 1 { // very large multipliers: give up precision for a legal shift
		if mult > MaxMultiplier/2 {
			return Requant{}, fmt.Errorf("requantization multiplier %v too large", m)
		}
		mult <<= 1
		shift++
	}
	if shift > MaxShift {
		return Requant{}, fmt.Errorf("requantization multiplier %v too small", m)
	}
	return Requant{Mult: mult, Shift: uint8(shift)}, nil
}

// QuantizeDense quantizes a float dense layer, w[out][in] and b[out],
// symmetrically per output channel: weight scale max|w[j]|/127, bias in
// int32 at scale inScale·weightScale, and the requantization to outScale.
func QuantizeDense(name string, w [][]float64, b []float64, inScale, outScale float64) (Node, error) {
	out := len(w)
	if out == 0 || len(b) != out {
		return Node{}, fmt.Errorf("dense %q: %d rows and %d biases", name, out, len(b))
	}
	in := len(w[0])
	n := Node{
		Op: OpDense, Name: name, WeightShape: Shape{out, in},
		Weights: make([]int8, out*in), Bias: make([]int32, out),
		WeightScales: make([]float64, out), Requant: make([]Requant, out),
	}
	for j := range out {
		if len(w[j]) != in {
			return Node{}, fmt.Errorf("dense %q: ragged weight row %d", name, j)
		}
		maxAbs := 0.0
		for _, v := range w[j] {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
		if maxAbs == 0 {
			maxAbs = 1e-8
		}
		ws := maxAbs / 127
		n.WeightScales[j] = ws
		for i, v := range w[j] {
			n.Weights[j*in+i] = int8(math.Max(-127, math.Min(127, math.Round(v/ws))))
		}
		qb := math.Round(b[j] / (inScale * ws))
		if qb > math.MaxInt32 || qb < math.MinInt32 {
			return Node{}, fmt.Errorf("dense %q: bias %d overflows int32 at scale %g", name, j, inScale*ws)
		}
		n.Bias[j] = int32(qb)
		r, err := ChooseRequant(inScale * ws / outScale)
		if err != nil {
			return Node{}, fmt.Errorf("dense %q channel %d: %w", name, j, err)
		}
		n.Requant[j] = r
	}
	return n, nil
}
