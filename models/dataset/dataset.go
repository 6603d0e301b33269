// Package dataset loads sets of model inputs, for calibration and for
// accuracy: the built-in MNIST splits, a NumPy array of N inputs, a folder
// of images, or random values for a model with no data at hand, each with
// labels when they are known. It checks every input against the model's
// shape before any work is done with them.
//
// It does not quantize: a Set holds real values, as the float model takes
// them; the caller maps them to int8 at the model's input scale.
package dataset

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/tensorio"
)

// ErrSpec is wrapped by every error about a data set spec or its files.
var ErrSpec = errors.New("bad data set")

// maxFile bounds one data file.
const maxFile = 1 << 30

// Set is a set of inputs of one shape.
type Set struct {
	// Source describes where the inputs came from, for reports.
	Source string
	// Inputs are real values, row-major, one slice per input.
	Inputs [][]float64
	// Labels are the class of each input; nil when unknown.
	Labels []int
	// Pixels is set when the inputs came from 8-bit pixels, scaled by
	// PixelMax.
	Pixels bool
	// PixelMax is the real value of a 255 pixel used, when Pixels.
	PixelMax float64
	// Random is set for random inputs: they give no accuracy.
	Random bool

	limited bool // the spec asked for the first N inputs only
}

// Options say what the inputs must look like and how to read them.
type Options struct {
	// Shape is the model's input shape; every input must match it
	// (leading dimensions of 1 aside).
	Shape models.Shape
	// PixelMax is the real value of a white pixel (255) for pixel data:
	// MNIST, image folders and uint8 arrays. Zero means 1.
	PixelMax float64
	// InputScale is the model's input scale, to read int8 arrays (already
	// quantized inputs) as real values; zero refuses them.
	InputScale float64
	// Labels is a file of integer labels, one per input: a .npy array or
	// text with one integer per line.
	Labels string
}

// pixelMax is the real value of a 255 pixel: PixelMax, or 1.
func (o Options) pixelMax() float64 {
	if o.PixelMax == 0 {
		return 1
	}
	return o.PixelMax
}

// Load reads the set a spec names: mnist:N and mnist-test:N (the first N
// MNIST training or test images), FILE.npy[:N] (N inputs along the first
// dimension), FOLDER[:N] (PNG/PGM images sorted by path, or in subfolders
// named by integer labels, the first N taken across the labels in turn),
// or random:N[:LO:HI] (uniform values in [LO, HI], default [0, 1]).
func Load(spec string, opts Options) (*Set, error) {
	set, err := load(spec, opts)
	if err != nil {
		return nil, err
	}
	if opts.Labels != "" {
		if set.Labels != nil {
			return nil, fmt.Errorf("%w: %s carries its own labels; --labels is for sets without them", ErrSpec, set.Source)
		}
		if set.Labels, err = readLabels(opts.Labels); err != nil {
			return nil, err
		}
	}
	if set.limited && len(set.Labels) > len(set.Inputs) {
		set.Labels = set.Labels[:len(set.Inputs)]
	}
	if set.Labels != nil && len(set.Labels) != len(set.Inputs) {
		return nil, fmt.Errorf("%w: %s: %d labels for %d inputs", ErrSpec, set.Source, len(set.Labels), len(set.Inputs))
	}
	if set.Random && set.Labels != nil {
		return nil, fmt.Errorf("%w: random inputs have no labels", ErrSpec)
	}
	return set, nil
}

func load(spec string, opts Options) (*Set, error) {
	if spec == "" {
		return nil, fmt.Errorf("%w: empty spec; want mnist:N, mnist-test:N, FILE.npy[:N], FOLDER[:N] or random:N[:LO:HI]", ErrSpec)
	}
	// a path that exists is a path, whatever it holds
	if _, err := os.Stat(spec); err == nil {
		return fromPath(spec, 0, opts)
	}
	name, count, hasCount := strings.Cut(spec, ":")
	switch name {
	case "mnist", "mnist-test":
		n, err := positive(spec, count, hasCount)
		if err != nil {
			return nil, err
		}
		return fromMNIST(name == "mnist-test", n, opts)
	case "random":
		return fromRandom(spec, count, opts)
	}
	// FILE:N
	if i := strings.LastIndex(spec, ":"); i > 0 {
		if n, err := strconv.Atoi(spec[i+1:]); err == nil {
			if n <= 0 {
				return nil, fmt.Errorf("%w: %q: count %d is not positive", ErrSpec, spec, n)
			}
			if _, err := os.Stat(spec[:i]); err == nil {
				return fromPath(spec[:i], n, opts)
			}
		}
	}
	return nil, fmt.Errorf("%w: %q is neither an existing file or folder nor a built-in set; want mnist:N, mnist-test:N, FILE.npy[:N], FOLDER[:N] or random:N[:LO:HI]", ErrSpec, spec)
}

