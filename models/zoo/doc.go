// Package zoo embeds zkinfer's shipped models and the few MNIST test images
// the demo needs, so the binary works from any folder on its own.
// `zkinfer train` regenerates every file here.
package zoo
