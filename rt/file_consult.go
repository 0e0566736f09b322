package rt

import (
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// file:consult/1: the terms of a text file, each ended by a dot, read as
// erl_scan and erl_parse:parse_term would. The text is UTF-8 unless a
// "coding: latin-1" comment in its first two lines says otherwise (as epp
// decides). The reader scans one term's tokens up to its dot (a scan error
// there is {error, {Line, erl_scan, Desc}}), parses them as an expression
// and takes it as a term when it is a literal (numbers, negated numbers,
// atoms, strings, lists, tuples, maps with =>, binaries built from literal
// segments, fun M:F/A). A valid expression that is no term (a variable, an
// operator, a call, ...) is {Line, erl_parse, "bad term"} and a syntax
// error {Line, erl_parse, ["syntax error before: ", Token]}, as on BEAM.
// Not parsed in full: the bodies of case, if, receive, try, begin and
// fun (...) are skipped to their end, so a malformed one may be "bad term"
// where BEAM reports the syntax error inside it.

type ctok struct {
	kind string // "atom", "var", "int", "float", "char", "string", "dot", "eof", or the symbol
	val  Term   // atom, number or string
	text string
	line int
}

type consultErr struct{ reason Term }

type cscan struct {
	s    []rune
	i    int
	line int
}

func scanErr(line int, desc Term) {
	panic(consultErr{NewTuple(BoxInt(Int(line)), Intern("erl_scan"), desc)})
}

func isNameRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '@' ||
		r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7
}

// next scans one token.
func (c *cscan) next() ctok {
	for c.i < len(c.s) {
		r := c.s[c.i]
		if r == '\n' {
			c.line++
			c.i++
		} else if r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r < ' ' || r >= 0x80 && r <= 0xA0 {
			c.i++
		} else if r == '%' {
			for c.i < len(c.s) && c.s[c.i] != '\n' {
				c.i++
			}
		} else {
			break
		}
	}
	if c.i >= len(c.s) {
		return ctok{kind: "eof", line: c.line}
	}
	line := c.line
	r := c.s[c.i]
	switch {
	case r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7:
		j := c.i
		for c.i < len(c.s) && isNameRune(c.s[c.i]) {
			c.i++
		}
		name := string(c.s[j:c.i])
		if reservedWords[name] {
			return ctok{kind: name, line: line}
		}
		return ctok{kind: "atom", val: Intern(name), line: line}
	case r >= 'A' && r <= 'Z' || r == '_' || r >= 0xC0 && r <= 0xDE && r != 0xD7:
		j := c.i
		for c.i < len(c.s) && isNameRune(c.s[c.i]) {
			c.i++
		}
		return ctok{kind: "var", text: string(c.s[j:c.i]), line: line}
	case r >= '0' && r <= '9':
		return c.number(line)
	case r == '$':
		c.i++
		if c.i >= len(c.s) {
			scanErr(line, NewTuple(Intern("char"), BoxInt('$')))
		}
		var ch rune
		if c.s[c.i] == '\\' {
			c.i++
			ch = c.escape(line, '$')
		} else {
			ch = c.s[c.i]
			if ch == '\n' {
				c.line++
			}
			c.i++
		}
		return ctok{kind: "char", val: BoxInt(Int(ch)), line: line}
	case r == '"' || r == '\'':
		c.i++
		var out []rune
		for {
			if c.i >= len(c.s) {
				scanErr(line, NewTuple(Intern("string"), BoxInt(Int(r)), runesList(out)))
			}
			ch := c.s[c.i]
			if ch == r {
				c.i++
				break
			}
			if ch == '\\' {
				c.i++
				if c.i >= len(c.s) {
					continue
				}
				out = append(out, c.escape(line, r))
			} else {
				if ch == '\n' {
					c.line++
				}
				out = append(out, ch)
				c.i++
			}
		}
		if r == '\'' {
			return ctok{kind: "atom", val: Intern(string(out)), line: line}
		}
		return ctok{kind: "string", val: runesList(out), line: line}
	case r == '.':
		c.i++
		if c.i >= len(c.s) || c.s[c.i] == '%' || c.s[c.i] <= ' ' {
			return ctok{kind: "dot", line: line}
		}
		if c.s[c.i] == '.' {
			c.i++
			if c.i < len(c.s) && c.s[c.i] == '.' {
				c.i++
				return ctok{kind: "...", line: line}
			}
			return ctok{kind: "..", line: line}
		}
		return ctok{kind: ".", line: line}
	}
	for _, op := range []string{"=:=", "=/=", "...", "<<", ">>", "=>", ":=", "||", "->", "<-", "<=", "=<", ">=", "==", "/=", "++", "--", "::", ".."} {
		if c.i+len(op) <= len(c.s) && string(c.s[c.i:c.i+len(op)]) == op {
			c.i += len(op)
			return ctok{kind: op, line: line}
		}
	}
	c.i++
	return ctok{kind: string(r), line: line}
}

