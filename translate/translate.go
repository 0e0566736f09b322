// Package translate is the driver of erl2go's translator: it runs the passes, in
// order, over one Erlang file at a time.
//
// The front end, which every command runs, is:
//
//	preproc  source file -> tokens, form by form (epp's semantics)   translate/preproc
//	parse    tokens -> AST (the only user of the ANTLR parse tree)    translate/parse
//	lint     AST -> the errors erlc reports                           translate/lint
//
// The errors of preprocessing and parsing come first, sorted by position, then
// those of lint, as erlc orders them. Lint runs over the forms that did parse, so that
// one run reports as much as it can. Options.Stop ends the run after a named pass.
// With Options.Transforms, what EUnit's parse transforms (translate/eunit)
// and ms_transform (translate/mstransform) do is done between parse and
// lint, where erlc runs parse transforms.
package translate

import (
	"fmt"
	"path/filepath"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/eunit"
	"github.com/erl2go/erl2go/translate/lint"
	"github.com/erl2go/erl2go/translate/mstransform"
	"github.com/erl2go/erl2go/translate/parse"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// Options are what the command line says about the front end.
type Options struct {
	IncludePath []string         // -I directories, in order
	Defines     []preproc.Define // -D macros, in order
	Stop        string           // "" or the name of the pass to stop after
	// ReadFile reads a source file; nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
	// Transforms runs, between parse and lint, what the parse transforms a
	// module names do on BEAM, as erlc runs them before its lint; only
	// EUnit's and ms_transform are known (translate/eunit, translate/mstransform). Commands that translate set it;
	// `erl2go parse` shows the module as epp reads it.
	Transforms bool
}

// FrontPasses names the front-end passes in the order they run; Options.Stop takes one.
var FrontPasses = []string{"preproc", "parse", "lint"}

// ParseFile preprocesses, parses and lints one file. It returns the module (nil if
// stopped after preproc or if the file could not be read) and every error and warning
// found, sorted by position.
func ParseFile(fset *source.FileSet, filename string, opts Options) (*ast.Module, *source.ErrorList) {
	if err := checkStop(opts.Stop); err != nil {
		errs := &source.ErrorList{}
		errs.Add(source.Position{}, "%v", err)
		return nil, errs
	}
	// erlc searches the current directory and the source file's directory before
	// the -I directories (epp itself tries the including file's directory first).
	incs := append([]string{".", filepath.Dir(filename)}, opts.IncludePath...)
	forms, errs := preproc.File(fset, filename, preproc.Options{
		IncludePath: incs,
		Defines:     opts.Defines,
		ReadFile:    opts.ReadFile,
	})
	if errs == nil {
		errs = &source.ErrorList{}
	}
	if opts.Stop == "preproc" || len(forms) == 0 && errs.HasErrors() {
		errs.Sort()
		return nil, errs
	}
	m := parse.Forms(fset, filename, forms, errs)
	errs.Sort()
	if opts.Stop == "parse" || m == nil {
		return m, errs
	}
	if opts.Transforms {
		eunit.Transform(m)
		// ms_transform's errors stop erlc before lint, as a failed parse transform does.
		var msErrs source.ErrorList
		ok := mstransform.Transform(fset, m, &msErrs)
		errs.Append(&msErrs)
		if !ok {
			errs.Sort()
			return m, errs
		}
	}
	// As erlc does, report the lint errors after those of reading and parsing.
	var lintErrs source.ErrorList
	lint.Module(fset, m, &lintErrs)
	lintErrs.Sort()
	errs.Append(&lintErrs)
	return m, errs
}

func checkStop(stop string) error {
	if stop == "" {
		return nil
	}
	for _, p := range FrontPasses {
		if p == stop {
			return nil
		}
	}
	return fmt.Errorf("unknown pass %q to stop after (passes: %v)", stop, FrontPasses)
}
