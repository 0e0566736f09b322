package rt

import (
	"fmt"
	"strings"
)

// proc_lib: spawning, the synchronous start protocol (start_link +
// init_ack, shared with gen_server) and the CRASH REPORT: a process that
// proc_lib started and that dies of anything but normal, shutdown or
// {shutdown, _} logs one, then exits with {Reason, Stack} for an error,
// as proc_lib:exit_p does.

var (
	atomCrasher     = Intern("crash")
	atomInitialKey  = Intern("$initial_call")
	atomAncestorKey = Intern("$ancestors")
)

// spawnProcLib starts fn in a process as proc_lib does: its initial call
// is proc_lib:init_p/initP (5 for M:F(Args), 3 for a fun), and before it
// runs its dictionary gets '$initial_call' (call, which crash reports show
// with dummy arguments) and '$ancestors': the spawner, by its registered
// name if it has one, then the spawner's own ancestors.
func (p *Process) spawnProcLib(fn func(c *Process) Term, call Term, initP int, opts SpawnOpts) (Pid, Ref) {
	var me Term = p.self
	if n := p.registeredName(); n != (Atom{}) {
		me = n
	}
	var up Term = Nil{}
	if p.dict != nil {
		if a, ok := p.dict.get(atomAncestorKey); ok {
			up = a
		}
	}
	ancestors := Term(&Cons{Head: me, Tail: up})
	return p.spawn(func(c *Process) Term {
		ErlangPut2(c, atomInitialKey, call)
		ErlangPut2(c, atomAncestorKey, ancestors)
		return fn(c)
	}, NewTuple(atomProcLib, atomInitP, BoxInt(Int(initP))), opts)
}

var (
	atomProcLib = Intern("proc_lib")
	atomInitP   = Intern("init_p")
)

// procLibRun runs body as proc_lib:init_p does: an exception is reported
// and turned into an exit.
func procLibRun(c *Process, parent Pid, body func() Term) Term {
	v, exc := Try(body)
	if exc == nil {
		return v
	}
	reason, _ := exitReasonOf(exc)
	if !(exc.Class == AtomExit && normalReason(exc.Reason)) {
		crashReportOf(c, parent, exc)
	}
	panic(&Exception{Class: AtomExit, Reason: reason, stack: exc.Stacktrace()})
}

// crashReportOf logs the CRASH REPORT of c, dying of exc.
func crashReportOf(c *Process, parent Pid, exc *Exception) {
	item := func(a Atom) Term {
		v, _ := processItem(c, c, a)
		return v
	}
	var name Term = Nil{}
	if n := c.registeredName(); n != (Atom{}) {
		name = n
	}
	initial := item(atomInitialCall)
	var ancestors Term = Nil{}
	if c.dict != nil { // what spawnProcLib put there, unless the process changed it
		if v, ok := c.dict.get(atomInitialKey); ok {
			initial = v
		}
		if v, ok := c.dict.get(atomAncestorKey); ok {
			ancestors = v
		}
	} else if parent != (Pid{}) {
		ancestors = List(parent)
	}
	initial = dummyArgs(initial)
	info := []Term{
		NewTuple(atomInitialCall, initial), NewTuple(atomPidKey, c.self),
		NewTuple(atomRegisteredName, name),
		NewTuple(Intern("error_info"), NewTuple(exc.Class, exc.Reason, exc.Stacktrace())),
		NewTuple(Intern("ancestors"), ancestors),
		NewTuple(atomMessageQueueLen, item(atomMessageQueueLen)), NewTuple(atomMessages, item(atomMessages)),
		NewTuple(atomLinks, item(atomLinks)), NewTuple(atomDictionary, cleanedDict(item(atomDictionary))),
		NewTuple(atomTrapExit, item(atomTrapExit)), NewTuple(atomStatus, Intern("running")),
		NewTuple(atomHeapSize, BoxInt(0)), NewTuple(Intern("stack_size"), BoxInt(0)), NewTuple(atomReductions, BoxInt(0)),
	}
	report := NewMap(atomLabel, NewTuple(Intern("proc_lib"), atomCrasher), atomReport, List(List(info...), Nil{}))
	meta := NewMap(Intern("domain"), List(atomOTP, atomSASL), Intern("mfa"), crashReportMFA,
		atomLine, BoxInt(539), atomFile, Str("proc_lib.erl"))
	logOTPAt(c, levelError, "CRASH", report, meta, crashText(info, exc))
}

// cleanedDict is the dictionary a crash report shows: without proc_lib's
// own '$initial_call' and '$ancestors'.
func cleanedDict(d Term) Term {
	var kept []Term
	for c := Cells(d); c != nil; c = Cells(c.Tail) {
		if x, ok := TupleArity(c.Head, 2); ok && (x.Elems[0] == Term(atomInitialKey) || x.Elems[0] == Term(atomAncestorKey)) {
			continue
		}
		kept = append(kept, c.Head)
	}
	return List(kept...)
}

// crashReportMFA is where OTP 25 logs a crash report from.
var crashReportMFA = NewTuple(Intern("proc_lib"), Intern("crash_report"), BoxInt(4))

