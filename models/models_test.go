package models

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// tinyModel is a valid 2-layer MLP over a [1,4] input.
func tinyModel() *Model {
	return &Model{
		Name: "tiny",
		Tensors: []Tensor{
			{Name: "in", Shape: Shape{1, 4}, Scale: 0.5},
			{Name: "flat", Shape: Shape{4}, Scale: 0.5},
			{Name: "fc1", Shape: Shape{3}, Scale: 0.25},
			{Name: "relu", Shape: Shape{3}, Scale: 0.25},
			{Name: "out", Shape: Shape{2}, Scale: 1},
		},
		Nodes: []Node{
			{Op: OpFlatten, Name: "flatten", Inputs: []int{0}, Output: 1},
			{Op: OpDense, Name: "fc1", Inputs: []int{1}, Output: 2, WeightShape: Shape{3, 4},
				Weights: []int8{1, -2, 3, -4, 5, -6, 7, -8, 127, -128, 0, 1}, Bias: []int32{10, -20, 1 << 20},
				WeightScales: []float64{0.1, 0.2, 0.3}, Requant: []Requant{{Mult: 1 << 15, Shift: 16}, {Mult: 3, Shift: 2}, {Mult: 40000, Shift: 30}}},
			{Op: OpReLU, Name: "relu", Inputs: []int{2}, Output: 3},
			{Op: OpDense, Name: "fc2", Inputs: []int{3}, Output: 4, WeightShape: Shape{2, 3},
				Weights: []int8{-1, 2, -3, 4, -5, 6}, Bias: []int32{0, -1},
				Requant: []Requant{{Mult: 1, Shift: 1}, {Mult: 5, Shift: 3}}},
		},
		Input: 0, Output: 4,
	}
}

