package service

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzDecodeSubmitRequest: any body decodes to a checked request or to a
// 4xx RequestError, never a panic; what decodes survives a round trip.
func FuzzDecodeSubmitRequest(f *testing.F) {
	for _, seed := range []string{
		`{"jobId":1,"modelId":1,"input":[0,1,-128,127],"inputSalt":"0x0000000000000000000000000000000000000000000000000000000000000001","signature":"0x` + string(bytes.Repeat([]byte("ab"), 65)) + `"}`,
		`{"jobId":1,"modelId":1,"input":[300]}`,
		`{"jobId":-1}`,
		`{"jobId":1e40}`,
		`[]`,
		`{"jobId":1,"jobId":2}`,
		`{"input":[1,2,3],"inputSalt":"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}`,
		``,
		`null`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		r, err := DecodeSubmitRequest(bytes.NewReader(body), 4096)
		if err != nil {
			var re *RequestError
			if !errors.As(err, &re) || re.Status < 400 || re.Status > 499 {
				t.Fatalf("error %v is not a 4xx RequestError", err)
			}
			return
		}
		if r.JobID == 0 || r.ModelID == 0 || len(r.Input) == 0 || len(r.Signature) != 65 {
			t.Fatalf("accepted an incomplete request %+v", r)
		}
		again, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := DecodeSubmitRequest(bytes.NewReader(again), 1<<20)
		if err != nil || r2.JobID != r.JobID || !bytes.Equal(r2.Signature, r.Signature) || len(r2.Input) != len(r.Input) {
			t.Fatalf("round trip: %+v, %v", r2, err)
		}
	})
}
