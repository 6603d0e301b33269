// Package ceremony runs Groth16 setups with no trusted party: multi-party
// ceremonies built on gnark's backend/groth16/bn254/mpcsetup.
//
// Phase 1 (powers of τ) is universal: a Transcript of contributions, each
// building on the one before it, sealed by a public random beacon into an
// SRS file; or a snarkjs .ptau file of a public ceremony, imported after
// its powers are checked. Phase 2 is per circuit: a Transcript that starts
// from a sealed phase 1 and the circuit's constraint system, gains
// contributions (a buyer can add one), and is sealed by a beacon into
// Groth16 keys. As long as one contributor of each phase destroyed its
// randomness, nobody can forge proofs under the keys.
//
// Every step reads and writes files, so contributors pass them along by any
// channel, and every step can be checked by anyone from the files alone:
// the contributions' proofs of knowledge, their order (each builds on the
// hash of the one before), the start (recomputed from the circuit and the
// phase 1), and the seal (recomputed from the beacon).
//
// The package knows nothing of models or key caches: prover compiles the
// circuit and stores the keys.
package ceremony
