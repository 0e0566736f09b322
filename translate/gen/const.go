package gen

import (
	"fmt"
	"strconv"

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
			return f.bigConst(e.Big.String())
		}
		return f.intConst(e.Value)
	case *ast.Char:
		return f.intConst(int64(e.Value))
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

// minSmall and maxSmall are rt.MinSmall and rt.MaxSmall, the integers that
// are an rt.Small rather than an *rt.BigInt.
const (
	minSmall = -1 << 62
	maxSmall = 1<<62 - 1
)

// intConst is the Term of the integer v: rt.BoxInt(v), which inlines to a
// constant word, when v is a small integer; a package-level literal made
// once otherwise (an integer beyond +-2^62 is a *rt.BigInt).
func (f *fnGen) intConst(v int64) jen.Code {
	if v < minSmall || v > maxSmall {
		return f.bigConst(strconv.FormatInt(v, 10))
	}
	return jen.Qual(RT, "BoxInt").Call(jen.Lit(int(v)))
}

// bigConst is the package-level literal of the integer written as text.
func (f *fnGen) bigConst(text string) jen.Code {
	return f.literal("int:"+text, jen.Qual(RT, "ParseInt").Call(jen.Lit(text)))
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
		return f.intConst(-x.Value)
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
