package preproc

// A small Erlang expression parser, for the two places epp parses: the
// condition of -if/-elif (a guard expression, evaluated with defined(M)),
// and the term of -error/-warning. It follows erl_parse's operator
// precedences; constructs a guard cannot hold (funs, case, records...) are
// syntax errors here, which is a different message from erl_parse's but
// the same outcome.

import (
	"math/big"

	"github.com/erl2go/erl2go/grammar"
)

type nodeKind int

const (
	nLit   nodeKind = iota // a literal; val holds it
	nVar                   // a variable
	nOp1                   // op args[0]
	nOp2                   // args[0] op args[1]
	nCall                  // name(args), or mod:name(args)
	nTuple                 // {args}
	nCons                  // [args[0] | args[1]]
	nNil                   // []
	nBin                   // <<args>>, each a literal segment
)

// A node is one expression.
type node struct {
	kind nodeKind
	tok  Token // where it starts (the operator for nOp1/nOp2)
	op   string
	name string // nVar, nCall
	mod  string // nCall: the module of a remote call, or ""
	val  term   // nLit
	args []*node
}

// exprParser parses a token list.
type exprParser struct {
	toks  []Token
	i     int
	depth int // nesting, bounded so that no input exhausts the stack
}

// maxExprDepth bounds the nesting of brackets and prefix operators.
const maxExprDepth = 1000

// parseExprs parses "E1, ..., En ." (erl_parse:parse_exprs/1).
func parseExprs(toks []Token) ([]*node, error) {
	ps := &exprParser{toks: toks}
	var es []*node
	for {
		e, err := ps.expr(0)
		if err != nil {
			return nil, err
		}
		es = append(es, e)
		t, ok := ps.peek()
		if ok && t.Type == tCOMMA {
			ps.i++
			continue
		}
		if ok && t.Type == tDOT && ps.i == len(toks)-1 {
			return es, nil
		}
		return nil, ps.errAt()
	}
}

func (ps *exprParser) peek() (Token, bool) {
	if ps.i < len(ps.toks) {
		return ps.toks[ps.i], true
	}
	return Token{}, false
}

// errAt is erl_parse's "syntax error before: Token".
func (ps *exprParser) errAt() error {
	t, ok := ps.peek()
	if !ok {
		pos := Token{}.Pos
		if n := len(ps.toks); n > 0 {
			pos = ps.toks[n-1].Pos
		}
		return &posError{pos, "syntax error before: "}
	}
	return &posError{t.Pos, "syntax error before: " + yeccToken(t)}
}

// yeccToken renders a token as erl_parse's messages do.
func yeccToken(t Token) string {
	switch t.Type {
	case tDOT:
		return "'.'"
	case tVAR, tINTEGER, tFLOAT, tCHAR, tSTRING:
		return tokenSrc(t)
	case tATOM, tQATOM:
		v, _ := atomValue(t)
		return writeAtomUnicode(v)
	}
	return writeAtomUnicode(t.Text)
}

// Binary operators: precedence, and whether they associate to the right.
var binOps = map[int]struct {
	prec  int
	right bool
}{
	grammar.ErlangLexerMATCH: {100, true}, grammar.ErlangLexerSEND: {100, true},
	grammar.ErlangLexerORELSE: {150, true}, grammar.ErlangLexerANDALSO: {160, true},
	grammar.ErlangLexerEQEQ: {200, false}, grammar.ErlangLexerNEQ: {200, false},
	grammar.ErlangLexerLE: {200, false}, grammar.ErlangLexerLT: {200, false},
	grammar.ErlangLexerGE: {200, false}, grammar.ErlangLexerGT: {200, false},
	grammar.ErlangLexerEXACT_EQ: {200, false}, grammar.ErlangLexerEXACT_NEQ: {200, false},
	grammar.ErlangLexerPLUSPLUS: {300, true}, grammar.ErlangLexerMINUSMINUS: {300, true},
	grammar.ErlangLexerPLUS: {400, false}, grammar.ErlangLexerMINUS: {400, false},
	grammar.ErlangLexerBOR: {400, false}, grammar.ErlangLexerBXOR: {400, false},
	grammar.ErlangLexerBSL: {400, false}, grammar.ErlangLexerBSR: {400, false},
	grammar.ErlangLexerOR: {400, false}, grammar.ErlangLexerXOR: {400, false},
	grammar.ErlangLexerSTAR: {500, false}, grammar.ErlangLexerSLASH: {500, false},
	grammar.ErlangLexerDIV: {500, false}, grammar.ErlangLexerREM: {500, false},
	grammar.ErlangLexerBAND: {500, false}, grammar.ErlangLexerAND: {500, false},
}

