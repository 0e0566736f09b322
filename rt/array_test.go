package rt

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestArrayAgainstBEAM checks the array module against
// testdata/array/want.txt, which ../stdlib/record.escript wrote with erl
// from testdata/array/exprs.txt. Arrays print whole (~w), so the trees
// must have OTP's shape, not just its contents.
func TestArrayAgainstBEAM(t *testing.T) {
	f, err := os.Open("testdata/array/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		expr, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n++
		if got := evalForTest(expr); got != want {
			t.Errorf("%s\n got %s\nwant %s", expr, got, want)
		}
	}
	if n < 90 {
		t.Fatalf("only %d expressions", n)
	}
}
