// Package tensorio reads model inputs from files: JSON (nested arrays, or
// flat values with a shape), NumPy .npy, and PNG or PGM images for image
// models. Every reader checks the shape against the model's input and the
// values against int8, and reports a mismatch as a clear error.
package tensorio

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zkinfer/zkinfer/internal/jsonerr"
	"github.com/zkinfer/zkinfer/models"
)

// ErrInput is wrapped by every error about an input file.
var ErrInput = errors.New("bad input file")

// maxFile bounds the input files read.
const maxFile = 64 << 20

// Options say how pixels (images and uint8 arrays) map to int8.
type Options struct {
	// PixelMax is the real value of a white pixel (1 for models trained on
	// [0, 1] inputs, 255 for raw pixels). Zero means the scaling the model
	// file records.
	PixelMax float64
}

// Read loads the input of m from path, by its extension: .json, .npy,
// .png or .pgm. JSON holds int8 values as the circuit takes them; float
// .npy arrays and images are quantized at the model's input scale.
func Read(path string, m *models.Model, opts Options) ([]int8, error) {
	data, err := ReadFile(path, maxFile)
	if err != nil {
		return nil, err
	}
	var v []int8
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".json":
		v, err = FromJSON(data, m.InputShape())
	case ".npy":
		v, err = FromNPY(data, m, opts)
	case ".png", ".pgm":
		v, err = FromImage(data, m, opts)
	default:
		return nil, fmt.Errorf("%w: %s: unknown extension %q (want .json, .npy, .png or .pgm)", ErrInput, path, ext)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// ShapeMatches compares a file's shape with the model's, ignoring leading
// dimensions of 1 (a batch of one) on either side.
func ShapeMatches(got []int, want models.Shape) bool {
	trim := func(s []int) []int {
		for len(s) > 1 && s[0] == 1 {
			s = s[1:]
		}
		return s
	}
	g, w := trim(got), trim([]int(want))
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if g[i] != w[i] {
			return false
		}
	}
	return true
}

func toInt8(vals []float64, integral bool) ([]int8, error) {
	out := make([]int8, len(vals))
	for i, v := range vals {
		if integral && v != math.Trunc(v) {
			return nil, fmt.Errorf("%w: value %g at index %d is not an integer (JSON inputs are int8 values)", ErrInput, v, i)
		}
		if math.IsNaN(v) || v < -128 || v > 127 {
			return nil, fmt.Errorf("%w: value %g at index %d is outside int8 [-128, 127]", ErrInput, v, i)
		}
		out[i] = int8(v)
	}
	return out, nil
}

// FromJSON reads int8 values: a nested array of the input's shape, or
// {"shape": [...], "data": [...]} with flat data.
func FromJSON(data []byte, want models.Shape) ([]int8, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var raw any
	if err := d.Decode(&raw); err != nil {
		if err = jsonerr.Explain(data, err); errors.Is(err, jsonerr.ErrEmpty) {
			return nil, fmt.Errorf("%w: the file is empty; want int8 values as a JSON array, or {\"shape\": [...], \"data\": [...]}", ErrInput)
		}
		return nil, fmt.Errorf("%w: not valid JSON: %v", ErrInput, err)
	}
	if rest := bytes.TrimLeft(data[d.InputOffset():], " \t\r\n"); len(rest) > 0 {
		line, col := jsonerr.Position(data, int64(len(data)-len(rest)+1))
		return nil, fmt.Errorf("%w: not valid JSON: line %d, column %d: data after the JSON value", ErrInput, line, col)
	}
	var shape []int
	var vals []float64
	switch r := raw.(type) {
	case []any:
		var err error
		if shape, vals, err = flatten(r, 0); err != nil {
			return nil, err
		}
	case map[string]any:
		s, ok1 := r["shape"].([]any)
		dv, ok2 := r["data"].([]any)
		if !ok1 || !ok2 || len(r) != 2 {
			return nil, fmt.Errorf("%w: a JSON object needs exactly \"shape\" and \"data\" arrays", ErrInput)
		}
		for _, x := range s {
			n, err := strconv.Atoi(fmt.Sprint(x))
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("%w: shape %v", ErrInput, s)
			}
			shape = append(shape, n)
		}
		var err error
		var inner []int
		if inner, vals, err = flatten(dv, 0); err != nil || len(inner) != 1 {
			return nil, fmt.Errorf("%w: \"data\" must be a flat array of numbers", ErrInput)
		}
		size := 1
		for _, n := range shape {
			size *= n
		}
		if size != len(vals) {
			return nil, fmt.Errorf("%w: shape %v holds %d values, data has %d", ErrInput, shape, size, len(vals))
		}
	default:
		return nil, fmt.Errorf("%w: want a JSON array or {\"shape\", \"data\"}", ErrInput)
	}
	// a flat array of the input's size is taken as its row-major values
	flat := len(shape) == 1 && shape[0] == want.Size()
	if !flat && !ShapeMatches(shape, want) {
		return nil, fmt.Errorf("%w: shape %v (%d values), the model takes %v (%d values)", ErrInput, shape, len(vals), want, want.Size())
	}
	return toInt8(vals, true)
}

