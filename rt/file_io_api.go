package rt

import (
	"errors"
	"io"
	"os"
)

// The file functions on open files and the io functions that read from
// a device, with OTP 25's results. file:open/2 gives the pid of an I/O
// server (file_io_server.go) whatever the modes: raw, which gives a
// #file_descriptor{} record on BEAM that only its owner may use and that
// io functions reject, gives a pid here too, so a program written for
// raw files runs the same, but is_pid/1 of the device is true. The
// read_ahead and delayed_write options are accepted; writes go straight
// to the OS.

// FileOpen2 is file:open(Name, Modes).
func FileOpen2(p *Process, name, modes Term) Term {
	n, ok := fileName(name)
	if !ok {
		return fileBadarg
	}
	m, ok := parseOpenModes(modes)
	if !ok {
		return fileBadarg
	}
	f, err := openFile(n, m)
	if err != nil {
		return fileError(err)
	}
	h := &fileHandle{f: f, binary: m.binary, unicode: m.unicode}
	return NewTuple(atomOk, startFileServer(p, h))
}

// fileRequest sends a request of file.erl's protocol to the server dev
// and waits for the reply: {error, badarg} when dev is no pid, {error,
// terminated} when the server is gone.
func fileRequest(p *Process, dev, req Term) Term {
	to, ok := dev.(Pid)
	if !ok || to == p.self || to == stdGroupLeader {
		return fileBadarg
	}
	reply, ok := askServer(p, to, atomFileRequest, atomFileReply, req)
	if !ok {
		return NewTuple(AtomError, atomTerminated)
	}
	return reply
}

// readRequest sends a reading I/O request to dev and returns the reply
// as it is; standard_io and user without a group leader process read
// standard input (file_io_stdin.go), standard_error is an error.
func readRequest(p *Process, dev, req Term) Term {
	if w, _, ok := ioTarget(p, dev); ok && w != nil {
		if w == Stderr {
			return NewTuple(AtomError, NewTuple(atomRequest, req))
		}
		return stdinRequest(p, req)
	}
	return IoRequest2(p, dev, req)
}

// okData wraps a read's data in {ok, _}; eof and errors pass.
func okData(r Term) Term {
	switch r.(type) {
	case *Cons, Nil, *Binary:
		return NewTuple(atomOk, r)
	}
	return r
}

func isPidOrAtom(t Term) bool {
	switch t.(type) {
	case Pid, Atom:
		return true
	}
	return false
}

var atomNoPrompt = Intern("")

// FileClose1 is file:close(IoDevice): ok, also when it is closed already.
func FileClose1(p *Process, dev Term) Term {
	r := fileRequest(p, dev, atomClose)
	if ExactEqual(r, NewTuple(AtomError, atomTerminated)) {
		return Ok
	}
	return r
}

// FileRead2 is file:read(IoDevice, Number): {ok, Data}, eof or {error, R}.
func FileRead2(p *Process, dev, n Term) Term {
	if k, ok := IntOf(n); !ok || k < 0 || !isPidOrAtom(dev) {
		return fileBadarg
	}
	return okData(readRequest(p, dev, NewTuple(atomGetChars, atomLatin1, atomNoPrompt, n)))
}

// FileReadLine1 is file:read_line(IoDevice).
func FileReadLine1(p *Process, dev Term) Term {
	if !isPidOrAtom(dev) {
		return fileBadarg
	}
	return okData(readRequest(p, dev, NewTuple(atomGetLine, atomLatin1, atomNoPrompt)))
}

// FileWrite2 is file:write(IoDevice, Bytes): Bytes is iodata, written as
// Latin-1 characters.
func FileWrite2(p *Process, dev, data Term) Term {
	if !isPidOrAtom(dev) {
		return fileBadarg
	}
	b, ok := IolistBytes(nil, data)
	if !ok {
		return fileBadarg
	}
	return IoRequest2(p, dev, NewTuple(atomPutChars, atomLatin1, NewBinary(b)))
}

