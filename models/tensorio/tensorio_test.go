package tensorio

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
)

// imageModel is a model whose input is a [1, 2, 3] image at scale 1/127.
func imageModel(t *testing.T) *models.Model {
	m := &models.Model{
		Name:    "img",
		Tensors: []models.Tensor{{Name: "in", Shape: models.Shape{1, 2, 3}, Scale: 1.0 / 127}, {Name: "flat", Shape: models.Shape{6}, Scale: 1.0 / 127}},
		Nodes:   []models.Node{{Op: models.OpFlatten, Name: "f", Inputs: []int{0}, Output: 1}},
		Output:  1,
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	return m
}

func npy(descr string, shape string, body []byte) []byte {
	header := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape)
	for (10+len(header)+1)%64 != 0 {
		header += " "
	}
	header += "\n"
	b := []byte("\x93NUMPY\x01\x00")
	b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	return append(append(b, header...), body...)
}

func TestFormats(t *testing.T) {
	m := imageModel(t)
	want := []int8{1, -2, 3, 4, 5, -128}
	f32 := []byte{}
	for _, v := range want {
		f32 = binary.LittleEndian.AppendUint32(f32, math.Float32bits(float32(v)/127))
	}
	cases := map[string]func() ([]int8, error){
		"json nested": func() ([]int8, error) { return FromJSON([]byte(`[[[1,-2,3],[4,5,-128]]]`), m.InputShape()) },
		"json flat":   func() ([]int8, error) { return FromJSON([]byte(`[1,-2,3,4,5,-128]`), m.InputShape()) },
		"json shape+data": func() ([]int8, error) {
			return FromJSON([]byte(`{"shape":[2,3],"data":[1,-2,3,4,5,-128]}`), m.InputShape())
		},
		"npy int8": func() ([]int8, error) {
			b := make([]byte, 6)
			for i, v := range want {
				b[i] = byte(v)
			}
			return FromNPY(npy("|i1", "(1, 2, 3)", b), m, Options{})
		},
		"npy float32": func() ([]int8, error) { return FromNPY(npy("<f4", "(2, 3)", f32), m, Options{}) },
	}
	for name, f := range cases {
		got, err := f()
		if err != nil || !bytes.Equal(int8Bytes(got), int8Bytes(want)) {
			t.Errorf("%s: %v, %v; want %v", name, got, err, want)
		}
	}
	// images: white is PixelMax, quantized at the input scale
	img := image.NewGray(image.Rect(0, 0, 3, 2))
	img.Set(0, 0, color.Gray{255})
	img.Set(2, 1, color.Gray{51})
	var buf bytes.Buffer
	png.Encode(&buf, img)
	pgm := append([]byte("P5\n# a comment\n3 2\n255\n"), img.Pix...)
	for name, data := range map[string][]byte{"png": buf.Bytes(), "pgm": pgm} {
		got, err := FromImage(data, m, Options{PixelMax: 1})
		if err != nil || got[0] != 127 || got[5] != 25 || got[1] != 0 {
			t.Errorf("%s: %v %v", name, got, err)
		}
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i := range v {
		b[i] = byte(v[i])
	}
	return b
}

func TestRejects(t *testing.T) {
	m := imageModel(t)
	cases := map[string]func() error{
		"json out of range": func() error { _, err := FromJSON([]byte(`[1,2,3,4,5,200]`), m.InputShape()); return err },
		"json fraction":     func() error { _, err := FromJSON([]byte(`[1,2,3,4,5,0.5]`), m.InputShape()); return err },
		"json wrong shape":  func() error { _, err := FromJSON([]byte(`[[1,2],[3,4],[5,6]]`), m.InputShape()); return err },
		"json ragged":       func() error { _, err := FromJSON([]byte(`[[1,2,3],[4,5]]`), m.InputShape()); return err },
		"json shape lies":   func() error { _, err := FromJSON([]byte(`{"shape":[2,3],"data":[1,2]}`), m.InputShape()); return err },
		"json not numbers":  func() error { _, err := FromJSON([]byte(`["a","b","c","d","e","f"]`), m.InputShape()); return err },
		"npy wrong dtype":   func() error { _, err := FromNPY(npy("<i8", "(6,)", make([]byte, 48)), m, Options{}); return err },
		"npy short body":    func() error { _, err := FromNPY(npy("|i1", "(6,)", make([]byte, 5)), m, Options{}); return err },
		"npy wrong shape":   func() error { _, err := FromNPY(npy("|i1", "(3, 2)", make([]byte, 6)), m, Options{}); return err },
		"npy float range": func() error {
			_, err := FromNPY(npy("<f8", "(6,)", bytes.Repeat([]byte{0, 0, 0, 0, 0, 0, 0x59, 0x40}, 6)), m, Options{})
			return err
		},
		"npy garbage": func() error { _, err := FromNPY([]byte("\x93NUMPY\x01\x00\xff\xff"), m, Options{}); return err },
		"npy shape overflows": func() error {
			_, err := FromNPY(npy("<f8", "(2097152, 2097152, 2097152)", nil), m, Options{})
			return err
		},
		"npy rank 10": func() error {
			_, err := FromNPY(npy("|i1", "(1,1,1,1,1,1,1,1,2,3)", make([]byte, 6)), m, Options{})
			return err
		},
		"json trailing data": func() error { _, err := FromJSON([]byte(`[1,2,3,4,5,6] junk`), m.InputShape()); return err },
		"pgm pixel above maxval": func() error {
			_, err := FromImage(append([]byte("P5 3 2 9\n"), 1, 2, 3, 4, 5, 10), m, Options{PixelMax: 1})
			return err
		},
		"image wrong size": func() error {
			_, err := FromImage(append([]byte("P5 2 2 255\n"), 1, 2, 3, 4), m, Options{})
			return err
		},
		"image garbage": func() error { _, err := FromImage([]byte("not an image"), m, Options{}); return err },
	}
	for name, f := range cases {
		if err := f(); !errors.Is(err, ErrInput) {
			t.Errorf("%s: error %v, want ErrInput", name, err)
		} else if strings.Contains(err.Error(), "panic") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzNPY: hostile .npy bytes give errors, never a panic.
func FuzzNPY(f *testing.F) {
	f.Add(npy("|i1", "(1, 2, 3)", make([]byte, 6)))
	f.Add(npy("<f4", "(2, 3)", make([]byte, 24)))
	f.Add(npy("<f8", "(2097152, 2097152, 2097152)", nil))
	f.Fuzz(func(t *testing.T, data []byte) {
		m := &models.Model{Tensors: []models.Tensor{{Shape: models.Shape{1, 2, 3}, Scale: 1}}}
		FromNPY(data, m, Options{})
		FromImage(data, m, Options{})
		FromJSON(data, m.Tensors[0].Shape)
	})
}

// TestJSONErrorsSayWhere: an empty file and broken JSON are told apart,
// and a syntax error gives its line and column.
func TestJSONErrorsSayWhere(t *testing.T) {
	m := imageModel(t)
	for in, want := range map[string]string{
		"":                       "the file is empty",
		"  \n":                   "the file is empty",
		"nope":                   "line 1, column 2",
		"[1, 2,\n 3, 4, x, 6]":   "line 2, column 8",
		`{"shape": [6], "data"}`: "line 1, column 22",
	} {
		_, err := FromJSON([]byte(in), m.InputShape())
		if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want one that says %q", in, err, want)
		}
	}
}

// TestColorImage: a color PNG becomes RGB planes for a [3, H, W] input.
func TestColorImage(t *testing.T) {
	m := &models.Model{
		Name:     "rgb",
		Tensors:  []models.Tensor{{Name: "in", Shape: models.Shape{1, 3, 1, 2}, Scale: 1.0 / 127}, {Name: "flat", Shape: models.Shape{6}, Scale: 1.0 / 127}},
		Nodes:    []models.Node{{Op: models.OpFlatten, Name: "f", Inputs: []int{0}, Output: 1}},
		Output:   1,
		PixelMax: 1,
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	img := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	img.Set(0, 0, color.NRGBA{255, 0, 0, 255})
	img.Set(1, 0, color.NRGBA{0, 0, 255, 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	got, err := FromImage(buf.Bytes(), m, Options{})
	if want := []int8{127, 0, 0, 0, 0, 127}; err != nil || !bytes.Equal(int8Bytes(got), int8Bytes(want)) {
		t.Errorf("got %v, %v; want %v (R plane, G plane, B plane)", got, err, want)
	}
	m.PixelMax = 0
	if _, err := FromImage(buf.Bytes(), m, Options{}); !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), "--pixel-max") {
		t.Errorf("a model without pixel scaling: error %v, want one that asks for --pixel-max", err)
	}
}
