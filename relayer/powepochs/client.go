package powepochs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// ErrRejected is returned by PostBatch when the relayer refused the batch;
// the message carries the relayer's code and reason.
var ErrRejected = errors.New("powepochs: relayer rejected the batch")

// PostBatch sends one signed PowBatch envelope (JSON, as `dip pow mine`
// writes it) to a relayer at baseURL and returns its receipt.
func PostBatch(ctx context.Context, hc *http.Client, baseURL string, envelope []byte) (*Receipt, error) {
	if hc == nil {
		hc = http.DefaultClient
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(baseURL, "/")+RouteBatches, bytes.NewReader(envelope))
	if err != nil {
		return nil, fmt.Errorf("powepochs: relayer url: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("powepochs: post batch: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("powepochs: read the relayer's answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var eb errorBody
		if json.Unmarshal(body, &eb) == nil && eb.Code != "" {
			return nil, fmt.Errorf("%w (HTTP %d, %s): %s", ErrRejected, resp.StatusCode, eb.Code, eb.Error)
		}
		return nil, fmt.Errorf("%w (HTTP %d): %s", ErrRejected, resp.StatusCode, strings.TrimSpace(string(body)))
	}
	var r Receipt
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("powepochs: decode the relayer's receipt: %w", err)
	}
	return &r, nil
}
