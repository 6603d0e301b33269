package zoo

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
)

// File names, relative to this folder.
const (
	MNISTMLPFile     = "mnist-mlp.zkm"
	MNISTMLPRecord   = "mnist-mlp.json"
	MNISTSampleFile  = "mnist-test-samples.bin"
	MNISTLeNetFile   = "mnist-lenet.zkm"
	MNISTLeNetRecord = "mnist-lenet.json"
	MNIST8File       = "mnist-8.zkm"
	// NumSamples is how many MNIST test images are embedded.
	NumSamples = 32
)

var (
	//go:embed mnist-mlp.zkm
	mnistMLP []byte
	//go:embed mnist-mlp.json
	mnistMLPRecord []byte
	//go:embed mnist-test-samples.bin
	mnistSamples []byte
	//go:embed mnist-lenet.zkm
	mnistLeNet []byte
	//go:embed mnist-lenet.json
	mnistLeNetRecord []byte
	//go:embed mnist-8.zkm
	mnist8 []byte
)

// Record is what training measured for a shipped model.
type Record struct {
	Model         string  `json:"model"`
	Architecture  string  `json:"architecture"`
	Dataset       string  `json:"dataset"`
	TestImages    int     `json:"testImages"`
	FloatAccuracy float64 `json:"floatAccuracy"`
	Int8Accuracy  float64 `json:"int8Accuracy"`
	Epochs        int     `json:"epochs"`
	BatchSize     int     `json:"batchSize"`
	LearnRate     float64 `json:"learnRate"`
	Seed          int64   `json:"seed"`
	Calibration   int     `json:"calibrationImages"`
	Commitment    string  `json:"commitment"`
}

var loaders = map[string]func() (*models.Model, error){
	"mnist-mlp":   MNISTMLP,
	"mnist-lenet": MNISTLeNet,
	"mnist-8":     MNIST8,
}

// Names lists the shipped models.
func Names() []string {
	var n []string
	for k := range loaders {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

// Load returns a shipped model by name.
func Load(name string) (*models.Model, error) {
	l, ok := loaders[name]
	if !ok {
		return nil, fmt.Errorf("no shipped model %q (have %v)", name, Names())
	}
	return l()
}

// MNISTMLP is the 784-128-10 MNIST perceptron.
func MNISTMLP() (*models.Model, error) {
	var m models.Model
	if _, err := m.ReadFrom(bytes.NewReader(mnistMLP)); err != nil {
		return nil, fmt.Errorf("embedded %s: %w", MNISTMLPFile, err)
	}
	return &m, nil
}

// MNISTLeNet is the small LeNet-style MNIST CNN.
func MNISTLeNet() (*models.Model, error) {
	var m models.Model
	if _, err := m.ReadFrom(bytes.NewReader(mnistLeNet)); err != nil {
		return nil, fmt.Errorf("embedded %s: %w", MNISTLeNetFile, err)
	}
	return &m, nil
}

// MNIST8 is the ONNX model zoo's mnist-8 CNN (exported by CNTK: conv 5×5
// (8), ReLU, max-pool 2, conv 5×5 (16), ReLU, max-pool 3, dense 10),
// imported and calibrated on the first 500 MNIST training images, pixels
// scaled to [0, 255]. It is not trained by zkinfer: the import measured
// float 98.91 % and int8 98.88 % on the 10,000 MNIST test images.
func MNIST8() (*models.Model, error) {
	var m models.Model
	if _, err := m.ReadFrom(bytes.NewReader(mnist8)); err != nil {
		return nil, fmt.Errorf("embedded %s: %w", MNIST8File, err)
	}
	return &m, nil
}

// MNISTLeNetTraining is the training record of the CNN.
func MNISTLeNetTraining() (Record, error) {
	var r Record
	err := json.Unmarshal(mnistLeNetRecord, &r)
	return r, err
}

// MNISTMLPTraining is the training record of the MNIST perceptron.
func MNISTMLPTraining() (Record, error) {
	var r Record
	err := json.Unmarshal(mnistMLPRecord, &r)
	return r, err
}

// Sample is one labelled MNIST test image.
type Sample struct {
	Index  int // index in the MNIST test set
	Label  int
	Pixels []byte
}

// Samples returns the embedded MNIST test images, the first NumSamples of
// the test set.
func Samples() []Sample {
	const rec = 1 + mnist.ImageSize
	out := make([]Sample, 0, len(mnistSamples)/rec)
	for i := 0; (i+1)*rec <= len(mnistSamples); i++ {
		r := mnistSamples[i*rec : (i+1)*rec]
		out = append(out, Sample{Index: i, Label: int(r[0]), Pixels: r[1:]})
	}
	return out
}

// EncodeSamples is the inverse of Samples, used by `zkinfer train`.
func EncodeSamples(set *mnist.Set, n int) []byte {
	var b []byte
	for i := range min(n, set.Len()) {
		b = append(b, byte(set.Labels[i]))
		b = append(b, set.Images[i]...)
	}
	return b
}
