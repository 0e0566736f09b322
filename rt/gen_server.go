package rt

// gen_server, natively: the server loop is Go code running in the server's
// process, calling the callback module through Apply. Messages are OTP's:
// {'$gen_call', {Pid, Tag}, Req}, {'$gen_cast', Req}, so code that sends
// them by hand, or replies with gen_server:reply/2, works as on BEAM.

var (
	atomGenServer   = Intern("gen_server")
	atomGenCall     = Intern("$gen_call")
	atomGenCast     = Intern("$gen_cast")
	atomAck         = Intern("$ack")
	atomLocalName   = Intern("local")
	atomGlobal      = Intern("global")
	atomVia         = Intern("via")
	atomReply       = Intern("reply")
	atomNoreply     = Intern("noreply")
	atomStop        = Intern("stop")
	atomIgnore      = Intern("ignore")
	atomHibernate   = Intern("hibernate")
	atomContinue    = Intern("continue")
	atomAlreadyStd  = Intern("already_started")
	atomBadReturn   = Intern("bad_return_value")
	atomCallingSelf = Intern("calling_self")
	atomInit        = Intern("init")
	atomHandleCall  = Intern("handle_call")
	atomHandleCast  = Intern("handle_cast")
	atomHandleInfo  = Intern("handle_info")
	atomHandleCont  = Intern("handle_continue")
	atomTerminate   = Intern("terminate")
	atomGsCall      = Intern("call")
)

// genServer is the state of one server's loop.
type genServer struct {
	mod     Atom
	state   Term
	parent  Pid
	name    Term                // the registered name for reports, or the pid
	timeout Term                // the after of the next receive: nil (infinity) or ms
	last    Term                // the message being handled, for the crash report
	client  Term                // the From of the call being handled, or nil
	resume  func(*Process) Term // the loop's continuation while it waits idle, made on first use
}

// startName reads a server name: {local, N} registers N; {global, N}
// registers N with global (global.go).
func startName(t Term) (Term, bool) {
	x, ok := TupleArity(t, 2)
	if !ok {
		return nil, false
	}
	if x.Elems[0] == Term(atomGlobal) {
		return x.Elems[1], true
	}
	_, isAtom := x.Elems[1].(Atom)
	return x.Elems[1], x.Elems[0] == Term(atomLocalName) && isAtom
}

// startSync spawns body in a new process (linked if link) and waits for the
// result the body acknowledges with ackStart, as proc_lib:start_link does.
// A process that dies before acknowledging yields {error, Reason}. What
// body returns goes back to run, so that a server loop may wait idle
// (suspend.go): every call between run and body returns its callee's value.
func startSync(p *Process, link bool, initial Term, body func(c *Process, parent Pid) Term) Term {
	mk := p.RecvMark()
	parent := p.self
	pid, ref := p.spawnProcLib(func(c *Process) Term {
		return procLibRun(c, parent, func() Term { return body(c, parent) })
	}, initial, 5, SpawnOpts{Link: link, Monitor: true})
	msg, _ := p.receiveMarked(mk, nil, func(t Term) bool {
		if x, ok := TupleArity(t, 3); ok && x.Elems[0] == Term(atomAck) && x.Elems[1] == Term(pid) {
			return true
		}
		return isDown(t, ref)
	})
	p.Demonitor(ref, true)
	x := msg.(*Tuple)
	if x.Elems[0] == Term(atomDOWN) {
		return NewTuple(AtomError, x.Elems[4])
	}
	return x.Elems[2]
}

func isDown(t Term, ref Ref) bool {
	x, ok := TupleArity(t, 5)
	return ok && x.Elems[0] == Term(atomDOWN) && x.Elems[1] == Term(ref)
}

// isReplyOrDown reports whether t answers the call tagged ref: the
// reply {Ref, Reply} or the server's 'DOWN'.
func isReplyOrDown(t Term, ref Ref) bool {
	x, isPair := TupleArity(t, 2)
	return isPair && x.Elems[0] == Term(ref) || isDown(t, ref)
}

// ackStart is proc_lib:init_ack(Parent, Ret).
func ackStart(c *Process, parent Pid, ret Term) {
	Send(c, parent, NewTuple(atomAck, c.self, ret))
}

