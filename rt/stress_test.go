package rt

import (
	"math/rand"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// TestStress runs chaos processes that link, monitor, demonitor, kill,
// spawn and message each other for a bounded time, beside counter
// processes that only receive numbered messages and an observer that
// monitors every chaos process and links to half of them. It checks that
// nothing deadlocks, that the counters got every message sent to them in
// per-sender order, that the observer got exactly one 'DOWN' and one
// 'EXIT' per monitor and link (none lost, none twice), and that no
// goroutine and no process-table entry is left once everything has been
// stopped.
func TestStress(t *testing.T) {
	quietStdout(t)
	baseG := runtime.NumGoroutine()
	baseProcs := procTable.count()
	p := NewProcess()
	ErlangProcessFlag2(p, atomTrapExit, True)
	const nChaos, nCounters = 100, 20
	var sent atomic.Int64
	counters := make([]Pid, nCounters)
	for i := range counters {
		counters[i] = spawnGo(p, SpawnOpts{}, func(c *Process) { stressCounter(t, c) })
	}
	chaos := make([]Pid, nChaos)
	for i := range chaos {
		seed := int64(i)
		chaos[i] = spawnGo(p, SpawnOpts{}, func(c *Process) { stressChaos(c, seed, &chaos, counters, &sent) })
	}
	observer := spawnGo(p, SpawnOpts{}, func(c *Process) { stressObserver(t, c, p.self, chaos) })
	ready, _ := p.Receive(BoxInt(10000), func(t Term) bool { return t == Term(Intern("watching")) })
	if ready == nil {
		t.Fatal("the observer did not start")
	}
	for _, pid := range chaos {
		Send(p, pid, Intern("go"))
	}
	p.Sleep(BoxInt(500))
	// Stop the chaos: kill every process still alive (spawned ones too).
	for _, q := range procTable.all() {
		if q != p && q.self != observer && !isCounter(q.self, counters) {
			p.SendExit(q.self, AtomKill)
		}
	}
	oref := p.Monitor(observer)
	Send(p, observer, NewTuple(Intern("report"), p.self))
	if m, ok := p.Receive(BoxInt(10000), func(t Term) bool { return isDown(t, oref) }); !ok {
		t.Fatal("the observer does not finish: a 'DOWN' or 'EXIT' was lost")
	} else if r := m.(*Tuple).Elems[4]; r != Term(AtomNormal) {
		t.Fatalf("observer: %s", Format(r))
	}
	var got int64
	for _, c := range counters {
		ref := p.Monitor(c)
		Send(p, c, NewTuple(Intern("total"), p.self))
		m, ok := p.Receive(BoxInt(10000), func(t Term) bool { return isTag(t, Intern("total"), 2) })
		if !ok {
			t.Fatal("a counter does not answer: deadlock?")
		}
		got += int64(m.(*Tuple).Elems[1].(Small).Int())
		p.Receive(BoxInt(10000), func(t Term) bool { return isDown(t, ref) })
	}
	if got != sent.Load() {
		t.Fatalf("counters got %d messages, %d were sent", got, sent.Load())
	}
	waitQuiet(t, baseG)
	// A chaos process may have spawned a sleeper after the sweep took its
	// list, and the goroutine count is no exact gauge of that (a timer
	// of an earlier test may have been running its callback at the
	// start): wait for the table itself, a while.
	deadline := time.Now().Add(10 * time.Second)
	for procTable.count() > baseProcs+1 { // p is still there
		if time.Now().After(deadline) {
			t.Fatalf("%d processes in the table, %d before", procTable.count(), baseProcs+1)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// stressObserver monitors every chaos process and links to every other
// one, then waits for one 'DOWN' per monitor and one 'EXIT' per link;
// anything more, or a message about another process, fails the test.
func stressObserver(t *testing.T, c *Process, parent Pid, chaos []Pid) {
	ErlangProcessFlag2(c, atomTrapExit, True)
	refs := map[Ref]Pid{}
	links := map[Pid]bool{}
	for i, pid := range chaos {
		refs[c.Monitor(pid)] = pid
		if i%2 == 0 {
			c.Link(pid)
			links[pid] = true
		}
	}
	Send(c, parent, Intern("watching"))
	signal := func(t Term) bool { return isTag(t, atomDOWN, 5) || isTag(t, AtomEXIT, 3) }
	for len(refs) > 0 || len(links) > 0 {
		m, _ := c.Receive(nil, signal) // the report request waits its turn
		x, ok := m.(*Tuple)
		switch {
		case ok && len(x.Elems) == 5 && x.Elems[0] == Term(atomDOWN):
			ref := x.Elems[1].(Ref)
			if _, ok := refs[ref]; !ok {
				t.Errorf("observer: a second or unknown 'DOWN': %s", Format(m))
			}
			delete(refs, ref)
		case ok && len(x.Elems) == 3 && x.Elems[0] == Term(AtomEXIT):
			pid := x.Elems[1].(Pid)
			if !links[pid] {
				t.Errorf("observer: a second or unknown 'EXIT': %s", Format(m))
			}
			delete(links, pid)
		}
	}
	c.Receive(nil, func(t Term) bool { return isTag(t, Intern("report"), 2) })
}

func isCounter(pid Pid, counters []Pid) bool {
	for _, c := range counters {
		if c == pid {
			return true
		}
	}
	return false
}

// waitQuiet waits until only baseG goroutines remain.
func waitQuiet(t *testing.T, baseG int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > baseG {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left, %d before:\n%s", runtime.NumGoroutine(), baseG, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// stressCounter checks that each sender's numbers arrive in order and
// answers {total, N} when asked, then exits.
func stressCounter(t *testing.T, c *Process) {
	last := map[Pid]Int{}
	total := 0
	for {
		m, _ := c.Receive(nil, func(Term) bool { return true })
		x := m.(*Tuple)
		if x.Elems[0] == Term(Intern("total")) {
			Send(c, x.Elems[1], NewTuple(Intern("total"), BoxInt(Int(total))))
			return
		}
		from, n := x.Elems[1].(Pid), x.Elems[2].(Small).Int()
		if n != last[from]+1 {
			t.Errorf("from %v: %d after %d", from, n, last[from])
		}
		last[from] = n
		total++
	}
}

// stressChaos does random things until killed.
func stressChaos(c *Process, seed int64, chaos *[]Pid, counters []Pid, sent *atomic.Int64) {
	rng := rand.New(rand.NewSource(seed))
	c.Receive(nil, func(t Term) bool { return t == Term(Intern("go")) })
	seq := map[Pid]Int{}
	if rng.Intn(2) == 0 {
		ErlangProcessFlag2(c, atomTrapExit, True)
	}
	for {
		c.Tick()
		other := (*chaos)[rng.Intn(len(*chaos))]
		switch rng.Intn(10) {
		case 0:
			Catch(func() Term { return c.Link(other) })
		case 1:
			c.Monitor(other)
		case 2:
			if rng.Intn(20) == 0 {
				c.SendExit(other, AtomKill)
			} else {
				c.SendExit(other, Intern("bye"))
			}
		case 3:
			ms := BoxInt(Int(rng.Int63n(50)))
			spawnGo(c, SpawnOpts{Link: rng.Intn(2) == 0}, func(g *Process) { g.Sleep(ms) })
		case 4, 5:
			k := counters[rng.Intn(len(counters))]
			seq[k]++
			Send(c, k, NewTuple(Intern("n"), c.self, BoxInt(seq[k])))
			sent.Add(1)
		case 6:
			c.Unlink(other)
		default:
			Send(c, other, Intern("noise"))
			c.Receive(BoxInt(0), func(Term) bool { return true })
		}
	}
}
