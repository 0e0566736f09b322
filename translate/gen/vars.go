package gen

import (
	"slices"

	"github.com/erl2go/erl2go/translate/ast"
)

// Variable analysis: before a function is emitted, one walk in evaluation
// order (the order the generator emits in) decides for every occurrence of a
// variable in a pattern whether it binds or compares, and for every binding
// whether anything ever reads it. Go rejects unused variables, so a binding
// that is never read is not emitted at all, and a variable bound inside a
// case (or if) and read after it is declared before the case.

// inst is one binding of a variable. After a case, a variable bound in every
// clause is one inst that merges the clauses' insts, so that reading it
// marks them all read.
type inst struct {
	read   bool
	merged []*inst
}

func (i *inst) markRead() {
	if i.read {
		return
	}
	i.read = true
	for _, m := range i.merged {
		m.markRead()
	}
}

type varInfo struct {
	bind    map[*ast.Var]*inst    // binding occurrences
	exports map[ast.Expr][]export // case/if/receive/try: variables bound inside, visible after
}

type export struct {
	name string
	inst *inst
}

// exported returns the variables bound inside node (a case, if, receive,
// or a try body for its of clauses) that are read after it.
func (v *varInfo) exported(node ast.Expr) []string {
	var names []string
	for _, x := range v.exports[node] {
		if x.inst.read {
			names = append(names, x.name)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

type env map[string]*inst

func (e env) copy() env {
	c := make(env, len(e))
	for k, v := range e {
		c[k] = v
	}
	return c
}

type analyzer struct{ info *varInfo }

func analyzeClauses(cs []*ast.Clause) *varInfo {
	a := &analyzer{info: &varInfo{bind: map[*ast.Var]*inst{}, exports: map[ast.Expr][]export{}}}
	for _, c := range cs {
		a.clause(c, env{}, true)
	}
	return a.info
}

// clause walks one clause; with fresh set, the head's variables shadow
// outer ones (function and fun heads).
func (a *analyzer) clause(c *ast.Clause, outer env, fresh bool) env {
	e := outer.copy()
	if fresh {
		for _, p := range c.Patterns {
			forBindingVars(p, func(v *ast.Var) { delete(e, v.Name) })
		}
	}
	for _, p := range c.Patterns {
		a.pattern(p, e)
	}
	for _, g := range c.Guards {
		for _, t := range g {
			a.expr(t, e)
		}
	}
	for _, b := range c.Body {
		a.expr(b, e)
	}
	return e
}

// forBindingVars calls f for each variable of pattern p that may bind: all
// but those of map keys and segment sizes, which are expressions read in the
// enclosing scope (#{K := V} <- L in a comprehension matches the K of an
// earlier generator, though V shadows).
func forBindingVars(p ast.Expr, f func(*ast.Var)) {
	ast.Inspect(p, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Var:
			if n.Name != "_" {
				f(n)
			}
		case *ast.Map:
			for _, mf := range n.Fields {
				forBindingVars(mf.Value, f)
			}
			return false
		case *ast.Bin:
			for _, el := range n.Elems {
				forBindingVars(el.Value, f)
			}
			return false
		}
		return true
	})
}

func forVars(p ast.Expr, f func(*ast.Var)) {
	ast.Inspect(p, func(n ast.Node) bool {
		if v, ok := n.(*ast.Var); ok && v.Name != "_" {
			f(v)
		}
		return true
	})
}

func (a *analyzer) pattern(p ast.Expr, e env) {
	switch p := p.(type) {
	case *ast.Var:
		if p.Name == "_" {
			return
		}
		if i, ok := e[p.Name]; ok {
			i.markRead()
			return
		}
		i := &inst{}
		a.info.bind[p] = i
		e[p.Name] = i
	case *ast.Map:
		for _, f := range p.Fields {
			a.expr(f.Key, e)
			a.pattern(f.Value, e)
		}
	case *ast.Match:
		// Both sides see the same value; bind left to right.
		a.pattern(p.Left, e)
		a.pattern(p.Right, e)
	default:
		ast.Inspect(p, func(n ast.Node) bool {
			if n == ast.Node(p) {
				return true
			}
			if x, ok := n.(ast.Expr); ok {
				a.pattern(x, e)
			}
			return false
		})
	}
}

func (a *analyzer) exprs(es []ast.Expr, e env) {
	for _, x := range es {
		a.expr(x, e)
	}
}

// expr walks an expression, adding the variables it binds to e.
func (a *analyzer) expr(x ast.Expr, e env) {
	switch x := x.(type) {
	case nil:
	case *ast.Var:
		if i, ok := e[x.Name]; ok {
			i.markRead()
		}
	case *ast.Match:
		a.expr(x.Right, e)
		a.pattern(x.Left, e)
	case *ast.Case:
		a.expr(x.Expr, e)
		a.branches(x, x.Clauses, e, false)
	case *ast.If:
		a.branches(x, x.Clauses, e, false)
	case *ast.Receive:
		a.expr(x.Timeout, e)
		a.branches(x, receiveBranches(x), e, false)
	case *ast.Try:
		a.try(x, e)
	case *ast.Maybe:
		a.maybe(x, e)
	case *ast.Catch:
		a.expr(x.Expr, e.copy())
	case *ast.FunExpr:
		inner := e.copy()
		if x.Name != "" {
			inner[x.Name] = &inst{read: true}
		}
		for _, c := range x.Clauses {
			a.clause(c, inner, true)
		}
	case *ast.ListComp:
		a.comp(x.Quals, []ast.Expr{x.Expr}, e)
	case *ast.MapComp:
		a.comp(x.Quals, []ast.Expr{x.Key, x.Value}, e)
	case *ast.BinComp:
		a.comp(x.Quals, []ast.Expr{x.Expr}, e)
	case *ast.Block:
		a.exprs(x.Body, e)
	default:
		ast.Inspect(x, func(n ast.Node) bool {
			if n == ast.Node(x) {
				return true
			}
			if y, ok := n.(ast.Expr); ok {
				a.expr(y, e)
			}
			return false
		})
	}
}

// branches walks the clauses of a case, if or receive from the same
// environment, then binds in e the variables every clause binds.
func (a *analyzer) branches(node ast.Expr, cs []*ast.Clause, e env, fresh bool) {
	if len(cs) == 0 {
		return
	}
	outs := make([]env, len(cs))
	for i, c := range cs {
		outs[i] = a.clause(c, e, fresh)
	}
	var names []string
	for _, c := range cs[:1] {
		ast.Inspect(c, func(n ast.Node) bool {
			if v, ok := n.(*ast.Var); ok {
				names = append(names, v.Name)
			}
			_, isFun := n.(*ast.FunExpr)
			return !isFun
		})
	}
	merged := map[string]*inst{}
	for _, name := range names {
		if _, before := e[name]; before || merged[name] != nil {
			continue
		}
		m := &inst{}
		for _, o := range outs {
			i, ok := o[name]
			if !ok {
				m = nil
				break
			}
			m.merged = append(m.merged, i)
		}
		if m != nil {
			merged[name] = m
			e[name] = m
			a.pendingExport(node, name, m)
		}
	}
}

// pendingExport records name as exported from node; whether it is read is
// only known at the end, so exports are filtered in exported().
func (a *analyzer) pendingExport(node ast.Expr, name string, m *inst) {
	a.info.exports[node] = append(a.info.exports[node], export{name, m})
}

func (a *analyzer) try(x *ast.Try, e env) {
	body := e.copy()
	a.exprs(x.Body, body)
	for name, i := range body {
		if e[name] == nil {
			a.pendingExport(x, name, i)
		}
	}
	for _, c := range x.Clauses {
		a.clause(c, body, false)
	}
	for _, c := range x.Catches {
		a.clause(c, e, false)
	}
	a.exprs(x.After, e.copy())
}

// maybe walks maybe ... else ... end; nothing bound inside is visible after.
func (a *analyzer) maybe(x *ast.Maybe, e env) {
	body := e.copy()
	for _, b := range x.Body {
		if mm, ok := b.(*ast.MaybeMatch); ok {
			a.expr(mm.Right, body)
			a.pattern(mm.Left, body)
			continue
		}
		a.expr(b, body)
	}
	for _, c := range x.Else {
		a.clause(c, e.copy(), false)
	}
}

func (a *analyzer) comp(quals, results []ast.Expr, outer env) {
	e := outer.copy()
	for _, q := range quals {
		switch q := q.(type) {
		case *ast.Generate:
			a.expr(q.Expr, e)
			forBindingVars(q.Pattern, func(v *ast.Var) { delete(e, v.Name) })
			a.pattern(q.Pattern, e)
		case *ast.BinGenerate:
			a.expr(q.Expr, e)
			forBindingVars(q.Pattern, func(v *ast.Var) { delete(e, v.Name) })
			a.pattern(q.Pattern, e)
		case *ast.MapGenerate:
			a.expr(q.Expr, e)
			forBindingVars(q.Key, func(v *ast.Var) { delete(e, v.Name) })
			forBindingVars(q.Value, func(v *ast.Var) { delete(e, v.Name) })
			a.pattern(q.Key, e)
			a.pattern(q.Value, e)
		default:
			a.expr(q, e)
		}
	}
	a.exprs(results, e)
}
