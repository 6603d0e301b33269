package main

import (
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// TestBuyerKeyIsHashChecked: the buyer's own cached verifying key, which
// pins what the escrow must judge by, is checked against its manifest; an
// altered key file is refused rather than pinned.
func TestBuyerKeyIsHashChecked(t *testing.T) {
	m, err := models.SyntheticMLP("buyer-key", 5, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	opts := prover.DefaultOptions()
	keys, err := prover.Setup(context.Background(), m, opts, cache, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := viper.New()
	v.Set("cache-dir", cache)
	vk, path, setup, err := buyerVerifyingKey(nil, v, m, opts)
	if err != nil || vk == nil || setup != keys.Setup {
		t.Fatalf("cached key: %v, %q, %q", err, path, setup)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-1] ^= 1
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "verifying.key"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := buyerVerifyingKey(nil, v, m, opts); !errors.Is(err, prover.ErrCorruptKeys) {
		t.Errorf("an altered cached key: error %v, want %v", err, prover.ErrCorruptKeys)
	}
}

// TestRequireContribution: a buyer pinning ceremony keys seals them itself
// from the provider's transcript; the deposit check refuses a registry
// entry naming another transcript, and a transcript without the buyer's
// contribution when --require-contribution asks for it.
func TestRequireContribution(t *testing.T) {
	if testing.Short() {
		t.Skip("a small phase 1 and phase 2: seconds of curve arithmetic")
	}
	dir := t.TempDir()
	m, err := models.SyntheticMLP("ceremony-buyer", 6, 4, 3)
	if err != nil {
		t.Fatal(err)
	}
	opts := prover.DefaultOptions()
	ccs, err := prover.Compile(m, opts)
	if err != nil {
		t.Fatal(err)
	}
	beacon := []byte("block hash announced in advance")
	_, srs, err := ceremony.LocalPhase1(ceremony.PowerFor(ccs.GetNbConstraints()), beacon, "provider")
	if err != nil {
		t.Fatal(err)
	}
	srsPath := filepath.Join(dir, "phase1.srs")
	if _, err := ceremony.WriteFile(srsPath, srs); err != nil {
		t.Fatal(err)
	}
	p2, err := ceremony.LocalPhase2(srs, ccs, prover.CircuitID(m, opts), beacon, "provider")
	if err != nil {
		t.Fatal(err)
	}
	provider := p2.Header.Contributions[0].Hash
	transcript := filepath.Join(dir, "phase2.zkc")
	sha, err := ceremony.WriteFile(transcript, p2)
	if err != nil {
		t.Fatal(err)
	}

	v := viper.New()
	v.Set("cache-dir", filepath.Join(dir, "keys"))
	v.Set("ceremony", transcript)
	v.Set("phase1", srsPath)
	cmd := &cobra.Command{}
	cmd.SetContext(context.Background())
	vk, _, setup, err := buyerVerifyingKey(cmd, v, m, opts)
	if err != nil || vk == nil || !strings.Contains(setup, "multi-party ceremony, 1 contribution ") {
		t.Fatalf("buyer's key from the transcript: %v, %q", err, setup)
	}
	var entry contracts.Model
	if _, err := hex.Decode(entry.Transcript[:], []byte(sha)); err != nil {
		t.Fatal(err)
	}
	if err := checkSetupTranscript(v, m, opts, entry); err != nil {
		t.Fatalf("the registered transcript: %v", err)
	}
	v.Set("require-contribution", provider)
	if err := checkSetupTranscript(v, m, opts, entry); err != nil {
		t.Fatalf("a contribution the transcript holds: %v", err)
	}
	v.Set("require-contribution", ceremony.Short(provider))
	if err := checkSetupTranscript(v, m, opts, entry); err != nil {
		t.Fatalf("the short form of a contribution it holds: %v", err)
	}
	v.Set("require-contribution", strings.Repeat("3f", 32)) // the buyer's, never added
	if err := checkSetupTranscript(v, m, opts, entry); err == nil || !strings.Contains(err.Error(), "does not hold contribution") {
		t.Fatalf("a transcript without the buyer's contribution: %v", err)
	}
	v.Set("require-contribution", provider)
	other := entry
	other.Transcript[0] ^= 1
	if err := checkSetupTranscript(v, m, opts, other); err == nil || !strings.Contains(err.Error(), "registered with setup transcript") {
		t.Fatalf("a registry entry naming another transcript: %v", err)
	}
	v.Set("ceremony", "")
	if _, _, _, err := buyerVerifyingKey(cmd, v, m, opts); err == nil || !strings.Contains(err.Error(), "needs --ceremony") {
		t.Fatalf("--require-contribution without a transcript: %v", err)
	}
}
