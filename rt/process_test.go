package rt

import (
	"strings"
	"testing"
	"time"
)

// Expected behaviour comes from erl -noshell (OTP 25); each test names the
// expression it was checked with.

// recvAny takes the next message, failing the test after a generous wait.
func recvAny(t *testing.T, p *Process) Term {
	t.Helper()
	m, ok := p.Receive(BoxInt(10000), func(Term) bool { return true })
	if !ok {
		t.Fatal("no message within 10 s")
	}
	return m
}

// spawnGo starts a process running a Go body.
func spawnGo(p *Process, opts SpawnOpts, body func(c *Process)) Pid {
	pid, _ := p.Spawn(func(c *Process) Term { body(c); return Ok }, opts)
	return pid
}

func TestSendReceiveOrder(t *testing.T) {
	p := NewProcess()
	self := p.Self()
	spawnGo(p, SpawnOpts{}, func(c *Process) {
		for i := 0; i < 100; i++ {
			Send(c, self, BoxInt(Int(i)))
		}
	})
	for i := 0; i < 100; i++ {
		if m := recvAny(t, p); m != BoxInt(Int(i)) {
			t.Fatalf("message %d is %v", i, m)
		}
	}
}

// erl: self() ! a, self() ! b, self() ! c,
// receive b -> ok end, receive X -> X end  %% a: unmatched messages stay in order
func TestSelectiveReceive(t *testing.T) {
	p := NewProcess()
	a, b, c := Intern("a"), Intern("b"), Intern("c")
	for _, x := range []Term{a, b, c} {
		Send(p, p.Self(), x)
	}
	if m, _ := p.Receive(nil, func(t Term) bool { return t == Term(b) }); m != Term(b) {
		t.Fatal(m)
	}
	if m := recvAny(t, p); m != Term(a) {
		t.Fatalf("want a, got %v", m)
	}
	if m := recvAny(t, p); m != Term(c) {
		t.Fatalf("want c, got %v", m)
	}
}

func TestAfter(t *testing.T) {
	p := NewProcess()
	if _, ok := p.Receive(BoxInt(0), func(Term) bool { return true }); ok {
		t.Fatal("after 0 on an empty mailbox must time out")
	}
	start := time.Now()
	if _, ok := p.Receive(BoxInt(30), func(Term) bool { return true }); ok {
		t.Fatal("after 30 must time out")
	}
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Fatalf("after 30 returned after %v", d)
	}
	// erl: catch (receive after -1 -> ok end) is {'EXIT', {timeout_value, _}}
	_, e := Try(func() Term { return p.RecvStart(BoxInt(-1)).Term() })
	if e == nil || e.Reason != Term(atomTimeoutValue) {
		t.Fatalf("want timeout_value, got %v", e)
	}
}

// The generated code's receive loop, as doc.go shows it.
func TestRecvLoopShape(t *testing.T) {
	p := NewProcess()
	Send(p, p.Self(), Intern("x"))
	Send(p, p.Self(), NewTuple(Intern("ping"), p.Self()))
	var got Term
	for m := p.RecvStart(BoxInt(1000)); ; m = p.RecvNext(m) {
		if m == nil {
			t.Fatal("timeout")
		}
		if tup, ok := TupleArity(m.Term(), 2); ok && tup.Elems[0] == Term(Intern("ping")) {
			p.RecvTake(m)
			got = tup.Elems[1]
			break
		}
	}
	if got != Term(p.Self()) {
		t.Fatal(got)
	}
	if n := p.qlen.Load(); n != 1 {
		t.Fatalf("queue length %d", n)
	}
}

func TestRecvMarkSkipsBacklog(t *testing.T) {
	p := NewProcess()
	for i := 0; i < 1000; i++ {
		Send(p, p.Self(), BoxInt(Int(i)))
	}
	mk := p.RecvMark()
	ref := MakeRef()
	Send(p, p.Self(), NewTuple(ref, Ok))
	tried := 0
	m, ok := p.receiveMarked(mk, nil, func(t Term) bool {
		tried++
		x, ok := TupleArity(t, 2)
		return ok && x.Elems[0] == Term(ref)
	})
	if !ok || tried != 1 {
		t.Fatalf("got %v after trying %d messages", m, tried)
	}
	if p.qlen.Load() != 1000 {
		t.Fatal("backlog lost")
	}
}

