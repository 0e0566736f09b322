package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Receives that wait without a goroutine (rt/suspend.go). A receive that is
// the first expression of a clause body, with no after section, can be
// resumed by calling its function again with the same arguments: clause
// selection has no effects, so the call comes straight back to the same
// receive. When the function runs at the bottom of its process's stack, the
// receive that finds no message therefore ends the goroutine instead of
// parking it:
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
// The function is registered with MarkIdle (spawn(M, F, A) of it tells it
// that it is at the bottom), as are fun F/0 of it and a fun of no
// arguments whose body only calls it with variables and constants
// (spawn(fun() -> loop(S0) end)).
//
// Left out: functions with more than rt's maxIdleArity (4) arguments,
// members of tail-call groups (their clauses run in a shared loop),
// functions whose loop carries state outside its parameters (a list
// builder of a body recursion, bit-syntax matchers and builders).

// maxIdleArity is rt.maxIdleArity.
const maxIdleArity = 4

// idleInfo is what an idle-capable function's emitter needs.
type idleInfo struct {
	self   core.FA               // the function
	recvs  map[*ast.Receive]bool // the receives that may wait idle
	base   string                // the Go variable holding the token
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
	if _, ok := g.mod.Group[fa]; ok || g.recursionSites(fn) != nil {
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
		if len(c.Body) == 0 {
			continue
		}
		e, ok := c.Body[0].(*ast.Receive)
		if !ok || len(e.Clauses) == 0 || !waitsForever(e) {
			continue
		}
		if r == nil {
			r = map[*ast.Receive]bool{}
		}
		r[e] = true
	}
	return r
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
// wait idle.
func (g *modGen) idleFunc(fa core.FA) bool {
	return g.idleReceives(fa) != nil
}

// forwardsToIdle reports whether the fun e, of no arguments, only calls an
// idle-capable local function with arguments that run no code (variables
// and constants), so that it hands the token on untouched.
func (g *modGen) forwardsToIdle(e *ast.FunExpr) bool {
	if e.Name != "" || len(e.Clauses) != 1 {
		return false
	}
	c := e.Clauses[0]
	if len(c.Patterns) != 0 || len(c.Guards) != 0 || len(c.Body) != 1 {
		return false
	}
	call, ok := c.Body[0].(*ast.Call)
	if !ok {
		return false
	}
	name, ok := call.Fun.(*ast.Atom)
	if !ok || !g.idleFunc(core.FA{Name: name.Name, Arity: len(call.Args)}) {
		return false
	}
	for _, a := range call.Args {
		if !runsNoCode(a) {
			return false
		}
	}
	return true
}

// runsNoCode reports whether evaluating e calls nothing: a variable or a
// constant term.
func runsNoCode(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Var, *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return true
	case *ast.Tuple:
		for _, el := range x.Elems {
			if !runsNoCode(el) {
				return false
			}
		}
		return true
	case *ast.Cons:
		return runsNoCode(x.Head) && runsNoCode(x.Tail)
	}
	return false
}

// idlePrologue is the token taken first thing:
//
//	base1 := p.AtBase()
func (f *fnGen) idlePrologue() jen.Code {
	return jen.Id(f.idle.base).Op(":=").Id("p").Dot("AtBase").Call()
}

// idleArgs are the function's current arguments, for WaitIdle: the loop's
// parameters (natives boxed) or the function's own.
func (f *fnGen) idleArgs() []jen.Code {
	params := f.idle.params
	if f.tail != nil {
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
func (f *fnGen) idleWait(msg string) jen.Code {
	args := append([]jen.Code{jen.Id(f.funcs[f.mod.Name][f.idle.self])}, f.idleArgs()...)
	return jen.If(jen.Id(msg).Op("==").Nil()).Block(
		jen.Return(jen.Id("p").Dot("WaitIdle").Call(args...)))
}
