package onnx

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// ErrFormat is wrapped by errors about bytes that are not a valid ONNX model.
var ErrFormat = errors.New("malformed ONNX model")

// limits on what a model may hold, to bound memory on hostile input
const (
	maxTensorElements = 1 << 26
	maxNodes          = 1 << 14
	maxDims           = 8
)

// model is the part of an ONNX ModelProto the importer reads.
type model struct {
	irVersion int64
	opset     int64 // default ("" or "ai.onnx") domain
	producer  string
	graph     graph
}

type graph struct {
	name         string
	nodes        []node
	initializers map[string]*tensor
	inputs       []valueInfo
	outputs      []valueInfo
}

type node struct {
	name, opType, domain string
	inputs, outputs      []string
	attrs                map[string]attribute
}

type attribute struct {
	f      float32
	i      int64
	s      []byte
	ints   []int64
	floats []float32
	t      *tensor
	isSet  map[string]bool
}

type tensor struct {
	name string
	dims []int64
	data []float64 // float, double, int32 and int64 tensors, as float64
	ints []int64   // int64 and int32 tensors, exactly
}

type valueInfo struct {
	name string
	dims []int64 // -1 for a symbolic dimension
}

// decoder walks protobuf fields; after the first error it stops.
func fields(b []byte, f func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Errorf("%w: bad field tag", ErrFormat)
		}
		b = b[n:]
		var v []byte
		var x uint64
		switch typ {
		case protowire.VarintType:
			x, n = protowire.ConsumeVarint(b)
		case protowire.Fixed32Type:
			var y uint32
			y, n = protowire.ConsumeFixed32(b)
			x = uint64(y)
		case protowire.Fixed64Type:
			x, n = protowire.ConsumeFixed64(b)
		case protowire.BytesType:
			v, n = protowire.ConsumeBytes(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return fmt.Errorf("%w: truncated field %d", ErrFormat, num)
		}
		b = b[n:]
		if err := f(num, typ, v, x); err != nil {
			return err
		}
	}
	return nil
}

// int64s reads a repeated int64 field, packed or not.
func int64s(dst []int64, typ protowire.Type, v []byte, x uint64) ([]int64, error) {
	if len(dst) > maxTensorElements {
		return dst, fmt.Errorf("%w: more than %d values in a field", ErrFormat, maxTensorElements)
	}
	if typ == protowire.VarintType {
		return append(dst, int64(x)), nil
	}
	if typ != protowire.BytesType {
		return dst, fmt.Errorf("%w: bad repeated integer", ErrFormat)
	}
	for len(v) > 0 {
		y, n := protowire.ConsumeVarint(v)
		if n < 0 {
			return dst, fmt.Errorf("%w: bad packed integer", ErrFormat)
		}
		if len(dst) > maxTensorElements {
			return dst, fmt.Errorf("%w: more than %d values in a field", ErrFormat, maxTensorElements)
		}
		dst = append(dst, int64(y))
		v = v[n:]
	}
	return dst, nil
}

// float32s reads a repeated float field, packed or not.
func float32s(dst []float32, typ protowire.Type, v []byte, x uint64) ([]float32, error) {
	if len(dst) > maxTensorElements {
		return dst, fmt.Errorf("%w: more than %d values in a field", ErrFormat, maxTensorElements)
	}
	if typ == protowire.Fixed32Type {
		return append(dst, math.Float32frombits(uint32(x))), nil
	}
	if typ != protowire.BytesType || len(v)%4 != 0 {
		return dst, fmt.Errorf("%w: bad repeated float", ErrFormat)
	}
	if len(dst)+len(v)/4 > maxTensorElements {
		return dst, fmt.Errorf("%w: more than %d values in a field", ErrFormat, maxTensorElements)
	}
	for i := 0; i < len(v); i += 4 {
		dst = append(dst, math.Float32frombits(binary.LittleEndian.Uint32(v[i:])))
	}
	return dst, nil
}

