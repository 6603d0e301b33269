package models

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/klauspost/compress/zstd"
)

// Magic opens every .zkm file.
var Magic = [8]byte{'Z', 'K', 'I', 'N', 'F', 'M', 'D', 'L'}

// FileVersion is the version of the .zkm container written by WriteTo.
// Version 2 appends to the model the scaling of its input data
// (Model.PixelMax); version 1 files, which lack it, are still read.
const FileVersion uint16 = 2

// maxBody bounds the decompressed body a reader accepts.
const maxBody = 1 << 28

// ErrFormat is wrapped by every error about a malformed .zkm file.
var ErrFormat = errors.New("malformed model file")

// WriteTo writes the model as a .zkm file: magic, version (uint16 LE), and a
// zstd-compressed body. It implements io.WriterTo.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	var head [10]byte
	copy(head[:], Magic[:])
	binary.LittleEndian.PutUint16(head[8:], FileVersion)
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		return 0, err
	}
	defer enc.Close()
	body := m.encodeBody(true)
	body = binary.LittleEndian.AppendUint64(body, math.Float64bits(m.PixelMax))
	out := enc.EncodeAll(body, head[:])
	n, err := w.Write(out)
	return int64(n), err
}

// ReadFrom reads a .zkm file written by WriteTo and validates the model.
// Truncated, corrupt or unknown-version input yields an error wrapping
// ErrFormat or ErrInvalidModel, never a panic. It implements io.ReaderFrom.
func (m *Model) ReadFrom(r io.Reader) (int64, error) {
	return m.readFrom(r, maxBody)
}

// readFrom is ReadFrom with a bound on the decompressed body.
func (m *Model) readFrom(r io.Reader, limit uint64) (int64, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return int64(len(data)), err
	}
	n := int64(len(data))
	if len(data) < 10 {
		return n, fmt.Errorf("%w: %d bytes is too short for a header", ErrFormat, len(data))
	}
	if !bytes.Equal(data[:8], Magic[:]) {
		return n, fmt.Errorf("%w: not a zkinfer model (bad magic %q)", ErrFormat, data[:8])
	}
	v := binary.LittleEndian.Uint16(data[8:10])
	if v != 1 && v != FileVersion {
		return n, fmt.Errorf("%w: file version %d, this build reads versions 1 to %d", ErrFormat, v, FileVersion)
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderMaxMemory(limit), zstd.WithDecoderConcurrency(1))
	if err != nil {
		return n, err
	}
	defer dec.Close()
	body, err := dec.DecodeAll(data[10:], nil)
	if err != nil {
		return n, fmt.Errorf("%w: body: %v", ErrFormat, err)
	}
	var out Model
	if err := out.decodeBody(body, v >= 2); err != nil {
		return n, err
	}
	if err := out.Validate(); err != nil {
		return n, err
	}
	*m = out
	return n, nil
}

// encodeBody is the canonical encoding of the model. With params false it
// omits weights and biases: that is the architecture the commitment hashes
// beside the packed parameters.
func (m *Model) encodeBody(params bool) []byte {
	var e encoder
	e.u32(IRVersion)
	e.str(m.Name)
	e.u32(uint32(len(m.Tensors)))
	for _, t := range m.Tensors {
		e.str(t.Name)
		e.shape(t.Shape)
		e.f64(t.Scale)
	}
	e.u32(uint32(m.Input))
	e.u32(uint32(m.Output))
	e.u32(uint32(len(m.Nodes)))
	for i := range m.Nodes {
		n := &m.Nodes[i]
		e.u8(uint8(n.Op))
		e.str(n.Name)
		e.u32(uint32(len(n.Inputs)))
		for _, in := range n.Inputs {
			e.u32(uint32(in))
		}
		e.u32(uint32(n.Output))
		e.shape(n.WeightShape)
		e.u32(uint32(len(n.WeightScales)))
		for _, s := range n.WeightScales {
			e.f64(s)
		}
		e.u32(uint32(len(n.Requant)))
		for _, r := range n.Requant {
			e.u64(uint64(r.Mult))
			e.u8(r.Shift)
		}
		if hasWindow(n.Op) {
			e.shape(n.Kernel)
			e.shape(n.Strides)
			e.shape(n.Pads)
		}
		if n.Op == OpLookup {
			e.u32(uint32(len(n.Table)))
			for _, v := range n.Table {
				e.u8(uint8(v))
			}
		}
		if !params {
			continue
		}
		e.u32(uint32(len(n.Weights)))
		for _, w := range n.Weights {
			e.u8(uint8(w))
		}
		e.u32(uint32(len(n.Bias)))
		for _, b := range n.Bias {
			e.u32(uint32(b))
		}
	}
	return e.buf
}

