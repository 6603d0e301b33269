// Package service is the provider service and its buyer client.
//
// A provider runs a Service: an HTTP JSON API that takes paid jobs, a
// durable job store (bbolt) from which nothing accepted is lost, a bounded
// pool of prover workers, a chain watcher that follows the escrow's
// JobCreated events for this provider, and a fulfiller that claims each
// payment with its proof, exactly once. Every bundle is signed by the
// provider's Ethereum key as EIP-712 typed data (an Attestation), and every
// job request is signed by the buyer who made the deposit (a JobRequest).
//
// A buyer uses Client and Buyer: deposit in escrow, send the signed input,
// wait, and trust the output only after checking the attestation, the proof
// and both commitments itself.
//
// The package wires prover (which runs the model), verifier and contracts
// together; it holds no circuit or contract logic of its own.
package service
