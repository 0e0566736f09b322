package rt

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// idleCounter is what the generator emits for
//
//	counter(Last, Total) ->
//	    receive
//	        {n, N} when N =:= Last + 1 -> counter(N, Total + 1);
//	        {n, N} -> exit({out_of_order, Last, N});
//	        {total, From} -> From ! {total, self(), Total}
//	    end.
func idleCounter(p *Process, last, total Term) Term {
	base := p.AtBase()
	for {
		p.Tick()
		m := p.RecvStartIdle(base)
		for {
			if m == nil {
				return p.WaitIdle(idleCounter, last, total)
			}
			if t, ok := TupleArity(m.Term(), 2); ok {
				switch t.Elems[0] {
				case Term(Intern("n")):
					p.RecvTake(m)
					if t.Elems[1] != Add(last, BoxInt(1)) {
						Exit(NewTuple(Intern("out_of_order"), last, t.Elems[1]))
					}
					last, total = t.Elems[1], Add(total, BoxInt(1))
					goto again
				case Term(Intern("total")):
					p.RecvTake(m)
					return Send(p, t.Elems[1], NewTuple(Intern("total"), p.self, total))
				}
			}
			m = p.RecvNextIdle(m, base)
		}
	again:
	}
}

// spawnIdleCounter is spawn(fun() -> counter(0, 0) end), a fun marked Idle.
func spawnIdleCounter(p *Process, opts SpawnOpts) Pid {
	f := NewLocalFun(Intern("t"), Intern("-counter/0-fun-0-"), 0, 0, nil, func(p *Process) Term {
		return idleCounter(p, BoxInt(0), BoxInt(0))
	}).MarkIdle()
	pid, _ := p.SpawnFun(f, opts)
	return pid
}

// waitGoroutines waits until at most n goroutines run, failing after 10 s.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); runtime.NumGoroutine() > n; {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines, want at most %d", runtime.NumGoroutine(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

// sendSequences starts senders goroutines, each sending {n, 1} ... {n, msgs}
// to its share of pids (so each counter has one sender: ordered); wg counts
// them.
func sendSequences(wg *sync.WaitGroup, pids []Pid, senders, msgs int) {
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q := NewProcess()
			for k := 1; k <= msgs; k++ {
				for i := s; i < len(pids); i += senders {
					Send(q, pids[i], NewTuple(Intern("n"), BoxInt(Int(k))))
				}
			}
		}()
	}
}

// TestIdleProcesses: processes waiting idle hold no goroutine; messages
// from several senders at once wake them, in order, and none is lost.
func TestIdleProcesses(t *testing.T) {
	base := runtime.NumGoroutine()
	p := NewProcess()
	const n, senders, msgs = 2000, 4, 50
	pids := make([]Pid, n)
	for i := range pids {
		pids[i] = spawnIdleCounter(p, SpawnOpts{})
	}
	waitGoroutines(t, base+50) // all idle: no goroutine each
	var wg sync.WaitGroup
	sendSequences(&wg, pids, senders, msgs)
	wg.Wait()
	for _, pid := range pids {
		Send(p, pid, NewTuple(Intern("total"), p.self))
	}
	for range pids {
		m := recvAny(t, p).(*Tuple)
		if m.Elems[2] != BoxInt(Int(msgs)) {
			t.Fatalf("%s: want total %d", Format(m), msgs)
		}
	}
	waitGoroutines(t, base+senders+2)
}

// TestIdleSignals: exit signals reach idle processes: kill, a linked
// process's crash, and with trap_exit the 'EXIT' message.
func TestIdleSignals(t *testing.T) {
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	killed := spawnIdleCounter(p, SpawnOpts{Monitor: true})
	linked := spawnIdleCounter(p, SpawnOpts{Link: true})
	time.Sleep(20 * time.Millisecond) // let them go idle
	p.SendExit(killed, AtomKill)
	if m := recvAny(t, p).(*Tuple); m.Elems[0] != Term(atomDOWN) || m.Elems[4] != Term(AtomKilled) {
		t.Fatalf("kill: %s", Format(m))
	}
	p.SendExit(linked, Intern("boom"))
	if m := recvAny(t, p).(*Tuple); m.Elems[0] != Term(AtomEXIT) || m.Elems[2] != Term(Intern("boom")) {
		t.Fatalf("exit: %s", Format(m))
	}
	// An out-of-order message makes the counter exit with a reason.
	c := spawnIdleCounter(p, SpawnOpts{Link: true})
	time.Sleep(20 * time.Millisecond)
	Send(p, c, NewTuple(Intern("n"), BoxInt(5)))
	m := recvAny(t, p).(*Tuple)
	if want := "{'EXIT'," + Format(c) + ",{out_of_order,0,5}}"; Format(m) != want {
		t.Fatalf("got %s, want %s", Format(m), want)
	}
}

