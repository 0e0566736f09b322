package rt

import "time"

// Waiting without a goroutine. A goroutine's stack is at least 2 KB, and a
// million processes waiting in receive would be a million stacks. But the
// commonest waiting process has nothing on its stack worth keeping: it is
// a server loop
//
//	loop(State) -> receive Msg -> ..., loop(NewState) end.
//
// spawned as spawn(fun() -> loop(S0) end) or spawn(M, loop, [S0]), waiting
// in a receive that is the first thing its clause does. Running loop(State)
// again would do exactly what is left to do: choose the same clause
// (patterns and guards have no effects) and start the same receive. So
// when such a receive finds no message, and the function was called at the
// bottom of the process's stack, the process records the function and its
// arguments, returns all the way out of its goroutine, and becomes idle:
// a Process and its continuation, a few hundred bytes. The first message
// or signal starts a goroutine that calls the function again.
//
// The generator decides which receives may do this (translate/gen/suspend.go);
// at run time the question is whether the function is at the bottom of
// the stack. The process's starter knows, and tells the callee through a
// token, p.base: it sets the token just before calling an entry that is
// marked as taking it (Fun.Idle, Func.MarkIdle), and such a function takes
// it (AtBase) as the first thing it does, so no other code sees it. A
// function that takes it may hand it on to the function it tail-calls
// (PassBase, just before the call), as init/1 does in
//
//	init(S) -> register(server, self()), loop(S).
//
// A function called any other way finds the token clear and waits with its
// goroutine, as before. The generated code of loop/1:
//
//	func m_loop_1(p *rt.Process, State rt.Term) rt.Term {
//		base1 := p.AtBase()
//		...
//		msg1 := p.RecvStartIdle(base1)
//	recv1:
//		if msg1 == nil {
//			return p.WaitIdle(m_loop_1, State)
//		}
//		...the clauses...
//	recv1_next:
//		msg1 = p.RecvNextIdle(msg1, base1)
//		goto recv1
//	}
//
// A receive with an after clause waits idle too (RecvStartIdleAfter): the
// process's timer wakes it at the deadline, and the continuation, finding
// the receive it left (idleTimed), keeps that deadline rather than
// starting the timeout again.
//
// WaitIdle returns idleMark, which every frame between the function and
// the starter returns as it is (each called the next last thing), and the
// starter parks the process without its goroutine (goIdle).
//
// A new goroutine starts with a 2 KB stack. A process whose work on a
// message needs more (a gen_server: the loop, proc_lib's and the
// callback's frames) would have Go grow and copy a new stack at every
// message, which costs more than the stack it saves: once a woken process
// has grown its stack it keeps its goroutine (keepStack, see run). Shallow
// receive loops, the commonest idle processes, stay idle-capable; the ring
// benchmark got faster, since starting a goroutine on a cached stack costs
// less than waking a parked one.

// idleCont is what an idle process runs when it wakes: fn(args...), with
// fn one of the typed function signatures of arity len(args) (see callGo;
// a function of arity up to MaxTypedArity may wait idle).
type idleCont struct {
	fn   any
	args []Term // reused from one wait to the next
}

// idleMark is the value WaitIdle returns up the stack to the starter. It
// is a tuple nothing else can make, compared by identity.
var idleMark Term = &Tuple{}

// AtBase takes the token: it reports whether the caller was called at
// the bottom of its process's stack by a starter that knows so.
func (p *Process) AtBase() bool {
	b := p.base
	p.base = false
	return b
}

// RecvStartIdle is RecvStart(nil) for a receive that may wait idle: when
// base is set and no message is queued, it returns nil instead of
// waiting, and the caller returns WaitIdle.
func (p *Process) RecvStartIdle(base bool) *Msg {
	if !base {
		return p.RecvStart(nil)
	}
	p.recvTimeout(nil)
	p.rprev = &p.q
	return p.recvIdle()
}

// RecvNextIdle is RecvNext for a receive that may wait idle (see
// RecvStartIdle).
func (p *Process) RecvNextIdle(m *Msg, base bool) *Msg {
	if !base {
		return p.RecvNext(m)
	}
	p.rprev = m
	return p.recvIdle()
}

// recvIdle is recvFrom, but nil where recvFrom would park.
func (p *Process) recvIdle() *Msg {
	for {
		if n := p.rprev.next; n != nil {
			return n
		}
		if !p.fetch() {
			return nil
		}
	}
}

// idleMsg is the message RecvStartIdleAfter and RecvNextIdleAfter return
// when the receive is to wait idle (Msg.Idle): nil there means that the
// timeout passed.
var idleMsg Msg

// Idle reports whether m is the answer of a timed receive that is to wait
// idle: the caller returns WaitIdle.
func (m *Msg) Idle() bool { return m == &idleMsg }

