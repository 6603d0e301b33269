package service

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
)

// Handler is the service's HTTP API:
//
//	GET  /v1/models      the served models (id, commitment, options, price, verifier)
//	POST /v1/jobs        submit the input of a deposited job (SubmitRequest)
//	GET  /v1/models/{id}/transcript  the ceremony transcript the model's keys were sealed from
//	GET  /v1/jobs/{id}   a job's state, and its bundle and attestation once proved
//	GET  /v1/jobs        the jobs, newest first (JobSummary: no input, no output)
//	GET  /v1/jobs/{id}/bundle  a proved job's bundle, as a download
//	GET  /v1/models/{id}/vk    the verifying key file of a served model
//	GET  /v1/stats       live figures: queue depth, prove time, jobs per minute
//	GET  /healthz        liveness and the chain's reachability
//	GET  /metrics        Prometheus metrics
//	GET  /               the page (models, jobs, figures, the in-browser verifier)
//	GET  /verify.html    the verifier alone, as one self-contained file
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	s.pageRoutes(mux)
	mux.HandleFunc("GET /v1/models", s.count("models", s.handleModels))
	mux.HandleFunc("GET /v1/models/{id}/transcript", s.count("transcript", s.handleTranscript))
	mux.HandleFunc("POST /v1/jobs", s.count("submit", s.handleSubmit))
	mux.HandleFunc("GET /v1/jobs/{id}", s.count("job", s.handleJob))
	mux.HandleFunc("GET /healthz", s.count("healthz", s.handleHealth))
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("/", s.count("other", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, reqErr(http.StatusNotFound, "no such endpoint: %s %s (see GET /v1/models, POST /v1/jobs, GET /v1/jobs/{id})", r.Method, r.URL.Path))
	}))
	return mux
}

