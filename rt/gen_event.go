package rt

// gen_event for common use: an event manager is a native gen_server
// (callback module '$gen_event') holding handler modules and their
// states; notify and sync_notify run every handler's handle_event, call
// one handler's handle_call. A handler that crashes or returns something
// else is removed, as in OTP.

var (
	atomGenEvent       = Intern("gen_event")
	atomGenEventMgr    = Intern("$gen_event")
	atomNotify         = Intern("notify")
	atomSyncNotify     = Intern("sync_notify")
	atomAddHandler     = Intern("add_handler")
	atomDeleteHandler  = Intern("delete_handler")
	atomWhichHandlers  = Intern("which_handlers")
	atomRemoveHandler  = Intern("remove_handler")
	atomHandleEventCB  = Intern("handle_event")
	atomModuleNotFound = Intern("module_not_found")
)

type eventHandler struct {
	id    Term // the module, or {Module, Id}
	mod   Atom
	state Term
}

type eventMgr struct{ handlers []*eventHandler }

func mgrOf(p *Process) *eventMgr { return p.behaviour.(*eventMgr) }

func evInit(p *Process, _ Term) Term {
	p.behaviour = &eventMgr{}
	return NewTuple(Ok, atomGenEvent)
}

func evHandleCall(p *Process, req, from, state Term) Term {
	m := mgrOf(p)
	x := req.(*Tuple)
	var reply Term = Ok
	switch x.Elems[0] {
	case Term(atomSyncNotify):
		m.notify(p, atomHandleEventCB, x.Elems[1])
	case Term(atomAddHandler):
		reply = m.add(p, x.Elems[1], x.Elems[2])
	case Term(atomDeleteHandler):
		reply = m.remove(p, x.Elems[1], x.Elems[2])
	case Term(atomWhichHandlers):
		ids := make([]Term, len(m.handlers))
		for i, h := range m.handlers {
			ids[i] = h.id
		}
		reply = List(ids...)
	case Term(atomGsCall):
		reply = m.call(p, x.Elems[1], x.Elems[2])
	}
	return NewTuple(atomReply, reply, state)
}

func evHandleCast(p *Process, req, state Term) Term {
	mgrOf(p).notify(p, atomHandleEventCB, req)
	return NewTuple(atomNoreply, state)
}

func evHandleInfo(p *Process, msg, state Term) Term {
	mgrOf(p).notify(p, atomHandleInfo, msg)
	return NewTuple(atomNoreply, state)
}

func evTerminate(p *Process, reason, state Term) Term {
	m := mgrOf(p)
	for len(m.handlers) > 0 {
		m.remove(p, m.handlers[0].id, atomStop)
	}
	return Ok
}

// handlerMod reads a handler id: Module or {Module, Id}.
func handlerMod(id Term) (Atom, bool) {
	if a, ok := id.(Atom); ok {
		return a, true
	}
	if x, ok := TupleArity(id, 2); ok {
		a, ok := x.Elems[0].(Atom)
		return a, ok
	}
	return Atom{}, false
}

func (m *eventMgr) find(id Term) int {
	for i, h := range m.handlers {
		if ExactEqual(h.id, id) {
			return i
		}
	}
	return -1
}

func (m *eventMgr) add(p *Process, id, args Term) Term {
	mod, ok := handlerMod(id)
	if !ok || !ModuleLoaded(mod) {
		return NewTuple(AtomError, atomModuleNotFound)
	}
	if m.find(id) >= 0 {
		return NewTuple(AtomError, NewTuple(atomAlreadyStd, id))
	}
	ret, exc := callbackTry(func() Term { return Apply(p, mod, atomInit, []Term{args}) })
	if exc != nil {
		reason, _ := exitReasonOf(exc)
		return NewTuple(AtomEXIT, reason)
	}
	if isTag(ret, Ok, 2) || isTag(ret, Ok, 3) {
		m.handlers = append([]*eventHandler{{id: id, mod: mod, state: ret.(*Tuple).Elems[1]}}, m.handlers...)
		return Ok
	}
	return ret
}

func (m *eventMgr) remove(p *Process, id, args Term) Term {
	i := m.find(id)
	if i < 0 {
		return NewTuple(AtomError, atomModuleNotFound)
	}
	h := m.handlers[i]
	m.handlers = append(m.handlers[:i], m.handlers[i+1:]...)
	if !FunctionExported(h.mod, atomTerminate, 2) {
		return Ok
	}
	ret, exc := callbackTry(func() Term { return Apply(p, h.mod, atomTerminate, []Term{args, h.state}) })
	if exc != nil {
		reason, _ := exitReasonOf(exc)
		return NewTuple(AtomEXIT, reason)
	}
	return ret
}

// notify runs fn (handle_event or handle_info) in every handler.
func (m *eventMgr) notify(p *Process, fn Atom, ev Term) {
	for _, h := range append([]*eventHandler(nil), m.handlers...) {
		if fn == atomHandleInfo && !FunctionExported(h.mod, fn, 2) {
			continue
		}
		ret, exc := callbackTry(func() Term { return Apply(p, h.mod, fn, []Term{ev, h.state}) })
		switch {
		case exc == nil && (isTag(ret, Ok, 2) || isTag(ret, Ok, 3)):
			h.state = ret.(*Tuple).Elems[1]
		case exc == nil && ret == Term(atomRemoveHandler):
			m.remove(p, h.id, atomRemoveHandler)
		default:
			m.crashed(p, h, ev, ret, exc)
		}
	}
}

