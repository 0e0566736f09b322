package rt

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Patterns for the re module: PCRE syntax (as OTP 25's PCRE 8.45 reads
// it) translated to Go's regexp/syntax, then compiled to a syntax.Prog that
// re_exec.go runs with a backtracker of its own.
//
// The translation exists because the two dialects differ in what matters:
// PCRE's ^ and $ (and \Z, \G, notbol, noteol) have no RE2 equivalent, \w \d
// \s and the POSIX classes follow OTP's Latin-1 character tables, extended
// mode, \Q..\E, octal escapes and literal unknown escapes are PCRE's own.
// Anchors that Go lacks are written as empty capture groups ("markers") and
// rewritten in the compiled program into empty-width instructions whose Arg
// carries a marker bit (above Go's own EmptyOp bits) that the matcher tests.
//
// Lookaround, atomic groups and possessive quantifiers, which RE2 lacks,
// become marker pairs around their body that the matcher runs (cutting
// alternatives, resetting the position; a lookbehind's body, of lengths
// known here, runs from each place it may start); a back reference is a
// marker the matcher runs too. What neither can do (recursion,
// conditionals, callouts, \C \K \R \X, control verbs) is refused with
// error:{unsupported_regex, Feature}, never approximated. Patterns PCRE itself rejects give {error, {Message, Pos}}
// with PCRE's message and offset for the common mistakes.

// reOpts are the compile options of a pattern.
type reOpts struct {
	caseless, multiline, dotall, extended, unicode, ungreedy bool
	anchored, dollarEndonly, noAutoCapture, ucp, firstline   bool
	bsrAnycrlf                                               bool // \R is only \r, \n, \r\n
	nl                                                       int  // the newline convention: nlLF...
}

// Newline conventions ({newline, NL}).
const (
	nlLF = iota
	nlCR
	nlCRLF
	nlAnyCRLF
	nlAny
)

func (o reOpts) bits() uint16 {
	var b uint16
	for i, f := range []bool{o.caseless, o.multiline, o.dotall, o.extended, o.unicode, o.ungreedy,
		o.anchored, o.dollarEndonly, o.noAutoCapture, o.ucp, o.firstline, o.bsrAnycrlf} {
		if f {
			b |= 1 << i
		}
	}
	return b | uint16(o.nl)<<12
}

func reOptsFromBits(b uint16) reOpts {
	f := func(i int) bool { return b&(1<<i) != 0 }
	return reOpts{f(0), f(1), f(2), f(3), f(4), f(5), f(6), f(7), f(8), f(9), f(10), f(11), int(b >> 12 & 7)}
}

// Marker kinds: PCRE anchors without a Go equivalent.
const (
	mkCirc    = iota // ^ outside multiline: start of subject, unless notbol
	mkCircM          // ^ in multiline: also after an internal newline
	mkDollar         // $: end, or before a final newline; not under noteol
	mkDollarE        // $ with dollar_endonly: end only
	mkDollarM        // $ in multiline: end, or before any newline
	mkBigZ           // \Z: end, or before a final newline
	mkG              // \G: the offset the search started at
	mkNotCRLF        // not before \r\n: with . and \N when the newline is CRLF

	// Groups the matcher runs itself, each a START and an END marker
	// around its body, with a register (re_exec.go).
	mkAtomS    // (?> or a possessive quantifier: start, noting the backtrack stack
	mkAtomE    // end: drop the alternatives the body left
	mkAheadS   // (?=: start, noting the stack and the position
	mkAheadE   // end: drop the body's alternatives, go back to the position
	mkNegS     // (?!: start, with an alternative that goes on after END
	mkNegE     // end: the body matched, so the assertion fails
	mkWrap     // a group around a lookahead, so that markEmptyLoops sees it is empty-width
	mkBackref  // a back reference: reg is the group, fold set when caseless
	mkBehindS  // (?<=: start, trying each position the body may start at
	mkBehindE  // end: only where the lookbehind began; drop alternatives, go back there
	mkNBehindS // (?<!: the same, with an alternative that goes on after END
	mkNBehindE // end: the body matched, so the assertion fails
	mkLBBody   // a group around a lookbehind's body, to measure it
	mkIfSet    // (?(N): group N is set
	mkIfUnset  // and, after the |, it is not
	mkKeep     // \K: the reported match starts here
	mkCall     // a subroutine call of group reg (0: the whole pattern)
)

// reFoldBit in a back reference's Arg makes it compare caselessly.
const reFoldBit = 0x8_0000

// reGroupBit marks the empty-width Arg of a mk*S or mk*E instruction:
// reGroupBit | kind<<20 (8 bits) | register.
const reGroupBit = 0x1000_0000

// markerBit is the bit of an empty-width Arg standing for marker kind k.
func markerBit(k int) uint32 { return 0x100 << k }

// reError is a pattern PCRE rejects: message and offset.
type reError struct {
	msg string
	pos int
}

// reUnsupported is a valid PCRE pattern RE2 cannot run.
type reUnsupported struct{ feature Term }

// reCap describes one capture group of the Go pattern: a real group
// (index >= 1) or a marker (index 0, kind set).
type reCap struct {
	index int
	kind  int
	reg   int    // for mkAtomS...mkNegE, and mkBackref's group
	name  string // mkBackref by name, resolved once all groups are known
	fold  bool   // mkBackref under caseless
	pos   int    // an END's place in the pattern, for errors
}

// reTrans is one translation in progress.
type reTrans struct {
	src     []rune
	pos     int
	opts    reOpts
	out     strings.Builder
	caps    []reCap
	ngroups int
	names   map[string]int
	backref int  // the largest group a back reference named, or 0
	m, x, i bool // multiline, extended and caseless, as options and (?imx) set them
	u       bool // ungreedy, as the option and (?U) set it
	s       bool // dotall, as the option and (?s) set it
	nl      int  // the newline convention, as the option and (*CR)... set it
	stack   []reScope
	canRep  bool // the last thing emitted may take a quantifier
	unsup   Term // the first feature RE2 lacks, or nil
	nregs   int  // registers of the mkAtomS...mkNegE groups

	condRefs [][2]int // the group each (?(N) tests, and where
	keepReg  int      // 1 + the register of \K, or 0
	callReg  int      // 1 + the register of the innermost subroutine call, or 0

	bsrAnycrlf bool // \R is only \r, \n and \r\n (option or (*BSR_ANYCRLF))
	hasCRLF    bool // the pattern names \r or \n itself

	atomOut, atomCaps int // where the last atom starts in out, and groups before it

	settingsEnd int // where the (*SETTING)s that open the pattern end
}

type reScope struct {
	m, x, i  bool
	u, s     bool
	openOut  int // where the group's text starts in out, and
	openCaps int // how many groups came before it: for a possessive +
	end      int // the END marker kind the group closes with, or 0
	reg      int
	group    int  // the capture group it is, or 0
	backref  bool // a back reference is inside (a lookbehind cannot have one)

	reset      bool  // (?|: each alternative numbers its groups from base
	base, most int   // and the most groups an alternative reached
	cond       int   // (?(N): 1 in a conditional group; -1 once past its |
	condTest   reCap // its test of group N (reg) or of a group by name
	tooMany    bool  // and a second | came
}

func (t *reTrans) fail(msg string, pos int) { panic(reError{msg, pos}) }

// unsupported notes the first feature RE2 lacks; the translation goes on,
// so that an error PCRE would report later in the pattern wins.
func (t *reTrans) unsupported(feature string) {
	if t.unsup == nil {
		t.unsup = Intern(feature)
	}
}

// skipPast moves past the next c (or to the end).
func (t *reTrans) skipPast(c rune) {
	for t.pos < len(t.src) && t.src[t.pos] != c {
		t.pos++
	}
	t.pos = min(t.pos+1, len(t.src))
}

// translateRE turns a PCRE pattern (code points) into Go syntax.
func translateRE(src []rune, o reOpts) (t *reTrans) {
	t = &reTrans{src: src, opts: o, names: map[string]int{}, m: o.multiline, x: o.extended, i: o.caseless, u: o.ungreedy,
		bsrAnycrlf: o.bsrAnycrlf, s: o.dotall, nl: o.nl}
	for t.pos < len(t.src) {
		t.item()
	}
	if len(t.stack) > 0 {
		t.fail("missing )", len(src))
	}
	for _, c := range t.condRefs {
		if c[0] > t.ngroups {
			t.fail("reference to non-existent subpattern", c[1])
		}
	}
	if t.backref > t.ngroups {
		t.fail("reference to non-existent subpattern", len(src))
	}
	for i, c := range t.caps {
		if (c.kind == mkBackref || c.kind == mkIfSet || c.kind == mkIfUnset || c.kind == mkCall) && c.name != "" {
			g, ok := t.names[c.name]
			if !ok && (c.kind == mkBackref || c.kind == mkCall) {
				t.fail("reference to non-existent subpattern", len(src))
			} else if !ok {
				t.fail("reference to non-existent subpattern", c.pos)
			}
			t.caps[i].reg = g
		}
	}
	if t.unsup != nil {
		panic(reUnsupported{t.unsup})
	}
	return t
}

func (t *reTrans) peekAt(i int) rune {
	if i < len(t.src) {
		return t.src[i]
	}
	return -1
}

// isNewlineChar reports whether c ends a line under the convention (for
// CRLF, the \n ends it).
func (t *reTrans) isNewlineChar(c rune) bool {
	switch t.nl {
	case nlCR:
		return c == '\r'
	case nlAnyCRLF:
		return c == '\r' || c == '\n'
	case nlAny:
		return c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029
	}
	return c == '\n'
}

func isPCRESpace(c rune) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// item translates one element of the pattern outside a class.
func (t *reTrans) item() {
	c := t.src[t.pos]
	if t.x && isPCRESpace(c) {
		t.pos++
		return
	}
	if t.x && c == '#' {
		for t.pos < len(t.src) && !t.isNewlineChar(t.src[t.pos]) {
			t.pos++
		}
		return
	}
	if c != '*' && c != '+' && c != '?' && c != '{' && c != ')' {
		t.atomOut, t.atomCaps = t.out.Len(), len(t.caps)
	}
	switch c {
	case '\\':
		t.escape()
	case '[':
		t.class()
		t.canRep = true
	case '(':
		t.open()
	case ')':
		if len(t.stack) == 0 {
			t.fail("unmatched parentheses", t.pos)
		}
		if sc := &t.stack[len(t.stack)-1]; sc.reset || sc.cond > 0 || sc.tooMany {
			t.alternative(sc) // the no-branch of (?(N)yes) matches empty
		}
		s := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		if s.backref && (s.end == mkBehindE || s.end == mkNBehindE) {
			t.fail("lookbehind assertion is not fixed length", t.pos)
		}
		t.m, t.x, t.i, t.u, t.s = s.m, s.x, s.i, s.u, s.s
		if s.end != 0 {
			t.out.WriteString(")")
			t.caps = append(t.caps, reCap{kind: s.end, reg: s.reg, pos: t.pos})
			t.out.WriteString("())")
			if s.end != mkAtomE {
				t.out.WriteString(")")
			}
		} else {
			t.out.WriteByte(')')
		}
		t.pos++
		t.canRep = true
		t.atomOut, t.atomCaps = s.openOut, s.openCaps
		return
	case '|':
		t.out.WriteByte('|')
		if n := len(t.stack); n > 0 {
			t.alternative(&t.stack[n-1])
		}
		t.pos++
		t.canRep = false
	case '^':
		t.pos++
		if t.m {
			t.marker(mkCircM)
		} else {
			t.marker(mkCirc)
		}
	case '$':
		t.pos++
		switch {
		case t.m:
			t.marker(mkDollarM)
		case t.opts.dollarEndonly:
			t.marker(mkDollarE)
		default:
			t.marker(mkDollar)
		}
	case '.':
		if t.s {
			t.out.WriteString("(?s:.)")
		} else {
			t.notNewline()
		}
		t.pos++
		t.canRep = true
	case '*', '+', '?':
		t.quantifier(t.pos, t.pos+1, string(c))
	case '{':
		if end, lo, hi, ok := t.braces(t.pos); ok {
			if lo > 65535 || hi > 65535 {
				t.fail("number too big in {} quantifier", end-1)
			}
			if hi >= 0 && hi < lo {
				t.fail("numbers out of order in {} quantifier", end-1)
			}
			if lo > 1000 || hi > 1000 {
				t.unsupported("repeat_count_above_1000")
			}
			t.quantifier(t.pos, end, string(t.src[t.pos:end]))
			return
		}
		t.literal('{')
		t.pos++
	default:
		t.literal(c)
		t.pos++
	}
}

// braces reads {n}, {n,} or {n,m} at i; hi is -1 for {n,}.
func (t *reTrans) braces(i int) (end, lo, hi int, ok bool) {
	j := i + 1
	digits := func() (int, bool) {
		start, n := j, 0
		for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
			if n < 1<<20 {
				n = n*10 + int(t.src[j]-'0')
			}
			j++
		}
		return n, j > start
	}
	lo, ok = digits()
	if !ok {
		return 0, 0, 0, false
	}
	hi = lo
	if t.peekAt(j) == ',' {
		j++
		if hi, ok = digits(); !ok {
			hi = -1
		}
	}
	if t.peekAt(j) != '}' {
		return 0, 0, 0, false
	}
	return j + 1, lo, hi, true
}

