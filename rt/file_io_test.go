package rt

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Expected results come from erl -noshell (OTP 25), running the same
// calls on the same files.

func fioCheck(t *testing.T, what string, got Term, want string) {
	t.Helper()
	if s := Sprintf("~w", got); s != want {
		t.Errorf("%s: got %s, want %s", what, s, want)
	}
}

func openOK(t *testing.T, p *Process, name string, modes ...Term) Pid {
	t.Helper()
	r := FileOpen2(p, Str(name), List(modes...))
	x, ok := TupleArity(r, 2)
	if !ok || x.Elems[0] != Term(atomOk) {
		t.Fatalf("open %s: %s", name, Sprintf("~p", r))
	}
	return x.Elems[1].(Pid)
}

func TestFileWriteReadBack(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "a.txt")
	w := openOK(t, p, name, atomWrite)
	fioCheck(t, "write", FileWrite2(p, w, List(Str("abc\n"), NewBinary([]byte("def\n")))), "ok")
	fioCheck(t, "format", IoFormat3(p, w, Str("x=~p~n"), List(BoxInt(42))), "ok")
	fioCheck(t, "read on write-only", FileRead2(p, w, BoxInt(3)), "{error,ebadf}")
	fioCheck(t, "after the error", FileWrite2(p, w, Str("x")), "{error,terminated}")
	fioCheck(t, "close", FileClose1(p, w), "ok")
	r := openOK(t, p, name, atomRead)
	fioCheck(t, "read 2", FileRead2(p, r, BoxInt(2)), "{ok,[97,98]}")
	fioCheck(t, "read_line", FileReadLine1(p, r), "{ok,[99,10]}")
	fioCheck(t, "position cur", FilePosition2(p, r, Intern("cur")), "{ok,4}")
	fioCheck(t, "get_chars", IoGetChars3(p, r, Str(""), BoxInt(3)), "[100,101,102]")
	fioCheck(t, "pread", FilePread3(p, r, BoxInt(1), BoxInt(4)), "{ok,[98,99,10,100]}")
	fioCheck(t, "position eof-3", FilePosition2(p, r, NewTuple(Intern("eof"), BoxInt(-3))), "{ok,10}")
	fioCheck(t, "read rest", FileRead2(p, r, BoxInt(100)), "{ok,[52,50,10]}")
	fioCheck(t, "read at eof", FileRead2(p, r, BoxInt(1)), "eof")
	fioCheck(t, "bad position", FilePosition2(p, r, BoxInt(-1)), "{error,einval}")
	fioCheck(t, "no position", FilePosition2(p, r, Intern("foo")), "{error,badarg}")
	fioCheck(t, "getopts", IoGetopts1(p, r), "[{binary,false},{encoding,latin1}]")
	FileClose1(p, r)
	b := openOK(t, p, name, atomRead, atomBinary)
	fioCheck(t, "binary read", FileRead2(p, b, BoxInt(5)), "{ok,<<97,98,99,10,100>>}")
	fioCheck(t, "binary pread list", FilePread2(p, b, List(NewTuple(BoxInt(0), BoxInt(1)), NewTuple(BoxInt(99), BoxInt(1)))),
		"{ok,[<<97>>,eof]}")
	fioCheck(t, "write to read-only", FileWrite2(p, b, Str("z")), "{error,ebadf}")
	fioCheck(t, "closed", FileReadLine1(p, b), "{error,terminated}")
	fioCheck(t, "close closed", FileClose1(p, b), "ok")
}

// erl: "a\r\nb\rc\n\r\nfoo" reads as "a\n", "b\rc\n", "\n", "foo", eof.
func TestFileReadLineEndings(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "l.txt")
	os.WriteFile(name, []byte("a\r\nb\rc\n\r\nfoo"), 0o644)
	r := openOK(t, p, name)
	for _, want := range []string{"{ok,[97,10]}", `{ok,[98,13,99,10]}`, "{ok,[10]}", "{ok,[102,111,111]}", "eof"} {
		fioCheck(t, "read_line", FileReadLine1(p, r), want)
	}
}