// expr parses an expression whose operators bind tighter than min.
func (ps *exprParser) expr(min int) (*node, error) {
	if ps.depth++; ps.depth > maxExprDepth {
		return nil, ps.errAt()
	}
	defer func() { ps.depth-- }()
	lhs, err := ps.unary()
	if err != nil {
		return nil, err
	}
	for {
		t, ok := ps.peek()
		if !ok {
			return lhs, nil
		}
		op, isOp := binOps[t.Type]
		if !isOp || op.prec < min {
			return lhs, nil
		}
		ps.i++
		next := op.prec + 1
		if op.right {
			next = op.prec
		}
		rhs, err := ps.expr(next)
		if err != nil {
			return nil, err
		}
		lhs = &node{kind: nOp2, tok: t, op: t.Text, args: []*node{lhs, rhs}}
		if op.prec == 200 {
			// Comparisons do not associate: a second one is an error.
			if u, ok := ps.peek(); ok && binOps[u.Type].prec == 200 {
				return nil, ps.errAt()
			}
		}
	}
}

// unary parses prefix operators (precedence 600) and what they apply to.
func (ps *exprParser) unary() (*node, error) {
	t, ok := ps.peek()
	if ok {
		switch t.Type {
		case grammar.ErlangLexerPLUS, grammar.ErlangLexerMINUS, grammar.ErlangLexerBNOT, grammar.ErlangLexerNOT:
			ps.i++
			if ps.depth++; ps.depth > maxExprDepth {
				return nil, ps.errAt()
			}
			e, err := ps.unary()
			ps.depth--
			if err != nil {
				return nil, err
			}
			return &node{kind: nOp1, tok: t, op: t.Text, args: []*node{e}}, nil
		}
	}
	return ps.callExpr()
}

// callExpr parses a primary, possibly called: f(...) or m:f(...).
func (ps *exprParser) callExpr() (*node, error) {
	e, err := ps.primary()
	if err != nil {
		return nil, err
	}
	t, _ := ps.peek()
	if t.Type == grammar.ErlangLexerCOLON && e.kind == nLit {
		if m, ok := e.val.(atomT); ok {
			ps.i++
			f, err := ps.primary()
			if err != nil {
				return nil, err
			}
			if fa, ok := f.val.(atomT); ok && f.kind == nLit {
				return ps.callArgs(&node{kind: nCall, tok: e.tok, mod: string(m), name: string(fa)})
			}
			return nil, ps.errAt()
		}
	}
	if t.Type == tLPAREN && e.kind == nLit {
		if a, ok := e.val.(atomT); ok {
			return ps.callArgs(&node{kind: nCall, tok: e.tok, name: string(a)})
		}
	}
	return e, nil
}

// callArgs parses "(E1, ..., En)" into call.
func (ps *exprParser) callArgs(call *node) (*node, error) {
	if t, ok := ps.peek(); !ok || t.Type != tLPAREN {
		return nil, ps.errAt()
	}
	ps.i++
	args, err := ps.list(tRPAREN)
	call.args = args
	return call, err
}

