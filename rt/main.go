package rt

import (
	"fmt"
	"os"
	"runtime/debug"
)

// Main runs a translated program, as escript runs a script: main/1 with the
// command-line arguments as a list of strings when the program's first
// module exports it (main1 non-nil), else main/0. Output is flushed at the
// end. An uncaught exception prints an Erlang-style error report on stderr
// and exits with status 1.
func Main(args []string, main0 func(*Process) Term, main1 func(*Process, Term) Term) {
	// Deep non-tail recursion (a naive map over a million elements) needs
	// far more than Go's default 1 GB stack limit on 64-bit hosts allows for
	// wide frames; BEAM's limit is memory too.
	debug.SetMaxStack(16 << 30)
	programArgs = args
	setGCPolicy()
	startCompaction()
	p := newProcess(mainPidID)
	p.links = map[Pid]struct{}{initPid: {}}
	// erl -noshell -eval runs main in a process that traps exits: a linked
	// process that crashes leaves {'EXIT', Pid, Reason} in main's mailbox.
	p.trapExit = true
	_, exc := tryMain(func() Term {
		if main1 != nil {
			strs := make([]Term, len(args))
			for i, a := range args {
				strs[i] = Str(a)
			}
			return main1(p, List(strs...))
		}
		return main0(p)
	})
	FlushReports()
	Flush()
	if exc != nil {
		// As escript reports an uncaught exception (erl_error's format).
		fmt.Fprint(os.Stderr, "erl2go: "+formatException("", exc.Class, exc.Reason, exc.Stacktrace()))
		os.Exit(1)
	}
}

// ballast is heap that is never touched: it raises the collector's heap
// goal without taking memory (see setGCPolicy).
var ballast []byte

// ballastSize is the size of the ballast: with GOGC at 400 the heap goal
// is never below five times this.
const ballastSize = 16 << 20

// setGCPolicy tunes Go's collector for Erlang programs, which allocate
// short-lived cells at a high rate that BEAM's per-process copying
// collector makes cheap. Go's cost is per cycle (stack scans, sweeping,
// write barriers and floating garbage while marking), so fewer cycles win:
//
//   - GOGC=400 rather than 100: naive reverse (bench/nrev.erl) took 5.9 s
//     of CPU at 100 and 3.1 s at 400, for 2-3x the memory.
//   - a 16 MB ballast, a pointer-free allocation that is never written and
//     so never becomes resident, which makes the heap goal at least 80 MB
//     when little is live: naive reverse went from 2.9 s to 2.2 s of CPU
//     (peak RSS 130 MB to 170 MB), quicksort of a million integers from
//     2.0 s to 1.9 s. 32 MB saved another 0.1 s for 60 MB more RSS.
//     GOGC=100 with a 64 MB ballast did as well on nrev with less memory,
//     but was 35% slower on quicksort, whose live heap is large.
//
// GOGC or GOMEMLIMIT in the environment turns all of this off.
func setGCPolicy() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(400)
	ballast = make([]byte, ballastSize)
}