// quantifier emits the quantifier src[start:end] (text q), with a lazy ?
// after it; a possessive + is refused.
func (t *reTrans) quantifier(start, end int, q string) {
	if !t.canRep {
		t.fail("nothing to repeat", end-1)
	}
	t.out.WriteString(q)
	t.pos = end
	if t.x { // extended mode lets white space come before a lazy ? or a +
		for t.pos < len(t.src) && isPCRESpace(t.src[t.pos]) {
			t.pos++
		}
	}
	switch t.peekAt(t.pos) {
	case '?':
		t.out.WriteByte('?')
		t.pos++
	case '+':
		t.pos++
		t.possessive()
	}
	t.canRep = false
}

// marker emits an anchor of kind k as an empty capture group. Like every
// assertion, it takes no quantifier.
func (t *reTrans) marker(k int) {
	t.caps = append(t.caps, reCap{kind: k})
	t.out.WriteString("()")
	t.canRep = false
}

// literal emits the code point c so that Go reads it as itself.
func (t *reTrans) literal(c rune) {
	t.hasCRLF = t.hasCRLF || c == '\r' || c == '\n'
	writeLiteral(&t.out, c)
	t.canRep = true
}

func writeLiteral(b *strings.Builder, c rune) {
	switch {
	case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'):
		b.WriteRune(c)
	case c > ' ' && c < 0x7f:
		b.WriteByte('\\')
		b.WriteRune(c)
	default:
		fmt.Fprintf(b, `\x{%x}`, c)
	}
}

