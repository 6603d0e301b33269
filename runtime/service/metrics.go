package service

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the service's Prometheus metrics, in a registry of its own.
type metrics struct {
	reg         *prometheus.Registry
	queueDepth  prometheus.GaugeFunc
	proving     prometheus.Histogram
	chainErrors *prometheus.CounterVec
	requests    *prometheus.CounterVec
	// results of workers elsewhere (a remote Prover)
	workerProofs  *prometheus.CounterVec
	workerSeconds *prometheus.CounterVec
	taskWait      prometheus.Histogram
}

// jobsCollector reports the number of stored jobs in each state on scrape.
type jobsCollector struct {
	store *Store
	desc  *prometheus.Desc
}

func (c jobsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c jobsCollector) Collect(ch chan<- prometheus.Metric) {
	n, err := c.store.Count()
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for _, s := range States {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n[s]), string(s))
	}
}

func newMetrics(store *Store, depth func() int, extra ...prometheus.Collector) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.queueDepth = prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "zkinfer_queue_depth", Help: "Jobs accepted and waiting for a prover worker.",
	}, func() float64 { return float64(depth()) })
	m.proving = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "zkinfer_proving_seconds", Help: "Time to prove one job (witness and proof).",
		Buckets: prometheus.ExponentialBuckets(0.05, 2, 14),
	})
	m.chainErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zkinfer_chain_errors_total", Help: "Failed calls to the chain, by operation.",
	}, []string{"op"})
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zkinfer_http_requests_total", Help: "API requests by route and status code.",
	}, []string{"route", "code"})
	m.workerProofs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zkinfer_worker_proofs_total", Help: "Proofs stored from each remote worker (its throughput is the rate).",
	}, []string{"worker"})
	m.workerSeconds = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "zkinfer_worker_prove_seconds_total", Help: "Seconds each remote worker spent proving the proofs stored from it.",
	}, []string{"worker"})
	m.taskWait = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "zkinfer_task_wait_seconds", Help: "Time from a task's publication to a remote worker starting its proof.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 18),
	})
	for _, op := range []string{"fulfil", "watch", "read-job", "health"} {
		m.chainErrors.WithLabelValues(op) // listed at zero before the first error
	}
	m.reg.MustRegister(m.queueDepth, m.proving, m.chainErrors, m.requests,
		jobsCollector{store: store, desc: prometheus.NewDesc("zkinfer_jobs", "Stored jobs by state.", []string{"state"}, nil)},
		prometheus.NewGoCollector(), m.workerProofs, m.workerSeconds, m.taskWait)
	m.reg.MustRegister(extra...)
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
