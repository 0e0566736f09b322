package rt

import "testing"

// filename's functions against BEAM: testdata/stdlib/filename/want.txt was
// recorded by running ../record.escript in that directory with OTP 25.
func TestFilenameAgainstBEAM(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/stdlib/filename/want.txt"); n < 500 {
		t.Errorf("only %d expressions", n)
	}
}
