package rt

// Process aliases (OTP 24): a reference that, while active, takes
// messages for the process that made it. alias/0,1 make one, unalias/1
// ends it, and monitor/3 and spawn_opt's {monitor, Opts} make the monitor
// reference an alias whose life follows the monitor's ({alias, demonitor}
// and {alias, reply_demonitor}) or not ({alias, explicit_unalias}).
//
// An alias's state lives in the reference itself: refCell.alias points to
// an aliasCell naming the owner by its pid cell, so a send finds the owner
// in two loads and nothing keeps a table of aliases. The cell's mode is
// read and changed under the owner's lock, which is also where a message
// is queued, so once unalias returns (or the monitor ends) no message sent
// to the alias arrives. A dead owner's pid cell no longer points to its
// Process, so an alias kept in some term pins nothing but these two cells.

// aliasCell is what an alias reference points to.
type aliasCell struct {
	owner *pidCell
	mode  aliasMode // under the owner's mu; aliasOff once deactivated
}

// aliasMode is how long an alias stays active.
type aliasMode uint8

const (
	aliasOff            aliasMode = iota
	aliasExplicit                 // alias(), {alias, explicit_unalias}: until unalias
	aliasDemonitor                // {alias, demonitor}: until the monitor ends
	aliasReplyDemonitor           // {alias, reply_demonitor}: also ends, with the monitor, at the first message
	aliasReply                    // alias([reply]): until the first message
)

var (
	atomAlias           = Intern("alias")
	atomTag             = Intern("tag")
	atomReplyDemonitor  = Intern("reply_demonitor")
	atomExplicitUnalias = Intern("explicit_unalias")
	atomBadopt          = Intern("badopt")
)

// newAlias makes a reference that is an alias of p.
func (p *Process) newAlias(mode aliasMode) Ref {
	ref := MakeRef()
	ref.h.alias = &aliasCell{owner: p.self.h, mode: mode}
	return ref
}

// endsWithMonitor reports whether the alias goes when its monitor does.
func (m aliasMode) endsWithMonitor() bool { return m == aliasDemonitor || m == aliasReplyDemonitor }

// endAlias deactivates the alias of monitor m if its life is the
// monitor's. Called with the watcher's mu held.
func (m *monitor) endAlias() {
	if a := m.ref.h.alias; a != nil && a.mode.endsWithMonitor() {
		a.mode = aliasOff
	}
}

// ErlangAlias0 is alias(): an alias active until unalias.
func ErlangAlias0(p *Process) Term { return p.newAlias(aliasExplicit) }

// ErlangAlias1 is alias(Opts): [explicit_unalias] (the default) or
// [reply], which deactivates it when a message arrives; the last wins.
func ErlangAlias1(p *Process, opts Term) Term {
	list, ok := ListToSlice(opts)
	mode := aliasExplicit
	for _, o := range list {
		switch o {
		case Term(atomExplicitUnalias):
			mode = aliasExplicit
		case Term(atomReply):
			mode = aliasReply
		default:
			ok = false
		}
	}
	if !ok {
		return BIFBadarg("alias", opts)
	}
	return p.newAlias(mode)
}

// ErlangUnalias1 is unalias(Alias): true if it was an active alias of the
// caller, which it no longer is.
func ErlangUnalias1(p *Process, t Term) Term {
	r, ok := t.(Ref)
	if !ok {
		return BIFBadarg("unalias", t)
	}
	a := r.h.alias
	if a == nil || a.owner != p.self.h {
		return False
	}
	p.mu.Lock()
	active := a.mode != aliasOff
	a.mode = aliasOff
	p.mu.Unlock()
	return Bool(active)
}

// sendAlias is a send to a reference: delivered to the owner while the
// alias is active, otherwise (a reference that never was an alias
// included) dropped, as BEAM does. from (or nil) lends its spare cell.
func sendAlias(from *Process, r Ref, msg Term) {
	a := r.h.alias
	if a == nil {
		return
	}
	q := a.owner.proc.Load()
	if q == nil {
		return
	}
	m := from.takeSpare()
	if m == nil {
		m = &Msg{}
	}
	m.t = msg
	q.mu.Lock()
	mode := a.mode
	if mode == aliasOff || q.dead {
		q.mu.Unlock()
		return
	}
	var mon *monitor
	switch mode {
	case aliasReply:
		a.mode = aliasOff
	case aliasReplyDemonitor:
		a.mode = aliasOff
		mon = q.monitors[r]
		delete(q.monitors, r)
	}
	wake := q.push(m)
	q.mu.Unlock()
	if wake {
		q.wakeUp()
	}
	if mon != nil {
		mon.dropFromTarget()
	}
}

// monitorOpts are the options of monitor/3 and of spawn_opt's
// {monitor, Opts}.
type monitorOpts struct {
	alias aliasMode // aliasOff: the reference is no alias
	tag   Term      // the 'DOWN' message's first element; nil for 'DOWN'
}

