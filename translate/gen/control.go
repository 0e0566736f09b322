package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Case, if and try share one shape: clauses in order, each in a block that
// jumps to the next clause's label when its pattern or guard fails, and a
// last statement that raises the error BEAM raises when no clause matches:
//
//	var v1 rt.Term
//	{
//		...match clause 1, goto case1_c2 on failure...
//		v1 = ...
//		goto case1_end
//	}
//	case1_c2:
//	...
//	rt.CaseClause(X)
//	case1_end:

// clauseSet describes one such construct for emitClauses.
type clauseSet struct {
	kind    string                                    // label prefix: "case", "if", "try"
	node    ast.Node                                  // where the no-match error is raised
	clauses []*ast.Clause                             // the clauses
	head    func(c *ast.Clause, fail func() jen.Code) // emits the clause's patterns
	noMatch func() jen.Code                           // raises the no-match error
}

// emitClauses emits the clauses with each body delivered to d.
func (f *fnGen) emitClauses(cs clauseSet, d dest) {
	n := f.temps[cs.kind] + 1
	f.temps[cs.kind] = n
	prefix := fmt.Sprintf("%s%d", cs.kind, n)
	end := prefix + "_end"
	label := ""
	total := false
	for i, c := range cs.clauses {
		next := fmt.Sprintf("%s_c%d", prefix, i+2)
		stmts := f.block(func() {
			fail := func() jen.Code { return f.gotoLabel(next) }
			cs.head(c, fail)
			f.guards(c.Guards, fail)
			f.body(c.Body, d)
		})
		canFail := f.used[next]
		if d.kind != toReturn && (canFail || i < len(cs.clauses)-1) && canFail {
			stmts = append(stmts, f.gotoLabel(end))
		}
		wrap := canFail || d.kind != toReturn
		if f.used[label] {
			f.emit(jen.Id(label).Op(":"))
		}
		if wrap {
			f.emit(jen.Block(stmts...))
		} else {
			f.emit(stmts...)
		}
		label = next
		if !canFail {
			total = true
			break
		}
	}
	if !total {
		if f.used[label] {
			f.emit(jen.Id(label).Op(":"))
		}
		f.line(cs.node)
		if d.kind == toReturn {
			f.emit(f.retRaise(cs.noMatch()))
		} else {
			f.emit(cs.noMatch())
		}
	}
	if f.used[end] {
		f.emit(jen.Id(end).Op(":"))
	}
}

// predeclare declares the variables that node's clauses bind and that are
// read after it, so that every clause assigns the same Go variable.
func (f *fnGen) predeclare(node ast.Expr) {
	names := f.info.exported(node)
	if len(names) == 0 {
		return
	}
	var ids []jen.Code
	if f.scope.pending == nil {
		f.scope.pending = map[string]string{}
	}
	for _, n := range names {
		if _, outer := f.scope.lookupPending(n); outer {
			// A case inside a case that binds the same variable: its
			// clauses assign the outer one's Go variable.
			continue
		}
		g := varName(n)
		f.scope.pending[n] = g
		ids = append(ids, jen.Id(g))
	}
	if len(ids) > 0 {
		f.emit(jen.Var().List(ids...).Qual(RT, "Term"))
	}
}

// settle marks the predeclared variables bound once the construct is done.
func (f *fnGen) settle(node ast.Expr) {
	for _, n := range f.info.exported(node) {
		if g, ok := f.scope.pending[n]; ok {
			f.scope.vars[n] = g
			delete(f.scope.pending, n)
		} else if g, ok := f.scope.lookupPending(n); ok {
			f.scope.vars[n] = g // declared by an enclosing case (predeclare)
		}
	}
}

func (f *fnGen) caseExpr(e *ast.Case, d dest) {
	f.line(e)
	if c := e.Clauses[0]; f.ignorable(c.Patterns[0]) && len(c.Guards) == 0 {
		// case f() of _Any -> Body end: the value is never looked at.
		f.to(dest{kind: toEffect}, e.Expr)
		f.body(c.Body, d)
		return
	}
	v := f.stable(f.expr(e.Expr))
	f.predeclare(e)
	f.emitClauses(clauseSet{
		kind:    "case",
		node:    e,
		clauses: e.Clauses,
		head: func(c *ast.Clause, fail func() jen.Code) {
			f.line(c)
			f.match(c.Patterns[0], v, fail)
		},
		noMatch: func() jen.Code { return jen.Qual(RT, "CaseClause").Call(v) },
	}, d)
	f.settle(e)
}

