package jsonerr

import (
	"errors"
	"io"
	"strings"
	"testing"
)

type doc struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Inner struct {
		Values []int8 `json:"values"`
	} `json:"inner"`
	Data []byte `json:"data"`
}

func TestDecode(t *testing.T) {
	cases := []struct {
		name, data string
		want       string // substring of the error; "" for none
		is         error
	}{
		{"ok", `{"name": "a", "count": 2, "inner": {"values": [1, -2]}}`, "", nil},
		{"empty", ``, "empty", ErrEmpty},
		{"blank", " \n\t\n", "empty", ErrEmpty},
		{"garbage", `nope`, "line 1, column 2: invalid character 'o' in literal null (expecting 'u')", nil},
		{"garbage on line 3", "{\n  \"name\": \"a\",\n  \"count\": 2x\n}", "line 3, column 13: invalid character 'x'", nil},
		{"truncated", "{\n  \"name\": \"a\",", "line 2, column 14: the JSON ends early", io.ErrUnexpectedEOF},
		{"wrong type", "{\n  \"count\": \"two\"\n}", `line 2, column 16: field "count" is a JSON string, want int`, nil},
		{"nested type", `{"inner": {"values": [1, 300]}}`, `field "inner.values" is a JSON number 300, want int8`, nil},
		{"bytes", `{"data": 5}`, `field "data" is a JSON number, want a base64 string`, nil},
		{"not an object", `[1, 2]`, `the value is a JSON array, want an object (jsonerr.doc)`, nil},
		{"unknown field", `{"nme": "a"}`, `unknown field "nme"`, nil},
		{"trailing", "{\"name\": \"a\"}\n  {}", "line 2, column 3: data after the JSON value", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var d doc
			err := Decode([]byte(c.data), &d)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.want == "":
				return
			case err == nil:
				t.Fatalf("no error, want %q", c.want)
			case !strings.Contains(err.Error(), c.want):
				t.Errorf("error %q, want it to contain %q", err, c.want)
			case strings.Contains(err.Error(), "json: "):
				t.Errorf("error %q keeps encoding/json's prefix", err)
			case c.is != nil && !errors.Is(err, c.is):
				t.Errorf("error %v does not wrap %v", err, c.is)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncd\n\nef")
	for _, c := range []struct {
		offset    int64
		line, col int
	}{{-1, 1, 1}, {0, 1, 1}, {1, 1, 1}, {2, 1, 2}, {3, 1, 3}, {4, 2, 1}, {7, 3, 1}, {9, 4, 2}, {99, 4, 2}} {
		if l, col := Position(data, c.offset); l != c.line || col != c.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", c.offset, l, col, c.line, c.col)
		}
	}
	if l, c := Position(nil, 5); l != 1 || c != 1 {
		t.Errorf("Position of no data = %d:%d", l, c)
	}
}

func TestKeys(t *testing.T) {
	if k := Keys([]byte(`{"a": 1, "b": {"c": 2}}`)); len(k) != 2 {
		t.Errorf("keys %v", k)
	}
	for _, s := range []string{``, `[1]`, `{`, `"a"`} {
		if k := Keys([]byte(s)); k != nil {
			t.Errorf("Keys(%q) = %v, want nil", s, k)
		}
	}
}
