package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// clause checks a function clause: its head binds, its guard and body use;
// what it binds and never uses is reported.
func (c *checker) clause(cl *ast.Clause) {
	hvt, hnew := c.head(cl.Patterns, vt{}, vt{})
	vt1 := update(hvt, hnew)
	vt2 := update(c.guard(cl.Guards, vt1), vt1)
	upd := update(c.exprs(cl.Body, vt2), vt2)
	c.unusedVars(upd, vt{})
}

// exprs checks a sequence, each expression seeing the bindings of those
// before; as in erl_lint, an earlier expression's state of a variable wins.
func (c *checker) exprs(es []ast.Expr, env vt) vt {
	if len(es) == 0 {
		return vt{}
	}
	evt := c.expr(es[0], env)
	return update(evt, c.exprs(es[1:], update(evt, env)))
}

// exprList checks expressions that all see the same variables (arguments, elements).
func (c *checker) exprList(es []ast.Expr, env vt) vt {
	acc := vt{}
	for _, e := range es {
		if e != nil {
			acc = mergePat(c.expr(e, env), acc)
		}
	}
	return acc
}

// useVar checks a use of V in an expression.
func (c *checker) useVar(v *ast.Var, env vt) vt {
	if c.binNew != nil {
		return c.binSizeVar(v, env)
	}
	info, ok := env[v.Name]
	switch {
	case !ok:
		c.errorf(v.Pos(), "variable %s is unbound", atomText(v.Name))
		info.annos = []source.Pos{v.Pos()}
	case info.kind == unsafe:
		c.unsafeVar(v, info)
	case info.kind == stacktrace:
		c.errorf(v.Pos(), "stacktrace variable %s must not be used in a guard", atomText(v.Name))
	case info.kind == exported:
		return vt{v.Name: {exported, info.in, true, info.annos}}
	}
	return vt{v.Name: usedAt(info)}
}

func (c *checker) unsafeVar(v *ast.Var, info varInfo) {
	p := c.fset.Position(info.in.pos)
	c.errorf(v.Pos(), "variable %s unsafe in %s (line %d, column %d)",
		atomText(v.Name), atomText(info.in.what), p.Line, p.Column)
}

// expr checks an expression and returns the variables it binds or uses.
func (c *checker) expr(e ast.Expr, env vt) vt {
	switch e := e.(type) {
	case *ast.Var:
		return c.useVar(e, env)
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return nil
	case *ast.Cons:
		return c.exprList([]ast.Expr{e.Head, e.Tail}, env)
	case *ast.Tuple:
		return c.exprList(e.Elems, env)
	case *ast.Map:
		return c.mapExpr(e, env, c.exprList, update)
	case *ast.Record, *ast.RecordIndex, *ast.RecordAccess:
		return c.recordExpr(e, env, c.expr)
	case *ast.Bin:
		return c.binExpr(e, env, c.expr)
	case *ast.Block:
		return c.exprs(e.Body, env)
	case *ast.If:
		return c.icrClauses(e.Clauses, env, where{"if", e.Pos()})
	case *ast.Case:
		evt := c.expr(e.Expr, env)
		cvt := c.icrClauses(e.Clauses, update(evt, env), where{"case", e.Pos()})
		return merge(evt, cvt)
	case *ast.Receive:
		return c.receive(e, env)
	case *ast.Try:
		return c.try(e, env)
	case *ast.Catch:
		evt := c.expr(e.Expr, env)
		return update(unsafeIn(where{"catch", e.Pos()}, evt, env), evt)
	case *ast.Match:
		return c.match(e.Left, e.Right, env)
	case *ast.MaybeMatch:
		return c.match(e.Left, e.Right, env)
	case *ast.Maybe:
		return c.maybe(e, env)
	case *ast.BinaryOp:
		if e.Op == "andalso" || e.Op == "orelse" {
			l := c.expr(e.Left, env)
			env1 := update(l, env)
			r := c.expr(e.Right, env1)
			return merge(l, update(unsafeIn(where{e.Op, anchor(e)}, r, env1), r))
		}
		return c.exprList([]ast.Expr{e.Left, e.Right}, env)
	case *ast.UnaryOp:
		return c.expr(e.X, env)
	case *ast.Call:
		return c.call(e, env)
	case *ast.Remote:
		c.errorf(e.Module.Pos(), "illegal expression")
		return nil
	case *ast.FunRef:
		c.funRef(e)
		return nil
	case *ast.FunRemote:
		return c.exprList([]ast.Expr{e.Module, e.Name, e.Arity}, env)
	case *ast.FunExpr:
		return c.funExpr(e, env)
	case *ast.ListComp:
		return c.comprehension([]ast.Expr{e.Expr}, e.Quals, env)
	case *ast.BinComp:
		return c.comprehension([]ast.Expr{e.Expr}, e.Quals, env)
	case *ast.MapComp:
		return c.comprehension([]ast.Expr{e.Key, e.Value}, e.Quals, env)
	}
	c.errorf(e.Pos(), "illegal expression")
	return nil
}