// flatten walks a nested JSON array, checking it is rectangular.
func flatten(a []any, depth int) ([]int, []float64, error) {
	if depth > 8 {
		return nil, nil, fmt.Errorf("%w: arrays nested deeper than 8", ErrInput)
	}
	if len(a) == 0 {
		return nil, nil, fmt.Errorf("%w: empty array", ErrInput)
	}
	if _, nested := a[0].([]any); !nested {
		vals := make([]float64, len(a))
		for i, x := range a {
			n, ok := x.(json.Number)
			if !ok {
				return nil, nil, fmt.Errorf("%w: %v is not a number", ErrInput, x)
			}
			f, err := n.Float64()
			if err != nil {
				return nil, nil, fmt.Errorf("%w: %v", ErrInput, err)
			}
			vals[i] = f
		}
		return []int{len(a)}, vals, nil
	}
	var shape []int
	var vals []float64
	for i, x := range a {
		sub, ok := x.([]any)
		if !ok {
			return nil, nil, fmt.Errorf("%w: ragged array", ErrInput)
		}
		s, v, err := flatten(sub, depth+1)
		if err != nil {
			return nil, nil, err
		}
		if i == 0 {
			shape = s
		} else if fmt.Sprint(s) != fmt.Sprint(shape) {
			return nil, nil, fmt.Errorf("%w: ragged array (%v and %v)", ErrInput, shape, s)
		}
		vals = append(vals, v...)
	}
	return append([]int{len(a)}, shape...), vals, nil
}

// Quantize maps real inputs to int8 at the model's input scale; a value
// beyond the int8 range at that scale is an error, not a saturation.
func Quantize(vals []float64, m *models.Model) ([]int8, error) {
	s := m.Tensors[m.Input].Scale
	out := make([]int8, len(vals))
	for i, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: value %g at index %d", ErrInput, v, i)
		}
		q := math.Round(v / s)
		if q < -128 || q > 127 {
			return nil, fmt.Errorf("%w: value %g at index %d is outside the model's input range ±%g", ErrInput, v, i, 127*s)
		}
		out[i] = int8(q)
	}
	return out, nil
}

// ReadFile reads a file of at most limit bytes, refusing a larger one
// before reading it all (a FIFO or device included).
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrInput, path, limit)
	}
	return data, nil
}

// Kind says what the values of a decoded array are.
type Kind uint8

const (
	// KindInt8 values are int8 model inputs, as the circuit takes them.
	KindInt8 Kind = iota + 1
	// KindPixels values are 8-bit pixels, 0..255; the model's pixel
	// scaling says what real value 255 is.
	KindPixels
	// KindFloat values are real inputs, quantized at the model's input
	// scale.
	KindFloat
	// KindInteger values are other integers (int16 to int64, uint16 and
	// uint32): labels, not inputs.
	KindInteger
)

