package service

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Client talks to a provider's API.
type Client struct {
	URL  string // base URL, e.g. http://127.0.0.1:8480
	HTTP *http.Client
}

// NewClient returns a client of the provider at url.
func NewClient(url string) *Client {
	return &Client{URL: strings.TrimRight(url, "/"), HTTP: &http.Client{Timeout: 30 * time.Second}}
}

// maxAnswer bounds what the client reads of an answer (a bundle is a few KB).
const maxAnswer = 32 << 20

func (c *Client) do(ctx context.Context, method, path string, body []byte, header map[string]string, out any) error {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.URL+path, r)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		var e errorBody
		if json.Unmarshal(data, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(data))
		}
		retry, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
		return &APIError{Status: resp.StatusCode, Msg: e.Error, RetryAfter: retry}
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%s %s: the provider's answer is not valid: %w", method, path, err)
	}
	return nil
}

// Models lists the provider's models.
func (c *Client) Models(ctx context.Context) ([]ModelView, error) {
	var out []ModelView
	return out, c.do(ctx, http.MethodGet, "/v1/models", nil, nil, &out)
}

// Transcript copies the ceremony transcript of model id's keys to w, at
// most limit bytes. What it gets is the provider's word: check it against
// the registry's setupTranscript (prover.ReadPhase2 gives its hash).
func (c *Client) Transcript(ctx context.Context, id uint64, w io.Writer, limit int64) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/models/%d/transcript", c.URL, id), nil)
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		data, _ := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
		var e errorBody
		if json.Unmarshal(data, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(data))
		}
		return &APIError{Status: resp.StatusCode, Msg: e.Error}
	}
	n, err := io.Copy(w, io.LimitReader(resp.Body, limit+1))
	if err == nil && n > limit {
		err = fmt.Errorf("the transcript of model #%d is larger than %d bytes", id, limit)
	}
	return err
}

// Submit sends a job's input.
func (c *Client) Submit(ctx context.Context, req *SubmitRequest) (*JobView, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	var out JobView
	return &out, c.do(ctx, http.MethodPost, "/v1/jobs", body, nil, &out)
}

// Job reads a job. With the request's signature, the answer also opens
// the output.
func (c *Client) Job(ctx context.Context, id uint64, signature hexutil.Bytes) (*JobView, error) {
	h := map[string]string{}
	if signature != nil {
		h[HeaderSignature] = signature.String()
	}
	var out JobView
	return &out, c.do(ctx, http.MethodGet, fmt.Sprintf("/v1/jobs/%d", id), nil, h, &out)
}