// match checks Pattern = Expr: the expression first, then the pattern, which
// may use what the expression bound.
func (c *checker) match(p, e ast.Expr, env vt) vt {
	evt := c.expr(e, env)
	penv := update(evt, env)
	pvt, pnew := c.pattern(p, penv, penv)
	c.rejectAliasExpr(p, e, env)
	return update(pnew, merge(evt, pvt))
}

// icrClauses checks the clauses of if, case and receive, each seeing env.
func (c *checker) icrClauses(cs []*ast.Clause, env vt, w where) vt {
	return exportClauses(c.clauseTables(cs, env), env, w)
}

func (c *checker) clauseTables(cs []*ast.Clause, env vt) []vt {
	cvts := make([]vt, len(cs))
	for i, cl := range cs {
		cvts[i] = c.icrClause(cl, env)
	}
	return cvts
}

func (c *checker) icrClause(cl *ast.Clause, env vt) vt {
	hvt, hnew := c.head(cl.Patterns, env, env)
	vt1 := update(hvt, hnew)
	vt2 := update(c.guard(cl.Guards, update(vt1, env)), vt1)
	bvt := c.exprs(cl.Body, update(vt2, env))
	return update(bvt, vt2)
}

// receive: the timeout's bindings are not seen by the clauses.
func (c *checker) receive(e *ast.Receive, env vt) vt {
	w := where{"receive", e.Pos()}
	if e.Timeout == nil {
		return c.icrClauses(e.Clauses, env, w)
	}
	tvt := c.expr(e.Timeout, env)
	tevt := c.exprs(e.After, env)
	cvts := append([]vt{tevt}, c.clauseTables(e.Clauses, env)...)
	return merge(merge(tvt, tevt), exportClauses(cvts, env, w))
}

// try: variables bound in the body are seen by the of-clauses only; nothing
// bound inside the try is safe after it.
func (c *checker) try(e *ast.Try, env vt) vt {
	w := where{"try", e.Pos()}
	evt0 := c.exprs(e.Body, env)
	uvt := unsafeIn(w, evt0, env)
	vtBody := update(evt0, env)
	cvts := c.clauseTables(e.Clauses, vtBody)
	for _, cl := range e.Catches {
		cvts = append(cvts, c.catchClause(cl, update(uvt, vtBody)))
	}
	sccs := exportClauses(cvts, vtBody, w)
	evt1 := update(uvt, evt0)
	rvt1 := update(unsafeIn(w, sccs, vtBody), sccs)
	evt2 := merge(evt1, rvt1)
	avt0 := c.exprs(e.After, update(evt2, env))
	avt1 := update(unsafeIn(w, avt0, env), avt0)
	return merge(evt2, avt1)
}

// catchClause checks Class:Reason:Stack when Guard -> Body; the stack
// trace variable must be new and may not be used in the guard.
func (c *checker) catchClause(cl *ast.Clause, env vt) vt {
	hvt, hnew := c.head(cl.Patterns, env, env)
	vt1 := update(hvt, hnew)
	genv := update(vt1, env)
	if len(cl.Patterns) == 3 {
		if s, ok := cl.Patterns[2].(*ast.Var); ok && s.Name != "_" {
			if genv[s.Name].used {
				c.errorf(s.Pos(), "stacktrace variable %s must not be previously bound", atomText(s.Name))
			}
			genv = update(vt{s.Name: {kind: stacktrace, annos: []source.Pos{s.Pos()}}}, genv)
		}
	}
	vt2 := update(c.guard(cl.Guards, genv), vt1)
	bvt := c.exprs(cl.Body, update(vt2, env))
	return update(bvt, vt2)
}