// dummyArgs turns {M, F, Arity} into {M, F, ['Argument__1', ...]}, the
// initial call a crash report shows (proc_lib:make_dummy_args/2).
func dummyArgs(t Term) Term {
	x, ok := TupleArity(t, 3)
	if !ok {
		return t
	}
	n, ok := IntOf(x.Elems[2])
	if !ok {
		return t
	}
	args := make([]Term, n)
	for i := range args {
		args[i] = Intern(fmt.Sprintf("Argument__%d", i+1))
	}
	return NewTuple(x.Elems[0], x.Elems[1], List(args...))
}

// crashText is proc_lib's CRASH REPORT as the default handler prints it.
func crashText(info []Term, exc *Exception) string {
	var b strings.Builder
	b.WriteString("  crasher:\n")
	for _, it := range info {
		x := it.(*Tuple)
		k := x.Elems[0].(Atom)
		switch k.Name() {
		case "initial_call":
			b.WriteString("    initial call: " + mfaText(x.Elems[1]) + "\n")
		case "error_info":
			b.WriteString(formatException("    ", exc.Class, exc.Reason, exc.Stacktrace()))
		default:
			b.WriteString("    " + k.Name() + ": " + Sprintf("~tp~n", x.Elems[1]))
		}
	}
	b.WriteString("  neighbours:\n")
	return b.String()
}

// mfaText prints {M, F, A} (A an arity or argument list) as M:F/Arity.
func mfaText(t Term) string {
	x, ok := TupleArity(t, 3)
	if !ok {
		return Sprintf("~tp", t)
	}
	n := x.Elems[2]
	if l, ok := ListToSlice(n); ok {
		n = BoxInt(Int(len(l)))
	}
	return Sprintf("~tw:~tw/~w", x.Elems[0], x.Elems[1], n)
}

func procLibSpawn(p *Process, f Term, link bool) Term {
	fn, ok := f.(*Fun)
	if !ok || fn.Arity != 0 {
		return Badarg()
	}
	parent := p.self
	pid, _ := p.spawnProcLib(func(c *Process) Term {
		return procLibRun(c, parent, func() Term { return CallFun(c, f) })
	}, NewTuple(fn.Module, fn.Name, BoxInt(Int(fn.Arity))), 3, SpawnOpts{Link: link})
	return pid
}

// ProcLibSpawn1 is proc_lib:spawn(Fun).
func ProcLibSpawn1(p *Process, f Term) Term { return procLibSpawn(p, f, false) }

// ProcLibSpawnLink1 is proc_lib:spawn_link(Fun).
func ProcLibSpawnLink1(p *Process, f Term) Term { return procLibSpawn(p, f, true) }

func procLibSpawnMFA(p *Process, m, f, a Term, link bool) Term {
	return procLibSpawnOpts(p, m, f, a, SpawnOpts{Link: link})
}

func procLibSpawnOpts(p *Process, m, f, a Term, o SpawnOpts) Term {
	ma, fa, args := mfaArgs("spawn", m, f, a)
	parent := p.self
	pid, ref := p.spawnProcLib(func(c *Process) Term {
		return procLibRun(c, parent, func() Term { return Apply(c, ma, fa, args) })
	}, NewTuple(ma, fa, BoxInt(Int(len(args)))), 5, o)
	return spawnOptResult(pid, ref, o)
}

// ProcLibSpawnOpt4 is proc_lib:spawn_opt(M, F, Args, Options): link and
// monitor as erlang:spawn_opt/4 takes them ({Pid, Ref} with monitor).
func ProcLibSpawnOpt4(p *Process, m, f, a, opts Term) Term {
	o, ok := spawnOpts(opts)
	if !ok {
		return Badarg()
	}
	return procLibSpawnOpts(p, m, f, a, o)
}

// ProcLibSpawn3 is proc_lib:spawn(M, F, Args).
func ProcLibSpawn3(p *Process, m, f, a Term) Term { return procLibSpawnMFA(p, m, f, a, false) }

// ProcLibSpawnLink3 is proc_lib:spawn_link(M, F, Args).
func ProcLibSpawnLink3(p *Process, m, f, a Term) Term { return procLibSpawnMFA(p, m, f, a, true) }

// procLibStart runs M:F(Args) in a new process and waits for its
// init_ack.
func procLibStart(p *Process, m, f, a Term, link bool) Term {
	ma, fa, args := mfaArgs("spawn", m, f, a)
	return startSync(p, link, NewTuple(ma, fa, BoxInt(Int(len(args)))), func(c *Process, parent Pid) Term {
		c.starter = parent
		Apply(c, ma, fa, args)
		return Ok // no idle wait: its continuation would run outside procLibRun's reports
	})
}

// ProcLibStartLink3 is proc_lib:start_link(M, F, Args).
func ProcLibStartLink3(p *Process, m, f, a Term) Term { return procLibStart(p, m, f, a, true) }

// ProcLibStartLink4 is proc_lib:start_link(M, F, Args, Timeout); the
// timeout is not enforced.
func ProcLibStartLink4(p *Process, m, f, a, _ Term) Term { return procLibStart(p, m, f, a, true) }

