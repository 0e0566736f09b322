package rt

import "testing"

// erl (OTP 25): how the string module treats CR LF, one grapheme cluster,
// against separators and patterns of its code points.
func TestStringCRLF(t *testing.T) {
	p := NewProcess()
	s := Str("ab\r\ncd\ref\ngh\r\n")
	crlf := List(BoxInt('\r'), BoxInt('\n'))
	cases := []struct {
		name string
		got  Term
		want string
	}{
		{"lexemes \"\\r\\n\"", StringLexemes2(p, s, Str("\r\n")), `["ab\r\ncd","ef","gh\r\n"]`},
		{"lexemes [CRLF]", StringLexemes2(p, s, List(crlf)), `["ab","cd\ref\ngh"]`},
		{"lexemes \"\\n\"", StringLexemes2(p, s, Str("\n")), `["ab\r","cd\ref","gh\r"]`},
		{"lexemes [\\r, CRLF]", StringLexemes2(p, s, List(BoxInt('\r'), crlf)), `["ab","cd","ef\ngh"]`},
		{"lexemes binary", StringLexemes2(p, NewBinary([]byte("a\r\r\nb")), Str("\r")), `[<<"a">>,<<"\r\nb">>]`},
		{"split \"\\n\" all", StringSplit3(p, s, Str("\n"), atomAll), `["ab\r","cd\ref","gh\r",[]]`},
		{"split \"\\r\"", StringSplit2(p, Str("a\r\r\nb"), Str("\r")), `["a","\r\nb"]`},
		{"find \"b\\r\"", StringFind2(p, s, Str("b\r")), `nomatch`},
		{"find \"\\r\"", StringFind2(p, s, Str("\r")), `"\ref\ngh\r\n"`},
		{"prefix \"\\r\"", StringPrefix2(p, Str("\r\nx"), Str("\r")), `nomatch`},
		{"take \"abc\\r\"", StringTake2(p, s, Str("abc\r")), `{"ab","\r\ncd\ref\ngh\r\n"}`},
		{"take \"\\n\" trailing", StringTake4(p, Str("ab\r\n"), Str("\n"), False, atomTrailing), `{"ab\r","\n"}`},
		{"take \"\\r\\n\" trailing", StringTake4(p, Str("ab\r\n"), Str("\r\n"), False, atomTrailing), `{"ab\r\n",[]}`},
		{"take not \"\\r\"", StringTake3(p, Str("ab\r\n"), Str("\r"), True), `{"ab\r\n",[]}`},
		{"trim \"\\r\\n\" trailing", StringTrim3(p, Str("ab\r\n"), atomTrailing, Str("\r\n")), `"ab\r\n"`},
		{"trim default", StringTrim1(p, Str(" ab\r\n")), `"ab"`},
		{"trim leading", StringTrim3(p, Str("\n\rab"), atomLeading, Str("\r\n")), `"ab"`},
		{"reverse", StringReverse1(p, Str("b\r\na")), `[97,"\r\n",98]`},
		{"slice", StringSlice3(p, s, BoxInt(2), BoxInt(2)), `"\r\nc"`},
		{"nth_lexeme", StringNthLexeme3(p, s, BoxInt(2), Str("\r\n")), `"ef"`},
		{"tokens (code points)", StringTokens2(p, s, Str("\r\n")), `["ab","cd","ef","gh"]`},
	}
	for _, c := range cases {
		if got := Pretty(c.got); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
