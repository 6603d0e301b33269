package service

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	bolt "go.etcd.io/bbolt"

	"github.com/zkinfer/zkinfer/prover"
)

// State is where a job is in the provider's pipeline.
type State string

// Job states. A job moves forward only:
// deposited → queued → proving → proved → submitted → paid, or ends failed
// or expired.
const (
	// StateDeposited: the escrow holds a deposit; the buyer has not sent the input.
	StateDeposited State = "deposited"
	// StateQueued: the input is accepted and stored, waiting for a worker.
	StateQueued State = "queued"
	// StateProving: a worker is proving; after a crash the job is queued again.
	StateProving State = "proving"
	// StateProved: the bundle and its attestation are stored.
	StateProved State = "proved"
	// StateSubmitted: a signed fulfil transaction is stored and was sent.
	StateSubmitted State = "submitted"
	// StatePaid: the escrow paid the provider.
	StatePaid State = "paid"
	// StateFailed: the job cannot be completed (see Error).
	StateFailed State = "failed"
	// StateExpired: the deadline passed, or the buyer was refunded, unpaid.
	StateExpired State = "expired"
)

// States lists every state, in pipeline order.
var States = []State{StateDeposited, StateQueued, StateProving, StateProved, StateSubmitted, StatePaid, StateFailed, StateExpired}

// Terminal reports whether no further work will be done on the job.
func (s State) Terminal() bool { return s == StatePaid || s == StateFailed || s == StateExpired }

// Job is the provider's durable record of one escrowed job.
type Job struct {
	ID       uint64         `json:"id"`
	ModelID  uint64         `json:"modelId"`
	Buyer    common.Address `json:"buyer"`
	Deadline uint64         `json:"deadline"`
	State    State          `json:"state"`
	Error    string         `json:"error,omitempty"`

	// The buyer's request: its input, the salt of the input commitment and
	// the buyer's EIP-712 signature.
	Input            []int8        `json:"input,omitempty"`
	InputSalt        prover.Field  `json:"inputSalt"`
	RequestSignature hexutil.Bytes `json:"requestSignature,omitempty"`

	// The result: the bundle, the opening of its output and the provider's
	// attestation.
	Bundle      *prover.Bundle `json:"bundle,omitempty"`
	Output      []int8         `json:"output,omitempty"`
	OutputSalt  prover.Field   `json:"outputSalt"`
	Attestation hexutil.Bytes  `json:"attestation,omitempty"`
	ProveTime   time.Duration  `json:"proveTime,omitempty"`
	// Worker names the remote worker that proved the job ("" in process).
	Worker string `json:"worker,omitempty"`

	// BuyerKey is the encryption key the buyer named at deposit, for a
	// model whose output is encrypted (the escrow's record).
	BuyerKey *prover.Field `json:"buyerKey,omitempty"`

	// BatchKeys is how many of the model's batch keys the buyer accepted
	// at deposit (the escrow's record): 0 keeps the job out of batches.
	BatchKeys uint16 `json:"batchKeys,omitempty"`
	// A job proved in a batch holds the batch's bundle and its place in it
	// instead of Bundle, and the registry index of the batch key.
	BatchBundle *prover.BatchBundle `json:"batchBundle,omitempty"`
	BatchIndex  int                 `json:"batchIndex,omitempty"`
	BatchKey    uint64              `json:"batchKey,omitempty"`

	// The fulfil transaction, stored signed before it is sent (the same
	// transaction in every job of a batch).
	FulfilTx     hexutil.Bytes `json:"fulfilTx,omitempty"`
	FulfilTxHash common.Hash   `json:"fulfilTxHash"`
	FulfilGas    uint64        `json:"fulfilGas,omitempty"`
	// Attempts counts failed chain attempts; NextAttempt is when to retry.
	Attempts    int       `json:"attempts,omitempty"`
	NextAttempt time.Time `json:"nextAttempt"`

	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

var (
	bucketJobs = []byte("jobs")
	bucketMeta = []byte("meta")
	keyCursor  = []byte("watcher-cursor")
	keyFormat  = []byte("format")
)

// storeFormat is the version of the store's layout.
const storeFormat = 1

// ErrJobExists is returned by Insert for a job that already has a request.
var ErrJobExists = errors.New("job already submitted")

// Store is the provider's durable job store: one bbolt file. Every write
// is committed (and fsync'd) before it returns, so a job acknowledged to a
// buyer survives a crash.
type Store struct {
	db *bolt.DB
}

// OpenStore opens or creates the store at path. Only one process may hold
// it; a second waits up to two seconds and fails.
func OpenStore(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("job store %s is in use by another process", path)
		}
		return nil, fmt.Errorf("job store %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketJobs, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keyFormat); v != nil {
			if f := binary.BigEndian.Uint64(v); f != storeFormat {
				return fmt.Errorf("store format %d, this build reads format %d", f, storeFormat)
			}
			return nil
		}
		return meta.Put(keyFormat, be64(storeFormat))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("job store %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

func be64(x uint64) []byte { return binary.BigEndian.AppendUint64(nil, x) }

// Get returns a job, or false when the store has none of that id.
func (s *Store) Get(id uint64) (*Job, bool, error) {
	var j *Job
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		j, err = getJob(tx, id)
		return err
	})
	return j, j != nil, err
}

