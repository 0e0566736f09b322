package rt

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Process benchmarks. rt/testdata/procbench.erl runs the same on BEAM:
//
//	erlc -o /tmp rt/testdata/procbench.erl && erl -noshell -pa /tmp -s procbench main -s init stop

var atomToken = Intern("token")

// ringNode passes each token it receives to next, one less; it passes
// stop on and exits.
func ringNode(next Pid) func(*Process) Term {
	return func(c *Process) Term {
		for {
			m, _ := c.Receive(nil, func(Term) bool { return true })
			if m == Term(atomStop) {
				Send(c, next, m)
				return Ok
			}
			Send(c, next, BoxInt(m.(Small).Int()-1))
		}
	}
}

// runRing sends a token n processes around laps times, then stop.
func runRing(p *Process, n, laps int) {
	next := p.self
	for i := 0; i < n-1; i++ {
		next, _ = p.Spawn(ringNode(next), SpawnOpts{})
	}
	Send(p, next, BoxInt(Int(n*laps)))
	for {
		m, _ := p.Receive(nil, func(Term) bool { return true })
		if k := m.(Small).Int(); k > 0 {
			Send(p, next, BoxInt(k-1))
			continue
		}
		break
	}
	Send(p, next, atomStop)
	p.Receive(nil, func(t Term) bool { return t == Term(atomStop) })
}

// BenchmarkRing is a ring of 10,000 processes passing a token 100 laps
// (one op = the whole run: 1,000,000 hops).
func BenchmarkRing(b *testing.B) {
	p := NewProcess()
	for i := 0; i < b.N; i++ {
		runRing(p, 10000, 100)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/hop")
}

// BenchmarkSpawn spawns processes that each send done and finish (one op
// = one process).
func BenchmarkSpawn(b *testing.B) {
	p := NewProcess()
	self := p.self
	body := func(c *Process) Term { Send(c, self, Ok); return Ok }
	for i := 0; i < b.N; i++ {
		p.Spawn(body, SpawnOpts{})
	}
	for i := 0; i < b.N; i++ {
		p.Receive(nil, func(Term) bool { return true })
	}
}

// BenchmarkPingPong is one round trip between two processes.
func BenchmarkPingPong(b *testing.B) {
	p := NewProcess()
	self := p.self
	echo, _ := p.Spawn(func(c *Process) Term {
		for {
			m, _ := c.Receive(nil, func(Term) bool { return true })
			if m == Term(atomStop) {
				return Ok
			}
			Send(c, self, m)
		}
	}, SpawnOpts{})
	for i := 0; i < b.N; i++ {
		Send(p, echo, BoxInt(Int(i)))
		p.Receive(nil, func(Term) bool { return true })
	}
	Send(p, echo, atomStop)
}

func init() {
	RegisterModule("bench_gs",
		Export("init", 1, func(p *Process, x Term) Term { return NewTuple(Ok, x) }),
		Export("handle_call", 3, func(p *Process, req, from, s Term) Term { return NewTuple(atomReply, req, s) }),
	)
}

// BenchmarkGenServerCall is one gen_server:call round trip.
func BenchmarkGenServerCall(b *testing.B) {
	p := NewProcess()
	pid := GenServerStart3(p, Intern("bench_gs"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GenServerCall2(p, pid, BoxInt(Int(i)))
	}
	b.StopTimer()
	GenServerStop1(p, pid)
}

// BenchmarkGenServerCallBacklog is a call from a process with 10,000
// unrelated messages queued: the receive marker keeps it O(1).
func BenchmarkGenServerCallBacklog(b *testing.B) {
	p := NewProcess()
	for i := 0; i < 10000; i++ {
		Send(p, p.self, BoxInt(Int(i)))
	}
	pid := GenServerStart3(p, Intern("bench_gs"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GenServerCall2(p, pid, BoxInt(Int(i)))
	}
	b.StopTimer()
	GenServerStop1(p, pid)
}

//go:noinline
func tickLoop(p *Process, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p.Tick()
		s += i
	}
	return s
}

//go:noinline
func plainLoop(p *Process, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

// BenchmarkTick is the cost of a safe point in a tight loop, beside the
// same loop without it.
func BenchmarkTick(b *testing.B) {
	p := NewProcess()
	b.Run("with", func(b *testing.B) { tickLoop(p, b.N) })
	b.Run("without", func(b *testing.B) { plainLoop(p, b.N) })
}

// rssBytes reads the resident set size from /proc (Linux).
func rssBytes() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// BenchmarkIdleProcesses measures the resident memory of processes waiting
// in receive (set ERL2GO_IDLE=1000000 for a million; default 100,000).
func BenchmarkIdleProcesses(b *testing.B) {
	n := 100000
	if s := os.Getenv("ERL2GO_IDLE"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	p := NewProcess()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		before := rssBytes()
		pids := make([]Pid, n)
		for j := range pids {
			pids[j], _ = p.Spawn(func(c *Process) Term {
				c.Receive(nil, func(Term) bool { return true })
				return Ok
			}, SpawnOpts{})
		}
		for procsParked(pids) < n {
			time.Sleep(10 * time.Millisecond)
		}
		runtime.GC()
		b.ReportMetric(float64(rssBytes()-before)/float64(n), "B/proc")
		for _, pid := range pids {
			Send(p, pid, Ok)
		}
		pids = nil
		for procTable.count() > 1000 {
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func procsParked(pids []Pid) int {
	k := 0
	for _, pid := range pids {
		if q := pid.process(); q != nil {
			if q.parked.Load() == 1 {
				k++
			}
		}
	}
	return k
}
