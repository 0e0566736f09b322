package parse

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// builder turns the parse tree of one form into AST nodes. On the first
// problem it reports an error and panics with bailout, which the form's
// recover boundary turns into a nil form.
type builder struct {
	fset *source.FileSet
	errs *source.ErrorList
}

// The builder abandons a form by panicking with bailout (see parse.go),
// having reported the error.

// fail reports msg at pos and abandons the form.
func (b *builder) fail(pos source.Pos, format string, args ...any) {
	b.errs.Add(b.fset.Position(pos), format, args...)
	panic(bailout{})
}

// syntaxAt reports erl_parse's syntax error at token t, for the few
// constructs the grammar accepts but erl_parse does not.
func (b *builder) syntaxAt(t antlr.Token) {
	tk := t.(*token)
	b.fail(tk.pos, "%s", syntaxError(tk))
}

func tokPos(t antlr.Token) source.Pos { return t.(*token).pos }

func ctxPos(c antlr.ParserRuleContext) source.Pos { return tokPos(c.GetStart()) }

func at(c antlr.ParserRuleContext) ast.Loc { return ast.At(ctxPos(c)) }

// ---------------------------------------------------------------------------
// Operator expressions

func (b *builder) exprs(c grammar.IExprsContext) []ast.Expr {
	if c == nil {
		return nil
	}
	es := c.AllExpr()
	out := make([]ast.Expr, len(es))
	for i, e := range es {
		out[i] = b.expr(e)
	}
	return out
}

func (b *builder) expr(c grammar.IExprContext) ast.Expr {
	switch c := c.(type) {
	case *grammar.PrimaryContext:
		base := b.exprMax(c.ExprMax())
		if c.PostfixTail() == nil {
			return base
		}
		return b.postfixTail(c, base, c.PostfixTail())
	case *grammar.MapCreateContext:
		m := b.mapTuple(c, nil, c.MapTuple())
		return b.mapSuffixes(c, m, c.AllMapSuffix())
	case *grammar.RecordCreateContext:
		r := b.recordTail(c, nil, c.Atom(), c.RecordTail())
		return b.recordSuffixes(c, r, c.AllRecordSuffix())
	case *grammar.UnaryExprContext:
		return b.unary(c, c.GetOp(), c.Expr())
	case *grammar.MultExprContext:
		return b.binary(c, c.GetOp(), c.Expr(0), c.Expr(1))
	case *grammar.AddExprContext:
		return b.binary(c, c.GetOp(), c.Expr(0), c.Expr(1))
	case *grammar.ListOpExprContext:
		return b.binary(c, c.GetOp(), c.Expr(0), c.Expr(1))
	case *grammar.CompExprContext:
		if _, ok := c.Expr(0).(*grammar.CompExprContext); ok {
			b.syntaxAt(c.GetOp()) // comparisons do not associate: a < b < c
		}
		return b.binary(c, c.GetOp(), c.Expr(0), c.Expr(1))
	case *grammar.AndalsoExprContext:
		return b.binary(c, c.ANDALSO().GetSymbol(), c.Expr(0), c.Expr(1))
	case *grammar.OrelseExprContext:
		return b.binary(c, c.ORELSE().GetSymbol(), c.Expr(0), c.Expr(1))
	case *grammar.MatchExprContext:
		if c.MATCH() != nil {
			return &ast.Match{Loc: at(c), Left: b.expr(c.Expr(0)), Right: b.expr(c.Expr(1))}
		}
		return b.binary(c, c.SEND().GetSymbol(), c.Expr(0), c.Expr(1))
	case *grammar.CatchExprContext:
		return &ast.Catch{Loc: at(c), Expr: b.expr(c.Expr())}
	}
	panic("unknown expression context")
}

func (b *builder) unary(c antlr.ParserRuleContext, op antlr.Token, x grammar.IExprContext) ast.Expr {
	return &ast.UnaryOp{Loc: at(c), Op: op.GetText(), X: b.expr(x)}
}

func (b *builder) binary(c antlr.ParserRuleContext, op antlr.Token, l, r grammar.IExprContext) ast.Expr {
	return &ast.BinaryOp{Loc: at(c), Op: op.GetText(), Left: b.expr(l), Right: b.expr(r)}
}

