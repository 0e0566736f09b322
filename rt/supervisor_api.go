package rt

// The supervisor's gen_server callbacks and its client functions. The
// requests are OTP's ({start_child, Spec}, which_children...), sent with
// gen_server:call(Sup, Req, infinity) so that a dead supervisor gives
// {noproc, {gen_server, call, [Sup, which_children, infinity]}} as on BEAM.

// supHandleCall is supervisor:handle_call/3.
func supHandleCall(p *Process, req, from, state Term) Term {
	s := supOf(p)
	return NewTuple(atomReply, s.call(p, req), state)
}

func (s *supState) call(p *Process, req Term) Term {
	if req == Term(atomWhichChildren) {
		return s.whichChildren()
	}
	if req == Term(atomCountChildren) {
		return s.countChildren()
	}
	x, ok := TupleArity(req, 2)
	if !ok {
		return NewTuple(AtomError, Intern("badarg"))
	}
	switch x.Elems[0] {
	case Term(atomStartChild):
		if s.template != nil {
			return s.startDynamic(p, x.Elems[1])
		}
		return s.startNew(p, x.Elems[1])
	case Term(atomTerminateChild):
		return s.terminateChild(p, x.Elems[1])
	case Term(atomRestartChild):
		return s.restartChild(p, x.Elems[1])
	case Term(atomDeleteChild):
		return s.deleteChild(x.Elems[1])
	}
	return NewTuple(AtomError, Intern("badarg"))
}

// supHandleInfo is supervisor:handle_info/2: exits of children.
func supHandleInfo(p *Process, msg, state Term) Term {
	if x, ok := TupleArity(msg, 3); ok && x.Elems[0] == Term(AtomEXIT) {
		if pid, ok := x.Elems[1].(Pid); ok {
			supOf(p).childExited(p, pid, x.Elems[2])
		}
	}
	return NewTuple(atomNoreply, state)
}

// supTerminate is supervisor:terminate/2: children stop in reverse order.
func supTerminate(p *Process, reason, state Term) Term {
	if s, ok := p.behaviour.(*supState); ok {
		s.terminateRange(p, 0, len(s.children))
	}
	return Ok
}

func (s *supState) startNew(p *Process, spec Term) Term {
	c, err := readChildSpec(spec)
	if err != nil {
		return NewTuple(AtomError, err)
	}
	if old := s.find(c.id); old != nil {
		if pid, running := old.pid.(Pid); running {
			return NewTuple(AtomError, NewTuple(atomAlreadyStd, pid))
		}
		return NewTuple(AtomError, atomAlreadyPresent)
	}
	if err := s.startChild(p, c, c.args); err != nil {
		return NewTuple(AtomError, NewTuple(err, c.record()))
	}
	s.children = append(s.children, c)
	return NewTuple(Ok, c.pid)
}

// startDynamic starts a simple_one_for_one child with extra arguments.
func (s *supState) startDynamic(p *Process, extra Term) Term {
	more, ok := ListToSlice(extra)
	if !ok {
		return NewTuple(AtomError, Intern("badarg"))
	}
	c := *s.template
	c.args = append(append([]Term(nil), s.template.args...), more...)
	if err := s.startChild(p, &c, c.args); err != nil {
		return NewTuple(AtomError, err)
	}
	if _, running := c.pid.(Pid); !running {
		return NewTuple(Ok, atomUndefined)
	}
	c.id = atomUndefined
	s.children = append(s.children, &c)
	return NewTuple(Ok, c.pid)
}

func (s *supState) terminateChild(p *Process, id Term) Term {
	if s.template != nil {
		pid, ok := id.(Pid)
		i, c := -1, (*supChild)(nil)
		if ok {
			i, c = s.findPid(pid)
		}
		if c == nil {
			return NewTuple(AtomError, atomNotFound)
		}
		s.shutdown(p, c)
		s.children = append(s.children[:i], s.children[i+1:]...)
		return Ok
	}
	c := s.find(id)
	if c == nil {
		return NewTuple(AtomError, atomNotFound)
	}
	s.shutdown(p, c)
	if c.restart == atomTemporary {
		s.deleteChild(id)
	}
	return Ok
}

