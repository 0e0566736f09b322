package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestFuncsMatchEpp runs `erl2go parse -funcs` and epp:parse_file (through
// scripts/epp_funcs.escript) over a sample of the installed OTP sources and
// requires the same function lists for every file epp accepts. It needs an
// installed Erlang and skips without one; scripts/otpcompare runs the same
// comparison over every application.
func TestFuncsMatchEpp(t *testing.T) {
	if _, err := exec.LookPath("escript"); err != nil {
		t.Skip("no Erlang installed")
	}
	lib := "/usr/lib/erlang/lib"
	escript, err := filepath.Abs("../../scripts/epp_funcs.escript")
	if err != nil {
		t.Fatal(err)
	}
	for _, app := range []string{"stdlib", "kernel", "compiler", "ssl"} {
		dirs, _ := filepath.Glob(filepath.Join(lib, app+"-*"))
		if len(dirs) == 0 {
			continue
		}
		dir := filepath.Base(dirs[len(dirs)-1])
		all, _ := filepath.Glob(filepath.Join(lib, dir, "src", "*.erl"))
		args := []string{"-I", dir + "/src", "-I", dir + "/include"}
		for i, f := range all {
			if i%4 == 0 || !testing.Short() && i%2 == 0 {
				args = append(args, strings.TrimPrefix(f, lib+"/"))
			}
		}
		cmd := exec.Command("escript", append([]string{escript}, args...)...)
		cmd.Dir = lib
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v", app, err)
		}
		got, errs := parseIn(t, lib, append([]string{"parse", "-funcs"}, args...))
		wantByFile, gotByFile := linesByFile(string(want)), linesByFile(got)
		for _, f := range args[4:] {
			w := wantByFile[f]
			if w == " !error\n" {
				continue // epp rejects it too (e.g. a header of an app that is not installed)
			}
			if strings.Contains(errs, f+":") {
				t.Errorf("%s: epp accepts it, erl2go says:\n%s", f, errs)
			} else if w != gotByFile[f] {
				t.Errorf("%s: erl2go -funcs differs from epp", f)
			}
		}
	}
}

// parseIn runs the erl2go command line in dir and returns what it printed.
func parseIn(t *testing.T, dir string, args []string) (string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errOut bytes.Buffer
	stdout, stderr = &out, &errOut
	defer func() { stdout, stderr = os.Stdout, os.Stderr }()
	run(args)
	return out.String(), errOut.String()
}

func linesByFile(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.SplitAfter(out, "\n") {
		if f, rest, ok := strings.Cut(line, " "); ok {
			m[f] += " " + rest
		}
	}
	return m
}
