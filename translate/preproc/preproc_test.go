package preproc

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/erl2go/erl2go/translate/source"
)

// memFiles returns a ReadFile over an in-memory file system.
func memFiles(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
}

// preprocess runs File over in-memory files, main file "m.erl".
func preprocess(files map[string]string, opts Options) (*source.FileSet, []Form, *source.ErrorList) {
	opts.ReadFile = memFiles(files)
	if opts.OTPRoot == "" {
		opts.OTPRoot = "/nonexistent"
	}
	fset := source.NewFileSet()
	forms, errs := File(fset, "m.erl", opts)
	return fset, forms, errs
}

// texts renders forms as their token texts, skipping -file attributes.
func texts(forms []Form) []string {
	var out []string
	for _, f := range forms {
		if len(f) > 1 && f[0].Type == tMINUS && isAtom(f[1], "file") {
			continue
		}
		var ts []string
		for _, t := range f {
			ts = append(ts, t.Text)
		}
		out = append(out, strings.Join(ts, " "))
	}
	return out
}

func errorTexts(errs *source.ErrorList) []string {
	var out []string
	for _, e := range errs.List {
		out = append(out, e.Error())
	}
	return out
}

// TestRunaway checks that expansions epp would never finish end with an
// error, quickly. (epp loops forever on the first two; these expectations
// are ours.)
func TestRunaway(t *testing.T) {
	var chain strings.Builder
	chain.WriteString("-define(A0, x).\n")
	for i := 1; i <= 40; i++ {
		chain.WriteString("-define(A" + itoa(i) + ", ?A" + itoa(i-1) + " ?A" + itoa(i-1) + ").\n")
	}
	tests := []struct{ name, src, want string }{
		{"self through argument", "-define(F(X), ?X(X)).\nf() -> ?F(F).\n", "m.erl:2:11: too many macro expansions (is 'F' recursive?)"},
		{"growing stack", "-define(F(X), ?X(X) y).\nf() -> ?F(F).\n", "m.erl:2:11: macro expansion too deep"},
		{"through lone macro", "-define(A, ?F(A)).\n-define(F(X), ?X).\nf() -> ?A.\n", "m.erl:3:9: macro expansion too deep"},
		{"exponential", chain.String() + "f() -> ?A40.\n", "m.erl:42:9: macro expansion too large"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, forms, errs := preprocess(map[string]string{"m.erl": tc.src}, Options{})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			got := errorTexts(errs)
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Errorf("errors %q, want %q", got, tc.want)
			}
			if n := len(texts(forms)); n != 0 {
				t.Errorf("%d forms, want none", n)
			}
		})
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestTokens checks what the parser will see: token types and texts of
// expanded and demoted tokens, and positions of expanded tokens.
func TestTokens(t *testing.T) {
	src := `-module(m).
-define(S(X), ??X).
-define(P, {?LINE, ?MACHINE, ?MODULE_STRING}).
f() -> {?S(a + "b"), maybe, else}.
g() -> ?P.
-feature(maybe_expr, enable).
`
	// The -feature comes after function forms: an error, so maybe stays an atom.
	fset, forms, errs := preprocess(map[string]string{"m.erl": src}, Options{})
	if len(errs.List) != 1 {
		t.Fatalf("errors: %v", errorTexts(errs))
	}
	got := texts(forms)
	want := []string{
		`- module ( m ) .`,
		`f ( ) -> { "a + \"b\"" , maybe , else } .`,
		`g ( ) -> { 5 , 'BEAM' , "m" } .`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	f := forms[2]
	if f[5].Type != tSTRING || f[7].Type != tATOM || f[9].Type != tATOM {
		t.Errorf("types %s %s %s", typeName(f[5].Type), typeName(f[7].Type), typeName(f[9].Type))
	}
	g := forms[3]
	if g[5].Type != tINTEGER || g[7].Type != tQATOM || g[9].Type != tSTRING {
		t.Errorf("types %s %s %s", typeName(g[5].Type), typeName(g[7].Type), typeName(g[9].Type))
	}
	// Every token of ?P's expansion is at the P of the call (5:9).
	for _, tok := range g[4:11] {
		if p := fset.Position(tok.Pos); p.Line != 5 || p.Column != 9 {
			t.Errorf("%s at %v, want 5:9", tok.Text, p)
		}
	}
}

// TestMaybeKeywords checks that maybe and else are keywords exactly while
// the feature is enabled, and that a macro body keeps the kind it had when
// it was defined, as in epp.
func TestMaybeKeywords(t *testing.T) {
	src := `-module(m).
-define(Early, maybe).
-feature(maybe_expr, enable).
-define(Late, maybe).
f() -> {maybe, else, ?Early, ?Late}.
`
	_, forms, errs := preprocess(map[string]string{"m.erl": src}, Options{})
	if len(errs.List) != 0 {
		t.Fatalf("errors: %v", errorTexts(errs))
	}
	f := forms[len(forms)-1]
	got := []string{typeName(f[5].Type), typeName(f[7].Type), typeName(f[9].Type), typeName(f[11].Type)}
	want := "MAYBE ELSE ATOM MAYBE"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestFiles checks file handling: an empty file, a missing one, includes
// found through the path in order, and a form ending the file early.
func TestFiles(t *testing.T) {
	files := map[string]string{
		"m.erl":       "-include(\"a.hrl\").\n-include(\"b.hrl\").\n-include(\"nope.hrl\").\n",
		"a.hrl":       "a() -> ?FILE.\n",
		"inc1/b.hrl":  "b() -> 1.\n",
		"inc2/b.hrl":  "b() -> 2.\n",
		"empty.erl":   "",
		"comment.erl": "% nothing\n",
	}
	_, forms, errs := preprocess(files, Options{IncludePath: []string{"inc1", "inc2"}})
	want := []string{`a ( ) -> "a.hrl" .`, `b ( ) -> 1 .`}
	if got := texts(forms); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := errorTexts(errs); len(got) != 1 || got[0] != `m.erl:3:10: can't find include file "nope.hrl"` {
		t.Errorf("errors %q", got)
	}
	for _, name := range []string{"empty.erl", "comment.erl"} {
		fset := source.NewFileSet()
		forms, errs := File(fset, name, Options{ReadFile: memFiles(files)})
		if len(forms) != 1 || len(errs.List) != 0 {
			t.Errorf("%s: %d forms, errors %v", name, len(forms), errorTexts(errs))
		}
	}
	fset := source.NewFileSet()
	_, errs = File(fset, "missing.erl", Options{ReadFile: memFiles(files)})
	if got := errorTexts(errs); len(got) != 1 || !strings.Contains(got[0], "missing.erl") {
		t.Errorf("missing file: %q", got)
	}
}

// TestFloatFormat checks writeFloat against values printed by OTP 25
// (io:format("~w", [F])).
func TestFloatFormat(t *testing.T) {
	cases := map[float64]string{
		1.0: "1.0", 100.0: "100.0", 1e10: "1.0e10", 1.5e-5: "1.5e-5", 123456789.0: "123456789.0",
		0.001: "0.001", 1e15: "1.0e15", 1e-4: "0.0001", 0.1: "0.1", 1.2345678901234568e16: "1.2345678901234568e16",
		5e-324: "5.0e-324", 0: "0.0", 2.5e-3: "0.0025", 1.23e-4: "1.23e-4", 1000.0: "1.0e3", 120.0: "120.0",
		1200.0: "1.2e3", 123456.0: "123456.0", -1e3: "-1.0e3", 9007199254740992.0: "9.007199254740992e15",
		1234567890123456.0: "1234567890123456.0", 4503599627370496.0: "4503599627370496.0",
	}
	for f, want := range cases {
		if got := writeFloat(f); got != want {
			t.Errorf("writeFloat(%v) = %s, want %s", f, got, want)
		}
	}
}
