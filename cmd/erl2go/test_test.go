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