// Array is a decoded data file: values in row-major order, their shape and
// what they are.
type Array struct {
	Shape  []int
	Kind   Kind
	Values []float64
}

// npyTypes maps the .npy dtypes read to their width and kind.
var npyTypes = map[string]struct {
	width int
	kind  Kind
}{
	"|i1": {1, KindInt8}, "|u1": {1, KindPixels}, "<f4": {4, KindFloat}, "<f8": {8, KindFloat},
	"<i2": {2, KindInteger}, "<i4": {4, KindInteger}, "<i8": {8, KindInteger}, "<u2": {2, KindInteger}, "<u4": {4, KindInteger},
}

// DecodeNPY decodes a NumPy .npy array (format versions 1 to 3, C order,
// little-endian int8, uint8, float32, float64 or wider integers).
func DecodeNPY(data []byte) (*Array, error) {
	if len(data) < 10 || string(data[:6]) != "\x93NUMPY" {
		return nil, fmt.Errorf("%w: not a .npy file", ErrInput)
	}
	major := data[6]
	var hlen, off int
	switch major {
	case 1:
		hlen, off = int(binary.LittleEndian.Uint16(data[8:10])), 10
	case 2, 3:
		if len(data) < 12 {
			return nil, fmt.Errorf("%w: truncated .npy header", ErrInput)
		}
		hlen, off = int(binary.LittleEndian.Uint32(data[8:12])), 12
	default:
		return nil, fmt.Errorf("%w: .npy version %d", ErrInput, major)
	}
	if hlen > len(data)-off || hlen > 1<<16 {
		return nil, fmt.Errorf("%w: truncated .npy header", ErrInput)
	}
	header := string(data[off : off+hlen])
	body := data[off+hlen:]
	if strings.Contains(npyField(header, "fortran_order"), "True") {
		return nil, fmt.Errorf("%w: Fortran-ordered arrays are not supported (save with numpy.ascontiguousarray)", ErrInput)
	}
	shape, err := npyShape(npyField(header, "shape"))
	if err != nil {
		return nil, err
	}
	descr := strings.Trim(npyField(header, "descr"), "'\" ")
	typ, ok := npyTypes[descr]
	if !ok {
		return nil, fmt.Errorf("%w: dtype %q (want int8, uint8, little-endian float32 or float64, or integers for labels)", ErrInput, descr)
	}
	n := 1
	for _, d := range shape {
		if d > maxValues/n {
			return nil, fmt.Errorf("%w: shape %v holds more than %d values", ErrInput, shape, maxValues)
		}
		n *= d
	}
	if len(body) != n*typ.width {
		return nil, fmt.Errorf("%w: %d data bytes for %d values of %s (shape %v)", ErrInput, len(body), n, descr, shape)
	}
	a := &Array{Shape: shape, Kind: typ.kind, Values: make([]float64, n)}
	for i := range a.Values {
		b := body[i*typ.width:]
		var v float64
		switch descr {
		case "|i1":
			v = float64(int8(b[0]))
		case "|u1":
			v = float64(b[0])
		case "<f4":
			v = float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))
		case "<f8":
			v = math.Float64frombits(binary.LittleEndian.Uint64(b))
		case "<i2":
			v = float64(int16(binary.LittleEndian.Uint16(b)))
		case "<i4":
			v = float64(int32(binary.LittleEndian.Uint32(b)))
		case "<i8":
			v = float64(int64(binary.LittleEndian.Uint64(b)))
		case "<u2":
			v = float64(binary.LittleEndian.Uint16(b))
		case "<u4":
			v = float64(binary.LittleEndian.Uint32(b))
		}
		a.Values[i] = v
	}
	return a, nil
}

// maxRank bounds the dimensions of a decoded array: the model's input
// rank, and one more for the inputs of a data set.
const maxRank = 9

// maxValues bounds the values of one decoded array (a data set of many
// inputs included).
const maxValues = 1 << 28

// FromNPY reads one input from a NumPy array: int8 values as they are,
// uint8 as image pixels, float32 or float64 quantized at the model's input
// scale.
func FromNPY(data []byte, m *models.Model, opts Options) ([]int8, error) {
	a, err := DecodeNPY(data)
	if err != nil {
		return nil, err
	}
	return a.Input(m, opts)
}

