package parse

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// The type language of -type, -opaque, -spec, -callback and typed record
// fields, normalised as erl_parse does it: [T] is list(T), [T, ...] is
// nonempty_list(T), [] is nil(), fun() is any fun, and integer expressions
// (-1, 1 bsl 8) are literals.

func (b *builder) topTypes(c grammar.ITopTypesContext) []ast.Type {
	if c == nil {
		return []ast.Type{}
	}
	ts := c.AllTopType()
	out := make([]ast.Type, len(ts))
	for i, t := range ts {
		out[i] = b.topType(t)
	}
	return out
}

// topType builds Var :: T and unions. The grammar nests a | b | c to the
// right; erl_parse lifts the nested unions into one, and so does this.
func (b *builder) topType(c grammar.ITopTypeContext) ast.Type {
	switch c := c.(type) {
	case *grammar.AnnTypeContext:
		v := &ast.TypeVar{Loc: at(c), Name: c.VAR().GetText()}
		return &ast.TypeAnn{Loc: at(c), Var: v, Type: b.topType(c.TopType())}
	case *grammar.UnionTypeContext:
		t := b.type_(c.Type_())
		if c.PIPE() == nil {
			return t
		}
		rest := b.topType(c.TopType())
		if u, ok := rest.(*ast.TypeUnion); ok {
			return &ast.TypeUnion{Loc: at(c), Types: append([]ast.Type{t}, u.Types...)}
		}
		return &ast.TypeUnion{Loc: at(c), Types: []ast.Type{t, rest}}
	}
	panic("unknown top type")
}

func (b *builder) type_(c grammar.ITypeContext) ast.Type {
	switch c := c.(type) {
	case *grammar.UnaryTypeContext:
		x := b.typeExpr(c, c.Type_())
		return &ast.TypeLit{Loc: at(c), Value: &ast.UnaryOp{Loc: at(c), Op: c.GetOp().GetText(), X: x}}
	case *grammar.MultTypeContext:
		return b.typeOp(c, c.GetOp(), c.Type_(0), c.Type_(1))
	case *grammar.AddTypeContext:
		return b.typeOp(c, c.GetOp(), c.Type_(0), c.Type_(1))
	case *grammar.RangeTypeContext:
		return &ast.TypeRange{Loc: at(c), Lo: b.typeExpr(c, c.Type_(0)), Hi: b.typeExpr(c, c.Type_(1))}
	case *grammar.ParenTypeContext:
		return b.topType(c.TopType())
	case *grammar.VarTypeContext:
		return &ast.TypeVar{Loc: at(c), Name: c.VAR().GetText()}
	case *grammar.RemoteTypeContext:
		return &ast.TypeCall{Loc: at(c), Module: b.atomName(c.Atom(0)), Name: b.atomName(c.Atom(1)), Args: b.topTypes(c.TopTypes())}
	case *grammar.NamedTypeContext:
		if c.LPAREN() == nil {
			return &ast.TypeLit{Loc: at(c), Value: &ast.Atom{Loc: at(c), Name: b.atomName(c.Atom())}}
		}
		return &ast.TypeCall{Loc: at(c), Name: b.atomName(c.Atom()), Args: b.topTypes(c.TopTypes())}
	case *grammar.NilTypeContext:
		return &ast.TypeCall{Loc: at(c), Name: "nil", Args: []ast.Type{}}
	case *grammar.ListTypeContext:
		name := "list"
		if c.DOTDOTDOT() != nil {
			name = "nonempty_list"
		}
		return &ast.TypeCall{Loc: at(c), Name: name, Args: []ast.Type{b.topType(c.TopType())}}
	case *grammar.MapTypeContext:
		return b.mapType(c)
	case *grammar.RecordTypeContext:
		return b.recordType(c)
	case *grammar.TupleTypeContext:
		return &ast.TypeTuple{Loc: at(c), Elems: b.topTypes(c.TopTypes())}
	case *grammar.BinTypeContext:
		return b.binType(c.BinaryType())
	case *grammar.IntegerTypeContext:
		return &ast.TypeLit{Loc: at(c), Value: intLit(at(c), c.INTEGER().GetText())}
	case *grammar.CharTypeContext:
		r, _ := decodeChar(c.CHAR().GetText())
		return &ast.TypeLit{Loc: at(c), Value: &ast.Char{Loc: at(c), Value: r}}
	case *grammar.FunTypeTypeContext:
		if c.FunType() == nil {
			return &ast.FunType{Loc: at(c), Any: true}
		}
		return b.funType(c, c.FunType())
	}
	panic("unknown type")
}

