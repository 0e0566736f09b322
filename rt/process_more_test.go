package rt

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// erl: spawn(fun() -> throw(bar) end) exits with {{nocatch,bar}, Stack}
// and prints "Error in process <0.81.0> with exit value:".
func TestThrowExitReason(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	_, ref := p.Spawn(func(c *Process) Term { Throw(Intern("bar")); return Ok }, SpawnOpts{Monitor: true})
	m := recvAny(t, p).(*Tuple)
	if !isDown(m, ref) || !strings.HasPrefix(Format(m.Elems[4]), "{{nocatch,bar},") {
		t.Fatal(Format(m))
	}
	// erl: exit(foo) in a spawned process prints no report.
	_, ref = p.Spawn(func(c *Process) Term { Exit(Intern("foo")); return Ok }, SpawnOpts{Monitor: true})
	recvAny(t, p)
	out := waitOutput(t, buf, "{{nocatch,bar},")
	if n := strings.Count(out, "=ERROR REPORT"); n != 1 {
		t.Fatalf("%d reports:\n%s", n, out)
	}
}

// erl (trapping): link(DeadPid) -> true, then {'EXIT', DeadPid, noproc}.
func TestLinkDeadTrapping(t *testing.T) {
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	pid, _ := p.Spawn(func(*Process) Term { return Ok }, SpawnOpts{Monitor: true})
	recvAny(t, p)
	if p.Link(pid) != Term(True) {
		t.Fatal("link")
	}
	etsTerm(t, "{'EXIT',"+Format(pid)+",noproc}", recvAny(t, p))
}

// A name goes with its process; monitoring a name gives {Name, nonode@nohost}.
func TestNameDiesWithProcess(t *testing.T) {
	p := NewProcess()
	name := Intern("short_lived")
	pid := spawnGo(p, SpawnOpts{}, func(c *Process) { recvAny(t, c) })
	Register(name, pid)
	ref := p.Monitor(name)
	etsTerm(t, "["+Format(p.self)+"]", ErlangProcessInfo2(p, pid, atomMonitoredBy).(*Tuple).Elems[1])
	Send(p, name, Ok)
	etsTerm(t, "{'DOWN',"+Format(ref)+",process,{short_lived,nonode@nohost},normal}", recvAny(t, p))
	if Whereis(name) != Term(atomUndefined) {
		t.Fatal("name outlived its process")
	}
	etsTerm(t, "undefined", ErlangProcessInfo2(p, pid, atomLinks))
}

func TestTimerModule(t *testing.T) {
	p := NewProcess()
	r := TimerSendInterval2(p, BoxInt(5), Intern("tick"))
	for i := 0; i < 3; i++ {
		etsTerm(t, "tick", recvAny(t, p))
	}
	// erl: timer:cancel(T) -> {ok,cancel}, also for a second cancel
	etsTerm(t, "{ok,cancel}", TimerCancel1(p, r.(*Tuple).Elems[1]))
	etsTerm(t, "{ok,cancel}", TimerCancel1(p, r.(*Tuple).Elems[1]))
	for { // ticks sent before the cancel
		if _, ok := p.Receive(BoxInt(0), func(Term) bool { return true }); !ok {
			break
		}
	}
	p.Sleep(BoxInt(20))
	if p.qlen.Load() != 0 {
		t.Fatal("ticks after cancel")
	}
	tc := TimerTc1(p, NewFun(Intern("t"), 0, 0, 0, nil, func(*Process) Term { return Ok })).(*Tuple)
	if !IsInteger(tc.Elems[0]) || tc.Elems[1] != Term(Ok) {
		t.Fatal(Format(tc))
	}
}

// erl: the default primary level is notice: info is dropped;
// set_primary_config(level, none) drops everything.
func TestLoggerLevels(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	_, _, three := logAt(levelInfo)
	three(p, Str("hidden"), Nil{}, nil)
	LoggerLog3(p, Intern("notice"), Str("note ~p"), List(BoxInt(3)))
	LoggerSetPrimaryConfig2(p, atomLevel, Intern("none"))
	LoggerLog2(p, Intern("error"), Str("dropped"))
	LoggerSetPrimaryConfig2(p, atomLevel, Intern("notice"))
	Flush()
	out := buf.String()
	if strings.Contains(out, "hidden") || strings.Contains(out, "dropped") ||
		!strings.Contains(out, "=NOTICE REPORT==== ") || !strings.Contains(out, " ===\nnote 3\n") {
		t.Fatalf("log:\n%s", out)
	}
}

