package grammar

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/antlr4-go/antlr/v4"
)

// lexerSpans runs the generated ANTLR lexer, the specification Scan must follow.
func lexerSpans(src []rune) []Span {
	lx := NewErlangLexer(antlr.NewInputStream(string(src)))
	lx.RemoveErrorListeners()
	var out []Span
	for {
		t := lx.NextToken()
		if t.GetTokenType() == antlr.TokenEOF {
			return out
		}
		out = append(out, Span{t.GetTokenType(), int32(t.GetStart()), int32(t.GetStop() + 1)})
	}
}

func checkSame(t *testing.T, name string, src []rune) {
	t.Helper()
	want := lexerSpans(src)
	got := Scan(src, nil)
	for i := 0; i < len(want) || i < len(got); i++ {
		if i >= len(want) || i >= len(got) || want[i] != got[i] {
			var w, g Span
			if i < len(want) {
				w = want[i]
			}
			if i < len(got) {
				g = got[i]
			}
			t.Errorf("%s: token %d: lexer %v %q, Scan %v %q", name, i, w, text(src, w), g, text(src, g))
			return
		}
	}
}

func text(src []rune, s Span) string {
	if s.End <= s.Start || int(s.End) > len(src) {
		return ""
	}
	return string(src[s.Start:s.End])
}

// scannerCases are inputs at the edges of the token rules.
var scannerCases = []string{
	"", "a", "a.", "a. ", "a.%c\n", "R#r.f", "1.5", "1.", "1.e3", "1.5e", "1.5e+", "1.5e+3", "1.5E-3x",
	"16#ff", "16#", "16#_f", "16#ff_ff", "16#ff_", "1_000", "1_", "1__0", "2#1010.5", "36#zz",
	"$a", "$", "$\\", "$\\n", "$\\x{1F600}", "$\\x{1F", "$\\x4", "$\\x41", "$\\^A", "$\\^", "$\\101", "$\\1234", "$ ",
	"'abc'", "'a\\'b'", "'abc", "'a\\", "'\\^", "\"abc\" \"def\"", "\"a\\\"b\"", "\"abc", "\"a\\",
	"=:= =/= == =< => = =: :: := : || | -> -- - ++ + /= / << <- <= < >> >= > ?= ? ??X ! # * ( ) { } [ ] , ;",
	"... .. . .x ..x", "after afterx maybe else cond let bnot", "Var _ _x X@y", "ßa Ça ÷ × é",
	"foo % comment\nbar", "\x00\x01 a \u0085 b \u00a0 c", "@ ~ ` & ^ \\ \u0100 \u4e2d", "\ufffd",
	"f(X) -> X + 1.\n", "<<X:8/integer-unsigned-big-unit:1, Y/binary>>", "#{a => 1, b := 2}",
	"fun ?MODULE:f/1", "-define(M(X), X).", "1.0e10.", "a.\n.b",
}

func TestScannerMatchesLexer(t *testing.T) {
	for _, c := range scannerCases {
		checkSame(t, c, []rune(c))
	}
	files, _ := filepath.Glob("testdata/*.erl")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSame(t, f, []rune(string(data)))
	}
}

// TestScannerOTP compares Scan with the lexer over installed OTP sources, if any.
func TestScannerOTP(t *testing.T) {
	files, _ := filepath.Glob("/usr/lib/erlang/lib/*/src/*.erl")
	if len(files) == 0 {
		t.Skip("no OTP sources installed")
	}
	if testing.Short() && len(files) > 40 {
		files = files[:40]
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSame(t, f, []rune(string(data)))
	}
}

func FuzzScanner(f *testing.F) {
	for _, c := range scannerCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSame(t, "fuzz", []rune(s))
	})
}

func BenchmarkScan(b *testing.B) {
	files, _ := filepath.Glob("/usr/lib/erlang/lib/stdlib-*/src/*.erl")
	if len(files) == 0 {
		b.Skip("no OTP sources installed")
	}
	var srcs [][]rune
	n := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		srcs = append(srcs, []rune(string(data)))
		n += len(data)
	}
	b.SetBytes(int64(n))
	var toks []Span
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			toks = Scan(s, toks[:0])
		}
	}
}
