package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkinfer/zkinfer/prover"
)

// MaxRequestBody bounds the body of POST /v1/jobs unless Config says otherwise.
const MaxRequestBody = 1 << 20

// HeaderSignature carries, on GET /v1/jobs/{id}, the buyer's request
// signature: whoever presents it (the buyer) also gets the output's opening.
const HeaderSignature = "X-Zkinfer-Request-Signature"

// SubmitRequest is the body of POST /v1/jobs: the input of a job that the
// buyer has deposited for, with the salt of its input commitment, signed
// by the buyer as a JobRequest.
type SubmitRequest struct {
	JobID     uint64        `json:"jobId"`
	ModelID   uint64        `json:"modelId"`
	Input     []int8        `json:"input"`
	InputSalt prover.Field  `json:"inputSalt"`
	Signature hexutil.Bytes `json:"signature"`
}

// wireRequest is SubmitRequest as it arrives: input values as plain
// integers so that an out-of-range value gets an error naming it, and
// pointers to tell a missing field from a zero one.
type wireRequest struct {
	JobID     *uint64        `json:"jobId"`
	ModelID   *uint64        `json:"modelId"`
	Input     []int64        `json:"input"`
	InputSalt *prover.Field  `json:"inputSalt"`
	Signature *hexutil.Bytes `json:"signature"`
}

// RequestError is an error about a request, with the HTTP status it
// answers with.
type RequestError struct {
	Status int
	Msg    string
	// RetryAfter is the number of seconds to wait, for 429 and 503.
	RetryAfter int
}

func (e *RequestError) Error() string { return e.Msg }

func reqErr(status int, format string, args ...any) *RequestError {
	return &RequestError{Status: status, Msg: fmt.Sprintf(format, args...)}
}

// DecodeSubmitRequest reads and checks a POST /v1/jobs body: strict JSON
// (no unknown fields, no trailing data), every field present, job and model
// ids positive, input values int8, a 65-byte signature. Errors are
// *RequestError with status 400 or 413.
func DecodeSubmitRequest(r io.Reader, limit int64) (*SubmitRequest, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, reqErr(http.StatusBadRequest, "reading the body: %v", err)
	}
	if int64(len(data)) > limit {
		return nil, reqErr(http.StatusRequestEntityTooLarge, "request body larger than %d bytes", limit)
	}
	var w wireRequest
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&w); err != nil {
		return nil, reqErr(http.StatusBadRequest, "malformed JSON: %v", err)
	}
	if err := d.Decode(&struct{}{}); err != io.EOF {
		return nil, reqErr(http.StatusBadRequest, "malformed JSON: trailing data after the request")
	}
	switch {
	case w.JobID == nil || *w.JobID == 0:
		return nil, reqErr(http.StatusBadRequest, "jobId is required: the escrow's id of the job you deposited for (ids start at 1)")
	case w.ModelID == nil || *w.ModelID == 0:
		return nil, reqErr(http.StatusBadRequest, "modelId is required: the registered model id (see GET /v1/models)")
	case len(w.Input) == 0:
		return nil, reqErr(http.StatusBadRequest, "input is required: a flat array of int8 values")
	case w.InputSalt == nil:
		return nil, reqErr(http.StatusBadRequest, "inputSalt is required: the salt of the job's input commitment (0x and 64 hex digits)")
	case w.Signature == nil:
		return nil, reqErr(http.StatusUnauthorized, "signature is required: the EIP-712 JobRequest signature of the account that made the deposit")
	case len(*w.Signature) != 65:
		return nil, reqErr(http.StatusBadRequest, "signature has %d bytes, want 65 ([R || S || V])", len(*w.Signature))
	}
	in := make([]int8, len(w.Input))
	for i, x := range w.Input {
		if x < -128 || x > 127 {
			return nil, reqErr(http.StatusBadRequest, "input[%d] is %d, outside the int8 range -128..127", i, x)
		}
		in[i] = int8(x)
	}
	return &SubmitRequest{JobID: *w.JobID, ModelID: *w.ModelID, Input: in, InputSalt: *w.InputSalt, Signature: *w.Signature}, nil
}