func parseModel(b []byte) (*model, error) {
	m := &model{opset: -1}
	var graphBytes []byte
	err := fields(b, func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error {
		switch num {
		case 1:
			m.irVersion = int64(x)
		case 2:
			m.producer = string(v)
		case 7:
			graphBytes = v
		case 8:
			var domain string
			var version int64
			if err := fields(v, func(num protowire.Number, _ protowire.Type, v []byte, x uint64) error {
				switch num {
				case 1:
					domain = string(v)
				case 2:
					version = int64(x)
				}
				return nil
			}); err != nil {
				return err
			}
			if domain == "" || domain == "ai.onnx" {
				m.opset = version
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if graphBytes == nil {
		return nil, fmt.Errorf("%w: no graph", ErrFormat)
	}
	if m.opset < 0 {
		return nil, fmt.Errorf("%w: no opset for the default ONNX domain", ErrFormat)
	}
	if err := m.graph.parse(graphBytes); err != nil {
		return nil, err
	}
	return m, nil
}

func (g *graph) parse(b []byte) error {
	g.initializers = map[string]*tensor{}
	return fields(b, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
		switch num {
		case 1:
			if len(g.nodes) >= maxNodes {
				return fmt.Errorf("%w: more than %d nodes", ErrFormat, maxNodes)
			}
			n, err := parseNode(v)
			if err != nil {
				return err
			}
			g.nodes = append(g.nodes, n)
		case 2:
			g.name = string(v)
		case 5:
			t, err := parseTensor(v)
			if err != nil {
				return err
			}
			g.initializers[t.name] = t
		case 11, 12:
			vi, err := parseValueInfo(v)
			if err != nil {
				return err
			}
			if num == 11 {
				g.inputs = append(g.inputs, vi)
			} else {
				g.outputs = append(g.outputs, vi)
			}
		}
		return nil
	})
}

func parseNode(b []byte) (node, error) {
	n := node{attrs: map[string]attribute{}}
	err := fields(b, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
		switch num {
		case 1:
			n.inputs = append(n.inputs, string(v))
		case 2:
			n.outputs = append(n.outputs, string(v))
		case 3:
			n.name = string(v)
		case 4:
			n.opType = string(v)
		case 7:
			n.domain = string(v)
		case 5:
			name, a, err := parseAttribute(v)
			if err != nil {
				return err
			}
			n.attrs[name] = a
		}
		return nil
	})
	return n, err
}

func parseAttribute(b []byte) (string, attribute, error) {
	var name string
	a := attribute{isSet: map[string]bool{}}
	err := fields(b, func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error {
		var err error
		switch num {
		case 1:
			name = string(v)
		case 2:
			a.f, a.isSet["f"] = math.Float32frombits(uint32(x)), true
		case 3:
			a.i, a.isSet["i"] = int64(x), true
		case 4:
			a.s, a.isSet["s"] = v, true
		case 5:
			a.t, err = parseTensor(v)
			a.isSet["t"] = true
		case 7:
			a.floats, err = float32s(a.floats, typ, v, x)
			a.isSet["floats"] = true
		case 8:
			a.ints, err = int64s(a.ints, typ, v, x)
			a.isSet["ints"] = true
		}
		return err
	})
	return name, a, err
}

// ONNX tensor element types read by the importer.
const (
	typeFloat  = 1
	typeInt32  = 6
	typeInt64  = 7
	typeDouble = 11
)

func parseTensor(b []byte) (*tensor, error) {
	t := &tensor{}
	var dataType int64
	var raw []byte
	var floats []float32
	var doubles []float64
	var ints []int64
	err := fields(b, func(num protowire.Number, typ protowire.Type, v []byte, x uint64) error {
		var err error
		switch num {
		case 1:
			t.dims, err = int64s(t.dims, typ, v, x)
		case 2:
			dataType = int64(x)
		case 4:
			floats, err = float32s(floats, typ, v, x)
		case 5, 7:
			ints, err = int64s(ints, typ, v, x)
		case 8:
			t.name = string(v)
		case 9:
			raw = v
		case 10:
			if typ == protowire.Fixed64Type {
				doubles = append(doubles, math.Float64frombits(x))
			} else if typ == protowire.BytesType && len(v)%8 == 0 {
				for i := 0; i < len(v); i += 8 {
					doubles = append(doubles, math.Float64frombits(binary.LittleEndian.Uint64(v[i:])))
				}
			} else {
				err = fmt.Errorf("%w: bad double data", ErrFormat)
			}
		case 13, 14:
			if num == 14 && x == 1 || num == 13 {
				return fmt.Errorf("%w: tensor %q: external data is not supported", ErrFormat, t.name)
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	size := int64(1)
	if len(t.dims) > maxDims {
		return nil, fmt.Errorf("%w: tensor %q has %d dimensions", ErrFormat, t.name, len(t.dims))
	}
	for _, d := range t.dims {
		if d < 0 || d > maxTensorElements || size*d > maxTensorElements {
			return nil, fmt.Errorf("%w: tensor %q has dimensions %v", ErrFormat, t.name, t.dims)
		}
		size *= d
	}
	switch dataType {
	case typeFloat:
		if raw != nil {
			if len(raw) != int(size)*4 {
				return nil, fmt.Errorf("%w: tensor %q: %d raw bytes for %d floats", ErrFormat, t.name, len(raw), size)
			}
			floats = floats[:0]
			for i := 0; i < len(raw); i += 4 {
				floats = append(floats, math.Float32frombits(binary.LittleEndian.Uint32(raw[i:])))
			}
		}
		for _, f := range floats {
			t.data = append(t.data, float64(f))
		}
	case typeDouble:
		if raw != nil {
			if len(raw) != int(size)*8 {
				return nil, fmt.Errorf("%w: tensor %q: %d raw bytes for %d doubles", ErrFormat, t.name, len(raw), size)
			}
			doubles = doubles[:0]
			for i := 0; i < len(raw); i += 8 {
				doubles = append(doubles, math.Float64frombits(binary.LittleEndian.Uint64(raw[i:])))
			}
		}
		t.data = doubles
	case typeInt64, typeInt32:
		width := 8
		if dataType == typeInt32 {
			width = 4
		}
		if raw != nil {
			if len(raw) != int(size)*width {
				return nil, fmt.Errorf("%w: tensor %q: %d raw bytes for %d integers", ErrFormat, t.name, len(raw), size)
			}
			ints = ints[:0]
			for i := 0; i < len(raw); i += width {
				if width == 8 {
					ints = append(ints, int64(binary.LittleEndian.Uint64(raw[i:])))
				} else {
					ints = append(ints, int64(int32(binary.LittleEndian.Uint32(raw[i:]))))
				}
			}
		}
		t.ints = ints
		for _, v := range ints {
			t.data = append(t.data, float64(v))
		}
	default:
		return nil, fmt.Errorf("%w: tensor %q has element type %d (want float, double, int32 or int64)", ErrFormat, t.name, dataType)
	}
	if int64(len(t.data)) != size {
		return nil, fmt.Errorf("%w: tensor %q: %d values for dimensions %v", ErrFormat, t.name, len(t.data), t.dims)
	}
	return t, nil
}

func parseValueInfo(b []byte) (valueInfo, error) {
	var vi valueInfo
	err := fields(b, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
		switch num {
		case 1:
			vi.name = string(v)
		case 2: // TypeProto
			return fields(v, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
				if num != 1 { // tensor_type
					return nil
				}
				return fields(v, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
					if num != 2 { // shape
						return nil
					}
					return fields(v, func(num protowire.Number, _ protowire.Type, v []byte, _ uint64) error {
						if num != 1 { // dim
							return nil
						}
						d := int64(-1)
						if err := fields(v, func(num protowire.Number, _ protowire.Type, _ []byte, x uint64) error {
							if num == 1 {
								d = int64(x)
							}
							return nil
						}); err != nil {
							return err
						}
						if len(vi.dims) >= maxDims {
							return fmt.Errorf("%w: value %q has too many dimensions", ErrFormat, vi.name)
						}
						vi.dims = append(vi.dims, d)
						return nil
					})
				})
			})
		}
		return nil
	})
	return vi, err
}