func encode(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFormatRoundTrip(t *testing.T) {
	m := tinyModel()
	data := encode(t, m)
	var got Model
	n, err := got.ReadFrom(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(len(data)) {
		t.Errorf("read %d of %d bytes", n, len(data))
	}
	if !reflect.DeepEqual(&got, m) {
		t.Errorf("round trip changed the model:\n got %+v\nwant %+v", got, *m)
	}
	c1, c2 := m.Commitment(), got.Commitment()
	if !c1.Equal(&c2) {
		t.Error("round trip changed the commitment")
	}
}

// rawFile builds a .zkm file around an arbitrary body.
func rawFile(version uint16, body []byte) []byte {
	head := make([]byte, 10)
	copy(head, Magic[:])
	binary.LittleEndian.PutUint16(head[8:], version)
	var buf bytes.Buffer
	buf.Write(head)
	enc := zstdEncode(body)
	buf.Write(enc)
	return buf.Bytes()
}

func TestReadRejects(t *testing.T) {
	good := encode(t, tinyModel())
	body := tinyModel().encodeBody(true)
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0xff
	invalid := tinyModel()
	invalid.Nodes[1].Requant[0].Shift = 0
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrFormat},
		{"short header", good[:5], ErrFormat},
		{"bad magic", append([]byte("NOTAMODL"), good[8:]...), ErrFormat},
		{"future version", rawFile(FileVersion+1, body), ErrFormat},
		{"truncated body", good[:len(good)-7], ErrFormat},
		{"corrupt body", flipped, ErrFormat},
		{"trailing bytes", rawFile(1, append(bytes.Clone(body), 0)), ErrFormat},
		{"truncated model", rawFile(1, body[:len(body)/2]), ErrFormat},
		{"huge length", rawFile(1, append(binary.LittleEndian.AppendUint32(nil, IRVersion), 0xff, 0xff, 0xff, 0x7f)), ErrFormat},
		{"invalid model", rawFile(1, invalid.encodeBody(true)), ErrInvalidModel},
	}
	for _, c := range cases {
		var m Model
		_, err := m.ReadFrom(bytes.NewReader(c.data))
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	cases := map[string]func(m *Model){
		"no tensors":           func(m *Model) { m.Tensors = nil },
		"zero dimension":       func(m *Model) { m.Tensors[2].Shape = Shape{0} },
		"negative scale":       func(m *Model) { m.Tensors[1].Scale = -1 },
		"NaN scale":            func(m *Model) { m.Tensors[1].Scale = math.NaN() },
		"use before define":    func(m *Model) { m.Nodes[0], m.Nodes[1] = m.Nodes[1], m.Nodes[0] },
		"output defined twice": func(m *Model) { m.Nodes[2].Output = 2 },
		"unknown op":           func(m *Model) { m.Nodes[2].Op = 99 },
		"weights count":        func(m *Model) { m.Nodes[1].Weights = m.Nodes[1].Weights[:5] },
		"bias count":           func(m *Model) { m.Nodes[1].Bias = m.Nodes[1].Bias[:1] },
		"shape mismatch":       func(m *Model) { m.Nodes[1].WeightShape = Shape{4, 3} },
		"zero multiplier":      func(m *Model) { m.Nodes[1].Requant[1].Mult = 0 },
		"shift too large":      func(m *Model) { m.Nodes[1].Requant[1].Shift = MaxShift + 1 },
		"overflowing rescale":  func(m *Model) { m.Nodes[1].Requant[2].Mult, m.Nodes[1].Bias[2] = MaxMultiplier, math.MaxInt32 },
		"params on relu":       func(m *Model) { m.Nodes[2].Bias = []int32{1} },
		"bad flatten":          func(m *Model) { m.Tensors[1].Shape = Shape{5} },
		"output never made":    func(m *Model) { m.Output = 5 },
	}
	if err := tinyModel().Validate(); err != nil {
		t.Fatalf("valid model rejected: %v", err)
	}
	for name, mutate := range cases {
		m := tinyModel()
		mutate(m)
		if err := m.Validate(); !errors.Is(err, ErrInvalidModel) {
			t.Errorf("%s: Validate = %v, want ErrInvalidModel", name, err)
		}
	}
}

func TestCommitmentBindsEverything(t *testing.T) {
	base := tinyModel().Commitment()
	changes := map[string]func(m *Model){
		"one weight":    func(m *Model) { m.Nodes[3].Weights[5]++ },
		"one bias":      func(m *Model) { m.Nodes[1].Bias[0]-- },
		"requant":       func(m *Model) { m.Nodes[3].Requant[0].Shift++ },
		"tensor scale":  func(m *Model) { m.Tensors[4].Scale = 2 },
		"model name":    func(m *Model) { m.Name = "other" },
		"weight sign":   func(m *Model) { m.Nodes[1].Weights[0] = -1 },
		"last bias bit": func(m *Model) { m.Nodes[3].Bias[1] ^= 1 },
	}
	for name, change := range changes {
		m := tinyModel()
		change(m)
		if c := m.Commitment(); c.Equal(&base) {
			t.Errorf("changing the %s left the commitment unchanged", name)
		}
	}
}

func TestPacking(t *testing.T) {
	got := PackInt8([]int8{-128, 127, 0})
	// limbs 0, 255, 128, little-endian
	want := new(fr.Element).SetUint64(0 + 255<<8 + 128<<16)
	if len(got) != 1 || !got[0].Equal(want) {
		t.Errorf("PackInt8 = %v, want %v", got, want)
	}
	if n := len(PackInt8(make([]int8, 62))); n != 2 {
		t.Errorf("62 int8 values packed into %d elements, want 2", n)
	}
	got32 := PackInt32([]int32{-1 << 31, 1})
	want32 := new(fr.Element).SetUint64(0 + (1<<31+1)<<32)
	if len(got32) != 1 || !got32[0].Equal(want32) {
		t.Errorf("PackInt32 = %v, want %v", got32, want32)
	}
}

func TestChooseRequant(t *testing.T) {
	for _, m := range []float64{1e-9, 1e-4, 0.00123, 0.5, 0.999999, 1, 3.7, 1000} {
		r, err := ChooseRequant(m)
		if err != nil {
			t.Fatalf("%g: %v", m, err)
		}
		got := float64(r.Mult) / math.Pow(2, float64(r.Shift))
		if math.Abs(got-m)/m > 1.0/(1<<(MultiplierBits-1)) {
			t.Errorf("%g approximated by %d/2^%d = %g", m, r.Mult, r.Shift, got)
		}
		if r.Shift < 1 || r.Shift > MaxShift || r.Mult < 1 || r.Mult > MaxMultiplier {
			t.Errorf("%g: requant %+v out of range", m, r)
		}
	}
	for _, m := range []float64{0, -1, math.NaN(), math.Inf(1), 1e-30} {
		if _, err := ChooseRequant(m); err == nil {
			t.Errorf("%g: no error", m)
		}
	}
}

// Packing stores −128 as a zero byte, like an unused slot: the commitment
// must still fix the number of values.
func TestCommitTensorBindsLength(t *testing.T) {
	var salt fr.Element
	salt.SetUint64(7)
	v := []int8{5, -3, 9, 1}
	base := CommitTensor(DomainOutput, salt, v)
	for _, other := range [][]int8{append(slices.Clone(v), -128), append(slices.Clone(v), -128, -128), {5, -3, 9}} {
		if c := CommitTensor(DomainOutput, salt, other); c.Equal(&base) {
			t.Errorf("%v opens the commitment to %v", other, v)
		}
	}
}

func TestCNNRoundTripAndValidation(t *testing.T) {
	m, err := SyntheticCNN("cnn", 1, 8, 3, 4, 5)
	if err != nil {
		t.Fatal(err)
	}
	var got Model
	if _, err := got.ReadFrom(bytes.NewReader(encode(t, m))); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, m) {
		t.Fatal("round trip changed the CNN")
	}
	base := m.Commitment()
	for name, mutate := range map[string]func(m *Model){
		"stride":         func(m *Model) { m.Nodes[0].Strides = []int{2, 1} },
		"pad too large":  func(m *Model) { m.Nodes[0].Pads = []int{3, 1, 1, 1} },
		"negative pad":   func(m *Model) { m.Nodes[0].Pads = []int{-1, 1, 1, 1} },
		"zero stride":    func(m *Model) { m.Nodes[2].Strides = []int{0, 2} },
		"kernel too big": func(m *Model) { m.Nodes[2].Kernel = []int{9, 9} },
		"channels":       func(m *Model) { m.Nodes[3].WeightShape = Shape{4, 2, 3, 3} },
		"huge kernel":    func(m *Model) { m.Nodes[3].WeightShape = Shape{4, 3, 1 << 30, 1 << 30} },
		"window on relu": func(m *Model) { m.Nodes[1].Strides = []int{1, 1} },
		"pool output":    func(m *Model) { m.Tensors[m.Nodes[2].Output].Shape = Shape{3, 3, 3} },
	} {
		c := clone(t, m)
		mutate(c)
		if err := c.Validate(); !errors.Is(err, ErrInvalidModel) {
			t.Errorf("%s: Validate = %v", name, err)
		}
		if name == "stride" {
			if cm := c.Commitment(); cm.Equal(&base) {
				t.Error("the commitment does not bind strides")
			}
		}
	}
}