// MarshalJSON writes the request as DecodeSubmitRequest reads it (input
// values as numbers, not base64).
func (r *SubmitRequest) MarshalJSON() ([]byte, error) {
	in := make([]int64, len(r.Input))
	for i, x := range r.Input {
		in[i] = int64(x)
	}
	return json.Marshal(wireRequest{JobID: &r.JobID, ModelID: &r.ModelID, Input: in, InputSalt: &r.InputSalt, Signature: &r.Signature})
}

// ModelView is one entry of GET /v1/models.
type ModelView struct {
	ID          uint64         `json:"id"`
	Name        string         `json:"name"`
	Commitment  prover.Field   `json:"commitment"`
	CircuitID   string         `json:"circuitId"`
	Options     prover.Options `json:"options"`
	InputShape  []int          `json:"inputShape"`
	OutputShape []int          `json:"outputShape"`
	PriceWei    string         `json:"priceWei"`
	// ChainKeyHash is the keccak256 of the verifying key the registry
	// holds for the model: what judges its proofs on chain.
	ChainKeyHash common.Hash `json:"chainKeyHash"`
	// SetupTranscript is the SHA-256 of the setup transcript the registry
	// records for that key (the provider's word, which a buyer checks off
	// chain); absent when the registry records none (a single-party setup).
	SetupTranscript common.Hash    `json:"setupTranscript,omitzero"`
	Provider        common.Address `json:"provider"`
	// Setup says who could forge proofs under the model's keys.
	Setup string `json:"setup"`
	// ProofSystem and Constraints describe the model's circuit.
	ProofSystem string `json:"proofSystem"`
	Constraints int    `json:"constraints"`
}

// JobView is the answer of GET /v1/jobs/{id} and POST /v1/jobs.
type JobView struct {
	JobID    uint64         `json:"jobId"`
	ModelID  uint64         `json:"modelId"`
	State    State          `json:"state"`
	Error    string         `json:"error,omitempty"`
	Provider common.Address `json:"provider"`
	// Bundle and Attestation are set once the job is proved.
	Bundle      *prover.Bundle `json:"bundle,omitempty"`
	Attestation hexutil.Bytes  `json:"attestation,omitempty"`
	// BatchBundle is set instead of Bundle for a job proved in a batch,
	// with the job's place in it: the buyer checks its own entry.
	BatchBundle *prover.BatchBundle `json:"batchBundle,omitempty"`
	BatchIndex  int                 `json:"batchIndex,omitempty"`
	// Output and OutputSalt open the bundle's output commitment; they are
	// sent only to whoever presents the request's signature.
	Output     []int8        `json:"output,omitempty"`
	OutputSalt *prover.Field `json:"outputSalt,omitempty"`
	// FulfilTx is the hash of the transaction that claims the payment.
	FulfilTx *common.Hash `json:"fulfilTx,omitempty"`
}

// MarshalJSON writes Output as numbers.
func (v JobView) MarshalJSON() ([]byte, error) {
	type plain JobView
	var out []int64
	if v.Output != nil {
		out = make([]int64, len(v.Output))
		for i, x := range v.Output {
			out[i] = int64(x)
		}
	}
	return json.Marshal(struct {
		plain
		Output []int64 `json:"output,omitempty"`
	}{plain(v), out})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (v *JobView) UnmarshalJSON(data []byte) error {
	type plain JobView
	var w struct {
		plain
		Output []int64 `json:"output,omitempty"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*v = JobView(w.plain)
	v.Output = nil
	for i, x := range w.Output {
		if x < -128 || x > 127 {
			return fmt.Errorf("output[%d] is %d, outside the int8 range", i, x)
		}
		v.Output = append(v.Output, int8(x))
	}
	return nil
}

// errorBody is the body of every 4xx and 5xx answer.
type errorBody struct {
	Error string `json:"error"`
}

// APIError is a provider's error answer, as the client sees it.
type APIError struct {
	Status     int
	Msg        string
	RetryAfter int
}

func (e *APIError) Error() string { return fmt.Sprintf("provider answered %d: %s", e.Status, e.Msg) }

// IsStatus reports whether err is an APIError with the given status.
func IsStatus(err error, status int) bool {
	var a *APIError
	return errors.As(err, &a) && a.Status == status
}
