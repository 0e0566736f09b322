package rt

import (
	"strings"
	"testing"
)

// Expected behaviour comes from erl -noshell (OTP 25).

// captureServer starts an I/O server that answers every request with ok
// and sends the requests, in order, to report when it gets {dump, Pid}.
func captureServer(p *Process) Pid {
	return spawnGo(p, SpawnOpts{}, func(c *Process) {
		var reqs []Term
		for {
			m, _ := c.Receive(nil, func(Term) bool { return true })
			x, _ := TupleArity(m, 4)
			if x != nil && x.Elems[0] == Term(atomIoRequest) {
				reqs = append(reqs, x.Elems[3])
				Send(c, x.Elems[1], NewTuple(atomIoReply, x.Elems[2], Ok))
				continue
			}
			if d, ok := TupleArity(m, 2); ok && d.Elems[0] == Term(Intern("dump")) {
				Send(c, d.Elems[1], List(reqs...))
				return
			}
		}
	})
}

func dumpRequests(t *testing.T, p *Process, srv Pid) string {
	t.Helper()
	Send(p, srv, NewTuple(Intern("dump"), p.Self()))
	return Sprintf("~w", recvAny(t, p))
}

// erl: G = capture server, group_leader(G, self()), io:format("h ~p~n", [w]),
// io:put_chars("c\n"), io:nl(), io:write(foo), io:format(standard_io, "s", [])
func TestGroupLeaderCapture(t *testing.T) {
	p := NewProcess()
	if s := Sprintf("~p", ErlangGroupLeader0(p)); s != "<0.65.0>" {
		t.Fatalf("initial group leader %s", s)
	}
	g := captureServer(p)
	ErlangGroupLeader2(p, g, p.Self())
	IoFormat2(p, Str("h ~p~n"), List(Intern("w")))
	IoPutChars1(p, Str("c\n"))
	IoNl0(p)
	IoWrite1(p, Intern("foo"))
	IoFormat3(p, atomStandardIo, Str("s"), Nil{})
	ErlangGroupLeader2(p, stdGroupLeader, p.Self())
	if p.hasGroupLeader() {
		t.Fatal("the standard group leader is not the zero pid")
	}
	want := Sprintf("~w", List(
		formatRequest(Str("h ~p~n"), List(Intern("w"))),
		NewTuple(atomPutChars, atomUnicode, NewBinary([]byte("c\n"))),
		NewTuple(atomPutChars, atomUnicode, Str("\n")),
		NewTuple(atomPutChars, atomUnicode, atomIoLib, atomWrite, List(Intern("foo"))),
		formatRequest(Str("s"), Nil{})))
	if !strings.Contains(want, "io_lib,format,[[104,32,126,112,126,110],[w]]") {
		t.Fatal(want) // formatRequest is what OTP sends
	}
	if got := dumpRequests(t, p, g); got != want {
		t.Fatalf("requests\n%s\nwant\n%s", got, want)
	}
}

// erl: group_leader(G, P) for another process P takes effect before any
// later signal from the caller: process_info(P, group_leader) is G, and
// P's output goes to G; a child inherits its parent's group leader.
func TestGroupLeaderOther(t *testing.T) {
	p := NewProcess()
	g := captureServer(p)
	self := p.Self()
	child := spawnGo(p, SpawnOpts{}, func(c *Process) {
		c.Receive(nil, func(t Term) bool { return t == Term(Intern("go")) })
		IoFormat1(c, Str("from child~n"))
		c.Spawn(func(gc *Process) Term {
			Send(gc, self, ErlangGroupLeader0(gc))
			return Ok
		}, SpawnOpts{})
	})
	ErlangGroupLeader2(p, g, child)
	if v := ErlangProcessInfo2(p, child, atomGroupLeader); !ExactEqual(v, NewTuple(atomGroupLeader, g)) {
		t.Fatalf("process_info: %v", v)
	}
	Send(p, child, Intern("go"))
	if v := recvAny(t, p); v != Term(g) {
		t.Fatalf("grandchild's group leader %v, want %v", v, g)
	}
	if got := dumpRequests(t, p, g); got != Sprintf("~w", List(formatRequest(Str("from child~n"), Nil{}))) {
		t.Fatal(got)
	}
	dead := spawnGo(p, SpawnOpts{}, func(*Process) {})
	for dead.process() != nil {
		p.Sleep(BoxInt(1))
	}
	if _, ok := catchError(func() { ErlangGroupLeader2(p, g, dead) }); !ok {
		t.Fatal("group_leader(G, DeadPid) is badarg")
	}
}

// erl: group_leader(Dead, self()), io:format("x") fails with terminated,
// cause {io, terminated}; io:request(Dead, ...) is {error, terminated}.
func TestGroupLeaderDead(t *testing.T) {
	p := NewProcess()
	dead := spawnGo(p, SpawnOpts{}, func(*Process) {})
	for dead.process() != nil {
		p.Sleep(BoxInt(1))
	}
	ErlangGroupLeader2(p, dead, p.Self())
	e, ok := catchError(func() { IoFormat1(p, Str("x")) })
	ErlangGroupLeader2(p, stdGroupLeader, p.Self())
	if !ok || e.Reason != Term(atomTerminated) {
		t.Fatalf("got %v", e)
	}
	if v := IoRequest2(p, dead, NewTuple(atomPutChars, atomUnicode, Str("x"))); Sprintf("~w", v) != "{error,terminated}" {
		t.Fatal(v)
	}
	if v := IoRequest2(p, Intern("nosuch"), Nil{}); Sprintf("~w", v) != "{error,arguments}" {
		t.Fatal(v)
	}
}

// erl: P blocked in a receive that skipped {a,1} and b:
// process_info(P, messages) is {messages,[{a,1},b]}, the skipped ones
// included.
func TestProcessInfoMessagesOther(t *testing.T) {
	p := NewProcess()
	stop := Intern("stop")
	q := spawnGo(p, SpawnOpts{}, func(c *Process) {
		c.Receive(nil, func(t Term) bool { return t == Term(stop) })
	})
	Send(p, q, NewTuple(Intern("a"), BoxInt(1)))
	Send(p, q, Intern("b"))
	for i := 0; i < 1000 && q.process().parked.Load() == 0; i++ {
		p.Sleep(BoxInt(1)) // let it skip them and wait
	}
	want := "[{messages,[{a,1},b]},{message_queue_len,2}]"
	if got := Sprintf("~w", ErlangProcessInfo2(p, q, List(atomMessages, atomMessageQueueLen))); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	Send(p, q, stop)
	full := Sprintf("~w", ErlangProcessInfo1(p, p.Self()))
	if !strings.Contains(full, "{group_leader,<0.65.0>}") {
		t.Fatal(full)
	}
}

// erl: group_leader() ! {io_request, self(), T, {get_geometry, columns}}
// is answered {io_reply, T, {error, enotsup}} under erl -noshell;
// is_process_alive(group_leader()) is true.
func TestStdGroupLeaderByHand(t *testing.T) {
	p := NewProcess()
	g := ErlangGroupLeader0(p)
	Send(p, g, NewTuple(atomIoRequest, p.Self(), Intern("t"), NewTuple(atomGetGeometry, Intern("columns"))))
	if got := Sprintf("~w", recvAny(t, p)); got != "{io_reply,t,{error,enotsup}}" {
		t.Fatal(got)
	}
	if ErlangIsProcessAlive1(p, g) != Term(True) {
		t.Fatal("the standard group leader is alive")
	}
}
