package rt

import (
	"reflect"
	"runtime"
	"strings"
	"time"
)

// process_info(P, current_stacktrace) of another process. Its stack is its
// owner's to read, at a safe point (askOwner). But a safe point at a
// function's entry or a loop's top (Tick) has no line of its own: the
// generated code marks lines at calls, and the check comes before the
// first. Nor has a process woken from an idle wait (suspend.go) any
// Erlang frame when it first acts on signals: its continuation has not
// run yet. Where BEAM would show the line of the receive the process waits
// in, the owner hands the question on to its next safe point, a few times
// at most: an idle process answers from its receive's own check, after
// the continuation has been called again.

// stackRetries is how many safe points the question may be handed on.
const stackRetries = 3

// askStack asks q's owner for its current stack trace; false if it exits
// first or does not answer (see askOwner).
func (p *Process) askStack(q *Process) (Term, bool) {
	ch := make(chan Term, 1)
	var ask func(o *Process, tries int)
	ask = func(o *Process, tries int) {
		if tries < stackRetries && !inReceive() && o.callOwner(func(o *Process) { ask(o, tries+1) }) {
			return
		}
		ch <- ownStack(o)
	}
	if !q.callOwner(func(o *Process) { ask(o, 0) }) {
		return nil, false
	}
	return p.awaitOwner(q, ch)
}

// ownStack is the owner o's current_stacktrace: its Erlang frames, or,
// with none, the function it waits idle in, without a location.
func ownStack(o *Process) Term {
	if st := currentStack(); len(st) > 0 {
		return List(st...)
	}
	if o.idle != nil && strings.HasPrefix(funcName(o.idle.fn), genServerMethods) {
		return List(genServerLoopFrames...) // its resume closure
	}
	if f, ok := o.idleFunction(); ok {
		return List(NewTuple(f.mod, f.fun, BoxInt(Int(f.arity)), Nil{}))
	}
	return Nil{}
}

// awaitOwner waits for the answer of an owner call, as askOwner does.
func (p *Process) awaitOwner(q *Process, ch chan Term) (Term, bool) {
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for deadline := time.Now().Add(ownerWait); time.Now().Before(deadline); {
		select {
		case v := <-ch:
			return v, true
		case <-t.C:
		}
		if p != nil {
			p.Tick()
		}
		if q.self.process() == nil {
			return nil, false
		}
	}
	return nil, false
}

var tickName = runtime.FuncForPC(reflect.ValueOf((*Process).Tick).Pointer()).Name()

// inReceive reports whether the calling owner's innermost Erlang frame is
// waiting in a receive (so the frame's line is the receive's), rather
// than at the Tick of a function's entry or a loop's top.
func inReceive() bool {
	var buf [32]uintptr
	n := runtime.Callers(2, buf[:])
	frames := runtime.CallersFrames(buf[:n])
	callee := ""
	for {
		fr, more := frames.Next()
		if f, _, ok := frameMFA(fr.Function, ""); ok && !f.bif {
			return callee != tickName
		}
		if !more {
			return false
		}
		callee = fr.Function
	}
}

// A stack that rt's Go code runs Erlang code in, or waits in, shows the
// frames of OTP's Erlang code BEAM would have there (OTP 25's lines).
var (
	genServerMethods    string // set in init: the methods refer to process_info
	genStatemMethods    string
	genServerLoopFrames = []Term{otpFrame("gen_server", "loop", 7, 871), procLibFrame}
	genStatemLoopFrames = []Term{otpFrame("gen_statem", "loop_receive", 3, 1281), procLibFrame}
	timerSleepAt        = otpFrame("timer", "sleep", 1, 219) // a receive after, whose last line is that of the clause above
	timerSleepBIF       = NewTuple(Intern("timer"), Intern("sleep"), BoxInt(1), Nil{})
)

func init() {
	genServerMethods = strings.TrimSuffix(funcName((*genServer).loop), "loop")
	genStatemMethods = strings.TrimSuffix(funcName((*genStatem).loop), "loop")
}

func funcName(fn any) string {
	if fn == nil {
		return ""
	}
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

// withOTPBelow completes the calling process's stack trace st: a
// gen_server or gen_statem callback has their frames and proc_lib's below
// it, a server waiting for a message is in gen_server:loop/7 or
// gen_statem:loop_receive/3, and timer:sleep/1 waits at a line of
// timer.erl. (A gen_statem's init/1 gets no frames below: BEAM's differ.)
func withOTPBelow(st []Term) []Term {
	for i, e := range st {
		if ExactEqual(e, timerSleepBIF) {
			st[i] = timerSleepAt
		}
	}
	var idle, below []Term
	switch {
	case onGoStack(genServerMethods):
		idle = genServerLoopFrames
		if fn, ok := lastFunction(st); ok {
			below = otpFrames[fn]
		}
	case onGoStack(genStatemMethods):
		idle = genStatemLoopFrames
		if fn, ok := lastFunction(st); ok && fn != atomInit && fn != atomCallbackMode {
			below = frameCallback
		}
	default:
		return st
	}
	if len(st) == 0 {
		return append(st, idle...)
	}
	if len(st) < maxStackDepth {
		st = append(st, below...)
	}
	return st[:min(len(st), maxStackDepth)]
}

// lastFunction is the function of the outermost entry of st.
func lastFunction(st []Term) (Atom, bool) {
	if len(st) == 0 {
		return Atom{}, false
	}
	x, ok := TupleArity(st[len(st)-1], 4)
	if !ok {
		return Atom{}, false
	}
	fn, ok := x.Elems[1].(Atom)
	return fn, ok
}

// onGoStack reports whether a Go function whose name starts with prefix
// is on the calling goroutine's stack.
func onGoStack(prefix string) bool {
	buf := make([]uintptr, 256)
	frames := runtime.CallersFrames(buf[:runtime.Callers(2, buf)])
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, prefix) {
			return true
		}
		if !more {
			return false
		}
	}
}