// list parses "E1, ..., En" and the closing token (the opening one is read).
func (ps *exprParser) list(close int) ([]*node, error) {
	var es []*node
	if t, ok := ps.peek(); ok && t.Type == close {
		ps.i++
		return es, nil
	}
	for {
		e, err := ps.expr(0)
		if err != nil {
			return nil, err
		}
		es = append(es, e)
		t, ok := ps.peek()
		switch {
		case ok && t.Type == tCOMMA:
			ps.i++
		case ok && t.Type == close:
			ps.i++
			return es, nil
		default:
			return nil, ps.errAt()
		}
	}
}

// primary parses a literal, a variable, or a bracketed expression.
func (ps *exprParser) primary() (*node, error) {
	t, ok := ps.peek()
	if !ok {
		return nil, ps.errAt()
	}
	ps.i++
	switch t.Type {
	case tINTEGER, tFLOAT, tCHAR, tATOM, tQATOM:
		v, err := literal(t)
		if err != nil {
			return nil, &posError{t.Pos, err.Error()}
		}
		return &node{kind: nLit, tok: t, val: v}, nil
	case tSTRING:
		return ps.str(t)
	case tVAR:
		return &node{kind: nVar, tok: t, name: t.Text}, nil
	case tLPAREN:
		e, err := ps.expr(0)
		if err != nil {
			return nil, err
		}
		if u, ok := ps.peek(); !ok || u.Type != tRPAREN {
			return nil, ps.errAt()
		}
		ps.i++
		return e, nil
	case tLBRACE:
		es, err := ps.list(tRBRACE)
		return &node{kind: nTuple, tok: t, args: es}, err
	case tLBRACK:
		return ps.listExpr(t)
	case tBINOPEN:
		es, err := ps.list(tBINCLS)
		return &node{kind: nBin, tok: t, args: es}, err
	}
	ps.i--
	return nil, ps.errAt()
}

// str parses adjacent strings as one.
func (ps *exprParser) str(t Token) (*node, error) {
	s, _ := decodeQuoted(t.Text)
	for {
		u, ok := ps.peek()
		if !ok || u.Type != tSTRING {
			break
		}
		more, _ := decodeQuoted(u.Text)
		s += more
		ps.i++
	}
	return &node{kind: nLit, tok: t, val: stringTerm(s)}, nil
}

// listExpr parses what follows '[': "]", or "E1, ..., En [| T]]".
func (ps *exprParser) listExpr(open Token) (*node, error) {
	if t, ok := ps.peek(); ok && t.Type == tRBRACK {
		ps.i++
		return &node{kind: nNil, tok: open}, nil
	}
	var es []*node
	var tail *node
	for {
		e, err := ps.expr(0)
		if err != nil {
			return nil, err
		}
		es = append(es, e)
		t, ok := ps.peek()
		if ok && t.Type == tCOMMA {
			ps.i++
			continue
		}
		if ok && t.Type == grammar.ErlangLexerPIPE {
			ps.i++
			if tail, err = ps.expr(0); err != nil {
				return nil, err
			}
			t, ok = ps.peek()
		}
		if !ok || t.Type != tRBRACK {
			return nil, ps.errAt()
		}
		ps.i++
		break
	}
	if tail == nil {
		tail = &node{kind: nNil, tok: open}
	}
	for i := len(es) - 1; i >= 0; i-- {
		tail = &node{kind: nCons, tok: es[i].tok, args: []*node{es[i], tail}}
	}
	return tail, nil
}

// literal decodes an atomic literal token.
func literal(t Token) (term, error) {
	switch t.Type {
	case tINTEGER:
		return decodeInt(t.Text)
	case tFLOAT:
		return decodeFloat(t.Text)
	case tCHAR:
		c, err := decodeChar(t.Text)
		return big.NewInt(int64(c)), err
	}
	v, _ := atomValue(t)
	return atomT(v), nil
}
