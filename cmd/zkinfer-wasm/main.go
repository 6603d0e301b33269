//go:build js && wasm

// Command zkinfer-wasm is zkinfer's bundle verifier for browsers: the
// verifier package compiled to WebAssembly (GOOS=js GOARCH=wasm). It
// defines one JavaScript function,
//
//	zkinferVerify(bundle, key, opening) → {valid, error, kind, anchors, keyHash, chainKeyHash, output}
//
// bundle and key are the bytes (Uint8Array) of a proof bundle (JSON or
// binary) and of the verifying key file it names; opening, optional, the
// bytes of the buyer's opening, checked against the bundle's commitments
// without leaving the page. keyHash is the key file's SHA-256 (what a
// bundle names), chainKeyHash the keccak256 of the key's on-chain
// encoding (what the registry records and a deposit pins), so that the
// page can hold the key to the one the escrow judges with. The page (runtime/service/web) loads it;
// `go generate ./runtime/service/web` rebuilds it.
package main

import (
	"bytes"
	"encoding/hex"
	"syscall/js"

	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/verifier"
)

func main() {
	js.Global().Set("zkinferVerify", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return verify(args)
	}))
	js.Global().Set("zkinferVerifierReady", true)
	select {} // keep the function alive
}

// verify is zkinferVerify.
func verify(args []js.Value) map[string]any {
	res := map[string]any{"valid": false}
	if len(args) < 2 {
		res["error"], res["kind"] = "give a bundle and a verifying key", "input"
		return res
	}
	var b prover.Bundle
	if _, err := b.ReadFrom(bytes.NewReader(bytesOf(args[0]))); err != nil {
		res["error"], res["kind"] = err.Error(), "bundle"
		return res
	}
	res["anchors"] = anchors(&b)
	vk, sum, err := prover.ParseVerifyingKey(bytesOf(args[1]), b.Backend)
	if err != nil {
		res["error"], res["kind"] = err.Error(), "key"
		return res
	}
	res["keyHash"] = sum
	if ck, err := prover.ChainKey(vk); err == nil {
		h := prover.ChainKeyHash(ck)
		res["chainKeyHash"] = "0x" + hex.EncodeToString(h[:])
	} else {
		res["chainKeyError"] = err.Error()
	}
	var exp verifier.Expect
	if len(args) > 2 && !args[2].IsNull() && !args[2].IsUndefined() {
		var o prover.Opening
		if _, err := o.ReadFrom(bytes.NewReader(bytesOf(args[2]))); err != nil {
			res["error"], res["kind"] = err.Error(), "opening"
			return res
		}
		exp.Opening = &o
		res["output"] = ints(o.Output)
	}
	if err := verifier.Verify(&b, vk, exp); err != nil {
		res["error"], res["kind"] = err.Error(), verifier.Kind(err)
		return res
	}
	res["valid"] = true
	return res
}

// anchors are what the verdict rests on, as the CLI prints them.
func anchors(b *prover.Bundle) map[string]any {
	a := map[string]any{
		"model": b.Model.Name, "modelCommitment": b.Model.Commitment.String(), "circuitId": b.CircuitID,
		"options": b.Options.String(), "backend": b.Backend, "verifyingKeyHash": b.VerifyingKeyHash,
		"setup": b.Setup, "constraints": b.Constraints, "jobTag": b.JobTag.String(),
		"inputCommitment": b.InputCommitment.String(), "outputCommitment": b.OutputCommitment.String(),
	}
	if b.Job != nil {
		a["job"] = b.Job.String()
	}
	if b.PublicOutput != nil {
		a["publicOutput"] = ints(b.PublicOutput)
	}
	if b.Sealed != nil {
		a["sealedTo"] = b.Sealed.BuyerKey.String()
	}
	return a
}

func bytesOf(v js.Value) []byte {
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	out := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(out, v)
	return out
}

func ints(v []int8) []any {
	out := make([]any, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}
