package rt

import (
	"reflect"
	"runtime"
	"sort"
)

// process_info/1,2. Items about another process are read under its lock,
// which its owner also holds to change its dictionary.

var (
	atomMessageQueueLen = Intern("message_queue_len")
	atomMessages        = Intern("messages")
	atomLinks           = Intern("links")
	atomMonitors        = Intern("monitors")
	atomMonitoredBy     = Intern("monitored_by")
	atomRegisteredName  = Intern("registered_name")
	atomDictionary      = Intern("dictionary")
	atomStatus          = Intern("status")
	atomInitialCall     = Intern("initial_call")
	atomCurrentFunction = Intern("current_function")
	atomCurrentStack    = Intern("current_stacktrace")
	atomReductions      = Intern("reductions")
	atomMemory          = Intern("memory")
	atomHeapSize        = Intern("heap_size")
	atomPriority        = Intern("priority")
	atomErrorHandler    = Intern("error_handler")
)

// ErlangProcessInfo1 is process_info(Pid): a list of the common items, or
// undefined for a dead process.
func ErlangProcessInfo1(p *Process, t Term) Term {
	pid, ok := t.(Pid)
	if !ok {
		return BIFBadarg("process_info", t)
	}
	q := p.infoTarget(pid)
	if q == nil {
		return atomUndefined
	}
	items := []Atom{atomCurrentFunction, atomInitialCall, atomStatus, atomMessageQueueLen,
		atomLinks, atomDictionary, atomTrapExit, atomErrorHandler, atomPriority, atomGroupLeader, atomReductions}
	var out []Term
	if name := q.registeredName(); name != (Atom{}) {
		out = append(out, NewTuple(atomRegisteredName, name))
	}
	for _, it := range items {
		v, _ := processItem(p, q, it)
		out = append(out, NewTuple(it, v))
	}
	return List(out...)
}

// ErlangProcessInfo2 is process_info(Pid, Item | [Item]).
func ErlangProcessInfo2(p *Process, t, item Term) Term {
	pid, ok := t.(Pid)
	if !ok {
		return BIFBadarg("process_info", t, item)
	}
	q := p.infoTarget(pid)
	if list, isList := ListToSlice(item); isList {
		for _, it := range list {
			if a, ok := it.(Atom); !ok || !infoItems[a] {
				return BIFBadarg("process_info", t, item)
			}
		}
		if q == nil {
			return atomUndefined
		}
		out := make([]Term, 0, len(list))
		for _, it := range list {
			if it == Term(atomRegisteredName) { // in a list: {registered_name, []} without a name
				out = append(out, NewTuple(atomRegisteredName, nameOrNil(q.registeredName())))
				continue
			}
			out = append(out, processInfoItem(p, q, it, t, item))
		}
		return List(out...)
	}
	if a, ok := item.(Atom); !ok || !infoItems[a] {
		return BIFBadarg("process_info", t, item)
	}
	if q == nil {
		return atomUndefined
	}
	return processInfoItem(p, q, item, t, item)
}

// infoItems are the items process_info knows: another is badarg, even
// for a process that has exited, as on BEAM.
var infoItems = map[Atom]bool{
	atomRegisteredName: true, atomGroupLeader: true, atomMessageQueueLen: true, atomMessages: true,
	atomLinks: true, atomMonitors: true, atomMonitoredBy: true, atomDictionary: true, atomStatus: true,
	atomTrapExit: true, atomCurrentStack: true, atomInitialCall: true, atomCurrentFunction: true,
	atomReductions: true, atomMemory: true, atomHeapSize: true, atomPriority: true, atomErrorHandler: true,
}

// infoTarget is the process process_info reports on, nil when it has
// exited or is exiting (process_info(P) right after exit(P, kill) is
// undefined on BEAM).
func (p *Process) infoTarget(pid Pid) *Process {
	q := pid.process()
	if q == nil || q == p {
		return q
	}
	q.mu.Lock()
	gone := q.exiting()
	q.mu.Unlock()
	if gone {
		return nil
	}
	return q
}

func processInfoItem(p, q *Process, it, pid, arg Term) Term {
	a, ok := it.(Atom)
	if !ok {
		return BIFBadarg("process_info", pid, arg)
	}
	if a == atomRegisteredName {
		if name := q.registeredName(); name != (Atom{}) {
			return NewTuple(a, name)
		}
		return Nil{} // BEAM: [] for a process without a name
	}
	v, ok := processItem(p, q, a)
	if !ok {
		return BIFBadarg("process_info", pid, arg)
	}
	return NewTuple(a, v)
}

func nameOrNil(a Atom) Term {
	if a == (Atom{}) {
		return Nil{}
	}
	return a
}

func (q *Process) registeredName() Atom {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.name
}