// ---------------------------------------------------------------------------
// Calls, remotes, map and record suffixes

func (b *builder) postfixTail(c antlr.ParserRuleContext, base ast.Expr, t grammar.IPostfixTailContext) ast.Expr {
	switch t := t.(type) {
	case *grammar.RemoteTailContext:
		fun := &ast.Remote{Loc: at(c), Module: base, Fun: b.exprMax(t.ExprMax())}
		if t.LPAREN() == nil {
			return fun // a bare M:F; lint rejects it as an illegal expression
		}
		return &ast.Call{Loc: at(c), Fun: fun, Args: b.args(t.Exprs())}
	case *grammar.CallTailContext:
		return &ast.Call{Loc: at(c), Fun: base, Args: b.args(t.Exprs())}
	case *grammar.MapTailContext:
		return b.mapSuffixes(c, base, t.AllMapSuffix())
	case *grammar.RecordOpsTailContext:
		return b.recordSuffixes(c, base, t.AllRecordSuffix())
	}
	panic("unknown postfix tail")
}

// args builds an argument list, empty rather than nil when there is none.
func (b *builder) args(c grammar.IExprsContext) []ast.Expr {
	if c == nil {
		return []ast.Expr{}
	}
	return b.exprs(c)
}

// mapSuffixes applies M#{...}#{...} updates left to right.
func (b *builder) mapSuffixes(c antlr.ParserRuleContext, base ast.Expr, sufs []grammar.IMapSuffixContext) ast.Expr {
	for _, s := range sufs {
		base = b.mapTuple(c, base, s.MapTuple())
	}
	return base
}

func (b *builder) recordSuffixes(c antlr.ParserRuleContext, base ast.Expr, sufs []grammar.IRecordSuffixContext) ast.Expr {
	for _, s := range sufs {
		base = b.recordTail(c, base, s.Atom(), s.RecordTail())
	}
	return base
}

// mapTuple builds #{...} (base nil), Base#{...}, or a map comprehension.
func (b *builder) mapTuple(c antlr.ParserRuleContext, base ast.Expr, t grammar.IMapTupleContext) ast.Expr {
	fields := t.AllMapField()
	if t.DPIPE() != nil {
		f := fields[0]
		if base != nil || f.ASSOC_MATCH() != nil {
			b.syntaxAt(t.DPIPE().GetSymbol())
		}
		return &ast.MapComp{Loc: at(c), Key: b.expr(f.Expr(0)), Value: b.expr(f.Expr(1)), Quals: b.quals(t.LcExprs())}
	}
	m := &ast.Map{Loc: at(c), Base: base, Fields: make([]*ast.MapField, len(fields))}
	for i, f := range fields {
		m.Fields[i] = &ast.MapField{Loc: at(f), Exact: f.ASSOC_MATCH() != nil, Key: b.expr(f.Expr(0)), Value: b.expr(f.Expr(1))}
	}
	return m
}

// recordTail builds #r.f (an index), #r{...}, Base#r.f or Base#r{...}.
func (b *builder) recordTail(c antlr.ParserRuleContext, base ast.Expr, name grammar.IAtomContext, t grammar.IRecordTailContext) ast.Expr {
	rec := b.atomName(name)
	switch t := t.(type) {
	case *grammar.RecordFieldContext:
		field, fpos := b.atomName(t.Atom()), ctxPos(t.Atom())
		if base == nil {
			return &ast.RecordIndex{Loc: at(c), Name: rec, Field: field, FieldPos: fpos}
		}
		return &ast.RecordAccess{Loc: at(c), Expr: base, Name: rec, Field: field, FieldPos: fpos}
	case *grammar.RecordFieldsContext:
		return &ast.Record{Loc: at(c), Base: base, Name: rec, Fields: b.recordFields(t.RecordTuple())}
	}
	panic("unknown record tail")
}

func (b *builder) recordFields(t grammar.IRecordTupleContext) []*ast.RecordField {
	as := t.AllRecordFieldAssign()
	out := make([]*ast.RecordField, len(as))
	for i, a := range as {
		// erl_parse takes any variable as a field name; only _ means
		// something (all other fields) and lint rejects the others.
		name := a.GetStart().GetText()
		if a.Atom() != nil {
			name = b.atomName(a.Atom())
		}
		out[i] = &ast.RecordField{Loc: at(a), Name: name, Value: b.expr(a.Expr())}
	}
	return out
}

