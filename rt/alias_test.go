package rt

import "testing"

// Expected behaviour comes from erl -noshell (OTP 25).

// drain takes every queued message.
func drain(p *Process) []Term {
	var out []Term
	for {
		m, ok := p.Receive(BoxInt(0), func(Term) bool { return true })
		if !ok {
			return out
		}
		out = append(out, m)
	}
}

func wantMsgs(t *testing.T, p *Process, want ...Term) {
	t.Helper()
	got := drain(p)
	if len(got) != len(want) {
		t.Fatalf("messages %v, want %v", got, want)
	}
	for i := range got {
		if !ExactEqual(got[i], want[i]) {
			t.Fatalf("messages %v, want %v", got, want)
		}
	}
}

// erl: A = alias(), A ! one, erlang:send(A, two), unalias(A), unalias(A),
// A ! three  %% [one, two], true, false, nothing more
func TestAliasExplicit(t *testing.T) {
	p := NewProcess()
	a := ErlangAlias0(p)
	Send(p, a, Intern("one"))
	ErlangSend3(p, a, Intern("two"), Nil{})
	wantMsgs(t, p, Intern("one"), Intern("two"))
	if ErlangUnalias1(p, a) != Term(True) || ErlangUnalias1(p, a) != Term(False) {
		t.Fatal("unalias should be true, then false")
	}
	Send(p, a, Intern("three"))
	wantMsgs(t, p)
}

// erl: B = alias([reply]), B ! r1, B ! r2  %% [r1]; make_ref() ! x is x,
// dropped; another process's unalias(A) is false and leaves it active.
func TestAliasReplyAndForeign(t *testing.T) {
	p := NewProcess()
	b := ErlangAlias1(p, List(atomReply))
	Send(p, b, BoxInt(1))
	Send(p, b, BoxInt(2))
	wantMsgs(t, p, BoxInt(1))
	if v := Send(p, MakeRef(), BoxInt(3)); v != BoxInt(3) {
		t.Fatal(v)
	}
	a := ErlangAlias0(p)
	q := NewProcess()
	if ErlangUnalias1(q, a) != Term(False) {
		t.Fatal("unalias by another process")
	}
	Send(q, a, BoxInt(4))
	wantMsgs(t, p, BoxInt(4))
}

// erl: monitor(process, P, [{alias, demonitor}]): active until demonitor;
// [{alias, reply_demonitor}]: the first message ends alias and monitor
// (demonitor(M, [info]) is false); {tag, T} replaces 'DOWN'.
func TestMonitorAlias(t *testing.T) {
	p := NewProcess()
	stop := Intern("stop")
	target := spawnGo(p, SpawnOpts{}, func(c *Process) {
		c.Receive(nil, func(t Term) bool { return t == Term(stop) })
	})
	m1 := ErlangMonitor3(p, atomProcess, target, List(NewTuple(atomAlias, atomDemonitor)))
	Send(p, m1, BoxInt(1))
	wantMsgs(t, p, BoxInt(1))
	ErlangDemonitor1(p, m1)
	Send(p, m1, BoxInt(2))
	wantMsgs(t, p)

	m3 := ErlangMonitor3(p, atomProcess, target, List(NewTuple(atomAlias, atomReplyDemonitor)))
	Send(p, m3, BoxInt(3))
	Send(p, m3, BoxInt(4))
	wantMsgs(t, p, BoxInt(3))
	if ErlangDemonitor2(p, m3, List(atomInfo)) != Term(False) {
		t.Fatal("reply_demonitor left the monitor active")
	}

	tag := Intern("mytag")
	m4 := ErlangMonitor3(p, atomProcess, target, List(NewTuple(atomAlias, atomDemonitor), NewTuple(atomTag, tag)))
	m5 := ErlangMonitor3(p, atomProcess, target, List(NewTuple(atomAlias, atomExplicitUnalias)))
	Send(p, target, stop)
	want4 := NewTuple(tag, m4, atomProcess, target, AtomNormal)
	want5 := NewTuple(atomDOWN, m5, atomProcess, target, AtomNormal)
	got := []Term{recvAny(t, p), recvAny(t, p)}
	if !(ExactEqual(got[0], want4) && ExactEqual(got[1], want5) || ExactEqual(got[1], want4) && ExactEqual(got[0], want5)) {
		t.Fatalf("got %v", got)
	}
	Send(p, m4, BoxInt(5)) // its monitor is gone
	Send(p, m5, BoxInt(6)) // explicit_unalias outlives the monitor
	wantMsgs(t, p, BoxInt(6))
}

