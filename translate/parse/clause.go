package parse

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
)

// Clauses, the expressions made of clauses, and patterns.

// guard builds a guard sequence: alternatives separated by ';', each a list
// of tests separated by ','.
func (b *builder) guard(c grammar.IGuardContext) []ast.Guard {
	if c == nil {
		return nil
	}
	alts := c.AllExprs()
	out := make([]ast.Guard, len(alts))
	for i, a := range alts {
		out[i] = b.exprs(a)
	}
	return out
}

func (b *builder) body(c grammar.IClauseBodyContext) []ast.Expr {
	return b.exprs(c.Exprs())
}

func (b *builder) patternArgs(c grammar.IPatternArgsContext) []ast.Expr {
	ps := c.Patterns()
	if ps == nil {
		return []ast.Expr{}
	}
	return b.patterns(ps.AllPattern())
}

func (b *builder) patterns(ps []grammar.IPatternContext) []ast.Expr {
	out := make([]ast.Expr, len(ps))
	for i, p := range ps {
		out[i] = b.pattern(p)
	}
	return out
}

func (b *builder) ifExpr(c grammar.IIfExprContext) ast.Expr {
	cs := c.AllIfClause()
	e := &ast.If{Loc: at(c), Clauses: make([]*ast.Clause, len(cs))}
	for i, k := range cs {
		e.Clauses[i] = &ast.Clause{Loc: at(k), Patterns: []ast.Expr{}, Guards: b.guard(k.Guard()), Body: b.body(k.ClauseBody())}
	}
	return e
}

// crClauses builds the clauses of case, receive and maybe-else: one pattern each.
func (b *builder) crClauses(c grammar.ICrClausesContext) []*ast.Clause {
	if c == nil {
		return nil
	}
	cs := c.AllCrClause()
	out := make([]*ast.Clause, len(cs))
	for i, k := range cs {
		out[i] = &ast.Clause{
			Loc:      at(k),
			Patterns: []ast.Expr{b.pattern(k.Pattern())},
			Guards:   b.guard(k.Guard()),
			Body:     b.body(k.ClauseBody()),
		}
	}
	return out
}

func (b *builder) receive(c grammar.IReceiveExprContext) ast.Expr {
	switch c := c.(type) {
	case *grammar.ReceiveClausesContext:
		return &ast.Receive{Loc: at(c), Clauses: b.crClauses(c.CrClauses())}
	case *grammar.ReceiveAfterContext:
		return &ast.Receive{
			Loc:     at(c),
			Clauses: b.crClauses(c.CrClauses()),
			Timeout: b.expr(c.Expr()),
			After:   b.body(c.ClauseBody()),
		}
	}
	panic("unknown receive")
}

func (b *builder) funExpr(c grammar.IFunExprContext) ast.Expr {
	switch c := c.(type) {
	case *grammar.FunLocalContext:
		v, _, _ := decodeInteger(c.INTEGER().GetText())
		return &ast.FunRef{Loc: at(c), Name: b.atomName(c.Atom()), Arity: int(v)}
	case *grammar.FunRemoteContext:
		return &ast.FunRemote{
			Loc:    at(c),
			Module: b.atomOrVar(c.AtomOrVar(0)),
			Name:   b.atomOrVar(c.AtomOrVar(1)),
			Arity:  b.integerOrVar(c.IntegerOrVar()),
		}
	case *grammar.FunAnonContext:
		return b.funAnon(c)
	}
	panic("unknown fun")
}

// funAnon builds fun (...) -> ... end and named funs. Every clause of a named
// fun carries the same name, and either all clauses are named or none is;
// erl_parse reports "head mismatch" at the first clause that breaks this.
func (b *builder) funAnon(c *grammar.FunAnonContext) ast.Expr {
	cs := c.AllFunClause()
	f := &ast.FunExpr{Loc: at(c), Clauses: make([]*ast.Clause, len(cs))}
	if v := cs[0].VAR(); v != nil {
		f.Name = v.GetText()
	}
	for i, k := range cs {
		name := ""
		if v := k.VAR(); v != nil {
			name = v.GetText()
		}
		if name != f.Name {
			b.fail(ctxPos(k), "head mismatch")
		}
		f.Clauses[i] = &ast.Clause{
			Loc:      at(k),
			Patterns: b.patternArgs(k.PatternArgs()),
			Guards:   b.guard(k.Guard()),
			Body:     b.body(k.ClauseBody()),
		}
	}
	return f
}

func (b *builder) atomOrVar(c grammar.IAtomOrVarContext) ast.Expr {
	if c.VAR() != nil {
		return &ast.Var{Loc: at(c), Name: c.VAR().GetText()}
	}
	return &ast.Atom{Loc: at(c), Name: b.atomName(c.Atom())}
}

