package preproc

import (
	"fmt"

	"github.com/erl2go/erl2go/translate/source"
)

// otpRelease is the release whose epp we follow (?OTP_RELEASE).
const otpRelease = "25"

// define handles -define(M, Body). and -define(M(P1, ..., Pn), Body).
func (p *state) define(d Token, toks []Token) {
	if len(toks) < 2 || toks[0].Type != tLPAREN || !fits(pVarOrAtom, toks[1]) {
		p.bad(mismatch([]int{tLPAREN, pVarOrAtom}, toks, d), "define")
		return
	}
	nameTok := toks[1]
	name, _ := nameValue(nameTok)
	def, err := parseDefine(toks[2:], d)
	if err != nil {
		p.posErr(err)
		return
	}
	if err := p.macros.checkDefine(name, def.arity); err != nil {
		p.errorAt(nameTok.Pos, "%s", err)
		return
	}
	uses, perr := macroUses(def.body)
	if perr != nil {
		p.posErr(perr)
		return
	}
	def.uses = uses
	p.macros.add(name, def)
}

// parseDefine reads what follows -define(M: the parameters if any, and the
// body, which runs up to the form's closing ") .".
func parseDefine(toks []Token, d Token) (*macroDef, error) {
	if len(toks) == 0 {
		return nil, &posError{d.Pos, "badly formed 'define'"}
	}
	switch toks[0].Type {
	case tCOMMA:
		body, err := macroBody(toks[1:], toks[0])
		return &macroDef{arity: none, body: body}, err
	case tLPAREN:
		return parseParams(toks[1:], toks[0])
	}
	return nil, &posError{toks[0].Pos, "badly formed 'define'"}
}

// parseParams reads "P1, ..., Pn), Body" (epp's macro_pars).
func parseParams(toks []Token, t0 Token) (*macroDef, error) {
	def := &macroDef{params: []string{}}
	for i := 0; ; i++ {
		if len(toks) > 0 && toks[0].Type == tRPAREN {
			break
		}
		if i > 0 {
			if len(toks) < 2 || toks[0].Type != tCOMMA || toks[1].Type != tVAR {
				return nil, &posError{noMatch(toks, t0), "badly formed 'define'"}
			}
			toks = toks[1:]
		} else if len(toks) == 0 || toks[0].Type != tVAR {
			return nil, &posError{noMatch(toks, t0), "badly formed 'define'"}
		}
		v := toks[0]
		for _, q := range def.params {
			if q == v.Text {
				return nil, &posError{v.Pos, fmt.Sprintf("argument '%s' already used", v.Text)}
			}
		}
		def.params = append(def.params, v.Text)
		t0, toks = v, toks[1:]
	}
	def.arity = len(def.params)
	rp := toks[0]
	if len(toks) < 2 || toks[1].Type != tCOMMA {
		return nil, &posError{noMatch(toks[1:], rp), "badly formed define: missing comma"}
	}
	body, err := macroBody(toks[2:], toks[1])
	def.body = body
	return def, err
}

// macroBody returns the body of a definition: toks up to the closing ") .".
func macroBody(toks []Token, t0 Token) ([]Token, error) {
	n := len(toks)
	switch {
	case n >= 2 && toks[n-1].Type == tDOT && toks[n-2].Type == tRPAREN:
		return toks[:n-2], nil
	case n >= 1 && toks[n-1].Type == tDOT:
		return nil, &posError{toks[n-1].Pos, "badly formed define: missing closing right parenthesis"}
	case n >= 1:
		t0 = toks[n-1]
	}
	return nil, &posError{t0.Pos, "premature end"}
}

// checkDefine says whether name may get a definition of this arity.
func (t *macroTable) checkDefine(name string, arity int) error {
	m := t.m[name]
	switch {
	case m == nil:
		return nil
	case m.predef:
		return fmt.Errorf("redefining predefined macro '%s'", name)
	}
	for _, o := range m.defs {
		if o.arity == arity {
			return fmt.Errorf("redefining macro '%s'", name)
		}
	}
	return nil
}

// add adds a user definition checked by checkDefine.
func (t *macroTable) add(name string, d *macroDef) {
	m := t.m[name]
	if m == nil {
		m = &macro{}
		t.m[name] = m
	}
	m.defs = append([]*macroDef{d}, m.defs...)
	t.gen++
}

