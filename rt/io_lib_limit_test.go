package rt

import "testing"

// TestIoLibFormatCharsLimit checks io_lib:format/3 with {chars_limit, N}
// against testdata/stdlib/iolib_limit/want.txt, which ../record.escript
// (run in that directory) wrote with erl: each limited control's share of
// the limit, ~p and ~w cut by the depth search, strings and binaries cut
// to a printable prefix, ~s cut with "...", and the deep lists returned.
func TestIoLibFormatCharsLimit(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/stdlib/iolib_limit/want.txt"); n < 45 {
		t.Fatalf("only %d expressions", n)
	}
}