func clone(t *testing.T, m *Model) *Model {
	var c Model
	if err := c.decodeBody(m.encodeBody(true), false); err != nil {
		t.Fatal(err)
	}
	return &c
}

func TestPoolLookupRoundTrip(t *testing.T) {
	table := make([]int8, 256)
	for i := range table {
		table[i] = int8(i / 3)
	}
	m := &Model{
		Name: "pl",
		Tensors: []Tensor{
			{Name: "in", Shape: Shape{1, 4, 4}, Scale: 1}, {Name: "avg", Shape: Shape{1, 2, 2}, Scale: 1}, {Name: "lut", Shape: Shape{1, 2, 2}, Scale: 1},
		},
		Nodes: []Node{
			{Op: OpAvgPool, Name: "avg", Inputs: []int{0}, Output: 1, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 0, 0}},
			{Op: OpLookup, Name: "lut", Inputs: []int{1}, Output: 2, Table: table},
		},
		Output: 2,
	}
	var got Model
	if _, err := got.ReadFrom(bytes.NewReader(encode(t, m))); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&got, m) {
		t.Fatal("round trip changed the model")
	}
	base := m.Commitment()
	m.Nodes[1].Table[7]++
	if c := m.Commitment(); c.Equal(&base) {
		t.Error("the commitment does not bind the lookup table")
	}
	m.Nodes[1].Table = table[:255]
	if err := m.Validate(); !errors.Is(err, ErrInvalidModel) {
		t.Errorf("short table: %v", err)
	}
}

