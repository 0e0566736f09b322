package rt

import (
	"math/rand"
	"runtime"
	"testing"
	"time"
)

// A timed receive keeps its timer armed when the next wait's deadline is
// no earlier (park's arm); it must still never time out early, and a
// shorter wait must not sit out the longer timer.
func TestAfterTimerKeptAcrossReceives(t *testing.T) {
	p := NewProcess()
	any := func(Term) bool { return true }
	wakeIn := func(d time.Duration) {
		self := p.Self()
		go func() { time.Sleep(d); Send(nil, self, Ok) }()
	}
	// A receive that waits, with a timer set for 400 ms that stays armed.
	wakeIn(5 * time.Millisecond)
	if _, ok := p.Receive(BoxInt(400), any); !ok {
		t.Fatal("the message did not arrive")
	}
	// That timer fires before this deadline: the wake-up it causes is
	// not a timeout.
	start := time.Now()
	if _, ok := p.Receive(BoxInt(600), any); ok {
		t.Fatal("after 600 on an empty mailbox must time out")
	}
	if d := time.Since(start); d < 600*time.Millisecond {
		t.Fatalf("after 600 timed out after %v", d)
	}
	// A longer timer, then a shorter wait: the timer must be brought
	// forward, not waited out.
	wakeIn(5 * time.Millisecond)
	if _, ok := p.Receive(BoxInt(5000), any); !ok {
		t.Fatal("the message did not arrive")
	}
	start = time.Now()
	if _, ok := p.Receive(BoxInt(20), any); ok {
		t.Fatal("after 20 on an empty mailbox must time out")
	}
	if d := time.Since(start); d < 20*time.Millisecond || d > 4*time.Second {
		t.Fatalf("after 20 timed out after %v", d)
	}
	// A message still arrives in a wait that a stale timer interrupted.
	wakeIn(50 * time.Millisecond)
	if _, ok := p.Receive(nil, any); !ok {
		t.Fatal("receive without after gave up")
	}
}

// A receive that starts at a mark must not start there once the marked
// message has been taken: its cell is reused by the next send and belongs
// to another mailbox then.
func TestMarkAfterMarkedCellReused(t *testing.T) {
	p := NewProcess()
	q := NewProcess()
	a, b, x := Intern("a"), Intern("b"), Intern("x")
	Send(p, p.Self(), a)
	mk := p.RecvMark() // marks a, the last message
	if m := recvAny(t, p); m != Term(a) {
		t.Fatalf("want a, got %s", Format(m))
	}
	Send(p, q.Self(), x) // goes out in a's cell
	Send(q, p.Self(), b)
	if m := p.RecvStartMarked(mk, BoxInt(0)); m == nil || m.Term() != Term(b) {
		t.Fatalf("the marked receive found %v, want b", m)
	}
	if m := recvAny(t, q); m != Term(x) {
		t.Fatalf("q got %s, want x", Format(m))
	}
}

// Cells are reused: a process that takes a message and sends one
// allocates no new cell.
func TestSendReusesTakenCell(t *testing.T) {
	p := NewProcess()
	q := NewProcess()
	Send(q, p.Self(), Ok)
	recvAny(t, p)
	cell := p.spare
	if cell == nil {
		t.Fatal("no spare cell after a receive")
	}
	Send(p, q.Self(), BoxInt(1))
	if p.spare != nil || q.inbox.Load() != cell || cell.t != BoxInt(1) {
		t.Fatal("the send did not reuse the taken cell")
	}
}

// The compaction decisions (compactor.step), tick by tick.
func TestCompactorSteps(t *testing.T) {
	var c compactor
	c.backoff = baseHoldoff
	run := func(n int, wakes, runnable uint64) (acts []int) {
		for i := 0; i < n; i++ {
			if a := c.step(wakes, runnable); a != stay {
				acts = append(acts, a)
			}
		}
		return acts
	}
	if a := run(100, compactWakes-1, 0); a != nil {
		t.Fatalf("few wake-ups compacted: %v", a)
	}
	if a := run(compactAfter, compactWakes, 0); len(a) != 1 || a[0] != toOneP || !c.compact {
		t.Fatalf("message-bound: %v", a)
	}
	// One goroutine runnable at each sample is the one the loop displaced.
	if a := run(500, compactWakes, 1); a != nil {
		t.Fatalf("a ring spread: %v", a)
	}
	// Two for spreadBusy ticks: parallel work.
	if a := run(spreadBusy, compactWakes, 2); len(a) != 1 || a[0] != toAllPs || c.compact {
		t.Fatalf("parallel work: %v", a)
	}
	// It waits out the holdoff before compacting again, and the next
	// holdoff is twice as long.
	if a := run(baseHoldoff, compactWakes, 0); a != nil {
		t.Fatalf("compacted during the holdoff: %v", a)
	}
	if a := run(compactAfter, compactWakes, 0); len(a) != 1 || a[0] != toOneP {
		t.Fatalf("after the holdoff: %v", a)
	}
	if c.backoff != 2*baseHoldoff {
		t.Fatalf("backoff %d", c.backoff)
	}
	// A quiet spell spreads.
	if a := run(spreadQuiet, compactWakes/4-1, 1); len(a) != 1 || a[0] != toAllPs {
		t.Fatalf("quiet: %v", a)
	}
}

