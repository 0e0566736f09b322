package parse

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// Forms: functions and attributes. The grammar accepts any attribute shape
// under any name; which name takes which shape is decided here, with
// erl_parse's messages.

func (b *builder) form(c grammar.IFormContext) ast.Form {
	if f := c.Function(); f != nil {
		return b.function(f)
	}
	return b.attribute(c.Attribute(), c.FORM_END().GetSymbol())
}

// function builds a function from its clauses, which must all have the
// name and arity of the first ("head mismatch" at the first that differs).
func (b *builder) function(c grammar.IFunctionContext) ast.Form {
	cs := c.AllFunctionClause()
	f := &ast.Function{Loc: at(c), Clauses: make([]*ast.Clause, len(cs))}
	for i, k := range cs {
		name := b.atomName(k.Atom())
		args := b.patternArgs(k.PatternArgs())
		if i == 0 {
			f.Name, f.Arity = name, len(args)
		} else if name != f.Name || len(args) != f.Arity {
			b.fail(ctxPos(k), "head mismatch")
		}
		f.Clauses[i] = &ast.Clause{Loc: at(k), Patterns: args, Guards: b.guard(k.Guard()), Body: b.body(k.ClauseBody())}
	}
	return f
}

// attribute dispatches on the attribute's name and the shape of its body.
func (b *builder) attribute(c grammar.IAttributeContext, dot antlr.Token) ast.Form {
	name := b.atomName(c.Atom())
	var args grammar.IAttrArgsContext
	switch body := c.AttrBody().(type) {
	case *grammar.ParenAttrBodyContext:
		args = body.AttrArgs()
	case *grammar.BareAttrBodyContext:
		args = body.AttrArgs()
	}
	switch a := args.(type) {
	case *grammar.SpecArgsContext:
		if name != "spec" && name != "callback" {
			b.fail(ctxPos(a), "bad attribute")
		}
		return b.spec(c, name == "callback", a)
	case *grammar.TypeDefArgsContext:
		if name != "type" && name != "opaque" {
			b.fail(ctxPos(c.Atom()), "bad attribute")
		}
		return b.typeDecl(c, name == "opaque", a)
	case *grammar.RecordDefArgsContext:
		if name != "record" {
			b.fail(ctxPos(a.TypedRecordFields()), "bad attribute")
		}
		return b.recordDecl(c, a)
	case *grammar.ValueArgsContext:
		if name == "spec" || name == "callback" {
			b.syntaxAt(specErrorToken(c, dot))
		}
		return b.valueAttribute(c, name, a.AllExpr())
	}
	panic("unknown attribute body")
}

// valueAttribute builds the attributes whose arguments are plain values.
func (b *builder) valueAttribute(c grammar.IAttributeContext, name string, args []grammar.IExprContext) ast.Form {
	vals := make([]ast.Expr, len(args))
	for i, a := range args {
		vals[i] = b.expr(a)
	}
	switch name {
	case "module":
		return b.moduleAttr(c, vals)
	case "export":
		return &ast.Export{Loc: at(c), Funcs: b.farityList(vals[0], len(vals) == 1, "bad Name/Arity")}
	case "export_type":
		// erl_parse treats it as a wild attribute: any flaw is a bad attribute.
		fs, ok := funcNames(vals[0])
		if !ok || len(vals) != 1 {
			b.fail(vals[0].Pos(), "bad attribute")
		}
		return &ast.ExportType{Loc: at(c), Types: fs}
	case "import":
		return b.importAttr(c, vals)
	case "record":
		bad := vals[0]
		if len(vals) > 1 {
			bad = vals[1]
		}
		b.fail(bad.Pos(), "bad record declaration")
	case "file":
		return b.fileAttr(c, vals)
	}
	if len(vals) != 1 {
		b.fail(vals[1].Pos(), "bad attribute")
	}
	if !isTerm(vals[0]) {
		b.fail(vals[0].Pos(), "bad attribute")
	}
	return &ast.Attribute{Loc: at(c), Name: name, Value: funcNamesToTuples(vals[0])}
}