// registerStart registers the name a starting process was given; when it
// is taken it acknowledges {error, {already_started, Pid}} and reports false.
func registerStart(c *Process, parent Pid, name Term) bool {
	if name == nil {
		return true
	}
	x := name.(*Tuple)
	if x.Elems[0] == Term(atomGlobal) {
		if GlobalRegisterName2(c, x.Elems[1], c.self) == Term(atomYes) {
			return true
		}
		ackStart(c, parent, NewTuple(AtomError, NewTuple(atomAlreadyStd, GlobalWhereisName1(c, x.Elems[1]))))
		return false
	}
	n := x.Elems[1].(Atom)
	_, e := Try(func() Term { return Register(n, c.self) })
	if e == nil {
		return true
	}
	ackStart(c, parent, NewTuple(AtomError, NewTuple(atomAlreadyStd, Whereis(n))))
	return false
}

// genStart is the start and start_link of gen_server and gen_statem:
// it checks the callback module and the name, starts the process with
// the proc_lib protocol, registers the name and hands over to run, which
// calls Mod:init/1 and acknowledges. name is the {local, N} or {global, N}
// given, or nil.
func genStart(p *Process, name, mod Term, link bool, run func(c *Process, parent Pid, m Atom, regName Term) Term) Term {
	m, ok := mod.(Atom)
	regName := Term(nil)
	if name != nil {
		var okName bool
		regName, okName = startName(name)
		ok = ok && okName
	}
	if !ok {
		return Badarg()
	}
	return startSync(p, link, NewTuple(m, atomInit, BoxInt(1)), func(c *Process, parent Pid) Term {
		if !registerStart(c, parent, name) {
			return Ok
		}
		if regName == nil {
			regName = c.self
		}
		return run(c, parent, m, regName)
	})
}

// genServerStart is start/start_link with or without a name.
func genServerStart(p *Process, name, mod, args Term, link bool) Term {
	return genStart(p, name, mod, link, func(c *Process, parent Pid, m Atom, regName Term) Term {
		s := &genServer{mod: m, parent: parent, name: regName}
		return s.init(c, args)
	})
}

// init calls Mod:init(Args), acknowledges the start and runs the loop, at
// the bottom of the process's stack as far as waiting idle goes.
func (s *genServer) init(c *Process, args Term) Term {
	ret, exc := callbackTry(func() Term { return Apply(c, s.mod, atomInit, []Term{args}) })
	if exc != nil {
		withOTPFrames(exc, otpFrames[atomInit])
	}
	if exc != nil || !(isTag(ret, atomOk, 2) || isTag(ret, atomOk, 3)) {
		initRefused(c, s.parent, ret, exc)
		return Ok
	}
	x := ret.(*Tuple)
	s.state = x.Elems[1]
	ackStart(c, s.parent, NewTuple(Ok, c.self))
	if len(x.Elems) == 3 {
		s.after(c, x.Elems[2])
	}
	return s.loop(c, true)
}

// initRefused ends the start of a gen_server or gen_statem whose init/1
// did not return {ok, ...}, as OTP's init_it does: it raised exc
// ({error, Reason} to the starter, then the exception goes on), returned
// ignore, {stop, Reason} or something else ({bad_return_value, Ret}).
func initRefused(c *Process, parent Pid, ret Term, exc *Exception) {
	var reason Term
	switch {
	case exc != nil:
		reason, _ = exitReasonOf(exc)
		ackStart(c, parent, NewTuple(AtomError, reason))
		exc.Reraise()
	case ret == Term(atomIgnore):
		ackStart(c, parent, atomIgnore)
		return
	case isTag(ret, atomStop, 2):
		reason = ret.(*Tuple).Elems[1]
	default:
		reason = NewTuple(atomBadReturn, ret)
	}
	ackStart(c, parent, NewTuple(AtomError, reason))
	Exit(reason)
}

var atomOk = Ok

// isTag reports whether t is a tuple of arity n whose first element is tag.
func isTag(t Term, tag Atom, n int) bool {
	x, ok := t.(*Tuple)
	return ok && len(x.Elems) == n && x.Elems[0] == Term(tag)
}

// callbackTry runs a callback: a throw is its return value, as gen_server
// treats it.
func callbackTry(body func() Term) (Term, *Exception) {
	v, e := Try(body)
	if e != nil && e.Class == AtomThrow {
		return e.Reason, nil
	}
	return v, e
}

