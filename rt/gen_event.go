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
	atomSwapHandler    = Intern("swap_handler")
)

type eventHandler struct {
	id    Term // the module, or {Module, Id}
	mod   Atom
	state Term
}

// eventMgr is a manager's state: its handlers, newest first, and the
// name its reports show (the registered name, or the pid).
type eventMgr struct {
	handlers []*eventHandler
	name     Term
}

func mgrOf(p *Process) *eventMgr { return p.behaviour.(*eventMgr) }

// evInit is the manager's init: arg is its registered name, or [].
func evInit(p *Process, arg Term) Term {
	m := &eventMgr{name: arg}
	if _, isNil := arg.(Nil); isNil {
		m.name = p.self
	}
	p.behaviour = m
	return NewTuple(Ok, atomGenEvent)
}

// The frames OTP 25's gen_event shows below a handler callback, by the
// request that ran it (see handle_msg/6 in gen_event.erl).
var (
	evFramesUpdate = otpFrame("gen_event", "server_update", 4, 802)
	evFramesNotify = otpFrame("gen_event", "server_notify", 4, 784)
	evFramesByReq  = map[Atom][]Term{
		atomNotify:        {evFramesUpdate, evFramesNotify, otpFrame("gen_event", "handle_msg", 6, 526), procLibFrame},
		atomSyncNotify:    {evFramesUpdate, evFramesNotify, otpFrame("gen_event", "handle_msg", 6, 529), procLibFrame},
		atomHandleInfo:    {evFramesUpdate, evFramesNotify, otpFrame("gen_event", "handle_msg", 6, 573), procLibFrame},
		atomAddHandler:    {otpFrame("gen_event", "server_add_handler", 4, 698), otpFrame("gen_event", "handle_msg", 6, 540), procLibFrame},
		atomGsCall:        {otpFrame("gen_event", "server_call_update", 3, 925), otpFrame("gen_event", "server_call", 4, 874), otpFrame("gen_event", "handle_msg", 6, 536), procLibFrame},
		atomDeleteHandler: {otpFrame("gen_event", "do_terminate", 7, 946), otpFrame("gen_event", "server_delete_handler", 4, 729), otpFrame("gen_event", "handle_msg", 6, 548), procLibFrame},
		atomSwapHandler:   {otpFrame("gen_event", "server_add_handler", 4, 698), otpFrame("gen_event", "server_swap_handler", 6, 742), otpFrame("gen_event", "handle_msg", 6, 553), procLibFrame},
	}
)

// catchCallback calls mod:fn(args) as gen_event's `catch Mod:F(...)`
// does: an exception becomes its value, with gen_event's frames below
// the callback's in the trace.
func catchCallback(p *Process, req Atom, mod, fn Atom, args ...Term) Term {
	v, e := Try(func() Term { return Apply(p, mod, fn, args) })
	if e == nil {
		return v
	}
	if e.Class != AtomExit {
		e.stack = List(framesAbove(e.Stacktrace(), atomGenEventMgr)...)
	}
	withOTPFrames(e, evFramesByReq[req])
	return CatchValue(e)
}

// framesAbove is the trace st up to the first frame of module mod: the
// frames of the callback, without those of the native manager that rt
// runs beneath it.
func framesAbove(st Term, mod Atom) []Term {
	frames, _ := ListToSlice(st)
	for i, f := range frames {
		if x, ok := f.(*Tuple); ok && len(x.Elems) > 0 && x.Elems[0] == Term(mod) {
			return frames[:i]
		}
	}
	return frames
}

