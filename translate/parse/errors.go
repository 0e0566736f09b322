package parse

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// Messages follow erlc's wording. erl_parse stops at the first syntax error of
// a form, so only the first one ANTLR reports is kept.

// syntaxErrors is the error listener of the LL pass: it remembers the first
// offending token and stops the parse, since the rest would only be thrown
// away (and ANTLR's recovery from deep nesting takes quadratic time).
type syntaxErrors struct {
	*antlr.DefaultErrorListener
	first *token
	found bool
}

func (l *syntaxErrors) SyntaxError(_ antlr.Recognizer, sym any, _, _ int, _ string, _ antlr.RecognitionException) {
	if l.found {
		return
	}
	l.found = true
	l.first, _ = sym.(*token)
	panic(bailout{})
}

// syntaxError formats erl_parse's message for an error at t: "syntax error
// before: X" with X written as yecc writes a token.
func syntaxError(t *token) string {
	return "syntax error before: " + tokenString(t)
}

// tokenString writes a token the way yecc's error messages do: atoms as
// Erlang writes them, numbers as their value, strings and characters with
// escapes, punctuation and reserved words in single quotes, end of input as
// nothing.
func tokenString(t *token) string {
	switch t.typ {
	case antlr.TokenEOF:
		return ""
	case grammar.ErlangLexerATOM, grammar.ErlangLexerVAR:
		return t.text
	case grammar.ErlangLexerQATOM:
		if name, err := decodeAtom(t.text); err == nil {
			return writeAtom(name)
		}
	case grammar.ErlangLexerINTEGER:
		if v, b, err := decodeInteger(t.text); err == nil {
			if b != nil {
				return b.String()
			}
			return strconv.FormatInt(v, 10)
		}
	case grammar.ErlangLexerCHAR:
		if c, err := decodeChar(t.text); err == nil {
			return "$" + escapeRunes([]rune{c}, 0)
		}
	case grammar.ErlangLexerSTRING:
		if s, err := decodeString(t.text); err == nil {
			return `"` + escapeRunes(s, '"') + `"`
		}
	case grammar.ErlangLexerFLOAT:
		return t.text // erl writes the value: 1.50 would be 1.5; rare enough to keep the text
	}
	return "'" + strings.ReplaceAll(t.text, "'", `\'`) + "'"
}

// writeAtom quotes an atom name when Erlang would: unless it is a lower-case
// name of name characters that is not a reserved word.
func writeAtom(name string) string {
	if isPlainAtom(name) {
		return name
	}
	return "'" + escapeRunes([]rune(name), '\'') + "'"
}

func isPlainAtom(name string) bool {
	if name == "" || reservedWords[name] {
		return false
	}
	for i, r := range name {
		lower := r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7
		upper := r >= 'A' && r <= 'Z' || r == '_' || r >= 0xC0 && r <= 0xDE && r != 0xD7
		digit := r >= '0' && r <= '9' || r == '@'
		if !(lower || i > 0 && (upper || digit)) {
			return false
		}
	}
	return true
}

var reservedWords = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true, "begin": true, "bnot": true,
	"bor": true, "bsl": true, "bsr": true, "bxor": true, "case": true, "catch": true,
	"cond": true, "div": true, "end": true, "fun": true, "if": true, "let": true, "not": true,
	"of": true, "or": true, "orelse": true, "receive": true, "rem": true, "try": true,
	"when": true, "xor": true,
}

// escapeRunes writes characters as io_lib:write_string does inside quotes q:
// named escapes for the usual control characters, octal for the others.
func escapeRunes(rs []rune, q rune) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r == q && q != 0 || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == ' ' && q == 0:
			b.WriteString(`\s`) // $\s, as write_char prints a space
		case r < ' ' || r >= 0x7f && r < 0xa0:
			b.WriteString(controlEscape(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func controlEscape(r rune) string {
	switch r {
	case '\b':
		return `\b`
	case '\t':
		return `\t`
	case '\n':
		return `\n`
	case '\v':
		return `\v`
	case '\f':
		return `\f`
	case '\r':
		return `\r`
	case 0x1b:
		return `\e`
	case 0x7f:
		return `\d`
	}
	return fmt.Sprintf(`\%03o`, r)
}

// lexicalError reports the first error token or undecodable literal of a form,
// as erl_scan would before the parser sees the form. It returns false if
// there is none.
func lexicalError(fset *source.FileSet, toks []preproc.Token, errs *source.ErrorList) bool {
	for _, t := range toks {
		if msg, off := tokenProblem(t); msg != "" {
			errs.Add(fset.Position(t.Pos+source.Pos(off)), "%s", msg)
			return true
		}
	}
	return false
}

// tokenProblem returns erl_scan's message for a token it would reject, and
// the offset in characters of the place it would point at.
func tokenProblem(t preproc.Token) (string, int) {
	var err *litError
	switch t.Type {
	case grammar.ErlangLexerUNTERMINATED_STRING:
		return "unterminated string starting with " + unterminatedHead(t.Text, '"'), 0
	case grammar.ErlangLexerUNTERMINATED_QATOM:
		return "unterminated atom starting with " + unterminatedHead(t.Text, '\''), 0
	case grammar.ErlangLexerERROR_CHAR:
		return errorCharProblem(t.Text), 0
	case grammar.ErlangLexerQATOM, grammar.ErlangLexerATOM:
		_, err = decodeAtom(t.Text)
	case grammar.ErlangLexerSTRING:
		_, err = decodeString(t.Text)
	case grammar.ErlangLexerCHAR:
		_, err = decodeChar(t.Text)
	case grammar.ErlangLexerINTEGER:
		_, _, err = decodeInteger(t.Text)
	case grammar.ErlangLexerFLOAT:
		_, err = decodeFloat(t.Text)
	}
	if err != nil {
		return err.Msg, err.Offset
	}
	return "", 0
}

// errorCharProblem: erl_scan makes one-character atoms of the printable
// ASCII characters that start no token ('@', '~', '`', '\\'), which then
// surface as syntax errors; a '$' at the end of input is an unterminated
// character, and anything else is an illegal character.
func errorCharProblem(text string) string {
	switch {
	case text == "$":
		return errUntermChar
	case len(text) == 1 && text[0] > ' ' && text[0] < 0x7f:
		return ""
	}
	return errIllegalChar
}

// unterminatedHead writes the first 16 characters of an unterminated literal
// (after its quote), as erl_scan's message shows them.
func unterminatedHead(text string, q rune) string {
	rs := []rune(text)[1:]
	if len(rs) > 0 && rs[len(rs)-1] == '\\' {
		rs = rs[:len(rs)-1]
	}
	// Decode escapes as far as they go: erl_scan shows the characters read.
	var out []rune
	for i := 0; i < len(rs) && len(out) < 16; {
		if rs[i] != '\\' {
			out = append(out, rs[i])
			i++
			continue
		}
		r, n, ok := decodeEscape(rs[i+1:])
		if !ok {
			break
		}
		out = append(out, r)
		i += 1 + n
	}
	return string(q) + escapeRunes(out, q) + string(q)
}