// loop receives and dispatches messages until the server stops. At the
// bottom of the stack (base), a server with no message waits idle, without
// its goroutine, its timer set when it has a timeout: it comes back in
// resume, and a timeout keeps the deadline of its first wait
// (RecvStartIdleAfter).
func (s *genServer) loop(c *Process, base bool) Term {
	for {
		var msg Term
		if base && (s.timeout != nil || c.q.next == nil && !c.fetch()) {
			switch m := c.RecvStartIdleAfter(true, s.timeout); {
			case m == nil:
				msg = AtomTimeout
			case m.Idle():
				return c.WaitIdle(s.resumer())
			default:
				msg = m.Term()
				c.RecvTake(m)
			}
		} else {
			var ok bool
			if msg, ok = c.Receive(s.timeout, func(Term) bool { return true }); !ok {
				msg = AtomTimeout
			}
		}
		s.timeout = nil
		s.last = msg
		s.dispatch(c, msg)
	}
}

// resumer is the loop's continuation while it waits idle.
func (s *genServer) resumer() func(*Process) Term {
	if s.resume == nil {
		s.resume = loopResume(s.parent, s.loop)
	}
	return s.resume
}

// loopResume is the continuation of an OTP behaviour's loop that waits
// idle: it runs loop again under proc_lib's reports, at the bottom of the
// stack unless the process keeps its stack.
func loopResume(parent Pid, loop func(c *Process, base bool) Term) func(*Process) Term {
	return func(c *Process) Term {
		c.DropBase() // callIdle's token: the loop knows where it runs
		return procLibRun(c, parent, func() Term { return loop(c, !c.keepStack) })
	}
}

func (s *genServer) dispatch(c *Process, msg Term) {
	x, _ := msg.(*Tuple)
	switch {
	case isTag(msg, atomGenCall, 3):
		from := x.Elems[1]
		s.last, s.client = x.Elems[2], from // reports show the request and the caller
		s.handle(c, atomHandleCall, []Term{x.Elems[2], from, s.state}, from)
		s.client = nil
	case isTag(msg, atomGenCast, 2):
		s.handle(c, atomHandleCast, []Term{x.Elems[1], s.state}, nil)
	default:
		if handled, stop, reason := systemMessage(c, msg, atomGenServer, func() Term { return s.state }, func(v Term) { s.state = v }); handled {
			if stop {
				s.systemTerminate(c, reason)
			}
			return
		}
		if reason, ok := stopReason(c, msg, s.parent); ok {
			s.terminate(c, reason)
			Exit(reason)
		}
		if !FunctionExported(s.mod, atomHandleInfo, 2) {
			logOTP(c, levelWarning, "", NewMap(atomLabel, NewTuple(atomGenServer, Intern("no_handle_info")),
				atomModule, s.mod, Intern("message"), msg), []Term{atomOTP},
				Sprintf("** Undefined handle_info in ~p~n** Unhandled message: ~tp~n", s.mod, msg))
			return
		}
		s.handle(c, atomHandleInfo, []Term{msg, s.state}, nil)
	}
}

// stopReason reads the message that stops a gen_server or gen_statem loop
// when it traps exits: its parent's exit. It returns the reason to
// terminate and exit with. (A stop request is a system message.)
func stopReason(c *Process, msg Term, parent Pid) (Term, bool) {
	if x, ok := TupleArity(msg, 3); ok && x.Elems[0] == Term(AtomEXIT) && x.Elems[1] == Term(parent) && c.trapping() {
		return x.Elems[2], true
	}
	return nil, false
}

func (c *Process) trapping() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.trapExit
}

// handle calls a callback and acts on what it returns. from is the caller
// of a handle_call, nil otherwise.
func (s *genServer) handle(c *Process, fn Atom, args []Term, from Term) {
	ret, exc := callbackTry(func() Term { return Apply(c, s.mod, fn, args) })
	if exc != nil {
		withOTPFrames(exc, otpFrames[fn])
		s.crash(c, exc)
	}
	x, _ := ret.(*Tuple)
	switch {
	case from != nil && (isTag(ret, atomReply, 3) || isTag(ret, atomReply, 4)):
		genReplyFrom(c, from, x.Elems[1])
		s.state = x.Elems[2]
		if len(x.Elems) == 4 {
			s.after(c, x.Elems[3])
		}
	case isTag(ret, atomNoreply, 2) || isTag(ret, atomNoreply, 3):
		s.state = x.Elems[1]
		if len(x.Elems) == 3 {
			s.after(c, x.Elems[2])
		}
	case from != nil && isTag(ret, atomStop, 4):
		s.state = x.Elems[3]
		s.stop(c, x.Elems[1], func() { genReplyFrom(c, from, x.Elems[2]) })
	case isTag(ret, atomStop, 3):
		s.state = x.Elems[2]
		s.stop(c, x.Elems[1], nil)
	default:
		s.badReturn(c, ret)
	}
}

