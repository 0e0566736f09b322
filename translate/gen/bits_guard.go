package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// binInGuard builds a binary inside a guard, where no statement may go, as
// a function literal called on the spot (a badarg in it makes the guard
// false, as GuardOK treats any exception):
//
//	func() rt.Term {
//		b1 := rt.NewBits(p, 8)
//		b1.PutInt(N, 8, 0)
//		return b1.Done()
//	}()
func (f *fnGen) binInGuard(e *ast.Bin) jen.Code {
	f.inGuard--
	stmts := f.block(func() { f.emit(jen.Return(f.binExpr(e))) })
	f.inGuard++
	return jen.Func().Params().Qual(RT, "Term").Block(stmts...).Call()
}

// sizeValue is the size expression of a pattern segment. A variable or a
// literal is used as it is; an expression that may raise (N * 8 with N not
// a number) is evaluated under rt.Catch, so that MatchSize sees no integer
// and the pattern does not match, as on BEAM:
//
//	n1, ok := rt.MatchSize(rt.Catch(func() rt.Term { return rt.Mul(N, rt.BoxInt(8)) }), 1)
func (f *fnGen) sizeValue(e ast.Expr) jen.Code {
	switch e.(type) {
	case *ast.Var, *ast.Integer:
		return f.expr(e)
	}
	return jen.Qual(RT, "Catch").Call(f.closure(e))
}
