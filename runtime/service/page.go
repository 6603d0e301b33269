package service

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/runtime/service/web"
)

// The page's routes: the assets (runtime/service/web), the job list, a
// job's bundle, a model's verifying key and the live figures.
func (s *Service) pageRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.count("page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:")
		web.Index(w)
	}))
	mux.Handle("GET /ui/", web.Handler("/ui/"))
	mux.HandleFunc("GET /verify.html", s.count("page", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		if err := web.WriteStandalone(&buf); err != nil {
			s.writeError(w, err)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="zkinfer-verify.html"`)
		w.Write(buf.Bytes())
	}))
	mux.HandleFunc("GET /v1/jobs", s.count("jobs", s.handleJobs))
	mux.HandleFunc("GET /v1/jobs/{id}/bundle", s.count("bundle", s.handleBundle))
	mux.HandleFunc("GET /v1/models/{id}/vk", s.count("vk", s.handleVK))
	mux.HandleFunc("GET /v1/stats", s.count("stats", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, s.stats.view(s.queue.len()))
	}))
}

// JobSummary is a job in GET /v1/jobs: its state, timings and payment,
// never its input or output.
type JobSummary struct {
	JobID        uint64    `json:"jobId"`
	ModelID      uint64    `json:"modelId"`
	State        State     `json:"state"`
	Error        string    `json:"error,omitempty"`
	Created      time.Time `json:"created"`
	Updated      time.Time `json:"updated"`
	ProveSeconds float64   `json:"proveSeconds,omitempty"`
	Worker       string    `json:"worker,omitempty"`
	Proved       bool      `json:"proved"`
	Batch        bool      `json:"batch,omitempty"`
	// PublicInput marks a bundle that carries the buyer's input: it is
	// the buyer's to show (GET /v1/jobs/{id}/bundle refuses it to others).
	PublicInput bool         `json:"publicInput,omitempty"`
	FulfilTx    *common.Hash `json:"fulfilTx,omitempty"`
	FulfilGas   uint64       `json:"fulfilGas,omitempty"`
}

// maxJobList bounds GET /v1/jobs.
const maxJobList = 200

func (s *Service) handleJobs(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.cfg.Store.List(func(*Job) bool { return true })
	if err != nil {
		s.writeError(w, err)
		return
	}
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].ID > jobs[j].ID })
	out := make([]JobSummary, 0, min(len(jobs), maxJobList))
	for _, j := range jobs[:min(len(jobs), maxJobList)] {
		v := JobSummary{JobID: j.ID, ModelID: j.ModelID, State: j.State, Error: j.Error, Created: j.Created, Updated: j.Updated,
			ProveSeconds: j.ProveTime.Seconds(), Worker: j.Worker, Proved: j.Bundle != nil || j.BatchBundle != nil,
			Batch: j.BatchBundle != nil, PublicInput: j.Bundle != nil && j.Bundle.PublicInput != nil, FulfilGas: j.FulfilGas}
		if j.FulfilTxHash != (common.Hash{}) {
			h := j.FulfilTxHash
			v.FulfilTx = &h
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, out)
}

// handleBundle sends a proved job's bundle (a batch's bundle for a job
// proved in a batch) as a file to download. A bundle whose input is public
// carries the buyer's input, which is the buyer's to show: it goes only
// to a request that presents the job's request signature, as GET
// /v1/jobs/{id} does.
func (s *Service) handleBundle(w http.ResponseWriter, r *http.Request) {
	j, ok := s.requestedJob(w, r)
	if !ok {
		return
	}
	id, owner := j.ID, isOwner(r, j)
	if !owner && j.Bundle != nil && j.Bundle.PublicInput != nil {
		s.writeError(w, reqErr(http.StatusForbidden, "job %d's input is public in its proof and the buyer's to show: its bundle goes only to the buyer (send the request's signature in %s)", id, HeaderSignature))
		return
	}
	v := s.view(j, owner)
	var buf bytes.Buffer
	var err error
	switch {
	case v.Bundle != nil:
		_, err = v.Bundle.WriteTo(&buf)
	case v.BatchBundle != nil:
		_, err = v.BatchBundle.WriteTo(&buf)
	default:
		s.writeError(w, reqErr(http.StatusNotFound, "job %d has no bundle yet (state %s)", id, j.State))
		return
	}
	if err != nil {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="bundle-%d.json"`, id))
	w.Write(buf.Bytes())
}

// handleVK sends the verifying key file of a served model, whose on-chain
// encoding's keccak256 GET /v1/models shows as the registry holds it. A
// buyer's own key is the better anchor; this one makes the page's
// verifier work out of the box.
func (s *Service) handleVK(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	m, ok := s.models[id]
	if err != nil || !ok {
		s.writeError(w, reqErr(http.StatusNotFound, "model %q is not served here", r.PathValue("id")))
		return
	}
	var buf bytes.Buffer
	if _, err := m.keys.VK.WriteTo(&buf); err != nil {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="model-%d-%s.vk"`, id, m.keys.System()))
	w.Write(buf.Bytes())
}

// stats keeps the page's live figures: one sample every statsEvery, the
// last statsKept of them.
type stats struct {
	mu      sync.Mutex
	recent  []proof // proofs stored in the last minute
	samples []Sample
}

type proof struct {
	at   time.Time
	jobs int
	took time.Duration
}

// Sample is one point of GET /v1/stats.
type Sample struct {
	Time          time.Time `json:"time"`
	Queue         int       `json:"queue"`
	ProveSeconds  float64   `json:"proveSeconds"`
	JobsPerMinute float64   `json:"jobsPerMinute"`
}

const (
	statsEvery = 2 * time.Second
	statsKept  = 180
)

// proved records a stored proof of jobs jobs that took d.
func (st *stats) proved(jobs int, d time.Duration) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.recent = append(st.recent, proof{time.Now(), jobs, d})
}

// take records a sample of the last minute.
func (st *stats) take(queue int) {
	st.mu.Lock()
	defer st.mu.Unlock()
	now := time.Now()
	keep := st.recent[:0]
	var jobs int
	var took time.Duration
	for _, p := range st.recent {
		if now.Sub(p.at) <= time.Minute {
			keep = append(keep, p)
			jobs += p.jobs
			took += p.took
		}
	}
	st.recent = keep
	smp := Sample{Time: now.UTC(), Queue: queue, JobsPerMinute: float64(jobs)}
	if len(keep) > 0 {
		smp.ProveSeconds = took.Seconds() / float64(len(keep))
	}
	st.samples = append(st.samples, smp)
	if len(st.samples) > statsKept {
		st.samples = st.samples[len(st.samples)-statsKept:]
	}
}

// StatsView is the answer of GET /v1/stats.
type StatsView struct {
	Queue   int      `json:"queue"`
	Every   float64  `json:"everySeconds"`
	Samples []Sample `json:"samples"`
}

func (st *stats) view(queue int) StatsView {
	st.mu.Lock()
	defer st.mu.Unlock()
	return StatsView{Queue: queue, Every: statsEvery.Seconds(), Samples: append([]Sample{}, st.samples...)}
}

// sample takes the live figures until ctx is done.
func (s *Service) sample(ctx context.Context) {
	t := time.NewTicker(statsEvery)
	defer t.Stop()
	s.stats.take(s.queue.len())
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.stats.take(s.queue.len())
		}
	}
}
