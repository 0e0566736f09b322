package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Body recursion under list cells ("tail recursion modulo cons").
//
// A function that ends a clause in [H | f(T)], a call to itself under
// cells, becomes a loop that appends the heads to a list builder and goes
// round again with the call's arguments; every value it returns ends the
// list built so far:
//
//	// app/2
//	func m_app_2(p *rt.Process, a1, L rt.Term) rt.Term {
//		var acc rt.ListBuilder
//		var rec rt.Recursion
//		defer rec.Unwind(m_app_2, 4)
//		for {
//			p.Tick()
//			...
//			return acc.WithTail(L)
//			...
//			acc = acc.Push(p, H)
//			a1 = T
//			rec.Enter(1)
//			continue
//		}
//	}
//
// The cells are the same ones the recursion would have made, in the same
// order, and the heads are evaluated in the same order; what changes is
// that no Go frame waits for each cell. rt.Recursion keeps the call sites
// the loop went through so that a stack trace shows the frames BEAM's
// would (see rt/recursion.go). That is exact only while nothing can catch
// an exception between the loop and the point where it was raised, so the
// translation applies only to functions whose bodies call nothing but
// themselves and BIFs that run no Erlang code.

// maxRecursionSites is how many call sites rt.Recursion can tell apart.
const maxRecursionSites = 15

// recursionSites returns the calls to fn itself in [H | fn(...)] position
// at the end of its clauses, when fn qualifies for the loop; nil if not.
func (g *modGen) recursionSites(fn *ast.Function) []*ast.Call {
	self := core.FA{Name: fn.Name, Arity: fn.Arity}
	if _, grouped := g.mod.Group[self]; grouped {
		return nil
	}
	var sites []*ast.Call
	allowed := map[*ast.Call]bool{}
	for _, c := range fn.Clauses {
		core.TailExprs(c.Body, func(e ast.Expr) {
			switch e := e.(type) {
			case *ast.Call:
				if isSelfCall(e, self) {
					allowed[e] = true
				}
			case *ast.Cons:
				_, tail := consHeads(e)
				if call, ok := tail.(*ast.Call); ok && isSelfCall(call, self) {
					allowed[call] = true
					sites = append(sites, call)
				}
			}
		})
	}
	if len(sites) == 0 || len(sites) > maxRecursionSites {
		return nil
	}
	for _, c := range fn.Clauses {
		for _, e := range c.Body {
			if !callsNothing(e, allowed) {
				return nil
			}
		}
	}
	return sites
}

func isSelfCall(e *ast.Call, self core.FA) bool {
	a, ok := e.Fun.(*ast.Atom)
	return ok && a.Name == self.Name && len(e.Args) == self.Arity
}

// callsNothing reports whether e runs no Erlang code but its own: every
// call in it is one of allowed or a BIF that calls nothing back, and it
// has no construct that catches, receives, makes funs or loops.
func callsNothing(e ast.Expr, allowed map[*ast.Call]bool) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call:
			if !allowed[n] && !pureBIFCall(n) {
				ok = false
			}
		case *ast.Catch, *ast.Try, *ast.Receive, *ast.Maybe, *ast.MaybeMatch,
			*ast.FunExpr, *ast.FunRef, *ast.FunRemote, *ast.ListComp, *ast.BinComp, *ast.MapComp:
			ok = false
		case *ast.BinaryOp:
			if n.Op == "!" {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// pureBIFCall reports whether e is a BIF that computes a value from its
// arguments without calling any Erlang function or touching other
// processes: a guard BIF (isGuardBIF) or one of the conversions and tuple
// operations in pureNonGuardBIFs.
func pureBIFCall(e *ast.Call) bool {
	if isGuardBIF(e) {
		return true
	}
	r, ok := e.Fun.(*ast.Remote)
	if !ok {
		return false
	}
	m, ok1 := r.Module.(*ast.Atom)
	fn, ok2 := r.Fun.(*ast.Atom)
	return ok1 && ok2 && m.Name == "erlang" && pureNonGuardBIFs[fn.Name]
}

var pureNonGuardBIFs = map[string]bool{
	"setelement": true, "integer_to_list": true, "list_to_integer": true, "integer_to_binary": true,
	"binary_to_integer": true, "atom_to_list": true, "atom_to_binary": true, "tuple_to_list": true,
	"list_to_tuple": true, "binary_to_list": true, "list_to_binary": true, "make_tuple": true,
	"append_element": true, "min": true, "max": true,
}

// recursion is the state of a function made a loop by body recursion.
type recursion struct {
	sites map[*ast.Call]int // call -> site number, from 1
	enter int               // the site of the step being emitted, until its Enter is
}

// recursionPrologue declares the loop's list builder and site record and
// defers the record's Unwind: goName is the function's Go name.
func (f *fnGen) recursionPrologue(goName string, sites []*ast.Call) []jen.Code {
	lines := []jen.Code{jen.Id(goName)}
	for _, c := range sites {
		lines = append(lines, jen.Lit(f.fset.Position(c.Pos()).Line))
	}
	return []jen.Code{
		jen.Var().Id("acc").Qual(RT, "ListBuilder"),
		jen.Var().Id("rec").Qual(RT, "Recursion"),
		jen.Defer().Id("rec").Dot("Unwind").Call(lines...),
	}
}

// recursionStep emits [H1, ..., Hn | f(Args)] in tail position of a
// function made a loop: the heads go onto the builder, the site is
// recorded, and the call becomes the loop's next round. It reports false
// when e is not such a site.
func (f *fnGen) recursionStep(e *ast.Cons) bool {
	if f.tail == nil || f.tail.rec == nil {
		return false
	}
	heads, tail := consHeads(e)
	call, ok := tail.(*ast.Call)
	site := 0
	if ok {
		site = f.tail.rec.sites[call]
	}
	if site == 0 {
		return false
	}
	f.line(e)
	for _, h := range f.exprs(heads) {
		f.emit(jen.Id("acc").Op("=").Id("acc").Dot("Push").Call(jen.Id("p"), h))
	}
	// The call's arguments are evaluated in this frame, before the
	// recursion: tailCall records the site once they are (enter).
	f.tail.rec.enter = site
	return f.tailCall(call)
}

// enterRecursion emits, before a recursion step's continue, the record
// of its call site (see recursionStep).
func (f *fnGen) enterRecursion() {
	if t := f.tail; t != nil && t.rec != nil && t.rec.enter != 0 {
		f.emit(jen.Id("rec").Dot("Enter").Call(jen.Lit(t.rec.enter)))
		t.rec.enter = 0
	}
}

// ret returns v from the function being emitted: a function made a loop
// by body recursion returns the list built so far ending in v.
func (f *fnGen) ret(v jen.Code) jen.Code {
	if f.tail != nil && f.tail.rec != nil {
		v = jen.Id("acc").Dot("WithTail").Call(v)
	}
	return f.retRaise(v)
}

// retRaise returns v, a value or a call that raises, from the function
// being emitted: a member of a tail-call group returns -1 and the value to
// the group's loop (groupFunc).
func (f *fnGen) retRaise(v jen.Code) jen.Code {
	if f.tail != nil && f.tail.tramp {
		return jen.Return(jen.Lit(-1), v)
	}
	return jen.Return(v)
}
