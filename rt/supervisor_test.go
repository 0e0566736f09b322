package rt

import (
	"strings"
	"testing"
)

// sup_t is sup.erl from the recorded erl session, in Go:
//
//	init(one) -> {ok, {#{strategy => one_for_one, intensity => 2, period => 5},
//	    [#{id => a, start => {sup, start_w, [a]}},
//	     #{id => b, start => {sup, start_w, [b]}, restart => transient}]}};
//	init(simple) -> {ok, {{simple_one_for_one, 1, 5},
//	    [{w, {sup, start_w, []}, temporary, brutal_kill, worker, [sup]}]}}.
//	start_w(N) -> {ok, spawn_link(fun() -> w(N) end)}.
//	w(N) -> receive crash -> exit(boom); {ping, P} -> P ! {pong, N}, w(N) end.
func init() {
	m := Intern("sup_t")
	key := func(k string) Term { return Intern(k) }
	RegisterModule("sup_t",
		Export("init", 1, func(p *Process, arg Term) Term {
			if arg == Term(Intern("one")) {
				flags := NewMap(key("strategy"), atomOneForOne, key("intensity"), BoxInt(2), key("period"), BoxInt(5))
				a := NewMap(key("id"), key("a"), key("start"), NewTuple(m, key("start_w"), List(key("a"))))
				b := NewMap(key("id"), key("b"), key("start"), NewTuple(m, key("start_w"), List(key("b"))),
					key("restart"), atomTransient)
				return NewTuple(Ok, NewTuple(flags, List(a, b)))
			}
			spec := NewTuple(key("w"), NewTuple(m, key("start_w"), Nil{}), atomTemporary, atomBrutalKill, atomWorker, List(m))
			return NewTuple(Ok, NewTuple(NewTuple(atomSimpleOneFor, BoxInt(1), BoxInt(5)), List(spec)))
		}),
		Export("start_w", 1, func(p *Process, n Term) Term {
			pid, _ := p.Spawn(func(c *Process) Term { return supWorker(c, n) }, SpawnOpts{Link: true})
			return NewTuple(Ok, pid)
		}),
	)
}

func supWorker(c *Process, n Term) Term {
	for {
		msg, _ := c.Receive(nil, func(Term) bool { return true })
		if msg == Term(Intern("crash")) {
			Exit(Intern("boom"))
		}
		if x, ok := TupleArity(msg, 2); ok {
			Send(c, x.Elems[1], NewTuple(Intern("pong"), n))
		}
	}
}

func childPids(t *testing.T, p *Process, sup Term) []Term {
	t.Helper()
	var pids []Term
	wc, e := Try(func() Term { return SupervisorWhichChildren1(p, sup) })
	if e != nil {
		t.Fatal(Format(e.Reason))
	}
	list, _ := ListToSlice(wc)
	for _, c := range list {
		pids = append(pids, c.(*Tuple).Elems[1])
	}
	return pids
}

// waitRestart pings a child until the supervisor has restarted it.
func waitNewPid(t *testing.T, p *Process, sup Term, old Term) []Term {
	t.Helper()
	for i := 0; i < 1000; i++ {
		pids := childPids(t, p, sup)
		if len(pids) > 0 && pids[len(pids)-1] != old && IsPid(pids[len(pids)-1]) {
			return pids
		}
		p.Sleep(BoxInt(5))
	}
	t.Fatal("child not restarted")
	return nil
}