func (f *fnGen) ifExpr(e *ast.If, d dest) {
	f.line(e)
	f.predeclare(e)
	f.emitClauses(clauseSet{
		kind:    "if",
		node:    e,
		clauses: e.Clauses,
		head:    func(c *ast.Clause, fail func() jen.Code) { f.line(c) },
		noMatch: func() jen.Code { return jen.Qual(RT, "IfClause").Call() },
	}, d)
	f.settle(e)
}

// guards emits `if !(G1 || G2) { fail }` for a guard sequence G1; G2.
func (f *fnGen) guards(gs []ast.Guard, fail func() jen.Code) {
	if len(gs) == 0 {
		return
	}
	var alts []jen.Code
	compound := len(gs) > 1 // the condition needs parentheses under the !
	for _, g := range gs {
		var tests []jen.Code
		safe := true
		for _, t := range g {
			code, ok := f.test(t)
			if isTrueLit(t) {
				continue
			}
			tests = append(tests, code)
			safe = safe && ok
		}
		if len(tests) == 0 {
			return // always true
		}
		conj := joinOp("&&", tests)
		compound = compound || len(tests) > 1 && safe
		if !safe {
			// A guard that may raise is false when it does (BEAM's rule).
			conj = jen.Qual(RT, "GuardOK").Call(jen.Func().Params().Bool().Block(jen.Return(conj)))
		}
		alts = append(alts, conj)
	}
	cond := joinOp("||", alts)
	if compound {
		cond = jen.Parens(cond)
	}
	f.emit(jen.If(jen.Op("!").Add(cond)).Block(fail()))
}

// varAndSmallInt reports whether e orders a variable and a small integer.
func varAndSmallInt(e *ast.BinaryOp) bool {
	if _, ok := constCompare[e.Op]; !ok {
		return false
	}
	_, lv := e.Left.(*ast.Var)
	_, rv := e.Right.(*ast.Var)
	_, lc := smallInt(e.Left)
	_, rc := smallInt(e.Right)
	return lv && rc || rv && lc
}

func isTrueLit(e ast.Expr) bool {
	a, ok := e.(*ast.Atom)
	return ok && a.Name == "true"
}

func joinOp(op string, xs []jen.Code) jen.Code {
	out := jen.Add(xs[0])
	for _, x := range xs[1:] {
		out = out.Op(op).Add(x)
	}
	if len(xs) > 1 && op == "||" {
		return out
	}
	return out
}

// test compiles a guard test to a Go bool. safe is false when evaluating it
// may raise an exception (arithmetic, BIFs such as element/2 or hd/1).
func (f *fnGen) test(e ast.Expr) (jen.Code, bool) {
	before := len(f.out)
	f.inGuard++
	defer func() {
		f.inGuard--
		if len(f.out) != before {
			f.errorf(e, "erl2go does not support this guard expression")
			f.out = f.out[:before]
		}
	}()
	switch e := e.(type) {
	case *ast.BinaryOp:
		if _, ok := compareOps[e.Op]; ok {
			if code, safe := f.nativeCompare(e); code != nil {
				return code, safe // over native integers (bits_native.go)
			}
			if varAndSmallInt(e) {
				return f.compare(e), true // rt.GtInt(N, 0) and friends
			}
			l, s1 := f.guardValue(e.Left)
			r, s2 := f.guardValue(e.Right)
			fn := compareOps[e.Op]
			if code := smallCompare(fn, l, r); code != nil {
				return code, s1 && s2 // fast path in line (arith.go)
			}
			if fn[0] == '!' {
				return jen.Op("!").Qual(RT, fn[1:]).Call(l, r), s1 && s2
			}
			return jen.Qual(RT, fn).Call(l, r), s1 && s2
		}
		switch e.Op {
		case "andalso", "and":
			return f.testJoin("&&", e)
		case "orelse", "or":
			return f.testJoin("||", e)
		}
	case *ast.UnaryOp:
		if e.Op == "not" && isTest(e.X) {
			x, safe := f.test(e.X)
			return jen.Op("!").Parens(x), safe
		}
	case *ast.Call:
		if r, ok := e.Fun.(*ast.Remote); ok {
			if m, ok := r.Module.(*ast.Atom); ok && m.Name == "erlang" {
				if fn, ok := r.Fun.(*ast.Atom); ok && len(e.Args) == 1 {
					if goFn, ok := typeTests[fn.Name]; ok {
						x, safe := f.guardValue(e.Args[0])
						return jen.Qual(RT, goFn).Call(x), safe
					}
				}
			}
		}
	}
	v, safe := f.guardValue(e)
	if isTrueLit(e) {
		return jen.True(), true
	}
	return jen.Qual(RT, "IsTrue").Call(v), safe
}