// maybe: nothing bound inside maybe ... end is visible after it.
func (c *checker) maybe(e *ast.Maybe, env vt) vt {
	evt0 := c.exprs(e.Body, env)
	evt1 := update(unsafeIn(where{"maybe", e.Pos()}, evt0, env), env)
	evt2 := merge(evt0, evt1)
	if e.Else == nil {
		return evt2
	}
	w := where{"else", e.Pos()}
	cvt0 := c.icrClauses(e.Else, evt1, w)
	cvt1 := update(unsafeIn(w, cvt0, env), env)
	return merge(evt2, merge(cvt0, cvt1))
}

// funExpr checks fun ... end: its head variables shadow, and nothing it binds
// is visible outside. A named fun's name is a variable inside it.
func (c *checker) funExpr(e *ast.FunExpr, env vt) vt {
	if e.Name == "" || e.Name == "_" {
		return c.funClauses(e.Clauses, env)
	}
	nvt0 := vt{e.Name: {annos: []source.Pos{e.Pos()}}}
	c.shadowVars(nvt0, env, "named fun")
	csvt := c.funClauses(e.Clauses, update(newIn(env, nvt0), nvt0))
	c.unusedVars(update(csvt, nvt0), vt{})
	return oldIn(csvt, env)
}

func (c *checker) funClauses(cs []*ast.Clause, env vt) vt {
	saved := c.recdefTop
	c.recdefTop = false
	acc := vt{}
	for _, cl := range cs {
		acc = merge(c.funClause(cl, env), acc)
	}
	c.recdefTop = saved
	return noUnsafeUnused(oldIn(acc, env))
}

func (c *checker) funClause(cl *ast.Clause, env vt) vt {
	hvt, hnew := c.head(cl.Patterns, env, vt{})
	vt1 := update(hvt, env)
	c.shadowVars(hnew, env, "fun")
	vt2 := update(hnew, newIn(vt1, hnew))
	vt3 := update(c.guard(cl.Guards, vt2), vt2)
	cvt := update(c.exprs(cl.Body, vt3), vt3)
	c.unusedVars(cvt, env)
	svt := oldIn(vt1, hnew)
	c.oldUnusedVars(cvt, svt)
	return oldIn(merge(svt, newIn(cvt, svt)), env)
}

// comprehension checks [E || Quals]: generator patterns shadow, and nothing
// bound inside is visible outside.
func (c *checker) comprehension(es []ast.Expr, quals []ast.Expr, env vt) vt {
	saved := c.recdefTop
	c.recdefTop = false
	vt1, uvt := c.quals(quals, env)
	c.recdefTop = saved
	var evt vt
	if len(es) == 1 {
		evt = c.expr(es[0], vt1)
	} else {
		evt = c.exprList(es, vt1)
	}
	vt2 := update(evt, vt1)
	c.oldUnusedVars(vt2, uvt)
	c.unusedVars(uvt, env)
	c.unusedVars(vt2, env)
	vt3 := merge(newIn(vt2, uvt), uvt)
	return noUnsafeUnused(oldIn(vt3, env))
}

func (c *checker) quals(qs []ast.Expr, env vt) (vt, vt) {
	uvt := vt{}
	for _, q := range qs {
		switch q := q.(type) {
		case *ast.Generate:
			env, uvt = c.generator([]ast.Expr{q.Pattern}, q.Expr, env, uvt)
		case *ast.BinGenerate:
			c.binGenPattern(q.Pattern)
			env, uvt = c.generator([]ast.Expr{q.Pattern}, q.Expr, env, uvt)
		case *ast.MapGenerate:
			env, uvt = c.generator([]ast.Expr{q.Key, q.Value}, q.Expr, env, uvt)
		default:
			var fvt vt
			if c.isGuardTest(q) {
				fvt = c.guardTest(q, env)
			} else {
				fvt = c.expr(q, env)
			}
			env = update(fvt, env)
		}
	}
	return env, uvt
}

// generator checks Pattern <- Expr: variables local to Expr are forgotten,
// and the pattern's variables shadow.
func (c *checker) generator(ps []ast.Expr, e ast.Expr, env, uvt vt) (vt, vt) {
	evt := c.expr(e, env)
	vt1 := update(oldIn(evt, env), env)
	c.unusedVars(evt, env)
	pvt, pnew := c.head(ps, vt1, vt{})
	vt2 := update(pvt, vt1)
	c.shadowVars(pnew, vt1, "generate")
	svt := oldIn(vt2, pnew)
	c.oldUnusedVars(svt, uvt)
	nuvt := update(newIn(svt, uvt), uvt)
	return update(newIn(vt2, pnew), pnew), nuvt
}

