//go:build linux

package rt

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// read_file_info of a file with known times and mode, a directory, a
// missing name and a bad one; with erl installed, BEAM's record for the
// same files must be the same.
func TestFileReadFileInfo(t *testing.T) {
	p := NewProcess()
	dir := t.TempDir()
	f := filepath.Join(dir, "f")
	if err := os.WriteFile(f, []byte("12345"), 0o640); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2020, 2, 29, 13, 14, 15, 0, time.Local)
	if err := os.Chtimes(f, when, when); err != nil {
		t.Fatal(err)
	}
	info := FileReadFileInfo1(p, Str(f))
	s := Format(info)
	if !strings.HasPrefix(s, "{ok,{file_info,5,regular,") || !strings.Contains(s, "{{2020,2,29},{13,14,15}},{{2020,2,29},{13,14,15}},") ||
		!strings.Contains(s, ",33184,1,") {
		t.Errorf("read_file_info: %s", s)
	}
	if d := Format(FileReadFileInfo1(p, Str(dir))); !strings.HasPrefix(d, "{ok,{file_info,") || !strings.Contains(d, ",directory,") {
		t.Errorf("read_file_info of a directory: %s", d)
	}
	if e := Format(FileReadFileInfo1(p, Str(filepath.Join(dir, "none")))); e != "{error,enoent}" {
		t.Errorf("missing: %s", e)
	}
	if e := Format(FileReadFileInfo1(p, BoxInt(1))); e != "{error,badarg}" {
		t.Errorf("bad name: %s", e)
	}
	erl, err := exec.LookPath("erl")
	if err != nil {
		return
	}
	for _, name := range []string{f, dir, "/dev/null"} {
		out, err := exec.Command(erl, "-noshell", "-eval",
			`io:format("~w", [file:read_file_info("`+name+`")]), halt().`).Output()
		if err != nil {
			t.Fatal(err)
		}
		got := Format(FileReadFileInfo1(p, Str(name)))
		switch name {
		case dir: // atime may move: compare the rest
			got, out = dropAtime(got), []byte(dropAtime(string(out)))
		case "/dev/null": // so may all its times
			got, out = dropTimes(got), []byte(dropTimes(string(out)))
		}
		if got != string(out) {
			t.Errorf("%s:\n got %s\nBEAM %s", name, got, out)
		}
	}
}

func dropAtime(s string) string {
	i := strings.Index(s, "{{")
	j := strings.Index(s, "}},")
	if i < 0 || j < 0 {
		return s
	}
	return s[:i] + s[j+3:]
}

func dropTimes(s string) string {
	i := strings.Index(s, "{{")
	j := strings.LastIndex(s, "}},")
	if i < 0 || j < 0 {
		return s
	}
	return s[:i] + s[j+3:]
}