func TestSupervisor(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	s1 := Intern("sup_s1")
	r := SupervisorStartLink3(p, NewTuple(atomLocalName, s1), Intern("sup_t"), Intern("one"))
	if !isTag(r, Ok, 2) {
		t.Fatal(Format(r))
	}
	// erl: [{b,<0.81.0>,worker,[sup]},{a,<0.80.0>,worker,[sup]}]
	pids := childPids(t, p, s1)
	wc := SupervisorWhichChildren1(p, s1)
	if !ExactEqual(wc, List(NewTuple(Intern("b"), pids[0], atomWorker, List(Intern("sup_t"))),
		NewTuple(Intern("a"), pids[1], atomWorker, List(Intern("sup_t"))))) {
		t.Fatal(Format(wc))
	}
	// erl: [{specs,2},{active,2},{supervisors,0},{workers,2}]
	if got := Format(SupervisorCountChildren1(p, s1)); got != "[{specs,2},{active,2},{supervisors,0},{workers,2}]" {
		t.Fatal(got)
	}
	Send(p, pids[1], Intern("crash"))
	waitNewPid(t, p, s1, pids[1])
	Flush()
	if !strings.Contains(buf.String(), "=SUPERVISOR REPORT====") ||
		!strings.Contains(buf.String(), "    supervisor: {local,sup_s1}\n    errorContext: child_terminated\n    reason: boom\n") {
		t.Fatalf("report:\n%s", buf.String())
	}
	// erl: terminate_child -> ok, then {a,undefined,...}; restart_child -> {ok, Pid};
	// delete_child(a) -> {error,running}; terminate_child(zz) -> {error,not_found};
	// start_child(b spec) -> {error,{already_started,Pid}}
	a, zz := Intern("a"), Intern("zz")
	if SupervisorTerminateChild2(p, s1, a) != Term(Ok) || childPids(t, p, s1)[1] != Term(atomUndefined) {
		t.Fatal("terminate_child")
	}
	if !isTag(SupervisorRestartChild2(p, s1, a), Ok, 2) {
		t.Fatal("restart_child")
	}
	if got := Format(NewTuple(SupervisorDeleteChild2(p, s1, a), SupervisorTerminateChild2(p, s1, zz))); got != "{{error,running},{error,not_found}}" {
		t.Fatal(got)
	}
	bspec := NewMap(Intern("id"), Intern("b"), Intern("start"), NewTuple(Intern("sup_t"), Intern("start_w"), List(Intern("b"))))
	if r := SupervisorStartChild2(p, s1, bspec); !ExactEqual(r, NewTuple(AtomError, NewTuple(atomAlreadyStd, childPids(t, p, s1)[0]))) {
		t.Fatal(Format(r))
	}
	// Three crashes in five seconds (one above, two here) exceed intensity 2: the supervisor
	// shuts down (erl: reached_max_restart_intensity, then noproc).
	ref := p.Monitor(s1)
	for i := 0; i < 2; i++ {
		pids := childPids(t, p, s1)
		Send(p, pids[1], Intern("crash"))
		if i < 1 {
			waitNewPid(t, p, s1, pids[1])
		}
	}
	m, _ := p.Receive(BoxInt(10000), func(t Term) bool { return isDown(t, ref) })
	if m == nil || m.(*Tuple).Elems[4] != Term(AtomShutdown) {
		t.Fatalf("supervisor exit: %v", m)
	}
	Flush()
	if !strings.Contains(buf.String(), "reason: reached_max_restart_intensity") {
		t.Fatal("no max intensity report")
	}
}

func TestSimpleOneForOne(t *testing.T) {
	p := NewProcess()
	r := SupervisorStartLink2(p, Intern("sup_t"), Intern("simple"))
	sup := r.(*Tuple).Elems[1]
	c := SupervisorStartChild2(p, sup, List(Intern("x")))
	pid := c.(*Tuple).Elems[1]
	Send(p, pid, NewTuple(Intern("ping"), p.Self()))
	if m := recvAny(t, p); !ExactEqual(m, NewTuple(Intern("pong"), Intern("x"))) {
		t.Fatal(m)
	}
	// erl: [{undefined,<0.85.0>,worker,[sup]}]
	if wc := SupervisorWhichChildren1(p, sup); !ExactEqual(wc, List(NewTuple(atomUndefined, pid, atomWorker, List(Intern("sup_t"))))) {
		t.Fatal(Format(wc))
	}
	if SupervisorTerminateChild2(p, sup, pid) != Term(Ok) || ErlangIsProcessAlive1(p, pid) != Term(False) {
		t.Fatal("terminate_child")
	}
	p.Unlink(sup.(Pid))
	p.SendExit(sup.(Pid), AtomShutdown)
}