func (b *builder) moduleAttr(c grammar.IAttributeContext, vals []ast.Expr) ast.Form {
	if len(vals) != 1 {
		b.fail(vals[1].Pos(), "bad variable list") // parameterized modules are gone
	}
	a, ok := vals[0].(*ast.Atom)
	if !ok {
		b.fail(vals[0].Pos(), "bad module name")
	}
	return &ast.ModuleAttr{Loc: at(c), Name: a.Name}
}

func (b *builder) importAttr(c grammar.IAttributeContext, vals []ast.Expr) ast.Form {
	if len(vals) != 2 {
		b.fail(vals[0].Pos(), "bad attribute")
	}
	m, ok := vals[0].(*ast.Atom)
	if !ok {
		b.fail(vals[0].Pos(), "bad attribute")
	}
	return &ast.Import{Loc: at(c), Module: m.Name, Funcs: b.farityList(vals[1], true, "bad Name/Arity")}
}

// fileAttr checks -file("name", Line), which epp writes into its output.
func (b *builder) fileAttr(c grammar.IAttributeContext, vals []ast.Expr) ast.Form {
	if len(vals) == 2 {
		_, isStr := vals[0].(*ast.String)
		_, isInt := vals[1].(*ast.Integer)
		if isStr && isInt {
			return &ast.Attribute{Loc: at(c), Name: "file", Value: &ast.Tuple{Loc: ast.At(vals[0].Pos()), Elems: vals}}
		}
	}
	b.fail(vals[0].Pos(), "badly formed 'file'")
	return nil
}

// farityList reads [f/1, g/2]; ok false means there were extra arguments.
func (b *builder) farityList(v ast.Expr, ok bool, msg string) []ast.FuncName {
	out := []ast.FuncName{}
	for ok {
		switch l := v.(type) {
		case *ast.Nil:
			return out
		case *ast.Cons:
			out = append(out, b.farity(l.Head, msg))
			v = l.Tail
			continue
		}
		break
	}
	b.fail(v.Pos(), "%s", msg)
	return nil
}

func (b *builder) farity(e ast.Expr, msg string) ast.FuncName {
	op, ok := e.(*ast.BinaryOp)
	if !ok || op.Op != "/" {
		b.fail(e.Pos(), "%s", msg)
	}
	name, ok := op.Left.(*ast.Atom)
	if !ok {
		b.fail(op.Left.Pos(), "bad function name")
	}
	arity, ok := op.Right.(*ast.Integer)
	if !ok || arity.Big != nil {
		b.fail(op.Right.Pos(), "bad function arity")
	}
	return ast.FuncName{Loc: ast.At(e.Pos()), Name: name.Name, Arity: int(arity.Value)}
}

// ---------------------------------------------------------------------------
// -record, -type, -spec

func (b *builder) recordDecl(c grammar.IAttributeContext, a *grammar.RecordDefArgsContext) ast.Form {
	nameExpr := b.expr(a.Expr())
	name, ok := nameExpr.(*ast.Atom)
	if !ok {
		b.fail(nameExpr.Pos(), "bad record declaration")
	}
	r := &ast.RecordDecl{Loc: at(c), Name: name.Name, Fields: []*ast.RecordFieldDecl{}}
	for _, f := range a.TypedRecordFields().AllTypedRecordField() {
		r.Fields = append(r.Fields, b.recordFieldDecl(f))
	}
	return r
}

// recordFieldDecl builds Name, Name = Default, with an optional :: Type.
func (b *builder) recordFieldDecl(c grammar.ITypedRecordFieldContext) *ast.RecordFieldDecl {
	f := &ast.RecordFieldDecl{Loc: at(c)}
	e := b.expr(c.Expr())
	if m, ok := e.(*ast.Match); ok {
		e, f.Default = m.Left, m.Right
	}
	a, ok := e.(*ast.Atom)
	if !ok {
		b.fail(e.Pos(), "bad record field")
	}
	f.Name = a.Name
	if c.TopType() != nil {
		f.Type = b.topType(c.TopType())
	}
	return f
}