// FilePread3 is file:pread(IoDevice, Location, Number).
func FilePread3(p *Process, dev, at, n Term) Term {
	if k, ok := IntOf(n); !ok || k < 0 {
		return fileBadarg
	}
	return fileRequest(p, dev, NewTuple(atomPread, at, n))
}

// FilePread2 is file:pread(IoDevice, [{Location, Number}]).
func FilePread2(p *Process, dev, locs Term) Term {
	ls, ok := ListToSlice(locs)
	if _, isPid := dev.(Pid); !ok || !isPid {
		return fileBadarg
	}
	out := make([]Term, 0, len(ls))
	for _, l := range ls {
		x, ok := TupleArity(l, 2)
		if k, isInt := IntOf(elemOr(x, 1)); !ok || !isInt || k < 0 {
			return fileBadarg
		}
		r := FilePread3(p, dev, x.Elems[0], x.Elems[1])
		if r == Term(atomEof) {
			out = append(out, r)
			continue
		}
		if isTag(r, AtomError, 2) {
			return r
		}
		out = append(out, r.(*Tuple).Elems[1])
	}
	return NewTuple(atomOk, List(out...))
}

func elemOr(x *Tuple, i int) Term {
	if x == nil {
		return nil
	}
	return x.Elems[i]
}

// FilePwrite3 is file:pwrite(IoDevice, Location, Bytes).
func FilePwrite3(p *Process, dev, at, data Term) Term {
	return fileRequest(p, dev, NewTuple(atomPwrite, at, data))
}

// FilePwrite2 is file:pwrite(IoDevice, [{Location, Bytes}]): ok, or
// {error, {N, Reason}} for the first that fails, N counting those done.
func FilePwrite2(p *Process, dev, locs Term) Term {
	ls, ok := ListToSlice(locs)
	if _, isPid := dev.(Pid); !ok || !isPid {
		return fileBadarg
	}
	for i, l := range ls {
		x, ok := TupleArity(l, 2)
		if !ok {
			return fileBadarg
		}
		if r := FilePwrite3(p, dev, x.Elems[0], x.Elems[1]); r != Term(Ok) {
			return NewTuple(AtomError, NewTuple(BoxInt(Int(i)), r.(*Tuple).Elems[1]))
		}
	}
	return Ok
}

// FilePosition2 is file:position(IoDevice, Location): {ok, Position}.
func FilePosition2(p *Process, dev, at Term) Term {
	return fileRequest(p, dev, NewTuple(atomPosition, at))
}

// FileSync1 is file:sync(IoDevice).
func FileSync1(p *Process, dev Term) Term { return fileRequest(p, dev, Intern("sync")) }

// FileDatasync1 is file:datasync(IoDevice).
func FileDatasync1(p *Process, dev Term) Term { return fileRequest(p, dev, Intern("datasync")) }

// FileTruncate1 is file:truncate(IoDevice): the file ends at the position.
func FileTruncate1(p *Process, dev Term) Term { return fileRequest(p, dev, atomTruncate) }

// IoGetLine2 is io:get_line(IoDevice, Prompt): the line as Unicode
// characters (a binary in binary mode), eof or {error, Reason}.
func IoGetLine2(p *Process, dev, prompt Term) Term {
	return readRequest(p, dev, NewTuple(atomGetLine, atomUnicode, prompt))
}

// IoGetChars3 is io:get_chars(IoDevice, Prompt, Count).
func IoGetChars3(p *Process, dev, prompt, n Term) Term {
	if k, ok := IntOf(n); !ok || k < 0 {
		return FunctionClause(dev, prompt, n)
	}
	return readRequest(p, dev, NewTuple(atomGetChars, atomUnicode, prompt, n))
}

