package rt

import (
	"sync"
	"time"
)

// The mailbox has two halves, as BEAM's has. Senders push onto the inbox,
// a lock-free stack; the receiver takes the whole inbox in one atomic swap
// (fetch) when it has scanned everything it holds, reverses it into
// arrival order and appends it to its private queue, so a receive scans
// without synchronising and senders never wait for a scan. Each sender's
// messages keep their order. A parked receiver is woken through a one-slot
// channel by whoever moves parked from 1 to 0 (see Process.parked).

// Msg is one message in a mailbox, as seen by a receive loop.
type Msg struct {
	t    Term
	next *Msg // the next message; m itself once a receive has taken m (see RecvMark)
}

// Term is the message.
func (m *Msg) Term() Term { return m.t }

// deliver appends a message to q's mailbox. A message to a process that
// has exited is never read: it is dropped, as on BEAM.
func (q *Process) deliver(t Term) {
	if q.enqueue(t) {
		q.wakeUp()
	}
}

// wakeUp hands the owner its wake-up token; the caller won the CAS on
// parked, so the slot is free.
func (q *Process) wakeUp() { q.wake <- struct{}{} }

// fetch moves the inbox to the end of the private queue; it reports
// whether there was anything to move. Owner only.
func (p *Process) fetch() bool {
	m := p.inbox.Swap(nil)
	if m == nil {
		return false
	}
	var first *Msg // reverse: the stack holds the newest first
	last := m
	for m != nil {
		next := m.next
		m.next = first
		first = m
		m = next
	}
	p.qtail.next = first
	p.qtail = last
	return true
}

// pending reports whether a message or a signal waits for the owner.
func (p *Process) pending() bool { return p.inbox.Load() != nil || p.sig.Load() != 0 }

// park waits until a message or signal arrives or the deadline passes
// (never, if due is false). It reports false on timeout. Signals that end
// the process are acted on here: park does not return then.
//
// The owner waits on a one-slot channel. A sync.Mutex locked twice would
// save the channel's 96 bytes, but its waiters go to the runtime's shared
// semaphore table, a tree per bucket: with 10,000 parked processes the
// ring benchmark spent a third of its time there.
func (p *Process) park(due bool) bool {
	if p.pending() {
		p.Tick()
		return true
	}
	var d time.Duration
	if due {
		if d = time.Until(p.tw.due); d <= 0 {
			p.Tick()
			return p.inbox.Load() != nil
		}
	}
	p.parked.Store(1)
	if p.pending() { // arrived between the check and the store
		p.unpark()
		p.Tick()
		return true
	}
	if !due {
		<-p.wake
		p.Tick()
		return true
	}
	return p.parkTimer(d)
}

// timedWait is what a process needs for receives with an after clause.
type timedWait struct {
	due   time.Time // when the current receive times out
	timer *time.Timer
}

// parkTimer is park for a wait of d; parked is already set.
func (p *Process) parkTimer(d time.Duration) bool {
	tw := p.tw
	if tw.timer == nil {
		tw.timer = time.NewTimer(d)
	} else {
		tw.timer.Reset(d)
	}
	select {
	case <-p.wake:
		tw.timer.Stop()
		p.Tick()
		return true
	case <-tw.timer.C:
		p.unpark()
		p.Tick()
		return p.inbox.Load() != nil
	}
}

// unpark ends a wait the owner gives up on. If a sender or a signal won
// the race to wake it, its token is on the way and is taken here, so the
// next park starts clean. A message that arrived just as the timer fired
// is still received, as BEAM does when it is there before the timeout is
// handled.
func (p *Process) unpark() {
	if p.parked.CompareAndSwap(1, 0) {
		return
	}
	<-p.wake
}

// procTable holds every live process, for processes/0. It is sharded so
// that spawning on many cores does not contend on one lock; each shard is
// a slice in which a process knows its position (tabIdx), so adding and
// removing one neither hashes nor allocates.
var procTable procShards

const procShardCount = 32

type procShards [procShardCount]struct {
	sync.Mutex
	ps []*Process
	_  [32]byte
}

func (t *procShards) shard(p *Process) int { return int(p.self.h.id % procShardCount) }

func (t *procShards) add(p *Process) {
	s := &t[t.shard(p)]
	s.Lock()
	p.tabIdx = int32(len(s.ps))
	s.ps = append(s.ps, p)
	s.Unlock()
}

// remove moves the shard's last process into p's place.
func (t *procShards) remove(p *Process) {
	s := &t[t.shard(p)]
	s.Lock()
	last := len(s.ps) - 1
	moved := s.ps[last]
	s.ps[p.tabIdx] = moved
	moved.tabIdx = p.tabIdx
	s.ps[last] = nil
	s.ps = s.ps[:last]
	if cap(s.ps) > 64 && len(s.ps) < cap(s.ps)/4 { // give back what a crowd left
		s.ps = append([]*Process(nil), s.ps...)
	}
	s.Unlock()
}

// all returns the live processes in pid order.
func (t *procShards) all() []*Process {
	var ps []*Process
	for i := range t {
		s := &t[i]
		s.Lock()
		ps = append(ps, s.ps...)
		s.Unlock()
	}
	sortProcs(ps)
	return ps
}

// count is the number of live processes.
func (t *procShards) count() int {
	n := 0
	for i := range t {
		s := &t[i]
		s.Lock()
		n += len(s.ps)
		s.Unlock()
	}
	return n
}
