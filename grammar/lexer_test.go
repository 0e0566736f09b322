package grammar

import (
	"strings"
	"testing"

	"github.com/antlr4-go/antlr/v4"
)

// lexAll returns "TYPE:text" for every token of src, up to EOF.
func lexAll(src string) []string {
	lx := NewErlangLexer(antlr.NewInputStream(src))
	lx.RemoveErrorListeners()
	var out []string
	for {
		t := lx.NextToken()
		if t.GetTokenType() == antlr.TokenEOF {
			return out
		}
		out = append(out, lx.SymbolicNames[t.GetTokenType()]+":"+t.GetText())
	}
}

func TestLexer(t *testing.T) {
	tests := []struct{ src, want string }{
		{"foo foo@bar 'Foo bar' 'a\\'b'", "ATOM:foo ATOM:foo@bar QATOM:'Foo bar' QATOM:'a\\'b'"},
		{"X _ _Foo Ärger", "VAR:X VAR:_ VAR:_Foo VAR:Ärger"},
		{"42 16#ff 2#1010 1_000 16#FF_FF", "INTEGER:42 INTEGER:16#ff INTEGER:2#1010 INTEGER:1_000 INTEGER:16#FF_FF"},
		{"1.0 1.0e10 2.5E-3 1_000.0", "FLOAT:1.0 FLOAT:1.0e10 FLOAT:2.5E-3 FLOAT:1_000.0"},
		{`$a $\n $\x{1F600} $\^A $\101 $  $\x41`, `CHAR:$a CHAR:$\n CHAR:$\x{1F600} CHAR:$\^A CHAR:$\101 CHAR:$  CHAR:$\x41`},
		{`"a" "b\"c" "\^""`, `STRING:"a" STRING:"b\"c" STRING:"\^""`},
		{"maybe else cond let andalso orelse", "MAYBE:maybe ELSE:else COND:cond LET:let ANDALSO:andalso ORELSE:orelse"},
		{"R#r.f", "VAR:R HASH:# ATOM:r DOT:. ATOM:f"},
		{"f() -> ok.%c\nx.", "ATOM:f LPAREN:( RPAREN:) ARROW:-> ATOM:ok FORM_END:. ATOM:x FORM_END:."},
		{"1..10 [T, ...]", "INTEGER:1 DOTDOT:.. INTEGER:10 LBRACK:[ VAR:T COMMA:, DOTDOTDOT:... RBRACK:]"},
		{"X. ", "VAR:X FORM_END:."},
		{"X.", "VAR:X FORM_END:."},
		{"a\x00\xff\xfe.", "ATOM:a ERROR_CHAR:\ufffd ERROR_CHAR:\ufffd FORM_END:."},
		{"??X ?M ?=", "QMARK:? QMARK:? VAR:X QMARK:? VAR:M MAYBE_MATCH:?="},
		{"=:= =/= == /= =< >= < > := => -> <- <= << >> ++ -- || | ::",
			"EXACT_EQ:=:= EXACT_NEQ:=/= EQEQ:== NEQ:/= LE:=< GE:>= LT:< GT:> ASSOC_MATCH::= DARROW:=> ARROW:-> LARROW:<- LDARROW:<= BINOPEN:<< BINCLOSE:>> PLUSPLUS:++ MINUSMINUS:-- DPIPE:|| PIPE:| COLONCOLON:::"},
		{`"abc`, `UNTERMINATED_STRING:"abc`},
		{`'abc\`, `UNTERMINATED_QATOM:'abc\`},
		{"a @ $", "ATOM:a ERROR_CHAR:@ ERROR_CHAR:$"},
	}
	for _, tc := range tests {
		got := strings.Join(lexAll(tc.src), " ")
		if got != tc.want {
			t.Errorf("lex %q:\n got  %s\n want %s", tc.src, got, tc.want)
		}
	}
}