func runesList(rs []rune) Term {
	ts := make([]Term, len(rs))
	for i, r := range rs {
		ts[i] = BoxInt(Int(r))
	}
	return List(ts...)
}

func (c *cscan) escape(line int, quote rune) rune {
	r := c.s[c.i]
	c.i++
	switch r {
	case 'b':
		return '\b'
	case 'd':
		return 127
	case 'e':
		return 27
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 's':
		return ' '
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case '^':
		if c.i < len(c.s) {
			x := c.s[c.i]
			c.i++
			return x & 31
		}
		return '^'
	case 'x':
		if c.i < len(c.s) && c.s[c.i] == '{' {
			j := c.i + 1
			for j < len(c.s) && isHex(c.s[j]) {
				j++
			}
			if j < len(c.s) && c.s[j] == '}' && j > c.i+1 {
				v, _ := strconv.ParseInt(string(c.s[c.i+1:j]), 16, 32)
				c.i = j + 1
				return rune(v)
			}
			scanErr(line, NewTuple(Intern("illegal"), Intern("character")))
		}
		j := c.i
		for j < len(c.s) && j < c.i+2 && isHex(c.s[j]) {
			j++
		}
		if j == c.i+2 {
			v, _ := strconv.ParseInt(string(c.s[c.i:j]), 16, 32)
			c.i = j
			return rune(v)
		}
		scanErr(line, NewTuple(Intern("illegal"), Intern("character")))
	}
	if r >= '0' && r <= '7' {
		v := r - '0'
		for k := 0; k < 2 && c.i < len(c.s) && c.s[c.i] >= '0' && c.s[c.i] <= '7'; k++ {
			v = v*8 + c.s[c.i] - '0'
			c.i++
		}
		return v
	}
	if r == '\n' {
		c.line++
	}
	return r
}

func (c *cscan) digits(ok func(rune) bool) string {
	j := c.i
	for c.i < len(c.s) && (ok(c.s[c.i]) || c.s[c.i] == '_' && c.i > j && c.i+1 < len(c.s) && ok(c.s[c.i+1])) {
		c.i++
	}
	return strings.ReplaceAll(string(c.s[j:c.i]), "_", "")
}

func (c *cscan) number(line int) ctok {
	isDec := func(r rune) bool { return r >= '0' && r <= '9' }
	ds := c.digits(isDec)
	if c.i < len(c.s) && c.s[c.i] == '#' {
		base, _ := strconv.Atoi(ds)
		if base < 2 || base > 36 {
			scanErr(line, NewTuple(Intern("base"), BoxInt(Int(base))))
		}
		c.i++
		inBase := func(r rune) bool {
			d := strings.IndexRune("0123456789abcdefghijklmnopqrstuvwxyz", r|0x20)
			return d >= 0 && d < base && (r < 'A' || r > 'Z' || r|0x20 >= 'a')
		}
		bs := c.digits(inBase)
		if bs == "" || c.i < len(c.s) && isNameRune(c.s[c.i]) {
			for c.i < len(c.s) && isNameRune(c.s[c.i]) {
				c.i++
			}
			scanErr(line, NewTuple(Intern("illegal"), Intern("integer")))
		}
		v, _ := new(big.Int).SetString(bs, base)
		return ctok{kind: "int", val: IntFromBig(v), line: line}
	}
	if c.i+1 < len(c.s) && c.s[c.i] == '.' && isDec(c.s[c.i+1]) {
		c.i++
		fs := ds + "." + c.digits(isDec)
		if c.i < len(c.s) && (c.s[c.i] == 'e' || c.s[c.i] == 'E') {
			j := c.i + 1
			if j < len(c.s) && (c.s[j] == '+' || c.s[j] == '-') {
				j++
			}
			if j >= len(c.s) || !isDec(c.s[j]) {
				scanErr(line, NewTuple(Intern("illegal"), Intern("float")))
			}
			fs += "e"
			if c.s[j-1] == '+' || c.s[j-1] == '-' {
				fs += string(c.s[j-1])
			}
			c.i = j
			fs += c.digits(isDec)
		}
		f, err := strconv.ParseFloat(fs, 64)
		if err != nil || math.IsInf(f, 0) {
			scanErr(line, NewTuple(Intern("illegal"), Intern("float")))
		}
		return ctok{kind: "float", val: Float(f), line: line}
	}
	v, _ := new(big.Int).SetString(ds, 10)
	return ctok{kind: "int", val: IntFromBig(v), line: line}
}

