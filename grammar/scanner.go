package grammar

// This file is hand-written: a scanner that produces exactly the tokens the
// generated ErlangLexer produces, about ten times faster, because the ANTLR Go
// runtime allocates several objects per token. ErlangLexer.g4 stays the
// specification: TestScannerMatchesLexer and FuzzScanner check that both agree on
// every token's type and extent.

// A Span is one token found by Scan: its type (an ErlangLexer* constant) and the
// offsets, in characters, of its first character and of the character after it.
type Span struct {
	Type       int
	Start, End int32
}

// Scan appends to toks the tokens of src, skipping comments and white space as
// ErlangLexer does, and returns the extended slice.
func Scan(src []rune, toks []Span) []Span {
	s := scanner{src: src}
	for {
		s.skipBlank()
		if s.pos >= len(src) {
			return toks
		}
		start := s.pos
		ty := s.token()
		toks = append(toks, Span{Type: ty, Start: int32(start), End: int32(s.pos)})
	}
}

type scanner struct {
	src []rune
	pos int
}

// peek returns the character at pos+i, or -1 past the end.
func (s *scanner) peek(i int) rune {
	if s.pos+i < len(s.src) {
		return s.src[s.pos+i]
	}
	return -1
}

func isBlank(c rune) bool { return c >= 0 && c <= ' ' || c >= 0x80 && c <= 0xA0 }

func (s *scanner) skipBlank() {
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case isBlank(c):
			s.pos++
		case c == '%':
			for s.pos < len(s.src) && s.src[s.pos] != '\n' {
				s.pos++
			}
		default:
			return
		}
	}
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isAlnum(c rune) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isHex(c rune) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isAtomStart(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 0xDF && c <= 0xFF && c != 0xF7
}

func isVarStart(c rune) bool {
	return c >= 'A' && c <= 'Z' || c == '_' || c >= 0xC0 && c <= 0xDE && c != 0xD7
}

func isNameChar(c rune) bool {
	return isAlnum(c) || c == '_' || c == '@' || c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7
}

// token scans one token starting at a non-blank character.
func (s *scanner) token() int {
	c := s.src[s.pos]
	switch {
	case isAtomStart(c):
		start := s.pos
		s.name()
		return keyword(s.src[start:s.pos])
	case isVarStart(c):
		s.name()
		return ErlangLexerVAR
	case isDigit(c):
		return s.number()
	case c == '$':
		return s.char()
	case c == '\'':
		return s.quoted('\'', ErlangLexerQATOM, ErlangLexerUNTERMINATED_QATOM)
	case c == '"':
		return s.quoted('"', ErlangLexerSTRING, ErlangLexerUNTERMINATED_STRING)
	case c == '.':
		return s.dot()
	}
	return s.punct(c)
}

func (s *scanner) name() {
	s.pos++
	for s.pos < len(s.src) && isNameChar(s.src[s.pos]) {
		s.pos++
	}
}

// digits scans [0-9]+ ('_' [0-9]+)* and reports whether it found any.
func (s *scanner) digits() bool {
	if !isDigit(s.peek(0)) {
		return false
	}
	for {
		for isDigit(s.peek(0)) {
			s.pos++
		}
		if s.peek(0) == '_' && isDigit(s.peek(1)) {
			s.pos++
			continue
		}
		return true
	}
}

// number scans INTEGER (with an optional base part) or FLOAT.
func (s *scanner) number() int {
	s.digits()
	switch {
	case s.peek(0) == '#' && isAlnum(s.peek(1)):
		s.pos++
		for {
			for isAlnum(s.peek(0)) {
				s.pos++
			}
			if s.peek(0) == '_' && isAlnum(s.peek(1)) {
				s.pos++
				continue
			}
			return ErlangLexerINTEGER
		}
	case s.peek(0) == '.' && isDigit(s.peek(1)):
		s.pos++
		s.digits()
		if e := s.peek(0); e == 'e' || e == 'E' {
			save := s.pos
			s.pos++
			if sign := s.peek(0); sign == '+' || sign == '-' {
				s.pos++
			}
			if !s.digits() {
				s.pos = save
			}
		}
		return ErlangLexerFLOAT
	}
	return ErlangLexerINTEGER
}

// char scans a character literal: $c or $\escape.
func (s *scanner) char() int {
	switch s.peek(1) {
	case -1:
		s.pos++
		return ErlangLexerERROR_CHAR
	case '\\':
		if s.peek(2) == -1 {
			s.pos++
			return ErlangLexerERROR_CHAR
		}
		s.pos += 2
		s.escapeBody()
		return ErlangLexerCHAR
	}
	s.pos += 2
	return ErlangLexerCHAR
}

// escapeBody scans what follows a backslash in a character literal, taking the
// longest of the escape forms that matches.
func (s *scanner) escapeBody() {
	c := s.peek(0)
	switch {
	case c >= '0' && c <= '7':
		s.pos++
		for i := 0; i < 2 && s.peek(0) >= '0' && s.peek(0) <= '7'; i++ {
			s.pos++
		}
	case c == 'x' && s.peek(1) == '{':
		n := 2
		for isHex(s.peek(n)) {
			n++
		}
		if s.peek(n) == '}' {
			s.pos += n + 1
		} else {
			s.pos++
		}
	case c == 'x' && isHex(s.peek(1)) && isHex(s.peek(2)):
		s.pos += 3
	case c == '^' && s.peek(1) != -1:
		s.pos += 2
	default:
		s.pos++
	}
}

