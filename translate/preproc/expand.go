package preproc

import (
	"fmt"
	"strconv"

	"github.com/erl2go/erl2go/translate/source"
)

// Limits that keep a runaway expansion (a macro that calls itself through
// an argument, or doubles its size at each level) from hanging or eating
// memory. epp has none; real code stays far below them.
const (
	maxExpansions  = 1 << 18 // macro calls expanded in one form
	maxFormTokens  = 1 << 21 // tokens made by expansion in one form
	maxExpandDepth = 400     // ?M bodies expanded inside one another
)

// An expander expands the macro calls in a token list, with epp's
// semantics (expand_macros/2):
//
//   - ?M without arguments: the body is expanded on its own, then put in
//     place of the call. Only a '?' left dangling at the end of that
//     expansion combines with what follows the call.
//   - ?M(Args): the arguments (unexpanded) are substituted into the body,
//     and the result is scanned again together with what follows, so the
//     arguments are expanded after substitution, and a call at the end of
//     the body may take its arguments from the text after the call.
//
// Input waiting to be scanned is a stack of segments: the original tokens
// at the bottom, substituted bodies on top. Every expanded token gets the
// position of the macro name of the call (epp's annotation), except
// argument tokens, which keep theirs.
type expander struct {
	p     *state
	fn    *funcName
	segs  [][]Token
	out   []Token
	depth int
}

// funcName is what ?FUNCTION_NAME and ?FUNCTION_ARITY need: the form's
// tokens as read, from which epp works out the function's name and arity
// on first use.
type funcName struct {
	raw   []Token // nil outside function forms (directives)
	inner bool    // expanding raw to find the name: leave the macros alone
	done  bool
	name  Token
	arity int
}

// expand returns toks with every macro call expanded.
func (p *state) expand(toks []Token, fn *funcName) ([]Token, error) {
	if !hasQmark(toks) {
		return toks, nil
	}
	x := &expander{p: p, fn: fn, segs: [][]Token{toks}, out: make([]Token, 0, len(toks)+16)}
	return x.out, x.run()
}

func hasQmark(toks []Token) bool {
	for i := range toks {
		if toks[i].Type == tQMARK {
			return true
		}
	}
	return false
}

// run scans the pending input until it is exhausted.
func (x *expander) run() error {
	for {
		t, ok := x.next()
		if !ok {
			return nil
		}
		if t.Type != tQMARK {
			x.out = append(x.out, t)
			continue
		}
		nt, ok := x.peek(0)
		if !ok {
			x.out = append(x.out, t) // a '?' at the very end stays
			continue
		}
		if err := x.call(t, nt); err != nil {
			return err
		}
		if x.p.tokens > maxFormTokens {
			return &posError{t.Pos, "macro expansion too large"}
		}
	}
}

// call expands the macro call whose '?' has been read and whose name is nt.
func (x *expander) call(q, nt Token) error {
	if nt.Type == tVAR {
		switch nt.Text {
		case "FUNCTION_NAME", "FUNCTION_ARITY":
			return x.funcMacro(q, nt)
		case "LINE":
			x.drop(1)
			line := x.p.fset.Position(nt.Pos).Line
			x.out = append(x.out, Token{Type: tINTEGER, Text: strconv.Itoa(line), Pos: nt.Pos})
			return nil
		}
	}
	name, ok := nameValue(nt)
	if !ok {
		return &posError{nt.Pos, fmt.Sprintf("illegal macro call '?%s'", symbolText(nt))}
	}
	if x.p.expansions++; x.p.expansions > maxExpansions {
		return &posError{nt.Pos, fmt.Sprintf("too many macro expansions (is '%s' recursive?)", name)}
	}
	args, n, err := scanArgs(&segReader{x, 1}, name)
	if err != nil {
		return &posError{nt.Pos, err.Error()}
	}
	arity := none
	if args != nil {
		arity = len(args)
	}
	value, def, err := x.p.macros.lookup(name, arity)
	if err != nil {
		return &posError{nt.Pos, err.Error()}
	}
	if def == nil {
		x.drop(1)
		return x.expandAlone(value, nt)
	}
	if err := x.p.macros.checkCircular(macroRef{name, def.arity}); err != nil {
		return &posError{nt.Pos, err.Error()}
	}
	if def.arity == none {
		x.drop(1)
		return x.expandAlone(def.body, nt)
	}
	for _, a := range args {
		if len(a) == 0 {
			return &posError{nt.Pos, fmt.Sprintf("argument mismatch for macro '%s'", name)}
		}
	}
	if len(x.segs) > maxExpandDepth*16 {
		return &posError{nt.Pos, "macro expansion too deep"}
	}
	x.drop(1 + n)
	sub := substitute(def, args, nt.Pos)
	x.p.tokens += len(sub)
	x.segs = append(x.segs, sub)
	return nil
}

// expandAlone expands the body of a ?M call on its own and emits it.
func (x *expander) expandAlone(body []Token, nt Token) error {
	if x.depth >= maxExpandDepth {
		return &posError{nt.Pos, "macro expansion too deep"}
	}
	sub := substitute(&macroDef{body: body}, nil, nt.Pos)
	x.p.tokens += len(sub)
	y := &expander{p: x.p, fn: x.fn, segs: [][]Token{sub}, out: make([]Token, 0, len(sub)), depth: x.depth + 1}
	if err := y.run(); err != nil {
		return err
	}
	res := y.out
	x.p.tokens += len(res) // copied once more below
	if x.p.tokens > maxFormTokens {
		return &posError{nt.Pos, "macro expansion too large"}
	}
	if k := len(res) - 1; k >= 0 && res[k].Type == tQMARK {
		// A dangling '?' combines with what follows the call.
		x.out = append(x.out, res[:k]...)
		x.segs = append(x.segs, res[k:])
		return nil
	}
	x.out = append(x.out, res...)
	return nil
}