// erl: monitor(process, P, [{alias, foo}]) and [{tag, x} | y] are badarg;
// monitoring oneself makes no monitor and no active alias.
func TestMonitor3Errors(t *testing.T) {
	p := NewProcess()
	for _, opts := range []Term{
		List(NewTuple(atomAlias, Intern("foo"))), Intern("foo"),
		&Cons{Head: NewTuple(atomTag, Intern("x")), Tail: Intern("y")},
	} {
		if _, ok := catchError(func() { ErlangMonitor3(p, atomProcess, p.Self(), opts) }); !ok {
			t.Errorf("monitor/3 with %v did not fail", opts)
		}
	}
	m := ErlangMonitor3(p, atomProcess, p.Self(), List(NewTuple(atomAlias, atomDemonitor)))
	Send(p, m, BoxInt(1))
	wantMsgs(t, p)
	if ErlangDemonitor2(p, m, List(atomInfo)) != Term(False) {
		t.Fatal("a monitor of oneself")
	}
	// erl: M = monitor(process, self()), demonitor(M, [info])  %% false
	if m := ErlangMonitor2(p, atomProcess, p.Self()); ErlangDemonitor2(p, m, List(atomInfo)) != Term(False) {
		t.Fatal("monitor/2 of oneself")
	}
}

// erl: spawn_opt(F, [{monitor, [{alias, reply_demonitor}, {tag, t7}]}]):
// the child replies to the monitor reference; a child that dies at once
// still gives the tagged 'DOWN'.
func TestSpawnOptMonitorAlias(t *testing.T) {
	p := NewProcess()
	opts := List(NewTuple(atomMonitor, List(NewTuple(atomAlias, atomReplyDemonitor), NewTuple(atomTag, Intern("t7")))))
	f := NewFun(Intern("t"), 0, 0, 0, nil, func(c *Process) Term { return Nil{} })
	r := ErlangSpawnOpt2(p, f, opts).(*Tuple)
	got := recvAny(t, p)
	want := NewTuple(Intern("t7"), r.Elems[1], atomProcess, r.Elems[0], AtomNormal)
	if !ExactEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if _, ok := catchError(func() { ErlangSpawnOpt2(p, f, List(NewTuple(atomMonitor, Intern("foo")))) }); !ok {
		t.Fatal("{monitor, foo} accepted")
	}
}

// catchError runs f and reports the Erlang error it raised.
func catchError(f func()) (e *Exception, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			e, ok = AsException(r), true
		}
	}()
	f()
	return nil, false
}

// erl: register(pname, P), monitor(process, pname), monitor(process, Q):
// process_info(self(), monitors) is [{process, {pname, nonode@nohost}},
// {process, Q}]; process_info(Q, monitored_by) lists the newest first.
func TestProcessInfoMonitors(t *testing.T) {
	p := NewProcess()
	stop := Intern("stop")
	body := func(c *Process) { c.Receive(nil, func(t Term) bool { return t == Term(stop) }) }
	a, b := spawnGo(p, SpawnOpts{}, body), spawnGo(p, SpawnOpts{}, body)
	name := Intern("pinfo_monitors_test")
	ErlangRegister2(p, name, a)
	ErlangMonitor2(p, atomProcess, name)
	ErlangMonitor2(p, atomProcess, b)
	want := Sprintf("~w", NewTuple(atomMonitors, List(NewTuple(atomProcess, NewTuple(name, AtomNonode)), NewTuple(atomProcess, b))))
	if got := Sprintf("~w", ErlangProcessInfo2(p, p.Self(), atomMonitors)); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	q := NewProcess()
	ErlangMonitor2(q, atomProcess, b)
	want = Sprintf("~w", NewTuple(atomMonitoredBy, List(q.Self(), p.Self())))
	if got := Sprintf("~w", ErlangProcessInfo2(p, b, atomMonitoredBy)); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	Send(p, a, stop)
	Send(p, b, stop)
}
