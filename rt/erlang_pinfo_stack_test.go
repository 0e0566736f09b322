package rt

import "testing"

var atomPst = Intern("pst")

func init() {
	RegisterModule("pst",
		// stack() -> [process_info(self(), current_stacktrace)].
		Export("stack", 0, func(p *Process) Term {
			return List(ErlangProcessInfo2(p, p.Self(), atomCurrentStack))
		}),
		// wait() -> X = receive stop -> ok end, X.
		Export("wait", 0, func(p *Process) Term {
			msg, _ := p.Receive(nil, func(t Term) bool { return t == Term(atomStop) })
			return msg
		}),
	)
	RegisterFunc(pstIdle, "pst", "idle", 0)
}

// frameNames is the {M, F, A} of each entry of a process_info reply
// {current_stacktrace, Entries}.
func frameNames(t *testing.T, reply Term) []Term {
	t.Helper()
	x, ok := TupleArity(reply, 2)
	if !ok || x.Elems[0] != Term(atomCurrentStack) {
		t.Fatalf("reply: %s", Format(reply))
	}
	st, _ := ListToSlice(x.Elems[1])
	out := make([]Term, len(st))
	for i, e := range st {
		y, ok := TupleArity(e, 4)
		if !ok {
			t.Fatalf("entry: %s", Format(e))
		}
		out[i] = NewTuple(y.Elems[0], y.Elems[1], y.Elems[2])
	}
	return out
}

func wantFrames(t *testing.T, got []Term, want ...Term) {
	t.Helper()
	if !ExactEqual(List(got...), List(want...)) {
		t.Fatalf("frames %s, want %s", Format(List(got...)), Format(List(want...)))
	}
}

func mfaOf(m, f string, a int) Term { return NewTuple(Intern(m), Intern(f), BoxInt(Int(a))) }

// erl: process_info(self(), current_stacktrace) starts at the function
// that calls it; another process's starts where it waits: in a receive,
// an idle receive loop, a gen_server's loop (gen_server:loop/7 above
// proc_lib:init_p_do_apply/3, OTP 25's lines 871 and 240) or a
// gen_statem's (gen_statem:loop_receive/3, line 1281).
func TestCurrentStacktrace(t *testing.T) {
	p := NewProcess()
	own := Apply(p, atomPst, Intern("stack"), nil).(*Cons).Head
	wantFrames(t, frameNames(t, own), mfaOf("pst", "stack", 0))

	waiting := spawnGo(p, SpawnOpts{}, func(c *Process) { Apply(c, atomPst, Intern("wait"), nil) })
	idle, _ := p.SpawnFun(NewLocalFun(atomPst, Intern("-t/0-fun-0-"), 0, 0, nil, func(c *Process) Term { return pstIdle(c) }).MarkIdle(), SpawnOpts{})
	gs := GenServerStart3(p, Intern("gs_counter"), BoxInt(0), Nil{}).(*Tuple).Elems[1].(Pid)
	for waiting.process().parked.Load() == 0 || idle.process().parked.Load() == 0 {
		p.Sleep(BoxInt(1))
	}
	wantFrames(t, frameNames(t, ErlangProcessInfo2(p, waiting, atomCurrentStack)), mfaOf("pst", "wait", 0))
	// An idle process answers from its receive, with a location.
	inIdle := ErlangProcessInfo2(p, idle, atomCurrentStack)
	wantFrames(t, frameNames(t, inIdle), mfaOf("pst", "idle", 0))
	at := List(NewTuple(atomFile, Str("pst.erl")), NewTuple(atomLine, BoxInt(3)))
	if loc := inIdle.(*Tuple).Elems[1].(*Cons).Head.(*Tuple).Elems[3]; !ExactEqual(loc, at) {
		t.Fatalf("idle: %s", Format(inIdle))
	}
	loop := ErlangProcessInfo2(p, gs, atomCurrentStack)
	want := List(otpFrame("gen_server", "loop", 7, 871), otpFrame("proc_lib", "init_p_do_apply", 3, 240))
	if !ExactEqual(loop, NewTuple(atomCurrentStack, want)) {
		t.Fatalf("gen_server: %s", Format(loop))
	}
	if f := ErlangProcessInfo2(p, gs, atomCurrentFunction); !ExactEqual(f, NewTuple(atomCurrentFunction, mfaOf("gen_server", "loop", 7))) {
		t.Fatalf("gen_server: %s", Format(f))
	}
	sm := GenStatemStart3(p, Intern("st_lock"), Str("1234"), Nil{}).(*Tuple).Elems[1].(Pid)
	for sm.process().parked.Load() == 0 {
		p.Sleep(BoxInt(1))
	}
	loop = ErlangProcessInfo2(p, sm, atomCurrentStack)
	want = List(otpFrame("gen_statem", "loop_receive", 3, 1281), otpFrame("proc_lib", "init_p_do_apply", 3, 240))
	if !ExactEqual(loop, NewTuple(atomCurrentStack, want)) {
		t.Fatalf("gen_statem: %s", Format(loop))
	}
	for _, pid := range []Pid{waiting, idle} {
		Send(p, pid, atomStop)
	}
}

// erl: an item process_info does not know is badarg, even for a process
// that has exited; a known one is undefined then.
func TestProcessInfoItemsOfDead(t *testing.T) {
	p := NewProcess()
	pid := spawnGo(p, SpawnOpts{}, func(*Process) {})
	for pid.process() != nil {
		p.Sleep(BoxInt(1))
	}
	if v := ErlangProcessInfo2(p, pid, List(atomMessages, atomCurrentStack)); v != Term(atomUndefined) {
		t.Fatalf("known items: %s", Format(v))
	}
	for _, it := range []Term{Intern("foo"), List(atomMessages, Intern("foo"))} {
		_, e := Try(func() Term { return ErlangProcessInfo2(p, pid, it) })
		if e == nil || e.Reason != Term(AtomBadarg) {
			t.Fatalf("%s: %v", Format(it), e)
		}
	}
}

// pstIdle is what the generator emits for pst.erl's
//
//	idle() ->
//	    receive stop -> ok end.
//
// (Last in the file: its line comment maps what follows to pst.erl.)
func pstIdle(p *Process) Term {
	base := p.AtBase()
	p.Tick()
	/*line pst.erl:3*/ for m := p.RecvStartIdle(base); ; m = p.RecvNextIdle(m, base) {
		if m == nil {
			return p.WaitIdle(pstIdle)
		}
		if m.Term() == Term(atomStop) {
			p.RecvTake(m)
			return Ok
		}
	}
}
