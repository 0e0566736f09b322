package rt

import "time"

// supervisor, natively. As in OTP, a supervisor is a gen_server whose
// callback module is supervisor itself: supervisor:start_link(Name, Mod,
// Args) starts a gen_server running supervisor:init({Name, Mod, Args}), so
// calls to it (which_children...) are gen_server calls and fail the same
// way. The Go state lives in the process (Process.behaviour); the
// gen_server state term is only the supervisor's name.

var (
	atomSupervisor     = Intern("supervisor")
	atomOneForOne      = Intern("one_for_one")
	atomOneForAll      = Intern("one_for_all")
	atomRestForOne     = Intern("rest_for_one")
	atomSimpleOneFor   = Intern("simple_one_for_one")
	atomPermanent      = Intern("permanent")
	atomTransient      = Intern("transient")
	atomTemporary      = Intern("temporary")
	atomBrutalKill     = Intern("brutal_kill")
	atomWorker         = Intern("worker")
	atomStartChild     = Intern("start_child")
	atomTerminateChild = Intern("terminate_child")
	atomRestartChild   = Intern("restart_child")
	atomDeleteChild    = Intern("delete_child")
	atomWhichChildren  = Intern("which_children")
	atomCountChildren  = Intern("count_children")
	atomNotFound       = Intern("not_found")
	atomRunning        = Intern("running")
	atomAlreadyPresent = Intern("already_present")
	atomDynamic        = Intern("dynamic")
)

// supChild is one child: its spec and, while it runs, its pid.
type supChild struct {
	id       Term
	mod, fun Atom
	args     []Term
	restart  Atom
	shutdown Term // brutal_kill, infinity or milliseconds
	typ      Atom // worker or supervisor
	modules  Term
	pid      Term // a Pid, or undefined
}

// supState is a supervisor's state.
type supState struct {
	name      Term // for reports: {local, N} or {Pid, Mod}
	mod       Atom
	strategy  Atom
	intensity int
	period    time.Duration
	children  []*supChild // in start order
	template  *supChild   // simple_one_for_one
	restarts  []time.Time
}

func supOf(p *Process) *supState { return p.behaviour.(*supState) }

// SupervisorStartLink2 is supervisor:start_link(Mod, Args).
func SupervisorStartLink2(p *Process, mod, args Term) Term {
	return genServerStart(p, nil, atomSupervisor, NewTuple(atomSelf, mod, args), true)
}

// SupervisorStartLink3 is supervisor:start_link(SupName, Mod, Args).
func SupervisorStartLink3(p *Process, name, mod, args Term) Term {
	return genServerStart(p, name, atomSupervisor, NewTuple(name, mod, args), true)
}

var atomSelf = Intern("self")

// supInit is supervisor:init({Name, Mod, Args}), the gen_server init.
func supInit(p *Process, arg Term) Term {
	ErlangProcessFlag2(p, atomTrapExit, True)
	x := arg.(*Tuple)
	mod, ok := x.Elems[1].(Atom)
	if !ok {
		return NewTuple(atomStop, NewTuple(Intern("bad_start_spec"), x.Elems[1]))
	}
	s := &supState{name: x.Elems[0], mod: mod}
	if s.name == Term(atomSelf) {
		s.name = NewTuple(p.self, mod)
	}
	p.behaviour = s
	ret := Apply(p, mod, atomInit, []Term{x.Elems[2]})
	if ret == Term(atomIgnore) {
		return atomIgnore
	}
	spec, ok := TupleArity(ret, 2)
	if !ok || spec.Elems[0] != Term(Ok) {
		return NewTuple(atomStop, NewTuple(atomBadReturn, NewTuple(mod, atomInit, ret)))
	}
	pair, ok := TupleArity(spec.Elems[1], 2)
	if !ok || !s.readFlags(pair.Elems[0]) {
		return NewTuple(atomStop, NewTuple(atomSupervisorData, NewTuple(Intern("invalid_type"), spec.Elems[1])))
	}
	if err := s.readSpecs(pair.Elems[1]); err != nil {
		return NewTuple(atomStop, NewTuple(AtomShutdown, err))
	}
	if err := s.startAll(p); err != nil {
		return NewTuple(atomStop, NewTuple(AtomShutdown, err))
	}
	return NewTuple(Ok, s.name)
}

var atomSupervisorData = Intern("supervisor_data")

