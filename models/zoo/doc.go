// Package zoo embeds zkinfer's shipped models and the few MNIST test images
// the demo needs, so the binary works from any folder on its own.
// `zkinfer train` regenerates every file here but mnist-8.zkm, which
// `go generate ./models/zoo` imports from the ONNX model zoo's file.
package zoo

//go:generate go run ../../cmd/zkinfer import ../onnx/testdata/mnist-8/model.onnx --name mnist-8 --pixel-max 255 --calibrate mnist:500 -o mnist-8.zkm
