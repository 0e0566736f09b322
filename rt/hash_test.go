package rt

import (
	"bufio"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// TestPhashAgainstBEAM checks erlang:phash2/1,2 and erlang:phash/2 on the
// terms of testdata/hash/phash.txt, whose values BEAM recorded
// (record.escript there): each line holds term_to_binary(T) in hex, then
// phash2(T, 1 bsl 32), phash2(T), phash(T, 1 bsl 32) and phash(T, 7919).
func TestPhashAgainstBEAM(t *testing.T) {
	f, err := os.Open("testdata/hash/phash.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := NewProcess()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		raw, err := hex.DecodeString(fs[0])
		if err != nil || len(fs) != 5 {
			t.Fatalf("bad line %q", sc.Text())
		}
		term, _, ok := BinaryToTerm(raw, false)
		if !ok {
			t.Fatalf("cannot decode %s", fs[0])
		}
		n++
		got := []Term{
			ErlangPhash22(p, term, ParseInt("4294967296")),
			ErlangPhash21(p, term),
			ErlangPhash2(p, term, ParseInt("4294967296")),
			ErlangPhash2(p, term, BoxInt(7919)),
		}
		for i, g := range got {
			if Format(g) != fs[i+1] {
				t.Errorf("%s (%s): value %d: got %s, want %s", Format(term), fs[0], i, Format(g), fs[i+1])
			}
		}
	}
	t.Logf("%d terms", n)
}
