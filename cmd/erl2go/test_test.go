package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// runCmd runs the erl2go command line and returns its exit status and output.
func runCmd(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	stdout, stderr = &out, &errOut
	defer func() { stdout, stderr = os.Stdout, os.Stderr }()
	status := run(args)
	return status, out.String() + errOut.String()
}

// TestEunitCommand runs `erl2go test` with erl2go's own eunit.hrl (as on a
// machine without Erlang) over a module whose tests all pass and one with
// failures: the exit status says which.
func TestEunitCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	t.Setenv("ERL2GO_EUNIT_HRL", "builtin")
	t.Setenv("ERL2GO_CACHE", t.TempDir())
	status, out := runCmd(t, "test", "../../examples/eunit/rpn.erl")
	if status != 0 || out != "  All 53 tests passed.\n" {
		t.Errorf("rpn: status %d, output:\n%s", status, out)
	}
	status, out = runCmd(t, "test", "../../golden/testdata/eunit/eu_fixture.erl")
	if status != 1 || !strings.HasSuffix(out, "  Failed: 4.  Skipped: 0.  Passed: 8.\nOne or more tests were cancelled.\n") {
		t.Errorf("eu_fixture: status %d, output:\n%s", status, out)
	}
}

// TestBuiltinMsTransformHeader translates a module that includes
// stdlib/include/ms_transform.hrl with erl2go's own headers (as on a
// machine without Erlang): the include resolves and ets:fun2ms is rewritten
// into its match specification.
func TestBuiltinMsTransformHeader(t *testing.T) {
	t.Setenv("ERL2GO_EUNIT_HRL", "builtin")
	t.Setenv("ERL2GO_CACHE", t.TempDir())
	dir := t.TempDir()
	src := dir + "/fm.erl"
	err := os.WriteFile(src, []byte(`-module(fm).
-export([spec/0]).
-include_lib("stdlib/include/ms_transform.hrl").
spec() -> ets:fun2ms(fun({K, V}) when V > 3 -> K end).
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	status, out := runCmd(t, "gen", "-o", dir+"/out", src)
	if status != 0 {
		t.Fatalf("gen: status %d\n%s", status, out)
	}
	gen, err := os.ReadFile(dir + "/out/fm.erl.go")
	if err != nil {
		t.Fatal(err)
	}
	// The spec [{{'$1','$2'},[{'>','$2',3}],['$1']}] names atom '$1'.
	if strings.Contains(strings.ToLower(string(gen)), "fun2ms") || !strings.Contains(string(gen), "atom__x24_1") {
		t.Errorf("ets:fun2ms was not rewritten into a match specification:\n%s", gen)
	}
}
