package cluster

import (
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// Names on the NATS account; one provider service per account.
const (
	// StreamTasks is the work queue of tasks; SubjectTasks its subject.
	StreamTasks  = "ZKINFER_TASKS"
	SubjectTasks = "zkinfer.tasks"
	// ConsumerProvers is the durable consumer every worker pulls from.
	ConsumerProvers = "provers"
	// SubjectResults takes results as requests; the service answers once
	// a result is stored.
	SubjectResults = "zkinfer.results"
	// BucketKeys is the object store of circuit keys (keys/<key folder>,
	// a tar of the folder) and models (models/<commitment>).
	BucketKeys = "zkinfer-keys"
)

// taskMsg is a task on the stream: what a worker needs to prove it, with
// the model and keys named by hash.
type taskMsg struct {
	ID        string    `json:"id"`
	Published time.Time `json:"published"`
	// Model is the model's commitment: object models/<Model>.
	Model string `json:"model"`
	// Circuit and VKHash name the keys; KeyDir is their object
	// keys/<KeyDir>.
	Circuit  string         `json:"circuit"`
	VKHash   string         `json:"vkHash"`
	KeyDir   string         `json:"keyDir"`
	ChainID  *big.Int       `json:"chainId"`
	Escrow   common.Address `json:"escrow"`
	Provider common.Address `json:"provider"`
	Jobs     []taskJob      `json:"jobs"`
}

type taskJob struct {
	ID uint64 `json:"id"`
	// Input holds the int8 input as bytes (base64 in JSON).
	Input     []byte        `json:"input"`
	InputSalt prover.Field  `json:"inputSalt"`
	BuyerKey  *prover.Field `json:"buyerKey,omitempty"`
}

func newTaskMsg(id string, t *service.Task) *taskMsg {
	m := &taskMsg{ID: id, Published: time.Now(), Model: modelObject(t.Model.Commitment()), Circuit: t.Keys.ID, VKHash: t.Keys.VKHash,
		KeyDir: filepath.Base(t.Keys.Dir), ChainID: t.Domain.ChainID, Escrow: t.Domain.Escrow, Provider: t.Provider}
	for _, j := range t.Jobs {
		in := make([]byte, len(j.Input))
		for i, v := range j.Input {
			in[i] = byte(v)
		}
		m.Jobs = append(m.Jobs, taskJob{ID: j.ID, Input: in, InputSalt: prover.Field(j.InputSalt), BuyerKey: j.BuyerKey})
	}
	return m
}

func (m *taskMsg) check() error {
	switch {
	case m.ID == "" || m.Circuit == "" || m.VKHash == "" || m.Model == "":
		return fmt.Errorf("task %q names no model or circuit", m.ID)
	case m.KeyDir == "" || m.KeyDir != filepath.Base(m.KeyDir) || m.KeyDir == "." || m.KeyDir == "..":
		return fmt.Errorf("task %s: key folder %q", m.ID, m.KeyDir)
	case len(m.Jobs) == 0 || m.ChainID == nil:
		return fmt.Errorf("task %s has no job", m.ID)
	}
	return nil
}

// jobs are the task's jobs as the service's.
func (m *taskMsg) jobs() []service.TaskJob {
	out := make([]service.TaskJob, len(m.Jobs))
	for i, j := range m.Jobs {
		in := make([]int8, len(j.Input))
		for k, b := range j.Input {
			in[k] = int8(b)
		}
		out[i] = service.TaskJob{ID: j.ID, Input: in, InputSalt: j.InputSalt.Element(), BuyerKey: j.BuyerKey}
	}
	return out
}

// resultMsg is a worker's answer to a task: its proof, or why it could not
// be made.
type resultMsg struct {
	Task        string              `json:"task"`
	Worker      string              `json:"worker"`
	Bundle      *prover.Bundle      `json:"bundle,omitempty"`
	BatchBundle *prover.BatchBundle `json:"batchBundle,omitempty"`
	Openings    []*prover.Opening   `json:"openings,omitempty"`
	// Started is when the worker started the proof.
	Started   time.Time     `json:"started"`
	ProveTime time.Duration `json:"proveTime"`
	// Error says why the task cannot be proved (its jobs fail).
	Error string `json:"error,omitempty"`
}

// The service's answers to a result.
const (
	// replyStored: the result (or the task's failure) is stored.
	replyStored = "stored"
	// replyIgnored: the task is not waited for (a duplicate or late
	// result, or a task of an earlier run of the service).
	replyIgnored = "ignored"
	// replyRejected: the result does not prove its task; the task fails.
	replyRejected = "rejected"
	// replyRetry: the service could not store it now; deliver the task
	// again.
	replyRetry = "retry"
)

type replyMsg struct {
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}

func encode(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain data is encoded
	}
	return data
}
