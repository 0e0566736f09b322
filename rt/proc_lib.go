package rt

// proc_lib basics: spawning (as plain spawns: the CRASH REPORT that
// proc_lib adds on BEAM is not printed) and the synchronous start
// protocol, start_link + init_ack, shared with gen_server.

// ProcLibSpawn1 is proc_lib:spawn(Fun).
func ProcLibSpawn1(p *Process, f Term) Term { return ErlangSpawn1(p, f) }

// ProcLibSpawnLink1 is proc_lib:spawn_link(Fun).
func ProcLibSpawnLink1(p *Process, f Term) Term { return ErlangSpawnLink1(p, f) }

// ProcLibSpawn3 is proc_lib:spawn(M, F, Args).
func ProcLibSpawn3(p *Process, m, f, a Term) Term { return ErlangSpawn3(p, m, f, a) }

// ProcLibSpawnLink3 is proc_lib:spawn_link(M, F, Args).
func ProcLibSpawnLink3(p *Process, m, f, a Term) Term { return ErlangSpawnLink3(p, m, f, a) }

// procLibStart runs M:F(Args) in a new process and waits for its
// init_ack.
func procLibStart(p *Process, m, f, a Term, link bool) Term {
	ma, fa, args := mfaArgs("spawn", m, f, a)
	return startSync(p, link, NewTuple(ma, fa, Int(len(args))), func(c *Process, parent Pid) {
		c.starter = parent
		Apply(c, ma, fa, args)
	})
}

// ProcLibStartLink3 is proc_lib:start_link(M, F, Args).
func ProcLibStartLink3(p *Process, m, f, a Term) Term { return procLibStart(p, m, f, a, true) }

// ProcLibStartLink4 is proc_lib:start_link(M, F, Args, Timeout); the
// timeout is not enforced.
func ProcLibStartLink4(p *Process, m, f, a, _ Term) Term { return procLibStart(p, m, f, a, true) }

// ProcLibStart3 is proc_lib:start(M, F, Args).
func ProcLibStart3(p *Process, m, f, a Term) Term { return procLibStart(p, m, f, a, false) }

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
		Export("start_link", 3, ProcLibStartLink3), Export("start_link", 4, ProcLibStartLink4),
		Export("start", 3, ProcLibStart3),
		Export("init_ack", 1, ProcLibInitAck1), Export("init_ack", 2, ProcLibInitAck2),
	})
}
