package service

import (
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
)

// TestServeImageOfThreeChannels: the service takes models of any input
// shape. A model on 3×4×4 inputs is registered beside the MNIST MLP, a
// buyer pays for one inference, the provider proves it and is paid, and
// the buyer's checks pass; an input of the MLP's shape is refused for it.
func TestServeImageOfThreeChannels(t *testing.T) {
	w := getWorld(t)
	m, err := models.SyntheticMLP("rgb-4x4", 3, 48, 3)
	if err != nil {
		t.Fatal(err)
	}
	m.Tensors[m.Input].Shape = models.Shape{3, 4, 4}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	keys, err := prover.Setup(w.ctx, m, prover.DefaultOptions(), t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	sm := w.register(t, m, keys, func(r *contracts.Registration) { r.URI = "zkinfer://test/rgb-4x4" })
	p := startProvider(t, w, t.TempDir(), true, func(cfg *Config) {
		cfg.Models = append(cfg.Models, sm)
	})
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	input := make([]int8, 48)
	for i := range input {
		input[i] = int8(i*5 - 120)
	}
	if _, err := b.Deposit(w.ctx, sm.ID, m, keys.Options, keys.VK, sample(0), nil, time.Hour); err == nil {
		t.Fatal("a deposit with a 28×28 input for a 3×4×4 model was accepted")
	}
	pur, err := b.Deposit(w.ctx, sm.ID, m, keys.Options, keys.VK, input, nil, time.Hour)
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
		t.Fatalf("honest answer rejected: %v", err)
	}
	tr, err := runtime.Execute(w.ctx, m, input)
	if err != nil {
		t.Fatal(err)
	}
	want := tr.Output(m)
	for i := range want {
		if v.Output[i] != want[i] {
			t.Fatalf("output %v, the runtime says %v", v.Output, want)
		}
	}
	if st, err := b.WaitPaid(w.ctx, pur, 20*time.Millisecond); err != nil || st != contracts.JobPaid {
		t.Fatalf("escrow state %d, %v", st, err)
	}
	// its twin: a changed output does not pass the buyer's check
	v.Output[0]++
	if err := b.Check(pur, v, keys.VK); err == nil {
		t.Error("a changed output passed the buyer's check")
	}
}
