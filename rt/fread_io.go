package rt

import "unicode/utf8"

// io:fread/2,3 and the I/O server's side of get_until with any M:F, which
// io:fread sends as {get_until, unicode, Prompt, io_lib, fread, [Format]}:
// the server calls M:F(Continuation, Data, ExtraArgs...) with what it has
// read, starting from [], until it answers {done, Result, LeftOver}; Data
// is eof at the end of the file. The left-over characters go back to the
// server's buffer and Result is the reply. io:requests/1,2 send a list of
// requests, run in order while they succeed.

func init() {
	RegisterModule("io",
		Export("fread", 2, IoFread2), Export("fread", 3, IoFread3),
		Export("requests", 1, IoRequests1), Export("requests", 2, IoRequests2))
}

// IoFread2 is io:fread(Prompt, Format), from standard input.
func IoFread2(p *Process, prompt, format Term) Term {
	return IoFread3(p, atomStandardIo, prompt, format)
}

// IoFread3 is io:fread(IoDevice, Prompt, Format): {ok, Items}, eof or
// {error, {fread, What}} (or the device's error).
func IoFread3(p *Process, dev, prompt, format Term) Term {
	return readRequest(p, dev, NewTuple(atomGetUntil, atomUnicode, prompt, atomIoLib, atomFread, List(format)))
}

// IoRequests1 is io:requests(Requests), to standard output.
func IoRequests1(p *Process, reqs Term) Term { return IoRequests2(p, atomStandardIo, reqs) }

// IoRequests2 is io:requests(IoDevice, Requests): the requests in io's
// terms (format, fwrite, put_chars, nl, write, the reads...) in one
// {requests, ...} request; the reply of the last, or the first error.
func IoRequests2(p *Process, dev, reqs Term) Term {
	rs, ok := ListToSlice(reqs)
	if !ok {
		return FunctionClause(dev, reqs)
	}
	conv := make([]Term, len(rs))
	for i, r := range rs {
		conv[i] = ioProtocolRequest(r)
	}
	return IoRequest2(p, dev, NewTuple(atomRequests, List(conv...)))
}

// ioProtocolRequest turns one of io's requests into the I/O protocol's,
// as io:requests does; others pass as they are.
func ioProtocolRequest(r Term) Term {
	x, ok := r.(*Tuple)
	if r == Term(Intern("nl")) {
		return nlRequest()
	}
	if !ok {
		return r
	}
	es := x.Elems
	switch {
	case len(es) == 2 && es[0] == Term(Intern("write")):
		return writeRequest(es[1])
	case len(es) == 3 && (es[0] == Term(atomFormat) || es[0] == Term(Intern("fwrite"))):
		return NewTuple(atomPutChars, atomUnicode, atomIoLib, es[0], List(es[1], es[2]))
	case len(es) == 3 && es[0] == Term(atomFread):
		return NewTuple(atomGetUntil, atomUnicode, es[1], atomIoLib, atomFread, List(es[2]))
	}
	return r
}

// getUntil is the server's side: m:f reads from the buffer.
func (h *fileHandle) getUntil(c *Process, m, f Atom, xargs Term) (reply, stop Term) {
	extra, ok := ListToSlice(xargs)
	if !ok {
		return NewTuple(AtomError, f), nil
	}
	var cont Term = Nil{}
	for {
		if len(h.buf) == 0 {
			if _, err := h.fillBuf(); err != nil {
				return failed(err)
			}
		}
		var data Term = atomEof
		n := len(h.buf)
		if h.unicode {
			n = completeUTF8(h.buf)
		}
		if len(h.buf) > 0 {
			cs, err := h.decode(h.buf[:n])
			if err != nil || n == 0 {
				if more, err := h.fillBuf(); err != nil {
					return failed(err)
				} else if more {
					continue
				}
				return NewTuple(AtomError, f), Intern("invalid_unicode")
			}
			data = runesList(cs)
		}
		tail := h.buf[n:]
		args := append([]Term{cont, data}, extra...)
		v, exc := Try(func() Term { return Apply(c, m, f, args) })
		if exc != nil { // what was read is lost, as on BEAM
			h.buf = nil
			return NewTuple(AtomError, f), exc.Reason
		}
		x, _ := v.(*Tuple)
		switch {
		case x != nil && len(x.Elems) == 3 && x.Elems[0] == Term(atomFrDone):
			h.buf = append(h.encodeLeft(x.Elems[2]), tail...)
			return x.Elems[1], nil
		case x != nil && len(x.Elems) == 2 && x.Elems[0] == Term(atomFrMore) && data != Term(atomEof):
			cont = x.Elems[1]
			h.buf = append([]byte(nil), tail...)
			if len(h.buf) == 0 {
				if _, err := h.fillBuf(); err != nil {
					return failed(err)
				}
			}
		default:
			return NewTuple(AtomError, f), nil
		}
	}
}

// completeUTF8 is the length of buf up to a UTF-8 sequence cut short at
// its end.
func completeUTF8(buf []byte) int {
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if utf8.FullRune(buf[i:]) {
				return len(buf)
			}
			return i
		}
	}
	return len(buf)
}

// encodeLeft is characters given back to the buffer, in the file's
// encoding.
func (h *fileHandle) encodeLeft(t Term) []byte {
	cs, ok := freadChars(t)
	if !ok {
		return nil
	}
	var out []byte
	for _, c := range cs {
		if h.unicode {
			out = utf8.AppendRune(out, c)
		} else {
			out = append(out, byte(c))
		}
	}
	return out
}
