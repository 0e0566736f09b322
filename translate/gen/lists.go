package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// appendLit emits [A, B | T] ++ R, cells written out on the left of ++,
// as those cells in front of T ++ R, as BEAM's compiler does:
//
//	p.Cons(A, p.Cons(B, rt.ErlangPlusplus2(p, T, R)))
//	p.Cons(A, p.Cons(B, R))                          // [A, B] ++ R
//
// The second is what ++ gives for any R when its left side is a proper
// list; quicksort's First ++ [Pivot] ++ Rest makes one cell for [Pivot].
// An improper T raises badarg from T ++ R, with those arguments, as on
// BEAM. When T is a constant that is no list ([X | 1] ++ R), BEAM's
// compiler leaves the ++ whole, so that the badarg shows the whole left
// side: so does this. Operands are evaluated in the order of the call's
// arguments. nil if the left side is not a cons, or in that case.
func (f *fnGen) appendLit(e *ast.BinaryOp) jen.Code {
	if e.Op != "++" {
		return nil
	}
	heads, l := consHeads(e.Left)
	if len(heads) == 0 || constNonList(l) {
		return nil
	}
	hs := f.exprs(heads)
	var out jen.Code
	if _, ok := l.(*ast.Nil); ok {
		out = f.expr(e.Right)
	} else {
		out = f.remote(e, "erlang", "++", []ast.Expr{l, e.Right})
	}
	return consCells(hs, out)
}

// constNonList reports whether e is a constant term that is not a list: a
// number, an atom, a tuple or map of constants, a binary of constant
// segments.
func constNonList(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Cons, *ast.String, *ast.Nil:
		return false
	case *ast.Bin:
		for _, el := range e.Elems {
			if !isConst(el.Value) || el.Size != nil && !isConst(el.Size) {
				return false
			}
		}
		return true
	}
	return isConst(e)
}