// readFlags reads #{strategy, intensity, period} or {Strategy, Intensity, Period}.
func (s *supState) readFlags(t Term) bool {
	s.strategy, s.intensity, s.period = atomOneForOne, 1, 5*time.Second
	var strat, inten, per Term
	switch x := t.(type) {
	case *Map:
		strat, _ = x.Get(Intern("strategy"))
		inten, _ = x.Get(Intern("intensity"))
		per, _ = x.Get(Intern("period"))
	case *Tuple:
		if len(x.Elems) != 3 {
			return false
		}
		strat, inten, per = x.Elems[0], x.Elems[1], x.Elems[2]
	default:
		return false
	}
	if strat != nil {
		a, ok := strat.(Atom)
		if !ok || (a != atomOneForOne && a != atomOneForAll && a != atomRestForOne && a != atomSimpleOneFor) {
			return false
		}
		s.strategy = a
	}
	if n, ok := IntOf(inten); ok && n >= 0 {
		s.intensity = int(n)
	}
	if n, ok := IntOf(per); ok && n > 0 {
		s.period = time.Duration(n) * time.Second
	}
	return true
}

// readSpecs reads the child specs; simple_one_for_one keeps its one spec
// as the template.
func (s *supState) readSpecs(t Term) Term {
	list, ok := ListToSlice(t)
	if !ok {
		return NewTuple(Intern("bad_start_spec"), t)
	}
	for _, st := range list {
		c, err := readChildSpec(st)
		if err != nil {
			return NewTuple(Intern("start_spec"), err)
		}
		if s.strategy == atomSimpleOneFor {
			s.template = c
			continue
		}
		if s.find(c.id) != nil {
			return NewTuple(Intern("duplicate_child_name"), c.id)
		}
		s.children = append(s.children, c)
	}
	return nil
}

// readChildSpec reads a child spec, a map or a six-tuple.
func readChildSpec(t Term) (*supChild, Term) {
	c := &supChild{restart: atomPermanent, typ: atomWorker, pid: atomUndefined}
	var start, shutdown, modules Term
	switch x := t.(type) {
	case *Map:
		id, ok1 := x.Get(Intern("id"))
		st, ok2 := x.Get(Intern("start"))
		if !ok1 || !ok2 {
			return nil, NewTuple(Intern("invalid_child_spec"), t)
		}
		c.id, start = id, st
		if v, ok := x.Get(Intern("restart")); ok {
			c.restart, _ = v.(Atom)
		}
		if v, ok := x.Get(Intern("type")); ok {
			c.typ, _ = v.(Atom)
		}
		shutdown, _ = x.Get(Intern("shutdown"))
		modules, _ = x.Get(Intern("modules"))
	case *Tuple:
		if len(x.Elems) != 6 {
			return nil, NewTuple(Intern("invalid_child_spec"), t)
		}
		c.id, start, shutdown, modules = x.Elems[0], x.Elems[1], x.Elems[3], x.Elems[5]
		c.restart, _ = x.Elems[2].(Atom)
		c.typ, _ = x.Elems[4].(Atom)
	default:
		return nil, NewTuple(Intern("invalid_child_spec"), t)
	}
	mfa, ok := TupleArity(start, 3)
	if !ok {
		return nil, NewTuple(Intern("invalid_mfa"), start)
	}
	m, ok1 := mfa.Elems[0].(Atom)
	f, ok2 := mfa.Elems[1].(Atom)
	args, ok3 := ListToSlice(mfa.Elems[2])
	if !ok1 || !ok2 || !ok3 {
		return nil, NewTuple(Intern("invalid_mfa"), start)
	}
	c.mod, c.fun, c.args = m, f, args
	c.shutdown = shutdown
	if shutdown == nil {
		c.shutdown = BoxInt(5000)
		if c.typ == atomSupervisor {
			c.shutdown = AtomInfinity
		}
	}
	c.modules = modules
	if modules == nil {
		c.modules = List(m)
	}
	return c, nil
}

func (s *supState) find(id Term) *supChild {
	for _, c := range s.children {
		if ExactEqual(c.id, id) {
			return c
		}
	}
	return nil
}

func (s *supState) findPid(pid Pid) (int, *supChild) {
	for i, c := range s.children {
		if c.pid == Term(pid) {
			return i, c
		}
	}
	return -1, nil
}