func (f *fnGen) testJoin(op string, e *ast.BinaryOp) (jen.Code, bool) {
	l, s1 := f.test(e.Left)
	r, s2 := f.test(e.Right)
	if op == "||" && !isTest(e.Left) {
		// A orelse B holds when A is true, or A is false and B holds; any
		// other A raises, which fails the guard. (A and B hold just when
		// both do, whatever they are, as && says.)
		lv, _ := f.guardValue(e.Left)
		r = jen.Qual(RT, "IsFalse").Call(lv).Op("&&").Add(r)
	}
	if op == "||" && e.Op == "or" && !isTest(e.Right) {
		// The strict or raises unless B is a boolean, even when A is true.
		rv, _ := f.guardValue(e.Right)
		l = jen.Parens(jen.Add(l).Op("&&").Qual(RT, "IsBoolean").Call(rv))
	}
	return jen.Parens(jen.Add(l).Op(op).Add(r)), s1 && s2
}

// isTest reports whether e always yields a boolean (so that && and ! on its
// Go bool mean what andalso and not mean).
func isTest(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BinaryOp:
		if _, ok := compareOps[e.Op]; ok {
			return true
		}
		switch e.Op {
		case "andalso", "orelse", "and", "or":
			return isTest(e.Left) && isTest(e.Right)
		}
	case *ast.UnaryOp:
		return e.Op == "not" && isTest(e.X)
	case *ast.Atom:
		return e.Name == "true" || e.Name == "false"
	case *ast.Call:
		if r, ok := e.Fun.(*ast.Remote); ok {
			if fn, ok := r.Fun.(*ast.Atom); ok && len(e.Args) == 1 {
				_, ok := typeTests[fn.Name]
				return ok
			}
		}
	}
	return false
}

// guardValue compiles a guard expression to a Term; safe reports that it
// cannot raise.
func (f *fnGen) guardValue(e ast.Expr) (jen.Code, bool) {
	switch e.(type) {
	case *ast.Var:
		return f.expr(e), true
	}
	if isConst(e) {
		return f.expr(e), true
	}
	if isTest(e) {
		t, safe := f.test(e)
		return jen.Qual(RT, "Bool").Call(t), safe
	}
	if u, ok := e.(*ast.UnaryOp); ok && u.Op == "not" {
		// not (A orelse B) over operands that are not all tests: erlang:not/1
		// of the operand's value raises badarg unless it is a boolean.
		x, _ := f.guardValue(u.X)
		return jen.Qual(RT, bifs[bifKey("erlang", "not", 1)]).Call(jen.Id("p"), x), false
	}
	if b, ok := e.(*ast.BinaryOp); ok && (b.Op == "andalso" || b.Op == "orelse") {
		// The value of a short circuit whose operands are not all tests,
		// as in (A orelse B) =:= true: no statements may go in a guard.
		l, _ := f.guardValue(b.Left)
		r, _ := f.guardValue(b.Right)
		fn := map[string]string{"andalso": "Andalso", "orelse": "Orelse"}[b.Op]
		return jen.Qual(RT, fn).Call(l, jen.Func().Params().Qual(RT, "Term").Block(jen.Return(r))), false
	}
	return f.expr(e), false
}

// typeTests are the type-test BIFs, compiled to rt functions returning bool.
var typeTests = map[string]string{
	"is_atom": "IsAtom", "is_integer": "IsInteger", "is_float": "IsFloat", "is_number": "IsNumber",
	"is_list": "IsList", "is_tuple": "IsTuple", "is_map": "IsMap", "is_binary": "IsBinary",
	"is_bitstring": "IsBitstring", "is_function": "IsFunction", "is_boolean": "IsBoolean",
	"is_pid": "IsPid", "is_reference": "IsReference", "is_port": "IsPort",
}
