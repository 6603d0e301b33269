// Package contracts holds zkinfer's Solidity contracts and what Go needs
// to use them: the generic Groth16 and PLONK verifiers, which take a
// verifying key as data, the model registry and the escrow (src/), their
// compiled artifacts (build/) and abigen v2 bindings (bindings/), the chain
// backends (the embedded simulated chain and JSON-RPC), a thin client of
// the market, and the buyer's check, from chain state alone, of what will
// judge its proof (CheckJudge). Payment rules live in the Solidity; this
// package only calls them.
//
// `go generate ./contracts/...` (after `npm ci` here) rebuilds every
// generated file; CI fails when that changes anything.
package contracts
