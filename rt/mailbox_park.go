//go:build !race

package rt

import "unsafe"

// A parked process sleeps in the Go scheduler itself, as a goroutine
// blocked on a channel does, but without the channel: gopark takes it off
// its thread and goready puts it on the waker's run queue, to run next on
// the same P. Compared with a one-slot channel this saves the channel's
// 96 bytes per process and, per wake-up, the channel's lock, the wait
// queue entry (sudog) and a cache miss on the channel: the ring benchmark
// spent a quarter of its time in chansend and chanrecv.
//
// Both are in the runtime's list of functions that stay reachable by
// linkname ("Do not remove or change the type signature", go.dev/issue/67401).
// The race detector cannot follow code that runs on the scheduler's own
// stack, as commitPark does, so -race builds use a channel instead
// (mailbox_park_race.go); the protocol on parked is the same.

//go:linkname gopark runtime.gopark
func gopark(commit func(gp uintptr, p unsafe.Pointer) bool, p unsafe.Pointer, reason, traceReason uint8, traceskip int)

//go:linkname goready runtime.goready
func goready(gp uintptr, traceskip int)

// parker is the owner's goroutine (the runtime's g, which is never freed)
// while it is parked.
type parker struct{ g uintptr }

func (p *Process) initParker() {}

// sleep parks the owner until whoever moves parked from 1 to 0 calls
// wakeUp. parked is set only once the goroutine is off its thread, in
// commitPark, so that goready always finds it waiting.
func (p *Process) sleep() { gopark(commitPark, unsafe.Pointer(p), 0, 0, 1) }

// commitPark runs on the scheduler's stack once the owner's goroutine is
// waiting: it publishes the goroutine and parked, then looks again for a
// message, signal or timer that came in meanwhile (mustWake). If one did and the owner
// takes parked back (no sender won the CAS), it reports false and the
// goroutine runs on at once; otherwise the winner resumes it.
//
//go:nosplit
func commitPark(gp uintptr, pp unsafe.Pointer) bool {
	p := (*Process)(pp)
	p.g = gp
	p.parked.Store(1)
	return !(p.mustWake() && p.parked.CompareAndSwap(1, 0))
}

// wakeUp makes the parked owner runnable; the caller won the CAS on parked.
// An owner waiting idle has no goroutine: it gets a new one.
func (q *Process) wakeUp() {
	if q.idleWait {
		go q.resume()
		return
	}
	goready(q.g, 1)
}