// RecvStartIdleAfter is RecvStart(after) for a receive with an after
// clause that may wait idle. When base is set and no message is queued, it
// returns a message for which Idle is true, and the process waits idle
// with its timer set for the deadline; nil once the timeout has passed.
// A woken continuation reaches this receive again: it keeps the deadline
// of its first wait, as a receive that waits with its goroutine does.
func (p *Process) RecvStartIdleAfter(base bool, after Term) *Msg {
	if p.idleTimed {
		p.idleTimed = false // the same receive, resumed: its deadline stands
		p.recvEnd = true
		p.Tick()
	} else {
		p.recvTimeout(after)
	}
	p.rprev = &p.q
	if !base {
		return p.recvFrom()
	}
	return p.recvIdleAfter()
}

// RecvNextIdleAfter is RecvNext for a receive that RecvStartIdleAfter
// began.
func (p *Process) RecvNextIdleAfter(m *Msg, base bool) *Msg {
	p.rprev = m
	if !base {
		return p.recvFrom()
	}
	return p.recvIdleAfter()
}

// recvIdleAfter is recvFrom, but where recvFrom would park it returns
// &idleMsg, having noted the deadline (idleTimed) for goIdle and for the
// continuation.
func (p *Process) recvIdleAfter() *Msg {
	for {
		if n := p.rprev.next; n != nil {
			return n
		}
		if p.fetch() {
			continue
		}
		if !p.recvEnd { // after infinity
			return &idleMsg
		}
		tw := p.tw
		if tw.wait == 0 { // after 0 never waits
			return nil
		}
		now := nanotime()
		if tw.due == 0 {
			tw.due = now + int64(tw.wait)
		}
		if tw.due <= now {
			// As park: timers due by now deliver first.
			fireDue()
			p.Tick()
			if p.inbox.Load() != nil {
				continue
			}
			return nil
		}
		p.idleTimed = true
		return &idleMsg
	}
}

// WaitIdle records fn(args...) as what the process does when a message or
// signal comes, and returns idleMark for the caller to return. fn is the
// calling function itself, args its current arguments.
func (p *Process) WaitIdle(fn any, args ...Term) Term {
	c := p.idle
	if c == nil {
		c = &idleCont{}
		p.idle = c
	}
	c.fn = fn
	c.args = append(c.args[:0], args...)
	return idleMark
}

// goIdle parks the process without its goroutine, which the caller then
// ends. It reports false when a message or signal came in meanwhile and the
// process took its own wake-up back: the caller runs the continuation at
// once instead.
func (p *Process) goIdle() bool {
	// Once parked is published a waker may start the next goroutine, which
	// owns the fields: read p.tw before. A timer of an earlier timed receive
	// that rang is of no interest to an untimed wait; left set, it would
	// wake the process at once.
	tw := p.tw
	if tw != nil {
		tw.rang.Store(false)
		if p.idleTimed { // a timed receive: the timer wakes the process at its deadline
			now := nanotime()
			if tw.due <= now {
				return false
			}
			tw.arm(p, now, time.Duration(tw.due-now))
		}
	}
	p.idleWait = true
	p.parked.Store(1)
	if (p.pending() || tw != nil && tw.rang.Load()) && p.parked.CompareAndSwap(1, 0) {
		p.idleWait = false
		return false
	}
	return true
}

// callIdle calls the continuation with the token set, once the signals
// that woke the process have been acted on (an exit ends it here; one
// that a trap turned into a message is queued): a continuation that finds
// no message waits idle again, and a pending signal would wake it at once.
func (p *Process) callIdle() Term {
	p.Tick()
	c := p.idle
	p.base = !p.keepStack
	return callGo(p, c.fn, c.args)
}

// DropBase clears the token: a function that might have handed it on but
// has no call that does (a tail-call group's member whose clauses neither
// wait idle nor call out).
func (p *Process) DropBase() { p.base = false }

// PassBase sets the token for the tail call that follows: a function that
// took it (AtBase) hands it on to a callee that takes it too.
func (p *Process) PassBase(base bool) { p.base = base }

// hibernating is the type of hibernation, the panic value with which
// erlang:hibernate unwinds its process to run; no catch stops it.
type hibernating struct{}

var hibernation = &hibernating{}

// wakeHibernated is the continuation of a hibernated process: once a
// message is queued it calls m:f(args) at the bottom of the stack (in a
// proc_lib process, under proc_lib's crash reports); until then it waits
// idle.
func (p *Process) wakeHibernated(m, f Atom, args []Term, procLib bool) Term {
	p.base = false // callIdle's token: this is no generated function
	if p.q.next == nil && !p.fetch() {
		return idleMark // the continuation stays
	}
	if procLib {
		procLibRun(p, Pid{}, func() Term { return Apply(p, m, f, args) })
		return AtomNormal
	}
	p.base = idleEntry(m, f, len(args)) && !p.keepStack
	return Apply(p, m, f, args)
}
