package parse

import (
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// The fast path: a recursive-descent parser for functions and the common
// attributes that builds AST nodes straight from the tokens, with no parse
// tree. ANTLR's Go runtime
// spends most of its time allocating and linking parse-tree contexts; this
// path makes the same AST about ten times faster.
//
// It accepts a subset of what the grammar accepts (every valid form of
// OTP's sources, in practice) and gives up on anything else: a syntax
// error, a check the builder makes (head mismatch ...), or a construct
// whose precedence it does not model (catch as an operand). Giving up
// costs nothing but the time spent; the form then goes through ANTLR and
// the builder, which own every error message. The rule it must keep: when
// it accepts a form, the AST is exactly the one the ANTLR path builds.
// TestFastMatchesANTLR checks that over OTP's sources, FuzzFastPath over
// random input.

// fastOff disables the fast path (for tests that compare both paths).
var fastOff = false

// giveUp is the panic value that abandons the fast path.
type giveUp struct{}

type fastParser struct {
	toks []preproc.Token
	i    int
}

// fastForm returns the AST of a form, or nil if the fast path gave up on it.
func fastForm(toks []preproc.Token) (f ast.Form) {
	if fastOff || len(toks) == 0 {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(giveUp); !ok {
				panic(r)
			}
			f = nil
		}
	}()
	p := &fastParser{toks: toks}
	if toks[0].Type == grammar.ErlangLexerMINUS {
		f = p.attribute()
	} else {
		f = p.function()
	}
	if p.i != len(toks) {
		panic(giveUp{})
	}
	return f
}

func isAtomTok(t int) bool { return t == grammar.ErlangLexerATOM || t == grammar.ErlangLexerQATOM }

// peek returns the type of the token k places ahead (0 is the current one),
// or -1 past the end.
func (p *fastParser) peek(k int) int {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k].Type
	}
	return -1
}

func (p *fastParser) tok() preproc.Token {
	if p.i >= len(p.toks) {
		panic(giveUp{})
	}
	return p.toks[p.i]
}

func (p *fastParser) pos() source.Pos { return p.tok().Pos }

func (p *fastParser) loc() ast.Loc { return ast.At(p.tok().Pos) }

// next consumes the current token and returns it.
func (p *fastParser) next() preproc.Token {
	t := p.tok()
	p.i++
	return t
}

// expect consumes a token of type t or gives up.
func (p *fastParser) expect(t int) preproc.Token {
	if p.peek(0) != t {
		panic(giveUp{})
	}
	return p.next()
}

// accept consumes a token of type t if it is the current one.
func (p *fastParser) accept(t int) bool {
	if p.peek(0) == t {
		p.i++
		return true
	}
	return false
}

func (p *fastParser) atom() string {
	t := p.tok()
	if !isAtomTok(t.Type) {
		panic(giveUp{})
	}
	p.i++
	name, _ := decodeAtom(t.Text)
	return name
}

// ---------------------------------------------------------------------------
// Functions and clauses

func (p *fastParser) function() *ast.Function {
	f := &ast.Function{Loc: p.loc()}
	for {
		c, name := p.functionClause()
		if len(f.Clauses) == 0 {
			f.Name, f.Arity = name, len(c.Patterns)
		} else if name != f.Name || len(c.Patterns) != f.Arity {
			panic(giveUp{}) // head mismatch: the builder reports it
		}
		f.Clauses = append(f.Clauses, c)
		if !p.accept(grammar.ErlangLexerSEMI) {
			break
		}
	}
	p.expect(grammar.ErlangLexerFORM_END)
	return f
}

func (p *fastParser) functionClause() (*ast.Clause, string) {
	c := &ast.Clause{Loc: p.loc()}
	name := p.atom()
	c.Patterns = p.patternArgs()
	c.Guards = p.guardOpt()
	c.Body = p.clauseBody()
	return c, name
}

func (p *fastParser) patternArgs() []ast.Expr {
	p.expect(grammar.ErlangLexerLPAREN)
	ps := []ast.Expr{}
	if p.accept(grammar.ErlangLexerRPAREN) {
		return ps
	}
	for {
		ps = append(ps, p.pattern())
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRPAREN)
	return ps
}

func (p *fastParser) guardOpt() []ast.Guard {
	if !p.accept(grammar.ErlangLexerWHEN) {
		return nil
	}
	var gs []ast.Guard
	for {
		gs = append(gs, p.exprs())
		if !p.accept(grammar.ErlangLexerSEMI) {
			return gs
		}
	}
}

func (p *fastParser) clauseBody() []ast.Expr {
	p.expect(grammar.ErlangLexerARROW)
	return p.exprs()
}

