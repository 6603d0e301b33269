package cluster

import (
	"encoding/json"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// TestTaskCarriesBuyerKey: a task of an encrypted output reaches a worker
// with its job's buyer key, so the worker seals the output to it; a task
// without one stays without.
func TestTaskCarriesBuyerKey(t *testing.T) {
	m, err := models.SyntheticMLP("wire", 1, 4, 2)
	if err != nil {
		t.Fatal(err)
	}
	key := prover.DeriveBuyerSecret([]byte("buyer")).Public()
	task := &service.Task{Model: m, Keys: &prover.Keys{ID: "c", VKHash: "h", Dir: "/k/d"},
		Domain:   service.Domain{ChainID: big.NewInt(1337), Escrow: common.HexToAddress("0xe5")},
		Provider: common.HexToAddress("0x9a"),
		Jobs:     []service.TaskJob{{ID: 7, Input: []int8{-128, 0, 5, 127}, BuyerKey: &key}, {ID: 8, Input: []int8{1, 2, 3, 4}}}}
	data, err := json.Marshal(newTaskMsg("t", task))
	if err != nil {
		t.Fatal(err)
	}
	var back taskMsg
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	jobs := back.jobs()
	if jobs[0].BuyerKey == nil || *jobs[0].BuyerKey != key || jobs[1].BuyerKey != nil {
		t.Errorf("buyer keys %v, %v after the wire, want %s and none", jobs[0].BuyerKey, jobs[1].BuyerKey, key)
	}
	if !slices.Equal(jobs[0].Input, task.Jobs[0].Input) {
		t.Errorf("input %v after the wire", jobs[0].Input)
	}
}
