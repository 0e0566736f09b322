package lint

import (
	"math/big"

	"github.com/erl2go/erl2go/translate/ast"
)

// first is the position of an expression's first token.
func first(e ast.Expr) ast.Loc { return ast.At(e.Pos()) }

func (c *absConv) expr(v any) ast.Expr {
	t := v.(tuple)
	l := c.loc(t[1])
	switch t[0] {
	case atom("var"):
		return &ast.Var{Loc: l, Name: str(t[2])}
	case atom("atom"):
		return &ast.Atom{Loc: l, Name: str(t[2])}
	case atom("integer"):
		return c.literal(l, t[2])
	case atom("float"):
		return &ast.Float{Loc: l, Value: t[2].(float64)}
	case atom("char"):
		return &ast.Char{Loc: l, Value: rune(num64(t[2]))}
	case atom("string"):
		return &ast.String{Loc: l, Value: []rune(str(t[2]))}
	case atom("nil"):
		return &ast.Nil{Loc: l}
	case atom("cons"):
		return &ast.Cons{Loc: l, Head: c.expr(t[2]), Tail: c.expr(t[3])}
	case atom("tuple"):
		return &ast.Tuple{Loc: l, Elems: c.exprs(t[2])}
	case atom("map"):
		return c.mapExpr(l, t)
	case atom("record"):
		return c.record(l, t)
	case atom("record_index"):
		return &ast.RecordIndex{Loc: l, Name: str(t[2]), Field: str(t[3].(tuple)[2]), FieldPos: c.pos(t[3].(tuple)[1])}
	case atom("record_field"):
		e := c.expr(t[2])
		return &ast.RecordAccess{Loc: first(e), Expr: e, Name: str(t[3]), Field: str(t[4].(tuple)[2]), FieldPos: c.pos(t[4].(tuple)[1])}
	case atom("bin"):
		return c.bin(l, t[2])
	case atom("match"):
		left := c.expr(t[2])
		return &ast.Match{Loc: first(left), Left: left, Right: c.expr(t[3])}
	case atom("maybe_match"):
		left := c.expr(t[2])
		return &ast.MaybeMatch{Loc: first(left), Left: left, Right: c.expr(t[3])}
	case atom("op"):
		if len(t) == 4 {
			return &ast.UnaryOp{Loc: l, Op: str(t[2]), X: c.expr(t[3])}
		}
		left := c.expr(t[3])
		return &ast.BinaryOp{Loc: first(left), Op: str(t[2]), Left: left, Right: c.expr(t[4])}
	case atom("call"):
		f := c.expr(t[2])
		return &ast.Call{Loc: first(f), Fun: f, Args: c.exprs(t[3])}
	case atom("remote"):
		m := c.expr(t[2])
		return &ast.Remote{Loc: first(m), Module: m, Fun: c.expr(t[3])}
	case atom("catch"):
		return &ast.Catch{Loc: l, Expr: c.expr(t[2])}
	case atom("block"):
		return &ast.Block{Loc: l, Body: c.exprs(t[2])}
	case atom("if"):
		return &ast.If{Loc: l, Clauses: c.clauses(t[2])}
	case atom("case"):
		return &ast.Case{Loc: l, Expr: c.expr(t[2]), Clauses: c.clauses(t[3])}
	case atom("receive"):
		r := &ast.Receive{Loc: l, Clauses: c.clauses(t[2])}
		if len(t) == 5 {
			r.Timeout, r.After = c.expr(t[3]), c.exprs(t[4])
		}
		return r
	case atom("try"):
		return c.try(l, t)
	case atom("maybe"):
		m := &ast.Maybe{Loc: l, Body: c.exprs(t[2])}
		if len(t) == 4 {
			m.Else = c.clauses(t[3].(tuple)[2])
			if m.Else == nil {
				m.Else = []*ast.Clause{}
			}
		}
		return m
	case atom("fun"):
		return c.fun(l, t[2].(tuple))
	case atom("named_fun"):
		return &ast.FunExpr{Loc: l, Name: str(t[2]), Clauses: c.clauses(t[3])}
	case atom("lc"):
		return &ast.ListComp{Loc: l, Expr: c.expr(t[2]), Quals: c.exprs(t[3])}
	case atom("bc"):
		return &ast.BinComp{Loc: l, Expr: c.expr(t[2]), Quals: c.exprs(t[3])}
	case atom("generate"):
		p := c.expr(t[2])
		return &ast.Generate{Loc: first(p), Pattern: p, Expr: c.expr(t[3])}
	case atom("b_generate"):
		p := c.expr(t[2])
		return &ast.BinGenerate{Loc: first(p), Pattern: p, Expr: c.expr(t[3])}
	}
	panic("unknown expression " + str(t[0]))
}

func (c *absConv) mapExpr(l ast.Loc, t tuple) ast.Expr {
	m := &ast.Map{Loc: l}
	fs := t[2]
	if len(t) == 4 {
		m.Base, fs = c.expr(t[2]), t[3]
		m.Loc = first(m.Base)
	}
	for _, f := range fs.(list) {
		ft := f.(tuple)
		k := c.expr(ft[2])
		m.Fields = append(m.Fields, &ast.MapField{Loc: first(k), Exact: ft[0] == atom("map_field_exact"), Key: k, Value: c.expr(ft[3])})
	}
	return m
}