// TestIdleNotAtBase: called from anywhere but the bottom of the stack, the
// same function waits with its goroutine and returns to its caller.
func TestIdleNotAtBase(t *testing.T) {
	p := NewProcess()
	self := p.self
	pid := spawnGo(p, SpawnOpts{}, func(c *Process) {
		c.base = false
		v := idleCounter(c, BoxInt(0), BoxInt(0)) // returns after {total, From}
		Send(c, self, NewTuple(Intern("returned"), v))
	})
	time.Sleep(20 * time.Millisecond)
	Send(p, pid, NewTuple(Intern("n"), BoxInt(1)))
	Send(p, pid, NewTuple(Intern("total"), p.self))
	if m := Format(recvAny(t, p)); m != "{total,"+Format(pid)+",1}" {
		t.Fatalf("got %s", m)
	}
	if m := Format(recvAny(t, p)); m != "{returned,{total,"+Format(pid)+",1}}" {
		t.Fatalf("got %s", m)
	}
}

// TestIdleGenServers: gen_servers waiting for their first request hold no
// goroutine; they answer calls after waking, and one that crashes after
// waking is reported as a gen_server and through proc_lib, as before.
func TestIdleGenServers(t *testing.T) {
	buf := quietStdout(t)
	base := runtime.NumGoroutine()
	p := NewProcess()
	mod := Intern("gs_counter")
	pids := make([]Term, 1000)
	for i := range pids {
		pids[i] = GenServerStart3(p, mod, BoxInt(Int(i)), Nil{}).(*Tuple).Elems[1]
	}
	waitGoroutines(t, base+50)
	for i, pid := range pids {
		GenServerCall2(p, pid, NewTuple(Intern("add"), BoxInt(1)))
		if v := GenServerCall2(p, pid, Intern("get")); v != BoxInt(Int(i+1)) {
			t.Fatalf("server %d: get %s", i, Format(v))
		}
	}
	// Handling the calls outgrew a new goroutine's stack: the servers now
	// keep theirs (keepStack), as a busy server should.
	ref := p.Monitor(pids[7].(Pid))
	GenServerCast2(p, pids[7], Intern("boom"))
	if m := recvAny(t, p).(*Tuple); !isDown(m, ref) || !isTag(m.Elems[4], AtomBadarith, 2) {
		t.Fatalf("down: %s", Format(m))
	}
	out := waitOutput(t, buf, "CRASH REPORT")
	if !strings.Contains(out, "** Last message in was {'$gen_cast',boom}\n** When Server state == 8\n") {
		t.Fatalf("report:\n%s", out)
	}
	for _, pid := range pids {
		if pid != pids[7] {
			p.SendExit(pid.(Pid), AtomKill)
		}
	}
	waitGoroutines(t, base+2)
}

// TestIdleAfterTimedWait: a process whose earlier timed receive left its
// timer rung waits idle afterwards, instead of waking itself again and
// again.
func TestIdleAfterTimedWait(t *testing.T) {
	p := NewProcess()
	pid, _ := p.Spawn(func(c *Process) Term {
		c.Sleep(BoxInt(5)) // a timed receive that times out: its timer rings
		c.base = true      // as run's token for a marked entry
		return idleCounter(c, BoxInt(0), BoxInt(0))
	}, SpawnOpts{})
	time.Sleep(30 * time.Millisecond)
	q := pid.process()
	for range 20 {
		if q.parked.Load() != 1 || !q.idleWait {
			t.Fatal("the idle process keeps waking")
		}
		time.Sleep(time.Millisecond)
	}
	Send(p, pid, NewTuple(Intern("total"), p.self))
	if m := Format(recvAny(t, p)); m != "{total,"+Format(pid)+",0}" {
		t.Fatalf("got %s", m)
	}
}

