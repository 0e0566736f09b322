package parse

import (
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// The fast path for attributes (see fast.go): the common ones, built as the
// builder in form.go and types.go builds them, giving up on anything that
// would be an error or that the builder treats specially (-file).

func (p *fastParser) attribute() ast.Form {
	loc := p.loc()
	p.expect(grammar.ErlangLexerMINUS)
	name := p.atom()
	paren := p.accept(grammar.ErlangLexerLPAREN)
	var f ast.Form
	switch name {
	case "spec", "callback":
		f = p.spec(loc, name == "callback")
	case "type", "opaque":
		f = p.typeDecl(loc, name == "opaque")
	case "record":
		f = p.recordDecl(loc)
	case "file":
		f = p.fileAttr(loc)
	default:
		f = p.valueAttr(loc, name)
	}
	if paren {
		p.expect(grammar.ErlangLexerRPAREN)
	}
	p.expect(grammar.ErlangLexerFORM_END)
	return f
}

// valueAttr builds the attributes whose argument is a single value.
func (p *fastParser) valueAttr(loc ast.Loc, name string) ast.Form {
	v := p.expr()
	if name == "import" {
		m, ok := v.(*ast.Atom)
		p.expect(grammar.ErlangLexerCOMMA)
		if !ok {
			panic(giveUp{})
		}
		return &ast.Import{Loc: loc, Module: m.Name, Funcs: farities(p.expr())}
	}
	switch name {
	case "module":
		if m, ok := v.(*ast.Atom); ok {
			return &ast.ModuleAttr{Loc: loc, Name: m.Name}
		}
	case "export":
		return &ast.Export{Loc: loc, Funcs: farities(v)}
	case "export_type":
		return &ast.ExportType{Loc: loc, Types: farities(v)}
	default:
		if isTerm(v) {
			return &ast.Attribute{Loc: loc, Name: name, Value: funcNamesToTuples(v)}
		}
	}
	panic(giveUp{})
}

// fileAttr builds -file("name", Line) as fileAttr in form.go does.
func (p *fastParser) fileAttr(loc ast.Loc) ast.Form {
	name := p.expr()
	p.expect(grammar.ErlangLexerCOMMA)
	line := p.expr()
	_, isStr := name.(*ast.String)
	_, isInt := line.(*ast.Integer)
	if !isStr || !isInt {
		panic(giveUp{})
	}
	v := &ast.Tuple{Loc: ast.At(name.Pos()), Elems: []ast.Expr{name, line}}
	return &ast.Attribute{Loc: loc, Name: "file", Value: v}
}

// farities reads [f/1, ...] as farityList does, giving up where it would fail.
func farities(v ast.Expr) []ast.FuncName {
	fs, ok := funcNames(v)
	if !ok {
		panic(giveUp{})
	}
	return fs
}

// funcNames reads a proper list of Name/Arity, or reports false.
func funcNames(v ast.Expr) ([]ast.FuncName, bool) {
	out := []ast.FuncName{}
	for {
		switch l := v.(type) {
		case *ast.Nil:
			return out, true
		case *ast.Cons:
			op, ok := l.Head.(*ast.BinaryOp)
			if !ok || !isFuncName(op) || op.Right.(*ast.Integer).Big != nil {
				return nil, false
			}
			name := op.Left.(*ast.Atom).Name
			out = append(out, ast.FuncName{Loc: ast.At(op.Pos()), Name: name, Arity: int(op.Right.(*ast.Integer).Value)})
			v = l.Tail
			continue
		}
		return nil, false
	}
}

func (p *fastParser) recordDecl(loc ast.Loc) ast.Form {
	name, ok := p.expr().(*ast.Atom)
	if !ok {
		panic(giveUp{})
	}
	p.expect(grammar.ErlangLexerCOMMA)
	p.expect(grammar.ErlangLexerLBRACE)
	r := &ast.RecordDecl{Loc: loc, Name: name.Name, Fields: []*ast.RecordFieldDecl{}}
	if p.accept(grammar.ErlangLexerRBRACE) {
		return r
	}
	for {
		r.Fields = append(r.Fields, p.recordFieldDecl())
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRBRACE)
	return r
}

func (p *fastParser) recordFieldDecl() *ast.RecordFieldDecl {
	f := &ast.RecordFieldDecl{Loc: p.loc()}
	e := p.expr()
	if m, ok := e.(*ast.Match); ok {
		e, f.Default = m.Left, m.Right
	}
	a, ok := e.(*ast.Atom)
	if !ok {
		panic(giveUp{})
	}
	f.Name = a.Name
	if p.accept(grammar.ErlangLexerCOLONCOLON) {
		f.Type = p.topType()
	}
	return f
}

func (p *fastParser) typeDecl(loc ast.Loc, opaque bool) ast.Form {
	call, ok := p.expr().(*ast.Call)
	if !ok {
		panic(giveUp{})
	}
	name, ok := call.Fun.(*ast.Atom)
	if !ok {
		panic(giveUp{})
	}
	t := &ast.TypeDecl{Loc: loc, Opaque: opaque, Name: name.Name, Params: []*ast.Var{}}
	for _, a := range call.Args {
		v, ok := a.(*ast.Var)
		if !ok {
			panic(giveUp{})
		}
		t.Params = append(t.Params, v)
	}
	p.expect(grammar.ErlangLexerCOLONCOLON)
	t.Type = p.topType()
	return t
}

func (p *fastParser) spec(loc ast.Loc, callback bool) ast.Form {
	s := &ast.Spec{Loc: loc, Callback: callback, Name: p.atom()}
	if p.accept(grammar.ErlangLexerCOLON) {
		s.Module, s.Name = s.Name, p.atom()
	}
	for {
		ft := p.funType(p.loc())
		if p.accept(grammar.ErlangLexerWHEN) {
			ft.Constraints = append(ft.Constraints, p.constraint())
			for p.accept(grammar.ErlangLexerCOMMA) {
				ft.Constraints = append(ft.Constraints, p.constraint())
			}
		}
		s.Clauses = append(s.Clauses, ft)
		if !p.accept(grammar.ErlangLexerSEMI) {
			break
		}
	}
	s.Arity = len(s.Clauses[0].Args)
	return s
}

// constraint parses Var :: Type or is_subtype(Var, Type).
func (p *fastParser) constraint() *ast.Constraint {
	loc := p.loc()
	if p.peek(0) == grammar.ErlangLexerVAR {
		v := &ast.TypeVar{Loc: loc, Name: p.next().Text}
		p.expect(grammar.ErlangLexerCOLONCOLON)
		return &ast.Constraint{Loc: loc, Var: v, Type: p.topType()}
	}
	if p.atom() != "is_subtype" {
		panic(giveUp{})
	}
	p.expect(grammar.ErlangLexerLPAREN)
	args := p.topTypes(grammar.ErlangLexerRPAREN)
	if len(args) != 2 {
		panic(giveUp{})
	}
	v, ok := args[0].(*ast.TypeVar)
	if !ok {
		panic(giveUp{})
	}
	return &ast.Constraint{Loc: loc, Var: v, Type: args[1]}
}
