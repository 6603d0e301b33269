// Package prover compiles a models.Model to a gnark circuit over BN254 and
// proves inferences with Groth16 or PLONK (KZG): circuit and gadgets
// (requantize, ReLU, clamp, range checks), the in-circuit twin of the
// models commitments, key setup (Groth16, or PLONK from a hash-checked SRS
// file or the unsafe development SRS) with a hash-checked on-disk cache,
// and proof bundles.
//
// It does not talk to a chain; the verifier package checks bundles.
package prover
