package contracts

// Rebuild everything generated in this folder: the Solidity verifiers of the
// development keys, the compiled artifacts (pinned solc from npm; run
// `npm ci` here first) and the abigen v2 bindings. CI regenerates and fails
// on any difference.
//go:generate go run ./internal/genverifiers
//go:generate node compile.js
//go:generate go tool abigen --v2 --abi build/ModelRegistry.abi --bin build/ModelRegistry.bin --pkg registry --type ModelRegistry --out bindings/registry/registry.go
//go:generate go tool abigen --v2 --abi build/Escrow.abi --bin build/Escrow.bin --pkg escrow --type Escrow --out bindings/escrow/escrow.go
//go:generate go tool abigen --v2 --abi build/MnistMlpFixedVerifier.abi --bin build/MnistMlpFixedVerifier.bin --pkg verifiers --type MnistMlpFixedVerifier --out bindings/verifiers/mnist_mlp_fixed.go
//go:generate go tool abigen --v2 --abi build/MnistMlpFixedCommitVerifier.abi --bin build/MnistMlpFixedCommitVerifier.bin --pkg verifiers --type MnistMlpFixedCommitVerifier --out bindings/verifiers/mnist_mlp_fixed_commit.go
//go:generate go tool abigen --v2 --abi build/MnistMlpFixedPlonkUnsafeDevVerifier.abi --bin build/MnistMlpFixedPlonkUnsafeDevVerifier.bin --pkg verifiers --type MnistMlpFixedPlonkUnsafeDevVerifier --alias Verify=VerifyPlonk --out bindings/verifiers/mnist_mlp_fixed_plonk_unsafe_dev.go
