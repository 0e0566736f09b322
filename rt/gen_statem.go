package rt

// gen_statem, natively, for the common uses: state_functions and
// handle_event_function callback modes (with state_enter), calls and
// casts (the gen_server message protocol), replies, postpone, next_event,
// event, state and generic timeouts, stop. Events are {Type, Content}
// pairs; the loop takes them from a queue of inserted events first, then
// from the mailbox.

var (
	atomGenStatem      = Intern("gen_statem")
	atomStateFunctions = Intern("state_functions")
	atomHandleEventFn  = Intern("handle_event_function")
	atomStateEnter     = Intern("state_enter")
	atomCallbackMode   = Intern("callback_mode")
	atomHandleEvent    = Intern("handle_event")
	atomEnter          = Intern("enter")
	atomCast           = Intern("cast")
	atomInfoEv         = Intern("info")
	atomInternal       = Intern("internal")
	atomStateTimeout   = Intern("state_timeout")
	atomNextState      = Intern("next_state")
	atomKeepState      = Intern("keep_state")
	atomKeepStateAnd   = Intern("keep_state_and_data")
	atomRepeatState    = Intern("repeat_state")
	atomRepeatStateAnd = Intern("repeat_state_and_data")
	atomStopAndReply   = Intern("stop_and_reply")
	atomPostpone       = Intern("postpone")
	atomNextEvent      = Intern("next_event")
	atomStatemTimeout  = Intern("$gen_statem_timeout")
)

type statemEvent struct{ typ, content Term }

// genStatem is the state of one state machine's loop.
type genStatem struct {
	mod         Atom
	state, data Term
	parent      Pid
	funcs       bool // state_functions (else handle_event_function)
	enter       bool // state_enter
	queue       []statemEvent
	postponed   []statemEvent
	eventTO     Term           // the event timeout's {Time, Msg}, or nil
	timers      map[string]Ref // state_timeout and {timeout, Name}, printed: the running timer
	timerMsgs   map[Ref]statemEvent
	name        Term                // the registered name for reports, or the pid
	last        *statemEvent        // the event being handled, for reports
	resume      func(*Process) Term // the loop's continuation while it waits idle, made on first use
}

func genStatemStart(p *Process, name, mod, args Term, link bool) Term {
	return genStart(p, name, mod, link, func(c *Process, parent Pid, m Atom, regName Term) Term {
		s := &genStatem{mod: m, parent: parent, name: regName,
			timers: map[string]Ref{}, timerMsgs: map[Ref]statemEvent{}}
		return s.init(c, args)
	})
}

// init calls Mod:init(Args), acknowledges the start and runs the loop, at
// the bottom of the process's stack as far as waiting idle goes.
func (s *genStatem) init(c *Process, args Term) Term {
	ret, exc := callbackTry(func() Term { return Apply(c, s.mod, atomInit, []Term{args}) })
	if exc == nil {
		_, exc = Try(func() Term { s.readMode(c); return nil })
	}
	if exc != nil || !(isTag(ret, Ok, 3) || isTag(ret, Ok, 4)) {
		initRefused(c, s.parent, ret, exc)
		return Ok
	}
	x := ret.(*Tuple)
	s.state, s.data = x.Elems[1], x.Elems[2]
	ackStart(c, s.parent, NewTuple(Ok, c.self))
	if s.enter {
		s.callEnter(c, s.state)
	}
	if len(x.Elems) == 4 {
		s.actions(c, x.Elems[3], nil)
	}
	return s.loop(c, true)
}

// readMode calls callback_mode/0.
func (s *genStatem) readMode(c *Process) {
	mode := Apply(c, s.mod, atomCallbackMode, nil)
	modes, isList := ListToSlice(mode)
	if !isList {
		modes = []Term{mode}
	}
	for _, m := range modes {
		switch m {
		case Term(atomStateFunctions):
			s.funcs = true
		case Term(atomStateEnter):
			s.enter = true
		}
	}
}

