package parse

import (
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

// FuzzForms feeds arbitrary text, lexed and cut into forms at each dot, to
// Forms: whatever the input, it must return without panicking (internal
// errors are reported, never raised) and every error must have a position.
func FuzzForms(f *testing.F) {
	seeds := []string{
		"-module(m).\nf(X) -> X + 1.\n",
		"f() -> (.", "f() -> 'end'.", "-spec f/1.", "-record(r, {a = 1 :: integer()}).",
		"-type t() :: <<_:_*8, _:3>>.", "f() -> #{a := 1 || X <- L}.", "f() -> << X:8 || X <- L >>.",
		"f() -> a < b < c.", "f() -> fun X() -> 1; Y() -> 2 end.", "f(X) -> X; g(X) -> X.",
		"f() -> \"\\x4\".", "f() -> 37#1.", "f() -> $\\x{110000}.", "f() -> try a catch C:R:S -> ok end.",
		"f() -> maybe X ?= a, ok else _ -> err end.", "-foo(a, b).", "-compile({a, fun m:f/1}).",
		"f() -> receive after 0 -> ok end.", "f() -> [X || X := Y <- M].", "f() -> 'abc",
		"-spec m:f(X) -> X when is_subtype(X, integer()).", "-file(\"x\", 1).", "f() -> 1",
		"f() -> #r.a#s{}.", "-type t() :: - a.", "f() -> @.", "f() -> ∀.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, m, errs := parseText("fuzz.erl", src)
		if m == nil {
			t.Fatal("nil module")
		}
		for _, e := range errs.List {
			if e.Pos.Line == 0 {
				t.Errorf("error without a position: %v", e)
			}
			if len(e.Msg) > 24 && e.Msg[:24] == "internal error in parser" {
				t.Errorf("%q: %v", src, e)
			}
		}
	})
}

// FuzzFastPath checks the fast path against ANTLR on arbitrary input: a form
// it accepts must get exactly the AST the ANTLR path builds.
func FuzzFastPath(f *testing.F) {
	for _, s := range []string{
		"f(X) -> X + 1.", "f() -> catch a + b.", "f() -> a = catch b.", "f() -> - catch 1.",
		"f() -> a < b < c.", "f() -> (a < b) < c.", "f() -> #r.a#s.b.", "f() -> X#{a => 1}#{b := 2}.",
		"f() -> f(1)(2).", "f() -> a:b:c().", "f(<<X:8/unit:8-big>>) -> << <<Y>> || <<Y>> <= X >>.",
		"f() -> try a of b -> c catch X:Y:Z when Z -> ok after d end.", "f() -> fun X() -> X() end.",
		"f() -> maybe A ?= b, c else _ -> d end.", "f() -> [a, b | c], [X || X := Y <- M, Y].",
		"f() -> receive a -> b after 1 -> c end, receive after 2 -> d end.", "f() -> if a; b -> c end.",
		"f(-1, - 1, #{a := B}, #r{a = C}) when not A, B orelse C -> begin x end.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		fset := source.NewFileSet()
		compareFast(t, fset, lexForms(fset, "fuzz.erl", src))
	})
}
