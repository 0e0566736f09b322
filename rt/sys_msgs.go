package rt

// System messages: what sys:get_state/1,2, sys:replace_state/2,3 and
// sys:terminate/2,3 (under proc_lib:stop/1,3) send an OTP behaviour's
// process, {system, From, Request}, answered by the runtime's gen_server
// and gen_statem as OTP's answer them through sys:handle_system_msg/6. With
// `erl2go -otp`, OTP's own sys module sends them; other requests
// (get_status, suspend, change_code, debug...) are not answered yet and
// reach handle_info.

var (
	atomSystem       = Intern("system")
	atomGetState     = Intern("get_state")
	atomReplaceState = Intern("replace_state")
	atomCallbackFail = Intern("callback_failed")
)

// systemMessage handles msg when it is a system request that the process
// can answer, with what sys:handle_system_msg replies: the bare state for
// get_state and replace_state, ok before terminating. get and set read and
// replace the state as sys shows it (a gen_statem's is {State, Data}; set
// may raise on a bad one, which becomes the caller's error as a failing
// system_replace_state's is in OTP); behaviour names the module in that
// error. stop is set, with the reason, for a terminate request: the caller
// runs terminate and exits.
func systemMessage(c *Process, msg Term, behaviour Atom, get func() Term, set func(Term)) (handled, stop bool, reason Term) {
	if !isTag(msg, atomSystem, 3) {
		return false, false, nil
	}
	x := msg.(*Tuple)
	from, req := x.Elems[1], x.Elems[2]
	switch {
	case req == Term(atomGetState):
		genReplyFrom(c, from, get())
	case isTag(req, atomReplaceState, 2):
		fn := req.(*Tuple).Elems[1]
		v, exc := Try(func() Term {
			v := CallFun1(c, fn, get())
			set(v)
			return v
		})
		if exc != nil {
			genReplyFrom(c, from, NewTuple(AtomError, NewTuple(atomCallbackFail,
				NewTuple(behaviour, Intern("system_replace_state")), NewTuple(exc.Class, exc.Reason))))
			return true, false, nil
		}
		genReplyFrom(c, from, v)
	case isTag(req, atomTerminate, 2):
		genReplyFrom(c, from, Ok)
		return true, true, req.(*Tuple).Elems[1]
	default:
		return false, false, nil
	}
	return true, false, nil
}

// ProcLibStop1 is proc_lib:stop(Process): stop(Process, normal, infinity).
func ProcLibStop1(p *Process, proc Term) Term {
	return ProcLibStop3(p, proc, AtomNormal, AtomInfinity)
}

// ProcLibStop3 is proc_lib:stop(Process, Reason, Timeout): the process,
// an OTP behaviour's, is asked to terminate with Reason as sys:terminate
// asks it; the call returns when it has exited with that reason and exits
// with another (noproc when there is no such process, timeout).
func ProcLibStop3(p *Process, proc, reason, timeout Term) Term {
	pid, ok := resolveServer(proc)
	if !ok {
		Exit(AtomNoproc)
	}
	tag := MakeRef()
	req := NewTuple(atomSystem, NewTuple(p.Self(), tag), NewTuple(atomTerminate, reason))
	// The process answers ok before it terminates, to OTP's helper process
	// that proc_lib:stop spawns; here the answer comes to the caller, and is
	// taken out of its mailbox again.
	defer p.Receive(BoxInt(0), func(t Term) bool {
		x, ok := TupleArity(t, 2)
		return ok && x.Elems[0] == Term(tag)
	})
	return stopProcess(p, pid, req, reason, timeout)
}

func init() {
	registerModule("proc_lib", true, []Func{
		Export("stop", 1, ProcLibStop1), Export("stop", 3, ProcLibStop3),
	})
}
