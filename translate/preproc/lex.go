package preproc

import (
	"bytes"
	"unicode/utf8"

	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/source"
)

// A lexedFile is one source file, decoded and tokenized in one go. epp scans
// form by form, but nothing in the scanner depends on preprocessor state
// except maybe/else, which the lexer always emits as keywords and the
// preprocessor demotes form by form (see demoteKeywords).
type lexedFile struct {
	file *source.File
	toks []Token // every token up to end of input (no EOF token)
	// badUTF8 is the offset of the first invalid UTF-8 byte, or -1. epp gives
	// up on a file at the token that holds it.
	badUTF8 int
	runes   []rune // the decoded text
	ascii   string // the text when it is all ASCII (rune offsets are byte offsets), else ""
}

// lexFile decodes data (UTF-8, or Latin-1 when a "coding: latin-1" comment
// says so, as epp does), adds it to fset under name and tokenizes it.
func lexFile(fset *source.FileSet, name string, data []byte) *lexedFile {
	var text string
	bad := -1
	if detectLatin1(data) {
		rs := make([]rune, len(data))
		for i, b := range data {
			rs[i] = rune(b)
		}
		text = string(rs)
	} else {
		text = string(data)
		if !utf8.Valid(data) {
			bad = firstInvalidRune(data)
		}
	}
	runes := []rune(text)
	lf := &lexedFile{file: fset.AddFile(name, runes), badUTF8: bad, runes: runes}
	if len(runes) == len(text) {
		lf.ascii = text
	}
	lf.toks = lexRunes(lf.file, runes, lf.ascii, 0, len(runes)/4)
	return lf
}

// firstInvalidRune returns the character offset of the first invalid UTF-8 sequence.
func firstInvalidRune(data []byte) int {
	n := 0
	for i := 0; i < len(data); n++ {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return n
		}
		i += size
	}
	return -1
}

// lexRunes tokenizes runes, whose offsets are those of file, with grammar.Scan:
// the hand-written scanner that yields exactly the generated ErlangLexer's tokens,
// many times faster.
//
// runes starts at offset base of the file (non-zero when lexing again after
// a lexical error, see relex). When ascii holds the same text as a string,
// token texts are cut from it rather than allocated one by one.
func lexRunes(file *source.File, runes []rune, ascii string, base, sizeHint int) []Token {
	spans := grammar.Scan(runes, make([]grammar.Span, 0, sizeHint))
	toks := make([]Token, len(spans))
	for i, sp := range spans {
		txt := fixedText[sp.Type]
		if txt == "" && ascii != "" {
			txt = ascii[sp.Start:sp.End]
		} else if txt == "" {
			txt = string(runes[sp.Start:sp.End])
		}
		toks[i] = Token{Type: sp.Type, Text: txt, Pos: file.Pos(base + int(sp.Start))}
	}
	return toks
}

// detectLatin1 looks for an encoding comment in the first two lines, as epp
// does: a '%' comment holding "coding", then ':' or '=' after optional
// spaces, then the name, whose '-'-separated parts must start latin,1.
func detectLatin1(data []byte) bool {
	for line := 0; line < 2 && len(data) > 0; line++ {
		l := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if c := bytes.IndexByte(l, '%'); c >= 0 {
			if enc, ok := codingName(l[c:]); ok {
				return enc == "latin-1"
			}
		}
	}
	return false
}

// codingName finds "coding[ ]*[:=][ ]*NAME" in a comment and returns NAME in
// lower case; epp only understands latin-1 and utf-8 (with any suffix).
func codingName(c []byte) (string, bool) {
	for {
		i := bytes.Index(c, []byte("coding"))
		if i < 0 {
			return "", false
		}
		c = c[i+len("coding"):]
		j := 0
		for j < len(c) && c[j] == ' ' {
			j++
		}
		if j == len(c) || (c[j] != ':' && c[j] != '=') {
			continue
		}
		j++
		for j < len(c) && c[j] == ' ' {
			j++
		}
		name := bytes.ToLower(c[j:])
		switch {
		case hasPart(name, "latin-1"):
			return "latin-1", true
		case hasPart(name, "utf-8"):
			return "utf-8", true
		}
		return "", false
	}
}

// hasPart reports whether name starts with want followed by a non-alphanumeric
// character or the end ("latin-1-unix" matches "latin-1", "latin-10" does not).
func hasPart(name []byte, want string) bool {
	if !bytes.HasPrefix(name, []byte(want)) {
		return false
	}
	if len(name) == len(want) {
		return true
	}
	c := name[len(want)]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}
