package rt

import (
	"bufio"
	"crypto/md5"
	"encoding/hex"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The golden file holds what BEAM printed for each case; see
// testdata/format/record.escript for its format and how to regenerate it.
// shapes.txt holds, per case, the MD5 of the deep list BEAM returned,
// written with ~w (testdata/format/shapes.escript).
// -golden.show=N prints the first N mismatches in full.
var (
	goldenShow = flag.Int("golden.show", 10, "mismatches to print in full")
	goldenFile = flag.String("golden.file", "testdata/format/golden.txt", "recorded cases to replay")
)

type goldenCase struct {
	title  string
	input  []byte
	want   []rune // the expected output
	errStr string // or the expected exception, "error:badarg"
}

func readGolden(t *testing.T, path string) []goldenCase {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []goldenCase
	var cur *goldenCase
	var lines []string
	finish := func() {
		if cur != nil && lines != nil {
			cur.want = []rune(strings.Join(lines, "\n"))
		}
		lines = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# "):
			finish()
			cases = append(cases, goldenCase{title: line[2:]})
			cur = &cases[len(cases)-1]
		case strings.HasPrefix(line, "in "):
			if cur.input, err = hex.DecodeString(line[3:]); err != nil {
				t.Fatalf("%s: %v", cur.title, err)
			}
		case line == "out":
			lines = []string{}
		case strings.HasPrefix(line, "|"):
			lines = append(lines, line[1:])
		case strings.HasPrefix(line, "outc"):
			for _, f := range strings.Fields(line[4:]) {
				n, _ := strconv.Atoi(f)
				cur.want = append(cur.want, rune(n))
			}
			cur.want = append(cur.want[:0:0], cur.want...)
		case strings.HasPrefix(line, "err "):
			cur.errStr = line[4:]
		}
	}
	finish()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

var atomCall = Intern("call")

// runGolden runs one case and returns its output or its exception, and
// the result as a term (nil for a {call, ..., term} case).
func runGolden(p *Process, c Term) (out []rune, res Term, exc *Exception) {
	tc := c.(*Tuple)
	v, exc := Try(func() Term {
		if tc.Len() == 2 {
			return IoLibFormat2(p, tc.At(0), tc.At(1))
		}
		args, _ := ListToSlice(tc.At(3))
		r := Apply(p, tc.At(1).(Atom), tc.At(2).(Atom), args)
		if tc.At(4) == Intern("term") {
			return charsToList(writeTerm(nil, r, -1, false))
		}
		return r
	})
	if exc != nil {
		return nil, nil, exc
	}
	if tc.Len() != 2 && tc.At(4) == Intern("term") {
		res = nil
	} else {
		res = v
	}
	chars, ok := flattenInts(nil, v)
	if !ok {
		return []rune("<<not chars: " + Format(v) + ">>"), res, nil
	}
	return chars, res, nil
}

// flatGolden runs a {Format, Args} case as io:format does, without the
// deep list; ok is false for other cases and for a bad format.
func flatGolden(c Term) (out []rune, ok bool) {
	tc := c.(*Tuple)
	if tc.Len() != 2 {
		return nil, false
	}
	return tryFormat(tc.At(0), tc.At(1))
}

// shapeOf is the MD5 of t written with ~w, as shapes.escript records it.
func shapeOf(t Term) string {
	sum := md5.Sum([]byte(Format(t)))
	return hex.EncodeToString(sum[:])
}

func readShapes(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}

// flattenInts flattens a deep list of integers, whatever their values.
func flattenInts(out []rune, t Term) ([]rune, bool) {
	for {
		switch v := t.(type) {
		case Nil:
			return out, true
		case *Cons:
			if c, ok := IntOf(v.Head); ok {
				out = append(out, rune(c))
			} else if out, ok = flattenInts(out, v.Head); !ok {
				return nil, false
			}
			t = v.Tail
		default:
			return nil, false
		}
	}
}

func TestFormatGolden(t *testing.T) {
	cases := readGolden(t, *goldenFile)
	shapes := readShapes(t, "testdata/format/shapes.txt")
	if len(shapes) != len(cases) {
		t.Fatalf("%d shapes for %d cases", len(shapes), len(cases))
	}
	p := NewProcess()
	failed, shown, badShapes := 0, 0, 0
	for i, gc := range cases {
		c, err := decodeETF(gc.input)
		if err != nil {
			t.Fatalf("%s: %v", gc.title, err)
		}
		got, res, exc := runGolden(p, c)
		var gotErr string
		if exc != nil {
			gotErr = exc.Class.Name() + ":" + Format(exc.Reason)
		}
		if flat, ok := flatGolden(c); ok && exc == nil && string(flat) != string(got) {
			t.Errorf("%s: io:format's flat text %q differs from io_lib's %q", gc.title, string(flat), string(got))
		}
		if res != nil && shapes[i] != "-" && shapeOf(res) != shapes[i] {
			badShapes++
			if badShapes <= *goldenShow {
				t.Errorf("%s: the deep list differs from BEAM's: %s", gc.title, Format(res))
			}
		}
		if gotErr == gc.errStr && string(got) == string(gc.want) && len(got) == len(gc.want) {
			continue
		}
		failed++
		if shown < *goldenShow {
			shown++
			t.Errorf("%s\n got: %q %s\nwant: %q %s", gc.title, string(got), gotErr, string(gc.want), gc.errStr)
		}
	}
	t.Logf("%d of %d recorded cases match BEAM", len(cases)-failed, len(cases))
	if failed > 0 {
		t.Errorf("%d of %d cases differ from BEAM", failed, len(cases))
	}
	if badShapes > 0 {
		t.Errorf("%d of %d results have another shape than BEAM's", badShapes, len(cases))
	}
}
