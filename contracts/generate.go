package contracts

// Rebuild everything generated in this folder: the compiled artifacts
// (pinned solc from npm; run `npm ci` here first) and the abigen v2
// bindings. CI regenerates and fails on any difference.
//go:generate node compile.js
//go:generate go tool abigen --v2 --abi build/ModelRegistry.abi --bin build/ModelRegistry.bin --pkg registry --type ModelRegistry --out bindings/registry/registry.go
//go:generate go tool abigen --v2 --abi build/Escrow.abi --bin build/Escrow.bin --pkg escrow --type Escrow --out bindings/escrow/escrow.go
//go:generate go tool abigen --v2 --abi build/Groth16Verifier.abi --bin build/Groth16Verifier.bin --pkg groth16verifier --type Groth16Verifier --out bindings/groth16verifier/groth16verifier.go
//go:generate go tool abigen --v2 --abi build/PlonkVerifier.abi --bin build/PlonkVerifier.bin --pkg plonkverifier --type PlonkVerifier --out bindings/plonkverifier/plonkverifier.go