// decodeBody reads encodeBody(true), followed by the input scaling when
// withData is set (file version 2).
func (m *Model) decodeBody(body []byte, withData bool) error {
	d := decoder{buf: body}
	if v := d.u32(); d.err == nil && v != IRVersion {
		return fmt.Errorf("%w: IR version %d, this build reads version %d", ErrFormat, v, IRVersion)
	}
	m.Name = d.str()
	nt := d.count(MaxTensors)
	m.Tensors = make([]Tensor, nt)
	for i := range m.Tensors {
		m.Tensors[i] = Tensor{Name: d.str(), Shape: d.shape(), Scale: d.f64()}
	}
	m.Input = int(d.u32())
	m.Output = int(d.u32())
	nn := d.count(MaxTensors)
	m.Nodes = make([]Node, nn)
	for i := range m.Nodes {
		n := &m.Nodes[i]
		n.Op = Op(d.u8())
		n.Name = d.str()
		n.Inputs = make([]int, d.count(maxInputsPerOp))
		for j := range n.Inputs {
			n.Inputs[j] = int(d.u32())
		}
		n.Output = int(d.u32())
		n.WeightShape = d.shape()
		if k := d.count(MaxElements); k > 0 {
			n.WeightScales = make([]float64, k)
			for j := range n.WeightScales {
				n.WeightScales[j] = d.f64()
			}
		}
		if k := d.count(MaxElements); k > 0 {
			n.Requant = make([]Requant, k)
			for j := range n.Requant {
				n.Requant[j] = Requant{Mult: int64(d.u64()), Shift: d.u8()}
			}
		}
		if hasWindow(n.Op) {
			n.Kernel, n.Strides, n.Pads = d.shape(), d.shape(), d.shape()
		}
		if n.Op == OpLookup {
			n.Table = make([]int8, d.count(256))
			for j := range n.Table {
				n.Table[j] = int8(d.u8())
			}
		}
		if k := d.count(MaxParameters); k > 0 {
			n.Weights = make([]int8, k)
			for j := range n.Weights {
				n.Weights[j] = int8(d.u8())
			}
		}
		if k := d.count(MaxElements); k > 0 {
			n.Bias = make([]int32, k)
			for j := range n.Bias {
				n.Bias[j] = int32(d.u32())
			}
		}
	}
	if withData {
		m.PixelMax = d.f64()
	}
	if d.err != nil {
		return d.err
	}
	if len(d.buf) != 0 {
		return fmt.Errorf("%w: %d trailing bytes after the model", ErrFormat, len(d.buf))
	}
	return nil
}

// hasWindow reports whether an op's encoding carries kernel, strides and
// pads (ops without them encode exactly as in the first IR).
func hasWindow(op Op) bool { return op == OpConv2D || op == OpMaxPool || op == OpAvgPool }

type encoder struct{ buf []byte }

func (e *encoder) u8(v uint8)   { e.buf = append(e.buf, v) }
func (e *encoder) u32(v uint32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, v) }
func (e *encoder) u64(v uint64) { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }
func (e *encoder) f64(v float64) {
	e.u64(math.Float64bits(v))
}
func (e *encoder) str(s string) {
	e.u32(uint32(len(s)))
	e.buf = append(e.buf, s...)
}
func (e *encoder) shape(s Shape) {
	e.u32(uint32(len(s)))
	for _, d := range s {
		e.u32(uint32(d))
	}
}

// decoder reads the body; after the first error every read returns zero
// values and err keeps the first cause.
type decoder struct {
	buf []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.buf) {
		d.err = fmt.Errorf("%w: truncated body", ErrFormat)
		return nil
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return b
}

func (d *decoder) u8() uint8 {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if b := d.take(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if b := d.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) f64() float64 { return math.Float64frombits(d.u64()) }

// count reads a length and checks it against max and against the bytes left,
// so a hostile length cannot make the reader allocate more than the input.
func (d *decoder) count(max int) int {
	v := d.u32()
	if d.err != nil {
		return 0
	}
	if int64(v) > int64(max) || int(v) > len(d.buf) {
		d.err = fmt.Errorf("%w: length %d out of range", ErrFormat, v)
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(maxNameLength)
	return string(d.take(n))
}

func (d *decoder) shape() Shape {
	n := d.count(maxDimensions)
	if n == 0 {
		return nil
	}
	s := make(Shape, n)
	for i := range s {
		s[i] = int(d.u32())
	}
	return s
}
