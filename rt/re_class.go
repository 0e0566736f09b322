package rt

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
)

// Character classes for re: PCRE class syntax, OTP's Latin-1 character
// tables, Unicode properties under ucp, and caseless folding.

// posixEnd reports whether a POSIX class item [:name:] (or [.x.], [=x=])
// starts at i, and where its terminator is.
func (t *reTrans) posixEnd(i int) (int, bool) {
	term := t.peekAt(i + 1)
	if term != ':' && term != '.' && term != '=' {
		return 0, false
	}
	for j := i + 2; j < len(t.src); j++ {
		switch c := t.src[j]; {
		case c == '\\' && (t.peekAt(j+1) == ']' || t.peekAt(j+1) == '\\'):
			j++
		case c == '[' && t.peekAt(j+1) == term, c == ']':
			return 0, false
		case c == term && t.peekAt(j+1) == ']':
			return j, true
		}
	}
	return 0, false
}

// class translates a character class [...] (t.pos at the '[').
func (t *reTrans) class() {
	if _, ok := t.posixEnd(t.pos); ok {
		if t.src[t.pos+1] == ':' {
			t.fail("POSIX named classes are supported only within a class", t.pos)
		}
		t.fail("POSIX collating elements are not supported", t.pos)
	}
	t.pos++
	negated := t.peekAt(t.pos) == '^'
	if negated {
		t.pos++
	}
	var lits, sets []rune // ranges: characters (caseless widens them), and sets
	for first := true; ; first = false {
		if t.pos >= len(t.src) {
			t.fail("missing terminating ] for character class", len(t.src))
		}
		c := t.src[t.pos]
		if c == ']' && !first {
			t.pos++
			break
		}
		if c == '\\' && t.peekAt(t.pos+1) == 'Q' {
			t.pos += 2
			for t.pos < len(t.src) && !(t.src[t.pos] == '\\' && t.peekAt(t.pos+1) == 'E') {
				lits = append(lits, t.src[t.pos], t.src[t.pos])
				t.pos++
			}
			t.pos += 2
			continue
		}
		if c == '\\' && t.peekAt(t.pos+1) == 'E' {
			t.pos += 2
			continue
		}
		if set, ok := t.classSet(); ok {
			sets = append(sets, set...)
			if t.peekAt(t.pos) == '-' && t.peekAt(t.pos+1) != ']' && t.peekAt(t.pos+1) >= 0 {
				lits = append(lits, '-', '-')
				t.pos++
			}
			continue
		}
		lo := t.classAtom()
		hi := lo
		if t.peekAt(t.pos) == '-' && t.peekAt(t.pos+1) != ']' && t.pos+1 < len(t.src) {
			save := t.pos
			t.pos++
			if _, isSet := t.classSet(); isSet {
				t.fail("invalid range in character class", save+2)
			}
			t.pos = save + 1
			if hi = t.classAtom(); hi < lo {
				t.fail("range out of order in character class", t.pos-1)
			}
		}
		lits = append(lits, lo, hi)
	}
	for i := 0; i < len(lits); i += 2 {
		t.hasCRLF = t.hasCRLF || lits[i] <= '\r' && lits[i+1] >= '\n'
	}
	if t.i {
		lits = foldRanges(lits)
	}
	set := mergeRanges(append(lits, sets...))
	if negated {
		set = negateRanges(set)
	}
	if len(set) == 0 {
		t.out.WriteString(`[^\x{0}-\x{10ffff}]`)
	} else {
		writeSet(&t.out, set)
	}
}

// foldRanges adds to ranges the characters caseless matching makes equal
// to theirs (Unicode simple folding, as PCRE's in UTF mode and, below 256,
// OTP's Latin-1 tables).
func foldRanges(rs []rune) []rune {
	if len(rs) == 0 {
		return rs
	}
	var b strings.Builder
	b.WriteString("(?i:[")
	writeRanges(&b, rs)
	b.WriteString("])")
	re, err := syntax.Parse(b.String(), syntax.Perl)
	if err != nil {
		return rs
	}
	switch re.Op {
	case syntax.OpCharClass:
		return re.Rune
	case syntax.OpAnyChar:
		return []rune{0, unicode.MaxRune}
	case syntax.OpLiteral:
		var out []rune
		for _, r := range re.Rune {
			out = append(out, r, r)
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				out = append(out, f, f)
			}
		}
		return out
	}
	return rs
}

