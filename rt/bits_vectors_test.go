package rt

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// The bit syntax vectors (testdata/bits/construct.txt and match.txt) hold
// Erlang binary expressions and patterns with what BEAM made of them. This
// file reads the small part of Erlang they use and runs each segment
// through the Bits and BitMatcher calls that the code generator emits for
// it, so the test exercises exactly the generated-code API.

type bitTok struct {
	kind string // "num", "float", "atom", "var", "str" or the punctuation itself
	text string
}

func lexBits(s string) []bitTok {
	var out []bitTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.HasPrefix(s[i:], "<<") || strings.HasPrefix(s[i:], ">>"):
			out = append(out, bitTok{s[i : i+2], s[i : i+2]})
			i += 2
		case strings.ContainsRune(",:/-+()", rune(c)):
			out = append(out, bitTok{string(c), string(c)})
			i++
		case c == '"':
			j := i + 1
			for s[j] != '"' {
				j++
			}
			out = append(out, bitTok{"str", s[i+1 : j]})
			i = j + 1
		case c >= '0' && c <= '9':
			j, kind := lexNumber(s, i)
			out = append(out, bitTok{kind, s[i:j]})
			i = j
		default:
			j := i
			for j < len(s) && (isWordByte(s[j])) {
				j++
			}
			kind := "atom"
			if c == '_' || (c >= 'A' && c <= 'Z') {
				kind = "var"
			}
			out = append(out, bitTok{kind, s[i:j]})
			i = j
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c == '@' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

func lexNumber(s string, i int) (int, string) {
	j, kind := i, "num"
	for j < len(s) {
		c := s[j]
		switch {
		case c >= '0' && c <= '9', c == '#', c >= 'A' && c <= 'F':
		case c == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9':
			kind = "float"
		case c == 'e' && kind == "float":
			if j+1 < len(s) && s[j+1] == '-' {
				j++
			}
		default:
			return j, kind
		}
		j++
	}
	return j, kind
}

// bitParser evaluates the test language: binaries, integers with + - bsl,
// floats, atoms, strings and variables bound by earlier segments.
type bitParser struct {
	toks []bitTok
	pos  int
	vars map[string]Term
}

func (p *bitParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].kind
	}
	return ""
}

func (p *bitParser) next() bitTok { p.pos++; return p.toks[p.pos-1] }

func (p *bitParser) expect(kind string) {
	if t := p.next(); t.kind != kind {
		panic(fmt.Sprintf("test parser: want %s, got %q", kind, t.text))
	}
}

func (p *bitParser) expr() Term {
	v := p.unary()
	for {
		switch {
		case p.peek() == "+":
			p.next()
			v = Add(v, p.unary())
		case p.peek() == "-":
			p.next()
			v = Sub(v, p.unary())
		case p.peek() == "atom" && p.toks[p.pos].text == "bsl":
			p.next()
			v = Bsl(v, p.unary())
		default:
			return v
		}
	}
}

func (p *bitParser) unary() Term {
	if p.peek() == "-" {
		p.next()
		return Neg(p.unary())
	}
	return p.primary()
}

func (p *bitParser) primary() Term {
	t := p.next()
	switch t.kind {
	case "num":
		base, digits := "10", t.text
		if b, d, ok := strings.Cut(t.text, "#"); ok {
			base, digits = b, d
		}
		n, _ := strconv.Atoi(base)
		return bigFromString(digits, n)
	case "float":
		f, _ := strconv.ParseFloat(t.text, 64)
		return Float(f)
	case "atom":
		return Intern(t.text)
	case "var":
		return p.vars[t.text]
	case "str":
		return Str(t.text)
	case "(":
		v := p.expr()
		p.expect(")")
		return v
	case "<<":
		return p.construct()
	}
	panic("test parser: unexpected " + t.text)
}

func bigFromString(s string, base int) Term {
	r := new(BigInt)
	r.v.SetString(s, base)
	return r.norm()
}

// bitSeg is one segment: its value (or pattern token), size and specs.
type bitSeg struct {
	val     Term
	tok     bitTok // for patterns: the value token
	size    Term   // nil: the default
	typ     string
	unit    int
	flags   BitFlags
	literal string // a string literal value
	isStr   bool
}

func (p *bitParser) segment(pattern bool) bitSeg {
	var s bitSeg
	switch {
	case p.peek() == "str":
		s.literal, s.isStr = p.toks[p.pos].text, true
		s.val = p.primary()
	case pattern && p.peek() == "var":
		s.tok = p.next()
	default:
		s.tok = p.toks[p.pos]
		if p.peek() == "-" || p.peek() == "num" || p.peek() == "(" {
			s.val = p.unary()
		} else {
			s.val = p.primary()
		}
	}
	if p.peek() == ":" {
		p.next()
		s.size = p.unary()
	}
	s.typ = "integer"
	if p.peek() == "/" {
		p.next()
		p.specs(&s)
	}
	if s.unit == 0 {
		s.unit = map[string]int{"binary": 8, "bytes": 8}[s.typ]
		if s.unit == 0 {
			s.unit = 1
		}
	}
	return s
}

func (p *bitParser) specs(s *bitSeg) {
	for {
		t := p.next()
		switch t.text {
		case "signed":
			s.flags |= BitSigned
		case "little":
			s.flags |= BitLittle
		case "native":
			s.flags |= BitNative
		case "big", "unsigned":
		case "unit":
			p.expect(":")
			s.unit = int(p.primary().(Small).Int())
		default:
			s.typ = t.text
		}
		if p.peek() != "-" {
			return
		}
		p.next()
	}
}