// idleDeep waits idle for {depth, N, From} and recurses N frames deep
// before answering: a continuation that outgrows a new goroutine's stack.
func idleDeep(p *Process, from Term) Term {
	base := p.AtBase()
	for {
		p.Tick()
		m := p.RecvStartIdle(base)
		if m == nil {
			return p.WaitIdle(idleDeep, from)
		}
		p.RecvTake(m)
		t := m.Term().(*Tuple)
		Send(p, t.Elems[2], NewTuple(Intern("depth"), BoxInt(Int(deep(int(t.Elems[1].(Small).Int()))))))
	}
}

//go:noinline
func deep(n int) int {
	var pad [64]byte
	if n == 0 {
		return int(pad[0])
	}
	return deep(n-1) + 1 + int(pad[n%64])
}

// TestIdleKeepStack: once a woken process has needed a bigger stack, it
// keeps its goroutine between messages instead of growing a new stack at
// each one; it works as before.
func TestIdleKeepStack(t *testing.T) {
	p := NewProcess()
	f := NewLocalFun(Intern("t"), Intern("-deep/0-fun-0-"), 0, 0, nil, func(p *Process) Term {
		return idleDeep(p, Nil{})
	}).MarkIdle()
	pid, _ := p.SpawnFun(f, SpawnOpts{})
	q := pid.process()
	time.Sleep(20 * time.Millisecond)
	if q.parked.Load() != 1 || !q.idleWait {
		t.Fatal("not idle at first")
	}
	// 20,000 frames of 100 bytes and more: a stack bigger than any a new
	// goroutine starts with (Go sizes them by the average it has seen at
	// collections). A message may come before the process has gone idle
	// after the previous one, and be handled on the same goroutine: the
	// process keeps its goroutine from the first wake-up whose work grew
	// the stack, a few messages at most.
	kept := false
	for i := 0; i < 10 && !kept; i++ {
		Send(p, pid, NewTuple(Intern("depth"), BoxInt(20000), p.self))
		if m := Format(recvAny(t, p)); m != "{depth,20000}" {
			t.Fatalf("got %s", m)
		}
		time.Sleep(20 * time.Millisecond)
		kept = q.parked.Load() == 1 && !q.idleWait && q.keepStack
	}
	if !kept {
		t.Fatalf("parked %d, idle %v, keepStack %v: want a parked goroutine", q.parked.Load(), q.idleWait, q.keepStack)
	}
	p.SendExit(pid, AtomKill)
}

// idleSum6 waits idle with six arguments and answers {sum, From} with
// their sum: continuations of any typed arity.
func idleSum6(p *Process, a, b, c, d, e, f Term) Term {
	base := p.AtBase()
	p.Tick()
	m := p.RecvStartIdle(base)
	if m == nil {
		return p.WaitIdle(idleSum6, a, b, c, d, e, f)
	}
	p.RecvTake(m)
	return Send(p, m.Term().(*Tuple).Elems[1], Add(Add(Add(a, b), Add(c, d)), Add(e, f)))
}

func TestIdleArity6(t *testing.T) {
	p := NewProcess()
	fn := NewLocalFun(Intern("t"), Intern("-sum/0-fun-0-"), 0, 0, nil, func(p *Process) Term {
		return idleSum6(p, BoxInt(1), BoxInt(2), BoxInt(3), BoxInt(4), BoxInt(5), BoxInt(6))
	}).MarkIdle()
	pid, _ := p.SpawnFun(fn, SpawnOpts{})
	q := pid.process()
	time.Sleep(20 * time.Millisecond)
	if q.parked.Load() != 1 || !q.idleWait {
		t.Fatal("not idle")
	}
	Send(p, pid, NewTuple(Intern("sum"), p.self))
	if m := recvAny(t, p); m != BoxInt(21) {
		t.Fatalf("got %s", Format(m))
	}
}

