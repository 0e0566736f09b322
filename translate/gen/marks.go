package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Receive markers. In the call pattern
//
//	Ref = make_ref(), Pid ! {Ref, Req}, receive {Ref, Reply} -> Reply end
//
// no message older than the reference can hold it, so the receive may skip
// the messages that were queued before make_ref() ran, as BEAM's
// recv_marker instructions do. The generator emits
//
//	mark1 := p.RecvMark()
//	Ref := rt.ErlangMakeRef0(p)
//	...
//	msg1 := p.RecvStartMarked(mark1, nil)
//
// when Ref = make_ref() (or Ref = monitor(...)) is an expression of a body
// and a receive in a later expression of the same body (not inside a fun,
// which may run in another process) matches Ref in every clause. The mark
// variable is then in Go scope at the receive, since later expressions of
// a body are emitted in the same block or in blocks nested in it.

// recvMarks is the result of that analysis for one module.
type recvMarks struct {
	binds map[*ast.Match]bool         // Ref = make_ref() that some receive uses
	recvs map[*ast.Receive]*ast.Match // receive -> the Ref binding it starts at
	names map[*ast.Match]string       // the mark's Go variable, once emitted
	owner map[*ast.Match]*fnGen       // the function that emitted it
}

// markCalls are the calls that return a fresh reference.
var markCalls = map[core.FA]bool{{Name: "make_ref", Arity: 0}: true, {Name: "monitor", Arity: 2}: true}

// analyzeMarks finds, in every body of the module, the bindings and the
// receives that a marker links.
func analyzeMarks(m *core.Module) *recvMarks {
	r := &recvMarks{binds: map[*ast.Match]bool{}, recvs: map[*ast.Receive]*ast.Match{},
		names: map[*ast.Match]string{}, owner: map[*ast.Match]*fnGen{}}
	for _, fn := range m.Funcs {
		ast.Inspect(fn, func(n ast.Node) bool {
			for _, body := range bodiesOf(n) {
				r.body(body)
			}
			return true
		})
	}
	return r
}

// bodiesOf returns the expression sequences that n holds directly.
func bodiesOf(n ast.Node) [][]ast.Expr {
	switch n := n.(type) {
	case *ast.Clause:
		return [][]ast.Expr{n.Body}
	case *ast.Block:
		return [][]ast.Expr{n.Body}
	case *ast.Try:
		return [][]ast.Expr{n.Body, n.After}
	case *ast.Receive:
		return [][]ast.Expr{n.After}
	case *ast.Maybe:
		return [][]ast.Expr{n.Body}
	}
	return nil
}

// body links each reference binding of body to the receives after it that
// match the reference in every clause.
func (r *recvMarks) body(body []ast.Expr) {
	for i, e := range body {
		ref := refBinding(e)
		if ref == "" {
			continue
		}
		for _, later := range body[i+1:] {
			inspectNoFun(later, func(rc *ast.Receive) {
				if _, done := r.recvs[rc]; !done && everyClauseMentions(rc, ref) {
					r.recvs[rc] = e.(*ast.Match)
					r.binds[e.(*ast.Match)] = true
				}
			})
		}
	}
}

// refBinding returns Ref for an expression Ref = make_ref() (or a monitor
// call), else "".
func refBinding(e ast.Expr) string {
	m, ok := e.(*ast.Match)
	if !ok {
		return ""
	}
	v, ok := m.Left.(*ast.Var)
	call, ok2 := m.Right.(*ast.Call)
	if !ok || !ok2 || v.Name == "_" {
		return ""
	}
	rem, ok := call.Fun.(*ast.Remote)
	if !ok {
		return ""
	}
	mod, ok1 := rem.Module.(*ast.Atom)
	fn, ok2 := rem.Fun.(*ast.Atom)
	if !ok1 || !ok2 || mod.Name != "erlang" || !markCalls[core.FA{Name: fn.Name, Arity: len(call.Args)}] {
		return ""
	}
	return v.Name
}

// inspectNoFun calls f for every receive under e that is not inside a fun.
func inspectNoFun(e ast.Expr, f func(*ast.Receive)) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunExpr:
			return false
		case *ast.Receive:
			f(n)
		}
		return true
	})
}

// everyClauseMentions reports whether the variable name occurs in the
// pattern of every clause of rc (where, being bound, it is compared).
func everyClauseMentions(rc *ast.Receive, name string) bool {
	for _, c := range rc.Clauses {
		found := false
		forVars(c.Patterns[0], func(v *ast.Var) { found = found || v.Name == name })
		if !found {
			return false
		}
	}
	return len(rc.Clauses) > 0
}

// marks returns the module's marker analysis, made on first use.
func (g *modGen) marks() *recvMarks {
	if g.recvMarks == nil {
		g.recvMarks = analyzeMarks(g.mod)
	}
	return g.recvMarks
}

// recvMark emits the mark in front of a reference binding that a later
// receive starts at:
//
//	mark1 := p.RecvMark()
func (f *fnGen) recvMark(e *ast.Match) {
	r := f.marks()
	if !r.binds[e] {
		return
	}
	mk := f.temp("mark")
	r.names[e], r.owner[e] = mk, f
	f.emit(jen.Id(mk).Op(":=").Id("p").Dot("RecvMark").Call())
}

// markFor returns the mark variable a receive starts at, or "".
func (f *fnGen) markFor(e *ast.Receive) string {
	r := f.marks()
	bind, ok := r.recvs[e]
	if !ok || r.owner[bind] != f {
		return ""
	}
	return r.names[bind]
}