// construct evaluates <<Segs>> (after the opening <<).
func (p *bitParser) construct() Term {
	var segs []bitSeg
	for p.peek() != ">>" {
		segs = append(segs, p.segment(false))
		if p.peek() == "," {
			p.next()
		}
	}
	p.next()
	b := NewBits(testProc, 0)
	for _, s := range segs {
		putSeg(&b, s)
	}
	return b.Done()
}

// putSeg makes the calls the generator emits for one segment.
func putSeg(b *Bits, s bitSeg) {
	if s.isStr && s.typ == "integer" && s.size == nil {
		lit := []byte{}
		for _, r := range s.literal {
			lit = append(lit, byte(r))
		}
		b.PutString(string(lit))
		return
	}
	if s.isStr && s.typ != "binary" && s.typ != "bits" && s.typ != "bitstring" {
		for _, r := range s.literal {
			putSeg(b, bitSeg{val: BoxInt(Int(r)), size: s.size, typ: s.typ, unit: s.unit, flags: s.flags})
		}
		return
	}
	size := -1
	if s.size != nil {
		size = SegSize(s.size, s.unit)
	}
	switch s.typ {
	case "integer":
		if size < 0 {
			size = 8
		}
		b.PutInt(s.val, size, s.flags)
	case "float":
		if size < 0 {
			size = 64
		}
		b.PutFloat(s.val, size, s.flags)
	case "binary", "bytes", "bits", "bitstring":
		b.PutBinary(s.val, size, s.unit)
	case "utf8":
		b.PutUTF8(s.val)
	case "utf16":
		b.PutUTF16(s.val, s.flags)
	case "utf32":
		b.PutUTF32(s.val, s.flags)
	}
}

// bitsHex is the vectors' form of a bitstring: hex of its bytes / bit size.
func bitsHex(b *Binary) string {
	return strings.ToUpper(hex.EncodeToString(b.Data)) + "/" + strconv.Itoa(b.BitSize())
}

func parseBitsHex(t *testing.T, s string) *Binary {
	h, n, _ := strings.Cut(s, "/")
	bits, _ := strconv.Atoi(n)
	return &Binary{Data: unhex(t, h), Trail: uint8(bits % 8)}
}

func TestBitConstructVectors(t *testing.T) {
	rows := readVectors(t, "construct.txt")
	for _, r := range rows {
		p := &bitParser{toks: lexBits(r[0])}
		v, exc := Try(func() Term { p.expect("<<"); return p.construct() })
		got := ""
		if exc != nil {
			got = exc.Class.Name() + ":" + Format(exc.Reason)
		} else {
			got = bitsHex(v.(*Binary))
		}
		if got != r[1] {
			t.Errorf("%s = %s, want %s", r[0], got, r[1])
		}
	}
	t.Logf("%d construction vectors", len(rows))
}

// matchPattern matches subject against the pattern as generated code
// does and returns the tuple of the variables it binds, or nil.
func matchPattern(pattern string, subject Term) Term {
	p := &bitParser{toks: lexBits(pattern), vars: map[string]Term{}}
	p.expect("<<")
	m, ok := MatchBits(subject)
	var order []string
	for ok && p.peek() != ">>" {
		s := p.segment(true)
		var v Term
		v, ok = matchSeg(&m, s)
		if ok && s.tok.kind == "var" && s.tok.text != "_" {
			order = append(order, s.tok.text)
			p.vars[s.tok.text] = v
		}
		if p.peek() == "," {
			p.next()
		}
	}
	if !ok || !m.AtEnd() {
		return nil
	}
	elems := []Term{}
	for _, name := range order {
		elems = append(elems, p.vars[name])
	}
	return TupleOf(elems)
}

// matchSeg makes the matcher calls the generator emits for one segment.
func matchSeg(m *BitMatcher, s bitSeg) (Term, bool) {
	if s.isStr {
		return nil, m.String(s.literal)
	}
	size := -1
	if s.size != nil {
		var ok bool
		if size, ok = MatchSize(s.size, s.unit); !ok {
			return nil, false
		}
	}
	var v Term
	var ok bool
	switch s.typ {
	case "integer":
		if size < 0 {
			size = 8
		}
		if s.tok.text == "_" {
			return nil, m.Skip(size)
		}
		v, ok = m.Int(size, s.flags)
	case "float":
		if size < 0 {
			size = 64
		}
		v, ok = m.Float(size, s.flags)
	case "binary", "bytes", "bits", "bitstring":
		if size < 0 {
			v, ok = m.Rest(s.unit)
		} else {
			v, ok = m.Binary(size)
		}
	case "utf8":
		v, ok = m.UTF8()
	case "utf16":
		v, ok = m.UTF16(s.flags)
	case "utf32":
		v, ok = m.UTF32(s.flags)
	}
	if ok && s.val != nil { // a literal: it must be equal
		ok = ExactEqual(v, s.val)
	}
	return v, ok
}

func TestBitMatchVectors(t *testing.T) {
	rows := readVectors(t, "match.txt")
	for _, r := range rows {
		subject := parseBitsHex(t, r[1])
		got := matchPattern(r[0], subject)
		if r[2] == "nomatch" {
			if got != nil {
				t.Errorf("%s = %s: got %s, want no match", r[0], r[1], Format(got))
			}
			continue
		}
		want := decodeOrFail(t, unhex(t, r[2]))
		if got == nil || !ExactEqual(got, want) {
			t.Errorf("%s = %s: got %v, want %s", r[0], r[1], got, Format(want))
		}
	}
	t.Logf("%d matching vectors", len(rows))
}