// startAll starts the static children in order; on a failure it stops
// those already started and returns {failed_to_start_child, Id, Reason}.
func (s *supState) startAll(p *Process) Term {
	for i, c := range s.children {
		if err := s.startChild(p, c, c.args); err != nil {
			s.report(p, Intern("start_error"), err, c, atomUndefined)
			s.terminateRange(p, 0, i)
			return NewTuple(Intern("failed_to_start_child"), c.id, err)
		}
	}
	return nil
}

// startChild runs a child's start function; it returns the error reason,
// or nil when the child runs or returned ignore.
func (s *supState) startChild(p *Process, c *supChild, args []Term) Term {
	ret, exc := Try(func() Term { return Apply(p, c.mod, c.fun, args) })
	if exc != nil {
		reason, _ := exitReasonOf(exc)
		return reason
	}
	if ret == Term(atomIgnore) {
		c.pid = atomUndefined
		return nil
	}
	x, ok := ret.(*Tuple)
	if ok && (len(x.Elems) == 2 || len(x.Elems) == 3) && x.Elems[0] == Term(Ok) {
		if pid, ok := x.Elems[1].(Pid); ok {
			c.pid = pid
			if s.template == nil {
				s.progress(p, c)
			}
			return nil
		}
	}
	if ok && len(x.Elems) == 2 && x.Elems[0] == Term(AtomError) {
		return x.Elems[1]
	}
	return ret
}

// terminateRange shuts down children[from:to] in reverse start order.
func (s *supState) terminateRange(p *Process, from, to int) {
	for i := to - 1; i >= from; i-- {
		s.shutdown(p, s.children[i])
	}
}

// shutdown stops a running child as its shutdown spec says, as OTP's
// supervisor:shutdown/1: brutal_kill kills it; a timeout sends shutdown
// and kills it if it is still there when the time is up; infinity waits.
// An exit with another reason than expected is reported (shutdown_error).
func (s *supState) shutdown(p *Process, c *supChild) {
	pid, ok := c.pid.(Pid)
	if !ok {
		return
	}
	c.pid = atomUndefined
	ref := p.Monitor(pid)
	down := func(t Term) bool { return isDown(t, ref) }
	var msg Term
	switch c.shutdown {
	case Term(atomBrutalKill):
		p.SendExit(pid, AtomKill)
		msg, _ = p.Receive(nil, down)
	case Term(AtomInfinity):
		p.SendExit(pid, AtomShutdown)
		msg, _ = p.Receive(nil, down)
	default:
		p.SendExit(pid, AtomShutdown)
		if msg, ok = p.Receive(c.shutdown, down); !ok {
			p.SendExit(pid, AtomKill)
			msg, _ = p.Receive(nil, down)
		}
	}
	reason := unlinkFlush(p, pid, msg.(*Tuple).Elems[4])
	permanent := c.restart == atomPermanent
	switch {
	case reason == Term(AtomKilled) && c.shutdown == Term(atomBrutalKill):
	case reason == Term(AtomShutdown) && (c.shutdown != Term(atomBrutalKill) || !permanent):
	case !permanent && (reason == Term(AtomNormal) || isTag(reason, AtomShutdown, 2)):
	default:
		s.report(p, Intern("shutdown_error"), reason, c, pid)
	}
}

// unlinkFlush unlinks a dead child and takes the reason from its exit
// message, if one came, else keeps the monitor's.
func unlinkFlush(p *Process, pid Pid, reason Term) Term {
	p.Unlink(pid)
	if msg, ok := p.Receive(BoxInt(0), func(t Term) bool {
		return isTag(t, AtomEXIT, 3) && t.(*Tuple).Elems[1] == Term(pid)
	}); ok {
		return msg.(*Tuple).Elems[2]
	}
	return reason
}

// childExited handles {'EXIT', Pid, Reason} from a child.
func (s *supState) childExited(p *Process, pid Pid, reason Term) {
	i, c := s.findPid(pid)
	if c == nil {
		return
	}
	c.pid = atomUndefined
	if c.restart == atomPermanent || !normalReason(reason) {
		s.report(p, Intern("child_terminated"), reason, c, pid)
	}
	switch {
	case c.restart == atomTemporary || s.template != nil && !s.mustRestart(c, reason):
		s.children = append(s.children[:i], s.children[i+1:]...)
		return
	case !s.mustRestart(c, reason):
		return
	}
	s.restart(p, i, c, pid)
}

func (s *supState) mustRestart(c *supChild, reason Term) bool {
	switch c.restart {
	case atomPermanent:
		return true
	case atomTransient:
		return !normalReason(reason)
	}
	return false
}