// open translates what starts with '('.
func (t *reTrans) open() {
	start := t.pos
	t.pos++
	if n := t.peekAt(t.pos + 1); t.peekAt(t.pos) == '*' && (n >= 'A' && n <= 'Z' || n >= 'a' && n <= 'z' || n == ':') {
		t.verb(start)
		return
	}
	if t.peekAt(t.pos) != '?' {
		t.push()
		if t.opts.noAutoCapture {
			t.out.WriteString("(?:")
		} else {
			t.group("")
		}
		return
	}
	t.pos++
	c := t.peekAt(t.pos)
	switch {
	case c == '#':
		for t.pos < len(t.src) && t.src[t.pos] != ')' {
			t.pos++
		}
		if t.pos == len(t.src) {
			t.fail("missing ) after comment", t.pos)
		}
		t.pos++
		return
	case c == ':':
		t.pos++
		t.push()
		t.out.WriteString("(?:")
		return
	case c == '=':
		t.pos++
		t.matcherGroup(mkAheadS, 2)
		return
	case c == '!':
		t.pos++
		t.matcherGroup(mkNegS, 1)
		return
	case c == '<' && t.peekAt(t.pos+1) == '=':
		t.pos += 2
		t.matcherGroup(mkBehindS, 2)
		return
	case c == '<' && t.peekAt(t.pos+1) == '!':
		t.pos += 2
		t.matcherGroup(mkNBehindS, 2)
		return
	case c == '<' || c == '\'' || c == 'P' && t.peekAt(t.pos+1) == '<':
		if c == 'P' {
			t.pos++
		}
		t.namedGroup()
		return
	case c == 'P' && t.peekAt(t.pos+1) == '=':
		t.pos += 2
		t.namedBackref(')')
		return
	case c == 'P' && t.peekAt(t.pos+1) == '>', c == '&':
		t.pos += 1 + b2i(c == 'P')
		t.callByName(')')
		return
	case c == 'R', c == '+', c >= '0' && c <= '9', c == '-' && t.peekAt(t.pos+1) >= '0' && t.peekAt(t.pos+1) <= '9':
		t.callByNumber()
		return
	case c == '>':
		t.pos++
		t.matcherGroup(mkAtomS, 1)
		return
	case c == '|':
		t.pos++
		t.push()
		sc := &t.stack[len(t.stack)-1]
		sc.reset, sc.base, sc.most = true, t.ngroups, t.ngroups
		t.out.WriteString("(?:")
		return
	case c == '(':
		t.conditional()
		return
	case c == 'C':
		t.unsupported("callout")
		t.skipPast(')')
		return
	}
	t.flags(start)
}

