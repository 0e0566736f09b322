package rt

import "testing"

// ev_log is a gen_event handler that keeps the events it saw:
//
//	init(_) -> {ok, []}.
//	handle_event(crash, _) -> error(boom);
//	handle_event(E, S) -> {ok, [E | S]}.
//	handle_call(get, S) -> {ok, lists:reverse(S), S}.
func init() {
	RegisterModule("ev_log",
		Export("init", 1, func(p *Process, _ Term) Term { return NewTuple(Ok, Nil{}) }),
		Export("handle_event", 2, func(p *Process, e, s Term) Term {
			if e == Term(Intern("crash")) {
				Error(Intern("boom"))
			}
			return NewTuple(Ok, p.Cons(e, s))
		}),
		Export("handle_call", 2, func(p *Process, req, s Term) Term { return NewTuple(Ok, ListsReverse1(p, s), s) }),
	)
	// myapp_app:start(normal, []) -> supervisor:start_link(sup_t, one).
	RegisterModule("myapp_app", Export("start", 2, func(p *Process, _, _ Term) Term {
		return SupervisorStartLink2(p, Intern("sup_t"), Intern("one"))
	}))
	// pl_t:init(Parent) -> proc_lib:init_ack({ok, self()}), receive stop -> ok end.
	RegisterModule("pl_t", Export("init", 1, func(p *Process, _ Term) Term {
		ProcLibInitAck1(p, NewTuple(Ok, p.self))
		p.Receive(nil, func(Term) bool { return true })
		return Ok
	}))
}

func TestGenEvent(t *testing.T) {
	quietStdout(t)
	p := NewProcess()
	mgr := GenEventStart0(p).(*Tuple).Elems[1]
	h := Intern("ev_log")
	etsTerm(t, "ok", GenEventAddHandler3(p, mgr, h, Nil{}))
	GenEventNotify2(p, mgr, Intern("a"))
	GenEventSyncNotify2(p, mgr, Intern("b"))
	etsTerm(t, "[a,b]", GenEventCall3(p, mgr, h, Intern("get")))
	etsTerm(t, "[ev_log]", GenEventWhichHandlers1(p, mgr))
	GenEventSyncNotify2(p, mgr, Intern("crash"))
	etsTerm(t, "[]", GenEventWhichHandlers1(p, mgr))
	GenEventStop1(p, mgr)
}

func TestApplicationStart(t *testing.T) {
	quietStdout(t)
	p := NewProcess()
	etsTerm(t, "ok", ApplicationStart1(p, Intern("myapp")))
	etsTerm(t, "{error,{already_started,myapp}}", ApplicationStart1(p, Intern("myapp")))
	etsTerm(t, "ok", ApplicationStop1(p, Intern("myapp")))
	etsTerm(t, "{error,{not_started,myapp}}", ApplicationStop1(p, Intern("myapp")))
}

func TestProcLibStartLink(t *testing.T) {
	p := NewProcess()
	r := ProcLibStartLink3(p, Intern("pl_t"), Intern("init"), List(Ok))
	if !isTag(r, Ok, 2) {
		t.Fatal(Format(r))
	}
	Send(p, r.(*Tuple).Elems[1], atomStop)
}

func TestGlobalNames(t *testing.T) {
	p := NewProcess()
	name := NewTuple(Intern("gs"), BoxInt(1))
	r := GenServerStart4(p, NewTuple(atomGlobal, name), Intern("gs_counter"), BoxInt(3), Nil{})
	pid := r.(*Tuple).Elems[1]
	etsTerm(t, "3", GenServerCall2(p, NewTuple(atomGlobal, name), Intern("get")))
	etsTerm(t, Format(pid), GlobalWhereisName1(p, name))
	etsTerm(t, "no", GlobalRegisterName2(p, name, p.self))
	GenServerStop1(p, pid)
	etsTerm(t, "undefined", GlobalWhereisName1(p, name))
}
