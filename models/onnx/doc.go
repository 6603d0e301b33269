// Package onnx imports ONNX models into zkinfer: it decodes the protobuf
// (untrusted bytes: every length and index is checked), folds biases and
// batch normalization into the preceding layer, runs the float graph as the
// accuracy reference, and quantizes it to the int8 IR with per-channel
// weight scales and activation ranges calibrated on sample inputs.
//
// Supported: Conv (pads, strides, auto_pad, group 1), Gemm, MatMul, Add of
// a constant (a bias) or of two activations (a residual connection),
// BatchNormalization (folded), Relu, MaxPool, AveragePool,
// GlobalAveragePool, Sigmoid, Tanh, Clip, Reshape and Flatten to one
// dimension, opsets 7 to 13, batch size 1. Any other op is an error naming
// the op, the node and the opset.
package onnx
