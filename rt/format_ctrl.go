package rt

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The control sequences of io_lib:format other than ~p and the floats:
// ~w ~W ~s ~c ~~ and the integer controls ~b ~B ~x ~X ~+ ~#, with BEAM's
// rules for field width, precision and padding.

// controlWrite is ~w and ~W: the written term fitted to the field.
func controlWrite(out []rune, s fmtSpec) []rune {
	depth := -1
	if s.ctrl == 'W' {
		depth = depthArg(s.args[1])
	}
	chars := termWriter{unicode: s.unicode, deep: s.deep}.term(nil, s.args[0], depth)
	return termField(out, chars, s)
}

// termField fits text into the field (io_lib_format's term/5): padded to
// the width, or, when longer than the precision or width, replaced by
// that many stars.
func termField(out, text []rune, s fmtSpec) []rune {
	width, prec := s.width, s.prec
	if width == noField && prec == noField {
		return append(out, text...)
	}
	if width == noField {
		width = prec
	}
	n := charsLength(text)
	p := width
	if prec != noField && prec < width {
		p = prec
	}
	if n > p {
		return adjustField(out, appendChars(nil, '*', p, false, s.deep), width-p, s)
	}
	return adjustField(out, text, width-n, s)
}

// adjustField appends data with padding characters on the side that the
// adjustment leaves free.
func adjustField(out, data []rune, padding int, s fmtSpec) []rune {
	if padding < 0 {
		failFormat()
	}
	return appendAdjusted(out, data, s.pad, padding, s.left, s.deep)
}

func repeatRune(c rune, n int) []rune {
	return appendRepeat(nil, c, n)
}

// controlString is ~s and ~ts: a string, binary, atom or iolist.
func controlString(out []rune, s fmtSpec) []rune {
	var chars []rune
	if a, ok := s.args[0].(Atom); ok {
		chars = []rune(a.Name())
		if !s.unicode {
			mustLatin1(chars)
		}
	} else {
		chars = charsArgMarked(nil, s.args[0], s.unicode, s.deep)
	}
	return stringField(out, chars, s)
}

func mustLatin1(chars []rune) {
	for _, c := range chars {
		if c > 0xFF {
			failFormat()
		}
	}
}

// charsArg flattens the argument of ~s: characters (0..255 without t,
// any non-negative integer with t), nested lists and binaries, also as an
// improper tail. Under ~ts a binary is UTF-8 if it is valid UTF-8, else
// Latin-1.
func charsArg(out []rune, t Term, unicode bool) []rune {
	return charsArgMarked(out, t, unicode, false)
}

// charsArgMarked is charsArg keeping the argument's shape in deep mode,
// as io_lib_format's iolist_to_chars and cdata_to_chars do: a nested list
// or binary is a sublist, a binary tail is spliced.
func charsArgMarked(out []rune, t Term, unicode, deep bool) []rune {
	for {
		switch v := t.(type) {
		case Nil:
			return out
		case *Binary:
			return appendBinaryChars(out, v, unicode)
		case *Cons:
			switch h := v.Head.(type) {
			case Small:
				c := h.Int()
				if c < 0 || !unicode && c > 0xFF {
					failFormat()
				}
				out = append(out, rune(c))
			case *Cons, Nil, *Binary:
				out = openIf(out, deep)
				out = charsArgMarked(out, h, unicode, deep)
				out = closeIf(out, deep)
			default:
				failFormat()
			}
			t = v.Tail
		default:
			failFormat()
		}
	}
}

func appendBinaryChars(out []rune, b *Binary, unicode bool) []rune {
	if b.Trail != 0 {
		failFormat()
	}
	if unicode && utf8.Valid(b.Data) {
		return append(out, []rune(string(b.Data))...)
	}
	for _, c := range b.Data {
		out = append(out, rune(c))
	}
	return out
}

// stringField applies width and precision to a string: the precision
// truncates or pads to P characters, then the width pads (never
// truncates below P); a width smaller than the precision is an error.
func stringField(out, chars []rune, s fmtSpec) []rune {
	width, prec := s.width, s.prec
	n := charsLength(chars)
	switch {
	case width == noField && prec == noField:
		return append(out, chars...)
	case prec == noField:
		return fieldOf(out, chars, n, width, s, s.left)
	case width == noField:
		return fieldOf(out, chars, n, prec, s, true)
	case width < prec:
		failFormat()
	case width == prec:
		return fieldOf(out, chars, n, width, s, s.left)
	}
	switch {
	case n > prec:
		chars = truncChars(flatChars(chars), prec)
	case n < prec: // [S|chars(Pad, P-N)]
		data := appendElem(nil, chars, s.deep)
		chars = appendChars(data, s.pad, prec-n, false, s.deep)
	}
	return adjustField(out, chars, width-prec, s)
}

