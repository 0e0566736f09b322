package preproc

// Lexical errors, the erl_scan way. The ANTLR lexer is more lenient than
// erl_scan in a few places (escapes, bases, long atoms); here each token
// is checked as erl_scan would scan it. When erl_scan fails, it reports
// the error, drops the tokens of the form read so far, and goes on
// scanning right after the point of failure, which may be in the middle of
// a string. We do the same by lexing the file again from that point.

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A scanProblem is where erl_scan would stop in a token. Offsets are in
// characters from the start of the file.
type scanProblem struct {
	msg    string // the error; "" when the token is only cut short
	at     int    // where the error is reported
	resume int    // where scanning goes on
}

// checkToken returns how erl_scan disagrees with token t, which starts at
// offset off in a file of size size.
func checkToken(t Token, off, size int) (scanProblem, bool) {
	switch t.Type {
	case tSTRING, tQATOM, tUntermString, tUntermQAtom, tCHAR:
		return checkQuoted(t, off, size)
	case tATOM:
		if len(t.Text) > 255 && utf8.RuneCountInString(t.Text) > 255 {
			return scanProblem{"illegal atom", off, off + utf8.RuneCountInString(t.Text)}, true
		}
	case tErrorChar:
		if t.Text == "$" {
			return scanProblem{"unterminated character", off, size}, true
		}
		if r, _ := utf8.DecodeRuneInString(t.Text); r > 0xFF {
			return scanProblem{"illegal character", off, off + 1}, true
		}
	case tINTEGER:
		if strings.IndexByte(t.Text, '#') >= 0 {
			return checkBased(t.Text, off)
		}
	case tFLOAT:
		if _, err := decodeFloat(t.Text); err != nil {
			return scanProblem{"illegal float", off, off + len(t.Text)}, true
		}
	}
	return scanProblem{}, false
}

// checkQuoted checks the escapes of a string, quoted atom or character,
// then that a string or atom is terminated, then the length of an atom.
func checkQuoted(t Token, off, size int) (scanProblem, bool) {
	switch t.Type {
	case tSTRING, tCHAR:
		if strings.IndexByte(t.Text, '\\') < 0 {
			return scanProblem{}, false
		}
	case tQATOM:
		if strings.IndexByte(t.Text, '\\') < 0 && len(t.Text) < 256 {
			return scanProblem{}, false
		}
	}
	rs := []rune(t.Text)
	for i := 1; i < len(rs); i++ {
		if rs[i] != '\\' {
			continue
		}
		n, ok := escapeLen(rs[i+1:])
		if !ok {
			return scanProblem{"illegal character", off + i, off + i + 1 + n}, true
		}
		i += n
		if t.Type == tCHAR {
			break
		}
	}
	switch t.Type {
	case tUntermString, tUntermQAtom:
		q := rs[0]
		what := "string"
		if q == '\'' {
			what = "atom"
		}
		msg := "unterminated " + what + " starting with " + writeQuoted(untermHead(t.Text), q, false)
		return scanProblem{msg, off, size}, true
	case tQATOM:
		if s, err := decodeQuoted(t.Text); err == nil && utf8.RuneCountInString(s) > 255 {
			return scanProblem{"illegal atom", off, off + len(rs)}, true
		}
	}
	return scanProblem{}, false
}

// escapeLen returns how many characters after a backslash erl_scan's
// scan_escape reads, and whether the escape is valid; when it is not, the
// count is where erl_scan resumes.
func escapeLen(rs []rune) (int, bool) {
	if len(rs) == 0 {
		return 0, true // the lexer only allows this at end of input
	}
	switch {
	case rs[0] == 'x' && len(rs) > 1 && rs[1] == '{':
		n := 2
		for n < len(rs) && isHex(byteOf(rs[n])) {
			n++
		}
		if n == len(rs) || rs[n] != '}' {
			return n, false
		}
		v, err := strconv.ParseUint(string(rs[2:n]), 16, 32)
		return n + 1, err == nil && n > 2 && validRune(v)
	case rs[0] == 'x':
		if len(rs) >= 3 && isHex(byteOf(rs[1])) && isHex(byteOf(rs[2])) {
			return 3, true
		}
		return 1, false
	case rs[0] == '^':
		return min(2, len(rs)), true
	case rs[0] >= '0' && rs[0] <= '7':
		n := 1
		for n < 3 && n < len(rs) && rs[n] >= '0' && rs[n] <= '7' {
			n++
		}
		return n, true
	}
	return 1, true
}