// substitute makes the tokens of a call of d: body tokens at pos,
// parameters replaced by the argument tokens, ??Param by the argument
// stringified. Like epp, the tokens after an argument take the position of
// the argument's last token.
func substitute(d *macroDef, args [][]Token, pos source.Pos) []Token {
	out := make([]Token, 0, len(d.body))
	body := d.body
	for i := 0; i < len(body); i++ {
		t := body[i]
		if t.Type == tVAR {
			if a := bound(d, args, t.Text); a != nil {
				out = append(out, a...)
				pos = a[len(a)-1].Pos
				continue
			}
		} else if t.Type == tQMARK && i+2 < len(body) && body[i+1].Type == tQMARK && body[i+2].Type == tVAR {
			v := body[i+2]
			i += 2
			if a := bound(d, args, v.Text); a != nil {
				t = Token{Type: tSTRING, Text: writeString(stringify(a))}
			} else {
				t = v // epp drops the ?? before an unbound variable
			}
		}
		t.Pos = pos
		out = append(out, t)
	}
	return out
}

// bound returns the argument bound to parameter name, or nil.
func bound(d *macroDef, args [][]Token, name string) []Token {
	for i, p := range d.params {
		if p == name && i < len(args) {
			return args[i]
		}
	}
	return nil
}

// funcMacro expands ?FUNCTION_NAME or ?FUNCTION_ARITY.
func (x *expander) funcMacro(q, nt Token) error {
	x.drop(1)
	if x.fn.inner {
		x.out = append(x.out, q, nt)
		return nil
	}
	if err := x.resolveFuncName(nt); err != nil {
		return err
	}
	if nt.Text == "FUNCTION_NAME" {
		t := x.fn.name
		t.Pos = nt.Pos
		x.out = append(x.out, t)
	} else {
		x.out = append(x.out, Token{Type: tINTEGER, Text: strconv.Itoa(x.fn.arity), Pos: nt.Pos})
	}
	return nil
}

// resolveFuncName works out the current function's name and arity from the
// start of the form, expanded, as epp's update_fun_name does.
func (x *expander) resolveFuncName(nt Token) error {
	fn := x.fn
	if fn.done {
		return nil
	}
	toks, err := x.p.expand(fn.raw, &funcName{inner: true})
	switch {
	case err != nil:
		// epp goes on with a dummy name; the error shows up again when
		// the form itself is expanded.
		fn.name, fn.arity = Token{Type: tQATOM, Text: "'_'"}, 0
	case len(toks) >= 2 && toks[1].Type == tLPAREN && isAtomToken(toks[0]):
		fn.name, fn.arity = toks[0], countArity(toks[2:])
	case len(toks) > 0 && toks[0].Type == tQMARK:
		return &posError{nt.Pos, fmt.Sprintf("?%s must not begin a form", nt.Text)}
	default:
		return &posError{nt.Pos, fmt.Sprintf("?%s can only be used within a function", nt.Text)}
	}
	fn.done = true
	return nil
}

func isAtomToken(t Token) bool { return t.Type == tATOM || t.Type == tQATOM }

// countArity counts the arguments of a function head from just after its
// '(' the way epp does (update_fun_name_1): commas at the top level, and an
// arity of 1 as soon as an ordinary token appears at any depth. So "f([])"
// has arity 0 for epp, and for us.
func countArity(toks []Token) int {
	level, arity := 1, 0
	for _, t := range toks {
		switch t.Type {
		case tCOMMA:
			if level == 1 {
				arity++
			}
		case tLPAREN, tLBRACE, tLBRACK, tBINOPEN:
			level++
		case tRPAREN, tRBRACE, tRBRACK, tBINCLS:
			if level == 1 {
				return arity
			}
			level--
		default:
			if arity == 0 {
				arity = 1
			}
		}
	}
	return arity
}

// symbolText renders a token as epp's "illegal macro call" message does:
// symbols and keywords as quoted atoms, the dot as dot, literals by value.
func symbolText(t Token) string {
	switch t.Type {
	case tDOT:
		return "dot"
	case tINTEGER, tFLOAT, tSTRING:
		return tokenSrc(t)
	case tCHAR:
		if c, err := decodeChar(t.Text); err == nil {
			return strconv.Itoa(int(c))
		}
	}
	return writeAtomUnicode(t.Text)
}

// next takes the next pending token.
func (x *expander) next() (Token, bool) {
	for len(x.segs) > 0 {
		top := len(x.segs) - 1
		if s := x.segs[top]; len(s) > 0 {
			x.segs[top] = s[1:]
			return s[0], true
		}
		x.segs = x.segs[:top]
	}
	return Token{}, false
}

// peek returns the k-th pending token without taking it.
func (x *expander) peek(k int) (Token, bool) {
	for i := len(x.segs) - 1; i >= 0; i-- {
		if s := x.segs[i]; k < len(s) {
			return s[k], true
		} else {
			k -= len(s)
		}
	}
	return Token{}, false
}

// drop takes n pending tokens.
func (x *expander) drop(n int) {
	for n > 0 && len(x.segs) > 0 {
		top := len(x.segs) - 1
		s := x.segs[top]
		if n < len(s) {
			x.segs[top] = s[n:]
			return
		}
		n -= len(s)
		x.segs = x.segs[:top]
	}
}

// segReader reads the pending input of an expander from an offset.
type segReader struct {
	x    *expander
	base int
}

func (r *segReader) peek(k int) (Token, bool) { return r.x.peek(r.base + k) }
func (r *segReader) skip(n int)               { r.base += n }
