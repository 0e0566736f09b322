package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Comprehensions become nested loops that build the list front to back,
// each element a cell from the process's block (rt.ListBuilder). Every
// generator's loop starts with a safe point, so that a kill reaches a
// process busy in a long comprehension (tick in proc.go):
//
//	var acc1 rt.ListBuilder
//	for it1 := rt.ListIter(L); it1.Next(); {
//		p.Tick()
//		X := it1.Head
//		if rt.Lt(X, Pivot) {
//			acc1 = acc1.Push(p, X)
//		}
//	}
//	... acc1.List()
//
// A generator element that does not match its pattern is skipped; a filter
// that is not a boolean raises {bad_filter, V} (rt.Filter).

func (f *fnGen) listComp(e *ast.ListComp) jen.Code {
	acc := f.temp("acc")
	f.emit(jen.Var().Id(acc).Qual(RT, "ListBuilder"))
	f.quals(e.Quals, func() {
		f.emit(jen.Id(acc).Op("=").Id(acc).Dot("Push").Call(jen.Id("p"), f.expr(e.Expr)))
	})
	return jen.Id(acc).Dot("List").Call()
}

// binComp builds << Expr || Quals >> with one builder:
//
//	b1 := rt.NewBits(p, 0)
//	...loops... b1.PutBinary(Expr, -1, 1)
//	... b1.Done()
func (f *fnGen) binComp(e *ast.BinComp) jen.Code {
	b := f.temp("b")
	f.emit(jen.Id(b).Op(":=").Qual(RT, "NewBits").Call(jen.Id("p"), jen.Lit(0)))
	f.quals(e.Quals, func() {
		if bin, ok := e.Expr.(*ast.Bin); ok {
			for _, el := range bin.Elems {
				f.putSegment(b, el)
			}
			return
		}
		v := f.expr(e.Expr)
		f.line(e.Expr) // PutBinary may raise badarg
		f.emit(jen.Id(b).Dot("PutBinary").Call(v, jen.Lit(-1), jen.Lit(1)))
	})
	return jen.Id(b).Dot("Done").Call()
}

// binGenerator emits <<Segments>> <= Bin: one matcher walks Bin, and the
// loop ends when the segments no longer fit.
//
//	g1, ok := rt.MatchBits(Bin)
//	...bad_generator unless ok...
//	for {
//		x1, ok := g1.Int(8, 0)
//		if !ok {
//			break
//		}
//		X := x1
//		...
//	}
func (f *fnGen) binGenerator(q *ast.BinGenerate, rest func()) {
	pat, ok := q.Pattern.(*ast.Bin)
	if !ok {
		f.errorf(q, "a binary generator needs a binary pattern")
		return
	}
	m := f.temp("g")
	src := f.expr(q.Expr)
	f.emit(jen.List(jen.Id(m), jen.Id("ok")).Op(":=").Qual(RT, "MatchBits").Call(src))
	f.emit(jen.If(jen.Op("!").Id("ok")).Block(jen.Qual(RT, "Error").Call(
		jen.Qual(RT, "NewTuple").Call(f.atom("bad_generator"), src))))
	body := f.block(func() {
		f.emit(tick())
		// Too few bits left ends the generator; a segment that is there
		// but does not match (a literal) skips the element, when the
		// element's size is known.
		stop := func() jen.Code { return jen.Break() }
		skip := stop
		if n, ok := patternBits(pat); ok && !f.allBinding(pat) {
			saved := f.temp("at")
			f.emit(jen.Id(saved).Op(":=").Id(m))
			skip = func() jen.Code {
				return jen.Id(m).Op("=").Id(saved).Line().
					If(jen.Op("!").Id(m).Dot("Skip").Call(jen.Lit(n))).Block(jen.Break()).Line().
					Continue()
			}
		} else if !f.allBinding(pat) {
			f.skipBySizes(m, pat, rest) // sizes known only as it matches (bits_gen.go)
			return
		}
		failIf := func(cond jen.Code) { f.emit(jen.If(cond).Block(stop())) }
		for i, el := range pat.Elems {
			f.matchSegment(m, el, i == len(pat.Elems)-1, skip, failIf)
		}
		rest()
	})
	f.emit(jen.For().Block(body...))
}

// patternBits is the total size of a binary pattern whose segments all
// have literal sizes.
func patternBits(p *ast.Bin) (int, bool) {
	total := 0
	for _, el := range p.Elems {
		n, ok := segmentOf(el).constBits()
		if !ok {
			return 0, false
		}
		total += n
	}
	return total, true
}

// allBinding reports whether every segment's value is a variable that
// binds (so that only a lack of bits can make the pattern fail; a variable
// bound before, or earlier in the pattern, compares).
func (f *fnGen) allBinding(p *ast.Bin) bool {
	for _, el := range p.Elems {
		v, ok := el.Value.(*ast.Var)
		if !ok {
			return false
		}
		if _, binds := f.info.bind[v]; !binds && v.Name != "_" {
			return false
		}
	}
	return true
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
			f.emit(tick())
			f.match(q.Pattern, jen.Id(it).Dot("Head"), func() jen.Code { return jen.Continue() })
			rest()
		})
		f.emit(jen.For(jen.Id(it).Op(":=").Qual(RT, "ListIter").Call(list), jen.Id(it).Dot("Next").Call(), jen.Empty()).Block(body...))
	case *ast.MapGenerate:
		it := f.temp("it")
		m := f.expr(q.Expr)
		body := f.block(func() {
			f.emit(tick())
			skip := func() jen.Code { return jen.Continue() }
			f.match(q.Key, jen.Id(it).Dot("Key"), skip)
			f.match(q.Value, jen.Id(it).Dot("Value"), skip)
			rest()
		})
		f.emit(jen.For(jen.Id(it).Op(":=").Qual(RT, "MapIter").Call(m), jen.Id(it).Dot("Next").Call(), jen.Empty()).Block(body...))
	case *ast.BinGenerate:
		f.binGenerator(q, rest)
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