// typeDecl builds -type Name(Params) :: Type; the head must be a local
// call whose arguments are variables.
func (b *builder) typeDecl(c grammar.IAttributeContext, opaque bool, a *grammar.TypeDefArgsContext) ast.Form {
	head := b.expr(a.Expr())
	call, ok := head.(*ast.Call)
	var name *ast.Atom
	if ok {
		name, ok = call.Fun.(*ast.Atom)
	}
	if !ok {
		b.fail(ctxPos(c.Atom()), "bad type declaration")
	}
	t := &ast.TypeDecl{Loc: at(c), Opaque: opaque, Name: name.Name, Params: []*ast.Var{}}
	for _, p := range call.Args {
		v, ok := p.(*ast.Var)
		if !ok {
			b.fail(p.Pos(), "bad type variable")
		}
		t.Params = append(t.Params, v)
	}
	t.Type = b.topType(a.TopType())
	return t
}

// spec builds -spec and -callback: [Module:]Name followed by clauses that
// each may be bounded by a when part.
func (b *builder) spec(c grammar.IAttributeContext, callback bool, a *grammar.SpecArgsContext) ast.Form {
	s := &ast.Spec{Loc: at(c), Callback: callback}
	names := a.SpecFun().AllAtom()
	s.Name = b.atomName(names[len(names)-1])
	if len(names) == 2 {
		s.Module = b.atomName(names[0])
	}
	for _, sig := range a.TypeSigs().AllTypeSig() {
		ft := b.funType(sig, sig.FunType())
		if sig.TypeGuards() != nil {
			for _, g := range sig.TypeGuards().AllTypeGuard() {
				ft.Constraints = append(ft.Constraints, b.constraint(g))
			}
		}
		s.Clauses = append(s.Clauses, ft)
	}
	s.Arity = len(s.Clauses[0].Args)
	return s
}

// constraint builds Var :: Type or the older is_subtype(Var, Type).
func (b *builder) constraint(c grammar.ITypeGuardContext) *ast.Constraint {
	switch g := c.(type) {
	case *grammar.AnnotatedGuardContext:
		v := &ast.TypeVar{Loc: at(g), Name: g.VAR().GetText()}
		return &ast.Constraint{Loc: at(g), Var: v, Type: b.topType(g.TopType())}
	case *grammar.SubtypeGuardContext:
		name := b.atomName(g.Atom())
		args := b.topTypes(g.TopTypes())
		if name != "is_subtype" || len(args) != 2 {
			b.fail(ctxPos(g), "unsupported constraint %s", writeAtom(name))
		}
		v, ok := args[0].(*ast.TypeVar)
		if !ok {
			b.fail(args[0].Pos(), "bad type variable")
		}
		return &ast.Constraint{Loc: at(g), Var: v, Type: args[1]}
	}
	panic("unknown constraint")
}

// specErrorToken finds where erl_parse stops in a -spec that is not a
// specification: after the optional '(' and the [Module:]Name atoms, it
// wants a '('.
func specErrorToken(c grammar.IAttributeContext, dot antlr.Token) antlr.Token {
	s := c.GetParser().GetTokenStream()
	i := c.Atom().GetStop().GetTokenIndex() + 1
	isAtom := func(t int) bool { return t == grammar.ErlangLexerATOM || t == grammar.ErlangLexerQATOM }
	if s.Get(i).GetTokenType() == grammar.ErlangLexerLPAREN {
		i++
	}
	if !isAtom(s.Get(i).GetTokenType()) {
		return s.Get(i)
	}
	i++
	if s.Get(i).GetTokenType() == grammar.ErlangLexerCOLON && isAtom(s.Get(i+1).GetTokenType()) {
		i += 2
	}
	if s.Get(i).GetTokenType() != grammar.ErlangLexerLPAREN {
		return s.Get(i)
	}
	return dot
}
