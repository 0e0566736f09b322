package rt

// io_lib:fread/2,3: formatted input, by io_lib_fread.erl's rules.
//
// fread/2 reads one string: {ok, Items, LeftOver}, {more, RestFormat,
// Nchars, InputStack} when the string ends before the format, or {error,
// {fread, What}}. fread/3 is the form an I/O server drives (io:fread):
// it gathers characters up to a newline, reads the line, and asks for
// more lines while the format wants more: {more, Continuation} or {done,
// Result, LeftOver}. The continuation {Format, Stack, N, Results} holds
// the rest of the format, the characters of the line so far (reversed),
// the count of characters read and the items so far (reversed), as
// OTP's does, so that it prints the same.
//
// Control sequences: ~d ~u ~- ~f ~s ~a ~c ~l ~# ~~, with * (suppress),
// a width, and t (Unicode) for ~s ~a ~c. White space in the format
// skips any white space in the input; other characters must match.

func init() {
	RegisterModule("io_lib", Export("fread", 2, IoLibFread2), Export("fread", 3, IoLibFread3))
}

var (
	atomFread       = Intern("fread")
	atomFrMore      = Intern("more")
	atomFrDone      = Intern("done")
	atomFrInput     = Intern("input")
	atomFrCharacter = Intern("character")
	atomFrUnsigned  = Intern("unsigned")
	atomFrBased     = Intern("based")
	atomFrFloat     = Intern("float")
	atomFrInteger   = Intern("integer")
	atomFrAtom      = Intern("atom")
)

// freadLine is the input of one read: characters, or end of file.
type freadLine struct {
	cs  []rune
	eof bool
}

// freadResult is what reading a format against a line gives.
type freadResult struct {
	kind   freadKind
	rest   freadLine // freadOK: the input left
	format []rune    // freadMore: the format still to read
	n      int64     // freadMore: characters read
	items  []Term    // freadOK, freadMore: the items read, in order
	what   Atom      // freadError
}

type freadKind int

const (
	freadOK freadKind = iota
	freadMore
	freadEOF
	freadError
)

func freadFail(what Atom) freadResult { return freadResult{kind: freadError, what: what} }

func isFreadWhite(c rune) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// freadField is one control sequence's modifiers.
type freadField struct {
	sup   bool  // *: read but do not return
	width int64 // -1: none
	uni   bool  // t
}

// parseFreadField reads the modifiers after ~: *, digits, t.
func parseFreadField(f []rune) (freadField, []rune) {
	fd := freadField{width: -1}
	if len(f) > 0 && f[0] == '*' {
		fd.sup, f = true, f[1:]
	}
	for len(f) > 0 && f[0] >= '0' && f[0] <= '9' {
		if fd.width < 0 {
			fd.width = 0
		}
		fd.width = 10*fd.width + int64(f[0]-'0')
		f = f[1:]
	}
	if len(f) > 0 && f[0] == 't' {
		fd.uni, f = true, f[1:]
	}
	return fd, f
}

// freadState is a read in progress.
type freadState struct {
	line  []rune
	n     int64
	items []Term
}

func (s *freadState) push(sup bool, v Term) {
	if !sup {
		s.items = append(s.items, v)
	}
}

func (s *freadState) skipWhite() {
	for len(s.line) > 0 && isFreadWhite(s.line[0]) {
		s.line, s.n = s.line[1:], s.n+1
	}
}

// fread reads format against line, having read n characters and items
// already.
func fread(format []rune, line freadLine, n int64, items []Term) freadResult {
	s := &freadState{line: line.cs, n: n, items: items}
	for f := format; ; {
		switch {
		case len(f) == 0:
			return freadResult{kind: freadOK, rest: freadLine{s.line, line.eof}, items: s.items}
		case f[0] == '~':
			fd, rest := parseFreadField(f[1:])
			if len(rest) > 0 && rest[0] == 'l' {
				s.push(fd.sup, BoxInt(Int(s.n)))
				f = rest[1:]
				continue
			}
			if r, stop := s.atEnd(line.eof, f); stop {
				return r
			}
			if len(rest) > 0 && rest[0] == '#' && !fd.uni {
				return s.based(fd, rest[1:])
			}
			what := s.control(fd, rest)
			if what != (Atom{}) {
				return freadFail(what)
			}
			f = rest[1:]
		case isFreadWhite(f[0]):
			f = f[1:]
			s.skipWhite()
		case len(s.line) > 0 && s.line[0] == f[0]:
			f, s.line, s.n = f[1:], s.line[1:], s.n+1
		case len(s.line) > 0:
			return freadFail(atomFrInput)
		default:
			if r, stop := s.atEnd(line.eof, f); stop {
				return r
			}
		}
	}
}

