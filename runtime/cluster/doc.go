// Package cluster proves a provider's jobs on stateless workers over NATS
// JetStream, for a provider whose load outgrows one machine.
//
// The service (runtime/service) hands each task (one job, or a batch) to a
// Dispatcher, its Prover: the Dispatcher publishes the task on the
// ZKINFER_TASKS stream, a work queue whose durable consumer every Worker
// pulls from. A Worker fetches the task's model and circuit keys from the
// zkinfer-keys object store (hash-checked, then cached on its disk),
// proves, and sends the result back to the service as a request on
// zkinfer.results. The service checks the proof against the task, stores
// it in its job store and only then answers; the worker acknowledges the
// task after that answer. A worker that dies mid-proof stops renewing its
// claim, and JetStream delivers the task to another worker after the ack
// wait; a duplicate or late result finds its jobs proved and is ignored.
// Payment is the service's alone: workers hold no chain key, and the
// fulfiller pays each job once from the job store, as in process.
//
// StartServer runs nats-server inside the service (file storage), so
// worker processes on one machine need nothing else installed; Connect
// reaches an external cluster, with user and password or an nkey seed, and
// TLS.
package cluster
