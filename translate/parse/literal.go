package parse

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Literal decoding. The lexer keeps token text raw (quotes, escapes, bases and
// digit separators included); these functions turn that text into values the
// way erl_scan does, and name the problem in erl_scan's words when they cannot.

// maxAtomLen is the longest atom the runtime accepts, in characters.
const maxAtomLen = 255

// litError is a literal that erl_scan would reject. Offset is the index, in
// characters from the start of the token, of the character erl_scan points at.
type litError struct {
	Offset int
	Msg    string
}

func (e *litError) Error() string { return e.Msg }

var (
	errIllegalChar    = "illegal character"
	errIllegalInteger = "illegal integer"
	errIllegalFloat   = "illegal float"
	errIllegalAtom    = "illegal atom"
	errUntermChar     = "unterminated character"
)

// decodeString decodes the text of a STRING token, quotes included.
func decodeString(text string) ([]rune, *litError) {
	return decodeQuoted(text)
}

// decodeAtom decodes the text of an ATOM or QATOM token and checks its length.
func decodeAtom(text string) (string, *litError) {
	if text == "" || text[0] != '\'' {
		if utf8.RuneCountInString(text) > maxAtomLen {
			return "", &litError{0, errIllegalAtom}
		}
		return text, nil
	}
	rs, err := decodeQuoted(text)
	if err != nil {
		return "", err
	}
	if len(rs) > maxAtomLen {
		return "", &litError{0, errIllegalAtom}
	}
	return string(rs), nil
}

// decodeQuoted decodes a '...' or "..." literal, quotes included. The lexer
// guarantees the closing quote and that every backslash starts an escape.
func decodeQuoted(text string) ([]rune, *litError) {
	src := []rune(text)
	if len(src) < 2 {
		return nil, &litError{0, errIllegalChar}
	}
	body := src[1 : len(src)-1]
	out := make([]rune, 0, len(body))
	for i := 0; i < len(body); {
		if body[i] != '\\' {
			out = append(out, body[i])
			i++
			continue
		}
		r, n, ok := decodeEscape(body[i+1:])
		if !ok {
			return nil, &litError{i + 1, errIllegalChar}
		}
		out = append(out, r)
		i += 1 + n
	}
	return out, nil
}

// decodeChar decodes the text of a CHAR token: $c or $\escape.
func decodeChar(text string) (rune, *litError) {
	src := []rune(text)
	switch {
	case len(src) < 2 || src[0] != '$':
		return 0, &litError{0, errIllegalChar}
	case src[1] != '\\':
		if len(src) != 2 {
			return 0, &litError{0, errIllegalChar}
		}
		return src[1], nil
	case len(src) == 2:
		return 0, &litError{0, errUntermChar}
	}
	r, n, ok := decodeEscape(src[2:])
	if !ok || n != len(src)-2 {
		return 0, &litError{0, errIllegalChar}
	}
	return r, nil
}

// simpleEscapes are the one-letter escapes with a meaning of their own; any
// other escaped character stands for itself (\" \' \\ \z ...).
var simpleEscapes = [128]rune{
	'b': '\b', 'd': 0x7f, 'e': 0x1b, 'f': '\f', 'n': '\n',
	'r': '\r', 's': ' ', 't': '\t', 'v': '\v',
}

// decodeEscape decodes the escape sequence after a backslash. It returns the
// character, how many runes of s it used, and false if the escape is illegal.
func decodeEscape(s []rune) (rune, int, bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	c := s[0]
	switch {
	case c >= '0' && c <= '7':
		return octalEscape(s)
	case c == 'x':
		return hexEscape(s[1:])
	case c == '^':
		if len(s) < 2 {
			return 0, 0, false
		}
		return s[1] & 31, 2, true // \^a is control-A: the character's low five bits
	case c < 128 && simpleEscapes[c] != 0:
		return simpleEscapes[c], 1, true
	}
	return c, 1, true
}

// octalEscape decodes one to three octal digits: \0, \12, \101.
func octalEscape(s []rune) (rune, int, bool) {
	var v rune
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '7' {
		v = v*8 + s[n] - '0'
		n++
	}
	return v, n, true
}

// hexEscape decodes what follows \x: two hex digits, or {H...} with any
// number of digits naming a Unicode scalar value. It returns the runes used
// including the x.
func hexEscape(s []rune) (rune, int, bool) {
	if len(s) >= 1 && s[0] == '{' {
		end := 1
		for end < len(s) && s[end] != '}' {
			end++
		}
		if end == len(s) || end == 1 {
			return 0, 0, false
		}
		v, ok := hexValue(s[1:end])
		if !ok || !validChar(v) {
			return 0, 0, false
		}
		return rune(v), end + 2, true
	}
	if len(s) < 2 {
		return 0, 0, false
	}
	v, ok := hexValue(s[:2])
	return rune(v), 3, ok
}

// hexValue reads hex digits, saturating above the Unicode range so that
// long digit strings cannot overflow.
func hexValue(ds []rune) (int64, bool) {
	var v int64
	for _, d := range ds {
		k := digitValue(d)
		if k < 0 || k >= 16 {
			return 0, false
		}
		v = v*16 + int64(k)
		if v > utf8.MaxRune {
			v = utf8.MaxRune + 1
		}
	}
	return v, true
}

// validChar reports whether v is a Unicode scalar value (no surrogates).
func validChar(v int64) bool {
	return v >= 0 && v <= utf8.MaxRune && (v < 0xD800 || v > 0xDFFF)
}

// digitValue is the value of an alphanumeric digit in bases up to 36, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	}
	return -1
}

// decodeInteger decodes an INTEGER token: 42, 1_000, 16#ff, 36#ZZ. Big is
// non-nil only when the value does not fit in an int64.
func decodeInteger(text string) (int64, *big.Int, *litError) {
	base, digits := 10, text
	if i := strings.IndexByte(text, '#'); i >= 0 {
		b, err := strconv.Atoi(strings.ReplaceAll(text[:i], "_", ""))
		if err != nil || b < 2 || b > 36 {
			return 0, nil, &litError{0, "illegal base '" + strings.ReplaceAll(text[:i], "_", "") + "'"}
		}
		base, digits = b, text[i+1:]
	}
	if !validDigits(digits, base) {
		return 0, nil, &litError{0, errIllegalInteger}
	}
	digits = strings.ReplaceAll(digits, "_", "")
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil, nil
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return 0, nil, &litError{0, errIllegalInteger}
	}
	return 0, b, nil
}

// validDigits checks that s is digits of base, with single underscores only
// between digits.
func validDigits(s string, base int) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return false
	}
	for _, r := range s {
		if r == '_' {
			continue
		}
		if d := digitValue(r); d < 0 || d >= base {
			return false
		}
	}
	return true
}

// decodeFloat decodes a FLOAT token: 1.5, 2.0e-3, 1_000.5. Values too large
// for a float64 are illegal; values too small become 0.0 or subnormal, as in erl.
func decodeFloat(text string) (float64, *litError) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
	if math.IsInf(f, 0) || (err != nil && f == 0 && !isRangeErr(err)) {
		return 0, &litError{0, errIllegalFloat}
	}
	return f, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