// binGenPattern: in <<P <= B>>, the last segment of P must have a size.
func (c *checker) binGenPattern(p ast.Expr) {
	b, ok := p.(*ast.Bin)
	if !ok || len(b.Elems) == 0 {
		return
	}
	last := b.Elems[len(b.Elems)-1]
	if last.Size != nil {
		return
	}
	for _, t := range last.Types {
		switch t.Name {
		case "binary", "bytes", "bits", "bitstring":
			c.errorf(last.Pos(), "binary fields without size are not allowed in patterns of bit string generators")
			return
		}
	}
}

// call checks a function call.
func (c *checker) call(e *ast.Call, env vt) vt {
	switch f := e.Fun.(type) {
	case *ast.Atom:
		avt := c.exprList(e.Args, env)
		c.localCall(e, f)
		return avt
	case *ast.Remote:
		if isAtom(f.Module, "erlang") && isAtom(f.Fun, "is_record") && len(e.Args) == 2 {
			c.recordTestArg(e.Args[1])
		}
		return c.exprList(append([]ast.Expr{f.Module, f.Fun}, e.Args...), env)
	}
	return c.exprList(append([]ast.Expr{e.Fun}, e.Args...), env)
}

// localCall resolves f(...): a local function, an import or an auto-imported BIF.
func (c *checker) localCall(e *ast.Call, f *ast.Atom) {
	k := fa{f.Name, len(e.Args)}
	if k == (fa{"is_record", 2}) {
		c.recordTestArg(e.Args[1])
	}
	_, imported := c.imports[k]
	if !c.locals[k] && !imported && c.autoImported(k) {
		return
	}
	if imported {
		return
	}
	if k == (fa{"record_info", 2}) {
		c.recordInfoCall(e, f)
		return
	}
	if c.autoImported(k) {
		report := c.errorf
		pre := "pre R14 "
		if !oldBIFs[k] {
			report, pre = c.warnf, ""
		}
		report(e.Pos(), "ambiguous call of overridden %sauto-imported BIF %s/%d\n"+
			" - use erlang:%s/%d or \"-compile({no_auto_import,[%s/%d]}).\" to resolve name clash",
			pre, atomText(k.name), k.arity, atomText(k.name), k.arity, atomText(k.name), k.arity)
	}
	if k != c.fn && !pseudoLocal(k) {
		c.calls = append(c.calls, call{k, e.Pos()})
		c.callEdge(k)
	}
}

func pseudoLocal(k fa) bool {
	return k == fa{"module_info", 0} || k == fa{"module_info", 1}
}

// recordTestArg checks the record name in is_record(X, r).
func (c *checker) recordTestArg(e ast.Expr) {
	if a, ok := e.(*ast.Atom); ok {
		c.existRecord(a.Pos(), a.Name)
	}
}

// funRef checks fun f/N: like a call, but imports do not count.
func (c *checker) funRef(e *ast.FunRef) {
	k := fa{e.Name, e.Arity}
	if k == (fa{"record_info", 2}) {
		c.errorf(e.Pos(), "illegal record info")
		return
	}
	if !c.locals[k] && c.autoImported(k) {
		return
	}
	if !pseudoLocal(k) {
		c.calls = append(c.calls, call{k, e.Pos()})
		c.callEdge(k)
	}
}

// recordInfoCall checks record_info(fields|size, r).
func (c *checker) recordInfoCall(e *ast.Call, f *ast.Atom) {
	info, ok1 := e.Args[0].(*ast.Atom)
	name, ok2 := e.Args[1].(*ast.Atom)
	if !ok1 || !ok2 {
		c.errorf(e.Pos(), "illegal record info")
		return
	}
	if info.Name != "fields" && info.Name != "size" {
		c.errorf(info.Pos(), "illegal record info")
		return
	}
	c.existRecord(f.Pos(), name.Name)
}

// existRecord reports an undefined record name.
func (c *checker) existRecord(pos source.Pos, name string) bool {
	if _, ok := c.records[name]; ok {
		c.usedRecords[name] = true
		return true
	}
	c.errorf(pos, "record %s undefined", atomText(name))
	return false
}
