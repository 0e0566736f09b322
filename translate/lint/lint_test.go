package lint

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// The error tests are chunked .erl files under testdata: chunks separated by
// a line "%% ---", each a small module, with every error erlc reports for it
// written on its line as "%% error: message" or "%% error COL: message", and
// every unused-variable warning (the one warning lint gives) as
// "%% warning: variable 'X' is unused". testdata/check-erlc.sh checks the
// same expectations against erlc.

type chunk struct {
	file  string
	start int    // line of the chunk's first line in file
	src   string // the file's text with every line outside the chunk blanked
}

// expectation is one expected error: line (in the file), column (0: any) and
// the first line of the message.
type expectation struct {
	line, col int
	msg       string
}

var expectRE = regexp.MustCompile(`%% (error|warning)( \d+)?: (.*?)\s*(?:$|%% error|%% warning)`)

func splitChunks(t *testing.T, file string) []chunk {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var chunks []chunk
	start := 0
	flush := func(end int) {
		blank := make([]string, len(lines))
		copy(blank[start:end], lines[start:end])
		chunks = append(chunks, chunk{file, start + 1, strings.Join(blank, "\n")})
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "%% ---" {
			flush(i)
			start = i + 1
		}
	}
	flush(len(lines))
	return chunks
}

func (c chunk) expectations() []expectation {
	var r []expectation
	for i, l := range strings.Split(c.src, "\n") {
		rest := l
		for {
			m := expectRE.FindStringSubmatchIndex(rest)
			if m == nil {
				break
			}
			e := expectation{line: i + 1, msg: rest[m[6]:m[7]]}
			if rest[m[2]:m[3]] == "warning" {
				e.msg = "Warning: " + e.msg
			}
			if m[4] >= 0 {
				e.col, _ = strconv.Atoi(rest[m[4]+1 : m[5]])
			}
			r = append(r, e)
			rest = rest[m[7]:]
		}
	}
	return r
}

// compare matches the errors (not warnings) lint reported with the expectations.
func compare(t *testing.T, c chunk, errs *source.ErrorList) {
	t.Helper()
	var got []string
	for _, e := range errs.List {
		msg := strings.TrimRight(strings.SplitN(e.Msg, "\n", 2)[0], " ") // comments cannot end in spaces
		if e.Warning {
			msg = "Warning: " + msg
		}
		got = append(got, fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, msg))
	}
	var want []string
	for _, e := range c.expectations() {
		want = append(want, fmt.Sprintf("%d:%d: %s", e.line, e.col, e.msg))
	}
	// An expectation without a column matches any column.
	for i, w := range want {
		if strings.Contains(w, ":0: ") {
			for _, g := range got {
				line, msg, _ := strings.Cut(w, ":0: ")
				gl, rest, _ := strings.Cut(g, ":")
				_, gm, _ := strings.Cut(rest, ": ")
				if gl == line && gm == msg {
					want[i] = g
					break
				}
			}
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:%d: chunk errors differ\ngot:\n\t%s\nwant:\n\t%s", c.file, c.start,
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func testFiles(t *testing.T) []chunk {
	files, err := filepath.Glob("testdata/*.erl")
	if err != nil || len(files) == 0 {
		t.Fatal("no test files", err)
	}
	var all []chunk
	for _, f := range files {
		all = append(all, splitChunks(t, f)...)
	}
	return all
}

// TestErrorsErlParse runs lint on the chunks as Erlang's own parser reads them.
func TestErrorsErlParse(t *testing.T) {
	if _, err := exec.LookPath("escript"); err != nil {
		t.Skip("Erlang is not installed")
	}
	chunks := testFiles(t)
	dir := t.TempDir()
	var paths []string
	for i, c := range chunks {
		p := filepath.Join(dir, fmt.Sprintf("c%d", i), "t.erl")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	fset := source.NewFileSet()
	mods, err := readAbsForms(fset, paths...)
	if err != nil || len(mods) != len(chunks) {
		t.Fatal(err)
	}
	for i, m := range mods {
		var errs source.ErrorList
		Module(fset, m, &errs)
		compare(t, chunks[i], &errs)
	}
}

var _ ast.Node