// Start-of-pattern settings (*NAME) that change nothing here, those that
// would, and the backtracking control verbs.
var (
	reHarmlessSettings = map[string]bool{"LF": true, "NO_START_OPT": true, "NO_AUTO_POSSESS": true,
		"BSR_ANYCRLF": true, "BSR_UNICODE": true, "CR": true, "CRLF": true, "ANYCRLF": true, "ANY": true}
	reOtherSettings = map[string]bool{"UTF8": true, "UTF": true, "UCP": true}
	reVerbs         = map[string]bool{"ACCEPT": true, "COMMIT": true, "F": true, "FAIL": true, "PRUNE": true,
		"SKIP": true, "THEN": true, "MARK": true, "": true}
)

// verb reads (*NAME) or (*NAME:ARG) (t.pos at the '*', start at the '(').
func (t *reTrans) verb(start int) {
	end := t.pos + 1
	for end < len(t.src) && (isGroupNameChar(t.src[end]) || t.src[end] == '=') {
		end++
	}
	name, arg := string(t.src[t.pos+1:end]), false
	if t.peekAt(end) == ':' {
		arg = true
		for end < len(t.src) && t.src[end] != ')' {
			end++
		}
	}
	limit := strings.HasPrefix(name, "LIMIT_MATCH=") || strings.HasPrefix(name, "LIMIT_RECURSION=")
	setting := start == t.settingsEnd && !arg && (reHarmlessSettings[name] || reOtherSettings[name] || limit)
	if t.peekAt(end) != ')' || !setting && !reVerbs[name] {
		t.fail("(*VERB) not recognized or malformed", end)
	}
	t.pos = end + 1
	switch {
	case setting && reOtherSettings[name]:
		t.unsupported("(*" + name + ")")
	case setting:
		t.settingsEnd = t.pos
		if strings.HasPrefix(name, "BSR_") {
			t.bsrAnycrlf = name == "BSR_ANYCRLF"
		}
		if nl, ok := map[string]int{"LF": nlLF, "CR": nlCR, "CRLF": nlCRLF, "ANYCRLF": nlAnyCRLF, "ANY": nlAny}[name]; ok {
			t.nl = nl
		}
	default:
		t.unsupported("control_verb")
	}
}

// alternative is a | at the top level of the group sc (or its end, for
// branch reset and conditional groups).
func (t *reTrans) alternative(sc *reScope) {
	if sc.reset {
		sc.most = max(sc.most, t.ngroups)
		t.ngroups = sc.base
		if t.src[t.pos] == ')' {
			t.ngroups = sc.most
		}
	}
	switch {
	case sc.cond > 0:
		if t.src[t.pos] == ')' {
			t.out.WriteString("|")
		}
		test := sc.condTest
		test.kind = mkIfUnset
		t.caps = append(t.caps, test)
		t.out.WriteString("()")
		sc.cond = -1
	case sc.cond < 0 && t.src[t.pos] == '|':
		sc.tooMany = true
	case sc.tooMany:
		t.fail("conditional group contains more than two branches", t.pos)
	}
}

// conditional opens (?(N)yes|no) (t.pos at the second '('), for a group
// N given by number or name, as (?: [N set] yes | [N unset] no ).
func (t *reTrans) conditional() {
	start := t.pos
	t.pos++
	end := start + 1
	for end < len(t.src) && t.src[end] != ')' {
		end++
	}
	name := string(t.src[t.pos:min(end, len(t.src))])
	name = strings.Trim(name, "<>'")
	g, err := strconv.Atoi(name)
	test := reCap{kind: mkIfSet, reg: g, pos: end + 1}
	switch {
	case end == len(t.src):
		t.fail("malformed number or name after (?(", end)
	case err == nil && g > 0:
		t.condRefs = append(t.condRefs, [2]int{g, end + 1})
	case isPlainName(name) && name != "DEFINE" && !isRecursionTest(name):
		test.name = name // resolved at the end, as a group may come later
	default:
		t.pos = start
		t.unsupportedGroup("conditional", 0)
		return
	}
	t.pos = end + 1
	t.push()
	sc := &t.stack[len(t.stack)-1]
	sc.cond, sc.condTest = 1, test
	t.caps = append(t.caps, test)
	t.out.WriteString("(?:()")
}