func evHandleCall(p *Process, req, from, state Term) Term {
	m := mgrOf(p)
	x := req.(*Tuple)
	var reply Term = Ok
	switch x.Elems[0] {
	case Term(atomSyncNotify):
		m.notify(p, atomSyncNotify, atomHandleEventCB, x.Elems[1])
	case Term(atomAddHandler):
		reply = m.add(p, atomAddHandler, x.Elems[1], x.Elems[2])
	case Term(atomDeleteHandler):
		reply = m.remove(p, x.Elems[1], x.Elems[2])
	case Term(atomSwapHandler):
		reply = m.swap(p, x.Elems[1], x.Elems[2], x.Elems[3], x.Elems[4])
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
	mgrOf(p).notify(p, atomNotify, atomHandleEventCB, req)
	return NewTuple(atomNoreply, state)
}

func evHandleInfo(p *Process, msg, state Term) Term {
	mgrOf(p).notify(p, atomHandleInfo, atomHandleInfo, msg)
	return NewTuple(atomNoreply, state)
}

// evTerminate stops every handler with terminate(stop, State).
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

// take removes the handler id from the list and returns it, or nil.
func (m *eventMgr) take(id Term) *eventHandler {
	i := m.find(id)
	if i < 0 {
		return nil
	}
	h := m.handlers[i]
	m.handlers = append(m.handlers[:i:i], m.handlers[i+1:]...)
	return h
}

// add installs handler id with Mod:init(Args); what init returns other
// than {ok, State} is the answer, as OTP's server_add_handler.
func (m *eventMgr) add(p *Process, req Atom, id, args Term) Term {
	mod, ok := handlerMod(id)
	if !ok {
		return NewTuple(AtomError, atomModuleNotFound)
	}
	if m.find(id) >= 0 {
		return NewTuple(AtomError, NewTuple(atomAlreadyStd, id))
	}
	ret := catchCallback(p, req, mod, atomInit, args)
	if isTag(ret, Ok, 2) || isTag(ret, Ok, 3) && ret.(*Tuple).Elems[2] == Term(atomHibernate) {
		m.handlers = append([]*eventHandler{{id: id, mod: mod, state: ret.(*Tuple).Elems[1]}}, m.handlers...)
		return Ok
	}
	return ret
}

// remove takes handler id out and returns what its terminate(Args,
// State) returned.
func (m *eventMgr) remove(p *Process, id, args Term) Term {
	h := m.take(id)
	if h == nil {
		return NewTuple(AtomError, atomModuleNotFound)
	}
	return m.terminate(p, h, args)
}

func (m *eventMgr) terminate(p *Process, h *eventHandler, args Term) Term {
	if !FunctionExported(h.mod, atomTerminate, 2) {
		return Ok
	}
	return catchCallback(p, atomDeleteHandler, h.mod, atomTerminate, args, h.state)
}

// swap replaces handler old by new: old's terminate(OldArgs, State)
// result goes to new's init({NewArgs, Result}); error if old is absent.
func (m *eventMgr) swap(p *Process, old, oldArgs, new, newArgs Term) Term {
	var st Term = AtomError
	if h := m.take(old); h != nil {
		st = m.terminate(p, h, oldArgs)
	}
	if r := m.add(p, atomSwapHandler, new, NewTuple(newArgs, st)); r != Term(Ok) {
		return NewTuple(AtomError, r)
	}
	return Ok
}

// notify runs fn (handle_event or handle_info) in every handler; req is
// the request that brought the event, for traces.
func (m *eventMgr) notify(p *Process, req, fn Atom, ev Term) {
	for _, h := range append([]*eventHandler(nil), m.handlers...) {
		ret := catchCallback(p, req, h.mod, fn, ev, h.state)
		switch {
		case isTag(ret, Ok, 2) || isTag(ret, Ok, 3):
			h.state = ret.(*Tuple).Elems[1]
		case ret == Term(atomRemoveHandler):
			m.remove(p, h.id, atomRemoveHandler)
		case fn == atomHandleInfo && isUndefCallback(ret, h.mod, atomHandleInfo):
			logOTP(p, levelWarning, "", NewMap(atomLabel, NewTuple(atomGenEvent, Intern("no_handle_info")),
				atomModule, h.mod, Intern("message"), ev), []Term{atomOTP},
				Sprintf("** Undefined handle_info in ~p~n** Unhandled message: ~tp~n", h.mod, ev))
		default:
			m.crashed(p, h, ev, ret)
		}
	}
}

// isUndefCallback reports whether ret is the {'EXIT', {undef, ...}} of
// calling mod:fn that does not exist.
func isUndefCallback(ret Term, mod, fn Atom) bool {
	x, ok := TupleArity(ret, 2)
	if !ok || x.Elems[0] != Term(AtomEXIT) {
		return false
	}
	r, ok := TupleArity(x.Elems[1], 2)
	if !ok || r.Elems[0] != Term(AtomUndef) {
		return false
	}
	st, _ := ListToSlice(r.Elems[1])
	if len(st) == 0 {
		return false
	}
	top, ok := st[0].(*Tuple)
	return ok && len(top.Elems) >= 2 && top.Elems[0] == Term(mod) && top.Elems[1] == Term(fn)
}

// crashed removes a handler whose callback raised or returned something
// else: terminate({error, Ret}, State), then the error report.
func (m *eventMgr) crashed(p *Process, h *eventHandler, ev, ret Term) {
	if i := m.find(h.id); i >= 0 {
		m.handlers = append(m.handlers[:i:i], m.handlers[i+1:]...)
	}
	m.terminate(p, h, NewTuple(AtomError, ret))
	reason := ret
	if x, ok := TupleArity(ret, 2); ok && x.Elems[0] == Term(AtomEXIT) {
		reason = x.Elems[1]
	}
	report := NewMap(atomLabel, NewTuple(atomGenEvent, atomTerminate), Intern("handler"), h.id,
		Intern("name"), m.name, Intern("last_message"), ev, Intern("state"), h.state, Intern("reason"), reason)
	logOTP(p, levelError, "", report, []Term{atomOTP}, Sprintf("** gen_event handler ~tp crashed.~n"+
		"** Was installed in ~tp~n** Last event was: ~tp~n** When handler state == ~tp~n** Reason == ~tp~n",
		h.id, m.name, ev, h.state, reason))
}

func (m *eventMgr) call(p *Process, id, req Term) Term {
	i := m.find(id)
	if i < 0 {
		return NewTuple(AtomError, Intern("bad_module"))
	}
	h := m.handlers[i]
	ret := catchCallback(p, atomGsCall, h.mod, atomHandleCall, req, h.state)
	switch {
	case isTag(ret, Ok, 3) || isTag(ret, Ok, 4):
		x := ret.(*Tuple)
		h.state = x.Elems[2]
		return x.Elems[1]
	case isTag(ret, atomRemoveHandler, 2):
		m.remove(p, h.id, atomRemoveHandler)
		return ret.(*Tuple).Elems[1]
	}
	m.crashed(p, h, req, ret)
	return NewTuple(AtomError, ret)
}

func evStart(p *Process, name Term, link bool) Term {
	var arg Term = Nil{}
	if n, ok := startName(name); ok {
		arg = n
	}
	return genServerStart(p, name, atomGenEventMgr, arg, link)
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

// GenEventSwapHandler3 is gen_event:swap_handler(Mgr, {Old, OldArgs},
// {New, NewArgs}).
func GenEventSwapHandler3(p *Process, mgr, old, new Term) Term {
	o, ok1 := TupleArity(old, 2)
	n, ok2 := TupleArity(new, 2)
	if !ok1 || !ok2 {
		return FunctionClause(mgr, old, new)
	}
	return evCall(p, mgr, NewTuple(atomSwapHandler, o.Elems[0], o.Elems[1], n.Elems[0], n.Elems[1]), mgr, old, new)
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
		Export("swap_handler", 3, GenEventSwapHandler3), Export("swap_sup_handler", 3, GenEventSwapHandler3),
		Export("notify", 2, GenEventNotify2), Export("sync_notify", 2, GenEventSyncNotify2),
		Export("call", 3, GenEventCall3), Export("call", 4, GenEventCall4),
		Export("which_handlers", 1, GenEventWhichHandlers1), Export("stop", 1, GenEventStop1),
	})
}
