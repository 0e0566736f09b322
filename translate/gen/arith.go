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
