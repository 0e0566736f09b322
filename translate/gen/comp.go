package gen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Comprehensions become nested loops that build the list front to back,
// each element a cell from the process's block (rt.ListBuilder). Every
// generator's loop starts with a safe point, so that a kill reaches a
// process busy in a long comprehension (tick in proc.go):
//
//	var acc1 rt.ListBuilder
//	for c1 := rt.Cells(L); c1 != nil; c1 = rt.Cells(c1.Tail) {
//		p.Tick()
//		X := c1.Head
//		if rt.Lt(X, Pivot) {
//			acc1 = acc1.Push(p, X)
//		}
//	}
//	... acc1.List()
//
// A generator element that does not match its pattern is skipped; a filter
// that is not a boolean raises {bad_filter, V} (rt.Filter).
//
// The loop, each filter and the statement that adds an element carry the
// /*line*/ directive of their qualifier or expression: a loop spans several
// Go lines, and without one Go would count the lines inside it on from the
// line of the comprehension, so a failing call in the body would report a
// line further down the Erlang file.

func (f *fnGen) listComp(e *ast.ListComp) jen.Code {
	run := f.beginComp(e, e.Quals, []ast.Expr{e.Expr}, "lc") // comptrace.go
	acc := run.acc
	if acc != "" {
		f.line(e)
		f.emit(jen.Id(acc).Op("=").Qual(RT, "ListBuilder").Values()) // declared at the top
	} else {
		acc = f.temp("acc")
		f.emit(jen.Var().Id(acc).Qual(RT, "ListBuilder"))
	}
	f.quals(e.Quals, run.levels, func() {
		f.line(e.Expr)
		v := f.expr(e.Expr)
		f.line(e.Expr)
		f.emit(jen.Id(acc).Op("=").Id(acc).Dot("Push").Call(jen.Id("p"), v))
	})
	f.endComp(e, run)
	if run.acc != "" {
		return jen.Id(acc).Dot("Take").Call() // the list is no longer the frame's
	}
	return jen.Id(acc).Dot("List").Call()
}

