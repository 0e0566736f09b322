package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
)

// guard checks a guard sequence G1; G2; ...: each test sees the bindings of
// the tests before it (guards bind nothing, but uses are recorded).
func (c *checker) guard(gs []ast.Guard, env vt) vt {
	if len(gs) == 0 {
		return vt{}
	}
	gvt := c.guardTests(gs[0], env)
	return update(gvt, c.guard(gs[1:], update(gvt, env)))
}

func (c *checker) guardTests(ts []ast.Expr, env vt) vt {
	if len(ts) == 0 {
		return vt{}
	}
	gvt := c.guardTest(ts[0], env)
	return update(gvt, c.guardTests(ts[1:], update(gvt, env)))
}

// guardTest checks one test; old-style type tests like integer(X) are allowed here only.
func (c *checker) guardTest(t ast.Expr, env vt) vt {
	call, ok := t.(*ast.Call)
	if !ok {
		return c.gexpr(t, env)
	}
	f, ok := call.Fun.(*ast.Atom)
	if !ok {
		return c.gexpr(t, env)
	}
	k := fa{f.Name, len(call.Args)}
	if oldTypeTests[k] && !c.options["nowarn_obsolete_guard"] {
		c.warnf(f.Pos(), "%s/%d obsolete (use is_%s/%d)", atomText(k.name), k.arity, k.name, k.arity)
	}
	if oldTypeTests[k] && c.locals[fa{"is_" + k.name, k.arity}] {
		c.errorf(f.Pos(), "obsolete %s/1 (meaning is_%s/1) is illegal when there is a local/imported function named is_%s/1 ",
			k.name, k.name, atomText(k.name))
	}
	if k == (fa{"record", 2}) {
		return c.gexpr(&ast.Call{Loc: call.Loc, Fun: &ast.Atom{Loc: f.Loc, Name: "is_record"}, Args: call.Args}, env)
	}
	if typeTests[k] && k.name != "is_record" && k.arity != 2 {
		avt := c.gexprList(call.Args, env)
		if !c.noGuardBIFClash(k) {
			c.illegalLocalCall(call, k)
		}
		return avt
	}
	return c.gexpr(t, env)
}

func (c *checker) illegalLocalCall(call *ast.Call, k fa) {
	where := "guard"
	if c.inSize {
		where = "a size expression for a binary segment"
	}
	c.errorf(call.Pos(), "call to local/imported function %s/%d is illegal in %s", atomText(k.name), k.arity, where)
}

// illegalGuard reports an expression not allowed in a guard (or in a size in a binary pattern).
func (c *checker) illegalGuard(e ast.Node) {
	if c.inSize {
		c.errorf(anchor(e), "illegal bit size")
		return
	}
	c.errorf(anchor(e), "illegal guard expression")
}

// noGuardBIFClash reports whether a guard BIF name means the BIF: no local
// function or import (other than from erlang) overrides it.
func (c *checker) noGuardBIFClash(k fa) bool {
	m, imported := c.imports[k]
	fromErlang := imported && m == "erlang"
	return !c.locals[k] && (!imported || fromErlang) && (!c.suppressed(k) || fromErlang)
}

func (c *checker) gexprList(es []ast.Expr, env vt) vt {
	acc := vt{}
	for _, e := range es {
		acc = merge(c.gexpr(e, env), acc)
	}
	return acc
}

// gexpr checks a guard expression.
func (c *checker) gexpr(e ast.Expr, env vt) vt {
	switch e := e.(type) {
	case *ast.Var:
		return c.useVar(e, env)
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return nil
	case *ast.Cons:
		return c.gexprList([]ast.Expr{e.Head, e.Tail}, env)
	case *ast.Tuple:
		return c.gexprList(e.Elems, env)
	case *ast.Map:
		return c.mapExpr(e, env, c.gexprList, merge)
	case *ast.Record:
		if e.Base == nil {
			return c.recordExpr(e, env, c.gexpr)
		}
	case *ast.RecordIndex, *ast.RecordAccess:
		return c.recordExpr(e, env, c.gexpr)
	case *ast.Bin:
		return c.binExpr(e, env, c.gexpr)
	case *ast.Call:
		return c.guardCall(e, env)
	case *ast.UnaryOp:
		avt := c.gexpr(e.X, env)
		if !isGuardOp(e.Op, 1) {
			c.illegalGuard(e)
		}
		return avt
	case *ast.BinaryOp:
		avt := c.gexprList([]ast.Expr{e.Left, e.Right}, env)
		if !isGuardOp(e.Op, 2) {
			c.illegalGuard(e)
		}
		return avt
	}
	c.illegalGuard(e)
	return nil
}

