//go:build race

package rt

// With the race detector the owner waits on a one-slot channel: see
// mailbox_park.go for why, and for the protocol on parked, which is the same.

type parker struct{ wake chan struct{} }

func (p *Process) initParker() { p.wake = make(chan struct{}, 1) }

func (p *Process) sleep() {
	p.parked.Store(1)
	if p.mustWake() && p.parked.CompareAndSwap(1, 0) {
		return
	}
	<-p.wake
}

func (q *Process) wakeUp() {
	if q.idleWait {
		go q.resume()
		return
	}
	q.wake <- struct{}{}
}
