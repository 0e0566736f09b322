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
	// Erlang programs allocate short-lived cells at a high rate, which BEAM's
	// per-process copying collector makes cheap. With Go's collector a
	// larger heap goal halves the time of list-heavy code (naive reverse:
	// 5.9 s of CPU at GOGC=100, 3.1 s at 400) for 2-3x the memory. An
	// explicit GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	p := newProcess(mainPidID)
	p.links = map[Pid]struct{}{initPid: {}}
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
		fmt.Fprintf(os.Stderr, "erl2go: exception %s: %s\n  stacktrace: %s\n",
			exc.Class.Name(), Sprintf("~tp", exc.Reason), Sprintf("~tp", exc.Stacktrace()))
		os.Exit(1)
	}
}