// predefine sets up the macros epp predefines (predef_macros/2).
func (p *state) predefine(filename string) {
	t := p.macros
	t.setPredef("FILE", []Token{strToken(filename, source.NoPos)})
	t.setPredef("LINE", []Token{{Type: tINTEGER, Text: "1"}})
	for _, n := range []string{"FUNCTION_NAME", "FUNCTION_ARITY", "MODULE", "MODULE_STRING", "BASE_MODULE", "BASE_MODULE_STRING"} {
		t.setPredef(n, nil)
	}
	t.setPredef("MACHINE", []Token{{Type: tQATOM, Text: "'BEAM'"}})
	t.setPredef("BEAM", []Token{{Type: tATOM, Text: "true"}})
	t.setPredef("OTP_RELEASE", []Token{{Type: tINTEGER, Text: otpRelease}})
	t.add("FEATURE_AVAILABLE", featureMacro([]string{"maybe_expr"}))
	t.add("FEATURE_ENABLED", featureMacro(p.features))
}

// featureMacro builds ?FEATURE_AVAILABLE(X) or ?FEATURE_ENABLED(X) for a
// list of features: ((X) == f1 orelse (X) == f2 ...), or false if empty.
func featureMacro(features []string) *macroDef {
	src := "false"
	if len(features) > 0 {
		src = "("
		for i := len(features) - 1; i >= 0; i-- {
			src += "(X) == " + features[i]
			if i > 0 {
				src += " orelse "
			}
		}
		src += ")"
	}
	return &macroDef{arity: 1, params: []string{"X"}, body: lexString(src)}
}

// lexString tokenizes a snippet of source that belongs to no file.
func lexString(src string) []Token {
	fs := source.NewFileSet()
	rs := []rune(src)
	return lexRunes(fs.AddFile("", rs), rs, "", 0, len(rs))
}

// userDefines adds the -D macros, as epp's user_predef does: a name that is
// already defined is an error, and then nothing is preprocessed.
func (p *state) userDefines(filename string) bool {
	for _, d := range p.opts.Defines {
		body := []Token{{Type: tATOM, Text: "true"}}
		if d.Value != "" {
			// epp gets a term, whose tokens never hold keywords maybe/else.
			body = lexString(d.Value)
			demoteKeywords(body)
			if !goodValue(body) {
				p.errs.Add(source.Position{Filename: filename}, "badly formed value for macro '%s': %s", d.Name, d.Value)
				return false
			}
		}
		if err := p.macros.checkDefine(d.Name, none); err != nil {
			p.errs.Add(source.Position{Filename: filename}, "%s", err)
			return false
		}
		p.macros.add(d.Name, &macroDef{arity: none, body: body})
	}
	return true
}

// feature handles -feature(Name, enable|disable)., allowed only before
// the first form that is not one of the prefix attributes.
func (p *state) feature(d Token, toks []Token) {
	pat := []int{tLPAREN, pAtom, tCOMMA, pAtom, tRPAREN, tDOT}
	if !matches(pat, toks) {
		p.bad(noMatch(toks, d), "feature")
		return
	}
	ftr, _ := atomValue(toks[1])
	ind, _ := atomValue(toks[3])
	switch {
	case !p.inPrefix:
		p.errorAt(d.Pos, "feature directive not allowed after exports or record definitions")
	case ind != "enable" && ind != "disable":
		p.bad(toks[0].Pos, "feature")
	case ftr != "maybe_expr":
		p.errorAt(d.Pos, "the feature '%s' does not exist.", ftr)
	default:
		p.enableFeature(ftr, ind == "enable")
		p.macros.m["FEATURE_ENABLED"] = &macro{defs: []*macroDef{featureMacro(p.features)}}
		p.macros.gen++
	}
}

// enableFeature turns a feature on or off; maybe_expr is the only one in
// OTP 25, and makes maybe and else keywords.
func (p *state) enableFeature(f string, on bool) {
	var fs []string
	for _, g := range p.features {
		if g != f {
			fs = append(fs, g)
		}
	}
	if on {
		fs = append([]string{f}, fs...)
	}
	p.features = fs
	if f == "maybe_expr" {
		p.maybeOn = on
	}
}

// goodValue reports whether a -D value lexes cleanly and holds no dot that
// would end a form in the middle.
func goodValue(body []Token) bool {
	for _, t := range body {
		if _, bad := checkToken(t, 0, 0); bad || t.Type == tDOT {
			return false
		}
	}
	return len(body) > 0
}