// quoted scans a quoted atom or a string; without its closing quote it is the
// unterminated kind and runs to the end of the input.
func (s *scanner) quoted(q rune, ok, unterminated int) int {
	s.pos++
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case q:
			s.pos++
			return ok
		case '\\':
			s.pos++
			if s.peek(0) == '^' && s.peek(1) != -1 {
				s.pos++
			}
			if s.pos < len(s.src) {
				s.pos++
			}
		default:
			s.pos++
		}
	}
	return unterminated
}

// dot scans FORM_END, DOT, DOTDOT or DOTDOTDOT.
func (s *scanner) dot() int {
	switch {
	case s.peek(1) == '.' && s.peek(2) == '.':
		s.pos += 3
		return ErlangLexerDOTDOTDOT
	case s.peek(1) == '.':
		s.pos += 2
		return ErlangLexerDOTDOT
	}
	s.pos++
	if c := s.peek(0); c == -1 || c == '%' || isBlank(c) {
		return ErlangLexerFORM_END
	}
	return ErlangLexerDOT
}

// punct scans an operator or separator, taking the longest that matches.
func (s *scanner) punct(c rune) int {
	for _, p := range puncts[c&0x7f] {
		if c < 0x80 && s.has(p.text) {
			s.pos += len(p.text)
			return p.typ
		}
	}
	s.pos++
	return ErlangLexerERROR_CHAR
}

// has reports whether text follows at pos.
func (s *scanner) has(text string) bool {
	for i, b := range []byte(text) {
		if s.peek(i) != rune(b) {
			return false
		}
	}
	return true
}

type punctTok struct {
	text string
	typ  int
}

// puncts lists the operators and separators by first character, longest first.
var puncts = func() (t [128][]punctTok) {
	for _, p := range []punctTok{
		{"=:=", ErlangLexerEXACT_EQ}, {"=/=", ErlangLexerEXACT_NEQ}, {"==", ErlangLexerEQEQ},
		{"=<", ErlangLexerLE}, {"=>", ErlangLexerDARROW}, {"=", ErlangLexerMATCH},
		{"::", ErlangLexerCOLONCOLON}, {":=", ErlangLexerASSOC_MATCH}, {":", ErlangLexerCOLON},
		{"||", ErlangLexerDPIPE}, {"|", ErlangLexerPIPE},
		{"->", ErlangLexerARROW}, {"--", ErlangLexerMINUSMINUS}, {"-", ErlangLexerMINUS},
		{"++", ErlangLexerPLUSPLUS}, {"+", ErlangLexerPLUS},
		{"/=", ErlangLexerNEQ}, {"/", ErlangLexerSLASH},
		{"<<", ErlangLexerBINOPEN}, {"<-", ErlangLexerLARROW}, {"<=", ErlangLexerLDARROW}, {"<", ErlangLexerLT},
		{">>", ErlangLexerBINCLOSE}, {">=", ErlangLexerGE}, {">", ErlangLexerGT},
		{"?=", ErlangLexerMAYBE_MATCH}, {"?", ErlangLexerQMARK},
		{"(", ErlangLexerLPAREN}, {")", ErlangLexerRPAREN}, {"{", ErlangLexerLBRACE}, {"}", ErlangLexerRBRACE},
		{"[", ErlangLexerLBRACK}, {"]", ErlangLexerRBRACK}, {",", ErlangLexerCOMMA}, {";", ErlangLexerSEMI},
		{"!", ErlangLexerSEND}, {"#", ErlangLexerHASH}, {"*", ErlangLexerSTAR},
	} {
		t[p.text[0]] = append(t[p.text[0]], p)
	}
	return t
}()

// keyword returns the reserved word's token type, or ATOM.
func keyword(name []rune) int {
	var buf [8]byte
	if len(name) > len(buf) {
		return ErlangLexerATOM
	}
	for i, c := range name {
		if c >= 0x80 {
			return ErlangLexerATOM
		}
		buf[i] = byte(c)
	}
	if kw, ok := keywords[string(buf[:len(name)])]; ok { // no allocation: a map lookup by converted bytes
		return kw
	}
	return ErlangLexerATOM
}

var keywords = map[string]int{
	"after": ErlangLexerAFTER, "and": ErlangLexerAND, "andalso": ErlangLexerANDALSO,
	"band": ErlangLexerBAND, "begin": ErlangLexerBEGIN, "bnot": ErlangLexerBNOT,
	"bor": ErlangLexerBOR, "bsl": ErlangLexerBSL, "bsr": ErlangLexerBSR,
	"bxor": ErlangLexerBXOR, "case": ErlangLexerCASE, "catch": ErlangLexerCATCH,
	"cond": ErlangLexerCOND, "div": ErlangLexerDIV, "end": ErlangLexerEND,
	"fun": ErlangLexerFUN, "if": ErlangLexerIF, "let": ErlangLexerLET,
	"not": ErlangLexerNOT, "of": ErlangLexerOF, "or": ErlangLexerOR,
	"orelse": ErlangLexerORELSE, "receive": ErlangLexerRECEIVE, "rem": ErlangLexerREM,
	"try": ErlangLexerTRY, "when": ErlangLexerWHEN, "xor": ErlangLexerXOR,
	"maybe": ErlangLexerMAYBE, "else": ErlangLexerELSE,
}
