package rt

import (
	"bytes"
	"strings"
	"testing"
)

// The re module is checked against BEAM by the re: lines of
// testdata/stdlib/exprs.txt (TestStdlibAgainstBEAM) and by the golden
// program e_regex. These tests cover what BEAM cannot answer for us: the
// features refused as unsupported, the compiled form, and the cost of a
// search over a long subject.

func reRun(t *testing.T, subject, pattern string, opts ...Term) string {
	t.Helper()
	return evalTerm(func() Term {
		return ReRun3(NewProcess(), NewBinary([]byte(subject)), NewBinary([]byte(pattern)), List(opts...))
	})
}

func evalTerm(f func() Term) string {
	v, exc := Try(f)
	if exc != nil {
		return exc.Class.Name() + ":" + Format(exc.Reason)
	}
	return Format(v)
}

func TestREUnsupported(t *testing.T) {
	for pattern, feature := range map[string]string{
		"(a\\1)":      "backreference_into_open_group",
		"(?(R)a|b)":   "conditional",
		"(?(?=a)a|b)": "conditional",
		"(?C1)a":      "callout",
		"(*UTF8)a":    "'(*UTF8)'",
		"a(*FAIL)":    "control_verb",
		"(*MARK:x)a":  "control_verb",
		"a\\Xb":       "'\\\\X'",
		"a{1001}":     "repeat_count_above_1000",
	} {
		want := "error:{unsupported_regex," + feature + "}"
		if got := reRun(t, "ab", pattern); got != want {
			t.Errorf("re:run(%q): got %s, want %s", pattern, got, want)
		}
	}
	for _, opt := range []Term{Intern("dupnames")} {
		got := reRun(t, "ab", "a", opt)
		if !strings.HasPrefix(got, "error:{unsupported_regex,") {
			t.Errorf("re:run with %s: got %s, want unsupported_regex", Format(opt), got)
		}
	}
}

// A compiled pattern is a plain term: it still works once the cache of
// compiled programs is gone, as after a round trip through
// term_to_binary.
func TestRECompiledForm(t *testing.T) {
	p := NewProcess()
	res := ReCompile2(p, Str("(?<word>\\w+)\\s"), List(Intern("caseless"))).(*Tuple)
	mp := res.Elems[1].(*Tuple)
	if got := Format(TupleOf(mp.Elems[:4])); got != "{re_pattern,1,0,0}" {
		t.Errorf("compiled form starts %s", got)
	}
	reCache.Lock()
	clear(reCache.m)
	reCache.Unlock()
	got := Format(ReRun3(p, Str("Hello World"), mp, List(NewTuple(Intern("capture"), List(Intern("word")), Intern("list")))))
	if got != `{match,["Hello"]}` && got != "{match,[[72,101,108,108,111]]}" {
		t.Errorf("run with the compiled form: %s", got)
	}
	bad := NewTuple(reAtomPattern, BoxInt(0), BoxInt(0), BoxInt(0), NewBinary([]byte("not ours")))
	if got := evalTerm(func() Term { return ReRun2(p, Str("a"), bad) }); got != "error:badarg" {
		t.Errorf("foreign re_pattern: %s", got)
	}
}

// Compile errors in a unicode pattern are at byte offsets, as PCRE's.
func TestRECompileErrorOffset(t *testing.T) {
	p := NewProcess()
	got := Format(ReCompile2(p, List(BoxInt(0xe9), BoxInt('(')), List(Intern("unicode"))))
	if got != "{error,{[109,105,115,115,105,110,103,32,41],3}}" {
		t.Errorf("got %s", got)
	}
}

// A global search or split over a long subject stays linear: the visited
// bitmap is cleared only where each search went.
func TestRELongSubject(t *testing.T) {
	line := "2024-01-01 INFO some message here\n"
	subject := NewBinary(bytes.Repeat([]byte(line), 20000))
	p := NewProcess()
	parts := ReSplit3(p, subject, Str("\n"), List(Intern("trim")))
	if n := ListLen(parts); n != 20000 {
		t.Fatalf("split into %d parts", n)
	}
	res := ReRun3(p, subject, Str("INFO (\\w+)"), List(Intern("global"), NewTuple(Intern("capture"), Intern("all_but_first"), reAtomBinary)))
	if n := ListLen(res.(*Tuple).Elems[1]); n != 20000 {
		t.Fatalf("%d matches", n)
	}
}

// PCRE ends a repetition after an iteration that matched nothing and goes
// on with what follows, keeping that iteration's captures.
func TestREEmptyIteration(t *testing.T) {
	for _, c := range []struct{ subject, pattern, want string }{
		{"ab", "(a|)*b", "{match,[{0,2},{1,0}]}"},
		{"b", "(|a)*b", "{match,[{0,1},{0,0}]}"},
		{"aab", "(a?)+b", "{match,[{0,3},{2,0}]}"},
		{" 1", "((a??)+?){1,2}", "{match,[{0,0},{0,0},{0,0}]}"},
	} {
		if got := reRun(t, c.subject, c.pattern); got != c.want {
			t.Errorf("re:run(%q, %q): got %s, want %s", c.subject, c.pattern, got, c.want)
		}
	}
}