// TestIdleChaos: idle processes that several senders keep waking while
// some are killed at random moments: the others get every message in
// order, every one is reported 'DOWN' once (killed, or normal after its
// total), and no goroutine is left.
func TestIdleChaos(t *testing.T) {
	base := runtime.NumGoroutine()
	p := NewProcess()
	const n, senders, msgs = 400, 4, 200
	pids := make([]Pid, n)
	refs := map[Ref]int{}
	for i := range pids {
		pids[i] = spawnIdleCounter(p, SpawnOpts{})
		refs[p.Monitor(pids[i])] = i
	}
	var wg sync.WaitGroup
	sendSequences(&wg, pids, senders, msgs)
	wg.Add(1)
	go func() { // kill every tenth counter while the messages flow
		defer wg.Done()
		q := NewProcess()
		for i := 0; i < n; i += 10 {
			q.SendExit(pids[i], AtomKill)
			time.Sleep(50 * time.Microsecond)
		}
	}()
	wg.Wait()
	for i, pid := range pids {
		if i%10 != 0 {
			Send(p, pid, NewTuple(Intern("total"), p.self))
		}
	}
	downs := map[int]int{} // the killed ones end killed, the others normal after {total, _}
	for got := 0; got < n-n/10 || len(downs) < n; {
		m := recvAny(t, p).(*Tuple)
		switch m.Elems[0] {
		case Term(Intern("total")):
			if m.Elems[2] != BoxInt(Int(msgs)) {
				t.Fatalf("%s: want total %d", Format(m), msgs)
			}
			got++
		case Term(atomDOWN):
			i := refs[m.Elems[1].(Ref)]
			if want := Term(AtomNormal); i%10 == 0 && m.Elems[4] != Term(AtomKilled) || i%10 != 0 && m.Elems[4] != want {
				t.Fatalf("counter %d: %s", i, Format(m))
			}
			downs[i]++
		}
	}
	for i, c := range downs {
		if c != 1 {
			t.Fatalf("counter %d: %d 'DOWN's", i, c)
		}
	}
	waitGoroutines(t, base+2)
}

// idleTimer is what the generator emits for
//
//	timer(N, After) ->
//	    receive
//	        {ping, From} -> From ! {pong, self(), N}, timer(N + 1, After)
//	    after After -> exit({timeout, N})
//	    end.
func idleTimer(p *Process, n, after Term) Term {
	base := p.AtBase()
	for {
		p.Tick()
		m := p.RecvStartIdleAfter(base, after)
		for {
			if m.Idle() {
				return p.WaitIdle(idleTimer, n, after)
			}
			if m == nil {
				Exit(NewTuple(Intern("timeout"), n))
			}
			if t, ok := TupleArity(m.Term(), 2); ok && t.Elems[0] == Term(Intern("ping")) {
				p.RecvTake(m)
				Send(p, t.Elems[1], NewTuple(Intern("pong"), p.self, n))
				n = Add(n, BoxInt(1))
				goto again
			}
			m = p.RecvNextIdleAfter(m, base)
		}
	again:
	}
}

func spawnIdleTimer(p *Process, ms int) Pid {
	f := NewLocalFun(Intern("t"), Intern("-timer/0-fun-0-"), 0, 0, nil, func(p *Process) Term {
		return idleTimer(p, BoxInt(0), BoxInt(Int(ms)))
	}).MarkIdle()
	pid, _ := p.SpawnFun(f, SpawnOpts{Monitor: true})
	return pid
}