// mergeRanges sorts ranges and joins those that touch.
func mergeRanges(rs []rune) []rune {
	type rng struct{ lo, hi rune }
	var list []rng
	for i := 0; i < len(rs); i += 2 {
		list = append(list, rng{rs[i], rs[i+1]})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].lo < list[j].lo })
	var out []rune
	for _, r := range list {
		if n := len(out); n > 0 && r.lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], r.hi)
			continue
		}
		out = append(out, r.lo, r.hi)
	}
	return out
}

// classSet reads, at t.pos, a member standing for a set (\d, [:alpha:],
// \p{..}) and returns its ranges; ok is false (t.pos unchanged) otherwise.
func (t *reTrans) classSet() (ranges []rune, ok bool) {
	c, n := t.peekAt(t.pos), t.peekAt(t.pos+1)
	switch {
	case c == '\\' && strings.ContainsRune("dDwWsShHvV", n) && n > 0:
		t.pos += 2
		return t.escapeSet(n), true
	case c == '\\' && (n == 'p' || n == 'P'):
		t.pos++
		prop := t.property()
		cls, err := syntax.Parse("["+prop+"]", syntax.Perl)
		if err != nil {
			t.unsupported(prop)
			return nil, true
		}
		return cls.Rune, true
	case c == '[' && (n == ':' || n == '.' || n == '='):
		end, ok := t.posixEnd(t.pos)
		if !ok {
			return nil, false
		}
		if n != ':' {
			t.fail("POSIX collating elements are not supported", t.pos)
		}
		name := string(t.src[t.pos+2 : end])
		neg := strings.HasPrefix(name, "^")
		set, known := posixClasses[strings.TrimPrefix(name, "^")]
		if t.opts.ucp && known {
			set = ucpPosix(strings.TrimPrefix(name, "^"), set)
		}
		if !known {
			t.fail("unknown POSIX class name", t.pos+2)
		}
		t.pos = end + 2
		if neg {
			return negateRanges(set), true
		}
		return set, true
	}
	return nil, false
}

// classAtom reads one character of a class (t.pos at it).
func (t *reTrans) classAtom() rune {
	c := t.src[t.pos]
	if c != '\\' {
		t.pos++
		return c
	}
	t.pos++
	if t.pos == len(t.src) {
		t.fail(`\ at end of pattern`, len(t.src))
	}
	switch t.src[t.pos] {
	case 'b':
		t.pos++
		return 8
	case 'N':
		t.fail(`\N is not supported in a class`, t.pos)
	case 'L', 'l', 'U', 'u':
		t.fail(`PCRE does not support \L, \l, \N{name}, \U, or \u`, t.pos)
	}
	return t.charEscape()
}

// Character sets from OTP's PCRE character tables, which are Latin-1's:
// they apply to code points below 256 in both byte and unicode mode.
var (
	reDigit = []rune{'0', '9'}
	reWord  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z', 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba,
		0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff}
	reSpace  = []rune{'\t', '\r', ' ', ' '}
	reAlpha  = []rune{'A', 'Z', 'a', 'z', 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff}
	reHSpace = []rune{'\t', '\t', ' ', ' ', 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e,
		0x2000, 0x200a, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000}
	reVSpace = []rune{'\n', '\r', 0x85, 0x85, 0x2028, 0x2029}
)

