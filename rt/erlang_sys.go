package rt

import (
	"runtime"
	"sync"
	"syscall"
	"time"
)

// System BIFs that programs use to measure themselves: statistics/1,
// garbage_collect, yield, system_info/1 and memory for the common items.

// lastCalls remembers the previous statistics(runtime | wall_clock) value:
// both return {Total, SinceLastCall} in milliseconds.
var lastCalls = struct {
	sync.Mutex
	runtime, wall int64
}{}

func cpuMillis() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return (ru.Utime.Nano() + ru.Stime.Nano()) / 1e6
}

// ErlangStatistics1 is statistics(Item) for runtime, wall_clock,
// reductions (always 0: no reductions are counted), run_queue and
// process_count.
func ErlangStatistics1(p *Process, item Term) Term {
	lastCalls.Lock()
	defer lastCalls.Unlock()
	switch item {
	case Term(Intern("runtime")):
		t := cpuMillis()
		d := t - lastCalls.runtime
		lastCalls.runtime = t
		return NewTuple(BoxInt(Int(t)), BoxInt(Int(d)))
	case Term(Intern("wall_clock")):
		t := time.Since(startTime).Milliseconds()
		d := t - lastCalls.wall
		lastCalls.wall = t
		return NewTuple(BoxInt(Int(t)), BoxInt(Int(d)))
	case Term(atomReductions):
		return NewTuple(BoxInt(0), BoxInt(0))
	case Term(Intern("run_queue")):
		return BoxInt(0)
	}
	return BIFBadarg("statistics", item)
}

// ErlangGarbageCollect0 is garbage_collect(): a Go collection.
func ErlangGarbageCollect0(p *Process) Term {
	runtime.GC()
	return True
}

// ErlangYield0 is erlang:yield().
func ErlangYield0(p *Process) Term {
	runtime.Gosched()
	p.Tick()
	return True
}

// ErlangSystemInfo1 is erlang:system_info(Item) for the items programs
// commonly read.
func ErlangSystemInfo1(p *Process, item Term) Term {
	switch item {
	case Term(Intern("process_count")):
		return BoxInt(Int(procTable.count()))
	case Term(Intern("process_limit")):
		return BoxInt(1048576)
	case Term(Intern("schedulers_online")):
		return BoxInt(Int(SchedulersOnline()))
	case Term(Intern("schedulers")), Term(Intern("logical_processors")):
		return BoxInt(Int(Schedulers()))
	case Term(Intern("otp_release")):
		return Str("25")
	case Term(Intern("wordsize")):
		return BoxInt(8)
	}
	if v, ok := systemInfoMore(item); ok {
		return v
	}
	return BIFBadarg("system_info", item)
}

// ErlangMemory0 is erlang:memory(): total and processes from the Go heap.
func ErlangMemory0(p *Process) Term {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return List(NewTuple(Intern("total"), BoxInt(Int(ms.Sys))), NewTuple(Intern("processes"), BoxInt(Int(ms.StackInuse))),
		NewTuple(Intern("ets"), BoxInt(0)))
}

// ErlangMemory1 is erlang:memory(Type).
func ErlangMemory1(p *Process, typ Term) Term {
	list, _ := ListToSlice(ErlangMemory0(p))
	for _, e := range list {
		if x := e.(*Tuple); x.Elems[0] == typ {
			return x.Elems[1]
		}
	}
	return BIFBadarg("memory", typ)
}

func init() {
	registerModule("erlang", true, []Func{
		Export("statistics", 1, ErlangStatistics1), Export("garbage_collect", 0, ErlangGarbageCollect0),
		Export("yield", 0, ErlangYield0), Export("system_info", 1, ErlangSystemInfo1),
		Export("memory", 0, ErlangMemory0), Export("memory", 1, ErlangMemory1),
	})
}