// sup_s:init(Strategy) -> {ok, {{Strategy, 10, 5}, [child(a), child(b), child(c)]}}
// with child(Id) = {Id, {sup_t, start_w, [Id]}, permanent, 1000, worker, [sup_t]}.
func init() {
	RegisterModule("sup_s", Export("init", 1, func(p *Process, strategy Term) Term {
		var specs []Term
		for _, id := range []string{"a", "b", "c"} {
			specs = append(specs, NewTuple(Intern(id), NewTuple(Intern("sup_t"), Intern("start_w"), List(Intern(id))),
				atomPermanent, BoxInt(1000), atomWorker, List(Intern("sup_t"))))
		}
		return NewTuple(Ok, NewTuple(NewTuple(strategy, BoxInt(10), BoxInt(5)), List(specs...)))
	}))
}

// startOrder returns the children's pids in start order (a, b, c).
func startOrder(t *testing.T, p *Process, sup Term) []Term {
	pids := childPids(t, p, sup)
	return []Term{pids[2], pids[1], pids[0]}
}

// Crashing b restarts b alone (one_for_one), everything (one_for_all), or
// b and c, started after it (rest_for_one).
func TestSupervisorStrategies(t *testing.T) {
	quietStdout(t)
	for _, tc := range []struct {
		strategy  Atom
		restarted [3]bool
	}{
		{atomOneForOne, [3]bool{false, true, false}},
		{atomOneForAll, [3]bool{true, true, true}},
		{atomRestForOne, [3]bool{false, true, true}},
	} {
		p := NewProcess()
		sup := SupervisorStartLink2(p, Intern("sup_s"), tc.strategy).(*Tuple).Elems[1]
		before := startOrder(t, p, sup)
		Send(p, before[1], Intern("crash"))
		waitNewPid(t, p, sup, before[1])
		var after []Term
		for i := 0; i < 1000; i++ { // the group restarts in order: wait for all of it
			after = startOrder(t, p, sup)
			if IsPid(after[0]) && IsPid(after[1]) && IsPid(after[2]) && after[1] != before[1] {
				break
			}
			p.Sleep(BoxInt(5))
		}
		for i := range before {
			if (after[i] != before[i]) != tc.restarted[i] {
				t.Fatalf("%s: before %v after %v", tc.strategy.Name(), Format(List(before...)), Format(List(after...)))
			}
		}
		p.Unlink(sup.(Pid))
		p.SendExit(sup.(Pid), AtomShutdown)
	}
}

// A child that traps exits and ignores shutdown is killed when its
// shutdown time (50 ms) is up: sup_k:init(_) -> {ok, {{one_for_one, 1, 5},
// [#{id => stubborn, start => {sup_k, start, []}, shutdown => 50}]}}.
func init() {
	RegisterModule("sup_k",
		Export("init", 1, func(p *Process, _ Term) Term {
			spec := NewMap(Intern("id"), Intern("stubborn"), Intern("start"), NewTuple(Intern("sup_k"), atomStart, Nil{}),
				Intern("shutdown"), BoxInt(50))
			return NewTuple(Ok, NewTuple(NewTuple(atomOneForOne, BoxInt(1), BoxInt(5)), List(spec)))
		}),
		Export("start", 0, func(p *Process) Term {
			// trap_exit is set before start returns, as an OTP worker
			// sets it in init before acknowledging.
			self := p.self
			pid, _ := p.Spawn(func(c *Process) Term {
				ErlangProcessFlag2(c, atomTrapExit, True)
				Send(c, self, Intern("trapping"))
				c.Sleep(AtomInfinity)
				return Ok
			}, SpawnOpts{Link: true})
			p.Receive(nil, func(m Term) bool { return m == Term(Intern("trapping")) })
			return NewTuple(Ok, pid)
		}),
	)
}

func TestSupervisorShutdownTimeout(t *testing.T) {
	p := NewProcess()
	sup := SupervisorStartLink2(p, Intern("sup_k"), Nil{}).(*Tuple).Elems[1]
	child := childPids(t, p, sup)[0].(Pid)
	ref := p.Monitor(child)
	etsTerm(t, "ok", SupervisorTerminateChild2(p, sup, Intern("stubborn")))
	m, _ := p.Receive(BoxInt(10000), func(m Term) bool { return isDown(m, ref) })
	etsTerm(t, "killed", m.(*Tuple).Elems[4])
	p.Unlink(sup.(Pid))
	p.SendExit(sup.(Pid), AtomShutdown)
}