var posixClasses = map[string][]rune{
	"alpha":  reAlpha,
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z', 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff},
	"upper":  {'A', 'Z', 0xc0, 0xd6, 0xd8, 0xde},
	"lower":  {'a', 'z', 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xdf, 0xf6, 0xf8, 0xff},
	"punct":  {33, 47, 58, 64, 91, 96, 123, 126, 160, 169, 171, 180, 182, 185, 187, 191, 215, 215, 247, 247},
	"print":  {32, 126, 160, 255},
	"graph":  {33, 126, 160, 255},
	"cntrl":  {0, 31, 127, 159},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
	"blank":  {'\t', '\t', ' ', ' '},
	"space":  reSpace,
	"word":   reWord,
	"digit":  reDigit,
	"ascii":  {0, 255},
}

// Under the ucp option \d \s \w, \b and the POSIX classes go by Unicode
// properties, as PCRE defines them.
var (
	ucpDigit = propRanges(`\p{Nd}`)
	ucpWord  = propRanges(`\p{L}\p{N}_`)
	ucpSpace = mergeRanges(append(append(propRanges(`\p{Z}`), reHSpace...), reVSpace...))
)

// propRanges is the ranges of a Go class body.
func propRanges(class string) []rune {
	re, err := syntax.Parse("["+class+"]", syntax.Perl)
	if err != nil || re.Op != syntax.OpCharClass {
		panic("re: bad class " + class)
	}
	return re.Rune
}

// escapeSet is \d \w \s... as this pattern's options define them.
func (t *reTrans) escapeSet(c rune) []rune {
	if !t.opts.ucp {
		return classOfEscape(c)
	}
	var set []rune
	switch c | 0x20 {
	case 'd':
		set = ucpDigit
	case 'w':
		set = ucpWord
	case 's':
		set = ucpSpace
	default:
		return classOfEscape(c)
	}
	if c < 'a' {
		return negateRanges(set)
	}
	return set
}

// ucpPosix is a POSIX class under ucp.
func ucpPosix(name string, set []rune) []rune {
	switch name {
	case "alpha":
		return propRanges(`\p{L}`)
	case "alnum":
		return propRanges(`\p{L}\p{N}`)
	case "digit":
		return ucpDigit
	case "lower":
		return propRanges(`\p{Ll}`)
	case "upper":
		return propRanges(`\p{Lu}`)
	case "space":
		return mergeRanges(append(propRanges(`\p{Z}`), '\t', '\r'))
	case "word":
		return ucpWord
	case "blank":
		return reHSpace
	case "cntrl":
		return propRanges(`\p{Cc}`)
	case "graph", "print", "punct":
		panic(reUnsupported{Intern("ucp_" + name)})
	}
	return set
}

// classOfEscape is the set of \d \D \w \W \s \S \h \H \v \V or \N.
func classOfEscape(c rune) []rune {
	switch c {
	case 'd':
		return reDigit
	case 'D':
		return negateRanges(reDigit)
	case 'w':
		return reWord
	case 'W':
		return negateRanges(reWord)
	case 's':
		return reSpace
	case 'S':
		return negateRanges(reSpace)
	case 'h':
		return reHSpace
	case 'H':
		return negateRanges(reHSpace)
	case 'v':
		return reVSpace
	case 'V':
		return negateRanges(reVSpace)
	}
	return negateRanges([]rune{'\n', '\n'}) // \N
}

// negateRanges is the complement of sorted ranges lo,hi,lo,hi...
func negateRanges(rs []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// writeRanges writes ranges as members of a Go class.
func writeRanges(b *strings.Builder, rs []rune) {
	for i := 0; i < len(rs); i += 2 {
		writeLiteral(b, rs[i])
		if rs[i+1] != rs[i] {
			b.WriteByte('-')
			writeLiteral(b, rs[i+1])
		}
	}
}

// isUCPWord is the word character test for \b and \B under ucp.
func isUCPWord(r rune) bool {
	return r == '_' || r >= 0 && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isREWord is PCRE's word character test for \b and \B.
func isREWord(r rune) bool {
	if r < 0 || r > 0xff {
		return false
	}
	for i := 0; i < len(reWord); i += 2 {
		if r >= reWord[i] && r <= reWord[i+1] {
			return true
		}
	}
	return false
}