// A dead process's memory is collected while its pid lives on.
func TestDeadProcessCollected(t *testing.T) {
	p := NewProcess()
	freed := make(chan struct{})
	pid, ref := p.Spawn(func(c *Process) Term {
		c.Receive(nil, func(Term) bool { return true })
		return Ok
	}, SpawnOpts{Monitor: true})
	runtime.SetFinalizer(pid.process(), func(*Process) { close(freed) })
	Send(p, pid, Ok)
	p.Receive(BoxInt(10000), func(m Term) bool { return isDown(m, ref) })
	for i := 0; i < 100; i++ {
		runtime.GC()
		select {
		case <-freed:
			if Format(pid) == "" || ErlangIsProcessAlive1(p, pid) != Term(False) {
				t.Fatal("the pid must stay a usable term")
			}
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatal("the dead process was never collected")
}

// erl: catch element(5, {1}) has the trace
// [{erlang,element,[5,{1}],[{error_info,...}]}, Caller...]: the head stands
// for the BIF, with no second {erlang,element,2,[]} entry.
func TestBIFTraceHasNoDuplicate(t *testing.T) {
	p := NewProcess()
	_, e := Try(func() Term { return ErlangElement2(p, BoxInt(5), NewTuple(BoxInt(1))) })
	st, _ := ListToSlice(e.Stacktrace())
	if len(st) != 1 || !isTag(st[0], AtomErlang, 4) {
		t.Fatal(Format(e.Stacktrace()))
	}
}

// erl -noshell -eval 'M:main(), init:stop().': a trace taken in main ends
// {erl_eval,do_apply,7,...},{erl_eval,exprs,6,...},{init,start_it,1,[]},...
func TestMainTraceEvalFrames(t *testing.T) {
	p := NewProcess()
	_, e := tryMain(func() Term { return ErlangElement2(p, BoxInt(5), NewTuple(BoxInt(1))) })
	st, _ := ListToSlice(e.Stacktrace())
	if len(st) != 6 || !ExactEqual(List(st[1:]...), List(evalFrames...)) {
		t.Fatal(Format(e.Stacktrace()))
	}
}

// erl: [erlang:convert_time_unit(1500, millisecond, second),
// erlang:convert_time_unit(-1500, millisecond, second),
// erlang:convert_time_unit(1, second, perf_counter),
// erlang:convert_time_unit(7, second, 3), erlang:monotonic_time(second) < 0]
// is [1,-2,1000000000,21,true].
func TestTimeUnits(t *testing.T) {
	p := NewProcess()
	got := List(ErlangConvertTimeUnit3(p, BoxInt(1500), Intern("millisecond"), Intern("second")),
		ErlangConvertTimeUnit3(p, BoxInt(-1500), Intern("millisecond"), Intern("second")),
		ErlangConvertTimeUnit3(p, BoxInt(1), Intern("second"), Intern("perf_counter")),
		ErlangConvertTimeUnit3(p, BoxInt(7), Intern("second"), BoxInt(3)),
		Bool(Lt(ErlangMonotonicTime1(p, Intern("second")), BoxInt(0))))
	etsTerm(t, "[1,-2,1000000000,21,true]", got)
	if _, e := Try(func() Term { return ErlangMonotonicTime1(p, Intern("foo")) }); e == nil || e.Reason != Term(AtomBadarg) {
		t.Fatal("monotonic_time(foo) must be badarg")
	}
}

// Signals from one process to another arrive in order on BEAM, so a
// monitor or link made right after exit(P, kill) finds P gone:
//
//	P = spawn(fun() -> receive after infinity -> ok end end),
//	exit(P, kill), R = monitor(process, P)   % 'DOWN' ... noproc
//	exit(Q, foo), link(Q)                     % trapping: {'EXIT', Q, noproc}
//	exit(Q3, kill), is_process_alive(Q3)      % false; process_info: undefined
//
// The victim is killed while it runs (it spins through Tick), while it is
// parked in receive and before it has started, all with the same answer.
func TestMonitorAfterExit(t *testing.T) {
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	bodies := []func(c *Process){
		func(c *Process) { c.Receive(nil, func(Term) bool { return false }) },
		func(c *Process) {
			for {
				c.Tick()
				runtime.Gosched()
			}
		},
	}
	for i := 0; i < 60; i++ {
		body := bodies[i%2]
		victim := spawnGo(p, SpawnOpts{}, body)
		if i%3 == 0 {
			time.Sleep(time.Millisecond) // let it start and park or spin
		}
		reason := Term(AtomKill)
		if i%4 == 1 {
			reason = Intern("foo")
		}
		p.SendExit(victim, reason)
		if ErlangIsProcessAlive1(p, victim) != Term(False) {
			t.Fatal("alive after exit/2")
		}
		if v := ErlangProcessInfo2(p, victim, atomStatus); v != Term(atomUndefined) {
			t.Fatalf("process_info: %s", Format(v))
		}
		ref := p.Monitor(victim)
		etsTerm(t, "{'DOWN',"+Format(ref)+",process,"+Format(victim)+",noproc}", recvAny(t, p))
		p.Link(victim)
		etsTerm(t, "{'EXIT',"+Format(victim)+",noproc}", recvAny(t, p))
	}
}

// A comprehension's loop has a safe point (translate/gen checks that it
// is emitted): a process busy in one with no calls inside, allocating as
// [X + 1 || X <- L] does, is killed within milliseconds.
func TestKillBusyComprehension(t *testing.T) {
	p := NewProcess()
	l := ListsSeq2(p, BoxInt(1), BoxInt(200000))
	started := make(chan struct{})
	pid, ref := p.Spawn(func(c *Process) Term {
		close(started)
		for {
			acc := Term(Nil{})
			for cell := Cells(l); cell != nil; cell = Cells(cell.Tail) {
				c.Tick()
				acc = c.Cons(AddInt(cell.Head, 1), acc)
			}
		}
	}, SpawnOpts{Monitor: true})
	<-started
	time.Sleep(5 * time.Millisecond)
	at := time.Now()
	p.SendExit(pid, AtomKill)
	m := recvAny(t, p).(*Tuple)
	if !isDown(m, ref) || m.Elems[4] != Term(AtomKilled) {
		t.Fatal(Format(m))
	}
	if d := time.Since(at); d > time.Second {
		t.Fatalf("killed after %v", d)
	}
}

// erl: process_flag(priority, low) -> normal, then process_info(self(),
// priority) -> {priority, low}; a level that is not one is badarg.
// send_nosuspend/2 sends and answers true.
func TestPriorityAndNosuspend(t *testing.T) {
	p := NewProcess()
	if v := ErlangProcessFlag2(p, atomPriority, Intern("low")); v != Term(AtomNormal) {
		t.Fatalf("old priority %s", Format(v))
	}
	etsTerm(t, "{priority,low}", ErlangProcessInfo2(p, p.self, atomPriority))
	if v := Catch(func() Term { return ErlangProcessFlag2(p, atomPriority, Intern("bogus")) }); !isTag(v, AtomEXIT, 2) {
		t.Fatalf("bad priority: %s", Format(v))
	}
	if v := ErlangSendNosuspend2(p, p.self, Ok); v != Term(True) {
		t.Fatal(Format(v))
	}
	if m := recvAny(t, p); m != Term(Ok) {
		t.Fatal(Format(m))
	}
}

// erl: process_info(P, dictionary) of another process lists its pairs.
func TestProcessInfoOtherDictionary(t *testing.T) {
	p := NewProcess()
	pid := spawnGo(p, SpawnOpts{}, func(c *Process) {
		ErlangPut2(c, Intern("a"), BoxInt(1))
		ErlangPut2(c, Intern("b"), BoxInt(2))
		ErlangErase1(c, Intern("a"))
		Send(c, p.self, Ok)
		recvAny(t, c)
	})
	recvAny(t, p)
	etsTerm(t, "{dictionary,[{b,2}]}", ErlangProcessInfo2(p, pid, atomDictionary))
	Send(p, pid, Ok)
}