// cparse parses one term's tokens. A nil value means an expression that
// is not a term.
type cparse struct {
	toks []ctok
	i    int
	// lit tells whether the last primary parsed was a number literal
	// (perhaps in parentheses): only those take a unary + or -.
	lit bool
}

func (p *cparse) peek() ctok { return p.toks[p.i] }

func (p *cparse) advance() ctok {
	t := p.toks[p.i]
	if t.kind != "eof" {
		p.i++
	}
	return t
}

func (p *cparse) fail() {
	t := p.peek()
	var what Term = Nil{}
	line := t.line
	switch t.kind {
	case "eof":
		if p.i > 0 {
			line = p.toks[p.i-1].line
		}
	case "atom", "int", "float":
		what = Str(Format(t.val))
	case "var":
		what = Str(t.text)
	case "char":
		what = Str("$" + string(rune(t.val.(Small).Int())))
	case "string":
		s, _ := ListToString(t.val)
		what = Str(strconv.Quote(s))
	case "dot":
		what = Str("'.'")
	default:
		what = Str("'" + t.kind + "'")
	}
	panic(consultErr{NewTuple(BoxInt(Int(line)), Intern("erl_parse"), List(Str("syntax error before: "), what))})
}

func (p *cparse) expect(kind string) {
	if p.peek().kind != kind {
		p.fail()
	}
	p.advance()
}

var binPrec = map[string][3]int{ // left, right precedence of binary operators
	"=": {101, 100}, "!": {101, 100}, "orelse": {161, 160}, "andalso": {201, 200},
	"==": {300, 301}, "/=": {300, 301}, "=<": {300, 301}, "<": {300, 301}, ">=": {300, 301},
	">": {300, 301}, "=:=": {300, 301}, "=/=": {300, 301},
	"++": {401, 400}, "--": {401, 400},
	"+": {500, 501}, "-": {500, 501}, "bor": {500, 501}, "bxor": {500, 501}, "bsl": {500, 501},
	"bsr": {500, 501}, "or": {500, 501}, "xor": {500, 501},
	"/": {600, 601}, "*": {600, 601}, "div": {600, 601}, "rem": {600, 601}, "band": {600, 601},
	"and": {600, 601},
}

// expr parses an expression of precedence at least min.
func (p *cparse) expr(min int) Term {
	left := p.unary()
	for {
		pr, ok := binPrec[p.peek().kind]
		if !ok || pr[0] < min {
			return left
		}
		p.advance()
		p.expr(pr[1])
		left = nil
		p.lit = false
	}
}

func (p *cparse) unary() Term {
	switch k := p.peek().kind; k {
	case "-", "+", "bnot", "not":
		p.advance()
		return p.signed(k, p.unary())
	case "catch":
		p.advance()
		p.expr(0)
		return nil
	}
	return p.postfix()
}

func (p *cparse) postfix() Term {
	v := p.primary()
	for {
		switch p.peek().kind {
		case "(":
			p.advance()
			p.exprList(")")
			v = nil
			p.lit = false
		case ":":
			p.advance()
			p.primary()
			v = nil
			p.lit = false
		case "#":
			p.advance()
			if p.peek().kind == "{" {
				p.mapBody()
			} else {
				p.recordTail()
			}
			v = nil
			p.lit = false
		default:
			return v
		}
	}
}

