package parse

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// expectRE finds an expected error on a line of a testdata/errors file:
// "%@ COL: MESSAGE", the message erlc prints for that line.
var expectRE = regexp.MustCompile(`%@ (\d+): (.*)$`)

// expectations returns the expected messages of a file as "file:line:col: msg".
func expectations(name, src string) []string {
	var want []string
	for i, line := range strings.Split(src, "\n") {
		if m := expectRE.FindStringSubmatch(line); m != nil {
			want = append(want, name+":"+itoa(i+1)+":"+m[1]+": "+m[2])
		}
	}
	return want
}

func errorFiles(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/errors/*.erl")
	if len(files) == 0 {
		t.Fatal("no error test files")
	}
	return files
}

// TestErrors checks that every failing form gets exactly the message that
// is written on its line, and that nothing else is reported.
func TestErrors(t *testing.T) {
	for _, file := range errorFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		want := expectations(name, string(src))
		_, _, errs := parseText(name, string(src))
		var got []string
		for _, e := range errs.List {
			got = append(got, e.Error())
		}
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\ngot:\n%s\nwant:\n%s", file, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestErrorsMatchErlc checks the expectations themselves against erlc, when
// it is installed: each expected message must be among those erlc prints.
func TestErrorsMatchErlc(t *testing.T) {
	if _, err := exec.LookPath("erlc"); err != nil {
		t.Skip("erlc not installed")
	}
	dir := t.TempDir()
	for _, file := range errorFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(file)
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("erlc", "-o", dir, name)
		cmd.Dir = dir
		out, _ := cmd.CombinedOutput()
		for _, w := range expectations(name, string(src)) {
			if !strings.Contains(string(out), w+"\n") {
				t.Errorf("erlc does not print %q", w)
			}
		}
	}
}
