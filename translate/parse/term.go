package parse

import "github.com/erl2go/erl2go/translate/ast"

// isTerm reports whether an attribute's value is a literal term, which is
// all erl_parse accepts in a wild attribute ("bad attribute" otherwise):
// atomic literals, signed numbers, lists, tuples, maps with => and literal
// binaries, remote fun references with literal parts, and Name/Arity.
// (Checked against erlc: -compile(fun f/1), -compile(-a), -compile(a/b)
// and -compile(<<X>>) are bad.)
func isTerm(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BinaryOp:
		return isFuncName(e)
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil:
		return true
	case *ast.UnaryOp:
		return (e.Op == "-" || e.Op == "+") && isNumber(e.X)
	case *ast.Cons:
		return isTerm(e.Head) && isTerm(e.Tail)
	case *ast.Tuple:
		return allTerms(e.Elems)
	case *ast.Map:
		return e.Base == nil && mapFieldsAreTerms(e.Fields)
	case *ast.Bin:
		return binIsTerm(e)
	case *ast.FunRemote:
		_, m := e.Module.(*ast.Atom)
		_, f := e.Name.(*ast.Atom)
		_, a := e.Arity.(*ast.Integer)
		return m && f && a
	}
	return false
}

// isFuncName reports whether e is Name/Arity with literal parts.
func isFuncName(e *ast.BinaryOp) bool {
	_, name := e.Left.(*ast.Atom)
	_, arity := e.Right.(*ast.Integer)
	return e.Op == "/" && name && arity
}

// funcNamesToTuples rewrites each Name/Arity in a term as the tuple
// {Name, Arity}, which is what erl_parse puts in the attribute (so that
// -compile({inline, [f/1]}) reads {inline, [{f, 1}]}).
func funcNamesToTuples(e ast.Expr) ast.Expr {
	switch e := e.(type) {
	case *ast.BinaryOp:
		return &ast.Tuple{Loc: e.Loc, Elems: []ast.Expr{e.Left, e.Right}}
	case *ast.Cons:
		e.Head, e.Tail = funcNamesToTuples(e.Head), funcNamesToTuples(e.Tail)
	case *ast.Tuple:
		for i, x := range e.Elems {
			e.Elems[i] = funcNamesToTuples(x)
		}
	case *ast.Map:
		for _, f := range e.Fields {
			f.Key, f.Value = funcNamesToTuples(f.Key), funcNamesToTuples(f.Value)
		}
	}
	return e
}

func isNumber(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Integer, *ast.Float, *ast.Char:
		return true
	}
	return false
}

func allTerms(es []ast.Expr) bool {
	for _, e := range es {
		if !isTerm(e) {
			return false
		}
	}
	return true
}

func mapFieldsAreTerms(fs []*ast.MapField) bool {
	for _, f := range fs {
		if f.Exact || !isTerm(f.Key) || !isTerm(f.Value) {
			return false
		}
	}
	return true
}

// binIsTerm accepts binaries whose elements are literal numbers or strings
// with literal sizes.
func binIsTerm(b *ast.Bin) bool {
	for _, el := range b.Elems {
		switch v := el.Value.(type) {
		case *ast.String:
		case *ast.UnaryOp:
			if !isTerm(v) {
				return false
			}
		default:
			if !isNumber(v) {
				return false
			}
		}
		if el.Size != nil && !isNumber(el.Size) {
			return false
		}
	}
	return true
}