// exprList parses expressions separated by commas up to end.
func (p *cparse) exprList(end string) []Term {
	var out []Term
	if p.peek().kind == end {
		p.advance()
		return out
	}
	for {
		out = append(out, p.expr(0))
		if p.peek().kind == "," {
			p.advance()
			continue
		}
		p.expect(end)
		return out
	}
}

func (p *cparse) recordTail() {
	if p.peek().kind != "atom" {
		p.fail()
	}
	p.advance()
	if p.peek().kind == "." {
		p.advance()
		if p.peek().kind != "atom" {
			p.fail()
		}
		p.advance()
		return
	}
	p.expect("{")
	if p.peek().kind == "}" {
		p.advance()
		return
	}
	for {
		if k := p.peek().kind; k != "atom" && k != "var" {
			p.fail()
		}
		p.advance()
		p.expect("=")
		p.expr(0)
		if p.peek().kind == "," {
			p.advance()
			continue
		}
		p.expect("}")
		return
	}
}

// mapBody parses {K => V, ...} after #.
func (p *cparse) mapBody() Term {
	p.expect("{")
	m := NewMap()
	good := true
	if p.peek().kind == "}" {
		p.advance()
		return m
	}
	for {
		k := p.expr(0)
		switch p.peek().kind {
		case "=>":
		case ":=":
			good = false
		default:
			p.fail()
		}
		p.advance()
		v := p.expr(0)
		if k == nil || v == nil {
			good = false
		}
		if good {
			m = m.Put(k, v)
		}
		if p.peek().kind == "," {
			p.advance()
			continue
		}
		p.expect("}")
		if !good {
			return nil
		}
		return m
	}
}

func (p *cparse) primary() Term {
	t := p.peek()
	p.lit = false
	switch t.kind {
	case "int", "float", "char":
		p.advance()
		p.lit = true
		return t.val
	case "atom":
		p.advance()
		return t.val
	case "string":
		p.advance()
		var rs []Term
		s, _ := ListToSlice(t.val)
		rs = append(rs, s...)
		for p.peek().kind == "string" {
			more, _ := ListToSlice(p.advance().val)
			rs = append(rs, more...)
		}
		return List(rs...)
	case "var":
		p.advance()
		return nil
	case "(":
		p.advance()
		v := p.expr(0)
		lit := p.lit
		p.expect(")")
		p.lit = lit
		return v
	case "{":
		p.advance()
		es := p.exprList("}")
		for _, e := range es {
			if e == nil {
				return nil
			}
		}
		return NewTuple(es...)
	case "[":
		return p.list()
	case "#":
		p.advance()
		if p.peek().kind == "{" {
			return p.mapBody()
		}
		p.recordTail()
		return nil
	case "<<":
		return p.binary()
	case "fun":
		p.advance()
		if p.peek().kind == "(" {
			p.skipToEnd()
			return nil
		}
		m := p.primary()
		if p.peek().kind != ":" {
			p.expect("/")
			p.primary()
			return nil
		}
		p.advance()
		f := p.primary()
		p.expect("/")
		a := p.primary()
		ma, ok1 := m.(Atom)
		fa, ok2 := f.(Atom)
		n, ok3 := IntOf(a)
		if ok1 && ok2 && ok3 && n >= 0 && n <= 255 {
			return ExternalFun(ma, fa, int(n))
		}
		return nil
	case "case", "if", "receive", "try", "begin":
		p.advance()
		switch p.peek().kind {
		case ",", "}", "]", ")", "|", "||", ">>", "dot", "eof", "->", "end":
			p.fail()
		}
		p.skipToEnd()
		return nil
	}
	p.fail()
	return nil
}

// skipToEnd skips a fun, case, if, receive, try or begin up to its end.
func (p *cparse) skipToEnd() {
	depth := 1
	for depth > 0 {
		t := p.advance()
		switch t.kind {
		case "eof", "dot":
			p.i--
			p.fail()
		case "case", "if", "receive", "try", "begin":
			depth++
		case "fun":
			if p.peek().kind == "(" {
				depth++
			}
		case "end":
			depth--
		}
	}
}

