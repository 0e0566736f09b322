package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// compareFast parses each form by both paths and reports any form the fast
// path accepts with an AST that differs from the ANTLR path's (or that the
// ANTLR path rejects). It returns how many forms the fast path took.
func compareFast(t *testing.T, fset *source.FileSet, forms []preproc.Form) (taken int) {
	t.Helper()
	p := newParser(fset, &source.ErrorList{})
	for _, toks := range forms {
		if lexicalError(fset, toks, &source.ErrorList{}) {
			continue
		}
		fast := fastForm(toks)
		if fast == nil {
			continue
		}
		taken++
		var errs source.ErrorList
		p.errs = &errs
		slow := func() (f ast.Form) {
			defer func() {
				if r := recover(); r != nil {
					f = nil
				}
			}()
			return p.slowForm(toks)
		}()
		var a, b bytes.Buffer
		ast.Dump(&a, fset, fast)
		ast.Dump(&b, fset, slow)
		if a.String() != b.String() {
			t.Errorf("%s: fast path differs from ANTLR (errors %v)\nfast:\n%s\nantlr:\n%s",
				fset.Position(toks[0].Pos), errs.List, a.String(), b.String())
			return
		}
	}
	return taken
}

// TestFastMatchesANTLR compares both paths on the golden and error inputs.
func TestFastMatchesANTLR(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.erl")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fset := source.NewFileSet()
		compareFast(t, fset, lexForms(fset, file, string(src)))
	}
}

// TestFastMatchesANTLROnOTP compares both paths on stdlib, kernel and
// compiler, and checks that the fast path takes nearly every form.
func TestFastMatchesANTLROnOTP(t *testing.T) {
	files := otpFiles(t, otpLib(t), "stdlib", "kernel", "compiler")
	taken, total := 0, 0
	for _, f := range files {
		fset := source.NewFileSet()
		forms, _ := preproc.File(fset, f, preproc.Options{IncludePath: includePath(f)})
		total += len(forms)
		taken += compareFast(t, fset, forms)
	}
	t.Logf("fast path took %d of %d forms", taken, total)
	if taken < total*99/100 {
		t.Errorf("fast path took only %d of %d forms", taken, total)
	}
}
