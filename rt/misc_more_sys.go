package rt

import (
	"runtime"
	"sync"
)

// erlang:system_flag/2 for the flags a program can meaningfully set:
//
//   - backtrace_depth: how many frames a stack trace keeps (maxStackDepth;
//     BEAM caps it at 64 and always keeps the top frame);
//   - schedulers_online: how many Ps run Erlang processes, 1 up to
//     system_info(schedulers);
//   - multi_scheduling: block runs all processes on one P until unblock
//     (blocks do not nest per process as on BEAM);
//   - fullsweep_after, min_heap_size, min_bin_vheap_size: kept and
//     returned as BEAM returns them. Go's collector has no per-process
//     heaps, so they change nothing else.
//
// Each returns the old value, as on BEAM. Any other flag BEAM knows is
// badarg here; a flag BEAM does not know is badarg with cause badopt, as
// there.

func init() {
	registerModule("erlang", true, []Func{Export("system_flag", 2, ErlangSystemFlag2)})
}

// maxBacktraceDepth is BEAM's cap on backtrace_depth.
const maxBacktraceDepth = 64

var sysFlags = struct {
	sync.Mutex
	online  int64 // schedulers_online; 0 until set
	blocked bool  // multi_scheduling blocked: one P
	gc      map[Atom]Int
}{gc: map[Atom]Int{
	Intern("fullsweep_after"):    65535,
	Intern("min_heap_size"):      233,
	Intern("min_bin_vheap_size"): 46422,
}}

// knownSystemFlags are BEAM 25's other flags: badarg without badopt.
var knownSystemFlags = map[string]bool{
	"cpu_topology": true, "dirty_cpu_schedulers_online": true, "erts_alloc": true,
	"max_heap_size": true, "microstate_accounting": true,
	"outstanding_system_requests_limit": true, "scheduler_bind_type": true,
	"scheduler_wall_time": true, "system_logger": true, "time_offset": true,
	"trace_control_word": true, "scheduling_statistics": true, "sequential_tracer": true,
	"reset_seq_trace": true, "internal_cpu_topology": true,
}

// ErlangSystemFlag2 is erlang:system_flag(Flag, Value).
func ErlangSystemFlag2(p *Process, flag, value Term) Term {
	fa, ok := flag.(Atom)
	if !ok {
		return BIFErrorCause(AtomBadarg, "badopt", "system_flag", flag, value)
	}
	n, isInt := IntOf(value)
	sysFlags.Lock()
	defer sysFlags.Unlock()
	switch name := fa.Name(); {
	case name == "backtrace_depth" && isInt && n >= 0:
		old := maxStackDepth
		maxStackDepth = int(max(1, min(n, maxBacktraceDepth)))
		if old == 1 && backtraceZero {
			old = 0
		}
		backtraceZero = n == 0
		return BoxInt(Int(old))
	case name == "schedulers_online" && isInt && n >= 1 && n <= Int(Schedulers()):
		old := Int(Schedulers())
		if o := sysFlags.online; o > 0 && o < int64(old) {
			old = Int(o)
		}
		sysFlags.online = int64(n)
		if !sysFlags.blocked {
			runtime.GOMAXPROCS(int(n))
		}
		return BoxInt(old)
	case name == "multi_scheduling":
		return multiScheduling(value)
	case sysFlags.gc[fa] != 0 && isInt && n >= 0:
		old := sysFlags.gc[fa]
		if name != "fullsweep_after" {
			n = heapSizeAtLeast(n)
		}
		sysFlags.gc[fa] = n
		return BoxInt(old)
	case name == "backtrace_depth" || name == "schedulers_online" || sysFlags.gc[fa] != 0 || knownSystemFlags[name]:
		return BIFBadarg("system_flag", flag, value)
	}
	return BIFErrorCause(AtomBadarg, "badopt", "system_flag", flag, value)
}

var (
	atomBlocked  = Intern("blocked")
	atomEnabled  = Intern("enabled")
	atomDisabled = Intern("disabled")
)

// multiScheduling is system_flag(multi_scheduling, Block), sysFlags
// locked.
func multiScheduling(v Term) Term {
	switch v {
	case Term(Intern("block")), Term(Intern("block_normal")):
		sysFlags.blocked = true
		runtime.GOMAXPROCS(1)
		if Schedulers() == 1 {
			return atomDisabled
		}
		return atomBlocked
	case Term(Intern("unblock")), Term(Intern("unblock_normal")):
		sysFlags.blocked = false
		n := Schedulers()
		if o := int(sysFlags.online); o > 0 && o < n {
			n = o
		}
		runtime.GOMAXPROCS(n)
		if Schedulers() == 1 {
			return atomDisabled
		}
		return atomEnabled
	}
	return BIFBadarg("system_flag", Intern("multi_scheduling"), v)
}

// heapSizeAtLeast is the smallest of BEAM's heap sizes (in words) not
// below n, which BEAM rounds min_heap_size and min_bin_vheap_size up to:
// a Fibonacci-like series from 12 and 38 for 23 sizes, then 20% steps.
func heapSizeAtLeast(n Int) Int {
	a, b := Int(12), Int(38)
	if n <= a {
		return a
	}
	for i := 2; b < n; i++ {
		if i < 23 {
			a, b = b, a+b+1
		} else {
			a, b = b, b+b/5
		}
	}
	return b
}

// backtraceZero is set when backtrace_depth was set to 0, which keeps one
// frame like 1 but reads back as 0.
var backtraceZero bool

// SchedulersOnline is erlang:system_info(schedulers_online): Schedulers()
// unless system_flag(schedulers_online, N) has lowered it.
func SchedulersOnline() int {
	sysFlags.Lock()
	n := sysFlags.online
	sysFlags.Unlock()
	if n > 0 && int(n) < Schedulers() {
		return int(n)
	}
	return Schedulers()
}

// allPs gives Go all the Ps that schedulers_online allows, after the
// runtime has run on one (sched_compact.go).
func allPs() {
	sysFlags.Lock()
	blocked := sysFlags.blocked
	sysFlags.Unlock()
	if blocked {
		return
	}
	runtime.SetDefaultGOMAXPROCS()
	if n := SchedulersOnline(); n < runtime.GOMAXPROCS(0) {
		runtime.GOMAXPROCS(n)
	}
}