func TestFileOpenErrors(t *testing.T) {
	p := NewProcess()
	dir := t.TempDir()
	cases := []struct {
		name  string
		modes Term
		want  string
	}{
		{filepath.Join(dir, "none"), List(atomRead), "{error,enoent}"},
		{filepath.Join(dir, "no", "x"), List(atomWrite), "{error,enoent}"},
		{dir, List(atomRead), "{error,eisdir}"},
		{dir, List(atomWrite), "{error,eisdir}"},
		{filepath.Join(dir, "x"), List(NewTuple(atomEncoding, Intern("bogus"))), "{error,badarg}"},
		{filepath.Join(dir, "x"), Intern("bad"), "{error,badarg}"},
	}
	for _, c := range cases {
		fioCheck(t, c.name, FileOpen2(p, Str(c.name), c.modes), c.want)
	}
	fioCheck(t, "bad name", FileOpen2(p, NewTuple(Intern("x")), List(atomRead)), "{error,badarg}")
	ex := filepath.Join(dir, "ex")
	os.WriteFile(ex, nil, 0o644)
	fioCheck(t, "exclusive", FileOpen2(p, Str(ex), List(atomWrite, Intern("exclusive"))), "{error,eexist}")
	fioCheck(t, "not a device", FileRead2(p, Intern("nosuch"), BoxInt(1)), "{error,arguments}")
	fioCheck(t, "close non-pid", FileClose1(p, Intern("foo")), "{error,badarg}")
	if _, ok := catchError(func() { FileOpen2(p, Str(ex), List(Intern("ram"))) }); !ok {
		t.Error("ram is not supported: it raises")
	}
}

// erl: a file whose owner dies is closed; its server exits with the
// owner's reason.
func TestFileOwnerDeath(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "o.txt")
	self := p.Self()
	owner := spawnGo(p, SpawnOpts{}, func(c *Process) {
		fd := openOK(t, c, name, atomWrite)
		Send(c, self, fd)
		c.Receive(nil, func(t Term) bool { return t == Term(Intern("go")) })
		panic(NewException(AtomExit, Intern("boom")))
	})
	fd := recvAny(t, p).(Pid)
	ref := p.Monitor(fd)
	fioCheck(t, "write by another", FileWrite2(p, fd, Str("hi\n")), "ok")
	Send(p, owner, Intern("go"))
	down := recvAny(t, p)
	if reason, ok := isDownOf(down, ref); !ok || reason != Term(Intern("boom")) {
		t.Fatalf("got %s", Sprintf("~p", down))
	}
	fioCheck(t, "after", FileWrite2(p, fd, Str("x")), "{error,terminated}")
	if b, _ := os.ReadFile(name); string(b) != "hi\n" {
		t.Fatalf("contents %q", b)
	}
}

// erl: io:read/2 over "{a, 1}.\n[1,2,\"x\"].\n foo(). \n{bad.\n".
func TestIoReadTerms(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "t.txt")
	os.WriteFile(name, []byte("{a, 1}.\n[1,2,\"x\"].\n foo(). \n{bad.\n1.5e3. $a. 'q"), 0o644)
	r := openOK(t, p, name)
	for _, want := range []string{
		"{ok,{a,1}}", `{ok,[1,2,[120]]}`, `{error,{1,erl_parse,[98,97,100,32,116,101,114,109]}}`,
		`{error,{2,erl_parse,[[115,121,110,116,97,120,32,101,114,114,111,114,32,98,101,102,111,114,101,58,32],[39,46,39]]}}`,
		"{ok,1.5e3}", "{ok,97}", "{error,{1,erl_scan,{string,39,[113]}}}", "eof",
	} {
		fioCheck(t, "io:read", IoRead2(p, r, Str("")), want)
	}
}

// erl: a UTF-8 file read with file:read_line (latin1) cannot give ∑; the
// server stops. io:get_line gives the characters.
func TestFileUnicode(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "u.txt")
	w := openOK(t, p, name, atomWrite, NewTuple(atomEncoding, Intern("utf8")))
	fioCheck(t, "put_chars", IoPutChars2(p, w, List(BoxInt('h'), BoxInt(0xE9), BoxInt(0x2211), BoxInt('\n'))), "ok")
	fioCheck(t, "file:write latin1", FileWrite2(p, w, List(BoxInt(0xE9))), "ok")
	FileClose1(p, w)
	fioCheck(t, "bytes", FileReadFile1(p, Str(name)), "{ok,<<104,195,169,226,136,145,10,195,169>>}")
	r := openOK(t, p, name, atomRead, NewTuple(atomEncoding, atomUnicode))
	fioCheck(t, "get_line", IoGetLine2(p, r, Str("")), "[104,233,8721,10]")
	fioCheck(t, "get_chars", IoGetChars3(p, r, Str(""), BoxInt(1)), "[233]")
	FilePosition2(p, r, BoxInt(0))
	fioCheck(t, "read_line", FileReadLine1(p, r), "{error,{no_translation,unicode,latin1}}")
	fioCheck(t, "stopped", FileReadLine1(p, r), "{error,terminated}")
	l := openOK(t, p, name, atomWrite)
	if e, ok := catchError(func() { IoPutChars2(p, l, List(BoxInt(0x2211))) }); !ok || e.Reason != Term(Intern("no_translation")) {
		t.Fatalf("put_chars of ∑ to a latin1 file: %v", e)
	}
}

