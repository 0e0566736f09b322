package core

import "github.com/erl2go/erl2go/translate/ast"

// expr rewrites an expression: records, calls by bare name, record_info.
// Nodes without anything to rewrite below them are copied shallowly anyway;
// the cost is small and it keeps every case the same shape.
func (l *lowerer) expr(e ast.Expr) ast.Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *ast.Cons:
		return &ast.Cons{Loc: e.Loc, Head: l.expr(e.Head), Tail: l.expr(e.Tail)}
	case *ast.Tuple:
		return &ast.Tuple{Loc: e.Loc, Elems: l.exprs(e.Elems)}
	case *ast.Map:
		return l.mapExpr(e, l.expr)
	case *ast.Record:
		if e.Base != nil {
			return l.recordUpdate(e)
		}
		return l.recordNew(e, false)
	case *ast.RecordIndex:
		return l.recordIndex(e)
	case *ast.RecordAccess:
		return l.recordAccess(e)
	case *ast.Bin:
		return l.bin(e, l.expr)
	case *ast.Match:
		return &ast.Match{Loc: e.Loc, Left: l.pattern(e.Left), Right: l.expr(e.Right)}
	case *ast.MaybeMatch:
		return &ast.MaybeMatch{Loc: e.Loc, Left: l.pattern(e.Left), Right: l.expr(e.Right)}
	case *ast.BinaryOp:
		return &ast.BinaryOp{Loc: e.Loc, Op: e.Op, Left: l.expr(e.Left), Right: l.expr(e.Right)}
	case *ast.UnaryOp:
		return &ast.UnaryOp{Loc: e.Loc, Op: e.Op, X: l.expr(e.X)}
	case *ast.Call:
		return l.call(e)
	case *ast.Catch:
		return &ast.Catch{Loc: e.Loc, Expr: l.expr(e.Expr)}
	case *ast.Block:
		return &ast.Block{Loc: e.Loc, Body: l.exprs(e.Body)}
	case *ast.If:
		return &ast.If{Loc: e.Loc, Clauses: l.clauses(e.Clauses)}
	case *ast.Case:
		return &ast.Case{Loc: e.Loc, Expr: l.expr(e.Expr), Clauses: l.clauses(e.Clauses)}
	case *ast.Receive:
		return &ast.Receive{Loc: e.Loc, Clauses: l.clauses(e.Clauses), Timeout: l.expr(e.Timeout), After: l.exprs(e.After)}
	case *ast.Try:
		return &ast.Try{Loc: e.Loc, Body: l.exprs(e.Body), Clauses: l.clauses(e.Clauses),
			Catches: l.clauses(e.Catches), After: l.exprs(e.After)}
	case *ast.Maybe:
		return &ast.Maybe{Loc: e.Loc, Body: l.exprs(e.Body), Else: l.clauses(e.Else)}
	case *ast.FunRemote:
		return &ast.FunRemote{Loc: e.Loc, Module: l.expr(e.Module), Name: l.expr(e.Name), Arity: l.expr(e.Arity)}
	case *ast.FunRef:
		return l.funRef(e)
	case *ast.FunExpr:
		return &ast.FunExpr{Loc: e.Loc, Name: e.Name, Clauses: l.clauses(e.Clauses)}
	case *ast.ListComp:
		return &ast.ListComp{Loc: e.Loc, Expr: l.expr(e.Expr), Quals: l.quals(e.Quals)}
	case *ast.BinComp:
		return &ast.BinComp{Loc: e.Loc, Expr: l.expr(e.Expr), Quals: l.quals(e.Quals)}
	case *ast.MapComp:
		return &ast.MapComp{Loc: e.Loc, Key: l.expr(e.Key), Value: l.expr(e.Value), Quals: l.quals(e.Quals)}
	}
	return e // literals, variables, nil
}

// pattern rewrites a pattern: record patterns become tuple patterns.
func (l *lowerer) pattern(e ast.Expr) ast.Expr {
	switch e := e.(type) {
	case *ast.Cons:
		return &ast.Cons{Loc: e.Loc, Head: l.pattern(e.Head), Tail: l.pattern(e.Tail)}
	case *ast.Tuple:
		return &ast.Tuple{Loc: e.Loc, Elems: l.patterns(e.Elems)}
	case *ast.Map:
		// Keys are expressions (bound values), values are patterns.
		out := &ast.Map{Loc: e.Loc}
		for _, f := range e.Fields {
			out.Fields = append(out.Fields, &ast.MapField{Loc: f.Loc, Exact: f.Exact,
				Key: l.expr(f.Key), Value: l.pattern(f.Value)})
		}
		return out
	case *ast.Record:
		return l.recordNew(e, true)
	case *ast.RecordIndex:
		return l.recordIndex(e)
	case *ast.Match:
		return &ast.Match{Loc: e.Loc, Left: l.pattern(e.Left), Right: l.pattern(e.Right)}
	case *ast.Bin:
		return l.bin(e, l.pattern)
	case *ast.BinaryOp:
		// "prefix" ++ Rest, or a constant expression.
		return &ast.BinaryOp{Loc: e.Loc, Op: e.Op, Left: l.expr(e.Left), Right: l.pattern(e.Right)}
	}
	return e
}

