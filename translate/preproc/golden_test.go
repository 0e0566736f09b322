package preproc

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

var update = flag.Bool("update", false, "rewrite testdata/epp/*.epp by running OTP's epp (needs escript)")

// TestEpp preprocesses each testdata/epp/*.erl and compares the forms and
// messages with what OTP 25's epp produced for the same file, recorded in
// the .epp file next to it (regenerate with -update; the oracle is
// testdata/epp.escript). The first line of a test file may hold options:
// "%% opts: -Iinc -DNAME=Value -Fmaybe_expr". Where we differ from epp on
// purpose, NAME.ours holds what we expect instead, lines starting with "#"
// saying why.
func TestEpp(t *testing.T) {
	files, err := filepath.Glob("testdata/epp/*.erl")
	if err != nil || len(files) == 0 {
		t.Fatal("no test files", err)
	}
	oracle, _ := filepath.Abs("testdata/epp.escript")
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".erl"), func(t *testing.T) {
			t.Chdir("testdata/epp")
			t.Setenv("ERL_LIBS", "")
			args := testOptions(t, name)
			golden := strings.TrimSuffix(name, ".erl") + ".epp"
			if *update {
				runOracle(t, oracle, name, args, golden)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if ours, err := os.ReadFile(strings.TrimSuffix(golden, ".epp") + ".ours"); err == nil {
				// A deliberate difference from epp, explained in the file.
				want = ours
			}
			wantForms, wantMsgs := splitOutput(string(want))
			gotForms, gotMsgs := runOurs(name, args)
			compareLines(t, "form", gotForms, wantForms)
			compareLines(t, "message", gotMsgs, wantMsgs)
		})
	}
}

// testOptions reads the "%% opts:" line of a test file.
func testOptions(t *testing.T, name string) []string {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "%% opts:"); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

func runOracle(t *testing.T, oracle, name string, args []string, golden string) {
	cmd := exec.Command("escript", append([]string{oracle, name}, args...)...)
	lib, _ := filepath.Abs("lib")
	cmd.Env = append(os.Environ(), "ERL_LIBS="+lib)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("epp: %v", err)
	}
	out = []byte(strings.ReplaceAll(string(out), lib, "$LIB"))
	if err := os.WriteFile(golden, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runOurs preprocesses name with the options and renders the result as
// the oracle does.
func runOurs(name string, args []string) (forms, msgs []string) {
	lib, _ := filepath.Abs("lib")
	opts := Options{OTPRoot: "/nonexistent", LibDirs: []string{lib}}
	for _, a := range args {
		switch {
		case strings.HasPrefix(a, "-I"):
			opts.IncludePath = append(opts.IncludePath, a[2:])
		case strings.HasPrefix(a, "-D"):
			n, v, _ := strings.Cut(a[2:], "=")
			opts.Defines = append(opts.Defines, Define{n, v})
		case strings.HasPrefix(a, "-F"):
			opts.Features = append(opts.Features, a[2:])
		}
	}
	fset := source.NewFileSet()
	fs, errs := File(fset, name, opts)
	for _, f := range fs {
		forms = append(forms, strings.ReplaceAll(renderForm(fset, f), lib, "$LIB"))
	}
	for _, e := range errs.List {
		kind := "error"
		if e.Warning {
			kind = "warning"
		}
		msgs = append(msgs, fmt.Sprintf("%s %d:%d: %s", kind, e.Pos.Line, e.Pos.Column, e.Msg))
	}
	return forms, msgs
}

// renderForm prints a form as the oracle does.
func renderForm(fset *source.FileSet, f Form) string {
	var b strings.Builder
	isFile := len(f) > 1 && f[0].Type == tMINUS && isAtom(f[1], "file")
	for i, t := range f {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tokenSrc(t))
		if !isFile {
			p := fset.Position(t.Pos)
			fmt.Fprintf(&b, "@%d:%d", p.Line, p.Column)
		}
	}
	return b.String()
}

func splitOutput(s string) (forms, msgs []string) {
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "error ") || strings.HasPrefix(l, "warning ") {
			msgs = append(msgs, l)
		} else if l != "" {
			forms = append(forms, l)
		}
	}
	return forms, msgs
}

func compareLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	n := max(len(got), len(want))
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s %d:\n got  %s\n want %s", what, i+1, g, w)
		}
	}
}