// ---------------------------------------------------------------------------
// Primaries

// primary is what exprMax and patternMax have in common: literals, lists,
// tuples and binaries, whose elements are expressions in both.
type primary interface {
	antlr.ParserRuleContext
	AllSTRING() []antlr.TerminalNode
	RBRACK() antlr.TerminalNode
	Expr() grammar.IExprContext
	ListTail() grammar.IListTailContext
	Exprs() grammar.IExprsContext
	BinElement() grammar.IBinElementContext
	BinaryTail() grammar.IBinaryTailContext
}

func (b *builder) exprMax(c grammar.IExprMaxContext) ast.Expr {
	if e := b.primary(c); e != nil {
		return e
	}
	switch c.GetStart().GetTokenType() {
	case grammar.ErlangParserLPAREN:
		return b.expr(c.Expr())
	case grammar.ErlangParserBEGIN:
		return &ast.Block{Loc: at(c), Body: b.exprs(c.Exprs())}
	}
	switch k := c.GetChild(0).(type) {
	case *grammar.IfExprContext:
		return b.ifExpr(k)
	case *grammar.CaseExprContext:
		return &ast.Case{Loc: at(c), Expr: b.expr(k.Expr()), Clauses: b.crClauses(k.CrClauses())}
	case grammar.IReceiveExprContext:
		return b.receive(k)
	case grammar.IFunExprContext:
		return b.funExpr(k)
	case *grammar.TryExprContext:
		return b.tryExpr(k)
	case *grammar.MaybeExprContext:
		return b.maybe(k)
	}
	panic("unknown primary")
}

// primary builds the alternatives exprMax and patternMax share, or returns
// nil for the others. It dispatches on the first token, which is cheaper
// than asking the context for each kind of child in turn.
func (b *builder) primary(c primary) ast.Expr {
	start := c.GetStart()
	loc := ast.At(tokPos(start))
	text := start.GetText()
	switch start.GetTokenType() {
	case grammar.ErlangParserVAR:
		return &ast.Var{Loc: loc, Name: text}
	case grammar.ErlangParserATOM:
		return &ast.Atom{Loc: loc, Name: text}
	case grammar.ErlangParserQATOM:
		name, _ := decodeAtom(text)
		return &ast.Atom{Loc: loc, Name: name}
	case grammar.ErlangParserINTEGER:
		return intLit(loc, text)
	case grammar.ErlangParserCHAR:
		r, _ := decodeChar(text)
		return &ast.Char{Loc: loc, Value: r}
	case grammar.ErlangParserFLOAT:
		f, _ := decodeFloat(text)
		return &ast.Float{Loc: loc, Value: f}
	case grammar.ErlangParserSTRING:
		return &ast.String{Loc: loc, Value: stringValue(c.AllSTRING())}
	case grammar.ErlangParserLBRACK:
		return b.list(c)
	case grammar.ErlangParserLBRACE:
		return &ast.Tuple{Loc: loc, Elems: b.args(c.Exprs())}
	case grammar.ErlangParserBINOPEN:
		return b.binary_(c)
	}
	return nil
}

// Literal texts were checked by lexicalError before parsing, so decoding
// cannot fail here.

func intLit(loc ast.Loc, text string) *ast.Integer {
	v, big, _ := decodeInteger(text)
	return &ast.Integer{Loc: loc, Value: v, Big: big}
}

// stringValue joins adjacent string literals.
func stringValue(ss []antlr.TerminalNode) []rune {
	out := []rune{}
	for _, s := range ss {
		rs, _ := decodeString(s.GetText())
		out = append(out, rs...)
	}
	return out
}

func (b *builder) atomName(c grammar.IAtomContext) string {
	name, _ := decodeAtom(c.GetStart().GetText())
	return name
}

