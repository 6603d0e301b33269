package cluster

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/devkeys"
)

// Keys and models reach workers through the BucketKeys object store. The
// object store checks each object's SHA-256 as it is read; a worker then
// loads a key folder with prover.LoadKeys, which checks every file against
// the folder's manifest, and takes it only if the manifest names the
// task's circuit and verifying key. A model is taken only if it hashes to
// the task's commitment. A corrupt or substituted object is refused, never
// proved with.

const manifestMeta = "manifest-sha256"

func keyObject(dir string) string     { return "keys/" + dir }
func modelObject(c fr.Element) string { return "models/" + prover.Field(c).String() }

// shareKeys uploads a key folder as a tar, unless the object store holds
// the same folder already (its manifest's hash).
func shareKeys(ctx context.Context, obs jetstream.ObjectStore, k *prover.Keys) (uploaded bool, err error) {
	folder, err := keyFolder(k)
	if err != nil {
		return false, err
	}
	man, err := fs.ReadFile(folder, "manifest.json")
	if err != nil {
		return false, err
	}
	sum := sha256.Sum256(man)
	want := hex.EncodeToString(sum[:])
	name := keyObject(filepath.Base(k.Dir))
	if info, err := obs.GetInfo(ctx, name); err == nil && info.Metadata[manifestMeta] == want {
		return false, nil
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(tarFolder(pw, folder)) }()
	_, err = obs.Put(ctx, jetstream.ObjectMeta{Name: name, Description: "circuit keys " + k.ID, Metadata: map[string]string{manifestMeta: want}}, pr)
	pr.Close()
	if err != nil {
		return false, fmt.Errorf("share keys %s: %w", k.ID, err)
	}
	return true, nil
}

// keyFolder is the folder keys were loaded from: in the cache, or
// embedded in the binary (development keys).
func keyFolder(k *prover.Keys) (fs.FS, error) {
	if k.Dir == "" {
		return nil, fmt.Errorf("keys %s have no folder to share", k.ID)
	}
	if name, ok := strings.CutPrefix(k.Dir, devkeys.Location); ok {
		return devkeys.Folder(name)
	}
	return os.DirFS(k.Dir), nil
}

// tarFolder writes the regular files of a flat folder.
func tarFolder(w io.Writer, folder fs.FS) error {
	entries, err := fs.ReadDir(folder, ".")
	if err != nil {
		return err
	}
	tw := tar.NewWriter(w)
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		f, err := folder.Open(e.Name())
		if err != nil {
			return err
		}
		st, err := f.Stat()
		if err == nil {
			err = tw.WriteHeader(&tar.Header{Name: e.Name(), Mode: 0o644, Size: st.Size(), Typeflag: tar.TypeReg})
		}
		if err == nil {
			_, err = io.Copy(tw, f)
		}
		f.Close()
		if err != nil {
			return err
		}
	}
	return tw.Close()
}

// shareModel uploads a model unless it is there.
func shareModel(ctx context.Context, obs jetstream.ObjectStore, m *models.Model) (bool, error) {
	name := modelObject(m.Commitment())
	if _, err := obs.GetInfo(ctx, name); err == nil {
		return false, nil
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return false, err
	}
	if _, err := obs.Put(ctx, jetstream.ObjectMeta{Name: name, Description: "model " + m.Name}, &buf); err != nil {
		return false, fmt.Errorf("share model %s: %w", m.Name, err)
	}
	return true, nil
}

// fetchKeys returns the keys of a task's circuit from the local cache
// folder, or downloads them into it first.
func fetchKeys(ctx context.Context, obs jetstream.ObjectStore, cacheDir string, t *taskMsg) (*prover.Keys, error) {
	dir := filepath.Join(cacheDir, t.KeyDir)
	if k, err := prover.LoadKeys(dir); err == nil && k.ID == t.Circuit && k.VKHash == t.VKHash {
		return k, nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(cacheDir, ".fetch-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	r, err := obs.Get(ctx, keyObject(t.KeyDir))
	if err != nil {
		return nil, fmt.Errorf("keys of circuit %s: %w", t.Circuit, err)
	}
	err = untar(r, tmp)
	r.Close()
	if err != nil {
		return nil, fmt.Errorf("keys of circuit %s: %w", t.Circuit, err)
	}
	k, err := prover.LoadKeys(tmp)
	if err != nil {
		return nil, fmt.Errorf("keys of circuit %s: %w", t.Circuit, err)
	}
	if k.ID != t.Circuit || k.VKHash != t.VKHash {
		return nil, fmt.Errorf("%w: the object store's keys/%s are for circuit %s with verifying key %s, the task names %s with %s", prover.ErrCorruptKeys, t.KeyDir, k.ID, k.VKHash, t.Circuit, t.VKHash)
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, err
	}
	k.Dir = dir // the same files, moved: no need to read them again
	return k, nil
}

// untar extracts the regular files of a flat tar into dir.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg || h.Name != filepath.Base(h.Name) || h.Name == "." || h.Name == ".." {
			return fmt.Errorf("unexpected entry %q in a key folder", h.Name)
		}
		f, err := os.OpenFile(filepath.Join(dir, h.Name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, tr)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
}

// fetchModel returns a task's model from the local cache, or downloads it.
func fetchModel(ctx context.Context, obs jetstream.ObjectStore, cacheDir string, t *taskMsg) (*models.Model, error) {
	path := filepath.Join(cacheDir, "models", filepath.Base(t.Model)+".zkm")
	if m, err := readModel(path, t.Model); err == nil {
		return m, nil
	}
	data, err := obs.GetBytes(ctx, t.Model)
	if err != nil {
		return nil, fmt.Errorf("model %s: %w", t.Model, err)
	}
	m := new(models.Model)
	if _, err := m.ReadFrom(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("model %s: %w", t.Model, err)
	}
	if got := modelObject(m.Commitment()); got != t.Model {
		return nil, fmt.Errorf("the object store's %s holds a model with commitment %s", t.Model, got)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
		tmp := path + ".tmp"
		if os.WriteFile(tmp, data, 0o644) == nil {
			os.Rename(tmp, path)
		}
	}
	return m, nil
}

func readModel(path, want string) (*models.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := new(models.Model)
	if _, err := m.ReadFrom(f); err != nil {
		return nil, err
	}
	if modelObject(m.Commitment()) != want {
		return nil, fmt.Errorf("%s is another model", path)
	}
	return m, nil
}
