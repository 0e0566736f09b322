package rt

import (
	"os"
	"slices"
)

// The process BIFs of the erlang module: spawning, sending, links,
// monitors, exits, names and process_info.

// Send is Dest ! Msg and erlang:send/2: Dest is a pid, a registered name or
// {Name, Node}. It returns Msg. A message to a dead pid is dropped; an
// unregistered name is badarg, but {Name, node()} with Name unregistered
// is silently dropped (BEAM: catch ({nosuch, node()} ! hi) is hi).
func Send(p *Process, to, msg Term) Term {
	if pid, ok := to.(Pid); ok {
		if q := pid.process(); q != nil {
			q.deliverFrom(p, msg)
		} else if pid == stdGroupLeader {
			stdGroupLeaderGets(p, msg)
		}
		return msg
	}
	return sendNamed(to, msg)
}

func sendNamed(to, msg Term) Term {
	switch x := to.(type) {
	case Ref: // an alias, or dropped (see alias.go)
		sendAlias(nil, x, msg)
		return msg
	case Atom:
		if pid, ok := whereis(x); ok {
			if q := pid.process(); q != nil {
				q.deliver(msg)
			}
			return msg
		}
	case *Tuple:
		if len(x.Elems) == 2 {
			name, ok := x.Elems[0].(Atom)
			if node, ok2 := x.Elems[1].(Atom); ok && ok2 {
				if pid, found := whereis(name); found && node == AtomNonode {
					return Send(nil, pid, msg)
				}
				return msg
			}
		}
	}
	return BIFBadarg("send", to, msg)
}

// ErlangSend2 is erlang:send(Dest, Msg).
func ErlangSend2(p *Process, to, msg Term) Term { return Send(p, to, msg) }

// ErlangSend3 is erlang:send(Dest, Msg, Options): the options (noconnect,
// nosuspend) never matter on one node.
func ErlangSend3(p *Process, to, msg, opts Term) Term {
	l := opts
	for {
		c, ok := l.(*Cons)
		if !ok {
			break
		}
		if o, ok := c.Head.(Atom); !ok || o != atomNosuspend && o != atomNoconnect {
			l = c.Head // not an option: badarg below
			break
		}
		l = c.Tail
	}
	if _, ok := l.(Nil); !ok {
		return BIFBadarg("send", to, msg, opts)
	}
	if _, ok := to.(Pid); !ok {
		if a, ok := to.(Atom); ok {
			if _, found := whereis(a); !found {
				return BIFBadarg("send", to, msg, opts)
			}
		}
	}
	Send(p, to, msg)
	return Ok
}

var (
	atomNosuspend = Intern("nosuspend")
	atomNoconnect = Intern("noconnect")
)

// ErlangSpawn1 is spawn(Fun).
func ErlangSpawn1(p *Process, f Term) Term {
	pid, _ := p.SpawnFun(f, SpawnOpts{})
	return pid
}

// ErlangSpawnLink1 is spawn_link(Fun).
func ErlangSpawnLink1(p *Process, f Term) Term {
	if fn, ok := f.(*Fun); !ok || fn.Arity != 0 {
		return BIFBadarg("spawn_link", f)
	}
	pid, _ := p.SpawnFun(f, SpawnOpts{Link: true})
	return pid
}

// ErlangSpawnMonitor1 is spawn_monitor(Fun): {Pid, Ref}.
func ErlangSpawnMonitor1(p *Process, f Term) Term {
	if fn, ok := f.(*Fun); !ok || fn.Arity != 0 {
		return BIFBadarg("spawn_monitor", f)
	}
	pid, ref := p.SpawnFun(f, SpawnOpts{Monitor: true})
	return NewTuple(pid, ref)
}

func mfaArgs(bif string, m, f, a Term) (Atom, Atom, []Term) {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	args, ok3 := ListToSlice(a)
	if !ok1 || !ok2 || !ok3 {
		BIFBadarg(bif, m, f, a)
	}
	return ma, fa, args
}

// ErlangSpawn3 is spawn(M, F, Args).
func ErlangSpawn3(p *Process, m, f, a Term) Term {
	ma, fa, args := mfaArgs("spawn", m, f, a)
	pid, _ := p.SpawnMFA(ma, fa, args, SpawnOpts{})
	return pid
}

