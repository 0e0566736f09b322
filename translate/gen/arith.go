package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Arithmetic and ordering over variables put their small-integer fast path
// in line (rt/arith_small.go): Go does not inline rt.Add or rt.Lt, so each
// operator is a nested pair of calls that both inline, the inner the fast
// path alone, the outer the general operator when the inner had no answer:
//
//	N - 1      rt.SubIntOr(rt.SubIntSmall(N, 1), N, 1)
//	A + B      rt.AddOr(rt.AddSmall(A, B), A, B)
//	X =< P     rt.LeOr(rt.LeSmall(X, P), X, P)
//	X > P      rt.LtOr(rt.LtSmall(P, X), P, X)
//
// The operands appear twice, so this shape is used only when each is a
// variable (or a constant, for the Int forms): evaluating one again is
// free and cannot be seen.

// smallArith returns the fast form of l op r (op "+" or "-") when both
// operands are identifiers; nil otherwise.
func smallArith(op string, l, r jen.Code) jen.Code {
	fn := map[string]string{"+": "Add", "-": "Sub"}[op]
	if fn == "" || !isIdent(l) || !isIdent(r) {
		return nil
	}
	return jen.Qual(RT, fn+"Or").Call(jen.Qual(RT, fn+"Small").Call(l, r), l, r)
}

// smallConstArith returns the fast form of x + c or x - c (fn "AddInt" or
// "SubInt") when x is an identifier; nil otherwise.
func smallConstArith(fn string, x jen.Code, c int) jen.Code {
	if !isIdent(x) {
		return nil
	}
	return jen.Qual(RT, fn+"Or").Call(jen.Qual(RT, fn+"Small").Call(x, jen.Lit(c)), x, jen.Lit(c))
}

// smallCompare returns the fast form of the ordering fn ("Lt", "Le", "Gt"
// or "Ge", as in compareOps) of two identifiers; nil otherwise. A > B is
// B < A, as in Erlang's term order.
func smallCompare(fn string, l, r jen.Code) jen.Code {
	if !isIdent(l) || !isIdent(r) {
		return nil
	}
	switch fn {
	case "Gt":
		fn, l, r = "Lt", r, l
	case "Ge":
		fn, l, r = "Le", r, l
	case "Lt", "Le":
	default:
		return nil
	}
	return jen.Qual(RT, fn+"Or").Call(jen.Qual(RT, fn+"Small").Call(l, r), l, r)
}

// rootArith emits A + B or A - B that is a whole statement's value (a
// clause's result or a variable's), so that nothing else of the statement
// is evaluated before it: operands that are not variables go first into
// temporaries, in order, and the sum takes the fast form:
//
//	v1 := fib_fib_1(p, ...)
//	v2 := fib_fib_1(p, ...)
//	return rt.AddOr(rt.AddSmall(v1, v2), v1, v2)
//
// Inside a larger expression the operands stay in place (a temporary
// would move their evaluation before that of the expression's earlier
// parts). It reports false, emitting nothing, for other shapes.
func (f *fnGen) rootArith(d dest, e *ast.BinaryOp) bool {
	if d.kind != toReturn && d.kind != toVar || e.Op != "+" && e.Op != "-" || f.inGuard > 0 {
		return false
	}
	if _, ok := smallInt(e.Right); ok {
		return false // X + C: constArith
	}
	if _, ok := smallInt(e.Left); ok {
		return false
	}
	if f.isFloat(e.Left) || f.isFloat(e.Right) {
		return false // floatArith
	}
	f.line(e)
	if code := f.nativeOp(e); code != nil {
		f.deliver(d, e, code) // over native integers (bits_native.go)
		return true
	}
	l := f.operand(e.Left)
	r := f.operand(e.Right)
	f.line(e)
	f.deliver(d, e, smallArith(e.Op, l, r))
	return true
}

// operand returns e's value as an identifier: itself if it is one, else a
// temporary holding it.
func (f *fnGen) operand(e ast.Expr) jen.Code {
	v := f.expr(e)
	if isIdent(v) {
		return v
	}
	t := f.temp("v")
	f.declare(t, v)
	return jen.Id(t)
}

// BEAM computes +, -, * and / with float instructions when its type
// analysis knows that an operand is a float, and a failure there raises
// badarith with no entry for the operator on top of the trace
// (rt/erlang_float.go). isFloat is the part of that analysis the generator
// repeats: float literals, / (always a float), float/1, math's functions,
// abs/1 and negation of a float, operations of this kind with a float
// operand, and variables that floatVars knows.
func (g *modGen) isFloat(e ast.Expr) bool {
	return floatExpr(e, func(v *ast.Var) bool { return g.floatVar(v) })
}

// floatExpr reports whether e is a float by isFloat's rules, with
// isVar for variables.
func floatExpr(e ast.Expr, isVar func(*ast.Var) bool) bool {
	switch e := e.(type) {
	case *ast.Float:
		return true
	case *ast.Var:
		return isVar(e)
	case *ast.UnaryOp:
		return (e.Op == "-" || e.Op == "+") && floatExpr(e.X, isVar)
	case *ast.BinaryOp:
		if e.Op == "/" {
			return true
		}
		return floatOps[e.Op] != "" && (floatExpr(e.Left, isVar) || floatExpr(e.Right, isVar))
	case *ast.Call:
		if len(e.Args) == 1 && isBIFCall(e, "float") {
			return true
		}
		if len(e.Args) == 1 && isBIFCall(e, "abs") {
			return floatExpr(e.Args[0], isVar)
		}
		return isMathCall(e)
	}
	return false
}

