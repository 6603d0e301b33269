// Package jsonerr decodes JSON files strictly and turns encoding/json's
// errors into messages a user can act on: an empty file, the line and
// column of a syntax error, the field of a type error. It knows no file
// format; the packages that own one (prover's bundles and openings) say
// which file it was and what it should have held.
package jsonerr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// ErrEmpty is returned for data that holds no JSON value at all.
var ErrEmpty = errors.New("empty")

// Decode decodes the one JSON value in data into v, rejecting unknown
// fields and trailing data. Its errors come through Explain.
func Decode(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return Explain(data, err)
	}
	end := d.InputOffset()
	if rest := bytes.TrimLeft(data[end:], " \t\r\n"); len(rest) > 0 {
		line, col := Position(data, int64(len(data)-len(rest)+1))
		return fmt.Errorf("line %d, column %d: data after the JSON value", line, col)
	}
	return nil
}

// Explain rewrites an error of decoding data with encoding/json: ErrEmpty
// for empty data; the line and column of a syntax error or of an early
// end; the field (a dotted path), the JSON value and the wanted type of a
// type error; encoding/json's own message less its "json: " prefix
// otherwise. The result wraps err, except ErrEmpty.
func Explain(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case len(bytes.TrimSpace(data)) == 0 && (errors.Is(err, io.EOF) || errors.As(err, &syn)):
		return ErrEmpty
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		line, col := Position(data, int64(len(data)))
		return &explained{fmt.Sprintf("line %d, column %d: the JSON ends early", line, col), err}
	case errors.As(err, &syn):
		line, col := Position(data, syn.Offset)
		return &explained{fmt.Sprintf("line %d, column %d: %s", line, col, syn.Error()), err}
	case errors.As(err, &typ):
		line, col := Position(data, typ.Offset)
		what := "the value"
		if typ.Field != "" {
			what = fmt.Sprintf("field %q", typ.Field)
		}
		return &explained{fmt.Sprintf("line %d, column %d: %s is a JSON %s, want %s", line, col, what, typ.Value, typeName(typ.Type)), err}
	}
	if msg, ok := strings.CutPrefix(err.Error(), "json: "); ok {
		return &explained{msg, err}
	}
	return err
}

// typeName says what JSON a Go type reads.
func typeName(t reflect.Type) string {
	switch {
	case t == nil:
		return "another type"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8:
		return "a base64 string"
	case t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		return "an array of " + t.Elem().String()
	case t.Kind() == reflect.Struct || t.Kind() == reflect.Map:
		return "an object (" + t.String() + ")"
	}
	return t.String()
}

// explained is an encoding/json error with a message a user can act on.
type explained struct {
	msg string
	err error
}

func (e *explained) Error() string { return e.msg }
func (e *explained) Unwrap() error { return e.err }

// Position is the 1-based line and column of the byte at offset-1 in
// data: where encoding/json stopped, for its error offsets ("after reading
// offset bytes"). Offsets outside data are clamped into it.
func Position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 1), int64(len(data)))
	if offset == 0 {
		return 1, 1
	}
	before := data[:offset-1]
	return bytes.Count(before, []byte{'\n'}) + 1, len(before) - bytes.LastIndexByte(before, '\n')
}

// Keys lists the names in the top-level object of data; nil when data is
// not a JSON object. Readers use it to recognise a file of another kind.
func Keys(data []byte) []string {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil {
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	return keys
}
