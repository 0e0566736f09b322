package rt

// Links and monitors. Each side of a link is an entry in that process's
// links set, changed under its own lock; the two locks are never held
// together, so processes linking each other at the same moment cannot
// deadlock. A process that has died (dead set under its lock) takes its
// sets with it and signals whoever is in them; a link added after that
// finds it dead and gets noproc instead.

// monitor is one monitor: watcher monitors target.
type monitor struct {
	ref     Ref
	watcher *Process
	target  Pid
	item    Term // the 'DOWN' message's fourth element: the pid, or {Name, Node}
	tag     Term // the 'DOWN' message's first element, from monitor/3's {tag, T}; nil for 'DOWN'
	// ref may also be an alias of the watcher's (see alias.go), whose life
	// may be the monitor's: the watcher's side ends it under its lock
	// (endAlias) when the monitor ends.
}

// Link is link(Pid): true, or error noproc for a dead process when the
// caller does not trap exits (a trapping caller gets {'EXIT', Pid, noproc}).
func (p *Process) Link(to Pid) Term {
	if to == p.self {
		return True
	}
	q := to.h.proc.Load()
	if q != nil && q.addLink(p.self) {
		p.mu.Lock()
		if p.links == nil {
			p.links = map[Pid]struct{}{}
		}
		p.links[to] = struct{}{}
		p.mu.Unlock()
		return True
	}
	p.mu.Lock()
	trap := p.trapExit
	p.mu.Unlock()
	if !trap {
		return BIFError(AtomNoproc, "link", to)
	}
	p.deliver(NewTuple(AtomEXIT, to, AtomNoproc))
	return True
}

// exiting reports whether q has died or an exit signal has ended it (it
// unwinds at its next safe point). Called with q.mu held. On BEAM the
// signals from one process to another arrive in the order they were sent,
// so a link or monitor that follows exit(P, kill) finds P gone: the caller
// gets noproc, never the exit reason.
func (q *Process) exiting() bool { return q.dead || q.exitReason != nil }

// addLink adds the other side of a link; false if q has died.
func (q *Process) addLink(from Pid) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.exiting() {
		return false
	}
	if q.links == nil {
		q.links = map[Pid]struct{}{}
	}
	q.links[from] = struct{}{}
	return true
}

// Unlink is unlink(Pid): both sides go at once, so no exit signal of the
// link reaches the caller after it returns.
func (p *Process) Unlink(to Pid) {
	p.mu.Lock()
	delete(p.links, to)
	p.mu.Unlock()
	if q := to.h.proc.Load(); q != nil {
		q.mu.Lock()
		delete(q.links, p.self)
		q.mu.Unlock()
	}
}

// Monitor is monitor(process, Target) for a pid, a registered name or
// {Name, Node}. A target that does not exist yields an immediate 'DOWN'
// with reason noproc. A process monitoring itself gets a reference and
// no monitor, as on BEAM (demonitor(Ref, [info]) is false).
func (p *Process) Monitor(target Term) Ref {
	ref := MakeRef()
	pid, item, ok := p.monitorTarget(target)
	if !ok {
		return BIFBadarg("monitor", atomProcess, target).(Ref)
	}
	if pid == p.self {
		return ref
	}
	return p.installMonitor(&monitor{ref: ref, watcher: p, target: pid, item: item})
}

// installMonitor puts m on its target and in the watcher p's table, or,
// when the target is gone, sends p the 'DOWN' with noproc at once.
func (p *Process) installMonitor(m *monitor) Ref {
	if q := m.target.process(); q != nil && q.addMonitor(m) {
		p.mu.Lock()
		if p.monitors == nil {
			p.monitors = map[Ref]*monitor{}
		}
		p.monitors[m.ref] = m
		p.mu.Unlock()
		return m.ref
	}
	p.mu.Lock()
	m.endAlias()
	p.mu.Unlock()
	p.deliver(downMessage(m, AtomNoproc))
	return m.ref
}

