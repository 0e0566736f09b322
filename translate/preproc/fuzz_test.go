package preproc

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

// fuzzSeeds are broken and tricky inputs; the golden test files are added too.
var fuzzSeeds = []string{
	"",
	"?",
	"f() -> ?.",
	"f() -> ?M(",
	"f() -> ?M(a, (b, [c}, d).",
	"-define(",
	"-define(M(X, ), X).",
	"-define(M, ?M). f() -> ?M.",
	"-define(A, ?B). -define(B, ?A). f() -> ?A.",
	"-define(F(X), ?X(X)). f() -> ?F(F).",
	"-define(A, ?F(A)). -define(F(X), ?X). f() -> ?A.",
	"-define(A1, x x). -define(A2, ?A1 ?A1). -define(A3, ?A2 ?A2). f() -> ?A3.",
	"-define(Q, ?). f() -> ?Q ?Q ?Q.",
	"f() -> \"unterminated",
	"f() -> 'unterminated",
	"f() -> \"\\x{zz}\" 'a\\x' $\\x{110000} 37#1 2#12 1.0e999.",
	"\x00\xff\xfe\x80 \xc3",
	"-ifdef(X). -ifdef(Y). -if(1). -elif(. -else. -else. -endif.",
	"-if(?FUNCTION_NAME). -endif. -error(?LINE). -warning(",
	"-include(\"a.hrl\"). -include(\"a.hrl\").",
	"-include_lib(\"x/y.hrl\"). -include_lib(\"a.hrl\").",
	"-file(\"x\", 1). -file(?FILE, ?LINE). -file(",
	"-feature(maybe_expr, enable). f() -> maybe ?= else end.",
	"-module(m). f(?FUNCTION_ARITY) -> ?FUNCTION_NAME. ?FUNCTION_NAME.",
	"-define(S(X), ??X). f() -> ?S(\"\\x{1F600}\" $\\n 'a b' 1.5 16#ff).",
	"-if((((((((((((1)))))))))))). -endif.",
	"-error({[<<1,2>>, \"s\" | t], -1.5}).",
	"-define(M(A,B,C,D,E,F,G,H), {A,B,C,D,E,F,G,H}). f() -> ?M(1,2,3,4,5,6,7,8).",
}

// FuzzFile checks that no input makes the preprocessor panic or hang, and
// that what it returns keeps the package's invariants. The second input is
// the contents of a.hrl, which the first may include (even recursively).
func FuzzFile(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "-include(\"a.hrl\").\n-define(H, 1).\n")
	}
	if files, err := filepath.Glob("testdata/epp/*.erl"); err == nil {
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil {
				f.Add(string(b), "")
			}
		}
	}
	f.Fuzz(func(t *testing.T, src, inc string) {
		files := map[string]string{"m.erl": src, "a.hrl": inc}
		fset, forms, errs := preprocess(files, Options{})
		checkInvariants(t, fset, forms)
		for _, e := range errs.List {
			if e.Pos.Line <= 0 && e.Pos.Filename == "m.erl" {
				t.Errorf("error without a line: %v", e)
			}
		}
	})
}

// checkInvariants checks the promises of the package comment.
func checkInvariants(t *testing.T, fset *source.FileSet, forms []Form) {
	t.Helper()
	for i, f := range forms {
		if len(f) == 0 || f[len(f)-1].Type != tDOT {
			t.Fatalf("form %d does not end with a dot: %v", i, f)
		}
		for _, tok := range f {
			switch tok.Type {
			case tQMARK, tUntermString, tUntermQAtom:
				t.Fatalf("form %d holds %s %q", i, typeName(tok.Type), tok.Text)
			}
			if fset.RawPosition(tok.Pos).Line <= 0 {
				t.Fatalf("form %d: token %q has no position", i, tok.Text)
			}
		}
	}
}
