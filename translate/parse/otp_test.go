package parse

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// otpLib returns the lib directory of the installed Erlang/OTP, or skips.
func otpLib(tb testing.TB) string {
	if _, err := exec.LookPath("erl"); err != nil {
		tb.Skip("erl not installed")
	}
	out, err := exec.Command("erl", "-noshell", "-eval", `io:format("~s", [code:lib_dir()]), halt().`).Output()
	if err != nil {
		tb.Skipf("cannot ask erl for its lib dir: %v", err)
	}
	return string(out)
}

// otpFiles returns the .erl files in the src directories of the named
// applications (all of them when apps is empty), sorted.
func otpFiles(tb testing.TB, lib string, apps ...string) []string {
	var files []string
	dirs, _ := filepath.Glob(filepath.Join(lib, "*"))
	for _, d := range dirs {
		app := strings.SplitN(filepath.Base(d), "-", 2)[0]
		if len(apps) > 0 && !contains(apps, app) {
			continue
		}
		fs, _ := filepath.Glob(filepath.Join(d, "src", "*.erl"))
		files = append(files, fs...)
	}
	sort.Strings(files)
	return files
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// includePath is what OTP's own makefiles give erlc: -I app/src
// -I app/include, and kernel's include directory (for logger.hrl).
func includePath(file string) []string {
	app := filepath.Dir(filepath.Dir(file))
	kernel, _ := filepath.Glob(filepath.Join(filepath.Dir(app), "kernel-*", "include"))
	return append([]string{filepath.Join(app, "src"), filepath.Join(app, "include")}, kernel...)
}

// frontEnd preprocesses and parses one OTP file as erlc would, returning
// the module and all errors.
func frontEnd(file string) (*source.FileSet, *ast.Module, *source.ErrorList) {
	fset := source.NewFileSet()
	opts := preproc.Options{IncludePath: includePath(file)}
	forms, errs := preproc.File(fset, file, opts)
	m := Forms(fset, file, forms, errs)
	return fset, m, errs
}

// TestOTPSample preprocesses and parses 40 files of stdlib, kernel and
// compiler, which must go through without a single error.
func TestOTPSample(t *testing.T) {
	files := otpFiles(t, otpLib(t), "stdlib", "kernel", "compiler")
	if len(files) == 0 {
		t.Skip("no OTP sources installed")
	}
	step := max(len(files)/40, 1)
	for i := 0; i < len(files); i += step {
		_, m, errs := frontEnd(files[i])
		if errs.HasErrors() {
			t.Errorf("%s:\n%v", files[i], errs)
		}
		if len(m.Forms) == 0 {
			t.Errorf("%s: no forms", files[i])
		}
	}
}

// BenchmarkOTP measures the front end (preprocessing and parsing) over the
// sources of stdlib, kernel and compiler; the MB/s reported is of source.
func BenchmarkOTP(b *testing.B) {
	files := otpFiles(b, otpLib(b), "stdlib", "kernel", "compiler")
	if len(files) == 0 {
		b.Skip("no OTP sources installed")
	}
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			frontEnd(f)
		}
	}
}

// BenchmarkParseOTP measures parsing alone: the same files as BenchmarkOTP,
// preprocessed once before the timer starts.
func BenchmarkParseOTP(b *testing.B) {
	files := otpFiles(b, otpLib(b), "stdlib", "kernel", "compiler")
	if len(files) == 0 {
		b.Skip("no OTP sources installed")
	}
	type input struct {
		fset  *source.FileSet
		forms []preproc.Form
	}
	var ins []input
	var size int64
	for _, f := range files {
		fset := source.NewFileSet()
		forms, _ := preproc.File(fset, f, preproc.Options{IncludePath: includePath(f)})
		ins = append(ins, input{fset, forms})
		if st, err := os.Stat(f); err == nil {
			size += st.Size()
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, in := range ins {
			var errs source.ErrorList
			Forms(in.fset, files[j], in.forms, &errs)
		}
	}
}

// formSummary describes a form as the escript in the TestOTPAll comment
// does for epp's output: "fun name/arity @line" or "attr name @line".
func formSummary(fset *source.FileSet, f ast.Form) string {
	line := fset.Position(f.Pos()).Line
	name := ""
	switch f := f.(type) {
	case *ast.Function:
		return fmt.Sprintf("fun %s/%d @%d", writeAtom(f.Name), f.Arity, line)
	case *ast.ModuleAttr:
		name = "module"
	case *ast.Export:
		name = "export"
	case *ast.ExportType:
		name = "export_type"
	case *ast.Import:
		name = "import"
	case *ast.RecordDecl:
		name = "record"
	case *ast.TypeDecl:
		name = map[bool]string{false: "type", true: "opaque"}[f.Opaque]
	case *ast.Spec:
		name = map[bool]string{false: "spec", true: "callback"}[f.Callback]
	case *ast.Attribute:
		if f.Name == "file" {
			return ""
		}
		name = writeAtom(f.Name)
	}
	return fmt.Sprintf("attr %s @%d", name, line)
}

// TestOTPAll runs the front end over every .erl file of the installed OTP,
// when ERL2GO_OTP_ALL is set, and lists the files with errors (compare with
// the files epp:parse_file rejects with the same include path).
func TestOTPAll(t *testing.T) {
	if os.Getenv("ERL2GO_OTP_ALL") == "" {
		t.Skip("set ERL2GO_OTP_ALL=1")
	}
	files := otpFiles(t, otpLib(t))
	bad := 0
	var listing strings.Builder
	for _, f := range files {
		fset, m, errs := frontEnd(f)
		if errs.HasErrors() {
			bad++
			t.Logf("FAIL %s\n%v", f, errs)
			continue
		}
		for _, form := range m.Forms {
			if s := formSummary(fset, form); s != "" {
				fmt.Fprintf(&listing, "%s %s\n", f, s)
			}
		}
	}
	if out := os.Getenv("ERL2GO_OTP_LISTING"); out != "" {
		os.WriteFile(out, []byte(listing.String()), 0o644)
	}
	t.Logf("%d files, %d with errors", len(files), bad)
}