// after acts on the last element of a callback's return: a timeout, hibernate
// (accepted; goroutines need no hibernation) or {continue, C}.
func (s *genServer) after(c *Process, t Term) {
	switch {
	case t == Term(atomHibernate) || t == Term(AtomInfinity):
	case isTag(t, atomContinue, 2):
		s.handle(c, atomHandleCont, []Term{t.(*Tuple).Elems[1], s.state}, nil)
	default:
		if _, ok := timeoutMs(t); ok {
			s.timeout = t
			return
		}
		s.badReturn(c, t)
	}
}

// stop ends the server with reason: terminate/2, then the reply of a
// {stop, R, Reply, S}, then the error report for an abnormal reason.
func (s *genServer) stop(c *Process, reason Term, reply func()) {
	s.terminate(c, reason)
	if reply != nil {
		reply()
	}
	if !normalReason(reason) {
		s.report(c, reason)
	}
	Exit(reason)
}

// badReturn stops the server after a callback returned ret, which is no
// valid reply: the exit comes from gen_server's frames, as in OTP 25.
func (s *genServer) badReturn(c *Process, ret Term) {
	reason := NewTuple(atomBadReturn, ret)
	s.terminate(c, reason)
	s.report(c, reason)
	panic(&Exception{Class: AtomExit, Reason: reason, stack: List(frameCommonReply, procLibFrame)})
}

var frameCommonReply = otpFrame("gen_server", "handle_common_reply", 8, 1245)

// crash ends the server after a callback raised: terminate/2 sees the
// exit reason, the report {Reason, Stack}, and the exception goes on with
// its class, as OTP's gen_server:terminate/10 does.
func (s *genServer) crash(c *Process, exc *Exception) {
	reason, _ := exitReasonOf(exc)
	s.terminate(c, reason)
	if !normalReason(reason) {
		s.report(c, NewTuple(exc.Reason, exc.Stacktrace()))
	}
	exc.Reraise()
}

// systemTerminate ends the server as a stop request does (gen_server:stop,
// proc_lib:stop, sys:terminate: OTP's system_terminate/4): terminate/2,
// then for a reason other than normal, shutdown or {shutdown, _} the
// error report, whose last message is [], and the exit, raised in
// system_terminate/4 as the crash report shows.
func (s *genServer) systemTerminate(c *Process, reason Term) {
	s.last, s.client = Nil{}, nil
	s.terminate(c, reason)
	if !normalReason(reason) {
		s.report(c, reason)
	}
	e := NewException(AtomExit, reason)
	e.stack = List(otpFrame("gen_server", "system_terminate", 4, 1285))
	panic(e)
}

// terminate calls Mod:terminate(Reason, State) if the module exports it.
func (s *genServer) terminate(c *Process, reason Term) {
	if FunctionExported(s.mod, atomTerminate, 2) {
		_, exc := callbackTry(func() Term { return Apply(c, s.mod, atomTerminate, []Term{reason, s.state}) })
		if exc != nil {
			r, _ := exitReasonOf(exc)
			s.report(c, r)
			panic(NewException(AtomExit, r))
		}
	}
}

// report prints OTP's report of a server that stops abnormally. For a
// call, BEAM adds the client's stack trace, which here is empty.
func (s *genServer) report(c *Process, reason Term) {
	var client Term = atomUndefined
	if x, ok := TupleArity(s.client, 2); ok {
		client = NewTuple(x.Elems[0], Intern("dead"))
		if pid, ok := x.Elems[0].(Pid); ok && pid.process() != nil {
			client = NewTuple(x.Elems[0], NewTuple(x.Elems[0], Nil{}))
		}
	}
	report := NewMap(atomLabel, NewTuple(atomGenServer, atomTerminate), Intern("name"), s.name,
		Intern("last_message"), s.last, Intern("state"), s.state, atomLog, Nil{},
		Intern("reason"), reason, Intern("client_info"), client)
	text := Sprintf("** Generic server ~tp terminating \n** Last message in was ~tp~n"+
		"** When Server state == ~tp~n** Reason for termination ==~n** ~tp~n", s.name, s.last, s.state, reason)
	if x, ok := TupleArity(s.client, 2); ok {
		text += Sprintf("** Client ~tp stacktrace~n** []~n", x.Elems[0])
	}
	logOTP(c, levelError, "", report, []Term{atomOTP}, text)
}

