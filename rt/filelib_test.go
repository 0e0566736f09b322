package rt

import (
	"os"
	"path/filepath"
	"testing"
)

// Expected results come from erl -noshell (OTP 25) on the same tree.

func fileTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range []string{"a.erl", "b.erl", "c.hrl", "x/y/m.erl", "x/n.erl", "x/.h.erl", ".hid.erl", "ab.txt", "b1.txt", "f.txt"} {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	return dir
}

func TestFilelibWildcard(t *testing.T) {
	p := NewProcess()
	dir := fileTree(t)
	cases := []struct{ pat, want string }{
		{"*.erl", `[".hid.erl","a.erl","b.erl"]`},
		{"*", `[".hid.erl","a.erl","ab.txt","b.erl","b1.txt","c.hrl","f.txt","x"]`},
		{"?.erl", `["a.erl","b.erl"]`},
		{"[a-b].*", `["a.erl","b.erl"]`},
		{"{a,c}.{erl,hrl}", `["a.erl","c.hrl"]`},
		{"**/*.erl", `[".hid.erl","a.erl","b.erl","x/.h.erl","x/n.erl","x/y/m.erl"]`},
		{"x/*/*.erl", `["x/y/m.erl"]`},
		{"*/*.erl", `["x/.h.erl","x/n.erl"]`},
		{"nomatch*", `[]`},
		{"f.txt", `["f.txt"]`},
		{"nofile", `[]`},
		{"[^a]*", `["a.erl","ab.txt"]`},
		{`\a*`, `["a.erl","ab.txt"]`},
		{"x/**", `["x/.h.erl","x/n.erl","x/y","x/y/m.erl"]`},
		{"x/**/*", `["x/.h.erl","x/n.erl","x/y","x/y/m.erl"]`},
		{"[a", `[]`},
		{"a.{erl}", `["a.erl"]`},
		{"{a,b}*{erl,txt}", `["a.erl","ab.txt","b.erl","b1.txt"]`},
		{"./x/./*.erl", `["x/.h.erl","x/n.erl"]`},
		{"x/", `["x"]`},
		{"x/../a*", `["x/../a.erl","x/../ab.txt"]`},
	}
	for _, c := range cases {
		if got := Sprintf("~p", FilelibWildcard2(p, Str(c.pat), Str(dir))); got != c.want {
			t.Errorf("wildcard(%q): got %s, want %s", c.pat, got, c.want)
		}
	}
	if got := Sprintf("~p", FilelibWildcard2(p, Str("*.erl"), Str(filepath.Join(dir, "x")))); got != `[".h.erl","n.erl"]` {
		t.Errorf("with cwd x: %s", got)
	}
	abs := Sprintf("~p", FilelibWildcard1(p, Str(filepath.Join(dir, "x", "n*"))))
	if abs != Sprintf("~p", List(Str(filepath.Join(dir, "x", "n.erl")))) {
		t.Errorf("absolute: %s", abs)
	}
	if e, ok := catchError(func() { FilelibWildcard1(p, Str("{a")) }); !ok ||
		Sprintf("~p", e.Reason) != "{badpattern,missing_delimiter}" {
		t.Errorf("{a: %v", e)
	}
	if e, ok := catchError(func() { FilelibWildcard1(p, NewBinary([]byte("*"))) }); !ok || e.Reason != Term(AtomFunctionClause) {
		t.Errorf("binary pattern: %v", e)
	}
}

func TestFilelibTests(t *testing.T) {
	p := NewProcess()
	dir := fileTree(t)
	in := func(n string) Term { return Str(filepath.Join(dir, n)) }
	fioCheck(t, "is_file", List(FilelibIsFile1(p, in("f.txt")), FilelibIsFile1(p, in("x")), FilelibIsFile1(p, in("no")),
		FilelibIsFile1(p, BoxInt(123))), "[true,true,false,false]")
	fioCheck(t, "is_dir", List(FilelibIsDir1(p, in("f.txt")), FilelibIsDir1(p, in("x"))), "[false,true]")
	fioCheck(t, "is_regular", List(FilelibIsRegular1(p, in("f.txt")), FilelibIsRegular1(p, in("x"))), "[true,false]")
	fioCheck(t, "file_size", List(FilelibFileSize1(p, in("f.txt")), FilelibFileSize1(p, in("no"))), "[1,0]")
	fioCheck(t, "last_modified", FilelibLastModified1(p, in("no")), "0")
	if _, ok := TupleArity(FilelibLastModified1(p, in("f.txt")), 2); !ok {
		t.Error("last_modified of a file is a datetime")
	}
	fioCheck(t, "ensure_dir", FilelibEnsureDir1(p, in("q/r/s.txt")), "ok")
	fioCheck(t, "made", FilelibIsDir1(p, in("q/r")), "true")
	fioCheck(t, "ensure_dir under a file", FilelibEnsureDir1(p, in("f.txt/z")), "{error,eexist}")
	fioCheck(t, "ensure_dir deeper", FilelibEnsureDir1(p, in("f.txt/a/z")), "{error,enotdir}")
	// erl: ensure_path of "a/b/c" (twice), "a", "f.txt", "f.txt/x", "f.txt/x/y".
	fioCheck(t, "ensure_path", List(FilelibEnsurePath1(p, in("a/b/c")), FilelibEnsurePath1(p, in("a/b/c")),
		FilelibEnsurePath1(p, in("a")), FilelibEnsurePath1(p, in("f.txt")), FilelibEnsurePath1(p, in("f.txt/x")),
		FilelibEnsurePath1(p, in("f.txt/x/y"))), "[ok,ok,ok,{error,eexist},{error,enotdir},{error,enotdir}]")
	fold := func(re string, rec Term) string {
		acc := FilelibFoldFiles5(p, Str(filepath.Join(dir, "x")), Str(re), rec,
			NewFun(Intern("t"), 0, 0, 2, nil, func(_ *Process, f, acc Term) Term { return &Cons{Head: f, Tail: acc} }), Nil{})
		return Sprintf("~p", ListsSort1(p, acc))
	}
	x := filepath.Join(dir, "x")
	if got, want := fold("erl$", True), Sprintf("~p", List(Str(x+"/.h.erl"), Str(x+"/n.erl"), Str(x+"/y/m.erl"))); got != want {
		t.Errorf("fold recursive: %s, want %s", got, want)
	}
	if got, want := fold("^n", False), Sprintf("~p", List(Str(x+"/n.erl"))); got != want {
		t.Errorf("fold flat: %s, want %s", got, want)
	}
}
