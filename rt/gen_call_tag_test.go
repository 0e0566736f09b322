package rt

import "testing"

// gs_from is a server whose handle_call tells the caller (Req is
// {from, Pid}) the From it was given, then replies ok.
func init() {
	RegisterModule("gs_from",
		Export("init", 1, func(p *Process, x Term) Term { return NewTuple(Ok, x) }),
		Export("handle_call", 3, func(p *Process, req, from, s Term) Term {
			Send(p, req.(*Tuple).Elems[1], NewTuple(Intern("from"), from))
			return NewTuple(atomReply, Ok, s)
		}),
	)
}

// sm_from is gs_from as a gen_statem: state s answers {call, From}.
func init() {
	RegisterModule("sm_from",
		Export("init", 1, func(p *Process, x Term) Term { return NewTuple(Ok, Intern("s"), x) }),
		Export("callback_mode", 0, func(*Process) Term { return atomStateFunctions }),
		Export("s", 3, func(p *Process, typ, req, d Term) Term {
			from := typ.(*Tuple).Elems[1]
			Send(p, req.(*Tuple).Elems[1], NewTuple(Intern("from"), from))
			return NewTuple(Intern("keep_state"), d, List(NewTuple(atomReply, from, Ok)))
		}),
	)
}

// fromShape is "alias" for a From {Self, [alias|Ref]}, "plain" for
// {Self, Ref}.
func fromShape(t *testing.T, p *Process, from Term) string {
	t.Helper()
	x, ok := TupleArity(from, 2)
	if !ok || x.Elems[0] != Term(p.Self()) {
		t.Fatalf("From: %s", Format(from))
	}
	if _, ok := x.Elems[1].(Ref); ok {
		return "plain"
	}
	if _, ok := aliasOfTag(x.Elems[1]); ok {
		return "alias"
	}
	t.Fatalf("From: %s", Format(from))
	return ""
}

// erl (OTP 25): gen_statem:call/2 waits forever with a plain tag; call/3
// takes {dirty_timeout, T} and {clean_timeout, T} as T (an alias tag
// unless T is infinity); another pair is badarg from gen_statem:call/3.
func TestGenStatemCallTimeouts(t *testing.T) {
	p := NewProcess()
	pid := GenStatemStart3(p, Intern("sm_from"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	for _, c := range []struct {
		timeout Term
		want    string
	}{
		{nil, "plain"},
		{BoxInt(1000), "alias"},
		{AtomInfinity, "plain"},
		{NewTuple(atomDirtyTimeout, BoxInt(1000)), "alias"},
		{NewTuple(atomCleanTimeout, BoxInt(1000)), "alias"},
		{NewTuple(atomDirtyTimeout, AtomInfinity), "plain"},
		{NewTuple(atomCleanTimeout, AtomInfinity), "plain"},
	} {
		from := callFrom(t, p, func(r Term) Term {
			if c.timeout == nil {
				return GenStatemCall2(p, pid, r)
			}
			return GenStatemCall3(p, pid, r, c.timeout)
		})
		if got := fromShape(t, p, from); got != c.want {
			t.Errorf("timeout %v: %s tag, want %s", c.timeout, got, c.want)
		}
	}
	bad := NewTuple(Intern("foo"), BoxInt(5))
	_, e := Try(func() Term { return GenStatemCall3(p, pid, Ok, bad) })
	if e == nil || e.Reason != Term(AtomBadarg) {
		t.Fatalf("{foo, 5}: %v", e)
	}
	top := e.Stacktrace().(*Cons).Head
	if want := NewTuple(atomGenStatem, atomGsCall, List(pid, Ok, bad), otpLoc("gen_statem", 650)); !ExactEqual(top, want) {
		t.Fatalf("{foo, 5}: %s", Format(top))
	}
}

// callFrom makes a call with call and returns the From the server saw.
func callFrom(t *testing.T, p *Process, call func(req Term) Term) Term {
	t.Helper()
	if v := call(NewTuple(Intern("from"), p.Self())); v != Term(Ok) {
		t.Fatalf("reply: %v", v)
	}
	m := recvAny(t, p)
	if !isTag(m, Intern("from"), 2) {
		t.Fatalf("message: %v", m)
	}
	return m.(*Tuple).Elems[1]
}

// erl (OTP 25): handle_call sees From = {Caller, [alias|Ref]} for
// gen_server:call/2 (5 s) and call/3 with a timeout, and {Caller, Ref}
// for call/3 with infinity, as gen:do_call makes them.
func TestGenCallTag(t *testing.T) {
	p := NewProcess()
	pid := GenServerStart3(p, Intern("gs_from"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	for _, call := range []func(Term) Term{
		func(r Term) Term { return GenServerCall2(p, pid, r) },
		func(r Term) Term { return GenServerCall3(p, pid, r, BoxInt(1000)) },
	} {
		from := callFrom(t, p, call)
		x, ok := TupleArity(from, 2)
		if !ok || x.Elems[0] != Term(p.Self()) {
			t.Fatalf("From: %s", Format(from))
		}
		c, ok := x.Elems[1].(*Cons)
		if !ok || c.Head != Term(atomAlias) {
			t.Fatalf("tag: %s", Format(from))
		}
		if _, ok := c.Tail.(Ref); !ok {
			t.Fatalf("tag: %s", Format(from))
		}
	}
	from := callFrom(t, p, func(r Term) Term { return GenServerCall3(p, pid, r, AtomInfinity) })
	if x, ok := TupleArity(from, 2); !ok || x.Elems[0] != Term(p.Self()) {
		t.Fatalf("From: %s", Format(from))
	} else if _, ok := x.Elems[1].(Ref); !ok {
		t.Fatalf("tag: %s", Format(from))
	}
	if p.qlen.Load() != 0 {
		t.Fatalf("left in the queue: %v", Format(p.messagesLocked(true)))
	}
}

// erl: gen_server:reply({self(), T}, r) sends {T, r} to self() for a plain
// T; for T = [alias|A] it sends {T, r} to the alias A, so nothing arrives
// once A is unaliased.
func TestGenReplyTags(t *testing.T) {
	p := NewProcess()
	plain := MakeRef()
	GenServerReply2(p, NewTuple(p.Self(), plain), Intern("r"))
	if m := recvAny(t, p); !ExactEqual(m, NewTuple(plain, Intern("r"))) {
		t.Fatalf("plain: %s", Format(m))
	}
	a := ErlangAlias0(p).(Ref)
	tag := callTag(a)
	GenServerReply2(p, NewTuple(p.Self(), tag), Intern("r"))
	if m := recvAny(t, p); !ExactEqual(m, NewTuple(tag, Intern("r"))) {
		t.Fatalf("alias: %s", Format(m))
	}
	ErlangUnalias1(p, a)
	GenServerReply2(p, NewTuple(p.Self(), tag), Intern("late"))
	GenServerReply2(p, NewTuple(p.Self(), &Cons{Head: tag, Tail: Nil{}}), Intern("late"))
	if m, ok := p.Receive(BoxInt(50), func(Term) bool { return true }); ok {
		t.Fatalf("reply to a dead alias arrived: %s", Format(m))
	}
}