// normalReason reports whether an exit reason is one that OTP does not
// report: normal, shutdown or {shutdown, _}.
func normalReason(r Term) bool {
	return r == Term(AtomNormal) || r == Term(AtomShutdown) || isTag(r, AtomShutdown, 2)
}

// genReply is gen_server:reply({To, Tag}, Reply). As OTP 25's gen:reply,
// a Tag [alias|Alias] (or [[alias|Alias]|_]) sends {Tag, Reply} to the
// alias, which dies when the call gives up, so a late reply is dropped;
// any other Tag sends {Tag, Reply} to To.
func genReply(from, reply Term) { genReplyFrom(nil, from, reply) }

// genReplyFrom is genReply by the process c (or nil), which lends the
// reply its spare message cell (see deliverFrom).
func genReplyFrom(c *Process, from, reply Term) {
	x, ok := TupleArity(from, 2)
	if !ok {
		return
	}
	tag := x.Elems[1]
	if alias, ok := aliasOfTag(tag); ok {
		sendAlias(c, alias, NewTuple(tag, reply))
		return
	}
	pid, ok := x.Elems[0].(Pid)
	if !ok {
		return
	}
	if q := pid.process(); q != nil {
		q.deliverFrom(c, NewTuple(tag, reply))
	}
}

// aliasOfTag reads the reference of a call tag [alias|Ref] or
// [[alias|Ref]|_].
func aliasOfTag(tag Term) (Ref, bool) {
	c, ok := tag.(*Cons)
	if !ok {
		return Ref{}, false
	}
	if inner, ok := c.Head.(*Cons); ok {
		c = inner
	}
	ref, ok := c.Tail.(Ref)
	return ref, ok && c.Head == Term(atomAlias)
}

// callTag is the Tag of a call's From {Self, Tag} as OTP 25's gen makes
// it: [alias|Ref].
func callTag(ref Ref) Term { return &Cons{Head: atomAlias, Tail: ref} }

// isCallReply reports whether t is {Tag, Reply} for the call tag [alias|ref].
func isCallReply(t Term, ref Ref) bool {
	x, ok := TupleArity(t, 2)
	if !ok {
		return false
	}
	c, ok := x.Elems[0].(*Cons)
	return ok && c.Head == Term(atomAlias) && c.Tail == Term(ref)
}

// resolveServer finds the pid of a server reference: a pid, a registered
// name, {Name, Node}, {global, Name} or {via, Mod, Name} (not supported).
func resolveServer(t Term) (Pid, bool) {
	switch x := t.(type) {
	case Pid:
		return x, true
	case Atom:
		return whereis(x)
	case *Tuple:
		if len(x.Elems) == 2 {
			if x.Elems[0] == Term(atomGlobal) {
				pid, ok := GlobalWhereisName1(nil, x.Elems[1]).(Pid)
				return pid, ok
			}
			if n, ok := x.Elems[0].(Atom); ok {
				return whereis(n)
			}
		}
	}
	return Pid{}, false
}