// atEnd is what a control sequence or a character of the format meets
// at the end of the line: a request for more, eof when nothing was read,
// an input error at end of file after something was.
func (s *freadState) atEnd(eof bool, f []rune) (freadResult, bool) {
	switch {
	case len(s.line) > 0:
		return freadResult{}, false
	case !eof:
		return freadResult{kind: freadMore, format: f, n: s.n, items: s.items}, true
	case s.n == 0 && len(s.items) == 0:
		return freadResult{kind: freadEOF}, true
	}
	return freadFail(atomFrInput), true
}

// control reads one control sequence (its character first in f) on a
// line that is not empty; it returns the error, or the zero Atom.
func (s *freadState) control(fd freadField, f []rune) Atom {
	if len(f) == 0 {
		return atomFormat
	}
	switch c := f[0]; {
	case c == 'f' && !fd.uni:
		cs, ok := s.numberChars(fd.width, s.floatChars)
		v, ok2 := parseFloatText(string(trimFreadWhite(cs, true, false)))
		if !ok || !ok2 {
			return atomFrFloat
		}
		s.push(fd.sup, v)
	case c == 'd' && !fd.uni:
		cs, ok := s.numberChars(fd.width, s.intChars)
		v, ok2 := parseIntText(string(trimFreadWhite(cs, true, false)), 10)
		if !ok || !ok2 {
			return atomFrInteger
		}
		s.push(fd.sup, v)
	case c == 'u' && !fd.uni && (fd.width < 0 || fd.width >= 2 && fd.width <= 36):
		base := 10
		if fd.width >= 0 {
			base = int(fd.width)
		}
		v, ok := parseIntText(string(s.digits(base)), base)
		if !ok {
			return atomFrUnsigned
		}
		s.push(fd.sup, v)
	case c == '-' && !fd.uni:
		sign := 1
		if len(s.line) > 0 && (s.line[0] == '-' || s.line[0] == '+') {
			if s.line[0] == '-' {
				sign = -1
			}
			s.line, s.n = s.line[1:], s.n+1
		}
		s.push(fd.sup, BoxInt(Int(sign)))
	case c == 's' || c == 'a' && (fd.width < 0 || !fd.uni):
		cs, ok := s.stringChars(fd)
		if !ok && c == 's' {
			return atomString
		} else if !ok {
			return atomFrAtom
		}
		cs = trimFreadWhite(cs, true, true)
		if c == 'a' {
			s.push(fd.sup, ErlangListToAtom1(nil, runesList(cs)))
		} else {
			s.push(fd.sup, runesList(cs))
		}
	case c == 'c':
		w := fd.width
		if w < 0 {
			w = 1
		}
		cs, ok := s.take(w, fd.uni)
		if !ok {
			return atomFrCharacter
		}
		s.push(fd.sup, runesList(cs))
	case c == '~' && s.line[0] == '~':
		s.line, s.n = s.line[1:], s.n+1
	default:
		return atomFormat
	}
	return Atom{}
}

// take reads exactly w characters of the line, none of them a newline
// (nor, unless uni, above 255); ok is false if there are not so many.
// The count of characters read goes up by w whatever happens, as OTP's.
func (s *freadState) take(w int64, uni bool) (cs []rune, ok bool) {
	s.n += w
	if int64(len(s.line)) < w {
		return nil, false
	}
	for _, c := range s.line[:w] {
		if c == '\n' || !uni && (c < 0 || c > 255) {
			return nil, false
		}
	}
	cs = s.line[:w]
	s.line = s.line[w:]
	return cs, true
}

// numberChars reads a number's characters: w of them, or with no width
// as scan reads them (white space skipped first).
func (s *freadState) numberChars(w int64, scan func() []rune) ([]rune, bool) {
	if w >= 0 {
		return s.take(w, false)
	}
	s.skipWhite()
	return scan(), true
}

// intChars reads an optional sign and decimal digits.
func (s *freadState) intChars() []rune {
	start := s.line
	s.sign()
	s.digits(10)
	return start[:len(start)-len(s.line)]
}

