// Package bench holds zkinfer's benchmarks of proof cost: constraints,
// setup, prove and verify time, proof size and peak memory per model and
// weight visibility. Library code never imports it.
package bench
