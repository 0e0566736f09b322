package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// writeTree writes files (path -> text) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestOTPClosure checks which modules and functions -otp takes from an
// installation, on a made-up one: only what the program's calls reach,
// every export of a module whose function is not known at the call or that
// declares a behaviour, nothing of modules the runtime has, and a note for
// a module that does not translate.
func TestOTPClosure(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"lib/app-1.0/src/a.erl": `-module(a).
-export([f/0, h/0, dyn/1]).
-include("a.hrl").
f() -> b:g() + ?ONE.
h() -> c:x().
dyn(F) -> d:F().
`,
		"lib/app-1.0/include/a.hrl": "-define(ONE, 1).\n",
		"lib/app-1.0/src/b.erl": `-module(b).
-export([g/0, unused/0]).
g() -> lists:sum([k()]) + (fun e:two/0)().
k() -> 1.
unused() -> c:x().
`,
		"lib/app-1.0/src/c.erl":        "-module(c).\n-export([x/0]).\nx() -> 0.\n",
		"lib/app-1.0/src/d.erl":        "-module(d).\n-export([p/0, q/0]).\np() -> 1.\nq() -> r().\nr() -> 2.\n",
		"lib/app-1.0/src/e.erl":        "-module(e).\n-behaviour(gen_server).\n-export([two/0, init/1]).\ntwo() -> 2.\ninit(_) -> {ok, []}.\n",
		"lib/app-1.0/src/f.erl":        "-module(f).\n-export([g/0, h/0, k/0]).\ng() -> f:k().\nh() -> 2.\nk() -> 1.\n",
		"lib/app-1.0/src/g.erl":        "-module(g).\n-export([run/0, other/0]).\nrun() -> ok.\nother() -> ok.\n",
		"lib/app-1.0/src/bad.erl":      "-module(bad).\n-export([y/0]).\ny() -> undefined_fn().\n",
		"lib/erts-1.0/src/erlang.erl":  "-module(erlang).\n",
		"lib/stdlib-1.0/src/lists.erl": "-module(lists).\n-export([sum/1]).\nsum(_) -> wrong.\n",
	})
	t.Setenv("ERL2GO_OTP_ROOT", root)
	prog := filepath.Join(t.TempDir(), "prog.erl")
	writeTree(t, filepath.Dir(prog), map[string]string{"prog.erl": `-module(prog).
-export([main/0]).
main() -> {a:f(), a:dyn(p), bad:y(), apply(nomod, f, []), f:g(), spawn_opt(g, run, [], [link])}.
`})
	if got := preproc.OTPRoot(); got != root {
		t.Skipf("the installation found is %s, not the test's (ERL2GO_OTP_ROOT is not first)", got)
	}
	fset := source.NewFileSet()
	_, mods, ok := translateFiles(frontFlags{}, "main", []string{prog})
	if !ok {
		t.Fatal("prog.erl does not translate")
	}
	var errOut strings.Builder
	stderr = &errOut
	defer func() { stderr = os.Stderr }()
	var front frontFlags
	more, ok := otpModules(fset, front.options(), mods)
	if !ok {
		t.Fatal("otpModules failed")
	}
	got := map[string][]string{}
	for _, m := range more {
		var fs []string
		for _, f := range m.Funcs {
			fs = append(fs, fmt.Sprintf("%s/%d", f.Name, f.Arity))
		}
		sort.Strings(fs)
		got[m.Name] = fs
	}
	want := map[string][]string{
		"a": {"dyn/1", "f/0"},
		"b": {"g/0", "k/0"},
		"d": {"p/0", "q/0", "r/0"},
		"e": {"init/1", "two/0"},
		"f": {"g/0", "k/0"}, // f:k() names f to call it, not as a value
		"g": {"run/0"},      // spawn_opt's options come after Args
	}
	for name, fs := range want {
		if strings.Join(got[name], " ") != strings.Join(fs, " ") {
			t.Errorf("module %s: functions %v, want %v", name, got[name], fs)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("module %s taken, not needed (functions %v)", name, got[name])
		}
	}
	if !strings.Contains(errOut.String(), "leaving out bad") {
		t.Errorf("no note about bad.erl; stderr:\n%s", errOut.String())
	}
}

// TestOTPFlagRun builds programs of golden/testdata/otp with -otp alone,
// without naming OTP's sources: sofs, digraph_utils, uri_string, rand, sys,
// gen_fsm and what they call come from the installed OTP, and the output is
// BEAM's. It needs OTP 25's sources (stdlib-4.2, at which the output was
// recorded). otp_syntax (erl_scan, erl_parse, erl_eval, erl_pp) passes too
// but takes minutes to build; otp_compiler needs -D flags of OTP's makefiles.
func TestOTPFlagRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	root := preproc.OTPRoot()
	if root == "" {
		t.Skip("no Erlang/OTP installed")
	}
	if srcs, _ := filepath.Glob(filepath.Join(root, "lib", "stdlib-4.2", "src", "sofs.erl")); len(srcs) == 0 {
		t.Skip("OTP 25's stdlib sources (stdlib-4.2) are not installed")
	}
	t.Setenv("ERL2GO_CACHE", t.TempDir())
	for _, name := range []string{"otp_sets", "otp_sys"} {
		t.Run(name, func(t *testing.T) {
			prog := filepath.Join("..", "..", "golden", "testdata", "otp", name)
			bin, status := buildProgram(frontFlags{otp: true}, []string{prog + ".erl"})
			if status != 0 {
				t.Fatalf("build -otp: status %d", status)
			}
			out, err := exec.Command(bin).Output()
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(prog + ".out")
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != string(want) {
				t.Errorf("output differs from BEAM's\n--- got\n%s\n--- want\n%s", out, want)
			}
		})
	}
}