func getJob(tx *bolt.Tx, id uint64) (*Job, error) {
	v := tx.Bucket(bucketJobs).Get(be64(id))
	if v == nil {
		return nil, nil
	}
	var j Job
	if err := json.Unmarshal(v, &j); err != nil {
		return nil, fmt.Errorf("job %d in the store: %w", id, err)
	}
	return &j, nil
}

func putJob(tx *bolt.Tx, j *Job) error {
	j.Updated = time.Now().UTC()
	if j.Created.IsZero() {
		j.Created = j.Updated
	}
	v, err := json.Marshal(j)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketJobs).Put(be64(j.ID), v)
}

// Put writes a job.
func (s *Store) Put(j *Job) error {
	return s.db.Update(func(tx *bolt.Tx) error { return putJob(tx, j) })
}

// Insert stores the buyer's request for a job in one transaction: it fails
// with ErrJobExists when the job already holds a request, so a request can
// be accepted once only. A job the watcher recorded as deposited is
// completed with the request.
func (s *Store) Insert(j *Job) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		old, err := getJob(tx, j.ID)
		if err != nil {
			return err
		}
		if old != nil && (old.RequestSignature != nil || old.State != StateDeposited) {
			return fmt.Errorf("%w: job %d is %s", ErrJobExists, j.ID, old.State)
		}
		if old != nil {
			j.Created = old.Created
		}
		return putJob(tx, j)
	})
}

// Record stores a job the watcher saw deposited, unless the store already
// has it. It reports whether the job is new.
func (s *Store) Record(j *Job) (bool, error) {
	added := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketJobs).Get(be64(j.ID)) != nil {
			return nil
		}
		added = true
		return putJob(tx, j)
	})
	return added, err
}

// Update applies fn to a stored job and writes it back, in one transaction.
func (s *Store) Update(id uint64, fn func(*Job) error) (*Job, error) {
	var j *Job
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		if j, err = getJob(tx, id); err != nil {
			return err
		}
		if j == nil {
			return fmt.Errorf("job %d is not in the store", id)
		}
		if err := fn(j); err != nil {
			return err
		}
		return putJob(tx, j)
	})
	return j, err
}

// UpdateAll applies fn to every job of ids and writes them back, all in
// one transaction: either every job changes or none does.
func (s *Store) UpdateAll(ids []uint64, fn func(*Job) error) ([]*Job, error) {
	out := make([]*Job, len(ids))
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i, id := range ids {
			j, err := getJob(tx, id)
			if err != nil {
				return err
			}
			if j == nil {
				return fmt.Errorf("job %d is not in the store", id)
			}
			if err := fn(j); err != nil {
				return err
			}
			if err := putJob(tx, j); err != nil {
				return err
			}
			out[i] = j
		}
		return nil
	})
	return out, err
}

// List returns the jobs for which keep is true (every job when keep is
// nil), in id order.
func (s *Store) List(keep func(*Job) bool) ([]*Job, error) {
	var out []*Job
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJobs).ForEach(func(k, v []byte) error {
			var j Job
			if err := json.Unmarshal(v, &j); err != nil {
				return fmt.Errorf("job %d in the store: %w", binary.BigEndian.Uint64(k), err)
			}
			if keep == nil || keep(&j) {
				out = append(out, &j)
			}
			return nil
		})
	})
	return out, err
}

// Count returns the number of jobs in each state.
func (s *Store) Count() (map[State]int, error) {
	n := map[State]int{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJobs).ForEach(func(_, v []byte) error {
			var j struct {
				State State `json:"state"`
			}
			if err := json.Unmarshal(v, &j); err != nil {
				return err
			}
			n[j.State]++
			return nil
		})
	})
	return n, err
}

// Cursor is the last block the chain watcher has scanned, and false when
// it has scanned none.
func (s *Store) Cursor() (uint64, bool, error) {
	var c uint64
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyCursor); v != nil {
			c, ok = binary.BigEndian.Uint64(v), true
		}
		return nil
	})
	return c, ok, err
}

// SetCursor records the last block the chain watcher has scanned.
func (s *Store) SetCursor(block uint64) error {
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyCursor, be64(block)) })
}
