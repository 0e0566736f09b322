package ast

// Inspect walks the expressions under n in depth-first order, calling f for each
// node before its children; when f returns false the children are skipped.
// It visits clauses, guards, record fields, map fields and binary elements but
// not types.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	each := func(xs []Expr) {
		for _, x := range xs {
			Inspect(x, f)
		}
	}
	clauses := func(cs []*Clause) {
		for _, c := range cs {
			Inspect(c, f)
		}
	}
	switch n := n.(type) {
	case *Function:
		clauses(n.Clauses)
	case *RecordDecl:
		for _, fd := range n.Fields {
			if fd.Default != nil {
				Inspect(fd.Default, f)
			}
		}
	case *Attribute:
		Inspect(n.Value, f)
	case *Clause:
		each(n.Patterns)
		for _, g := range n.Guards {
			each(g)
		}
		each(n.Body)
	case *Cons:
		Inspect(n.Head, f)
		Inspect(n.Tail, f)
	case *Tuple:
		each(n.Elems)
	case *Map:
		inspectOpt(n.Base, f)
		for _, mf := range n.Fields {
			Inspect(mf.Key, f)
			Inspect(mf.Value, f)
		}
	case *Record:
		inspectOpt(n.Base, f)
		for _, rf := range n.Fields {
			Inspect(rf.Value, f)
		}
	case *RecordAccess:
		Inspect(n.Expr, f)
	case *Bin:
		for _, e := range n.Elems {
			Inspect(e.Value, f)
			inspectOpt(e.Size, f)
		}
	case *Match:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *MaybeMatch:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *BinaryOp:
		Inspect(n.Left, f)
		Inspect(n.Right, f)
	case *UnaryOp:
		Inspect(n.X, f)
	case *Call:
		Inspect(n.Fun, f)
		each(n.Args)
	case *Remote:
		Inspect(n.Module, f)
		Inspect(n.Fun, f)
	case *Catch:
		Inspect(n.Expr, f)
	case *Block:
		each(n.Body)
	case *If:
		clauses(n.Clauses)
	case *Case:
		Inspect(n.Expr, f)
		clauses(n.Clauses)
	case *Receive:
		clauses(n.Clauses)
		inspectOpt(n.Timeout, f)
		each(n.After)
	case *Try:
		each(n.Body)
		clauses(n.Clauses)
		clauses(n.Catches)
		each(n.After)
	case *Maybe:
		each(n.Body)
		clauses(n.Else)
	case *FunRemote:
		Inspect(n.Module, f)
		Inspect(n.Name, f)
		Inspect(n.Arity, f)
	case *FunExpr:
		clauses(n.Clauses)
	case *ListComp:
		Inspect(n.Expr, f)
		each(n.Quals)
	case *BinComp:
		Inspect(n.Expr, f)
		each(n.Quals)
	case *MapComp:
		Inspect(n.Key, f)
		Inspect(n.Value, f)
		each(n.Quals)
	case *Generate:
		Inspect(n.Pattern, f)
		Inspect(n.Expr, f)
	case *BinGenerate:
		Inspect(n.Pattern, f)
		Inspect(n.Expr, f)
	case *MapGenerate:
		Inspect(n.Key, f)
		Inspect(n.Value, f)
		Inspect(n.Expr, f)
	}
}

func inspectOpt(e Expr, f func(Node) bool) {
	if e != nil {
		Inspect(e, f)
	}
}
