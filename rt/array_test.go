package rt

import "testing"

// TestArrayAgainstBEAM checks the array module against
// testdata/array/want.txt, which ../stdlib/record.escript wrote with erl
// from testdata/array/exprs.txt. Arrays print whole (~w), so the trees
// must have OTP's shape, not just its contents.
func TestArrayAgainstBEAM(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/array/want.txt"); n < 90 {
		t.Fatalf("only %d expressions", n)
	}
}
