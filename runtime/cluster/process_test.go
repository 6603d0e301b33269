package cluster

import (
	"bufio"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/zkinfer/zkinfer/runtime/service"
)

var (
	binaryOnce sync.Once
	binary     string
	binaryErr  error
)

// zkinfer builds the command once for the package's tests.
func zkinfer(t testing.TB) string {
	t.Helper()
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "zkinfer-cluster")
		if err != nil {
			binaryErr = err
			return
		}
		binary = filepath.Join(dir, "zkinfer")
		if out, err := exec.Command("go", "build", "-o", binary, "github.com/zkinfer/zkinfer/cmd/zkinfer").CombinedOutput(); err != nil {
			binaryErr = err
			t.Log(string(out))
		}
	})
	if binaryErr != nil {
		t.Fatal(binaryErr)
	}
	return binary
}

// workerProc is a 'zkinfer worker' process; its log lines go to lines.
type workerProc struct {
	name  string
	cmd   *exec.Cmd
	lines chan string
	done  chan struct{} // closed on exit, with err set
	err   error
	mu    sync.Mutex
	log   strings.Builder
}

func startWorkerProc(t testing.TB, url, name string) *workerProc {
	t.Helper()
	cmd := exec.Command(zkinfer(t), "worker", "--nats", url, "--name", name, "--cache-dir", t.TempDir())
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w := &workerProc{name: name, cmd: cmd, lines: make(chan string, 1024), done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			w.mu.Lock()
			w.log.WriteString(sc.Text() + "\n")
			w.mu.Unlock()
			select {
			case w.lines <- sc.Text():
			default:
			}
		}
		io.Copy(io.Discard, stderr)
		w.err = cmd.Wait()
		close(w.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-w.done
		if t.Failed() {
			w.mu.Lock()
			t.Logf("worker %s:\n%s", name, w.log.String())
			w.mu.Unlock()
		}
	})
	return w
}

// waitLine waits for a log line holding msg and returns it.
func (w *workerProc) waitLine(t testing.TB, msg string) string {
	t.Helper()
	timeout := time.After(3 * time.Minute)
	for {
		select {
		case l := <-w.lines:
			if strings.Contains(l, msg) {
				return l
			}
		case <-timeout:
			t.Fatalf("worker %s never logged %q", w.name, msg)
		}
	}
}

func field(line, key string) string {
	for _, f := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			return v
		}
	}
	return ""
}

// TestWorkerProcesses is the acceptance run: embedded NATS, the embedded
// chain, the service in this process and three 'zkinfer worker' processes;
// 30 buyers each verify their answer and every job is paid exactly once.
// Mid-run, one worker is frozen mid-proof and then killed with SIGKILL:
// its task goes to another worker after the ack wait. Another is sent
// SIGTERM mid-proof: it finishes that proof, delivers it and exits 0.
func TestWorkerProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs three worker processes")
	}
	zkinfer(t)
	w := newMarket(t, 30)
	s := natsServer(t, t.TempDir(), "127.0.0.1:0")
	p := startProvider(t, w, s.ClientURL(), 3*time.Second)
	w1 := startWorkerProc(t, s.ClientURL(), "w1")
	w2 := startWorkerProc(t, s.ClientURL(), "w2")
	startWorkerProc(t, s.ClientURL(), "w3")

	var killedTask, drainedTask string
	var wg sync.WaitGroup
	wg.Go(func() {
		// freeze w1 in the middle of its first proof, so that it can
		// neither finish nor renew its claim, then kill it
		l := w1.waitLine(t, "msg=proving")
		w1.cmd.Process.Signal(syscall.SIGSTOP)
		killedTask = field(l, "task")
		time.Sleep(5 * time.Second) // past the ack wait
		w1.cmd.Process.Kill()
	})
	wg.Go(func() {
		l := w2.waitLine(t, "msg=proving")
		w2.cmd.Process.Signal(syscall.SIGTERM)
		drainedTask = field(l, "task")
		w2.waitLine(t, "msg=proved")
		w2.waitLine(t, "worker stopped")
	})
	buy(t, w, p, 30)
	wg.Wait()
	<-w2.done
	if err := w2.err; err != nil {
		t.Errorf("the drained worker exited with %v, want 0", err)
	}
	jobs, err := p.store.List(nil)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, j := range jobs {
		by[j.Worker]++
	}
	t.Logf("jobs by worker: %v (w1 killed mid-proof of task %s, w2 drained during task %s)", by, killedTask, drainedTask)
	if by["w1"] != 0 {
		t.Errorf("the killed worker's proofs were stored: %v", by)
	}
	if by["w2"] == 0 {
		t.Errorf("the drained worker's last proof was not stored: %v", by)
	}
	if len(jobs) != 30 || by["w3"] == 0 {
		t.Errorf("%d jobs stored, by worker %v", len(jobs), by)
	}
	for _, j := range jobs {
		if j.State != service.StatePaid {
			t.Errorf("job %d: %s", j.ID, j.State)
		}
	}
}

// BenchmarkWorkerProcesses1 and 2: 30 buyers against the service proving
// on one or two 'zkinfer worker' processes (embedded NATS and chain, the
// shipped MNIST MLP). It reports jobs per second from the first deposit to
// the last payment; the mean time from a task's publication to a worker
// starting its proof under that load (queueing included); and the
// scheduling overhead alone, the same time for 5 jobs bought one at a time.
//
//	go test ./runtime/cluster -run '^$' -bench WorkerProcesses -benchtime 2x
func BenchmarkWorkerProcesses1(b *testing.B) { workerBench(b, 1) }
func BenchmarkWorkerProcesses2(b *testing.B) { workerBench(b, 2) }

func workerBench(b *testing.B, workers int) {
	const jobs = 30
	zkinfer(b)
	w := newMarket(b, jobs)
	var total time.Duration
	var wait, tasks, idleWait, idleTasks float64
	n := 0
	for b.Loop() {
		s := natsServer(b, b.TempDir(), "127.0.0.1:0")
		p := startProvider(b, w, s.ClientURL(), 30*time.Second)
		for i := range workers {
			wp := startWorkerProc(b, s.ClientURL(), fmt.Sprintf("w%d", i+1))
			wp.waitLine(b, "worker ready")
		}
		start := time.Now()
		buy(b, w, p, jobs)
		total += time.Since(start)
		n += jobs
		sum, count := scrapeWait(b, p)
		wait, tasks = wait+sum, tasks+count
		// then one job at a time: the overhead with no queue
		for range 5 {
			buy(b, w, p, 1)
		}
		sum2, count2 := scrapeWait(b, p)
		idleWait, idleTasks = idleWait+sum2-sum, idleTasks+count2-count
	}
	b.ReportMetric(float64(n)/total.Seconds(), "jobs/s")
	b.ReportMetric(wait/tasks*1000, "wait-ms/task")
	b.ReportMetric(idleWait/idleTasks*1000, "idle-sched-ms/task")
}

// scrapeWait reads the service's task wait histogram: sum and count.
func scrapeWait(t testing.TB, p *provider) (sum, count float64) {
	rec := httptest.NewRecorder()
	p.svc.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, l := range strings.Split(rec.Body.String(), "\n") {
		var v float64
		if _, err := fmt.Sscanf(l, "zkinfer_task_wait_seconds_sum %g", &v); err == nil {
			sum = v
		}
		if _, err := fmt.Sscanf(l, "zkinfer_task_wait_seconds_count %g", &v); err == nil {
			count = v
		}
	}
	if count == 0 {
		t.Fatal("no task wait in /metrics")
	}
	return sum, count
}
