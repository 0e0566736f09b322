package lint

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

// TestOTPSources lints OTP's own sources, which are all valid: any error is
// a false one. By default stdlib; with
// LINT_OTP_ALL=1, every /usr/lib/erlang/lib/*/src/*.erl.
func TestOTPSources(t *testing.T) {
	if _, err := exec.LookPath("escript"); err != nil {
		t.Skip("Erlang is not installed")
	}
	pattern := "/usr/lib/erlang/lib/stdlib-*/src/*.erl"
	if os.Getenv("LINT_OTP_ALL") != "" {
		pattern = "/usr/lib/erlang/lib/*/src/*.erl"
	}
	files := otpFiles(pattern)
	if len(files) == 0 {
		t.Skip("no OTP sources found")
	}
	clean, failed := 0, 0
	for i := 0; i < len(files); i += 50 {
		batch := files[i:min(i+50, len(files))]
		fset := source.NewFileSet()
		mods, err := readAbsForms(fset, batch...)
		if err != nil {
			t.Logf("%v", err)
		}
		for _, m := range mods {
			var errs source.ErrorList
			Module(fset, m, &errs)
			if errs.HasErrors() {
				failed++
				t.Errorf("%s: false errors:\n%v", m.File, errs.Error())
			} else {
				clean++
			}
		}
	}
	t.Logf("%d of %d files lint clean", clean, clean+failed)
}

// otpFiles expands a pattern with one {a,b} alternation.
func otpFiles(pattern string) []string {
	var pats []string
	if i := indexByte(pattern, '{'); i >= 0 {
		j := indexByte(pattern, '}')
		for _, alt := range splitComma(pattern[i+1 : j]) {
			pats = append(pats, pattern[:i]+alt+pattern[j+1:])
		}
	} else {
		pats = []string{pattern}
	}
	var files []string
	for _, p := range pats {
		m, _ := filepath.Glob(p)
		files = append(files, m...)
	}
	return files
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func splitComma(s string) []string {
	var r []string
	for {
		i := indexByte(s, ',')
		if i < 0 {
			return append(r, s)
		}
		r, s = append(r, s[:i]), s[i+1:]
	}
}

// TestOTPWarnings compares lint's warnings (unused, shadowed and exported
// variables, unused functions) with erl_lint's on OTP's sources: stdlib, or all of
// them with LINT_OTP_ALL=1.
func TestOTPWarnings(t *testing.T) {
	if _, err := exec.LookPath("escript"); err != nil {
		t.Skip("Erlang is not installed")
	}
	pattern := "/usr/lib/erlang/lib/stdlib-*/src/*.erl"
	if os.Getenv("LINT_OTP_ALL") != "" {
		pattern = "/usr/lib/erlang/lib/*/src/*.erl"
	}
	files := otpFiles(pattern)
	same := 0
	for i := 0; i < len(files); i += 50 {
		batch := files[i:min(i+50, len(files))]
		fset := source.NewFileSet()
		mods, _ := readAbsForms(fset, batch...)
		want := erlUnused(t, batch)
		for _, m := range mods {
			var errs source.ErrorList
			Module(fset, m, &errs)
			g := warningLines(&errs, m.File)
			if w := strings.Join(want[m.File], "\n"); g != w {
				t.Errorf("%s: warnings differ\ngot:\n%s\nwant:\n%s", m.File, g, w)
				continue
			}
			same++
		}
	}
	t.Logf("%d files with the same warnings as erl_lint", same)
}

// erlUnused runs testdata/unused.escript: file -> sorted warnings.
func erlUnused(t *testing.T, files []string) map[string][]string {
	out, err := exec.Command("escript", append([]string{"testdata/unused.escript"}, files...)...).Output()
	if err != nil {
		t.Logf("unused.escript: %v", err)
	}
	r := map[string][]string{}
	file := ""
	for _, l := range strings.Split(string(out), "\n") {
		if f, ok := strings.CutPrefix(l, "FILE "); ok {
			file = f
		} else if l != "" {
			r[file] = append(r[file], l)
		}
	}
	for _, ws := range r {
		sort.Strings(ws)
	}
	return r
}