// monitorAlias is erlang:monitor(process, Pid, [{alias, demonitor}]), as
// gen_server:call and send_request use it: the reference tags the request
// and the reply is sent to it, and it stops taking messages when the
// monitor ends (demonitor, or the 'DOWN').
func (p *Process) monitorAlias(pid Pid) Ref {
	return p.installMonitor(p.newMonitor(pid, pid, monitorOpts{alias: aliasDemonitor}))
}

var (
	atomProcess = Intern("process")
	atomDOWN    = Intern("DOWN")
	atomFlush   = Intern("flush")
	atomInfo    = Intern("info")
)

// monitorTarget resolves what monitor/2 was given; pid is the zero Pid
// for a name that is not registered.
func (p *Process) monitorTarget(t Term) (pid Pid, item Term, ok bool) {
	switch x := t.(type) {
	case Pid:
		return x, x, true
	case Atom:
		pid, _ = whereis(x)
		return pid, NewTuple(x, AtomNonode), true
	case *Tuple:
		if len(x.Elems) == 2 && x.Elems[1] == Term(AtomNonode) {
			if name, ok := x.Elems[0].(Atom); ok {
				pid, _ = whereis(name)
				return pid, x, true
			}
		}
	}
	return Pid{}, nil, false
}

func (q *Process) addMonitor(m *monitor) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.exiting() {
		return false
	}
	if q.monitoredBy == nil {
		q.monitoredBy = map[Ref]*monitor{}
	}
	q.monitoredBy[m.ref] = m
	return true
}

func downMessage(m *monitor, reason Term) Term {
	tag := m.tag
	if tag == nil {
		tag = atomDOWN
	}
	return NewTuple(tag, m.ref, atomProcess, m.item, reason)
}

// Demonitor is demonitor(Ref, Opts) with flush and info already read: it
// reports whether the monitor was still active. After it returns no
// 'DOWN' for ref arrives; flush also removes one already queued.
func (p *Process) Demonitor(ref Ref, flush bool) bool {
	p.mu.Lock()
	m, active := p.monitors[ref]
	delete(p.monitors, ref)
	if active {
		m.endAlias()
	}
	p.mu.Unlock()
	// Present in our set means no 'DOWN' has been queued: a dying target
	// removes the monitor from our set under our lock when it queues one.
	if active {
		m.dropFromTarget()
	}
	if flush && !active { // an active monitor has queued no 'DOWN': skip the scan
		p.flushDown(ref)
	}
	return active
}

// dropFromTarget removes m from its target's side, once the watcher's
// side has forgotten it.
func (m *monitor) dropFromTarget() {
	if q := m.target.process(); q != nil {
		q.mu.Lock()
		delete(q.monitoredBy, m.ref)
		q.mu.Unlock()
	}
}

// flushDown removes a queued 'DOWN' message for ref, if any: {Tag, Ref,
// process, Item, Reason}, where Tag is 'DOWN' or monitor/3's {tag, Tag}
// (the monitor, gone, no longer says which; the reference is unique).
func (p *Process) flushDown(ref Ref) {
	p.Receive(BoxInt(0), func(t Term) bool {
		x, ok := t.(*Tuple)
		return ok && len(x.Elems) == 5 && x.Elems[1] == Term(ref) && x.Elems[2] == Term(atomProcess)
	})
}

// downed is called by a dying target: the watcher forgets the monitor and
// gets the 'DOWN' message, unless it demonitored first.
func (w *Process) downed(m *monitor, reason Term) {
	w.mu.Lock()
	if _, ok := w.monitors[m.ref]; !ok || w.dead {
		w.mu.Unlock()
		return
	}
	delete(w.monitors, m.ref)
	m.endAlias()
	wake := w.enqueue(downMessage(m, reason))
	w.mu.Unlock()
	if wake {
		w.wakeUp()
	}
}
