package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// maybeExpr emits maybe Body else Clauses end. Every P ?= E puts E's value
// in one variable, declared before the body, and jumps to the else section
// when P does not match it; the body is a block, so the variables it binds
// end with it (as in Erlang, where they are unsafe after the maybe):
//
//	var m1 rt.Term
//	{
//		m1 = E
//		...match P against m1, goto maybe1_else on failure...
//		...the last expression delivered...
//		goto maybe1_end
//	}
//	maybe1_else:
//	...else clauses matching m1, else rt.ElseClause(m1)...
//	maybe1_end:
//
// Without an else section the unmatched value is the maybe's value.
func (f *fnGen) maybeExpr(e *ast.Maybe, d dest) {
	f.usesMaybe = true
	f.line(e)
	n := f.temps["maybe"] + 1
	f.temps["maybe"] = n
	prefix := fmt.Sprintf("%smaybe%d", f.labelPrefix, n)
	elseLabel, end := prefix+"_else", prefix+"_end"
	if len(e.Else) == 0 && d.kind == toEffect {
		elseLabel = end // the unmatched value is dropped
	}
	m := ""
	if f.maybeNeedsValue(e) {
		m = f.temp("m")
		f.emit(jen.Var().Id(m).Qual(RT, "Term"))
	}
	body := f.block(func() {
		for i, x := range e.Body {
			last := i == len(e.Body)-1
			to := dest{kind: toEffect}
			if last {
				to = d
			}
			mm, ok := x.(*ast.MaybeMatch)
			if !ok {
				f.to(to, x)
				continue
			}
			if f.cannotFail(mm.Left) {
				f.to(to, &ast.Match{Loc: mm.Loc, Left: mm.Left, Right: mm.Right})
				continue
			}
			f.line(mm)
			f.emit(jen.Id(m).Op("=").Add(f.expr(mm.Right)))
			f.match(mm.Left, jen.Id(m), func() jen.Code { return f.gotoLabel(elseLabel) })
			if last && to.kind != toEffect {
				f.deliverCode(to, jen.Id(m))
			}
		}
	})
	if !f.used[elseLabel] || elseLabel == end {
		// No ?= can jump to an else section: the body is all there is.
		f.emit(jen.Block(body...))
		if f.used[end] {
			f.emit(jen.Id(end).Op(":"))
		}
		return
	}
	if d.kind != toReturn {
		body = append(body, f.gotoLabel(end))
	}
	f.emit(jen.Block(body...))
	f.emit(jen.Id(elseLabel).Op(":"))
	f.maybeElse(e, m, d)
	if f.used[end] {
		f.emit(jen.Id(end).Op(":"))
	}
}

// maybeElse emits what happens to a value m that a ?= did not match: the
// else clauses, or, without them, m is the value of the maybe.
func (f *fnGen) maybeElse(e *ast.Maybe, m string, d dest) {
	if len(e.Else) == 0 {
		f.deliverCode(d, jen.Id(m))
		return
	}
	f.valueClauses("else", e, e.Else, m, "ElseClause", d)
}

// maybeNeedsValue reports whether some ?= of e may fail, so that its value
// needs the shared variable.
func (f *fnGen) maybeNeedsValue(e *ast.Maybe) bool {
	for _, x := range e.Body {
		if mm, ok := x.(*ast.MaybeMatch); ok && !f.cannotFail(mm.Left) {
			return true
		}
	}
	return false
}

// cannotFail reports whether matching pattern p always succeeds: _ or a
// variable bound by it, so that P ?= E is the same as P = E.
func (f *fnGen) cannotFail(p ast.Expr) bool {
	v, ok := p.(*ast.Var)
	return ok && (v.Name == "_" || f.info.bind[v] != nil)
}
