package mstransform

import "github.com/erl2go/erl2go/translate/ast"

// The walk finds the fun2ms calls and replaces them. Alongside, it keeps
// the set of variables bound so far, as ms_transform does, only to warn
// when a fun head variable shadows one of them: every variable seen
// counts, except those inside funs, and a case exports only the variables
// that all its clauses bind.

func (t *transformer) patterns(ps []ast.Expr) {
	for _, p := range ps {
		t.expr(p)
	}
}

func (t *transformer) exprs(es []ast.Expr) {
	for i, e := range es {
		es[i] = t.expr(e)
	}
}

func (t *transformer) opt(e ast.Expr) ast.Expr {
	if e == nil {
		return nil
	}
	return t.expr(e)
}

func (t *transformer) clauses(cs []*ast.Clause) {
	for _, c := range cs {
		t.exprs(c.Patterns)
		for _, g := range c.Guards {
			t.exprs(g)
		}
		t.exprs(c.Body)
	}
}

// expr walks e and returns it, or what replaces it when it is a fun2ms call.
func (t *transformer) expr(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.Var:
		if n.Name != "_" {
			t.bound[n.Name] = true
		}
	case *ast.Call:
		if dialect, ok := fun2msCall(n); ok {
			return t.fun2ms(n, dialect)
		}
		n.Fun = t.expr(n.Fun)
		t.exprs(n.Args)
	case *ast.Remote:
		n.Module, n.Fun = t.expr(n.Module), t.expr(n.Fun)
	case *ast.Match:
		n.Right = t.expr(n.Right)
		n.Left = t.expr(n.Left)
	case *ast.FunExpr:
		saved := copySet(t.bound)
		if n.Name != "" && n.Name != "_" {
			t.bound[n.Name] = true
		}
		t.clauses(n.Clauses)
		t.bound = saved
	case *ast.Case:
		n.Expr = t.expr(n.Expr)
		t.caseClauses(n.Clauses)
	default:
		t.children(e)
	}
	return e
}

// caseClauses walks the clauses of a case, each from the same bindings,
// and keeps the variables all of them bind.
func (t *transformer) caseClauses(cs []*ast.Clause) {
	before := t.bound
	var common map[string]bool
	for _, c := range cs {
		t.bound = copySet(before)
		t.clauses([]*ast.Clause{c})
		if common == nil {
			common = t.bound
			continue
		}
		for v := range common {
			if !t.bound[v] {
				delete(common, v)
			}
		}
	}
	t.bound = before
	for v := range common {
		before[v] = true
	}
}

// children walks the subexpressions of the nodes expr does not handle itself.
func (t *transformer) children(e ast.Expr) {
	switch n := e.(type) {
	case *ast.Cons:
		n.Head, n.Tail = t.expr(n.Head), t.expr(n.Tail)
	case *ast.Tuple:
		t.exprs(n.Elems)
	case *ast.Map:
		n.Base = t.opt(n.Base)
		for _, f := range n.Fields {
			f.Key, f.Value = t.expr(f.Key), t.expr(f.Value)
		}
	case *ast.Record:
		n.Base = t.opt(n.Base)
		for _, f := range n.Fields {
			f.Value = t.expr(f.Value)
		}
	case *ast.RecordAccess:
		n.Expr = t.expr(n.Expr)
	case *ast.Bin:
		for _, el := range n.Elems {
			el.Value, el.Size = t.expr(el.Value), t.opt(el.Size)
		}
	case *ast.MaybeMatch:
		n.Right = t.expr(n.Right)
		n.Left = t.expr(n.Left)
	case *ast.BinaryOp:
		n.Left, n.Right = t.expr(n.Left), t.expr(n.Right)
	case *ast.UnaryOp:
		n.X = t.expr(n.X)
	case *ast.Catch:
		n.Expr = t.expr(n.Expr)
	case *ast.Block:
		t.exprs(n.Body)
	case *ast.If:
		t.clauses(n.Clauses)
	case *ast.Receive:
		t.clauses(n.Clauses)
		n.Timeout = t.opt(n.Timeout)
		t.exprs(n.After)
	case *ast.Try:
		t.exprs(n.Body)
		t.clauses(n.Clauses)
		t.clauses(n.Catches)
		t.exprs(n.After)
	case *ast.Maybe:
		t.exprs(n.Body)
		t.clauses(n.Else)
	case *ast.FunRemote:
		n.Module, n.Name, n.Arity = t.expr(n.Module), t.expr(n.Name), t.expr(n.Arity)
	case *ast.ListComp:
		n.Expr = t.expr(n.Expr)
		t.exprs(n.Quals)
	case *ast.BinComp:
		n.Expr = t.expr(n.Expr)
		t.exprs(n.Quals)
	case *ast.MapComp:
		n.Key, n.Value = t.expr(n.Key), t.expr(n.Value)
		t.exprs(n.Quals)
	case *ast.Generate:
		n.Pattern, n.Expr = t.expr(n.Pattern), t.expr(n.Expr)
	case *ast.BinGenerate:
		n.Pattern, n.Expr = t.expr(n.Pattern), t.expr(n.Expr)
	case *ast.MapGenerate:
		n.Key, n.Value, n.Expr = t.expr(n.Key), t.expr(n.Value), t.expr(n.Expr)
	}
}

// fun2msCall reports whether c is ets:fun2ms(...) or dbg:fun2ms(...), and which.
func fun2msCall(c *ast.Call) (string, bool) {
	r, ok := c.Fun.(*ast.Remote)
	if !ok || !isAtom(r.Fun, "fun2ms") {
		return "", false
	}
	for _, d := range []string{"ets", "dbg"} {
		if isAtom(r.Module, d) {
			return d, true
		}
	}
	return "", false
}

func copySet(s map[string]bool) map[string]bool {
	c := make(map[string]bool, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}