func (p *cparse) list() Term {
	p.expect("[")
	if p.peek().kind == "]" {
		p.advance()
		return Nil{}
	}
	var es []Term
	good := true
	first := p.expr(0)
	es = append(es, first)
	if p.peek().kind == "||" {
		p.advance()
		p.qualifiers("]")
		return nil
	}
	for p.peek().kind == "," {
		p.advance()
		es = append(es, p.expr(0))
	}
	var tail Term = Nil{}
	if p.peek().kind == "|" {
		p.advance()
		tail = p.expr(0)
	}
	p.expect("]")
	for _, e := range es {
		if e == nil {
			good = false
		}
	}
	if !good || tail == nil {
		return nil
	}
	return ListWithTail(tail, es...)
}

func (p *cparse) qualifiers(end string) {
	for {
		p.expr(0)
		if k := p.peek().kind; k == "<-" || k == "<=" {
			p.advance()
			p.expr(0)
		}
		if p.peek().kind == "," {
			p.advance()
			continue
		}
		p.expect(end)
		return
	}
}

type binSeg struct {
	val    Term
	size   Term
	typ    string
	signed bool
	little bool
	unit   int
	good   bool
	str    bool // the value is a string literal: a segment for each character
}

func (p *cparse) binary() Term {
	p.expect("<<")
	if p.peek().kind == ">>" {
		p.advance()
		return NewBinary(nil)
	}
	var segs []binSeg
	good := true
	for {
		s := binSeg{good: true, typ: "integer", str: p.peek().kind == "string"}
		s.val = p.binElem()
		if p.peek().kind == "||" && len(segs) == 0 {
			p.advance()
			p.qualifiers(">>")
			return nil
		}
		if p.peek().kind == ":" {
			p.advance()
			s.size = p.binElem()
			if s.size == nil {
				s.good = false
			}
		}
		if p.peek().kind == "/" {
			p.advance()
			for {
				t := p.peek()
				if t.kind != "atom" {
					p.fail()
				}
				p.advance()
				name := t.val.(Atom).Name()
				switch name {
				case "integer", "float", "binary", "bytes", "bitstring", "bits", "utf8", "utf16", "utf32":
					s.typ = name
				case "signed":
					s.signed = true
				case "unsigned":
					s.signed = false
				case "little":
					s.little = true
				case "big":
					s.little = false
				case "native":
					s.little = true
				case "unit":
				default:
					s.good = false
				}
				if p.peek().kind == ":" {
					p.advance()
					u := p.peek()
					if u.kind != "int" {
						p.fail()
					}
					p.advance()
					if name != "unit" {
						s.good = false
					} else if n, ok := IntOf(u.val); ok && n >= 1 && n <= 256 {
						s.unit = int(n)
					} else {
						s.good = false
					}
				} else if name == "unit" {
					s.good = false
				}
				if p.peek().kind != "-" {
					break
				}
				p.advance()
			}
		}
		if s.val == nil || !s.good {
			good = false
		}
		segs = append(segs, s)
		if p.peek().kind == "," {
			p.advance()
			continue
		}
		p.expect(">>")
		break
	}
	if !good {
		return nil
	}
	return buildBinary(segs)
}

// binElem is a bit_expr: a prefix operator on a primary.
func (p *cparse) binElem() Term {
	switch k := p.peek().kind; k {
	case "-", "+", "bnot", "not":
		p.advance()
		return p.signed(k, p.binElem())
	}
	return p.primary()
}

// signed is prefix operator k applied to v, the value of the operand just
// parsed: a term only for + or - on a number literal (perhaps
// parenthesized), nil for anything else.
func (p *cparse) signed(k string, v Term) Term {
	lit := p.lit
	p.lit = false
	if !lit || k != "+" && k != "-" {
		return nil
	}
	switch x := v.(type) {
	case Small, *BigInt, Float:
		if k == "-" {
			return Neg(x)
		}
		return x
	}
	return nil
}

// bitWriter collects bits, most significant first.
type bitWriter struct {
	data []byte
	n    int // bits
}

