package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// provider is a 'zkinfer serve' process.
type providerProc struct {
	cmd *exec.Cmd
	log *bytes.Buffer
	url string
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startServe starts 'zkinfer serve' and waits until /healthz answers.
func startServe(t *testing.T, dir string, port int, args ...string) *providerProc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--listen", fmt.Sprintf("127.0.0.1:%d", port)}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ZKINFER_CACHE_DIR="+filepath.Join(dir, "cache"))
	p := &providerProc{cmd: cmd, log: &bytes.Buffer{}, url: fmt.Sprintf("http://127.0.0.1:%d", port)}
	cmd.Stdout, cmd.Stderr = p.log, p.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(p.url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not come up:\n%s", p.log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func jobState(url string, id int) (service.State, error) {
	resp, err := http.Get(fmt.Sprintf("%s/v1/jobs/%d", url, id))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var v service.JobView
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return "", err
	}
	return v.State, nil
}

// TestGethServeAndRequest runs the provider service and the buyer as
// separate processes against a real geth --dev node: a job is paid and the
// buyer prints the verified output; then the provider is killed with
// SIGKILL while proving a second job, restarted, and that job completes
// and is paid exactly once.
func TestGethServeAndRequest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node and the provider service")
	}
	dir := t.TempDir()
	url, _, devFlags, buyers, market := gethMarketBuyers(t, dir, 3)
	buyerFlags := buyers[0]
	cli := func(args ...string) map[string]any { return runJSON(t, dir, args...) }
	modelID := cli(append(append([]string{"register", "--price", "1000000000000000"}, devFlags...), market...)...)["modelId"].(string)

	// the provider reaches the node through a proxy that fails its first
	// fulfil transaction: the service must retry, sending the same
	// signed transaction, and be paid once
	flaky := newFlakyRPC(t, url, "eth_sendRawTransaction", 1)
	// the provider's configuration comes from a file; flags add the rest
	cfg := fmt.Sprintf("rpc: %s\nregistry: %s\nescrow: %s\nkeystore: %s\npassword-file: %s\nserve: [\"%s=mnist-mlp\"]\npoll: 200ms\nstore: %s\n",
		flaky.URL, market[1], market[3], filepath.Join(dir, "geth", "keystore"), filepath.Join(dir, "password"), modelID, filepath.Join(dir, "jobs.db"))
	os.WriteFile(filepath.Join(dir, "provider.yaml"), []byte(cfg), 0o600)
	if out, _, code := run(t, dir, "config", "show", "--config", "provider.yaml"); code != 0 || !strings.Contains(out, "poll: 200ms") || !strings.Contains(out, "serve: ["+modelID+"=mnist-mlp]") {
		t.Errorf("config show: exit %d\n%s", code, out)
	}
	port := freePort(t)
	prov := startServe(t, dir, port, "--config", "provider.yaml")

	request := func(sample int, buyer ...string) *exec.Cmd {
		if buyer == nil {
			buyer = buyerFlags
		}
		args := append(append([]string{"request", "--json", "--provider-url", prov.url, "--model-id", modelID, "--sample", fmt.Sprint(sample), "--timeout", "5m"}, buyer...), market...)
		c := exec.Command(binary, args...)
		c.Dir = dir
		c.Env = append(os.Environ(), "ZKINFER_CACHE_DIR="+filepath.Join(dir, "cache"))
		return c
	}
	checkBought := func(out []byte, sample int) {
		t.Helper()
		var res struct {
			JobID    uint64 `json:"jobId"`
			Argmax   int    `json:"argmax"`
			Output   []int  `json:"output"`
			Verified bool   `json:"verified"`
			Escrow   string `json:"escrow"`
		}
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatalf("request output %q: %v", out, err)
		}
		if !res.Verified || res.Escrow != "paid" || len(res.Output) != 10 || res.Argmax != zoo.Samples()[sample].Label {
			t.Errorf("request: %+v (label %d)", res, zoo.Samples()[sample].Label)
		}
	}

	// 1. a job, paid, with the verified output printed
	var o, e bytes.Buffer
	r1 := request(4)
	r1.Stdout, r1.Stderr = &o, &e
	if err := r1.Run(); err != nil {
		t.Fatalf("request: %v\n%s\n%s\nprovider log:\n%s", err, o.String(), e.String(), prov.log)
	}
	checkBought(o.Bytes(), 4)
	if !strings.Contains(prov.log.String(), "fulfil failed, will retry") {
		t.Errorf("the refused transaction was not retried:\n%s", prov.log)
	}
	// the buyer may see the payment before the provider records it
	for deadline := time.Now().Add(20 * time.Second); ; {
		m := scrape(t, prov.url)
		if strings.Contains(m, `zkinfer_chain_errors_total{op="fulfil"} 1`) && strings.Contains(m, `zkinfer_jobs{state="paid"} 1`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("metrics after a retried fulfilment:\n%s", m)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// 2. SIGKILL while proving, restart, paid once
	o.Reset()
	e.Reset()
	r2 := request(5)
	r2.Stdout, r2.Stderr = &o, &e
	if err := r2.Start(); err != nil {
		t.Fatal(err)
	}
	const job2 = 2
	seen := service.State("")
	for deadline := time.Now().Add(2 * time.Minute); seen != service.StateProving; {
		if st, err := jobState(prov.url, job2); err == nil {
			seen = st
		}
		if seen != "" && seen != service.StateDeposited && seen != service.StateQueued && seen != service.StateProving {
			t.Fatalf("job %d reached %s before it could be killed mid-proof", job2, seen)
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %d never proving; provider log:\n%s", job2, prov.log)
		}
		time.Sleep(2 * time.Millisecond)
	}
	prov.cmd.Process.Signal(syscall.SIGKILL)
	prov.cmd.Wait()
	if _, err := jobState(prov.url, job2); err == nil {
		t.Fatal("the provider still answers after SIGKILL")
	}
	prov2 := startServe(t, dir, port, "--config", "provider.yaml")
	if err := r2.Wait(); err != nil {
		t.Fatalf("request across a provider restart: %v\n%s\n%s\nprovider log:\n%s", err, o.String(), e.String(), prov2.log)
	}
	checkBought(o.Bytes(), 5)
	if !strings.Contains(prov2.log.String(), "resuming job") {
		t.Errorf("the restarted provider did not resume the job:\n%s", prov2.log)
	}
	b, err := contracts.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	m := contracts.NewMarket(b, common.HexToAddress(market[1]), common.HexToAddress(market[3]))
	head, _ := b.Head(context.Background())
	for id := int64(1); id <= job2; id++ {
		if n, err := m.Fulfilments(context.Background(), big.NewInt(id), 0, head.Number.Uint64()); err != nil || n != 1 {
			t.Errorf("job %d: %d fulfilments (%v), want exactly 1", id, n, err)
		}
	}

	// 3. a replayed request is refused by the running service; SIGTERM stops it cleanly
	resp, err := http.Post(prov2.url+"/v1/jobs", "application/json", strings.NewReader(`{"jobId":1,"modelId":1}`))
	if err != nil || resp.StatusCode/100 != 4 {
		t.Errorf("incomplete request: %v %v", resp.Status, err)
	}
	prov2.cmd.Process.Signal(syscall.SIGTERM)
	if err := prov2.cmd.Wait(); err != nil || !strings.Contains(prov2.log.String(), "stopped") {
		t.Errorf("SIGTERM: %v\n%s", err, prov2.log)
	}

	// 4. batches: a batch key of 2 jobs registered; three buyers at once;
	// SIGKILL while at least two jobs wait or are being proved (alone or
	// in a batch); on restart the resumed jobs are proved in a batch, and
	// every job is paid exactly once
	runJSON(t, dir, append(append([]string{"register", "--batch", "2", "--model-id", modelID}, devFlags...), market...)...)
	prov3 := startServe(t, dir, port, "--config", "provider.yaml", "--max-batch", "2", "--batch-wait", "5s")
	prov = prov3
	type bought struct {
		cmd    *exec.Cmd
		o, e   bytes.Buffer
		sample int
	}
	var rs []*bought
	for i, sample := range []int{6, 7, 8} {
		r := &bought{cmd: request(sample, buyers[i]...), sample: sample}
		r.cmd.Stdout, r.cmd.Stderr = &r.o, &r.e
		if err := r.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	// every input sent (a request whose provider is down fails), and two
	// jobs not yet proved: the provider waits for the inputs of deposits
	// it has seen, so the first two go in one batch
	for deadline := time.Now().Add(2 * time.Minute); ; {
		waiting, sent := 0, 0
		for id := 3; id <= 5; id++ {
			st, err := jobState(prov3.url, id)
			if err == nil && st != "" && st != service.StateDeposited {
				sent++
			}
			if err == nil && (st == service.StateQueued || st == service.StateProving) {
				waiting++
			}
		}
		if sent == 3 && waiting >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("never two jobs waiting at once; provider log:\n%s", prov3.log)
		}
		time.Sleep(2 * time.Millisecond)
	}
	prov3.cmd.Process.Signal(syscall.SIGKILL)
	prov3.cmd.Wait()
	prov4 := startServe(t, dir, port, "--config", "provider.yaml", "--max-batch", "2", "--batch-wait", "5s")
	for _, r := range rs {
		if err := r.cmd.Wait(); err != nil {
			t.Fatalf("request across a restart mid-batch: %v\n%s\n%s\nprovider log:\n%s", err, r.o.String(), r.e.String(), prov4.log)
		}
		checkBought(r.o.Bytes(), r.sample)
	}
	for deadline := time.Now().Add(time.Minute); !strings.Contains(prov4.log.String(), "fulfilled in a batch"); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no batch was proved and paid after the restart; provider log:\n%s", prov4.log)
		}
	}
	head, _ = b.Head(context.Background())
	for id := int64(1); id <= 5; id++ {
		if n, err := m.Fulfilments(context.Background(), big.NewInt(id), 0, head.Number.Uint64()); err != nil || n != 1 {
			t.Errorf("job %d: %d fulfilments (%v), want exactly 1", id, n, err)
		}
	}
}

// newFlakyRPC is a JSON-RPC proxy to url that answers 503 to the first n
// requests calling method.
func newFlakyRPC(t *testing.T, url, method string, n int) *httptest.Server {
	target, err := neturl.Parse(url)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	var mu sync.Mutex
	failed := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		mu.Lock()
		fail := failed < n && bytes.Contains(body, []byte(`"`+method+`"`))
		if fail {
			failed++
		}
		mu.Unlock()
		if fail {
			http.Error(w, "node unavailable", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func scrape(t *testing.T, url string) string {
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return string(data)
}