// IoRead2 is io:read(IoDevice, Prompt): {ok, Term}, eof or {error,
// ErrorInfo}: the server scans a term's tokens and the caller parses
// them.
func IoRead2(p *Process, dev, prompt Term) Term {
	r := readRequest(p, dev, NewTuple(atomGetUntil, atomUnicode, prompt, atomErlScan, atomTokens, List(BoxInt(1))))
	x, ok := r.(*Tuple)
	switch {
	case ok && len(x.Elems) == 3 && x.Elems[0] == Term(atomOk):
		toks, err := tokensBack(x.Elems[1])
		if err != nil {
			return NewTuple(AtomError, x.Elems[1])
		}
		return parseTermTokens(toks)
	case ok && len(x.Elems) == 3 && x.Elems[0] == Term(AtomError):
		return NewTuple(AtomError, x.Elems[1])
	case ok && len(x.Elems) == 2 && x.Elems[0] == Term(atomEof):
		return atomEof
	}
	return r
}

// IoSetopts2 is io:setopts(IoDevice, Opts). On standard output, only the
// encoding means anything: unicode writes UTF-8 (UnicodeOutput), latin1
// BEAM 25's Latin-1; binary and list are accepted; others are enotsup.
func IoSetopts2(p *Process, dev, opts Term) Term {
	w, _, ok := ioTarget(p, dev)
	if !ok || w == nil {
		return IoRequest2(p, dev, NewTuple(atomSetopts, opts))
	}
	os, ok := ListToSlice(opts)
	if !ok {
		return NewTuple(AtomError, NewTuple(atomRequest, NewTuple(atomSetopts, opts)))
	}
	uni := UnicodeOutput
	for _, o := range os {
		x, isEnc := TupleArity(o, 2)
		switch {
		case o == Term(atomBinary), o == Term(Intern("list")):
		case o == Term(atomUnicode), isEnc && x.Elems[0] == Term(atomEncoding) && (x.Elems[1] == Term(atomUnicode) || x.Elems[1] == Term(Intern("utf8"))):
			uni = true
		case o == Term(atomLatin1), isEnc && x.Elems[0] == Term(atomEncoding) && x.Elems[1] == Term(atomLatin1):
			uni = false
		default:
			return NewTuple(AtomError, atomEnotsup)
		}
	}
	UnicodeOutput = uni
	return Ok
}

// IoGetopts1 is io:getopts(IoDevice), for an I/O server process.
func IoGetopts1(p *Process, dev Term) Term {
	return readRequest(p, dev, atomGetopts)
}

// FileCopy2 is file:copy(Source, Destination).
func FileCopy2(p *Process, src, dst Term) Term {
	return FileCopy3(p, src, dst, AtomInfinity)
}

// FileCopy3 is file:copy(Source, Destination, ByteCount): each end is an
// open device, a name, or {Name, Modes}; a named source opens for
// reading, a named destination for writing (truncated unless its modes
// say append). {ok, BytesCopied}.
func FileCopy3(p *Process, src, dst, count Term) Term {
	limit := int64(-1)
	if n, ok := IntOf(count); ok && n >= 0 {
		limit = int64(n)
	} else if !isAtom(count) {
		return fileBadarg
	}
	in, fail := copyEnd(p, src, fileOpenModes{read: true, binary: true})
	if fail != nil {
		return fail
	}
	defer in.close()
	out, fail := copyEnd(p, dst, fileOpenModes{write: true, binary: true})
	if fail != nil {
		return fail
	}
	n, fail := copyData(in, out, limit)
	if fail == nil {
		fail = out.close()
	} else {
		out.close()
	}
	if fail != nil {
		return fail
	}
	return NewTuple(atomOk, BoxInt(Int(n)))
}

// copyDevice is one end of file:copy: a file it opened or a device.
type copyDevice struct {
	p   *Process
	f   *os.File
	dev Term
}

