package rt

import (
	"sync"
	"time"
)

// The mailbox has two halves, as BEAM's has. Senders append to the inbox
// (in, inTail) under the receiver's mu; the receiver moves the whole inbox
// to the end of its private queue in one step (fetch) when it has scanned
// everything it holds, so a receive scans without locking and senders never
// wait for a scan. A parked receiver is woken through a one-slot channel:
// one non-blocking send per message that finds the receiver parked.

// Msg is one message in a mailbox, as seen by a receive loop.
type Msg struct {
	t     Term
	next  *Msg
	taken bool // removed from the queue by a receive (see RecvMark)
}

// Term is the message.
func (m *Msg) Term() Term { return m.t }

// deliver appends a message to q's mailbox. Messages to a dead process are
// dropped, as on BEAM.
func (q *Process) deliver(t Term) {
	q.mu.Lock()
	if q.dead {
		q.mu.Unlock()
		return
	}
	wake := q.enqueue(t)
	q.mu.Unlock()
	if wake {
		q.wakeUp()
	}
}

// wakeUp makes a parked owner return from park; the slot holds at most one
// wake-up, and a spare one only costs the owner an extra look at its queue.
func (q *Process) wakeUp() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// fetch moves the inbox to the end of the private queue; it reports
// whether there was anything to move. Owner only.
func (p *Process) fetch() bool {
	p.mu.Lock()
	m, last := p.in, p.inTail
	p.in, p.inTail = nil, nil
	p.mu.Unlock()
	if m == nil {
		return false
	}
	p.qtail.next = m
	p.qtail = last
	return true
}

// park waits until a message or signal arrives or the deadline passes
// (never, if due is false). It reports false on timeout. Signals that end
// the process are acted on here: park does not return then.
func (p *Process) park(due bool, deadline time.Time) bool {
	p.mu.Lock()
	if p.in != nil || p.exitReason != nil {
		p.mu.Unlock()
		p.Tick()
		return true
	}
	p.parked = true
	p.mu.Unlock()
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

// unpark ends a wait that timed out. A message may have arrived just as the
// timer fired: then the receive goes on scanning instead of timing out,
// which is what BEAM does when the message is there before the timeout is
// handled.
func (p *Process) unpark() bool {
	p.mu.Lock()
	was := p.parked
	p.parked = false
	arrived := p.in != nil
	p.mu.Unlock()
	if !was { // a sender cleared parked and is filling the wake slot
		select {
		case <-p.wake:
		default:
		}
	}
	p.Tick()
	return arrived
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