func positive(spec, count string, has bool) (int, error) {
	if !has || count == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(count)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%w: %q: count %q is not a positive number", ErrSpec, spec, count)
	}
	return n, nil
}

// checkShape compares one input's shape with the model's.
func checkShape(source string, got []int, want models.Shape) error {
	if !tensorio.ShapeMatches(got, want) {
		return fmt.Errorf("%w: %s holds inputs of shape %v, the model takes %v", ErrSpec, source, got, want)
	}
	return nil
}

func fromMNIST(test bool, n int, opts Options) (*Set, error) {
	if size := opts.Shape.Size(); size != mnist.ImageSize {
		return nil, fmt.Errorf("%w: MNIST images are 28×28 (%d values), the model takes %v (%d values): give your own data (.npy, an image folder, or random:N)", ErrSpec, mnist.ImageSize, opts.Shape, size)
	}
	dir, err := mnist.Dir()
	if err != nil {
		return nil, err
	}
	var s *mnist.Set
	split := "training"
	if test {
		split = "test"
		s, err = mnist.LoadTest(dir)
	} else {
		s, _, err = mnist.Load(dir)
	}
	if err != nil {
		return nil, err
	}
	if n == 0 || n > s.Len() {
		n = s.Len()
	}
	pm := opts.pixelMax()
	set := &Set{Source: fmt.Sprintf("MNIST %s images 0..%d", split, n-1), Pixels: true, PixelMax: pm}
	for i := range n {
		x := mnist.Float(s.Images[i])
		for j := range x {
			x[j] *= pm
		}
		set.Inputs = append(set.Inputs, x)
		set.Labels = append(set.Labels, s.Labels[i])
	}
	return set, nil
}

func fromRandom(spec, rest string, opts Options) (*Set, error) {
	parts := strings.Split(rest, ":")
	bad := fmt.Errorf("%w: %q: want random:N or random:N:LO:HI", ErrSpec, spec)
	if len(parts) != 1 && len(parts) != 3 {
		return nil, bad
	}
	n, err := strconv.Atoi(parts[0])
	if err != nil || n <= 0 {
		return nil, bad
	}
	lo, hi := 0.0, 1.0
	if len(parts) == 3 {
		var e1, e2 error
		lo, e1 = strconv.ParseFloat(parts[1], 64)
		hi, e2 = strconv.ParseFloat(parts[2], 64)
		if e1 != nil || e2 != nil || !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			return nil, bad
		}
	}
	size := opts.Shape.Size()
	if n > maxFile/8/size {
		return nil, fmt.Errorf("%w: %q: %d inputs of %d values is too many", ErrSpec, spec, n, size)
	}
	rng := rand.New(rand.NewSource(1))
	set := &Set{Source: fmt.Sprintf("%d random inputs, uniform in [%g, %g]", n, lo, hi), Random: true}
	for range n {
		x := make([]float64, size)
		for j := range x {
			x[j] = lo + (hi-lo)*rng.Float64()
		}
		set.Inputs = append(set.Inputs, x)
	}
	return set, nil
}

func fromPath(path string, n int, opts Options) (*Set, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return fromFolder(path, n, opts)
	}
	if strings.ToLower(filepath.Ext(path)) != ".npy" {
		return nil, fmt.Errorf("%w: %s: a data file must be a .npy array (or give a folder of images)", ErrSpec, path)
	}
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	a, err := tensorio.DecodeNPY(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	size := opts.Shape.Size()
	// one input, or N inputs along the first dimension
	inner := a.Shape
	if len(a.Values) == size && checkShape(path, a.Shape, opts.Shape) == nil {
		inner = append([]int{1}, a.Shape...)
	}
	if err := checkShape(path, inner[1:], opts.Shape); err != nil {
		return nil, fmt.Errorf("%w (the first dimension counts inputs)", err)
	}
	count := inner[0]
	if n > 0 && n < count {
		count = n
	}
	set := &Set{Source: fmt.Sprintf("%s (%d of %d inputs)", path, count, inner[0]), limited: count < inner[0]}
	scale := 1.0
	switch a.Kind {
	case tensorio.KindFloat:
	case tensorio.KindPixels:
		pm := opts.pixelMax()
		set.Pixels, set.PixelMax, scale = true, pm, pm/255
	case tensorio.KindInt8:
		if opts.InputScale == 0 {
			return nil, fmt.Errorf("%w: %s holds int8 values, inputs already quantized; calibration needs real values (float32/64) or pixels (uint8)", ErrSpec, path)
		}
		scale = opts.InputScale
	default:
		return nil, fmt.Errorf("%w: %s holds wider integers; inputs must be float32/64, uint8 pixels or int8", ErrSpec, path)
	}
	for i := range count {
		x := slices.Clone(a.Values[i*size : (i+1)*size])
		for j := range x {
			if math.IsNaN(x[j]) || math.IsInf(x[j], 0) {
				return nil, fmt.Errorf("%w: %s: input %d holds %v", ErrSpec, path, i, x[j])
			}
			x[j] *= scale
		}
		set.Inputs = append(set.Inputs, x)
	}
	return set, nil
}