// Clients wait for echoes with timeouts of 0-2 ms, so that replies land
// just as waits time out and kept timers fire into later waits; then each
// waits, without a timeout, for the replies still due. A wake-up lost in
// any of those races leaves a client waiting forever.
func TestParkWakeRaces(t *testing.T) {
	baseG := runtime.NumGoroutine()
	p := NewProcess()
	const pairs, n = 8, 2000
	done := Intern("done")
	var refs []Ref
	for k := 0; k < pairs; k++ {
		seed := int64(k)
		echo, ref := p.Spawn(func(c *Process) Term {
			rng := rand.New(rand.NewSource(-seed))
			for {
				m, _ := c.Receive(nil, func(Term) bool { return true })
				if rng.Intn(10) == 0 { // reply around the client's timeout
					time.Sleep(time.Duration(rng.Intn(2500)) * time.Microsecond)
				}
				x := m.(*Tuple)
				Send(c, x.Elems[0], x.Elems[1])
			}
		}, SpawnOpts{Monitor: true})
		_, ref2 := p.Spawn(func(c *Process) Term {
			rng := rand.New(rand.NewSource(seed))
			got, timeouts := 0, 0
			for i := 0; i < n; i++ {
				Send(c, echo, NewTuple(c.self, BoxInt(Int(i))))
				after := BoxInt(Int(rng.Intn(3)))
				for {
					m, ok := c.Receive(after, func(Term) bool { return true })
					if !ok {
						timeouts++
						break
					}
					got++
					if m == BoxInt(Int(i)) {
						break
					}
				}
			}
			for ; got < n; got++ {
				c.Receive(nil, func(Term) bool { return true })
			}
			Send(c, p.Self(), NewTuple(done, BoxInt(Int(timeouts))))
			c.SendExit(echo, AtomKill)
			return Ok
		}, SpawnOpts{Monitor: true})
		refs = append(refs, ref, ref2)
	}
	timeouts := 0
	for k := 0; k < pairs; k++ {
		m, ok := p.Receive(BoxInt(60000), func(m Term) bool { return isTag(m, done, 2) })
		if !ok {
			t.Fatalf("%d of %d clients finished: a wake-up was lost", k, pairs)
		}
		timeouts += int(m.(*Tuple).Elems[1].(Small).Int())
	}
	if timeouts == 0 {
		t.Fatal("no wait timed out: the test does not test the races it is for")
	}
	// Leave nothing behind for later tests that count goroutines.
	for _, ref := range refs {
		if _, ok := p.Receive(BoxInt(10000), func(m Term) bool { return isDown(m, ref) }); !ok {
			t.Fatal("a process did not exit")
		}
	}
	waitQuiet(t, baseG)
}

// A message, signal or timer that comes in between park's last look and
// the moment the owner is asleep must not be slept through: sleep looks
// again once parked is published (commitPark). A timer that rang then
// found the owner not parked and woke no one.
func TestSleepLooksAgain(t *testing.T) {
	for _, raise := range []func(p *Process){
		func(p *Process) { p.enqueue(Ok) },
		func(p *Process) { p.sig.Store(1) },
		func(p *Process) { p.tw = &timedWait{}; p.tw.rang.Store(true) },
	} {
		p := NewProcess()
		raise(p)
		done := make(chan struct{})
		go func() { p.sleep(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("sleep slept through a pending message or signal")
		}
		if p.parked.Load() != 0 {
			t.Fatalf("parked is %d after waking", p.parked.Load())
		}
	}
}
