package lint

import (
	"os"
	"path/filepath"
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
// error is a false one. A sample by default; LINT_OTP_ALL=1 for all.
func TestOTPFrontEnd(t *testing.T) {
	pattern := "/usr/lib/erlang/lib/stdlib-*/src/*.erl"
	if os.Getenv("LINT_OTP_ALL") != "" {
		pattern = "/usr/lib/erlang/lib/*/src/*.erl"
	}
	files := otpFiles(pattern)
	if len(files) == 0 {
		t.Skip("no OTP sources found")
	}
	clean, rejected := 0, 0
	for _, f := range files {
		fset := source.NewFileSet()
		forms, perrs := preproc.File(fset, f, preproc.Options{IncludePath: otpIncludeDirs(f)})
		m := parse.Forms(fset, f, forms, perrs)
		if perrs.HasErrors() {
			rejected++
			continue
		}
		var errs source.ErrorList
		Module(fset, m, &errs)
		if errs.HasErrors() {
			t.Errorf("%s: false errors:\n%v", f, errs.Error())
			continue
		}
		clean++
	}
	t.Logf("%d of %d files lint clean (%d more rejected by the front end)", clean, len(files)-rejected, rejected)
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