// statusWriter remembers the status code for the request counter.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (s *Service) count(route string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		h(sw, r)
		s.metrics.requests.WithLabelValues(route, strconv.Itoa(sw.code)).Inc()
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetIndent("", "  ")
	if err := e.Encode(v); err != nil {
		http.Error(w, `{"error":"encoding the answer failed"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// writeError answers with a RequestError's status and message; any other
// error is logged and answered with a bare 500, since it may hold what a
// caller should not see (the node's URL, paths).
func (s *Service) writeError(w http.ResponseWriter, err error) {
	var re *RequestError
	if !errors.As(err, &re) {
		s.log.Error("request failed", "err", err)
		re = &RequestError{Status: http.StatusInternalServerError, Msg: "internal error (see the provider's log)"}
	}
	if re.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(re.RetryAfter))
	}
	writeJSON(w, re.Status, errorBody{Error: re.Msg})
}

func (s *Service) handleModels(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.Models())
}

// handleTranscript serves the phase-2 transcript of a model's ceremony
// keys, which a buyer checks against the registry's hash and seals the
// keys from itself.
func (s *Service) handleTranscript(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	m := s.models[id]
	if err != nil || m == nil {
		s.writeError(w, reqErr(http.StatusNotFound, "no model %q served here (see GET /v1/models)", r.PathValue("id")))
		return
	}
	path := m.keys.TranscriptPath()
	if path == "" {
		s.writeError(w, reqErr(http.StatusNotFound, "model #%d's keys come from no ceremony (setup: %s)", id, m.keys.Setup))
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	http.ServeFile(w, r, path)
}

func (s *Service) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	head, err := s.cfg.Chain.Head(ctx)
	if err != nil {
		s.metrics.chainErrors.WithLabelValues("health").Inc()
		s.log.Warn("health: chain unreachable", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "chain unreachable"})
		return
	}
	s.watchMu.Lock()
	scanned := s.watchHead
	s.watchMu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "provider": s.addr(), "chainHead": head.Number.Uint64(),
		"watcherBlock": scanned, "queueDepth": s.queue.len()})
}

// handleSubmit accepts the input of a deposited job. It answers 202 once
// the job is stored, and so survives a crash; before that, each check that
// fails answers 4xx with what is wrong.
func (s *Service) handleSubmit(w http.ResponseWriter, r *http.Request) {
	req, err := DecodeSubmitRequest(r.Body, s.cfg.MaxBody)
	if err != nil {
		s.writeError(w, err)
		return
	}
	j, err := s.admit(r.Context(), req)
	if err != nil {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Location", fmt.Sprintf("/v1/jobs/%d", j.ID))
	writeJSON(w, http.StatusAccepted, s.view(j, false))
}

func (s *Service) admit(ctx context.Context, req *SubmitRequest) (*Job, error) {
	m, ok := s.models[req.ModelID]
	if !ok {
		var ids []string
		for _, v := range s.Models() {
			ids = append(ids, strconv.FormatUint(v.ID, 10))
		}
		return nil, reqErr(http.StatusNotFound, "unknown model %d: this provider serves model %s", req.ModelID, strings.Join(ids, ", "))
	}
	if want := m.model.InputShape().Size(); len(req.Input) != want {
		return nil, reqErr(http.StatusUnprocessableEntity, "input has %d values; model %d (%s) takes shape %v, %d values", len(req.Input), req.ModelID, m.model.Name, m.model.InputShape(), want)
	}
	if old, ok, err := s.cfg.Store.Get(req.JobID); err != nil {
		return nil, err
	} else if ok && old.RequestSignature != nil {
		return nil, reqErr(http.StatusConflict, "job %d was already submitted (state %s): a request is accepted once", req.JobID, old.State)
	}
	cj, err := s.cfg.Market.Job(ctx, new(big.Int).SetUint64(req.JobID))
	if contracts.IsRevert(err, "UnknownJob") {
		return nil, reqErr(http.StatusNotFound, "no job %d in the escrow %s: deposit first", req.JobID, s.cfg.Market.Escrow.Hex())
	}
	if err != nil {
		s.metrics.chainErrors.WithLabelValues("read-job").Inc()
		s.log.Warn("reading a job from the chain", "job", req.JobID, "err", err)
		return nil, &RequestError{Status: http.StatusServiceUnavailable, Msg: "the provider cannot read the job from its chain node: retry later", RetryAfter: 5}
	}
	switch {
	case cj.Provider != s.addr():
		return nil, reqErr(http.StatusForbidden, "job %d is bound to provider %s, not to this one (%s)", req.JobID, cj.Provider.Hex(), s.addr().Hex())
	case cj.State != contracts.JobOpen:
		return nil, reqErr(http.StatusConflict, "job %d is no longer open (escrow state %d)", req.JobID, cj.State)
	case !cj.ModelId.IsUint64() || cj.ModelId.Uint64() != req.ModelID:
		return nil, reqErr(http.StatusBadRequest, "job %d is for model %v, the request names model %d", req.JobID, cj.ModelId, req.ModelID)
	}
	var commitment prover.Field
	if err := commitment.UnmarshalText(fmt.Appendf(nil, "0x%064x", cj.InputCommitment)); err != nil {
		return nil, err
	}
	sig := JobRequest{JobID: req.JobID, ModelID: req.ModelID, InputCommitment: commitment, Provider: s.addr()}.Hash(s.domain)
	if err := checkSigner("the request", sig, req.Signature, cj.Buyer); err != nil {
		return nil, reqErr(http.StatusUnauthorized, "%v (the account that deposited for job %d)", err, req.JobID)
	}
	salt := req.InputSalt.Element()
	if m.keys.Options.Input == prover.Public && !salt.IsZero() {
		return nil, reqErr(http.StatusBadRequest, "model %d takes a public input: inputSalt must be zero", req.ModelID)
	}
	if c, want := models.CommitTensor(models.DomainInput, salt, req.Input), commitment.Element(); !c.Equal(&want) {
		return nil, reqErr(http.StatusBadRequest, "the input and inputSalt do not open job %d's input commitment %s", req.JobID, commitment)
	}
	head, err := s.cfg.Chain.Head(ctx)
	if err != nil {
		s.log.Warn("reading the chain head", "err", err)
		return nil, &RequestError{Status: http.StatusServiceUnavailable, Msg: "the provider cannot read its chain node: retry later", RetryAfter: 5}
	}
	if head.Time >= cj.Deadline {
		return nil, reqErr(http.StatusGone, "job %d's deadline has passed (%s)", req.JobID, time.Unix(int64(cj.Deadline), 0).UTC().Format(time.RFC3339))
	}
	var buyerKey *prover.Field
	if cj.EncryptedOutput {
		if buyerKey, err = s.buyerKey(ctx, new(big.Int).SetUint64(req.JobID)); err != nil {
			s.log.Warn("reading a job's buyer key from the chain", "job", req.JobID, "err", err)
			return nil, &RequestError{Status: http.StatusServiceUnavailable, Msg: "the provider cannot read the job from its chain node: retry later", RetryAfter: 5}
		}
		if err := prover.CheckBuyerKey(*buyerKey); err != nil {
			return nil, reqErr(http.StatusUnprocessableEntity, "job %d's output cannot be sealed to the key its deposit names: %v; the deposit returns to the buyer after the deadline", req.JobID, err)
		}
	}
	if !s.queue.reserve() {
		return nil, &RequestError{Status: http.StatusTooManyRequests, Msg: fmt.Sprintf("the proving queue is full (%d jobs): retry later", s.cfg.Queue), RetryAfter: 10}
	}
	j := &Job{ID: req.JobID, ModelID: req.ModelID, Buyer: cj.Buyer, Deadline: cj.Deadline, State: StateQueued,
		Input: req.Input, InputSalt: req.InputSalt, RequestSignature: req.Signature, BatchKeys: cj.BatchKeys, BuyerKey: buyerKey}
	if err := s.cfg.Store.Insert(j); err != nil {
		s.queue.release(0, false)
		if errors.Is(err, ErrJobExists) {
			return nil, reqErr(http.StatusConflict, "%v: a request is accepted once", err)
		}
		return nil, err
	}
	s.arrived(j.ID)
	s.queue.release(j.ID, true)
	s.log.Info("job accepted", "job", j.ID, "model", j.ModelID, "buyer", j.Buyer.Hex())
	return j, nil
}

func (s *Service) handleJob(w http.ResponseWriter, r *http.Request) {
	j, ok := s.requestedJob(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, s.view(j, isOwner(r, j)))
}

// requestedJob is the stored job the request's path names; on a bad id or
// an unknown job it writes the error and returns false.
func (s *Service) requestedJob(w http.ResponseWriter, r *http.Request) (*Job, bool) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		s.writeError(w, reqErr(http.StatusBadRequest, "job id %q is not a positive integer", r.PathValue("id")))
		return nil, false
	}
	j, ok, err := s.cfg.Store.Get(id)
	if err != nil {
		s.writeError(w, err)
		return nil, false
	}
	if !ok {
		s.writeError(w, reqErr(http.StatusNotFound, "job %d is not known to this provider", id))
		return nil, false
	}
	return j, true
}

// isOwner says whether the request presents the job's request signature
// (HeaderSignature): only the buyer holds it.
func isOwner(r *http.Request, j *Job) bool {
	h := r.Header.Get(HeaderSignature)
	if h == "" || j.RequestSignature == nil {
		return false
	}
	sig, err := hexutil.Decode(h)
	return err == nil && subtle.ConstantTimeCompare(sig, j.RequestSignature) == 1
}

// view is what the API shows of a job; the output's opening only to its
// buyer.
func (s *Service) view(j *Job, owner bool) JobView {
	v := JobView{JobID: j.ID, ModelID: j.ModelID, State: j.State, Error: j.Error, Provider: s.addr(), Bundle: j.Bundle, Attestation: j.Attestation,
		BatchBundle: j.BatchBundle, BatchIndex: j.BatchIndex}
	if owner && (j.Bundle != nil || j.BatchBundle != nil) {
		salt := j.OutputSalt
		v.Output, v.OutputSalt = j.Output, &salt
	}
	if !owner && j.Bundle != nil && j.Bundle.PublicInput != nil {
		// a public input is in the proof's statement but never on chain:
		// it is the buyer's to show
		b := *j.Bundle
		b.PublicInput = nil
		v.Bundle = &b
	}
	if j.FulfilTxHash != (common.Hash{}) {
		h := j.FulfilTxHash
		v.FulfilTx = &h
	}
	return v
}
