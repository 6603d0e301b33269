// Package bench measures zkinfer's proof cost. Its harness (Sweep, Run,
// WriteReport), behind 'zkinfer bench', sweeps the shipped models and
// synthetic families and measures constraints (per op kind), compile,
// setup, prove and verify time, proof and key sizes, peak heap,
// verification gas and accuracy, with the proving time of a bare gnark
// circuit of the same size as a floor, and writes CSV, Markdown and SVG
// plots; ReadCSV and Merge render a report again, or with some rows
// re-measured, from its CSV. Its Go benchmarks (BenchmarkProveMNIST and others) track the same
// costs with 'go test -bench'. Library code never imports it.
package bench
