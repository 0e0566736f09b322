package eunit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/eunit"
	"github.com/erl2go/erl2go/translate/source"
)

// parse runs the front end with the transforms over src.
func parse(t *testing.T, src string) *ast.Module {
	t.Helper()
	file := filepath.Join(t.TempDir(), "m.erl")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	m, errs := translate.ParseFile(source.NewFileSet(), file, translate.Options{Transforms: true})
	if errs.HasErrors() || len(errs.List) > 0 {
		t.Fatalf("%v", errs)
	}
	return m
}

// summary lists exports and functions: "export [test/0 a_test/0]", "func test/0".
func summary(m *ast.Module) string {
	var b strings.Builder
	for _, f := range m.Forms {
		switch v := f.(type) {
		case *ast.Export:
			b.WriteString("export [")
			for i, fn := range v.Funcs {
				if i > 0 {
					b.WriteString(" ")
				}
				fmt.Fprintf(&b, "%s/%d", fn.Name, fn.Arity)
			}
			b.WriteString("]\n")
		case *ast.Function:
			fmt.Fprintf(&b, "func %s/%d\n", v.Name, v.Arity)
		}
	}
	return b.String()
}

func TestAutoexport(t *testing.T) {
	m := parse(t, `-module(m).
-compile({parse_transform, eunit_autoexport}).
-export([helper/0]).
helper() -> ok.
a_test() -> helper().
b_test_() -> [].
c_exported_() -> ok.
eunit_wrapper_(Ts) -> Ts.
'1_digit_test_'() -> [].
`)
	want := `export [test/0 a_test/0 b_test_/0 c_exported_/0 eunit_wrapper_/1 1_digit_test_/0]
export [helper/0]
func helper/0
func a_test/0
func b_test_/0
func c_exported_/0
func eunit_wrapper_/1
func 1_digit_test_/0
func test/0
`
	if got := summary(m); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestAutoexportKeepsOwnTest(t *testing.T) {
	m := parse(t, `-module(m).
-compile([debug_info, {parse_transform, eunit_autoexport}]).
test() -> mine.
a_test() -> test().
`)
	want := "export [a_test/0]\nfunc test/0\nfunc a_test/0\n"
	if got := summary(m); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestStriptests(t *testing.T) {
	m := parse(t, `-module(m).
-compile({parse_transform, eunit_striptests}).
-export([kept_test/0, f/0]).
f() -> ok.
kept_test() -> ok.
dropped_test() -> ok.
dropped_test_() -> [].
`)
	want := "export [kept_test/0 f/0]\nfunc f/0\nfunc kept_test/0\n"
	if got := summary(m); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTestFile(t *testing.T) {
	src := string(eunit.TestFile("pkg", []string{"a", "b_tests"}))
	for _, want := range []string{"package pkg\n", `rt.EunitGoTest(t, "a", "b_tests")`, "func TestEunit(t *testing.T)"} {
		if !strings.Contains(src, want) {
			t.Errorf("test file lacks %q:\n%s", want, src)
		}
	}
}
