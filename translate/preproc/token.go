package preproc

import (
	"strings"

	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/source"
)

// A Token is one token of a preprocessed form.
type Token struct {
	Type int        // a grammar.ErlangLexer* constant
	Text string     // source text; for tokens made by the preprocessor, text that lexes to them
	Pos  source.Pos // where the token, or the macro call it came from, starts
}

// A Form is the tokens of one form; the last one is a FORM_END token.
type Form []Token

// Token type shorthands, to keep the tables below readable.
const (
	tATOM    = grammar.ErlangLexerATOM
	tQATOM   = grammar.ErlangLexerQATOM
	tVAR     = grammar.ErlangLexerVAR
	tINTEGER = grammar.ErlangLexerINTEGER
	tFLOAT   = grammar.ErlangLexerFLOAT
	tCHAR    = grammar.ErlangLexerCHAR
	tSTRING  = grammar.ErlangLexerSTRING
	tLPAREN  = grammar.ErlangLexerLPAREN
	tRPAREN  = grammar.ErlangLexerRPAREN
	tLBRACE  = grammar.ErlangLexerLBRACE
	tRBRACE  = grammar.ErlangLexerRBRACE
	tLBRACK  = grammar.ErlangLexerLBRACK
	tRBRACK  = grammar.ErlangLexerRBRACK
	tBINOPEN = grammar.ErlangLexerBINOPEN
	tBINCLS  = grammar.ErlangLexerBINCLOSE
	tCOMMA   = grammar.ErlangLexerCOMMA
	tQMARK   = grammar.ErlangLexerQMARK
	tMINUS   = grammar.ErlangLexerMINUS
	tDOT     = grammar.ErlangLexerFORM_END
	tEND     = grammar.ErlangLexerEND
	tFUN     = grammar.ErlangLexerFUN
	tIF      = grammar.ErlangLexerIF
	tBEGIN   = grammar.ErlangLexerBEGIN
	tCASE    = grammar.ErlangLexerCASE
	tRECEIVE = grammar.ErlangLexerRECEIVE
	tTRY     = grammar.ErlangLexerTRY
	tCOND    = grammar.ErlangLexerCOND
	tMAYBE   = grammar.ErlangLexerMAYBE
	tELSE    = grammar.ErlangLexerELSE

	tUntermString = grammar.ErlangLexerUNTERMINATED_STRING
	tUntermQAtom  = grammar.ErlangLexerUNTERMINATED_QATOM
	tErrorChar    = grammar.ErlangLexerERROR_CHAR
)

// fixedText holds the text of every token type whose text never varies, so
// that lexing does not allocate a string for each punctuation token.
var fixedText = func() []string {
	grammar.ErlangLexerInit() // fills in the static data
	lits := grammar.ErlangLexerLexerStaticData.LiteralNames
	t := make([]string, tErrorChar+1)
	for i, l := range lits {
		if len(l) >= 2 && l[0] == '\'' {
			t[i] = strings.ReplaceAll(l[1:len(l)-1], `\'`, `'`)
		}
	}
	t[tDOT] = "."
	t[grammar.ErlangLexerDOT] = "."
	return t
}()

// typeName returns the symbolic name of a token type, for messages and dumps.
func typeName(t int) string {
	names := grammar.ErlangLexerLexerStaticData.SymbolicNames
	if t >= 0 && t < len(names) {
		return names[t]
	}
	return "?"
}

// isKeyword reports whether t is a reserved word (their symbols print as the word).
func isKeyword(t int) bool {
	return t >= grammar.ErlangLexerAFTER && t <= grammar.ErlangLexerELSE
}

// atomValue returns the name of an atom token (unquoted and unescaped), and
// whether t is an atom at all. epp matches directives and macro names by
// value, so 'define' is the same as define.
func atomValue(t Token) (string, bool) {
	switch t.Type {
	case tATOM:
		return t.Text, true
	case tQATOM:
		s, err := decodeQuoted(t.Text)
		return s, err == nil
	}
	return "", false
}

// nameValue is atomValue extended to variables: the name of a macro.
func nameValue(t Token) (string, bool) {
	if t.Type == tVAR {
		return t.Text, true
	}
	return atomValue(t)
}

// isAtom reports whether t is the atom name.
func isAtom(t Token, name string) bool {
	v, ok := atomValue(t)
	return ok && v == name
}