func (s *supState) restartChild(p *Process, id Term) Term {
	c := s.find(id)
	if c == nil || s.template != nil {
		return NewTuple(AtomError, atomNotFound)
	}
	if _, running := c.pid.(Pid); running {
		return NewTuple(AtomError, atomRunning)
	}
	if err := s.startChild(p, c, c.args); err != nil {
		return NewTuple(AtomError, err)
	}
	return NewTuple(Ok, c.pid)
}

func (s *supState) deleteChild(id Term) Term {
	for i, c := range s.children {
		if ExactEqual(c.id, id) {
			if _, running := c.pid.(Pid); running {
				return NewTuple(AtomError, atomRunning)
			}
			s.children = append(s.children[:i], s.children[i+1:]...)
			return Ok
		}
	}
	return NewTuple(AtomError, atomNotFound)
}

// whichChildren lists {Id, Child, Type, Modules}, newest first as OTP does.
func (s *supState) whichChildren() Term {
	out := make([]Term, 0, len(s.children))
	for i := len(s.children) - 1; i >= 0; i-- {
		c := s.children[i]
		out = append(out, NewTuple(c.id, c.pid, c.typ, c.modules))
	}
	return List(out...)
}

// countChildren counts specs (a simple_one_for_one supervisor has one,
// its template), running children, supervisors and workers.
func (s *supState) countChildren() Term {
	var active, sups, workers int
	for _, c := range s.children {
		if _, running := c.pid.(Pid); running {
			active++
		}
		if c.typ == atomSupervisor {
			sups++
		} else {
			workers++
		}
	}
	specs := len(s.children)
	if s.template != nil {
		specs = 1
	}
	return List(NewTuple(Intern("specs"), BoxInt(Int(specs))), NewTuple(Intern("active"), BoxInt(Int(active))),
		NewTuple(Intern("supervisors"), BoxInt(Int(sups))), NewTuple(Intern("workers"), BoxInt(Int(workers))))
}

func supCall(p *Process, sup, req Term) Term {
	return genCall(p, atomGenServer, sup, req, AtomInfinity, []Term{sup, req, AtomInfinity})
}

// SupervisorStartChild2 is supervisor:start_child(Sup, ChildSpec | ExtraArgs).
func SupervisorStartChild2(p *Process, sup, spec Term) Term {
	return supCall(p, sup, NewTuple(atomStartChild, spec))
}

// SupervisorTerminateChild2 is supervisor:terminate_child(Sup, Id | Pid).
func SupervisorTerminateChild2(p *Process, sup, id Term) Term {
	return supCall(p, sup, NewTuple(atomTerminateChild, id))
}

// SupervisorRestartChild2 is supervisor:restart_child(Sup, Id).
func SupervisorRestartChild2(p *Process, sup, id Term) Term {
	return supCall(p, sup, NewTuple(atomRestartChild, id))
}

// SupervisorDeleteChild2 is supervisor:delete_child(Sup, Id).
func SupervisorDeleteChild2(p *Process, sup, id Term) Term {
	return supCall(p, sup, NewTuple(atomDeleteChild, id))
}

// SupervisorWhichChildren1 is supervisor:which_children(Sup).
func SupervisorWhichChildren1(p *Process, sup Term) Term { return supCall(p, sup, atomWhichChildren) }

// SupervisorCountChildren1 is supervisor:count_children(Sup).
func SupervisorCountChildren1(p *Process, sup Term) Term { return supCall(p, sup, atomCountChildren) }

func init() {
	registerModule("supervisor", true, []Func{
		Export("start_link", 2, SupervisorStartLink2), Export("start_link", 3, SupervisorStartLink3),
		Export("start_child", 2, SupervisorStartChild2), Export("terminate_child", 2, SupervisorTerminateChild2),
		Export("restart_child", 2, SupervisorRestartChild2), Export("delete_child", 2, SupervisorDeleteChild2),
		Export("which_children", 1, SupervisorWhichChildren1), Export("count_children", 1, SupervisorCountChildren1),
		Export("init", 1, supInit), Export("handle_call", 3, supHandleCall),
		Export("handle_info", 2, supHandleInfo), Export("terminate", 2, supTerminate),
	})
}

var atomChild = Intern("child")

// record is OTP 25's #child{} record, which start_child's error shows:
// {child, Pid, Id, MFA, Restart, Significant, Shutdown, Type, Modules}.
func (c *supChild) record() Term {
	return NewTuple(atomChild, c.pid, c.id, NewTuple(c.mod, c.fun, List(c.args...)), c.restart, False,
		c.shutdown, c.typ, c.modules)
}