// next returns the next event: inserted events first, then messages;
// the event timeout fires when nothing comes in time. At the bottom of the
// stack (base), it reports idle instead of waiting for a message: the
// caller waits idle, its timer set for an event timeout, and its
// continuation keeps that deadline (RecvStartIdleAfter).
func (s *genStatem) next(c *Process, base bool) (e statemEvent, idle bool) {
	if len(s.queue) > 0 {
		s.eventTO = nil // an event timeout starts only with no event queued
		e := s.queue[0]
		s.queue = s.queue[1:]
		return e, false
	}
	var after Term
	if s.eventTO != nil {
		after = s.eventTO.(*Tuple).Elems[0]
	}
	for {
		var msg Term
		ok := true
		if base {
			m := c.RecvStartIdleAfter(true, after)
			switch {
			case m == nil:
				ok = false
			case m.Idle():
				return statemEvent{}, true
			default:
				msg = m.Term()
				c.RecvTake(m)
			}
		} else {
			msg, ok = c.Receive(after, func(Term) bool { return true })
		}
		if !ok {
			e := statemEvent{AtomTimeout, s.eventTO.(*Tuple).Elems[1]}
			s.eventTO = nil
			return e, false
		}
		if e, ok := s.fromMessage(c, msg); ok {
			s.eventTO = nil
			return e, false
		}
	}
}

// fromMessage turns a message into an event; stale timer messages and
// the parent's exit are handled here.
func (s *genStatem) fromMessage(c *Process, msg Term) (statemEvent, bool) {
	x, _ := msg.(*Tuple)
	switch {
	case isTag(msg, atomGenCall, 3):
		return statemEvent{NewTuple(atomGsCall, x.Elems[1]), x.Elems[2]}, true
	case isTag(msg, atomGenCast, 2):
		return statemEvent{atomCast, x.Elems[1]}, true
	case isTag(msg, atomStatemTimeout, 2):
		ref, _ := x.Elems[1].(Ref)
		e, live := s.timerMsgs[ref]
		if live { // else cancelled after it fired: stale
			delete(s.timerMsgs, ref)
			delete(s.timers, Format(e.typ))
		}
		return e, live
	}
	reason, ok := stopReason(c, msg, s.parent)
	if !ok {
		var handled bool
		handled, ok, reason = systemMessage(c, msg, atomGenStatem,
			func() Term { return NewTuple(s.state, s.data) }, s.replaceState)
		if handled && !ok {
			return statemEvent{}, false
		}
	}
	if ok {
		s.terminate(c, reason)
		Exit(reason)
	}
	return statemEvent{atomInfoEv, msg}, true
}

// loop handles events until the machine stops (an exit). At the bottom of
// the stack (base) it waits idle for messages, without its goroutine, and
// comes back in resume.
func (s *genStatem) loop(c *Process, base bool) Term {
	for {
		e, idle := s.next(c, base)
		if idle {
			if s.resume == nil {
				s.resume = loopResume(s.parent, s.loop)
			}
			return c.WaitIdle(s.resume)
		}
		s.handle(c, e)
	}
}

// handle runs the state callback for one event and acts on its result.
func (s *genStatem) handle(c *Process, e statemEvent) {
	s.last = &e
	var ret Term
	var exc *Exception
	if s.funcs {
		ret, exc = callbackTry(func() Term { return Apply(c, s.mod, stateFun(s.state), []Term{e.typ, e.content, s.data}) })
	} else {
		ret, exc = callbackTry(func() Term {
			return Apply(c, s.mod, atomHandleEvent, []Term{e.typ, e.content, s.state, s.data})
		})
	}
	if exc != nil {
		withOTPFrames(exc, frameCallback)
		s.crash(c, exc)
	}
	s.result(c, ret, e)
}

// stateFun is a state name as the function to call (state_functions).
func stateFun(t Term) Atom {
	a, _ := t.(Atom)
	return a
}

