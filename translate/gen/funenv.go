package gen

import "github.com/erl2go/erl2go/translate/ast"

// BEAM's compiler propagates constants: a variable bound to a literal
// (Y = 5, B = fun m:f/1, T = {a, [1]}) is replaced by its value, so a fun
// that uses it does not capture it. Such variables are not part of the
// fun's environment (erlang:fun_info(F, env)), and the fun's frames in
// stack traces have its own arity, not that plus the captured variables.
// literalFree leaves them out of a fun's free variables.

// literalFree returns free without the variables that the clause around
// fun e binds only to literals.
func (g *modGen) literalFree(e *ast.FunExpr, free []string) []string {
	if g.litVars == nil {
		g.litVars = map[*ast.FunExpr]map[string]bool{}
		for _, fn := range g.mod.Funcs {
			for _, c := range fn.Clauses {
				markLiteralVars(c, g.litVars)
			}
		}
	}
	lits := g.litVars[e]
	out := free[:0:0]
	for _, v := range free {
		if !lits[v] {
			out = append(out, v)
		}
	}
	return out
}

// markLiteralVars records, for each fun in the function clause c, the
// variables of c bound only by V = Literal. A name that a pattern binds or
// matches anywhere else in c is left out.
func markLiteralVars(c *ast.Clause, out map[*ast.FunExpr]map[string]bool) {
	lit, other := map[string]bool{}, map[string]bool{}
	patternVars := func(p ast.Node) {
		ast.Inspect(p, func(n ast.Node) bool {
			if v, ok := n.(*ast.Var); ok {
				other[v.Name] = true
			}
			return true
		})
	}
	for _, p := range c.Patterns {
		patternVars(p)
	}
	var funs []*ast.FunExpr
	for _, b := range c.Body {
		ast.Inspect(b, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Match:
				if v, ok := n.Left.(*ast.Var); ok && isLiteral(n.Right) {
					lit[v.Name] = true
				} else {
					patternVars(n.Left)
				}
			case *ast.Clause:
				for _, p := range n.Patterns {
					patternVars(p)
				}
			case *ast.Generate:
				patternVars(n.Pattern)
			case *ast.BinGenerate:
				patternVars(n.Pattern)
			case *ast.MapGenerate:
				patternVars(n.Key)
				patternVars(n.Value)
			case *ast.FunExpr:
				funs = append(funs, n)
			}
			return true
		})
	}
	names := map[string]bool{}
	for n := range lit {
		if !other[n] {
			names[n] = true
		}
	}
	for _, fe := range funs {
		out[fe] = names
	}
}

// isLiteral reports whether e is a constant term that BEAM's compiler
// propagates: numbers, atoms, strings, [] and tuples and lists of them,
// and fun M:F/A with all three given.
func isLiteral(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Integer, *ast.Float, *ast.Atom, *ast.Char, *ast.String, *ast.Nil:
		return true
	case *ast.UnaryOp:
		switch e.X.(type) {
		case *ast.Integer, *ast.Float:
			return e.Op == "-" || e.Op == "+"
		}
	case *ast.Tuple:
		for _, x := range e.Elems {
			if !isLiteral(x) {
				return false
			}
		}
		return true
	case *ast.Cons:
		return isLiteral(e.Head) && isLiteral(e.Tail)
	case *ast.FunRemote:
		_, m := e.Module.(*ast.Atom)
		_, f := e.Name.(*ast.Atom)
		_, a := e.Arity.(*ast.Integer)
		return m && f && a
	}
	return false
}
