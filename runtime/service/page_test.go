package service

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime/service/web"
	"github.com/zkinfer/zkinfer/verifier"
)

// browser starts headless Chromium (Debian's package; CI installs it and
// sets ZKINFER_REQUIRE_CHROMIUM) driven over the DevTools protocol.
func browser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	var path string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("ZKINFER_REQUIRE_CHROMIUM") != "" {
			t.Fatal("no Chromium on PATH (apt-get install chromium)")
		}
		t.Skip("no Chromium on PATH")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 1400))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(cancel3)
	return ctx
}

// artifact is where a test keeps a file for people to look at:
// $ZKINFER_ARTIFACTS, or a folder under the system's temporary one.
func artifact(t *testing.T, name string, data []byte) {
	dir := os.Getenv("ZKINFER_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "zkinfer-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("kept %s", path)
}

// wasmResult is what zkinfer.verify resolves to in the page.
type wasmResult struct {
	Valid   bool   `json:"valid"`
	Error   string `json:"error"`
	Kind    string `json:"kind"`
	KeyHash string `json:"keyHash"`
	// ChainKeyHash is the keccak256 of the key's on-chain encoding.
	ChainKeyHash string         `json:"chainKeyHash"`
	Anchors      map[string]any `json:"anchors"`
	Output       []int          `json:"output"`
	Millis       float64        `json:"millis"`
}

// wasmVerify runs the page's wasm verifier on a bundle, a key and an
// optional opening.
func wasmVerify(ctx context.Context, bundle, key, opening []byte) (*wasmResult, error) {
	b64 := func(b []byte) string {
		if b == nil {
			return "null"
		}
		return `Uint8Array.from(atob("` + base64.StdEncoding.EncodeToString(b) + `"), (c) => c.charCodeAt(0))`
	}
	expr := fmt.Sprintf(`zkinfer.verify(%s, %s, %s)`, b64(bundle), b64(key), b64(opening))
	res, err := chromedp.Run(ctx, chromedp.Evaluate[wasmResult](expr, chromedp.EvalAwaitPromise))
	return &res, err
}

func get(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v\n%s", url, resp.StatusCode, err, data)
	}
	return data
}

