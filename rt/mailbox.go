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
	t     Term
	next  *Msg
	taken bool // removed from the queue by a receive (see RecvMark)
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
func (p *Process) park(due bool, deadline time.Time) bool {
	if p.pending() {
		p.Tick()
		return true
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
	d := time.Until(deadline)
	if d <= 0 {
		return p.unpark()
	}
	if p.timer == nil {
		p.timer = time.NewTimer(d)
	} else {
		p.timer.Reset(d)
	}
	select {
	case <-p.wake:
		p.timer.Stop()
		p.Tick()
		return true
	case <-p.timer.C:
		return p.unpark()
	}
}

// unpark ends a wait the owner gives up on. If a sender or a signal won
// the race to wake it, its token is on the way and is taken here, so the
// slot is empty for the next park. A message that arrived just as the
// timer fired is still received, as BEAM does when it is there before the
// timeout is handled.
func (p *Process) unpark() bool {
	if !p.parked.CompareAndSwap(1, 0) {
		<-p.wake
	}
	p.Tick()
	return p.inbox.Load() != nil
}

// procTable holds every live process, for processes/0. It is sharded so
// that spawning on many cores does not contend on one lock.
var procTable procShards

const procShardCount = 32

type procShards [procShardCount]struct {
	sync.Mutex
	m map[*Process]struct{}
	_ [40]byte
}

func (t *procShards) shard(p *Process) int { return int(p.self.h.id % procShardCount) }

func (t *procShards) add(p *Process) {
	s := &t[t.shard(p)]
	s.Lock()
	if s.m == nil {
		s.m = map[*Process]struct{}{}
	}
	s.m[p] = struct{}{}
	s.Unlock()
}

func (t *procShards) remove(p *Process) {
	s := &t[t.shard(p)]
	s.Lock()
	delete(s.m, p)
	s.Unlock()
}

// all returns the live processes in pid order.
func (t *procShards) all() []*Process {
	var ps []*Process
	for i := range t {
		s := &t[i]
		s.Lock()
		for p := range s.m {
			ps = append(ps, p)
		}
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
		n += len(s.m)
		s.Unlock()
	}
	return n
}