func (p *fastParser) exprs() []ast.Expr {
	es := []ast.Expr{p.expr()}
	for p.accept(grammar.ErlangLexerCOMMA) {
		es = append(es, p.expr())
	}
	return es
}

// args parses an argument list after its '(' up to and including ')'.
func (p *fastParser) args() []ast.Expr {
	if p.accept(grammar.ErlangLexerRPAREN) {
		return []ast.Expr{}
	}
	es := p.exprs()
	p.expect(grammar.ErlangLexerRPAREN)
	return es
}

// ---------------------------------------------------------------------------
// Operator expressions, by precedence climbing. The levels and
// associativity are those of the grammar's expr and pattern rules.

const (
	lvlMatch   = 2 // = ! (right)
	lvlOrelse  = 3 // (right)
	lvlAndalso = 4 // (right)
	lvlComp    = 5 // (left; a chain is an error)
	lvlList    = 6 // ++ -- (right)
	lvlAdd     = 7
	lvlMult    = 8
)

// binLevel returns the level of a binary operator token in expressions,
// whether it is right-associative, and its spelling; level 0 means the
// token is not a binary operator.
func binLevel(t int, pattern bool) (int, bool) {
	switch t {
	case grammar.ErlangLexerMATCH:
		return lvlMatch, true
	case grammar.ErlangLexerSEND:
		if pattern {
			return 0, false
		}
		return lvlMatch, true
	case grammar.ErlangLexerORELSE, grammar.ErlangLexerANDALSO:
		if pattern {
			return 0, false
		}
		if t == grammar.ErlangLexerORELSE {
			return lvlOrelse, true
		}
		return lvlAndalso, true
	case grammar.ErlangLexerEQEQ, grammar.ErlangLexerNEQ, grammar.ErlangLexerLE, grammar.ErlangLexerLT,
		grammar.ErlangLexerGE, grammar.ErlangLexerGT, grammar.ErlangLexerEXACT_EQ, grammar.ErlangLexerEXACT_NEQ:
		return lvlComp, false
	case grammar.ErlangLexerPLUSPLUS, grammar.ErlangLexerMINUSMINUS:
		return lvlList, true
	case grammar.ErlangLexerPLUS, grammar.ErlangLexerMINUS, grammar.ErlangLexerBOR, grammar.ErlangLexerBXOR,
		grammar.ErlangLexerBSL, grammar.ErlangLexerBSR, grammar.ErlangLexerOR, grammar.ErlangLexerXOR:
		return lvlAdd, false
	case grammar.ErlangLexerSLASH, grammar.ErlangLexerSTAR, grammar.ErlangLexerDIV, grammar.ErlangLexerREM,
		grammar.ErlangLexerBAND, grammar.ErlangLexerAND:
		return lvlMult, false
	}
	return 0, false
}

func isPrefixOp(t int) bool {
	return t == grammar.ErlangLexerPLUS || t == grammar.ErlangLexerMINUS ||
		t == grammar.ErlangLexerBNOT || t == grammar.ErlangLexerNOT
}

// expr parses an expression where the grammar calls its expr rule from
// outside the rule, the only places where this path accepts a catch.
func (p *fastParser) expr() ast.Expr {
	if p.peek(0) == grammar.ErlangLexerCATCH {
		loc := p.loc()
		p.i++
		return &ast.Catch{Loc: loc, Expr: p.expr()}
	}
	return p.binary(lvlMatch, false)
}

func (p *fastParser) pattern() ast.Expr { return p.binary(lvlMatch, true) }

// binary parses operands joined by operators of level min or more.
func (p *fastParser) binary(min int, pattern bool) ast.Expr {
	start := p.pos()
	left := p.unary(pattern)
	leftIsComp := false
	for {
		lvl, right := binLevel(p.peek(0), pattern)
		if lvl == 0 || lvl < min {
			return left
		}
		if lvl == lvlComp && leftIsComp {
			panic(giveUp{}) // a < b < c: the builder reports it
		}
		op := p.next()
		if p.peek(0) == grammar.ErlangLexerCATCH {
			panic(giveUp{}) // catch as an operand swallows what follows: leave it to ANTLR
		}
		next := lvl + 1
		if right {
			next = lvl
		}
		rhs := p.binary(next, pattern)
		loc := ast.At(start)
		if op.Type == grammar.ErlangLexerMATCH {
			left = &ast.Match{Loc: loc, Left: left, Right: rhs}
		} else {
			left = &ast.BinaryOp{Loc: loc, Op: op.Text, Left: left, Right: rhs}
		}
		leftIsComp = lvl == lvlComp
	}
}

