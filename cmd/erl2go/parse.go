package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
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
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	// Files are independent: parse them on every core, print in command-line order.
	for r := range parseAll(files, opts) {
		if len(r.errs.List) > 0 {
			out.Flush()
			r.errs.Print(stderr)
		}
		if r.errs.HasErrors() {
			status = 1
		}
		if r.m == nil {
			continue
		}
		if *funcs {
			printFuncs(out, r.fset, r.file, r.m)
		}
		if *dump == "ast" {
			for _, f := range r.m.Forms {
				ast.Dump(out, r.fset, f)
			}
		}
	}
	return status
}

// parsed is the front end's result for one file.
type parsed struct {
	file string
	fset *source.FileSet
	m    *ast.Module
	errs *source.ErrorList
}

// parseAll runs the front end over files on GOMAXPROCS workers and yields the
// results in the order of files.
func parseAll(files []string, opts translate.Options) <-chan parsed {
	results := make([]chan parsed, len(files))
	for i := range results {
		results[i] = make(chan parsed, 1)
	}
	next := make(chan int)
	go func() {
		for i := range files {
			next <- i
		}
		close(next)
	}()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		go func() {
			for i := range next {
				fset := source.NewFileSet()
				m, errs := translate.ParseFile(fset, files[i], opts)
				results[i] <- parsed{files[i], fset, m, errs}
			}
		}()
	}
	ordered := make(chan parsed)
	go func() {
		for _, r := range results {
			ordered <- <-r
		}
		close(ordered)
	}()
	return ordered
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