// ErlangSpawn2 is spawn(Node, Fun); there is one node.
func ErlangSpawn2(p *Process, node, f Term) Term { return ErlangSpawn1(p, f) }

// ErlangSpawn4 is spawn(Node, M, F, Args).
func ErlangSpawn4(p *Process, node, m, f, a Term) Term { return ErlangSpawn3(p, m, f, a) }

// ErlangSpawnLink3 is spawn_link(M, F, Args).
func ErlangSpawnLink3(p *Process, m, f, a Term) Term {
	ma, fa, args := mfaArgs("spawn_link", m, f, a)
	pid, _ := p.SpawnMFA(ma, fa, args, SpawnOpts{Link: true})
	return pid
}

// ErlangSpawnMonitor3 is spawn_monitor(M, F, Args).
func ErlangSpawnMonitor3(p *Process, m, f, a Term) Term {
	ma, fa, args := mfaArgs("spawn_monitor", m, f, a)
	pid, ref := p.SpawnMFA(ma, fa, args, SpawnOpts{Monitor: true})
	return NewTuple(pid, ref)
}

var atomLink, atomMonitor = Intern("link"), Intern("monitor")

// spawnOpts reads spawn_opt's option list: link and monitor count; the
// others (priority, heap sizes...) are accepted and ignored.
func spawnOpts(opts Term) (SpawnOpts, bool) {
	var o SpawnOpts
	list, ok := ListToSlice(opts)
	for _, x := range list {
		switch {
		case x == Term(atomLink):
			o.Link = true
		case x == Term(atomMonitor) || isTag(x, atomMonitor, 2): // {monitor, Opts}: see spawnOptMonitor
			o.Monitor = true
		}
	}
	return o, ok
}

func spawnOptResult(pid Pid, ref Ref, o SpawnOpts) Term {
	if o.Monitor {
		return NewTuple(pid, ref)
	}
	return pid
}

// ErlangSpawnOpt2 is spawn_opt(Fun, Options).
func ErlangSpawnOpt2(p *Process, f, opts Term) Term {
	o, ok := spawnOpts(opts)
	mo, link, has, bad := spawnOptMonitor(opts)
	if !ok || bad {
		return BIFErrorCause(AtomBadarg, "badopt", "spawn_opt", f, opts)
	}
	if has {
		return spawnOptFunMonitored(p, f, link, mo)
	}
	pid, ref := p.SpawnFun(f, o)
	return spawnOptResult(pid, ref, o)
}

// ErlangSpawnOpt4 is spawn_opt(M, F, Args, Options).
func ErlangSpawnOpt4(p *Process, m, f, a, opts Term) Term {
	o, ok := spawnOpts(opts)
	ma, fa, args := mfaArgs("spawn_opt", m, f, a)
	mo, link, has, bad := spawnOptMonitor(opts)
	if !ok || bad {
		return BIFErrorCause(AtomBadarg, "badopt", "spawn_opt", m, f, a, opts)
	}
	if has {
		return spawnOptMFAMonitored(p, ma, fa, args, link, mo)
	}
	pid, ref := p.SpawnMFA(ma, fa, args, o)
	return spawnOptResult(pid, ref, o)
}

// ErlangExit2 is exit(Pid, Reason).
func ErlangExit2(p *Process, to, reason Term) Term {
	pid, ok := to.(Pid)
	if !ok {
		return BIFBadarg("exit", to, reason)
	}
	p.SendExit(pid, reason)
	return True
}

// ErlangLink1 is link(Pid).
func ErlangLink1(p *Process, to Term) Term {
	pid, ok := to.(Pid)
	if !ok {
		return BIFBadarg("link", to)
	}
	return p.Link(pid)
}

// ErlangUnlink1 is unlink(Pid).
func ErlangUnlink1(p *Process, to Term) Term {
	pid, ok := to.(Pid)
	if !ok {
		return BIFBadarg("unlink", to)
	}
	p.Unlink(pid)
	return True
}

// ErlangMonitor2 is monitor(process, Target).
func ErlangMonitor2(p *Process, kind, target Term) Term {
	if kind != Term(atomProcess) {
		if kind != Term(Intern("port")) && kind != Term(Intern("time_offset")) {
			return BIFErrorCause(AtomBadarg, "badtype", "monitor", kind, target)
		}
		return BIFBadarg("monitor", kind, target)
	}
	return p.Monitor(target)
}