func (w *bitWriter) bit(b uint) {
	if w.n%8 == 0 {
		w.data = append(w.data, 0)
	}
	if b != 0 {
		w.data[w.n/8] |= 0x80 >> (w.n % 8)
	}
	w.n++
}

// int writes the low size bits of v, big- or little-endian (by bytes).
func (w *bitWriter) int(v *big.Int, size int, little bool) {
	m := new(big.Int).Lsh(big.NewInt(1), uint(size))
	u := new(big.Int).Mod(v, m)
	if little && size%8 == 0 {
		for i := 0; i < size/8; i++ {
			for j := 7; j >= 0; j-- {
				w.bit(u.Bit(i*8 + j))
			}
		}
		return
	}
	for i := size - 1; i >= 0; i-- {
		w.bit(u.Bit(i))
	}
}

func toBig(t Term) (*big.Int, bool) {
	switch x := t.(type) {
	case Small:
		return big.NewInt(int64(x.Int())), true
	case *BigInt:
		return new(big.Int).Set(x.Big()), true
	}
	return nil, false
}

// buildBinary makes the binary of literal segments as eval_bits would; nil
// when the construction fails (BEAM's badarg, a "bad term" here).
func buildBinary(segs []binSeg) Term {
	w := &bitWriter{}
	for _, s := range segs {
		vals := []Term{s.val}
		if s.str {
			vals, _ = ListToSlice(s.val)
		}
		for _, v := range vals {
			if !w.segment(s, v) {
				return nil
			}
		}
	}
	return &Binary{Data: w.data, Trail: uint8(w.n % 8)}
}

func (w *bitWriter) segment(s binSeg, v Term) bool {
	size := -1
	if s.size != nil {
		n, ok := IntOf(s.size)
		if !ok || n < 0 {
			return false
		}
		size = int(n)
	}
	unit := s.unit
	switch s.typ {
	case "integer":
		if size < 0 {
			size = 8
		}
		if unit == 0 {
			unit = 1
		}
		b, ok := toBig(v)
		if !ok {
			return false
		}
		w.int(b, size*unit, s.little)
	case "float":
		if size < 0 {
			size = 64
		}
		if unit == 0 {
			unit = 1
		}
		var f float64
		switch x := v.(type) {
		case Float:
			f = float64(x)
		case Small:
			f = float64(x.Int())
		case *BigInt:
			var ok bool
			if f, ok = bigToFloat(x.Big()); !ok {
				return false
			}
		default:
			return false
		}
		switch size * unit {
		case 64:
			w.int(new(big.Int).SetUint64(math.Float64bits(f)), 64, s.little)
		case 32:
			w.int(big.NewInt(int64(math.Float32bits(float32(f)))), 32, s.little)
		case 16:
			h, ok := halfBits(f)
			if !ok {
				return false
			}
			w.int(big.NewInt(int64(h)), 16, s.little)
		default:
			return false
		}
	case "binary", "bytes", "bitstring", "bits":
		b, ok := v.(*Binary)
		if !ok {
			return false
		}
		if unit == 0 {
			unit = 8
			if s.typ == "bitstring" || s.typ == "bits" {
				unit = 1
			}
		}
		n := b.BitSize()
		if size >= 0 {
			if size*unit > n {
				return false
			}
			n = size * unit
		} else if n%unit != 0 {
			return false
		}
		for i := 0; i < n; i++ {
			w.bit(uint(b.Data[i/8]>>(7-i%8)) & 1)
		}
	case "utf8", "utf16", "utf32":
		r, ok := IntOf(v)
		if size >= 0 || !ok || r < 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
			return false
		}
		switch s.typ {
		case "utf8":
			for _, c := range utf8.AppendRune(nil, rune(r)) {
				w.int(big.NewInt(int64(c)), 8, false)
			}
		case "utf16":
			if r < 0x10000 {
				w.int(big.NewInt(int64(r)), 16, s.little)
			} else {
				r -= 0x10000
				w.int(big.NewInt(int64(0xD800+(r>>10))), 16, s.little)
				w.int(big.NewInt(int64(0xDC00+(r&0x3FF))), 16, s.little)
			}
		default:
			w.int(big.NewInt(int64(r)), 32, s.little)
		}
	default:
		return false
	}
	return true
}