// isRecursionTest reports whether a condition is R, Rn or R&name.
func isRecursionTest(s string) bool {
	if !strings.HasPrefix(s, "R") {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return s == "R" || err == nil || strings.HasPrefix(s, "R&")
}

func isPlainName(s string) bool {
	for _, c := range s {
		if !isGroupNameChar(c) {
			return false
		}
	}
	return s != ""
}

// matcherGroup opens a group of kind k (mkAtomS, mkAheadS or mkNegS),
// which uses n registers: (?:()(?: ... )()) with START and END markers.
// A lookahead is wrapped in one more group, ((?:()(?: ... )())), which
// markEmptyLoops knows matches the empty string.
func (t *reTrans) matcherGroup(k, n int) {
	t.push()
	sc := &t.stack[len(t.stack)-1]
	sc.end, sc.reg = k+1, t.nregs
	if k != mkAtomS {
		t.caps = append(t.caps, reCap{kind: mkWrap})
		t.out.WriteString("(")
	}
	t.caps = append(t.caps, reCap{kind: k, reg: t.nregs})
	if k == mkBehindS || k == mkNBehindS {
		t.caps = append(t.caps, reCap{kind: mkLBBody, reg: t.nregs})
		t.out.WriteString("(?:()(")
	} else {
		t.out.WriteString("(?:()(?:")
	}
	t.nregs += n
}

// possessive makes the last atom and its quantifier, just written, an
// atomic group. The quantifier is greedy, even when ungreedy (where Go
// reads x* as lazy and x*? as greedy).
func (t *reTrans) possessive() {
	text := t.out.String()
	if t.u {
		text += "?"
	}
	t.out.Reset()
	t.out.WriteString(text[:t.atomOut])
	t.out.WriteString("(?:()(?:" + text[t.atomOut:] + ")())")
	start := reCap{kind: mkAtomS, reg: t.nregs}
	t.caps = append(t.caps[:t.atomCaps], append([]reCap{start}, t.caps[t.atomCaps:]...)...)
	t.caps = append(t.caps, reCap{kind: mkAtomE, reg: t.nregs})
	t.nregs++
}

// unsupportedGroup notes a group RE2 lacks and goes on translating its
// contents as a plain group, after the n characters that name its kind.
func (t *reTrans) unsupportedGroup(feature string, n int) {
	t.unsupported(feature)
	t.pos += n
	t.push()
	t.out.WriteString("(?:")
}

func (t *reTrans) push() {
	t.stack = append(t.stack, reScope{m: t.m, x: t.x, i: t.i, u: t.u, s: t.s, openOut: t.out.Len(), openCaps: len(t.caps)})
	t.canRep = false
}

// group emits a capturing group.
func (t *reTrans) group(name string) {
	t.ngroups++
	t.stack[len(t.stack)-1].group = t.ngroups
	t.caps = append(t.caps, reCap{index: t.ngroups})
	if name == "" {
		t.out.WriteByte('(')
	} else {
		t.names[name] = t.ngroups
		t.out.WriteString("(?P<" + name + ">")
	}
}

// namedGroup reads the name of (?<name>, (?'name' or (?P<name>.
func (t *reTrans) namedGroup() {
	term := '>'
	if t.src[t.pos] == '\'' {
		term = '\''
	}
	t.pos++
	start := t.pos
	if c := t.peekAt(t.pos); c >= '0' && c <= '9' {
		t.fail("group name must start with a non-digit", t.pos)
	}
	for t.pos < len(t.src) && isGroupNameChar(t.src[t.pos]) {
		t.pos++
	}
	if t.peekAt(t.pos) != term {
		t.fail("syntax error in subpattern name (missing terminator)", t.pos)
	}
	name := string(t.src[start:t.pos])
	if len(name) > 32 {
		t.fail("subpattern name is too long (maximum 32 characters)", t.pos)
	}
	if _, dup := t.names[name]; dup {
		t.fail("two named subpatterns have the same name", t.pos)
	}
	t.pos++
	t.push()
	t.group(name)
}

func isGroupNameChar(c rune) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// flags reads an option setting (?imsxU-imsxU) or (?imsxU-imsxU:...). The
// m and x options are this translator's business; i, s and U go to Go.
func (t *reTrans) flags(start int) {
	var on, off strings.Builder
	neg := false
	m, x, i, u, dotall := t.m, t.x, t.i, t.u, t.s
	for {
		c := t.peekAt(t.pos)
		switch c {
		case 'i', 's', 'U':
			if c == 'i' {
				i = !neg
			}
			if c == 'U' {
				u = !neg
			}
			if c == 's' {
				dotall = !neg
			}
			if neg {
				off.WriteRune(c)
			} else {
				on.WriteRune(c)
			}
		case 'm':
			m = !neg
		case 'x':
			x = !neg
		case 'J', 'X':
			t.unsupported("option_" + string(c))
		case '-':
			if neg {
				t.fail("unrecognized character after (? or (?-", t.pos)
			}
			neg = true
		case ')', ':':
			goFlags := on.String()
			if off.Len() > 0 {
				goFlags += "-" + off.String()
			}
			t.pos++
			if c == ':' {
				t.push()
				t.m, t.x, t.i, t.u, t.s = m, x, i, u, dotall
				t.out.WriteString("(?" + goFlags + ":")
				return
			}
			t.m, t.x, t.i, t.u, t.s = m, x, i, u, dotall
			if goFlags != "" {
				t.out.WriteString("(?" + goFlags + ")")
			}
			t.canRep = false
			return
		default:
			t.fail("unrecognized character after (? or (?-", t.pos)
		}
		t.pos++
	}
}

// escape translates a backslash sequence outside a class.
func (t *reTrans) escape() {
	t.pos++
	if t.pos == len(t.src) {
		t.fail(`\ at end of pattern`, t.pos)
	}
	c := t.src[t.pos]
	switch c {
	case 'A', 'z', 'b', 'B':
		t.out.WriteString(`\` + string(c))
		t.canRep = false // PCRE does not repeat assertions
	case 'Z':
		t.marker(mkBigZ)
	case 'G':
		t.marker(mkG)
	case 'Q':
		t.pos++
		for t.pos < len(t.src) && !(t.src[t.pos] == '\\' && t.peekAt(t.pos+1) == 'E') {
			t.literal(t.src[t.pos])
			t.pos++
		}
		t.pos += 2
		return
	case 'E':
	case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'N':
		if _, _, _, quant := t.braces(t.pos + 1); c == 'N' && t.peekAt(t.pos+1) == '{' && !quant {
			t.fail(`PCRE does not support \L, \l, \N{name}, \U, or \u`, t.pos)
		}
		if (c == 'w' || c == 'W') && t.opts.unicode && !t.opts.ucp && t.wordRepeat(c) {
			return
		}
		if c == 'N' {
			t.notNewline()
			t.canRep = true
			break
		}
		writeSet(&t.out, t.escapeSet(c))
		t.canRep = true
	case 'p', 'P':
		t.out.WriteString(t.property())
		t.canRep = true
		return
	case 'g':
		t.gReference()
		return
	case 'k':
		if n := t.peekAt(t.pos + 1); n != '<' && n != '\'' && n != '{' {
			t.fail(`\k is not followed by a braced, angle-bracketed, or quoted name`, t.pos)
		}
		t.pos += 2
		t.namedBackref(map[rune]rune{'<': '>', '\'': '\'', '{': '}'}[t.src[t.pos-1]])
		return
	case 'R':
		// Any newline sequence, \r\n taken whole: an atomic group.
		t.caps = append(t.caps, reCap{kind: mkAtomS, reg: t.nregs}, reCap{kind: mkAtomE, reg: t.nregs})
		t.nregs++
		switch {
		case t.bsrAnycrlf:
			t.out.WriteString(`(?:()(?:\r\n|[\n\r])())`)
		case t.opts.unicode:
			t.out.WriteString(`(?:()(?:\r\n|[\n\x0b\f\r\x{85}\x{2028}\x{2029}])())`)
		default:
			t.out.WriteString(`(?:()(?:\r\n|[\n\x0b\f\r\x{85}])())`)
		}
		t.canRep = true
	case 'K':
		if t.keepReg == 0 {
			t.keepReg = t.nregs + 1
			t.nregs++
		}
		t.caps = append(t.caps, reCap{kind: mkKeep, reg: t.keepReg - 1})
		t.out.WriteString("()")
		t.canRep = false
	case 'C', 'X':
		t.unsupported(`\` + string(c))
	case 'L', 'l', 'U', 'u':
		t.fail(`PCRE does not support \L, \l, \N{name}, \U, or \u`, t.pos)
	default:
		if c >= '1' && c <= '9' {
			if n, ok := t.backReference(); ok {
				t.backrefTo(n)
				return
			}
		}
		r := t.charEscape()
		t.literal(r)
		return
	}
	t.pos++
}

// gReference reads \g (t.pos at the g): \gN, \g{N}, \g-N, \g{name}
// are back references, \g<name> and \g'name' subroutine calls.
func (t *reTrans) gReference() {
	t.canRep = true
	switch n := t.peekAt(t.pos + 1); {
	case n == '<' || n == '\'':
		term := map[rune]rune{'<': '>', '\'': '\''}[n]
		t.pos += 2
		if c := t.peekAt(t.pos); c == '+' || c == '-' || c >= '0' && c <= '9' {
			start := t.pos
			for t.pos < len(t.src) && t.src[t.pos] != term {
				t.pos++
			}
			v, err := strconv.Atoi(string(t.src[start:t.pos]))
			if err != nil || t.pos == len(t.src) {
				t.fail("malformed \\g{} or \\g<> reference", t.pos)
			}
			t.pos++
			t.emitCall(t.relativeGroup(t.src[start], v))
			return
		}
		t.callByName(term)
		return
	case n == '{':
		if c := t.peekAt(t.pos + 2); c >= 0 && !isGroupNameChar(c) && c != '-' && c != '+' {
			t.fail("subpattern name expected", t.pos+2)
		}
		end := t.pos + 2
		for end < len(t.src) && t.src[end] != '}' {
			end++
		}
		if end == len(t.src) {
			t.fail(`\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number`, end)
		}
		inner := string(t.src[t.pos+2 : end])
		v, err := strconv.Atoi(inner)
		switch {
		case err == nil && v == 0:
			t.fail("a numbered reference must not be zero", end)
		case err == nil:
			t.pos = end + 1
			t.relativeBackref(inner[0], v)
			return
		case t.peekAt(t.pos+2) >= '0' && t.peekAt(t.pos+2) <= '9':
			t.fail("group name must start with a non-digit", t.pos+2)
		}
		t.pos += 2
		t.namedBackref('}')
	case n == '-' || n == '+' || n >= '0' && n <= '9':
		end := t.pos + 2
		for end < len(t.src) && t.src[end] >= '0' && t.src[end] <= '9' {
			end++
		}
		v, err := strconv.Atoi(string(t.src[t.pos+1 : end]))
		switch {
		case err != nil && n == '+':
			t.fail("a numbered reference must not be zero", t.pos)
		case err != nil || v == 0:
			t.fail("a numbered reference must not be zero", end-1)
		}
		t.pos = end
		t.relativeBackref(byte(n), v)
	default:
		t.fail("a numbered reference must not be zero", t.pos)
	}
}

// callByNumber reads (?R), (?N), (?+N) or (?-N) (t.pos after the ?).
func (t *reTrans) callByNumber() {
	start := t.pos
	for t.pos < len(t.src) && t.src[t.pos] != ')' {
		t.pos++
	}
	text := string(t.src[start:t.pos])
	g := 0
	if text != "R" {
		v, err := strconv.Atoi(text)
		if err != nil {
			t.fail("(?R or (?[+-]digits must be followed by )", start+1)
		}
		g = t.relativeGroup(t.src[start], v)
	}
	if t.pos == len(t.src) {
		t.fail("(?R or (?[+-]digits must be followed by )", t.pos)
	}
	t.pos++
	t.emitCall(g)
}

// relativeGroup is the group v names: counted back from the last group
// opened when sign is '-', forward from it when '+', else absolute.
func (t *reTrans) relativeGroup(sign rune, v int) int {
	switch sign {
	case '-':
		v = t.ngroups + v + 1 // v < 0
		if v <= 0 {
			t.fail("reference to non-existent subpattern", t.pos-1)
		}
	case '+':
		v += t.ngroups
	}
	return v
}

// emitCall emits a subroutine call of group g (0: the whole pattern).
func (t *reTrans) emitCall(g int) {
	t.needCallReg()
	t.condRefs = append(t.condRefs, [2]int{g, t.pos - 1}) // the group must exist
	t.caps = append(t.caps, reCap{kind: mkCall, reg: g, pos: t.pos - 1})
	t.out.WriteString("()")
	t.canRep = true
}

// needCallReg makes the register that subroutine calls use, once.
func (t *reTrans) needCallReg() {
	if t.callReg == 0 {
		t.callReg = t.nregs + 1
		t.nregs++
	}
}

// nameUpTo reads a group name ended by term, leaving t.pos at term.
func (t *reTrans) nameUpTo(term rune) string {
	start := t.pos
	for t.pos < len(t.src) && isGroupNameChar(t.src[t.pos]) {
		t.pos++
	}
	if t.pos == start {
		t.fail("subpattern name expected", t.pos)
	}
	if t.peekAt(t.pos) != term {
		t.fail("syntax error in subpattern name (missing terminator)", t.pos)
	}
	return string(t.src[start:t.pos])
}

// callByName reads a group name ended by term and emits a call of it.
func (t *reTrans) callByName(term rune) {
	name := t.nameUpTo(term)
	t.needCallReg()
	t.caps = append(t.caps, reCap{kind: mkCall, name: name, pos: t.pos})
	t.out.WriteString("()")
	t.pos++
	t.canRep = true
}

// relativeBackref emits a reference to group v, counted back from the
// last group opened when sign is '-', forward when '+'.
func (t *reTrans) relativeBackref(sign byte, v int) {
	t.backrefTo(t.relativeGroup(rune(sign), v))
}

// backrefTo emits a back reference to group n.
func (t *reTrans) backrefTo(n int) {
	t.checkOpen(n)
	t.noteBackref()
	t.backref = max(t.backref, n)
	t.caps = append(t.caps, reCap{kind: mkBackref, reg: n, fold: t.i})
	t.out.WriteString("()")
	t.canRep = true
}

// noteBackref marks the open groups as holding a back reference.
func (t *reTrans) noteBackref() {
	for i := range t.stack {
		t.stack[i].backref = true
	}
}

// checkOpen refuses a back reference from inside the group it names:
// PCRE compiles such groups in ways of its own.
func (t *reTrans) checkOpen(g int) {
	for _, sc := range t.stack {
		if sc.group == g {
			t.unsupported("backreference_into_open_group")
		}
	}
}

// namedBackref reads a group name ended by term (t.pos at its start) and
// emits a back reference to it.
func (t *reTrans) namedBackref(term rune) {
	name := t.nameUpTo(term)
	if g, ok := t.names[name]; ok {
		t.checkOpen(g)
	}
	t.noteBackref()
	t.caps = append(t.caps, reCap{kind: mkBackref, name: name, fold: t.i})
	t.out.WriteString("()")
	t.pos++
	t.canRep = true
}

// notNewline emits what . matches without dotall: any character that
// is not a newline of the pattern's convention.
func (t *reTrans) notNewline() {
	switch t.nl {
	case nlCR:
		t.out.WriteString(`[^\r]`)
	case nlCRLF:
		t.caps = append(t.caps, reCap{kind: mkNotCRLF})
		t.out.WriteString(`()(?s:.)`)
	case nlAnyCRLF:
		t.out.WriteString(`[^\r\n]`)
	case nlAny:
		t.out.WriteString(`[^\n\x0b\f\r\x{85}\x{2028}\x{2029}]`)
	default:
		t.out.WriteString(`[^\n]`)
	}
}

// writeSet writes a set of \d, \w... as a class that caseless does not
// widen (PCRE's does not; Go's would).
func writeSet(b *strings.Builder, set []rune) {
	b.WriteString("(?-i:[")
	writeRanges(b, set)
	b.WriteString("])")
}

// reASCIIWord is \w where OTP's PCRE (8.45) in UTF mode checks a
// repeat's minimum count of \w or \W: ASCII only, while a single \w and
// the rest of a repeat use the Latin-1 table. So \w+ does not match "é"
// but \w and a\w+ do; \W{2} matches it.
var reASCIIWord = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}

// wordRepeat translates \w or \W (t.pos at the letter) followed by a
// quantifier that PCRE compiles with a minimum count (+, {1,}, {n} and
// {n,m} with n >= 2): the minimum with reASCIIWord, the rest with the
// table. It reports false, having done nothing, for other quantifiers.
func (t *reTrans) wordRepeat(c rune) bool {
	q := t.pos + 1
	lo, hi, end := 1, -1, q+1
	if t.peekAt(q) == '{' {
		var ok bool
		if end, lo, hi, ok = t.braces(q); !ok || lo < 1 || lo == 1 && hi != -1 || hi >= 0 && hi < lo || hi > 1000 || lo > 1000 {
			return false
		}
	} else if t.peekAt(q) != '+' {
		return false
	}
	lazy := ""
	switch t.peekAt(end) {
	case '?':
		lazy = "?"
	case '+':
		return false // possessive: refused by the quantifier
	}
	ascii, table := reASCIIWord, reWord
	if c == 'W' {
		ascii, table = negateRanges(reASCIIWord), negateRanges(reWord)
	}
	t.out.WriteString("(?:")
	writeSet(&t.out, ascii)
	if lo > 1 {
		fmt.Fprintf(&t.out, "{%d}", lo)
	}
	switch {
	case hi < 0:
		writeSet(&t.out, table)
		t.out.WriteString("*" + lazy)
	case hi > lo:
		writeSet(&t.out, table)
		fmt.Fprintf(&t.out, "{0,%d}%s", hi-lo, lazy)
	}
	t.out.WriteString(")")
	t.pos = end + len(lazy)
	t.canRep = false
	return true
}

// backReference reads \N at t.pos (a digit 1-9): PCRE takes it as a back
// reference when N < 8 or N groups have opened before; otherwise it is
// an octal escape (or, from 8 or 9, that digit), left for charEscape.
func (t *reTrans) backReference() (int, bool) {
	j, n := t.pos, 0
	for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
		n = n*10 + int(t.src[j]-'0')
		j++
	}
	if n < 8 || n <= t.ngroups {
		t.pos = j
		return n, true
	}
	return 0, false
}

// charEscape reads an escape at t.pos that stands for one character and
// returns it, leaving t.pos after it.
func (t *reTrans) charEscape() rune {
	c := t.src[t.pos]
	t.pos++
	switch c {
	case 'a':
		return 7
	case 'e':
		return 27
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'c':
		if t.pos == len(t.src) {
			t.fail(`\c at end of pattern`, t.pos)
		}
		x := unicode.ToUpper(t.src[t.pos])
		t.pos++
		return x ^ 0x40
	case 'x':
		if t.peekAt(t.pos) == '{' {
			end := t.pos + 1
			for end < len(t.src) && isHex(t.src[end]) {
				end++
			}
			if t.peekAt(end) == '}' && end > t.pos+1 {
				v, _ := strconv.ParseUint(string(t.src[t.pos+1:end]), 16, 32)
				t.pos = end + 1
				return t.checkChar(rune(min(v, 0x7fffffff)))
			}
			return 0 // PCRE: \x{ without a valid end is \x0 then the rest
		}
		v := rune(0)
		for i := 0; i < 2 && isHex(t.peekAt(t.pos)); i++ {
			d, _ := strconv.ParseUint(string(t.src[t.pos]), 16, 8)
			v = v*16 + rune(d)
			t.pos++
		}
		return v
	case 'o':
		if t.peekAt(t.pos) != '{' {
			t.fail(`missing opening brace after \o`, t.pos-1)
		}
		end := t.pos + 1
		for end < len(t.src) && t.src[end] >= '0' && t.src[end] <= '7' {
			end++
		}
		if t.peekAt(end) != '}' {
			t.fail(`non-octal character in \o{} (closing brace missing?)`, end)
		}
		v, _ := strconv.ParseUint(string(t.src[t.pos+1:end]), 8, 32)
		t.pos = end + 1
		return t.checkChar(rune(min(v, 0x7fffffff)))
	}
	if c >= '0' && c <= '7' {
		v := c - '0'
		for i := 0; i < 2 && t.peekAt(t.pos) >= '0' && t.peekAt(t.pos) <= '7'; i++ {
			v = v*8 + t.src[t.pos] - '0'
			t.pos++
		}
		if v > 255 && !t.opts.unicode {
			t.fail("octal value is greater than \\377 in 8-bit non-UTF-8 mode", t.pos-1)
		}
		return v
	}
	return c
}

func (t *reTrans) checkChar(v rune) rune {
	if !t.opts.unicode && v > 255 || v > unicode.MaxRune {
		t.fail(`character value in \x{} or \o{} is too large`, t.pos-1)
	}
	if v >= 0xd800 && v <= 0xdfff && t.opts.unicode {
		t.fail("disallowed Unicode code point (>= 0xd800 && <= 0xdfff)", t.pos-1)
	}
	return v
}

func isHex(c rune) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// property reads \p{Name}, \pL, \p{^Name} (t.pos at the p) and returns it
// in Go syntax, when Go knows the property.
func (t *reTrans) property() string {
	p := t.src[t.pos]
	t.pos++
	var name string
	if t.peekAt(t.pos) == '{' {
		end := t.pos + 1
		for end < len(t.src) && t.src[end] != '}' {
			end++
		}
		if end == len(t.src) {
			t.fail(`malformed \P or \p sequence`, end)
		}
		name = string(t.src[t.pos+1 : end])
		t.pos = end + 1
	} else if t.pos < len(t.src) {
		name = string(t.src[t.pos])
		t.pos++
	} else {
		t.fail(`malformed \P or \p sequence`, t.pos)
	}
	neg := strings.HasPrefix(name, "^")
	base := strings.TrimPrefix(name, "^")
	switch {
	case base == "Any" || base == "L&" || strings.HasPrefix(base, "X") && len(base) == 3:
		t.unsupported(`\p{` + base + `}`)
	case unicode.Categories[base] == nil && unicode.Scripts[base] == nil:
		t.fail(`unknown property name after \P or \p`, t.pos-1)
	}
	if neg {
		p ^= 'p' ^ 'P'
	}
	return `\` + string(p) + "{" + base + "}"
}