// result acts on a state callback's return value.
func (s *genStatem) result(c *Process, ret Term, e statemEvent) {
	x, _ := ret.(*Tuple)
	n := 0
	if x != nil {
		n = len(x.Elems)
	}
	var tag Term = ret
	if x != nil && n > 0 {
		tag = x.Elems[0]
	}
	switch tag {
	case Term(atomNextState):
		if n < 3 || n > 4 {
			break
		}
		s.data = x.Elems[2]
		s.transition(c, x.Elems[1], optional(x, 3), &e)
		return
	case Term(atomKeepState):
		if n < 2 || n > 3 {
			break
		}
		s.data = x.Elems[1]
		s.actions(c, optional(x, 2), &e)
		return
	case Term(atomKeepStateAnd):
		s.actions(c, optional(x, 1), &e)
		return
	case Term(atomRepeatState), Term(atomRepeatStateAnd):
		if tag == Term(atomRepeatState) && n >= 2 {
			s.data = x.Elems[1]
		}
		if s.enter {
			s.callEnter(c, s.state)
		}
		s.actions(c, optional(x, n-1), &e)
		return
	case Term(atomStop):
		if n == 3 {
			s.data = x.Elems[2]
		}
		if n == 2 || n == 3 {
			s.stop(c, x.Elems[1])
		}
	case Term(atomStopAndReply):
		if n == 4 {
			s.data = x.Elems[3]
		}
		if n == 3 || n == 4 {
			s.actions(c, x.Elems[2], nil) // OTP replies, then terminates
			s.stop(c, x.Elems[1])
		}
	}
	s.fail(c, NewTuple(Intern("bad_return_from_state_function"), ret), frameBadReturn)
}

// optional returns element i of x, or nil.
func optional(x *Tuple, i int) Term {
	if x == nil || i < 1 || i >= len(x.Elems) {
		return nil
	}
	return x.Elems[i]
}

// transition moves to state next: a real change replays the postponed
// events, cancels the state timeout and calls the enter callback.
func (s *genStatem) transition(c *Process, next, actions Term, e *statemEvent) {
	changed := !ExactEqual(next, s.state)
	if changed {
		s.cancelTimer(atomStateTimeout)
	}
	s.actions(c, actions, e) // a postpone here applies to e in the old state
	if changed {
		old := s.state
		s.state = next
		s.queue = append(s.postponed, s.queue...)
		s.postponed = nil
		if s.enter {
			s.callEnter(c, old)
		}
	}
}

// callEnter calls StateName(enter, OldState, Data); its result may keep
// the state and data and run actions, but not change state.
func (s *genStatem) callEnter(c *Process, old Term) {
	ret, exc := callbackTry(func() Term {
		if s.funcs {
			return Apply(c, s.mod, stateFun(s.state), []Term{atomEnter, old, s.data})
		}
		return Apply(c, s.mod, atomHandleEvent, []Term{atomEnter, old, s.state, s.data})
	})
	if exc != nil {
		s.crash(c, exc)
	}
	s.result(c, ret, statemEvent{atomEnter, old})
}

// actions runs a list of actions (or one action). e is the event being
// handled, for postpone.
func (s *genStatem) actions(c *Process, as Term, e *statemEvent) {
	if as == nil {
		return
	}
	list, isList := ListToSlice(as)
	if !isList {
		list = []Term{as}
	}
	for _, a := range list {
		s.action(c, a, e)
	}
}

func (s *genStatem) action(c *Process, a Term, e *statemEvent) {
	x, _ := a.(*Tuple)
	switch {
	case a == Term(atomPostpone) || isTag(a, atomPostpone, 2) && x.Elems[1] == Term(True):
		if e != nil {
			s.postponed = append(s.postponed, *e)
		}
	case isTag(a, atomReply, 3):
		genReply(x.Elems[1], x.Elems[2])
	case isTag(a, atomNextEvent, 3):
		s.queue = append([]statemEvent{{x.Elems[1], x.Elems[2]}}, s.queue...)
	case isTag(a, AtomTimeout, 3):
		s.eventTO = nil
		if x.Elems[1] != Term(AtomInfinity) {
			s.eventTO = NewTuple(x.Elems[1], x.Elems[2])
		}
	case isTag(a, atomStateTimeout, 3):
		s.startTimer(c, atomStateTimeout, x.Elems[1], x.Elems[2])
	case x != nil && len(x.Elems) == 3 && isTag(x.Elems[0], AtomTimeout, 2):
		s.startTimer(c, x.Elems[0], x.Elems[1], x.Elems[2])
	case a == Term(atomHibernate) || isTag(a, atomHibernate, 2):
	default:
		s.fail(c, NewTuple(atomBadAction, a), frameBadAction)
	}
}

