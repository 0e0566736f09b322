package gen_test

import (
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/source"
)

// translate runs the whole pipeline over one module held in memory.
func translateSrc(t *testing.T, src string) ([]gen.File, *source.ErrorList) {
	t.Helper()
	fset := source.NewFileSet()
	m, errs := translate.ParseFile(fset, "m.erl", translate.Options{
		ReadFile: func(string) ([]byte, error) { return []byte(src), nil },
	})
	if errs.HasErrors() {
		return nil, errs
	}
	cm, errs := core.Lower(m, fset)
	if errs.HasErrors() {
		return nil, errs
	}
	return gen.Generate("m", fset, []*core.Module{cm})
}

// maybe ... else ... end has the documented shape: every ?= that may fail
// jumps to the else section with the value in one variable, and an
// unmatched value raises else_clause; a ?= that cannot fail is a plain match.
func TestMaybeShape(t *testing.T) {
	files, errs := translateSrc(t, `-module(m).
-feature(maybe_expr, enable).
-export([f/1]).
f(X) ->
    maybe
        {ok, Y} ?= X,
        Z ?= Y + 1,
        Z * 2
    else
        {error, R} -> R
    end.
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	src := string(files[0].Src)
	for _, want := range []string{
		"var m1 rt.Term",
		"m1 = X",
		"goto maybe1_else",
		"Z := rt.AddIntOr(rt.AddIntSmall(Y, 1), Y, 1)",
		"return rt.Mul(Z, rt.BoxInt(2))",
		"maybe1_else:",
		"goto else1_c2",
		"return rt.ElseClause(m1)",
		"rt.EnableMaybeExpr()", // BEAM runs the module with maybe and else keywords
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated code lacks %q:\n%s", want, src)
		}
	}
}

// The generated code has the documented shape: tail self-calls loop, and
// names come from the Erlang names.
func TestShape(t *testing.T) {
	files, errs := translateSrc(t, `-module(m).
-export([len/2]).
len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	src := string(files[0].Src)
	for _, want := range []string{
		"func m_len_2(p *rt.Process, a1, N rt.Term) rt.Term {",
		"for {",
		"a1, N = T, rt.AddIntOr(rt.AddIntSmall(N, 1), N, 1)",
		"continue",
		`rt.Export("len", 2, m_len_2)`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated code lacks %q:\n%s", want, src)
		}
	}
}

// `_ = P` may be the only read of P: it stays, or Go rejects P as unused.
func TestWildcardMatchOfVariable(t *testing.T) {
	files, errs := translateSrc(t, `-module(m).
-export([f/0]).
f() ->
    P = self(),
    _ = P,
    ok.
`)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	src := string(files[0].Src)
	if !strings.Contains(src, "_ = P") {
		t.Errorf("generated code lacks `_ = P`:\n%s", src)
	}
}
