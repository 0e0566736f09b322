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

// Unsupported constructs are errors at their position, never panics.
func TestUnsupported(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"-module(m).\n-feature(maybe_expr, enable).\n-export([f/0]).\nf() ->\n    maybe ok ?= ok end.\n", "m.erl:5:5: erl2go does not support maybe expressions yet"},
	} {
		_, errs := translateSrc(t, tc.src)
		if errs == nil || !strings.Contains(errs.Error(), tc.want) {
			t.Errorf("%q:\ngot  %v\nwant %s", tc.src, errs, tc.want)
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
		"a1, N = T, rt.AddInt(N, 1)",
		"continue",
		`rt.Export("len", 2, m_len_2)`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated code lacks %q:\n%s", want, src)
		}
	}
}