func (c *absConv) record(l ast.Loc, t tuple) ast.Expr {
	r := &ast.Record{Loc: l}
	name, fs := t[2], t[3]
	if len(t) == 5 {
		r.Base, name, fs = c.expr(t[2]), t[3], t[4]
		r.Loc = first(r.Base)
	}
	r.Name = str(name)
	for _, f := range fs.(list) {
		ft := f.(tuple)
		r.Fields = append(r.Fields, &ast.RecordField{Loc: c.loc(ft[1]), Name: str(ft[2].(tuple)[2]), Value: c.expr(ft[3])})
	}
	return r
}

func (c *absConv) bin(l ast.Loc, v any) ast.Expr {
	b := &ast.Bin{Loc: l}
	for _, e := range v.(list) {
		et := e.(tuple)
		be := &ast.BinElement{Loc: c.loc(et[1]), Value: c.expr(et[2]), Size: c.opt(et[3])}
		if ts, ok := et[4].(list); ok {
			for _, ts := range ts {
				switch ts := ts.(type) {
				case atom:
					be.Types = append(be.Types, ast.TypeSpec{Name: string(ts), Value: -1})
				case tuple:
					be.Types = append(be.Types, ast.TypeSpec{Name: str(ts[0]), Value: num64(ts[1])})
				}
			}
		}
		b.Elems = append(b.Elems, be)
	}
	return b
}

func (c *absConv) try(l ast.Loc, t tuple) ast.Expr {
	tr := &ast.Try{Loc: l, Body: c.exprs(t[2]), Clauses: c.clauses(t[3]), After: c.exprs(t[5])}
	for _, cl := range c.clauses(t[4]) {
		cl.Patterns = cl.Patterns[0].(*ast.Tuple).Elems
		tr.Catches = append(tr.Catches, cl)
	}
	return tr
}

func (c *absConv) fun(l ast.Loc, f tuple) ast.Expr {
	switch {
	case f[0] == atom("clauses"):
		return &ast.FunExpr{Loc: l, Clauses: c.clauses(f[1])}
	case len(f) == 3:
		return &ast.FunRef{Loc: l, Name: str(f[1]), Arity: num64(f[2])}
	}
	return &ast.FunRemote{Loc: l, Module: c.expr(f[1]), Name: c.expr(f[2]), Arity: c.expr(f[3])}
}

func (c *absConv) types(v any) []ast.Type {
	var r []ast.Type
	for _, x := range v.(list) {
		r = append(r, c.typ(x))
	}
	return r
}

func (c *absConv) typ(v any) ast.Type {
	t := v.(tuple)
	l := c.loc(t[1])
	switch t[0] {
	case atom("var"):
		return &ast.TypeVar{Loc: l, Name: str(t[2])}
	case atom("ann_type"):
		a := t[2].(list)
		return &ast.TypeAnn{Loc: l, Var: c.typ(a[0]).(*ast.TypeVar), Type: c.typ(a[1])}
	case atom("user_type"):
		return &ast.TypeCall{Loc: l, Name: str(t[2]), Args: c.types(t[3])}
	case atom("remote_type"):
		a := t[2].(list)
		return &ast.TypeCall{Loc: l, Module: str(a[0].(tuple)[2]), Name: str(a[1].(tuple)[2]), Args: c.types(a[2])}
	case atom("type"):
		return c.builtinType(l, t)
	}
	return &ast.TypeLit{Loc: l, Value: c.expr(t)}
}

func (c *absConv) builtinType(l ast.Loc, t tuple) ast.Type {
	name := str(t[2])
	if len(t) == 3 || t[3] == atom("any") {
		if name == "any" {
			return &ast.FunType{Loc: l, AnyArgs: true}
		}
		return &ast.TypeCall{Loc: l, Name: name}
	}
	args := t[3].(list)
	switch name {
	case "fun":
		if len(args) == 0 {
			return &ast.FunType{Loc: l, Any: true}
		}
		ft := &ast.FunType{Loc: l, Result: c.typ(args[1])}
		if d := args[0].(tuple); d[2] == atom("product") {
			ft.Args = c.types(d[3])
		} else {
			ft.AnyArgs = true
		}
		return ft
	case "union":
		return &ast.TypeUnion{Loc: l, Types: c.types(args)}
	case "tuple":
		return &ast.TypeTuple{Loc: l, Elems: c.types(args)}
	case "range":
		return &ast.TypeRange{Loc: l, Lo: c.expr(args[0]), Hi: c.expr(args[1])}
	case "binary":
		if len(args) != 2 {
			break
		}
		return &ast.TypeBin{Loc: l, M: c.expr(args[0]), N: c.expr(args[1])}
	case "map":
		m := &ast.TypeMap{Loc: l}
		for _, f := range args {
			ft := f.(tuple)
			kv := c.types(ft[3])
			m.Fields = append(m.Fields, &ast.TypeMapField{Loc: c.loc(ft[1]), Exact: ft[2] == atom("map_field_exact"), Key: kv[0], Value: kv[1]})
		}
		return m
	case "record":
		r := &ast.TypeRecord{Loc: l, Name: str(args[0].(tuple)[2])}
		for _, f := range args[1:] {
			ft := f.(tuple)[3].(list)
			r.Fields = append(r.Fields, &ast.TypeRecordField{Loc: c.loc(ft[0].(tuple)[1]), Name: str(ft[0].(tuple)[2]), Type: c.typ(ft[1])})
		}
		return r
	}
	return &ast.TypeCall{Loc: l, Name: name, Args: c.types(args)}
}

var _ = big.NewInt