// floatChars reads a sign, digits and, after a point and digits, an
// optional exponent.
func (s *freadState) floatChars() []rune {
	start := s.line
	s.sign()
	s.digits(10)
	if len(s.line) > 0 && s.line[0] == '.' {
		s.line, s.n = s.line[1:], s.n+1
		s.digits(10)
		if len(s.line) > 0 && (s.line[0] == 'e' || s.line[0] == 'E') {
			s.line, s.n = s.line[1:], s.n+1
			s.sign()
			s.digits(10)
		}
	}
	return start[:len(start)-len(s.line)]
}

func (s *freadState) sign() {
	if len(s.line) > 0 && (s.line[0] == '+' || s.line[0] == '-') {
		s.line, s.n = s.line[1:], s.n+1
	}
}

// digits reads decimal digits and, for a base above 10, its letters in
// either case (decimal digits always, whatever the base, as OTP's).
func (s *freadState) digits(base int) []rune {
	i := 0
	for ; i < len(s.line); i++ {
		c := s.line[i]
		isDigit := c >= '0' && c <= '9' ||
			c >= 'A' && c < 'A'+rune(base)-10 || c >= 'a' && c < 'a'+rune(base)-10
		if !isDigit {
			break
		}
	}
	cs := s.line[:i]
	s.line, s.n = s.line[i:], s.n+int64(i)
	return cs
}

// stringChars reads ~s's and ~a's characters: w of them, or with no
// width the next word after white space (in Latin-1 mode a word ends
// before a character above 255, and one that starts with such is an
// error).
func (s *freadState) stringChars(fd freadField) ([]rune, bool) {
	if fd.width >= 0 {
		return s.take(fd.width, fd.uni)
	}
	s.skipWhite()
	i := 0
	for ; i < len(s.line) && !isFreadWhite(s.line[i]); i++ {
		if !fd.uni && (s.line[i] < 0 || s.line[i] > 255) {
			if i == 0 {
				return nil, false
			}
			break
		}
	}
	cs := s.line[:i]
	s.line, s.n = s.line[i:], s.n+int64(i)
	return cs, true
}

// trimFreadWhite drops white space at the start and at the end.
func trimFreadWhite(cs []rune, start, end bool) []rune {
	for start && len(cs) > 0 && isFreadWhite(cs[0]) {
		cs = cs[1:]
	}
	for end && len(cs) > 0 && isFreadWhite(cs[len(cs)-1]) {
		cs = cs[:len(cs)-1]
	}
	return cs
}

// based reads ~# (Base#Digits) and, as OTP's does within the same catch,
// the rest of the format: anything that fails there is a based error.
func (s *freadState) based(fd freadField, rest []rune) (r freadResult) {
	v, ok := s.basedNumber(fd.width)
	if !ok {
		return freadFail(atomFrBased)
	}
	s.push(fd.sup, v)
	if _, exc := Try(func() Term {
		r = fread(rest, freadLine{cs: s.line}, s.n, s.items)
		return nil
	}); exc != nil {
		return freadFail(atomFrBased)
	}
	return r
}

// basedNumber reads Base#Digits: with no width from the line (a negative
// base makes the number negative), with a width from that many
// characters, all of which must be the number.
func (s *freadState) basedNumber(w int64) (Term, bool) {
	if w >= 0 {
		cs, ok := s.take(w, false)
		if !ok {
			return nil, false
		}
		sub := &freadState{line: cs}
		sub.skipWhite()
		base, ok := parseIntText(string(sub.intChars()), 10)
		b, _ := IntOf(base)
		if !ok || len(sub.line) == 0 || sub.line[0] != '#' || b < 2 || b > 36 {
			return nil, false
		}
		return parseIntText(string(sub.line[1:]), int(b))
	}
	s.skipWhite()
	base, ok := parseIntText(string(s.intChars()), 10)
	if !ok || len(s.line) == 0 || s.line[0] != '#' {
		return nil, false
	}
	s.line, s.n = s.line[1:], s.n+1
	b, isSmall := IntOf(base)
	neg := b < 0
	if neg {
		b = -b
	}
	if !isSmall || b < 2 || b > 36 {
		return nil, false
	}
	ds := string(s.digits(int(b)))
	if neg {
		ds = "-" + ds
	}
	return parseIntText(ds, int(b))
}