// list builds [], [A, B | T] and [E || Qs]. As in erl_parse, each cell is
// at its head element, except the outermost one, which is at the '['.
func (b *builder) list(c primary) ast.Expr {
	if c.Expr() == nil {
		return &ast.Nil{Loc: at(c)}
	}
	switch t := c.ListTail().(type) {
	case *grammar.ComprehensionTailContext:
		return &ast.ListComp{Loc: at(c), Expr: b.expr(c.Expr()), Quals: b.quals(t.LcExprs())}
	case *grammar.ConsTailContext:
		elems := append([]grammar.IExprContext{c.Expr()}, t.AllExpr()...)
		var tail ast.Expr = &ast.Nil{Loc: ast.At(tokPos(c.RBRACK().GetSymbol()))}
		if t.PIPE() != nil {
			tail = b.expr(elems[len(elems)-1])
			elems = elems[:len(elems)-1]
		}
		for i := len(elems) - 1; i >= 0; i-- {
			loc := at(elems[i])
			if i == 0 {
				loc = at(c)
			}
			tail = &ast.Cons{Loc: loc, Head: b.expr(elems[i]), Tail: tail}
		}
		return tail
	}
	panic("unknown list tail")
}

// quals builds the qualifiers of a comprehension: filters and generators.
func (b *builder) quals(c grammar.ILcExprsContext) []ast.Expr {
	qs := c.AllLcExpr()
	out := make([]ast.Expr, len(qs))
	for i, q := range qs {
		out[i] = b.qual(q)
	}
	return out
}

func (b *builder) qual(q grammar.ILcExprContext) ast.Expr {
	e := b.expr(q.Expr())
	switch g := q.LcGenerator().(type) {
	case nil:
		return e
	case *grammar.ListGeneratorContext:
		return &ast.Generate{Loc: at(q), Pattern: e, Expr: b.expr(g.Expr())}
	case *grammar.BinaryGeneratorContext:
		return &ast.BinGenerate{Loc: at(q), Pattern: e, Expr: b.expr(g.Expr())}
	case *grammar.MapGeneratorContext:
		return &ast.MapGenerate{Loc: at(q), Key: e, Value: b.expr(g.Expr(0)), Expr: b.expr(g.Expr(1))}
	}
	panic("unknown generator")
}

// binary_ builds <<>>, <<E1, ...>> and << E || Qs >>.
func (b *builder) binary_(c primary) ast.Expr {
	first := c.BinElement()
	if first == nil {
		return &ast.Bin{Loc: at(c), Elems: []*ast.BinElement{}}
	}
	switch t := c.BinaryTail().(type) {
	case *grammar.BinComprehensionTailContext:
		// erl_parse wants a bare expression before ||: no size, type or sign.
		if first.GetOp() != nil || first.COLON() != nil || first.SLASH() != nil {
			b.syntaxAt(t.DPIPE().GetSymbol())
		}
		return &ast.BinComp{Loc: at(c), Expr: b.exprMax(first.ExprMax(0)), Quals: b.quals(t.LcExprs())}
	case *grammar.BinElementsTailContext:
		elems := append([]grammar.IBinElementContext{first}, t.AllBinElement()...)
		bin := &ast.Bin{Loc: at(c), Elems: make([]*ast.BinElement, len(elems))}
		for i, e := range elems {
			bin.Elems[i] = b.binElement(e)
		}
		return bin
	}
	panic("unknown binary tail")
}

// binElement builds Value[:Size][/Type-Type...]; a sign before the value
// makes a UnaryOp, as in erl_parse.
func (b *builder) binElement(c grammar.IBinElementContext) *ast.BinElement {
	var v ast.Expr = b.exprMax(c.ExprMax(0))
	if op := c.GetOp(); op != nil {
		v = &ast.UnaryOp{Loc: at(c), Op: op.GetText(), X: v}
	}
	e := &ast.BinElement{Loc: at(c), Value: v}
	if c.COLON() != nil {
		e.Size = b.exprMax(c.ExprMax(1))
	}
	for _, t := range c.AllBitType() {
		ts := ast.TypeSpec{Name: b.atomName(t.Atom()), Value: -1}
		if t.INTEGER() != nil {
			v, _, _ := decodeInteger(t.INTEGER().GetText())
			ts.Value = int(v)
		}
		e.Types = append(e.Types, ts)
	}
	return e
}
