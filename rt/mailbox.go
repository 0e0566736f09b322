package rt

import (
	"sync"
	"sync/atomic"
	"time"
	_ "unsafe" // nanotime
)

// The mailbox has two halves, as BEAM's has. Senders push onto the inbox,
// a lock-free stack; the receiver takes the whole inbox in one atomic swap
// (fetch) when it has scanned everything it holds, reverses it into
// arrival order and appends it to its private queue, so a receive scans
// without synchronising and senders never wait for a scan. Each sender's
// messages keep their order. A parked receiver is woken by whoever moves
// parked from 1 to 0 (see Process.parked, and sleep in mailbox_park.go).

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

// deliverFrom is deliver for a message sent by from, the process running
// the caller (or nil). The message goes out in the cell of the last
// message from took, if it has one: a process that receives one message
// and sends one, as in a ring or a call and its reply, allocates no cells,
// and the cell it reuses is still in its cache.
func (q *Process) deliverFrom(from *Process, t Term) {
	m := from.takeSpare()
	if m == nil {
		m = &Msg{}
	}
	m.t = t
	if q.push(m) {
		q.wakeUp()
	}
}

// takeSpare returns p's spare cell, or nil; p may be nil.
func (p *Process) takeSpare() *Msg {
	if p == nil {
		return nil
	}
	m := p.spare
	p.spare = nil
	return m
}

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

// mustWake is pending, or the timer has rung since park set it: sleep
// looks at it once parked is published, so that a timer that fires just
// before (when timeUp finds the owner not parked yet) is not lost.
func (p *Process) mustWake() bool { return p.pending() || p.tw != nil && p.tw.rang.Load() }

// claimWake reports whether the caller, having just queued a message or
// raised sig, must wake the owner: it is parked and the caller won the
// CAS that unparks it. The load spares the locked CAS when the owner is
// running, as a busy server mostly is.
func (q *Process) claimWake() bool {
	if q.parked.Load() == 1 && q.parked.CompareAndSwap(1, 0) {
		countWake(q) // see compactLoop
		return true
	}
	return false
}

// park waits until a message or signal arrives or, with timed, until the
// current receive's after timeout passes. It reports false on timeout;
// true means "look again", which includes a wake-up with nothing new (a
// timer set for an earlier wait). Signals that end the process are acted
// on here: park does not return then.
func (p *Process) park(timed bool) bool {
	if p.pending() {
		p.Tick()
		return true
	}
	if timed {
		tw := p.tw
		if tw.wait == 0 { // after 0
			p.Tick()
			return p.inbox.Load() != nil
		}
		now := nanotime()
		if tw.due == 0 { // the first wait of this receive starts its clock, as on BEAM
			tw.due = now + int64(tw.wait)
		}
		d := time.Duration(tw.due - now)
		if d <= 0 {
			// Timers of erlang:send_after due by now deliver first, as
			// BEAM fires timers in order: Go runs each timer's callback
			// in a goroutine of its own, in no set order.
			fireDue()
			p.Tick()
			return p.inbox.Load() != nil
		}
		tw.rang.Store(false)
		tw.arm(p, now, d)
	}
	p.sleep()
	p.Tick()
	return true
}

// nanotime is the monotonic clock that Go's timers run on, read with one
// vDSO call where time.Now makes two (it also reads the wall clock): a
// gen_server:call reads it once.
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64

// timedWait is what a process needs for receives with an after clause.
// Times are nanotime's.
type timedWait struct {
	wait  time.Duration // the current receive's timeout
	due   int64         // when it passes; 0 until the receive first waits
	timer *time.Timer   // calls timeUp
	fires int64         // when timer was last set to fire
	rang  atomic.Bool   // timeUp ran since park cleared it (see mustWake)
}

// arm makes sure the timer wakes the owner no later than now+d. A timer
// that is still to fire before that is left alone: a gen_server:call
// waits 5 seconds for each reply, and resetting and stopping a timer for
// every call cost more than the one early wake-up per 5 seconds, after
// which park sets it again.
func (tw *timedWait) arm(p *Process, now int64, d time.Duration) {
	due := now + int64(d)
	switch {
	case tw.timer == nil:
		tw.timer = time.AfterFunc(d, p.timeUp)
	case tw.fires > now && tw.fires <= due:
		return
	default:
		tw.timer.Reset(d)
	}
	tw.fires = due
}

// timeUp is the timer's: it wakes the owner if it is parked, whatever it
// waits for; park looks at the clock again.
func (p *Process) timeUp() {
	p.tw.rang.Store(true)
	if p.claimWake() {
		p.wakeUp()
	}
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