// crashed removes a handler that raised or returned something else.
func (m *eventMgr) crashed(p *Process, h *eventHandler, ev, ret Term, exc *Exception) {
	reason := Term(NewTuple(atomBadReturn, ret))
	if exc != nil {
		reason, _ = exitReasonOf(exc)
	}
	logEvent(levelError, Sprintf("** gen_event handler ~tp crashed.~n** Was installed in ~tp~n"+
		"** Last event was: ~tp~n** When handler state == ~tp~n** Reason == ~tp~n", h.id, p.self, ev, h.state, reason))
	if i := m.find(h.id); i >= 0 {
		m.handlers = append(m.handlers[:i], m.handlers[i+1:]...)
	}
	if FunctionExported(h.mod, atomTerminate, 2) {
		Try(func() Term { return Apply(p, h.mod, atomTerminate, []Term{NewTuple(AtomError, reason), h.state}) })
	}
}

func (m *eventMgr) call(p *Process, id, req Term) Term {
	i := m.find(id)
	if i < 0 {
		return NewTuple(AtomError, Intern("bad_module"))
	}
	h := m.handlers[i]
	ret, exc := callbackTry(func() Term { return Apply(p, h.mod, atomHandleCall, []Term{req, h.state}) })
	switch {
	case exc == nil && (isTag(ret, Ok, 3) || isTag(ret, Ok, 4)):
		x := ret.(*Tuple)
		h.state = x.Elems[2]
		return x.Elems[1]
	case exc == nil && isTag(ret, atomRemoveHandler, 2):
		m.remove(p, h.id, atomRemoveHandler)
		return ret.(*Tuple).Elems[1]
	}
	m.crashed(p, h, req, ret, exc)
	return NewTuple(AtomError, NewTuple(AtomEXIT, ret))
}

func evStart(p *Process, name Term, link bool) Term {
	return genServerStart(p, name, atomGenEventMgr, Nil{}, link)
}

// GenEventStart0 is gen_event:start().
func GenEventStart0(p *Process) Term { return evStart(p, nil, false) }

// GenEventStart1 is gen_event:start(Name).
func GenEventStart1(p *Process, name Term) Term { return evStart(p, name, false) }

// GenEventStartLink0 is gen_event:start_link().
func GenEventStartLink0(p *Process) Term { return evStart(p, nil, true) }

// GenEventStartLink1 is gen_event:start_link(Name).
func GenEventStartLink1(p *Process, name Term) Term { return evStart(p, name, true) }

func evCall(p *Process, mgr, req Term, args ...Term) Term {
	return genCall(p, atomGenEvent, mgr, req, AtomInfinity, args)
}

// GenEventAddHandler3 is gen_event:add_handler(Mgr, Handler, Args).
func GenEventAddHandler3(p *Process, mgr, h, args Term) Term {
	return evCall(p, mgr, NewTuple(atomAddHandler, h, args), mgr, h, args)
}

// GenEventDeleteHandler3 is gen_event:delete_handler(Mgr, Handler, Args).
func GenEventDeleteHandler3(p *Process, mgr, h, args Term) Term {
	return evCall(p, mgr, NewTuple(atomDeleteHandler, h, args), mgr, h, args)
}

// GenEventNotify2 is gen_event:notify(Mgr, Event): asynchronous.
func GenEventNotify2(p *Process, mgr, ev Term) Term { return GenServerCast2(p, mgr, ev) }

// GenEventSyncNotify2 is gen_event:sync_notify(Mgr, Event).
func GenEventSyncNotify2(p *Process, mgr, ev Term) Term {
	return evCall(p, mgr, NewTuple(atomSyncNotify, ev), mgr, ev)
}

// GenEventCall3 is gen_event:call(Mgr, Handler, Request).
func GenEventCall3(p *Process, mgr, h, req Term) Term {
	return evCall(p, mgr, NewTuple(atomGsCall, h, req), mgr, h, req)
}

// GenEventCall4 is gen_event:call(Mgr, Handler, Request, Timeout).
func GenEventCall4(p *Process, mgr, h, req, timeout Term) Term {
	return genCall(p, atomGenEvent, mgr, NewTuple(atomGsCall, h, req), timeout, []Term{mgr, h, req, timeout})
}

// GenEventWhichHandlers1 is gen_event:which_handlers(Mgr).
func GenEventWhichHandlers1(p *Process, mgr Term) Term {
	return evCall(p, mgr, NewTuple(atomWhichHandlers), mgr)
}

// GenEventStop1 is gen_event:stop(Mgr).
func GenEventStop1(p *Process, mgr Term) Term { return GenServerStop1(p, mgr) }

func init() {
	registerModule("$gen_event", true, []Func{
		Export("init", 1, evInit), Export("handle_call", 3, evHandleCall),
		Export("handle_cast", 2, evHandleCast), Export("handle_info", 2, evHandleInfo),
		Export("terminate", 2, evTerminate),
	})
	registerModule("gen_event", true, []Func{
		Export("start", 0, GenEventStart0), Export("start", 1, GenEventStart1),
		Export("start_link", 0, GenEventStartLink0), Export("start_link", 1, GenEventStartLink1),
		Export("add_handler", 3, GenEventAddHandler3), Export("add_sup_handler", 3, GenEventAddHandler3),
		Export("delete_handler", 3, GenEventDeleteHandler3),
		Export("notify", 2, GenEventNotify2), Export("sync_notify", 2, GenEventSyncNotify2),
		Export("call", 3, GenEventCall3), Export("call", 4, GenEventCall4),
		Export("which_handlers", 1, GenEventWhichHandlers1), Export("stop", 1, GenEventStop1),
	})
}
