// Package contracts holds zkinfer's Solidity contracts and what Go needs
// to use them: the model registry and escrow (src/), the gnark-exported
// verifiers of the development keys (src/verifiers/), their compiled
// artifacts (build/) and abigen v2 bindings (bindings/), the chain backends
// (the embedded simulated chain and JSON-RPC) and a thin client of the
// market. Payment rules live in the Solidity; this package only calls them.
//
// `go generate ./contracts/...` (after `npm ci` here) rebuilds every
// generated file; CI fails when that changes anything.
package contracts
