package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

func init() {
	commands = append(commands, &command{
		name:  "parse",
		usage: "parse [-I DIR]... [-D NAME[=VALUE]]... [-funcs] [-dump=ast] [-stop=PASS] FILE...",
		run:   runParse,
	})
}

// runParse preprocesses, parses and lints each file, printing errors and, as asked,
// the function list or the AST.
func runParse(args []string) int {
	fs := newFlagSet("parse", "parse [flags] FILE...")
	var front frontFlags
	front.register(fs)
	funcs := fs.Bool("funcs", false, "print FILE NAME/ARITY LINE for each function definition")
	dump := fs.String("dump", "", "print an intermediate form: `ast`")
	stop := fs.String("stop", "", "stop after pass `PASS` (preproc, parse, lint)")
	files, _, err := parseFlags(fs, args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "erl2go parse: %v\n", err)
		fs.Usage()
		return 2
	}
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	if *dump != "" && *dump != "ast" {
		fmt.Fprintf(os.Stderr, "erl2go parse: unknown -dump=%s (want ast)\n", *dump)
		return 2
	}
	opts := front.options()
	opts.Stop = *stop
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	status := 0
	for _, file := range files {
		fset := source.NewFileSet()
		m, errs := translate.ParseFile(fset, file, opts)
		if len(errs.List) > 0 {
			out.Flush()
			errs.Print(os.Stderr)
		}
		if errs.HasErrors() {
			status = 1
		}
		if m == nil {
			continue
		}
		if *funcs {
			printFuncs(out, fset, file, m)
		}
		if *dump == "ast" {
			for _, f := range m.Forms {
				ast.Dump(out, fset, f)
			}
		}
	}
	return status
}

// printFuncs writes one line per function: FILE NAME/ARITY LINE.
func printFuncs(w *bufio.Writer, fset *source.FileSet, file string, m *ast.Module) {
	for _, f := range m.Forms {
		if fn, ok := f.(*ast.Function); ok {
			fmt.Fprintf(w, "%s %s/%d %d\n", file, fn.Name, fn.Arity, fset.Position(fn.Pos()).Line)
		}
	}
}

// options turns the -I and -D flags into front-end options.
func (f *frontFlags) options() translate.Options {
	opts := translate.Options{IncludePath: f.includes}
	for _, d := range f.defines {
		name, value, _ := strings.Cut(d, "=")
		opts.Defines = append(opts.Defines, preproc.Define{Name: name, Value: value})
	}
	return opts
}
