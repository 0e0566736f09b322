package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/eunit"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/source"
)

func init() {
	commands = append(commands, &command{
		name:  "gen",
		usage: "gen [-otp] [-o DIR] [-pkg NAME] [-tests] [-dump=core] [-I DIR]... [-D NAME[=VALUE]]... FILE...",
		run:   runGen,
	})
}

// runGen writes one Go file per Erlang module into a package directory.
// The package name defaults to $GOPACKAGE (set by go generate), else the
// directory's name.
func runGen(args []string) int {
	fs := newFlagSet("gen", "gen [flags] FILE...")
	var front frontFlags
	front.register(fs)
	front.registerOTP(fs)
	out := fs.String("o", ".", "write the Go package into `DIR`")
	pkg := fs.String("pkg", "", "Go package `NAME` (default $GOPACKAGE or the directory's name)")
	tests := fs.Bool("tests", false, "also write erl2go_eunit_test.go: the EUnit tests as Go subtests")
	dump := fs.String("dump", "", "print the `core` form of each module instead of writing Go")
	files, _, err := parseFlags(fs, args)
	if err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintf(os.Stderr, "erl2go gen: %v\n", err)
		}
		fs.Usage()
		return 2
	}
	name := *pkg
	if name == "" {
		name = os.Getenv("GOPACKAGE")
	}
	if name == "" {
		abs, _ := filepath.Abs(*out)
		name = filepath.Base(abs)
	}
	if *dump != "" {
		if *dump != "core" {
			fmt.Fprintf(os.Stderr, "erl2go gen: unknown -dump=%s (want core)\n", *dump)
			return 2
		}
		return dumpCore(front, files)
	}
	gofiles, mods, ok := translateFiles(front, name, files)
	if !ok {
		return 1
	}
	if *tests {
		gofiles = append(gofiles, gen.File{Name: "erl2go_eunit_test.go", Src: eunit.TestFile(name, eunitModules(mods))})
	}
	if err := writeFiles(*out, gofiles); err != nil {
		fmt.Fprintf(os.Stderr, "erl2go gen: %v\n", err)
		return 1
	}
	return 0
}

// translateFiles runs the whole translator over files into package pkg,
// printing every message to stderr; ok is false when there were errors.
func translateFiles(front frontFlags, pkg string, files []string) ([]gen.File, []*core.Module, bool) {
	fset := source.NewFileSet()
	all := &source.ErrorList{}
	var mods []*core.Module
	// Without Erlang installed, erl2go's own eunit.hrl, assert.hrl and
	// ms_transform.hrl stand in for OTP's.
	if err := addEunitHeaders(&front); err != nil {
		fmt.Fprintf(os.Stderr, "erl2go: writing erl2go's own headers: %v\n", err)
		return nil, nil, false
	}
	opts := front.options()
	opts.Transforms = true // eunit.hrl's and ms_transform.hrl's parse transforms
	for _, file := range files {
		m, errs := translate.ParseFile(fset, file, opts)
		all.Append(errs)
		if m == nil || errs.HasErrors() {
			continue
		}
		cm, errs := core.Lower(m, fset)
		all.Append(errs)
		if cm != nil && !errs.HasErrors() {
			mods = append(mods, cm)
		}
	}
	if front.otp && !all.HasErrors() {
		more, ok := otpModules(fset, opts, mods)
		if !ok {
			return nil, nil, false
		}
		mods = append(mods, more...)
	}
	var out []gen.File
	if !all.HasErrors() {
		var errs *source.ErrorList
		out, errs = gen.Generate(pkg, fset, mods)
		all.Append(errs)
	}
	all.Sort()
	all.Print(os.Stderr)
	return out, mods, !all.HasErrors()
}

// dumpCore prints each module after translate/core: records lowered to
// tuples, calls resolved, and the tail-call groups.
func dumpCore(front frontFlags, files []string) int {
	status := 0
	for _, file := range files {
		fset := source.NewFileSet()
		m, errs := translate.ParseFile(fset, file, front.options())
		if m != nil && !errs.HasErrors() {
			var cm *core.Module
			cm, errs = core.Lower(m, fset)
			if cm != nil && !errs.HasErrors() {
				fmt.Printf("module %s: exports %v, tail groups %v, self tail calls %v\n",
					cm.Name, cm.Exports, cm.Groups, cm.SelfTail)
				for _, f := range cm.Funcs {
					ast.Dump(os.Stdout, fset, f)
				}
			}
		}
		errs.Print(os.Stderr)
		if errs.HasErrors() {
			status = 1
		}
	}
	return status
}

func writeFiles(dir string, files []gen.File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Src, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// eunitModules names the modules that have EUnit tests: those exporting a
// test function (eunit.hrl's parse transform exports them).
func eunitModules(mods []*core.Module) []string {
	var names []string
	for _, m := range mods {
		for _, fa := range m.Exports {
			if eunit.IsTest(fa.Name, fa.Arity) {
				names = append(names, m.Name)
				break
			}
		}
	}
	return names
}
