package rt

import (
	"runtime"
	"sync"
	"time"
	"unsafe"
)

// Spawning and exiting. Each process runs on a goroutine of its own; its
// Process is reachable only from its goroutine, the process table and its
// pid cell while it runs, so once it exits its memory is collected even
// though pids naming it live on.

// SpawnOpts are the options of spawn_opt that the runtime acts on.
type SpawnOpts struct {
	Link    bool // spawn_link: linked before the child runs
	Monitor bool // spawn_monitor: monitored before the child runs
}

// Spawn starts fn in a new process and returns its pid, and the monitor
// reference when opts.Monitor is set.
func (p *Process) Spawn(fn func(*Process) Term, opts SpawnOpts) (Pid, Ref) {
	return p.spawn(fn, nil, opts)
}

// spawn is Spawn with the process's initial call (see Process.initial),
// set before it runs so that process_info never races with it.
func (p *Process) spawn(fn func(*Process) Term, initial Term, opts SpawnOpts) (Pid, Ref) {
	c := newProcess(pidCounter.Add(1))
	c.initial = initial
	c.groupLeader = p.groupLeader
	if opts.Link {
		c.links = map[Pid]struct{}{p.self: {}}
		p.mu.Lock()
		if p.links == nil {
			p.links = map[Pid]struct{}{}
		}
		p.links[c.self] = struct{}{}
		p.mu.Unlock()
	}
	var ref Ref
	if opts.Monitor {
		ref = MakeRef()
		m := &monitor{ref: ref, watcher: p, target: c.self, item: c.self}
		c.monitoredBy = map[Ref]*monitor{ref: m}
		p.mu.Lock()
		if p.monitors == nil {
			p.monitors = map[Ref]*monitor{}
		}
		p.monitors[ref] = m
		p.mu.Unlock()
	}
	go c.run(fn, false)
	countWake(c)
	if p.spawned++; p.spawned == 0 {
		// A process that spawns in a loop lets the ones it made run now
		// and then, as BEAM's reduction count makes it do: fewer are alive
		// at once, so their stacks and Process structs are reused warm.
		runtime.Gosched()
	}
	return c.self, ref
}

// SpawnFun starts a new process calling the fun f with no arguments
// (spawn/1 and friends); SpawnMFA calls m:f(args) (spawn/3).
func (p *Process) SpawnFun(f Term, opts SpawnOpts) (Pid, Ref) {
	fn, ok := f.(*Fun)
	if !ok || fn.Arity != 0 {
		BIFBadarg("spawn", f)
	}
	return p.spawn(nil, fn, opts) // run calls the fun: no closure to allocate
}

// SpawnMFA starts a new process calling m:f(args...).
func (p *Process) SpawnMFA(m, f Atom, args []Term, opts SpawnOpts) (Pid, Ref) {
	idle := idleEntry(m, f, len(args))
	return p.spawn(func(c *Process) Term {
		c.base = idle // Apply calls the function last thing (suspend.go)
		return Apply(c, m, f, args)
	}, NewTuple(m, f, BoxInt(Int(len(args)))), opts)
}

// run is the body of a process's goroutine: fn, or with fn nil the fun
// in p.initial (SpawnFun). When the body goes idle (suspend.go) the
// goroutine ends; resume starts another for the continuation, woken
// set. A woken continuation that outgrew the goroutine's first stack
// (Go copied the stack to grow it: run's frame moved) makes the process
// keep its goroutine from then on (keepStack): growing a new stack at
// every message costs more than the stack saves.
func (p *Process) run(fn func(*Process) Term, woken bool) {
	p.runs = true
	for {
		var here byte
		at := uintptr(unsafe.Pointer(&here))
		reason, exc, how := p.runBody(fn)
		if woken && uintptr(unsafe.Pointer(&here)) != at {
			p.keepStack = true
		}
		switch {
		case how == ended:
			p.terminate(reason, exc)
			return
		case how == wentIdle && p.goIdle():
			return
		}
		// A message came in as it went idle, or it hibernated: the
		// continuation runs now (and waits idle if it finds no message).
		fn = (*Process).callIdle
		woken = true
	}
}

// How a process's body came back to run.
const (
	ended      = iota // the process exits
	wentIdle          // it waits idle (WaitIdle)
	hibernated        // erlang:hibernate unwound it (hibernate)
)

// resume is the goroutine of an idle process that has been woken.
func (p *Process) resume() {
	p.idleWait = false
	p.run((*Process).callIdle, true)
}

// runBody runs fn (or the initial fun) and reports how the process
// exited, or that it went idle.
func (p *Process) runBody(fn func(*Process) Term) (reason Term, exc *Exception, how int) {
	defer func() {
		if r := recover(); r != nil {
			if r == hibernation {
				how = hibernated
				return
			}
			reason, exc = exitReasonOf(r)
		}
	}()
	var v Term
	if fn == nil {
		f := p.initial.(*Fun)
		p.base = f.Idle
		v = CallFun0(p, f)
	} else {
		v = fn(p)
	}
	if v == idleMark {
		return nil, nil, wentIdle
	}
	return AtomNormal, nil, ended
}