// Lookaround, atomic groups and possessive quantifiers are run by the
// matcher itself: they cut alternatives, and keep or drop captures, as
// PCRE does.
func TestRELookaheadAtomic(t *testing.T) {
	for _, c := range []struct{ subject, pattern, want string }{
		{"abc", "a(?=b)", "{match,[{0,1}]}"},
		{"abc", "a(?=(b))", "{match,[{0,1},{1,1}]}"},
		{"abc", "a(?!b)|b(?!d)", "{match,[{1,1}]}"},
		{"abc", "a(?!(b))", "nomatch"},
		{"aaab", "(?>a+)ab", "nomatch"},
		{"aaab", "a++b", "{match,[{0,4}]}"},
		{"aaa", "a*+a", "nomatch"},
		{"pass1word", `^(?=.*\d)(?=.*[a-z]).{8,}$`, "{match,[{0,9}]}"},
		{"password", `^(?=.*\d)(?=.*[a-z]).{8,}$`, "nomatch"},
		{"foo bar baz", `\b(?!bar)\w+`, "{match,[{0,3}]}"},
		{"price $100 and 200", `(?<=\$)\d+`, "{match,[{7,3}]}"},
		{"price $100 and 200", `(?<!\$)\b\d+`, "{match,[{15,3}]}"},
		{"abc", "(?<=a|bc)c", "nomatch"},
		{"abc", "(?<=(b))c", "{match,[{2,1},{1,1}]}"},
	} {
		if got := reRun(t, c.subject, c.pattern); got != c.want {
			t.Errorf("re:run(%q, %q): got %s, want %s", c.subject, c.pattern, got, c.want)
		}
	}
}

func TestREBackreference(t *testing.T) {
	for _, c := range []struct{ subject, pattern, want string }{
		{"abab", `(ab)\1`, "{match,[{0,4},{0,2}]}"},
		{"aA", `(?i)(a)\1`, "{match,[{0,2},{0,1}]}"},
		{"'x' \"y\"", `(["'])(.*?)\1`, "{match,[{0,3},{0,1},{1,1}]}"},
		{"abcabc", `(?<w>abc)\k<w>`, "{match,[{0,6},{0,3}]}"},
		{"aba", `(?:(a)|b)\1`, "nomatch"},
		{"xx", `(y)?x\1`, "nomatch"},
	} {
		if got := reRun(t, c.subject, c.pattern); got != c.want {
			t.Errorf("re:run(%q, %q): got %s, want %s", c.subject, c.pattern, got, c.want)
		}
	}
}

// Subroutine calls and recursion: atomic, with the captures they set
// undone, as PCRE's.
func TestRERecursion(t *testing.T) {
	for _, c := range []struct{ subject, pattern, want string }{
		{"x(a(b)c)y", `\((?:[^()]|(?R))*\)`, "{match,[{1,7}]}"},
		{"racecar", `^((.)(?1)\2|.?)$`, "{match,[{0,7},{0,7},{0,1}]}"},
		{"abcxyz", `(?<w>abc|xyz)(?&w)`, "{match,[{0,6},{0,3}]}"},
	} {
		if got := reRun(t, c.subject, c.pattern); got != c.want {
			t.Errorf("re:run(%q, %q): got %s, want %s", c.subject, c.pattern, got, c.want)
		}
	}
	if got := reRun(t, "a", "(?R)?a", Intern("report_errors")); !strings.Contains(got, "error,{compile") {
		t.Errorf("left recursion: %s", got)
	}
}

func TestREReplacementSyntax(t *testing.T) {
	p := NewProcess()
	for repl, want := range map[string]string{
		`[&]`:       "a[b]c",
		`\\&\&`:     `a\b&c`,
		`\1\0\g{1}`: "ab0bc",
		`\g1x\x`:    "abxxc",
		`x\`:        `ax\c`,
		`\9`:        "ac",
		`\12`:       "ac",
	} {
		got := ReReplace4(p, Str("abc"), Str("(b)"), Str(repl), List(NewTuple(Intern("return"), reAtomBinary)))
		if b, ok := got.(*Binary); !ok || string(b.Data) != want {
			t.Errorf("replacement %q: got %s, want %q", repl, Format(got), want)
		}
	}
	if got := evalTerm(func() Term { return ReReplace3(p, Str("abc"), Str("b"), Str(`\g{1`)) }); got != "error:badarg" {
		t.Errorf("replace/3 with \\g{1: %s", got)
	}
}

// FuzzRE compiles arbitrary patterns and runs them: whatever the pattern,
// the outcome is a compiled program, a PCRE error or an unsupported
// feature, and running it raises nothing but Erlang errors.
func FuzzRE(f *testing.F) {
	for _, s := range []string{"a(b)*c", "[[:alpha:]-z]+", `(?i)\w+?\b`, `(a|)*b\Z`, `\x{100}[^\d]{2,}`,
		`(?x) a # c`, `(?<n>.)\g{1}`, `^$|\Q.*\E`, `\((?:[^()]|(?R))*\)`, `(?<=a|bc)(?!x)\K.`,
		`(?|(a)|(b))(?(1)c|d)`, `(*CRLF)^.$`, `a++(?>b*)\R`} {
		f.Add(s, "ab1 \nA", true)
	}
	f.Fuzz(func(t *testing.T, pattern, subject string, unicode bool) {
		if len(pattern) > 200 || len(subject) > 200 {
			return
		}
		opts := []Term{Intern("global")}
		if unicode {
			opts = append(opts, Intern("unicode"))
		}
		_, exc := Try(func() Term {
			return ReRun3(NewProcess(), NewBinary([]byte(subject)), NewBinary([]byte(pattern)),
				List(append(opts, Intern("report_errors"))...))
		})
		if exc != nil && exc.Reason != Term(AtomBadarg) {
			if tup, ok := exc.Reason.(*Tuple); !ok || tup.Elems[0] != Term(reAtomUnsupp) {
				t.Fatalf("re:run(%q, %q): %s", subject, pattern, exc.Error())
			}
		}
	})
}
