package prover

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testBundle is a bundle that passes Check; its proof is no proof.
func testBundle() *Bundle {
	return &Bundle{
		Version: BundleVersion, Backend: BackendGroth16, Curve: CurveBN254, CircuitID: "0123456789abcdef01234567",
		Options: DefaultOptions().WithDefaults(), Proof: []byte{1}, VerifyingKeyHash: strings.Repeat("0", 64),
	}
}

func testOpening() *Opening {
	return &Opening{Input: []int8{1, -2}, Output: []int8{3}}
}

// TestReadFiles: a bundle or an opening file that cannot be read says which
// file and what is wrong with it, and the mix-up of the two is named.
func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	var bundle, opening bytes.Buffer
	testBundle().WriteTo(&bundle)
	testOpening().WriteTo(&opening)
	bin, err := testBundle().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"bundle.json": bundle.Bytes(), "bundle.bin": bin, "opening.json": opening.Bytes(),
		"empty.json": nil, "blank.json": []byte("\n \n"), "garbage.json": []byte("nope"),
		"truncated.json":    bundle.Bytes()[:40],
		"type.json":         bytes.Replace(bundle.Bytes(), []byte(`"constraints": 0`), []byte(`"constraints": "many"`), 1),
		"opening-type.json": bytes.Replace(opening.Bytes(), []byte("-2"), []byte("-200"), 1),
		"no-output.json":    []byte(`{"input": [1], "inputSalt": "0x` + strings.Repeat("0", 64) + `"}`),
		"unknown.json":      []byte(`{"version": 2, "prooof": ""}`),
	}
	for name, data := range files {
		write(name, data)
	}
	cases := []struct {
		file    string
		opening bool   // read as an opening, else as a bundle
		want    string // "" for success
		is      error
	}{
		{"bundle.json", false, "", nil},
		{"bundle.bin", false, "", nil},
		{"opening.json", true, "", nil},
		{"missing.json", false, "missing.json: no such file", os.ErrNotExist},
		{"missing.json", true, "missing.json: no such file", os.ErrNotExist},
		{"empty.json", false, "empty.json is empty, not a proof bundle", ErrMalformedBundle},
		{"blank.json", false, "blank.json is empty, not a proof bundle", ErrMalformedBundle},
		{"empty.json", true, "empty.json is empty, not an opening", ErrMalformedOpening},
		{"garbage.json", false, "garbage.json: malformed proof bundle: line 1, column 2: invalid character 'o' in literal null (expecting 'u')", ErrMalformedBundle},
		{"garbage.json", true, "garbage.json: malformed opening: line 1, column 2: invalid character 'o'", ErrMalformedOpening},
		{"truncated.json", false, "truncated.json: malformed proof bundle: line 3, column 22: the JSON ends early", ErrMalformedBundle},
		{"type.json", false, `type.json: malformed proof bundle: line 12, column 23: field "constraints" is a JSON string, want int`, ErrMalformedBundle},
		{"opening-type.json", true, `opening-type.json: malformed opening: line 4, column 8: field "input" is a JSON number -200, want int8`, ErrMalformedOpening},
		{"no-output.json", true, "no-output.json: malformed opening: no input or no output", ErrMalformedOpening},
		{"unknown.json", false, `unknown.json: malformed proof bundle: unknown field "prooof"`, ErrMalformedBundle},
		{"opening.json", false, "opening.json is an opening (the plaintext input and output and their salts), not a proof bundle", ErrOpeningNotBundle},
		{"bundle.json", true, "bundle.json is a proof bundle, not an opening", ErrBundleNotOpening},
		{"bundle.bin", true, "bundle.bin is a proof bundle, not an opening", ErrBundleNotOpening},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.file)
		var err error
		if c.opening {
			_, err = ReadOpeningFile(path)
		} else {
			_, err = ReadBundleFile(path)
		}
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s (opening %v): %v", c.file, c.opening, err)
		case c.want == "":
		case err == nil:
			t.Errorf("%s (opening %v): no error, want %q", c.file, c.opening, c.want)
		case !strings.Contains(err.Error(), filepath.Join(dir, c.want)):
			t.Errorf("%s (opening %v): error %q, want it to contain %q", c.file, c.opening, err, c.want)
		case !errors.Is(err, c.is):
			t.Errorf("%s (opening %v): error %v does not wrap %v", c.file, c.opening, err, c.is)
		case strings.Contains(err.Error(), "json: cannot") || strings.Contains(err.Error(), "json: unknown"):
			t.Errorf("%s (opening %v): error %q keeps encoding/json's prefix", c.file, c.opening, err)
		}
	}
}

// FuzzReadOpening: reading untrusted opening bytes never panics, and an
// accepted opening has its input and output.
func FuzzReadOpening(f *testing.F) {
	var js bytes.Buffer
	testOpening().WriteTo(&js)
	f.Add(js.Bytes())
	f.Add([]byte(`{"input": [], "output": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var got Opening
		if _, err := got.ReadFrom(bytes.NewReader(data)); err == nil && (got.Input == nil || got.Output == nil) {
			t.Fatalf("accepted an opening without input or output: %+v", got)
		}
	})
}