// startTimer (re)starts the timer of type typ (state_timeout or
// {timeout, Name}); infinity only cancels it.
func (s *genStatem) startTimer(c *Process, typ, t, msg Term) {
	s.cancelTimer(typ)
	if t == Term(AtomInfinity) {
		return
	}
	ms, ok := IntOf(t)
	if !ok || ms < 0 {
		s.fail(c, NewTuple(atomBadAction, NewTuple(typ, t, msg)), frameBadAction)
	}
	self := c.self
	var ref Ref
	ref = startTimer(int64(ms), func(r Ref) { Send(nil, self, NewTuple(atomStatemTimeout, r)) })
	s.timers[Format(typ)] = ref
	s.timerMsgs[ref] = statemEvent{typ, msg}
}

func (s *genStatem) cancelTimer(typ Term) {
	if ref, ok := s.timers[Format(typ)]; ok {
		cancelTimer(ref)
		delete(s.timers, Format(typ))
		delete(s.timerMsgs, ref) // a message already sent is now stale
	}
}

func (s *genStatem) stop(c *Process, reason Term) {
	s.terminate(c, reason)
	if !normalReason(reason) {
		s.report(c, AtomExit, reason, nil)
	}
	Exit(reason)
}

// crash ends the machine after a callback raised: terminate/3 sees the
// bare reason, and the exception goes on with its class and trace, so an
// error exits with {Reason, Stack} as on BEAM.
func (s *genStatem) crash(c *Process, exc *Exception) {
	s.terminate(c, exc.Reason)
	if !normalReason(exc.Reason) {
		s.report(c, exc.Class, exc.Reason, exc.Stacktrace())
	}
	exc.Reraise()
}

var (
	atomBadAction  = Intern("bad_action_from_state_function")
	frameBadAction = []Term{otpFrame("gen_statem", "loop_actions_list", 13, 1913), procLibFrame}
	frameCallback  = []Term{otpFrame("gen_statem", "loop_state_callback", 11, 1426), procLibFrame}
	frameBadReturn = []Term{otpFrame("gen_statem", "loop_state_callback_result", 11, 1580), procLibFrame}
)

// fail ends the machine with an error of its own making (a bad return
// value or action), raised from gen_statem's frames as OTP 25 does.
func (s *genStatem) fail(c *Process, reason Term, frames []Term) {
	s.crash(c, &Exception{Class: AtomError, Reason: reason, stack: List(frames...)})
}

// replaceState sets the state and data from sys:replace_state's
// {State, Data}; anything else is a badmatch, as in OTP.
func (s *genStatem) replaceState(v Term) {
	x, ok := TupleArity(v, 2)
	if !ok {
		Error(NewTuple(Intern("badmatch"), v))
	}
	s.state, s.data = x.Elems[0], x.Elems[1]
}

func (s *genStatem) terminate(c *Process, reason Term) {
	if FunctionExported(s.mod, atomTerminate, 3) {
		Try(func() Term { return Apply(c, s.mod, atomTerminate, []Term{reason, s.state, s.data}) })
	}
}

// report logs OTP 25's report of a state machine that stops abnormally;
// stack is nil when it stopped by returning {stop, Reason}.
func (s *genStatem) report(c *Process, class Atom, reason, stack Term) {
	var mode Term = atomHandleEventFn
	if s.funcs {
		mode = atomStateFunctions
	}
	if s.enter {
		mode = List(mode, atomStateEnter)
	}
	text := Sprintf("** State machine ~tp terminating~n", s.name)
	var last Term = atomUndefined
	if s.last != nil {
		last = NewTuple(s.last.typ, s.last.content)
		text += Sprintf("** Last event = ~tp~n", last)
	}
	text += Sprintf("** When server state  = ~tp~n** Reason for termination = ~tp:~tp~n"+
		"** Callback modules = ~tp~n** Callback mode = ~tp~n",
		NewTuple(s.state, s.data), class, reason, List(s.mod), mode)
	if stack != nil {
		text += Sprintf("** Stacktrace =~n**  ~tp~n", stack)
	} else {
		stack = Nil{}
	}
	report := NewMap(atomLabel, NewTuple(atomGenStatem, atomTerminate), Intern("name"), s.name,
		Intern("queue"), List(last), Intern("postponed"), Nil{}, Intern("modules"), List(s.mod),
		Intern("callback_mode"), mode, Intern("state_enter"), Bool(s.enter),
		Intern("state"), NewTuple(s.state, s.data), Intern("timeouts"), NewTuple(BoxInt(0), Nil{}),
		atomLog, Nil{}, Intern("reason"), NewTuple(class, reason, stack), Intern("client_info"), atomUndefined)
	logOTP(c, levelError, "", report, []Term{atomOTP}, text)
}