// ErlangDemonitor1 is demonitor(Ref).
func ErlangDemonitor1(p *Process, ref Term) Term {
	r, ok := ref.(Ref)
	if !ok {
		return BIFBadarg("demonitor", ref)
	}
	p.Demonitor(r, false)
	return True
}

// ErlangDemonitor2 is demonitor(Ref, Options): flush removes a queued
// 'DOWN'; info makes the result whether the monitor was still active.
func ErlangDemonitor2(p *Process, ref, opts Term) Term {
	r, ok := ref.(Ref)
	list, ok2 := ListToSlice(opts)
	if !ok || !ok2 {
		return BIFBadarg("demonitor", ref, opts)
	}
	var flush, info bool
	for _, o := range list {
		switch o {
		case Term(atomFlush):
			flush = true
		case Term(atomInfo):
			info = true
		default:
			return BIFBadarg("demonitor", ref, opts)
		}
	}
	active := p.Demonitor(r, flush)
	if info {
		return Bool(active)
	}
	return True
}

var atomTrapExit = Intern("trap_exit")

// ErlangProcessFlag2 is process_flag(Flag, Value): trap_exit is acted on;
// priority and the heap flags are accepted and return their default.
func ErlangProcessFlag2(p *Process, flag, val Term) Term {
	switch flag {
	case Term(atomTrapExit):
		on, ok := boolArg(val)
		if !ok {
			break
		}
		p.mu.Lock()
		old := p.trapExit
		p.trapExit = on
		p.mu.Unlock()
		return Bool(old)
	case Term(atomPriority):
		i := slices.Index(priorities, val)
		if i < 0 {
			break
		}
		p.mu.Lock()
		old := p.priority
		p.priority = uint8(i)
		p.mu.Unlock()
		return priorities[old]
	case Term(Intern("min_heap_size")), Term(Intern("min_bin_vheap_size")):
		return BoxInt(233)
	case Term(Intern("message_queue_data")):
		return Intern("on_heap")
	case Term(Intern("sensitive")):
		return False
	default:
		return BIFErrorCause(AtomBadarg, "badopt", "process_flag", flag, val)
	}
	return BIFBadarg("process_flag", flag, val) // a known flag's bad value
}

// priorities are process_flag(priority, P)'s levels, normal first: the
// level is remembered and reported, though every process runs alike.
var priorities = []Term{AtomNormal, Intern("low"), Intern("high"), Intern("max")}

// ErlangSendNosuspend2 is erlang:send_nosuspend(Dest, Msg): a send never
// suspends on one node, so it is always true.
func ErlangSendNosuspend2(p *Process, to, msg Term) Term {
	Send(p, to, msg)
	return True
}

// ErlangSendNosuspend3 is erlang:send_nosuspend(Dest, Msg, Options).
func ErlangSendNosuspend3(p *Process, to, msg, opts Term) Term {
	if _, ok := ListToSlice(opts); !ok {
		return BIFBadarg("send_nosuspend", to, msg, opts)
	}
	return ErlangSendNosuspend2(p, to, msg)
}

// ErlangIsProcessAlive1 is is_process_alive(Pid).
func ErlangIsProcessAlive1(p *Process, t Term) Term {
	pid, ok := t.(Pid)
	if !ok {
		return BIFBadarg("is_process_alive", t)
	}
	q := pid.process()
	if q == nil {
		return Bool(pid == stdGroupLeader) // it stands for a process that never exits
	}
	q.mu.Lock()
	alive := !q.exiting()
	q.mu.Unlock()
	return Bool(alive)
}

// ErlangProcesses0 is processes(): the live pids in pid order.
func ErlangProcesses0(p *Process) Term {
	ps := procTable.all()
	pids := make([]Term, len(ps))
	for i, q := range ps {
		pids[i] = q.self
	}
	return List(pids...)
}

// ErlangRegister2 is register(Name, Pid).
func ErlangRegister2(p *Process, name, pid Term) Term {
	n, ok1 := name.(Atom)
	pd, ok2 := pid.(Pid)
	if !ok1 || !ok2 {
		return BIFErrorCause(AtomBadarg, "none", "register", name, pid)
	}
	return Register(n, pd)
}

// ErlangUnregister1 is unregister(Name).
func ErlangUnregister1(p *Process, name Term) Term {
	n, ok := name.(Atom)
	if !ok {
		return BIFBadarg("unregister", name)
	}
	return Unregister(n)
}

