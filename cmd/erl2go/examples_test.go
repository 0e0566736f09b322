package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// The Go committed under examples/ is what `erl2go gen` makes of each
// example now (scripts/gen-examples.sh regenerates it after a translator
// change): each example is translated again, as the script does, and
// compared file by file.
func TestExamplesCurrent(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		dir  string   // where gen runs, relative to the repository
		args []string // gen's arguments after -o
	}{
		{"examples/factorial", []string{"-pkg", "factorial", "factorial.erl"}},
		{"examples/quicksort", []string{"-pkg", "quicksort", "quicksort.erl"}},
		{"examples/pingpong", []string{"-pkg", "pingpong", "pingpong.erl"}},
		{"examples/tcp", []string{"-pkg", "tcp", "tcp.erl"}},
		{"examples/gogenerate", []string{"-pkg", "gogenerate", "counter.erl"}},
		{".", []string{"-tests", "-pkg", "eunit", "examples/eunit/rpn.erl"}},
	}
	// The EUnit example is made with erl2go's own eunit.hrl, so that it is
	// the same on a machine without Erlang (scripts/gen-examples.sh too).
	t.Setenv("ERL2GO_EUNIT_HRL", "builtin")
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	for _, c := range cases {
		out := t.TempDir()
		if err := os.Chdir(filepath.Join(root, c.dir)); err != nil {
			t.Fatal(err)
		}
		if code := runGen(append([]string{"-o", out}, c.args...)); code != 0 {
			t.Fatalf("%s: erl2go gen %v: exit %d", c.dir, c.args, code)
		}
		made, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		want := filepath.Join(root, c.dir)
		if c.dir == "." {
			want = filepath.Join(root, "examples/eunit")
		}
		for _, f := range made {
			got, _ := os.ReadFile(filepath.Join(out, f.Name()))
			old, err := os.ReadFile(filepath.Join(want, f.Name()))
			if err != nil || !bytes.Equal(got, old) {
				t.Errorf("%s/%s is not what erl2go gen makes now: run scripts/gen-examples.sh", want, f.Name())
			}
		}
	}
}
