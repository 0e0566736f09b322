package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Comprehensions become nested loops that append to a slice:
//
//	var acc1 []rt.Term
//	for it1 := rt.ListIter(L); it1.Next(); {
//		X := it1.Head
//		if rt.Lt(X, Pivot) {
//			acc1 = append(acc1, X)
//		}
//	}
//	... rt.List(acc1...)
//
// A generator element that does not match its pattern is skipped; a filter
// that is not a boolean raises {bad_filter, V} (rt.Filter).

func (f *fnGen) listComp(e *ast.ListComp) jen.Code {
	acc := f.temp("acc")
	f.emit(jen.Var().Id(acc).Index().Qual(RT, "Term"))
	f.quals(e.Quals, func() {
		f.emit(jen.Id(acc).Op("=").Append(jen.Id(acc), f.expr(e.Expr)))
	})
	return jen.Qual(RT, "List").Call(jen.Id(acc).Op("..."))
}

func (f *fnGen) mapComp(e *ast.MapComp) jen.Code {
	acc := f.temp("acc")
	f.emit(jen.Id(acc).Op(":=").Qual(RT, "EmptyMap"))
	f.quals(e.Quals, func() {
		f.emit(jen.Id(acc).Op("=").Id(acc).Dot("Put").Call(f.expr(e.Key), f.expr(e.Value)))
	})
	return f.concrete(jen.Id(acc))
}

// quals emits the qualifiers from the first, calling inner at the innermost
// point.
func (f *fnGen) quals(qs []ast.Expr, inner func()) {
	if len(qs) == 0 {
		inner()
		return
	}
	rest := func() { f.quals(qs[1:], inner) }
	switch q := qs[0].(type) {
	case *ast.Generate:
		it := f.temp("it")
		list := f.expr(q.Expr)
		body := f.block(func() {
			f.match(q.Pattern, jen.Id(it).Dot("Head"), func() jen.Code { return jen.Continue() })
			rest()
		})
		f.emit(jen.For(jen.Id(it).Op(":=").Qual(RT, "ListIter").Call(list), jen.Id(it).Dot("Next").Call(), jen.Empty()).Block(body...))
	case *ast.MapGenerate:
		it := f.temp("it")
		m := f.expr(q.Expr)
		body := f.block(func() {
			skip := func() jen.Code { return jen.Continue() }
			f.match(q.Key, jen.Id(it).Dot("Key"), skip)
			f.match(q.Value, jen.Id(it).Dot("Value"), skip)
			rest()
		})
		f.emit(jen.For(jen.Id(it).Op(":=").Qual(RT, "MapIter").Call(m), jen.Id(it).Dot("Next").Call(), jen.Empty()).Block(body...))
	case *ast.BinGenerate:
		f.errorf(q, "erl2go does not support binary generators yet")
	default:
		var cond jen.Code
		if isTest(q) {
			c, safe := f.test(q)
			cond = c
			if !safe {
				cond = jen.Qual(RT, "GuardOK").Call(jen.Func().Params().Bool().Block(jen.Return(c)))
			}
		} else {
			cond = jen.Qual(RT, "Filter").Call(f.expr(q))
		}
		body := f.block(rest)
		f.emit(jen.If(cond).Block(body...))
	}
}