// Input converts a decoded array holding one input of m to int8 values.
func (a *Array) Input(m *models.Model, opts Options) ([]int8, error) {
	if !ShapeMatches(a.Shape, m.InputShape()) {
		return nil, fmt.Errorf("%w: shape %v, the model takes %v", ErrInput, a.Shape, m.InputShape())
	}
	switch a.Kind {
	case KindInt8:
		return toInt8(a.Values, true)
	case KindPixels:
		vals, err := ScalePixels(a.Values, m, opts)
		if err != nil {
			return nil, err
		}
		return Quantize(vals, m)
	case KindFloat:
		return Quantize(a.Values, m)
	}
	return nil, fmt.Errorf("%w: an input must be int8, uint8 pixels, float32 or float64, not wider integers", ErrInput)
}

// PixelMax is the real value of a 255 pixel for m: opts.PixelMax, else
// the scaling the model file records. It is an error when neither says.
func PixelMax(m *models.Model, opts Options) (float64, error) {
	if opts.PixelMax > 0 {
		return opts.PixelMax, nil
	}
	if m.PixelMax > 0 {
		return m.PixelMax, nil
	}
	return 0, fmt.Errorf("%w: the values are 8-bit pixels, and model %q records no pixel scaling (it was not calibrated on images): give --pixel-max, the real value of a white pixel (1 for [0, 1] inputs, 255 for raw pixels), or give float values", ErrInput, m.Name)
}

// ScalePixels maps 8-bit pixel values to the model's real inputs,
// p/255·PixelMax.
func ScalePixels(px []float64, m *models.Model, opts Options) ([]float64, error) {
	pm, err := PixelMax(m, opts)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(px))
	for i, p := range px {
		out[i] = p / 255 * pm
	}
	return out, nil
}

// npyField extracts a value from the header dict, e.g. 'descr': '<f4'.
func npyField(header, key string) string {
	i := strings.Index(header, "'"+key+"'")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(header[i+len(key)+2:], " :")
	if strings.HasPrefix(rest, "(") {
		if j := strings.Index(rest, ")"); j >= 0 {
			return rest[:j+1]
		}
		return ""
	}
	if j := strings.IndexAny(rest, ",}"); j >= 0 {
		return strings.TrimSpace(rest[:j])
	}
	return ""
}

func npyShape(s string) ([]int, error) {
	s = strings.Trim(s, "() ")
	var shape []int
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > models.MaxElements {
			return nil, fmt.Errorf("%w: .npy shape (%s)", ErrInput, s)
		}
		shape = append(shape, n)
	}
	if len(shape) == 0 {
		return nil, fmt.Errorf("%w: .npy scalar, want an array", ErrInput)
	}
	if len(shape) > maxRank {
		return nil, fmt.Errorf("%w: .npy array of rank %d, at most %d", ErrInput, len(shape), maxRank)
	}
	return shape, nil
}

// FromPixels maps 8-bit pixels (an MNIST image, say) to the model's int8
// input: p/255·PixelMax quantized at the input scale.
func FromPixels(px []byte, m *models.Model, opts Options) ([]int8, error) {
	vals := make([]float64, len(px))
	for i, p := range px {
		vals[i] = float64(p)
	}
	shape := []int{len(px)}
	if len(px) == m.InputShape().Size() {
		shape = m.InputShape()
	}
	return (&Array{Shape: shape, Kind: KindPixels, Values: vals}).Input(m, opts)
}

// Channels is the number of image channels a model input of this shape
// takes: 3 for [3, H, W] (leading dimensions of 1 aside), else 1.
func Channels(shape models.Shape) int {
	s := []int(shape)
	for len(s) > 1 && s[0] == 1 {
		s = s[1:]
	}
	if len(s) == 3 && s[0] == 3 {
		return 3
	}
	return 1
}

