package parse

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// lexForms splits source text into forms without preprocessing, so that the
// tests of this package do not depend on the preprocessor: every token up to
// and including a FORM_END is one form, and tokens after the last one make a
// last form without a dot.
func lexForms(fset *source.FileSet, name, text string) []preproc.Form {
	f := fset.AddFile(name, []rune(text))
	lx := grammar.NewErlangLexer(antlr.NewInputStream(text))
	lx.RemoveErrorListeners()
	var forms []preproc.Form
	var cur preproc.Form
	for {
		t := lx.NextToken()
		if t.GetTokenType() == antlr.TokenEOF {
			break
		}
		cur = append(cur, preproc.Token{Type: t.GetTokenType(), Text: t.GetText(), Pos: f.Pos(t.GetStart())})
		if t.GetTokenType() == grammar.ErlangLexerFORM_END {
			forms = append(forms, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		forms = append(forms, cur)
	}
	return forms
}

// parseText parses source text with lexForms and Forms.
func parseText(name, text string) (*source.FileSet, *ast.Module, *source.ErrorList) {
	fset := source.NewFileSet()
	var errs source.ErrorList
	m := Forms(fset, name, lexForms(fset, name, text), &errs)
	return fset, m, &errs
}
