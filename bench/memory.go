package bench

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// PeakHeap runs f and returns the largest Go heap (bytes held by heap
// objects, live or not yet swept) seen while it ran, sampled every
// millisecond without stopping the world. gnark keeps its keys, witness
// and MSM buffers on the Go heap, so this is the memory a proof needs.
func PeakHeap(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	peak := read()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		p := peak
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				done <- max(p, read())
				return
			case <-t.C:
				p = max(p, read())
			}
		}
	}()
	f()
	close(stop)
	return <-done
}
