package preproc

// Decoding literal tokens into values, and printing values the way Erlang's
// io_lib does. epp needs both: directives look at values (include file
// names, -file lines, atoms written quoted or not), and ??Arg and the -error
// message print tokens and terms exactly as io_lib would.

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// errIllegalChar is erl_scan's {illegal,character}: a bad escape sequence.
var errIllegalChar = errors.New("illegal character")

// decodeQuoted decodes the text of a STRING or QATOM token, quotes included.
func decodeQuoted(text string) (string, error) {
	if len(text) < 2 {
		return "", errIllegalChar
	}
	body := text[1 : len(text)-1]
	if strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		if body[i] != '\\' {
			r, n := utf8.DecodeRuneInString(body[i:])
			b.WriteRune(r)
			i += n
			continue
		}
		r, n, err := unescape(body[i+1:])
		if err != nil {
			return "", err
		}
		b.WriteRune(r)
		i += 1 + n
	}
	return b.String(), nil
}

// decodeChar decodes the text of a CHAR token ("$a", "$\n").
func decodeChar(text string) (rune, error) {
	if len(text) < 2 {
		return 0, errIllegalChar
	}
	if text[1] != '\\' {
		r, _ := utf8.DecodeRuneInString(text[1:])
		return r, nil
	}
	r, _, err := unescape(text[2:])
	return r, err
}

// unescape decodes the escape sequence that follows a backslash at the start
// of s, returning the character and the number of bytes used.
func unescape(s string) (rune, int, error) {
	if s == "" {
		return 0, 0, errIllegalChar
	}
	switch c := s[0]; {
	case c >= '0' && c <= '7':
		n, v := 1, rune(c-'0')
		for n < 3 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			v = v*8 + rune(s[n]-'0')
			n++
		}
		return v, n, nil
	case c == 'x':
		return unescapeHex(s)
	case c == '^':
		if len(s) < 2 {
			return 0, 1, errIllegalChar
		}
		r, n := utf8.DecodeRuneInString(s[1:])
		return r & 31, 1 + n, nil
	}
	r, n := utf8.DecodeRuneInString(s)
	if e, ok := simpleEscapes[r]; ok {
		return e, n, nil
	}
	return r, n, nil
}

// simpleEscapes maps the letter of a one-letter escape to its character.
var simpleEscapes = map[rune]rune{
	'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', 'b': '\b',
	'f': '\f', 'e': 27, 's': ' ', 'd': 127,
}

// unescapeHex decodes "xHH" or "x{H...}".
func unescapeHex(s string) (rune, int, error) {
	if len(s) >= 2 && s[1] == '{' {
		end := strings.IndexByte(s, '}')
		if end < 0 {
			return 0, 0, errIllegalChar
		}
		v, err := strconv.ParseUint(s[2:end], 16, 32)
		if err != nil || !validRune(v) {
			return 0, 0, errIllegalChar
		}
		return rune(v), end + 1, nil
	}
	if len(s) >= 3 && isHex(s[1]) && isHex(s[2]) {
		v, _ := strconv.ParseUint(s[1:3], 16, 8)
		return rune(v), 3, nil
	}
	return 0, 0, errIllegalChar
}

func validRune(v uint64) bool { return v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF) }

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// decodeInt decodes the text of an INTEGER token ("42", "16#ff", "1_000").
func decodeInt(text string) (*big.Int, error) {
	text = strings.ReplaceAll(text, "_", "")
	base := 10
	if i := strings.IndexByte(text, '#'); i >= 0 {
		b, err := strconv.Atoi(text[:i])
		if err != nil || b < 2 || b > 36 {
			return nil, &baseError{text[:i]}
		}
		base, text = b, text[i+1:]
	}
	v, ok := new(big.Int).SetString(text, base)
	if !ok {
		return nil, errors.New("illegal integer")
	}
	return v, nil
}

// baseError is erl_scan's {base,B}.
type baseError struct{ base string }

func (e *baseError) Error() string {
	return "illegal base '" + strings.TrimLeft(e.base, "0") + "'"
}

// decodeFloat decodes the text of a FLOAT token.
func decodeFloat(text string) (float64, error) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, errors.New("illegal float")
	}
	return f, nil
}

// reservedWords are the words erl_scan:reserved_word/1 knows in OTP 25 (maybe
// and else only with the maybe_expr feature, which io_lib does not consult).
var reservedWords = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true, "begin": true,
	"bnot": true, "bor": true, "bsl": true, "bsr": true, "bxor": true,
	"case": true, "catch": true, "cond": true, "div": true, "end": true,
	"fun": true, "if": true, "let": true, "not": true, "of": true, "or": true,
	"orelse": true, "receive": true, "rem": true, "try": true, "when": true,
	"xor": true,
}