// fieldOf is string_field: truncate to or pad up to width characters.
func fieldOf(out, chars []rune, n, width int, s fmtSpec, left bool) []rune {
	if n > width {
		return append(out, truncChars(flatChars(chars), width)...)
	}
	s.left = left
	return adjustField(out, chars, width-n, s)
}

// truncChars keeps the first n characters (clusters, for Unicode text).
func truncChars(chars []rune, n int) []rune {
	if n < 0 {
		failFormat()
	}
	if charsLength(chars) == len(chars) {
		return chars[:min(n, len(chars))]
	}
	count := 0
	for i, r := range chars {
		if i > 0 && continuesCluster(chars[i-1], r) {
			continue
		}
		if count == n {
			return chars[:i]
		}
		count++
	}
	return chars
}

// controlChar is ~c: the character repeated; without t only its low 8 bits.
func controlChar(out []rune, s fmtSpec) []rune {
	var c int64
	switch v := s.args[0].(type) {
	case Small:
		c = int64(v.Int())
	case *BigInt:
		c = new(big.Int).And(&v.v, big.NewInt(0xFF)).Int64()
	default:
		failFormat()
	}
	if !s.unicode {
		c &= 0xFF
	}
	return charField(out, rune(c), s)
}

// charField is char/5: width alone repeats the character width times,
// precision the character and width the padding.
func charField(out []rune, c rune, s fmtSpec) []rune {
	switch {
	case s.width == noField && s.prec == noField:
		return append(out, c)
	case s.prec == noField:
		return appendRepeat(out, c, s.width)
	case s.width == noField:
		return appendRepeat(out, c, s.prec)
	case s.width < s.prec:
		failFormat()
	}
	return adjustField(out, repeatRune(c, s.prec), s.width-s.prec, s)
}

// controlInteger is ~b ~B (no prefix), ~x ~X (prefix argument) and ~+ ~#
// (prefix Base#); the precision is the base, 2 to 36. ~b ~x ~+ write
// letters in lower case.
func controlInteger(out []rune, s fmtSpec) []rune {
	base := 10
	if s.prec != noField {
		base = s.prec
	}
	if base < 2 || base > 36 {
		failFormat()
	}
	neg, digits := integerDigits(s.args[0], base)
	if s.ctrl == 'B' || s.ctrl == 'X' || s.ctrl == '#' {
		digits = strings.ToUpper(digits)
	}
	var text []rune
	if neg {
		text = append(text, '-')
	}
	switch s.ctrl {
	case 'x', 'X':
		text = appendPrefix(text, s.args[1])
	case '+', '#':
		text = appendASCII(text, strconv.Itoa(base)+"#")
	}
	text = appendASCII(text, digits)
	s.prec = noField
	return termField(out, text, s)
}

// integerDigits returns |i| in base, lower case, and whether i < 0.
func integerDigits(t Term, base int) (bool, string) {
	switch v := t.(type) {
	case Small:
		n := v.Int()
		if n < 0 {
			return true, strconv.FormatUint(-uint64(n), base)
		}
		return false, strconv.FormatInt(int64(n), base)
	case *BigInt:
		s := v.v.Text(base)
		if s[0] == '-' {
			return true, s[1:]
		}
		return false, s
	}
	failFormat()
	return false, ""
}

// appendPrefix adds the prefix of ~x: an atom's name or a deep list of
// characters.
func appendPrefix(out []rune, p Term) []rune {
	if a, ok := p.(Atom); ok {
		return append(out, []rune(a.Name())...)
	}
	return deepChars(out, p)
}

// deepChars flattens a deep list of Unicode characters (no binaries).
func deepChars(out []rune, t Term) []rune { return charsOf(out, t, false) }

// charsOf appends the characters of a deep list of Unicode characters (no
// binaries); with marks, each sublist goes between mkOpen and mkClose (the
// deep results of io_lib, format_deep.go).
func charsOf(out []rune, t Term, marks bool) []rune {
	for {
		switch v := t.(type) {
		case Nil:
			return out
		case *Cons:
			switch h := v.Head.(type) {
			case Small:
				c := h.Int()
				if !isUnicodeChar(int64(c)) {
					failFormat()
				}
				out = append(out, rune(c))
			case *Cons, Nil:
				if marks {
					out = append(out, mkOpen)
				}
				out = charsOf(out, h, marks)
				if marks {
					out = append(out, mkClose)
				}
			default:
				failFormat()
			}
			t = v.Tail
		default:
			failFormat()
		}
	}
}

// isUnicodeChar: a code point that may appear in a Unicode string.
func isUnicodeChar(c int64) bool {
	return c >= 0 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE || c > 0xFFFF && c <= 0x10FFFF
}
