package rt

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// file:consult against BEAM: testdata/consult/want.txt holds what ~w
// printed of file:consult(F) for each testdata/consult/*.cfg
// (record.escript there, OTP 25).
func TestFileConsultAgainstBEAM(t *testing.T) {
	f, err := os.Open("testdata/consult/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	p := NewProcess()
	for sc.Scan() {
		name, want, _ := strings.Cut(sc.Text(), "\t")
		n++
		if got := Format(FileConsult1(p, Str(filepath.Join("testdata/consult", name)))); got != want {
			t.Errorf("%s\n got %s\nwant %s", name, got, want)
		}
	}
	if n < 70 {
		t.Errorf("only %d files", n)
	}
}

func TestFileOps(t *testing.T) {
	p := NewProcess()
	dir := t.TempDir()
	at := func(n string) Term { return Str(filepath.Join(dir, n)) }
	check := func(what string, got Term, want string) {
		t.Helper()
		if s := Format(got); s != want {
			t.Errorf("%s: got %s, want %s", what, s, want)
		}
	}
	check("read missing", FileReadFile1(p, at("none")), "{error,enoent}")
	check("read dir", FileReadFile1(p, Str(dir)), "{error,eisdir}")
	check("read bad name", FileReadFile1(p, BoxInt(1)), "{error,badarg}")
	check("read name with NUL", FileReadFile1(p, List(BoxInt('a'), BoxInt(0))), "{error,badarg}")
	check("read name with binary", FileReadFile1(p, List(Str(dir), NewBinary([]byte("/x")))), "{error,badarg}")
	check("write", FileWriteFile2(p, at("w"), List(NewBinary([]byte("ab")), Str("c"), BoxInt('d'))), "ok")
	check("append", FileWriteFile3(p, at("w"), Str("e"), List(Intern("append"))), "ok")
	check("read", FileReadFile1(p, NewBinary([]byte(filepath.Join(dir, "w")))), "{ok,<<97,98,99,100,101>>}")
	check("write unknown mode", FileWriteFile3(p, at("w"), Str("x"), List(Intern("bogus"))), "ok")
	check("read truncated", FileReadFile1(p, at("w")), "{ok,<<120>>}")
	check("exclusive", FileWriteFile3(p, at("w"), Str("y"), List(Intern("exclusive"))), "{error,eexist}")
	check("bad data", FileWriteFile2(p, at("w"), List(BoxInt(256))), "{error,badarg}")
	check("write to dir", FileWriteFile2(p, Str(dir), Str("x")), "{error,eisdir}")
	check("write no dir", FileWriteFile2(p, at("no/x"), Str("x")), "{error,enoent}")
	if _, exc := Try(func() Term { return FileWriteFile3(p, at("w"), Str("x"), Intern("append")) }); exc == nil || Format(exc.Reason) != "function_clause" {
		t.Errorf("write_file/3 with a non-list mode: %v", exc)
	}
	check("mkdir", FileMakeDir1(p, at("d")), "ok")
	check("mkdir again", FileMakeDir1(p, at("d")), "{error,eexist}")
	check("mkdir deep", FileMakeDir1(p, at("x/y")), "{error,enoent}")
	check("mkdir bad", FileMakeDir1(p, BoxInt(1)), "{error,badarg}")
	check("write in d", FileWriteFile2(p, List(at("d"), Intern("/"), Str("f")), Str("")), "ok")
	check("rmdir full", FileDelDir1(p, at("d")), "{error,eexist}")
	check("rmdir file", FileDelDir1(p, at("w")), "{error,enotdir}")
	check("rmdir missing", FileDelDir1(p, at("none")), "{error,enoent}")
	check("delete dir", FileDelete1(p, at("d")), "{error,eperm}")
	check("delete missing", FileDelete1(p, at("none")), "{error,enoent}")
	check("rename", FileRename2(p, at("w"), at("v")), "ok")
	check("rename missing", FileRename2(p, at("w"), at("u")), "{error,enoent}")
	check("rename onto dir", FileRename2(p, at("v"), at("d")), "{error,eisdir}")
	ls := FileListDir1(p, Str(dir))
	var names []string
	l, _ := ListToSlice(ls.(*Tuple).At(1))
	for _, x := range l {
		s, _ := ListToString(x)
		names = append(names, s)
	}
	sort.Strings(names)
	if strings.Join(names, ",") != "d,v" {
		t.Errorf("list_dir: %v", names)
	}
	check("list_dir file", FileListDir1(p, at("v")), "{error,enotdir}")
	check("list_dir missing", FileListDir1(p, at("none")), "{error,enoent}")
	check("delete", FileDelete1(p, List(at("d"), Str("/f"))), "ok")
	check("rmdir", FileDelDir1(p, at("d")), "ok")

	old, _ := os.Getwd()
	defer os.Chdir(old)
	check("cd missing", FileSetCwd1(p, at("none")), "{error,enoent}")
	check("cd file", FileSetCwd1(p, at("v")), "{error,enotdir}")
	check("cd bad", FileSetCwd1(p, BoxInt(1)), "{error,badarg}")
	check("cd", FileSetCwd1(p, NewBinary([]byte(dir))), "ok")
	real, _ := filepath.EvalSymlinks(dir)
	check("cwd", FileGetCwd0(p), Format(NewTuple(atomOk, Str(real))))
	check("relative read", FileReadFile1(p, Intern("v")), "{ok,<<120>>}")
}
