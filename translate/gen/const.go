package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Constant terms. Numbers and atoms are cheap Go constants or package
// variables; strings, lists, tuples and maps made only of constants are
// built once, as package variables.

// isConst reports whether e is a literal term.
func isConst(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return true
	case *ast.UnaryOp:
		switch e.X.(type) {
		case *ast.Integer, *ast.Float:
			return e.Op == "-" || e.Op == "+"
		}
	case *ast.Cons:
		return isConst(e.Head) && isConst(e.Tail)
	case *ast.Tuple:
		for _, x := range e.Elems {
			if !isConst(x) {
				return false
			}
		}
		return true
	case *ast.Map:
		if e.Base != nil {
			return false
		}
		for _, fl := range e.Fields {
			if !isConst(fl.Key) || !isConst(fl.Value) {
				return false
			}
		}
		return true
	}
	return false
}

// constant returns the Go expression for a literal term.
func (f *fnGen) constant(e ast.Expr) jen.Code {
	switch e := e.(type) {
	case *ast.Atom:
		return f.atom(e.Name)
	case *ast.Integer:
		if e.Big != nil {
			return f.literal("int:"+e.Big.String(), jen.Qual(RT, "ParseInt").Call(jen.Lit(e.Big.String())))
		}
		return f.concrete(jen.Qual(RT, "Int").Call(jen.Lit(int(e.Value))))
	case *ast.Char:
		return f.concrete(jen.Qual(RT, "Int").Call(jen.Lit(int(e.Value))))
	case *ast.Float:
		return f.concrete(jen.Qual(RT, "Float").Call(jen.Lit(e.Value)))
	case *ast.Nil:
		// Declared as a variable (case [] of ...), these are rt.Term: the
		// clauses' type assertions need an interface.
		return f.concrete(jen.Qual(RT, "Nil").Values())
	case *ast.UnaryOp:
		return f.concrete(f.negConst(e))
	}
	code := f.build(e)
	return f.literal(fmt.Sprintf("%#v", code), code)
}

func (f *fnGen) negConst(e *ast.UnaryOp) jen.Code {
	if e.Op == "+" {
		return f.constant(e.X)
	}
	switch x := e.X.(type) {
	case *ast.Integer:
		if x.Big != nil || x.Value == -x.Value && x.Value != 0 {
			return jen.Qual(RT, "Neg").Call(f.constant(x))
		}
		return jen.Qual(RT, "Int").Call(jen.Lit(int(-x.Value)))
	case *ast.Float:
		if x.Value == 0 {
			// Go's constant -0.0 is +0: the sign needs a run-time value.
			return jen.Qual(RT, "Float").Call(jen.Qual("math", "Copysign").Call(jen.Lit(0), jen.Lit(-1)))
		}
		return jen.Qual(RT, "Float").Call(jen.Lit(-x.Value))
	}
	return jen.Nil()
}

// build returns the expression that builds a compound literal once.
func (f *fnGen) build(e ast.Expr) jen.Code {
	switch e := e.(type) {
	case *ast.String:
		return jen.Qual(RT, "Str").Call(jen.Lit(string(e.Value)))
	case *ast.Cons:
		heads, tail := consHeads(e)
		elems := make([]jen.Code, len(heads))
		for i, h := range heads {
			elems[i] = f.constant(h)
		}
		if _, ok := tail.(*ast.Nil); ok {
			return jen.Qual(RT, "List").Call(elems...)
		}
		return jen.Qual(RT, "ListWithTail").Call(append([]jen.Code{f.constant(tail)}, elems...)...)
	case *ast.Tuple:
		var elems []jen.Code
		for _, x := range e.Elems {
			elems = append(elems, f.constant(x))
		}
		return jen.Qual(RT, "NewTuple").Call(elems...)
	case *ast.Map:
		var kvs []jen.Code
		for _, fl := range e.Fields {
			kvs = append(kvs, f.constant(fl.Key), f.constant(fl.Value))
		}
		return jen.Qual(RT, "NewMap").Call(kvs...)
	}
	return f.constant(e)
}
