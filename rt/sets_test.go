package rt

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestSetsDictAgainstBEAM checks sets (both versions) and dict against
// testdata/sets/want.txt, which ../stdlib/record.escript wrote with erl
// from testdata/sets/exprs.txt: whole records printed with ~w, so bucket
// placement, growth, shrinking and iteration order all have to match.
func TestSetsDictAgainstBEAM(t *testing.T) {
	f, err := os.Open("testdata/sets/want.txt")
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
	if n < 80 {
		t.Fatalf("only %d expressions", n)
	}
}