// TestPageInBrowser: the provider's page in a real Chromium lists the
// model and a paid job, verifies the job's bundle in the browser as valid
// (the wasm verifier, against the provider's key), and a tampered bundle
// dropped on the verifier as invalid with its reason; a screenshot is
// kept. The wasm verifier and the Go verifier agree on honest and
// tampered bundles, with and without the buyer's opening.
func TestPageInBrowser(t *testing.T) {
	ctx := browser(t)
	w := getWorld(t)
	p := startProvider(t, w, t.TempDir(), true, nil)
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur := w.deposit(t, b, 7)
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	v, err := b.Wait(w.ctx, pur, 20*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	waitState(t, p.store, pur.JobID, StatePaid)

	job := fmt.Sprintf(`#jobs tr[data-job="%d"][data-state="paid"]`, pur.JobID)
	start := time.Now()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(p.srv.URL+"/"),
		chromedp.WaitVisible(fmt.Sprintf(`#models tr[data-model="%d"]`, w.modelID)),
		chromedp.WaitVisible(job),
	); err != nil {
		t.Fatalf("the page: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`globalThis.zkinferVerifierReady === true`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		t.Fatalf("the verifier did not start: %v", err)
	}
	t.Logf("page loaded and the verifier started in %s", time.Since(start).Round(time.Millisecond))
	models, err := chromedp.Run(ctx, chromedp.Text("#models"))
	if err != nil {
		t.Fatal(err)
	}
	mv := p.svc.Models()[0]
	if !strings.Contains(models, w.model.Name) || !strings.Contains(models, mv.Setup) || !strings.Contains(models, "groth16") {
		t.Errorf("the models table: %q", models)
	}

	// the job's own button: its bundle and the provider's key, checked
	// here. The page redraws the jobs table every 2 s, so the button is
	// found and clicked in one step in the page (a DevTools click finds the
	// node first and may find it gone).
	click := fmt.Sprintf(`document.querySelector('button.verify-job[data-job="%d"]').click()`, pur.JobID)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](click)); err != nil {
		t.Fatalf("clicking verify here: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#verdict[data-valid="true"]`)); err != nil {
		t.Fatalf("verifying the job in the page: %v", err)
	}
	head, err := chromedp.Run(ctx, chromedp.Text("#verdict-head"))
	if err != nil {
		t.Fatal(err)
	}
	if head != "VALID" {
		t.Errorf("verdict %q", head)
	}
	// held to the key the registry records for the model
	verdict, err := chromedp.Run(ctx, chromedp.Text("#verdict"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(verdict, mv.ChainKeyHash.Hex()+" — as this provider reports the registry's for model") || strings.Count(verdict, mv.ChainKeyHash.Hex()) != 2 {
		t.Errorf("the verdict does not hold the served key to the registered one (%s):\n%s", mv.ChainKeyHash.Hex(), verdict)
	}

	// a tampered bundle dropped on the verifier (as files)
	dir := t.TempDir()
	bundle := get(t, fmt.Sprintf("%s/v1/jobs/%d/bundle", p.srv.URL, pur.JobID))
	key := get(t, fmt.Sprintf("%s/v1/models/%d/vk", p.srv.URL, w.modelID))
	var tampered prover.Bundle
	if _, err := tampered.ReadFrom(bytes.NewReader(bundle)); err != nil {
		t.Fatal(err)
	}
	tampered.Proof[len(tampered.Proof)/2] ^= 1
	var tb bytes.Buffer
	tampered.WriteTo(&tb)
	os.WriteFile(filepath.Join(dir, "tampered.json"), tb.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "model.vk"), key, 0o644)
	if err := chromedp.Do(ctx,
		chromedp.SetUploadFiles(`#verifier input[name=bundle]`, []string{filepath.Join(dir, "tampered.json")}),
		chromedp.SetUploadFiles(`#verifier input[name=key]`, []string{filepath.Join(dir, "model.vk")}),
		chromedp.Click(`#verify`),
		chromedp.WaitVisible(`#verdict[data-valid="false"]`),
	); err != nil {
		t.Fatalf("verifying a dropped bundle: %v", err)
	}
	if head, err = chromedp.Run(ctx, chromedp.Text("#verdict-head")); err != nil {
		t.Fatal(err)
	}
	reason, err := chromedp.Run(ctx, chromedp.Text("#verdict-reason"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(head, "INVALID") || !strings.Contains(reason, "invalid proof") {
		t.Errorf("a tampered bundle: %q, %q", head, reason)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	artifact(t, "page.png", shot)

	// agreement with the Go verifier
	opening, _ := json.Marshal(&prover.Opening{Input: pur.Request.Input, InputSalt: pur.Request.InputSalt, Output: v.Output, OutputSalt: *v.OutputSalt})
	cases := []struct {
		name    string
		edit    func(*prover.Bundle)
		opening []byte
	}{
		{"honest", nil, nil},
		{"honest, with the buyer's opening", nil, opening},
		{"proof altered", func(b *prover.Bundle) { b.Proof[40] ^= 4 }, nil},
		{"output commitment altered", func(b *prover.Bundle) {
			e := b.OutputCommitment.Element()
			b.OutputCommitment = prover.Field(*e.Add(&e, new(fr.Element).SetOne()))
		}, nil},
		{"job tag altered", func(b *prover.Bundle) {
			e := b.JobTag.Element()
			b.JobTag, b.Job = prover.Field(*e.Add(&e, new(fr.Element).SetOne())), nil
		}, nil},
		{"another key named", func(b *prover.Bundle) { b.VerifyingKeyHash = strings.Repeat("ab", 32) }, nil},
		{"another output opened", nil, func() []byte {
			o := &prover.Opening{Input: pur.Request.Input, InputSalt: pur.Request.InputSalt, Output: append([]int8{v.Output[0] + 1}, v.Output[1:]...), OutputSalt: *v.OutputSalt}
			d, _ := json.Marshal(o)
			return d
		}()},
		{"unknown version", func(b *prover.Bundle) { b.Version = 99 }, nil},
	}
	for _, tc := range cases {
		var c prover.Bundle
		c.ReadFrom(bytes.NewReader(bundle))
		if tc.edit != nil {
			tc.edit(&c)
		}
		var buf bytes.Buffer
		c.WriteTo(&buf)
		exp := verifier.Expect{}
		if tc.opening != nil {
			var o prover.Opening
			o.ReadFrom(bytes.NewReader(tc.opening))
			exp.Opening = &o
		}
		var goErr error
		var rc prover.Bundle
		goStart := time.Now()
		if _, err := rc.ReadFrom(bytes.NewReader(buf.Bytes())); err != nil {
			goErr = err
		} else {
			goErr = verifier.Verify(&rc, w.keys.VK, exp)
		}
		goTook := time.Since(goStart)
		got, err := wasmVerify(ctx, buf.Bytes(), key, tc.opening)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		wantKind := verifier.Kind(goErr)
		if goErr == nil {
			wantKind = ""
		}
		if tc.edit == nil && got.ChainKeyHash != mv.ChainKeyHash.Hex() {
			t.Errorf("%s: the wasm verifier's chain key hash %s, the registry's %s", tc.name, got.ChainKeyHash, mv.ChainKeyHash.Hex())
		}
		if got.Valid != (goErr == nil) || (goErr != nil && got.Kind != wantKind && got.Kind != "bundle") {
			t.Errorf("%s: wasm says valid=%v (%s: %s), Go says %v", tc.name, got.Valid, got.Kind, got.Error, goErr)
		}
		t.Logf("%s: valid=%v %s, %.0f ms in Chromium, %s in Go", tc.name, got.Valid, got.Kind, got.Millis, goTook.Round(time.Millisecond))
	}
	gz, err := fs.ReadFile(web.Assets(), web.WasmFile)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wasm verifier: %.1f MB, %.1f MB gzipped", float64(len(raw))/1e6, float64(len(gz))/1e6)
}

// TestStandaloneVerifierInBrowser: the verifier as one self-contained
// file, opened from disk (nothing fetched), verifies a bundle dropped on
// it with its key and the buyer's opening, and refuses a tampered one.
func TestStandaloneVerifierInBrowser(t *testing.T) {
	ctx := browser(t)
	w := getWorld(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "zkinfer-verify.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := web.WriteStandalone(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	job := &prover.Job{ChainID: big.NewInt(1337), Escrow: w.market.Escrow, ID: big.NewInt(99), Provider: keySigner(w.provider).Address}
	b, o, _, err := prover.Prove(w.ctx, w.keys, w.model, sample(5), nil, job)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, v io.WriterTo) string {
		var buf bytes.Buffer
		if _, err := v.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		os.WriteFile(path, buf.Bytes(), 0o644)
		return path
	}
	bundle, key, opening := write("bundle.json", b), write("model.vk", w.keys.VK), write("opening.json", o)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`globalThis.zkinferVerifierReady === true`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		t.Fatalf("the standalone verifier did not start: %v", err)
	}
	check := func(bundle, pinned string, valid bool) string {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`document.querySelector("#verifier input[name=pinned]").value = %q`, pinned))); err != nil {
			t.Fatalf("pinning %q: %v", pinned, err)
		}
		if err := chromedp.Do(ctx,
			chromedp.SetUploadFiles(`#verifier input[name=bundle]`, []string{bundle}),
			chromedp.SetUploadFiles(`#verifier input[name=key]`, []string{key}),
			chromedp.SetUploadFiles(`#verifier input[name=opening]`, []string{opening}),
			chromedp.Click(`#verify`),
			chromedp.WaitVisible(fmt.Sprintf(`#verdict[data-valid="%v"]`, valid)),
		); err != nil {
			t.Fatalf("verifying %s: %v", bundle, err)
		}
		text, err := chromedp.Run(ctx, chromedp.Text("#verdict"))
		if err != nil {
			t.Fatal(err)
		}
		return text
	}
	ck, err := w.keys.ChainKey()
	if err != nil {
		t.Fatal(err)
	}
	pinned := fmt.Sprintf("0x%x", prover.ChainKeyHash(ck))
	text := check(bundle, "", true)
	if !strings.Contains(text, "VALID") || !strings.Contains(text, fmt.Sprint(o.Output[0])) || !strings.Contains(text, b.VerifyingKeyHash) || !strings.Contains(text, pinned) ||
		!strings.Contains(text, "none given: the key is trusted as given") {
		t.Errorf("the honest bundle's verdict: %q", text)
	}
	// held to the key hash the buyer pinned: the right one (as job show
	// prints it, or without 0x and in capitals), another, and no hash
	for _, p := range []string{pinned, strings.ToUpper(pinned[2:])} {
		if text := check(bundle, p, true); !strings.Contains(text, pinned+" — given here") {
			t.Errorf("the honest bundle pinned to %s: %q", p, text)
		}
	}
	other := "0x" + strings.Repeat("ab", 32)
	if text := check(bundle, other, false); !strings.Contains(text, "INVALID: key not pinned") || !strings.Contains(text, "not the pinned "+other) {
		t.Errorf("the honest bundle pinned to another key: %q", text)
	}
	if text := check(bundle, pinned[:40], false); !strings.Contains(text, "INVALID: input") || !strings.Contains(text, "64 digits") {
		t.Errorf("the honest bundle pinned to a cut hash: %q", text)
	}
	b.Proof[len(b.Proof)/3] ^= 2
	if text := check(write("tampered.json", b), pinned, false); !strings.Contains(text, "INVALID: invalid proof") {
		t.Errorf("the tampered bundle's verdict: %q", text)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	artifact(t, "standalone-verifier.png", shot)
}

// TestPagePublicInputJob: a job whose input is public in its proof keeps
// it the buyer's to show: the page offers no download or "verify here"
// for it, GET /v1/jobs/{id}/bundle refuses it without the request's
// signature (403, saying so) and sends it whole with it, and that bundle
// verifies in the browser as in Go (and, with the input altered, fails in
// both).
func TestPagePublicInputJob(t *testing.T) {
	ctx := browser(t)
	w := getWorld(t)
	m, err := models.SyntheticMLP("public-input-mlp", 11, 784, 8, 10)
	if err != nil {
		t.Fatal(err)
	}
	k, err := prover.Setup(w.ctx, m, prover.Options{Input: prover.Public}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	pm := w.register(t, m, k, nil)
	p := startProvider(t, w, t.TempDir(), true, func(c *Config) { c.Models = []Model{pm} })
	b := w.buyerFor(t, w.buyer, p.srv.URL)
	pur, err := b.Deposit(w.ctx, pm.ID, m, k.Options, k.VK, sample(3), nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Submit(w.ctx, pur); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Wait(w.ctx, pur, 20*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
	waitState(t, p.store, pur.JobID, StatePaid)

	url := fmt.Sprintf("%s/v1/jobs/%d/bundle", p.srv.URL, pur.JobID)
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "the buyer's to show") {
		t.Errorf("the bundle without the request's signature: %d %s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set(HeaderSignature, pur.Request.Signature.String())
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	bundle, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var whole prover.Bundle
	if _, err := whole.ReadFrom(bytes.NewReader(bundle)); resp.StatusCode != http.StatusOK || err != nil || !slices.Equal(whole.PublicInput, pur.Request.Input) {
		t.Fatalf("the bundle with the request's signature: %d %v\n%.300s", resp.StatusCode, err, bundle)
	}

	row := fmt.Sprintf(`#jobs tr[data-job="%d"][data-state="paid"]`, pur.JobID)
	if err := chromedp.Do(ctx, chromedp.Navigate(p.srv.URL+"/"), chromedp.WaitVisible(row)); err != nil {
		t.Fatalf("the page: %v", err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(row))
	if err != nil {
		t.Fatal(err)
	}
	offered, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector('%s button.verify-job, %s a[download]') !== null`, row, row)))
	if err != nil {
		t.Fatal(err)
	}
	if offered || !strings.Contains(text, "input public") {
		t.Errorf("the page offers the public-input job's bundle (%v): %q", offered, text)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`globalThis.zkinferVerifierReady === true`, chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
		t.Fatalf("the verifier did not start: %v", err)
	}
	var vk bytes.Buffer
	if _, err := k.VK.WriteTo(&vk); err != nil {
		t.Fatal(err)
	}
	altered := whole
	altered.PublicInput = append([]int8{whole.PublicInput[0] + 1}, whole.PublicInput[1:]...)
	var ab bytes.Buffer
	altered.WriteTo(&ab)
	for _, tc := range []struct {
		name   string
		bundle []byte
		b      *prover.Bundle
	}{{"the buyer's bundle", bundle, &whole}, {"its input altered", ab.Bytes(), &altered}} {
		goErr := verifier.Verify(tc.b, k.VK, verifier.Expect{})
		got, err := wasmVerify(ctx, tc.bundle, vk.Bytes(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.Valid != (goErr == nil) || (tc.b == &altered) == got.Valid {
			t.Errorf("%s: wasm says valid=%v (%s), Go says %v", tc.name, got.Valid, got.Error, goErr)
		}
	}
}