// ErlangWhereis1 is whereis(Name).
func ErlangWhereis1(p *Process, name Term) Term {
	n, ok := name.(Atom)
	if !ok {
		return BIFBadarg("whereis", name)
	}
	return Whereis(n)
}

// ErlangRegistered0 is registered().
func ErlangRegistered0(p *Process) Term { return Registered() }

func init() {
	registerModule("erlang", true, []Func{
		Export("send", 2, ErlangSend2), Export("send", 3, ErlangSend3), Export("!", 2, ErlangSend2),
		Export("send_nosuspend", 2, ErlangSendNosuspend2), Export("send_nosuspend", 3, ErlangSendNosuspend3),
		Export("spawn", 1, ErlangSpawn1), Export("spawn", 2, ErlangSpawn2),
		Export("spawn", 3, ErlangSpawn3), Export("spawn", 4, ErlangSpawn4),
		Export("spawn_link", 1, ErlangSpawnLink1), Export("spawn_link", 3, ErlangSpawnLink3),
		Export("spawn_monitor", 1, ErlangSpawnMonitor1), Export("spawn_monitor", 3, ErlangSpawnMonitor3),
		Export("spawn_opt", 2, ErlangSpawnOpt2), Export("spawn_opt", 4, ErlangSpawnOpt4),
		Export("exit", 2, ErlangExit2), Export("link", 1, ErlangLink1), Export("unlink", 1, ErlangUnlink1),
		Export("monitor", 2, ErlangMonitor2),
		Export("demonitor", 1, ErlangDemonitor1), Export("demonitor", 2, ErlangDemonitor2),
		Export("process_flag", 2, ErlangProcessFlag2), Export("is_process_alive", 1, ErlangIsProcessAlive1),
		Export("processes", 0, ErlangProcesses0),
		Export("process_info", 1, ErlangProcessInfo1), Export("process_info", 2, ErlangProcessInfo2),
		Export("register", 2, ErlangRegister2), Export("unregister", 1, ErlangUnregister1),
		Export("whereis", 1, ErlangWhereis1), Export("registered", 0, ErlangRegistered0),
	})
}

// exitProgram ends the program as init:stop and halt do: output is
// flushed, the other processes simply stop.
var exitProgram = func(status int) {
	FlushReports()
	Flush()
	os.Exit(status)
}

// ErlangHalt0 is halt().
func ErlangHalt0(p *Process) Term { return ErlangHalt1(p, BoxInt(0)) }

// ErlangHalt1 is halt(Status): an integer status, abort (status 134 after
// a core dump on BEAM; 1 here) or a string (a crash dump slogan: status 1).
func ErlangHalt1(p *Process, status Term) Term {
	if n, ok := exitStatus(status); ok {
		exitProgram(n)
		return True
	}
	if _, ok := ListToString(status); ok || status == Term(Intern("abort")) {
		exitProgram(1)
		return True
	}
	return BIFBadarg("halt", status)
}

// ErlangHalt2 is halt(Status, Options).
func ErlangHalt2(p *Process, status, opts Term) Term { return ErlangHalt1(p, status) }

// exitStatus is the OS exit status of halt(N) and init:stop(N): N's low 8
// bits, for any non-negative integer, bignums included, as on BEAM.
func exitStatus(t Term) (int, bool) {
	switch n := t.(type) {
	case Small:
		if n.Int() < 0 {
			return 0, false
		}
		return int(n.Int() & 255), true
	case *BigInt:
		if n.v.Sign() < 0 {
			return 0, false
		}
		return int(n.v.Bits()[0] & 255), true // the magnitude's lowest word
	}
	return 0, false
}

// InitStop0 is init:stop(): the program ends with status 0.
func InitStop0(p *Process) Term { return InitStop1(p, BoxInt(0)) }

// InitStop1 is init:stop(Status).
func InitStop1(p *Process, status Term) Term {
	n, ok := exitStatus(status)
	if !ok {
		return Badarg()
	}
	exitProgram(n)
	return Ok
}

func init() {
	registerModule("erlang", true, []Func{
		Export("halt", 0, ErlangHalt0), Export("halt", 1, ErlangHalt1), Export("halt", 2, ErlangHalt2),
	})
	registerModule("init", true, []Func{Export("stop", 0, InitStop0), Export("stop", 1, InitStop1)})
}