// restart restarts child i (and its group, by strategy) unless the restart
// intensity is exceeded, in which case the supervisor shuts down.
func (s *supState) restart(p *Process, i int, c *supChild, old Pid) {
	for {
		if !s.addRestart() {
			s.report(p, AtomShutdown, Intern("reached_max_restart_intensity"), c, old)
			s.terminateRange(p, 0, len(s.children))
			Exit(AtomShutdown)
		}
		first, last := s.group(i)
		for j := last - 1; j >= first; j-- {
			if j != i {
				s.shutdown(p, s.children[j])
			}
		}
		i, last = s.dropTemporary(i, first, last)
		if s.restartRange(p, first, last) {
			return
		}
	}
}

// dropTemporary removes the temporary children of children[first:last]
// other than i, which a group restart stops and does not restart, as OTP
// does; it returns the new index of i and end of the group.
func (s *supState) dropTemporary(i, first, last int) (int, int) {
	kept := append([]*supChild(nil), s.children[:first]...)
	for j := first; j < last; j++ {
		if j == i {
			i = len(kept)
		} else if s.children[j].restart == atomTemporary {
			continue
		}
		kept = append(kept, s.children[j])
	}
	end := len(kept)
	s.children = append(kept, s.children[last:]...)
	return i, end
}

// group is the range of children restarted with child i.
func (s *supState) group(i int) (int, int) {
	switch s.strategy {
	case atomOneForAll:
		return 0, len(s.children)
	case atomRestForOne:
		return i, len(s.children)
	}
	return i, i + 1
}

// restartRange starts children[first:last] again; false if one failed.
func (s *supState) restartRange(p *Process, first, last int) bool {
	for j := first; j < last; j++ {
		c := s.children[j]
		if err := s.startChild(p, c, c.args); err != nil {
			s.report(p, Intern("start_error"), err, c, atomUndefined)
			return false
		}
	}
	return true
}

func (s *supState) addRestart() bool {
	now := time.Now()
	kept := s.restarts[:0]
	for _, t := range s.restarts {
		if now.Sub(t) <= s.period {
			kept = append(kept, t)
		}
	}
	s.restarts = append(kept, now)
	return len(s.restarts) <= s.intensity
}

// progress logs the PROGRESS REPORT of a started child (info level, so
// shown only when the primary level lets info through), as OTP 25 does.
func (s *supState) progress(p *Process, c *supChild) {
	if int32(levelInfo) > primaryLevel.Load() {
		return
	}
	started := c.info(c.pid, c.id)
	report := NewMap(atomLabel, NewTuple(atomSupervisor, Intern("progress")), atomReport, List(
		NewTuple(atomSupervisor, s.name), NewTuple(Intern("started"), started)))
	logOTP(p, levelInfo, "PROGRESS", report, []Term{atomOTP, atomSASL},
		Sprintf("    supervisor: ~tp~n    started: ~tp~n", s.name, started))
}

// info is a child as reports show it.
func (c *supChild) info(pid, id Term) Term {
	return List(NewTuple(Intern("pid"), pid), NewTuple(Intern("id"), id),
		NewTuple(Intern("mfargs"), NewTuple(c.mod, c.fun, List(c.args...))),
		NewTuple(Intern("restart_type"), c.restart), NewTuple(Intern("significant"), False),
		NewTuple(Intern("shutdown"), c.shutdown), NewTuple(Intern("child_type"), c.typ))
}

// report logs a SUPERVISOR REPORT as OTP 25 does: custom handlers get
// #{label => {supervisor, Context}, report => [...]}.
func (s *supState) report(p *Process, context, reason Term, c *supChild, pid Term) {
	id := c.id
	if s.template != nil {
		id = s.template.id
	}
	offender := c.info(pid, id)
	report := NewMap(atomLabel, NewTuple(atomSupervisor, context), atomReport, List(
		NewTuple(atomSupervisor, s.name), NewTuple(Intern("errorContext"), context),
		NewTuple(Intern("reason"), reason), NewTuple(Intern("offender"), offender)))
	logOTP(p, levelError, "SUPERVISOR", report, []Term{atomOTP, atomSASL},
		Sprintf("    supervisor: ~tp~n    errorContext: ~tp~n    reason: ~tp~n    offender: ~tp~n",
			s.name, context, reason, offender))
}
