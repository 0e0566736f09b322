package parse

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/ast"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden parses each testdata/ast/*.erl and compares the ast.Dump of
// its forms (and any errors) with the .golden file beside it, twice: with
// the fast path, and with ANTLR alone, which must give the same output.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/ast/*.erl")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	defer func() { fastOff = false }()
	for _, off := range []bool{false, true} {
		fastOff = off
		for _, file := range files {
			t.Run(filepath.Base(file), func(t *testing.T) { golden(t, file, *update && !off) })
		}
	}
}

func golden(t *testing.T, file string, update bool) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fset, m, errs := parseText(filepath.Base(file), string(src))
	var out bytes.Buffer
	for _, f := range m.Forms {
		ast.Dump(&out, fset, f)
	}
	errs.Print(&out)
	golden := strings.TrimSuffix(file, ".erl") + ".golden"
	if update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("%s differs from %s (fast path off: %v; run go test -update and read the diff):\n%s",
			file, golden, fastOff, out.String())
	}
}
