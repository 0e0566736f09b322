package parse

import (
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// The fast path for types (see fast.go and types.go, whose nodes and
// positions it reproduces).

// topTypes parses types separated by commas up to and including close; the
// list may be empty.
func (p *fastParser) topTypes(close int) []ast.Type {
	ts := []ast.Type{}
	if p.accept(close) {
		return ts
	}
	for {
		ts = append(ts, p.topType())
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(close)
	return ts
}

// topType parses Var :: Type and unions, lifting a union on the right.
func (p *fastParser) topType() ast.Type {
	loc := p.loc()
	if p.peek(0) == grammar.ErlangLexerVAR && p.peek(1) == grammar.ErlangLexerCOLONCOLON {
		v := &ast.TypeVar{Loc: loc, Name: p.next().Text}
		p.i++
		return &ast.TypeAnn{Loc: loc, Var: v, Type: p.topType()}
	}
	t := p.typeLevel(0)
	if !p.accept(grammar.ErlangLexerPIPE) {
		return t
	}
	rest := p.topType()
	if u, ok := rest.(*ast.TypeUnion); ok {
		return &ast.TypeUnion{Loc: loc, Types: append([]ast.Type{t}, u.Types...)}
	}
	return &ast.TypeUnion{Loc: loc, Types: []ast.Type{t, rest}}
}

// Levels of the type operators, all left-associative: .. < add < mult.
const (
	tlvlRange = 1
	tlvlAdd   = 2
	tlvlMult  = 3
)

func typeOpLevel(t int) int {
	switch t {
	case grammar.ErlangLexerDOTDOT:
		return tlvlRange
	case grammar.ErlangLexerPLUS, grammar.ErlangLexerMINUS, grammar.ErlangLexerBOR, grammar.ErlangLexerBXOR,
		grammar.ErlangLexerBSL, grammar.ErlangLexerBSR, grammar.ErlangLexerOR, grammar.ErlangLexerXOR:
		return tlvlAdd
	case grammar.ErlangLexerSLASH, grammar.ErlangLexerSTAR, grammar.ErlangLexerDIV, grammar.ErlangLexerREM,
		grammar.ErlangLexerBAND, grammar.ErlangLexerAND:
		return tlvlMult
	}
	return 0
}

// typeLevel parses a type with operators of level above min.
func (p *fastParser) typeLevel(min int) ast.Type {
	loc := p.loc()
	left := p.typeUnary()
	for {
		lvl := typeOpLevel(p.peek(0))
		if lvl == 0 || lvl <= min {
			return left
		}
		op := p.next()
		right := p.typeLevel(lvl)
		if lvl == tlvlRange {
			left = &ast.TypeRange{Loc: loc, Lo: intExpr(left), Hi: intExpr(right)}
		} else {
			e := &ast.BinaryOp{Loc: loc, Op: op.Text, Left: intExpr(left), Right: intExpr(right)}
			left = &ast.TypeLit{Loc: loc, Value: e}
		}
	}
}

// intExpr is typeExpr's counterpart: the operand of an integer type
// expression must be a literal other than an atom.
func intExpr(t ast.Type) ast.Expr {
	if lit, ok := t.(*ast.TypeLit); ok {
		if _, isAtom := lit.Value.(*ast.Atom); !isAtom {
			return lit.Value
		}
	}
	panic(giveUp{})
}

func (p *fastParser) typeUnary() ast.Type {
	if !isPrefixOp(p.peek(0)) {
		return p.typeMax()
	}
	loc := p.loc()
	op := p.next()
	x := intExpr(p.typeUnary())
	return &ast.TypeLit{Loc: loc, Value: &ast.UnaryOp{Loc: loc, Op: op.Text, X: x}}
}

func (p *fastParser) typeMax() ast.Type {
	loc := p.loc()
	t := p.next()
	switch t.Type {
	case grammar.ErlangLexerLPAREN:
		inner := p.topType()
		p.expect(grammar.ErlangLexerRPAREN)
		return inner
	case grammar.ErlangLexerVAR:
		return &ast.TypeVar{Loc: loc, Name: t.Text}
	case grammar.ErlangLexerATOM, grammar.ErlangLexerQATOM:
		p.i--
		return p.namedType(loc)
	case grammar.ErlangLexerLBRACK:
		return p.listType(loc)
	case grammar.ErlangLexerHASH:
		if p.accept(grammar.ErlangLexerLBRACE) {
			return p.mapType(loc)
		}
		return p.recordType(loc)
	case grammar.ErlangLexerLBRACE:
		return &ast.TypeTuple{Loc: loc, Elems: p.topTypes(grammar.ErlangLexerRBRACE)}
	case grammar.ErlangLexerBINOPEN:
		return p.binType(loc)
	case grammar.ErlangLexerINTEGER:
		return &ast.TypeLit{Loc: loc, Value: intLit(loc, t.Text)}
	case grammar.ErlangLexerCHAR:
		r, _ := decodeChar(t.Text)
		return &ast.TypeLit{Loc: loc, Value: &ast.Char{Loc: loc, Value: r}}
	case grammar.ErlangLexerFUN:
		p.expect(grammar.ErlangLexerLPAREN)
		if p.accept(grammar.ErlangLexerRPAREN) {
			return &ast.FunType{Loc: loc, Any: true}
		}
		ft := p.funType(loc)
		p.expect(grammar.ErlangLexerRPAREN)
		return ft
	}
	panic(giveUp{})
}

// namedType parses atom, atom(Args) and atom:atom(Args).
func (p *fastParser) namedType(loc ast.Loc) ast.Type {
	name := p.atom()
	if p.accept(grammar.ErlangLexerCOLON) {
		fun := p.atom()
		p.expect(grammar.ErlangLexerLPAREN)
		return &ast.TypeCall{Loc: loc, Module: name, Name: fun, Args: p.topTypes(grammar.ErlangLexerRPAREN)}
	}
	if !p.accept(grammar.ErlangLexerLPAREN) {
		return &ast.TypeLit{Loc: loc, Value: &ast.Atom{Loc: loc, Name: name}}
	}
	return &ast.TypeCall{Loc: loc, Name: name, Args: p.topTypes(grammar.ErlangLexerRPAREN)}
}

// listType parses [] (nil()), [T] (list(T)) and [T, ...] (nonempty_list(T)).
func (p *fastParser) listType(loc ast.Loc) ast.Type {
	if p.accept(grammar.ErlangLexerRBRACK) {
		return &ast.TypeCall{Loc: loc, Name: "nil", Args: []ast.Type{}}
	}
	elem := p.topType()
	name := "list"
	if p.accept(grammar.ErlangLexerCOMMA) {
		p.expect(grammar.ErlangLexerDOTDOTDOT)
		name = "nonempty_list"
	}
	p.expect(grammar.ErlangLexerRBRACK)
	return &ast.TypeCall{Loc: loc, Name: name, Args: []ast.Type{elem}}
}

func (p *fastParser) mapType(loc ast.Loc) ast.Type {
	m := &ast.TypeMap{Loc: loc, Fields: []*ast.TypeMapField{}}
	if p.accept(grammar.ErlangLexerRBRACE) {
		return m
	}
	for {
		f := &ast.TypeMapField{Loc: p.loc(), Key: p.topType()}
		switch p.next().Type {
		case grammar.ErlangLexerDARROW:
		case grammar.ErlangLexerASSOC_MATCH:
			f.Exact = true
		default:
			panic(giveUp{})
		}
		f.Value = p.topType()
		m.Fields = append(m.Fields, f)
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRBRACE)
	return m
}

func (p *fastParser) recordType(loc ast.Loc) ast.Type {
	r := &ast.TypeRecord{Loc: loc, Name: p.atom(), Fields: []*ast.TypeRecordField{}}
	p.expect(grammar.ErlangLexerLBRACE)
	if p.accept(grammar.ErlangLexerRBRACE) {
		return r
	}
	for {
		f := &ast.TypeRecordField{Loc: p.loc(), Name: p.atom()}
		p.expect(grammar.ErlangLexerCOLONCOLON)
		f.Type = p.topType()
		r.Fields = append(r.Fields, f)
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRBRACE)
	return r
}

// binType parses <<>>, <<_:M>>, <<_:_*N>> and <<_:M, _:_*N>> after the <<.
func (p *fastParser) binType(loc ast.Loc) ast.Type {
	t := &ast.TypeBin{Loc: loc, M: &ast.Integer{Loc: loc}, N: &ast.Integer{Loc: loc}}
	if p.accept(grammar.ErlangLexerBINCLOSE) {
		return t
	}
	p.underscore()
	p.expect(grammar.ErlangLexerCOLON)
	if p.peek(0) == grammar.ErlangLexerVAR && p.peek(1) == grammar.ErlangLexerSTAR {
		t.N = p.unitType()
	} else {
		t.M = intExpr(p.typeLevel(0))
		if p.accept(grammar.ErlangLexerCOMMA) {
			p.underscore()
			p.expect(grammar.ErlangLexerCOLON)
			t.N = p.unitType()
		}
	}
	p.expect(grammar.ErlangLexerBINCLOSE)
	return t
}

// unitType parses _*N after the colon of a unit type.
func (p *fastParser) unitType() ast.Expr {
	p.underscore()
	p.expect(grammar.ErlangLexerSTAR)
	return intExpr(p.typeLevel(0))
}

func (p *fastParser) underscore() {
	if v := p.expect(grammar.ErlangLexerVAR); v.Text != "_" {
		panic(giveUp{})
	}
}

// funType parses (Args) -> Result or (...) -> Result; loc is where the
// builder places it (the fun, or the clause's '(' in a spec).
func (p *fastParser) funType(loc ast.Loc) *ast.FunType {
	p.expect(grammar.ErlangLexerLPAREN)
	ft := &ast.FunType{Loc: loc}
	if p.accept(grammar.ErlangLexerDOTDOTDOT) {
		ft.AnyArgs = true
		p.expect(grammar.ErlangLexerRPAREN)
	} else {
		ft.Args = p.topTypes(grammar.ErlangLexerRPAREN)
	}
	p.expect(grammar.ErlangLexerARROW)
	ft.Result = p.topType()
	return ft
}
