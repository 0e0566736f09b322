package parse

import (
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// The fast path's primaries and compound expressions (see fast.go).

// literal parses a token that is a whole exprMax by itself, or returns nil.
func (p *fastParser) literal() ast.Expr {
	t := p.tok()
	loc := ast.At(t.Pos)
	switch t.Type {
	case grammar.ErlangLexerVAR:
		p.i++
		return &ast.Var{Loc: loc, Name: t.Text}
	case grammar.ErlangLexerATOM, grammar.ErlangLexerQATOM:
		return &ast.Atom{Loc: loc, Name: p.atom()}
	case grammar.ErlangLexerINTEGER:
		p.i++
		return intLit(loc, t.Text)
	case grammar.ErlangLexerCHAR:
		p.i++
		r, _ := decodeChar(t.Text)
		return &ast.Char{Loc: loc, Value: r}
	case grammar.ErlangLexerFLOAT:
		p.i++
		f, _ := decodeFloat(t.Text)
		return &ast.Float{Loc: loc, Value: f}
	case grammar.ErlangLexerSTRING:
		s := []rune{}
		for p.peek(0) == grammar.ErlangLexerSTRING {
			rs, _ := decodeString(p.next().Text)
			s = append(s, rs...)
		}
		return &ast.String{Loc: loc, Value: s}
	case grammar.ErlangLexerLBRACK:
		return p.list()
	case grammar.ErlangLexerLBRACE:
		p.i++
		return &ast.Tuple{Loc: loc, Elems: p.tupleElems()}
	case grammar.ErlangLexerBINOPEN:
		return p.binary_()
	}
	return nil
}

func (p *fastParser) tupleElems() []ast.Expr {
	if p.accept(grammar.ErlangLexerRBRACE) {
		return []ast.Expr{}
	}
	es := p.exprs()
	p.expect(grammar.ErlangLexerRBRACE)
	return es
}

func (p *fastParser) exprMax() ast.Expr {
	if e := p.literal(); e != nil {
		return e
	}
	loc := p.loc()
	switch p.next().Type {
	case grammar.ErlangLexerLPAREN:
		e := p.expr()
		p.expect(grammar.ErlangLexerRPAREN)
		return e
	case grammar.ErlangLexerBEGIN:
		b := &ast.Block{Loc: loc, Body: p.exprs()}
		p.expect(grammar.ErlangLexerEND)
		return b
	case grammar.ErlangLexerIF:
		return p.ifExpr(loc)
	case grammar.ErlangLexerCASE:
		c := &ast.Case{Loc: loc, Expr: p.expr()}
		p.expect(grammar.ErlangLexerOF)
		c.Clauses = p.crClauses()
		p.expect(grammar.ErlangLexerEND)
		return c
	case grammar.ErlangLexerRECEIVE:
		return p.receive(loc)
	case grammar.ErlangLexerFUN:
		return p.fun(loc)
	case grammar.ErlangLexerTRY:
		return p.try(loc)
	case grammar.ErlangLexerMAYBE:
		return p.maybe(loc)
	}
	panic(giveUp{})
}

// patternMax is exprMax's counterpart in patterns: no compound expressions,
// but #{...} and #r{...} without suffixes.
func (p *fastParser) patternMax() ast.Expr {
	if e := p.literal(); e != nil {
		return e
	}
	loc := p.loc()
	switch p.next().Type {
	case grammar.ErlangLexerLPAREN:
		e := p.pattern()
		p.expect(grammar.ErlangLexerRPAREN)
		return e
	case grammar.ErlangLexerHASH:
		if p.peek(0) == grammar.ErlangLexerLBRACE {
			return p.mapTuple(loc, nil)
		}
		name := p.atom()
		return p.recordTail(loc, nil, name)
	}
	panic(giveUp{})
}

// list parses [], [A, B | T] and [E || Qs]; cells are placed as the
// builder places them (see list in expr.go).
func (p *fastParser) list() ast.Expr {
	loc := p.loc()
	p.i++
	if p.peek(0) == grammar.ErlangLexerRBRACK {
		p.i++
		return &ast.Nil{Loc: loc}
	}
	first := p.expr()
	if p.accept(grammar.ErlangLexerDPIPE) {
		lc := &ast.ListComp{Loc: loc, Expr: first, Quals: p.quals()}
		p.expect(grammar.ErlangLexerRBRACK)
		return lc
	}
	elems, starts := []ast.Expr{first}, []ast.Loc{loc}
	for p.peek(0) == grammar.ErlangLexerCOMMA {
		p.i++
		starts = append(starts, p.loc())
		elems = append(elems, p.expr())
	}
	var tail ast.Expr
	if p.accept(grammar.ErlangLexerPIPE) {
		tail = p.expr()
	}
	end := p.expect(grammar.ErlangLexerRBRACK)
	if tail == nil {
		tail = &ast.Nil{Loc: ast.At(end.Pos)}
	}
	for i := len(elems) - 1; i >= 0; i-- {
		tail = &ast.Cons{Loc: starts[i], Head: elems[i], Tail: tail}
	}
	return tail
}

func (p *fastParser) quals() []ast.Expr {
	qs := []ast.Expr{p.qual()}
	for p.accept(grammar.ErlangLexerCOMMA) {
		qs = append(qs, p.qual())
	}
	return qs
}

func (p *fastParser) qual() ast.Expr {
	loc := p.loc()
	e := p.expr()
	switch p.peek(0) {
	case grammar.ErlangLexerLARROW:
		p.i++
		return &ast.Generate{Loc: loc, Pattern: e, Expr: p.expr()}
	case grammar.ErlangLexerLDARROW:
		p.i++
		return &ast.BinGenerate{Loc: loc, Pattern: e, Expr: p.expr()}
	case grammar.ErlangLexerASSOC_MATCH:
		p.i++
		v := p.expr()
		p.expect(grammar.ErlangLexerLARROW)
		return &ast.MapGenerate{Loc: loc, Key: e, Value: v, Expr: p.expr()}
	}
	return e
}

// binary_ parses <<>>, <<E, ...>> and << E || Qs >>.
func (p *fastParser) binary_() ast.Expr {
	loc := p.loc()
	p.i++
	if p.accept(grammar.ErlangLexerBINCLOSE) {
		return &ast.Bin{Loc: loc, Elems: []*ast.BinElement{}}
	}
	first := p.binElement()
	if p.accept(grammar.ErlangLexerDPIPE) {
		if first.Size != nil || first.Types != nil || first.Value.Pos() != first.Pos() {
			panic(giveUp{})
		}
		if _, ok := first.Value.(*ast.UnaryOp); ok {
			panic(giveUp{})
		}
		bc := &ast.BinComp{Loc: loc, Expr: first.Value, Quals: p.quals()}
		p.expect(grammar.ErlangLexerBINCLOSE)
		return bc
	}
	bin := &ast.Bin{Loc: loc, Elems: []*ast.BinElement{first}}
	for p.accept(grammar.ErlangLexerCOMMA) {
		bin.Elems = append(bin.Elems, p.binElement())
	}
	p.expect(grammar.ErlangLexerBINCLOSE)
	return bin
}

func (p *fastParser) binElement() *ast.BinElement {
	e := &ast.BinElement{Loc: p.loc()}
	if isPrefixOp(p.peek(0)) {
		op := p.next()
		e.Value = &ast.UnaryOp{Loc: e.Loc, Op: op.Text, X: p.exprMax()}
	} else {
		e.Value = p.exprMax()
	}
	if p.accept(grammar.ErlangLexerCOLON) {
		e.Size = p.exprMax()
	}
	if p.accept(grammar.ErlangLexerSLASH) {
		for {
			ts := ast.TypeSpec{Name: p.atom(), Value: -1}
			if p.accept(grammar.ErlangLexerCOLON) {
				v, _, _ := decodeInteger(p.expect(grammar.ErlangLexerINTEGER).Text)
				ts.Value = int(v)
			}
			e.Types = append(e.Types, ts)
			if !p.accept(grammar.ErlangLexerMINUS) {
				break
			}
		}
	}
	return e
}

// ---------------------------------------------------------------------------
// Compound expressions

func (p *fastParser) ifExpr(loc ast.Loc) ast.Expr {
	e := &ast.If{Loc: loc}
	for {
		c := &ast.Clause{Loc: p.loc(), Patterns: []ast.Expr{}}
		c.Guards = []ast.Guard{p.exprs()}
		for p.accept(grammar.ErlangLexerSEMI) {
			c.Guards = append(c.Guards, p.exprs())
		}
		c.Body = p.clauseBody()
		e.Clauses = append(e.Clauses, c)
		if !p.accept(grammar.ErlangLexerSEMI) {
			break
		}
	}
	p.expect(grammar.ErlangLexerEND)
	return e
}

// crClauses parses the clauses of case, receive and maybe-else.
func (p *fastParser) crClauses() []*ast.Clause {
	var cs []*ast.Clause
	for {
		c := &ast.Clause{Loc: p.loc(), Patterns: []ast.Expr{p.pattern()}}
		c.Guards = p.guardOpt()
		c.Body = p.clauseBody()
		cs = append(cs, c)
		if !p.accept(grammar.ErlangLexerSEMI) {
			return cs
		}
	}
}

func (p *fastParser) receive(loc ast.Loc) ast.Expr {
	r := &ast.Receive{Loc: loc}
	if p.peek(0) != grammar.ErlangLexerAFTER {
		r.Clauses = p.crClauses()
	}
	if p.accept(grammar.ErlangLexerAFTER) {
		r.Timeout = p.expr()
		r.After = p.clauseBody()
	} else if r.Clauses == nil {
		panic(giveUp{})
	}
	p.expect(grammar.ErlangLexerEND)
	return r
}

func (p *fastParser) fun(loc ast.Loc) ast.Expr {
	t0, t1 := p.peek(0), p.peek(1)
	switch {
	case isAtomTok(t0) && t1 == grammar.ErlangLexerSLASH:
		name := p.atom()
		p.i++
		v, _, _ := decodeInteger(p.expect(grammar.ErlangLexerINTEGER).Text)
		return &ast.FunRef{Loc: loc, Name: name, Arity: int(v)}
	case (isAtomTok(t0) || t0 == grammar.ErlangLexerVAR) && t1 == grammar.ErlangLexerCOLON:
		f := &ast.FunRemote{Loc: loc, Module: p.atomOrVar()}
		p.i++
		f.Name = p.atomOrVar()
		p.expect(grammar.ErlangLexerSLASH)
		if p.peek(0) == grammar.ErlangLexerVAR {
			t := p.next()
			f.Arity = &ast.Var{Loc: ast.At(t.Pos), Name: t.Text}
		} else {
			t := p.expect(grammar.ErlangLexerINTEGER)
			f.Arity = intLit(ast.At(t.Pos), t.Text)
		}
		return f
	}
	return p.funClauses(loc)
}

func (p *fastParser) atomOrVar() ast.Expr {
	t := p.tok()
	if t.Type == grammar.ErlangLexerVAR {
		p.i++
		return &ast.Var{Loc: ast.At(t.Pos), Name: t.Text}
	}
	return &ast.Atom{Loc: ast.At(t.Pos), Name: p.atom()}
}

func (p *fastParser) funClauses(loc ast.Loc) ast.Expr {
	f := &ast.FunExpr{Loc: loc}
	for {
		c := &ast.Clause{Loc: p.loc()}
		name := ""
		if p.peek(0) == grammar.ErlangLexerVAR {
			name = p.next().Text
		}
		if len(f.Clauses) == 0 {
			f.Name = name
		} else if name != f.Name {
			panic(giveUp{})
		}
		c.Patterns = p.patternArgs()
		c.Guards = p.guardOpt()
		c.Body = p.clauseBody()
		f.Clauses = append(f.Clauses, c)
		if !p.accept(grammar.ErlangLexerSEMI) {
			break
		}
	}
	p.expect(grammar.ErlangLexerEND)
	return f
}

func (p *fastParser) try(loc ast.Loc) ast.Expr {
	t := &ast.Try{Loc: loc, Body: p.exprs()}
	if p.accept(grammar.ErlangLexerOF) {
		t.Clauses = p.crClauses()
	}
	if p.accept(grammar.ErlangLexerCATCH) {
		for {
			t.Catches = append(t.Catches, p.tryClause())
			if !p.accept(grammar.ErlangLexerSEMI) {
				break
			}
		}
		if p.accept(grammar.ErlangLexerAFTER) {
			t.After = p.exprs()
		}
	} else {
		p.expect(grammar.ErlangLexerAFTER)
		t.After = p.exprs()
	}
	p.expect(grammar.ErlangLexerEND)
	return t
}

// tryClause parses [Class:]Reason[:Stack] [when Guard] -> Body, filling in
// the defaults as tryClause in clause.go does.
func (p *fastParser) tryClause() *ast.Clause {
	c := &ast.Clause{Loc: p.loc()}
	var class ast.Expr
	if t := p.peek(0); (isAtomTok(t) || t == grammar.ErlangLexerVAR) && p.peek(1) == grammar.ErlangLexerCOLON {
		class = p.atomOrVar()
		p.i++
	}
	reason := p.pattern()
	if class == nil {
		class = &ast.Atom{Loc: ast.At(reason.Pos()), Name: "throw"}
	}
	var stack ast.Expr = &ast.Var{Loc: ast.At(reason.Pos()), Name: "_"}
	if p.accept(grammar.ErlangLexerCOLON) {
		v := p.expect(grammar.ErlangLexerVAR)
		stack = &ast.Var{Loc: ast.At(v.Pos), Name: v.Text}
	}
	c.Patterns = []ast.Expr{class, reason, stack}
	c.Guards = p.guardOpt()
	c.Body = p.clauseBody()
	return c
}

func (p *fastParser) maybe(loc ast.Loc) ast.Expr {
	m := &ast.Maybe{Loc: loc}
	for {
		start := p.loc()
		e := p.expr()
		if p.accept(grammar.ErlangLexerMAYBE_MATCH) {
			e = &ast.MaybeMatch{Loc: start, Left: e, Right: p.expr()}
		}
		m.Body = append(m.Body, e)
		if !p.accept(grammar.ErlangLexerCOMMA) {
			break
		}
	}
	if p.accept(grammar.ErlangLexerELSE) {
		m.Else = p.crClauses()
	}
	p.expect(grammar.ErlangLexerEND)
	return m
}