// TestInputScalingTravelsWithTheModel: the pixel scaling a model was
// calibrated with survives the file, version 1 files (without it) still
// read as "not recorded", it stays outside the commitment, and a value out
// of range is refused.
func TestInputScalingTravelsWithTheModel(t *testing.T) {
	m := tinyModel()
	m.PixelMax = 255
	var got Model
	if _, err := got.ReadFrom(bytes.NewReader(encode(t, m))); err != nil {
		t.Fatal(err)
	}
	if got.PixelMax != 255 {
		t.Errorf("pixel scaling %v after a round trip, want 255", got.PixelMax)
	}
	var old Model
	if _, err := old.ReadFrom(bytes.NewReader(rawFile(1, m.encodeBody(true)))); err != nil {
		t.Fatalf("version 1 file: %v", err)
	}
	if old.PixelMax != 0 {
		t.Errorf("version 1 file reads pixel scaling %v, want 0 (not recorded)", old.PixelMax)
	}
	if a, b := m.Commitment(), old.Commitment(); !a.Equal(&b) {
		t.Error("the pixel scaling changes the model commitment")
	}
	for _, bad := range []float64{-1, math.NaN(), math.Inf(1), MaxPixelMax + 1} {
		body := binary.LittleEndian.AppendUint64(m.encodeBody(true), math.Float64bits(bad))
		var r Model
		if _, err := r.ReadFrom(bytes.NewReader(rawFile(FileVersion, body))); !errors.Is(err, ErrInvalidModel) {
			t.Errorf("pixel scaling %v: error %v, want %v", bad, err, ErrInvalidModel)
		}
	}
}

// TestSyntheticCIFARCNN: a valid CNN over CIFAR-10's [3, 32, 32] images
// with 100k parameters or more, most in the first dense layer, drawn from
// its seed alone, that survives a round trip.
func TestSyntheticCIFARCNN(t *testing.T) {
	m, err := SyntheticCIFARCNN("cifar-cnn", 1, 8, 192, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.InputShape(); !reflect.DeepEqual(got, Shape{3, 32, 32}) {
		t.Errorf("input %v", got)
	}
	if got := m.Tensors[m.Output].Shape; !reflect.DeepEqual(got, Shape{10}) {
		t.Errorf("output %v", got)
	}
	// conv 8·3·9 + 8, dense 192·512 + 192, dense 10·192 + 10
	if n := m.NumParameters(); n != 224+98_496+1_930 || n < 100_000 {
		t.Errorf("%d parameters", n)
	}
	var ops []Op
	for _, n := range m.Nodes {
		ops = append(ops, n.Op)
	}
	if want := []Op{OpConv2D, OpReLU, OpMaxPool, OpFlatten, OpDense, OpReLU, OpDense}; !reflect.DeepEqual(ops, want) {
		t.Errorf("ops %v, want %v", ops, want)
	}
	if s := m.Nodes[0].Strides; !reflect.DeepEqual(s, []int{2, 2}) {
		t.Errorf("conv strides %v", s)
	}
	again, _ := SyntheticCIFARCNN("cifar-cnn", 1, 8, 192, 10)
	other, _ := SyntheticCIFARCNN("cifar-cnn", 2, 8, 192, 10)
	if c, d := m.Commitment(), again.Commitment(); !c.Equal(&d) {
		t.Error("the same seed draws another model")
	}
	if c, d := m.Commitment(), other.Commitment(); c.Equal(&d) {
		t.Error("another seed draws the same model")
	}
	var got Model
	if _, err := got.ReadFrom(bytes.NewReader(encode(t, m))); err != nil || !reflect.DeepEqual(&got, m) {
		t.Errorf("round trip: %v", err)
	}
}