// erl: process_flag(trap_exit, true), P = spawn_link(fun() -> exit(boom) end),
// receive M -> M end   %% {'EXIT', P, boom}
func TestTrapExit(t *testing.T) {
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	pid := spawnGo(p, SpawnOpts{Link: true}, func(c *Process) { Exit(Intern("boom")) })
	want := NewTuple(AtomEXIT, pid, Intern("boom"))
	if m := recvAny(t, p); !ExactEqual(m, want) {
		t.Fatalf("got %v", m)
	}
}

// erl: Q = spawn_link(fun() -> receive _ -> ok end end), exit(Q, kill) gives
// the trapping linker {'EXIT', Q, killed}.
func TestKillBusyProcess(t *testing.T) {
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	pid := spawnGo(p, SpawnOpts{Link: true}, func(c *Process) {
		// A busy loop that only reaches safe points, and a catch that must
		// not stop the kill.
		Catch(func() Term {
			for {
				c.Tick()
			}
		})
		t.Error("kill was caught")
	})
	ErlangExit2(p, pid, AtomKill)
	want := NewTuple(AtomEXIT, pid, AtomKilled)
	if m := recvAny(t, p); !ExactEqual(m, want) {
		t.Fatalf("got %v", m)
	}
}

func TestLinkPropagation(t *testing.T) {
	// A non-trapping middle process dies of its linked child's abnormal
	// exit; the top monitors it and sees the same reason.
	p := NewProcess()
	ready := make(chan Pid)
	mid, ref := p.Spawn(func(c *Process) Term {
		child := spawnGo(c, SpawnOpts{Link: true}, func(g *Process) {
			recvAny(t, g)
			Exit(Intern("bang"))
		})
		ready <- child
		c.Sleep(AtomInfinity)
		return Ok
	}, SpawnOpts{Monitor: true})
	Send(p, <-ready, Ok)
	want := NewTuple(atomDOWN, ref, atomProcess, mid, Intern("bang"))
	if m := recvAny(t, p); !ExactEqual(m, want) {
		t.Fatalf("got %v", m)
	}
}

// erl: exit(P, normal) on a non-trapping P does nothing; a trapping one
// receives {'EXIT', From, normal}.
func TestExitNormalIgnored(t *testing.T) {
	p := NewProcess()
	pid := spawnGo(p, SpawnOpts{}, func(c *Process) { recvAny(t, c) })
	ErlangExit2(p, pid, AtomNormal)
	time.Sleep(10 * time.Millisecond)
	if ErlangIsProcessAlive1(p, pid) != Term(True) {
		t.Fatal("exit(P, normal) killed P")
	}
	Send(p, pid, Ok)
}

// erl: monitor(process, DeadPid) gives {'DOWN', R, process, DeadPid, noproc};
// monitor(process, nosuch) gives {'DOWN', R, process, {nosuch, nonode@nohost}, noproc}.
func TestMonitorNoproc(t *testing.T) {
	p := NewProcess()
	pid, ref := p.Spawn(func(*Process) Term { return Ok }, SpawnOpts{Monitor: true})
	recvAny(t, p) // the first DOWN, reason normal
	r := p.Monitor(pid)
	if m := recvAny(t, p); !ExactEqual(m, NewTuple(atomDOWN, r, atomProcess, pid, AtomNoproc)) {
		t.Fatalf("got %v", m)
	}
	r2 := p.Monitor(Intern("nosuch"))
	want := NewTuple(atomDOWN, r2, atomProcess, NewTuple(Intern("nosuch"), AtomNonode), AtomNoproc)
	if m := recvAny(t, p); !ExactEqual(m, want) {
		t.Fatalf("got %v", m)
	}
	_ = ref
}

func TestDemonitorFlush(t *testing.T) {
	p := NewProcess()
	_, ref := p.Spawn(func(*Process) Term { return Ok }, SpawnOpts{Monitor: true})
	time.Sleep(20 * time.Millisecond) // let the DOWN arrive
	// erl: demonitor(R, [flush, info]) after the DOWN has come is false
	if v := ErlangDemonitor2(p, ref, List(atomFlush, atomInfo)); v != Term(False) {
		t.Fatalf("info: %v", v)
	}
	if p.qlen.Load() != 0 {
		t.Fatal("flush left the DOWN message")
	}
}

