// Package models owns what a zkinfer model is: the integer IR (a graph of
// quantized ops), the versioned .zkm file format, and the native Poseidon2
// commitments to models and tensors that the prover's circuits reproduce.
//
// It knows nothing of circuits or chains. Training lives in models/train,
// datasets in models/mnist and the shipped models in models/zoo.
package models