// ProcLibStart3 is proc_lib:start(M, F, Args).
func ProcLibStart3(p *Process, m, f, a Term) Term { return procLibStart(p, m, f, a, false) }

// ProcLibStart4 is proc_lib:start(M, F, Args, Timeout); the timeout is not
// enforced.
func ProcLibStart4(p *Process, m, f, a, _ Term) Term { return procLibStart(p, m, f, a, false) }

// ProcLibStart5 is proc_lib:start(M, F, Args, Timeout, SpawnOpts): the
// spawn options that change how the process runs on BEAM (heap sizes,
// priority, fullsweep_after) mean nothing here; link does what
// start_link does.
func ProcLibStart5(p *Process, m, f, a, _, opts Term) Term {
	return procLibStart(p, m, f, a, hasLinkOpt(opts))
}

// ProcLibStartLink5 is proc_lib:start_link(M, F, Args, Timeout, SpawnOpts).
func ProcLibStartLink5(p *Process, m, f, a, _, opts Term) Term {
	hasLinkOpt(opts)
	return procLibStart(p, m, f, a, true)
}

// hasLinkOpt reports whether the spawn option list opts holds link; it
// raises badarg when opts is not a proper list.
func hasLinkOpt(opts Term) bool {
	link := false
	for c := opts; ; {
		switch x := c.(type) {
		case Nil:
			return link
		case *Cons:
			if x.Head == Term(Intern("link")) {
				link = true
			}
			c = x.Tail
		default:
			Badarg()
			return false
		}
	}
}

// ProcLibInitAck1 is proc_lib:init_ack(Ret), to the process that started
// the caller with start/start_link.
func ProcLibInitAck1(p *Process, ret Term) Term {
	ackStart(p, p.starter, ret)
	return Ok
}

// ProcLibInitAck2 is proc_lib:init_ack(Parent, Ret).
func ProcLibInitAck2(p *Process, parent, ret Term) Term {
	pid, ok := parent.(Pid)
	if !ok {
		return Badarg()
	}
	ackStart(p, pid, ret)
	return Ok
}

func init() {
	registerModule("proc_lib", true, []Func{
		Export("spawn", 1, ProcLibSpawn1), Export("spawn_link", 1, ProcLibSpawnLink1),
		Export("spawn", 3, ProcLibSpawn3), Export("spawn_link", 3, ProcLibSpawnLink3),
		Export("spawn_opt", 4, ProcLibSpawnOpt4),
		Export("start_link", 3, ProcLibStartLink3), Export("start_link", 4, ProcLibStartLink4),
		Export("start", 3, ProcLibStart3), Export("start", 4, ProcLibStart4), Export("start", 5, ProcLibStart5),
		Export("start_link", 5, ProcLibStartLink5),
		Export("init_ack", 1, ProcLibInitAck1), Export("init_ack", 2, ProcLibInitAck2),
	})
}

// hibernate is erlang:hibernate(M, F, Args): the process waits for a
// message, then runs M:F(Args) with its old call stack gone: what M:F
// returns ends the process normally, and no catch of the caller sees
// what it raises. A process that run started unwinds to it and waits
// idle, without its goroutine (suspend.go), so that a loop that
// hibernates each time round keeps no stack; one that runs in a Go
// caller's goroutine (rt.Main's, a test's) waits where it is.
func hibernate(p *Process, m, f, a Term) Term {
	ma, fa, args := mfaArgs("hibernate", m, f, a)
	if p.runs {
		p.WaitIdle(func(p *Process) Term { return p.wakeHibernated(ma, fa, args, false) })
		panic(hibernation)
	}
	p.RecvStart(nil) // waits for a message and leaves it in the queue
	_, exc := Try(func() Term { return Apply(p, ma, fa, args) })
	reason := Term(AtomNormal)
	if exc != nil {
		reason, _ = exitReasonOf(exc)
		if exc.Class != AtomExit {
			crashReport(p.self, reason)
		}
	}
	panic(&exitSignal{reason: reason})
}

// ErlangHibernate3 is erlang:hibernate(M, F, Args).
func ErlangHibernate3(p *Process, m, f, a Term) Term { return hibernate(p, m, f, a) }

// ProcLibHibernate3 is proc_lib:hibernate(M, F, Args): hibernation in a
// proc_lib process, whose crash after waking is reported as any other.
func ProcLibHibernate3(p *Process, m, f, a Term) Term {
	ma, fa, args := mfaArgs("hibernate", m, f, a)
	if p.runs {
		p.WaitIdle(func(p *Process) Term { return p.wakeHibernated(ma, fa, args, true) })
		panic(hibernation)
	}
	p.RecvStart(nil)
	procLibRun(p, Pid{}, func() Term { return Apply(p, ma, fa, args) })
	panic(&exitSignal{reason: AtomNormal})
}

func init() {
	registerModule("erlang", true, []Func{Export("hibernate", 3, ErlangHibernate3)})
	registerModule("proc_lib", true, []Func{Export("hibernate", 3, ProcLibHibernate3)})
}
