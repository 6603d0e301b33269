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
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zkinfer/zkinfer/models"
)

// ErrInput is wrapped by every error about an input file.
var ErrInput = errors.New("bad input file")

// maxFile bounds the input files read.
const maxFile = 64 << 20

// Options say how float inputs (float .npy arrays and images) map to int8.
type Options struct {
	// PixelMax is the float value of a white image pixel (1 for models
	// trained on [0, 1] inputs, 255 for raw pixels). Zero means 1.
	PixelMax float64
}

// Read loads the input of m from path, by its extension: .json, .npy,
// .png or .pgm. JSON holds int8 values as the circuit takes them; float
// .npy arrays and images are quantized at the model's input scale.
func Read(path string, m *models.Model, opts Options) ([]int8, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) > maxFile {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrInput, path, maxFile)
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

// shapeMatches compares a file's shape with the model's, ignoring leading
// dimensions of 1 (a batch of one) on either side.
func shapeMatches(got []int, want models.Shape) bool {
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
		return nil, fmt.Errorf("%w: %v", ErrInput, err)
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
	if !flat && !shapeMatches(shape, want) {
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

// quantize maps float inputs to int8 at the model's input scale.
func quantize(vals []float64, m *models.Model) ([]int8, error) {
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

// FromNPY reads a NumPy array: int8 values as they are, uint8 as image
// pixels, float32 or float64 quantized at the model's input scale.
func FromNPY(data []byte, m *models.Model, opts Options) ([]int8, error) {
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
	descr := npyField(header, "descr")
	if strings.Contains(npyField(header, "fortran_order"), "True") {
		return nil, fmt.Errorf("%w: Fortran-ordered arrays are not supported", ErrInput)
	}
	shape, err := npyShape(npyField(header, "shape"))
	if err != nil {
		return nil, err
	}
	if !shapeMatches(shape, m.InputShape()) {
		return nil, fmt.Errorf("%w: shape %v, the model takes %v", ErrInput, shape, m.InputShape())
	}
	n := m.InputShape().Size()
	descr = strings.Trim(descr, "'\" ")
	width := map[string]int{"|i1": 1, "|u1": 1, "<f4": 4, "<f8": 8}[descr]
	if width == 0 {
		return nil, fmt.Errorf("%w: dtype %q (want int8, uint8, little-endian float32 or float64)", ErrInput, descr)
	}
	if len(body) != n*width {
		return nil, fmt.Errorf("%w: %d data bytes for %d values of %s", ErrInput, len(body), n, descr)
	}
	vals := make([]float64, n)
	switch descr {
	case "|i1":
		out := make([]int8, n)
		for i, b := range body {
			out[i] = int8(b)
		}
		return out, nil
	case "|u1":
		return pixels(body, m, opts)
	case "<f4":
		for i := range vals {
			vals[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(body[4*i:])))
		}
	case "<f8":
		for i := range vals {
			vals[i] = math.Float64frombits(binary.LittleEndian.Uint64(body[8*i:]))
		}
	}
	return quantize(vals, m)
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
	return shape, nil
}

// pixels maps 8-bit gray pixels to the model's int8 input: p/255·PixelMax
// quantized at the input scale.
func pixels(px []byte, m *models.Model, opts Options) ([]int8, error) {
	pm := opts.PixelMax
	if pm == 0 {
		pm = 1
	}
	vals := make([]float64, len(px))
	for i, p := range px {
		vals[i] = float64(p) / 255 * pm
	}
	return quantize(vals, m)
}

// FromImage reads a PNG (any color model, converted to gray) or a binary
// PGM (P5, 8-bit) whose size matches the model's [1, H, W] or [H·W] input.
func FromImage(data []byte, m *models.Model, opts Options) ([]int8, error) {
	var img image.Image
	var err error
	if bytes.HasPrefix(data, []byte("P5")) {
		img, err = decodePGM(data)
	} else {
		// check the size before decoding: a hostile header can ask for gigabytes
		cfg, cerr := png.DecodeConfig(bytes.NewReader(data))
		if cerr != nil {
			return nil, fmt.Errorf("%w: %v", ErrInput, cerr)
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
	if !shapeMatches([]int{h, w}, m.InputShape()) && !shapeMatches([]int{h * w}, m.InputShape()) {
		return nil, fmt.Errorf("%w: a %dx%d image, the model takes %v", ErrInput, w, h, m.InputShape())
	}
	px := make([]byte, 0, h*w)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			px = append(px, color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
		}
	}
	return pixels(px, m, opts)
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
	pos++ // the single whitespace after maxval
	if len(data)-pos != w*h {
		return nil, fmt.Errorf("PGM %dx%d with %d data bytes", w, h, len(data)-pos)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i, p := range data[pos:] {
		img.Pix[i] = uint8(int(p) * 255 / maxval)
	}
	return img, nil
}
