package rt

import (
	"errors"
)

// The I/O server behind an open file: a process that holds a fileHandle
// and answers OTP's I/O protocol ({io_request, From, ReplyAs, Req} with
// {io_reply, ReplyAs, Reply}: put_chars, get_chars, get_line, get_until
// with erl_scan:tokens, setopts, getopts, requests) and the file
// protocol of file.erl ({file_request, From, ReplyAs, Req} with
// {file_reply, ReplyAs, Reply}: pread, pwrite, position, sync,
// datasync, truncate, close). As OTP's file_io_server, it monitors the
// process that opened the file and exits with its reason when that
// process dies; close stops it with reason normal; an OS error on a read
// or a write is the reply {error, Posix} and stops it with reason Posix,
// so later calls find the device terminated. The file is closed whenever
// the server exits.

var (
	atomFileRequest = Intern("file_request")
	atomFileReply   = Intern("file_reply")
	atomGetChars    = Intern("get_chars")
	atomGetLine     = Intern("get_line")
	atomGetUntil    = Intern("get_until")
	atomSetopts     = Intern("setopts")
	atomGetopts     = Intern("getopts")
	atomPread       = Intern("pread")
	atomPwrite      = Intern("pwrite")
	atomPosition    = Intern("position")
	atomClose       = Intern("close")
	atomTruncate    = Intern("truncate")
	atomBinary      = Intern("binary")
	atomErlScan     = Intern("erl_scan")
	atomTokens      = Intern("tokens")
)

// startFileServer starts the I/O server of h for owner p. It returns once
// the server monitors p, so that p's death, however soon, stops it.
func startFileServer(p *Process, h *fileHandle) Pid {
	owner := p.self
	mk := p.RecvMark()
	ready := MakeRef()
	pid, _ := p.Spawn(func(c *Process) Term {
		c.OnExit(func(*Process, Term) { h.f.Close() })
		mref := c.Monitor(owner)
		Send(c, owner, ready)
		for {
			msg, _ := c.Receive(nil, func(Term) bool { return true })
			if reason, down := isDownOf(msg, mref); down {
				panic(NewException(AtomExit, reason))
			}
			x, ok := TupleArity(msg, 4)
			from, isPid := Pid{}, false
			if ok {
				from, isPid = x.Elems[1].(Pid)
			}
			if !isPid || x.Elems[0] != Term(atomIoRequest) && x.Elems[0] != Term(atomFileRequest) {
				continue
			}
			var reply, stop Term
			tag := atomIoReply
			if x.Elems[0] == Term(atomIoRequest) {
				reply, stop = h.ioRequest(c, x.Elems[3])
			} else {
				reply, stop = h.fileRequest(x.Elems[3])
				tag = atomFileReply
			}
			Send(c, from, NewTuple(tag, x.Elems[2], reply))
			switch {
			case stop == Term(AtomNormal):
				return Ok
			case stop != nil:
				panic(NewException(AtomExit, stop))
			}
		}
	}, SpawnOpts{})
	p.receiveMarked(mk, AtomInfinity, func(t Term) bool { return t == Term(ready) })
	return pid
}

// isDownOf reports whether msg is the 'DOWN' of monitor ref, and its reason.
func isDownOf(msg Term, ref Ref) (Term, bool) {
	x, ok := TupleArity(msg, 5)
	if !ok || x.Elems[0] != Term(atomDOWN) || x.Elems[1] != Term(ref) {
		return nil, false
	}
	return x.Elems[4], true
}

// failed is the reply and exit reason for an error from the handle.
func failed(err error) (reply, stop Term) {
	switch {
	case errors.Is(err, errNoTranslation):
		return fileNoTranslation, fileNoTranslation.Elems[1]
	case errors.Is(err, errInvalidUnicode):
		r := NewTuple(Intern("no_translation"), atomUnicode, atomUnicode)
		return NewTuple(AtomError, r), r
	}
	e := fileError(err)
	return e, e.(*Tuple).Elems[1]
}

// readReply is the reply to a read: the data, eof, or the error.
func readReply(v Term, err error) (reply, stop Term) {
	switch {
	case err != nil:
		return failed(err)
	case v == nil:
		return atomEof, nil
	}
	return v, nil
}

