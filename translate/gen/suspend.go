package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Receives that wait without a goroutine (rt/suspend.go). A receive that a
// clause body starts with (after expressions that only compute values:
// rerunnable) can be resumed by calling its function again with the same
// arguments: clause selection and those expressions have no effects, so
// the call comes straight back to the same receive. When the function runs
// at the bottom of its process's stack, the receive that finds no message
// therefore ends the goroutine instead of parking it:
//
//	func m_loop_1(p *rt.Process, State rt.Term) rt.Term {
//		base1 := p.AtBase()
//		p.Tick()
//		msg1 := p.RecvStartIdle(base1)
//	recv1:
//		if msg1 == nil {
//			return p.WaitIdle(m_loop_1, State)
//		}
//		...clauses...
//	recv1_next:
//		msg1 = p.RecvNextIdle(msg1, base1)
//		goto recv1
//	}
//
// A receive with an after section whose timeout is rerunnable too waits
// the same way, with its timer set: p.RecvStartIdleAfter(base1, After)
// and RecvNextIdleAfter answer a message for which msg1.Idle() is true
// when it is to wait idle, nil when the timeout has passed, and the
// continuation keeps the deadline of the first wait.
//
// The token comes from the process's starter through functions that take
// it and hand it on (takesBase): a function or a fun of no arguments whose
// tail call reaches such a receive's function, as init/1 and the fun in
//
//	init(S) -> register(server, self()), loop(S).
//	start() -> spawn(fun() -> init(0) end).
//
// takes it first thing too and passes it just before the tail call
// (PassBase), after its arguments are evaluated. Such functions are
// registered with MarkIdle (spawn(M, F, A) of them sets the token), as are
// fun F/0 of them and such funs.
//
// The loop of a tail-call group with such a member takes the token and
// passes it to every member's clauses, each time round.
//
// Left out: functions with more than rt.MaxTypedArity (8) arguments,
// functions whose loop carries state outside its parameters (a list
// builder of a body recursion, bit-syntax matchers and builders).

// maxIdleArity is rt.MaxTypedArity: WaitIdle's function is called through
// one of rt's typed signatures.
const maxIdleArity = 8

// idleInfo is what an idle-capable function's emitter needs.
type idleInfo struct {
	self   core.FA               // the function
	recvs  map[*ast.Receive]bool // the receives that may wait idle
	params []string              // the parameters when the function does not loop
}

// idleReceives returns the receives of fn that may wait idle, or nil; it
// remembers the answer for each function of the module.
func (g *modGen) idleReceives(fa core.FA) map[*ast.Receive]bool {
	if r, ok := g.idle[fa]; ok {
		return r
	}
	var fn *ast.Function
	for _, f := range g.mod.Funcs {
		if f.Name == fa.Name && f.Arity == fa.Arity {
			fn = f
		}
	}
	r := g.findIdleReceives(fn, fa)
	if g.idle == nil {
		g.idle = map[core.FA]map[*ast.Receive]bool{}
	}
	g.idle[fa] = r
	return r
}

func (g *modGen) findIdleReceives(fn *ast.Function, fa core.FA) map[*ast.Receive]bool {
	if fn == nil || fn.Arity > maxIdleArity {
		return nil
	}
	if g.recursionSites(fn) != nil {
		return nil
	}
	if g.mod.SelfTail[fa] {
		params := paramNames(fn.Clauses, analyzeClauses(fn.Clauses), hasFun(fn.Clauses))
		if newBitLoop(fa, fn.Clauses, params) != nil {
			return nil
		}
	}
	var r map[*ast.Receive]bool
	for _, c := range fn.Clauses {
		i := 0
		for i < len(c.Body) && rerunnable(c.Body[i]) {
			i++
		}
		if i == len(c.Body) {
			continue
		}
		e, ok := c.Body[i].(*ast.Receive)
		if !ok || len(e.Clauses) == 0 || !mayWaitIdle(e) {
			continue
		}
		if r == nil {
			r = map[*ast.Receive]bool{}
		}
		r[e] = true
	}
	return r
}

// rerunnable reports whether e may run again before a receive without
// anyone seeing the difference: a guard expression (guard operators and
// BIFs, records, maps, constructors), or a pattern matched against one, as
// in loop(S) -> #st{queue = Q} = S, receive ... end. Running it again on
// the same arguments gives the same values, and it did not raise the first
// time.
func rerunnable(e ast.Expr) bool {
	if m, ok := e.(*ast.Match); ok {
		return rerunnable(m.Right)
	}
	return isGuardFilter(e)
}

// mayWaitIdle reports whether e's after section lets it wait idle: it has
// none, or after infinity, or a timeout computed without effects (run
// again on waking) that is not the constant 0, which never waits.
func mayWaitIdle(e *ast.Receive) bool {
	if waitsForever(e) {
		return true
	}
	if n, ok := e.Timeout.(*ast.Integer); ok && n.Big == nil && n.Value == 0 {
		return false
	}
	return rerunnable(e.Timeout)
}

// waitsForever reports whether e has no after section, or after infinity.
func waitsForever(e *ast.Receive) bool {
	if e.Timeout == nil {
		return true
	}
	a, ok := e.Timeout.(*ast.Atom)
	return ok && a.Name == "infinity"
}