func (b *builder) typeOp(c antlr.ParserRuleContext, op antlr.Token, l, r grammar.ITypeContext) ast.Type {
	e := &ast.BinaryOp{Loc: at(c), Op: op.GetText(), Left: b.typeExpr(c, l), Right: b.typeExpr(c, r)}
	return &ast.TypeLit{Loc: at(c), Value: e}
}

// typeExpr builds an operand of an integer type expression (-1, 1 bsl 8,
// 0..255). erl_parse accepts any type there and erl_lint rejects all but
// integer expressions ("bad integer type", at the operator); this reports
// that at once, as the AST has no place for other types there.
func (b *builder) typeExpr(outer antlr.ParserRuleContext, c grammar.ITypeContext) ast.Expr {
	t := b.type_(c)
	if lit, ok := t.(*ast.TypeLit); ok {
		if _, isAtom := lit.Value.(*ast.Atom); !isAtom {
			return lit.Value
		}
	}
	b.fail(ctxPos(outer), "bad integer type")
	return nil
}

func (b *builder) funType(c antlr.ParserRuleContext, f grammar.IFunTypeContext) *ast.FunType {
	ft := &ast.FunType{Loc: at(c), Result: b.topType(f.TopType())}
	if f.DOTDOTDOT() != nil {
		ft.AnyArgs = true
	} else {
		ft.Args = b.topTypes(f.TopTypes())
	}
	return ft
}

func (b *builder) mapType(c *grammar.MapTypeContext) ast.Type {
	m := &ast.TypeMap{Loc: at(c), Fields: []*ast.TypeMapField{}}
	if c.MapPairTypes() == nil {
		return m
	}
	for _, p := range c.MapPairTypes().AllMapPairType() {
		m.Fields = append(m.Fields, &ast.TypeMapField{
			Loc:   at(p),
			Exact: p.ASSOC_MATCH() != nil,
			Key:   b.topType(p.TopType(0)),
			Value: b.topType(p.TopType(1)),
		})
	}
	return m
}

func (b *builder) recordType(c *grammar.RecordTypeContext) ast.Type {
	r := &ast.TypeRecord{Loc: at(c), Name: b.atomName(c.Atom()), Fields: []*ast.TypeRecordField{}}
	if c.FieldTypes() == nil {
		return r
	}
	for _, f := range c.FieldTypes().AllFieldType() {
		r.Fields = append(r.Fields, &ast.TypeRecordField{Loc: at(f), Name: b.atomName(f.Atom()), Type: b.topType(f.TopType())})
	}
	return r
}

// binType builds <<>>, <<_:M>>, <<_:_*N>> and <<_:M, _:_*N>>; the variables
// must all be _ ("Bad binary type" otherwise, in erl_parse's words).
func (b *builder) binType(c grammar.IBinaryTypeContext) ast.Type {
	zero := func() ast.Expr { return &ast.Integer{Loc: at(c)} }
	t := &ast.TypeBin{Loc: at(c), M: zero(), N: zero()}
	if base := c.BinBaseType(); base != nil {
		b.underscore(base.VAR())
		t.M = b.typeExpr(base, base.Type_())
	}
	if unit := c.BinUnitType(); unit != nil {
		b.underscore(unit.VAR(0))
		b.underscore(unit.VAR(1))
		t.N = b.typeExpr(unit, unit.Type_())
	}
	return t
}

func (b *builder) underscore(v antlr.TerminalNode) {
	if v.GetText() != "_" {
		b.fail(tokPos(v.GetSymbol()), "Bad binary type")
	}
}
