package golden

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go"
	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/gen"
)

// TestEunit translates the modules of testdata/eunit with erl2go's own
// eunit.hrl (the installed Erlang's with ERL2GO_EUNIT_HRL=installed), builds one program that runs eunit:test([M], Opts) for the
// module named on its command line, and compares its report with what
// BEAM printed (NAME.out, NAME.v.out; scripts/record-eunit.sh). Both
// reports are normalized first: fun frames and the timings are not
// compared (see normalizeEunit); funs' names ('-F/A-fun-N-') are.
func TestEunit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	bin := buildEunit(t)
	outs, _ := filepath.Glob("testdata/eunit/*.out")
	sort.Strings(outs)
	for _, want := range outs {
		name := strings.TrimSuffix(filepath.Base(want), ".out")
		mod, verbose := strings.TrimSuffix(name, ".v"), strings.HasSuffix(name, ".v")
		t.Run(name, func(t *testing.T) {
			if installedHeader() && mod == "eu_under" {
				t.Skip("OTP's ?UNDER_EUNIT needs erlang:group_leader/0 and process_info/2")
			}
			args := []string{mod}
			if verbose {
				args = append(args, "verbose")
			}
			got, _ := exec.Command(bin, args...).Output()
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := normalizeEunit(string(got)), normalizeEunit(string(exp)); g != w {
				t.Errorf("report differs from BEAM's\n--- got\n%s\n--- want (%s)\n%s", g, want, w)
			}
		})
	}
}

var (
	// a stack frame line of a fun of the tests (not of eunit's modules):
	// BEAM leaves out the frame of a fun whose body ends in a tail call,
	// erl2go keeps it
	funFrame = regexp.MustCompile(`(?m)^(\*\*)?(in function|in call from) [^ ]*'-[^ ]*-fun-\d+-'/\d+ .*\n(  called as .*\n)?`)
	// a run of stack frame lines
	frames    = regexp.MustCompile(`(?m)^(\*\*)?((in function|in call from) .*\n(  called as .*\n)?)+`)
	groupTime = regexp.MustCompile(`(?m)^ *\[done in \d+\.\d+ s\]\n`)
	testTime  = regexp.MustCompile(`\[\d+\.\d+ s\] ok`)
	// the trace of where a test was when it timed out: Go cannot take
	// another goroutine's stack
	timedOut = regexp.MustCompile(`(?m)^(.*\*timed out\*\n)((in function|in call from) .*\n)+`)
)

// normalizeEunit removes what erl2go does not reproduce: the frames of
// funs in stack traces (BEAM drops a fun's frame when the fun ends in a
// tail call, and keeps 8 frames, so the frames past the sixth go too),
// and timings
// (with them the "[done in ...]" lines of groups), and the trace of a
// test that timed out. The other frames,
// eunit's included, are compared.
func normalizeEunit(s string) string {
	s = timedOut.ReplaceAllString(s, "$1")
	s = funFrame.ReplaceAllStringFunc(s, func(l string) string {
		if strings.Contains(l, " eunit_") {
			return l
		}
		return l[:len(l)-len(strings.TrimPrefix(l, "**"))]
	})
	s = frames.ReplaceAllStringFunc(s, firstFrames)
	s = groupTime.ReplaceAllString(s, "")
	return testTime.ReplaceAllString(s, "ok")
}

// firstFrames keeps the first six frames of a trace, the first one
// starting "in function" whatever frame was dropped before it.
func firstFrames(block string) string {
	prefix := ""
	if strings.HasPrefix(block, "**") {
		prefix, block = "**", block[2:]
	}
	var kept []string
	for _, l := range strings.SplitAfter(block, "\n") {
		if l != "" && !strings.HasPrefix(l, "  called as") && len(kept) < 6 {
			kept = append(kept, l)
		}
	}
	kept[0] = "in function" + strings.TrimPrefix(strings.TrimPrefix(kept[0], "in call from"), "in function")
	return prefix + strings.Join(kept, "")
}

// installedHeader reports whether the test uses the installed Erlang's
// eunit.hrl rather than erl2go's.
func installedHeader() bool { return os.Getenv("ERL2GO_EUNIT_HRL") == "installed" }

// buildEunit translates testdata/eunit/*.erl and builds the test program.
func buildEunit(t *testing.T) string {
	files, _ := filepath.Glob("testdata/eunit/*.erl")
	sort.Strings(files)
	inc, err := filepath.Abs("../include")
	if err != nil {
		t.Fatal(err)
	}
	opts := translate.Options{IncludePath: []string{inc}, Transforms: true}
	if installedHeader() {
		opts.IncludePath = nil // the installed Erlang's eunit.hrl and assert.hrl
	}
	out, _ := translateFiles(t, files, opts)
	out = append(out, gen.File{Name: "main.go", Src: []byte(eunitMain)})
	return goBuild(t, out)
}

const eunitMain = `package main

import (
	"os"

	"github.com/erl2go/erl2go/rt"
)

func main() {
	rt.RunEunit(rt.List(rt.Intern(os.Args[1])), len(os.Args) > 2)
}
`

// goBuild writes the files as a program beside the runtime and builds it; the
// golden and EUnit tests share it.
func goBuild(t *testing.T, files []gen.File) string {
	dir := t.TempDir()
	rtmod, err := erl2go.RuntimeModule(dir)
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "prog")
	gomod := fmt.Sprintf("module goldenprog\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		erl2go.GoVersion(), erl2go.ModulePath, erl2go.ModulePath, rtmod)
	files = append(files, gen.File{Name: "go.mod", Src: []byte(gomod)})
	if err := os.MkdirAll(prog, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(prog, f.Name), f.Src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "prog.exe")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = prog
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
