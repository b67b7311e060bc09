package zkbench

import (
	"runtime/metrics"
	"sync"
	"time"
)

// peakMonitor samples the Go heap every 10 ms until stopped.
type peakMonitor struct {
	done chan struct{}
	wg   sync.WaitGroup
	peak uint64
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func startPeak() *peakMonitor {
	m := &peakMonitor{done: make(chan struct{}), peak: heapBytes()}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-m.done:
				return
			case <-t.C:
				m.peak = max(m.peak, heapBytes())
			}
		}
	}()
	return m
}

func (m *peakMonitor) stop() uint64 {
	close(m.done)
	m.wg.Wait()
	return max(m.peak, heapBytes())
}