// DecodeImage decodes a PNG (any color model) or a binary PGM (P5, 8-bit)
// to pixels of shape [channels, H, W]: gray for 1 channel, RGB planes for 3.
func DecodeImage(data []byte, channels int) (*Array, error) {
	var img image.Image
	var err error
	if bytes.HasPrefix(data, []byte("P5")) {
		img, err = decodePGM(data)
	} else {
		// check the size before decoding: a hostile header can ask for gigabytes
		cfg, cerr := png.DecodeConfig(bytes.NewReader(data))
		if cerr != nil {
			return nil, fmt.Errorf("%w: not a PNG or binary PGM image: %v", ErrInput, cerr)
		}
		if cfg.Width*cfg.Height > models.MaxElements {
			return nil, fmt.Errorf("%w: a %dx%d image is too large", ErrInput, cfg.Width, cfg.Height)
		}
		img, err = png.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
	}
	b := img.Bounds()
	h, w := b.Dy(), b.Dx()
	a := &Array{Shape: []int{channels, h, w}, Kind: KindPixels, Values: make([]float64, channels*h*w)}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			i := (y-b.Min.Y)*w + (x - b.Min.X)
			c := img.At(x, y)
			if channels == 1 {
				a.Values[i] = float64(color.GrayModel.Convert(c).(color.Gray).Y)
				continue
			}
			rgb := color.NRGBAModel.Convert(c).(color.NRGBA)
			a.Values[i], a.Values[h*w+i], a.Values[2*h*w+i] = float64(rgb.R), float64(rgb.G), float64(rgb.B)
		}
	}
	return a, nil
}

// FromImage reads a PNG or binary PGM whose size matches the model's
// input: [1, H, W] or [H·W] for gray, [3, H, W] for color (RGB planes).
func FromImage(data []byte, m *models.Model, opts Options) ([]int8, error) {
	ch := Channels(m.InputShape())
	a, err := DecodeImage(data, ch)
	if err != nil {
		return nil, err
	}
	if ch == 1 && !ShapeMatches(a.Shape, m.InputShape()) && a.Shape[1]*a.Shape[2] == m.InputShape().Size() {
		a.Shape = []int{a.Shape[1] * a.Shape[2]}
	}
	if !ShapeMatches(a.Shape, m.InputShape()) {
		return nil, fmt.Errorf("%w: a %dx%d image with %d channel(s), the model takes %v", ErrInput, a.Shape[2], a.Shape[1], ch, m.InputShape())
	}
	return a.Input(m, opts)
}

func decodePGM(data []byte) (image.Image, error) {
	// header: P5 <width> <height> <maxval> then one whitespace, then bytes
	fieldsRead, pos := 0, 2
	var nums [3]int
	for fieldsRead < 3 {
		for pos < len(data) && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\n' || data[pos] == '\r' || data[pos] == '#') {
			if data[pos] == '#' {
				for pos < len(data) && data[pos] != '\n' {
					pos++
				}
				continue
			}
			pos++
		}
		start := pos
		for pos < len(data) && data[pos] >= '0' && data[pos] <= '9' {
			pos++
		}
		n, err := strconv.Atoi(string(data[start:pos]))
		if err != nil || n <= 0 || n > 1<<14 {
			return nil, errors.New("bad PGM header")
		}
		nums[fieldsRead] = n
		fieldsRead++
	}
	w, h, maxval := nums[0], nums[1], nums[2]
	if maxval > 255 {
		return nil, errors.New("16-bit PGM is not supported")
	}
	if w*h > models.MaxElements {
		return nil, fmt.Errorf("a %dx%d image is too large", w, h)
	}
	pos++ // the single whitespace after maxval
	if len(data)-pos != w*h {
		return nil, fmt.Errorf("PGM %dx%d with %d data bytes", w, h, len(data)-pos)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i, p := range data[pos:] {
		if int(p) > maxval {
			return nil, fmt.Errorf("PGM pixel %d is %d, above the header's maximum %d", i, p, maxval)
		}
		img.Pix[i] = uint8(int(p) * 255 / maxval)
	}
	return img, nil
}