var atomEof = Intern("eof")

// ioRequest answers one I/O-protocol request: the reply and, when the
// server must stop after replying, the exit reason.
func (h *fileHandle) ioRequest(c *Process, req Term) (reply, stop Term) {
	x, ok := req.(*Tuple)
	if !ok {
		if req == Term(atomGetopts) {
			return List(NewTuple(atomBinary, Bool(h.binary)), NewTuple(atomEncoding, h.encodingAtom())), nil
		}
		return NewTuple(AtomError, NewTuple(atomRequest, req)), nil
	}
	es := x.Elems
	switch {
	case len(es) == 3 && es[0] == Term(atomPutChars):
		return h.putCharsReq(es[1], es[2])
	case len(es) == 2 && es[0] == Term(atomPutChars): // before R13: Latin-1
		return h.putCharsReq(atomLatin1, es[1])
	case len(es) == 5 && es[0] == Term(atomPutChars):
		return h.applyPutChars(c, es[1], es[2], es[3], es[4])
	case len(es) == 4 && es[0] == Term(atomGetChars):
		n, ok := IntOf(es[3])
		if !ok || n < 0 {
			return NewTuple(AtomError, atomGetChars), nil
		}
		return readReply(h.getChars(int(n), es[1] == Term(atomLatin1)))
	case len(es) == 3 && es[0] == Term(atomGetLine):
		return readReply(h.getLine(es[1] == Term(atomLatin1)))
	case len(es) == 2 && es[0] == Term(atomGetLine):
		return readReply(h.getLine(true))
	case len(es) == 6 && es[0] == Term(atomGetUntil) && es[3] == Term(atomErlScan) && es[4] == Term(atomTokens):
		return h.scanTokens(es[5])
	case len(es) == 6 && es[0] == Term(atomGetUntil) && isAtom(es[3]) && isAtom(es[4]):
		return h.getUntil(c, es[3].(Atom), es[4].(Atom), es[5]) // fread_io.go
	case len(es) == 2 && es[0] == Term(atomSetopts):
		return h.setopts(es[1]), nil
	case len(es) == 2 && es[0] == Term(atomRequests):
		return h.requests(c, es[1])
	}
	return NewTuple(AtomError, NewTuple(atomRequest, req)), nil
}

func (h *fileHandle) encodingAtom() Atom {
	if h.unicode {
		return atomUnicode
	}
	return atomLatin1
}

// requests runs a list of requests while their replies are ok.
func (h *fileHandle) requests(c *Process, reqs Term) (reply, stop Term) {
	rs, ok := ListToSlice(reqs)
	if !ok {
		return NewTuple(AtomError, NewTuple(atomRequest, NewTuple(atomRequests, reqs))), nil
	}
	reply = Ok
	for _, r := range rs {
		if reply, stop = h.ioRequest(c, r); stop != nil || isTag(reply, AtomError, 2) {
			return reply, stop
		}
	}
	return reply, nil
}

// putCharsReq writes put_chars data in encoding enc.
func (h *fileHandle) putCharsReq(enc, data Term) (reply, stop Term) {
	cs, ok := requestChars(enc, data)
	_, isBin := data.(*Binary)
	switch {
	case ok:
	case enc == Term(atomLatin1) && !h.unicode: // OTP writes it as it is: the OS write fails
		return fileBadarg, AtomBadarg
	case isBin && enc == Term(atomUnicode): // no UTF-8
		r := NewTuple(Intern("no_translation"), enc, h.encodingAtom())
		return NewTuple(AtomError, r), Intern("no_translation")
	default: // no characters: OTP's server crashes in unicode:characters_to_binary
		raiseBadarg(atomUnicode, "characters_to_binary", data, enc, h.encodingAtom())
	}
	if err := h.putChars(cs); err != nil {
		return failed(err)
	}
	return Ok, nil
}

