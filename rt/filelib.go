package rt

import (
	"os"
	"path"
	"syscall"
	"time"
)

// The filelib module: tests on names (is_file, is_dir, is_regular,
// file_size, last_modified), ensure_dir, fold_files, and wildcard
// (filelib_wildcard.go), with OTP 25's results. A name that is none
// (not a binary, charlist or atom) is simply not a file, as on BEAM.

// fileStat is the stat of a name argument (symbolic links followed).
func fileStat(name Term) (os.FileInfo, bool) {
	n, ok := fileName(name)
	if !ok {
		return nil, false
	}
	st, err := os.Stat(n)
	return st, err == nil
}

// FilelibIsFile1 is filelib:is_file(Name): a file or a directory.
func FilelibIsFile1(p *Process, name Term) Term {
	_, ok := fileStat(name)
	return Bool(ok)
}

// FilelibIsDir1 is filelib:is_dir(Name).
func FilelibIsDir1(p *Process, name Term) Term {
	st, ok := fileStat(name)
	return Bool(ok && st.IsDir())
}

// FilelibIsRegular1 is filelib:is_regular(Name).
func FilelibIsRegular1(p *Process, name Term) Term {
	st, ok := fileStat(name)
	return Bool(ok && st.Mode().IsRegular())
}

// FilelibFileSize1 is filelib:file_size(Name): 0 for no file.
func FilelibFileSize1(p *Process, name Term) Term {
	st, ok := fileStat(name)
	if !ok {
		return BoxInt(0)
	}
	return BoxInt(Int(st.Size()))
}

// FilelibLastModified1 is filelib:last_modified(Name): local time as
// {{Y,M,D},{H,Mi,S}}, or 0 for no file.
func FilelibLastModified1(p *Process, name Term) Term {
	st, ok := fileStat(name)
	if !ok {
		return BoxInt(0)
	}
	t := time.Unix(st.ModTime().Unix(), 0)
	return NewTuple(dateTuple(t), timeTuple(t))
}

// FilelibEnsureDir1 is filelib:ensure_dir(Name): makes the directories
// Name's directory needs. A name that is no name raises function_clause,
// as filename:dirname does on BEAM.
func FilelibEnsureDir1(p *Process, name Term) Term {
	n, ok := fileName(name)
	if !ok {
		return FunctionClause(name)
	}
	if err := ensureDir(n); err != nil {
		return fileError(err)
	}
	return Ok
}

// FilelibEnsurePath1 is filelib:ensure_path(Path): Path and the
// directories above it.
func FilelibEnsurePath1(p *Process, name Term) Term {
	n, ok := fileName(name)
	if !ok {
		return FunctionClause(name)
	}
	if isDir(n) {
		return Ok
	}
	ensureDir(n)
	err := syscall.Mkdir(n, 0o777)
	if err == syscall.EEXIST && isDir(n) || err == nil {
		return Ok
	}
	return fileError(err)
}

func ensureDir(name string) error {
	if name == "/" {
		return nil
	}
	dir := path.Dir(name)
	if isDir(dir) {
		return nil
	}
	if dir == name {
		return syscall.EINVAL
	}
	ensureDir(dir) // as filelib: the error that counts is the make_dir's
	err := syscall.Mkdir(dir, 0o777)
	if err == syscall.EEXIST && isDir(dir) {
		return nil
	}
	return err
}

func isDir(n string) bool {
	st, err := os.Stat(n)
	return err == nil && st.IsDir()
}

// FilelibFoldFiles5 is filelib:fold_files(Dir, RegExp, Recursive, Fun,
// AccIn): Fun(Name, Acc) for each regular file whose base name matches
// RegExp, Name being filename:join(Dir, Base), in the order the
// directories list their entries (not sorted); a directory that cannot
// be listed is skipped.
func FilelibFoldFiles5(p *Process, dir, re, recursive, fun, acc Term) Term {
	mp := ReCompile2(p, re, List(atomUnicode))
	x, ok := TupleArity(mp, 2)
	if !ok || x.Elems[0] != Term(atomOk) {
		Raise(AtomError, NewTuple(AtomBadmatch, mp))
	}
	return foldFiles(p, dir, re, recursive == Term(True), fun, acc)
}

func foldFiles(p *Process, dir, re Term, recursive bool, fun, acc Term) Term {
	list := FileListDir1(p, dir)
	x, ok := TupleArity(list, 2)
	if !ok || x.Elems[0] != Term(atomOk) {
		return acc
	}
	names, _ := ListToSlice(x.Elems[1])
	for _, f := range names {
		full := FilenameJoin2(p, dir, f)
		st, ok := fileStat(full)
		switch {
		case ok && st.Mode().IsRegular():
			v, exc := Try(func() Term { return ReRun3(p, f, re, List(NewTuple(Intern("capture"), Intern("none")))) })
			if exc == nil && v == Term(Intern("match")) {
				acc = CallFun2(p, fun, full, acc)
			}
		case recursive && ok && st.IsDir():
			acc = foldFiles(p, full, re, recursive, fun, acc)
		}
	}
	return acc
}

func init() {
	RegisterModule("filelib",
		Export("is_file", 1, FilelibIsFile1), Export("is_dir", 1, FilelibIsDir1),
		Export("is_regular", 1, FilelibIsRegular1), Export("file_size", 1, FilelibFileSize1),
		Export("last_modified", 1, FilelibLastModified1), Export("ensure_dir", 1, FilelibEnsureDir1),
		Export("ensure_path", 1, FilelibEnsurePath1),
		Export("fold_files", 5, FilelibFoldFiles5),
		Export("wildcard", 1, FilelibWildcard1), Export("wildcard", 2, FilelibWildcard2))
}