// erl: link(DeadPid) without trap_exit raises noproc.
func TestLinkDead(t *testing.T) {
	p := NewProcess()
	pid, _ := p.Spawn(func(*Process) Term { return Ok }, SpawnOpts{Monitor: true})
	recvAny(t, p)
	_, e := Try(func() Term { return p.Link(pid) })
	if e == nil || e.Reason != Term(AtomNoproc) {
		t.Fatalf("got %v", e)
	}
}

func TestRegister(t *testing.T) {
	p := NewProcess()
	name := Intern("test_register_name")
	Register(name, p.Self())
	defer Unregister(name)
	if Whereis(name) != Term(p.Self()) {
		t.Fatal("whereis")
	}
	// erl: register(foo, self()) twice raises badarg
	if _, e := Try(func() Term { return Register(name, p.Self()) }); e == nil || e.Reason != Term(AtomBadarg) {
		t.Fatal("second register must be badarg")
	}
	Send(p, name, Ok)
	if recvAny(t, p) != Term(Ok) {
		t.Fatal("send by name")
	}
	// erl: catch (nosuch ! hi) is badarg; {nosuch, node()} ! hi is hi.
	if _, e := Try(func() Term { return Send(p, Intern("nosuch"), Ok) }); e == nil {
		t.Fatal("send to an unregistered name must be badarg")
	}
	if v := Send(p, NewTuple(Intern("nosuch"), AtomNonode), Ok); v != Term(Ok) {
		t.Fatal(v)
	}
}

func TestCrashReport(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	pid, _ := p.Spawn(func(c *Process) Term { return Badarith() }, SpawnOpts{Monitor: true})
	m := recvAny(t, p)
	reason := m.(*Tuple).Elems[4]
	if r, ok := TupleArity(reason, 2); !ok || r.Elems[0] != Term(AtomBadarith) {
		t.Fatalf("exit reason %v", reason)
	}
	want := "Error in process " + Format(pid) + " with exit value:\n{badarith,"
	out := waitOutput(t, buf, want)
	if !strings.HasPrefix(out, "=ERROR REPORT==== ") {
		t.Fatalf("report:\n%s", out)
	}
}

// erl: process_info(self(), [message_queue_len, registered_name, status])
// is [{message_queue_len,1},{registered_name,[]},{status,running}] for a
// process without a name (alone, registered_name gives []).
func TestProcessInfo(t *testing.T) {
	p := NewProcess()
	Send(p, p.Self(), Ok)
	v := ErlangProcessInfo2(p, p.Self(), List(atomMessageQueueLen, atomRegisteredName, atomStatus))
	want := List(NewTuple(atomMessageQueueLen, BoxInt(1)), NewTuple(atomRegisteredName, Nil{}), NewTuple(atomStatus, Intern("running")))
	if !ExactEqual(v, want) {
		t.Fatalf("got %v", Format(v))
	}
	recvAny(t, p)
}

func TestTimers(t *testing.T) {
	p := NewProcess()
	ErlangSendAfter3(p, BoxInt(10), p.Self(), Intern("first"))
	r := ErlangStartTimer3(p, BoxInt(20), p.Self(), Intern("second"))
	// Each timer's message is received selectively: timers that are due
	// together may deliver in either order.
	if _, ok := p.Receive(BoxInt(10000), func(m Term) bool { return m == Term(Intern("first")) }); !ok {
		t.Fatal("send_after: no message")
	}
	if _, ok := p.Receive(BoxInt(10000), func(m Term) bool {
		return ExactEqual(m, NewTuple(AtomTimeout, r, Intern("second")))
	}); !ok {
		t.Fatal("start_timer: no {timeout, Ref, Msg}")
	}
	// erl: R = erlang:send_after(1000, self(), q), cancel twice: 1000 then false
	r2 := ErlangSendAfter3(p, BoxInt(100000), p.Self(), Ok)
	if v, ok := IntOf(ErlangCancelTimer1(p, r2)); !ok || v < 90000 {
		t.Fatal(v)
	}
	if ErlangCancelTimer1(p, r2) != Term(False) {
		t.Fatal("second cancel")
	}
}