func (p *fastParser) unary(pattern bool) ast.Expr {
	if !isPrefixOp(p.peek(0)) {
		if pattern {
			return p.patternMax()
		}
		return p.postfix()
	}
	loc := p.loc()
	op := p.next()
	if p.peek(0) == grammar.ErlangLexerCATCH {
		panic(giveUp{})
	}
	return &ast.UnaryOp{Loc: loc, Op: op.Text, X: p.unary(pattern)}
}

// postfix parses an exprMax with its suffixes, or a map or record
// expression starting with '#'. The suffixes do not mix, as in the grammar.
func (p *fastParser) postfix() ast.Expr {
	start := p.pos()
	loc := ast.At(start)
	if p.peek(0) == grammar.ErlangLexerHASH {
		p.i++
		if p.peek(0) == grammar.ErlangLexerLBRACE {
			return p.mapSuffixes(loc, p.mapTuple(loc, nil))
		}
		name := p.atom()
		return p.recordSuffixes(loc, p.recordTail(loc, nil, name))
	}
	base := p.exprMax()
	switch p.peek(0) {
	case grammar.ErlangLexerCOLON:
		p.i++
		fun := &ast.Remote{Loc: loc, Module: base, Fun: p.exprMax()}
		if !p.accept(grammar.ErlangLexerLPAREN) {
			return fun
		}
		return &ast.Call{Loc: loc, Fun: fun, Args: p.args()}
	case grammar.ErlangLexerLPAREN:
		p.i++
		return &ast.Call{Loc: loc, Fun: base, Args: p.args()}
	case grammar.ErlangLexerHASH:
		if p.peek(1) == grammar.ErlangLexerLBRACE {
			return p.mapSuffixes(loc, base)
		}
		return p.recordSuffixes(loc, base)
	}
	return base
}

func (p *fastParser) mapSuffixes(loc ast.Loc, base ast.Expr) ast.Expr {
	for p.peek(0) == grammar.ErlangLexerHASH && p.peek(1) == grammar.ErlangLexerLBRACE {
		p.i++
		base = p.mapTuple(loc, base)
	}
	return base
}

func (p *fastParser) recordSuffixes(loc ast.Loc, base ast.Expr) ast.Expr {
	for p.peek(0) == grammar.ErlangLexerHASH && isAtomTok(p.peek(1)) {
		p.i++
		name := p.atom()
		base = p.recordTail(loc, base, name)
	}
	return base
}

// mapTuple parses {K => V, ...} after the '#', or a map comprehension.
func (p *fastParser) mapTuple(loc ast.Loc, base ast.Expr) ast.Expr {
	p.expect(grammar.ErlangLexerLBRACE)
	m := &ast.Map{Loc: loc, Base: base, Fields: []*ast.MapField{}}
	if p.accept(grammar.ErlangLexerRBRACE) {
		return m
	}
	for {
		f := p.mapField()
		if len(m.Fields) == 0 && p.peek(0) == grammar.ErlangLexerDPIPE {
			if base != nil || f.Exact {
				panic(giveUp{})
			}
			p.i++
			mc := &ast.MapComp{Loc: loc, Key: f.Key, Value: f.Value, Quals: p.quals()}
			p.expect(grammar.ErlangLexerRBRACE)
			return mc
		}
		m.Fields = append(m.Fields, f)
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRBRACE)
	return m
}

func (p *fastParser) mapField() *ast.MapField {
	f := &ast.MapField{Loc: p.loc(), Key: p.expr()}
	switch p.next().Type {
	case grammar.ErlangLexerDARROW:
	case grammar.ErlangLexerASSOC_MATCH:
		f.Exact = true
	default:
		panic(giveUp{})
	}
	f.Value = p.expr()
	return f
}

// recordTail parses .Field or {Field = Value, ...} after #Name.
func (p *fastParser) recordTail(loc ast.Loc, base ast.Expr, name string) ast.Expr {
	if p.accept(grammar.ErlangLexerDOT) {
		fpos := p.tok().Pos
		field := p.atom()
		if base == nil {
			return &ast.RecordIndex{Loc: loc, Name: name, Field: field, FieldPos: fpos}
		}
		return &ast.RecordAccess{Loc: loc, Expr: base, Name: name, Field: field, FieldPos: fpos}
	}
	p.expect(grammar.ErlangLexerLBRACE)
	r := &ast.Record{Loc: loc, Base: base, Name: name, Fields: []*ast.RecordField{}}
	if p.accept(grammar.ErlangLexerRBRACE) {
		return r
	}
	for {
		f := &ast.RecordField{Loc: p.loc()}
		if p.peek(0) == grammar.ErlangLexerVAR {
			f.Name = p.next().Text
		} else {
			f.Name = p.atom()
		}
		p.expect(grammar.ErlangLexerMATCH)
		f.Value = p.expr()
		r.Fields = append(r.Fields, f)
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	p.expect(grammar.ErlangLexerRBRACE)
	return r
}