// binComp builds << Expr || Quals >> with one builder:
//
//	b1 := rt.NewBits(p, 0)
//	...loops... b1.PutBinary(Expr, -1, 1)
//	... b1.Done()
func (f *fnGen) binComp(e *ast.BinComp) jen.Code {
	run := f.beginComp(e, e.Quals, []ast.Expr{e.Expr}, "lbc") // comptrace.go
	b := f.temp("b")
	f.emit(jen.Id(b).Op(":=").Qual(RT, "NewBits").Call(jen.Id("p"), jen.Lit(0)))
	f.quals(e.Quals, run.levels, func() {
		if bin, ok := e.Expr.(*ast.Bin); ok {
			elems := bin.Elems
			if len(elems) > 1 {
				elems = f.hoistSegments(elems) // values first, as BEAM (bits_run.go)
			}
			f.putSegments(b, elems, -1) // -1: the position after earlier elements is not known
			return
		}
		v := f.expr(e.Expr)
		f.line(e.Expr) // PutBinary may raise badarg
		f.emit(jen.Id(b).Dot("PutBinary").Call(v, jen.Lit(-1), jen.Lit(1)))
	})
	f.endComp(e, run)
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
func (f *fnGen) binGenerator(q *ast.BinGenerate, level int, rest func()) {
	pat, ok := q.Pattern.(*ast.Bin)
	if !ok {
		f.errorf(q, "a binary generator needs a binary pattern")
		return
	}
	m := f.temp("g")
	src, outer := f.generatorSource(q, q.Expr, level)
	f.line(q)
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
	f.line(q)
	f.emit(jen.For().Block(body...))
	f.comp.level = outer
}

// generatorSource emits a generator's expression in the level around it
// and enters the generator's own level (when level is not 0), where its
// loop runs and raises bad_generator: it returns the expression's value,
// in a variable unless it is one, and the level to go back to after the
// loop.
//
//	gen1 := m_f_1(p, X)
func (f *fnGen) generatorSource(q, src ast.Expr, level int) (jen.Code, int) {
	outer := f.comp.level
	f.line(q)
	v := f.expr(src)
	if _, isVar := src.(*ast.Var); level != 0 && !isVar && !isConstant(src) {
		tmp := f.temp("gen")
		f.declare(tmp, v)
		v = jen.Id(tmp)
	}
	f.pendingLine = "" // for the loop, emitted after its body
	if level != 0 {
		f.comp.level = level
	}
	return v, outer
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

// mapComp builds #{K => V || Qualifiers} in an accumulator that only the
// comprehension sees, through an owner of its own (rt.MapOwner), so that
// each put changes the map in place once it has copied a node:
//
//	var compOwner1 rt.MapOwner
//	acc1 := rt.EmptyMap
//	...
//		acc1 = acc1.PutIn(&compOwner1, K, V)
func (f *fnGen) mapComp(e *ast.MapComp) jen.Code {
	acc, owner := f.temp("acc"), f.temp("compOwner")
	f.emit(jen.Var().Id(owner).Qual(RT, "MapOwner"))
	f.emit(jen.Id(acc).Op(":=").Qual(RT, "EmptyMap"))
	f.quals(e.Quals, nil, func() {
		f.line(e.Key)
		k, v := f.expr(e.Key), f.expr(e.Value)
		f.line(e.Key)
		f.emit(jen.Id(acc).Op("=").Id(acc).Dot("PutIn").Call(jen.Op("&").Id(owner), k, v))
	})
	return f.concrete(jen.Id(acc))
}

// quals emits the qualifiers from the first, calling inner at the innermost
// point; levels are the comprehension levels of the generators among them
// (comptrace.go), none in a map comprehension.
func (f *fnGen) quals(qs []ast.Expr, levels []int, inner func()) {
	if len(qs) == 0 {
		inner()
		return
	}
	level, restLevels := 0, levels
	if _, ok := generator(qs[0]); ok && len(levels) > 0 {
		level, restLevels = levels[0], levels[1:]
	}
	rest := func() { f.quals(qs[1:], restLevels, inner) }
	switch q := qs[0].(type) {
	case *ast.Generate:
		c := f.temp("c")
		list, outer := f.generatorSource(q, q.Expr, level)
		body := f.block(func() {
			f.emit(tick())
			f.match(q.Pattern, jen.Id(c).Dot("Head"), func() jen.Code { return jen.Continue() })
			rest()
		})
		f.line(q)
		f.emit(jen.For(jen.Id(c).Op(":=").Qual(RT, "Cells").Call(list), jen.Id(c).Op("!=").Nil(),
			jen.Id(c).Op("=").Qual(RT, "Cells").Call(jen.Id(c).Dot("Tail"))).Block(body...))
		f.comp.level = outer
	case *ast.MapGenerate:
		it := f.temp("it")
		f.line(q)
		m := f.expr(q.Expr)
		f.pendingLine = ""
		body := f.block(func() {
			f.emit(tick())
			skip := func() jen.Code { return jen.Continue() }
			f.match(q.Key, jen.Id(it).Dot("Key"), skip)
			f.match(q.Value, jen.Id(it).Dot("Value"), skip)
			rest()
		})
		f.line(q)
		f.emit(jen.For(jen.Id(it).Op(":=").Qual(RT, "MapIter").Call(m), jen.Id(it).Dot("Next").Call(), jen.Empty()).Block(body...))
	case *ast.BinGenerate:
		f.binGenerator(q, level, rest)
	default:
		var cond jen.Code
		f.line(q)
		if isGuardFilter(q) {
			c, safe := f.test(q)
			cond = c
			if !safe {
				cond = jen.Qual(RT, "GuardOK").Call(jen.Func().Params().Bool().Block(jen.Return(c)))
			}
		} else {
			cond = jen.Qual(RT, "Filter").Call(f.expr(q))
		}
		f.pendingLine = ""
		body := f.block(rest)
		f.line(q)
		f.emit(jen.If(cond).Block(body...))
	}
}

// isGuardFilter reports whether a comprehension filter is a guard
// expression, as erl_lint decides: only guard operators and calls to guard
// BIFs (which the front end has made erlang:F calls). Such a filter is a
// guard test, where an exception or a value other than true means false
// ([X || X <- L, X] keeps the elements that are true); any other filter is
// an expression whose exceptions propagate ([X || X <- L, f(X) > 0] raises
// what f raises) and which must be a boolean.
func isGuardFilter(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Var, *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil,
			*ast.Cons, *ast.Tuple, *ast.Map, *ast.MapField, *ast.Bin, *ast.BinElement,
			*ast.Record, *ast.RecordField, *ast.RecordIndex, *ast.RecordAccess:
		case *ast.UnaryOp:
			ok = ok && guardOps[n.Op]&1 != 0
		case *ast.BinaryOp:
			ok = ok && guardOps[n.Op]&2 != 0
		case *ast.Call:
			ok = ok && isGuardBIF(n)
		case *ast.Remote, nil:
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// isGuardBIF reports whether call is erlang:F(Args...) for a guard BIF F,
// or one of the record operations the front end lowers records to.
func isGuardBIF(call *ast.Call) bool {
	r, ok := call.Fun.(*ast.Remote)
	if !ok {
		return false // a local function
	}
	m, _ := r.Module.(*ast.Atom)
	fn, _ := r.Fun.(*ast.Atom)
	if m != nil && m.Name == core.Intrinsic {
		return true // a record operation the front end lowered
	}
	return m != nil && fn != nil && m.Name == "erlang" && guardBIFs[fmt.Sprintf("%s/%d", fn.Name, len(call.Args))]
}

// guardOps are the operators allowed in guards: bit 1 unary, bit 2 binary.
var guardOps = map[string]int{
	"+": 3, "-": 3, "bnot": 1, "not": 1,
	"*": 2, "/": 2, "div": 2, "rem": 2, "band": 2, "bor": 2, "bxor": 2, "bsl": 2, "bsr": 2,
	"and": 2, "or": 2, "xor": 2, "andalso": 2, "orelse": 2,
	"==": 2, "/=": 2, "=<": 2, "<": 2, ">=": 2, ">": 2, "=:=": 2, "=/=": 2,
}

// guardBIFs are the BIFs allowed in guards.
var guardBIFs = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`abs/1 binary_part/2 binary_part/3 bit_size/1 byte_size/1
		ceil/1 element/2 float/1 floor/1 hd/1 is_atom/1 is_binary/1 is_bitstring/1 is_boolean/1
		is_float/1 is_function/1 is_function/2 is_integer/1 is_list/1 is_map/1 is_map_key/2
		is_number/1 is_pid/1 is_port/1 is_record/2 is_record/3 is_reference/1 is_tuple/1
		length/1 map_get/2 map_size/1 node/0 node/1 round/1 self/0 size/1 tl/1 trunc/1
		tuple_size/1`) {
		guardBIFs[k] = true
	}
}
