// Package models owns what a zkinfer model is: the integer IR (a graph of
// quantized ops), the versioned .zkm file format, and the native Poseidon2
// commitments to models and tensors that the prover's circuits reproduce.
//
// It also chooses requantization parameters (quant.go) and builds
// synthetic models for tests and benchmarks. It knows nothing of circuits
// or chains. ONNX import lives in models/onnx, input files in
// models/tensorio, data sets in models/dataset (MNIST in models/mnist),
// training in models/train and the shipped models in models/zoo.
package models
