// Package contracts will hold zkinfer's Solidity sources (model registry and
// escrow), the gnark-exported verifier contracts, their compiled artifacts
// and Go bindings, and the chain backends (embedded simulated chain and
// JSON-RPC). Business rules about payment belong in the Solidity, not here.
package contracts