func (l *lowerer) mapExpr(e *ast.Map, sub func(ast.Expr) ast.Expr) ast.Expr {
	out := &ast.Map{Loc: e.Loc, Base: l.expr(e.Base)}
	for _, f := range e.Fields {
		out.Fields = append(out.Fields, &ast.MapField{Loc: f.Loc, Exact: f.Exact, Key: sub(f.Key), Value: sub(f.Value)})
	}
	return out
}

func (l *lowerer) bin(e *ast.Bin, sub func(ast.Expr) ast.Expr) ast.Expr {
	out := &ast.Bin{Loc: e.Loc}
	for _, be := range e.Elems {
		out.Elems = append(out.Elems, &ast.BinElement{Loc: be.Loc, Value: sub(be.Value),
			Size: l.expr(be.Size), Types: be.Types})
	}
	return out
}

func (l *lowerer) quals(qs []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(qs))
	for i, q := range qs {
		switch q := q.(type) {
		case *ast.Generate:
			out[i] = &ast.Generate{Loc: q.Loc, Pattern: l.pattern(q.Pattern), Expr: l.expr(q.Expr)}
		case *ast.BinGenerate:
			out[i] = &ast.BinGenerate{Loc: q.Loc, Pattern: l.pattern(q.Pattern), Expr: l.expr(q.Expr)}
		case *ast.MapGenerate:
			out[i] = &ast.MapGenerate{Loc: q.Loc, Key: l.pattern(q.Key), Value: l.pattern(q.Value), Expr: l.expr(q.Expr)}
		default:
			out[i] = l.expr(q)
		}
	}
	return out
}

// call resolves calls by bare name and ?MODULE:f(...), and expands the
// record BIFs.
func (l *lowerer) call(e *ast.Call) ast.Expr {
	args := l.exprs(e.Args)
	switch f := e.Fun.(type) {
	case *ast.Atom:
		return l.localCall(e, f, args)
	case *ast.Remote:
		m, isAtom := f.Module.(*ast.Atom)
		fn, isAtom2 := f.Fun.(*ast.Atom)
		if isAtom && isAtom2 && m.Name == l.out.Name && l.defined[FA{fn.Name, len(args)}] {
			return &ast.Call{Loc: e.Loc, Fun: fn, Args: args}
		}
		if isAtom && isAtom2 && m.Name == "erlang" {
			if r := l.recordBIF(e, fn.Name, args); r != nil {
				return r
			}
		}
		return &ast.Call{Loc: e.Loc, Fun: &ast.Remote{Loc: f.Loc, Module: l.expr(f.Module), Fun: l.expr(f.Fun)}, Args: args}
	}
	return &ast.Call{Loc: e.Loc, Fun: l.expr(e.Fun), Args: args}
}

func (l *lowerer) localCall(e *ast.Call, f *ast.Atom, args []ast.Expr) ast.Expr {
	fa := FA{f.Name, len(args)}
	if l.defined[fa] {
		return &ast.Call{Loc: e.Loc, Fun: f, Args: args}
	}
	if r := l.recordBIF(e, f.Name, args); r != nil {
		return r
	}
	mod := "erlang"
	if m, ok := l.imports[fa]; ok {
		mod = m
	}
	return remoteCall(e.Loc, mod, f.Name, args)
}

func remoteCall(loc ast.Loc, mod, fun string, args []ast.Expr) *ast.Call {
	return &ast.Call{Loc: loc, Fun: &ast.Remote{Loc: loc,
		Module: &ast.Atom{Loc: loc, Name: mod}, Fun: &ast.Atom{Loc: loc, Name: fun}}, Args: args}
}

// funRef makes fun f/A of an auto-imported BIF an external fun erlang:f/A.
func (l *lowerer) funRef(e *ast.FunRef) ast.Expr {
	if l.defined[FA{e.Name, e.Arity}] {
		return e
	}
	mod := "erlang"
	if m, ok := l.imports[FA{e.Name, e.Arity}]; ok {
		mod = m
	}
	return &ast.FunRemote{Loc: e.Loc, Module: &ast.Atom{Loc: e.Loc, Name: mod},
		Name: &ast.Atom{Loc: e.Loc, Name: e.Name}, Arity: &ast.Integer{Loc: e.Loc, Value: int64(e.Arity)}}
}
