package rt

import (
	"os"
	"strings"
	"testing"
)

// TestIoLibDeepAgainstBEAM checks the shape of what io_lib returns against
// testdata/stdlib/iolib/want.txt, which ../record.escript (run in that
// directory) wrote with erl from exprs.txt: every control sequence with
// widths, precisions, pads and adjustments, ~p of terms that break across
// lines, io_lib:write/print, and functions that measure the deep results.
func TestIoLibDeepAgainstBEAM(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/stdlib/iolib/want.txt"); n < 800 {
		t.Fatalf("only %d expressions", n)
	}
}

// TestDeepExamples pins the three examples that show the rules: a
// control's result is a sublist, small controls are flattened in, and
// ~p nests each element.
func TestDeepExamples(t *testing.T) {
	p := NewProcess()
	for _, c := range []struct {
		format string
		args   []Term
		want   string
	}{
		{"~w and ~w", []Term{Intern("a"), Intern("b")}, "[[97],32,97,110,100,32,[98]]"},
		{"x~pz", []Term{NewTuple(BoxInt(1), Str("ab"))}, "[120,[123,[[49],44,[34,97,98,34]],125],122]"},
		{"~5.2f|~s~n", []Term{Float(3.14159), Str("hi")}, "[32,51,46,49,52,124,[104,105],10]"},
		{"~10s|", []Term{Str("ab")}, "[[[[[32,32],32,32],[32,32],32,32],97,98],124]"},
	} {
		got := Format(IoLibFormat2(p, Str(c.format), List(c.args...)))
		if got != c.want {
			t.Errorf("io_lib:format(%q): got %s, want %s", c.format, got, c.want)
		}
	}
}

// TestAppendChars checks io_lib_format:chars/2 and io_lib_pretty's
// variant, whose chars(C, 1) is [C,[]].
func TestAppendChars(t *testing.T) {
	for _, c := range []struct {
		n      int
		pretty bool
		want   string
	}{
		{0, false, "[]"}, {1, false, "[32]"}, {1, true, "[32,[]]"}, {4, false, "[[32,32],32,32]"},
		{5, true, "[32,[32,32],32,32]"}, {7, false, "[32,[32,32,32],32,32,32]"},
		{13, true, "[32,[[32,32,32],32,32,32],[32,32,32],32,32,32]"},
	} {
		got := Format(deepList(appendChars(nil, ' ', c.n, c.pretty, true)))
		if got != c.want {
			t.Errorf("chars(32, %d) pretty=%v: got %s, want %s", c.n, c.pretty, got, c.want)
		}
	}
}

// TestFlatMatchesDeep runs each io_lib:format call of the recorded
// expressions also as io:format does, without the deep list, and checks
// that the text is the deep result flattened.
func TestFlatMatchesDeep(t *testing.T) {
	data, err := os.ReadFile("testdata/stdlib/iolib/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := NewProcess()
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		expr, _, _ := strings.Cut(line, "\t")
		rest, ok := strings.CutPrefix(expr, "io_lib:format(")
		if !ok {
			continue
		}
		e := &miniEval{p: p, s: []rune(rest)}
		format := e.expr()
		e.must(',')
		args := e.expr()
		deep, exc := Try(func() Term { return IoLibFormat2(p, format, args) })
		flat, ok := tryFormat(format, args)
		if exc != nil || !ok {
			if exc == nil || ok {
				t.Errorf("%s: io_lib raised %v, the flat path ok=%v", expr, exc, ok)
			}
			continue
		}
		n++
		if chars, _ := flattenInts(nil, deep); string(chars) != string(flat) {
			t.Errorf("%s: flat %q, deep flattened %q", expr, string(flat), string(chars))
		}
	}
	if n < 600 {
		t.Errorf("only %d formats", n)
	}
}
