package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
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
