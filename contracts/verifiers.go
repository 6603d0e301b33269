package contracts

// CompiledVerifierFor returns the creation bytecode of the verifier
// contract compiled into this package that accepts proofs under the
// verifying key of circuit circuitID whose SHA-256 is vkHash: the
// compiled verifiers check proofs under their development keys only, so
// keys of another setup or SRS get none.
func CompiledVerifierFor(circuitID, vkHash string) (string, bool) {
	bin, ok := CompiledVerifier(circuitID)
	if want, _, known := CompiledVerifierKey(circuitID); !ok || !known || want != vkHash {
		return "", false
	}
	return bin, true
}
