package rt

import "testing"

// TestSetsDictAgainstBEAM checks sets (both versions) and dict against
// testdata/sets/want.txt, which ../stdlib/record.escript wrote with erl
// from testdata/sets/exprs.txt: whole records printed with ~w, so bucket
// placement, growth, shrinking and iteration order all have to match.
func TestSetsDictAgainstBEAM(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/sets/want.txt"); n < 80 {
		t.Fatalf("only %d expressions", n)
	}
}
