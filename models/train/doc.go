// Package train trains zkinfer's zoo models in float with gorgonia and
// quantizes them to the integer IR. Training is reproducible: a fixed seed
// drives initialization and shuffling, and the arithmetic is float64.
package train
