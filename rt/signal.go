package rt

import (
	"sync"
	"time"
)

// Exit signals, as the Erlang Reference Manual's Processes chapter defines
// them. A signal is applied by the sender under the receiver's lock: a
// trapping receiver gets the message {'EXIT', From, Reason}; otherwise an
// abnormal reason (or kill, from exit/2) is left in exitReason and the
// receiver's sig flag is raised. The receiver acts on it at its next safe
// point (Tick, or any receive), by unwinding with an exitSignal panic that
// no catch can stop.

// exitSignal is the panic value that unwinds a process ended by an exit
// signal. AsException passes it on, so try and catch do not see it.
type exitSignal struct{ reason Term }

var (
	AtomKill     = Intern("kill")
	AtomKilled   = Intern("killed")
	AtomNoproc   = Intern("noproc")
	AtomShutdown = Intern("shutdown")
	atomNocatch  = Intern("nocatch")
)

// Tick is the safe-point check the generator emits at function entry and
// at the top of every loop: it costs one atomic load when nothing is
// pending, and unwinds the process when an exit signal has ended it.
func (p *Process) Tick() {
	if p.sig.Load() != 0 {
		p.takeSignal()
	}
}

func (p *Process) takeSignal() {
	p.mu.Lock()
	r := p.exitReason
	calls := takeOwnerCalls(p)
	if r == nil {
		p.sig.Store(0) // under mu, where setExit raises it
	}
	p.mu.Unlock()
	if r != nil {
		panic(&exitSignal{r}) // the calls die with it; their senders see it gone
	}
	for _, f := range calls {
		f(p)
	}
}

// Signals that only the owner can act on: group_leader/2 on another
// process, and process_info items that read the owner's private message
// queue. They are functions the owner runs at its next safe point, in the
// order they were sent, held in a side table (keyed by the process, so
// Process stays small) until then. A process that exits first drops them
// through an exit hook, which is added once per process.
var ownerCalls struct {
	sync.Mutex
	pending map[*Process][]func(*Process)
	hooked  map[*Process]bool
}

// callOwner queues f for q's owner and wakes it; false if q is exiting.
func (q *Process) callOwner(f func(*Process)) bool {
	q.mu.Lock()
	if q.exiting() {
		q.mu.Unlock()
		return false
	}
	ownerCalls.Lock()
	if ownerCalls.pending == nil {
		ownerCalls.pending = map[*Process][]func(*Process){}
		ownerCalls.hooked = map[*Process]bool{}
	}
	ownerCalls.pending[q] = append(ownerCalls.pending[q], f)
	hook := !ownerCalls.hooked[q]
	ownerCalls.hooked[q] = true
	ownerCalls.Unlock()
	if hook { // as OnExit, under the lock where exiting was checked
		if q.onExit == nil {
			q.onExit = new([]func(p *Process, reason Term))
		}
		*q.onExit = append(*q.onExit, dropOwnerCalls)
	}
	q.sig.Store(1)
	wake := q.claimWake()
	q.mu.Unlock()
	if wake {
		q.wakeUp()
	}
	return true
}

// takeOwnerCalls removes and returns what is queued for p.
func takeOwnerCalls(p *Process) []func(*Process) {
	ownerCalls.Lock()
	defer ownerCalls.Unlock()
	calls := ownerCalls.pending[p]
	if calls != nil {
		delete(ownerCalls.pending, p)
	}
	return calls
}

func dropOwnerCalls(p *Process, _ Term) {
	ownerCalls.Lock()
	delete(ownerCalls.pending, p)
	delete(ownerCalls.hooked, p)
	ownerCalls.Unlock()
}

// askOwner has q's owner compute f and waits for the answer; false if q
// exits first, or gives no answer within ownerWait (a process blocked in
// Go code outside any receive never reaches a safe point). While it
// waits, p answers what others ask of it, so two processes asking each
// other do not deadlock.
func (p *Process) askOwner(q *Process, f func(*Process) Term) (Term, bool) {
	ch := make(chan Term, 1)
	if !q.callOwner(func(o *Process) { ch <- f(o) }) {
		return nil, false
	}
	select { // the usual case: a waiting owner answers at once
	case v := <-ch:
		return v, true
	case <-time.After(50 * time.Microsecond):
	}
	return p.awaitOwner(q, ch)
}

const ownerWait = 2 * time.Second

// exitSignal applies an exit signal from `from` to q. A link signal (from a
// linked process that died) only counts while q still has the link: an
// unlink that got there first cancels it.
func (q *Process) exitSignal(from Pid, reason Term, link bool) {
	q.mu.Lock()
	if q.dead {
		q.mu.Unlock()
		return
	}
	if link {
		if _, ok := q.links[from]; !ok {
			q.mu.Unlock()
			return
		}
		delete(q.links, from)
	}
	wake := false
	switch {
	case !link && reason == AtomKill:
		wake = q.setExit(AtomKilled)
	case q.trapExit:
		wake = q.enqueue(NewTuple(AtomEXIT, from, reason))
	case reason == AtomNormal && from != q.self:
		// ignored: normal exits do not propagate
	default:
		wake = q.setExit(reason)
	}
	q.mu.Unlock()
	if wake {
		q.wakeUp()
	}
}

// setExit records the reason the process must exit with; the first one
// wins. Called with mu held; reports whether the owner needs waking.
func (q *Process) setExit(reason Term) bool {
	if q.exitReason == nil {
		q.exitReason = reason
	}
	q.sig.Store(1)
	return q.claimWake()
}

// enqueue pushes a message on the inbox; it reports whether the owner is
// parked and must be woken (the caller calls wakeUp). Safe with or without
// mu held.
func (q *Process) enqueue(t Term) bool { return q.push(&Msg{t: t}) }

// push is enqueue of a message already in its cell.
func (q *Process) push(m *Msg) bool {
	q.qlen.Add(1)
	for {
		old := q.inbox.Load()
		m.next = old
		if q.inbox.CompareAndSwap(old, m) {
			break
		}
	}
	return q.claimWake()
}

// SendExit is exit(Pid, Reason).
func (p *Process) SendExit(to Pid, reason Term) {
	if q := to.h.proc.Load(); q != nil {
		q.exitSignal(p.self, reason, false)
	}
	if to == p.self {
		p.Tick() // exit(self(), R) takes effect before the call returns
	}
}

// exitReasonOf turns what ended a process's body into its exit reason: an
// error carries its stack trace ({Reason, Stack}), a throw that nothing
// caught becomes {{nocatch, V}, Stack}, an exit is its reason as it is.
func exitReasonOf(r any) (Term, *Exception) {
	if s, ok := r.(*exitSignal); ok {
		return s.reason, nil
	}
	e := AsException(r)
	switch e.Class {
	case AtomExit:
		return e.Reason, e
	case AtomThrow:
		return NewTuple(NewTuple(atomNocatch, e.Reason), e.Stacktrace()), e
	}
	return NewTuple(e.Reason, e.Stacktrace()), e
}
