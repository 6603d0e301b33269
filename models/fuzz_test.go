package models

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func zstdEncode(b []byte) []byte {
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		panic(err)
	}
	defer enc.Close()
	return enc.EncodeAll(b, nil)
}

// FuzzReadModel feeds mutated model files to the reader: it must never
// panic, and whatever it accepts must be valid and survive a round trip.
func FuzzReadModel(f *testing.F) {
	good := encode(f, tinyModel())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(rawFile(FileVersion, tinyModel().encodeBody(true)))
	f.Add(rawFile(FileVersion, tinyModel().encodeBody(false)))
	if cnn, err := SyntheticCNN("cnn", 1, 8, 2, 2, 3); err == nil {
		f.Add(encode(f, cnn))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		// a smaller body bound than ReadFrom's keeps each run fast: a few
		// bytes of zstd can legitimately expand to a body of megabytes
		if _, err := m.readFrom(bytes.NewReader(data), 1<<20); err != nil {
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("accepted an invalid model: %v", err)
		}
		var again Model
		if _, err := again.ReadFrom(bytes.NewReader(encode(t, &m))); err != nil {
			t.Fatalf("re-encoded model unreadable: %v", err)
		}
		if !reflect.DeepEqual(&m, &again) {
			t.Fatal("round trip changed an accepted model")
		}
	})
}

// FuzzBody feeds arbitrary bytes straight to the body decoder, past the
// zstd layer, where most of the parsing happens.
func FuzzBody(f *testing.F) {
	f.Add(tinyModel().encodeBody(true))
	if cnn, err := SyntheticCNN("cnn", 1, 8, 2, 2, 3); err == nil {
		f.Add(cnn.encodeBody(true))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var m Model
		if err := m.decodeBody(body, true); err == nil {
			_ = m.Validate()
		}
	})
}