// applyPutChars is {put_chars, Enc, M, F, A}: the server calls M:F(A...)
// (io_lib:format for io:format) and writes what it returns.
func (h *fileHandle) applyPutChars(c *Process, enc, m, f, args Term) (reply, stop Term) {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	as, ok3 := ListToSlice(args)
	if ok1 && ok2 && ok3 {
		v, exc := Try(func() Term { return Apply(c, ma, fa, as) })
		if exc == nil {
			switch v.(type) {
			case *Cons, Nil, *Binary:
				return h.putCharsReq(enc, v)
			}
		}
	}
	return NewTuple(AtomError, f), nil
}

// setopts takes binary, list, {binary, Bool} and the encodings, as OTP's
// file server does; any other option is enotsup.
func (h *fileHandle) setopts(opts Term) Term {
	os, ok := ListToSlice(opts)
	if !ok {
		return NewTuple(AtomError, NewTuple(atomRequest, NewTuple(atomSetopts, opts)))
	}
	binary, unicode := h.binary, h.unicode
	for _, o := range os {
		switch o {
		case atomBinary:
			binary = true
		case Intern("list"):
			binary = false
		case atomLatin1:
			unicode = false
		case atomUnicode:
			unicode = true
		default:
			x, ok := TupleArity(o, 2)
			switch {
			case ok && x.Elems[0] == Term(atomBinary) && (x.Elems[1] == Term(True) || x.Elems[1] == Term(False)):
				binary = x.Elems[1] == Term(True)
			case ok && x.Elems[0] == Term(atomEncoding):
				switch x.Elems[1] {
				case atomLatin1:
					unicode = false
				case atomUnicode, Intern("utf8"):
					unicode = true
				default:
					return NewTuple(AtomError, AtomBadarg)
				}
			default:
				return NewTuple(AtomError, atomEnotsup)
			}
		}
	}
	h.binary, h.unicode = binary, unicode
	return Ok
}

// fileRequest answers one request of file.erl's own protocol.
func (h *fileHandle) fileRequest(req Term) (reply, stop Term) {
	if x, ok := req.(*Tuple); ok {
		es := x.Elems
		switch {
		case len(es) == 3 && es[0] == Term(atomPread):
			n, ok := IntOf(es[2])
			if !ok || n < 0 {
				break
			}
			if r := h.seek(es[1]); r != nil {
				return r, nil
			}
			v, err := h.getChars(int(n), true)
			if err != nil {
				return failed(err)
			}
			if v == nil {
				return atomEof, nil
			}
			return NewTuple(atomOk, v), nil
		case len(es) == 3 && es[0] == Term(atomPwrite):
			if r := h.seek(es[1]); r != nil {
				return r, nil
			}
			b, ok := IolistBytes(nil, es[2])
			if !ok {
				return fileBadarg, nil
			}
			if err := h.write(b); err != nil {
				return failed(err)
			}
			return Ok, nil
		case len(es) == 2 && es[0] == Term(atomPosition):
			pos, ok, err := h.position(es[1])
			switch {
			case !ok:
				return fileBadarg, nil
			case err != nil:
				return fileError(err), nil
			}
			return NewTuple(atomOk, BoxInt(Int(pos))), nil
		}
		return NewTuple(AtomError, NewTuple(atomRequest, req)), nil
	}
	var err error
	switch req {
	case Intern("sync"), Intern("datasync"):
		err = h.f.Sync()
	case atomTruncate:
		err = h.truncate()
	case atomClose:
		h.buf = nil
		if err = h.f.Close(); err == nil {
			return Ok, AtomNormal
		}
	default:
		return NewTuple(AtomError, NewTuple(atomRequest, req)), nil
	}
	if err != nil {
		return failed(err)
	}
	return Ok, nil
}

// seek moves to At for pread and pwrite (cur stays): nil, or the error
// reply.
func (h *fileHandle) seek(at Term) Term {
	if at == Term(Intern("cur")) {
		return nil
	}
	if x, ok := TupleArity(at, 2); ok && x.Elems[0] == Term(Intern("cur")) && x.Elems[1] == Term(BoxInt(0)) {
		return nil
	}
	_, ok, err := h.position(at)
	switch {
	case !ok:
		return fileBadarg
	case err != nil:
		return fileError(err)
	}
	return nil
}