// copyEnd opens a copy end: a pid is used as it is.
func copyEnd(p *Process, t Term, base fileOpenModes) (*copyDevice, Term) {
	if _, ok := t.(Pid); ok {
		return &copyDevice{p: p, dev: t}, nil
	}
	name, modes := t, Term(Nil{})
	if x, ok := TupleArity(t, 2); ok {
		if _, isList := ListToSlice(x.Elems[1]); isList {
			name, modes = x.Elems[0], x.Elems[1]
		}
	}
	n, ok := fileName(name)
	if !ok {
		return nil, fileBadarg
	}
	m, ok := parseOpenModes(modes)
	if !ok {
		return nil, fileBadarg
	}
	m.read, m.write = m.read || base.read, m.write || base.write
	f, err := openFile(n, m)
	if err != nil {
		return nil, fileError(err)
	}
	return &copyDevice{p: p, f: f}, nil
}

func (d *copyDevice) close() Term {
	if d.f == nil {
		return nil
	}
	if err := d.f.Close(); err != nil {
		return fileError(err)
	}
	return nil
}

// read reads up to n bytes: none at the end.
func (d *copyDevice) read(n int) ([]byte, Term) {
	if d.f != nil {
		buf := make([]byte, n)
		k, err := io.ReadFull(d.f, buf)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fileError(err)
		}
		return buf[:k], nil
	}
	r := FileRead2(d.p, d.dev, BoxInt(Int(n)))
	if r == Term(atomEof) {
		return nil, nil
	}
	if isTag(r, AtomError, 2) {
		return nil, r
	}
	b, _ := IolistBytes(nil, r.(*Tuple).Elems[1])
	return b, nil
}

func (d *copyDevice) write(b []byte) Term {
	if d.f != nil {
		if _, err := d.f.Write(b); err != nil {
			return fileError(err)
		}
		return nil
	}
	if r := FileWrite2(d.p, d.dev, NewBinary(b)); r != Term(Ok) {
		return r
	}
	return nil
}

// copyData copies up to limit bytes (all with limit < 0).
func copyData(in, out *copyDevice, limit int64) (int64, Term) {
	var done int64
	for limit < 0 || done < limit {
		n := int64(64 << 10)
		if limit >= 0 {
			n = min(n, limit-done)
		}
		b, fail := in.read(int(n))
		if fail != nil {
			return done, fail
		}
		if len(b) == 0 {
			break
		}
		if fail := out.write(b); fail != nil {
			return done, fail
		}
		done += int64(len(b))
		if int64(len(b)) < n {
			break
		}
	}
	return done, nil
}

// FileDelDirR1 is file:del_dir_r(Name): the file, or the directory and
// everything in it; {error, enoent} when there is none.
func FileDelDirR1(p *Process, name Term) Term {
	return fileOp(name, func(n string) error {
		if _, err := os.Lstat(n); err != nil {
			return err
		}
		return os.RemoveAll(n)
	})
}

func init() {
	registerModule("file", true, []Func{
		Export("del_dir_r", 1, FileDelDirR1),
		Export("open", 2, FileOpen2), Export("close", 1, FileClose1),
		Export("read", 2, FileRead2), Export("read_line", 1, FileReadLine1),
		Export("write", 2, FileWrite2),
		Export("pread", 2, FilePread2), Export("pread", 3, FilePread3),
		Export("pwrite", 2, FilePwrite2), Export("pwrite", 3, FilePwrite3),
		Export("position", 2, FilePosition2), Export("sync", 1, FileSync1),
		Export("datasync", 1, FileDatasync1), Export("truncate", 1, FileTruncate1),
		Export("copy", 2, FileCopy2), Export("copy", 3, FileCopy3),
	})
	RegisterModule("io",
		Export("get_line", 2, IoGetLine2), Export("get_chars", 3, IoGetChars3),
		Export("read", 2, IoRead2), Export("setopts", 2, IoSetopts2), Export("getopts", 1, IoGetopts1))
}