// idleFunc reports whether the local function fa has a receive that may
// wait idle (takesBase is true of it too).
func (g *modGen) idleFunc(fa core.FA) bool {
	return g.idleReceives(fa) != nil
}

// takesBase reports whether the local function fa takes the token: it
// has a receive that may wait idle, or a tail call to a function that takes
// it, to which it hands the token on (a function that starts a server loop
// after some set-up: init(S) -> register(...), loop(S)).
func (g *modGen) takesBase(fa core.FA) bool {
	if g.takers == nil {
		g.findTakers()
	}
	return g.takers[fa]
}

// findTakers computes takesBase for every function of the module: those
// with idle receives, then, until nothing changes, those with a tail call
// to one already found.
func (g *modGen) findTakers() {
	g.takers = map[core.FA]bool{}
	for _, fn := range g.mod.Funcs {
		fa := core.FA{Name: fn.Name, Arity: fn.Arity}
		g.takers[fa] = g.idleFunc(fa)
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range g.mod.Funcs {
			fa := core.FA{Name: fn.Name, Arity: fn.Arity}
			if g.takers[fa] || g.recursionSites(fn) != nil {
				continue
			}
			if g.tailCallsTaker(fn.Clauses, fa) || g.groupTakes(fa) {
				g.takers[fa] = true
				changed = true
			}
		}
	}
}

// groupTakes reports whether fa belongs to a tail-call group of which some
// member takes the token: the group's loop takes it and hands it to every
// member's clauses, which must all take it.
func (g *modGen) groupTakes(fa core.FA) bool {
	gi, ok := g.mod.Group[fa]
	if !ok {
		return false
	}
	for _, m := range g.mod.Groups[gi] {
		if g.takers[m] {
			return true
		}
	}
	return false
}

// tailCallsTaker reports whether some clause of cs tail-calls a local
// function other than self that takes the token.
func (g *modGen) tailCallsTaker(cs []*ast.Clause, self core.FA) bool {
	found := false
	for _, c := range cs {
		core.TailCalls(c.Body, func(_ *ast.Call, to core.FA) {
			if to != self && g.takers[to] {
				found = true
			}
		})
	}
	return found
}

// funTakesBase reports whether the fun e, of no arguments, takes the token
// (spawn(fun() -> loop(S0) end)): it tail-calls a function that does.
func (g *modGen) funTakesBase(e *ast.FunExpr) bool {
	if e.Name != "" || len(e.Clauses) != 1 || len(e.Clauses[0].Patterns) != 0 {
		return false
	}
	g.takesBase(core.FA{}) // computes the takers
	return g.tailCallsTaker(e.Clauses, core.FA{})
}

// passBase hands the token on just before the tail call e, whose arguments
// are already evaluated (markedTailCall), when its callee takes it:
//
//	p.PassBase(base1)
func (f *fnGen) passBase(e *ast.Call) {
	a, ok := e.Fun.(*ast.Atom)
	if !ok || f.base == "" || !f.takesBase(core.FA{Name: a.Name, Arity: len(e.Args)}) {
		return
	}
	f.baseUsed = true
	f.emit(jen.Id("p").Dot("PassBase").Call(jen.Id(f.base)))
}

// basePrologue is the token taken first thing:
//
//	base1 := p.AtBase()
//
// or, in a function that ended up passing it nowhere, only cleared:
//
//	p.DropBase()
func (f *fnGen) basePrologue() jen.Code {
	if !f.baseUsed {
		return jen.Id("p").Dot("DropBase").Call()
	}
	return jen.Id(f.base).Op(":=").Id("p").Dot("AtBase").Call()
}

// idleArgs are the function's current arguments, for WaitIdle: the loop's
// parameters (natives boxed) or the function's own (a group member's, which
// its clauses never change).
func (f *fnGen) idleArgs() []jen.Code {
	params := f.idle.params
	if f.tail != nil && !f.tail.tramp {
		params = f.tail.params
	}
	nl := f.natLoopOf()
	args := make([]jen.Code, len(params))
	for i, name := range params {
		if nl != nil && nl.names[i] != "" {
			args[i] = jen.Qual(RT, "BoxInt").Call(jen.Id(name))
			continue
		}
		args[i] = jen.Id(name)
	}
	return args
}

// idleWait is what a receive that may wait idle does at the top of its
// loop when the runtime says so:
//
//	if msg1 == nil {
//		return p.WaitIdle(m_loop_1, State)
//	}
//
// A member of a tail-call group names its entry, which calls the group's
// loop: return -1, p.WaitIdle(m_locked_1, a1).
//
// A receive with an after clause asks the message (msg1.Idle()): nil is
// its timeout.
func (f *fnGen) idleWait(msg string, timed bool) jen.Code {
	args := append([]jen.Code{jen.Id(f.funcs[f.mod.Name][f.idle.self])}, f.idleArgs()...)
	cond := jen.Id(msg).Op("==").Nil()
	if timed {
		cond = jen.Id(msg).Dot("Idle").Call()
	}
	return jen.If(cond).Block(f.retRaise(jen.Id("p").Dot("WaitIdle").Call(args...)))
}
