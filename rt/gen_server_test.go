package rt

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"time"
)

// gs_counter is gs.erl from the erl session recorded below, in Go:
//
//	init(X) -> {ok, X}.
//	handle_call(get, _From, S) -> {reply, S, S};
//	handle_call(slow, _From, S) -> timer:sleep(200), {reply, S, S};
//	handle_call({add, N}, _From, S) -> {reply, ok, S + N};
//	handle_call(stop, _From, S) -> {stop, normal, stopped, S}.
//	handle_cast(boom, S) -> {noreply, S + a}.
//	handle_info(Msg, S) -> Pid ! ... (tests send {echo, Pid}).
//	terminate(R, _S) -> tell the test.
func init() {
	RegisterModule("gs_counter",
		Export("init", 1, func(p *Process, x Term) Term { return NewTuple(Ok, x) }),
		Export("handle_call", 3, func(p *Process, req, from, s Term) Term {
			switch {
			case req == Term(Intern("get")):
				return NewTuple(atomReply, s, s)
			case req == Term(Intern("slow")):
				p.Sleep(BoxInt(200))
				return NewTuple(atomReply, s, s)
			case req == Term(Intern("stop")):
				return NewTuple(atomStop, AtomNormal, Intern("stopped"), s)
			}
			return NewTuple(atomReply, Ok, Add(s, req.(*Tuple).Elems[1]))
		}),
		Export("handle_cast", 2, func(p *Process, req, s Term) Term {
			return NewTuple(atomNoreply, Add(s, Intern("a")))
		}),
		Export("handle_info", 2, func(p *Process, msg, s Term) Term {
			Send(p, msg.(*Tuple).Elems[1], NewTuple(Intern("info"), s))
			return NewTuple(atomNoreply, s)
		}),
	)
}

