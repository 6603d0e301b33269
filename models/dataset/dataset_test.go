package dataset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zkinfer/zkinfer/models"
)

// npyFile writes a version 1 .npy array.
func npyFile(t *testing.T, dir, name, descr string, shape []int, body []byte) string {
	t.Helper()
	dims := ""
	for _, d := range shape {
		dims += fmt.Sprintf("%d, ", d)
	}
	header := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': (%s), }", descr, dims)
	for (10+len(header)+1)%64 != 0 {
		header += " "
	}
	header += "\n"
	b := []byte("\x93NUMPY\x01\x00")
	b = binary.LittleEndian.AppendUint16(b, uint16(len(header)))
	b = append(append(b, header...), body...)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func float32s(vals ...float64) []byte {
	var b []byte
	for _, v := range vals {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v)))
	}
	return b
}

func TestNPY(t *testing.T) {
	dir := t.TempDir()
	vec := Options{Shape: models.Shape{1, 3}}
	floats := npyFile(t, dir, "x.npy", "<f4", []int{2, 3}, float32s(0.5, -1, 2, 3, 4, -5))
	set, err := Load(floats, vec)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Inputs) != 2 || set.Inputs[1][2] != -5 || set.Pixels || set.Random || set.Labels != nil {
		t.Errorf("float array: %+v", set)
	}
	if set, err = Load(floats+":1", vec); err != nil || len(set.Inputs) != 1 {
		t.Errorf("first input only: %v, %v", set, err)
	}
	one := npyFile(t, dir, "one.npy", "<f8", []int{3}, binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, math.Float64bits(1)), math.Float64bits(2)), math.Float64bits(3)))
	if set, err = Load(one, vec); err != nil || len(set.Inputs) != 1 || set.Inputs[0][1] != 2 {
		t.Errorf("a single input: %v, %v", set, err)
	}
	px := npyFile(t, dir, "px.npy", "|u1", []int{1, 3}, []byte{0, 51, 255})
	if set, err = Load(px, Options{Shape: vec.Shape, PixelMax: 255}); err != nil || !set.Pixels || set.Inputs[0][1] != 51 || set.Inputs[0][2] != 255 {
		t.Errorf("uint8 pixels at 255: %v, %v", set, err)
	}
	q := npyFile(t, dir, "q.npy", "|i1", []int{1, 3}, []byte{1, 0xff, 127})
	if _, err = Load(q, vec); !errors.Is(err, ErrSpec) {
		t.Errorf("int8 without an input scale: %v", err)
	}
	if set, err = Load(q, Options{Shape: vec.Shape, InputScale: 0.5}); err != nil || set.Inputs[0][1] != -0.5 {
		t.Errorf("int8 at scale 0.5: %v, %v", set, err)
	}
	// labels, as .npy and as text, and a count that does not match
	labels := npyFile(t, dir, "y.npy", "<i8", []int{2}, binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, 7), 2))
	if set, err = Load(floats, Options{Shape: vec.Shape, Labels: labels}); err != nil || set.Labels[0] != 7 || set.Labels[1] != 2 {
		t.Errorf("npy labels: %v, %v", set, err)
	}
	text := filepath.Join(dir, "y.txt")
	os.WriteFile(text, []byte("# class per line\n3\n\n4\n"), 0o644)
	if set, err = Load(floats, Options{Shape: vec.Shape, Labels: text}); err != nil || set.Labels[1] != 4 {
		t.Errorf("text labels: %v, %v", set, err)
	}
	if set, err = Load(floats+":1", Options{Shape: vec.Shape, Labels: text}); err != nil || len(set.Labels) != 1 {
		t.Errorf("labels of the first input: %v, %v", set, err)
	}
	os.WriteFile(text, []byte("3\n"), 0o644)
	if _, err = Load(floats, Options{Shape: vec.Shape, Labels: text}); !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), "1 labels for 2 inputs") {
		t.Errorf("too few labels: %v", err)
	}
	// a shape that is not the model's says both
	if _, err = Load(floats, Options{Shape: models.Shape{4}}); !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), "[3]") || !strings.Contains(err.Error(), "[4]") {
		t.Errorf("wrong shape: %v", err)
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestImageFolders(t *testing.T) {
	dir := t.TempDir()
	gray := image.NewGray(image.Rect(0, 0, 2, 2))
	gray.Set(1, 0, color.Gray{255})
	writePNG(t, filepath.Join(dir, "flat", "b.png"), gray)
	writePNG(t, filepath.Join(dir, "flat", "a.png"), image.NewGray(image.Rect(0, 0, 2, 2)))
	set, err := Load(filepath.Join(dir, "flat"), Options{Shape: models.Shape{1, 2, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Inputs) != 2 || set.Inputs[0][1] != 0 || set.Inputs[1][1] != 1 || set.Labels != nil || !set.Pixels {
		t.Errorf("sorted gray images at pixel scaling 1: %+v", set)
	}
	// a flat input of 4 takes the same images
	if _, err := Load(filepath.Join(dir, "flat"), Options{Shape: models.Shape{4}}); err != nil {
		t.Errorf("vector input: %v", err)
	}
	rgb := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	rgb.Set(0, 0, color.NRGBA{0, 255, 0, 255})
	writePNG(t, filepath.Join(dir, "classes", "3", "x.png"), rgb)
	writePNG(t, filepath.Join(dir, "classes", "0", "y.png"), rgb)
	set, err = Load(filepath.Join(dir, "classes"), Options{Shape: models.Shape{3, 2, 2}, PixelMax: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Labels) != 2 || set.Labels[0] != 0 || set.Labels[1] != 3 || set.Inputs[0][4] != 2 || set.Inputs[0][0] != 0 {
		t.Errorf("labelled color images: %+v", set)
	}
	// the first N of a labelled folder come from every label in turn
	writePNG(t, filepath.Join(dir, "classes", "0", "z.png"), rgb)
	if set, err = Load(filepath.Join(dir, "classes")+":2", Options{Shape: models.Shape{3, 2, 2}}); err != nil || len(set.Labels) != 2 || set.Labels[0] != 0 || set.Labels[1] != 3 {
		t.Errorf("first 2 of a labelled folder: %+v, %v", set, err)
	}
	text := filepath.Join(dir, "labels.txt")
	os.WriteFile(text, []byte("1\n2\n3\n"), 0o644)
	if _, err := Load(filepath.Join(dir, "classes"), Options{Shape: models.Shape{3, 2, 2}, Labels: text}); !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), "its own labels") {
		t.Errorf("--labels for a labelled folder: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "classes"), Options{Shape: models.Shape{1, 2, 2}, PixelMax: 2}); err != nil {
		t.Errorf("color images read as gray: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "flat"), Options{Shape: models.Shape{3, 4, 4}}); !errors.Is(err, ErrSpec) {
		t.Errorf("images of the wrong size: %v", err)
	}
	if _, err := Load(t.TempDir(), Options{Shape: models.Shape{4}}); !errors.Is(err, ErrSpec) {
		t.Errorf("a folder without images: %v", err)
	}
}

func TestRandomAndSpecs(t *testing.T) {
	set, err := Load("random:3:-2:2", Options{Shape: models.Shape{3, 4, 4}})
	if err != nil {
		t.Fatal(err)
	}
	if !set.Random || len(set.Inputs) != 3 || len(set.Inputs[0]) != 48 || !strings.Contains(set.Source, "[-2, 2]") {
		t.Errorf("random set: %+v", set)
	}
	for _, v := range set.Inputs[2] {
		if v < -2 || v > 2 {
			t.Fatalf("random value %v outside [-2, 2]", v)
		}
	}
	again, _ := Load("random:3:-2:2", Options{Shape: models.Shape{3, 4, 4}})
	if again.Inputs[1][5] != set.Inputs[1][5] {
		t.Error("random sets differ between runs")
	}
	for _, bad := range []string{"", "random", "random:0", "random:9223372036854775807", "random:3:1", "random:3:2:1", "mnist:x", "mnist:-1", "nosuchfile.npy", "nosuch:4"} {
		if _, err := Load(bad, Options{Shape: models.Shape{784}}); !errors.Is(err, ErrSpec) {
			t.Errorf("%q: error %v, want ErrSpec", bad, err)
		}
	}
	if _, err := Load("mnist:10", Options{Shape: models.Shape{3}}); !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), "give your own data") {
		t.Errorf("MNIST for a vector model: %v", err)
	}
}