func TestFileCopyTruncate(t *testing.T) {
	p := NewProcess()
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "s"), filepath.Join(dir, "d")
	os.WriteFile(src, []byte("0123456789"), 0o644)
	fioCheck(t, "copy", FileCopy2(p, Str(src), Str(dst)), "{ok,10}")
	fioCheck(t, "append", FileCopy3(p, Str(src), NewTuple(Str(dst), List(Intern("append"))), BoxInt(4)), "{ok,4}")
	fioCheck(t, "read", FileReadFile1(p, Str(dst)), "{ok,<<48,49,50,51,52,53,54,55,56,57,48,49,50,51>>}")
	fioCheck(t, "missing", FileCopy2(p, Str(filepath.Join(dir, "none")), Str(dst)), "{error,enoent}")
	fd := openOK(t, p, dst, atomRead, atomWrite, atomBinary)
	fioCheck(t, "pwrite", FilePwrite3(p, fd, BoxInt(2), Str("AB")), "ok")
	FilePosition2(p, fd, BoxInt(5))
	fioCheck(t, "truncate", FileTruncate1(p, fd), "ok")
	fioCheck(t, "sync", FileSync1(p, fd), "ok")
	fioCheck(t, "pread", FilePread3(p, fd, BoxInt(0), BoxInt(100)), "{ok,<<48,49,65,66,52>>}")
	fioCheck(t, "copy from device", FileCopy3(p, fd, Str(src), BoxInt(3)), "{ok,0}")
	FilePosition2(p, fd, Intern("bof"))
	fioCheck(t, "copy from device", FileCopy3(p, fd, Str(src), BoxInt(3)), "{ok,3}")
	fioCheck(t, "copied", FileReadFile1(p, Str(src)), "{ok,<<48,49,65>>}")
}

// Reads whose data crosses the server's read chunks: lines, terms and
// UTF-8 characters split between two reads come out whole.
func TestFileChunkBoundaries(t *testing.T) {
	p := NewProcess()
	name := filepath.Join(t.TempDir(), "big.txt")
	var text []byte
	n := 3 * fileReadSize / 10
	for i := 0; i < n; i++ {
		text = append(text, fmt.Sprintf("{%d,\"é∑\"}.\n", i)...)
	}
	os.WriteFile(name, text, 0o644)
	r := openOK(t, p, name, atomRead, NewTuple(atomEncoding, atomUnicode))
	for i := 0; i < n; i++ {
		want := Sprintf("~w", NewTuple(atomOk, NewTuple(BoxInt(Int(i)), List(BoxInt(0xE9), BoxInt(0x2211)))))
		if got := Sprintf("~w", IoRead2(p, r, Str(""))); got != want {
			t.Fatalf("term %d: got %s, want %s", i, got, want)
		}
	}
	fioCheck(t, "end", IoRead2(p, r, Str("")), "eof")
	FilePosition2(p, r, Intern("bof"))
	for i := 0; i < n; i++ {
		want := Sprintf("~w", Str(fmt.Sprintf("{%d,\"é∑\"}.\n", i)))
		if got := Sprintf("~w", IoGetLine2(p, r, Str(""))); got != want {
			t.Fatalf("line %d: got %s, want %s", i, got, want)
		}
	}
	FilePosition2(p, r, Intern("bof"))
	var chars []Term
	for {
		v := IoGetChars3(p, r, Str(""), BoxInt(7))
		if v == Term(atomEof) {
			break
		}
		cs, _ := ListToSlice(v)
		chars = append(chars, cs...)
	}
	if got, want := Sprintf("~w", List(chars...)), Sprintf("~w", List(runeTerms(string(text))...)); got != want {
		t.Fatal("get_chars by 7 does not give the text back")
	}
}

func runeTerms(s string) []Term {
	var out []Term
	for _, r := range s {
		out = append(out, BoxInt(Int(r)))
	}
	return out
}

// erl: io:put_chars(Fd, [foo]) crashes the server (terminated for the
// caller); file:write(Fd, [foo]) is {error, badarg} and the server lives.
func TestFileBadChars(t *testing.T) {
	p := NewProcess()
	w := openOK(t, p, filepath.Join(t.TempDir(), "b.txt"), atomWrite)
	fioCheck(t, "file:write", FileWrite2(p, w, List(Intern("foo"))), "{error,badarg}")
	fioCheck(t, "alive", ErlangIsProcessAlive1(p, w), "true")
	if e, ok := catchError(func() { IoPutChars2(p, w, List(Intern("foo"))) }); !ok || e.Reason != Term(atomTerminated) {
		t.Fatalf("put_chars [foo]: %v", e)
	}
	if _, ok := catchError(func() { IoGetChars3(p, w, Str(""), BoxInt(-1)) }); !ok {
		t.Fatal("get_chars -1 is function_clause")
	}
}
