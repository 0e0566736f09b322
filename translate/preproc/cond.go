package preproc

// Conditional compilation. Each file has a stack of open conditionals
// (istk: "ifdef", "ifndef", "if", "else"); while a section is skipped, a
// second stack (skip) counts the conditionals met inside it, with "elif"
// marking a section after a branch was taken, as epp's skip_toks does.

// ifdef handles -ifdef(M). and -ifndef(M).
func (p *state) ifdef(d Token, kind string, toks []Token) {
	if !matches(patName, toks) {
		p.bad(mismatch(patName, toks, d), kind)
		p.in.skip = []string{kind}
		return
	}
	name, _ := nameValue(toks[1])
	if p.macros.defined(name) == (kind == "ifdef") {
		p.in.istk = append(p.in.istk, kind)
	} else {
		p.in.skip = []string{kind}
	}
}

// ifDirective handles -if(Expr).
func (p *state) ifDirective(d Token, toks []Token) {
	if p.evalIf(d, toks) {
		p.in.istk = append(p.in.istk, "if")
	} else {
		p.in.skip = []string{"if"}
	}
}

// evalIf evaluates the condition of -if or -elif; errors count as false.
func (p *state) evalIf(d Token, toks []Token) bool {
	if len(toks) == 0 || toks[0].Type != tLPAREN {
		p.bad(noMatch(toks, d), "if")
		return false
	}
	ok, err := p.condition(d, toks)
	if err != nil {
		p.posErr(err)
		return false
	}
	return ok
}

// elseDirective handles -else. outside skipped sections.
func (p *state) elseDirective(d Token, toks []Token) {
	if !matches([]int{tDOT}, toks) {
		p.bad(noMatch(toks, d), "else")
		return
	}
	in := p.in
	n := len(in.istk)
	switch {
	case n == 0:
		p.errorAt(d.Pos, "unbalanced '-else'")
	case in.istk[n-1] == "else":
		p.errorAt(d.Pos, "repeated '-else'")
		fallthrough
	default:
		in.istk = in.istk[:n-1]
		in.skip = []string{"else"}
	}
}

// elif handles -elif(Expr). after a branch that was taken: the rest of the
// conditional is skipped.
func (p *state) elif(d Token) {
	in := p.in
	n := len(in.istk)
	switch {
	case n == 0:
		p.errorAt(d.Pos, "unbalanced '-elif'")
	case in.istk[n-1] == "else":
		p.errorAt(d.Pos, "unbalanced '-elif'")
		in.istk = in.istk[:n-1]
		in.skip = []string{"else"}
	default:
		in.istk = in.istk[:n-1]
		in.skip = []string{"elif"}
	}
}

// endif handles -endif. outside skipped sections.
func (p *state) endif(d Token, toks []Token) {
	if !matches([]int{tDOT}, toks) {
		p.bad(noMatch(toks, d), "endif")
		return
	}
	if n := len(p.in.istk); n > 0 {
		p.in.istk = p.in.istk[:n-1]
	} else {
		p.errorAt(d.Pos, "unbalanced '-endif'")
	}
}

// skipForm looks at a form in a skipped section: only conditionals count.
func (p *state) skipForm(form []Token) {
	if len(form) < 2 || form[0].Type != tMINUS {
		return
	}
	in := p.in
	d := form[1]
	name, _ := atomValue(d)
	switch {
	case d.Type == tIF:
		in.skip = append(in.skip, "if")
	case d.Type == tELSE || name == "else":
		p.skipElse(d)
	case !isAtomToken(d):
	case name == "ifdef", name == "ifndef":
		in.skip = append(in.skip, name)
	case name == "elif":
		p.skipElif(d, form[2:])
	case name == "endif":
		in.skip = in.skip[:len(in.skip)-1]
	}
}

// skipElse handles -else. in a skipped section.
func (p *state) skipElse(d Token) {
	in := p.in
	n := len(in.skip)
	switch {
	case in.skip[n-1] == "else":
		p.errorAt(d.Pos, "repeated '-else'")
	case in.skip[n-1] == "elif":
		in.skip[n-1] = "else"
	case n == 1:
		in.skip = nil
		in.istk = append(in.istk, "else")
	}
}

// skipElif handles -elif(Expr). in a skipped section. Like epp, an -elif
// whose conditional already took a branch ("elif" on the skip stack) is
// evaluated again when it is the outermost skipped conditional.
func (p *state) skipElif(d Token, toks []Token) {
	in := p.in
	n := len(in.skip)
	switch {
	case in.skip[n-1] == "else":
		p.errorAt(d.Pos, "'elif' following 'else'")
	case n == 1:
		if p.evalIf(d, toks) {
			in.skip = nil
			in.istk = append(in.istk, "if")
		} else {
			in.skip = []string{"if"}
		}
	}
}