// TestIdleTimed: processes waiting in a receive with an after clause wait
// without a goroutine, answer messages, and time out when their timer
// rings; messages that match no clause do not move the deadline.
func TestIdleTimed(t *testing.T) {
	goroutines := runtime.NumGoroutine()
	p := NewProcess()
	const n = 500
	start := time.Now()
	pids := make([]Pid, n)
	for i := range pids {
		pids[i] = spawnIdleTimer(p, 300)
	}
	waitGoroutines(t, goroutines+50) // all idle, with their timers set
	for _, pid := range pids[:n/2] { // half of them answer a ping and wait again
		Send(p, pid, NewTuple(Intern("ping"), p.self))
	}
	for range n / 2 {
		if m := recvAny(t, p).(*Tuple); Format(m.Elems[0]) != "pong" || m.Elems[2] != BoxInt(0) {
			t.Fatalf("got %s", Format(m))
		}
	}
	waitGoroutines(t, goroutines+50)
	pinged := map[string]bool{}
	for _, pid := range pids[:n/2] {
		pinged[Format(pid)] = true
	}
	for range n {
		m := recvAny(t, p).(*Tuple)
		want := "{timeout,0}"
		if pinged[Format(m.Elems[3])] {
			want = "{timeout,1}"
		}
		if Format(m.Elems[0]) != "'DOWN'" || Format(m.Elems[4]) != want {
			t.Fatalf("got %s, want a 'DOWN' with %s", Format(m), want)
		}
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Fatalf("timed out after %v, before the 300 ms of the after clause", d)
	}

	// Messages that no clause takes wake the process, which waits idle
	// again with the deadline of its first wait: without it, a message
	// every 20 ms would keep a 150 ms timeout from ever passing.
	pid := spawnIdleTimer(p, 150)
	start = time.Now()
	stop := make(chan bool)
	go func() {
		q := NewProcess()
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				Send(q, pid, Intern("junk"))
			}
		}
	}()
	m := recvAny(t, p).(*Tuple)
	close(stop)
	if Format(m.Elems[4]) != "{timeout,0}" {
		t.Fatalf("got %s", Format(m))
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Fatalf("timed out after %v", d)
	}
}

// gs_timed: a gen_server with a timeout, waiting idle with its timer set.
//
//	init(Pid) -> {ok, {0, Pid}, 150}.
//	handle_info(timeout, {N, Pid}) -> Pid ! {timed_out, self(), N}, {noreply, {N + 1, Pid}, 150};
//	handle_info(_, S) -> {noreply, S}.
func init() {
	RegisterModule("gs_timed",
		Export("init", 1, func(p *Process, pid Term) Term {
			return NewTuple(Ok, NewTuple(BoxInt(0), pid), BoxInt(150))
		}),
		Export("handle_info", 2, func(p *Process, msg, s Term) Term {
			if msg != Term(AtomTimeout) {
				return NewTuple(atomNoreply, s)
			}
			st := s.(*Tuple)
			Send(p, st.Elems[1], NewTuple(Intern("timed_out"), p.self, st.Elems[0]))
			return NewTuple(atomNoreply, NewTuple(Add(st.Elems[0], BoxInt(1)), st.Elems[1]), BoxInt(150))
		}),
	)
}

// TestIdleGenServerTimeouts: gen_servers whose init returns a timeout wait
// idle with their timers set, and time out, again and again.
func TestIdleGenServerTimeouts(t *testing.T) {
	base := runtime.NumGoroutine()
	p := NewProcess()
	const n = 300
	start := time.Now()
	pids := make([]Pid, n)
	for i := range pids {
		pids[i] = GenServerStart3(p, Intern("gs_timed"), p.self, Nil{}).(*Tuple).Elems[1].(Pid)
	}
	waitGoroutines(t, base+50)
	for round := 0; round < 2; round++ {
		for range n {
			m := recvAny(t, p).(*Tuple)
			if Format(m.Elems[0]) != "timed_out" || m.Elems[2] != BoxInt(Int(round)) {
				t.Fatalf("round %d: got %s", round, Format(m))
			}
		}
		// Handling the timeout outgrew a new goroutine's stack: as in
		// TestIdleGenServers, the servers now keep theirs (keepStack).
	}
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Fatalf("two timeouts of 150 ms in %v", d)
	}
	for _, pid := range pids {
		p.SendExit(pid, AtomKill)
	}
	waitGoroutines(t, base+2)
}