// guardCall checks a call in a guard: only guard BIFs, called as F(...) or erlang:F(...).
func (c *checker) guardCall(e *ast.Call, env vt) vt {
	switch f := e.Fun.(type) {
	case *ast.Atom:
		k := fa{f.Name, len(e.Args)}
		if f.Name == "is_record" && (k.arity == 2 || k.arity == 3) {
			return c.guardIsRecord(e, env)
		}
		avt := c.gexprList(e.Args, env)
		if guardBIFs[k] && c.noGuardBIFClash(k) {
			return avt
		}
		if _, imp := c.imports[k]; c.locals[k] || imp {
			c.illegalLocalCall(e, k)
		} else {
			c.illegalGuard(e)
		}
		return avt
	case *ast.Remote:
		if isAtom(f.Module, "erlang") {
			if fn, ok := f.Fun.(*ast.Atom); ok {
				if fn.Name == "is_record" && (len(e.Args) == 2 || len(e.Args) == 3) {
					return c.guardIsRecord(&ast.Call{Loc: e.Loc, Fun: fn, Args: e.Args}, env)
				}
				avt := c.gexprList(e.Args, env)
				k := fa{fn.Name, len(e.Args)}
				if !guardBIFs[k] && !isGuardOp(fn.Name, k.arity) {
					c.illegalGuard(e)
				}
				return avt
			}
		}
	}
	c.illegalGuard(e)
	return nil
}

// guardIsRecord checks is_record(X, r) and is_record(X, r, N) in guards: the
// record name must be a literal atom.
func (c *checker) guardIsRecord(e *ast.Call, env vt) vt {
	name, ok := e.Args[1].(*ast.Atom)
	if len(e.Args) == 2 {
		if !ok {
			avt := c.gexprList(e.Args, env)
			c.illegalGuard(e)
			return avt
		}
		avt := c.gexpr(e.Args[0], env)
		c.existRecord(name.Pos(), name.Name)
		return avt
	}
	if _, isInt := e.Args[2].(*ast.Integer); ok && isInt {
		avt := c.gexpr(e.Args[0], env)
		if !c.noGuardBIFClash(fa{"is_record", 3}) {
			c.illegalLocalCall(e, fa{"is_record", 3})
		}
		return avt
	}
	avt := c.gexprList(e.Args, env)
	c.illegalGuard(e)
	return avt
}

// isGuardTest reports whether a comprehension filter is a guard test (then it
// is checked as one), following erl_lint: a guard expression whose calls are
// all to guard BIFs not overridden by local or imported functions.
func (c *checker) isGuardTest(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.Var, *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil,
			*ast.Cons, *ast.Tuple, *ast.Map, *ast.Record, *ast.RecordIndex, *ast.RecordAccess, *ast.Bin:
		case *ast.UnaryOp:
			ok = isGuardOp(n.Op, 1)
		case *ast.BinaryOp:
			ok = isGuardOp(n.Op, 2)
		case *ast.Call:
			ok = c.isGuardCall(n) && c.allGuardTests(n.Args)
			return false // the arguments were checked
		default:
			ok = false
		}
		return ok
	})
	return ok
}

func (c *checker) allGuardTests(es []ast.Expr) bool {
	for _, a := range es {
		if !c.isGuardTest(a) {
			return false
		}
	}
	return true
}

func (c *checker) isGuardCall(call *ast.Call) bool {
	switch f := call.Fun.(type) {
	case *ast.Atom:
		k := fa{f.Name, len(call.Args)}
		if k == (fa{"record", 2}) {
			return true
		}
		_, imp := c.imports[k]
		return guardBIFs[k] && !c.locals[k] && !imp
	case *ast.Remote:
		fn, ok := f.Fun.(*ast.Atom)
		if !ok || !isAtom(f.Module, "erlang") {
			return false
		}
		return guardBIFs[fa{fn.Name, len(call.Args)}] || isGuardOp(fn.Name, len(call.Args))
	}
	return false
}
