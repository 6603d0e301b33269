package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/contracts"
)

// TestRandomActionsKeepInvariants drives the escrow with random actions of
// several buyers and providers, honest and dishonest, and checks after every
// step that the escrow holds exactly the open deposits (plus deferred
// payments), that no job is paid twice, and that only a valid proof pays.
func TestRandomActionsKeepInvariants(t *testing.T) {
	const steps = 240 // a few seconds on the embedded chain, and a proof per claim
	const samples = 3 // MNIST images the buyers commit to
	rng := rand.New(rand.NewSource(42))
	e := newEnv(t, 3, 4)
	price := big.NewInt(1e15)
	models := map[int64]*ecdsa.PrivateKey{} // model id → provider
	var modelIDs []*big.Int
	for i, p := range e.providers {
		variant := []string{"plain", "commit"}[i%2]
		id := e.register(p, variant, nil, price)
		models[id.Int64()] = p
		modelIDs = append(modelIDs, id)
	}
	variantOf := func(model *big.Int) string { return []string{"plain", "commit"}[(model.Int64()-1)%2] }

	type job struct {
		id       *big.Int
		model    *big.Int
		provider *ecdsa.PrivateKey
		buyer    *ecdsa.PrivateKey
		proof    int // index of the honest proof for its input
		amount   *big.Int
		deadline uint64
		state    int
	}
	var jobs []*job
	open := new(big.Int)
	paid := map[int64]bool{}
	counts := map[string]int{}

	check := func(step int, what string) {
		t.Helper()
		owed, err := e.market.TotalOwed(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		onChainOpen, err := e.market.OpenDeposits(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Add(open, owed)
		if bal := e.balance(e.market.Escrow); bal.Cmp(want) != 0 || onChainOpen.Cmp(open) != 0 {
			t.Fatalf("step %d (%s): escrow holds %v, open deposits %v (contract says %v), owed %v", step, what, bal, open, onChainOpen, owed)
		}
	}

	for step := range steps {
		var what string
		switch a := rng.Intn(10); {
		case a < 3 || len(jobs) == 0: // a buyer opens a job
			model := modelIDs[rng.Intn(len(modelIDs))]
			buyer := e.buyers[rng.Intn(len(e.buyers))]
			pi := rng.Intn(samples)
			amount := new(big.Int).Add(price, big.NewInt(rng.Int63n(1e15)))
			deadline := e.now() + uint64(300+rng.Intn(3000))
			id, err := e.createJob(buyer, amount, model, variantOf(model), inputCommitment(prove(t, variantOf(model), pi, nil)), models[model.Int64()], deadline)
			if err != nil {
				t.Fatalf("step %d: createJob: %v", step, err)
			}
			jobs = append(jobs, &job{id, model, models[model.Int64()], buyer, pi, amount, deadline, contracts.JobOpen})
			open.Add(open, amount)
			what = "create"
		case a < 7: // someone claims a job, honestly or not; mostly an open one
			j := jobs[rng.Intn(len(jobs))]
			for try := 0; try < 3 && j.state != contracts.JobOpen; try++ {
				j = jobs[rng.Intn(len(jobs))]
			}
			from, pi, bound := j.provider, j.proof, j.id
			honest := true
			switch rng.Intn(4) {
			case 0: // the proof of another input
				pi = (pi + 1 + rng.Intn(samples-1)) % samples
				honest = false
			case 1: // a front-runner copies the honest proof
				from = e.providers[rng.Intn(len(e.providers))]
				honest = from == j.provider
			case 2: // the proof of another job on the same input
				bound = jobs[rng.Intn(len(jobs))].id
				honest = bound.Cmp(j.id) == 0
			}
			p := prove(t, variantOf(j.model), pi, e.job(bound, j.provider))
			before := e.balance(contracts.Address(from))
			r, err := e.market.Fulfill(e.ctx, e.tx(from, nil), j.id, outputCommitment(p), nil, p.sol)
			valid := honest && j.state == contracts.JobOpen && e.now() <= j.deadline
			switch {
			case valid && err != nil:
				t.Fatalf("step %d: honest fulfil rejected: %v", step, err)
			case !valid && err == nil:
				t.Fatalf("step %d: invalid fulfil paid (job %v state %d, honest %v)", step, j.id, j.state, honest)
			case valid:
				if paid[j.id.Int64()] {
					t.Fatalf("step %d: job %v paid twice", step, j.id)
				}
				paid[j.id.Int64()] = true
				got := new(big.Int).Sub(e.balance(contracts.Address(from)), before)
				if got.Add(got, gasCost(r)).Cmp(j.amount) != 0 {
					t.Fatalf("step %d: provider got %v for a deposit of %v", step, got, j.amount)
				}
				j.state = contracts.JobPaid
				open.Sub(open, j.amount)
				what = "fulfil"
			default:
				if e.balance(contracts.Address(from)).Cmp(before) != 0 {
					t.Fatalf("step %d: a rejected fulfil moved funds", step)
				}
				what = "rejected fulfil"
			}
		case a < 8: // a refund, due or not
			j := jobs[rng.Intn(len(jobs))]
			_, err := e.market.Refund(e.ctx, e.tx(e.buyers[rng.Intn(len(e.buyers))], nil), j.id)
			due := j.state == contracts.JobOpen && e.now() > j.deadline
			if due != (err == nil) {
				t.Fatalf("step %d: refund of job %v (state %d, due %v): %v", step, j.id, j.state, due, err)
			}
			if due {
				j.state = contracts.JobRefunded
				open.Sub(open, j.amount)
				what = "refund"
			} else {
				what = "rejected refund"
			}
		default: // time passes
			if err := e.b.AdvanceTime(time.Duration(30+rng.Intn(300)) * time.Second); err != nil {
				t.Fatal(err)
			}
			what = "time"
		}
		counts[what]++
		check(step, what)
	}
	t.Logf("%d steps: %v", steps, counts)
	for _, want := range []string{"create", "fulfil", "rejected fulfil", "refund", "rejected refund"} {
		if counts[want] == 0 {
			t.Errorf("the random sequence never did %q", want)
		}
	}
}