// st_idle: a state machine whose first event is an event timeout.
//
//	callback_mode() -> handle_event_function.
//	init(Pid) -> {ok, waiting, Pid, [{timeout, 150, tick}]}.
//	handle_event(timeout, tick, waiting, Pid) -> Pid ! {ticked, self()}, {next_state, ticked, Pid};
//	handle_event({call, From}, get, S, _) -> {keep_state_and_data, [{reply, From, S}]}.
func init() {
	RegisterModule("st_idle",
		Export("callback_mode", 0, func(*Process) Term { return Intern("handle_event_function") }),
		Export("init", 1, func(p *Process, pid Term) Term {
			return NewTuple(Ok, Intern("waiting"), pid, List(NewTuple(AtomTimeout, BoxInt(150), Intern("tick"))))
		}),
		Export("handle_event", 4, func(p *Process, typ, ev, st, pid Term) Term {
			if typ == Term(AtomTimeout) {
				Send(p, pid, NewTuple(Intern("ticked"), p.self))
				return NewTuple(atomNextState, Intern("ticked"), pid)
			}
			return NewTuple(atomKeepStateAnd, List(NewTuple(atomReply, typ.(*Tuple).Elems[1], st)))
		}),
	)
}

// TestIdleStatems: gen_statem processes wait idle, with the timer of an
// event timeout set, and answer calls once woken.
func TestIdleStatems(t *testing.T) {
	base := runtime.NumGoroutine()
	p := NewProcess()
	const n = 300
	pids := make([]Pid, n)
	for i := range pids {
		pids[i] = GenStatemStart3(p, Intern("st_idle"), p.self, Nil{}).(*Tuple).Elems[1].(Pid)
	}
	waitGoroutines(t, base+50)
	for range n {
		if m := recvAny(t, p).(*Tuple); Format(m.Elems[0]) != "ticked" {
			t.Fatalf("got %s", Format(m))
		}
	}
	for _, pid := range pids {
		if st := GenStatemCall2(p, pid, Intern("get")); st != Term(Intern("ticked")) {
			t.Fatalf("state %s", Format(st))
		}
	}
	for _, pid := range pids {
		p.SendExit(pid, AtomKill)
	}
	waitGoroutines(t, base+2)
}

// TestIdleTimedChaos: processes waiting idle in a timed receive are pinged,
// sent junk and killed by several senders at once; each answers every ping
// it takes, times out once nothing has come for its timeout, and ends
// with one 'DOWN' whose reason counts its answers.
func TestIdleTimedChaos(t *testing.T) {
	base := runtime.NumGoroutine()
	p := NewProcess()
	const n, senders = 300, 3
	pids := make([]Pid, n)
	for i := range pids {
		f := NewLocalFun(Intern("t"), Intern("-timer/0-fun-0-"), 0, 0, nil, func(c *Process) Term {
			return idleTimer(c, BoxInt(0), BoxInt(40))
		}).MarkIdle()
		pids[i], _ = p.SpawnFun(f, SpawnOpts{Monitor: true})
	}
	var wg sync.WaitGroup
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q := NewProcess()
			for k := 0; k < 3000; k++ {
				i := (k*7919 + s*104729) % n
				switch {
				case k%5 == 0:
					Send(q, pids[i], Intern("junk"))
				case i%10 == 0 && k%97 == 0:
					q.SendExit(pids[i], AtomKill)
				default:
					Send(q, pids[i], NewTuple(Intern("ping"), p.self))
				}
				if k%50 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	wg.Wait()
	pongs := map[Pid]int{}
	downs := 0
	for downs < n {
		m := recvAny(t, p).(*Tuple)
		switch m.Elems[0] {
		case Term(Intern("pong")):
			pid := m.Elems[1].(Pid)
			if m.Elems[2] != BoxInt(Int(pongs[pid])) {
				t.Fatalf("%s after %d pongs", Format(m), pongs[pid])
			}
			pongs[pid]++
		case Term(atomDOWN):
			pid := m.Elems[3].(Pid)
			if m.Elems[4] != Term(AtomKilled) {
				r, ok := TupleArity(m.Elems[4], 2)
				if !ok || r.Elems[0] != Term(Intern("timeout")) || r.Elems[1] != BoxInt(Int(pongs[pid])) {
					t.Fatalf("%s after %d pongs", Format(m), pongs[pid])
				}
			}
			downs++
		}
	}
	waitGoroutines(t, base+2)
}
