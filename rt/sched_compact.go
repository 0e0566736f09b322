package rt

import (
	"os"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
	"unsafe"
)

// Scheduler compaction. Each time a process wakes another, Go's scheduler
// puts the woken goroutine on the waker's P and, if another P is idle,
// wakes a thread to look for work there: it spins, finds none (the woken
// goroutine runs on the waker's P as soon as the waker parks), and goes
// back to sleep through futex. A program whose processes mostly pass
// messages, one running at a time, pays for that on every hop: the ring
// benchmark took 0.74 s of CPU with two Ps against 0.50 with one, and
// gen_server:call 0.28 against 0.22.
//
// BEAM meets the same problem by compacting load onto as few schedulers as
// keep up with it (erl +scl, on by default). compactLoop does the same
// with GOMAXPROCS: when wake-ups (and spawns, which ready a goroutine the
// same way) run at over compactWakes a tick for compactAfter ticks, it
// drops to one P; while at one P, goroutines waiting for the P at every
// sample for spreadBusy ticks show parallel work and bring the Ps back, as
// does a quiet spell (few wake-ups for spreadQuiet ticks), since GC-heavy
// sequential code (nrev) runs faster with a second P to mark on. A
// program that is parallel and message-bound flips between the two; the
// wait before it compacts again doubles each time (up to maxHoldoff).
//
// erlang:system_info(schedulers) reports the Ps there were at start
// (Schedulers). GOMAXPROCS in the environment turns compaction off.

const (
	compactTick   = 5 * time.Millisecond
	compactWakes  = 100  // wake-ups a tick (20,000 a second) that make a program message-bound
	compactAfter  = 2    // ticks of that before dropping to one P
	spreadBusy    = 40   // ticks with goroutines waiting for the P at each sample
	spreadQuiet   = 100  // ticks under compactWakes/4 wake-ups
	baseHoldoff   = 80   // ticks at full width before compacting again, after spreadBusy
	maxHoldoff    = 1280 // the most that doubles to
	settledTicks  = 400  // ticks compacted without parallel work that reset the holdoff
	wakeShardBits = 4
)

// wakes counts wake-ups (claimWake), sharded by the woken process's
// address so that cores waking different processes do not share a line.
var wakes [1 << wakeShardBits]struct {
	n atomic.Uint64
	_ [56]byte
}

// countWake counts a wake-up of q, or its start (a spawn readies a
// goroutine as a wake-up does).
func countWake(q *Process) {
	wakes[uintptr(unsafe.Pointer(q))>>8&(1<<wakeShardBits-1)].n.Add(1)
}

func wakesTotal() uint64 {
	var n uint64
	for i := range wakes {
		n += wakes[i].n.Load()
	}
	return n
}

// schedulers is GOMAXPROCS as the program started: what compaction
// returns to, and erlang:system_info(schedulers).
var schedulers atomic.Int32

// Schedulers is the number of Ps the program runs processes on when all
// are in use.
func Schedulers() int {
	if n := schedulers.Load(); n > 0 {
		return int(n)
	}
	return runtime.GOMAXPROCS(0)
}

// startCompaction starts compactLoop, unless GOMAXPROCS is set in the
// environment or there is one P anyway.
func startCompaction() {
	n := runtime.GOMAXPROCS(0)
	schedulers.Store(int32(n))
	if os.Getenv("GOMAXPROCS") != "" || n < 2 {
		return
	}
	go compactLoop()
}

func compactLoop() {
	sample := []metrics.Sample{{Name: "/sched/goroutines/runnable:goroutines"}}
	tick := compactTicker(compactTick)
	c := compactor{backoff: baseHoldoff}
	var last uint64
	for {
		n := tick()
		w := wakesTotal()
		runnable := uint64(0)
		if c.compact {
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				runnable = sample[0].Value.Uint64()
			}
		}
		// Ticks that came late count as ticks that saw the same.
		for range n {
			switch c.step((w-last)/n, runnable) {
			case toOneP:
				runtime.GOMAXPROCS(1)
			case toAllPs:
				allPs()
			}
		}
		last = w
	}
}

// goTicker is compactTicker with a Go ticker (which drops the ticks its
// reader misses).
func goTicker(d time.Duration) func() uint64 {
	t := time.NewTicker(d)
	return func() uint64 { <-t.C; return 1 }
}

// compactor is compactLoop's state.
type compactor struct {
	compact                   bool // at one P
	hot, busy, quiet, settled int  // ticks in a row of each condition
	holdoff, backoff          int  // ticks left before compacting again; the next holdoff
}

const (
	stay = iota
	toOneP
	toAllPs
)

// step takes one tick's wake-ups and, when compacted, the goroutines
// waiting to run; it says what to do with GOMAXPROCS.
func (c *compactor) step(wakes, runnable uint64) int {
	if !c.compact {
		if c.holdoff > 0 {
			c.holdoff--
			return stay
		}
		if c.hot++; wakes < compactWakes {
			c.hot = 0
		}
		if c.hot < compactAfter {
			return stay
		}
		c.compact, c.busy, c.quiet, c.settled = true, 0, 0, 0
		return toOneP
	}
	// The loop runs when the goroutine that had the P parks or its time
	// slice ends, so one runnable goroutine is the norm: a second one is
	// work that waits for a P.
	if c.busy++; runnable < 2 {
		c.busy = 0
	}
	if c.quiet++; wakes >= compactWakes/4 {
		c.quiet = 0
	}
	if c.settled++; c.settled == settledTicks {
		c.backoff = baseHoldoff
	}
	switch {
	case c.busy >= spreadBusy:
		c.compact, c.holdoff, c.hot = false, c.backoff, 0
		c.backoff = min(2*c.backoff, maxHoldoff)
		return toAllPs
	case c.quiet >= spreadQuiet:
		c.compact, c.hot = false, 0
		return toAllPs
	}
	return stay
}
