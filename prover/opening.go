package prover

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/zkinfer/zkinfer/internal/jsonerr"
)

// maxOpening bounds the opening bytes a reader accepts.
const maxOpening = 16 << 20

// ErrMalformedOpening is wrapped by every error about unreadable openings.
var ErrMalformedOpening = errors.New("malformed opening")

// WriteTo writes the opening as indented JSON; it implements io.WriterTo.
func (o *Opening) WriteTo(w io.Writer) (int64, error) {
	data, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(data, '\n'))
	return int64(n), err
}

// ReadFrom reads an opening in its JSON form, rejecting unknown fields and
// an opening without its input or output; a bundle given instead is
// recognised (ErrBundleNotOpening). It implements io.ReaderFrom; errors
// wrap ErrMalformedOpening.
func (o *Opening) ReadFrom(r io.Reader) (int64, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxOpening+1))
	n := int64(len(data))
	if err != nil {
		return n, err
	}
	if len(data) > maxOpening {
		return n, fmt.Errorf("%w: larger than %d bytes", ErrMalformedOpening, maxOpening)
	}
	var out Opening
	if err := jsonerr.Decode(data, &out); err != nil {
		if isBundle(data) {
			return n, fmt.Errorf("%w: %w", ErrMalformedOpening, ErrBundleNotOpening)
		}
		return n, fmt.Errorf("%w: %w", ErrMalformedOpening, err)
	}
	if out.Input == nil || out.Output == nil {
		return n, fmt.Errorf("%w: no input or no output", ErrMalformedOpening)
	}
	*o = out
	return n, nil
}

// ReadOpeningFile reads the opening in file path. Its errors name the
// file and say what is wrong with it: empty, the line and column of bad
// JSON, the field of a wrong type, a bundle given instead
// (ErrBundleNotOpening). Errors about the content wrap
// ErrMalformedOpening.
func ReadOpeningFile(path string) (*Opening, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var o Opening
	if _, err := o.ReadFrom(f); err != nil {
		return nil, fileError(path, "an opening", err, ErrBundleNotOpening)
	}
	return &o, nil
}
