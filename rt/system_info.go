package rt

import (
	"fmt"
	"runtime"
)

// The items of erlang:system_info/1 beyond the counts ErlangSystemInfo1
// answers itself: what BEAM 25 on this kind of machine answers, for the
// questions programs ask of the emulator they run on (its version, word
// size, limits and garbage collection settings). erl2go answers as the
// BEAM it stands in for, with its own schedulers and counts; items that
// only BEAM's internals could answer (allocators, the code loaded, check_io)
// raise badarg.

// erts25 is the version of the emulator of OTP 25 that erl2go follows.
const erts25 = "13.1.5"

// systemInfoMore answers item, or false.
func systemInfoMore(item Term) (Term, bool) {
	if x, ok := TupleArity(item, 2); ok && x.Elems[0] == Term(Intern("wordsize")) {
		switch x.Elems[1] {
		case Term(Intern("internal")), Term(Intern("external")):
			return BoxInt(8), true
		}
		return nil, false
	}
	a, ok := item.(Atom)
	if !ok {
		return nil, false
	}
	s := Schedulers()
	switch a.Name() {
	case "machine":
		return Str("BEAM"), true
	case "version":
		return Str(erts25), true
	case "system_version":
		return Str(fmt.Sprintf("Erlang/OTP 25 [erts-%s] [source] [64-bit] [smp:%d:%d] [ds:%d:%d:10] [async-threads:1] [jit:ns]\n",
			erts25, s, SchedulersOnline(), s, s)), true
	case "system_architecture":
		return Str(systemArchitecture()), true
	case "compat_rel":
		return BoxInt(25), true
	case "atom_limit":
		return BoxInt(1048576), true
	case "atom_count":
		atomTable.RLock()
		n := len(atomTable.m)
		atomTable.RUnlock()
		return BoxInt(Int(n)), true
	case "port_limit":
		return BoxInt(65536), true
	case "ets_limit":
		return BoxInt(8192), true
	case "ets_count":
		etsTables.RLock()
		n := 0
		for id := range etsTables.byID {
			if _, isRef := id.(Ref); isRef {
				n++
			}
		}
		etsTables.RUnlock()
		return BoxInt(Int(n)), true
	case "smp_support", "threads", "time_correction":
		return True, true
	case "debug_compiled":
		return False, true
	case "kernel_poll":
		return True, true
	case "thread_pool_size":
		return BoxInt(1), true
	case "build_type", "emu_type":
		return Intern("opt"), true
	case "emu_flavor":
		return Intern("jit"), true
	case "heap_type":
		return Intern("private"), true
	case "dynamic_trace":
		return Intern("none"), true
	case "time_warp_mode":
		return Intern("no_time_warp"), true
	case "logical_processors_available", "logical_processors_online", "dirty_cpu_schedulers":
		return BoxInt(Int(s)), true
	case "dirty_io_schedulers":
		return BoxInt(10), true
	case "driver_version":
		return Str("3.3"), true
	case "nif_version":
		return Str("2.16"), true
	case "creation":
		return BoxInt(0), true
	case "dist_ctrl":
		return Nil{}, true
	case "multi_scheduling":
		sysFlags.Lock()
		blocked := sysFlags.blocked
		sysFlags.Unlock()
		switch {
		case s == 1:
			return atomDisabled, true
		case blocked:
			return atomBlocked, true
		}
		return atomEnabled, true
	case "min_heap_size", "min_bin_vheap_size", "fullsweep_after":
		return NewTuple(a, sysGC(a)), true
	case "garbage_collection":
		return List(NewTuple(Intern("max_heap_size"), BoxInt(0)),
			NewTuple(Intern("min_bin_vheap_size"), sysGC(Intern("min_bin_vheap_size"))),
			NewTuple(Intern("min_heap_size"), sysGC(Intern("min_heap_size"))),
			NewTuple(Intern("fullsweep_after"), sysGC(Intern("fullsweep_after")))), true
	case "max_heap_size":
		return NewMap(Intern("error_logger"), True, Intern("kill"), True, Intern("size"), BoxInt(0)), true
	}
	return nil, false
}

// sysGC is the garbage collection setting name as system_flag left it.
func sysGC(name Atom) Term {
	sysFlags.Lock()
	defer sysFlags.Unlock()
	return BoxInt(sysFlags.gc[name])
}

// systemArchitecture is the GNU triple BEAM reports for this platform.
func systemArchitecture() string {
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i686", "riscv64": "riscv64"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	switch runtime.GOOS {
	case "linux":
		if arch == "x86_64" || arch == "i686" {
			return arch + "-pc-linux-gnu"
		}
		return arch + "-unknown-linux-gnu"
	case "darwin":
		return arch + "-apple-darwin"
	}
	return arch + "-unknown-" + runtime.GOOS
}
