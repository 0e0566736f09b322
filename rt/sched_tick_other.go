//go:build !(linux && (amd64 || arm64))

package rt

import "time"

// compactTicker returns a function that waits for the next of
// compactLoop's ticks and returns how many have passed (see
// sched_tick_linux.go).
func compactTicker(d time.Duration) func() uint64 { return goTicker(d) }
