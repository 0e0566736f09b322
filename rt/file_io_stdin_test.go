package rt

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// erl -noshell with "hi\nsecond \xc3\xa9\n{a,1}. 42.\nrest" on standard
// input: io:get_line("> ") is "hi\n" after the prompt "> ", bytes are
// Latin-1 characters, io:read reads terms, file:read_line ends at eof.
func TestStdinReads(t *testing.T) {
	out := withStdin(t, "hi\nsecond \xc3\xa9\n{a,1}. 42.\nrest")
	p := NewProcess()
	got := []Term{IoGetLine1(p, Str("> ")), IoGetLine2(p, atomStandardIo, Str("")), IoRead1(p, Intern("p> ")),
		IoRead1(p, Str("")), IoGetChars2(p, Str(""), BoxInt(3)), IoGetLine1(p, Str("")),
		FileReadLine1(p, atomStandardIo), IoGetopts0(p)}
	Flush()
	want := `[[104,105,10],[115,101,99,111,110,100,32,195,169,10],{ok,{a,1}},{ok,42},[114,101,115],[116],eof,` +
		`[{binary,false},{encoding,latin1}]]`
	if s := Sprintf("~w", List(got...)); s != want {
		t.Errorf("got %s\nwant %s", s, want)
	}
	if out.String() != "> p> " {
		t.Errorf("prompts %q", out.String())
	}
}

// withStdin makes standard input read input from a file (as erl -noshell
// with input redirected does) and standard output write to the returned
// buffer, until the test ends.
func withStdin(t *testing.T, input string) *bytes.Buffer {
	t.Helper()
	name := filepath.Join(t.TempDir(), "in")
	if err := os.WriteFile(name, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	oldIn, oldOut := stdin.h, Stdout
	out := new(bytes.Buffer)
	stdin.h, Stdout = &fileHandle{f: f}, bufio.NewWriter(out)
	t.Cleanup(func() {
		stdin.h, Stdout = oldIn, oldOut
		f.Close()
	})
	return out
}