func (b *builder) integerOrVar(c grammar.IIntegerOrVarContext) ast.Expr {
	if c.VAR() != nil {
		return &ast.Var{Loc: at(c), Name: c.VAR().GetText()}
	}
	return intLit(at(c), c.INTEGER().GetText())
}

func (b *builder) tryExpr(c grammar.ITryExprContext) ast.Expr {
	t := &ast.Try{Loc: at(c), Body: b.exprs(c.Exprs()), Clauses: b.crClauses(c.CrClauses())}
	k := c.TryCatch()
	if k.TryClauses() != nil {
		for _, tc := range k.TryClauses().AllTryClause() {
			t.Catches = append(t.Catches, b.tryClause(tc))
		}
	}
	if k.AFTER() != nil {
		t.After = b.exprs(k.Exprs())
	}
	return t
}

// tryClause builds Class:Reason:Stack when Guard -> Body, filling in the
// class throw and the stack trace _ when they are left out, as erl_parse does
// (both at the position of the reason pattern).
func (b *builder) tryClause(c grammar.ITryClauseContext) *ast.Clause {
	reason := b.pattern(c.Pattern())
	var class ast.Expr = &ast.Atom{Loc: ast.At(reason.Pos()), Name: "throw"}
	if c.AtomOrVar() != nil {
		class = b.atomOrVar(c.AtomOrVar())
	}
	var stack ast.Expr = &ast.Var{Loc: ast.At(reason.Pos()), Name: "_"}
	if v := c.VAR(); v != nil {
		stack = &ast.Var{Loc: ast.At(tokPos(v.GetSymbol())), Name: v.GetText()}
	}
	return &ast.Clause{
		Loc:      at(c),
		Patterns: []ast.Expr{class, reason, stack},
		Guards:   b.guard(c.Guard()),
		Body:     b.body(c.ClauseBody()),
	}
}

func (b *builder) maybe(c grammar.IMaybeExprContext) ast.Expr {
	items := c.MaybeBody().AllMaybeItem()
	m := &ast.Maybe{Loc: at(c), Body: make([]ast.Expr, len(items))}
	for i, it := range items {
		if it.MAYBE_MATCH() != nil {
			m.Body[i] = &ast.MaybeMatch{Loc: at(it), Left: b.expr(it.Expr(0)), Right: b.expr(it.Expr(1))}
		} else {
			m.Body[i] = b.expr(it.Expr(0))
		}
	}
	if c.ELSE() != nil {
		m.Else = b.crClauses(c.CrClauses())
	}
	return m
}

// ---------------------------------------------------------------------------
// Patterns

func (b *builder) pattern(c grammar.IPatternContext) ast.Expr {
	switch c := c.(type) {
	case *grammar.PatPrimaryContext:
		return b.patternMax(c.PatternMax())
	case *grammar.PatUnaryContext:
		return &ast.UnaryOp{Loc: at(c), Op: c.GetOp().GetText(), X: b.pattern(c.Pattern())}
	case *grammar.PatMultContext:
		return b.patBinary(c, c.GetOp().GetText(), c.Pattern(0), c.Pattern(1))
	case *grammar.PatAddContext:
		return b.patBinary(c, c.GetOp().GetText(), c.Pattern(0), c.Pattern(1))
	case *grammar.PatListOpContext:
		return b.patBinary(c, c.GetOp().GetText(), c.Pattern(0), c.Pattern(1))
	case *grammar.PatCompContext:
		if _, ok := c.Pattern(0).(*grammar.PatCompContext); ok {
			b.syntaxAt(c.GetOp())
		}
		return b.patBinary(c, c.GetOp().GetText(), c.Pattern(0), c.Pattern(1))
	case *grammar.PatMatchContext:
		return &ast.Match{Loc: at(c), Left: b.pattern(c.Pattern(0)), Right: b.pattern(c.Pattern(1))}
	}
	panic("unknown pattern")
}

func (b *builder) patBinary(c antlr.ParserRuleContext, op string, l, r grammar.IPatternContext) ast.Expr {
	return &ast.BinaryOp{Loc: at(c), Op: op, Left: b.pattern(l), Right: b.pattern(r)}
}

func (b *builder) patternMax(c grammar.IPatternMaxContext) ast.Expr {
	if e := b.primary(c); e != nil {
		return e
	}
	if c.GetStart().GetTokenType() == grammar.ErlangParserLPAREN {
		return b.pattern(c.Pattern())
	}
	if t := c.MapTuple(); t != nil {
		return b.mapTuple(c, nil, t)
	}
	return b.recordTail(c, nil, c.Atom(), c.RecordTail())
}
