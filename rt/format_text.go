package rt

import (
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
)

// This file writes atoms and strings with Erlang's quoting and escapes
// (io_lib:write_atom, write_string and their latin1 variants) and decides
// which lists and binaries ~p shows as text.

// escapeMode says which characters from 160 up a quoted text may hold raw.
type escapeMode int

const (
	escLatin1   escapeMode = iota // text known to be Latin-1: 160..255 raw
	escUnicode                    // every character from 160 up raw
	escAsLatin1                   // 160..255 raw, above as \x{HEX}
)

// PrintableUnicode is the +pc flag: false (BEAM's default, +pc latin1)
// makes ~p and ~tp show only lists of Latin-1 characters as strings.
var PrintableUnicode = false

// reservedWords are the atoms that must be quoted because erl_scan reads
// them as keywords (OTP 25 without the maybe feature).
var reservedWords = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true,
	"begin": true, "bnot": true, "bor": true, "bsl": true, "bsr": true,
	"bxor": true, "case": true, "catch": true, "cond": true, "div": true,
	"end": true, "fun": true, "if": true, "let": true, "not": true,
	"of": true, "or": true, "orelse": true, "receive": true, "rem": true,
	"try": true, "when": true, "xor": true,
}

// appendAtom writes a, quoted when it would not read back unquoted. With
// unicode false (io_lib:write_atom_as_latin1) characters above 255 become
// \x{HEX}.
func appendAtom(out []rune, a Atom, unicode bool) []rune {
	name := a.Name()
	if !atomNeedsQuotes(name) {
		for _, r := range name {
			out = append(out, r)
		}
		return out
	}
	mode := escAsLatin1
	if unicode {
		mode = escUnicode
	}
	return appendQuoted(out, []rune(name), '\'', mode)
}

// maybeKeywords is set when maybe and else are reserved words too: OTP 25
// quotes them when the runtime enables the maybe_expr feature (erl
// -enable-feature maybe_expr), as a program that uses maybe must.
var maybeKeywords atomic.Bool

// EnableMaybeExpr makes maybe and else reserved words; the init of a
// generated module that uses maybe calls it.
func EnableMaybeExpr() { maybeKeywords.Store(true) }

// reservedWord tells whether an atom named name needs quotes as a keyword.
func reservedWord(name string) bool {
	return reservedWords[name] || (name == "maybe" || name == "else") && maybeKeywords.Load()
}

// atomNeedsQuotes: an unquoted atom starts with a lower-case letter
// (Latin-1 ones included) and goes on with letters, digits, _ and @.
func atomNeedsQuotes(name string) bool {
	if name == "" || reservedWord(name) {
		return true
	}
	for i, r := range name {
		if i == 0 && !isLowerLetter(r) {
			return true
		}
		if !isLowerLetter(r) && !isNameChar(r) {
			return true
		}
	}
	return false
}

func isLowerLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7
}

func isNameChar(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0xDE && r != 0xD7 ||
		r >= '0' && r <= '9' || r == '_' || r == '@'
}

// appendQuoted writes s between quote characters q with Erlang's escapes.
func appendQuoted(out []rune, s []rune, q rune, mode escapeMode) []rune {
	out = append(out, q)
	for _, c := range s {
		out = appendEscaped(out, c, q, mode)
	}
	return append(out, q)
}

// appendEscaped writes one character of a quoted string or atom.
func appendEscaped(out []rune, c, q rune, mode escapeMode) []rune {
	switch {
	case c == q || c == '\\':
		return append(out, '\\', c)
	case c >= ' ' && c <= '~':
		return append(out, c)
	case c >= 0xA0 && (c <= 0xFF || mode == escUnicode):
		return append(out, c)
	case c > 0xFF && mode == escAsLatin1:
		return appendASCII(out, `\x{`+strings.ToUpper(strconv.FormatInt(int64(c), 16))+"}")
	}
	if e, ok := namedEscapes[c]; ok {
		return append(out, '\\', e)
	}
	// Other control characters (and, in latin1 mode, anything left) as
	// three octal digits.
	return append(out, '\\', '0'+(c>>6), '0'+(c>>3)&7, '0'+c&7)
}

var namedEscapes = map[rune]rune{
	'\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\b': 'b', '\f': 'f',
	0x1B: 'e', 0x7F: 'd',
}

// isPrintableLatin1 is io_lib:printable_latin1_list/1 on one character.
func isPrintableLatin1(c int64) bool {
	return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xFF || isPrintableControl(c)
}

// isPrintableUnicode is io_lib:printable_unicode_list/1 on one character.
func isPrintableUnicode(c int64) bool {
	return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c < 0xD800 ||
		c > 0xDFFF && c < 0xFFFE || c > 0xFFFF && c <= 0x10FFFF ||
		isPrintableControl(c)
}

// isPrintableControl: the control characters that a string may hold and
// still print as a string, written as \n \r \t \v \b \f \e.
func isPrintableControl(c int64) bool {
	switch c {
	case '\n', '\r', '\t', '\v', '\b', '\f', 0x1B:
		return true
	}
	return false
}

// printableChars returns the characters of t if t is a non-empty proper
// list of characters that io_lib:printable_list/1 accepts (under the +pc
// range), else nil.
func printableChars(t Term) []rune {
	var rs []rune
	for {
		switch v := t.(type) {
		case Nil:
			return rs
		case *Cons:
			c, ok := IntOf(v.Head)
			if !ok || !isPrintableChar(int64(c)) {
				return nil
			}
			rs = append(rs, rune(c))
			t = v.Tail
		default:
			return nil
		}
	}
}

func isPrintableChar(c int64) bool {
	if PrintableUnicode {
		return isPrintableUnicode(c)
	}
	return isPrintableLatin1(c)
}

// charsLength is io_lib:chars_length/1: the number of characters, except
// that text with characters above 255 counts grapheme clusters, as
// string:length does. We approximate clusters: a combining mark, a
// zero-width joiner and the character after it, and \n after \r do not
// start a new one. The marks of deep mode (format_deep.go) do not count.
func charsLength(s []rune) int {
	n, marks := 0, 0
	latin1 := true
	for _, r := range s {
		switch {
		case isMark(r):
			marks++
		case r > 0xFF:
			latin1 = false
		}
	}
	if latin1 {
		return len(s) - marks
	}
	if marks > 0 {
		s = flatChars(s)
	}
	for i, r := range s {
		if i > 0 && continuesCluster(s[i-1], r) {
			continue
		}
		n++
	}
	return n
}

func continuesCluster(prev, r rune) bool {
	return prev == '\r' && r == '\n' || prev == 0x200D || r == 0x200D ||
		r >= 0 && r <= unicode.MaxRune && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r))
}