func readFile(path string) ([]byte, error) {
	data, err := tensorio.ReadFile(path, maxFile)
	if errors.Is(err, tensorio.ErrInput) {
		err = fmt.Errorf("%w: %v", ErrSpec, err)
	}
	return data, err
}

func isImage(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".png" || ext == ".pgm"
}

// fromFolder reads the images of a folder, sorted by name, or of its
// subfolders named by integer labels.
func fromFolder(dir string, n int, opts Options) (*Set, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	type item struct {
		path  string
		label int
	}
	var items []item
	labelled := false
	for _, e := range entries {
		if e.IsDir() {
			label, err := strconv.Atoi(e.Name())
			if err != nil || label < 0 {
				continue
			}
			sub, err := os.ReadDir(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			for _, f := range sub {
				if !f.IsDir() && isImage(f.Name()) {
					items = append(items, item{filepath.Join(dir, e.Name(), f.Name()), label})
					labelled = true
				}
			}
		} else if isImage(e.Name()) {
			items = append(items, item{filepath.Join(dir, e.Name()), -1})
		}
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%w: %s holds no .png or .pgm images (nor subfolders of them named by integer labels)", ErrSpec, dir)
	}
	for _, it := range items {
		if (it.label >= 0) != labelled {
			return nil, fmt.Errorf("%w: %s mixes images in label subfolders with unlabelled ones", ErrSpec, dir)
		}
	}
	slices.SortStableFunc(items, func(a, b item) int { return strings.Compare(a.path, b.path) })
	limited := n > 0 && n < len(items)
	if limited {
		if labelled {
			items = roundRobin(items, func(it item) int { return it.label })
		}
		items = items[:n]
	}
	pm := opts.pixelMax()
	ch := tensorio.Channels(opts.Shape)
	set := &Set{Source: fmt.Sprintf("%d images in %s", len(items), dir), Pixels: true, PixelMax: pm, limited: limited}
	for _, it := range items {
		data, err := readFile(it.path)
		if err != nil {
			return nil, err
		}
		a, err := tensorio.DecodeImage(data, ch)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", it.path, err)
		}
		shape := a.Shape
		if ch == 1 && a.Shape[1]*a.Shape[2] == opts.Shape.Size() && checkShape(it.path, shape, opts.Shape) != nil {
			shape = []int{opts.Shape.Size()}
		}
		if err := checkShape(it.path, shape, opts.Shape); err != nil {
			return nil, err
		}
		x := a.Values
		for j := range x {
			x[j] = x[j] / 255 * pm
		}
		set.Inputs = append(set.Inputs, x)
		if labelled {
			set.Labels = append(set.Labels, it.label)
		}
	}
	return set, nil
}

// roundRobin interleaves items by key (first of each key in order, then
// the second, ...), keeping each key's order, so that the first N of a
// labelled folder draw from every class.
func roundRobin[T any](items []T, key func(T) int) []T {
	var keys []int
	groups := map[int][]T{}
	for _, it := range items {
		k := key(it)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], it)
	}
	out := make([]T, 0, len(items))
	for i := 0; len(out) < len(items); i++ {
		for _, k := range keys {
			if i < len(groups[k]) {
				out = append(out, groups[k][i])
			}
		}
	}
	return out
}

// readLabels reads integer labels: a .npy array, or text with one integer
// per line (blank lines and lines starting with # skipped).
func readLabels(path string) ([]int, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	var labels []int
	if strings.ToLower(filepath.Ext(path)) == ".npy" {
		a, err := tensorio.DecodeNPY(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if a.Kind == tensorio.KindFloat {
			return nil, fmt.Errorf("%w: %s holds floats; labels must be integers", ErrSpec, path)
		}
		for _, v := range a.Values {
			labels = append(labels, int(v))
		}
	} else {
		sc := bufio.NewScanner(bytes.NewReader(data))
		for line := 1; sc.Scan(); line++ {
			t := strings.TrimSpace(sc.Text())
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			v, err := strconv.Atoi(t)
			if err != nil {
				return nil, fmt.Errorf("%w: %s line %d: %q is not an integer label", ErrSpec, path, line, t)
			}
			labels = append(labels, v)
		}
	}
	for i, l := range labels {
		if l < 0 {
			return nil, fmt.Errorf("%w: %s: label %d of input %d is negative", ErrSpec, path, l, i)
		}
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("%w: %s holds no labels", ErrSpec, path)
	}
	return labels, nil
}
