// Package web holds the page zkinfer serve serves to buyers and providers
// (the served models, the jobs, live service figures) and the verifier
// that runs in the page: zkinfer's bundle verifier compiled to WebAssembly
// (cmd/zkinfer-wasm), so a bundle is checked on the reader's own machine
// and an opening never leaves it. Every asset is embedded in the binary;
// the page fetches nothing from any other site.
//
// The wasm file is generated: `go generate ./runtime/service/web` builds
// it with GOOS=js GOARCH=wasm and gzips it, and copies Go's wasm_exec.js.
package web

import (
	"bytes"
	"embed"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"strings"
	"text/template"
)

//go:generate sh gen.sh

//go:embed assets
var assets embed.FS

// WasmFile is the gzipped verifier among the assets.
const WasmFile = "zkinfer.wasm.gz"

// Assets are the page's files: index.html, app.js, style.css,
// wasm_exec.js and the gzipped verifier.
func Assets() fs.FS {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the folder is embedded above
	}
	return sub
}

// Handler serves the assets under prefix (for example "/ui/"); the
// verifier goes out gzipped, as Content-Encoding says, and browsers
// inflate it themselves.
func Handler(prefix string) http.Handler {
	files := http.FileServerFS(Assets())
	return http.StripPrefix(prefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		if strings.TrimPrefix(r.URL.Path, "/") == WasmFile {
			data, err := fs.ReadFile(Assets(), WasmFile)
			if err != nil {
				http.Error(w, "no verifier in this build", http.StatusNotFound)
				return
			}
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(data)
			return
		}
		files.ServeHTTP(w, r)
	}))
}

// Index writes the page a provider serves at its root.
func Index(w io.Writer) error {
	data, err := fs.ReadFile(Assets(), "index.html")
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// WriteStandalone writes the verifier as one self-contained HTML file:
// the page's verifier, with the script and the gzipped wasm inlined, that
// works opened from disk, on which a bundle and its key are dropped.
func WriteStandalone(w io.Writer) error {
	read := func(name string) (string, error) {
		data, err := fs.ReadFile(Assets(), name)
		return string(data), err
	}
	tpl, err := read("standalone.html")
	if err != nil {
		return err
	}
	var parts = map[string]string{}
	for _, name := range []string{"style.css", "wasm_exec.js", "verifier.js"} {
		if parts[name], err = read(name); err != nil {
			return err
		}
	}
	wasm, err := fs.ReadFile(Assets(), WasmFile)
	if err != nil {
		return fmt.Errorf("no verifier in this build: %w", err)
	}
	t, err := template.New("standalone").Parse(tpl)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, map[string]any{
		"Style":    parts["style.css"],
		"WasmExec": parts["wasm_exec.js"],
		"Verifier": parts["verifier.js"],
		"Wasm":     base64.StdEncoding.EncodeToString(wasm),
	}); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}
