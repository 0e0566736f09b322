package lint

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/parse"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// frontEnd preprocesses and parses one file of source text with our own
// front end; it needs no Erlang installation.
func frontEnd(fset *source.FileSet, name, src string) (*source.ErrorList, *source.ErrorList) {
	opts := preproc.Options{ReadFile: func(f string) ([]byte, error) {
		if f == name {
			return []byte(src), nil
		}
		return os.ReadFile(f)
	}}
	forms, perrs := preproc.File(fset, name, opts)
	m := parse.Forms(fset, name, forms, perrs)
	var errs source.ErrorList
	if !perrs.HasErrors() {
		Module(fset, m, &errs)
	}
	return perrs, &errs
}

// TestErrors runs lint on the chunks as our front end reads them.
func TestErrors(t *testing.T) {
	for _, c := range testFiles(t) {
		fset := source.NewFileSet()
		perrs, errs := frontEnd(fset, filepath.Join(t.TempDir(), "t.erl"), c.src)
		if perrs.HasErrors() {
			t.Errorf("%s:%d: front end errors:\n%v", c.file, c.start, perrs)
			continue
		}
		compare(t, c, errs)
	}
}

// TestOTPFrontEnd lints OTP's sources read by our own front end: files the
// front end rejects are counted apart (they are its business); any lint
// error is a false one, and where Erlang is installed the warnings must be
// erl_lint's. stdlib by default; LINT_OTP_ALL=1 for all.
func TestOTPFrontEnd(t *testing.T) {
	pattern := "/usr/lib/erlang/lib/stdlib-*/src/*.erl"
	if os.Getenv("LINT_OTP_ALL") != "" {
		pattern = "/usr/lib/erlang/lib/*/src/*.erl"
	}
	files := otpFiles(pattern)
	if len(files) == 0 {
		t.Skip("no OTP sources found")
	}
	_, noErl := exec.LookPath("escript")
	clean, rejected := 0, 0
	for i := 0; i < len(files); i += 50 {
		batch := files[i:min(i+50, len(files))]
		var want map[string][]string
		if noErl == nil {
			want = erlUnused(t, batch)
		}
		for _, f := range batch {
			errs, ok := lintFile(f)
			if !ok {
				rejected++
				continue
			}
			if errs.HasErrors() {
				t.Errorf("%s: false errors:\n%v", f, errs.Error())
				continue
			}
			if got := warningLines(errs, f); want != nil && got != strings.Join(want[f], "\n") {
				t.Errorf("%s: warnings differ\ngot:\n%s\nwant:\n%s", f, got, strings.Join(want[f], "\n"))
				continue
			}
			clean++
		}
	}
	t.Logf("%d of %d files lint clean (%d more rejected by the front end)", clean, len(files)-rejected, rejected)
}

// lintFile runs our front end and lint on an OTP file; ok is false when the
// front end rejects it.
func lintFile(f string) (*source.ErrorList, bool) {
	fset := source.NewFileSet()
	forms, perrs := preproc.File(fset, f, preproc.Options{IncludePath: otpIncludeDirs(f)})
	m := parse.Forms(fset, f, forms, perrs)
	if perrs.HasErrors() {
		return nil, false
	}
	var errs source.ErrorList
	Module(fset, m, &errs)
	return &errs, true
}

// warningLines returns the warnings in file as sorted "L:C: message" lines
// (first lines of messages only).
func warningLines(errs *source.ErrorList, file string) string {
	var got []string
	for _, e := range errs.List {
		if e.Warning && e.Pos.Filename == file {
			msg, _, _ := strings.Cut(e.Msg, "\n")
			got = append(got, fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, msg))
		}
	}
	sort.Strings(got)
	return strings.Join(got, "\n")
}

// otpIncludeDirs mirrors testdata/absform.escript: the file's directory,
// ../include, and every OTP application's include directory.
func otpIncludeDirs(file string) []string {
	dir := filepath.Dir(file)
	incs, _ := filepath.Glob("/usr/lib/erlang/lib/*/include")
	return append([]string{dir, filepath.Join(dir, "../include")}, incs...)
}

// BenchmarkLint lints a large OTP file (read once by our front end).
func BenchmarkLint(b *testing.B) {
	const file = "/usr/lib/erlang/lib/stdlib-4.2/src/erl_lint.erl"
	if _, err := os.Stat(file); err != nil {
		b.Skip("no OTP sources")
	}
	fset := source.NewFileSet()
	forms, perrs := preproc.File(fset, file, preproc.Options{IncludePath: otpIncludeDirs(file)})
	m := parse.Forms(fset, file, forms, perrs)
	b.ResetTimer()
	for range b.N {
		var errs source.ErrorList
		Module(fset, m, &errs)
	}
}

// FuzzLint checks that lint never panics on what the front end accepts.
// Seeds are the test chunks.
func FuzzLint(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.erl")
	for _, file := range files {
		data, _ := os.ReadFile(file)
		for _, chunk := range strings.Split(string(data), "\n%% ---\n") {
			f.Add(chunk)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		fset := source.NewFileSet()
		frontEnd(fset, "fuzz.erl", src)
	})
}