// waitOutput waits (up to 10 s) until what was written to buf contains
// want, and returns it: crash reports are written a little after the crash.
func waitOutput(t *testing.T, buf *bytes.Buffer, want string) string {
	t.Helper()
	for i := 0; i < 2000; i++ {
		Flush()
		ioMu.Lock()
		out := buf.String()
		ioMu.Unlock()
		if strings.Contains(out, want) {
			return out
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("output never showed %q", want)
	return ""
}

func quietStdout(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	Flush()
	ioMu.Lock()
	old := Stdout
	Stdout = bufio.NewWriter(&buf)
	ioMu.Unlock()
	t.Cleanup(func() {
		Flush()
		ioMu.Lock()
		Stdout = old
		ioMu.Unlock()
	})
	return &buf
}

// erl (gs.erl): gen_server:start({local, srv}, gs, 0, []) twice gives
// {error, {already_started, Pid}}; call(srv, slow, 10) exits
// {timeout, {gen_server, call, [srv, slow, 10]}}; call(nosrv, get) exits
// {noproc, {gen_server, call, [nosrv, get]}}; after cast(srv, boom) the
// server dies with badarith and prints "** Generic server srv terminating".
func TestGenServer(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	mod, srv := Intern("gs_counter"), Intern("gs_srv")
	name := NewTuple(atomLocalName, srv)
	r := GenServerStart4(p, name, mod, BoxInt(0), Nil{})
	pid := r.(*Tuple).Elems[1]
	again := GenServerStart4(p, name, mod, BoxInt(0), Nil{})
	if !ExactEqual(again, NewTuple(AtomError, NewTuple(atomAlreadyStd, pid))) {
		t.Fatalf("second start: %v", again)
	}
	GenServerCall2(p, srv, NewTuple(Intern("add"), BoxInt(5)))
	if v := GenServerCall2(p, srv, Intern("get")); v != Term(BoxInt(5)) {
		t.Fatalf("get: %v", v)
	}
	_, e := Try(func() Term { return GenServerCall3(p, srv, Intern("slow"), BoxInt(10)) })
	want := NewTuple(AtomTimeout, NewTuple(atomGenServer, atomGsCall, List(srv, Intern("slow"), BoxInt(10))))
	if e == nil || !ExactEqual(e.Reason, want) {
		t.Fatalf("timeout: %v", e)
	}
	// The late reply is dropped: the next call gets its own answer.
	if v := GenServerCall2(p, srv, Intern("get")); v != Term(BoxInt(5)) {
		t.Fatalf("get after timeout: %v", v)
	}
	_, e = Try(func() Term { return GenServerCall2(p, Intern("nosrv"), Intern("get")) })
	want = NewTuple(AtomNoproc, NewTuple(atomGenServer, atomGsCall, List(Intern("nosrv"), Intern("get"))))
	if e == nil || !ExactEqual(e.Reason, want) {
		t.Fatalf("noproc: %v", e)
	}
	Send(p, srv, NewTuple(Intern("echo"), p.Self()))
	if m := recvAny(t, p); !ExactEqual(m, NewTuple(Intern("info"), BoxInt(5))) {
		t.Fatalf("info: %v", m)
	}
	ref := p.Monitor(pid)
	GenServerCast2(p, srv, Intern("boom"))
	m := recvAny(t, p).(*Tuple)
	if !isDown(m, ref) || !isTag(m.Elems[4], AtomBadarith, 2) {
		t.Fatalf("down: %v", m)
	}
	Flush()
	if out := buf.String(); !strings.Contains(out, "** Generic server gs_srv terminating \n** Last message in was {'$gen_cast',boom}\n** When Server state == 5\n") {
		t.Fatalf("report:\n%s", out)
	}
	if p.qlen.Load() != 0 {
		t.Fatalf("left in the queue: %v", Format(p.messagesLocked(true)))
	}
}

func TestGenServerStop(t *testing.T) {
	p := NewProcess()
	mod := Intern("gs_counter")
	pid := GenServerStartLink3(p, mod, BoxInt(1), Nil{}).(*Tuple).Elems[1]
	if v := GenServerCall2(p, pid, Intern("stop")); v != Term(Intern("stopped")) {
		t.Fatal(v)
	}
	pid2 := GenServerStart3(p, mod, BoxInt(1), Nil{}).(*Tuple).Elems[1]
	if GenServerStop1(p, pid2) != Term(Ok) {
		t.Fatal("stop")
	}
	if ErlangIsProcessAlive1(p, pid2) != Term(False) {
		t.Fatal("still alive after stop")
	}
}

func TestGenServerSendRequest(t *testing.T) {
	p := NewProcess()
	pid := GenServerStart3(p, Intern("gs_counter"), BoxInt(4), Nil{}).(*Tuple).Elems[1]
	id := GenServerSendRequest2(p, pid, Intern("get"))
	etsTerm(t, "{reply,4}", GenServerWaitResponse2(p, id, BoxInt(5000)))
	id = GenServerSendRequest2(p, pid, Intern("slow"))
	etsTerm(t, "timeout", GenServerReceiveResponse2(p, id, BoxInt(0)))
	GenServerStop1(p, pid)
	// erl: gen_server:wait_response(gen_server:send_request(nosrv, get), 1000)
	id = GenServerSendRequest2(p, Intern("nosrv"), Intern("get"))
	etsTerm(t, "{error,{noproc,nosrv}}", GenServerWaitResponse2(p, id, BoxInt(5000)))
	if p.qlen.Load() != 0 {
		t.Fatal(Format(p.messagesLocked(true)))
	}
}

// erl (gs3.erl, a cast whose handler fails with badarith): the trace starts
// with {erlang,'+',[0,a],[{error_info,...}]} (the handler's own frame comes
// next, which this handler, written in Go, does not have) and ends
// {gen_server,try_dispatch,4,[{file,"gen_server.erl"},{line,1123}]},
// {gen_server,handle_msg,6,[{file,"gen_server.erl"},{line,1200}]},
// {proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,240}]}.
func TestGenServerTraces(t *testing.T) {
	quietStdout(t)
	p := NewProcess()
	pid := GenServerStart3(p, Intern("gs_counter"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	ref := p.Monitor(pid)
	GenServerCast2(p, pid, Intern("boom"))
	m, _ := p.Receive(BoxInt(10000), func(m Term) bool { return isDown(m, ref) })
	trace, _ := ListToSlice(m.(*Tuple).Elems[4].(*Tuple).Elems[1])
	want := List(otpFrame("gen_server", "try_dispatch", 4, 1123), otpFrame("gen_server", "handle_msg", 6, 1200),
		otpFrame("proc_lib", "init_p_do_apply", 3, 240))
	if len(trace) != 4 || !isTag(trace[0], AtomErlang, 4) || !ExactEqual(List(trace[1:]...), want) {
		t.Fatal(Format(List(trace...)))
	}
}

// gs_to: init(Pid) -> {ok, Pid, 10}; handle_info(timeout, Pid) ->
// Pid ! timed_out, {noreply, Pid, hibernate}; handle_call(cont, _, Pid) ->
// {reply, ok, Pid, {continue, more}}; handle_continue(more, Pid) ->
// Pid ! continued, {noreply, Pid}.
func init() {
	RegisterModule("gs_to",
		Export("init", 1, func(p *Process, pid Term) Term { return NewTuple(Ok, pid, BoxInt(10)) }),
		Export("handle_info", 2, func(p *Process, msg, pid Term) Term {
			Send(p, pid, Intern("timed_out"))
			return NewTuple(atomNoreply, pid, atomHibernate)
		}),
		Export("handle_call", 3, func(p *Process, _, _, pid Term) Term {
			return NewTuple(atomReply, Ok, pid, NewTuple(atomContinue, Intern("more")))
		}),
		Export("handle_continue", 2, func(p *Process, _, pid Term) Term {
			Send(p, pid, Intern("continued"))
			return NewTuple(atomNoreply, pid)
		}),
	)
}

func TestGenServerTimeoutContinue(t *testing.T) {
	p := NewProcess()
	pid := GenServerStart3(p, Intern("gs_to"), p.self, Nil{}).(*Tuple).Elems[1]
	etsTerm(t, "timed_out", recvAny(t, p))
	etsTerm(t, "ok", GenServerCall2(p, pid, Intern("cont")))
	etsTerm(t, "continued", recvAny(t, p))
	GenServerStop1(p, pid)
}