// processItem is the value of one process_info item. The whole message
// queue, the group leader and the current function of another process
// are the owner's to read (its private queue, a group_leader/2 signal it
// has not acted on yet, its stack): it is asked for them (askOwner), and
// if it does not answer, the inbox, the group leader as last set and the
// initial call are what is shown.
func processItem(p, q *Process, it Atom) (Term, bool) {
	if p != q && (it == atomMessages || it == atomGroupLeader || it == atomCurrentFunction) {
		if v, ok := p.askOwner(q, func(o *Process) Term { v, _ := processItem(o, o, it); return v }); ok {
			return v, true
		}
	}
	if p == q && it == atomCurrentFunction {
		if st, ok := ownStack(q).(*Cons); ok {
			x := st.Head.(*Tuple)
			return NewTuple(x.Elems[0], x.Elems[1], x.Elems[2]), true
		}
	}
	if it == atomCurrentStack {
		if p == q {
			return List(currentStack()...), true
		}
		if v, ok := p.askStack(q); ok {
			return v, true
		}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	switch it {
	case atomGroupLeader:
		return q.groupLeaderPid(), true
	case atomMessageQueueLen:
		return BoxInt(Int(q.qlen.Load())), true
	case atomMessages:
		return q.messagesLocked(p == q), true
	case atomLinks:
		return sortedPids(q.links), true
	case atomMonitors:
		// {process, Pid}, or {process, {Name, Node}} for a monitor by
		// name; oldest first (BEAM's order is that of a search tree).
		ms := monitorsByAge(q.monitors)
		out := make([]Term, len(ms))
		for i, m := range ms {
			out[i] = NewTuple(atomProcess, m.item)
		}
		return List(out...), true
	case atomMonitoredBy:
		ms := monitorsByAge(q.monitoredBy) // newest first, as on BEAM
		out := make([]Term, len(ms))
		for i, m := range ms {
			out[len(ms)-1-i] = m.watcher.self
		}
		return List(out...), true
	case atomDictionary:
		if q.dict != nil { // q changes it only under q.mu, held here
			return q.dict.list(), true
		}
		return Nil{}, true
	case atomStatus:
		return q.statusLocked(p), true
	case atomTrapExit:
		return Bool(q.trapExit), true
	case atomCurrentStack:
		// The owner did not answer (it runs Go code): the function that
		// stands for its current one (below), without a location.
		if x, ok := TupleArity(q.initialLocked(atomCurrentFunction), 3); ok {
			return List(NewTuple(x.Elems[0], x.Elems[1], x.Elems[2], Nil{})), true
		}
		return Nil{}, true
	case atomInitialCall, atomCurrentFunction:
		return q.initialLocked(it), true
	case atomReductions, atomMemory, atomHeapSize:
		return BoxInt(0), true
	case atomPriority:
		return priorities[q.priority], true
	case atomErrorHandler:
		return Intern("error_handler"), true
	}
	return nil, false
}

// initialLocked is the initial call, or for current_function the function
// that stands for the current one when the stack shows no Erlang function:
// the owner did not answer, runs Go code, or waits idle (suspend.go), its
// stack gone.
func (q *Process) initialLocked(it Atom) Term {
	// spawn(Fun) starts in erlang:apply/2 on BEAM; it is then running
	// the fun, which stands in for the function it is in now.
	if fn, ok := q.initial.(*Fun); ok && it == atomCurrentFunction {
		return NewTuple(fn.Module, fn.Name, BoxInt(0))
	}
	if q.initial != nil {
		if _, ok := q.initial.(*Fun); !ok {
			return q.initial
		}
	}
	return NewTuple(AtomErlang, Intern("apply"), BoxInt(2))
}

func (q *Process) statusLocked(p *Process) Term {
	switch {
	case p == q:
		return Intern("running")
	case q.parked.Load() == 1:
		return Intern("waiting")
	}
	return Intern("runnable")
}

// messagesLocked lists the queue: the private part only for the owner
// (another goroutine may be scanning it), then the inbox.
func (q *Process) messagesLocked(own bool) Term {
	var ms []Term
	if own {
		for m := q.q.next; m != nil; m = m.next {
			ms = append(ms, m.t)
		}
	}
	var in []Term // the inbox is newest first
	for m := q.inbox.Load(); m != nil; m = m.next {
		in = append(in, m.t)
		if m.next == m { // the owner fetched and took it meanwhile (RecvTake)
			break
		}
	}
	for i := len(in) - 1; i >= 0; i-- {
		ms = append(ms, in[i])
	}
	return List(ms...)
}

func sortedPids(set map[Pid]struct{}) Term {
	ps := make([]Term, 0, len(set))
	for pid := range set {
		ps = append(ps, pid)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].(Pid).h.id < ps[j].(Pid).h.id })
	return List(ps...)
}

// currentStack is the calling process's Erlang stack trace as
// process_info shows it, innermost first: its Go frames read as an
// exception's are, from the caller of process_info (BEAM's trace has no
// entry for the BIF, and its depth limit counts from there). A process
// asked by another is at a safe point: a function's entry, a loop's top,
// a receive.
func currentStack() []Term {
	e := NewException(AtomError, nil)
	for i, pc := range e.pcs {
		if f, _, ok := frameMFA(runtime.FuncForPC(pc-1).Name(), ""); ok && f.mod == AtomErlang && f.fun == atomProcessInfo {
			e.pcs = e.pcs[i+1:]
			break
		}
	}
	st, _ := ListToSlice(e.Stacktrace())
	return withOTPBelow(st)
}

var atomProcessInfo = Intern("process_info")

// idleFunction is the Erlang function a process woken from an idle wait
// (suspend.go) goes on with: its stack holds no Erlang frame while it
// acts on the signal that woke it. Owner only.
func (p *Process) idleFunction() (mfa, bool) {
	if p.idle == nil || p.idle.fn == nil {
		return mfa{}, false
	}
	name := runtime.FuncForPC(reflect.ValueOf(p.idle.fn).Pointer()).Name()
	f, _, ok := frameMFA(name, "")
	return f, ok && !f.bif
}

// monitorsByAge lists a monitor table oldest first (references are
// numbered as they are made).
func monitorsByAge(t map[Ref]*monitor) []*monitor {
	ms := make([]*monitor, 0, len(t))
	for _, m := range t {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].ref.h.id < ms[j].ref.h.id })
	return ms
}
