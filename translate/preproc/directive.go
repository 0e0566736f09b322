package preproc

import (
	"fmt"
	"strconv"

	"github.com/erl2go/erl2go/translate/source"
)

// scanForm handles one form read outside skipped sections: a preprocessor
// directive, or a form to expand and emit (epp's scan_toks).
func (p *state) scanForm(form []Token) {
	if len(form) >= 2 && form[0].Type == tMINUS {
		if p.directive(form[0], form[1], form[2:]) {
			return
		}
	}
	p.ordinaryForm(form)
}

// directive handles -name... if name is a directive, and reports whether it was.
func (p *state) directive(minus, d Token, toks []Token) bool {
	name, ok := atomValue(d)
	switch {
	case d.Type == tIF:
		p.ifDirective(d, toks)
		return true
	case d.Type == tELSE:
		name, ok = "else", true
	case !ok:
		return false
	}
	switch name {
	case "feature":
		p.feature(d, toks)
	case "define":
		p.define(d, toks)
	case "undef":
		p.inPrefix = false
		p.undef(d, toks)
	case "error", "warning":
		p.inPrefix = false
		p.errorWarning(d, name, toks)
	case "include", "include_lib":
		p.include(d, name, toks)
	case "ifdef", "ifndef":
		p.ifdef(d, name, toks)
	case "else":
		p.elseDirective(d, toks)
	case "elif":
		p.elif(d)
	case "endif":
		p.endif(d, toks)
	case "file":
		p.fileAttr(minus, d, toks)
	default:
		return false
	}
	return true
}

// ordinaryForm expands a form that is no directive and emits it.
func (p *state) ordinaryForm(form []Token) {
	toks, err := p.expand(form, &funcName{raw: form})
	if err != nil {
		p.posErr(err)
		return
	}
	if len(toks) == 0 || toks[len(toks)-1].Type != tDOT {
		// The file ends inside a form: erl_parse's message.
		last := form[len(form)-1]
		if len(toks) > 0 {
			last = toks[len(toks)-1]
		}
		p.errorAt(last.Pos, "syntax error before: ")
		return
	}
	if p.inPrefix && len(toks) >= 2 && toks[0].Type == tMINUS {
		p.inPrefix = prefixAttr(toks[1])
	} else {
		p.inPrefix = false
	}
	p.scanModule(toks)
	p.emit(toks)
}

// prefixAttr reports whether an attribute keeps the prefix in which
// -feature is allowed open.
func prefixAttr(t Token) bool {
	switch v, _ := atomValue(t); v {
	case "module", "feature", "if", "else", "elif", "endif", "ifdef", "ifndef",
		"define", "undef", "include", "include_lib":
		return isAtomToken(t)
	}
	return false
}

// scanModule defines ?MODULE and ?MODULE_STRING from -module(M) (or a
// parameterized -module(M, Params)), and ?BASE_MODULE from -extends(M).
func (p *state) scanModule(toks []Token) {
	if len(toks) < 5 || toks[0].Type != tMINUS || toks[2].Type != tLPAREN {
		return
	}
	attr, _ := atomValue(toks[1])
	mod, ok := atomValue(toks[3])
	if !ok || !(toks[4].Type == tRPAREN || attr == "module" && toks[4].Type == tCOMMA) {
		return
	}
	switch attr {
	case "module":
		p.macros.setPredef("MODULE", []Token{toks[3]})
		p.macros.setPredef("MODULE_STRING", []Token{strToken(mod, source.NoPos)})
	case "extends":
		p.macros.setPredef("BASE_MODULE", []Token{toks[3]})
		p.macros.setPredef("BASE_MODULE_STRING", []Token{strToken(mod, source.NoPos)})
	}
}

// posErr records an error from expansion.
func (p *state) posErr(err error) {
	if pe, ok := err.(*posError); ok {
		p.errorAt(pe.pos, "%s", pe.msg)
		return
	}
	p.errs.Add(source.Position{}, "%s", err.Error())
}

// Pattern items for mismatch, besides token types.
const (
	pVarOrAtom = -1
	pAtom      = -2
)

