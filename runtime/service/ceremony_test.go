package service

import (
	"bytes"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// TestCeremonyKeysPayOnChain: keys sealed from a three-contributor phase 2
// (on a one-contributor phase 1) are registered with their transcript's
// hash; a buyer pins them, the provider proves and is paid on chain; a
// tampered proof under the same key is refused by the escrow, and the
// honest one then pays.
func TestCeremonyKeysPayOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("a phase 1 of 2^12 powers and a phase 2: seconds of curve arithmetic")
	}
	w := getWorld(t)
	dir := t.TempDir()
	m, err := models.SyntheticMLP("ceremony-mlp", 5, 8, 4)
	if err != nil {
		t.Fatal(err)
	}
	opts := prover.DefaultOptions()
	ccs, err := prover.Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	beacon := []byte("block 0x5eed announced in advance")
	_, srs, err := ceremony.LocalPhase1(ceremony.PowerFor(ccs.GetNbConstraints()), beacon, "provider")
	if err != nil {
		t.Fatal(err)
	}
	srsPath := filepath.Join(dir, "phase1.srs")
	if _, err := ceremony.WriteFile(srsPath, srs); err != nil {
		t.Fatal(err)
	}
	p2, err := ceremony.LocalPhase2(srs, ccs, prover.CircuitID(m, opts), beacon, "provider", "buyer", "auditor")
	if err != nil {
		t.Fatal(err)
	}
	transcript := filepath.Join(dir, "phase2.zkc")
	if _, err := ceremony.WriteFile(transcript, p2); err != nil {
		t.Fatal(err)
	}
	keys, err := prover.SetupCeremony(w.ctx, m, opts, transcript, srsPath, filepath.Join(dir, "keys"), nil)
	if err != nil {
		t.Fatal(err)
	}

	cm := w.register(t, m, keys, func(r *contracts.Registration) {
		r.Transcript, r.URI = keys.TranscriptHash(), "zkinfer://test/ceremony"
	})
	id := new(big.Int).SetUint64(cm.ID)
	entry, err := w.market.Model(w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if entry.Transcript != keys.TranscriptHash() || entry.Transcript == ([32]byte{}) {
		t.Fatalf("registry records transcript %x, the keys name %s", entry.Transcript, keys.Transcript)
	}

	// a paid job, proven and claimed by the service
	p := startProvider(t, w, t.TempDir(), true, func(cfg *Config) {
		cfg.Models = append(cfg.Models, cm)
	})
	b := w.buyerFor(t, w.buyer, p.srv.URL)

	// the provider publishes the transcript; the buyer gets the file the
	// registry names
	var got bytes.Buffer
	if err := b.Client.Transcript(w.ctx, cm.ID, &got, 1<<30); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(transcript)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("served transcript: %d bytes, the file has %d", got.Len(), len(want))
	}
	var apiErr *APIError
	if err := b.Client.Transcript(w.ctx, w.modelID, io.Discard, 1<<30); !errors.As(err, &apiErr) || apiErr.Status != 404 {
		t.Errorf("transcript of a model with single-party keys: %v", err)
	}
	if err := b.Client.Transcript(w.ctx, cm.ID, io.Discard, 100); err == nil {
		t.Error("a transcript above the limit was read")
	}

	input := []int8{1, -2, 3, -4, 5, -6, 7, -8}
	pur, err := b.Deposit(w.ctx, cm.ID, m, opts, keys.VK, input, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	v, err := b.Wait(w.ctx, pur, 20*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Check(pur, v, keys.VK); err != nil {
		t.Fatalf("honest answer under ceremony keys rejected: %v", err)
	}
	if st, err := b.WaitPaid(w.ctx, pur, 20*time.Millisecond); err != nil || st != contracts.JobPaid {
		t.Fatalf("escrow state %d, %v", st, err)
	}

	// a second job, claimed by hand: a tampered proof is refused on chain
	pur2, err := b.Deposit(w.ctx, cm.ID, m, opts, keys.VK, input, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	salt := pur2.Request.InputSalt.Element()
	bundle, _, _, err := prover.Prove(w.ctx, keys, m, input, &salt, pur2.Job())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := prover.SolidityProof(bundle)
	if err != nil {
		t.Fatal(err)
	}
	from, err := w.chain.Transactor(w.ctx, w.provider)
	if err != nil {
		t.Fatal(err)
	}
	out, pub := prover.ChainInputs(bundle.Statement())
	jobID := new(big.Int).SetUint64(pur2.JobID)
	bad := bytes.Clone(proof)
	bad[40] ^= 1
	if _, err := w.market.Fulfill(w.ctx, from, jobID, out, pub, bad); err == nil {
		t.Fatal("the escrow paid a tampered proof under ceremony keys")
	}
	if _, err := w.market.Fulfill(w.ctx, from, jobID, new(big.Int).Add(out, big.NewInt(1)), pub, proof); err == nil {
		t.Fatal("the escrow paid a proof for another output commitment")
	}
	if _, err := w.market.Fulfill(w.ctx, from, jobID, out, pub, proof); err != nil {
		t.Fatalf("honest proof under ceremony keys refused on chain: %v", err)
	}
	job, err := w.market.Job(w.ctx, jobID)
	if err != nil || job.State != contracts.JobPaid {
		t.Fatalf("job state %v, %v", job.State, err)
	}
}
