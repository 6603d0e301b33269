// Command zkinfer proves and verifies the inference of quantized models.
//
// Run `zkinfer demo` for the whole journey on the shipped MNIST model, and
// `zkinfer help` for every command.
package main