// byteOf narrows a rune for isHex (non-ASCII runes are never hex digits).
func byteOf(r rune) byte {
	if r > 0x7F {
		return 0
	}
	return byte(r)
}

// checkBased checks an integer B#Digits as erl_scan scans it: a base out of
// 2..36 is an error after the base, no digit is an error after the '#',
// and digits stop at the first character that is not one in that base.
func checkBased(text string, off int) (scanProblem, bool) {
	hash := strings.IndexByte(text, '#')
	base, err := strconv.Atoi(strings.ReplaceAll(text[:hash], "_", ""))
	if err != nil || base < 2 || base > 36 {
		return scanProblem{(&baseError{text[:hash]}).Error(), off, off + hash}, true
	}
	digits := text[hash+1:]
	n := 0
	for n < len(digits) {
		if digitIn(digits[n], base) {
			n++
		} else if digits[n] == '_' && n > 0 && n+1 < len(digits) && digitIn(digits[n+1], base) {
			n += 2
		} else {
			break
		}
	}
	switch {
	case n == 0:
		return scanProblem{"illegal integer", off, off + hash + 1}, true
	case n < len(digits):
		return scanProblem{"", off, off + hash + 1 + n}, true
	}
	return scanProblem{}, false
}

func digitIn(c byte, base int) bool {
	var d int
	switch {
	case c >= '0' && c <= '9':
		d = int(c - '0')
	case c >= 'a' && c <= 'z':
		d = int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		d = int(c-'A') + 10
	default:
		return false
	}
	return d < base
}

// untermHead is what erl_scan quotes of an unterminated string: its first
// 16 characters, escapes decoded.
func untermHead(text string) string {
	body := text[1:]
	var out []rune
	for i := 0; i < len(body) && len(out) < 16; {
		if body[i] == '\\' {
			r, n, err := unescape(body[i+1:])
			if err != nil {
				break
			}
			out = append(out, r)
			i += 1 + n
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		out = append(out, r)
		i += n
	}
	return string(out)
}

// scanCheck looks for the first token of toks[s:e] (the form just read)
// that erl_scan scans differently. It reports the error (unless skipping),
// then makes the input continue where erl_scan would, and returns false:
// the caller reads again. It returns true if the form is fine.
func (p *state) scanCheck(s, e int, skipping bool) bool {
	lf := p.in.lf
	size := lf.file.Size()
	for k := s; k < e; k++ {
		t := lf.toks[k]
		off := lf.file.Offset(t.Pos)
		sp, bad := checkToken(t, off, size)
		if !bad {
			continue
		}
		if sp.msg != "" && !skipping {
			p.errorAt(lf.file.Pos(sp.at), "%s", sp.msg)
		}
		if sp.msg == "" {
			// The token is cut short and the form goes on.
			lf.toks[k].Text = string([]rune(t.Text)[:sp.resume-off])
			p.in.next = s
			p.relex(k+1, sp.resume)
		} else if sp.resume == off+utf8.RuneCountInString(t.Text) {
			p.in.next = k + 1 // the lexer's next token is erl_scan's
		} else {
			p.in.next = k
			p.relex(k, sp.resume)
		}
		return false
	}
	return true
}

// relex replaces the tokens from index i on with those lexed from offset
// off. Emitted forms and macro bodies only refer to tokens before i.
func (p *state) relex(i, off int) {
	lf := p.in.lf
	if i < len(lf.toks) && lf.file.Offset(lf.toks[i].Pos) == off {
		return // erl_scan resumes where the lexer did
	}
	ascii := lf.ascii
	if ascii != "" {
		ascii = ascii[off:]
	}
	rest := lexRunes(lf.file, lf.runes[off:], ascii, off, 0)
	lf.toks = append(lf.toks[:i], rest...)
}
