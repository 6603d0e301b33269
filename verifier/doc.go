// Package verifier checks zkinfer proof bundles off chain: the Groth16 or
// PLONK proof against the verifying key named by the bundle, and, when the caller
// holds them, the plaintext input and output against their commitments.
//
// It never proves, and never talks to a chain: the provider service
// (runtime/service) and the CLI join it with the contracts package.
package verifier