// mismatch returns the position epp blames for a badly formed directive
// (find_mismatch/3): the first token that does not fit the pattern, or the
// last one that did when the tokens run out.
func mismatch(pattern []int, toks []Token, t0 Token) source.Pos {
	i := 0
	for i < len(pattern) && i < len(toks) && fits(pattern[i], toks[i]) {
		t0 = toks[i]
		i++
	}
	if i < len(toks) {
		return toks[i].Pos
	}
	return t0.Pos
}

func fits(want int, t Token) bool {
	switch want {
	case pVarOrAtom:
		return t.Type == tVAR || isAtomToken(t)
	case pAtom:
		return isAtomToken(t)
	}
	return t.Type == want
}

// matches reports whether toks is exactly pattern.
func matches(pattern []int, toks []Token) bool {
	if len(toks) != len(pattern) {
		return false
	}
	for i, want := range pattern {
		if !fits(want, toks[i]) {
			return false
		}
	}
	return true
}

// noMatch is epp's no_match/2: the first token, or t0 when there is none.
func noMatch(toks []Token, t0 Token) source.Pos {
	if len(toks) > 0 {
		return toks[0].Pos
	}
	return t0.Pos
}

func (p *state) bad(pos source.Pos, what string) {
	p.errorAt(pos, "badly formed '%s'", what)
}

var patName = []int{tLPAREN, pVarOrAtom, tRPAREN, tDOT}

// undef handles -undef(M).
func (p *state) undef(d Token, toks []Token) {
	if !matches(patName, toks) {
		p.bad(mismatch(patName, toks, d), "undef")
		return
	}
	name, _ := nameValue(toks[1])
	p.macros.undef(name)
}

// errorWarning handles -error(Term). and -warning(Term).
func (p *state) errorWarning(d Token, tag string, toks []Token) {
	if len(toks) == 0 || toks[0].Type != tLPAREN {
		p.bad(noMatch(toks, d), tag)
		return
	}
	exp, err := p.expand(toks, &funcName{})
	if err != nil {
		p.bad(d.Pos, tag)
		return
	}
	term, err := parseTerm(exp)
	if err != nil {
		p.bad(d.Pos, tag)
		return
	}
	msg := fmt.Sprintf("-%s(%s).", tag, printTerm(term))
	if tag == "warning" {
		p.errs.Warn(p.fset.Position(d.Pos), "%s", msg)
	} else {
		p.errorAt(d.Pos, "%s", msg)
	}
}

var patFile = []int{tLPAREN, tSTRING, tCOMMA, tINTEGER, tRPAREN, tDOT}

// fileAttr handles -file(Name, Line).: later lines are reported as Line+n in
// Name, and the attribute is kept in the output.
func (p *state) fileAttr(minus, d Token, toks []Token) {
	exp, err := p.expand(toks, &funcName{})
	if err != nil {
		p.posErr(err)
		return
	}
	co := coalesceStrings(exp)
	if !matches(patFile, co) {
		p.bad(mismatch(patFile, co, d), "file")
		return
	}
	name, err1 := decodeQuoted(co[1].Text)
	line, err2 := strconv.Atoi(co[3].Text)
	if err1 != nil || err2 != nil {
		p.bad(co[1].Pos, "file")
		return
	}
	f := p.in.lf.file
	after := p.in.after
	rawLine := func(pos source.Pos) int { return p.fset.RawPosition(pos).Line }
	f.AddLineInfo(f.Offset(after), name, line+rawLine(after)-rawLine(d.Pos))
	p.in.name2 = name
	p.macros.setPredef("FILE", []Token{strToken(name, source.NoPos)})
	form := make([]Token, 0, len(exp)+2)
	form = append(form, minus, d)
	p.emit(append(form, exp...))
}

// coalesceStrings joins adjacent string tokens into one, at the position of
// the first, as epp does before looking at -include and -file.
func coalesceStrings(toks []Token) []Token {
	out := make([]Token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Type != tSTRING || i+1 >= len(toks) || toks[i+1].Type != tSTRING {
			out = append(out, t)
			continue
		}
		s, _ := decodeQuoted(t.Text)
		for i+1 < len(toks) && toks[i+1].Type == tSTRING {
			i++
			more, _ := decodeQuoted(toks[i].Text)
			s += more
		}
		out = append(out, strToken(s, t.Pos))
	}
	return out
}
