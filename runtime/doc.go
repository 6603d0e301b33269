// Package runtime is the integer executor of zkinfer: it runs a models.Model
// on an int8 input with exactly the semantics documented on each models.Op,
// and returns the output with the full trace of intermediate values.
//
// This forward pass is the specification the prover's circuits prove, bit
// for bit. The executor does not import gnark; the provider service that
// wires executor, prover and chain together is runtime/service.
package runtime
