package rt

import (
	"errors"
	"os"
	"syscall"
	"unicode/utf8"
)

// The file module's whole-file and directory functions, with OTP 25's
// return values: ok, {ok, Value} or {error, Posix} where Posix is the
// errno's lower-case name (enoent, eacces, eisdir, ...). File names are
// binaries (used as they are) or charlists, deep, with atoms, encoded as
// UTF-8; any other name is {error, badarg}. The functions on open files
// (open, read, write, close, ...) are in file_io_api.go.

var (
	fileBadarg = NewTuple(AtomError, AtomBadarg)
)

// fileName is a file name argument as a Go string.
func fileName(t Term) (string, bool) {
	if b, ok := fnBin(t); ok {
		return string(b), true
	}
	switch t.(type) {
	case Nil, *Cons, Atom:
	default:
		return "", false
	}
	var cs []Term
	if !fnFlatInto(t, &cs) {
		return "", false
	}
	out := make([]byte, 0, len(cs))
	for _, c := range cs {
		x, ok := IntOf(c)
		if !ok || x <= 0 || x > utf8.MaxRune || x >= 0xD800 && x <= 0xDFFF {
			return "", false
		}
		out = utf8.AppendRune(out, rune(x))
	}
	return string(out), true
}

var errnoNames = map[syscall.Errno]string{
	syscall.ENOENT: "enoent", syscall.EACCES: "eacces", syscall.EISDIR: "eisdir",
	syscall.ENOTDIR: "enotdir", syscall.EEXIST: "eexist", syscall.EPERM: "eperm",
	syscall.EXDEV: "exdev", syscall.EINVAL: "einval", syscall.EBUSY: "ebusy",
	syscall.EROFS: "erofs", syscall.ENOSPC: "enospc", syscall.ELOOP: "eloop",
	syscall.ENAMETOOLONG: "enametoolong", syscall.EBADF: "ebadf", syscall.EIO: "eio",
	syscall.EMFILE: "emfile", syscall.ENFILE: "enfile", syscall.EDQUOT: "edquot",
	syscall.ENOMEM: "enomem", syscall.EAGAIN: "eagain", syscall.EFBIG: "efbig",
	syscall.ETXTBSY: "etxtbsy", syscall.EMLINK: "emlink", syscall.ENXIO: "enxio",
	syscall.ENODEV: "enodev", syscall.ESPIPE: "espipe", syscall.EINTR: "eintr",
	// OTP reports a directory that is not empty as eexist.
	syscall.ENOTEMPTY: "eexist",
}

// fileError is {error, Posix} for err.
func fileError(err error) Term {
	var no syscall.Errno
	if errors.As(err, &no) {
		if n, ok := errnoNames[no]; ok {
			return NewTuple(AtomError, Intern(n))
		}
	}
	return NewTuple(AtomError, Intern("unknown"))
}

// FileReadFile1 is file:read_file(Name).
func FileReadFile1(p *Process, name Term) Term {
	data, fail := readNamed(name)
	if fail != nil {
		return fail
	}
	return NewTuple(atomOk, NewBinary(data))
}

// readNamed reads the whole file name names, or returns what file's
// functions return when it cannot: {error, badarg} for a bad name,
// {error, Posix}.
func readNamed(name Term) ([]byte, Term) {
	n, ok := fileName(name)
	if !ok {
		return nil, fileBadarg
	}
	data, err := os.ReadFile(n)
	if err != nil {
		return nil, fileError(err)
	}
	return data, nil
}

// FileWriteFile2 is file:write_file(Name, Data): Data is iodata.
func FileWriteFile2(p *Process, name, data Term) Term {
	return FileWriteFile3(p, name, data, Nil{})
}

// FileWriteFile3 is file:write_file(Name, Data, Modes). Of the modes,
// append and exclusive change what happens; the others open modes (write,
// read, raw, binary, ...) do not, and OTP ignores ones it does not know.
func FileWriteFile3(p *Process, name, data, modes Term) Term {
	ms, ok := ListToSlice(modes)
	if !ok {
		return FunctionClause(name, data, modes)
	}
	n, ok := fileName(name)
	if !ok {
		return fileBadarg
	}
	bytes, ok := IolistBytes(nil, data)
	if !ok {
		return fileBadarg
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	for _, m := range ms {
		switch m {
		case Intern("append"):
			flags = flags&^os.O_TRUNC | os.O_APPEND
		case Intern("exclusive"):
			flags |= os.O_EXCL
		}
	}
	f, err := os.OpenFile(n, flags, 0o666)
	if err != nil {
		return fileError(err)
	}
	_, err = f.Write(bytes)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fileError(err)
	}
	return atomOk
}

// FileGetCwd0 is file:get_cwd().
func FileGetCwd0(p *Process) Term {
	d, err := os.Getwd()
	if err != nil {
		return fileError(err)
	}
	return NewTuple(atomOk, Str(d))
}

// fileOp runs op on the name argument: ok, or {error, Posix}.
func fileOp(name Term, op func(string) error) Term {
	n, ok := fileName(name)
	if !ok {
		return fileBadarg
	}
	if err := op(n); err != nil {
		return fileError(err)
	}
	return atomOk
}

// FileSetCwd1 is file:set_cwd(Dir): the whole program's directory.
func FileSetCwd1(p *Process, dir Term) Term { return fileOp(dir, syscall.Chdir) }

// FileMakeDir1 is file:make_dir(Dir).
func FileMakeDir1(p *Process, dir Term) Term {
	return fileOp(dir, func(n string) error { return syscall.Mkdir(n, 0o777) })
}

// FileDelDir1 is file:del_dir(Dir).
func FileDelDir1(p *Process, dir Term) Term { return fileOp(dir, syscall.Rmdir) }

// FileDelete1 is file:delete(Name); a directory is eperm, as on BEAM.
func FileDelete1(p *Process, name Term) Term {
	return fileOp(name, func(n string) error {
		err := syscall.Unlink(n)
		if err == syscall.EISDIR {
			return syscall.EPERM
		}
		return err
	})
}

// FileRename2 is file:rename(Source, Destination).
func FileRename2(p *Process, from, to Term) Term {
	f, ok1 := fileName(from)
	t, ok2 := fileName(to)
	if !ok1 || !ok2 {
		return fileBadarg
	}
	if err := syscall.Rename(f, t); err != nil {
		return fileError(err)
	}
	return atomOk
}

// FileListDir1 is file:list_dir(Dir): the names, as charlists, in the
// order the directory gives them (not sorted).
func FileListDir1(p *Process, dir Term) Term {
	n, ok := fileName(dir)
	if !ok {
		return fileBadarg
	}
	f, err := os.Open(n)
	if err != nil {
		return fileError(err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return fileError(err)
	}
	out := make([]Term, len(names))
	for i, s := range names {
		if utf8.ValidString(s) {
			out[i] = Str(s)
		} else {
			out[i] = NewBinary([]byte(s))
		}
	}
	return NewTuple(atomOk, List(out...))
}

func init() {
	registerModule("file", true, []Func{
		Export("read_file", 1, FileReadFile1),
		Export("write_file", 2, FileWriteFile2), Export("write_file", 3, FileWriteFile3),
		Export("consult", 1, FileConsult1),
		Export("get_cwd", 0, FileGetCwd0), Export("set_cwd", 1, FileSetCwd1),
		Export("list_dir", 1, FileListDir1),
		Export("make_dir", 1, FileMakeDir1), Export("del_dir", 1, FileDelDir1),
		Export("delete", 1, FileDelete1), Export("rename", 2, FileRename2),
	})
}
