// Package golden holds erl2go's end-to-end tests: realistic Erlang programs
// in testdata/, the Go that erl2go generates for each (NAME.go.golden,
// rewritten by `go test ./golden -update`), and what BEAM printed for each
// program (NAME.out, recorded by scripts/record-golden.sh). The test
// translates every program into one Go package, builds it once, runs each
// program's main/0 and compares its output with BEAM's. Erlang itself is not
// needed to run the tests.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/rt"
	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/source"
)

var update = flag.Bool("update", false, "rewrite the .go.golden files")

// translateAll translates every testdata/*.erl into one package.
func translateAll(t *testing.T) ([]gen.File, []*core.Module) {
	files, _ := filepath.Glob("testdata/*.erl")
	sort.Strings(files)
	// Transforms: programs may use ms_transform (ets:fun2ms).
	return translateFiles(t, files, translate.Options{Transforms: true})
}

// translateFiles translates files into one package main, failing the test
// on any error.
func translateFiles(t *testing.T, files []string, opts translate.Options) ([]gen.File, []*core.Module) {
	t.Helper()
	fset := source.NewFileSet()
	var mods []*core.Module
	for _, f := range files {
		m, errs := translate.ParseFile(fset, f, opts)
		if errs.HasErrors() {
			t.Fatalf("%s:\n%v", f, errs)
		}
		cm, errs := core.Lower(m, fset)
		if errs.HasErrors() {
			t.Fatalf("%s:\n%v", f, errs)
		}
		mods = append(mods, cm)
	}
	out, errs := gen.Generate("main", fset, mods)
	if errs.HasErrors() {
		t.Fatalf("gen:\n%v", errs)
	}
	return out, mods
}

func TestGolden(t *testing.T) {
	files, mods := translateAll(t)
	for _, f := range files {
		if f.Name == "atoms.erl.go" {
			continue // shared by all the programs, it changes with each new one
		}
		golden := filepath.Join("testdata", strings.TrimSuffix(f.Name, ".erl.go")+".go.golden")
		if *update {
			if err := os.WriteFile(golden, f.Src, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%v (run go test ./golden -update)", err)
			continue
		}
		if !bytes.Equal(want, f.Src) {
			t.Errorf("%s: generated Go differs from %s (go test ./golden -update, then read the diff)", f.Name, golden)
		}
	}
	bin := build(t, files)
	for _, m := range mods {
		want, err := os.ReadFile(filepath.Join("testdata", m.Name+".out"))
		if err != nil {
			continue // a module without main/0
		}
		t.Run(m.Name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(bin, m.Name)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("%s: %v\n%s", m.Name, err, stderr.Bytes())
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("output differs from BEAM's\n--- got\n%s\n--- want (BEAM)\n%s", got, want)
			}
		})
	}
}

// build writes the package, a main that runs the module named by its
// argument, and a file that refers to every runtime function in the BIF
// table, and builds them into one executable.
func build(t *testing.T, files []gen.File) string {
	if testing.Short() {
		t.Skip("building the golden programs needs the go command")
	}
	return goBuild(t, append(files, gen.File{Name: "main.go", Src: []byte(mainSrc)},
		gen.File{Name: "bifs.go", Src: bifsSrc()}))
}

const mainSrc = `package main

import (
	"os"

	"github.com/erl2go/erl2go/rt"
)

func main() {
	rt.Main(nil, func(p *rt.Process) rt.Term {
		return rt.Apply(p, rt.Intern(os.Args[1]), rt.Intern("main"), nil)
	}, nil)
}
`

// bifsSrc refers to every function of the BIF table, so that the build
// fails if the table names a function rt does not have.
func bifsSrc() []byte {
	var b bytes.Buffer
	b.WriteString("package main\n\nimport \"github.com/erl2go/erl2go/rt\"\n\nvar _ = []any{\n")
	for _, e := range gen.BIFs() {
		fmt.Fprintf(&b, "\trt.%s,\n", e.GoName)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// TestBIFTable checks that every entry of the generator's BIF table is
// registered in the runtime's module registry under its Erlang name.
func TestBIFTable(t *testing.T) {
	for _, e := range gen.BIFs() {
		if !rt.FunctionExported(rt.Intern(e.Module), rt.Intern(e.Name), e.Arity) {
			t.Errorf("bifs.txt: %s:%s/%d is not registered in rt", e.Module, e.Name, e.Arity)
		}
	}
}
