package lint

import (
	"math/big"

	"github.com/erl2go/erl2go/translate/ast"
)

func (c *absConv) form(t tuple) ast.Form {
	switch t[0] {
	case atom("function"):
		f := &ast.Function{Loc: c.loc(t[1]), Name: str(t[2]), Arity: num64(t[3])}
		f.Clauses = c.clauses(t[4])
		return f
	case atom("attribute"):
		return c.attribute(t)
	}
	return nil // eof, error, warning
}

func (c *absConv) attribute(t tuple) ast.Form {
	l := c.loc(t[1])
	l.P-- // erl_parse puts an attribute at its name, our parser at the '-'
	v := t[3]
	switch name := str(t[2]); name {
	case "file":
		c.cur = c.file(str(v.(tuple)[0]))
		return nil
	case "module":
		if tp, ok := v.(tuple); ok {
			v = tp[0]
		}
		return &ast.ModuleAttr{Loc: l, Name: str(v)}
	case "export":
		return &ast.Export{Loc: l, Funcs: c.funcNames(l, v)}
	case "export_type":
		return &ast.ExportType{Loc: l, Types: c.funcNames(l, v)}
	case "import":
		return &ast.Import{Loc: l, Module: str(v.(tuple)[0]), Funcs: c.funcNames(l, v.(tuple)[1])}
	case "record":
		return c.recordDecl(l, v.(tuple))
	case "type", "opaque":
		tp := v.(tuple)
		d := &ast.TypeDecl{Loc: l, Opaque: name == "opaque", Name: str(tp[0]), Type: c.typ(tp[1])}
		for _, p := range tp[2].(list) {
			pv := p.(tuple)
			d.Params = append(d.Params, &ast.Var{Loc: c.loc(pv[1]), Name: str(pv[2])})
		}
		return d
	case "spec", "callback":
		return c.spec(l, name == "callback", v.(tuple))
	default:
		return &ast.Attribute{Loc: l, Name: name, Value: c.literal(l, v)}
	}
}

func (c *absConv) funcNames(l ast.Loc, v any) []ast.FuncName {
	var r []ast.FuncName
	for _, x := range v.(list) {
		fa := x.(tuple)
		r = append(r, ast.FuncName{Loc: l, Name: str(fa[0]), Arity: num64(fa[1])})
	}
	return r
}

func (c *absConv) recordDecl(l ast.Loc, v tuple) *ast.RecordDecl {
	d := &ast.RecordDecl{Loc: l, Name: str(v[0])}
	for _, f := range v[1].(list) {
		ft := f.(tuple)
		var typ ast.Type
		if ft[0] == atom("typed_record_field") {
			typ = c.typ(ft[2])
			ft = ft[1].(tuple)
		}
		fd := &ast.RecordFieldDecl{Loc: c.loc(ft[1]), Name: str(ft[2].(tuple)[2]), Type: typ}
		if len(ft) == 4 {
			fd.Default = c.expr(ft[3])
		}
		d.Fields = append(d.Fields, fd)
	}
	return d
}

func (c *absConv) spec(l ast.Loc, callback bool, v tuple) *ast.Spec {
	s := &ast.Spec{Loc: l, Callback: callback}
	id := v[0].(tuple)
	if len(id) == 3 {
		s.Module, id = str(id[0]), id[1:]
	}
	s.Name, s.Arity = str(id[0]), num64(id[1])
	for _, ft := range v[1].(list) {
		s.Clauses = append(s.Clauses, c.specClause(ft.(tuple)))
	}
	return s
}

func (c *absConv) specClause(t tuple) *ast.FunType {
	if t[2] == atom("bounded_fun") {
		args := t[3].(list)
		ft := c.typ(args[0]).(*ast.FunType)
		for _, con := range args[1].(list) {
			cv := con.(tuple)[3].(list)[1].(list)
			ft.Constraints = append(ft.Constraints, &ast.Constraint{Loc: c.loc(con.(tuple)[1]),
				Var: c.typ(cv[0]).(*ast.TypeVar), Type: c.typ(cv[1])})
		}
		return ft
	}
	return c.typ(t).(*ast.FunType)
}

// literal converts an attribute's value (a term, not a form) to an expression.
func (c *absConv) literal(l ast.Loc, v any) ast.Expr {
	switch v := v.(type) {
	case atom:
		return &ast.Atom{Loc: l, Name: string(v)}
	case *big.Int:
		if v.IsInt64() {
			return &ast.Integer{Loc: l, Value: v.Int64()}
		}
		return &ast.Integer{Loc: l, Big: v}
	case float64:
		return &ast.Float{Loc: l, Value: v}
	case tuple:
		t := &ast.Tuple{Loc: l}
		for _, x := range v {
			t.Elems = append(t.Elems, c.literal(l, x))
		}
		return t
	case list:
		var e ast.Expr = &ast.Nil{Loc: l}
		for i := len(v) - 1; i >= 0; i-- {
			e = &ast.Cons{Loc: l, Head: c.literal(l, v[i]), Tail: e}
		}
		return e
	}
	return &ast.Atom{Loc: l, Name: "?"}
}

func (c *absConv) clauses(v any) []*ast.Clause {
	var cs []*ast.Clause
	for _, x := range v.(list) {
		cs = append(cs, c.clause(x.(tuple)))
	}
	return cs
}

func (c *absConv) clause(t tuple) *ast.Clause {
	cl := &ast.Clause{Loc: c.loc(t[1]), Patterns: c.exprs(t[2]), Body: c.exprs(t[4])}
	for _, g := range t[3].(list) {
		cl.Guards = append(cl.Guards, ast.Guard(c.exprs(g)))
	}
	return cl
}

func (c *absConv) exprs(v any) []ast.Expr {
	var r []ast.Expr
	for _, x := range v.(list) {
		r = append(r, c.expr(x))
	}
	return r
}

func (c *absConv) opt(v any) ast.Expr {
	if v == atom("default") {
		return nil
	}
	return c.expr(v)
}
