package rt

import (
	"os"
	"testing"
)

// filename's functions against BEAM: testdata/stdlib/filename/want.txt was
// recorded by running ../record.escript in that directory with OTP 25.
func TestFilenameAgainstBEAM(t *testing.T) {
	if n := checkRecordedExprs(t, "testdata/stdlib/filename/want.txt"); n < 500 {
		t.Errorf("only %d expressions", n)
	}
}

// absname/1 joins with the current directory.
func TestFilenameAbsnameCwd(t *testing.T) {
	p := NewProcess()
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[Term]Term{
		Str("x/./y/"):                Str(cwd + "/x/y"),
		Str("/abs"):                  Str("/abs"),
		NewBinary([]byte("b")):       NewBinary([]byte(cwd + "/b")),
		List(Intern("a"), Str("/c")): Str(cwd + "/a/c"),
	} {
		if got := FilenameAbsname1(p, name); !ExactEqual(got, want) {
			t.Errorf("absname(%s) = %s, want %s", Format(name), Format(got), Format(want))
		}
	}
}