// halfBits is f as an IEEE binary16, rounded to nearest even (too large
// is infinity, as on BEAM).
func halfBits(f float64) (uint16, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	bits := math.Float32bits(float32(f))
	sign := uint16(bits>>16) & 0x8000
	exp := int(bits>>23&0xff) - 127 + 15
	mant := bits & 0x7fffff
	if bits&0x7fffffff == 0 {
		return sign, true
	}
	if exp <= 0 {
		if exp < -10 {
			return sign, true
		}
		mant |= 0x800000
		shift := uint(14 - exp)
		h := mant >> shift
		rem := mant & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || rem == half && h&1 == 1 {
			h++
		}
		return sign | uint16(h), true
	}
	h := uint32(exp)<<10 | mant>>13
	rem := mant & 0x1fff
	if rem > 0x1000 || rem == 0x1000 && h&1 == 1 {
		h++
	}
	if h >= 0x7c00 {
		h = 0x7c00
	}
	return sign | uint16(h), true
}

// FileConsult1 is file:consult(Name).
func FileConsult1(p *Process, name Term) Term {
	data, fail := readNamed(name)
	if fail != nil {
		return fail
	}
	terms, reason := consultTerms(data)
	if reason != nil {
		return NewTuple(AtomError, reason)
	}
	return NewTuple(atomOk, List(terms...))
}

// consultText decodes a consulted file: UTF-8 unless a "coding: latin-1"
// comment in its first two lines says Latin-1, as epp decides. With
// invalid UTF-8, the text stops before the line of the first bad byte and
// badLine is that line (0 when all is well).
func consultText(data []byte) (text []rune, badLine int) {
	lines := strings.SplitN(string(data), "\n", 3)
	for _, l := range lines[:min(2, len(lines))] {
		if m := codingRE.FindStringSubmatch(l); m != nil {
			switch strings.ToLower(m[1]) {
			case "latin-1", "latin1":
				text = make([]rune, len(data))
				for i, b := range data {
					text[i] = rune(b)
				}
				return text, 0
			}
			break
		}
	}
	line := 1
	lineStart := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return text[:lineStart], line
		}
		if r == '\n' {
			line++
			lineStart = len(text) + 1
		}
		text = append(text, r)
		i += n
	}
	return text, 0
}

var codingRE = regexp.MustCompile(`%.*?coding\s*[:=]\s*([-a-zA-Z0-9]+)`)

func consultTerms(data []byte) (terms []Term, reason Term) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(consultErr)
			if !ok {
				panic(r)
			}
			reason = ce.reason
		}
	}()
	text, badLine := consultText(data)
	sc := &cscan{s: text, line: 1}
	for {
		var toks []ctok
		for {
			t := sc.next()
			toks = append(toks, t)
			if t.kind == "dot" || t.kind == "eof" {
				break
			}
		}
		if badLine > 0 && toks[len(toks)-1].kind == "eof" {
			return nil, NewTuple(BoxInt(Int(badLine)), Intern("file_io_server"), Intern("invalid_unicode"))
		}
		if len(toks) == 1 && toks[0].kind == "eof" {
			return terms, nil
		}
		ps := &cparse{toks: toks}
		v := ps.expr(0)
		secondLine := 0
		for ps.peek().kind == "," { // f() -> E1, E2: a body, but no term
			ps.advance()
			if secondLine == 0 {
				secondLine = firstLine(toks[ps.i:])
			}
			ps.expr(0)
		}
		if ps.peek().kind != "dot" {
			ps.fail()
		}
		if secondLine > 0 {
			return nil, NewTuple(BoxInt(Int(secondLine)), Intern("erl_parse"), Str("bad term"))
		}
		if v == nil {
			return nil, NewTuple(BoxInt(Int(firstLine(toks))), Intern("erl_parse"), Str("bad term"))
		}
		terms = append(terms, v)
	}
}

// firstLine is the line of an expression as erl_parse's first_location
// finds it: its first token that is not an opening parenthesis.
func firstLine(toks []ctok) int {
	for _, t := range toks {
		if t.kind != "(" {
			return t.line
		}
	}
	return toks[0].line
}