// genCall is gen_server:call (and gen_statem's, gen_event's), as OTP 25's
// gen:do_call: with no timeout, the request goes out tagged with a plain
// monitor reference; with one, with [alias|Ref] of a monitor that is also
// an alias, so a reply after the call gives up is dropped. The receive
// starts at a mark made before the monitor, so it does not scan the
// caller's backlog.
func genCall(p *Process, mod Atom, server, req, timeout Term, args []Term) Term {
	callErr := func(reason Term) Term {
		Exit(NewTuple(reason, NewTuple(mod, atomGsCall, List(args...))))
		return nil
	}
	pid, ok := resolveServer(server)
	if !ok {
		return callErr(AtomNoproc)
	}
	if pid == p.self {
		return callErr(atomCallingSelf)
	}
	if _, ok := timeoutMs(timeout); !ok {
		return callErr(atomTimeoutValue)
	}
	mk := p.RecvMark()
	if timeout == Term(AtomInfinity) {
		ref := p.Monitor(pid)
		Send(p, pid, NewTuple(atomGenCall, NewTuple(p.self, ref), req))
		msg, _ := p.receiveMarked(mk, nil, func(t Term) bool { return isReplyOrDown(t, ref) })
		return callResult(p, ref, msg, callErr)
	}
	ref := p.monitorAlias(pid)
	Send(p, pid, NewTuple(atomGenCall, NewTuple(p.self, callTag(ref)), req))
	isAnswer := func(t Term) bool { return isCallReply(t, ref) || isDown(t, ref) }
	msg, ok := p.receiveMarked(mk, timeout, isAnswer)
	if !ok {
		// A reply that came before the alias died is still taken.
		p.Demonitor(ref, true)
		msg, ok = p.receiveMarked(mk, BoxInt(0), func(t Term) bool { return isCallReply(t, ref) })
		if !ok {
			return callErr(AtomTimeout)
		}
	}
	return callResult(p, ref, msg, callErr)
}

// callResult is the reply a call's receive took, or the exit of the
// server's 'DOWN'.
func callResult(p *Process, ref Ref, msg Term, callErr func(Term) Term) Term {
	x := msg.(*Tuple)
	if len(x.Elems) == 5 {
		return callErr(x.Elems[4])
	}
	p.Demonitor(ref, true)
	return x.Elems[1]
}

// GenServerCall2 is gen_server:call(Server, Request), waiting 5 seconds.
func GenServerCall2(p *Process, server, req Term) Term {
	return genCall(p, atomGenServer, server, req, BoxInt(5000), []Term{server, req})
}

// GenServerCall3 is gen_server:call(Server, Request, Timeout).
func GenServerCall3(p *Process, server, req, timeout Term) Term {
	return genCall(p, atomGenServer, server, req, timeout, []Term{server, req, timeout})
}

// GenServerCast2 is gen_server:cast(Server, Request): ok, whether or not
// the server exists.
func GenServerCast2(p *Process, server, req Term) Term {
	if pid, ok := resolveServer(server); ok {
		Send(p, pid, NewTuple(atomGenCast, req))
	}
	return Ok
}

// GenServerReply2 is gen_server:reply(From, Reply).
func GenServerReply2(p *Process, from, reply Term) Term {
	genReplyFrom(p, from, reply)
	return Ok
}

// GenServerStart3 is gen_server:start(Mod, Args, Opts).
func GenServerStart3(p *Process, mod, args, opts Term) Term {
	return genServerStart(p, nil, mod, args, false)
}

// GenServerStart4 is gen_server:start(Name, Mod, Args, Opts).
func GenServerStart4(p *Process, name, mod, args, opts Term) Term {
	return genServerStart(p, name, mod, args, false)
}

// GenServerStartLink3 is gen_server:start_link(Mod, Args, Opts).
func GenServerStartLink3(p *Process, mod, args, opts Term) Term {
	return genServerStart(p, nil, mod, args, true)
}

// GenServerStartLink4 is gen_server:start_link(Name, Mod, Args, Opts).
func GenServerStartLink4(p *Process, name, mod, args, opts Term) Term {
	return genServerStart(p, name, mod, args, true)
}

// enterLoop is gen_server:enter_loop: the calling process, started with
// proc_lib, becomes a server of mod with state; name, when given, must be
// the name it registered.
func enterLoop(p *Process, mod, state, name, timeout Term) Term {
	m, ok := mod.(Atom)
	if !ok {
		return Badarg()
	}
	s := &genServer{mod: m, state: state, parent: p.starter, name: p.self}
	if s.parent == (Pid{}) {
		s.parent = p.self
	}
	if name != nil {
		n, okName := startName(name)
		if pid, ok := resolveServer(n); !okName || !ok || pid != p.self {
			Exit(atomProcessNotRegistered)
		}
		s.name = n
	}
	if timeout != nil {
		s.after(p, timeout)
	}
	return s.loop(p, false)
}

var atomProcessNotRegistered = Intern("process_not_registered")

// GenServerEnterLoop3 is gen_server:enter_loop(Mod, Opts, State).
func GenServerEnterLoop3(p *Process, mod, _, state Term) Term {
	return enterLoop(p, mod, state, nil, nil)
}

