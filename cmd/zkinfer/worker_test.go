package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNATSSecretsRedacted: config show never prints the NATS password,
// from the environment or written into the URL.
func TestNATSSecretsRedacted(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary, "config", "show", "--nats", "nats://provider:hunter2@10.0.0.5:4222", "--nats-user", "provider")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ZKINFER_NATS_PASSWORD=s3cret-nats")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, secret := range []string{"hunter2", "s3cret-nats"} {
		if strings.Contains(string(out), secret) {
			t.Errorf("config show prints %q:\n%s", secret, out)
		}
	}
	if !strings.Contains(string(out), "nats-password: REDACTED") || !strings.Contains(string(out), "provider:xxxxx@10.0.0.5:4222") {
		t.Errorf("config show:\n%s", out)
	}
}

// TestWorkerRefusals: a worker with no NATS URL, and an embedded NATS
// server reachable from other machines without credentials, are refused
// before anything starts.
func TestWorkerRefusals(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := run(t, dir, "worker"); code == 0 || !strings.Contains(stderr, "--nats URL is required") {
		t.Errorf("worker without --nats: exit %d, %s", code, stderr)
	}
	cfg := serveEmbeddedOpen(t, dir)
	if _, stderr, code := run(t, dir, cfg...); code == 0 || !strings.Contains(stderr, "set --nats-user") {
		t.Errorf("serve --nats embedded on 0.0.0.0 without a user: exit %d, %s", code, stderr)
	}
}

func serveEmbeddedOpen(t *testing.T, dir string) []string {
	t.Helper()
	return []string{"serve", "--rpc", "http://127.0.0.1:1", "--serve", "1=mnist-mlp", "--nats", "embedded", "--nats-listen", "0.0.0.0:0",
		"--store", dir + "/jobs.db"}
}
