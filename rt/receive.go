package rt

import "time"

// Selective receive. A receive is a loop over the private queue with a
// cursor (rprev, the message before the one being tried): the generated code
// tries its clauses on each message in arrival order, takes the first that
// matches, and asks for the next one otherwise. Messages that match nothing
// stay where they are. At the end of the queue the loop fetches the inbox,
// and when that is empty it parks until a message arrives or the after
// timeout passes. See doc.go for the code the generator emits.

// RecvStart begins a receive and returns the oldest message, waiting for
// one if the mailbox is empty. after is the value of the after expression
// (a non-negative integer of milliseconds or infinity), or nil when the
// receive has no after clause. It returns nil when the timeout passes.
func (p *Process) RecvStart(after Term) *Msg {
	p.recvTimeout(after)
	p.rprev = &p.q
	return p.recvFrom()
}

// RecvNext returns the message after m, the one the clauses did not match,
// waiting for a new one at the end of the queue; nil on timeout.
func (p *Process) RecvNext(m *Msg) *Msg {
	p.rprev = m
	return p.recvFrom()
}

// RecvTake removes m, the message a clause matched, from the queue. The
// clause body runs after it.
func (p *Process) RecvTake(m *Msg) {
	p.rprev.next = m.next
	if p.qtail == m {
		p.qtail = p.rprev
	}
	m.next = m // taken: see messagesLocked
	p.takes++
	p.spare = m // its next send reuses the cell: see deliverFrom
	p.qlen.Add(-1)
}

// RecvMark is a position in the message queue (see Process.RecvMark): the
// last message and how many messages had been taken.
type RecvMark struct {
	m     *Msg
	takes uint64
}

// RecvMark marks the current end of the queue. A receive whose every
// clause matches a reference made after the mark, as in
//
//	Ref = make_ref(), Pid ! {Ref, Req}, receive {Ref, Reply} -> Reply end
//
// can start at the mark (RecvStartMarked) because no older message can
// hold the reference: it skips the backlog, as BEAM's receive markers do,
// so that such calls stay O(1) in a long queue.
func (p *Process) RecvMark() RecvMark {
	p.fetch()
	return RecvMark{p.qtail, p.takes}
}

// RecvStartMarked is RecvStart beginning after the mark. If a message has
// been taken since the mark, it begins at the oldest message: correct,
// only slower. (Only then can the marked message have left the queue, and
// its cell been reused by a send.)
func (p *Process) RecvStartMarked(mk RecvMark, after Term) *Msg {
	p.recvTimeout(after)
	p.rprev = &p.q
	if mk.m != nil && mk.takes == p.takes {
		p.rprev = mk.m
	}
	return p.recvFrom()
}

// recvFrom returns the message after the cursor, fetching and parking as
// needed; nil when the receive times out.
func (p *Process) recvFrom() *Msg {
	for {
		if n := p.rprev.next; n != nil {
			return n
		}
		if p.fetch() {
			continue
		}
		if !p.park(p.recvEnd) {
			return nil
		}
	}
}

var atomTimeoutValue = Intern("timeout_value")

// recvTimeout reads the timeout of an after clause; BEAM raises
// error:timeout_value for a timeout that is not a non-negative integer or
// infinity.
func (p *Process) recvTimeout(after Term) {
	p.recvEnd = false
	p.idleTimed = false // a new receive: no deadline of an idle wait stands
	p.Tick()
	if after == nil {
		return
	}
	ms, ok := timeoutMs(after)
	if !ok {
		Error(atomTimeoutValue)
	}
	if ms < 0 {
		return // infinity
	}
	p.recvEnd = true
	if p.tw == nil {
		p.tw = &timedWait{}
	}
	p.tw.wait = time.Duration(ms) * time.Millisecond
	p.tw.due = 0 // set when the receive first waits (park)
}

// maxTimeout is the longest after timeout BEAM accepts (2^32-1 ms):
// receive after 4294967296 -> ok end raises timeout_value.
const maxTimeout = 1<<32 - 1

// timeoutMs reads a timeout: milliseconds, or -1 for infinity.
func timeoutMs(t Term) (int64, bool) {
	switch x := t.(type) {
	case Small:
		n := x.Int()
		return int64(n), n >= 0 && n <= maxTimeout
	case Atom:
		return -1, x == AtomInfinity
	}
	return 0, false
}

// Receive is a receive for Go code in the runtime (gen_server, timers):
// it removes and returns the first message for which match returns true,
// waiting at most after (nil: forever); ok is false on timeout.
func (p *Process) Receive(after Term, match func(Term) bool) (msg Term, ok bool) {
	for m := p.RecvStart(after); m != nil; m = p.RecvNext(m) {
		if t := m.t; match(t) {
			p.RecvTake(m)
			return t, true
		}
	}
	return nil, false
}

// receiveMarked is Receive starting at a mark.
func (p *Process) receiveMarked(mk RecvMark, after Term, match func(Term) bool) (Term, bool) {
	for m := p.RecvStartMarked(mk, after); m != nil; m = p.RecvNext(m) {
		if t := m.t; match(t) {
			p.RecvTake(m)
			return t, true
		}
	}
	return nil, false
}

// Sleep is receive after T -> ok end (timer:sleep/1).
func (p *Process) Sleep(ms Term) {
	for m := p.RecvStart(ms); m != nil; m = p.RecvNext(m) {
	}
}