// mathFloats are the functions of math that return a float for any
// argument they accept.
var mathFloats = map[string]bool{
	"pi": true, "sqrt": true, "exp": true, "log": true, "log2": true, "log10": true, "pow": true,
	"sin": true, "cos": true, "tan": true, "asin": true, "acos": true, "atan": true, "atan2": true,
	"sinh": true, "cosh": true, "tanh": true, "asinh": true, "acosh": true, "atanh": true,
	"erf": true, "erfc": true, "floor": true, "ceil": true, "fmod": true, "tau": true,
}

// isMathCall reports whether c calls one of mathFloats.
func isMathCall(c *ast.Call) bool {
	r, ok := c.Fun.(*ast.Remote)
	if !ok {
		return false
	}
	m, ok1 := r.Module.(*ast.Atom)
	f, ok2 := r.Fun.(*ast.Atom)
	return ok1 && ok2 && m.Name == "math" && mathFloats[f.Name]
}

// isBIFCall reports whether c calls name or erlang:name.
func isBIFCall(c *ast.Call, name string) bool {
	switch fn := c.Fun.(type) {
	case *ast.Atom:
		return fn.Name == name
	case *ast.Remote:
		m, ok1 := fn.Module.(*ast.Atom)
		f, ok2 := fn.Fun.(*ast.Atom)
		return ok1 && ok2 && m.Name == "erlang" && f.Name == name
	}
	return false
}

// floatVar reports whether the variable occurrence v is known to hold a
// float, working it out for the whole module at the first call.
func (g *modGen) floatVar(v *ast.Var) bool {
	if g.floatVars == nil {
		g.floatVars = map[*ast.Var]bool{}
		for _, fn := range g.mod.Funcs {
			for _, c := range fn.Clauses {
				markFloatVars(c, g.floatVars)
			}
		}
	}
	return g.floatVars[v]
}

// markFloatVars marks the occurrences of the variables of a function
// clause that hold floats: those its guard tests with is_float/1 (when it
// has no alternatives), and those bound only by V = FloatExpr. A name that
// a pattern binds otherwise anywhere in the clause (also in a case or a
// fun's head) is left out: it may name another value there.
func markFloatVars(c *ast.Clause, out map[*ast.Var]bool) {
	tested, floats, bad := floatTested(c), map[string]bool{}, map[string]bool{}
	var patternVars func(p ast.Node)
	patternVars = func(p ast.Node) {
		ast.Inspect(p, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Bin:
				for _, el := range n.Elems {
					if v, ok := el.Value.(*ast.Var); ok && hasType(el, "float") {
						floats[v.Name] = true // <<F:64/float>> binds F to a float
					} else {
						patternVars(el.Value)
					}
				}
				return false // a size is a use, not a binding
			case *ast.Var:
				bad[n.Name] = true
			}
			return true
		})
	}
	for _, p := range c.Patterns {
		patternVars(p)
	}
	isVar := func(v *ast.Var) bool { return tested[v.Name] || floats[v.Name] && !bad[v.Name] }
	for _, b := range c.Body {
		ast.Inspect(b, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Match:
				if v, ok := n.Left.(*ast.Var); ok && floatExpr(n.Right, isVar) {
					floats[v.Name] = true
				} else {
					patternVars(n.Left)
				}
			case *ast.Clause:
				for _, p := range n.Patterns {
					patternVars(p)
				}
				markTested(n, out) // case X of F when is_float(F) -> ...
			case *ast.Generate:
				patternVars(n.Pattern)
			case *ast.BinGenerate:
				patternVars(n.Pattern)
			}
			return true
		})
	}
	ast.Inspect(c, func(n ast.Node) bool {
		if v, ok := n.(*ast.Var); ok && isVar(v) {
			out[v] = true
		}
		return true
	})
}

// floatTested returns the variables that clause c's guard tests with
// is_float/1, when the guard has no alternatives.
func floatTested(c *ast.Clause) map[string]bool {
	tested := map[string]bool{}
	if len(c.Guards) == 1 {
		for _, t := range c.Guards[0] {
			if call, ok := t.(*ast.Call); ok && len(call.Args) == 1 && isBIFCall(call, "is_float") {
				if v, ok := call.Args[0].(*ast.Var); ok {
					tested[v.Name] = true
				}
			}
		}
	}
	return tested
}

// markTested marks the occurrences in the clause c of a case, receive,
// try or fun of the variables its guard tests with is_float/1.
func markTested(c *ast.Clause, out map[*ast.Var]bool) {
	tested := floatTested(c)
	if len(tested) == 0 {
		return
	}
	ast.Inspect(c, func(n ast.Node) bool {
		if v, ok := n.(*ast.Var); ok && tested[v.Name] {
			out[v] = true
		}
		return true
	})
}

// hasType reports whether a bit syntax element has the type specifier t.
func hasType(e *ast.BinElement, t string) bool {
	for _, ts := range e.Types {
		if ts.Name == t {
			return true
		}
	}
	return false
}

// floatOps maps the operators BEAM may compute as floats to their rt form.
var floatOps = map[string]string{"+": "FAdd", "-": "FSub", "*": "FMul"}

// floatArith emits A + B, A - B or A * B with a float operand as the float
// operation (rt.FAdd...); nil for other shapes and in guards, where a
// failure is no exception.
func (f *fnGen) floatArith(e *ast.BinaryOp) jen.Code {
	fn := floatOps[e.Op]
	if fn == "" || f.inGuard > 0 || !f.isFloat(e.Left) && !f.isFloat(e.Right) {
		return nil
	}
	return jen.Qual(RT, fn).Call(f.expr(e.Left), f.expr(e.Right))
}