// terminate is a process's death: it stops taking messages and signals,
// tells its links and monitors, gives up its name, runs the exit hooks
// (ETS tables it owns) and reports an uncaught error or throw as BEAM's
// logger does.
func (p *Process) terminate(reason Term, exc *Exception) {
	p.mu.Lock()
	p.dead = true
	links, watchers, watching := p.links, p.monitoredBy, p.monitors
	p.links, p.monitoredBy, p.monitors = nil, nil, nil
	name := p.name
	var hooks []func(p *Process, reason Term)
	if p.onExit != nil {
		hooks = *p.onExit
	}
	p.inbox.Store(nil)
	p.mu.Unlock()
	if name != (Atom{}) {
		unregisterName(name, p)
	}
	for i := len(hooks) - 1; i >= 0; i-- {
		hooks[i](p, reason)
	}
	if exc != nil && exc.Class != AtomExit {
		crashReport(p.self, reason)
	}
	for to := range links {
		if q := to.process(); q != nil {
			q.exitSignal(p.self, reason, true)
		}
	}
	for _, m := range watchers {
		m.watcher.downed(m, reason)
	}
	for ref, m := range watching {
		if q := m.target.process(); q != nil {
			q.mu.Lock()
			delete(q.monitoredBy, ref)
			q.mu.Unlock()
		}
	}
	if p.tw != nil && p.tw.timer != nil {
		p.tw.timer.Stop() // it holds p until it fires
	}
	procTable.remove(p)
	p.self.h.proc.Store(nil)
	p.q.next, p.qtail, p.rprev = nil, nil, nil
}

// OnExit adds a function to run when the process exits (ETS tables, timers
// and names the process owns).
func (p *Process) OnExit(f func(p *Process, reason Term)) {
	p.mu.Lock()
	if p.onExit == nil {
		p.onExit = new([]func(p *Process, reason Term))
	}
	*p.onExit = append(*p.onExit, f)
	p.mu.Unlock()
}

// crashReport prints what BEAM's logger prints for a process that died
// of an uncaught error or throw:
//
//	=ERROR REPORT==== 26-Nov-2026::02:27:57.105973 ===
//	Error in process <0.79.0> with exit value:
//	{badarith,[{crash,f,1,[{file,"crash.erl"},{line,3}]}]}
//
// BEAM writes it from the logger process, a few milliseconds after the
// crash: output the program prints meanwhile comes first, and reports
// still queued when the program stops come out at the end. The report is
// written crashReportDelay after the crash, or by FlushReports at exit.
func crashReport(pid Pid, reason Term) {
	logLater("ERROR", Sprintf("Error in process ~p with exit value:~n~p~n", pid, reason))
}

// logLater writes an error report the way BEAM's logger process does for
// reports from other processes: crashReportDelay later, or at exit.
func logLater(title, text string) {
	r := &pendingReport{title: title, text: text, at: time.Now()}
	pendingReports.Lock()
	pendingReports.list = append(pendingReports.list, r)
	pendingReports.Unlock()
	time.AfterFunc(crashReportDelay, func() { r.write() })
}

// crashReportDelay is how long after a crash its report is written.
var crashReportDelay = 10 * time.Millisecond

type pendingReport struct {
	once        sync.Once
	title, text string
	at          time.Time
}

func (r *pendingReport) write() {
	r.once.Do(func() {
		logEventAt(levelError, r.title, r.text, r.at)
		pendingReports.Lock()
		for i, x := range pendingReports.list {
			if x == r {
				pendingReports.list = append(pendingReports.list[:i], pendingReports.list[i+1:]...)
				break
			}
		}
		pendingReports.Unlock()
	})
}

var pendingReports struct {
	sync.Mutex
	list []*pendingReport
}

// FlushReports writes the crash reports not yet written, in order; the
// program's end calls it, as init:stop lets BEAM's logger finish what it
// has. A crash in the last reportGrace before the end has not reached
// BEAM's logger yet and is never shown (erl -noshell -eval "spawn(fun() ->
// 1 = 2 end), init:stop()." prints nothing): those are dropped.
func FlushReports() {
	pendingReports.Lock()
	list := append([]*pendingReport(nil), pendingReports.list...)
	pendingReports.Unlock()
	for _, r := range list {
		if time.Since(r.at) >= reportGrace {
			r.write()
		}
	}
}

const reportGrace = 2 * time.Millisecond

// tryMain is Try for the main process, which may also be ended by an exit
// signal: that comes back as an exit exception.
func tryMain(body func() Term) (v Term, exc *Exception) {
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(*exitSignal); ok {
				exc = &Exception{Class: AtomExit, Reason: s.reason}
				return
			}
			exc = AsException(r)
		}
	}()
	return body(), nil
}
