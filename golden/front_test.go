package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// TestFront checks the front end (preprocessor, parser, lint) against what
// Erlang/OTP recorded in testdata/front (scripts/record-front.sh):
//   - NAME.erl, valid Erlang covering the grammar's corners: no errors, and the
//     function list that epp:parse_file gives (NAME.funcs);
//   - errors/NAME.erl, broken files: the errors erlc reports (errors/NAME.erlc),
//     compared as sets of lines, since erlc's order within a pass is its own.
func TestFront(t *testing.T) {
	wd, _ := os.Getwd()
	if err := os.Chdir("testdata/front"); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	t.Setenv("ERL_LIBS", filepath.Join(wd, "testdata/front/lib")) // as scripts/record-front.sh does

	valid, _ := filepath.Glob("*.erl")
	for _, f := range valid {
		funcs, errs := front(f)
		if errs != "" {
			t.Errorf("%s: unexpected errors:\n%s", f, errs)
		}
		if want := readFile(t, strings.TrimSuffix(f, ".erl")+".funcs"); funcs != want {
			t.Errorf("%s: functions\n%s\nepp says\n%s", f, funcs, want)
		}
	}
	broken, _ := filepath.Glob("errors/*.erl")
	for _, f := range broken {
		_, errs := front(f)
		want := readFile(t, strings.TrimSuffix(f, ".erl")+".erlc")
		if sortLines(errs) != sortLines(want) {
			t.Errorf("%s: errors\n%s\nerlc says\n%s", f, errs, want)
		}
	}
}

// front runs the front end on file as `erl2go parse -funcs` does and returns the
// function lines and the error lines (warnings left out).
func front(file string) (funcs, errs string) {
	fset := source.NewFileSet()
	m, list := translate.ParseFile(fset, file, translate.Options{})
	var b strings.Builder
	for _, e := range list.List {
		if !e.Warning {
			fmt.Fprintln(&b, e.Error())
		}
	}
	var fb strings.Builder
	if m != nil {
		for _, f := range m.Forms {
			if fn, ok := f.(*ast.Function); ok {
				fmt.Fprintf(&fb, "%s %s/%d %d\n", file, fn.Name, fn.Arity, fset.Position(fn.Pos()).Line)
			}
		}
	}
	return fb.String(), b.String()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func sortLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