// parseMonitorOpts reads [{alias, Mode} | {tag, Tag}]; the last of each
// counts.
func parseMonitorOpts(opts Term) (o monitorOpts, ok bool) {
	list, ok := ListToSlice(opts)
	if !ok {
		return o, false
	}
	for _, x := range list {
		t, isPair := TupleArity(x, 2)
		if !isPair {
			return o, false
		}
		switch t.Elems[0] {
		case Term(atomAlias):
			switch t.Elems[1] {
			case Term(atomExplicitUnalias):
				o.alias = aliasExplicit
			case Term(atomDemonitor):
				o.alias = aliasDemonitor
			case Term(atomReplyDemonitor):
				o.alias = aliasReplyDemonitor
			default:
				return o, false
			}
		case Term(atomTag):
			o.tag = t.Elems[1]
		default:
			return o, false
		}
	}
	return o, true
}

var atomDemonitor = Intern("demonitor")

// ErlangMonitor3 is monitor(process, Target, Opts). Monitoring oneself
// makes no monitor, and its alias is never active, as on BEAM.
func ErlangMonitor3(p *Process, kind, target, opts Term) Term {
	o, ok := parseMonitorOpts(opts)
	if !ok {
		e := NewException(AtomError, AtomBadarg)
		info := NewMap(Intern("cause"), atomBadopt, atomModule, atomErlErtsErrors)
		e.head = NewTuple(AtomErlang, atomMonitor, List(kind, target, opts), List(NewTuple(atomErrorInfo, info)))
		panic(e)
	}
	if kind != Term(atomProcess) {
		return BIFBadarg("monitor", kind, target, opts)
	}
	pid, item, ok := p.monitorTarget(target)
	if !ok {
		return BIFBadarg("monitor", kind, target, opts)
	}
	if pid == p.self {
		return MakeRef()
	}
	return p.installMonitor(p.newMonitor(pid, item, o))
}

// newMonitor is a monitor of p's on pid with options o.
func (p *Process) newMonitor(pid Pid, item Term, o monitorOpts) *monitor {
	ref := MakeRef()
	if o.alias != aliasOff {
		ref.h.alias = &aliasCell{owner: p.self.h, mode: o.alias}
	}
	return &monitor{ref: ref, watcher: p, target: pid, item: item, tag: o.tag}
}

// spawnMonitored is spawn_opt with {monitor, Opts} where Opts asks for
// an alias or a tag: the child waits at a gate until its monitor is in
// place, so that even a child that dies at once sends the 'DOWN' with
// these options.
func (p *Process) spawnMonitored(run func(*Process) Term, initial Term, link bool, o monitorOpts) Term {
	gate := make(chan struct{})
	pid, _ := p.spawn(func(c *Process) Term {
		<-gate
		return run(c)
	}, initial, SpawnOpts{Link: link})
	ref := p.installMonitor(p.newMonitor(pid, pid, o))
	close(gate)
	return NewTuple(pid, ref)
}

// spawnOptMonitor reads spawn_opt's options for {monitor, MOpts}: has
// is set when MOpts ask for an alias or a tag (plain monitor and
// {monitor, []} take spawn_opt's usual path), bad when MOpts are not
// monitor options.
func spawnOptMonitor(opts Term) (o monitorOpts, link, has, bad bool) {
	list, _ := ListToSlice(opts)
	for _, x := range list {
		if x == Term(atomLink) {
			link = true
		}
		if t, isPair := TupleArity(x, 2); isPair && t.Elems[0] == Term(atomMonitor) {
			mo, good := parseMonitorOpts(t.Elems[1])
			if !good {
				return o, link, false, true
			}
			o, has = mo, mo.alias != aliasOff || mo.tag != nil
		}
	}
	return o, link, has, false
}

// spawnOptFunMonitored is spawn_opt(Fun, Opts) with monitor options.
func spawnOptFunMonitored(p *Process, f Term, link bool, o monitorOpts) Term {
	fn, ok := f.(*Fun)
	if !ok || fn.Arity != 0 {
		BIFBadarg("spawn_opt", f)
	}
	return p.spawnMonitored(func(c *Process) Term { return CallFun0(c, fn) }, fn, link, o)
}

// spawnOptMFAMonitored is spawn_opt(M, F, Args, Opts) with monitor options.
func spawnOptMFAMonitored(p *Process, m, f Atom, args []Term, link bool, o monitorOpts) Term {
	return p.spawnMonitored(func(c *Process) Term { return Apply(c, m, f, args) },
		NewTuple(m, f, BoxInt(Int(len(args)))), link, o)
}

func init() {
	registerModule("erlang", true, []Func{
		Export("alias", 0, ErlangAlias0), Export("alias", 1, ErlangAlias1),
		Export("unalias", 1, ErlangUnalias1), Export("monitor", 3, ErlangMonitor3),
	})
}