// GenStatemStart3 is gen_statem:start(Mod, Args, Opts).
func GenStatemStart3(p *Process, mod, args, opts Term) Term {
	return genStatemStart(p, nil, mod, args, false)
}

// GenStatemStart4 is gen_statem:start(Name, Mod, Args, Opts).
func GenStatemStart4(p *Process, name, mod, args, opts Term) Term {
	return genStatemStart(p, name, mod, args, false)
}

// GenStatemStartLink3 is gen_statem:start_link(Mod, Args, Opts).
func GenStatemStartLink3(p *Process, mod, args, opts Term) Term {
	return genStatemStart(p, nil, mod, args, true)
}

// GenStatemStartLink4 is gen_statem:start_link(Name, Mod, Args, Opts).
func GenStatemStartLink4(p *Process, name, mod, args, opts Term) Term {
	return genStatemStart(p, name, mod, args, true)
}

// GenStatemCall2 is gen_statem:call(Server, Request): no timeout.
func GenStatemCall2(p *Process, server, req Term) Term {
	return genCall(p, atomGenStatem, server, req, AtomInfinity, []Term{server, req, AtomInfinity})
}

// GenStatemCall3 is gen_statem:call(Server, Request, Timeout). Timeout
// may be {dirty_timeout, T} or {clean_timeout, T}, the same for a local
// server (OTP 25 calls through a proxy only a remote one); another pair
// is badarg.
func GenStatemCall3(p *Process, server, req, timeout Term) Term {
	t := timeout
	if x, ok := TupleArity(timeout, 2); ok {
		if x.Elems[0] != Term(atomDirtyTimeout) && x.Elems[0] != Term(atomCleanTimeout) {
			return otpRaise(AtomBadarg, List(server, req, timeout), erlFrame{"gen_statem", "call", 3, 650})
		}
		t = x.Elems[1]
	}
	return genCall(p, atomGenStatem, server, req, t, []Term{server, req, timeout})
}

var (
	atomDirtyTimeout = Intern("dirty_timeout")
	atomCleanTimeout = Intern("clean_timeout")
)

// GenStatemCast2 is gen_statem:cast(Server, Msg).
func GenStatemCast2(p *Process, server, msg Term) Term { return GenServerCast2(p, server, msg) }

// GenStatemReply2 is gen_statem:reply(From, Reply).
func GenStatemReply2(p *Process, from, reply Term) Term { return GenServerReply2(p, from, reply) }

// GenStatemStop1 is gen_statem:stop(Server).
func GenStatemStop1(p *Process, server Term) Term { return GenServerStop1(p, server) }

// GenStatemStop3 is gen_statem:stop(Server, Reason, Timeout).
func GenStatemStop3(p *Process, server, reason, timeout Term) Term {
	return GenServerStop3(p, server, reason, timeout)
}

func init() {
	registerModule("gen_statem", true, []Func{
		Export("start", 3, GenStatemStart3), Export("start", 4, GenStatemStart4),
		Export("start_link", 3, GenStatemStartLink3), Export("start_link", 4, GenStatemStartLink4),
		Export("call", 2, GenStatemCall2), Export("call", 3, GenStatemCall3),
		Export("cast", 2, GenStatemCast2), Export("reply", 2, GenStatemReply2),
		Export("stop", 1, GenStatemStop1), Export("stop", 3, GenStatemStop3),
	})
}