// atomNeedsQuotes follows io_lib:quote_atom/2.
func atomNeedsQuotes(s string) bool {
	if reservedWords[s] || s == "" {
		return true
	}
	r, n := utf8.DecodeRuneInString(s)
	if !(r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7) {
		return true
	}
	for _, r := range s[n:] {
		if !isNameChar(r) {
			return true
		}
	}
	return false
}

// isNameChar is io_lib's name_char/1: Latin-1 letters, digits, _ and @.
func isNameChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '@':
		return true
	case r >= 0xDF && r <= 0xFF && r != 0xF7, r >= 0xC0 && r <= 0xDE && r != 0xD7:
		return true
	}
	return false
}

// writeAtom prints an atom as ~w does (io_lib:write_atom_as_latin1/1).
func writeAtom(s string) string {
	if !atomNeedsQuotes(s) {
		return s
	}
	return writeQuoted(s, '\'', true)
}

// writeAtomUnicode prints an atom as ~tp does (io_lib:write_atom/1).
func writeAtomUnicode(s string) string {
	if !atomNeedsQuotes(s) {
		return s
	}
	return writeQuoted(s, '\'', false)
}

// writeString prints a string as io_lib:write_string/1 does.
func writeString(s string) string { return writeQuoted(s, '"', false) }

// writeQuoted follows io_lib's string_char/4: printable ASCII and (unless
// latin1) everything from \240 up is written as is, the rest escaped.
func writeQuoted(s string, q rune, latin1 bool) string {
	var b strings.Builder
	b.WriteRune(q)
	for _, c := range s {
		writeStringChar(&b, c, q, latin1)
	}
	b.WriteRune(q)
	return b.String()
}

func writeStringChar(b *strings.Builder, c, q rune, latin1 bool) {
	switch {
	case c == q || c == '\\':
		b.WriteByte('\\')
		b.WriteRune(c)
	case c >= ' ' && c <= '~':
		b.WriteRune(c)
	case c >= 0xA0 && (!latin1 || c <= 0xFF):
		b.WriteRune(c)
	case c > 0xFF:
		b.WriteString(`\x{` + strings.ToUpper(strconv.FormatInt(int64(c), 16)) + "}")
	default:
		if e, ok := controlEscapes[c]; ok {
			b.WriteString(e)
			return
		}
		b.WriteByte('\\')
		b.WriteByte(byte('0' + c>>6&7))
		b.WriteByte(byte('0' + c>>3&7))
		b.WriteByte(byte('0' + c&7))
	}
}

// controlEscapes are the control characters io_lib writes with a letter.
var controlEscapes = map[rune]string{
	'\n': `\n`, '\r': `\r`, '\t': `\t`, '\v': `\v`, '\b': `\b`,
	'\f': `\f`, 27: `\e`, 127: `\d`,
}

// writeChar prints a character as io_lib:write_char/1 does.
func writeChar(c rune) string {
	if c == ' ' {
		return `$\s`
	}
	var b strings.Builder
	b.WriteByte('$')
	writeStringChar(&b, c, -1, false)
	return b.String()
}

// writeFloat prints a float as ~w does (float_to_list(F, [short])): the
// shortest digits that read back exactly, in plain or exponent notation,
// whichever is shorter (plain on a tie).
func writeFloat(f float64) string {
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	neg := ""
	if e[0] == '-' {
		neg, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	sci := digits[:1] + "." + orZero(digits[1:]) + "e" + strconv.Itoa(exp)
	var plain string
	switch {
	case exp < 0:
		plain = "0." + strings.Repeat("0", -exp-1) + digits
	case exp+1 >= len(digits):
		plain = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	default:
		plain = digits[:exp+1] + "." + digits[exp+1:]
	}
	// Plain notation only while the digits are exact integers (below 2^53).
	if len(sci) < len(plain) || math.Abs(f) >= 1<<53 {
		return neg + sci
	}
	return neg + plain
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// tokenSrc prints a token as epp's stringify does (token_src/1): symbols
// and keywords as themselves, variables by name, literals by value with ~w,
// characters with write_char and strings with write_string. So escapes and
// bases are normalised: ??X of 16#ff is "255".
func tokenSrc(t Token) string {
	switch t.Type {
	case tVAR:
		return t.Text
	case tATOM:
		return writeAtom(t.Text)
	case tQATOM:
		if s, err := decodeQuoted(t.Text); err == nil {
			return writeAtom(s)
		}
	case tSTRING:
		if s, err := decodeQuoted(t.Text); err == nil {
			return writeString(s)
		}
	case tCHAR:
		if c, err := decodeChar(t.Text); err == nil {
			return writeChar(c)
		}
	case tINTEGER:
		if v, err := decodeInt(t.Text); err == nil {
			return v.String()
		}
	case tFLOAT:
		if f, err := decodeFloat(t.Text); err == nil {
			return writeFloat(f)
		}
	}
	return t.Text
}

// stringify is epp's ??Arg: the tokens' sources joined by single spaces.
func stringify(ts []Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tokenSrc(t))
	}
	return b.String()
}