// GenServerEnterLoop4 is gen_server:enter_loop(Mod, Opts, State,
// ServerName | Timeout | hibernate).
func GenServerEnterLoop4(p *Process, mod, _, state, x Term) Term {
	if _, isName := x.(*Tuple); isName {
		return enterLoop(p, mod, state, x, nil)
	}
	return enterLoop(p, mod, state, nil, x)
}

// GenServerEnterLoop5 is gen_server:enter_loop(Mod, Opts, State, ServerName, Timeout).
func GenServerEnterLoop5(p *Process, mod, _, state, name, timeout Term) Term {
	return enterLoop(p, mod, state, name, timeout)
}

// GenServerStop1 is gen_server:stop(Server).
func GenServerStop1(p *Process, server Term) Term {
	return GenServerStop3(p, server, AtomNormal, AtomInfinity)
}

// GenServerStop3 is gen_server:stop(Server, Reason, Timeout), which is
// proc_lib:stop as in OTP: the server runs terminate/2 and exits; the call
// returns when it is gone.
func GenServerStop3(p *Process, server, reason, timeout Term) Term {
	return ProcLibStop3(p, server, reason, timeout)
}

// stopProcess sends a stop request to pid and waits for it to exit with
// reason; another reason is raised as an exit, as proc_lib:stop does.
func stopProcess(p *Process, pid Pid, req, reason, timeout Term) Term {
	mk := p.RecvMark()
	ref := p.Monitor(pid)
	Send(p, pid, req)
	msg, ok := p.receiveMarked(mk, timeout, func(t Term) bool { return isDown(t, ref) })
	if !ok {
		p.Demonitor(ref, true)
		Exit(AtomTimeout)
	}
	if r := msg.(*Tuple).Elems[4]; !ExactEqual(r, reason) {
		Exit(r)
	}
	return Ok
}

func init() {
	registerModule("gen_server", true, []Func{
		Export("start", 3, GenServerStart3), Export("start", 4, GenServerStart4),
		Export("start_link", 3, GenServerStartLink3), Export("start_link", 4, GenServerStartLink4),
		Export("call", 2, GenServerCall2), Export("call", 3, GenServerCall3),
		Export("cast", 2, GenServerCast2), Export("reply", 2, GenServerReply2),
		Export("stop", 1, GenServerStop1), Export("stop", 3, GenServerStop3),
		Export("enter_loop", 3, GenServerEnterLoop3), Export("enter_loop", 4, GenServerEnterLoop4),
		Export("enter_loop", 5, GenServerEnterLoop5),
	})
}

// otpFrames are the frames BEAM's traces show below a gen_server callback
// (OTP 25's gen_server and proc_lib, recorded with erl: see gs3.erl in
// TestGenServerTraces), so that crash reasons read as on BEAM.
var otpFrames = map[Atom][]Term{
	atomInit:       {otpFrame("gen_server", "init_it", 2, 851), otpFrame("gen_server", "init_it", 6, 814), procLibFrame},
	atomHandleCall: {otpFrame("gen_server", "try_handle_call", 4, 1149), otpFrame("gen_server", "handle_msg", 6, 1178), procLibFrame},
	atomHandleCast: {otpFrame("gen_server", "try_dispatch", 4, 1123), otpFrame("gen_server", "handle_msg", 6, 1200), procLibFrame},
	atomHandleInfo: {otpFrame("gen_server", "try_dispatch", 4, 1123), otpFrame("gen_server", "handle_msg", 6, 1200), procLibFrame},
}

var procLibFrame = otpFrame("proc_lib", "init_p_do_apply", 3, 240)

func otpFrame(mod, fun string, arity, line int) Term {
	loc := List(NewTuple(atomFile, Str(mod+".erl")), NewTuple(atomLine, BoxInt(Int(line))))
	return NewTuple(Intern(mod), Intern(fun), BoxInt(Int(arity)), loc)
}

// withOTPFrames appends frames to an error's trace, keeping BEAM's depth.
func withOTPFrames(e *Exception, frames []Term) {
	if len(frames) == 0 {
		return
	}
	st, _ := ListToSlice(e.Stacktrace())
	st = append(st, frames...)
	if len(st) > maxStackDepth {
		st = st[:maxStackDepth]
	}
	e.stack = List(st...)
}
